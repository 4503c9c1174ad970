"""The Participants page and the participant dialogs, driven through their widgets on a
copy of the demo database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from mentordesk.gui.dialogs.participant_dialog import ParticipantDialog, PeoplePickerDialog
from mentordesk.gui.pages.participants import ORGANISATION_COLUMN, ParticipantsPage
from mentordesk.services.participants import (
    list_participants,
    participant_detail,
)
from mentordesk.services.programmes import list_programmes
from mentordesk.store.database import Database
from mentordesk.store.models import Participant, Preference


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


def programme_id(db: Database, status: str) -> int:
    return next(p.id for p in list_programmes(db) if p.status == status)


def by_name(db: Database, programme: int) -> dict[str, object]:
    return {r.name: r for r in list_participants(db, programme_id=programme)}


def page_for(qtbot, db: Database, programme: int) -> ParticipantsPage:  # type: ignore[no-untyped-def]
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.load(programme)
    page.show()
    activate(qtbot, page)
    return page


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Make the window active, as a window manager would, so keyboard focus works."""
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def shown_names(page: ParticipantsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def select_names(page: ParticipantsPage, *names: str) -> None:
    ids = [r.id for r in page.records() if r.name in names]
    assert len(ids) == len(names), f"not all of {names} are participants"
    assert page.select(ids)
    page.ui.participantsTable.setFocus()


# ---------------------------------------------------------------------------------------
# The table


def test_empty_programme_shows_how_to_start(qtbot, demo_db: Database) -> None:
    page = page_for(qtbot, demo_db, programme_id(demo_db, "design"))
    ui = page.ui
    assert ui.participantsStack.currentWidget() is ui.emptyPage
    assert ui.emptyLabel.text() == (
        "No participants yet: add people or import a spreadsheet from HR."
    )
    assert ui.emptyAddButton.isVisible() and ui.emptyImportButton.isVisible()
    assert not ui.emptyClearButton.isVisible()
    assert not ui.editButton.isEnabled() and not ui.removeButton.isEnabled()
    assert ui.addButton.isEnabled() and ui.importButton.isEnabled()


def test_table_columns_filters_and_search(qtbot, demo_db: Database) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    ui = page.ui
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert titles == [
        "Name",
        "Role",
        "Organisation",
        "Department",
        "Job title",
        "Goals / expertise",
        "Capacity",
        "Status",
    ]
    assert not ui.participantsTable.isColumnHidden(ORGANISATION_COLUMN)
    assert ui.countLabel.text() == "22 participants: 10 mentors, 12 mentees"
    assert len(shown_names(page)) == 22

    ui.roleFilterCombo.setCurrentIndex(ui.roleFilterCombo.findData("mentor"))
    assert len(shown_names(page)) == 10
    ui.statusFilterCombo.setCurrentIndex(ui.statusFilterCombo.findData("applied"))
    assert shown_names(page) == ["Brian Kowalski"]
    assert ui.countLabel.text() == "Showing 1 of 22 participants"
    ui.roleFilterCombo.setCurrentIndex(0)
    assert len(shown_names(page)) == 4  # three applied mentees and one mentor
    qtbot.keyClicks(ui.searchEdit, "kingsbridge")
    assert shown_names(page) == ["Benjamin Shaw"]
    qtbot.keyClicks(ui.searchEdit, "zzz")
    assert ui.participantsStack.currentWidget() is ui.emptyPage
    assert ui.emptyLabel.text() == "No participant matches the search and filters."
    qtbot.mouseClick(ui.emptyClearButton, Qt.MouseButton.LeftButton)
    assert len(shown_names(page)) == 22
    assert ui.searchEdit.text() == ""

    # Mentors show their capacity; mentees have none.
    capacity = {
        page.proxy.index(r, 0).data(): page.proxy.index(r, 6).data()
        for r in range(page.proxy.rowCount())
    }
    assert capacity["Zuzana Bílková"] == "3"
    assert capacity["Kateřina Horáková"] == ""

    # An internal programme has no organisation column.
    page.load(programme_id(demo_db, "running"))
    assert ui.participantsTable.isColumnHidden(ORGANISATION_COLUMN)


# ---------------------------------------------------------------------------------------
# Adding


def test_add_people_as_mentors_through_the_dialog(qtbot, demo_db: Database) -> None:
    design = programme_id(demo_db, "design")
    page = page_for(qtbot, demo_db, design)
    changed: list[int] = []
    page.participantsChanged.connect(changed.append)

    qtbot.mouseClick(page.ui.emptyAddButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PeoplePickerDialog)
    activate(qtbot, dialog)
    assert dialog.windowTitle() == "Add participants to Emerging Leaders Mentoring 2026"
    assert not dialog.ok_button.isEnabled()
    everyone = dialog.model.rowCount()
    assert everyone == 30  # all of Brightwater's people

    qtbot.keyClicks(dialog.search_edit, "director")
    directors = dialog.proxy.rowCount()
    assert 0 < directors < everyone
    # Down moves from the search into the list; Space ticks.
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    first = dialog.proxy.index(0, 0).data()
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "Ashley Nguyen")
    assert dialog.proxy.rowCount() == 1
    dialog.table.setCurrentIndex(dialog.proxy.index(0, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    dialog.search_edit.clear()
    assert dialog.proxy.rowCount() == everyone
    assert len(dialog.model.checked) == 2  # the ticks survive searching
    dialog.mentor_radio.click()
    assert dialog.ok_button.text() == "Add 2 as mentors"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.dialog is None)
    people = by_name(demo_db, design)
    assert set(people) == {first, "Ashley Nguyen"}
    assert {p.role for p in people.values()} == {"mentor"}  # type: ignore[attr-defined]
    assert {p.status for p in people.values()} == {"applied"}  # type: ignore[attr-defined]
    assert page.ui.participantsStack.currentWidget() is page.ui.tablePage
    assert sorted(r.name for r in page.selected_records()) == sorted(people)
    assert page.notice() == "Added 2 mentors."
    assert changed == [design]

    # Who is in the programme is no longer offered.
    activate(qtbot, page)
    qtbot.keyClick(page.ui.participantsTable, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, PeoplePickerDialog)
    assert dialog.model.rowCount() == everyone - 2
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)


# ---------------------------------------------------------------------------------------
# Editing


def test_edit_goals_capacity_and_an_avoid(qtbot, demo_db: Database) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    select_names(page, "Brian Kowalski")
    qtbot.keyClick(page.ui.participantsTable, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, ParticipantDialog)
    activate(qtbot, dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == "Edit Brian Kowalski"
    assert ui.tagsGroup.title() == "Expertise: what they can offer"
    assert ui.capacitySpin.isVisible()
    before = participant_detail(demo_db, dialog.participant_id)
    themes = [ui.tagsList.item(r).text() for r in range(ui.tagsList.count())]
    assert themes[:5] == before.learning_themes

    # Tick a theme not yet chosen, add a tag of their own, raise the capacity, avoid someone.
    unticked = next(
        r for r in range(5) if ui.tagsList.item(r).checkState() == Qt.CheckState.Unchecked
    )
    ui.tagsList.item(unticked).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(ui.otherTagEdit, "Regulatory affairs")
    qtbot.keyClick(ui.otherTagEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the tag; it did not close the dialog
    assert ui.otherTagEdit.text() == ""
    ui.capacitySpin.setValue(4)
    picker = dialog.choose_people("avoids")
    activate(qtbot, picker)
    qtbot.keyClicks(picker.search_edit, "Lauren Mitchell")
    assert picker.proxy.rowCount() == 1
    assert picker.proxy.index(0, picker.model.columns.index("In the programme")).data() == "Mentee"
    picker.table.setCurrentIndex(picker.proxy.index(0, 0))
    qtbot.keyClick(picker.table, Qt.Key.Key_Space)
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.avoidsList.count() == 1)
    assert ui.avoidsList.item(0).text().startswith("Lauren Mitchell — Brightwater Medical")
    assert dialog.has_unsaved_changes()
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    qtbot.waitUntil(lambda: page.dialog is None)
    after = participant_detail(demo_db, before.id)
    assert after.capacity == 4
    assert "Regulatory affairs" in after.expertise
    assert before.learning_themes[unticked] in after.expertise
    assert set(before.expertise) <= set(after.expertise)
    assert [a.name for a in after.avoids] == ["Lauren Mitchell"]
    with demo_db.unit_of_work() as session:
        kinds = session.scalars(
            select(Preference.kind).where(Preference.participant_id == before.id)
        ).all()
    assert [k.value for k in kinds] == ["avoid"]
    assert page.notice() == "Saved Brian Kowalski."


def test_goals_of_a_mentee_and_refusals_shown_at_the_field(
    qtbot, demo_db: Database, boxes: MessageBoxes
) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    select_names(page, "Kateřina Horáková")  # a mentee with a proposed pairing
    dialog = page.edit_participant()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert ui.tagsGroup.title() == "Goals: what they want to learn"
    assert not ui.capacitySpin.isVisible()
    before = participant_detail(demo_db, dialog.participant_id)

    # A role change is refused: she is in a pairing. The message stands at the role.
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("mentor"))
    assert ui.tagsGroup.title() == "Expertise: what they can offer"
    dialog.add_tag("Logistics")
    dialog.accept()
    assert dialog.isVisible()
    assert ui.roleError.isVisible()
    assert "role cannot change" in ui.roleError.text()
    assert ui.roleCombo.property("invalid") is True

    # Back to mentee: her goals are as they were; a new one is added and saved.
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("mentee"))
    assert dialog.tags()["mentee"] == before.goals
    dialog.add_tag("Leading across time zones")
    dialog.accept()
    qtbot.waitUntil(lambda: page.dialog is None)
    after = participant_detail(demo_db, before.id)
    assert after.role == "mentee"
    assert after.goals == [*before.goals, "Leading across time zones"]
    # What was typed as expertise while the role said mentor is kept with the form.
    assert after.expertise == [*before.expertise, "Logistics"]


def test_cancel_with_unsaved_edits_asks_first(
    qtbot, demo_db: Database, boxes: MessageBoxes
) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    select_names(page, "Benjamin Shaw")
    dialog = page.edit_participant()
    assert dialog is not None
    before = participant_detail(demo_db, dialog.participant_id)
    dialog.ui.notesEdit.setPlainText("Call about the time commitment.")

    boxes.answers = [QMessageBox.StandardButton.Cancel]
    dialog.reject()
    assert dialog.isVisible()  # Cancel in the question: stay
    assert boxes.asked[-1][1] == "Save the changes to Benjamin Shaw?"

    boxes.answers = [QMessageBox.StandardButton.Discard]
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert participant_detail(demo_db, before.id).application_notes == before.application_notes

    # Save from the question writes the edit.
    select_names(page, "Benjamin Shaw")
    dialog = page.edit_participant()
    assert dialog is not None
    dialog.ui.notesEdit.setPlainText("Call about the time commitment.")
    boxes.answers = [QMessageBox.StandardButton.Save]
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert participant_detail(demo_db, before.id).application_notes == (
        "Call about the time commitment."
    )


def test_a_wish_for_themselves_is_not_offered_and_refused_by_the_service(
    qtbot, demo_db: Database
) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    select_names(page, "Marcus Reed")
    dialog = page.edit_participant()
    assert dialog is not None
    picker = dialog.choose_people("wishes")
    names = {p.name for p in picker.model.people()}
    assert "Marcus Reed" not in names
    picker.reject()
    # Even when the list names them (as an old file could), saving is refused at the field.
    dialog._add_person(dialog.ui.wishesList, dialog.detail.person_id, "Marcus Reed")
    dialog.accept()
    assert dialog.ui.wishesError.isVisible()
    assert "cannot wish for themselves" in dialog.ui.wishesError.text()
    dialog.done(QDialog.DialogCode.Rejected)


# ---------------------------------------------------------------------------------------
# Removing and status


def test_remove_refused_for_a_paired_participant_with_the_reason(
    qtbot, demo_db: Database, boxes: MessageBoxes
) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    select_names(page, "Mark Sutton")
    boxes.answers = [QMessageBox.StandardButton.Yes]
    qtbot.keyClick(page.ui.participantsTable, Qt.Key.Key_Delete)
    assert boxes.asked[0][0] == "confirmBox"
    assert boxes.asked[0][1] == "Remove Mark Sutton from Cross-Mentoring Circle 2025?"
    name, text, _ = boxes.asked[1]
    assert name == "refusalBox"
    assert "Mark Sutton cannot be removed" in text
    assert "1 pairing" in text
    assert "withdrawn" in text
    assert "Mark Sutton" in by_name(demo_db, cross)

    # Withdrawn instead, through Set status.
    select_names(page, "Mark Sutton")
    page.status_actions["withdrawn"].trigger()
    assert by_name(demo_db, cross)["Mark Sutton"].status == "withdrawn"  # type: ignore[attr-defined]
    assert page.notice() == "Status set to withdrawn for 1 participant."


def test_remove_a_participant_without_history(
    qtbot, demo_db: Database, boxes: MessageBoxes
) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    # Brian Kowalski applied: no pairing, interview or follow-up yet... apart from the
    # follow-up "Matching interview with ...", so first a removal that is refused.
    select_names(page, "Brian Kowalski")
    boxes.answers = [QMessageBox.StandardButton.Yes]
    page.remove_selected()
    assert "1 follow-up" in boxes.asked[-1][1]

    changed: list[int] = []
    page.participantsChanged.connect(changed.append)
    design = programme_id(demo_db, "design")
    page.load(design)
    picker = page.add_participants()
    assert picker is not None
    picker.set_checked([picker.model.person(0).id, picker.model.person(1).id])
    picker.accept()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert len(page.records()) == 2
    select_names(page, *[r.name for r in page.records()])
    boxes.answers = [QMessageBox.StandardButton.Cancel]
    page.remove_selected()
    assert len(by_name(demo_db, design)) == 2  # Cancel keeps them
    boxes.answers = [QMessageBox.StandardButton.Yes]
    page.remove_selected()
    assert boxes.asked[-1][1] == "Remove 2 participants from Emerging Leaders Mentoring 2026?"
    assert by_name(demo_db, design) == {}
    assert page.ui.participantsStack.currentWidget() is page.ui.emptyPage
    assert changed == [design, design]


def test_set_status_for_the_selection(qtbot, demo_db: Database, boxes: MessageBoxes) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    applied = [r.name for r in page.records() if r.status == "applied"]
    assert len(applied) == 4
    select_names(page, *applied)
    assert page.ui.statusButton.isEnabled()
    assert not page.ui.editButton.isEnabled()  # Edit is for one participant
    page.status_actions["accepted"].trigger()
    statuses = {name: r.status for name, r in by_name(demo_db, cross).items()}  # type: ignore[attr-defined]
    assert all(statuses[name] == "accepted" for name in applied)
    assert sorted(r.name for r in page.selected_records()) == sorted(applied)


# ---------------------------------------------------------------------------------------
# Export


def test_export_participants_to_xlsx_and_pairings_to_csv(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    target = tmp_path / "out" / "circle"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), "Excel workbook (*.xlsx)"),
    )
    page.export_participants_action.trigger()
    qtbot.waitUntil(lambda: page.notice().startswith("Exported"), timeout=10_000)
    written = target.with_suffix(".xlsx")
    assert page.notice() == f"Exported 22 participants to {written}."
    sheet = load_workbook(written).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("First name", "Last name", "Email", "Role")
    assert len(rows) == 23
    names = {f"{r[0]} {r[1]}" for r in rows[1:]}
    assert names == set(by_name(demo_db, cross))

    pairings = tmp_path / "pairs.csv"
    page.export("pairings", pairings)
    qtbot.waitUntil(lambda: "pairing" in page.notice(), timeout=10_000)
    with pairings.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][:4] == ["Mentor", "Mentor email", "Mentee", "Mentee email"]
    assert {(row[0], row[2]) for row in table[1:]} == {
        ("Mark Sutton", "Kateřina Horáková"),
        ("Zofia Mróz", "David Llewellyn"),
        ("Elif Güneş", "Lauren Mitchell"),
    }


def test_participant_rows_in_the_database_match_the_table(qtbot, demo_db: Database) -> None:
    running = programme_id(demo_db, "running")
    page = page_for(qtbot, demo_db, running)
    with demo_db.unit_of_work() as session:
        count = len(
            session.scalars(select(Participant.id).where(Participant.programme_id == running)).all()
        )
    assert len(shown_names(page)) == count == 23


# ---------------------------------------------------------------------------------------
# Names for tests and screen readers, and the keyboard


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
)


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets without an object name or accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_interactive_widget_has_names(qtbot, demo_db: Database) -> None:
    cross = programme_id(demo_db, "matching")
    page = page_for(qtbot, demo_db, cross)
    assert unnamed(page) == []
    picker = page.add_participants()
    assert picker is not None
    assert unnamed(picker) == []
    picker.done(QDialog.DialogCode.Rejected)
    qtbot.waitUntil(lambda: page.dialog is None)
    select_names(page, "Mark Sutton")
    dialog = page.edit_participant()
    assert dialog is not None
    assert unnamed(dialog) == []
    chooser = dialog.choose_people("wishes")
    assert unnamed(chooser) == []
    chooser.done(QDialog.DialogCode.Rejected)
    dialog.done(QDialog.DialogCode.Rejected)


def test_mnemonics_and_buddies(qtbot, demo_db: Database) -> None:
    page = page_for(qtbot, demo_db, programme_id(demo_db, "matching"))
    ui = page.ui
    assert ui.searchLabel.buddy() is ui.searchEdit
    assert ui.roleFilterLabel.buddy() is ui.roleFilterCombo
    assert ui.statusFilterLabel.buddy() is ui.statusFilterCombo
    for button in (ui.addButton, ui.editButton, ui.removeButton, ui.importButton):
        assert "&" in button.text()
    assert [a.text() for a in page.status_menu.actions()] == [
        "&Applied",
        "A&ccepted",
        "&Withdrawn",
        "C&ompleted",
    ]
    select_names(page, "Mark Sutton")
    dialog = page.edit_participant()
    assert dialog is not None
    d = dialog.ui
    for label, field in (
        (d.roleLabel, d.roleCombo),
        (d.statusLabel, d.statusCombo),
        (d.capacityLabel, d.capacitySpin),
        (d.languagesLabel, d.languagesEdit),
        (d.otherTagLabel, d.otherTagEdit),
    ):
        assert "&" in label.text() and label.buddy() is field
    dialog.done(QDialog.DialogCode.Rejected)
