"""Shared layout: embedded fonts, styles, the branded page and helpers for tables."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from importlib.resources import as_file, files
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mentordesk.printing.data import Branding, StandardText
from mentordesk.printing.i18n import labels

FONT = "MentorSans"
FONT_BOLD = "MentorSans-Bold"
FONT_ITALIC = "MentorSans-Oblique"
FONT_BOLD_ITALIC = "MentorSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

PAPERS = {"a4": A4, "letter": LETTER}
TEXT = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
GRID = colors.HexColor("#C8C8C8")
ZEBRA = colors.HexColor("#F4F5F7")

_registered = False


def register_fonts() -> None:
    """Register the embedded font family once; make it the canvas's base font too."""
    global _registered
    if _registered:
        return
    folder = files("mentordesk.resources") / "fonts"
    for name, filename in _FONT_FILES.items():
        with as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    rl_config.canvas_basefontname = FONT
    rl_config.defaultGraphicsFontName = FONT  # drawings (an SVG logo) start in it too
    _registered = True


def page_size(paper: str) -> tuple[float, float]:
    try:
        width, height = PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"Unknown paper size {paper!r}: use a4 or letter.") from None
    return float(width), float(height)


def brand_colour(branding: Branding) -> colors.Color:
    try:
        return colors.HexColor(branding.colour)
    except (ValueError, TypeError):
        return colors.HexColor("#1F4E79")


class Styles:
    """The paragraph styles of one document, in the brand colour."""

    def __init__(self, brand: colors.Color) -> None:
        register_fonts()
        self.brand = brand
        base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14.5, textColor=TEXT)
        self.body = ParagraphStyle("body2", parent=base, spaceAfter=6)
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=12)
        self.cell_head = ParagraphStyle(
            "cellhead", parent=self.cell, fontName=FONT_BOLD, textColor=colors.white
        )
        self.title = ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=22,
            leading=27,
            textColor=brand,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.subtitle = ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=12,
            leading=16,
            textColor=MUTED,
            spaceAfter=14,
            keepWithNext=1,
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            textColor=brand,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            textColor=TEXT,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.label = ParagraphStyle(
            "label",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=MUTED,
            keepWithNext=1,
        )
        self.right = ParagraphStyle("right", parent=self.small, alignment=TA_RIGHT)
        self.bullet = ParagraphStyle(
            "bullet",
            parent=self.body,
            leftIndent=14,
            bulletIndent=3,
            spaceAfter=3,
            bulletFontName=FONT,
            bulletColor=brand,
            bulletFontSize=9,
        )


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def bullets(items: Iterable[str], styles: Styles) -> list[Flowable]:
    """A bullet list: one paragraph per item, hanging under a brand-coloured bullet."""
    return [Paragraph(escape(item), styles.bullet, bulletText="•") for item in items]


def standard_text(
    text: StandardText | None, styles: Styles, *, heading: ParagraphStyle | None = None
) -> list[Flowable]:
    """A standard text: heading, paragraphs and bullet runs."""
    if text is None:
        return []
    out: list[Flowable] = [p(text.title, heading or styles.h1)]
    run: list[str] = []
    for para in text.body:
        if para.startswith("- "):
            run.append(para[2:])
            continue
        if run:
            out += bullets(run, styles)
            run = []
        out.append(p(para, styles.body))
    if run:
        out += bullets(run, styles)
    return out


def table(
    header: Sequence[str],
    rows: Iterable[Sequence[str | Flowable]],
    widths: Sequence[float],
    styles: Styles,
) -> Table:
    """A full-width table, text wrapped in paragraphs, header repeated on every page."""
    data: list[list[Any]] = [[p(h, styles.cell_head) for h in header]]
    for row in rows:
        data.append([c if isinstance(c, Flowable) else p(c, styles.cell) for c in row])
    t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), styles.brand),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    t.setStyle(TableStyle(commands))
    return t


def field_grid(pairs: Sequence[tuple[str, str]], width: float, styles: Styles) -> Table:
    """Label/value lines, two columns."""
    data = [[p(k, styles.label), p(v, styles.body)] for k, v in pairs]
    t = Table(data, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


class FitPage(Flowable):  # type: ignore[misc]
    """Content that must stay on one page: drawn as wrapped when it fits, else shrunk.

    Like KeepInFrame(mode="shrink"), but content that fits is wrapped once, not twice.
    """

    def __init__(self, content: list[Flowable], width: float, height: float) -> None:
        super().__init__()
        self.content = content
        self.max_width = width
        self.max_height = height
        self._placed: list[tuple[Flowable, float, float]] = []
        self._fallback: KeepInFrame | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = min(avail_width, self.max_width)
        limit = min(avail_height, self.max_height)
        placed: list[tuple[Flowable, float, float]] = []
        y = 0.0
        previous_after = 0.0
        for index, f in enumerate(self.content):
            _w, h = f.wrapOn(self.canv, width, 1e6)
            before = f.getSpaceBefore() if index else 0.0
            y += max(before, previous_after)
            placed.append((f, y, h))
            y += h
            previous_after = f.getSpaceAfter()
            if y > limit:
                self._fallback = KeepInFrame(width, limit, self.content, mode="shrink")
                fw, fh = self._fallback.wrapOn(self.canv, width, limit)
                return float(fw), float(fh)
        self._fallback = None
        self._placed = placed
        self.width, self.height = width, y
        return width, y

    def draw(self) -> None:
        if self._fallback is not None:
            self._fallback.drawOn(self.canv, 0, 0)
            return
        for f, top, h in self._placed:
            f.drawOn(self.canv, 0, self.height - top - h)


class Reused(Flowable):  # type: ignore[misc]
    """A flowable printed on many pages at one width: wrapped once, drawn on each page."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content
        self._size: tuple[float, float, float] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._size is None or self._size[0] != avail_width:
            w, h = self.content.wrapOn(self.canv, avail_width, avail_height)
            self._size = (avail_width, w, h)
        self.width, self.height = self._size[1], self._size[2]
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.content.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.content.getSpaceAfter())

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


RASTER_LOGOS = ("image/png", "image/jpeg", "image/jpg")
SVG_LOGO = "image/svg+xml"


def _logo_reader(branding: Branding) -> ImageReader | Drawing | None:
    """The organisation's logo, read once per document: an image, an SVG drawing, or None
    when there is none or it cannot be read (the organisation's name stands in)."""
    if not branding.logo:
        return None
    if branding.logo_mime == SVG_LOGO:
        return svg_drawing(branding.logo)
    if branding.logo_mime not in RASTER_LOGOS:
        return None
    try:
        return ImageReader(io.BytesIO(branding.logo))
    except Exception:  # a damaged logo must not stop the printing
        return None


@lru_cache(maxsize=8)
def svg_drawing(data: bytes) -> Drawing | None:
    """An SVG logo as a ReportLab drawing, its text in the embedded font family; None when
    it cannot be read. Cached: every material of a run brands its pages with the same logo.

    Parsed from memory, so the SVG can reach no file outside it (svglib refuses external
    references of a source that is not a path).
    """
    from svglib.svglib import svg2rlg

    register_fonts()
    try:
        drawing = svg2rlg(io.BytesIO(data))
    except Exception:  # a damaged logo must not stop the printing
        return None
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        return None
    _embed_fonts(drawing)
    return drawing


def _embed_fonts(node: Any) -> None:
    """Print an SVG's text in the embedded family: its own fonts are not in the PDF."""
    if isinstance(node, String):
        bold = "bold" in str(node.fontName).lower()
        node.fontName = FONT_BOLD if bold else FONT
    for child in getattr(node, "contents", ()):
        _embed_fonts(child)


def _draw_logo(
    c: rl_canvas.Canvas, logo: ImageReader | Drawing, x: float, y: float, height: float
) -> None:
    """The logo with its lower left corner at (x, y), `height` high, at most 45 mm wide."""
    if isinstance(logo, Drawing):
        scale = min(height / logo.height, 45 * mm / logo.width)
        c.saveState()
        c.translate(x, y)
        c.scale(scale, scale)
        renderPDF.draw(logo, c, 0, 0)
        c.restoreState()
        return
    iw, ih = logo.getSize()
    w = min(45 * mm, height * iw / max(ih, 1))
    c.drawImage(
        logo, x, y, width=w, height=height, mask="auto", preserveAspectRatio=True, anchor="sw"
    )


def _numbered_canvas(draw_footer: Callable[[rl_canvas.Canvas, int, int], None]) -> type:
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Keeps each page until the end, so the footer can say 'page N of M'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class BrandedDocument:
    """A platypus document with the branded header and the footer on every page."""

    def __init__(
        self,
        *,
        branding: Branding,
        programme_name: str,
        language: str,
        paper: str = "a4",
        title: str = "",
        header: bool = True,
        margins_mm: tuple[float, float, float, float] = (30, 22, 24, 22),
    ) -> None:
        register_fonts()
        self.branding = branding
        self.programme_name = programme_name
        self.language = language
        self.pagesize = page_size(paper)
        self.title = title
        self.header = header
        self.brand = brand_colour(branding)
        self.styles = Styles(self.brand)
        top, right, bottom, left = (m * mm for m in margins_mm)
        self.margins = (top, right, bottom, left)
        width, height = self.pagesize
        self.frame_width = width - left - right
        self.frame_height = height - top - bottom
        self._logo = _logo_reader(branding)

    def _draw_header(self, c: rl_canvas.Canvas, _doc: Any) -> None:
        if not self.header:
            return
        width, height = self.pagesize
        _top, right, _bottom, left = self.margins
        y = height - 14 * mm
        c.saveState()
        if self._logo is not None:
            _draw_logo(c, self._logo, left, y - 4 * mm, 10 * mm)
        else:
            c.setFont(FONT_BOLD, 10)
            c.setFillColor(self.brand)
            c.drawString(left, y, self.branding.organisation_name)
        c.setFont(FONT, 8.5)
        c.setFillColor(MUTED)
        c.drawRightString(width - right, y, self.programme_name)
        c.setStrokeColor(self.brand)
        c.setLineWidth(1.2)
        c.line(left, y - 6 * mm, width - right, y - 6 * mm)
        c.restoreState()

    def _draw_footer(self, c: rl_canvas.Canvas, number: int, total: int) -> None:
        width, _height = self.pagesize
        _top, right, _bottom, left = self.margins
        y = 12 * mm
        c.saveState()
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.line(left, y + 4 * mm, width - right, y + 4 * mm)
        c.setFont(FONT, 7.5)
        c.setFillColor(MUTED)
        contact = " · ".join(
            x for x in (self.branding.consultancy, self.branding.consultancy_contact) if x
        )
        c.drawString(left, y, contact)
        c.drawRightString(
            width - right, y, labels(self.language)["page_of"].format(n=number, m=total)
        )
        c.restoreState()

    def build(
        self,
        story: list[Flowable],
        *,
        templates: list[PageTemplate] | None = None,
    ) -> bytes:
        buffer = io.BytesIO()
        top, right, bottom, left = self.margins
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=f"{self.title} – {self.programme_name}" if self.title else self.programme_name,
            author=self.branding.consultancy,
            creator="MentorDesk",
            invariant=1,
        )
        frame = Frame(
            left,
            bottom,
            self.frame_width,
            self.frame_height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(
            templates or [PageTemplate(id="page", frames=[frame], onPage=self._draw_header)]
        )
        doc.build(story, canvasmaker=_numbered_canvas(self._draw_footer))
        return buffer.getvalue()
