"""The evaluation report on a demo database: what sponsors read, and what they never do."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mentordesk.config import DatabaseTarget
from mentordesk.services.demo import fill_demo
from mentordesk.services.evaluation import survey_results
from mentordesk.services.materials import MATERIALS, render_material
from mentordesk.services.surveys import add_response
from mentordesk.store.backup import make_backup
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import Interview, Language, Participant, Programme, ProgrammeStatus


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(DatabaseTarget(path=path))
    fill_demo(db, today=date(2025, 10, 1))
    db.close()
    return path


@pytest.fixture
def db(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    make_backup(demo_template, out=path)
    database = open_database(DatabaseTarget(path=path))
    yield database
    database.close()


def _programme(db: Database, status: ProgrammeStatus) -> int:
    with db.unit_of_work() as s:
        return s.scalars(select(Programme.id).where(Programme.status == status)).one()


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def test_report_of_the_closed_programme(db: Database) -> None:
    closed = _programme(db, ProgrammeStatus.CLOSED)
    assert "report" in MATERIALS
    pdf = render_material(db, "report", closed)
    text = _text(pdf)
    assert "Evaluation report" in text
    assert "Survey: Final evaluation" in text
    assert "15 of 16 participants answered" in text and "94%" in text
    for heading in ("Response rate", "Results per learning theme", "Results per question"):
        assert heading in text
    assert "Mentors and mentees" in text and "Mentors (n=6)" in text
    assert "Building a network of alliances across the organisation" in text
    assert "Clarity about one's career" in text
    assert "Selected open answers" in text
    assert "Meeting rooms were hard to book at the Leeds office." in text
    assert "fewer than 5 responses" in text  # the anonymity note
    with db.unit_of_work() as s:
        programme = s.get_one(Programme, closed)
        names = [p.person.full_name for p in s.scalars(select(Participant)).all()]
        notes = [
            i.notes
            for i in s.scalars(select(Interview).where(Interview.programme_id == programme.id))
        ]
    assert names and notes
    assert not [name for name in names if name in text]
    for note in notes:
        assert " ".join(note.split())[:40] not in text


def test_report_in_danish(db: Database) -> None:
    closed = _programme(db, ProgrammeStatus.CLOSED)
    with db.unit_of_work() as s:
        s.get_one(Programme, closed).language = Language.DA
    text = _text(render_material(db, "report", closed))
    assert "Evalueringsrapport" in text
    assert "15 af 16 deltagere har svaret" in text
    assert "Resultater pr. læringstema" in text
    assert "Mentorer og mentees" in text
    assert "Helt enig" in text
    assert "Side 1 af" in text
    assert "Evaluation report" not in text
    satisfaction = survey_results(db, closed, "final").overall.question("satisfaction")
    assert satisfaction is not None and satisfaction.mean is not None
    assert f"{satisfaction.mean:.1f}".replace(".", ",") in text  # the Danish decimal mark


def test_a_small_group_is_not_shown(db: Database) -> None:
    running = _programme(db, ProgrammeStatus.RUNNING)
    for value in (2, 3, 4):
        add_response(db, running, "midterm", {"trust": value, "works": "Secret detail"})
    text = _text(render_material(db, "report", running))
    assert "Survey: Mid-term evaluation" in text
    assert "Fewer than 5 responses: not shown to protect anonymity." in text
    assert "Secret detail" not in text
    assert "Results per question" not in text


def test_report_without_responses(db: Database) -> None:
    running = _programme(db, ProgrammeStatus.RUNNING)
    text = _text(render_material(db, "report", running, survey="final"))
    assert "No responses to this survey have been received yet." in text
