"""The "Needs attention" dashboard of the start page, across all client organisations.

The items come from `services.attention.needs_attention` (the main window reads them
off the GUI thread); this module shows them: counts at the top, a table sortable by
priority, date, client and programme, filters by kind and client, the selected item's
details, and its action. Choosing the action (button, double-click or Enter) emits
`actionRequested(item)`; the main window goes where it is done. Made when the database
first holds an organisation, after the window is shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from html import escape as _escape
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
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import QWidget

from mentordesk.gui.forms.ui_attention_dashboard import Ui_AttentionDashboard
from mentordesk.gui.pages.start import plural
from mentordesk.gui.table_models import (
    RECORD_ROLE,
    Column,
    RecordFilterProxy,
    RecordTableModel,
    format_date,
    set_up_record_table,
)
from mentordesk.gui.theme import app_pixmap
from mentordesk.services.attention import SEVERITY_RANK, AttentionItem

AnyIndex = QModelIndex | QPersistentModelIndex

KIND_NAMES = {
    "overdue-followup": "Overdue follow-up",
    "quiet-pair": "Quiet pair",
    "low-satisfaction": "Low satisfaction",
    "concerns": "Concerns raised",
    "milestone": "Milestone",
}
ACTION_TEXTS = {
    "record-call": "&Record the call…",
    "call-pair": "&Call the pair",
    "plan-rematch": "&Plan a rematch…",
    "prepare-milestone": "&Prepare the milestone",
}
ACTION_TIPS = {
    "record-call": "Open the programme's Follow-up tab and record the call",
    "call-pair": "Open the pair on the programme's Pairings tab, to call them and report "
    "the meeting",
    "plan-rematch": "Open the pair on the programme's Pairings tab and end it for a rematch",
    "prepare-milestone": "Open the programme's Design tab with its timeline",
}
SEVERITY_NAMES = {"high": "High", "medium": "Medium", "low": "Low"}
SEVERITY_COLOURS = {"high": "#B3261E", "medium": "#B26A00", "low": "#5B7FA3"}

# The summary at the top: (object name of its label, the kinds it counts, its words).
SUMMARIES = (
    ("overdueSummary", ("overdue-followup",), "overdue follow-up", "overdue follow-ups"),
    ("quietSummary", ("quiet-pair",), "quiet pair", "quiet pairs"),
    (
        "unhappySummary",
        ("low-satisfaction", "concerns"),
        "pair with low satisfaction or concerns",
        "pairs with low satisfaction or concerns",
    ),
    ("milestoneSummary", ("milestone",), "milestone in 14 days", "milestones in 14 days"),
)
KIND_FILTERS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("Everything", None),
    ("Overdue follow-ups", ("overdue-followup",)),
    ("Quiet pairs", ("quiet-pair",)),
    ("Low satisfaction or concerns", ("low-satisfaction", "concerns")),
    ("Upcoming milestones", ("milestone",)),
)


def about(item: AttentionItem) -> str:
    """Who or what the item is about; a task of the whole programme says so."""
    return "The whole programme" if item.subject == item.programme_name else item.subject


# The details of an item stand below the table, for the selected row (and in each
# row's tooltip): a column of sentences would crowd the table.
ATTENTION_COLUMNS = (
    Column(
        "Priority",
        lambda i: SEVERITY_RANK[i.severity],
        lambda i: SEVERITY_NAMES.get(i.severity, i.severity),
        tooltip="High first: long overdue, long quiet, or clearly unhappy",
    ),
    Column(
        "Date",
        lambda i: i.date,
        lambda i: format_date(i.date),
        tooltip="When it was due, went quiet, was said, or takes place",
    ),
    Column("What", lambda i: KIND_NAMES.get(i.kind, i.kind)),
    Column("About", about),
    Column("Client", lambda i: i.organisation_name),
    Column("Programme", lambda i: i.programme_name),
)
PRIORITY_COLUMN = 0


@cache
def severity_dot(severity: str) -> QIcon:
    """A small filled circle in the colour of the priority."""
    scale = 2
    pixmap = QPixmap(12 * scale, 12 * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SEVERITY_COLOURS.get(severity, "#5B6573")))
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


def item_key(item: AttentionItem) -> tuple[Any, ...]:
    """What one item is about, to find it again after a reload."""
    return (item.kind, item.programme_id, item.followup_id, item.pairing_id, item.milestone_id)


def summary_counts(items: Sequence[AttentionItem]) -> dict[str, int]:
    """Per summary label (its object name): how many items it counts."""
    kinds = Counter(i.kind for i in items)
    return {name: sum(kinds[k] for k in counted) for name, counted, *_words in SUMMARIES}


class AttentionTableModel(RecordTableModel):
    """Attention items in rows; the priority has its coloured dot, the details their
    whole text as the tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ATTENTION_COLUMNS, parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: AttentionItem = self.record(index.row())
        column = index.column()
        if column == PRIORITY_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return severity_dot(item.severity)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(SEVERITY_COLOURS.get(item.severity, "#5B6573"))
        if role == Qt.ItemDataRole.ToolTipRole:
            action = ACTION_TEXTS.get(item.action, "").replace("&", "")
            return f"{item.detail}\n{action}: double-click or press Enter" if action else None
        return super().data(index, role)


class AttentionFilterProxy(RecordFilterProxy):
    """Sorted by each column; filtered by kind and by client organisation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds: tuple[str, ...] | None = None
        self._organisation: str | None = None

    def set_filters(self, kinds: tuple[str, ...] | None, organisation: str | None) -> None:
        self.beginFilterChange()
        self._kinds = kinds
        self._organisation = organisation
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        item = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        if item is not None:
            if self._kinds is not None and item.kind not in self._kinds:
                return False
            if self._organisation is not None and item.organisation_name != self._organisation:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


ALL_ORGANISATIONS = "All client organisations"

DASHBOARD_STYLE = """
QLabel#dashboardTitle { color: #1F2A36; font-size: 17pt; font-weight: 600; }
QLabel#dashboardCounts, QLabel#attentionShown, QLabel#actionHint, QLabel#loadingLabel,
QLabel#calmText { color: #5B6573; }
QLabel#selectedDetail { color: #1F2A36; }
QLabel#calmTitle { color: #1F4E79; font-size: 14pt; font-weight: 600; }
QLabel[role="summary"] { background: #F7F9FB; border: 1px solid #D8DEE4;
    border-left: 4px solid #9AAFC4; border-radius: 4px; padding: 8px 12px; color: #33404D; }
QLabel[role="summary"][state="some"] { border-left-color: #B26A00; background: #FFFFFF; }
QLabel[role="summary"][state="none"] { color: #8A94A0; }
QTableView#attentionTable::item { padding: 2px 6px; }
QPushButton#actionButton { background: #1F4E79; color: #FFFFFF; border: 1px solid #1A4268;
    border-radius: 4px; padding: 6px 16px; font-weight: 600; }
QPushButton#actionButton:hover { background: #2A6496; }
QPushButton#actionButton:focus { border-color: #0F2B45; }
QPushButton#actionButton:disabled { background: #C9D1D9; border-color: #C9D1D9; color: #6B7580; }
"""


def escape(text: str) -> str:
    """Text for a rich-text label (Qt's rich text knows no &#x27;)."""
    return _escape(text, quote=False)


class AttentionDashboard(QWidget):
    """What needs attention now. `show_items(items, day)` shows them.

    Signals: `actionRequested(item)` when the consultant chooses a row's action;
    `refreshRequested()` when they ask to look through the programmes again (F5).
    """

    actionRequested = Signal(object)
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttentionDashboard()
        self.ui.setupUi(self)
        self.setObjectName("attentionDashboard")
        ui = self.ui
        ui.dashboardIcon.setPixmap(app_pixmap(40))
        self._loaded = False
        self._holds = ""
        self._day: date | None = None
        for label in (ui.overdueSummary, ui.quietSummary, ui.unhappySummary, ui.milestoneSummary):
            label.setProperty("role", "summary")
        for text, kinds in KIND_FILTERS:
            ui.kindFilter.addItem(text, kinds)
        ui.organisationFilter.addItem(ALL_ORGANISATIONS, None)
        ui.kindFilter.view().setObjectName("kindFilterList")
        ui.kindFilter.view().setAccessibleName("Kinds of item")
        ui.organisationFilter.view().setObjectName("organisationFilterList")
        ui.organisationFilter.view().setAccessibleName("Client organisations")

        self.model = AttentionTableModel(self)
        self.proxy = AttentionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.attentionTable
        table.setModel(self.proxy)
        set_up_record_table(
            table,
            "attentionTable",
            "what needs attention",
            sort_column=PRIORITY_COLUMN,
            row_padding=14,
        )
        table.horizontalHeader().setHighlightSections(False)

        ui.refreshButton.clicked.connect(self.refreshRequested)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if refresh.key().isEmpty():  # no standard Refresh key on this platform
            refresh.setKey(QKeySequence("F5"))
        refresh.activated.connect(self.refreshRequested)
        ui.kindFilter.currentIndexChanged.connect(self._filter)
        ui.organisationFilter.currentIndexChanged.connect(self._filter)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.actionButton.clicked.connect(self.run_selected)
        table.doubleClicked.connect(lambda _index: self.run_selected())
        table.installEventFilter(self)
        ui.attentionStack.setCurrentWidget(ui.loadingPage)
        self._selection_changed()
        self.setStyleSheet(DASHBOARD_STYLE)

    # --- the heading --------------------------------------------------------------------

    def set_holds(self, text: str) -> None:
        """What the database holds ("This database holds 3 client organisations ...")."""
        self._holds = text
        self._show_heading()

    def _show_heading(self) -> None:
        as_of = f" Most urgent first, as of {format_date(self._day)}." if self._day else ""
        self.ui.dashboardCounts.setText(self._holds + as_of)

    # --- the items ----------------------------------------------------------------------

    def show_loading(self) -> None:
        """Until the first items arrive: later reloads keep the rows in view."""
        if not self._loaded:
            self.ui.attentionStack.setCurrentWidget(self.ui.loadingPage)

    def show_failure(self, text: str) -> None:
        self.ui.loadingLabel.setText(text)
        self.ui.attentionStack.setCurrentWidget(self.ui.loadingPage)

    def show_items(self, items: list[AttentionItem], day: date) -> None:
        """Show the items as of `day` (most urgent first), keeping the selected one where
        it can."""
        self._day = day
        self._show_heading()
        chosen = self.selected_item()
        keep = item_key(chosen) if chosen is not None else None
        first_time = not self._loaded
        self._loaded = True
        self.model.set_records(items)
        self._fill_organisations(items)
        self._show_summary(items)
        self._filter()
        if first_time and items:
            self._size_columns()
        if keep is None or not self.select_where(lambda i: item_key(i) == keep):
            self.select_row(0)

    def _fill_organisations(self, items: list[AttentionItem]) -> None:
        box = self.ui.organisationFilter
        current = box.currentData()
        names = sorted({i.organisation_name for i in items}, key=str.casefold)
        box.blockSignals(True)
        try:
            box.clear()
            box.addItem(ALL_ORGANISATIONS, None)
            for name in names:
                box.addItem(name, name)
            box.setCurrentIndex(box.findData(current) if current in names else 0)
        finally:
            box.blockSignals(False)

    def _show_summary(self, items: list[AttentionItem]) -> None:
        counts = summary_counts(items)
        for name, _kinds, singular, plural_words in SUMMARIES:
            label = getattr(self.ui, name)
            count = counts[name]
            label.setText(
                f"<span style='font-size:16pt; font-weight:600'>{count}</span>"
                f"&nbsp; {singular if count == 1 else plural_words}"
            )
            label.setAccessibleName(plural(count, singular, plural_words))
            label.setProperty("state", "some" if count else "none")
            label.style().unpolish(label)
            label.style().polish(label)

    def _size_columns(self) -> None:
        table = self.ui.attentionTable
        for column, cap in ((0, 110), (1, 120), (2, 170), (3, 300), (4, 260)):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column) + 18, cap))

    def _filter(self, *_args: object) -> None:
        ui = self.ui
        self.proxy.set_filters(ui.kindFilter.currentData(), ui.organisationFilter.currentData())
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            ui.attentionStack.setCurrentWidget(ui.calmPage)
            ui.attentionShown.setText("")
        else:
            ui.attentionStack.setCurrentWidget(ui.tablePage)
            ui.attentionShown.setText(
                plural(total, "item") if shown == total else f"Showing {shown} of {total}"
            )
        for widget in (ui.kindFilter, ui.organisationFilter, ui.actionHint):
            widget.setEnabled(total > 0)
        if shown and not ui.attentionTable.selectionModel().hasSelection():
            self.select_row(0)
        self._selection_changed()

    def items(self) -> list[AttentionItem]:
        """The items shown, in the order shown."""
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    # --- selection and action -------------------------------------------------------------

    def selected_item(self) -> AttentionItem | None:
        rows = self.ui.attentionTable.selectionModel().selectedRows()
        if not rows:
            return None
        record: AttentionItem = self.model.record(self.proxy.mapToSource(rows[0]).row())
        return record

    def select_row(self, row: int) -> bool:
        if not 0 <= row < self.proxy.rowCount():
            return False
        index = self.proxy.index(row, 0)
        self.ui.attentionTable.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.attentionTable.scrollTo(index)
        return True

    def select_where(self, wanted: Callable[[AttentionItem], bool]) -> bool:
        """Select the first row shown whose item `wanted(item)` accepts."""
        for row, item in enumerate(self.items()):
            if wanted(item):
                return self.select_row(row)
        return False

    def _selection_changed(self, *_args: object) -> None:
        ui = self.ui
        button = ui.actionButton
        item = self.selected_item()
        if item is None:
            button.setText("Open")
            button.setAccessibleName("Act on the selected item")
            button.setToolTip("")
            button.setEnabled(False)
            ui.selectedDetail.setText("")
            return
        ui.selectedDetail.setText(
            f"<b>{escape(about(item))}</b> · {escape(item.programme_name)}<br>{escape(item.detail)}"
        )
        text = ACTION_TEXTS.get(item.action, "Open")
        button.setText(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(ACTION_TIPS.get(item.action, ""))
        button.setEnabled(True)

    def run_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.actionRequested.emit(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.attentionTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.selected_item() is not None
        ):
            self.run_selected()
            return True
        return super().eventFilter(watched, event)
