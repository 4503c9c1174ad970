"""The blank evaluation form: a programme's mid-term or final survey on paper.

Laid out for typing the answers back in quickly: questions numbered in the order of the
entry screen, Likert statements in one grid of tick boxes under the scale's labels,
ratings 1-10 as a row of numbered boxes, open questions with lines. Anonymous: a role tick
box, no name field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from mentordesk.printing.base import (
    FONT,
    FONT_BOLD,
    GRID,
    ZEBRA,
    BrandedDocument,
    Styles,
    gap,
    keep,
    p,
)
from mentordesk.printing.data import ProgrammeDoc
from mentordesk.printing.form_marks import AnswerLines, TickBox
from mentordesk.printing.i18n import labels

LIKERT = "likert5"
SCALE10 = "scale10"
NUMBER_WIDTH = 11 * mm


@dataclass(frozen=True)
class SurveyQuestion:
    key: str
    text: str
    type: str  # likert5 | scale10 | text
    theme: str = ""


@dataclass(frozen=True)
class Questionnaire:
    """The survey to print: its kind (midterm or final), title and questions in order."""

    kind: str
    title: str
    questions: tuple[SurveyQuestion, ...]


def _centred(styles: Styles) -> ParagraphStyle:
    return ParagraphStyle("centred", parent=styles.small, alignment=TA_CENTER, leading=9.5)


def _number(n: int, styles: Styles) -> Any:
    return p(f"{n}.", ParagraphStyle("qno", parent=styles.cell, fontName=FONT_BOLD))


def _role_line(doc: ProgrammeDoc, styles: Styles) -> Table:
    t = labels(doc.language)
    row = [p(t["i_am"], styles.h2), TickBox(), p(t["mentor"], styles.body)]
    row += [TickBox(), p(t["mentee"], styles.body)]
    line = Table([row], colWidths=[45 * mm, 7 * mm, 30 * mm, 7 * mm, 30 * mm], hAlign="LEFT")
    line.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return line


def _likert_grid(
    numbered: list[tuple[int, SurveyQuestion]], doc: ProgrammeDoc, d: BrandedDocument
) -> Table:
    """One grid for a run of statements: number, statement, five boxes under the labels."""
    t = labels(doc.language)
    s = d.styles
    head_style = ParagraphStyle("likerthead", parent=_centred(s), textColor=colors.white)
    box_width = 17 * mm
    header: list[Any] = [p("", s.cell_head), p(t["form_statements"], s.cell_head)]
    header += [p(f"{v}\n{t[f'likert_{v}']}", head_style) for v in range(1, 6)]
    data: list[list[Any]] = [header]
    for n, question in numbered:
        data.append([_number(n, s), p(question.text, s.cell), *(TickBox() for _ in range(5))])
    text_width = d.frame_width - NUMBER_WIDTH - 5 * box_width
    grid = Table(
        data,
        colWidths=[NUMBER_WIDTH, text_width, *([box_width] * 5)],
        repeatRows=1,
        hAlign="LEFT",
    )
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, 0), s.brand),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 1), (-1, -1), "CENTER"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return grid


def _scale_question(n: int, question: SurveyQuestion, d: BrandedDocument) -> Flowable:
    """A 1-10 rating: the question, then ten numbered boxes in a row."""
    s = d.styles
    numbers = _centred(s)
    width = 11 * mm
    ends = p(labels(d.language)["scale_ends"], s.muted)
    scale = Table(
        [
            [*(p(str(v), numbers) for v in range(1, 11)), ""],
            [*(TickBox() for _ in range(10)), ends],
        ],
        colWidths=[*([width] * 10), 50 * mm],
        hAlign="LEFT",
    )
    scale.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("ALIGN", (0, 0), (-2, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (-1, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return keep(_numbered_heading(n, question, d), _indented(scale, d), gap(3))


def _open_question(n: int, question: SurveyQuestion, d: BrandedDocument) -> Flowable:
    return keep(_numbered_heading(n, question, d), _indented(AnswerLines(), d), gap(3))


def _numbered_heading(n: int, question: SurveyQuestion, d: BrandedDocument) -> Table:
    s = d.styles
    row = Table(
        [[_number(n, s), p(question.text, s.body)]],
        colWidths=[NUMBER_WIDTH, d.frame_width - NUMBER_WIDTH],
        hAlign="LEFT",
    )
    row.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return row


def _indented(content: Flowable, d: BrandedDocument) -> Table:
    holder = Table([[content]], colWidths=[d.frame_width - NUMBER_WIDTH - 4], hAlign="RIGHT")
    holder.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return holder


def render_evaluation_form(
    doc: ProgrammeDoc, questionnaire: Questionnaire, *, paper: str = "a4"
) -> bytes:
    """The blank, anonymous form of one survey, questions numbered from 1."""
    t = labels(doc.language)
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=questionnaire.title,
    )
    s = d.styles
    story: list[Flowable] = [
        p(questionnaire.title, s.title),
        p(doc.name, s.subtitle),
        p(t["form_intro"], s.body),
        gap(2),
        _role_line(doc, s),
        gap(4),
    ]
    numbered = list(enumerate(questionnaire.questions, start=1))
    run: list[tuple[int, SurveyQuestion]] = []
    for n, question in numbered:
        if question.type == LIKERT:
            run.append((n, question))
            continue
        if run:
            story += [_likert_grid(run, doc, d), gap(5)]
            run = []
        if question.type == SCALE10:
            story.append(_scale_question(n, question, d))
        else:
            story.append(_open_question(n, question, d))
    if run:
        story += [_likert_grid(run, doc, d), gap(5)]
    story += [gap(2), p(f"{t['form_thanks']} {t['form_return']}", s.body)]
    return d.build(story)
