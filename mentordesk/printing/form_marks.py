"""The marks of a paper to fill in by hand: tick boxes and ruled answer lines."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from mentordesk.printing.base import GRID

BOX = 4.2 * mm
ANSWER_LINES = 4


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick, centred in its cell."""

    def __init__(self, size: float = BOX) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor("#444444"))
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class AnswerLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write an open answer on."""

    def __init__(self, count: int = ANSWER_LINES, spacing: float = 8 * mm) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(GRID)
        self.canv.setLineWidth(0.6)
        for n in range(self.count):
            y = self.height - (n + 1) * self.spacing
            self.canv.line(0, y, self.width, y)
