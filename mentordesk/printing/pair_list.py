"""The pair list: every confirmed or active pair, sorted by mentor."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mentordesk.printing.base import BrandedDocument, p, table
from mentordesk.printing.data import PersonCard, ProgrammeDoc
from mentordesk.printing.i18n import format_date, labels


def _who(card: PersonCard) -> str:
    return "\n".join(x for x in (card.name, card.job_title) if x)


def render_pair_list(doc: ProgrammeDoc, *, paper: str = "a4") -> bytes:
    t = labels(doc.language)
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=t["pair_list"],
    )
    s = d.styles
    w = d.frame_width
    pairs = sorted(doc.pairs, key=lambda x: (x.mentor.sort_key, x.mentee.sort_key))
    story: list[Flowable] = [
        p(t["pair_list"], s.title),
        p(f"{doc.name} · {t['pairs_count'].format(n=len(pairs))}", s.subtitle),
    ]
    if not pairs:
        story.append(p(t["no_pairs"], s.body))
        return d.build(story)
    rows = [
        (
            str(i),
            _who(x.mentor),
            x.mentor.organisation,
            _who(x.mentee),
            x.mentee.organisation,
            "\n".join(
                y for y in (t.get(x.status, x.status), format_date(x.started_on, doc.language)) if y
            ),
        )
        for i, x in enumerate(pairs, start=1)
    ]
    story.append(
        table(
            ("#", t["mentor"], t["organisation"], t["mentee"], t["organisation"], t["status"]),
            rows,
            (w * 0.05, w * 0.22, w * 0.17, w * 0.22, w * 0.17, w * 0.17),
            s,
        )
    )
    return d.build(story)
