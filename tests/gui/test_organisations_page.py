"""The organisation list and the organisation page, driven through their widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from mentordesk.config import DatabaseTarget
from mentordesk.gui.editing import confirm_leave
from mentordesk.gui.pages.organisations import (
    LOGO_FILTER,
    OrganisationListPage,
    OrganisationPage,
)
from mentordesk.services.design import create_programme
from mentordesk.services.organisations import (
    ContactData,
    OrganisationInput,
    list_organisations,
    organisation_detail,
    save_organisation,
    set_archived,
)
from mentordesk.services.people import PersonInput, list_people, save_person
from mentordesk.store.database import Database, open_database

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50" viewBox="0 0 200 50">'
    b'<rect width="200" height="50" fill="#0A7D5A"/></svg>'
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "t.sqlite3"))
    yield database
    database.close()


class MessageBoxes:
    """Answers the message boxes the pages open, and remembers what they said."""

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


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


def list_page(qtbot, db: Database, undo_stack: QUndoStack) -> OrganisationListPage:  # type: ignore[no-untyped-def]
    page = OrganisationListPage(db, undo_stack)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def organisation_page(qtbot, db: Database, undo_stack: QUndoStack) -> OrganisationPage:  # type: ignore[no-untyped-def]
    page = OrganisationPage(db, undo_stack)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def shown_names(page: OrganisationListPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def cell_editor(table: QAbstractItemView) -> QLineEdit:
    """The line edit open on a table cell."""
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def double_click(qtbot, view: QAbstractItemView, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    """A user's double-click on a cell (a click first, as a real double-click is)."""
    centre = view.visualRect(view.model().index(row, column)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def png_file(path: Path, width: int = 400, height: int = 100) -> Path:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1F4E79"))
    assert image.save(str(path), "PNG")
    return path


# ---------------------------------------------------------------------------------------
# The organisation page


def test_create_organisation_with_logo_colour_and_contact(
    qtbot, db: Database, undo_stack: QUndoStack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logo = png_file(tmp_path / "nordlys.png")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(logo), LOGO_FILTER)
    )
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args, **kwargs: QColor("#0a7d5a"))
    page = organisation_page(qtbot, db, undo_stack)
    page.load(None)
    form = page.form
    assert page.ui.organisationTitle.text() == "New organisation"
    assert not page.ui.editorTabs.isTabEnabled(page.ui.editorTabs.indexOf(page.ui.peopleTab))

    qtbot.keyClicks(form.nameEdit, "Nordlys Energi A/S")
    qtbot.keyClicks(form.sectorEdit, "Energy")
    qtbot.keyClicks(form.countryEdit, "Denmark")
    form.languageCombo.setCurrentIndex(form.languageCombo.findText("Danish"))
    qtbot.keyClicks(form.addressEdit, "Havnegade 1")
    qtbot.keyClick(form.addressEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.addressEdit, "1058 Copenhagen K")
    qtbot.mouseClick(form.brandColourButton, Qt.MouseButton.LeftButton)
    assert form.brandColourEdit.text() == "#0A7D5A"
    qtbot.mouseClick(form.chooseLogoButton, Qt.MouseButton.LeftButton)
    preview = form.logoPreview.pixmap()
    assert not preview.isNull()
    assert preview.width() <= 160 and preview.height() <= 80
    assert "PNG" in form.logoInfo.text()

    qtbot.mouseClick(form.addContactButton, Qt.MouseButton.LeftButton)
    editor = cell_editor(form.contactsTable)  # Add contact opens the name cell
    editor.insert("Åse Brøndum")  # keyClicks types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.contacts.contacts()[0].name == "Åse Brøndum")
    double_click(qtbot, form.contactsTable, 0, 1)
    role_editor = cell_editor(form.contactsTable)
    qtbot.keyClicks(role_editor, "HR partner")
    qtbot.keyClick(role_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.contacts.contacts()[0].role == "HR partner")
    assert page.has_unsaved_changes()
    assert page.ui.unsavedLabel.isVisible()

    with qtbot.waitSignal(page.organisationSaved, timeout=2000) as saved:
        qtbot.keyClick(form.countryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    organisation_id = saved.args[0]
    detail = organisation_detail(db, organisation_id)
    assert detail.data.name == "Nordlys Energi A/S"
    assert detail.data.sector == "Energy" and detail.data.country == "Denmark"
    assert detail.data.language == "da"
    assert detail.data.address == "Havnegade 1\n1058 Copenhagen K"
    assert detail.data.brand_colour == "#0A7D5A"
    assert detail.data.logo == logo.read_bytes() and detail.data.logo_mime == "image/png"
    assert detail.data.contacts == (ContactData("Åse Brøndum", "HR partner"),)
    assert not page.has_unsaved_changes()
    assert not page.ui.unsavedLabel.isVisible()
    assert page.ui.organisationTitle.text() == "Nordlys Energi A/S"
    assert page.ui.editorTabs.isTabEnabled(page.ui.editorTabs.indexOf(page.ui.peopleTab))
    assert not page.form.logoPreview.pixmap().isNull()


def test_svg_logo_is_fitted_keeping_its_shape_and_can_be_removed(
    qtbot, db: Database, undo_stack: QUndoStack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_bytes(SVG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(svg), LOGO_FILTER))
    organisation_id = save_organisation(db, OrganisationInput(name="Wisła Logistics"))
    page = organisation_page(qtbot, db, undo_stack)
    page.load(organisation_id)
    assert page.form.logoPreview.text() == "No logo"
    assert not page.form.removeLogoButton.isEnabled()

    qtbot.mouseClick(page.form.chooseLogoButton, Qt.MouseButton.LeftButton)
    pixmap = page.form.logoPreview.pixmap()
    ratio = pixmap.devicePixelRatio()
    assert (round(pixmap.width() / ratio), round(pixmap.height() / ratio)) == (160, 40)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    detail = organisation_detail(db, organisation_id)
    assert detail.data.logo == SVG and detail.data.logo_mime == "image/svg+xml"

    qtbot.mouseClick(page.form.removeLogoButton, Qt.MouseButton.LeftButton)
    assert page.form.logoPreview.text() == "No logo"
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert organisation_detail(db, organisation_id).data.logo is None


def test_a_file_that_is_no_image_is_refused_at_the_logo(
    qtbot, db: Database, undo_stack: QUndoStack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"not an image at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), LOGO_FILTER))
    page = organisation_page(qtbot, db, undo_stack)
    qtbot.mouseClick(page.form.chooseLogoButton, Qt.MouseButton.LeftButton)
    assert page.form.logoError.isVisible()
    assert "logo.png is not an image" in page.form.logoError.text()
    assert page.form.logoPreview.text() == "No logo"


def test_required_name_is_refused_at_the_field_and_nothing_is_written(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    page = organisation_page(qtbot, db, undo_stack)
    page.load(None)
    qtbot.keyClicks(page.form.sectorEdit, "Retail")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.form.nameError.isVisible()
    assert page.form.nameError.text() == "An organisation needs a name."
    assert page.form.nameEdit.property("invalid") is True
    assert list_organisations(db) == []
    assert page.has_unsaved_changes()
    assert page.form.sectorEdit.text() == "Retail"

    qtbot.keyClicks(page.form.nameEdit, "Brightwater")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not page.form.nameError.isVisible()
    assert [o.name for o in list_organisations(db)] == ["Brightwater"]


def test_a_bad_colour_and_a_nameless_contact_are_refused_at_their_fields(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    organisation_id = save_organisation(db, OrganisationInput(name="Meridian"))
    page = organisation_page(qtbot, db, undo_stack)
    page.load(organisation_id)
    page.form.brandColourEdit.clear()
    qtbot.keyClicks(page.form.brandColourEdit, "#12ab")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.form.brandColourError.isVisible()
    assert "#12ab" in page.form.brandColourError.text()
    assert organisation_detail(db, organisation_id).data.brand_colour == "#1F4E79"

    qtbot.keyClicks(page.form.brandColourEdit, "cd")
    qtbot.mouseClick(page.form.addContactButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not page.form.brandColourError.isVisible()
    assert page.form.contactsError.isVisible()
    assert page.form.contactsError.text() == "Contact 1 needs a name."

    qtbot.mouseClick(page.form.removeContactButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    detail = organisation_detail(db, organisation_id)
    assert detail.data.brand_colour == "#12ABCD" and detail.data.contacts == ()


@pytest.mark.parametrize(
    ("answer", "left", "saved_notes", "form_notes"),
    [
        (QMessageBox.StandardButton.Cancel, False, "", "Call Ase in May"),
        (QMessageBox.StandardButton.Discard, True, "", ""),
        (QMessageBox.StandardButton.Save, True, "Call Ase in May", "Call Ase in May"),
    ],
)
def test_unsaved_edits_are_never_dropped_without_asking(
    qtbot,
    db: Database,
    undo_stack: QUndoStack,
    boxes: MessageBoxes,
    answer: QMessageBox.StandardButton,
    left: bool,
    saved_notes: str,
    form_notes: str,
) -> None:
    organisation_id = save_organisation(db, OrganisationInput(name="Nordlys"))
    page = organisation_page(qtbot, db, undo_stack)
    page.load(organisation_id)
    assert confirm_leave(page, page) is True
    assert boxes.asked == []

    qtbot.keyClicks(page.form.notesEdit, "Call Ase in May")
    assert page.has_unsaved_changes()
    boxes.answers = [answer]
    assert confirm_leave(page, page) is left
    assert boxes.asked == [("unsavedChangesBox", "Save the changes to Nordlys?", boxes.asked[0][2])]
    assert organisation_detail(db, organisation_id).data.notes == saved_notes
    assert page.form.notesEdit.toPlainText() == form_notes
    assert page.has_unsaved_changes() is (answer == QMessageBox.StandardButton.Cancel)


def test_revert_brings_back_the_saved_values(qtbot, db: Database, undo_stack: QUndoStack) -> None:
    organisation_id = save_organisation(
        db, OrganisationInput(name="Nordlys", contacts=(ContactData("Åse"),))
    )
    page = organisation_page(qtbot, db, undo_stack)
    page.load(organisation_id)
    assert not page.ui.revertButton.isEnabled()
    with qtbot.waitSignal(page.dirtyChanged) as dirty:
        qtbot.keyClicks(page.form.nameEdit, " Energi")
    assert dirty.args == [True]
    page.form.contactsTable.setCurrentIndex(page.contacts.index(0, 0))
    qtbot.mouseClick(page.form.removeContactButton, Qt.MouseButton.LeftButton)
    assert page.contacts.rowCount() == 0
    qtbot.mouseClick(page.ui.revertButton, Qt.MouseButton.LeftButton)
    assert page.form.nameEdit.text() == "Nordlys"
    assert page.contacts.contacts() == (ContactData("Åse"),)
    assert not page.has_unsaved_changes()


def test_archived_organisation_shows_a_banner_with_restore(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    organisation_id = save_organisation(db, OrganisationInput(name="Kingsbridge"))
    set_archived(db, organisation_id, True)
    page = organisation_page(qtbot, db, undo_stack)
    page.load(organisation_id)
    assert page.ui.archivedBanner.isVisible()
    assert page.ui.archivedText.text() == "Archived — hidden from the navigation"

    qtbot.keyClicks(page.form.notesEdit, "Back for 2026")
    with qtbot.waitSignal(page.organisationsChanged):
        qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert not page.ui.archivedBanner.isVisible()
    assert list_organisations(db, include_archived=False)[0].id == organisation_id
    assert page.form.notesEdit.toPlainText() == "Back for 2026"  # edits are kept

    assert undo_stack.undoText() == "Restore Kingsbridge"
    undo_stack.undo()
    assert page.ui.archivedBanner.isVisible()
    assert list_organisations(db, include_archived=False) == []


def test_people_tab_shows_the_people_of_the_organisation(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    organisation_id = save_organisation(db, OrganisationInput(name="Nordlys", country="Denmark"))
    save_person(db, organisation_id, PersonInput(first_name="Ida", last_name="Holm"))
    save_person(db, organisation_id, PersonInput(first_name="Bo", last_name="Berg"))
    page = organisation_page(qtbot, db, undo_stack)
    page.load(organisation_id)
    assert page.ui.organisationSubtitle.text() == "Denmark  ·  2 people  ·  0 programmes"
    page.ui.editorTabs.setCurrentWidget(page.ui.peopleTab)
    assert page.people.isVisible()
    assert page.people.ui.countLabel.text() == "2 people"
    assert page.people.proxy.rowCount() == 2


# ---------------------------------------------------------------------------------------
# The list of organisations


def test_empty_list_invites_to_create_the_first_organisation(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    page = list_page(qtbot, db, undo_stack)
    assert page.ui.listStack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text() == "No client organisations yet. Create the first one."
    assert page.ui.createFirstButton.isVisible()
    assert not page.ui.editButton.isEnabled() and not page.ui.deleteButton.isEnabled()
    with qtbot.waitSignal(page.newOrganisationRequested, timeout=1000):
        qtbot.mouseClick(page.ui.createFirstButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.newOrganisationRequested, timeout=1000):
        qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)


def _three(db: Database) -> dict[str, int]:
    ids = {}
    for name, sector, country in (
        ("Nordlys Energi A/S", "Energy", "Denmark"),
        ("Wisła Logistics", "Logistics", "Poland"),
        ("Brightwater Medical", "Medical devices", "United States"),
    ):
        ids[name] = save_organisation(
            db, OrganisationInput(name=name, sector=sector, country=country)
        )
    for n in range(3):
        save_person(db, ids["Wisła Logistics"], PersonInput(first_name=f"P{n}"))
    return ids


def test_table_lists_sorts_and_searches_as_you_type(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    _three(db)
    page = list_page(qtbot, db, undo_stack)
    assert page.ui.listStack.currentWidget() is page.ui.tablePage
    assert shown_names(page) == ["Brightwater Medical", "Nordlys Energi A/S", "Wisła Logistics"]
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Name", "Sector", "Country", "People", "Programmes", "Status"]
    assert page.ui.countLabel.text() == "3 organisations"

    page.ui.organisationsTable.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert shown_names(page)[0] == "Wisła Logistics"
    assert page.proxy.index(0, 3).data() == "3"

    qtbot.keyClicks(page.ui.searchEdit, "pol")
    assert shown_names(page) == ["Wisła Logistics"]
    assert page.ui.countLabel.text() == "1 of 3 organisations"
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "zzz")
    assert page.ui.listStack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text() == "No organisation matches “zzz”."
    assert not page.ui.createFirstButton.isVisible()


def test_enter_and_double_click_open_the_organisation(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    ids = _three(db)
    page = list_page(qtbot, db, undo_stack)
    table = page.ui.organisationsTable
    assert page.select_organisation(ids["Nordlys Energi A/S"])
    with qtbot.waitSignal(page.organisationOpened, timeout=1000) as opened:
        qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    assert opened.args == [ids["Nordlys Energi A/S"]]

    table.setFocus()
    with qtbot.waitSignal(page.organisationOpened, timeout=1000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [ids["Nordlys Energi A/S"]]

    with qtbot.waitSignal(page.organisationOpened, timeout=1000) as opened:
        double_click(qtbot, table, 0, 0)
    assert opened.args == [ids["Brightwater Medical"]]


def test_archive_hides_and_restore_brings_back_both_undoable(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    ids = _three(db)
    page = list_page(qtbot, db, undo_stack)
    page.select_organisation(ids["Nordlys Energi A/S"])
    assert page.ui.archiveButton.isEnabled() and not page.ui.restoreButton.isEnabled()
    with qtbot.waitSignal(page.organisationsChanged, timeout=1000):
        qtbot.mouseClick(page.ui.archiveButton, Qt.MouseButton.LeftButton)
    assert "Nordlys Energi A/S" not in shown_names(page)
    assert page.ui.countLabel.text() == "2 organisations · 1 archived not shown"
    assert [o.name for o in list_organisations(db, include_archived=False)] == [
        "Brightwater Medical",
        "Wisła Logistics",
    ]

    qtbot.mouseClick(page.ui.showArchivedCheck, Qt.MouseButton.LeftButton)
    assert page.ui.showArchivedCheck.isChecked()
    assert "Nordlys Energi A/S" in shown_names(page)
    page.select_organisation(ids["Nordlys Energi A/S"])
    row = shown_names(page).index("Nordlys Energi A/S")
    assert page.proxy.index(row, 5).data() == "Archived"
    assert page.ui.restoreButton.isEnabled() and not page.ui.archiveButton.isEnabled()
    qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert page.proxy.index(row, 5).data() == "Active"
    assert len(list_organisations(db, include_archived=False)) == 3

    assert undo_stack.undoText() == "Restore Nordlys Energi A/S"
    undo_stack.undo()
    assert len(list_organisations(db, include_archived=False)) == 2
    undo_stack.undo()
    assert len(list_organisations(db, include_archived=False)) == 3
    qtbot.mouseClick(page.ui.showArchivedCheck, Qt.MouseButton.LeftButton)
    assert len(shown_names(page)) == 3


def test_every_organisation_archived_says_how_to_see_them(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    set_archived(db, save_organisation(db, OrganisationInput(name="Old client")), True)
    page = list_page(qtbot, db, undo_stack)
    assert page.ui.listStack.currentWidget() is page.ui.emptyPage
    assert "Tick Show archived" in page.ui.emptyLabel.text()
    page.ui.showArchivedCheck.setChecked(True)
    assert shown_names(page) == ["Old client"]


def test_delete_asks_then_undo_brings_back_the_same_ids_and_people(
    qtbot, db: Database, undo_stack: QUndoStack, boxes: MessageBoxes
) -> None:
    ids = _three(db)
    organisation_id = save_organisation(
        db,
        OrganisationInput(name="Meridian Freight", contacts=(ContactData("Jan de Vries"),)),
    )
    boss = save_person(db, organisation_id, PersonInput(first_name="Anna", last_name="Bakker"))
    report = save_person(
        db, organisation_id, PersonInput(first_name="Ruud", last_name="Smit", manager_id=boss)
    )
    page = list_page(qtbot, db, undo_stack)
    page.select_organisation(organisation_id)

    boxes.answers = [QMessageBox.StandardButton.Cancel]
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert len(list_organisations(db)) == 4 and undo_stack.count() == 0

    boxes.answers = [QMessageBox.StandardButton.Yes]
    page.ui.organisationsTable.setFocus()
    with qtbot.waitSignal(page.organisationsChanged, timeout=1000):
        qtbot.keyClick(page.ui.organisationsTable, Qt.Key.Key_Delete)
    name, text, informative = boxes.asked[-1]
    assert (name, text) == ("confirmBox", "Delete Meridian Freight?")
    assert "2 people and 1 contact" in informative
    assert organisation_id not in {o.id for o in list_organisations(db)}
    assert "Meridian Freight" not in shown_names(page)
    assert undo_stack.undoText() == "Delete Meridian Freight"

    with qtbot.waitSignal(page.organisationsChanged, timeout=1000):
        undo_stack.undo()
    back = {o.id: o for o in list_organisations(db)}
    assert back[organisation_id].name == "Meridian Freight"
    assert back[organisation_id].contacts[0]["name"] == "Jan de Vries"
    people = {p.id: p for p in list_people(db, organisation_id)}
    assert set(people) == {boss, report}
    assert people[report].manager_id == boss
    assert "Meridian Freight" in shown_names(page)

    undo_stack.redo()
    assert organisation_id not in {o.id for o in list_organisations(db)}
    undo_stack.undo()
    assert {p.id for p in list_people(db, organisation_id)} == {boss, report}
    assert len(ids) == 3


def test_delete_is_refused_for_an_organisation_with_programmes(
    qtbot, db: Database, undo_stack: QUndoStack, boxes: MessageBoxes
) -> None:
    organisation_id = save_organisation(db, OrganisationInput(name="Nordlys"))
    create_programme(db, "Leadership 2025", organisation_id)
    page = list_page(qtbot, db, undo_stack)
    page.select_organisation(organisation_id)
    boxes.answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok]
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert boxes.asked[1][0] == "refusalBox"
    assert boxes.asked[1][1].startswith("Nordlys has 1 programme(s), so it cannot be deleted.")
    assert [o.id for o in list_organisations(db)] == [organisation_id]
    assert undo_stack.count() == 0


# ---------------------------------------------------------------------------------------
# Keyboard and screen readers

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (*INTERACTIVE, QPlainTextEdit)):
            continue
        name = widget.objectName()
        if not name or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {name!r}")
    return missing


def test_every_interactive_widget_has_a_name_for_tests_and_screen_readers(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    organisation_id = save_organisation(db, OrganisationInput(name="Nordlys"))
    lister = list_page(qtbot, db, undo_stack)
    page = organisation_page(qtbot, db, undo_stack)
    page.load(organisation_id)
    assert unnamed(lister) == []
    assert unnamed(page) == []


def test_labels_have_mnemonics_and_the_tab_order_follows_the_form(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    page = organisation_page(qtbot, db, undo_stack)
    form = page.form
    assert form.nameLabel.text() == "&Name *" and form.nameLabel.buddy() is form.nameEdit
    order = []
    widget: QWidget = form.nameEdit
    for _ in range(6):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            widget = widget.nextInFocusChain()
    assert order == [
        "nameEdit",
        "sectorEdit",
        "countryEdit",
        "languageCombo",
        "addressEdit",
        "notesEdit",
    ]


def test_mnemonics_are_unique_on_each_page_and_leave_the_menus_alone(
    qtbot, db: Database, undo_stack: QUndoStack
) -> None:
    organisation_id = save_organisation(db, OrganisationInput(name="Nordlys"))
    lister = list_page(qtbot, db, undo_stack)
    page = organisation_page(qtbot, db, undo_stack)
    page.load(organisation_id)
    tabs = page.ui.editorTabs
    tab_keys = [tabs.tabText(i)[tabs.tabText(i).index("&") + 1].lower() for i in range(2)]
    for root, extra in ((lister, []), (page, tab_keys)):
        keys = [*mnemonics(root), *extra]
        assert len(keys) == len(set(keys)), keys
        assert not set(keys) & {"f", "e", "v", "h"}, keys  # File, Edit, View, Help menus


def mnemonics(root: QWidget) -> list[str]:
    keys = []
    for widget in root.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        if widget.isVisibleTo(root) and "&" in text.replace("&&", ""):
            keys.append(text[text.index("&") + 1].lower())
    return keys
