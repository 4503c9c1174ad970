"""The Interviews tab, the interview dialog, the question editor, recording a follow-up
call, and a person's interviews: driven through their widgets on the demo database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from sqlalchemy import select

from mentordesk.gui.dialogs.interview_dialog import LAST_INTERVIEWER_KEY, InterviewDialog
from mentordesk.gui.pages.followup import FollowUpPage
from mentordesk.gui.pages.interviews import InterviewsPage
from mentordesk.gui.pages.people import PeoplePanel
from mentordesk.gui.pages.programme import ProgrammePage
from mentordesk.gui.settings import app_settings
from mentordesk.gui.table_models import format_date
from mentordesk.services.interview_templates import get_template
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
    FollowUpStatus,
    Interview,
    Pairing,
    PairingStatus,
    Participant,
    Programme,
    ProgrammeStatus,
)

SECRET = "He is thinking about leaving for a competitor"


@pytest.fixture
def running_id(demo_db: Database) -> int:
    with demo_db.unit_of_work() as s:
        return s.scalars(
            select(Programme.id).where(Programme.status == ProgrammeStatus.RUNNING)
        ).one()


@pytest.fixture
def page(qtbot, demo_db: Database, running_id: int) -> InterviewsPage:  # type: ignore[no-untyped-def]
    widget = InterviewsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(running_id)
    return widget


def answer_box(button: Callable[[QMessageBox], QAbstractButton | None]) -> None:
    """Click a button of the message box about to be shown (modal: it blocks)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        chosen = button(box)
        assert chosen is not None
        chosen.click()

    QTimer.singleShot(0, click)


def named(name: str) -> Callable[[QMessageBox], QAbstractButton | None]:
    return lambda box: box.findChild(QAbstractButton, name)


def save_button(dialog: InterviewDialog) -> QAbstractButton:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def a_running_pair(db: Database, programme_id: int) -> tuple[int, str]:
    with db.unit_of_work() as s:
        pairing = s.scalars(
            select(Pairing)
            .where(Pairing.programme_id == programme_id, Pairing.status == PairingStatus.ACTIVE)
            .order_by(Pairing.id)
        ).first()
        assert pairing is not None
        return pairing.id, f"{pairing.mentor.person.full_name} & {pairing.mentee.person.full_name}"


def test_record_an_interview_notes_masked_in_the_list_shown_when_opened(
    qtbot, page: InterviewsPage, demo_db: Database, running_id: int
) -> None:  # type: ignore[no-untyped-def]
    pairing_id, pair = a_running_pair(demo_db, running_id)
    before = page.model.rowCount()
    page.ui.newInterviewButton.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("follow-up"))
    assert "satisfaction" in dialog.fields and "concerns" in dialog.fields
    ui.subjectCombo.setCurrentIndex(ui.subjectCombo.findText(f"{pair} (pair, active)"))
    assert ui.confidentialCheck.isChecked()  # a pair's notes are confidential by default
    ui.interviewerEdit.clear()
    qtbot.keyClicks(ui.interviewerEdit, "Ulla Friis")
    dialog.fields["satisfaction"].widget.setValue(4)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.fields["concerns"].widget, "Meetings keep moving")
    qtbot.keyClicks(ui.notesEdit, SECRET)
    with qtbot.waitSignal(page.interviewsChanged, timeout=5000):
        save_button(dialog).click()

    assert page.model.rowCount() == before + 1
    record = page.selected()
    assert record is not None and record.with_whom == pair and record.kind == "follow-up"
    row = page.visible_texts("With").index(pair)
    assert page.visible_texts("Notes")[row] == "confidential"
    assert not any(SECRET in text for text in page.visible_texts("Notes"))
    assert page.message().startswith("Recorded: follow-up call with")
    with demo_db.unit_of_work() as s:
        stored = s.get_one(Interview, record.id)
        assert stored.pairing_id == pairing_id and stored.notes == SECRET
        assert stored.answers == {"satisfaction": 4, "concerns": "Meetings keep moving"}
    assert app_settings().value(LAST_INTERVIEWER_KEY) == "Ulla Friis"

    opened = page.open_selected()
    assert opened is not None
    assert opened.ui.notesEdit.toPlainText() == SECRET
    assert opened.fields["satisfaction"].value() == 4
    assert opened.ui.subjectCombo.currentText() == f"{pair} (pair, active)"
    opened.reject()  # nothing changed: closes without asking


def test_a_refusal_is_shown_at_its_field_and_nothing_is_lost(
    qtbot, page: InterviewsPage, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    with demo_db.unit_of_work() as s:
        count = len(s.scalars(select(Interview.id)).all())
    dialog = page.new_interview()
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.notesEdit, "Typed before choosing whom")
    save_button(dialog).click()
    assert dialog.isVisible()
    assert dialog.ui.subjectError.isVisible()
    assert "Choose whom" in dialog.ui.subjectError.text()
    assert dialog.ui.notesEdit.toPlainText() == "Typed before choosing whom"
    with demo_db.unit_of_work() as s:
        assert len(s.scalars(select(Interview.id)).all()) == count

    # Leaving with unsaved edits asks; Discard closes without saving.
    answer_box(lambda box: box.button(QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert not dialog.isVisible()
    with demo_db.unit_of_work() as s:
        assert len(s.scalars(select(Interview.id)).all()) == count


def test_filters_by_kind_dates_and_person(page: InterviewsPage) -> None:
    total = page.model.rowCount()
    assert total > 10
    page.set_kind_filter("matching")
    kinds = set(page.visible_texts("Kind"))
    assert kinds == {"Matching interview"}
    matching = page.proxy.rowCount()
    dates = sorted(r.date for r in page.model.records() if r.kind == "matching")
    page.ui.fromDate.setDate(QDate(dates[len(dates) // 2]))
    assert 0 < page.proxy.rowCount() < matching
    middle = dates[len(dates) // 2]
    page.ui.toDate.setDate(QDate(middle))
    assert set(page.visible_texts("Date")) == {format_date(middle)}
    assert page.ui.interviewCount.text().startswith("Showing")
    page.clear_filters()
    name = page.model.records()[0].with_whom.split(" & ")[0]
    page.set_search(name)
    assert 0 < page.proxy.rowCount() < total
    assert all(name in text for text in page.visible_texts("With"))
    page.set_search("nobody of that name")
    assert page.ui.emptyLabel.isVisible() and "matches the filters" in page.ui.emptyLabel.text()
    page.ui.clearFiltersButton.click()
    assert page.proxy.rowCount() == total


def test_delete_asks_first(page: InterviewsPage, demo_db: Database) -> None:
    record = page.model.records()[0]
    assert page.select(record.id)
    answer_box(lambda box: box.button(QMessageBox.StandardButton.Cancel))
    page.ui.deleteInterviewButton.click()
    with demo_db.unit_of_work() as s:
        assert s.get(Interview, record.id) is not None
    answer_box(named("deleteInterviewYes"))
    page.ui.deleteInterviewButton.click()
    with demo_db.unit_of_work() as s:
        assert s.get(Interview, record.id) is None
    assert record.id not in {r.id for r in page.model.records()}
    assert page.message().startswith("Deleted:")


def test_edit_the_questions_and_restore_them(
    qtbot, page: InterviewsPage, demo_db: Database, running_id: int
) -> None:  # type: ignore[no-untyped-def]
    dialog = page.edit_questions()
    assert dialog is not None
    ui = dialog.ui
    assert ui.kindCombo.currentText() == "Matching interview"
    assert not ui.restoreButton.isEnabled()
    ui.addQuestionButton.click()
    ui.questionText.selectAll()
    qtbot.keyClicks(ui.questionText, "Which site do you work at?")
    assert dialog.has_unsaved_changes()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    template = get_template(demo_db, running_id, "matching")
    assert template.customised
    assert template.questions[1].text == "Which site do you work at?"
    assert ui.restoreButton.isEnabled()

    answer_box(lambda box: box.button(QMessageBox.StandardButton.Yes))
    ui.restoreButton.click()
    assert not get_template(demo_db, running_id, "matching").customised
    dialog.reject()


def test_a_kind_of_ones_own_is_offered_when_recording(
    qtbot, page: InterviewsPage, demo_db: Database, running_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Network call", True))
    dialog = page.edit_questions()
    assert dialog is not None
    dialog.ui.newKindButton.click()
    assert dialog.ui.kindCombo.currentText() == "Network call"
    assert dialog.ui.removeKindButton.isEnabled() and not dialog.ui.restoreButton.isEnabled()
    dialog.reject()
    recording = page.new_interview()
    assert recording is not None
    combo = recording.ui.kindCombo
    combo.setCurrentIndex(combo.findData("network-call"))
    assert list(recording.fields) == ["what_has_happened_since_we_last_spoke"]
    assert page.ui.kindFilter.findData("network-call") >= 0
    answer_box(lambda box: box.button(QMessageBox.StandardButton.Discard))
    recording.reject()


def test_the_programme_page_has_the_interviews_tab(
    qtbot, demo_db: Database, running_id: int
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    programme = ProgrammePage(demo_db, QUndoStack())
    qtbot.addWidget(programme)
    programme.load(demo_db, running_id, {})
    programme.show_tab("interviews")
    assert programme.ui.programmeTabs.currentWidget().isAncestorOf(programme.interviews)
    assert programme.interviews.model.rowCount() > 0


def test_record_the_call_from_the_followup_tab(qtbot, demo_db: Database, running_id: int) -> None:  # type: ignore[no-untyped-def]
    app_settings().setValue(LAST_INTERVIEWER_KEY, "Karen Holm")
    followup_page = FollowUpPage(demo_db)
    qtbot.addWidget(followup_page)
    followup_page.show()
    followup_page.load(running_id)
    record = next(r for r in followup_page.model.records() if r.status == "open" and r.pairing_id)
    assert followup_page.select(record.id)

    answer_box(named("recordCallButton"))
    dialog = followup_page.complete_selected()
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert ui.kindCombo.currentData() in ("follow-up", "mid-term", "final-evaluation")
    assert ui.subjectCombo.currentText().startswith(record.subject)
    assert ui.dateEdit.date().toPython() == date.today()
    assert ui.interviewerEdit.text() == "Karen Holm"
    dialog.fields["satisfaction"].widget.setValue(9)  # type: ignore[attr-defined]
    qtbot.keyClicks(ui.notesEdit, SECRET)
    with qtbot.waitSignal(followup_page.followupsChanged, timeout=5000):
        save_button(dialog).click()

    with demo_db.unit_of_work() as s:
        done = s.get_one(FollowUp, record.id)
        assert done.status is FollowUpStatus.DONE and done.interview_id is not None
        interview = s.get_one(Interview, done.interview_id)
        assert interview.pairing_id == record.pairing_id and interview.notes == SECRET
        assert interview.answers["satisfaction"] == 9
        assert SECRET not in done.outcome
    assert followup_page.message().startswith("Done:")


def test_a_persons_interviews_from_the_people_panel(
    qtbot, demo_db: Database, running_id: int
) -> None:  # type: ignore[no-untyped-def]
    with demo_db.unit_of_work() as s:
        mentee = s.scalars(
            select(Participant).where(Participant.programme_id == running_id)
        ).first()
        assert mentee is not None
        person_id, organisation_id = mentee.person_id, mentee.person.organisation_id
        name = mentee.person.full_name
    panel = PeoplePanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_organisation(demo_db, organisation_id)
    assert not panel.interviewsButton.isEnabled()
    assert panel.select_person(person_id)
    assert panel.interviewsButton.isEnabled()
    dialog = panel.show_interviews()
    assert dialog is not None and dialog.windowTitle() == f"Interviews with {name}"
    shown = dialog.page.model.records()  # type: ignore[attr-defined]
    assert shown and all(name in r.with_whom for r in shown)
    assert "Programme" in [c.title for c in dialog.page.model.columns]  # type: ignore[attr-defined]
    assert not dialog.page.ui.newInterviewButton.isVisible()  # type: ignore[attr-defined]
    dialog.reject()


def test_every_interactive_widget_is_named(page: InterviewsPage) -> None:
    dialog = page.new_interview()
    assert dialog is not None
    kinds = (QAbstractButton, QComboBox, QAbstractItemView, QLineEdit)
    for root in (page, dialog):
        widgets = [w for w in root.findChildren(QWidget) if isinstance(w, kinds)]
        assert len(widgets) >= 6
        for widget in widgets:
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts of a combo box or spin box
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
    dialog.reject()
