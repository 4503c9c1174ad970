"""The Design page: editing and saving a programme's design, its milestones and timeline."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from mentordesk.config import DatabaseTarget
from mentordesk.gui.dialogs.milestone_dialog import MilestoneDialog
from mentordesk.gui.editing import confirm_leave
from mentordesk.gui.pages.design import DesignPage, RoleDialog
from mentordesk.services import design
from mentordesk.services.design import MilestoneData
from mentordesk.services.organisations import OrganisationInput, save_organisation
from mentordesk.services.people import PersonInput, save_person
from mentordesk.store.database import Database, open_database

START = date.today() - timedelta(days=30)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "t.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def org(db: Database) -> int:
    return save_organisation(db, OrganisationInput(name="Nordlys Energi"))


@pytest.fixture
def guest_org(db: Database) -> int:
    return save_organisation(db, OrganisationInput(name="Meridian Freight"))


@pytest.fixture
def people(db: Database, org: int, guest_org: int) -> dict[str, int]:
    return {
        "henrik": save_person(db, org, PersonInput("Henrik", "Østergaard", job_title="CEO")),
        "stine": save_person(db, org, PersonInput("Stine", "Husum", job_title="HR partner")),
        "piotr": save_person(db, guest_org, PersonInput("Piotr", "Nowak", job_title="COO")),
    }


@pytest.fixture
def programme(db: Database, org: int, people: dict[str, int]) -> int:
    return design.create_programme(
        db, "Leadership Mentoring", org, template_key="leadership", start=START
    )


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def page(qtbot, db: Database, programme: int, undo_stack: QUndoStack) -> DesignPage:
    widget = DesignPage(db, undo_stack)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.load(programme)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def set_status(db: Database, programme_id: int, status: str) -> None:
    design.set_status(db, programme_id, status)


# --- showing ----------------------------------------------------------------------------


def test_header_shows_the_dashboard(page, programme):
    ui = page.ui
    assert ui.programmeTitle.text() == "Leadership Mentoring"
    assert ui.statusChip.text() == "Design"
    assert "Nordlys Energi" in ui.headerFacts.text()
    assert "12 months" in ui.headerFacts.text()
    assert ui.mentorsValue.text() == "0"
    assert ui.pairsValue.text() == "0"
    # The kick-off was a month ago; the next one is the network meeting.
    assert ui.nextValue.text() == "Network meeting"
    assert "Next milestone" in ui.nextCaption.text()
    assert not page.has_unsaved_changes()
    assert not ui.saveButton.isEnabled()
    assert ui.unsavedHint.isHidden()


def test_form_shows_the_templates_design(page):
    ui = page.ui
    assert ui.nameEdit.text() == "Leadership Mentoring"
    assert ui.kindCombo.currentText() == "Internal"
    assert not ui.guestOrganisationsList.isEnabled()
    assert page.themes.items()[0] == "Building a network of alliances across the organisation"
    assert page.topics.items() == ("Leadership development", "Collaboration across departments")
    assert ui.startDateEdit.date().toPython() == START
    assert ui.startDateEdit.calendarPopup()
    assert ui.intervalSpin.value() == 6
    assert ui.hrCombo.itemText(0) == "— none —"
    assert ui.milestonesTable.model().rowCount() == 5
    assert len(ui.timeline.marker_rects()) == 5


# --- editing and saving -----------------------------------------------------------------


def choose_person(monkeypatch, person_id: int, role: str, description: str) -> None:
    def fake_exec(dialog: RoleDialog) -> int:
        combo = dialog.ui.personCombo
        combo.setCurrentIndex(combo.findData(person_id))
        dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(role))
        dialog.ui.descriptionEdit.setText(description)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RoleDialog, "exec", fake_exec)


def test_edit_purpose_topic_and_sponsor_then_save(qtbot, page, db, programme, people, monkeypatch):
    ui = page.ui
    ui.purposeEdit.setPlainText("")
    qtbot.keyClicks(ui.purposeEdit, "Leaders for the green transition.")
    assert page.has_unsaved_changes()
    assert not ui.unsavedHint.isHidden()
    assert ui.saveButton.isEnabled()

    page.topics.view.setCurrentIndex(page.topics.model.index(1, 0))
    qtbot.mouseClick(page.topics.add_button, Qt.MouseButton.LeftButton)
    editor = page.topics.view.focusWidget()
    assert isinstance(editor, QLineEdit)  # typing the new topic in place
    qtbot.keyClicks(editor, "The green transition")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    choose_person(monkeypatch, people["henrik"], "sponsor", "Executive sponsor")
    qtbot.mouseClick(ui.addRoleButton, Qt.MouseButton.LeftButton)
    assert ui.rolesTable.model().rowCount() == 1
    assert ui.rolesTable.model().index(0, 0).data() == "Henrik Østergaard"

    with qtbot.waitSignal(page.programmeSaved) as saved:
        qtbot.keyClick(ui.purposeEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [programme]

    full = design.read_programme(db, programme)
    assert full.design.purpose == "Leaders for the green transition."
    assert full.design.strategic_topics == (
        "Leadership development",
        "Collaboration across departments",
        "The green transition",
    )
    assert [(r.person_id, r.role, r.description) for r in full.design.roles] == [
        (people["henrik"], "sponsor", "Executive sponsor")
    ]
    assert not page.has_unsaved_changes()
    assert ui.unsavedHint.isHidden()


def test_sponsors_come_from_host_and_participating_organisations(
    page, db, programme, people, guest_org, monkeypatch
):
    ui = page.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("cross"))
    assert ui.guestOrganisationsList.isEnabled()
    model = ui.guestOrganisationsList.model()
    assert model.index(0, 0).data() == "Meridian Freight"
    model.item(0).setCheckState(Qt.CheckState.Checked)
    ui.separateCheck.setChecked(True)

    choose_person(monkeypatch, people["piotr"], "ambassador", "")
    page.add_role()
    assert page.save()

    full = design.read_programme(db, programme)
    assert full.design.kind == "cross"
    assert full.design.guest_organisation_ids == (guest_org,)
    assert full.design.separate_organisations
    assert [(r.person_id, r.role) for r in full.design.roles] == [(people["piotr"], "ambassador")]
    assert "with Meridian Freight" in ui.headerFacts.text()


def test_remove_role_and_hr_contact(page, db, programme, people):
    current = design.read_programme(db, programme).design
    design.save_design(
        db,
        programme,
        replace(current, roles=(design.RoleData(people["henrik"], "sponsor"),)),
    )
    page.load(programme)
    ui = page.ui
    ui.rolesTable.selectRow(0)
    page.remove_role()
    ui.hrCombo.setCurrentIndex(ui.hrCombo.findData(people["stine"]))
    assert page.save()
    saved = design.read_programme(db, programme).design
    assert saved.roles == ()
    assert saved.hr_contact_id == people["stine"]


def test_dirty_flag_and_confirm_leave(qtbot, page, db, programme, monkeypatch):
    ui = page.ui
    ui.nameEdit.setText("Leadership Mentoring 2026")
    assert page.has_unsaved_changes()
    assert page.editing_title() == "the design of Leadership Mentoring"

    # Typing the old name back: nothing left to save.
    ui.nameEdit.setText("Leadership Mentoring")
    assert not page.has_unsaved_changes()

    ui.nameEdit.setText("Leadership Mentoring 2026")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    assert confirm_leave(page, page) is False
    assert page.has_unsaved_changes()

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    assert confirm_leave(page, page) is True
    assert ui.nameEdit.text() == "Leadership Mentoring"
    assert not page.has_unsaved_changes()
    assert design.read_programme(db, programme).design.name == "Leadership Mentoring"

    ui.nameEdit.setText("Leadership Mentoring 2026")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    assert confirm_leave(page, page) is True
    assert design.read_programme(db, programme).design.name == "Leadership Mentoring 2026"
    assert ui.programmeTitle.text() == "Leadership Mentoring 2026"


def test_revert_button_puts_back_what_was_saved(qtbot, page):
    ui = page.ui
    ui.intervalSpin.setValue(3)
    page.themes.remove()
    assert ui.revertButton.isEnabled()
    qtbot.mouseClick(ui.revertButton, Qt.MouseButton.LeftButton)
    assert ui.intervalSpin.value() == 6
    assert len(page.themes.items()) == 5
    assert not page.has_unsaved_changes()


def test_status_backwards_asks_and_no_keeps_it(qtbot, page, db, programme, monkeypatch):
    set_status(db, programme, "running")
    page.load(programme)
    ui = page.ui
    assert ui.statusChip.text() == "Running"
    asked: list[str] = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply

        return question

    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("recruiting"))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert page.save() is False
    assert asked == ["Move Leadership Mentoring back from running to recruiting?"]
    assert design.read_programme(db, programme).design.status == "running"
    assert ui.statusCombo.currentData() == "running"
    assert not page.has_unsaved_changes()

    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("recruiting"))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(page.statusChanged) as changed:
        assert page.save() is True
    assert changed.args == [programme, "recruiting"]
    assert design.read_programme(db, programme).design.status == "recruiting"
    assert ui.statusChip.text() == "Recruiting"


def test_status_forwards_saves_without_asking(qtbot, page, db, programme, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("no question expected")

    monkeypatch.setattr(QMessageBox, "question", fail)
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("recruiting"))
    with qtbot.waitSignal(page.statusChanged):
        assert page.save()
    assert design.read_programme(db, programme).design.status == "recruiting"


def test_end_before_start_is_refused_at_the_end_date(qtbot, page, db, programme):
    ui = page.ui
    ui.purposeEdit.setPlainText("Changed, but not to be saved")
    ui.endDateEdit.setDate(QDate(START - timedelta(days=1)))
    assert ui.timeline.empty_text() == "The end date is before the start date."

    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    assert not ui.endError.isHidden()
    assert "before the start date" in ui.endError.text()
    assert ui.endDateEdit.property("invalid") is True
    assert page.has_unsaved_changes()
    saved = design.read_programme(db, programme).design
    assert saved.end_date == START + timedelta(days=365)
    assert saved.purpose != "Changed, but not to be saved"


def test_start_after_a_milestone_is_refused_at_the_start_date(page, db, programme):
    page.ui.startDateEdit.setDate(QDate(START + timedelta(days=10)))
    assert page.save() is False
    assert not page.ui.startError.isHidden()
    assert "Kick-off workshop" in page.ui.startError.text()
    assert design.read_programme(db, programme).design.start_date == START


def test_no_upcoming_milestone(qtbot, db, org, undo_stack):
    old = design.create_programme(db, "Earlier run", org, start=date.today() - timedelta(days=800))
    widget = DesignPage(db, undo_stack)
    qtbot.addWidget(widget)
    widget.load(old)
    assert widget.ui.nextValue.text() == "No upcoming milestone"
    assert widget.ui.timeline.today_x() is None  # today is far past the end


def test_empty_name_is_refused_at_the_name(page, db, programme):
    page.ui.nameEdit.clear()
    assert page.save() is False
    assert page.ui.nameError.text() == "A programme needs a name."
    assert design.read_programme(db, programme).design.name == "Leadership Mentoring"


# --- milestones -------------------------------------------------------------------------


def test_milestone_outside_the_span_is_refused_in_the_dialog(qtbot, page, db, programme):
    before = design.read_programme(db, programme).milestones
    dialog = page.milestone_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("network"))
    qtbot.keyClicks(ui.titleEdit, "Summer network meeting")
    outside = START + timedelta(days=400)
    ui.dateEdit.setDate(QDate(outside))

    qtbot.mouseClick(ui.buttonBox.button(ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert not ui.dateError.isHidden()
    assert "is outside the programme" in ui.dateError.text()
    assert ui.titleEdit.text() == "Summer network meeting"  # what was typed stays
    assert ui.dateEdit.date().toPython() == outside
    assert design.read_programme(db, programme).milestones == before


def test_add_and_edit_a_milestone_through_the_dialog(qtbot, page, db, programme, monkeypatch):
    day = START + timedelta(days=50)

    def fill(dialog: MilestoneDialog) -> int:
        ui = dialog.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("other"))
        ui.titleEdit.setText("Sponsor lunch")
        ui.dateEdit.setDate(QDate(day))
        ui.startTimeEdit.setTime(time(12))
        ui.endTimeEdit.setTime(time(13, 30))
        ui.placeEdit.setText("Canteen")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MilestoneDialog, "exec", fill)
    page.ui.milestonesTable.setFocus()
    qtbot.keyClick(page.ui.milestonesTable, Qt.Key.Key_Insert)

    saved = [
        m for m in design.read_programme(db, programme).milestones if m.title == "Sponsor lunch"
    ]
    assert len(saved) == 1
    assert saved[0].kind == "other" and saved[0].place == "Canteen"
    assert saved[0].start_time == time(12) and saved[0].end_time == time(13, 30)
    assert page.selected_milestone().title == "Sponsor lunch"
    assert page.ui.milestonesTable.model().rowCount() == 6
    assert saved[0].id in page.ui.timeline.marker_rects()

    def rename(dialog: MilestoneDialog) -> int:
        assert dialog.ui.titleEdit.text() == "Sponsor lunch"
        dialog.ui.titleEdit.setText("Sponsor breakfast")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MilestoneDialog, "exec", rename)
    qtbot.mouseClick(page.ui.editMilestoneButton, Qt.MouseButton.LeftButton)
    titles = [m.title for m in design.read_programme(db, programme).milestones]
    assert "Sponsor breakfast" in titles and "Sponsor lunch" not in titles


def test_delete_a_milestone_and_undo(qtbot, page, db, programme, undo_stack):
    before = design.read_programme(db, programme).milestones
    ui = page.ui
    ui.milestonesTable.selectRow(2)
    assert page.selected_milestone().title == "Mid-term review"
    ui.milestonesTable.setFocus()

    qtbot.keyClick(ui.milestonesTable, Qt.Key.Key_Delete)

    after = design.read_programme(db, programme).milestones
    assert [m.title for m in after] == [m.title for m in before if m.title != "Mid-term review"]
    assert ui.milestonesTable.model().rowCount() == 4
    assert len(ui.timeline.marker_rects()) == 4
    assert undo_stack.undoText() == "Delete milestone Mid-term review"

    undo_stack.undo()

    restored = design.read_programme(db, programme).milestones
    assert [(m.kind, m.title, m.date, m.start_time, m.end_time, m.agenda) for m in restored] == [
        (m.kind, m.title, m.date, m.start_time, m.end_time, m.agenda) for m in before
    ]
    assert ui.milestonesTable.model().rowCount() == 5
    assert page.selected_milestone().title == "Mid-term review"

    undo_stack.redo()
    assert len(design.read_programme(db, programme).milestones) == 4


def test_milestone_edits_do_not_touch_the_unsaved_form(page, db, programme):
    page.ui.purposeEdit.setPlainText("Draft purpose")
    page.ui.milestonesTable.selectRow(0)
    page.delete_milestone()
    assert page.ui.purposeEdit.toPlainText() == "Draft purpose"
    assert page.has_unsaved_changes()


def test_timeline_follows_the_dates_on_the_form(page):
    timeline = page.ui.timeline
    before = timeline.marker_rects()
    page.ui.endDateEdit.setDate(QDate(START + timedelta(days=730)))
    after = timeline.marker_rects()
    # The span doubled: every milestone after the start moves to the left.
    assert all(after[k].x() <= before[k].x() for k in before)
    assert (
        after[max(after, key=lambda k: after[k].x())].x()
        < before[max(before, key=lambda k: before[k].x())].x()
    )


# --- keyboard and accessibility ---------------------------------------------------------


def part_of_composite(widget: QWidget, top: QWidget) -> bool:
    """A combo box's popup list, a spin box's line edit: parts of one widget."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_has_names(page):
    interactive = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        QPlainTextEdit,
    )
    missing = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, interactive) or isinstance(widget, QHeaderView):
            continue
        if part_of_composite(widget, page):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == []


def test_mnemonics_and_tab_order(page):
    ui = page.ui
    assert ui.nameLabel.text() == "&Name *"
    assert ui.nameLabel.buddy() is ui.nameEdit
    assert ui.endLabel.buddy() is ui.endDateEdit
    assert ui.milestonesLabel.buddy() is ui.milestonesTable
    assert page.save_action.shortcut().toString() == "Ctrl+S"
    assert ui.nameEdit.nextInFocusChain() is ui.kindCombo
    assert ui.hrCombo.nextInFocusChain() is ui.purposeEdit


def test_page_without_a_programme_is_empty(qtbot, db, undo_stack):
    page = DesignPage(db, undo_stack)
    qtbot.addWidget(page)
    assert page.ui.programmeTitle.text() == "No programme"
    assert not page.ui.scrollArea.isEnabled()
    assert not page.has_unsaved_changes()
    assert page.save() is True
    page.set_database(db)
    assert page.programme_id is None


def test_insert_and_delete_keys_edit_the_learning_themes(qtbot, page):
    themes = page.themes
    themes.view.setFocus()
    themes.view.setCurrentIndex(themes.model.index(0, 0))
    qtbot.keyClick(themes.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert themes.items()[1] == "Building a network of alliances across the organisation"
    qtbot.keyClick(themes.view, Qt.Key.Key_Delete)
    assert len(themes.items()) == 4
    assert "Building a network of alliances across the organisation" not in themes.items()
    assert page.has_unsaved_changes()


def test_milestone_data_round_trip_in_dialog(qtbot, db, programme):
    milestone = MilestoneData(
        "midterm", "Mid-term review", START + timedelta(days=10), None, None, "Room 2", "", id=None
    )
    dialog = MilestoneDialog(db, programme, milestone)
    qtbot.addWidget(dialog)
    assert dialog.ui.noTimeCheck.isChecked()
    assert not dialog.ui.startTimeEdit.isEnabled()
    assert dialog.data() == milestone
