"""Printed materials from the demo database: pages, names, language, privacy, paper."""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mentordesk.config import DatabaseTarget
from mentordesk.services.demo import fill_demo
from mentordesk.services.errors import InputRefused
from mentordesk.services.materials import MATERIALS, render_material
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import (
    Interview,
    Language,
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Person,
    Programme,
)

PRINTED = {ParticipantStatus.ACCEPTED, ParticipantStatus.MATCHED, ParticipantStatus.COMPLETED}


@dataclass
class Facts:
    programme_id: int
    language: str
    printed: list[str]  # names of participants who get a badge, a line, a page
    completed: list[str]
    pairs: list[tuple[str, str]]  # confirmed or active: (mentor, mentee)
    outsiders: set[str]  # names of people who are not part of the programme at all
    kickoff_id: int | None


@dataclass
class Demo:
    db: Database
    programmes: list[Facts]
    notes: list[str]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    db = open_database(DatabaseTarget(path=tmp_path_factory.mktemp("print") / "demo.sqlite3"))
    fill_demo(db, today=date(2026, 11, 27))
    with db.unit_of_work() as session:
        everyone = {p.id: p.full_name for p in session.scalars(select(Person))}
        facts = []
        for prog in session.scalars(select(Programme).order_by(Programme.id)):
            if prog.organisation.name.startswith("Nordlys"):
                prog.language = Language.DA  # the Danish client's programme is in Danish
            parts = list(
                session.scalars(select(Participant).where(Participant.programme_id == prog.id))
            )
            inside = {p.person_id for p in parts} | {r.person_id for r in prog.roles}
            if prog.hr_contact_id is not None:
                inside.add(prog.hr_contact_id)
            pairs = session.scalars(
                select(Pairing).where(
                    Pairing.programme_id == prog.id,
                    Pairing.status.in_([PairingStatus.CONFIRMED, PairingStatus.ACTIVE]),
                )
            )
            kickoff = next((m.id for m in prog.milestones if m.kind.value == "kickoff"), None)
            facts.append(
                Facts(
                    programme_id=prog.id,
                    language=prog.language.value,
                    printed=[p.person.full_name for p in parts if p.status in PRINTED],
                    completed=[
                        p.person.full_name for p in parts if p.status == ParticipantStatus.COMPLETED
                    ],
                    pairs=[(x.mentor.person.full_name, x.mentee.person.full_name) for x in pairs],
                    outsiders={n for i, n in everyone.items() if i not in inside},
                    kickoff_id=kickoff,
                )
            )
        notes = [i.notes for i in session.scalars(select(Interview)) if i.notes.strip()]
    yield Demo(db, facts, notes)
    db.close()


def _pages(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


def _expected_pages(key: str, f: Facts) -> int | None:
    if key == "agreements":
        return max(len(f.pairs), 1)
    if key == "badges":
        return math.ceil((len(f.printed) + 1) / 8)
    if key == "certificates":
        return max(len(f.completed), 1)
    return None


@pytest.mark.parametrize("key", list(MATERIALS))
def test_every_material_for_every_demo_programme(demo: Demo, key: str) -> None:
    for f in demo.programmes:
        pages = _pages(render_material(demo.db, key, f.programme_id))
        text = " ".join(pages)
        expected = _expected_pages(key, f)
        if expected is not None:
            assert len(pages) == expected, (key, f.programme_id)
        assert pages[0].endswith(f"1 of {len(pages)}") or f"1 af {len(pages)}" in pages[0]
        # privacy: nobody from outside the programme, never a note of an interview
        leaked = [name for name in f.outsiders if name in text]
        assert not leaked, (key, f.programme_id, leaked)
        for note in demo.notes:
            assert " ".join(note.split())[:40] not in text
        # names where they belong
        if key in ("badges", "attendance", "kickoff-pack"):
            for name in f.printed:
                assert name in text, (key, name)
        if key in ("pair-list", "agreements"):
            for mentor, mentee in f.pairs:
                assert mentor in text and mentee in text
        if key == "certificates":
            for name, page in zip(sorted(f.completed), sorted(pages), strict=False):
                assert name in text and page


def test_agreements_one_pair_per_page(demo: Demo) -> None:
    f = next(x for x in demo.programmes if len(x.pairs) > 3)
    pages = _pages(render_material(demo.db, "agreements", f.programme_id))
    for mentor, mentee in f.pairs:
        hits = [p for p in pages if mentor in p and mentee in p]
        assert hits, (mentor, mentee)


def test_language_follows_programme_and_override(demo: Demo) -> None:
    for f in demo.programmes:
        text = _pages(render_material(demo.db, "overview", f.programme_id))[0]
        if f.language == "da":
            assert "Formål" in text and "Side 1 af" in text
            english = _pages(render_material(demo.db, "overview", f.programme_id, language="en"))[0]
            assert "Purpose" in english and "Formål" not in english
        else:
            assert "Purpose" in text and "Formål" not in text
            danish = _pages(render_material(demo.db, "overview", f.programme_id, language="da"))
            assert "Formål" in danish[0]
    assert any(f.language == "da" for f in demo.programmes)


def test_attendance_for_a_chosen_milestone(demo: Demo) -> None:
    f = next(x for x in demo.programmes if x.printed and x.kickoff_id)
    default = _pages(render_material(demo.db, "attendance", f.programme_id))
    chosen = _pages(
        render_material(demo.db, "attendance", f.programme_id, milestone_id=f.kickoff_id)
    )
    assert default == chosen


@pytest.mark.parametrize(("paper", "width"), [("a4", 595.28), ("letter", 612.0)])
def test_paper(demo: Demo, paper: str, width: float) -> None:
    data = render_material(demo.db, "pair-list", demo.programmes[1].programme_id, paper=paper)
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert float(page.mediabox.width) == pytest.approx(width, abs=0.5)


def test_refusals(demo: Demo) -> None:
    pid = demo.programmes[0].programme_id
    with pytest.raises(InputRefused):
        render_material(demo.db, "no-such", pid)
    with pytest.raises(InputRefused):
        render_material(demo.db, "overview", 9999)
    with pytest.raises(InputRefused):
        render_material(demo.db, "overview", pid, paper="a3")
    with pytest.raises(InputRefused):
        render_material(demo.db, "overview", pid, language="de")
    with pytest.raises(InputRefused):
        render_material(demo.db, "attendance", pid, milestone_id=999999)
