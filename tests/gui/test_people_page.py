"""The People tab and the person dialog, driven through their widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMessageBox, QWidget

from mentordesk.config import DatabaseTarget
from mentordesk.gui.dialogs.person_dialog import NO_MANAGER, PersonDialog
from mentordesk.gui.pages.people import PeoplePanel
from mentordesk.services.design import create_programme
from mentordesk.services.organisations import OrganisationInput, save_organisation
from mentordesk.services.people import (
    PersonInput,
    get_person,
    list_people,
    save_person,
)
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import Participant, Role


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "t.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def organisation(db: Database) -> int:
    return save_organisation(db, OrganisationInput(name="Nordlys Energi A/S"))


class MessageBoxes:
    """Answers the message boxes, and remembers what they said."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []

    def exec(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self.asked.append((box.objectName(), box.text(), box.informativeText()))
        return self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Ok


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    answers = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.exec(box))
    return answers


def person(db: Database, organisation: int, first: str, last: str, **fields: object) -> int:
    return save_person(
        db,
        organisation,
        PersonInput(first_name=first, last_name=last, **fields),  # type: ignore[arg-type]
    )


def panel_for(qtbot, db: Database, organisation: int) -> PeoplePanel:  # type: ignore[no-untyped-def]
    panel = PeoplePanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.set_organisation(db, organisation)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    return panel


def dialog_for(qtbot, db: Database, organisation: int, person_id: int | None) -> PersonDialog:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(db, organisation, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def names(panel: PeoplePanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def when_dialog_opens(qtbot, fill: Callable[[PersonDialog], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Fill in the modal person dialog as soon as it is open; returns what went wrong."""
    problems: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PersonDialog):
            QTimer.singleShot(20, act)
            return
        try:
            qtbot.waitExposed(dialog)
            dialog.windowHandle().requestActivate()  # as a window manager would
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
            fill(dialog)
        except Exception as error:  # reported by the test, never left hanging
            problems.append(repr(error))
        if dialog.isVisible():
            shown = [
                label.text()
                for label in dialog.findChildren(QLabel)
                if label.property("role") == "error" and label.isVisible()
            ]
            problems.append(f"the dialog stayed open: {shown}")
            dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, act)
    return problems


def choose_manager(dialog: PersonDialog, name: str) -> None:
    combo = dialog.ui.managerCombo
    index = combo.findText(name, Qt.MatchFlag.MatchStartsWith)
    assert index > 0, f"{name} is not offered as manager"
    combo.setCurrentIndex(index)


# ---------------------------------------------------------------------------------------
# Adding and editing people


def test_add_people_with_a_manager_through_the_dialog(
    qtbot, db: Database, organisation: int
) -> None:
    ida = person(db, organisation, "Ida", "Holm", job_title="HR Director", department="HR")
    panel = panel_for(qtbot, db, organisation)
    assert panel.ui.countLabel.text() == "1 person"

    def fill(dialog: PersonDialog) -> None:
        ui = dialog.ui
        assert dialog.windowTitle() == "New person"
        qtbot.keyClicks(ui.firstNameEdit, "Mads")
        qtbot.keyClicks(ui.lastNameEdit, "Kjaer")
        qtbot.keyClicks(ui.emailEdit, "Mads.Kjaer@nordlys.example")
        qtbot.keyClicks(ui.phoneEdit, "+45 20 30 40 50")
        qtbot.keyClicks(ui.languagesEdit, "da, en")
        ui.genderCombo.setCurrentText("Male")
        ui.departmentCombo.setCurrentText("")
        qtbot.keyClicks(ui.departmentCombo.lineEdit(), "Finance")
        qtbot.keyClicks(ui.jobTitleEdit, "Controller")
        ui.levelSpin.setValue(3)
        choose_manager(dialog, "Ida Holm")
        qtbot.keyClicks(ui.locationCombo.lineEdit(), "Aarhus")
        ui.timeZoneCombo.setCurrentIndex(ui.timeZoneCombo.findText("Europe/Copenhagen"))
        qtbot.keyClicks(ui.biographyEdit, "Ten years in controlling.")
        qtbot.mouseClick(
            ui.buttonBox.button(ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    problems = when_dialog_opens(qtbot, fill)
    with qtbot.waitSignal(panel.peopleChanged, timeout=3000):
        qtbot.mouseClick(panel.ui.addPersonButton, Qt.MouseButton.LeftButton)
    assert problems == []

    people = {p.first_name: p for p in list_people(db, organisation)}
    mads = people["Mads"]
    assert mads.manager_id == ida and mads.manager_name == "Ida Holm"
    assert mads.email == "mads.kjaer@nordlys.example"
    assert mads.languages == ["da", "en"]
    assert (mads.department, mads.job_title, mads.level) == ("Finance", "Controller", 3)
    assert (mads.location, mads.time_zone) == ("Aarhus", "Europe/Copenhagen")
    assert (mads.gender, mads.phone) == ("Male", "+45 20 30 40 50")
    assert mads.biography == "Ten years in controlling."
    assert panel.ui.countLabel.text() == "2 people"
    assert panel.selected_person() is not None and panel.selected_person().id == mads.id
    row = names(panel).index("Mads Kjaer")
    assert panel.proxy.index(row, 5).data() == "Ida Holm"
    departments = [panel.ui.departmentCombo.itemText(i) for i in range(3)]
    assert departments == ["All", "Finance", "HR"]


def test_enter_on_a_person_edits_them(qtbot, db: Database, organisation: int) -> None:
    ida = person(db, organisation, "Ida", "Holm", job_title="HR partner", level=4)
    panel = panel_for(qtbot, db, organisation)
    assert panel.select_person(ida)

    def fill(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Edit Ida Holm"
        assert dialog.ui.levelSpin.value() == 4
        assert dialog.ui.managerCombo.currentText() == NO_MANAGER
        dialog.ui.jobTitleEdit.clear()
        qtbot.keyClicks(dialog.ui.jobTitleEdit, "HR Director")
        dialog.ui.levelSpin.setValue(dialog.ui.levelSpin.minimum())  # "—": no level
        assert dialog.ui.levelSpin.text() == "—"
        qtbot.keyClick(dialog.ui.jobTitleEdit, Qt.Key.Key_Return)

    problems = when_dialog_opens(qtbot, fill)
    panel.ui.peopleTable.setFocus()
    with qtbot.waitSignal(panel.peopleChanged, timeout=3000):
        qtbot.keyClick(panel.ui.peopleTable, Qt.Key.Key_Return)
    assert problems == []
    record = get_person(db, ida)
    assert record.job_title == "HR Director" and record.level is None
    assert panel.proxy.index(0, 1).data() == "HR Director"


def test_the_manager_list_offers_everyone_but_the_person_themself(
    qtbot, db: Database, organisation: int
) -> None:
    ida = person(db, organisation, "Ida", "Holm")
    person(db, organisation, "Bo", "Berg", job_title="Engineer")
    dialog = dialog_for(qtbot, db, organisation, ida)
    combo = dialog.ui.managerCombo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == [NO_MANAGER, "Bo Berg — Engineer"]


def test_a_reporting_cycle_is_refused_and_the_dialog_keeps_everything(
    qtbot, db: Database, organisation: int, boxes: MessageBoxes
) -> None:
    ida = person(db, organisation, "Ida", "Holm")
    bo = person(db, organisation, "Bo", "Berg", manager_id=ida)
    dialog = dialog_for(qtbot, db, organisation, ida)
    qtbot.keyClicks(dialog.ui.jobTitleEdit, "CEO")
    choose_manager(dialog, "Bo Berg")
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.ui.managerError.isVisible()
    assert dialog.ui.managerError.text() == (
        "That manager would make a loop in the reporting line: Bo Berg → Ida Holm → Bo Berg. "
        "Choose someone higher up or outside this line."
    )
    assert dialog.ui.managerCombo.property("invalid") is True
    assert dialog.ui.jobTitleEdit.text() == "CEO"
    assert dialog.ui.managerCombo.currentText() == "Bo Berg"
    assert get_person(db, ida).manager_id is None
    assert get_person(db, ida).job_title == ""
    assert get_person(db, bo).manager_id == ida

    boxes.answers = [QMessageBox.StandardButton.Discard]
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    assert [b[:2] for b in boxes.asked] == [("unsavedChangesBox", "Save the changes to Ida Holm?")]
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert get_person(db, ida).job_title == ""


def test_cancel_asks_about_unsaved_edits_and_can_stay(
    qtbot, db: Database, organisation: int, boxes: MessageBoxes
) -> None:
    dialog = dialog_for(qtbot, db, organisation, None)
    cancel = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel)
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Karen")
    boxes.answers = [QMessageBox.StandardButton.Cancel]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.firstNameEdit.text() == "Karen"

    boxes.answers = [QMessageBox.StandardButton.Save]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [p.name for p in list_people(db, organisation)] == ["Karen"]
    assert dialog.person_id == list_people(db, organisation)[0].id


def test_cancel_without_edits_closes_without_asking(
    qtbot, db: Database, organisation: int, boxes: MessageBoxes
) -> None:
    dialog = dialog_for(qtbot, db, organisation, person(db, organisation, "Ida", "Holm"))
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    assert not dialog.isVisible() and boxes.asked == []


def test_first_name_and_email_are_refused_at_their_fields(
    qtbot, db: Database, organisation: int
) -> None:
    dialog = dialog_for(qtbot, db, organisation, None)
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.lastNameEdit, "Holm")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.firstNameError.isVisible()
    assert dialog.ui.firstNameError.text() == "A person needs a first name."

    qtbot.keyClicks(dialog.ui.firstNameEdit, "Ida")
    qtbot.keyClicks(dialog.ui.emailEdit, "ida-at-nordlys")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.ui.firstNameError.isVisible()
    assert dialog.ui.emailError.text() == "'ida-at-nordlys' is not an email address."
    assert list_people(db, organisation) == []

    qtbot.keyClicks(dialog.ui.managerCombo.lineEdit(), " Somebody")
    dialog.ui.emailEdit.clear()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "nobody called" in dialog.ui.managerError.text()
    assert list_people(db, organisation) == []


# ---------------------------------------------------------------------------------------
# Finding people


def _staff(db: Database, organisation: int) -> None:
    for first, last, department, level, location, title in (
        ("Ida", "Holm", "HR", 5, "Copenhagen", "HR Director"),
        ("Bo", "Berg", "Finance", 4, "Aarhus", "Head of Finance"),
        ("Mette", "Lund", "Finance", 2, "Copenhagen", "Accountant"),
        ("Jonas", "Friis", "Operations", 3, "Esbjerg", "Site Manager"),
        ("Sara", "Dahl", "Operations", 2, "Esbjerg", "Planner"),
    ):
        person(
            db,
            organisation,
            first,
            last,
            department=department,
            level=level,
            location=location,
            job_title=title,
            email=f"{first.lower()}@nordlys.example",
        )


def test_search_and_filters_narrow_the_table(qtbot, db: Database, organisation: int) -> None:
    _staff(db, organisation)
    panel = panel_for(qtbot, db, organisation)
    ui = panel.ui
    assert ui.countLabel.text() == "5 people"
    assert [ui.levelCombo.itemText(i) for i in range(ui.levelCombo.count())] == [
        "All",
        "2",
        "3",
        "4",
        "5",
    ]
    assert not ui.clearFiltersButton.isEnabled()

    qtbot.keyClicks(ui.searchEdit, "finance")
    assert names(panel) == ["Bo Berg"]
    assert ui.countLabel.text() == "1 of 5 people"
    ui.searchEdit.clear()

    ui.departmentCombo.setCurrentIndex(ui.departmentCombo.findText("Finance"))
    assert sorted(names(panel)) == ["Bo Berg", "Mette Lund"]
    assert ui.countLabel.text() == "2 of 5 people"
    ui.levelCombo.setCurrentIndex(ui.levelCombo.findText("2"))
    assert names(panel) == ["Mette Lund"]
    ui.locationCombo.setCurrentIndex(ui.locationCombo.findText("Aarhus"))
    assert names(panel) == []
    assert ui.peopleStack.currentWidget() is ui.emptyPage
    assert ui.emptyLabel.text() == "No one matches the search and filters."
    assert ui.emptyClearButton.isVisible() and not ui.emptyAddButton.isVisible()

    qtbot.mouseClick(ui.emptyClearButton, Qt.MouseButton.LeftButton)
    assert len(names(panel)) == 5
    assert ui.peopleStack.currentWidget() is ui.tablePage
    assert ui.departmentCombo.currentText() == "All"

    panel.ui.peopleTable.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert names(panel)[0] == "Ida Holm"


def test_an_organisation_without_people_shows_how_to_start(
    qtbot, db: Database, organisation: int
) -> None:
    panel = panel_for(qtbot, db, organisation)
    assert panel.ui.peopleStack.currentWidget() is panel.ui.emptyPage
    assert panel.ui.emptyLabel.text() == "No people in this organisation yet. Add the first person."
    assert panel.ui.emptyAddButton.isVisible()
    assert panel.ui.countLabel.text() == "0 people"
    assert not panel.ui.editPersonButton.isEnabled()


# ---------------------------------------------------------------------------------------
# Removing people


def test_remove_is_refused_for_a_participant_with_the_reason(
    qtbot, db: Database, organisation: int, boxes: MessageBoxes
) -> None:
    ida = person(db, organisation, "Ida", "Holm")
    programme = create_programme(db, "Leadership Mentoring 2025", organisation)
    with db.unit_of_work() as session:
        session.add(Participant(programme_id=programme, person_id=ida, role=Role.MENTEE))
    panel = panel_for(qtbot, db, organisation)
    panel.select_person(ida)
    panel.ui.peopleTable.setFocus()
    boxes.answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok]
    qtbot.keyClick(panel.ui.peopleTable, Qt.Key.Key_Delete)

    assert [b[:2] for b in boxes.asked] == [
        ("confirmBox", "Remove Ida Holm from this organisation?"),
        (
            "refusalBox",
            "Ida Holm takes part in Leadership Mentoring 2025, so they cannot be removed. "
            "Remove them from the programme first.",
        ),
    ]
    assert [p.id for p in list_people(db, organisation)] == [ida]
    assert names(panel) == ["Ida Holm"]


def test_remove_asks_and_moves_the_reports_to_the_manager(
    qtbot, db: Database, organisation: int, boxes: MessageBoxes
) -> None:
    ida = person(db, organisation, "Ida", "Holm")
    bo = person(db, organisation, "Bo", "Berg", manager_id=ida)
    mette = person(db, organisation, "Mette", "Lund", manager_id=bo)
    panel = panel_for(qtbot, db, organisation)
    panel.select_person(bo)

    boxes.answers = [QMessageBox.StandardButton.Cancel]
    qtbot.mouseClick(panel.ui.removePersonButton, Qt.MouseButton.LeftButton)
    assert len(list_people(db, organisation)) == 3

    boxes.answers = [QMessageBox.StandardButton.Yes]
    with qtbot.waitSignal(panel.peopleChanged, timeout=1000):
        qtbot.mouseClick(panel.ui.removePersonButton, Qt.MouseButton.LeftButton)
    assert "1 person reports to Bo; they will report to Ida Holm instead." in boxes.asked[-1][2]
    assert get_person(db, mette).manager_id == ida
    assert sorted(names(panel)) == ["Ida Holm", "Mette Lund"]
    assert panel.ui.countLabel.text() == "2 people"


def test_insert_opens_the_dialog_for_a_new_person(qtbot, db: Database, organisation: int) -> None:
    panel = panel_for(qtbot, db, organisation)
    seen: list[str] = []

    def fill(dialog: PersonDialog) -> None:
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.ui.firstNameEdit, "Karen")
        qtbot.keyClick(dialog.ui.firstNameEdit, Qt.Key.Key_Return)

    problems = when_dialog_opens(qtbot, fill)
    panel.ui.emptyAddButton.setFocus()
    with qtbot.waitSignal(panel.peopleChanged, timeout=3000):
        qtbot.keyClick(panel.ui.emptyAddButton, Qt.Key.Key_Insert)
    assert problems == [] and seen == ["New person"]
    assert names(panel) == ["Karen"]
    assert panel.ui.peopleStack.currentWidget() is panel.ui.tablePage


def mnemonics(root: QWidget) -> list[str]:
    keys = []
    for widget in root.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        if widget.isVisibleTo(root) and "&" in text.replace("&&", ""):
            keys.append(text[text.index("&") + 1].lower())
    return keys


def test_mnemonics_are_unique_in_the_dialog_and_the_panel(
    qtbot, db: Database, organisation: int
) -> None:
    dialog = dialog_for(qtbot, db, organisation, None)
    panel = panel_for(qtbot, db, organisation)
    for root in (dialog, panel):
        keys = mnemonics(root)
        assert len(keys) == len(set(keys)) and len(keys) >= 6, keys
    assert dialog.ui.firstNameLabel.text() == "&First name *"
    assert dialog.ui.firstNameLabel.buddy() is dialog.ui.firstNameEdit
