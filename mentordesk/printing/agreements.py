"""Mentoring agreements: one pre-filled agreement per confirmed or active pair, one page each."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from mentordesk.printing.base import (
    FONT,
    GRID,
    BrandedDocument,
    FitPage,
    Reused,
    bullets,
    field_grid,
    gap,
    p,
    standard_text,
)
from mentordesk.printing.data import PairInfo, PersonCard, ProgrammeDoc
from mentordesk.printing.i18n import format_period, labels
from mentordesk.printing.overview import rhythm_text


def _person_block(card: PersonCard, role_label: str, d: BrandedDocument) -> list[Flowable]:
    s = d.styles
    details = ", ".join(x for x in (card.job_title, card.organisation) if x)
    return [p(role_label.upper(), s.label), p(card.name, s.h2), p(details, s.small)]


def _signature_table(d: BrandedDocument, t: dict[str, str]) -> Table:
    s = d.styles
    w = d.frame_width
    cell = (w - 10 * mm) / 2
    data = [
        ["", "", ""],
        [p(t["signature_mentor"], s.muted), "", p(t["signature_mentee"], s.muted)],
        ["", "", ""],
        [p(t["date_place"], s.muted), "", p(t["date_place"], s.muted)],
    ]
    table = Table(
        data,
        colWidths=[cell, 10 * mm, cell],
        rowHeights=[14 * mm, None, 10 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 0), (0, 0), 0.8, GRID),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, GRID),
                ("LINEBELOW", (0, 2), (0, 2), 0.8, GRID),
                ("LINEBELOW", (2, 2), (2, 2), 0.8, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _common_parts(doc: ProgrammeDoc, d: BrandedDocument) -> list[Flowable]:
    """What every agreement of the programme says alike: wrapped once for all pages."""
    t = labels(doc.language)
    s = d.styles
    w = d.frame_width
    parts: list[Flowable] = [
        p(t["practical"], s.h1),
        field_grid(
            [
                (
                    t["period"],
                    format_period(doc.start_date, doc.end_date, doc.language) or t["not_set"],
                ),
                (t["meeting_rhythm"], rhythm_text(doc)),
            ],
            w,
            s,
        ),
    ]
    parts += standard_text(doc.texts.get("confidentiality_clause"), s, heading=s.h2)
    parts += standard_text(doc.texts.get("ending_clause"), s, heading=s.h2)
    parts += [p(t["signatures"], s.h1), _signature_table(d, t)]
    return [Reused(f) for f in parts]


def agreement_story(
    doc: ProgrammeDoc, pair: PairInfo, d: BrandedDocument, common: list[Flowable] | None = None
) -> list[Flowable]:
    t = labels(doc.language)
    s = d.styles
    w = d.frame_width
    names = Table(
        [[_person_block(pair.mentor, t["mentor"], d), _person_block(pair.mentee, t["mentee"], d)]],
        colWidths=[w / 2, w / 2],
        hAlign="LEFT",
    )
    names.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEABOVE", (0, 0), (-1, 0), 2, d.brand),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story: list[Flowable] = [
        p(t["agreement"], s.title),
        p(doc.name, s.subtitle),
        names,
        p(t["goals"], s.h1),
        p(t["goals_hint"], s.muted),
        gap(1),
    ]
    goals = list(pair.mentee.goals) or ["", ""]
    story += bullets([*goals, "_" * 60], s)
    return story + (common if common is not None else _common_parts(doc, d))


def render_agreements(doc: ProgrammeDoc, *, paper: str = "a4") -> bytes:
    t = labels(doc.language)
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=t["agreement"],
    )
    story: list[Flowable] = []
    common = _common_parts(doc, d)
    pairs = sorted(doc.pairs, key=lambda x: (x.mentor.sort_key, x.mentee.sort_key))
    for i, pair in enumerate(pairs):
        if i:
            story.append(PageBreak())
        story.append(FitPage(agreement_story(doc, pair, d, common), d.frame_width, d.frame_height))
    if not story:
        story = [p(t["agreement"], d.styles.title), p(t["no_pairs"], d.styles.body)]
    return d.build(story)
