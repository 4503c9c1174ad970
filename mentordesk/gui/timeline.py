"""The programme timeline: the span as a bar, month by month, with a marker per milestone."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mentordesk.gui.table_models import format_date
from mentordesk.services.design import MilestoneData

MILESTONE_KINDS: dict[str, str] = {
    "kickoff": "Kick-off workshop",
    "network": "Network meeting",
    "midterm": "Mid-term review",
    "closing": "Closing meeting",
    "other": "Other",
}

# Each kind has its own colour and shape, so the kinds stay apart without colour too.
KIND_STYLES: dict[str, tuple[str, str]] = {
    "kickoff": ("#2E7D32", "circle"),
    "network": ("#1565C0", "diamond"),
    "midterm": ("#D46A00", "square"),
    "closing": ("#7B1FA2", "triangle"),
    "other": ("#546E7A", "ring"),
}

TODAY_COLOUR = "#C62828"
ACCENT = "#1F4E79"  # the app's accent colour (resources/style.qss)
NEAR_DAYS = 45  # today is drawn when it lies this close to the span
MARKER = 15  # odd, so that a marker centres on its day
MARGIN = 16
LANE_GAP = 6
LABEL_GAP = 10
LANES = (-1, 1, -2, 2)  # nearest lanes first; negative lanes are above the bar
EMPTY_TEXT = "No dates yet. Set the programme's start and end dates to see its timeline."


def time_span(m: MilestoneData) -> str:
    if m.start_time and m.end_time:
        return f"{m.start_time:%H:%M}–{m.end_time:%H:%M}"
    if m.start_time:
        return f"{m.start_time:%H:%M}"
    return ""


def milestone_tooltip(m: MilestoneData) -> str:
    lines = [f"<b>{_escape(m.title)}</b>", MILESTONE_KINDS.get(m.kind, m.kind)]
    when = f"{m.date:%a} {format_date(m.date)}"
    if time_span(m):
        when += f", {time_span(m)}"
    lines.append(when)
    if m.place:
        lines.append(_escape(m.place))
    return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class _Placed:
    key: int
    milestone: MilestoneData
    x: int
    marker: QRect
    label: QRect
    lane: int
    title: str
    when: str


@dataclass(frozen=True)
class _Layout:
    width: int
    height: int
    first: date
    last: date
    bar: QRect
    placed: tuple[_Placed, ...]
    lane_top: dict[int, int]
    axis_y: int
    legend_y: int
    today_x: int | None
    today_y: int
    content_height: int


class TimelineWidget(QWidget):
    """A custom-painted timeline of a programme.

    `set_data` gives the span, the milestones and today's date. Markers differ in shape
    and colour by kind; their labels are staggered above and below the bar so that they
    never overlap; a red line marks today when it lies within or near the span.
    """

    milestoneActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.objectName() or "timeline")
        self.setAccessibleName("Programme timeline")
        self.setMouseTracking(True)
        self.setMinimumHeight(140)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._start: date | None = None
        self._end: date | None = None
        self._milestones: list[MilestoneData] = []
        self._today = date.today()
        self._cache: _Layout | None = None

    # --- data -------------------------------------------------------------------------

    def set_data(
        self,
        start: date | None,
        end: date | None,
        milestones: list[MilestoneData],
        today: date | None = None,
    ) -> None:
        self._start, self._end = start, end
        self._milestones = sorted(milestones, key=lambda m: (m.date, m.start_time or 0, m.title))
        self._today = today or date.today()
        self._cache = None
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def milestones(self) -> list[MilestoneData]:
        return list(self._milestones)

    def is_empty(self) -> bool:
        return self._start is None or self._end is None or self._end < self._start

    def empty_text(self) -> str:
        if self._start is not None and self._end is not None and self._end < self._start:
            return "The end date is before the start date."
        return EMPTY_TEXT

    def _describe(self) -> str:
        if self.is_empty():
            return self.empty_text()
        parts = [f"From {format_date(self._start)} to {format_date(self._end)}."]
        parts += [f"{m.title}, {format_date(m.date)}." for m in self._milestones]
        return " ".join(parts)

    # --- geometry, for painting, hit tests and tests ----------------------------------

    def marker_rects(self) -> dict[int, QRect]:
        """The marker of each milestone by its ID (a milestone without an ID: -1, -2, …)."""
        layout = self._layout()
        return {} if layout is None else {p.key: QRect(p.marker) for p in layout.placed}

    def label_rects(self) -> dict[int, QRect]:
        layout = self._layout()
        return {} if layout is None else {p.key: QRect(p.label) for p in layout.placed}

    def bar_rect(self) -> QRect | None:
        layout = self._layout()
        return None if layout is None else QRect(layout.bar)

    def today_x(self) -> int | None:
        layout = self._layout()
        return None if layout is None else layout.today_x

    def milestone_at(self, pos: QPoint) -> MilestoneData | None:
        layout = self._layout()
        if layout is None:
            return None
        for placed in layout.placed:
            if placed.marker.adjusted(-4, -4, 4, 4).contains(pos) or placed.label.contains(pos):
                return placed.milestone
        return None

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        size = base.pointSizeF()
        if size > 0:
            small.setPointSizeF(max(7.0, size * 0.88))
        return base, title, small

    def _axis(self) -> tuple[date, date, date | None]:
        assert self._start is not None and self._end is not None
        first, last = self._start, self._end
        for m in self._milestones:
            first, last = min(first, m.date), max(last, m.date)
        today: date | None = self._today
        if today is not None and (
            first - timedelta(days=NEAR_DAYS) <= today <= last + timedelta(days=NEAR_DAYS)
        ):
            first, last = min(first, today), max(last, today)
        else:
            today = None
        if last <= first:
            last = first + timedelta(days=1)
        return first, last, today

    def _layout(self, width: int | None = None) -> _Layout | None:
        if self.is_empty():
            return None
        width = self.width() if width is None else width
        if width <= 0:
            width = self.sizeHint().width()
        height = self.height() if width == self.width() else 0
        cached = self._cache
        if cached is not None and (cached.width, cached.height) == (width, height):
            return cached
        _base, title_font, small_font = self._fonts()
        title_fm, small_fm = QFontMetrics(title_font), QFontMetrics(small_font)
        first, last, today = self._axis()
        left, right = MARGIN + 8, width - MARGIN - 8
        days = (last - first).days

        def x_of(day: date) -> int:
            return round(left + (right - left) * (day - first).days / days)

        label_h = title_fm.height() + small_fm.height()
        lane_ends: dict[int, int] = {lane: -(10**6) for lane in LANES}
        provisional: list[tuple[int, MilestoneData, int, int, int, int, str, str]] = []
        for index, m in enumerate(self._milestones):
            x = x_of(m.date)
            when = format_date(m.date)
            if time_span(m):
                when += f", {time_span(m)}"
            title = m.title
            w = max(title_fm.horizontalAdvance(title), small_fm.horizontalAdvance(when)) + 6
            max_w = max(80, (right - left) // 2)
            if w > max_w:
                title = title_fm.elidedText(title, Qt.TextElideMode.ElideRight, max_w - 6)
                w = max_w
            lane, lx = self._place(x, w, width, lane_ends)
            lane_ends[lane] = lx + w
            key = m.id if m.id is not None else -(index + 1)
            provisional.append((key, m, x, lane, lx, w, title, when))
        above = max((-p[3] for p in provisional if p[3] < 0), default=0)
        below = max((p[3] for p in provisional if p[3] > 0), default=0)
        above = max(above, 1)
        legend_h = small_fm.height() + 8 if self._milestones else 0
        axis_h = small_fm.height() + 6
        today_h = small_fm.height() + 6 if today is not None else 0
        content = (
            8
            + today_h
            + above * (label_h + LANE_GAP)
            + LABEL_GAP
            + MARKER
            + LABEL_GAP
            + below * (label_h + LANE_GAP)
            + axis_h
            + legend_h
            + 6
        )
        height = height if height > 0 else content
        top = max(0, (height - content) // 2)
        lane_top: dict[int, int] = {}
        today_y = top + 6
        y = top + 8 + today_h
        for lane in range(-above, 0):
            lane_top[lane] = y
            y += label_h + LANE_GAP
        bar_mid = y + LABEL_GAP + MARKER // 2
        y = bar_mid + MARKER // 2 + LABEL_GAP
        for lane in range(1, below + 1):
            lane_top[lane] = y
            y += label_h + LANE_GAP
        axis_y = y
        legend_y = axis_y + axis_h + 2
        bar = QRect(x_of(self._start), bar_mid - 4, max(2, x_of(self._end) - x_of(self._start)), 8)
        placed = tuple(
            _Placed(
                key=key,
                milestone=m,
                x=x,
                marker=QRect(x - MARKER // 2, bar_mid - MARKER // 2, MARKER, MARKER),
                label=QRect(lx, lane_top[lane], w, label_h),
                lane=lane,
                title=title,
                when=when,
            )
            for key, m, x, lane, lx, w, title, when in provisional
        )
        layout = _Layout(
            width=width,
            height=height,
            first=first,
            last=last,
            bar=bar,
            placed=placed,
            lane_top=lane_top,
            axis_y=axis_y,
            legend_y=legend_y,
            today_x=x_of(today) if today is not None else None,
            today_y=today_y,
            content_height=content,
        )
        if width == self.width():
            self._cache = replace(layout, height=self.height())
        return layout

    @staticmethod
    def _place(x: int, w: int, width: int, lane_ends: dict[int, int]) -> tuple[int, int]:
        """The first lane where a label of width `w` about `x` fits; its left edge."""
        lo, hi = 8, max(8, width - 8 - w)
        centred = min(max(x - w // 2, lo), hi)
        for lane in LANES:
            free = lane_ends[lane] + 12
            if centred >= free:
                return lane, centred
            # Slide right while the label still sits over its marker.
            if free <= x - 4 and free <= hi:
                return lane, free
        lane = min(LANES, key=lambda lane: lane_ends[lane])
        return lane, max(centred, min(lane_ends[lane] + 12, hi))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.is_empty():
            return self.minimumHeight()
        layout = self._layout(width)
        return max(self.minimumHeight(), layout.content_height if layout else 0)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 600)
        return QSize(600, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 140)

    def resizeEvent(self, event: object) -> None:
        self._cache = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    # --- interaction --------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.milestone_at(event.pos())
            if found is not None:
                QToolTip.showText(event.globalPos(), milestone_tooltip(found), self)
                return True
            layout = self._layout()
            if layout is not None and layout.bar.adjusted(0, -6, 0, 6).contains(event.pos()):
                QToolTip.showText(event.globalPos(), self._span_text(), self)
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def _span_text(self) -> str:
        assert self._start is not None and self._end is not None
        months = round((self._end - self._start).days / 30.44)
        return (
            f"The programme runs from {format_date(self._start)} to {format_date(self._end)}"
            f" ({months} months)"
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.milestone_at(event.position().toPoint())
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if hit is not None else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.milestone_at(event.position().toPoint())
        if hit is not None and hit.id is not None:
            self.milestoneActivated.emit(hit.id)
            return
        super().mouseDoubleClickEvent(event)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(frame, 6, 6)
        layout = self._layout()
        base_font, title_font, small_font = self._fonts()
        muted = QColor(palette.text().color())
        muted.setAlphaF(0.62)
        if layout is None:
            painter.setFont(base_font)
            painter.setPen(muted)
            painter.drawText(
                self.rect().adjusted(MARGIN, 0, -MARGIN, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text(),
            )
            painter.end()
            return
        self._paint_months(painter, layout, small_font, muted)
        self._paint_bar(painter, layout)
        if layout.today_x is not None:
            self._paint_today(painter, layout, small_font)
        for placed in layout.placed:
            self._paint_milestone(painter, placed, title_font, small_font, muted)
        self._paint_legend(painter, layout, small_font, muted)
        painter.end()

    def _paint_months(self, painter: QPainter, layout: _Layout, font: QFont, muted: QColor) -> None:
        fm = QFontMetrics(font)
        days = (layout.last - layout.first).days
        left, right = MARGIN + 8, layout.width - MARGIN - 8

        def x_of(day: date) -> float:
            return left + (right - left) * (day - layout.first).days / days

        months: list[date] = []
        month = date(layout.first.year, layout.first.month, 1)
        if month < layout.first:
            month = _next_month(month)
        while month <= layout.last:
            months.append(month)
            month = _next_month(month)
        label_w = fm.horizontalAdvance("Mmm 0000") + 10
        per_month = (right - left) / max(1.0, days / 30.44)
        step = 1
        while per_month * step < label_w and step < 12:
            step = {1: 2, 2: 3, 3: 6, 6: 12}[step]
        top = min(layout.lane_top.values(), default=layout.bar.top() - 20)
        grid = QColor(self.palette().mid().color())
        grid.setAlphaF(0.45)
        painter.setFont(font)
        last_right = -(10**6)
        for index, month in enumerate(months):
            x = round(x_of(month))
            labelled = (month.month - 1) % step == 0
            painter.setPen(
                QPen(grid, 1, Qt.PenStyle.SolidLine if labelled else Qt.PenStyle.DotLine)
            )
            painter.drawLine(x, top, x, layout.axis_y)
            if not labelled:
                continue
            text = f"{month:%b}" if month.month != 1 and index != 0 else f"{month:%b %Y}"
            w = fm.horizontalAdvance(text)
            lx = min(max(x - w // 2, 2), layout.width - 2 - w)
            if lx <= last_right + 6:
                continue
            painter.setPen(muted)
            painter.drawText(QPoint(lx, layout.axis_y + fm.ascent() + 3), text)
            last_right = lx + w

    def _paint_bar(self, painter: QPainter, layout: _Layout) -> None:
        accent = QColor(ACCENT)
        track = QColor(accent)
        track.setAlphaF(0.18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(layout.bar), 4, 4)
        if layout.today_x is not None and layout.today_x > layout.bar.left():
            done = QRect(layout.bar)
            done.setRight(min(layout.today_x, layout.bar.right()))
            elapsed = QColor(accent)
            elapsed.setAlphaF(0.75)
            painter.setBrush(elapsed)
            painter.drawRoundedRect(QRectF(done), 4, 4)

    def _paint_today(self, painter: QPainter, layout: _Layout, font: QFont) -> None:
        assert layout.today_x is not None
        colour = QColor(TODAY_COLOUR)
        pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setFont(font)
        fm = QFontMetrics(font)
        text = "Today"
        w = fm.horizontalAdvance(text) + 10
        box = QRect(layout.today_x - w // 2, layout.today_y, w, fm.height() + 2)
        painter.drawLine(layout.today_x, box.bottom(), layout.today_x, layout.axis_y)
        box.moveLeft(min(max(box.left(), 2), layout.width - 2 - w))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(box), 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_milestone(
        self,
        painter: QPainter,
        placed: _Placed,
        title_font: QFont,
        small_font: QFont,
        muted: QColor,
    ) -> None:
        colour = QColor(KIND_STYLES.get(placed.milestone.kind, KIND_STYLES["other"])[0])
        stem = QColor(colour)
        stem.setAlphaF(0.55)
        painter.setPen(QPen(stem, 1))
        if placed.lane < 0:
            painter.drawLine(placed.x, placed.label.bottom() + 2, placed.x, placed.marker.top())
        else:
            painter.drawLine(placed.x, placed.marker.bottom(), placed.x, placed.label.top() - 2)
        paint_marker(
            painter, placed.milestone.kind, QRectF(placed.marker), self.palette().base().color()
        )
        painter.fillRect(placed.label, self.palette().base())
        title_fm = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(self.palette().text().color())
        painter.drawText(
            QPoint(placed.label.left() + 3, placed.label.top() + title_fm.ascent()), placed.title
        )
        painter.setFont(small_font)
        painter.setPen(muted)
        painter.drawText(
            QPoint(
                placed.label.left() + 3,
                placed.label.top() + title_fm.height() + QFontMetrics(small_font).ascent(),
            ),
            placed.when,
        )

    def _paint_legend(self, painter: QPainter, layout: _Layout, font: QFont, muted: QColor) -> None:
        kinds = [k for k in MILESTONE_KINDS if any(m.kind == k for m in self._milestones)]
        if not kinds:
            return
        fm = QFontMetrics(font)
        painter.setFont(font)
        x = MARGIN
        y = layout.legend_y
        size = 10
        for kind in kinds:
            paint_marker(
                painter,
                kind,
                QRectF(x, y + (fm.height() - size) / 2, size, size),
                self.palette().base().color(),
            )
            painter.setPen(muted)
            name = MILESTONE_KINDS[kind]
            painter.drawText(QPoint(x + size + 5, y + fm.ascent()), name)
            x += size + 5 + fm.horizontalAdvance(name) + 16


def paint_marker(painter: QPainter, kind: str, rect: QRectF, outline: QColor) -> None:
    """Draw the marker of a milestone kind in `rect`."""
    colour_name, shape = KIND_STYLES.get(kind, KIND_STYLES["other"])
    colour = QColor(colour_name)
    painter.save()
    painter.setPen(QPen(outline, 1.5))
    painter.setBrush(colour)
    c = rect.center()
    r = rect.width() / 2
    if shape == "circle":
        painter.drawEllipse(rect)
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - r),
                    QPointF(c.x() + r, c.y()),
                    QPointF(c.x(), c.y() + r),
                    QPointF(c.x() - r, c.y()),
                ]
            )
        )
    elif shape == "square":
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 2, 2)
    elif shape == "triangle":
        path = QPainterPath()
        path.moveTo(c.x(), rect.top())
        path.lineTo(rect.right(), rect.bottom() - 1)
        path.lineTo(rect.left(), rect.bottom() - 1)
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.setPen(QPen(colour, 2.5))
        painter.setBrush(outline)
        painter.drawEllipse(rect.adjusted(1.5, 1.5, -1.5, -1.5))
    painter.restore()


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
