"""Name badges: 2 x 4 labels of 90 x 55 mm per page, with cut marks."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate

from mentordesk.printing.base import FONT, FONT_BOLD, MUTED, TEXT, BrandedDocument
from mentordesk.printing.data import PersonCard, ProgrammeDoc
from mentordesk.printing.i18n import labels

BADGE_W = 90 * mm
BADGE_H = 55 * mm
COLUMNS = 2
ROWS = 4


def _fit(text: str, font: str, size: float, width: float, smallest: float = 7) -> float:
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _clip(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class Badge(Flowable):  # type: ignore[misc]
    """One name badge, drawn to the exact label size."""

    def __init__(self, card: PersonCard, role_label: str, header: str, brand: colors.Color):
        super().__init__()
        self.card = card
        self.role_label = role_label
        self.header = header
        self.brand = brand
        self.width = BADGE_W
        self.height = BADGE_H

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        pad = 6 * mm
        inner = self.width - 2 * pad
        band = 9 * mm
        c.saveState()
        c.setFillColor(self.brand)
        c.rect(0, self.height - band, self.width, band, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FONT_BOLD, 8)
        c.drawString(pad, self.height - band + 3.2 * mm, _clip(self.header, FONT_BOLD, 8, inner))
        name = self.card.name
        size = _fit(name, FONT_BOLD, 20, inner, smallest=11)
        c.setFillColor(TEXT)
        c.setFont(FONT_BOLD, size)
        y = self.height - band - 6 * mm - size * 0.8
        c.drawString(pad, y, _clip(name, FONT_BOLD, size, inner))
        c.setFont(FONT, 9.5)
        y -= 6.5 * mm
        if self.card.job_title:
            c.drawString(pad, y, _clip(self.card.job_title, FONT, 9.5, inner))
            y -= 4.6 * mm
        c.setFillColor(MUTED)
        if self.card.organisation:
            c.drawString(pad, y, _clip(self.card.organisation, FONT, 9.5, inner))
        c.setFillColor(self.brand)
        c.setFont(FONT_BOLD, 9)
        c.drawString(pad, 5 * mm, self.role_label.upper())
        c.setLineWidth(1.5)
        c.setStrokeColor(self.brand)
        c.line(pad, 9.5 * mm, pad + 12 * mm, 9.5 * mm)
        c.restoreState()


def render_badges(
    doc: ProgrammeDoc, *, paper: str = "a4", consultant: PersonCard | None = None
) -> bytes:
    t = labels(doc.language)
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=t["badges"],
    )
    width, height = d.pagesize
    left = (width - COLUMNS * BADGE_W) / 2
    bottom = (height - ROWS * BADGE_H) / 2
    frames = [
        Frame(
            left + col * BADGE_W,
            bottom + (ROWS - 1 - row) * BADGE_H,
            BADGE_W,
            BADGE_H,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"badge{row}{col}",
        )
        for row in range(ROWS)
        for col in range(COLUMNS)
    ]

    def on_page(c: Canvas, document: object) -> None:
        d._draw_header(c, document)
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.3)
        gap, tick = 2 * mm, 5 * mm
        right, top = left + COLUMNS * BADGE_W, bottom + ROWS * BADGE_H
        for col in range(COLUMNS + 1):
            x = left + col * BADGE_W
            c.line(x, top + gap, x, top + gap + tick)
            c.line(x, bottom - gap, x, bottom - gap - tick)
        for row in range(ROWS + 1):
            y = bottom + row * BADGE_H
            c.line(left - gap, y, left - gap - tick, y)
            c.line(right + gap, y, right + gap + tick, y)
        # faint guides where labels meet, for cutting with a ruler
        c.setStrokeColor(colors.HexColor("#E3E3E3"))
        c.setDash(1, 2)
        c.rect(left, bottom, COLUMNS * BADGE_W, ROWS * BADGE_H)
        c.restoreState()

    header = doc.name
    cards = list(doc.participants)
    if consultant is None:
        name, _, org = doc.consultant.partition(",")
        first, _, last = name.strip().partition(" ")
        consultant = PersonCard(
            participant_id=0,
            first_name=first,
            last_name=last,
            role="consultant",
            organisation=org.strip() or doc.branding.consultancy,
        )
    cards.append(consultant)
    story: list[Flowable] = [
        Badge(card, t.get(card.role, card.role), header, d.brand) for card in cards
    ]
    return d.build(story, templates=[PageTemplate(id="badges", frames=frames, onPage=on_page)])
