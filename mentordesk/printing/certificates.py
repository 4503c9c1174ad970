"""Certificates of participation: one page per participant who completed the programme."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak

from mentordesk.printing.base import BrandedDocument, bullets, gap, p
from mentordesk.printing.data import ProgrammeDoc
from mentordesk.printing.i18n import format_period, labels
from mentordesk.printing.overview import theme_name


def render_certificates(doc: ProgrammeDoc, *, paper: str = "a4") -> bytes:
    t = labels(doc.language)
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=t["certificate"],
    )
    s = d.styles
    centre = ParagraphStyle("centre", parent=s.body, alignment=TA_CENTER, fontSize=12, leading=18)
    big = ParagraphStyle("big", parent=s.title, alignment=TA_CENTER, fontSize=28, leading=34)
    head = ParagraphStyle("head", parent=s.title, alignment=TA_CENTER)
    done = [c for c in doc.participants if c.status == "completed"]
    story: list[Flowable] = []
    for i, card in enumerate(done):
        if i:
            story.append(PageBreak())
        story += [
            gap(30),
            p(t["certificate"], head),
            gap(14),
            p(t["certifies"], centre),
            gap(6),
            p(card.name, big),
            gap(6),
            p(f"{t['completed_as']} {doc.name}", centre),
            p(t["as_role"].format(role=t.get(card.role, card.role).lower()), centre),
            p(format_period(doc.start_date, doc.end_date, doc.language), centre),
            gap(12),
        ]
        if doc.learning_themes:
            story += [
                p(t["learning_themes"], s.h2),
                *bullets([theme_name(doc, x) for x in doc.learning_themes], s),
            ]
        story += [gap(24), p(doc.consultant, centre)]
    if not story:
        story = [p(t["certificate"], s.title), p(t["no_completed"], s.body)]
    return d.build(story)
