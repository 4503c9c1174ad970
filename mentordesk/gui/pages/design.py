"""The Design page: a programme's charter, its dashboard, timeline and milestones.

The consultant's main working tool in the Decision phase. Every slot calls a service in
`mentordesk.services.design`; the form is saved whole with Save (Ctrl+S), milestones are
saved one by one through their dialog, and deleting one can be undone.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date
from itertools import pairwise

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.gui.dialogs.milestone_dialog import FORM_STYLE, MilestoneDialog
from mentordesk.gui.editing import FieldErrors, wire_dialog_buttons
from mentordesk.gui.forms.ui_design_page import Ui_DesignPage
from mentordesk.gui.forms.ui_design_role_dialog import Ui_RoleDialog
from mentordesk.gui.table_models import Column, RecordTableModel, format_date
from mentordesk.gui.timeline import MILESTONE_KINDS, time_span
from mentordesk.gui.wording import humanise
from mentordesk.services import design, organisations, people
from mentordesk.services.design import (
    LIFECYCLE,
    Dashboard,
    MilestoneData,
    NeedsConfirmation,
    ProgrammeDesign,
    ProgrammeFull,
    RoleData,
)
from mentordesk.services.errors import InputRefused
from mentordesk.store.database import Database

KIND_NAMES = {"internal": "Internal", "cross": "Cross-organisational"}
LANGUAGE_NAMES = {"en": "English", "da": "Danish"}
ROLE_NAMES = {"sponsor": "Sponsor", "ambassador": "Ambassador"}
ID_ROLE = Qt.ItemDataRole.UserRole + 10
NO_DATE = QDate(2000, 1, 1)
QWIDGETSIZE_MAX = 16777215

# Background and text colour of the phase chip, one per lifecycle status.
STATUS_COLOURS = {
    "design": ("#E3EAF4", "#1F3A5F"),
    "recruiting": ("#FFF0D1", "#6E4500"),
    "matching": ("#ECE3F7", "#4A2A7A"),
    "running": ("#DCF1E3", "#1D5A32"),
    "closing": ("#FCE5D6", "#833812"),
    "closed": ("#E7E7E7", "#424242"),
}

PAGE_STYLE = (
    """
QLabel#programmeTitle { color: #1F2A36; font-size: 17pt; font-weight: 600; }
QLabel#headerFacts, QLabel[tileCaption="true"], QLabel[role="hint"] { color: #5B6573; }
QFrame[tile="true"] {
    background: #F7F9FB;
    border: 1px solid #D8DEE4;
    border-radius: 8px;
}
QLabel[tileValue="true"] { color: #1F2A36; font-size: 13pt; font-weight: 600; }
QLabel#unsavedHint { color: #8A5300; font-weight: 600; }
QGroupBox { font-weight: 600; }
QListView#topicsList::item, QListView#themesList::item { padding: 3px 2px; }
"""
    + FORM_STYLE
)


def _shortcut(key: QKeySequence | QKeySequence.StandardKey | str, widget: QWidget, slot) -> None:
    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)


def _months(start: date, end: date) -> str:
    months = round((end - start).days / 30.44)
    return "1 month" if months == 1 else f"{months} months"


def _relative(day: date, today: date) -> str:
    days = (day - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days < 14:
        return f"in {days} days"
    if days < 62:
        return f"in {round(days / 7)} weeks"
    return f"in {round(days / 30.44)} months"


# --- the editable list ------------------------------------------------------------------


class EditableListWidget(QWidget):
    """A list of short texts to add, change (F2 or double-click), remove and reorder.

    Insert adds, Delete removes, Ctrl+Up and Ctrl+Down move the selected entry.
    `changed` is emitted on every change; `items()` gives the non-empty entries.
    """

    changed = Signal()

    def __init__(self, noun: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun = noun
        self.setObjectName(f"{name}Editor")
        self.setAccessibleName(f"{noun.capitalize()}s")
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setObjectName(f"{name}List")
        self.view.setAccessibleName(f"{noun.capitalize()}s")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setToolTip(
            f"Insert adds a {noun}, Delete removes it, F2 changes it, Ctrl+Up and Ctrl+Down move it"
        )
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        self._buttons = buttons
        self.add_button = self._button(f"{name}AddButton", "Add", f"Add a {noun}", self.add)
        self.remove_button = self._button(
            f"{name}RemoveButton", "Remove", f"Remove the selected {noun}", self.remove
        )
        self.up_button = self._button(
            f"{name}UpButton", "Move up", f"Move the selected {noun} up", self.move_up
        )
        self.down_button = self._button(
            f"{name}DownButton", "Move down", f"Move the selected {noun} down", self.move_down
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        _shortcut(Qt.Key.Key_Insert, self.view, self.add)
        _shortcut(QKeySequence.StandardKey.Delete, self.view, self.remove)
        _shortcut("Ctrl+Up", self.view, self.move_up)
        _shortcut("Ctrl+Down", self.view, self.move_down)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            signal.connect(self._model_changed)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        self._update_buttons()

    def _button(self, name: str, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(slot)
        return button

    def set_items(self, items: list[str] | tuple[str, ...]) -> None:
        self.model.setStringList(list(items))
        self._update_buttons()
        self._fit_height()

    def items(self) -> tuple[str, ...]:
        return tuple(t.strip() for t in self.model.stringList() if t.strip())

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add(self, text: str = "") -> None:
        """Add an entry after the selected one; with no text, start typing it in place."""
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        if text:
            self.model.setData(index, text)
        self.view.setCurrentIndex(index)
        if not text:
            self.view.setFocus()
            self.view.edit(index)

    def remove(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.removeRows(row, 1)
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self._update_buttons()

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        destination = target if step < 0 else target + 1
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)
        self.view.setCurrentIndex(self.model.index(target, 0))
        self._update_buttons()

    def _editor_closed(self) -> None:
        """An entry left empty after typing is removed again."""
        rows = [r for r, t in enumerate(self.model.stringList()) if not t.strip()]
        for row in reversed(rows):
            self.model.removeRows(row, 1)

    def _model_changed(self) -> None:
        self._update_buttons()
        self._fit_height()
        self.changed.emit()

    def _fit_height(self) -> None:
        """As tall as the entries plus room for one more, within sensible bounds."""
        rows = sum(self.view.sizeHintForRow(r) for r in range(self.model.rowCount()))
        spare = self.view.fontMetrics().height() + 10
        wanted = rows + spare + 2 * self.view.frameWidth() + 4
        lowest = max(96, self._buttons.sizeHint().height())
        self.view.setFixedHeight(min(max(wanted, lowest), 260))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)


# --- sponsors and ambassadors --------------------------------------------------------------


class RoleDialog(QDialog):
    """Pick a person of the host or participating organisations, their role and its description."""

    def __init__(
        self,
        choices: list[tuple[int, str, str]],
        role: RoleData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`choices` are (person ID, label shown, name) of the people to choose from."""
        super().__init__(parent)
        self.ui = Ui_RoleDialog()
        self.ui.setupUi(self)
        self.ui.personError.setProperty("role", "error")
        self.setStyleSheet(FORM_STYLE)
        self.choices = choices
        ui = self.ui
        for person_id, text, _name in choices:
            ui.personCombo.addItem(text, person_id)
        completer = ui.personCombo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        for key, name in ROLE_NAMES.items():
            ui.roleCombo.addItem(name, key)
        ui.personError.hide()
        ok = wire_dialog_buttons(
            self,
            ui.buttonBox,
            ok_name="saveRoleButton",
            cancel_name="cancelRoleButton",
            ok_text="Add" if role is None else "Save",
        )
        if role is not None:
            self.setWindowTitle(f"Edit the role of {role.name}")
            ui.personCombo.setCurrentIndex(max(0, ui.personCombo.findData(role.person_id)))
            ui.personCombo.setEnabled(False)
            ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(role.role)))
            ui.descriptionEdit.setText(role.description)
        elif choices:
            ui.personCombo.setCurrentIndex(-1)
            ui.personCombo.lineEdit().setPlaceholderText("Type to search by name or job title")
        else:
            ui.personError.setText(
                "The host and participating organisations have no people yet. "
                "Add people on the organisation's page first."
            )
            ui.personError.show()
            ok.setEnabled(False)

    def person_id(self) -> int | None:
        ui = self.ui
        index = ui.personCombo.findText(ui.personCombo.currentText())
        return None if index < 0 else ui.personCombo.itemData(index)

    def role_data(self) -> RoleData | None:
        person_id = self.person_id()
        if person_id is None:
            return None
        name = next((n for pid, _t, n in self.choices if pid == person_id), "")
        return RoleData(
            person_id=person_id,
            role=self.ui.roleCombo.currentData(),
            description=self.ui.descriptionEdit.text().strip(),
            name=name,
        )

    def accept(self) -> None:
        if self.person_id() is None:
            self.ui.personError.setText("Choose a person from the list.")
            self.ui.personError.show()
            self.ui.personCombo.setFocus()
            return
        super().accept()


ROLE_COLUMNS = (
    Column("Person", lambda r: r.name),
    Column("Role", lambda r: r.role, lambda r: ROLE_NAMES.get(r.role, humanise(r.role))),
    Column("Description", lambda r: r.description),
)

MILESTONE_COLUMNS = (
    Column("Date", lambda m: m.date, lambda m: f"{m.date:%a} {format_date(m.date)}"),
    Column("Time", lambda m: m.start_time, time_span),
    Column("Title", lambda m: m.title),
    Column("Kind", lambda m: m.kind, lambda m: MILESTONE_KINDS.get(m.kind, humanise(m.kind))),
    Column("Place", lambda m: m.place),
)


# --- undo ----------------------------------------------------------------------------------


class DeleteMilestoneCommand(QUndoCommand):
    """A deleted milestone; Undo adds it again, Redo deletes it again."""

    def __init__(self, page: DesignPage, db: Database, programme_id: int, data: MilestoneData):
        super().__init__(f"Delete milestone {data.title}")
        self.page = page
        self.db = db
        self.programme_id = programme_id
        self.data = data
        self.restored_id: int | None = None
        self._first = True  # the page has already deleted it

    def undo(self) -> None:
        try:
            self.restored_id = design.save_milestone(self.db, self.programme_id, self.data)
        except InputRefused as refusal:
            self._tell_page("show_refusal", refusal)
            return
        self._tell_page("milestones_changed", self.programme_id, select_id=self.restored_id)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self.restored_id is None:
            return
        try:
            self.data = design.delete_milestone(self.db, self.programme_id, self.restored_id)
        except InputRefused as refusal:
            self._tell_page("show_refusal", refusal)
            return
        self.restored_id = None
        self._tell_page("milestones_changed", self.programme_id)

    def _tell_page(self, method: str, *args: object, **kwargs: object) -> None:
        """Update the page, unless it has been closed since."""
        with suppress(RuntimeError):  # raised when the page's widgets are gone
            getattr(self.page, method)(*args, **kwargs)


# --- the page ------------------------------------------------------------------------------


class DesignPage(QWidget):
    """The design of one programme: dashboard, charter form, timeline and milestones.

    Implements the Editor protocol of `mentordesk.gui.editing`.
    """

    programmeSaved = Signal(int)  # programme ID
    statusChanged = Signal(int, str)  # programme ID, new status

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DesignPage()
        self.ui.setupUi(self)
        self.db = db
        self.undo_stack = undo_stack
        self.programme_id: int | None = None
        self.full: ProgrammeFull | None = None
        self.board: Dashboard | None = None
        self._baseline: ProgrammeDesign | None = None
        self._loading = False
        self._people_names: dict[int, str] = {}
        ui = self.ui

        self.topics = EditableListWidget("strategic topic", "topics", ui.topicsHost)
        ui.topicsHostLayout.addWidget(self.topics)
        self.themes = EditableListWidget("learning theme", "themes", ui.themesHost)
        ui.themesHostLayout.addWidget(self.themes)

        for key, name in KIND_NAMES.items():
            ui.kindCombo.addItem(name, key)
        for status in LIFECYCLE:
            ui.statusCombo.addItem(humanise(status.value), status.value)
        for key, name in LANGUAGE_NAMES.items():
            ui.languageCombo.addItem(name, key)
        for edit in (ui.startDateEdit, ui.endDateEdit):
            edit.setMinimumDate(NO_DATE)
            edit.setMaximumDate(QDate(2100, 12, 31))
            edit.setSpecialValueText("Not set")

        self.guests = QStandardItemModel(self)
        ui.guestOrganisationsList.setModel(self.guests)

        self.roles = RecordTableModel(ROLE_COLUMNS, self)
        ui.rolesTable.setModel(self.roles)
        self.milestones = RecordTableModel(MILESTONE_COLUMNS, self)
        ui.milestonesTable.setModel(self.milestones)
        for table in (ui.rolesTable, ui.milestonesTable):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
        labels = (
            ui.nameLabel,
            ui.kindLabel,
            ui.guestsLabel,
            ui.statusLabel,
            ui.languageLabel,
            ui.startLabel,
            ui.endLabel,
            ui.rhythmLabel,
            ui.intervalLabel,
            ui.lengthLabel,
            ui.hrLabel,
        )
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        self._size_columns(ui.rolesTable, (170, 100))
        self._size_columns(ui.milestonesTable, (130, 110, 220, 150))

        self.errors = FieldErrors(ui.formError)
        self._error_fields = {
            "name": (ui.nameEdit, ui.nameError),
            "end_date": (ui.endDateEdit, ui.endError),
            "start_date": (ui.startDateEdit, ui.startError),
            "status": (ui.statusCombo, ui.statusError),
            "hr_contact": (ui.hrCombo, ui.hrError),
            "meeting_rhythm": (ui.rhythmEdit, ui.rhythmError),
        }
        for field, (widget, label) in self._error_fields.items():
            self.errors.register(field, widget, label)
        ui.unsavedHint.hide()

        self.save_action = QAction("Save", self)
        self.save_action.setObjectName("saveDesignAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self._connect()
        self._set_tab_order()
        # Last, so that the style sees the roles FieldErrors gave the message labels.
        self.setStyleSheet(PAGE_STYLE)
        self._show_nothing()

    # --- wiring -------------------------------------------------------------------------

    @staticmethod
    def _size_columns(table: QTableView, widths: tuple[int, ...]) -> None:
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        header = table.horizontalHeader()
        header.setObjectName(f"{table.objectName()}Header")
        header.setAccessibleName(f"Columns of {table.accessibleName()}: click to sort")

    def _connect(self) -> None:
        ui = self.ui
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.discard)
        for signal in (
            ui.nameEdit.textChanged,
            ui.kindCombo.currentIndexChanged,
            ui.separateCheck.toggled,
            ui.statusCombo.currentIndexChanged,
            ui.languageCombo.currentIndexChanged,
            ui.rhythmEdit.textChanged,
            ui.intervalSpin.valueChanged,
            ui.lengthSpin.valueChanged,
            ui.purposeEdit.textChanged,
            ui.targetEdit.textChanged,
            ui.successEdit.textChanged,
            ui.hrCombo.currentIndexChanged,
            self.guests.itemChanged,
            self.roles.modelReset,
            self.topics.changed,
            self.themes.changed,
        ):
            signal.connect(self._edited)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.startDateEdit.dateChanged.connect(self._dates_edited)
        ui.endDateEdit.dateChanged.connect(self._dates_edited)

        ui.addRoleButton.clicked.connect(self.add_role)
        ui.editRoleButton.clicked.connect(self.edit_role)
        ui.removeRoleButton.clicked.connect(self.remove_role)
        ui.rolesTable.activated.connect(lambda _index: self.edit_role())
        _shortcut(Qt.Key.Key_Insert, ui.rolesTable, self.add_role)
        _shortcut(QKeySequence.StandardKey.Delete, ui.rolesTable, self.remove_role)
        ui.rolesTable.selectionModel().selectionChanged.connect(self._update_buttons)

        ui.addMilestoneButton.clicked.connect(self.add_milestone)
        ui.editMilestoneButton.clicked.connect(self.edit_milestone)
        ui.deleteMilestoneButton.clicked.connect(self.delete_milestone)
        ui.milestonesTable.activated.connect(lambda _index: self.edit_milestone())
        _shortcut(Qt.Key.Key_Insert, ui.milestonesTable, self.add_milestone)
        _shortcut(QKeySequence.StandardKey.Delete, ui.milestonesTable, self.delete_milestone)
        ui.milestonesTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.timeline.milestoneActivated.connect(self._timeline_activated)

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [
            ui.revertButton,
            ui.saveButton,
            ui.nameEdit,
            ui.kindCombo,
            ui.guestOrganisationsList,
            ui.separateCheck,
            ui.statusCombo,
            ui.languageCombo,
            ui.startDateEdit,
            ui.endDateEdit,
            ui.rhythmEdit,
            ui.intervalSpin,
            ui.lengthSpin,
            ui.rolesTable,
            ui.addRoleButton,
            ui.editRoleButton,
            ui.removeRoleButton,
            ui.hrCombo,
            ui.purposeEdit,
            ui.targetEdit,
            ui.successEdit,
        ]
        for editor in (self.topics, self.themes):
            chain += [
                editor.view,
                editor.add_button,
                editor.remove_button,
                editor.up_button,
                editor.down_button,
            ]
        chain += [
            ui.milestonesTable,
            ui.addMilestoneButton,
            ui.editMilestoneButton,
            ui.deleteMilestoneButton,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- loading ------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        """Work on another database; the page is empty until `load` is called."""
        self.db = db
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.programme_id = None
        self.full = None
        self.board = None
        self._baseline = None
        ui = self.ui
        ui.programmeTitle.setText("No programme")
        ui.headerFacts.setText("Choose a programme to see its design.")
        ui.statusChip.hide()
        ui.scrollArea.setEnabled(False)
        self.milestones.set_records([])
        self.roles.set_records([])
        ui.timeline.set_data(None, None, [], date.today())
        self._update_dirty()

    def load(self, programme_id: int) -> None:
        """Show a programme as saved; unsaved changes on the page are dropped."""
        full = design.read_programme(self.db, programme_id)
        board = design.dashboard(self.db, programme_id, today=date.today())
        self.programme_id = programme_id
        self.full = full
        self.board = board
        self.errors.clear()
        self._loading = True
        try:
            self._fill_form(full)
        finally:
            self._loading = False
        self._baseline = self._collect()
        self._show_header(full, board)
        self._show_milestones(full.milestones)
        self.ui.scrollArea.setEnabled(True)
        self._kind_changed()
        self._update_dirty()
        self._update_buttons()

    def refresh_dashboard(self) -> None:
        """Recount the header's figures (participants, pairs…) without touching the form."""
        if self.programme_id is None or self.full is None:
            return
        self.board = design.dashboard(self.db, self.programme_id, today=date.today())
        self._show_header(self.full, self.board)

    def _fill_form(self, full: ProgrammeFull) -> None:
        ui = self.ui
        d = full.design
        ui.nameEdit.setText(d.name)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(d.kind)))
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(d.status)))
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(d.language)))
        ui.separateCheck.setChecked(d.separate_organisations)
        self._fill_guests(d)
        ui.purposeEdit.setPlainText(d.purpose)
        ui.targetEdit.setPlainText(d.target_group)
        ui.successEdit.setPlainText(d.success_criteria)
        self.topics.set_items(d.strategic_topics)
        self.themes.set_items(d.learning_themes)
        ui.startDateEdit.setDate(QDate(d.start_date) if d.start_date else NO_DATE)
        ui.endDateEdit.setDate(QDate(d.end_date) if d.end_date else NO_DATE)
        ui.rhythmEdit.setText(d.meeting_rhythm)
        ui.intervalSpin.setValue(d.meeting_interval_weeks or 0)
        ui.lengthSpin.setValue(d.meeting_length_minutes or 0)
        self.roles.set_records(list(d.roles))
        self._fill_hr(d)

    def _fill_guests(self, d: ProgrammeDesign) -> None:
        self.guests.clear()
        chosen = set(d.guest_organisation_ids)
        for record in organisations.list_organisations(self.db, include_archived=True):
            if record.id == d.organisation_id or (record.archived and record.id not in chosen):
                continue
            item = QStandardItem(record.name + (" (archived)" if record.archived else ""))
            item.setData(record.id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if record.id in chosen else Qt.CheckState.Unchecked
            )
            self.guests.appendRow(item)
        if self.guests.rowCount() == 0:
            empty = QStandardItem("There are no other client organisations yet.")
            empty.setEnabled(False)
            self.guests.appendRow(empty)

    def _fill_hr(self, d: ProgrammeDesign) -> None:
        combo = self.ui.hrCombo
        combo.clear()
        combo.addItem("— none —", None)
        for person in people.list_people(self.db, d.organisation_id):
            text = f"{person.name}, {person.job_title}" if person.job_title else person.name
            combo.addItem(text, person.id)
        index = combo.findData(d.hr_contact_id) if d.hr_contact_id is not None else 0
        if index < 0:  # someone of another organisation: keep them
            combo.addItem(f"Person {d.hr_contact_id}", d.hr_contact_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _show_header(self, full: ProgrammeFull, board: Dashboard) -> None:
        ui = self.ui
        d = full.design
        ui.programmeTitle.setText(d.name)
        background, foreground = STATUS_COLOURS.get(d.status, STATUS_COLOURS["closed"])
        ui.statusChip.setText(humanise(d.status))
        ui.statusChip.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border-radius: 10px;"
            " padding: 2px 12px; font-weight: 600; }"
        )
        ui.statusChip.setAccessibleDescription(f"Phase: {humanise(d.status)}")
        ui.statusChip.show()
        facts = [full.organisation_name]
        kind = KIND_NAMES.get(d.kind, humanise(d.kind))
        if d.kind == "cross" and d.guest_organisation_ids:
            names = {o.id: o.name for o in organisations.list_organisations(self.db)}
            guests = [names.get(i, "?") for i in d.guest_organisation_ids]
            kind += f" with {', '.join(guests)}"
        facts.append(kind)
        if d.start_date and d.end_date:
            facts.append(
                f"{format_date(d.start_date)} – {format_date(d.end_date)}"
                f" ({_months(d.start_date, d.end_date)})"
            )
        elif d.start_date:
            facts.append(f"from {format_date(d.start_date)}")
        else:
            facts.append("no dates yet")
        ui.headerFacts.setText("   ·   ".join(facts))
        ui.mentorsValue.setText(str(board.mentors))
        ui.menteesValue.setText(str(board.mentees))
        ui.pairsValue.setText(str(board.pairs))
        ui.followUpsValue.setText(str(board.open_follow_ups))
        ui.mentorsCaption.setText("Mentor" if board.mentors == 1 else "Mentors")
        ui.menteesCaption.setText("Mentee" if board.mentees == 1 else "Mentees")
        ui.pairsCaption.setText("Pair" if board.pairs == 1 else "Pairs")
        ui.followUpsCaption.setText(
            "Open follow-up" if board.open_follow_ups == 1 else "Open follow-ups"
        )
        upcoming = board.next_milestone
        if upcoming is None:
            ui.nextValue.setText("No upcoming milestone")
            ui.nextCaption.setText("Next milestone")
        else:
            ui.nextValue.setText(upcoming.title)
            ui.nextCaption.setText(
                f"Next milestone · {upcoming.date:%a} {format_date(upcoming.date)}"
                f" · {_relative(upcoming.date, date.today())}"
            )
        ui.nextValue.setToolTip(ui.nextValue.text())

    def _show_milestones(self, milestones: list[MilestoneData], select_id: int | None = None):
        self.milestones.set_records(milestones)
        self._update_timeline()
        if select_id is not None:
            for row, m in enumerate(milestones):
                if m.id == select_id:
                    self.ui.milestonesTable.selectionModel().setCurrentIndex(
                        self.milestones.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
        self._update_buttons()

    def milestones_changed(self, programme_id: int, select_id: int | None = None) -> None:
        """Milestones were saved or deleted: show them, the timeline and the dashboard anew."""
        if programme_id != self.programme_id:
            return
        full = design.read_programme(self.db, programme_id)
        self.board = design.dashboard(self.db, programme_id, today=date.today())
        self.full = replace(self.full, milestones=full.milestones) if self.full else full
        self._show_header(self.full, self.board)
        self._show_milestones(full.milestones, select_id)

    def _update_timeline(self) -> None:
        start, end = self._form_dates()
        self.ui.timeline.set_data(start, end, self.milestones.records(), date.today())

    # --- the form -----------------------------------------------------------------------

    def _form_dates(self) -> tuple[date | None, date | None]:
        ui = self.ui

        def value(edit) -> date | None:
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return value(ui.startDateEdit), value(ui.endDateEdit)

    def _guest_ids(self) -> tuple[int, ...]:
        if self.ui.kindCombo.currentData() != "cross":
            return ()
        ids = []
        for row in range(self.guests.rowCount()):
            item = self.guests.item(row)
            if item.isCheckable() and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(ID_ROLE)))
        return tuple(ids)

    def _collect(self) -> ProgrammeDesign | None:
        """The design as the form shows it now."""
        if self.full is None:
            return None
        ui = self.ui
        start, end = self._form_dates()
        return ProgrammeDesign(
            name=ui.nameEdit.text(),
            organisation_id=self.full.design.organisation_id,
            kind=ui.kindCombo.currentData(),
            status=ui.statusCombo.currentData(),
            purpose=ui.purposeEdit.toPlainText(),
            strategic_topics=self.topics.items(),
            learning_themes=self.themes.items(),
            target_group=ui.targetEdit.toPlainText(),
            success_criteria=ui.successEdit.toPlainText(),
            guest_organisation_ids=self._guest_ids(),
            roles=tuple(self.roles.records()),
            hr_contact_id=ui.hrCombo.currentData(),
            start_date=start,
            end_date=end,
            meeting_rhythm=ui.rhythmEdit.text(),
            meeting_interval_weeks=ui.intervalSpin.value() or None,
            meeting_length_minutes=ui.lengthSpin.value() or None,
            language=ui.languageCombo.currentData(),
            separate_organisations=ui.separateCheck.isChecked(),
            template_key=self.full.design.template_key,
        )

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._update_dirty()

    def _dates_edited(self) -> None:
        if not self._loading:
            self._update_timeline()
            self._update_dirty()

    def _kind_changed(self) -> None:
        cross = self.ui.kindCombo.currentData() == "cross"
        self.ui.guestOrganisationsList.setEnabled(cross)
        self.ui.separateCheck.setEnabled(cross)
        self.ui.guestsLabel.setEnabled(cross)

    def _update_dirty(self) -> None:
        dirty = self.has_unsaved_changes()
        self.ui.unsavedHint.setVisible(dirty)
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        loaded = self.programme_id is not None
        role_selected = ui.rolesTable.selectionModel().hasSelection()
        ui.editRoleButton.setEnabled(loaded and role_selected)
        ui.removeRoleButton.setEnabled(loaded and role_selected)
        milestone_selected = ui.milestonesTable.selectionModel().hasSelection()
        ui.addMilestoneButton.setEnabled(loaded)
        ui.editMilestoneButton.setEnabled(loaded and milestone_selected)
        ui.deleteMilestoneButton.setEnabled(loaded and milestone_selected)

    # --- the Editor protocol ------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self._baseline is not None and self._collect() != self._baseline

    def editing_title(self) -> str:
        name = self.full.design.name if self.full else "this programme"
        return f"the design of {name}"

    def discard(self) -> None:
        """Drop the unsaved changes: show the programme as saved."""
        if self.programme_id is not None:
            self.load(self.programme_id)

    def save(self) -> bool:
        """Save the form as one transaction; False when refused or not confirmed."""
        if self.programme_id is None or self.full is None:
            return True
        data = self._collect()
        assert data is not None
        old_status = self.full.design.status
        try:
            try:
                design.save_design(self.db, self.programme_id, data)
            except NeedsConfirmation as question:
                answer = QMessageBox.question(
                    self,
                    "Move the programme back?",
                    str(question),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    self._loading = True
                    self.ui.statusCombo.setCurrentIndex(
                        max(0, self.ui.statusCombo.findData(old_status))
                    )
                    self._loading = False
                    self._update_dirty()
                    return False
                design.save_design(self.db, self.programme_id, data, confirmed_backwards=True)
        except InputRefused as refusal:
            self.show_refusal(refusal)
            return False
        programme_id = self.programme_id
        self.load(programme_id)
        self.programmeSaved.emit(programme_id)
        if data.status != old_status:
            self.statusChanged.emit(programme_id, data.status)
        return True

    def show_refusal(self, refusal: InputRefused) -> None:
        """Show a refusal at its field, scrolled into view."""
        self.errors.show(refusal)
        self._fit_messages()
        widget, _label = self._error_fields.get(refusal.field or "", (None, None))
        if widget is not None:
            self.ui.scrollArea.ensureWidgetVisible(widget, 50, 80)

    def _fit_messages(self) -> None:
        """Give a shown message the height of its wrapped text at its field's width.

        In a scroll area the form lays out by size hints, and the hint of a word-wrapped
        label is tall and narrow.
        """
        for widget, label in self._error_fields.values():
            if label.isHidden():
                label.setMinimumHeight(0)
                label.setMaximumHeight(QWIDGETSIZE_MAX)
            else:
                label.setFixedHeight(label.heightForWidth(max(widget.width(), 200)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_messages()

    # --- sponsors and ambassadors -------------------------------------------------------

    def _role_choices(self) -> list[tuple[int, str, str]]:
        """People of the host and of the participating organisations ticked on the form."""
        if self.full is None:
            return []
        org_ids = [self.full.design.organisation_id, *self._guest_ids()]
        names = {o.id: o.name for o in organisations.list_organisations(self.db)}
        several = len(org_ids) > 1
        choices = []
        for org_id in org_ids:
            for person in people.list_people(self.db, org_id):
                details = [names.get(org_id, "")] if several else []
                if person.job_title:
                    details.append(person.job_title)
                text = person.name + (f" — {', '.join(details)}" if details else "")
                choices.append((person.id, text, person.name))
        return choices

    def _selected_row(self, table: QTableView) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _role_dialog(self, role: RoleData | None) -> RoleDialog:
        return RoleDialog(self._role_choices(), role, self)

    def add_role(self) -> None:
        if self.programme_id is None:
            return
        dialog = self._role_dialog(None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        added = dialog.role_data()
        if added is None:
            return
        records = [
            r
            for r in self.roles.records()
            if (r.person_id, r.role) != (added.person_id, added.role)
        ]
        self.roles.set_records([*records, added])
        self.ui.rolesTable.selectRow(len(records))

    def edit_role(self) -> None:
        row = self._selected_row(self.ui.rolesTable)
        if row < 0:
            return
        records = self.roles.records()
        dialog = self._role_dialog(records[row])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = dialog.role_data()
        if changed is None:
            return
        records[row] = changed
        self.roles.set_records(records)
        self.ui.rolesTable.selectRow(row)

    def remove_role(self) -> None:
        row = self._selected_row(self.ui.rolesTable)
        if row < 0:
            return
        records = self.roles.records()
        del records[row]
        self.roles.set_records(records)
        if records:
            self.ui.rolesTable.selectRow(min(row, len(records) - 1))
        self._update_buttons()

    # --- milestones ---------------------------------------------------------------------

    def selected_milestone(self) -> MilestoneData | None:
        row = self._selected_row(self.ui.milestonesTable)
        return None if row < 0 else self.milestones.record(row)

    def milestone_dialog(self, milestone: MilestoneData | None = None) -> MilestoneDialog:
        """The dialog to add (None) or edit a milestone of the programme shown."""
        assert self.programme_id is not None and self.full is not None
        saved = self.full.design
        start, end = saved.start_date, saved.end_date
        today = date.today()
        default = today if start and end and start <= today <= end else start
        return MilestoneDialog(
            self.db,
            self.programme_id,
            milestone,
            self,
            span=(start, end),
            default_date=default or today,
        )

    def add_milestone(self) -> None:
        if self.programme_id is None:
            return
        dialog = self.milestone_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.milestones_changed(self.programme_id, select_id=dialog.saved_milestone_id)

    def edit_milestone(self) -> None:
        milestone = self.selected_milestone()
        if milestone is None or self.programme_id is None:
            return
        dialog = self.milestone_dialog(milestone)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.milestones_changed(self.programme_id, select_id=dialog.saved_milestone_id)

    def _timeline_activated(self, milestone_id: int) -> None:
        for row, m in enumerate(self.milestones.records()):
            if m.id == milestone_id:
                self.ui.milestonesTable.selectRow(row)
                self.edit_milestone()
                return

    def delete_milestone(self) -> None:
        """Delete the selected milestone; the undo stack can bring it back."""
        milestone = self.selected_milestone()
        if milestone is None or milestone.id is None or self.programme_id is None:
            return
        row = self._selected_row(self.ui.milestonesTable)
        try:
            data = design.delete_milestone(self.db, self.programme_id, milestone.id)
        except InputRefused as refusal:
            self.show_refusal(refusal)
            return
        self.undo_stack.push(DeleteMilestoneCommand(self, self.db, self.programme_id, data))
        self.milestones_changed(self.programme_id)
        if self.milestones.rowCount():
            self.ui.milestonesTable.selectRow(min(row, self.milestones.rowCount() - 1))
