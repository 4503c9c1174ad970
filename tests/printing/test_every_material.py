"""The safety check of every printed material: each one, for each demo programme, names
nobody from another organisation outside the programme, prints no confidential interview
note, and embeds every font it uses.

Materials are taken from the registry, so a new material is checked as soon as it exists.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from sqlalchemy import select

from mentordesk.config import DatabaseTarget
from mentordesk.services.demo import fill_demo
from mentordesk.services.materials import MATERIALS, render_material
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import Interview, Language, Participant, Person, Programme

EMBEDDED = ("/FontFile", "/FontFile2", "/FontFile3")


@dataclass(frozen=True)
class ProgrammeFacts:
    id: int
    name: str
    outsiders: frozenset[str]  # people of other organisations who are not in the programme


@dataclass(frozen=True)
class Demo:
    db: Database
    programmes: tuple[ProgrammeFacts, ...]
    confidential_notes: tuple[str, ...]


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path = tmp_path_factory.mktemp("every-material") / "demo.sqlite3"
    db = open_database(DatabaseTarget(path=path))
    fill_demo(db, today=date(2026, 11, 27))
    with db.unit_of_work() as session:
        people = session.scalars(select(Person)).all()
        facts = []
        for programme in session.scalars(select(Programme).order_by(Programme.id)):
            if programme.organisation.name.startswith("Nordlys"):
                programme.language = Language.DA  # the Danish client's papers are in Danish
            inside = {
                part.person_id
                for part in session.scalars(
                    select(Participant).where(Participant.programme_id == programme.id)
                )
            }
            inside |= {role.person_id for role in programme.roles}
            if programme.hr_contact_id is not None:
                inside.add(programme.hr_contact_id)
            inside_names = {p.full_name for p in people if p.id in inside}
            outsiders = frozenset(
                p.full_name
                for p in people
                if p.organisation_id != programme.organisation_id
                and p.id not in inside
                and p.full_name not in inside_names  # a namesake inside may be printed
            )
            facts.append(ProgrammeFacts(programme.id, programme.name, outsiders))
        notes = tuple(
            " ".join(i.notes.split())
            for i in session.scalars(select(Interview).where(Interview.confidential))
            if i.notes.strip()
        )
    assert notes, "the demo should hold confidential notes to look for"
    yield Demo(db, tuple(facts), notes)
    db.close()


def _fonts(reader: PdfReader) -> Iterator[tuple[str, DictionaryObject]]:
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for font in fonts.get_object().values():
            font = font.get_object()
            yield str(font.get("/BaseFont")), font


def _is_embedded(font: DictionaryObject) -> bool:
    descriptors = [font.get("/FontDescriptor")]
    descriptors += [d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
    return any(d is not None and any(k in d.get_object() for k in EMBEDDED) for d in descriptors)


def _fragments(note: str) -> list[str]:
    """Phrases of a note long enough to be its own, as text extraction runs across lines."""
    words = note.split()
    return [" ".join(words[i : i + 6]) for i in range(0, max(len(words) - 5, 1), 6)]


def _problems(pdf: bytes, programme: ProgrammeFacts, notes: tuple[str, ...]) -> list[str]:
    """What is wrong with one printed paper: outsiders named, notes printed, fonts missing."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    problems = [f"names {name}" for name in sorted(programme.outsiders) if name in text]
    problems += [
        f"prints the note {fragment!r}"
        for note in notes
        for fragment in _fragments(note)
        if fragment in text
    ]
    fonts = dict(_fonts(reader))
    if not fonts:
        problems.append("has no text")
    problems += [f"font {name} not embedded" for name, f in fonts.items() if not _is_embedded(f)]
    return problems


@pytest.mark.parametrize("key", list(MATERIALS))
def test_every_material_is_safe_for_every_demo_programme(demo: Demo, key: str) -> None:
    for programme in demo.programmes:
        pdf = render_material(demo.db, key, programme.id)
        assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
        problems = _problems(pdf, programme, demo.confidential_notes)
        assert not problems, f"{key} of {programme.name}: {problems}"


def test_the_check_finds_a_planted_leak(demo: Demo) -> None:
    """A paper naming an outsider, quoting a note, in an unembedded font, fails the check."""
    from reportlab.pdfgen.canvas import Canvas

    programme = next(p for p in demo.programmes if p.outsiders)
    outsider = sorted(programme.outsiders)[0]
    note = demo.confidential_notes[0]
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 9)
    canvas.drawString(40, 800, f"Mentor: {outsider}")
    canvas.drawString(40, 780, note[:150])
    canvas.save()
    problems = _problems(buffer.getvalue(), programme, demo.confidential_notes)
    assert f"names {outsider}" in problems
    assert any(p.startswith("prints the note") for p in problems)
    assert "font Helvetica not embedded" in [p.replace("/", "") for p in problems]
