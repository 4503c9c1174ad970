"""Small charts of evaluation results, painted with QPainter.

`DistributionChart`: one horizontal stacked bar per question, the share of each answer
1..5 in a colour from disagreement (red) to agreement (green). `MeanChart`: horizontal bars
of means on a fixed scale, one bar per series (e.g. everyone, or mentors and mentees side
by side). Either chart shows a message instead of bars when its group is hidden, and a row
may be hidden on its own. Every chart describes its figures in its accessible description,
so a screen reader (and a test) can read what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

LIKERT_COLOURS = ("#C0392B", "#E59866", "#D5D8DC", "#7FB3D5", "#1F618D")
LIKERT_LABELS = ("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree")
SERIES_COLOURS = ("#1F4E79", "#D68910", "#148F77")
TEXT_COLOUR = QColor("#1B2631")
QUIET_COLOUR = QColor("#6B7580")
GRID_COLOUR = QColor("#D5DBE1")
ROW_HEIGHT = 26
LABEL_WIDTH = 420
MARGIN = 8
LEGEND_HEIGHT = 24


@dataclass(frozen=True)
class ChartRow:
    label: str
    # DistributionChart: counts of the answers 1..n. MeanChart: one mean per series.
    values: list[float | None] = field(default_factory=list)
    hidden_message: str = ""  # shown instead of the bar when not empty


class _Chart(QWidget):
    """What both charts share: rows, a hidden-group message, sizing and the legend."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._rows: list[ChartRow] = []
        self._message = ""
        self._legend: list[tuple[str, str]] = []

    def set_rows(self, rows: list[ChartRow]) -> None:
        self._rows = list(rows)
        self._message = ""
        self._changed()

    def show_message(self, message: str) -> None:
        """No bars: only this message (e.g. the group is too small to be shown)."""
        self._rows = []
        self._message = message
        self._changed()

    def message(self) -> str:
        return self._message

    def rows(self) -> list[ChartRow]:
        return list(self._rows)

    def _changed(self) -> None:
        self.setAccessibleDescription(self.describe())
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        raise NotImplementedError

    def sizeHint(self) -> QSize:
        if self._message or not self._rows:
            return QSize(600, 44)
        legend = LEGEND_HEIGHT if self._legend else 0
        return QSize(600, 2 * MARGIN + legend + self._row_height() * len(self._rows) + 18)

    def _label_width(self) -> int:
        return min(LABEL_WIDTH, max(160, self.width() * 2 // 5))

    def _row_height(self) -> int:
        return ROW_HEIGHT

    def row_at(self, y: float) -> ChartRow | None:
        """The row drawn at height `y`, if any."""
        if self._message or not self._rows:
            return None
        top = MARGIN + (LEGEND_HEIGHT if self._legend else 0)
        index = int((y - top) // self._row_height())
        return self._rows[index] if 0 <= index < len(self._rows) and y >= top else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._row_text(row), self)
            return True
        return super().event(event)

    def _row_text(self, row: ChartRow) -> str:
        """One row's full label and figures, as the accessible description gives them."""
        lines = self.describe().splitlines()
        index = self._rows.index(row)
        return lines[index] if index < len(lines) else row.label

    def _paint_message(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(QUIET_COLOUR)
        painter.drawText(
            self.rect().adjusted(MARGIN, 0, -MARGIN, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self._message or "No responses yet.",
        )

    def _paint_label(self, painter: QPainter, row: ChartRow, top: float, height: int) -> None:
        width = self._label_width() - 2 * MARGIN
        metrics = QFontMetrics(painter.font())
        text = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, width)
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(MARGIN, top, width, height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            text,
        )

    def _paint_hidden_row(self, painter: QPainter, row: ChartRow, bar: QRectF) -> None:
        font = QFont(self.font())
        font.setItalic(True)
        painter.save()
        painter.setFont(font)
        painter.setPen(QUIET_COLOUR)
        painter.drawText(bar, Qt.AlignmentFlag.AlignVCenter, row.hidden_message)
        painter.restore()

    def _paint_legend(self, painter: QPainter) -> None:
        x = float(self._label_width())
        metrics = QFontMetrics(painter.font())
        for colour, text in self._legend:
            painter.fillRect(QRectF(x, MARGIN + 6, 12, 12), QColor(colour))
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(x + 16, MARGIN, 400, 24), Qt.AlignmentFlag.AlignVCenter, text)
            x += 16 + metrics.horizontalAdvance(text) + 18

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._message or not self._rows:
            self._paint_message(painter)
            return
        self._paint_legend(painter)
        left = self._label_width()
        right = self.width() - MARGIN - 44
        top = MARGIN + (LEGEND_HEIGHT if self._legend else 0)
        self._paint_grid(painter, left, right, top)
        height = self._row_height()
        for n, row in enumerate(self._rows):
            row_top = top + n * height
            self._paint_label(painter, row, row_top, height)
            bar = QRectF(left, row_top + 4, right - left, height - 8)
            if row.hidden_message:
                self._paint_hidden_row(painter, row, bar)
            else:
                self._paint_bar(painter, row, bar)

    def _paint_grid(self, painter: QPainter, left: int, right: int, top: int) -> None:
        """Nothing by default."""

    def _paint_bar(self, painter: QPainter, row: ChartRow, bar: QRectF) -> None:
        raise NotImplementedError


class DistributionChart(_Chart):
    """Stacked bars of how many answered 1, 2, ... per question, as shares of 100%."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(name, accessible, parent)
        self._legend = list(zip(LIKERT_COLOURS, LIKERT_LABELS, strict=True))

    def describe(self) -> str:
        if self._message:
            return self._message
        lines = []
        for row in self._rows:
            if row.hidden_message:
                lines.append(f"{row.label}: {row.hidden_message}")
            else:
                counts = ", ".join(f"{n + 1}: {int(v or 0)}" for n, v in enumerate(row.values))
                lines.append(f"{row.label}: {counts}")
        return "\n".join(lines)

    def _paint_bar(self, painter: QPainter, row: ChartRow, bar: QRectF) -> None:
        total = sum(v or 0 for v in row.values)
        if not total:
            return
        x = bar.left()
        for n, value in enumerate(row.values):
            width = bar.width() * (value or 0) / total
            if width <= 0:
                continue
            segment = QRectF(x, bar.top(), width, bar.height())
            colour = QColor(LIKERT_COLOURS[n % len(LIKERT_COLOURS)])
            painter.fillRect(segment, colour)
            share = round(100 * (value or 0) / total)
            if width > 30:
                painter.setPen(QColor("white") if n in (0, 4) else TEXT_COLOUR)
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, f"{share}%")
            x += width
        painter.setPen(QUIET_COLOUR)
        painter.drawText(
            QRectF(bar.right() + 6, bar.top(), 44, bar.height()),
            Qt.AlignmentFlag.AlignVCenter,
            f"n={int(total)}",
        )


class MeanChart(_Chart):
    """Bars of means on the scale 1..`top`; several series stacked within a row."""

    def __init__(
        self,
        name: str,
        accessible: str,
        *,
        top: int = 5,
        series: tuple[str, ...] = ("Mean",),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, accessible, parent)
        self.top = top
        self.set_series(series)

    def set_series(self, series: tuple[str, ...]) -> None:
        self.series = series
        self._legend = list(zip(SERIES_COLOURS, series, strict=False)) if len(series) > 1 else []
        self._changed()

    def describe(self) -> str:
        if self._message:
            return self._message
        lines = []
        for row in self._rows:
            if row.hidden_message:
                lines.append(f"{row.label}: {row.hidden_message}")
                continue
            values = [
                f"{name} {'–' if v is None else f'{v:.1f}'}"
                for name, v in zip(self.series, row.values, strict=False)
            ]
            lines.append(f"{row.label}: {', '.join(values)}")
        return "\n".join(lines)

    def _paint_grid(self, painter: QPainter, left: int, right: int, top: int) -> None:
        bottom = top + self._row_height() * len(self._rows)
        painter.setPen(QPen(GRID_COLOUR, 1))
        for value in range(1, self.top + 1):
            x = left + (right - left) * (value - 1) / (self.top - 1)
            painter.drawLine(int(x), top, int(x), bottom)
            painter.setPen(QUIET_COLOUR)
            painter.drawText(
                QRectF(x - 15, bottom, 30, 16), Qt.AlignmentFlag.AlignCenter, str(value)
            )
            painter.setPen(QPen(GRID_COLOUR, 1))

    def _row_height(self) -> int:
        return ROW_HEIGHT + 14 * (len(self.series) - 1)

    def _paint_bar(self, painter: QPainter, row: ChartRow, bar: QRectF) -> None:
        values = row.values or [None]
        height = bar.height() / len(values)
        for n, value in enumerate(values):
            if value is None:
                continue
            share = (value - 1) / (self.top - 1)
            rect = QRectF(bar.left(), bar.top() + n * height, bar.width() * share, height - 1)
            painter.fillRect(rect, QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)]))
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(rect.right() + 4, rect.top(), 40, rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                f"{value:.1f}",
            )
