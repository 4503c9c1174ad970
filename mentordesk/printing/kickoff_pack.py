"""Kick-off workshop pack: agenda, overview, guides and a personal page per participant."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, PageBreak

from mentordesk.printing.base import (
    BrandedDocument,
    FitPage,
    bullets,
    field_grid,
    gap,
    p,
    standard_text,
    table,
)
from mentordesk.printing.data import PersonCard, ProgrammeDoc
from mentordesk.printing.i18n import format_date, format_time, labels
from mentordesk.printing.overview import overview_story, theme_name

_AGENDA_LINE = re.compile(r"^\s*(\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?)\s+(.*)$")


def _agenda(doc: ProgrammeDoc, d: BrandedDocument, milestone_id: int | None) -> list[Flowable]:
    t = labels(doc.language)
    s = d.styles
    w = d.frame_width
    m = doc.milestone(milestone_id)
    story: list[Flowable] = [p(t["kickoff_pack"], s.title), p(doc.name, s.subtitle)]
    if m is None:
        return story
    when = " · ".join(
        x for x in (format_date(m.date, doc.language), format_time(m.start_time, m.end_time)) if x
    )
    story += [
        p(m.title, s.h1),
        field_grid([(t["date"], when), (t["place"], m.place or t["not_set"])], w, s),
    ]
    lines = [x.strip() for x in m.agenda.splitlines() if x.strip()]
    if lines:
        rows = []
        for line in lines:
            hit = _AGENDA_LINE.match(line)
            rows.append((hit.group(1), hit.group(2)) if hit else ("", line))
        story += [
            p(t["agenda"], s.h1),
            table((t["time"], t["agenda"]), rows, (w * 0.18, w * 0.82), s),
        ]
    return story


def _themes_explained(doc: ProgrammeDoc, d: BrandedDocument) -> list[Flowable]:
    text = doc.texts.get("learning_themes_explained")
    if text is None:
        return []
    s = d.styles
    story = standard_text(text, s)
    for theme in doc.learning_themes:
        story.append(p(theme_name(doc, theme), s.h2))
        if theme in text.themes:
            story.append(p(text.themes[theme], s.body))
    return story


def _partner_card(
    card: PersonCard, label: str, doc: ProgrammeDoc, d: BrandedDocument
) -> list[Flowable]:
    t = labels(doc.language)
    s = d.styles
    details = ", ".join(x for x in (card.job_title, card.department, card.organisation) if x)
    parts: list[Flowable] = [p(label.upper(), s.label), p(card.name, s.h1), p(details, s.body)]
    if card.role == "mentor" and card.expertise:
        parts += [p(t["expertise"], s.h2), *bullets(card.expertise, s)]
    if card.role == "mentee" and card.goals:
        parts += [p(t["goals"], s.h2), *bullets(card.goals, s)]
    if card.biography:
        parts += [p(t["biography"], s.h2), p(card.biography, s.body)]
    return parts


def _personal_page(card: PersonCard, doc: ProgrammeDoc, d: BrandedDocument) -> list[Flowable]:
    t = labels(doc.language)
    s = d.styles
    role = t.get(card.role, card.role)
    details = ", ".join(x for x in (card.job_title, card.organisation) if x)
    story: list[Flowable] = [
        p(t["personal_page"].upper(), s.label),
        p(card.name, s.title),
        p(f"{role} · {details}" if details else role, s.subtitle),
    ]
    partners = doc.partners(card.participant_id)
    if card.role == "mentor":
        label = t["your_mentees"] if len(partners) > 1 else t["your_mentee"]
    else:
        label = t["your_mentor"]
    if not partners:
        story += [p(label, s.h1), p(t["no_partner"], s.body)]
    for partner in partners:
        story += [*_partner_card(partner, label, doc, d), gap(4)]
    return [FitPage(story, d.frame_width, d.frame_height)]


def render_kickoff_pack(
    doc: ProgrammeDoc, *, milestone_id: int | None = None, paper: str = "a4"
) -> bytes:
    t = labels(doc.language)
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=t["kickoff_pack"],
    )
    story = _agenda(doc, d, milestone_id)
    story += [PageBreak(), *overview_story(doc, d, title=False)]
    story += [PageBreak(), *_themes_explained(doc, d)]
    for key in ("mentor_role_guide", "mentee_role_guide", "first_meeting_guide"):
        story += [PageBreak(), *standard_text(doc.texts.get(key), d.styles)]
    for card in doc.participants:
        story += [PageBreak(), *_personal_page(card, doc, d)]
    return d.build(story)
