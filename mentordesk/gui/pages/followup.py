"""The Follow-up page: what needs attention in a programme, and its follow-up tasks.

Every action calls `services.followups`; the list of what needs attention comes from
`services.attention`. A refused action is shown in a warning with the service's words
and changes nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.gui.dialogs.interview_dialog import InterviewDialog, InterviewStart
from mentordesk.gui.pages.start import plural
from mentordesk.gui.table_models import (
    RECORD_ROLE,
    Column,
    RecordFilterProxy,
    RecordTableModel,
    format_date,
)
from mentordesk.gui.wording import humanise
from mentordesk.services import followups
from mentordesk.services.attention import AttentionItem, needs_attention
from mentordesk.services.errors import InputRefused
from mentordesk.services.followups import FollowUpRecord
from mentordesk.store.database import Database

AnyIndex = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#B3261E")
CLOSED_COLOUR = QColor("#6B7580")
OVERDUE_MARK = "⚠ "
NOTHING_NEEDS_ATTENTION = "Nothing needs attention in this programme."
STATUS_FILTERS = (("Open", ("open",)), ("All", None))
STATUS_ORDER = {"open": 0, "done": 1, "skipped": 2}
ATTENTION_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

PAGE_STYLE = """
QLabel#followupCount { color: #5B6573; }
QLabel#followupMessage { background: #E8F1FA; border: 1px solid #B9D3EA; border-radius: 4px;
    padding: 6px 10px; color: #12324F; }
QLabel#followupMessage[kind="error"] { background: #FCEBEA; border-color: #E8B4B0;
    color: #8C1D18; }
QGroupBox { font-weight: 600; }
"""


def _due_text(record: FollowUpRecord) -> str:
    text = format_date(record.due)
    return OVERDUE_MARK + text if record.overdue else text


OWNER_NAMES = {"consultant": "Consultant", "hr": "HR"}
CALL, NOTE = "call", "note"  # the two ways to mark a follow-up done
# The kind of interview a planned follow-up is; any other is a follow-up call.
INTERVIEW_KINDS = {followups.MIDTERM_TITLE: "mid-term", followups.CLOSING_TITLE: "final-evaluation"}

FOLLOWUP_COLUMNS = (
    Column("Due", lambda r: r.due, _due_text, tooltip="Overdue follow-ups are marked ⚠"),
    Column("Follow-up", lambda r: r.title),
    Column("About", lambda r: r.subject),
    Column("Owner", lambda r: r.owner, lambda r: OWNER_NAMES.get(r.owner, humanise(r.owner))),
    Column("Status", lambda r: STATUS_ORDER.get(r.status, 9), lambda r: humanise(r.status)),
)
DUE_COLUMN = 0


class FollowUpTableModel(RecordTableModel):
    """Follow-ups in rows; an overdue one has its due date in bold red, a closed one is
    quieter than the open ones."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            record: FollowUpRecord = self.record(index.row())
            overdue_cell = record.overdue and index.column() == DUE_COLUMN
            if role == Qt.ItemDataRole.ForegroundRole:
                if overdue_cell:
                    return OVERDUE_COLOUR
                return CLOSED_COLOUR if record.status != "open" else None
            if role == Qt.ItemDataRole.FontRole:
                if not overdue_cell:
                    return None
                font = QFont()
                font.setBold(True)
                return font
            if overdue_cell:
                return f"Overdue: was due on {format_date(record.due)}"
            if record.status == "skipped" and record.skip_reason:
                return f"Skipped: {record.skip_reason}"
            if record.status == "done" and record.outcome:
                return f"Outcome: {record.outcome}"
        return super().data(index, role)


class FollowUpFilterProxy(RecordFilterProxy):
    """A filter by status: the open follow-ups, or all of them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: tuple[str, ...] | None = ("open",)

    def set_statuses(self, statuses: tuple[str, ...] | None) -> None:
        self.beginFilterChange()
        self._statuses = statuses
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._statuses is not None:
            model = self.sourceModel()
            record = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
            if record is not None and record.status not in self._statuses:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


def _named(widget: QWidget, name: str, accessible: str) -> Any:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class FollowUpPage(QWidget):
    """A programme's follow-ups and what needs attention. `load(programme_id)` shows them.

    Signals: `followupsChanged(programme_id)` after follow-ups were planned, done, skipped
    or reopened; `statusMessage(text)` with each message the page shows.
    """

    followupsChanged = Signal(int)
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPage")
        self.db = db
        self.programme_id: int | None = None
        self.call_dialog: InterviewDialog | None = None
        self._build()
        self.setStyleSheet(PAGE_STYLE)
        self._show_message("")
        self._show_nothing()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        self.attentionGroup = QGroupBox("Needs attention", self)
        self.attentionGroup.setObjectName("attentionGroup")
        attention_layout = QVBoxLayout(self.attentionGroup)
        self.attention_model = QStandardItemModel(self)
        self.attentionList = _named(
            QListView(self.attentionGroup),
            "attentionList",
            "What needs attention in this programme, most urgent first",
        )
        self.attentionList.setModel(self.attention_model)
        self.attentionList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attentionList.setWordWrap(True)
        self.attentionList.setMaximumHeight(150)
        self.attentionList.doubleClicked.connect(self._attention_chosen)
        attention_layout.addWidget(self.attentionList)
        layout.addWidget(self.attentionGroup)

        bar = QHBoxLayout()
        self.followupCount = QLabel(self)
        self.followupCount.setObjectName("followupCount")
        bar.addWidget(self.followupCount, 1)
        show_label = QLabel("&Show:", self)
        show_label.setObjectName("statusFilterLabel")
        self.statusFilter = _named(
            QComboBox(self), "followupStatusFilter", "Show open follow-ups or all"
        )
        for text, statuses in STATUS_FILTERS:
            self.statusFilter.addItem(text, statuses)
        _named(self.statusFilter.view(), "followupStatusFilterList", "Choices of what to show")
        show_label.setBuddy(self.statusFilter)
        bar.addWidget(show_label)
        bar.addWidget(self.statusFilter)
        layout.addLayout(bar)

        self.model = FollowUpTableModel(FOLLOWUP_COLUMNS, self)
        self.proxy = FollowUpFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = _named(QTableView(self), "followupTable", "Follow-ups of the programme")
        self.followupTable = table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        header = _named(
            table.horizontalHeader(), "followupTableHeader", "Columns of the follow-ups"
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        table.verticalHeader().hide()
        _named(table.verticalHeader(), "followupTableRows", "Rows of the follow-ups")
        table.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        table.doubleClicked.connect(lambda _index: self.complete_selected())
        table.installEventFilter(self)
        corner = table.findChild(QAbstractButton)
        if corner is not None:
            _named(corner, "followupTableCorner", "Select every follow-up")
        layout.addWidget(table, 1)

        buttons = QHBoxLayout()
        self.planButton = _named(
            QPushButton("&Plan follow-ups", self),
            "planFollowupsButton",
            "Plan the follow-ups of every running pair",
        )
        self.doneButton = _named(
            QPushButton("&Done…", self), "doneFollowupButton", "Mark the follow-up done"
        )
        self.skipButton = _named(
            QPushButton("S&kip…", self), "skipFollowupButton", "Skip the follow-up"
        )
        self.reopenButton = _named(
            QPushButton("&Reopen", self), "reopenFollowupButton", "Reopen the follow-up"
        )
        self.exportButton = _named(
            QPushButton("&Export calendar…", self),
            "exportCalendarButton",
            "Export the programme's calendar",
        )
        self.planButton.setToolTip(
            "A call two weeks after kick-off, check-ins at months 3 and 6, the mid-term "
            "review and a closing interview for every confirmed or active pair"
        )
        self.exportButton.setToolTip("Open follow-ups and milestones as an .ics file")
        buttons.addWidget(self.planButton)
        buttons.addStretch(1)
        for button in (self.doneButton, self.skipButton, self.reopenButton, self.exportButton):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("followupMessage")
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)

        self.statusFilter.currentIndexChanged.connect(self._filter)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.planButton.clicked.connect(self.plan)
        self.doneButton.clicked.connect(self.complete_selected)
        self.skipButton.clicked.connect(self.skip_selected)
        self.reopenButton.clicked.connect(self.reopen_selected)
        self.exportButton.clicked.connect(self.export_calendar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.followupTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.selected() is not None
        ):
            self.complete_selected()
            return True
        return super().eventFilter(watched, event)

    # --- messages -----------------------------------------------------------------------

    def _show_message(self, text: str, *, error: bool = False) -> None:
        label = self.messageLabel
        label.setProperty("kind", "error" if error else "info")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            self.statusMessage.emit(text)

    def message(self) -> str:
        return self.messageLabel.text() if not self.messageLabel.isHidden() else ""

    def _refused(self, title: str, refusal: InputRefused) -> None:
        QMessageBox.warning(self, title, str(refusal))

    # --- loading ------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        """Work on another database; the page is empty until `load` is called."""
        self.db = db
        self._show_message("")
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.programme_id = None
        self.model.set_records([])
        self.attention_model.clear()
        self.followupCount.setText("Choose a programme to see its follow-ups.")
        self.planButton.setEnabled(False)
        self.exportButton.setEnabled(False)
        self._selection_changed()

    def load(self, programme_id: int, *, select_id: int | None = None) -> None:
        """Show the programme's follow-ups and what needs attention in it."""
        keep = select_id if select_id is not None else self._selected_id()
        if programme_id != self.programme_id:
            self._show_message("")
            keep = select_id
        self.programme_id = programme_id
        self.model.set_records(followups.list_followups(self.db, programme_id=programme_id))
        self._load_attention()
        self.planButton.setEnabled(True)
        self.exportButton.setEnabled(True)
        if not self._sized_once():
            self.followupTable.resizeColumnsToContents()
        self._update_count()
        if keep is not None:
            self.select(keep)
        self._selection_changed()

    def _sized_once(self) -> bool:
        sized = bool(self.property("columnsSized"))
        if not sized and self.model.rowCount():
            self.setProperty("columnsSized", True)
        return sized

    def _load_attention(self) -> None:
        assert self.programme_id is not None
        items = needs_attention(self.db, programme_id=self.programme_id, today=date.today())
        self.attention_model.clear()
        for item in items:
            self.attention_model.appendRow(self._attention_row(item))
        if not items:
            empty = QStandardItem(NOTHING_NEEDS_ATTENTION)
            empty.setEnabled(False)
            self.attention_model.appendRow(empty)
        self.attentionGroup.setTitle(
            f"Needs attention ({len(items)})" if items else "Needs attention"
        )

    @staticmethod
    def _attention_row(item: AttentionItem) -> QStandardItem:
        row = QStandardItem(item.detail)
        row.setEditable(False)
        row.setData(item, ATTENTION_ITEM_ROLE)
        row.setToolTip(f"{item.subject} · {item.severity} priority" if item.subject else "")
        if item.severity == "high":
            row.setForeground(OVERDUE_COLOUR)
        return row

    def attention(self) -> list[AttentionItem]:
        """The items now listed under 'Needs attention'."""
        items = []
        for row in range(self.attention_model.rowCount()):
            item = self.attention_model.item(row).data(ATTENTION_ITEM_ROLE)
            if item is not None:
                items.append(item)
        return items

    def attention_texts(self) -> list[str]:
        return [
            self.attention_model.item(row).text() for row in range(self.attention_model.rowCount())
        ]

    def _attention_chosen(self, index: QModelIndex) -> None:
        item = index.data(ATTENTION_ITEM_ROLE)
        if item is None or item.followup_id is None:
            return
        if not self.select(item.followup_id):
            self.set_status_filter(None)
            self.select(item.followup_id)
        self.followupTable.setFocus()

    def _filter(self, *_args: object) -> None:
        self.proxy.set_statuses(self.statusFilter.currentData())
        self._update_count()
        self._selection_changed()

    def set_status_filter(self, status: str | None) -> None:
        """Show only the open follow-ups ('open') or all of them (None)."""
        for index in range(self.statusFilter.count()):
            data = self.statusFilter.itemData(index)
            if (status is None and data is None) or data == (status,):
                self.statusFilter.setCurrentIndex(index)
                return

    def _update_count(self) -> None:
        if self.programme_id is None:
            return
        records = self.model.records()
        if not records:
            self.followupCount.setText("No follow-ups yet: plan them once the pairs are confirmed.")
            return
        open_count = sum(r.status == "open" for r in records)
        overdue = sum(r.overdue for r in records)
        text = f"{plural(len(records), 'follow-up')}: {open_count} open"
        if overdue:
            text += f", {overdue} overdue"
        shown = self.proxy.rowCount()
        if shown != len(records):
            text += f" · showing {shown}"
        self.followupCount.setText(text)

    # --- selection ----------------------------------------------------------------------

    def selected(self) -> FollowUpRecord | None:
        rows = self.followupTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def _selected_id(self) -> int | None:
        record = self.selected()
        return None if record is None else record.id

    def select(self, followup_id: int) -> bool:
        row = self.model.row_of(followup_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.followupTable.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.followupTable.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        record = self.selected()
        is_open = record is not None and record.status == "open"
        self.doneButton.setEnabled(is_open)
        self.skipButton.setEnabled(is_open)
        self.reopenButton.setEnabled(record is not None and not is_open)

    def _changed(self, select_id: int | None, text: str) -> None:
        assert self.programme_id is not None
        programme_id = self.programme_id
        self.load(programme_id, select_id=select_id)
        self._show_message(text)
        self.followupsChanged.emit(programme_id)

    # --- actions ------------------------------------------------------------------------

    def plan(self) -> None:
        if self.programme_id is None:
            return
        try:
            created = followups.generate_plan(self.db, self.programme_id)
        except InputRefused as refusal:
            self._refused("Plan follow-ups", refusal)
            return
        text = (
            f"{plural(len(created), 'follow-up')} planned."
            if created
            else "Nothing to plan: every running pair has its follow-ups."
        )
        self._changed(created[0].id if created else None, text)

    def complete_selected(self) -> InterviewDialog | None:
        """Mark the selected open follow-up done: for a pair or a participant, by
        recording the call (the interview dialog, returned while open) or with a note."""
        record = self.selected()
        if record is None or record.status != "open":
            return None
        about_someone = record.pairing_id is not None or record.participant_id is not None
        how = self.ask_how_done(record) if about_someone else NOTE
        if how == CALL:
            return self.record_call(record)
        if how == NOTE:
            self._complete_with_note(record)
        return None

    def ask_how_done(self, record: FollowUpRecord) -> str:
        """CALL to record the call as an interview, NOTE for a short note, "" to cancel."""
        box = QMessageBox(self)
        box.setObjectName("followupDoneBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Follow-up done")
        box.setText(f"“{record.title}” with {record.subject}")
        box.setInformativeText(
            "Record the call as an interview, with its answers and notes, or mark the "
            "follow-up done with a short note."
        )
        record_call = box.addButton("&Record the call…", QMessageBox.ButtonRole.AcceptRole)
        record_call.setObjectName("recordCallButton")
        with_note = box.addButton("Done with a &note…", QMessageBox.ButtonRole.ActionRole)
        with_note.setObjectName("doneWithNoteButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(record_call)
        box.exec()
        return {record_call: CALL, with_note: NOTE}.get(box.clickedButton(), "")

    def record_call(self, record: FollowUpRecord) -> InterviewDialog | None:
        """Open the interview dialog filled in for the follow-up; saving it marks the
        follow-up done with the interview, in one transaction."""
        if self.programme_id is None:
            return None
        subject = (
            ("pairing", record.pairing_id)
            if record.pairing_id is not None
            else ("participant", record.participant_id)
        )
        assert subject[1] is not None
        dialog = InterviewDialog(
            self.db,
            self.programme_id,
            self,
            start=InterviewStart(
                kind=INTERVIEW_KINDS.get(record.title, "follow-up"),
                subject=(subject[0], subject[1]),
            ),
            followup_id=record.id,
        )
        dialog.setObjectName("recordCallDialog")
        dialog.accepted.connect(
            lambda: self._changed(record.id, f"Done: {record.title}, with the call recorded.")
        )
        dialog.finished.connect(dialog.deleteLater)
        self.call_dialog = dialog
        dialog.open()
        return dialog

    def _complete_with_note(self, record: FollowUpRecord) -> None:
        about = f" with {record.subject}" if record.subject else ""
        outcome, ok = QInputDialog.getMultiLineText(
            self,
            "Follow-up done",
            f"“{record.title}”{about}: what came of it?",
            "",
        )
        if not ok:
            return
        try:
            followups.complete_followup(self.db, record.id, outcome)
        except InputRefused as refusal:
            self._refused("Follow-up done", refusal)
            return
        self._changed(record.id, f"Done: {record.title}.")

    def skip_selected(self) -> None:
        record = self.selected()
        if record is None or record.status != "open":
            return
        reason, ok = QInputDialog.getText(
            self, "Skip follow-up", f"Why is “{record.title}” skipped?"
        )
        if not ok:
            return
        try:
            followups.skip_followup(self.db, record.id, reason)
        except InputRefused as refusal:
            self._refused("Skip follow-up", refusal)
            return
        self._changed(record.id, f"Skipped: {record.title}.")

    def reopen_selected(self) -> None:
        record = self.selected()
        if record is None or record.status == "open":
            return
        try:
            followups.reopen_followup(self.db, record.id)
        except InputRefused as refusal:
            self._refused("Reopen follow-up", refusal)
            return
        self._changed(record.id, f"Reopened: {record.title}.")

    def export_calendar(self) -> None:
        if self.programme_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            "Export calendar",
            str(Path.home() / "mentoring-programme.ics"),
            "iCalendar files (*.ics)",
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            written = followups.export_programme_calendar(self.db, self.programme_id, path)
        except InputRefused as refusal:
            self._refused("Export calendar", refusal)
            return
        except OSError as error:
            QMessageBox.warning(
                self, "Export calendar", f"The calendar could not be written: {error}"
            )
            return
        self._show_message(f"Calendar exported to {Path(written).name}.")
