"""Programme overview: purpose, topics, themes, timeline, sponsors, contacts, rhythm."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mentordesk.printing.base import BrandedDocument, bullets, field_grid, gap, p, table
from mentordesk.printing.data import ProgrammeDoc
from mentordesk.printing.i18n import format_date, format_period, format_time, labels


def theme_name(doc: ProgrammeDoc, theme: str) -> str:
    """A learning theme in the document's language, where a translation is known."""
    explained = doc.texts.get("learning_themes_explained")
    return explained.theme_names.get(theme, theme) if explained else theme


def rhythm_text(doc: ProgrammeDoc) -> str:
    t = labels(doc.language)
    parts = []
    if doc.meeting_interval_weeks:
        text = t["every_weeks"].format(n=doc.meeting_interval_weeks)
        if doc.meeting_length_minutes:
            text += " " + t["minutes_each"].format(n=doc.meeting_length_minutes)
        parts.append(text + ".")
    if doc.meeting_rhythm:
        parts.insert(0, doc.meeting_rhythm)
    return "\n".join(parts) or t["not_set"]


def overview_story(doc: ProgrammeDoc, d: BrandedDocument, *, title: bool = True) -> list[Flowable]:
    t = labels(doc.language)
    s = d.styles
    w = d.frame_width
    story: list[Flowable] = []
    if title:
        story.append(p(doc.name, s.title))
        sub = " · ".join(
            x
            for x in (doc.organisation, format_period(doc.start_date, doc.end_date, doc.language))
            if x
        )
        story.append(p(sub, s.subtitle))
    else:
        story.append(p(t["overview"], s.h1))
    if doc.purpose:
        story += [p(t["purpose"], s.h1), p(doc.purpose, s.body)]
    if doc.target_group:
        story += [p(t["target_group"], s.h2), p(doc.target_group, s.body)]
    if doc.strategic_topics:
        story += [p(t["strategic_topics"], s.h1), *bullets(doc.strategic_topics, s)]
    if doc.learning_themes:
        story += [
            p(t["learning_themes"], s.h1),
            *bullets([theme_name(doc, x) for x in doc.learning_themes], s),
        ]
    story += [p(t["meeting_rhythm"], s.h1), p(rhythm_text(doc), s.body)]
    if doc.milestones:
        rows = [
            (
                format_date(m.date, doc.language),
                format_time(m.start_time, m.end_time),
                m.title,
                m.place,
            )
            for m in doc.milestones
        ]
        story += [
            p(t["timeline"], s.h1),
            table(
                (t["date"], t["time"], t["event"], t["place"]),
                rows,
                (w * 0.19, w * 0.17, w * 0.28, w * 0.36),
                s,
            ),
        ]
    if doc.roles:
        rows2 = [(r.name, t.get(r.role, r.role), r.description or r.job_title) for r in doc.roles]
        story += [
            p(t["sponsors_ambassadors"], s.h1),
            table((t["name"], t["role"], ""), rows2, (w * 0.32, w * 0.2, w * 0.48), s),
        ]
    contacts: list[tuple[str, str]] = []
    if doc.hr_contact is not None:
        c = doc.hr_contact
        contacts.append(
            (t["hr_contact"], "\n".join(x for x in (c.name, c.role, c.email, c.phone) if x))
        )
    contacts.append((t["consultant_label"], doc.consultant))
    story += [p(t["contacts"], s.h1), gap(1), field_grid(contacts, w, s)]
    return story


def render_overview(doc: ProgrammeDoc, *, paper: str = "a4") -> bytes:
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=labels(doc.language)["overview"],
    )
    return d.build(overview_story(doc, d))
