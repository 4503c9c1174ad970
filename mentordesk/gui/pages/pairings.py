"""The Pairings page: a programme's pairings, and moving them on: confirm, activate, end.

Every action calls `services.pairings`; an ended pairing stays listed with its end date
and reason, and both of its participants are free to be matched again.
"""

from __future__ import annotations

from html import escape as _escape
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from mentordesk.gui.dialogs.end_pairing import EndPairingDialog
from mentordesk.gui.dialogs.meeting_dialog import MeetingDialog
from mentordesk.gui.editing import PageMessages
from mentordesk.gui.forms.ui_pairings_page import Ui_PairingsPage
from mentordesk.gui.pages.start import plural
from mentordesk.gui.table_models import (
    RECORD_ROLE,
    Column,
    RecordFilterProxy,
    RecordTableModel,
    format_date,
    set_up_record_table,
)
from mentordesk.gui.wording import humanise
from mentordesk.services import followups, pairings
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import PairingRecord
from mentordesk.store.database import Database

UNDER_WAY = ("confirmed", "active")
STATUS_FILTERS = (
    ("All statuses", None),
    ("Under way (confirmed or active)", UNDER_WAY),
    ("Proposed", ("proposed",)),
    ("Confirmed", ("confirmed",)),
    ("Active", ("active",)),
    ("Ended", ("ended",)),
)
ENDED_COLOUR = QColor("#6B7580")
STATUS_ORDER = {"proposed": 0, "confirmed": 1, "active": 2, "ended": 3}

PAGE_STYLE = """
QLabel#pairingCount { color: #5B6573; }
QLabel#messageLabel { background: #E8F1FA; border: 1px solid #B9D3EA; border-radius: 4px;
    padding: 6px 10px; color: #12324F; }
QLabel#messageLabel[kind="error"] { background: #FCEBEA; border-color: #E8B4B0;
    color: #8C1D18; }
QGroupBox { font-weight: 600; }
QLineEdit#pairingSearch { padding: 3px 6px; }
"""

AnyIndex = QModelIndex | QPersistentModelIndex


def escape(text: str) -> str:
    return _escape(text, quote=False)


def _score(record: PairingRecord) -> str:
    return "–" if record.score is None else f"{record.score:.1f}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


PAIRING_PAGE_COLUMNS = (
    Column("Mentor", lambda r: r.mentor_name),
    Column("Mentee", lambda r: r.mentee_name),
    Column("Status", lambda r: STATUS_ORDER.get(r.status, 9), lambda r: humanise(r.status)),
    Column(
        "Score",
        lambda r: -1.0 if r.score is None else r.score,
        _score,
        align_right=True,
        tooltip="How well the pair fits, as proposed by matching",
    ),
    Column("Started", lambda r: r.started_on, lambda r: format_date(r.started_on, empty="")),
    Column("Ended", lambda r: r.ended_on, lambda r: format_date(r.ended_on, empty="")),
    Column("End reason", lambda r: r.end_reason, lambda r: _one_line(r.end_reason)),
)
END_REASON_COLUMN = len(PAIRING_PAGE_COLUMNS) - 1


class PairingTableModel(RecordTableModel):
    """Pairings in rows; the end reason's tooltip shows it whole, line breaks and all."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.ToolTipRole
            and index.column() == END_REASON_COLUMN
        ):
            return self.record(index.row()).end_reason or None
        if (
            index.isValid()
            and role == Qt.ItemDataRole.ForegroundRole
            and self.record(index.row()).status == "ended"
        ):
            return ENDED_COLOUR  # history: quieter than the pairings under way
        return super().data(index, role)


class PairingFilterProxy(RecordFilterProxy):
    """The search over every column, and a filter by status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: tuple[str, ...] | None = None

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


def describe(records: list[PairingRecord]) -> str:
    counts: dict[str, int] = {}
    for record in records:
        counts[record.status] = counts.get(record.status, 0) + 1
    detail = ", ".join(
        f"{counts[s]} {s}" for s in sorted(counts, key=lambda s: STATUS_ORDER.get(s, 9))
    )
    return f"{plural(len(records), 'pairing')}: {detail}"


class PairingsPage(QWidget, PageMessages):
    """A programme's pairings. `load(programme_id)` shows them.

    Signals: `pairingsChanged(programme_id)` after a pairing was confirmed, made active
    or ended, or a meeting was reported; `matchingRequested()` when the consultant goes
    on to match the people an ended pairing freed; `statusMessage(text)` with each
    message the page shows.
    """

    pairingsChanged = Signal(int)
    matchingRequested = Signal()
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PairingsPage()
        self.ui.setupUi(self)
        self.db = db
        self.programme_id: int | None = None
        self.end_dialog: EndPairingDialog | None = None
        self.meeting_dialog: MeetingDialog | None = None
        self._sized = False
        ui = self.ui
        self.model = PairingTableModel(PAIRING_PAGE_COLUMNS, self)
        self.proxy = PairingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.pairingTable
        table.setModel(self.proxy)
        set_up_record_table(table, "pairingTable", "the pairings")
        for text, statuses in STATUS_FILTERS:
            ui.statusFilter.addItem(text, statuses)
        ui.pairingSearch.textChanged.connect(self._filter)
        ui.statusFilter.currentIndexChanged.connect(self._filter)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.confirmPairingButton.clicked.connect(self.confirm_selected)
        ui.activateButton.clicked.connect(self.activate_selected)
        ui.endPairingButton.clicked.connect(lambda: self.end_selected())
        self._build_meeting_action()
        self.setStyleSheet(PAGE_STYLE)
        self._show_message("")
        self._show_nothing()

    def _build_meeting_action(self) -> None:
        """Report a meeting: a button beside the others, and Ctrl+M anywhere on the page."""
        ui = self.ui
        self.reportMeetingButton = QPushButton("Report a meeti&ng…", self)
        self.reportMeetingButton.setObjectName("reportMeetingButton")
        self.reportMeetingButton.setAccessibleName("Report a meeting of the selected pair")
        self.reportMeetingButton.setToolTip(
            "The pair met: record the day, how long and the topics (Ctrl+M)"
        )
        ui.actionsLayout.insertWidget(
            ui.actionsLayout.indexOf(ui.endPairingButton), self.reportMeetingButton
        )
        self.reportMeetingButton.clicked.connect(lambda: self.report_meeting())
        action = QAction("Report a meeting…", self)
        action.setObjectName("reportMeetingAction")
        action.setShortcut(QKeySequence("Ctrl+M"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.report_meeting())
        self.addAction(action)
        self.report_meeting_action = action
        # Offered once a pairing has ended: both people wait for a new partner.
        self.goToMatchingButton = QPushButton("&Go to Matching", self)
        self.goToMatchingButton.setObjectName("goToMatchingButton")
        self.goToMatchingButton.setAccessibleName("Go to Matching to find new partners")
        self.goToMatchingButton.setToolTip(
            "Matching proposes a new partner for each of them, never the one they just had, "
            "and shows their history"
        )
        ui.actionsLayout.addWidget(self.goToMatchingButton)
        self.goToMatchingButton.clicked.connect(self.matchingRequested)
        self.goToMatchingButton.hide()

    # --- loading ------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        """Work on another database; the page is empty until `load` is called."""
        self.db = db
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.programme_id = None
        self.model.set_records([])
        self.ui.pairingCount.setText("Choose a programme to see its pairings.")
        self.setEnabled(True)
        self._selection_changed()

    def load(self, programme_id: int, *, select_id: int | None = None) -> None:
        """Show the programme's pairings, keeping the selection where it can."""
        keep = select_id if select_id is not None else self._selected_ids()
        if programme_id != self.programme_id:
            self._show_message("")
            self.goToMatchingButton.hide()
            keep = [] if select_id is None else [select_id]
        self.programme_id = programme_id
        records = pairings.list_pairings(self.db, programme_id=programme_id)
        self.model.set_records(records)
        self._size_columns()
        self._update_count()
        ids = [keep] if isinstance(keep, int) else list(keep)
        for pairing_id in ids:
            self.select(pairing_id, add=pairing_id != ids[0])
        self._selection_changed()

    def _size_columns(self) -> None:
        if self._sized or not self.model.rowCount():
            return
        table = self.ui.pairingTable
        for column, cap in ((0, 200), (1, 200), (2, 100), (3, 70), (4, 110), (5, 110)):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column) + 16, cap))
        self._sized = True

    def _filter(self, *_args: object) -> None:
        self.proxy.set_search(self.ui.pairingSearch.text())
        self.proxy.set_statuses(self.ui.statusFilter.currentData())
        self._update_count()
        self._selection_changed()

    def set_status_filter(self, status: str | None) -> None:
        """Show only pairings of one status ('proposed', ...), or all (None)."""
        for index in range(self.ui.statusFilter.count()):
            data = self.ui.statusFilter.itemData(index)
            if (status is None and data is None) or data == (status,):
                self.ui.statusFilter.setCurrentIndex(index)
                return

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if self.programme_id is None:
            return
        if total == 0:
            self.ui.pairingCount.setText(
                "No pairings yet: propose pairs on the Matching tab, then confirm them."
            )
        elif shown == total:
            self.ui.pairingCount.setText(describe(self.model.records()))
        else:
            self.ui.pairingCount.setText(f"Showing {shown} of {plural(total, 'pairing')}")

    # --- selection ----------------------------------------------------------------------

    def selected(self) -> list[PairingRecord]:
        rows = self.ui.pairingTable.selectionModel().selectedRows()
        return [self.model.record(self.proxy.mapToSource(i).row()) for i in rows]

    def _selected_ids(self) -> list[int]:
        return [r.id for r in self.selected()]

    def select(self, pairing_id: int, *, add: bool = False) -> bool:
        for row, record in enumerate(self.model.records()):
            if record.id == pairing_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    return False
                flags = QItemSelectionModel.SelectionFlag.Rows | (
                    QItemSelectionModel.SelectionFlag.Select
                    if add
                    else QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.ui.pairingTable.selectionModel().setCurrentIndex(index, flags)
                self.ui.pairingTable.scrollTo(index)
                return True
        return False

    def _selection_changed(self, *_args: object) -> None:
        ui = self.ui
        chosen = self.selected()
        statuses = {r.status for r in chosen}
        ui.confirmPairingButton.setEnabled(bool(chosen) and statuses == {"proposed"})
        ui.activateButton.setEnabled(bool(chosen) and statuses == {"confirmed"})
        ui.endPairingButton.setEnabled(len(chosen) == 1 and chosen[0].status in UNDER_WAY)
        can_report = len(chosen) == 1 and chosen[0].status in UNDER_WAY
        self.reportMeetingButton.setEnabled(can_report)
        self.report_meeting_action.setEnabled(can_report)
        self._show_details(chosen)

    def _show_details(self, chosen: list[PairingRecord]) -> None:
        ui = self.ui
        if len(chosen) != 1:
            ui.detailsGroup.setTitle("Selected pairing")
            ui.detailsText.setText(
                f"{plural(len(chosen), 'pairing')} selected."
                if chosen
                else "Select a pairing to see why it was proposed and how it ended."
            )
            return
        record = chosen[0]
        try:
            details = pairings.get_pairing(self.db, record.id)
        except InputRefused as refusal:
            ui.detailsText.setText(escape(str(refusal)))
            return
        ui.detailsGroup.setTitle(f"{record.mentor_name} and {record.mentee_name}")
        facts = [humanise(record.status)]
        if record.score is not None:
            facts.append(f"score {record.score:.1f}")
        if record.started_on:
            facts.append(f"started {format_date(record.started_on)}")
        if record.ended_on:
            facts.append(f"ended {format_date(record.ended_on)}")
        if details.locked and record.status == "proposed":
            facts.append("locked in the proposal")
        html = f"<p>{escape(' · '.join(facts))}</p>"
        if record.end_reason:
            reason = escape(record.end_reason).replace("\n", "<br>")
            html += f"<p><b>Why it ended:</b> {reason}</p>"
        if record.status != "proposed":
            html += self._meetings_html(followups.list_meetings(self.db, record.id))
        if details.explanation:
            items = "".join(f"<li>{escape(r)}</li>" for r in details.explanation)
            html += f"<p><b>Why it was proposed:</b></p><ul style='margin-left:-20px'>{items}</ul>"
        ui.detailsText.setText(html)

    @staticmethod
    def _meetings_html(meetings: list[followups.MeetingRecord]) -> str:
        """The pair's reported meetings, newest first; 'never' when none was reported."""
        if not meetings:
            return "<p><b>Last met:</b> never (no meeting reported)</p>"
        rows = []
        for meeting in reversed(meetings):
            facts = [format_date(meeting.date)]
            if meeting.minutes:
                facts.append(f"{meeting.minutes} min")
            line = escape(" · ".join(facts))
            if meeting.topics:
                line += f" <span style='color:#5B6573'>{escape(', '.join(meeting.topics))}</span>"
            rows.append(f"<li>{line}</li>")
        return (
            f"<p><b>Last met:</b> {escape(format_date(meetings[-1].date))} · "
            f"{escape(plural(len(meetings), 'meeting'))} reported</p>"
            f"<ul style='margin-left:-20px'>{''.join(rows)}</ul>"
        )

    def _changed(self, select_ids: list[int], text: str) -> None:
        assert self.programme_id is not None
        self.goToMatchingButton.hide()
        programme_id = self.programme_id
        self.load(programme_id)
        for k, pairing_id in enumerate(select_ids):
            self.select(pairing_id, add=k > 0)
        self._show_message(text)
        self.pairingsChanged.emit(programme_id)

    # --- actions ------------------------------------------------------------------------

    def ask(self, title: str, text: str, informative: str, accept_text: str) -> bool:
        """A question whose yes button says what happens; True when accepted."""
        box = QMessageBox(self)
        box.setObjectName("pairingsQuestionBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(informative)
        yes = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("pairingsQuestionYes")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def confirm_selected(self) -> None:
        chosen = [r for r in self.selected() if r.status == "proposed"]
        if not chosen:
            return
        names = (
            f"{chosen[0].mentor_name} and {chosen[0].mentee_name}"
            if len(chosen) == 1
            else plural(len(chosen), "proposed pairing")
        )
        if not self.ask(
            "Confirm pairings",
            f"Confirm {names}?",
            "Confirmed pairings start today, and their mentors and mentees are set to "
            "matched. Each pair is checked against the hard rules again first.",
            "Confirm",
        ):
            return
        try:
            done = pairings.confirm_pairings(self.db, [r.id for r in chosen])
        except InputRefused as refusal:
            self._show_message(str(refusal), error=True)
            return
        self._changed([r.id for r in done], f"Confirmed: {plural(len(done), 'pairing')}.")

    def activate_selected(self) -> None:
        chosen = [r for r in self.selected() if r.status == "confirmed"]
        if not chosen:
            return
        try:
            done = pairings.activate_pairings(self.db, [r.id for r in chosen])
        except InputRefused as refusal:
            self._show_message(str(refusal), error=True)
            return
        self._changed([r.id for r in done], f"Marked active: {plural(len(done), 'pairing')}.")

    def end_selected(self) -> EndPairingDialog | None:
        """Open the End pairing dialog for the selected pairing (confirmed or active)."""
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].status not in UNDER_WAY:
            return None
        dialog = EndPairingDialog(self.db, chosen[0], self)
        dialog.setObjectName("endPairingDialog")
        dialog.accepted.connect(lambda: self._ended(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.end_dialog = dialog
        dialog.open()
        return dialog

    def _ended(self, dialog: EndPairingDialog) -> None:
        self.end_dialog = None
        record = dialog.ended
        if record is None:
            return
        self._changed(
            [record.id],
            f"The pairing of {record.mentor_name} and {record.mentee_name} ended on "
            f"{format_date(record.ended_on)}. Both are free to be matched again.",
        )
        self.goToMatchingButton.show()
        self.goToMatchingButton.setFocus()

    def report_meeting(self) -> MeetingDialog | None:
        """Open the Report a meeting dialog for the selected pair (confirmed or active)."""
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].status not in UNDER_WAY:
            return None
        dialog = MeetingDialog(self.db, chosen[0], self)
        dialog.setObjectName("meetingDialog")
        dialog.accepted.connect(lambda: self._meeting_reported(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.meeting_dialog = dialog
        dialog.open()
        return dialog

    def _meeting_reported(self, dialog: MeetingDialog) -> None:
        self.meeting_dialog = None
        meeting = dialog.reported
        if meeting is None:
            return
        pair = dialog.pairing
        self._changed(
            [pair.id],
            f"Meeting of {pair.mentor_name} and {pair.mentee_name} on "
            f"{format_date(meeting.date)} reported.",
        )
