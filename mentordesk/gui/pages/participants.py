"""The Participants page of a programme: who takes part, as what, and how far along.

A sortable, searchable table of the programme's mentors and mentees, filtered by role and
status. Add participants (people of the participating organisations), edit one (Enter or
double-click), remove (Delete; refused with the reason while they have history), set the
status of a selection, import a spreadsheet from HR through the wizard, and export the
participants or the pairings to Excel or CSV off the GUI thread.

Every slot calls a service of `mentordesk.services.participants`; `participantsChanged`
(the programme's ID) is emitted after anything was written.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QWidget,
)

from mentordesk.gui import workers
from mentordesk.gui.dialogs.import_wizard import ImportWizard
from mentordesk.gui.dialogs.participant_dialog import ParticipantDialog, PeoplePickerDialog
from mentordesk.gui.dialogs.person_dialog import FORM_STYLE, name_parts
from mentordesk.gui.forms.ui_participants_page import Ui_ParticipantsPage
from mentordesk.gui.table_models import Column, RecordFilterProxy, RecordTableModel
from mentordesk.gui.wording import humanise
from mentordesk.services import participants as service
from mentordesk.services.errors import InputRefused
from mentordesk.services.programmes import get_programme
from mentordesk.services.records import ParticipantRecord, ProgrammeRecord
from mentordesk.store.database import Database

AnyIndex = QModelIndex | QPersistentModelIndex

EMPTY = "No participants yet: add people or import a spreadsheet from HR."
NO_MATCH = "No participant matches the search and filters."
STATUS_COLOURS = {
    "applied": "#8A5300",
    "accepted": "#1D5A32",
    "matched": "#1F4E79",
    "withdrawn": "#7A828C",
    "completed": "#424242",
}
WITHDRAWN_INK = "#7A828C"
FILE_FILTERS = {
    ".xlsx": "Excel workbook (*.xlsx)",
    ".csv": "CSV file, comma-separated (*.csv)",
}
PAGE_STYLE = (
    FORM_STYLE
    + """
QLabel[role="notice"] { color: #1D5A32; }
QLabel[role="notice"][failed="true"] { color: #B3261E; }
QToolButton#statusButton, QToolButton#exportButton { padding: 3px 8px; }
"""
)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"


def _tags(record: ParticipantRecord) -> list[str]:
    return record.expertise if record.role == "mentor" else record.goals


COLUMNS = (
    Column("Name", lambda r: f"{r.last_name} {r.first_name}", lambda r: r.name),
    Column("Role", lambda r: r.role, lambda r: humanise(r.role)),
    Column("Organisation", lambda r: r.organisation_name),
    Column("Department", lambda r: r.department),
    Column("Job title", lambda r: r.job_title),
    Column(
        "Goals / expertise",
        lambda r: "; ".join(_tags(r)),
        tooltip="A mentee's goals, a mentor's expertise",
    ),
    Column(
        "Capacity",
        lambda r: r.capacity if r.role == "mentor" else -1,
        lambda r: str(r.capacity) if r.role == "mentor" else "",
        align_right=True,
        tooltip="How many mentees a mentor takes at a time",
    ),
    Column("Status", lambda r: r.status, lambda r: humanise(r.status)),
)
TITLES = [c.title for c in COLUMNS]
NAME_COLUMN = TITLES.index("Name")
ORGANISATION_COLUMN = TITLES.index("Organisation")
TAGS_COLUMN = TITLES.index("Goals / expertise")
STATUS_COLUMN = TITLES.index("Status")
COLUMN_WIDTHS = (190, 76, 190, 170, 200, 300, 76, 96)


class ParticipantTableModel(RecordTableModel):
    """Participants in rows; status in its colour, withdrawn people greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def row_of(self, participant_id: int) -> int | None:
        for row, record in enumerate(self.records()):
            if record.id == participant_id:
                return row
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record: ParticipantRecord = self.record(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS_COLUMN:
                return QBrush(QColor(STATUS_COLOURS.get(record.status, "#1F2A36")))
            if record.status == "withdrawn":
                return QBrush(QColor(WITHDRAWN_INK))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME_COLUMN:
                facts = [record.name, record.email, record.organisation_name, record.job_title]
                if record.languages:
                    facts.append("Languages: " + ", ".join(record.languages))
                return "\n".join(f for f in facts if f)
            if column == TAGS_COLUMN:
                tags = _tags(record)
                heading = "Expertise" if record.role == "mentor" else "Goals"
                return f"{heading}:\n" + "\n".join(f"• {t}" for t in tags) if tags else ""
        return super().data(index, role)


class ParticipantFilterProxy(RecordFilterProxy):
    """Search text over every column, and the role and status chosen in the filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role: str | None = None
        self.status: str | None = None
        self.search = ""

    def set_filters(self, *, search: str, role: str | None, status: str | None) -> None:
        self.beginFilterChange()
        self.role, self.status = role, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        if search.strip() != self.search:
            self.search = search.strip()
            self.setFilterFixedString(self.search)

    def is_filtered(self) -> bool:
        return bool(self.search or self.role or self.status)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, ParticipantTableModel):
            record = model.record(source_row)
            if self.role is not None and record.role != self.role:
                return False
            if self.status is not None and record.status != self.status:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class ParticipantsPage(QWidget):
    """The participants of one programme; `load(programme_id)` shows them."""

    participantsChanged = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantsPage()
        self.ui.setupUi(self)
        self.setStyleSheet(PAGE_STYLE)
        self.db = db
        self.programme: ProgrammeRecord | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.dialog: QDialog | None = None  # the open add, edit or import dialog
        self.export_control: workers.TaskControl | None = None
        ui = self.ui

        self.model = ParticipantTableModel(self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.participantsTable
        table.setModel(self.proxy)
        table.sortByColumn(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Goals and expertise take the room that is left; their tooltip shows them whole.
        header.setSectionResizeMode(TAGS_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(28)

        ui.roleFilterCombo.addItem("All roles", None)
        ui.roleFilterCombo.addItem("Mentors", "mentor")
        ui.roleFilterCombo.addItem("Mentees", "mentee")
        ui.statusFilterCombo.addItem("All statuses", None)
        for status in service.STATUSES:
            ui.statusFilterCombo.addItem(humanise(status), status)

        self.add_action = self._action(
            "addParticipantsAction",
            "&Add participants…",
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_participants,
            self,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.edit_action = self._action(
            "editParticipantAction",
            "&Edit…",
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.edit_participant,
            table,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.remove_action = self._action(
            "removeParticipantsAction",
            "&Remove",
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_selected,
            table,
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.status_menu = QMenu(self)
        self.status_menu.setObjectName("statusMenu")
        self.status_menu.setAccessibleName("Statuses to set")
        self.status_actions: dict[str, QAction] = {}
        for status, text in zip(
            service.SETTABLE_STATUSES,
            ("&Applied", "A&ccepted", "&Withdrawn", "C&ompleted"),
            strict=True,
        ):
            action = self.status_menu.addAction(text)
            action.setObjectName(f"status{status.capitalize()}Action")
            action.setToolTip(f"Set the selected participants to {status}")
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_actions[status] = action
        ui.statusButton.setMenu(self.status_menu)
        ui.statusButton.setText("Set s&tatus")

        self.export_menu = QMenu(self)
        self.export_menu.setObjectName("exportMenu")
        self.export_menu.setAccessibleName("What to export")
        self.export_participants_action = self.export_menu.addAction("&Participants…")
        self.export_participants_action.setObjectName("exportParticipantsAction")
        self.export_participants_action.triggered.connect(lambda: self.export("participants"))
        self.export_pairings_action = self.export_menu.addAction("P&airings…")
        self.export_pairings_action.setObjectName("exportPairingsAction")
        self.export_pairings_action.triggered.connect(lambda: self.export("pairings"))
        ui.exportButton.setMenu(self.export_menu)

        ui.addButton.clicked.connect(self.add_action.trigger)
        ui.emptyAddButton.clicked.connect(self.add_action.trigger)
        ui.editButton.clicked.connect(self.edit_action.trigger)
        ui.removeButton.clicked.connect(self.remove_action.trigger)
        ui.importButton.clicked.connect(self.import_file)
        ui.emptyImportButton.clicked.connect(self.import_file)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.emptyClearButton.clicked.connect(self.clear_filters)
        table.doubleClicked.connect(lambda _index: self.edit_participant())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        ui.searchEdit.textChanged.connect(self._apply_filters)
        ui.roleFilterCombo.currentIndexChanged.connect(self._apply_filters)
        ui.statusFilterCombo.currentIndexChanged.connect(self._apply_filters)
        name_parts(self)
        self._apply_filters()

    def _action(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        slot: Any,
        owner: QWidget,
        context: Qt.ShortcutContext,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        return action

    # ------------------------------------------------------------------ public API
    @property
    def programme_id(self) -> int | None:
        return self.programme.id if self.programme is not None else None

    def set_database(self, db: Database) -> None:
        """Another database was opened: forget the programme shown."""
        self.db = db
        self.programme = None
        self.model.set_records([])
        self._notice("")
        self._apply_filters()

    def load(self, programme_id: int) -> None:
        """Show a programme's participants; the filters start empty for a new programme."""
        changed = programme_id != self.programme_id
        self.programme = get_programme(self.db, programme_id)
        if changed:
            self._notice("")
            self._reset_filters()
        # Everyone of an internal programme is of the host organisation: no column for it.
        self.ui.participantsTable.setColumnHidden(ORGANISATION_COLUMN, not self._cross())
        self.reload()

    def reload(self) -> None:
        """Read the participants again, keeping the selection."""
        selected = [r.id for r in self.selected_records()]
        if self.programme is None:
            self.model.set_records([])
        else:
            self.model.set_records(
                service.list_participants(self.db, programme_id=self.programme.id)
            )
        self._apply_filters()
        if selected:
            self.select(selected)

    def records(self) -> list[ParticipantRecord]:
        return self.model.records()

    def selected_records(self) -> list[ParticipantRecord]:
        selection = self.ui.participantsTable.selectionModel()
        if selection is None:
            return []
        rows = sorted(self.proxy.mapToSource(i).row() for i in selection.selectedRows())
        return [self.model.record(row) for row in rows if row >= 0]

    def current_record(self) -> ParticipantRecord | None:
        table = self.ui.participantsTable
        index = table.currentIndex()
        if index.isValid() and table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return self.model.record(self.proxy.mapToSource(index).row())
        selected = self.selected_records()
        return selected[0] if selected else None

    def select(self, participant_ids: list[int]) -> bool:
        """Select these participants (those the filters show); True if any is shown."""
        table = self.ui.participantsTable
        selection = table.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for participant_id in participant_ids:
            row = self.model.row_of(participant_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if first is None:
                first = index
                selection.setCurrentIndex(index, flags)
            else:
                selection.select(index, flags)
        if first is not None:
            table.scrollTo(first)
        self._update_state()
        return first is not None

    def clear_filters(self) -> None:
        self._reset_filters()
        self._apply_filters()

    # ------------------------------------------------------------------ adding and editing
    def add_participants(self) -> PeoplePickerDialog | None:
        """Open the dialog that adds people of the participating organisations."""
        programme = self.programme
        if programme is None or self.dialog is not None:
            return None
        try:
            people = service.eligible_people(self.db, programme.id)
        except InputRefused as refusal:
            self._tell("Cannot add participants", str(refusal))
            return None
        db, programme_id = self.db, programme.id
        organisations = (
            "its host and guest organisations" if self._cross() else (programme.organisation_name)
        )
        dialog = PeoplePickerDialog(
            people,
            title=f"Add participants to {programme.name}",
            prompt=(
                f"Tick the people of {organisations} to add, and choose whether they take "
                "part as mentors or mentees. They start as applied. People already in the "
                "programme are not listed; new people are added on the organisation's People "
                "tab or by importing a spreadsheet."
            ),
            show_organisation=self._cross(),
            role_choice=True,
            submit=lambda ids, role: service.add_participants(db, programme_id, ids, role),
            noun="people",
            parent=self,
        )

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                return
            added: list[int] = list(dialog.result_value or [])
            self.reload()
            if not self.select(added):
                self.clear_filters()
                self.select(added)
            role = "mentor" if dialog.chosen_role == "mentor" else "mentee"
            self._notice(f"Added {plural(len(added), role)}.")
            self.participantsChanged.emit(programme_id)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_participant(self) -> ParticipantDialog | None:
        record = self.current_record()
        if record is None or self.programme is None or self.dialog is not None:
            return None
        try:
            dialog = ParticipantDialog(self.db, record.id, self)
        except InputRefused as refusal:  # removed meanwhile, e.g. from the command line
            self._tell("Cannot edit participant", str(refusal))
            self.reload()
            return None
        programme_id = self.programme.id

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.reload()
                self.select([record.id])
                self._notice(f"Saved {record.name}.")
                self.participantsChanged.emit(programme_id)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ removing, status
    def remove_selected(self) -> None:
        records = self.selected_records()
        if not records or self.programme is None:
            return
        if len(records) == 1:
            question = f"Remove {records[0].name} from {self.programme.name}?"
        else:
            question = f"Remove {plural(len(records), 'participant')} from {self.programme.name}?"
        informative = (
            "Their goals, expertise, wishes and application notes in this programme are "
            "deleted. The people stay in their organisations."
        )
        if not self._ask("Remove participants", question, informative, "Remove"):
            return
        try:
            service.remove_participants(self.db, [r.id for r in records])
        except InputRefused as refusal:
            self._tell("Cannot remove", str(refusal))
            return
        self.reload()
        names = records[0].name if len(records) == 1 else plural(len(records), "participant")
        self._notice(f"Removed {names} from the programme.")
        self.participantsChanged.emit(self.programme.id)

    def set_status(self, status: str) -> None:
        records = self.selected_records()
        if not records or self.programme is None:
            return
        try:
            changed = service.set_status(self.db, [r.id for r in records], status)
        except InputRefused as refusal:
            self._tell("Cannot set the status", str(refusal))
            return
        self.reload()
        self._notice(f"Status set to {status} for {plural(len(records), 'participant')}.")
        if changed:
            self.participantsChanged.emit(self.programme.id)

    # ------------------------------------------------------------------ import and export
    def import_file(self) -> ImportWizard | None:
        if self.programme is None or self.dialog is not None:
            return None
        wizard = ImportWizard(self.db, self.programme.id, self)
        programme_id = self.programme.id

        def finished(_result: int) -> None:
            self.dialog = None
            summary = wizard.summary
            wizard.deleteLater()
            if summary is None:
                return
            self.reload()
            self.select(list(summary.participant_ids))
            self._notice(
                f"Imported {summary.file_name}: "
                f"{plural(summary.new_participants, 'new participant')}, "
                f"{plural(summary.updated_participants, 'updated participant')}, "
                f"{plural(summary.new_people, 'new person', 'new people')}."
            )
            self.participantsChanged.emit(programme_id)

        wizard.finished.connect(finished)
        self.dialog = wizard
        wizard.open()
        return wizard

    def export(self, what: str = "participants", path: str | Path | None = None) -> Any:
        """Ask for a file (unless `path` is given) and write it off the GUI thread."""
        if self.programme is None:
            return None
        if path is None:
            path = self._ask_export_path(what)
            if path is None:
                return None
        target = Path(path)
        db, programme_id = self.db, self.programme.id

        def done(result: service.ExportResult) -> None:
            self.export_control = None
            noun = "participant" if result.what == "participants" else "pairing"
            self._notice(f"Exported {plural(result.rows, noun)} to {result.path}.")

        def failed(exc: Exception) -> None:
            self.export_control = None
            self._notice(f"The export failed: {exc}", failed=True)
            self._tell("The export failed", str(exc))

        self.export_control = workers.run_with_progress(
            self,
            self.pool,
            lambda _control: service.export_programme(db, programme_id, what, target),
            title=f"Export {what}",
            label=f"Writing {target.name}…",
            on_done=done,
            on_failed=failed,
        )
        return self.export_control

    def _ask_export_path(self, what: str) -> str | None:
        assert self.programme is not None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        stem = re.sub(r'[\\/:*?"<>|]+', " ", f"{self.programme.name} {what}").strip()
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            f"Export {what}",
            os.path.join(folder, f"{stem}.xlsx"),
            ";;".join(FILE_FILTERS.values()),
            FILE_FILTERS[".xlsx"],
        )
        if not chosen:
            return None
        if Path(chosen).suffix.lower() not in FILE_FILTERS:
            suffix = ".csv" if chosen_filter == FILE_FILTERS[".csv"] else ".xlsx"
            chosen += suffix
        return chosen

    # ------------------------------------------------------------------ state
    def _cross(self) -> bool:
        programme = self.programme
        return programme is not None and (
            programme.kind != "internal" or bool(programme.guest_organisation_ids)
        )

    def _reset_filters(self) -> None:
        ui = self.ui
        for widget in (ui.searchEdit, ui.roleFilterCombo, ui.statusFilterCombo):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.roleFilterCombo.setCurrentIndex(0)
        ui.statusFilterCombo.setCurrentIndex(0)
        for widget in (ui.searchEdit, ui.roleFilterCombo, ui.statusFilterCombo):
            widget.blockSignals(False)

    def _apply_filters(self) -> None:
        ui = self.ui
        self.proxy.set_filters(
            search=ui.searchEdit.text(),
            role=ui.roleFilterCombo.currentData(),
            status=ui.statusFilterCombo.currentData(),
        )
        self._update_state()

    def _update_state(self) -> None:
        ui = self.ui
        records = self.model.records()
        total = len(records)
        shown = self.proxy.rowCount()
        if total == 0:
            ui.countLabel.setText("")
        elif shown == total:
            mentors = sum(1 for r in records if r.role == "mentor")
            ui.countLabel.setText(
                f"{plural(total, 'participant')}: {plural(mentors, 'mentor')}, "
                f"{plural(total - mentors, 'mentee')}"
            )
        else:
            ui.countLabel.setText(f"Showing {shown} of {plural(total, 'participant')}")
        ui.clearFiltersButton.setEnabled(self.proxy.is_filtered())
        if total == 0:
            ui.emptyLabel.setText(EMPTY)
            ui.emptyAddButton.show()
            ui.emptyImportButton.show()
            ui.emptyClearButton.hide()
            ui.participantsStack.setCurrentWidget(ui.emptyPage)
        elif shown == 0:
            ui.emptyLabel.setText(NO_MATCH)
            ui.emptyAddButton.hide()
            ui.emptyImportButton.hide()
            ui.emptyClearButton.show()
            ui.participantsStack.setCurrentWidget(ui.emptyPage)
        else:
            ui.participantsStack.setCurrentWidget(ui.tablePage)
        has_programme = self.programme is not None
        selected = len(self.selected_records())
        for widget in (ui.addButton, ui.importButton, ui.emptyAddButton, ui.emptyImportButton):
            widget.setEnabled(has_programme)
        self.add_action.setEnabled(has_programme)
        ui.exportButton.setEnabled(has_programme)
        self.edit_action.setEnabled(selected == 1)
        ui.editButton.setEnabled(selected == 1)
        self.remove_action.setEnabled(selected > 0)
        ui.removeButton.setEnabled(selected > 0)
        ui.statusButton.setEnabled(selected > 0)

    def _notice(self, text: str, *, failed: bool = False) -> None:
        label = self.ui.noticeLabel
        label.setText(text)
        label.setProperty("failed", failed)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(bool(text))

    def notice(self) -> str:
        """What the last action did, as shown under the table."""
        return self.ui.noticeLabel.text()

    def _ask(self, title: str, text: str, informative: str, accept_text: str) -> bool:
        box = QMessageBox(self)
        box.setObjectName("confirmBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(informative)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(accept_text)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("refusalBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
