"""The programme's Design tab inside the main window: creating, editing, leaving."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk.gui.dialogs.new_programme import NewProgrammeDialog
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.navigation import PROGRAMME
from mentordesk.services import design, programmes
from mentordesk.store.database import Database


def running(db: Database) -> programmes.ProgrammeRecord:
    return next(p for p in programmes.list_programmes(db) if p.status == "running")


def answer_unsaved_question(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_leaving_unsaved_design_edits_asks_and_cancel_stays(
    qtbot, window: MainWindow, demo_db: Database, monkeypatch
) -> None:
    programme = running(demo_db)
    other = next(p for p in programmes.list_programmes(demo_db) if p.id != programme.id)
    window.select_programme(programme.id)
    page = window.programme_page.design
    page.ui.purposeEdit.setPlainText("A purpose typed but not saved")
    assert page.has_unsaved_changes()

    asked = answer_unsaved_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.select_programme(other.id)
    assert asked and programme.name in asked[0]
    assert page.programme_id == programme.id
    assert page.ui.purposeEdit.toPlainText() == "A purpose typed but not saved"

    answer_unsaved_question(monkeypatch, QMessageBox.StandardButton.Save)
    window.select_programme(other.id)
    assert page.programme_id == other.id
    saved = design.read_programme(demo_db, programme.id).design
    assert saved.purpose == "A purpose typed but not saved"


def test_closing_the_window_with_unsaved_edits_asks(
    qtbot, window: MainWindow, demo_db: Database, monkeypatch
) -> None:
    window.select_programme(running(demo_db).id)
    window.programme_page.design.ui.purposeEdit.setPlainText("Unsaved")
    answer_unsaved_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and window.db is not None
    answer_unsaved_question(monkeypatch, QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()


def test_new_programme_from_the_file_menu_opens_its_design(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    host = running(demo_db).organisation_id

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewProgrammeDialog)
        dialog.ui.nameEdit.setText("Talent 2027")
        dialog.select_template("talent")
        dialog.ui.startDateEdit.setDate(QDate(2027, 3, 1))
        dialog.accept()

    window.select_programme(running(demo_db).id)
    QTimer.singleShot(0, fill_in)
    window.ui.actionNewProgramme.trigger()

    created = next(p for p in programmes.list_programmes(demo_db) if p.name == "Talent 2027")
    assert created.organisation_id == host and created.start_date == date(2027, 3, 1)
    assert window.programme_page.design.programme_id == created.id
    assert window.ui.navigationTree.currentIndex().isValid()
    names = [window.navigation.nodes[i].name for i in range(len(window.navigation.nodes))]
    assert names  # the tree was reloaded
    assert window.navigation.find(PROGRAMME, created.id).isValid()


def test_saving_a_new_name_updates_the_navigation(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    programme = running(demo_db)
    window.select_programme(programme.id)
    page = window.programme_page.design
    page.ui.nameEdit.setText("Leadership Mentoring — renamed")
    assert page.save()
    qtbot.waitUntil(
        lambda: (
            window.navigation.find(PROGRAMME, programme.id).data()
            == "Leadership Mentoring — renamed"
        )
    )
    assert window.programme_page.ui.programmeName.text() == "Leadership Mentoring — renamed"


def test_new_organisation_from_the_file_menu_joins_the_navigation(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    from mentordesk.gui.navigation import ORGANISATION
    from mentordesk.services.organisations import list_organisations

    window.ui.actionNewOrganisation.trigger()
    page = window.organisation_page
    assert window.ui.contentStack.currentWidget() is page and page.organisation_id is None
    page.form.nameEdit.setText("Skovgaard & Holm ApS")
    assert page.save()
    created = next(o for o in list_organisations(demo_db) if o.name == "Skovgaard & Holm ApS")
    qtbot.waitUntil(lambda: window.navigation.find(ORGANISATION, created.id).isValid())
    assert window.ui.contentStack.currentWidget() is page
    assert page.organisation_id == created.id


def test_client_organisations_view_lists_them_and_opens_one(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    from mentordesk.services.organisations import list_organisations

    window.ui.actionShowOrganisations.trigger()
    assert window.ui.contentStack.currentWidget() is window.organisations_page
    first = list_organisations(demo_db)[0]
    window.organisations_page.organisationOpened.emit(first.id)
    assert window.ui.contentStack.currentWidget() is window.organisation_page
    assert window.organisation_page.organisation_id == first.id
