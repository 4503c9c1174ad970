"""Client organisations: the list of them, and the page of one organisation.

`OrganisationListPage` lists, searches, archives, restores and deletes organisations;
archive, restore and delete go onto the window's undo stack. `OrganisationPage` edits one
organisation (Details tab) and its people (People tab, a `PeoplePanel`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QRegularExpressionValidator,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QFileDialog,
    QHeaderView,
    QWidget,
)

from mentordesk.gui.dialogs.person_dialog import FORM_STYLE, name_parts
from mentordesk.gui.editing import FieldErrors
from mentordesk.gui.forms.ui_organisation_details import Ui_OrganisationDetails
from mentordesk.gui.forms.ui_organisation_editor import Ui_OrganisationEditor
from mentordesk.gui.forms.ui_organisation_list import Ui_OrganisationListPage
from mentordesk.gui.pages.people import PeoplePanel, ask, plural, tell
from mentordesk.gui.table_models import RecordRows
from mentordesk.services.errors import InputRefused
from mentordesk.services.organisations import (
    ContactData,
    DeletedOrganisation,
    OrganisationInput,
    delete_organisation,
    list_organisations,
    organisation_detail,
    save_organisation,
    set_archived,
    undo_delete,
)
from mentordesk.services.records import OrganisationRecord

if TYPE_CHECKING:
    from mentordesk.store.database import Database

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex

LANGUAGES = (("en", "English"), ("da", "Danish"))
DEFAULT_COLOUR = OrganisationInput(name="").brand_colour
LOGO_BOUNDS = QSize(160, 80)
LOGO_FILTER = "Images (*.png *.jpg *.jpeg *.svg)"
LOGO_MIME = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
}
_MIME_NAMES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/svg+xml": "SVG"}


# ---------------------------------------------------------------------------------------
# Logos and colours


def logo_pixmap(
    data: bytes | None, mime: str | None, bounds: QSize = LOGO_BOUNDS, ratio: float = 1.0
) -> QPixmap | None:
    """The logo fitted into `bounds`, keeping its aspect; None when it cannot be read.

    SVG is drawn at the size it is shown; a raster image is only ever scaled down.
    """
    if not data:
        return None
    if mime == "image/svg+xml":
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return None
        natural = renderer.defaultSize()
        if natural.isEmpty():
            natural = renderer.viewBoxF().size().toSize()
        if natural.isEmpty():
            natural = bounds
        target = natural.scaled(bounds, Qt.AspectRatioMode.KeepAspectRatio)
        pixmap = QPixmap(
            max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio))
        )
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        return pixmap
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    limit = QSize(round(bounds.width() * ratio), round(bounds.height() * ratio))
    if pixmap.width() > limit.width() or pixmap.height() > limit.height():
        pixmap = pixmap.scaled(
            limit,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def colour_swatch(colour: QColor, ratio: float = 1.0) -> QIcon:
    """A small filled rectangle with a thin border; hatched grey for an invalid colour."""
    width, height = 28, 16
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    if colour.isValid():
        painter.fillRect(0, 0, width, height, colour)
    else:
        painter.fillRect(0, 0, width, height, Qt.BrushStyle.BDiagPattern)
    painter.setPen(QColor("#5B6573"))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.end()
    return QIcon(pixmap)


def _size_text(size: int) -> str:
    return f"{size} bytes" if size < 1000 else f"{size / 1000:.0f} kB"


# ---------------------------------------------------------------------------------------
# Undoable commands


class _Command(QUndoCommand):
    """An organisation change on the undo stack; tells its page when it ran."""

    def __init__(self, text: str, db: Database, notify: QWidget) -> None:
        super().__init__(text)
        self._db = db
        self._notify_target = notify

    def _notify(self) -> None:
        target = self._notify_target
        if shiboken6.isValid(target):
            target._organisations_changed()  # type: ignore[attr-defined]

    def _fail(self, what: str, problem: Exception) -> None:
        """The change could not be made (the data moved on): say so and drop the command."""
        self.setObsolete(True)
        parent = self._notify_target if shiboken6.isValid(self._notify_target) else None
        tell(parent, what, str(problem))  # type: ignore[arg-type]


class SetArchivedCommand(_Command):
    """Archive or restore an organisation; undo does the opposite."""

    def __init__(
        self, db: Database, organisation_id: int, name: str, archived: bool, notify: QWidget
    ) -> None:
        super().__init__(f"{'Archive' if archived else 'Restore'} {name}", db, notify)
        self.organisation_id = organisation_id
        self._archived = archived

    def _apply(self, archived: bool) -> None:
        try:
            set_archived(self._db, self.organisation_id, archived)
        except Exception as problem:  # shown to the user, command dropped
            self._fail(f"Cannot {self.text().lower()}", problem)
            return
        self._notify()

    def redo(self) -> None:
        self._apply(self._archived)

    def undo(self) -> None:
        self._apply(not self._archived)


class DeleteOrganisationCommand(_Command):
    """A delete that was just made; undo puts the organisation back with the same IDs."""

    def __init__(
        self, db: Database, organisation_id: int, snapshot: DeletedOrganisation, notify: QWidget
    ) -> None:
        super().__init__(f"Delete {snapshot.name}", db, notify)
        self.organisation_id = organisation_id
        self._snapshot = snapshot
        self._done = True  # the first redo() is the delete already made

    def redo(self) -> None:
        if self._done:
            self._notify()
            return
        try:
            self._snapshot = delete_organisation(self._db, self.organisation_id)
        except Exception as problem:  # shown to the user, command dropped
            self._fail(f"Cannot delete {self._snapshot.name}", problem)
            return
        self._done = True
        self._notify()

    def undo(self) -> None:
        try:
            undo_delete(self._db, self._snapshot)
        except Exception as problem:  # shown to the user, command dropped
            self._fail(f"Cannot bring back {self._snapshot.name}", problem)
            return
        self._done = False
        self._notify()


# ---------------------------------------------------------------------------------------
# The list of organisations


class OrganisationTableModel(RecordRows):
    """Organisations in rows: name, sector, country, people, programmes, status."""

    COLUMNS = ("Name", "Sector", "Country", "People", "Programmes", "Status")
    NUMBERS = (3, 4)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    @staticmethod
    def _values(record: OrganisationRecord) -> tuple[Any, ...]:
        status = "Archived" if record.archived else "Active"
        return (
            record.name,
            record.sector,
            record.country,
            record.people,
            record.programmes,
            status,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        value = self._values(record)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == SORT_ROLE:
            return value if isinstance(value, int) else value.casefold()
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and record.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() != 0:
                return str(value) or None
            lines = [record.name]
            if record.address:
                lines.append(record.address)
            if record.archived:
                lines.append("Archived: hidden from the navigation")
            return "\n".join(lines)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if section in self.NUMBERS
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None


class OrganisationFilterProxy(QSortFilterProxyModel):
    """Hides archived organisations unless asked, and keeps those matching the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.search = ""
        self.show_archived = False

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, OrganisationTableModel):
            return True
        record = model.record(source_row)
        if record.archived and not self.show_archived:
            return False
        if self.search:
            return any(
                self.search in text.casefold()
                for text in (record.name, record.sector, record.country)
            )
        return True


class OrganisationListPage(QWidget):
    """All client organisations in a sortable, searchable table.

    Signals: `organisationsChanged()` after an archive, restore, delete or their undo (the
    navigation refreshes); `organisationOpened(int)` on Edit, Enter or double-click;
    `newOrganisationRequested()` on New organisation (show an `OrganisationPage` loaded
    with None).
    """

    organisationsChanged = Signal()
    organisationOpened = Signal(int)
    newOrganisationRequested = Signal()

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationListPage()
        self.ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        self._db = db
        self._undo_stack = undo_stack
        ui = self.ui

        self.model = OrganisationTableModel(self)
        self.proxy = OrganisationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.organisationsTable
        table.setModel(self.proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 280), (2, 140), (3, 80), (4, 112), (5, 100)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(28)

        # No key of its own: Ctrl+Shift+N is the window's New organisation, which does the
        # same; a second binding would make the key ambiguous and do nothing.
        self.new_action = self._action("newOrganisationAction", "&New organisation", [], self)
        self.edit_action = self._action(
            "editOrganisationAction",
            "Edi&t",
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            table,
        )
        self.archive_action = self._action("archiveOrganisationAction", "Ar&chive", [], self)
        self.restore_action = self._action("restoreOrganisationAction", "&Restore", [], self)
        self.delete_action = self._action(
            "deleteOrganisationAction",
            "&Delete",
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            table,
        )
        self.new_action.triggered.connect(self.newOrganisationRequested)
        self.edit_action.triggered.connect(self.open_selected)
        self.archive_action.triggered.connect(lambda: self.set_selected_archived(True))
        self.restore_action.triggered.connect(lambda: self.set_selected_archived(False))
        self.delete_action.triggered.connect(self.delete_selected)
        for button, action in (
            (ui.newButton, self.new_action),
            (ui.createFirstButton, self.new_action),
            (ui.editButton, self.edit_action),
            (ui.archiveButton, self.archive_action),
            (ui.restoreButton, self.restore_action),
            (ui.deleteButton, self.delete_action),
        ):
            button.clicked.connect(action.trigger)

        table.doubleClicked.connect(lambda _index: self.open_selected())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        ui.searchEdit.textChanged.connect(self._search)
        ui.showArchivedCheck.toggled.connect(self._show_archived)
        name_parts(self)
        self.reload()

    def _action(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        owner: QWidget,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(context)
            owner.addAction(action)
        return action

    # ------------------------------------------------------------------ public API
    def set_database(self, db: Database) -> None:
        """Show another database's organisations (the window clears the undo stack)."""
        self._db = db
        self.reload()

    def reload(self) -> None:
        """Read the organisations again, keeping the selection."""
        selected = self.selected_organisation()
        self.model.set_records(list_organisations(self._db, include_archived=True))
        if selected is not None:
            self.select_organisation(selected.id)
        self._update_state()

    def selected_organisation(self) -> OrganisationRecord | None:
        selection = self.ui.organisationsTable.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.record(source.row()) if source.isValid() else None

    def select_organisation(self, organisation_id: int) -> bool:
        row = self.model.row_of(organisation_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        table = self.ui.organisationsTable
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def open_selected(self) -> None:
        record = self.selected_organisation()
        if record is not None:
            self.organisationOpened.emit(record.id)

    def set_selected_archived(self, archived: bool) -> None:
        record = self.selected_organisation()
        if record is None or record.archived == archived:
            return
        self._undo_stack.push(SetArchivedCommand(self._db, record.id, record.name, archived, self))

    def delete_selected(self) -> None:
        record = self.selected_organisation()
        if record is None:
            return
        removed = [plural(record.people, "person", "people")]
        if record.contacts:
            removed.append(plural(len(record.contacts), "contact", "contacts"))
        if not ask(
            self,
            "Delete organisation",
            f"Delete {record.name}?",
            f"Its {' and '.join(removed)} are deleted with it. Edit ▸ Undo brings everything back.",
            "Delete",
        ):
            return
        try:
            snapshot = delete_organisation(self._db, record.id)
        except InputRefused as refusal:
            tell(self, "Cannot delete organisation", str(refusal))
            return
        self._undo_stack.push(DeleteOrganisationCommand(self._db, record.id, snapshot, self))

    # ------------------------------------------------------------------ internals
    def _organisations_changed(self) -> None:
        """An undoable command ran (or was undone)."""
        self.reload()
        self.organisationsChanged.emit()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_state()

    def _show_archived(self, show: bool) -> None:
        self.proxy.set_show_archived(show)
        self._update_state()

    def _update_state(self) -> None:
        ui = self.ui
        records = self.model.records()
        archived = sum(1 for r in records if r.archived)
        listed = len(records) if self.proxy.show_archived else len(records) - archived
        shown = self.proxy.rowCount()
        noun = plural(listed, "organisation", "organisations")
        count = noun if shown == listed else f"{shown} of {noun}"
        if archived and not self.proxy.show_archived:
            count += f" · {archived} archived not shown"
        ui.countLabel.setText(count)

        if not records:
            ui.emptyLabel.setText("No client organisations yet. Create the first one.")
            ui.createFirstButton.show()
            ui.listStack.setCurrentWidget(ui.emptyPage)
        elif shown == 0:
            if self.proxy.search:
                ui.emptyLabel.setText(f"No organisation matches “{ui.searchEdit.text().strip()}”.")
            else:
                ui.emptyLabel.setText(
                    "Every client organisation is archived. Tick Show archived to see them."
                )
            ui.createFirstButton.hide()
            ui.listStack.setCurrentWidget(ui.emptyPage)
        else:
            ui.listStack.setCurrentWidget(ui.tablePage)

        record = self.selected_organisation()
        self.edit_action.setEnabled(record is not None)
        self.archive_action.setEnabled(record is not None and not record.archived)
        self.restore_action.setEnabled(record is not None and record.archived)
        self.delete_action.setEnabled(record is not None)
        for button, action in (
            (ui.editButton, self.edit_action),
            (ui.archiveButton, self.archive_action),
            (ui.restoreButton, self.restore_action),
            (ui.deleteButton, self.delete_action),
        ):
            button.setEnabled(action.isEnabled())


# ---------------------------------------------------------------------------------------
# One organisation


class ContactsModel(QAbstractTableModel):
    """The organisation's contacts, edited in place: name, role, email, phone."""

    COLUMNS = ("Name", "Role", "Email", "Phone")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []

    def set_contacts(self, contacts: Sequence[ContactData]) -> None:
        self.beginResetModel()
        self._rows = [[c.name, c.role, c.email, c.phone] for c in contacts]
        self.endResetModel()

    def contacts(self) -> tuple[ContactData, ...]:
        return tuple(ContactData(*row) for row in self._rows)

    def add_contact(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", "", "", ""])
        self.endInsertRows()
        return row

    def remove_contact(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        if self._rows[index.row()][index.column()] == text:
            return False
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index, [role])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.COLUMNS[section]
        return None


class OrganisationPage(QWidget):
    """One client organisation: Details (the form) and People tabs.

    Implements the Editor protocol of gui/editing.py: the window asks `confirm_leave`
    before it shows something else. Signals: `organisationSaved(int)` after a save;
    `organisationsChanged()` after anything that changes what the navigation shows (save,
    restore, people added or removed); `dirtyChanged(bool)` when the form becomes
    modified or clean.
    """

    organisationSaved = Signal(int)
    organisationsChanged = Signal()
    dirtyChanged = Signal(bool)

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationEditor()
        self.ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        self._db = db
        self._undo_stack = undo_stack
        self._organisation_id: int | None = None
        self._loaded = OrganisationInput(name="")
        self._archived = False
        self._logo: bytes | None = None
        self._logo_mime: str | None = None
        self._loading = False
        self._dirty = False

        self.details = QWidget(self)
        self.form = Ui_OrganisationDetails()
        self.form.setupUi(self.details)
        self.ui.detailsHost.addWidget(self.details)
        self.people = PeoplePanel(self)
        self.ui.peopleHost.addWidget(self.people)
        self.ui.detailsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form = self.form

        for index, (code, _name) in enumerate(LANGUAGES):
            form.languageCombo.setItemData(index, code)
        form.brandColourEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression("#?[0-9A-Fa-f]{0,6}"), self)
        )
        form.brandColourButton.setIconSize(QSize(28, 16))

        self.contacts = ContactsModel(self)
        table = form.contactsTable
        table.setModel(self.contacts)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 240, 300)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(28)

        self.errors = FieldErrors(self.ui.formError)
        self.errors.register("name", form.nameEdit, form.nameError)
        self.errors.register("language", form.languageCombo, form.languageError)
        self.errors.register("brand_colour", form.brandColourEdit, form.brandColourError)
        self.errors.register("logo", form.chooseLogoButton, form.logoError)
        self.errors.register("contacts", form.contactsTable, form.contactsError)

        self.save_action = QAction("&Save", self)
        self.save_action.setObjectName("saveOrganisationAction")
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.discard)
        self.ui.restoreButton.clicked.connect(self.restore)
        form.brandColourButton.clicked.connect(self.choose_colour)
        form.brandColourEdit.textChanged.connect(self._colour_typed)
        form.chooseLogoButton.clicked.connect(self.choose_logo)
        form.removeLogoButton.clicked.connect(self.remove_logo)
        form.addContactButton.clicked.connect(self.add_contact)
        form.removeContactButton.clicked.connect(self.remove_contact)
        for edit in (form.nameEdit, form.sectorEdit, form.countryEdit):
            edit.textChanged.connect(self._changed)
        form.addressEdit.textChanged.connect(self._changed)
        form.notesEdit.textChanged.connect(self._changed)
        form.languageCombo.currentIndexChanged.connect(self._changed)
        for signal in (
            self.contacts.dataChanged,
            self.contacts.rowsInserted,
            self.contacts.rowsRemoved,
            self.contacts.modelReset,
        ):
            signal.connect(self._changed)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.people.peopleChanged.connect(self._people_changed)

        chain = [
            self.ui.restoreButton,
            self.ui.editorTabs,
            form.nameEdit,
            form.sectorEdit,
            form.countryEdit,
            form.languageCombo,
            form.addressEdit,
            form.notesEdit,
            form.brandColourButton,
            form.brandColourEdit,
            form.chooseLogoButton,
            form.removeLogoButton,
            form.contactsTable,
            form.addContactButton,
            form.removeContactButton,
            self.ui.revertButton,
            self.ui.saveButton,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        name_parts(self.details)
        self.load(None)

    # ------------------------------------------------------------------ public API
    @property
    def organisation_id(self) -> int | None:
        return self._organisation_id

    def set_database(self, db: Database) -> None:
        """Another database: the page starts over with a new, empty organisation."""
        self._db = db
        self.load(None)

    def load(self, organisation_id: int | None) -> None:
        """Show an organisation (None: the form for a new one). Unsaved edits are dropped:
        ask with `confirm_leave` first."""
        if organisation_id is None:
            data, archived, people, programmes = OrganisationInput(name=""), False, 0, 0
        else:
            detail = organisation_detail(self._db, organisation_id)
            data, archived = detail.data, detail.archived
            people, programmes = detail.people, detail.programmes
        switched = organisation_id != self._organisation_id
        self._organisation_id = organisation_id
        self._loaded = data
        self._archived = archived
        self._show(data)
        self._show_status(data.name, data.sector, data.country, archived, people, programmes)
        tabs = self.ui.editorTabs
        tabs.setTabEnabled(tabs.indexOf(self.ui.peopleTab), organisation_id is not None)
        tabs.setTabToolTip(
            tabs.indexOf(self.ui.peopleTab),
            "" if organisation_id is not None else "Save the organisation first to add people",
        )
        if switched or organisation_id is None:
            tabs.setCurrentWidget(self.ui.detailsTab)
        self.people.set_organisation(
            self._db if organisation_id is not None else None, organisation_id
        )
        self.errors.clear()
        self._update_dirty()

    def has_unsaved_changes(self) -> bool:
        return self.current_input() != self._loaded

    def save(self) -> bool:
        """Save the form; False when refused (the message is shown at the field)."""
        self.errors.clear()
        try:
            organisation_id = save_organisation(
                self._db, self.current_input(), self._organisation_id
            )
        except InputRefused as refusal:
            self.ui.editorTabs.setCurrentWidget(self.ui.detailsTab)
            self.errors.show(refusal)
            return False
        self.load(organisation_id)
        self.organisationSaved.emit(organisation_id)
        self.organisationsChanged.emit()
        return True

    def discard(self) -> None:
        """Back to what was last saved."""
        self._show(self._loaded)
        self.errors.clear()
        self._update_dirty()

    def editing_title(self) -> str:
        return self._loaded.name or "the new organisation"

    def current_input(self) -> OrganisationInput:
        """What the form holds now."""
        form = self.form
        return OrganisationInput(
            name=form.nameEdit.text(),
            sector=form.sectorEdit.text(),
            country=form.countryEdit.text(),
            language=str(form.languageCombo.currentData() or ""),
            address=form.addressEdit.toPlainText(),
            notes=form.notesEdit.toPlainText(),
            brand_colour=self._colour_text(),
            logo=self._logo,
            logo_mime=self._logo_mime,
            contacts=self.contacts.contacts(),
        )

    def restore(self) -> None:
        """Restore an archived organisation (undoable)."""
        if self._organisation_id is None or not self._archived:
            return
        self._undo_stack.push(
            SetArchivedCommand(self._db, self._organisation_id, self._loaded.name, False, self)
        )

    # ------------------------------------------------------------------ colour and logo
    def choose_colour(self) -> None:
        current = QColor(self._colour_text())
        colour = QColorDialog.getColor(
            current if current.isValid() else QColor(DEFAULT_COLOUR), self, "Brand colour"
        )
        if colour.isValid():
            self.form.brandColourEdit.setText(colour.name().upper())

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, "Choose a logo", "", LOGO_FILTER)
        if not path:
            return
        file = Path(path)
        mime = LOGO_MIME.get(file.suffix.lower())
        if mime is None:
            self.errors.show(
                InputRefused(f"{file.name} is not a PNG, JPEG or SVG image.", field="logo")
            )
            return
        try:
            data = file.read_bytes()
        except OSError as problem:
            self.errors.show(
                InputRefused(
                    f"{file.name} could not be read: {problem.strerror or problem}.",
                    field="logo",
                )
            )
            return
        if logo_pixmap(data, mime) is None:
            self.errors.show(
                InputRefused(
                    f"{file.name} is not an image MentorDesk can read: "
                    "choose a PNG, JPEG or SVG file.",
                    field="logo",
                )
            )
            return
        self.errors.clear()
        self._logo, self._logo_mime = data, mime
        self._show_logo()
        self._changed()

    def remove_logo(self) -> None:
        self._logo, self._logo_mime = None, None
        self._show_logo()
        self._changed()

    def add_contact(self) -> None:
        row = self.contacts.add_contact()
        index = self.contacts.index(row, 0)
        table = self.form.contactsTable
        table.setCurrentIndex(index)
        table.setFocus()
        table.edit(index)

    def remove_contact(self) -> None:
        index = self.form.contactsTable.currentIndex()
        if index.isValid():
            self.contacts.remove_contact(index.row())
        self._update_buttons()

    # ------------------------------------------------------------------ internals
    def _show(self, data: OrganisationInput) -> None:
        form = self.form
        self._loading = True
        try:
            form.nameEdit.setText(data.name)
            form.sectorEdit.setText(data.sector)
            form.countryEdit.setText(data.country)
            form.languageCombo.setCurrentIndex(max(0, form.languageCombo.findData(data.language)))
            form.addressEdit.setPlainText(data.address)
            form.notesEdit.setPlainText(data.notes)
            form.brandColourEdit.setText(data.brand_colour)
            self._logo, self._logo_mime = data.logo, data.logo_mime
            self.contacts.set_contacts(data.contacts)
        finally:
            self._loading = False
        self._colour_typed(data.brand_colour)
        self._show_logo()
        self._update_buttons()

    def _show_status(
        self,
        name: str,
        sector: str,
        country: str,
        archived: bool,
        people: int,
        programmes: int,
    ) -> None:
        ui = self.ui
        if self._organisation_id is None:
            ui.organisationTitle.setText("New organisation")
            ui.organisationSubtitle.setText("Give it a name, then save to add its people.")
        else:
            ui.organisationTitle.setText(name)
            facts = [
                sector,
                country,
                plural(people, "person", "people"),
                plural(programmes, "programme", "programmes"),
            ]
            ui.organisationSubtitle.setText("  ·  ".join(f for f in facts if f))
        ui.archivedBanner.setVisible(archived)
        ui.restoreButton.setEnabled(archived)

    def _refresh_status(self) -> None:
        """Header and banner from the database, keeping whatever the form holds."""
        if self._organisation_id is None:
            return
        try:
            detail = organisation_detail(self._db, self._organisation_id)
        except InputRefused:
            return  # deleted meanwhile; the window moves away from this page
        self._archived = detail.archived
        data = detail.data
        self._show_status(
            data.name, data.sector, data.country, detail.archived, detail.people, detail.programmes
        )

    def _organisations_changed(self) -> None:
        """An undoable archive or restore ran (or was undone)."""
        self._refresh_status()
        self.organisationsChanged.emit()

    def _people_changed(self) -> None:
        self._refresh_status()
        self.organisationsChanged.emit()

    def _colour_text(self) -> str:
        text = self.form.brandColourEdit.text().strip()
        if text and not text.startswith("#"):
            text = "#" + text
        return text

    def _colour_typed(self, _text: str = "") -> None:
        text = self._colour_text()
        colour = QColor(text) if len(text) == 7 else QColor()
        self.form.brandColourButton.setIcon(colour_swatch(colour, self.devicePixelRatioF() or 1.0))
        self._changed()

    def _show_logo(self) -> None:
        form = self.form
        pixmap = logo_pixmap(
            self._logo, self._logo_mime, LOGO_BOUNDS, self.devicePixelRatioF() or 1.0
        )
        if pixmap is None:
            form.logoPreview.clear()
            form.logoPreview.setText("No logo" if not self._logo else "Cannot show this logo")
            form.logoInfo.setText("")
            form.logoInfo.hide()
        else:
            form.logoPreview.setPixmap(pixmap)
            kind = _MIME_NAMES.get(self._logo_mime or "", "Image")
            form.logoInfo.setText(f"{kind}, {_size_text(len(self._logo or b''))}")
            form.logoInfo.show()
        form.removeLogoButton.setEnabled(bool(self._logo))

    def _update_buttons(self) -> None:
        self.form.removeContactButton.setEnabled(
            self.form.contactsTable.currentIndex().isValid() and self.contacts.rowCount() > 0
        )

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = self.has_unsaved_changes()
        self.ui.unsavedLabel.setVisible(dirty)
        self.ui.saveButton.setEnabled(dirty or self._organisation_id is None)
        self.ui.revertButton.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
