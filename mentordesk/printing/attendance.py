"""Attendance sheet for one milestone: participants with a column for signatures."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mentordesk.printing.base import BrandedDocument, field_grid, gap, p, table
from mentordesk.printing.data import ProgrammeDoc
from mentordesk.printing.i18n import format_date, format_time, labels


def render_attendance(
    doc: ProgrammeDoc, *, milestone_id: int | None = None, paper: str = "a4"
) -> bytes:
    t = labels(doc.language)
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=t["attendance"],
    )
    s = d.styles
    w = d.frame_width
    milestone = doc.milestone(milestone_id)
    story: list[Flowable] = [p(t["attendance"], s.title)]
    if milestone is None:
        story.append(p(t["no_milestone"], s.body))
        return d.build(story)
    story.append(p(milestone.title, s.subtitle))
    when = " · ".join(
        x
        for x in (
            format_date(milestone.date, doc.language),
            format_time(milestone.start_time, milestone.end_time),
        )
        if x
    )
    story += [
        field_grid([(t["date"], when), (t["place"], milestone.place or t["not_set"])], w, s),
        gap(5),
    ]
    if not doc.participants:
        story.append(p(t["no_participants"], s.body))
        return d.build(story)
    rows = [
        (str(i), c.name, t.get(c.role, c.role), c.organisation, "")
        for i, c in enumerate(doc.participants, start=1)
    ]
    tab = table(
        ("#", t["name"], t["role"], t["organisation"], t["signature"]),
        rows,
        (w * 0.06, w * 0.3, w * 0.12, w * 0.24, w * 0.28),
        s,
    )
    tab.setStyle([("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8)])
    story.append(tab)
    return d.build(story)
