"""The Matching page: weights, the optimal proposal with its reasons, and the consultant's say.

The consultant sets how much each criterion counts, runs matching (off the GUI thread,
with Cancel), reads why each pair was proposed and which mentors come next for its
mentee, and then adjusts: lock a pair (kept on the next run), reject one (left out of
every run), swap the mentees of two pairs, or pair by hand. Every hand-made change is
checked against the hard rules by `services.matching.check_hand_pair`. Confirm writes the
proposal as confirmed pairings; Save as proposal stores it (with its locks) for later.

Locks and rejections are kept per programme for the session; locks of a stored proposal
are kept in the database too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from html import escape as _escape
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSlider,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mentordesk.gui import workers
from mentordesk.gui.dialogs.hand_pair import Choice, HandPairDialog
from mentordesk.gui.editing import PageMessages
from mentordesk.gui.forms.ui_matching_page import Ui_MatchingPage
from mentordesk.gui.pages.start import plural
from mentordesk.gui.table_models import (
    Column,
    RecordTableModel,
    format_date,
    set_up_record_table,
)
from mentordesk.matching import (
    MAX_WEIGHT,
    Alternative,
    MatchResult,
    MenteeCandidate,
    MentorCandidate,
    PairCheck,
    ProposedPair,
    Unmatched,
)
from mentordesk.services import matching, organisations, pairings
from mentordesk.services.errors import InputRefused
from mentordesk.services.matching import MatchingSettingsRecord
from mentordesk.store.database import Database

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ORGANISATION_ROLE = Qt.ItemDataRole.UserRole + 2
SAVE_WEIGHTS_AFTER_MS = 800
TOP_REASONS = 3
HISTORY_REASON_CHARS = 140

# Short names of the criteria for the table's "Top reasons" column.
SHORT_LABELS = {
    "goals": "Goals",
    "department": "Other department",
    "seniority": "Seniority",
    "place": "Place",
    "wish": "Wish",
    "organisation": "Other organisation",
    "languages": "Languages",
    "branch": "Other branch",
}

PAGE_STYLE = """
QLabel#summaryLabel { font-weight: 600; color: #1F2A36; }
QLabel#emptyTitle { font-size: 14pt; font-weight: 600; color: #1F2A36; }
QLabel#emptyText, QLabel#weightsIntro, QLabel#rulesIntro, QLabel#noPointsLabel,
QLabel#rejectedHint, QLabel#detailsEmpty, QLabel#unmatchedEmpty, QLabel#rejectedEmpty,
QLabel#detailsScore, QLabel#busyLabel,
QLabel[role="hint"] { color: #5B6573; }
QLabel#detailsTitle { font-size: 12pt; font-weight: 600; color: #1F2A36; }
QLabel#reasonsHeading, QLabel#alternativesHeading { font-weight: 600; color: #1F2A36; }
QLabel#detailsBroken { color: #B3261E; }
QLabel#detailsHistory { background: #FFF8EC; border: 1px solid #EED9B5; border-radius: 4px;
    padding: 5px 7px; color: #5A4420; }
QLabel#messageLabel { background: #E8F1FA; border: 1px solid #B9D3EA; border-radius: 4px;
    padding: 6px 10px; color: #12324F; }
QLabel#messageLabel[kind="error"] { background: #FCEBEA; border-color: #E8B4B0;
    color: #8C1D18; }
QLabel#criterionInfo { background: #F7F9FB; border: 1px solid #D8DEE4; border-radius: 4px;
    padding: 6px; color: #3A4654; }
QLabel[role="weightValue"] { font-weight: 600; color: #1F4E79; }
QLabel[role="rule"] { color: #1F2A36; }
QLabel[role="alternative"] { background: #F7F9FB; border: 1px solid #E1E6EB;
    border-radius: 4px; padding: 5px 7px; }
QProgressBar[role="points"] { border: none; background: #E6EBF0; border-radius: 3px; }
QProgressBar[role="points"]::chunk { background: #5B8DB8; border-radius: 3px; }
QGroupBox { font-weight: 600; }
QScrollArea#detailsScroll { background: #FBFCFD; border: 1px solid #D8DEE4; }
QWidget#detailsPanel { background: #FBFCFD; }
"""


# --- reasons as data ------------------------------------------------------------------------

_POINTS = re.compile(r"^(?P<head>.*?)\s+(?P<points>[+-]\d+(?:\.\d+)?)$")


@dataclass(frozen=True)
class Reason:
    """One reason text of a pair, split into its criterion, detail and points."""

    key: str
    label: str
    detail: str
    points: float


def split_reason(text: str) -> Reason:
    """'Goals fit the mentor's expertise: 2 shared (Career, Values) +5.3' as its parts."""
    found = _POINTS.match(text.strip())
    head, points = (found["head"], float(found["points"])) if found else (text, 0.0)
    for criterion in matching.criteria():
        if head == criterion.label or head.startswith(criterion.label + ": "):
            return Reason(criterion.key, criterion.label, head[len(criterion.label) + 2 :], points)
    return Reason("", head, "", points)


def short_reasons(reasons: Sequence[str], count: int = TOP_REASONS) -> str:
    parts = []
    for text in reasons[:count]:
        reason = split_reason(text)
        parts.append(f"{SHORT_LABELS.get(reason.key, reason.label)} {reason.points:+.1f}")
    return " · ".join(parts)


def escape(text: str) -> str:
    """Text for a rich-text label (Qt's rich text knows no &#x27;)."""
    return _escape(text, quote=False)


LEGAL_FORMS = re.compile(
    r"(,?\s+(Inc\.?|Ltd\.?|Limited|LLC|plc|PLC|GmbH|AG|AB|ASA|A/S|ApS|B\.V\.|N\.V\.|"
    r"S\.A\.|S\.p\.A\.|Oy|Oyj|AS|SE))+$"
)


def short_organisation(name: str) -> str:
    """'Meridian Freight Group B.V.' as 'Meridian Freight Group': the table's short form."""
    return LEGAL_FORMS.sub("", name).strip() or name


def _pair_key(pair: ProposedPair) -> tuple[int, int]:
    return pair.mentor.participant_id, pair.mentee.participant_id


# --- icons --------------------------------------------------------------------------------


def lock_icon() -> QIcon:
    """A small padlock, drawn so that it needs no icon file."""
    scale = 2
    pixmap = QPixmap(16 * scale, 16 * scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    pixmap.setDevicePixelRatio(scale)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#1F4E79")
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(4.8, 1.8, 6.4, 7.0), 0, 180 * 16)
    painter.drawLine(QPointF(4.8, 5.3), QPointF(4.8, 7.5))
    painter.drawLine(QPointF(11.2, 5.3), QPointF(11.2, 7.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(3.0, 7.0, 10.0, 7.5), 1.5, 1.5)
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawEllipse(QPointF(8.0, 10.4), 1.2, 1.2)
    painter.end()
    return QIcon(pixmap)


# --- the session's state of one programme ---------------------------------------------------


@dataclass(frozen=True)
class RejectedPair:
    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentee_name: str


@dataclass(frozen=True)
class RunOutcome:
    """What a run brings back from the worker."""

    result: MatchResult
    mentors: list[MentorCandidate]
    organisation_names: dict[int, str]
    weights: dict[str, float]


@dataclass
class MatchSession:
    """One programme's proposal and the consultant's changes to it, for this session."""

    pairs: list[ProposedPair] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    alternatives: dict[int, list[Alternative]] = field(default_factory=dict)
    mentors: list[MentorCandidate] = field(default_factory=list)
    organisation_names: dict[int, str] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)  # of the run shown
    ran: bool = False
    by_hand: bool = False  # changed by hand since the run
    stale: bool = False  # the settings changed since the run
    locked: set[tuple[int, int]] = field(default_factory=set)
    rejected: dict[tuple[int, int], RejectedPair] = field(default_factory=dict)

    def mentees(self) -> list[MenteeCandidate]:
        return [p.mentee for p in self.pairs] + [u.mentee for u in self.unmatched]

    def pair_of(self, mentee_id: int) -> ProposedPair | None:
        return next((p for p in self.pairs if p.mentee.participant_id == mentee_id), None)

    def mentor(self, mentor_id: int) -> MentorCandidate | None:
        return next((m for m in self.mentors if m.participant_id == mentor_id), None)

    def places_used(self, mentor_id: int, *, except_mentee: int | None = None) -> int:
        return sum(
            1
            for p in self.pairs
            if p.mentor.participant_id == mentor_id and p.mentee.participant_id != except_mentee
        )


# --- table models ---------------------------------------------------------------------------

AnyIndex = QModelIndex | QPersistentModelIndex


class ProposalModel(QAbstractTableModel):
    """The proposed pairs: lock, mentor and mentee (with their organisations), score, reasons.

    The organisations show under the names (see `PersonDelegate`) when `organisations`
    is on: in a programme of several organisations.
    """

    COLUMNS = ("", "Mentor", "Mentee", "Score", "Top reasons")
    LOCK, MENTOR, MENTEE, SCORE, REASONS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[ProposedPair] = []
        self._locked: set[tuple[int, int]] = set()
        self._orgs: dict[int, str] = {}
        self.organisations = False
        self._lock_icon = lock_icon()

    def set_pairs(
        self,
        pairs: Sequence[ProposedPair],
        locked: set[tuple[int, int]],
        organisation_names: dict[int, str],
        *,
        organisations: bool,
    ) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self._locked = set(locked)
        self._orgs = dict(organisation_names)
        self.organisations = organisations
        self.endResetModel()

    def pair(self, row: int) -> ProposedPair:
        return self._pairs[row]

    def row_of(self, key: tuple[int, int]) -> int | None:
        for row, pair in enumerate(self._pairs):
            if _pair_key(pair) == key:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _organisation(self, organisation_id: int | None) -> str:
        if not self.organisations or organisation_id is None:
            return ""
        return self._orgs.get(organisation_id, "")

    def _lock_data(self, pair: ProposedPair, role: int) -> Any:
        locked = _pair_key(pair) in self._locked
        if role == Qt.ItemDataRole.DecorationRole:
            if pair.broken_rules:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._lock_icon if locked else None
        if role == Qt.ItemDataRole.ToolTipRole and (locked or pair.broken_rules):
            text = "Locked: the next run keeps this pair"
            if pair.broken_rules:
                text += ", although it breaks a hard rule: " + "; ".join(pair.broken_rules)
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "Locked" if locked else "Not locked"
        if role == SORT_ROLE:
            return 0 if locked else 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self._pairs[index.row()]
        column = index.column()
        if column == self.LOCK:
            return self._lock_data(pair, role)
        if column in (self.MENTOR, self.MENTEE):
            who = pair.mentor if column == self.MENTOR else pair.mentee
            organisation = self._organisation(who.organisation_id)
            if role == Qt.ItemDataRole.DisplayRole:
                return who.name
            if role == ORGANISATION_ROLE:
                return short_organisation(organisation) if organisation else ""
            if role == SORT_ROLE:
                return who.name.casefold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{who.name}, {organisation}" if organisation else who.name
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{who.name}, {organisation}" if organisation else who.name
            return None
        if column == self.SCORE:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{pair.score:.1f}"
            if role == SORT_ROLE:
                return pair.score
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.REASONS:
            if role == Qt.ItemDataRole.DisplayRole:
                return short_reasons(pair.reasons)
            if role == SORT_ROLE:
                return short_reasons(pair.reasons).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(pair.reasons) or "No criterion adds points"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.LOCK:
                return "Locked pairs are kept on the next run"
            if section == self.SCORE:
                return "The sum of the weighted criteria"
            if section == self.REASONS:
                return "The criteria that added most; point at a row for all of them"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = (
                Qt.AlignmentFlag.AlignRight if section == self.SCORE else Qt.AlignmentFlag.AlignLeft
            )
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None


class PersonDelegate(QStyledItemDelegate):
    """A name, and under it in a quieter colour the organisation (when there is one)."""

    PADDING = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.9))
        return option.font, small

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        organisation = index.data(ORGANISATION_ROLE)
        if not organisation:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = QColor(text_colour) if selected else QColor("#5B6573")
        font, small = self._fonts(opt)
        big_metrics, small_metrics = QFontMetrics(font), QFontMetrics(small)
        rect = opt.rect.adjusted(self.PADDING, 0, -self.PADDING, 0)
        height = big_metrics.height() + small_metrics.height()
        top = rect.top() + max(0, (rect.height() - height) // 2)
        painter.save()
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(rect.left(), top, rect.width(), big_metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            big_metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(small)
        painter.setPen(quiet)
        painter.drawText(
            QRect(rect.left(), top + big_metrics.height(), rect.width(), small_metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small_metrics.elidedText(organisation, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        organisation = index.data(ORGANISATION_ROLE)
        if organisation:
            font, small = self._fonts(option)
            width = max(
                QFontMetrics(font).horizontalAdvance(str(index.data() or "")),
                QFontMetrics(small).horizontalAdvance(organisation),
            )
            height = QFontMetrics(font).height() + QFontMetrics(small).height() + 8
            return QSize(width + 2 * self.PADDING + 4, max(hint.height(), height))
        return hint


class SortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)


# --- the page -------------------------------------------------------------------------------


class MatchingPage(QWidget, PageMessages):
    """Matching for one programme. `load(programme_id)` shows it; nothing runs until asked.

    Signals: `pairingsChanged(programme_id)` after pairings were written (confirmed or
    saved as a proposal); `participantsRequested()` when the consultant follows the link
    to the Participants tab; `statusMessage(text)` with each message the page shows.
    """

    pairingsChanged = Signal(int)
    participantsRequested = Signal()
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MatchingPage()
        self.ui.setupUi(self)
        self.db = db
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.programme_id: int | None = None
        self.settings: MatchingSettingsRecord | None = None
        self.state = MatchSession()
        self._sessions: dict[int, MatchSession] = {}
        self._weights: dict[str, float] = {}
        self._sliders: dict[str, QSlider] = {}
        self._values: dict[str, QLabel] = {}
        self._rule_labels: dict[str, QLabel] = {}
        self._token = 0  # the run or write whose outcome is awaited; others are ignored
        self._busy: str | None = None
        self._control: workers.TaskControl | None = None
        self._loading = False
        self._mentor_count = 0
        self._mentee_count = 0
        self._can_run = False
        self._cross = False
        self._sized = False
        self._empty_title = "No programme"
        self._empty_text = ""
        self.hand_dialog: HandPairDialog | None = None
        # Ended pairings of the programme, by participant: shown beside that person.
        self._history: dict[int, list[pairings.EndedPartner]] = {}
        self.detailsHistory = QLabel(self.ui.detailsPanel)
        self.detailsHistory.setObjectName("detailsHistory")
        self.detailsHistory.setAccessibleName("Earlier partners in this programme")
        self.detailsHistory.setWordWrap(True)
        self.detailsHistory.setTextFormat(Qt.TextFormat.PlainText)
        layout = self.ui.detailsLayout
        layout.insertWidget(layout.indexOf(self.ui.detailsBroken) + 1, self.detailsHistory)

        self._save_timer = QTimer(self)
        self._save_timer.setObjectName("saveWeightsTimer")
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_WEIGHTS_AFTER_MS)
        self._save_timer.timeout.connect(self.save_weights)

        self._build_settings()
        self._build_tables()
        self._build_actions()
        self._connect()
        self._set_tab_order()
        self.setStyleSheet(PAGE_STYLE)
        ui = self.ui
        ui.mainSplitter.setStretchFactor(0, 0)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setStretchFactor(2, 0)
        # As wide as the settings need: their check box does not wrap.
        settings_width = (
            ui.settingsPanel.minimumSizeHint().width()
            + ui.settingsScroll.verticalScrollBar().sizeHint().width()
            + 2
        )
        ui.settingsScroll.setMinimumWidth(settings_width)
        ui.mainSplitter.setSizes([settings_width, 640, 290])
        ui.proposalSplitter.setStretchFactor(0, 3)
        ui.proposalSplitter.setStretchFactor(1, 1)
        ui.proposalSplitter.setSizes([480, 150])
        for hint in (ui.unmatchedEmpty, ui.rejectedEmpty):
            hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            hint.setContentsMargins(4, 6, 4, 4)
        self._show_message("")
        self._set_idle()
        self._show_nothing()

    # --- building -----------------------------------------------------------------------

    def _build_settings(self) -> None:
        ui = self.ui
        for criterion in matching.criteria():
            row = QWidget(ui.weightsGroup)
            row.setObjectName(f"{criterion.key}WeightRow")
            row.setAccessibleName(criterion.label)
            grid = QGridLayout(row)
            grid.setContentsMargins(0, 4, 0, 2)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(0)
            name = QLabel(criterion.label, row)
            name.setObjectName(f"{criterion.key}WeightLabel")
            name.setAccessibleName(criterion.label)
            name.setToolTip(criterion.explanation)
            name.setWordWrap(True)
            value = QLabel("0", row)
            value.setObjectName(f"{criterion.key}WeightValue")
            value.setAccessibleName(f"Weight of {criterion.label}")
            value.setProperty("role", "weightValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("10") + 6)
            slider = QSlider(Qt.Orientation.Horizontal, row)
            slider.setObjectName(f"{criterion.key}WeightSlider")
            slider.setAccessibleName(f"Weight: {criterion.label}")
            slider.setAccessibleDescription(criterion.explanation)
            slider.setToolTip(criterion.explanation)
            slider.setRange(0, int(MAX_WEIGHT))
            slider.setPageStep(1)
            slider.setSingleStep(1)
            name.setBuddy(slider)
            grid.addWidget(name, 0, 0)
            grid.addWidget(value, 0, 1)
            grid.addWidget(slider, 1, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            ui.weightsLayout.addWidget(row)
            slider.valueChanged.connect(lambda v, key=criterion.key: self._weight_changed(key, v))
            for widget in (row, name, slider):
                widget.installEventFilter(self)
                widget.setProperty("criterion", criterion.key)
            self._sliders[criterion.key] = slider
            self._values[criterion.key] = value
        ui.criterionInfo.setText("Point at a criterion to see how it is scored.")
        for rule in matching.hard_rules():
            label = QLabel(f"•  {rule.label}", ui.rulesGroup)
            label.setObjectName(f"{rule.key}RuleLabel")
            label.setAccessibleName(rule.label)
            label.setAccessibleDescription(rule.explanation)
            label.setToolTip(rule.explanation)
            label.setProperty("role", "rule")
            label.setWordWrap(True)
            ui.rulesLayout.addWidget(label)
            self._rule_labels[rule.key] = label

    def _build_tables(self) -> None:
        ui = self.ui
        self.proposal = ProposalModel(self)
        self.proposal_proxy = SortProxy(self)
        self.proposal_proxy.setSourceModel(self.proposal)
        table = ui.proposalTable
        table.setModel(self.proposal_proxy)
        self.person_delegate = PersonDelegate(table)
        table.setItemDelegateForColumn(ProposalModel.MENTOR, self.person_delegate)
        table.setItemDelegateForColumn(ProposalModel.MENTEE, self.person_delegate)
        set_up_record_table(
            table, "proposalTable", "the proposal", sort_column=ProposalModel.MENTEE
        )
        table.horizontalHeader().setSectionResizeMode(
            ProposalModel.LOCK, QHeaderView.ResizeMode.Fixed
        )
        table.setColumnWidth(ProposalModel.LOCK, 28)

        self.unmatched_model = RecordTableModel(
            (
                Column("Mentee", lambda u: u.mentee.name),
                Column(
                    "Organisation",
                    lambda u: self.state.organisation_names.get(u.mentee.organisation_id, ""),
                ),
                Column("Why no mentor", lambda u: u.reason),
            ),
            self,
        )
        self.rejected_model = RecordTableModel(
            (
                Column("Mentor", lambda r: r.mentor_name),
                Column("Mentee", lambda r: r.mentee_name),
            ),
            self,
        )
        for view, model, name in (
            (ui.unmatchedTable, self.unmatched_model, "unmatched"),
            (ui.rejectedTable, self.rejected_model, "rejected"),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.verticalHeader().setObjectName(f"{name}TableRows")
            view.verticalHeader().setAccessibleName(f"Rows of the {name} list")
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
            view.horizontalHeader().setObjectName(f"{name}TableHeader")
            view.horizontalHeader().setAccessibleName(f"Columns of the {name} list")
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
        ui.unmatchedTable.setColumnWidth(0, 170)
        ui.unmatchedTable.setColumnWidth(1, 170)
        ui.rejectedTable.setColumnWidth(0, 200)

    def _action(
        self,
        name: str,
        text: str,
        keys: Sequence[QKeySequence | QKeySequence.StandardKey | str],
        slot: Callable[[], None],
        widget: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if widget is not None
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(slot)
        (widget or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        self.run_action = self._action("runMatchingAction", "Run matching", ["F5"], self.run)
        self.confirm_action = self._action(
            "confirmProposalAction", "Confirm", ["Ctrl+Return", "Ctrl+Enter"], self.confirm
        )
        self.lock_action = self._action("lockPairAction", "Lock", ["Ctrl+L"], self.toggle_lock)
        self.reject_action = self._action(
            "rejectPairAction",
            "Reject",
            [QKeySequence.StandardKey.Delete],
            self.reject_selected,
            self.ui.proposalTable,
        )
        self.undo_reject_action = self._action(
            "undoRejectAction",
            "Undo reject",
            [QKeySequence.StandardKey.Delete],
            self.undo_reject,
            self.ui.rejectedTable,
        )

    def _connect(self) -> None:
        ui = self.ui
        ui.runButton.clicked.connect(self.run)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.saveProposalButton.clicked.connect(self.save_proposal)
        ui.settingsToggle.toggled.connect(ui.settingsScroll.setVisible)
        ui.lockButton.clicked.connect(self.toggle_lock)
        ui.rejectButton.clicked.connect(self.reject_selected)
        ui.swapButton.clicked.connect(self.swap)
        ui.handPairButton.clicked.connect(lambda: self.pair_by_hand())
        ui.undoRejectButton.clicked.connect(self.undo_reject)
        ui.restoreDefaultsButton.clicked.connect(self.restore_defaults)
        ui.repeatCheck.toggled.connect(self._repeat_toggled)
        ui.emptyText.linkActivated.connect(self._link)
        ui.alternativesHost.setProperty("links", True)
        ui.proposalTable.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.unmatchedTable.selectionModel().selectionChanged.connect(self._unmatched_selected)
        ui.rejectedTable.selectionModel().selectionChanged.connect(self._update_buttons)

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [
            ui.runButton,
            ui.cancelButton,
            ui.settingsToggle,
            ui.saveProposalButton,
            ui.confirmButton,
            *self._sliders.values(),
            ui.restoreDefaultsButton,
            ui.repeatCheck,
            ui.proposalTable,
            ui.lockButton,
            ui.rejectButton,
            ui.swapButton,
            ui.handPairButton,
            ui.bottomTabs,
            ui.unmatchedTable,
            ui.rejectedTable,
            ui.undoRejectButton,
            ui.detailsScroll,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_pool(self, pool: QThreadPool) -> None:
        """Run the page's background work on `pool` (the main window's, say)."""
        self.pool = pool

    # --- events -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.FocusIn):
            key = watched.property("criterion")
            if key:
                self._explain(str(key))
        return super().eventFilter(watched, event)

    def _explain(self, key: str) -> None:
        for criterion in matching.criteria():
            if criterion.key == key:
                self.ui.criterionInfo.setText(
                    f"<b>{escape(criterion.label)}</b><br>{escape(criterion.explanation)}"
                )

    def _link(self, target: str) -> None:
        if target == "participants":
            self.participantsRequested.emit()

    # --- loading ------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        """Work on another database; the page is empty until `load` is called."""
        self._save_now()
        self._token += 1
        self.db = db
        self._sessions.clear()
        self._set_idle()
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.programme_id = None
        self.settings = None
        self._history = {}
        self.state = MatchSession()
        self.ui.mainSplitter.setEnabled(False)
        self.ui.summaryLabel.setText("")
        self._show_empty("No programme", "Choose a programme to match its mentees and mentors.")
        self._refresh()

    def load(self, programme_id: int) -> None:
        """Show a programme's matching: its settings, and this session's proposal if any."""
        if programme_id != self.programme_id:
            self._save_now()
            self._token += 1  # a run for another programme is no longer awaited
            self._set_idle()
        settings = matching.load_settings(self.db, programme_id)
        mentors, mentees = matching.match_candidates(self.db, programme_id)
        stored = pairings.list_pairings(self.db, programme_id=programme_id)
        self._history = pairings.ended_partners(self.db, programme_id)
        self.programme_id = programme_id
        self.settings = settings
        self.state = self._sessions.setdefault(programme_id, MatchSession())
        self._mentor_count = sum(1 for m in mentors if m.capacity > 0)
        self._mentee_count = len(mentees)
        self._loading = True
        try:
            self._weights = dict(settings.weights)
            for key, slider in self._sliders.items():
                slider.setValue(round(self._weights.get(key, 0.0)))
                self._values[key].setText(_weight_text(self._weights.get(key, 0.0)))
            self.ui.repeatCheck.setChecked(settings.forbid_repeats)
        finally:
            self._loading = False
        self._update_rules()
        self.ui.mainSplitter.setEnabled(True)
        cross = (
            settings.separate_organisations
            or len({c.organisation_id for c in [*mentors, *mentees]}) > 1
        )
        self._cross = cross
        table = self.ui.proposalTable
        line = table.fontMetrics().height()
        table.verticalHeader().setDefaultSectionSize(2 * line + 12 if cross else line + 10)
        self.ui.unmatchedTable.setColumnHidden(1, not cross)
        self._empty_state(mentors, mentees, stored)
        self._refresh()

    def _empty_state(
        self, mentors: list[MentorCandidate], mentees: list[MenteeCandidate], stored: list
    ) -> None:
        """What the page says before a run, or when there is nothing to match."""
        busy = sum(1 for p in stored if p.status in ("confirmed", "active"))
        proposed = sum(1 for p in stored if p.status == "proposed")
        link = "<a href='participants'>Participants</a>"
        if not mentors and not mentees and not busy:
            title = "No mentors or mentees yet"
            text = (
                f"Register the programme's mentors and mentees on the {link} tab; "
                "then come back here to match them."
            )
        elif not mentors:
            title = "No mentors to match yet"
            text = (
                f"{plural(len(mentees), 'mentee')} wait for a mentor, but no mentor is "
                f"registered (or accepted) yet. Add mentors on the {link} tab."
            )
        elif not mentees:
            if busy:
                title = "Every mentee has a mentor"
                text = (
                    f"All mentees are in confirmed or active pairings ({busy}). See them on "
                    f"the Pairings tab; new mentees are registered on the {link} tab."
                )
            else:
                title = "No mentees to match yet"
                text = f"Register mentees on the {link} tab, then match them here."
        elif self._mentor_count == 0:
            title = "No mentor has a free place"
            text = (
                f"{plural(len(mentees), 'mentee')} wait for a mentor, but every mentor's "
                f"capacity is used. Raise a capacity or add mentors on the {link} tab."
            )
        else:
            title = "Ready to match"
            text = (
                f"{plural(len(mentees), 'mentee')} without a mentor and "
                f"{plural(self._mentor_count, 'mentor')} with free places. Set what counts "
                "on the left, then choose <b>Run matching</b> (F5)."
            )
            if proposed:
                text += (
                    f"<br><br>{plural(proposed, 'pair is', 'pairs are')} saved as a proposal; "
                    "locked ones are kept by the next run."
                )
            rematched = [c.name for c in [*mentees, *mentors] if c.participant_id in self._history]
            if rematched:
                text += (
                    "<br><br>To match again after an ended pairing: "
                    f"{escape(', '.join(rematched))}. Their earlier partners are not "
                    "proposed again."
                )
        self._can_run = bool(mentors) and bool(mentees) and self._mentor_count > 0
        self._empty_title, self._empty_text = title, text
        if not self.state.ran:
            self._show_empty(title, text)

    def _show_empty(self, title: str, html: str) -> None:
        self.ui.emptyTitle.setText(title)
        self.ui.emptyText.setText(html)
        self.ui.proposalStack.setCurrentWidget(self.ui.emptyPage)

    # --- settings -----------------------------------------------------------------------

    def _weight_changed(self, key: str, value: int) -> None:
        self._values[key].setText(str(value))
        if self._loading:
            return
        self._weights[key] = float(value)
        self._explain(key)
        self._settings_changed()

    def _repeat_toggled(self, _checked: bool) -> None:
        self._update_rules()
        if not self._loading:
            self._settings_changed()

    def _settings_changed(self) -> None:
        if self.programme_id is None:
            return
        if self.state.ran:
            self.state.stale = True
            self._update_summary()
        self._save_timer.start()

    def _update_rules(self) -> None:
        separate = bool(self.settings and self.settings.separate_organisations)
        self._rule_labels["organisation"].setVisible(separate)
        self._rule_labels["repeat"].setVisible(self.ui.repeatCheck.isChecked())

    def weights(self) -> dict[str, float]:
        return dict(self._weights)

    def restore_defaults(self) -> None:
        if self.programme_id is None:
            return
        self._loading = True
        try:
            for criterion in matching.criteria():
                self._weights[criterion.key] = criterion.default_weight
                self._sliders[criterion.key].setValue(round(criterion.default_weight))
        finally:
            self._loading = False
        self._show_message("The default weights are back.")
        self._settings_changed()

    def save_weights(self) -> bool:
        """Store the weights and the repeat setting of the programme shown."""
        self._save_timer.stop()
        if self.programme_id is None:
            return True
        try:
            self.settings = matching.save_settings(
                self.db, self.programme_id, self._weights, self.ui.repeatCheck.isChecked()
            )
        except InputRefused as refusal:
            self._show_message(str(refusal), error=True)
            return False
        return True

    def _save_now(self) -> None:
        if self._save_timer.isActive():
            with suppress(Exception):
                self.save_weights()

    # --- running ------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._busy is not None

    def run(self) -> None:
        """Run matching in the background with the weights shown; locks and rejections hold."""
        if self.programme_id is None or self._busy is not None:
            return
        if not self._can_run:
            self._show_message(self._empty_title + ". " + _plain(self._empty_text), error=True)
            return
        self._save_timer.stop()
        db, programme_id = self.db, self.programme_id
        weights = dict(self._weights)
        forbid = self.ui.repeatCheck.isChecked()
        in_proposal = {_pair_key(p) for p in self.state.pairs}
        locked = sorted(self.state.locked & in_proposal)
        rejected = sorted(self.state.rejected)

        def task(_control: workers.TaskControl) -> RunOutcome:
            matching.save_settings(db, programme_id, weights, forbid)
            result = matching.run_matching(db, programme_id, locked=locked, rejected=rejected)
            mentors, _mentees = matching.match_candidates(db, programme_id)
            names = {
                o.id: o.name for o in organisations.list_organisations(db, include_archived=True)
            }
            return RunOutcome(result, mentors, names, weights)

        label = (
            f"Matching {plural(self._mentee_count, 'mentee')} with "
            f"{plural(self._mentor_count, 'mentor')}…"
        )
        token = self._start("run", label)
        self._control = workers.start_task(
            self.pool,
            task,
            name="matching",
            on_done=lambda outcome: self._deliver(token, self._ran, outcome),
            on_failed=lambda exc: self._deliver(token, self._failed, exc),
        )

    def cancel(self) -> None:
        """Stop waiting for the run: its result is ignored when it arrives."""
        if self._busy != "run":
            return
        if self._control is not None:
            self._control.cancel()
        self._token += 1
        self._set_idle()
        self._show_message("Matching cancelled: the proposal shown is unchanged.")

    def _start(self, kind: str, label: str) -> int:
        self._token += 1
        self._busy = kind
        ui = self.ui
        ui.busyLabel.setText(label)
        ui.busyLabel.show()
        ui.busyBar.show()
        ui.cancelButton.setVisible(kind == "run")
        ui.cancelButton.setEnabled(kind == "run")
        self._update_buttons()
        return self._token

    def _set_idle(self) -> None:
        self._busy = None
        self._control = None
        ui = self.ui
        ui.busyLabel.hide()
        ui.busyBar.hide()
        ui.cancelButton.hide()
        self._update_buttons()

    def _deliver(self, token: int, method: Callable[[Any], None], value: Any) -> None:
        """An outcome of background work, unless it is no longer awaited (or the page is gone)."""
        with suppress(RuntimeError):  # raised when the page's widgets are gone
            if token != self._token:
                return
            self._set_idle()
            method(value)

    def _ran(self, outcome: RunOutcome) -> None:
        result = outcome.result
        state = self.state
        state.pairs = list(result.pairs)
        state.unmatched = list(result.unmatched)
        state.alternatives = dict(result.alternatives)
        state.mentors = list(outcome.mentors)
        state.organisation_names = dict(outcome.organisation_names)
        state.weights = dict(outcome.weights)
        state.locked = {_pair_key(p) for p in result.pairs if p.locked}
        state.ran = True
        state.by_hand = False
        state.stale = False
        self._refresh()
        if self.proposal_proxy.rowCount():
            self.ui.proposalTable.selectRow(0)
        total = len(state.pairs) + len(state.unmatched)
        self._show_message(
            "Proposal ready. Select a pair to see why it was proposed and who comes next "
            "for its mentee."
            + (
                f" {plural(len(state.unmatched), 'mentee')} of {total} without a mentor: "
                "see why below."
                if state.unmatched
                else ""
            )
        )

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, InputRefused):
            self._show_message(str(exc), error=True)
        else:
            self._show_message(f"Matching failed: {exc}", error=True)

    # --- showing the proposal -----------------------------------------------------------

    def _refresh(self, select: tuple[int, int] | None = None) -> None:
        state = self.state
        self.proposal.set_pairs(
            state.pairs, state.locked, state.organisation_names, organisations=self._cross
        )
        self.unmatched_model.set_records(state.unmatched)
        self.rejected_model.set_records(list(state.rejected.values()))
        ui = self.ui
        ui.bottomTabs.setTabText(
            0, f"Without a mentor ({len(state.unmatched)})" if state.ran else "Without a mentor"
        )
        ui.bottomTabs.setTabText(1, f"Rejected ({len(state.rejected)})")
        ui.unmatchedEmpty.setText(
            "Every mentee has a mentor in this proposal."
            if state.ran
            else "Run matching to see who is left without a mentor, and why."
        )
        ui.unmatchedEmpty.setVisible(not state.unmatched)
        ui.unmatchedTable.setVisible(bool(state.unmatched))
        ui.rejectedEmpty.setVisible(not state.rejected)
        ui.rejectedTable.setVisible(bool(state.rejected))
        ui.rejectedHint.setVisible(bool(state.rejected))
        if state.ran:
            ui.proposalStack.setCurrentWidget(ui.tablePage)
            self._size_columns()
        elif self.programme_id is not None:
            self._show_empty(self._empty_title, self._empty_text)
        if select is not None:
            self.select_pair(select)
        self._update_summary()
        self._show_details()
        self._update_buttons()

    def _size_columns(self) -> None:
        """Fit the columns to the first proposal shown; later the consultant's widths hold."""
        if self._sized or not self.state.pairs:
            return
        table = self.ui.proposalTable
        for column, cap in (
            (ProposalModel.MENTOR, 220),
            (ProposalModel.MENTEE, 220),
            (ProposalModel.SCORE, 70),
        ):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column) + 12, cap))
        self._sized = True

    def _update_summary(self) -> None:
        state = self.state
        if not state.ran:
            self.ui.summaryLabel.setText("")
            self.ui.summaryLabel.hide()
            return
        total = len(state.pairs) + len(state.unmatched)
        score = sum(p.score for p in state.pairs)
        parts = [
            f"{len(state.pairs)} of {plural(total, 'mentee')} matched",
            f"total score {score:.1f}",
        ]
        if state.stale:
            parts.append("the settings changed: run again (F5)")
        elif state.by_hand:
            parts.append("changed by hand: run again (F5) to re-optimise around your locks")
        else:
            parts.append("optimal under the rules")
        locked = len(state.locked & {_pair_key(p) for p in state.pairs})
        if locked:
            parts.append(f"{locked} locked")
        self.ui.summaryLabel.setText(" · ".join(parts))
        self.ui.summaryLabel.show()

    def select_pair(self, key: tuple[int, int]) -> bool:
        row = self.proposal.row_of(key)
        if row is None:
            return False
        index = self.proposal_proxy.mapFromSource(self.proposal.index(row, ProposalModel.MENTOR))
        self.ui.proposalTable.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.proposalTable.scrollTo(index)
        return True

    def selected_pairs(self) -> list[ProposedPair]:
        rows = self.ui.proposalTable.selectionModel().selectedRows()
        source = sorted(self.proposal_proxy.mapToSource(i).row() for i in rows)
        return [self.proposal.pair(r) for r in source]

    def _selection_changed(self, *_args: object) -> None:
        if self.selected_pairs():
            self.ui.unmatchedTable.clearSelection()
        self._show_details()
        self._update_buttons()

    def _unmatched_selected(self, *_args: object) -> None:
        if self.ui.unmatchedTable.selectionModel().hasSelection():
            self.ui.proposalTable.clearSelection()
        self._show_details()
        self._update_buttons()

    def _selected_unmatched(self) -> Unmatched | None:
        rows = self.ui.unmatchedTable.selectionModel().selectedRows()
        return self.unmatched_model.record(rows[0].row()) if rows else None

    # --- the side panel -----------------------------------------------------------------

    def _clear_details(self) -> None:
        ui = self.ui
        for layout in (ui.reasonsLayout, ui.alternativesLayout):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None:
                    widget.hide()
                    widget.setParent(None)
                    widget.deleteLater()
        for widget in (
            ui.detailsTitle,
            ui.detailsScore,
            ui.detailsBroken,
            self.detailsHistory,
            ui.reasonsHeading,
            ui.reasonsHost,
            ui.noPointsLabel,
            ui.alternativesHeading,
            ui.alternativesHost,
        ):
            widget.hide()

    def _show_details(self) -> None:
        self._clear_details()
        ui = self.ui
        selected = self.selected_pairs()
        unmatched = self._selected_unmatched() if not selected else None
        if len(selected) > 1:
            ui.detailsEmpty.setText(
                f"{plural(len(selected), 'pair')} selected."
                + (
                    " Swap mentees gives each the other's mentee."
                    if len(selected) == 2
                    else " Lock or reject them together."
                )
            )
            ui.detailsEmpty.show()
            return
        if not selected and unmatched is None:
            ui.detailsEmpty.setText(
                "Select a pair to see why it was proposed and the mentee's next best mentors."
                if self.state.ran
                else "Run matching to see the proposal and why each pair was proposed."
            )
            ui.detailsEmpty.show()
            return
        ui.detailsEmpty.hide()
        if selected:
            pair = selected[0]
            mentee = pair.mentee
            locked = _pair_key(pair) in self.state.locked
            ui.detailsTitle.setText(f"{pair.mentor.name} mentoring {mentee.name}")
            possible = sum(self.state.weights.values())
            ui.detailsScore.setText(
                f"Score {pair.score:.1f} of {possible:.0f} possible"
                + (" · locked" if locked else "")
            )
            ui.detailsScore.show()
            if pair.broken_rules:
                ui.detailsBroken.setText(
                    "This locked pair breaks a hard rule: " + "; ".join(pair.broken_rules) + "."
                )
                ui.detailsBroken.show()
            self._show_history([pair.mentor, pair.mentee])
            self._show_reasons(pair.reasons)
            current = pair.mentor.participant_id
        else:
            assert unmatched is not None
            mentee = unmatched.mentee
            ui.detailsTitle.setText(f"{mentee.name} has no mentor")
            ui.detailsScore.setText(f"Why: {unmatched.reason}.")
            ui.detailsScore.show()
            self._show_history([mentee])
            current = None
        ui.detailsTitle.show()
        self._show_alternatives(mentee, current)

    def _history_lines(self, people: Sequence[MentorCandidate | MenteeCandidate]) -> list[str]:
        """'Eva Berg: previous partner Ann Holm (ended 3 Mar 2026: reason)' per ended
        pairing of these people in this programme, newest first."""
        lines = []
        for person in people:
            for ended in self._history.get(person.participant_id, []):
                when = f"ended {format_date(ended.ended_on)}" if ended.ended_on else "ended"
                reason = " ".join(ended.reason.split())
                if len(reason) > HISTORY_REASON_CHARS:
                    reason = reason[: HISTORY_REASON_CHARS - 1].rstrip() + "…"
                lines.append(
                    f"{person.name}: previous partner {ended.partner_name} ({when}: {reason})"
                )
        return lines

    def _show_history(self, people: Sequence[MentorCandidate | MenteeCandidate]) -> None:
        lines = self._history_lines(people)
        self.detailsHistory.setText("\n".join(lines))
        self.detailsHistory.setToolTip(
            "Ended in this programme: the pair is not proposed again" if lines else ""
        )
        self.detailsHistory.setVisible(bool(lines))

    def _show_reasons(self, reasons: Sequence[str]) -> None:
        ui = self.ui
        grid = ui.reasonsLayout
        parsed = [split_reason(r) for r in reasons]
        for row, reason in enumerate(parsed):
            weight = self.state.weights.get(reason.key, 0.0) or 1.0
            text = f"{escape(reason.label)}"
            if reason.detail:
                text += f"<br><span style='color:#5B6573'>{escape(reason.detail)}</span>"
            label = QLabel(text, ui.reasonsHost)
            label.setObjectName(f"reason{row}Label")
            label.setAccessibleName(f"{reason.label}: {reason.detail}".rstrip(": "))
            label.setWordWrap(True)
            points = QLabel(f"{reason.points:+.1f}", ui.reasonsHost)
            points.setObjectName(f"reason{row}Points")
            points.setAccessibleName(f"Points from {reason.label}")
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            points.setProperty("role", "weightValue")
            bar = QProgressBar(ui.reasonsHost)
            bar.setObjectName(f"reason{row}Bar")
            bar.setAccessibleName(f"Share of the weight of {reason.label}")
            bar.setProperty("role", "points")
            bar.setTextVisible(False)
            bar.setFixedHeight(6)
            bar.setRange(0, 100)
            bar.setValue(max(0, min(100, round(100 * reason.points / weight))))
            bar.setToolTip(f"{reason.points:.1f} of at most {weight:g} points")
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(points, 2 * row, 1)
            grid.addWidget(bar, 2 * row + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        ui.reasonsHeading.setText(
            "Why this pair" if parsed else "Why this pair: no criterion adds points"
        )
        ui.reasonsHeading.show()
        ui.reasonsHost.setVisible(bool(parsed))
        scored = {r.key for r in parsed}
        nothing = [
            c.label
            for c in matching.criteria()
            if c.key not in scored and self.state.weights.get(c.key, 0.0) > 0
        ]
        if nothing:
            ui.noPointsLabel.setText("No points from: " + "; ".join(nothing) + ".")
            ui.noPointsLabel.show()

    def _show_alternatives(self, mentee: MenteeCandidate, current: int | None) -> None:
        ui = self.ui
        found = [
            a
            for a in self.state.alternatives.get(mentee.participant_id, [])
            if a.mentor.participant_id != current
        ][:3]
        first_name = mentee.name.split()[0] if mentee.name else "the mentee"
        ui.alternativesHeading.setText(f"Next best mentors for {first_name}")
        ui.alternativesHeading.show()
        if not found:
            label = QLabel("No other mentor is allowed for this mentee.", ui.alternativesHost)
            label.setObjectName("noAlternativesLabel")
            label.setAccessibleName("No other mentor")
            label.setProperty("role", "hint")
            label.setWordWrap(True)
            ui.alternativesLayout.addWidget(label)
        for number, alternative in enumerate(found, 1):
            mentor = alternative.mentor
            org = short_organisation(
                self.state.organisation_names.get(mentor.organisation_id or -1, "")
            )
            used = self.state.places_used(
                mentor.participant_id, except_mentee=mentee.participant_id
            )
            full = used >= mentor.capacity
            facts = [f"score {alternative.score:.1f}"]
            if org:
                facts.append(escape(org))
            if full:
                facts.append("no place left in this proposal")
            html = (
                f"<b>{number}. {escape(mentor.name)}</b> · {' · '.join(facts)}"
                f"<br><span style='color:#5B6573'>{escape(short_reasons(alternative.reasons))}"
                f"</span><br><a href='{mentor.participant_id}'>Pair by hand…</a>"
            )
            label = QLabel(html, ui.alternativesHost)
            label.setObjectName(f"alternative{number}Label")
            label.setAccessibleName(
                f"Alternative {number}: {mentor.name}, score {alternative.score:.1f}"
            )
            label.setToolTip("\n".join(alternative.reasons))
            label.setProperty("role", "alternative")
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(
                lambda target, m=mentee.participant_id: self.pair_by_hand(
                    mentee_id=m, mentor_id=int(target)
                )
            )
            ui.alternativesLayout.addWidget(label)
        ui.alternativesHost.show()

    def alternatives_text(self) -> list[str]:
        """The alternatives shown in the side panel, as plain text (for tests)."""
        layout = self.ui.alternativesLayout
        texts = []
        for i in range(layout.count()):
            widget = layout.itemAt(i).widget()
            if isinstance(widget, QLabel) and not widget.isHidden():
                texts.append(widget.accessibleName())
        return texts

    def reasons_text(self) -> list[str]:
        """The reasons shown in the side panel, as 'label: detail +points' (for tests)."""
        grid = self.ui.reasonsLayout
        texts = []
        for row in range(0, grid.rowCount(), 2):
            label, points = grid.itemAtPosition(row, 0), grid.itemAtPosition(row, 1)
            if label is None or points is None:
                continue
            label_widget, points_widget = label.widget(), points.widget()
            if isinstance(label_widget, QLabel) and isinstance(points_widget, QLabel):
                texts.append(f"{label_widget.accessibleName()} {points_widget.text()}")
        return texts

    # --- buttons ------------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        idle = self._busy is None
        loaded = self.programme_id is not None
        ran = self.state.ran
        selected = self.selected_pairs() if ran else []
        has_pairs = bool(self.state.pairs)
        ui.runButton.setEnabled(idle and loaded and self._can_run)
        self.run_action.setEnabled(ui.runButton.isEnabled())
        for button in (ui.confirmButton, ui.saveProposalButton):
            button.setEnabled(idle and ran and has_pairs)
        self.confirm_action.setEnabled(ui.confirmButton.isEnabled())
        ui.lockButton.setEnabled(idle and bool(selected))
        all_locked = bool(selected) and all(_pair_key(p) in self.state.locked for p in selected)
        ui.lockButton.setText("Un&lock" if all_locked else "&Lock")
        ui.lockButton.setAccessibleName(
            "Unlock the selected pairs" if all_locked else "Lock the selected pairs"
        )
        self.lock_action.setEnabled(ui.lockButton.isEnabled())
        ui.rejectButton.setEnabled(idle and bool(selected))
        self.reject_action.setEnabled(ui.rejectButton.isEnabled())
        ui.swapButton.setEnabled(idle and len(selected) == 2)
        ui.handPairButton.setEnabled(idle and ran)
        has_rejected = ui.rejectedTable.selectionModel().hasSelection()
        ui.undoRejectButton.setEnabled(idle and has_rejected)
        self.undo_reject_action.setEnabled(ui.undoRejectButton.isEnabled())
        ui.restoreDefaultsButton.setEnabled(loaded)
        ui.repeatCheck.setEnabled(loaded)

    # --- lock and reject ----------------------------------------------------------------

    def _store_lock(self, key: tuple[int, int], locked: bool) -> None:
        """Mirror a lock on the stored proposal, where the pair is stored as one."""
        if self.programme_id is None:
            return
        try:
            pairings.set_proposal_lock(self.db, self.programme_id, key[0], key[1], locked)
        except InputRefused as refusal:
            self._show_message(str(refusal), error=True)

    def toggle_lock(self) -> None:
        """Lock the selected pairs (kept on the next run); unlock them if all are locked."""
        selected = self.selected_pairs()
        if not selected or self._busy is not None:
            return
        keys = [_pair_key(p) for p in selected]
        unlock = all(k in self.state.locked for k in keys)
        for key in keys:
            if unlock:
                self.state.locked.discard(key)
            else:
                self.state.locked.add(key)
            self._store_lock(key, not unlock)
        self._refresh(select=keys[0])
        for key in keys[1:]:
            row = self.proposal.row_of(key)
            if row is not None:
                index = self.proposal_proxy.mapFromSource(self.proposal.index(row, 0))
                self.ui.proposalTable.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        names = ", ".join(f"{p.mentor.name} – {p.mentee.name}" for p in selected)
        self._show_message(
            f"Unlocked: {names}. The next run may change {'it' if len(keys) == 1 else 'them'}."
            if unlock
            else f"Locked: {names}. The next run keeps {'it' if len(keys) == 1 else 'them'}."
        )

    def reject_selected(self) -> None:
        """Take the selected pairs out of the proposal and out of every later run."""
        selected = self.selected_pairs()
        if not selected or self._busy is not None:
            return
        state = self.state
        for pair in selected:
            key = _pair_key(pair)
            state.rejected[key] = RejectedPair(*key, pair.mentor.name, pair.mentee.name)
            if key in state.locked:
                state.locked.discard(key)
            self._store_lock(key, False)  # a stored lock would outweigh the rejection
            state.pairs.remove(pair)
            state.unmatched.append(
                Unmatched(
                    mentee=pair.mentee,
                    reason=f"you rejected {pair.mentor.name}; run matching again (F5) "
                    "to find another mentor",
                )
            )
        state.by_hand = True
        self._refresh()
        names = ", ".join(f"{p.mentor.name} – {p.mentee.name}" for p in selected)
        self._show_message(
            f"Rejected: {names}. Run matching again (F5) to find other mentors; "
            "Undo reject on the Rejected tab allows the pair again."
        )

    def undo_reject(self) -> None:
        rows = self.ui.rejectedTable.selectionModel().selectedRows()
        if not rows or self._busy is not None:
            return
        records = [self.rejected_model.record(i.row()) for i in rows]
        for record in records:
            self.state.rejected.pop((record.mentor_id, record.mentee_id), None)
        self._refresh()
        names = ", ".join(f"{r.mentor_name} – {r.mentee_name}" for r in records)
        self._show_message(f"Allowed again on the next run: {names}.")

    # --- swap ---------------------------------------------------------------------------

    def swap(self) -> None:
        """The two selected pairs exchange mentees, if neither new pair breaks a hard rule."""
        selected = self.selected_pairs()
        if len(selected) != 2 or self._busy is not None or self.programme_id is None:
            return
        first, second = selected
        new_pairs = [(first.mentor, second.mentee), (second.mentor, first.mentee)]
        for mentor, mentee in new_pairs:
            if (mentor.participant_id, mentee.participant_id) in self.state.rejected:
                self._show_message(
                    f"Not swapped: you rejected the pair {mentor.name} and {mentee.name}; "
                    "undo the rejection first.",
                    error=True,
                )
                return
        db, programme_id = self.db, self.programme_id

        def task(_control: workers.TaskControl) -> list[PairCheck]:
            return [
                matching.check_hand_pair(db, programme_id, m.participant_id, e.participant_id)
                for m, e in new_pairs
            ]

        token = self._start("swap", "Checking the swap against the hard rules…")
        workers.start_task(
            self.pool,
            task,
            name="check a swap",
            on_done=lambda checks: self._deliver(
                token, lambda c: self._swapped(first, second, c), checks
            ),
            on_failed=lambda exc: self._deliver(token, self._failed, exc),
        )

    def _swapped(self, first: ProposedPair, second: ProposedPair, checks: list[PairCheck]) -> None:
        state = self.state
        if first not in state.pairs or second not in state.pairs:
            return
        broken = [rule for check in checks for rule in check.broken_rules]
        if broken:
            self._show_message("Not swapped: " + "; ".join(broken) + ".", error=True)
            return
        new_first = ProposedPair(
            mentor=first.mentor,
            mentee=second.mentee,
            score=checks[0].score,
            reasons=checks[0].reasons,
            locked=True,
        )
        new_second = ProposedPair(
            mentor=second.mentor,
            mentee=first.mentee,
            score=checks[1].score,
            reasons=checks[1].reasons,
            locked=True,
        )
        for old in (first, second):
            state.locked.discard(_pair_key(old))
            self._store_lock(_pair_key(old), False)
        state.pairs[state.pairs.index(first)] = new_first
        state.pairs[state.pairs.index(second)] = new_second
        state.locked |= {_pair_key(new_first), _pair_key(new_second)}
        state.by_hand = True
        self._refresh(select=_pair_key(new_first))
        change = (new_first.score + new_second.score) - (first.score + second.score)
        self._show_message(
            f"Swapped: {first.mentor.name} now mentors {second.mentee.name}, and "
            f"{second.mentor.name} mentors {first.mentee.name} ({change:+.1f} points). "
            "Both pairs are locked, so the next run keeps them."
        )

    # --- pair by hand -------------------------------------------------------------------

    def _mentee_choices(self) -> list[Choice]:
        state = self.state
        names = state.organisation_names
        cross = self._cross
        choices = []
        for unmatched in sorted(state.unmatched, key=lambda u: u.mentee.name.casefold()):
            mentee = unmatched.mentee
            org = f" ({names.get(mentee.organisation_id or -1, '')})" if cross else ""
            choices.append(
                Choice(mentee.participant_id, f"{mentee.name}{org} — without a mentor", mentee.name)
            )
        for pair in sorted(state.pairs, key=lambda p: p.mentee.name.casefold()):
            mentee = pair.mentee
            org = f" ({names.get(mentee.organisation_id or -1, '')})" if cross else ""
            choices.append(
                Choice(
                    mentee.participant_id,
                    f"{mentee.name}{org} — now with {pair.mentor.name}",
                    mentee.name,
                )
            )
        return choices

    def _mentor_choices(self) -> list[Choice]:
        state = self.state
        names = state.organisation_names
        cross = self._cross
        choices = []
        for mentor in sorted(state.mentors, key=lambda m: m.name.casefold()):
            used = state.places_used(mentor.participant_id)
            free = max(0, mentor.capacity - used)
            org = f" ({names.get(mentor.organisation_id or -1, '')})" if cross else ""
            places = "no place free" if free == 0 else plural(free, "place") + " free"
            choices.append(
                Choice(mentor.participant_id, f"{mentor.name}{org} — {places}", mentor.name)
            )
        return choices

    def proposal_rules(self, mentor_id: int, mentee_id: int) -> list[str]:
        """What the proposal on the page forbids for a hand-made pair (besides the hard rules)."""
        state = self.state
        mentor = state.mentor(mentor_id)
        mentee = next((m for m in state.mentees() if m.participant_id == mentee_id), None)
        if mentor is None or mentee is None:
            return []
        problems = []
        current = state.pair_of(mentee_id)
        if current is not None and current.mentor.participant_id == mentor_id:
            problems.append(f"{mentor.name} and {mentee.name} are already a pair of this proposal")
        if (mentor_id, mentee_id) in state.rejected:
            problems.append(
                f"you rejected the pair {mentor.name} and {mentee.name}; undo the rejection first"
            )
        used = state.places_used(mentor_id, except_mentee=mentee_id)
        if mentor.capacity > 0 and used >= mentor.capacity:
            problems.append(
                f"{mentor.name} has no place left in this proposal "
                f"({used} of {mentor.capacity} taken)"
            )
        return problems

    def pair_by_hand(
        self, *, mentee_id: int | None = None, mentor_id: int | None = None
    ) -> HandPairDialog | None:
        """Open the Pair by hand dialog (preset with a mentee and mentor, if given)."""
        if not self.state.ran or self._busy is not None or self.programme_id is None:
            return None
        if mentee_id is None:
            selected = self.selected_pairs()
            unmatched = self._selected_unmatched()
            if len(selected) == 1:
                mentee_id = selected[0].mentee.participant_id
            elif unmatched is not None:
                mentee_id = unmatched.mentee.participant_id
        db, programme_id = self.db, self.programme_id
        dialog = HandPairDialog(
            self._mentee_choices(),
            self._mentor_choices(),
            lambda mentor, mentee: matching.check_hand_pair(db, programme_id, mentor, mentee),
            self.pool,
            self,
            extra_rules=self.proposal_rules,
            mentee_id=mentee_id,
            mentor_id=mentor_id,
        )
        dialog.setObjectName("handPairDialog")
        dialog.accepted.connect(lambda: self._add_hand_pair(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.hand_dialog = dialog
        dialog.open()
        return dialog

    def _add_hand_pair(self, dialog: HandPairDialog) -> None:
        chosen, check = dialog.chosen(), dialog.check
        self.hand_dialog = None
        if chosen is None or check is None or not check.ok:
            return
        state = self.state
        mentor_id, mentee_id = chosen
        mentor = state.mentor(mentor_id)
        mentee = next((m for m in state.mentees() if m.participant_id == mentee_id), None)
        if mentor is None or mentee is None:
            return
        old = state.pair_of(mentee_id)
        if old is not None:
            state.pairs.remove(old)
            state.locked.discard(_pair_key(old))
            self._store_lock(_pair_key(old), False)
        state.unmatched = [u for u in state.unmatched if u.mentee.participant_id != mentee_id]
        new = ProposedPair(
            mentor=mentor, mentee=mentee, score=check.score, reasons=check.reasons, locked=True
        )
        state.pairs.append(new)
        state.locked.add(_pair_key(new))
        state.by_hand = True
        self._refresh(select=_pair_key(new))
        instead = f" instead of {old.mentor.name}" if old is not None else ""
        self._show_message(
            f"Paired by hand and locked: {mentor.name} mentors {mentee.name}{instead} "
            f"(score {check.score:.1f})."
        )

    # --- writing ------------------------------------------------------------------------

    def _proposal(self) -> list[matching.ProposalPair]:
        return [
            (p.mentor.participant_id, p.mentee.participant_id, p.score, list(p.reasons))
            for p in self.state.pairs
        ]

    def ask_confirm(self, count: int, participants: int, left: int) -> bool:
        """The question before confirming; True when the consultant agrees."""
        box = QMessageBox(self)
        box.setObjectName("confirmProposalBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Confirm the pairs")
        box.setText(f"Make {plural(count, 'pair')} confirmed pairings?")
        detail = (
            f"They start today, and their {participants} participants are set to matched. "
            "Other proposed pairings of this programme are removed."
        )
        if left:
            detail += f" {plural(left, 'mentee')} stay without a mentor."
        box.setInformativeText(detail)
        yes = box.addButton(f"Confirm {plural(count, 'pair')}", QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmProposalYes")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def confirm(self) -> None:
        """Ask, then write the proposal as confirmed pairings in the background."""
        state = self.state
        if not state.ran or not state.pairs or self._busy is not None:
            return
        people = {p.mentor.participant_id for p in state.pairs} | {
            p.mentee.participant_id for p in state.pairs
        }
        if not self.ask_confirm(len(state.pairs), len(people), len(state.unmatched)):
            return
        self._write(confirm=True)

    def save_proposal(self) -> None:
        """Store the proposal as proposed pairings (with its locks), to confirm later."""
        if not self.state.ran or not self.state.pairs or self._busy is not None:
            return
        self._write(confirm=False)

    def _write(self, *, confirm: bool) -> None:
        assert self.programme_id is not None
        db, programme_id = self.db, self.programme_id
        pairs = self._proposal()
        keys = {(m, e) for m, e, _s, _r in pairs}
        locked = sorted(self.state.locked & keys)

        def task(_control: workers.TaskControl) -> int:
            return matching.apply_proposal(db, programme_id, pairs, confirm=confirm, locked=locked)

        label = "Confirming the pairs…" if confirm else "Saving the proposal…"
        token = self._start("write", label)
        workers.start_task(
            self.pool,
            task,
            name="apply the proposal",
            on_done=lambda count: self._deliver(
                token, lambda n: self._written(programme_id, n, confirm, len(locked)), count
            ),
            on_failed=lambda exc: self._deliver(token, self._failed, exc),
        )

    def _written(self, programme_id: int, count: int, confirmed: bool, locked: int) -> None:
        if confirmed:
            self._sessions[programme_id] = MatchSession(rejected=dict(self.state.rejected))
            if programme_id == self.programme_id:
                self.load(programme_id)
            self._show_message(
                f"{plural(count, 'pairing')} confirmed. They are listed on the Pairings tab; "
                "mentees still without a mentor can be matched with Run matching."
            )
        else:
            self._show_message(
                f"{plural(count, 'pair')} saved as a proposal"
                + (f" ({locked} locked)" if locked else "")
                + ". Confirm them here or on the Pairings tab when everyone agrees."
            )
        self.pairingsChanged.emit(programme_id)


def _weight_text(value: float) -> str:
    return f"{value:g}"


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html.replace("<br>", " "))
