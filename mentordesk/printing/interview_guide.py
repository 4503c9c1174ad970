"""The interview guide: the consultant's paper for one kind of interview.

The programme's name, the kind's purpose in one paragraph, the programme's questions with
room to write under each, a notes box and a reminder that the conversation is
confidential. A blank paper: no interview data is ever printed on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from mentordesk.printing.base import (
    FONT,
    GRID,
    ZEBRA,
    BrandedDocument,
    Styles,
    gap,
    keep,
    p,
)
from mentordesk.printing.data import ProgrammeDoc, StandardText
from mentordesk.printing.form_marks import AnswerLines, TickBox
from mentordesk.printing.i18n import labels

NUMBER_WIDTH = 9 * mm
LINES_FOR = {"text": 4, "number": 1}
NOTES_HEIGHT = 55 * mm
OTHER_KIND_TEXT = "interview_guide_other"
CONFIDENTIAL_TEXT = "interview_guide_confidential"


@dataclass(frozen=True)
class GuideQuestion:
    text: str
    type: str  # text | scale10 | yesno | number


@dataclass(frozen=True)
class InterviewGuide:
    """The questions of one kind of interview, as the programme asks them."""

    kind: str
    title: str
    questions: tuple[GuideQuestion, ...]


def _grid(
    rows: list[list[object]],
    widths: list[float],
    *,
    commands: Sequence[tuple[object, ...]] = (),
    heights: list[float] | None = None,
) -> Table:
    """A borderless table with no padding; `commands` add to its style."""
    table = Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *commands,
            ]
        )
    )
    return table


def _fill_in_lines(language: str, d: BrandedDocument) -> Table:
    """Interviewee, interviewer and date, each on a line to write on."""
    t = labels(language)
    s = d.styles
    label_width = 32 * mm
    rows = [[p(t[key], s.label), ""] for key in ("interviewee", "interviewer", "date")]
    return _grid(
        rows,
        [label_width, d.frame_width - label_width],
        commands=[
            ("LINEBELOW", (1, 0), (1, -1), 0.6, GRID),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )


def _scale(language: str, d: BrandedDocument) -> Table:
    """Ten boxed numbers to circle, with what the ends mean beside them."""
    t = labels(language)
    s = d.styles
    cell = 9 * mm
    centred = ParagraphStyle("scale", parent=s.cell, alignment=TA_CENTER)
    scale = _grid(
        [[p(str(n), centred) for n in range(1, 11)]],
        [cell] * 10,
        commands=[
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    caption_width = d.frame_width - NUMBER_WIDTH - 10 * cell - 4 * mm
    return _grid(
        [[scale, p(t["guide_scale_ends"], s.muted)]],
        [10 * cell + 4 * mm, caption_width],
    )


def _yes_no(language: str, s: Styles) -> Table:
    t = labels(language)
    return _grid(
        [[TickBox(), p(t["yes"], s.body), TickBox(), p(t["no"], s.body)]],
        [7 * mm, 22 * mm, 7 * mm, 22 * mm],
    )


def _answer_space(question: GuideQuestion, language: str, d: BrandedDocument) -> Flowable:
    s = d.styles
    if question.type == "scale10":
        return _scale(language, d)
    if question.type == "yesno":
        return _yes_no(language, s)
    return AnswerLines(count=LINES_FOR.get(question.type, LINES_FOR["text"]))


def _question(n: int, question: GuideQuestion, language: str, d: BrandedDocument) -> Flowable:
    """The numbered question with its writing space under it, kept on one page."""
    s = d.styles
    width = d.frame_width - NUMBER_WIDTH
    block = _grid(
        [
            [p(f"{n}.", s.h2), p(question.text, s.h2)],
            ["", _answer_space(question, language, d)],
        ],
        [NUMBER_WIDTH, width],
        commands=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 1), (-1, 1), 3),
        ],
    )
    return keep(block, gap(5))


def _notes_box(language: str, d: BrandedDocument) -> Flowable:
    t = labels(language)
    s = d.styles
    return _grid(
        [[p(t["notes"], s.label)]],
        [d.frame_width],
        heights=[NOTES_HEIGHT],
        commands=[
            ("BOX", (0, 0), (-1, -1), 0.8, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
        ],
    )


def _reminder(text: StandardText | None, d: BrandedDocument) -> Flowable:
    s = d.styles
    if text is None:
        return gap(0)
    content: list[object] = [p(text.title, s.h2), *(p(para, s.small) for para in text.body)]
    return _grid(
        [[content]],
        [d.frame_width],
        commands=[
            ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, d.brand),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ],
    )


def render_interview_guide(doc: ProgrammeDoc, guide: InterviewGuide, *, paper: str = "a4") -> bytes:
    """The guide for one kind of interview, with the programme's questions."""
    t = labels(doc.language)
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=f"{t['interview_guide']}: {guide.title}",
    )
    s = d.styles
    purpose = doc.texts.get(f"interview_guide_{guide.kind}") or doc.texts.get(OTHER_KIND_TEXT)
    story: list[Flowable] = [
        p(guide.title, s.title),
        p(f"{t['interview_guide']} · {doc.name}", s.subtitle),
        _fill_in_lines(doc.language, d),
        gap(6),
    ]
    if purpose is not None:
        story += [p(para, s.body) for para in purpose.body]
    story += [keep(_reminder(doc.texts.get(CONFIDENTIAL_TEXT), d)), gap(6)]
    for n, question in enumerate(guide.questions, start=1):
        story.append(_question(n, question, doc.language, d))
    story += [keep(_notes_box(doc.language, d))]
    return d.build(story)
