"""The blank evaluation form: the programme's survey on paper, anonymous, in two languages,
printed from the services and from the command line."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.cli import main
from mentordesk.config import DatabaseTarget
from mentordesk.services.errors import InputRefused
from mentordesk.services.materials import render_material
from mentordesk.services.settings import ConsultancySettings, save_settings
from mentordesk.services.surveys import builtin_questions, save_survey
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import Organisation, Programme

THEMES = ["Building a network of alliances across the organisation", "Clarity about one's career"]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "office.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def programme_id(db: Database) -> int:
    with db.unit_of_work() as session:
        programme = Programme(
            name="Leadership Mentoring 2026",
            organisation=Organisation(name="Nordlys Energi A/S"),
            learning_themes=THEMES,
        )
        session.add(programme)
        session.flush()
        return programme.id


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_midterm_form_numbers_every_question_with_boxes_and_lines(
    db: Database, programme_id: int
) -> None:
    questions = builtin_questions("midterm", THEMES, "en")
    text = " ".join(_pages(render_material(db, "evaluation-form", programme_id)))
    assert text.count("Mid-term evaluation") >= 1
    assert "This form is anonymous" in text
    assert "I take part as Mentor Mentee" in text
    assert "Name" not in text  # no name field: the form is anonymous
    for label in ("Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"):
        assert label in text
    assert "1 2 3 4 5 6 7 8 9 10" in text  # the 1-10 rating's boxes
    position = 0
    for number, question in enumerate(questions, start=1):
        found = text.find(f"{number}. {question['text'][:30]}", position)
        assert found > position, (number, question["text"])  # numbered, in order
        position = found
    assert "What would you like to adjust in the second half?" in text


def test_the_final_form_and_the_danish_form(db: Database, programme_id: int) -> None:
    final = " ".join(_pages(render_material(db, "evaluation-form", programme_id, survey="final")))
    assert "Final evaluation" in final
    assert "recommend the programme to a colleague" in final
    assert "second half" not in final
    danish = " ".join(_pages(render_material(db, "evaluation-form", programme_id, language="da")))
    assert "Midtvejsevaluering" in danish and "Skemaet er anonymt" in danish
    assert "Helt uenig" in danish and "Jeg deltager som" in danish
    assert "Vi har afstemt klart, hvad vi forventer af hinanden." in danish
    assert "Side 1 af" in danish


def test_the_programmes_own_survey_is_printed(db: Database, programme_id: int) -> None:
    save_survey(
        db,
        programme_id,
        "midterm",
        "Halfway check",
        [
            {"key": "pace", "text": "The pace of our meetings suits me.", "type": "likert5"},
            {"key": "wish", "text": "One wish for the months ahead?", "type": "text"},
        ],
    )
    pages = _pages(render_material(db, "evaluation-form", programme_id))
    assert len(pages) == 1
    assert "Halfway check" in pages[0]
    assert "1. The pace of our meetings suits me." in pages[0]
    assert "2. One wish for the months ahead?" in pages[0]
    assert "1 2 3 4 5 6 7 8 9 10" not in pages[0]  # no rating question: no 1-10 boxes


def test_the_settings_sign_and_size_the_form(db: Database, programme_id: int) -> None:
    save_settings(db, ConsultancySettings(consultancy_name="Nordic Mentoring ApS", paper="letter"))
    pdf = render_material(db, "evaluation-form", programme_id)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert "Nordic Mentoring ApS" in _pages(pdf)[0]
    a4 = PdfReader(io.BytesIO(render_material(db, "evaluation-form", programme_id, paper="a4")))
    assert round(float(a4.pages[0].mediabox.height)) == 842  # the caller's paper wins


@pytest.mark.parametrize(
    ("material", "survey"), [("evaluation-form", "annual"), ("pair-list", "final")]
)
def test_a_wrong_survey_is_refused(
    db: Database, programme_id: int, material: str, survey: str
) -> None:
    with pytest.raises(InputRefused) as refused:
        render_material(db, material, programme_id, survey=survey)
    assert refused.value.field == "survey"


def test_the_command_line_prints_the_final_form(
    db: Database, programme_id: int, tmp_path: Path
) -> None:
    assert db.path is not None
    out = tmp_path / "final.pdf"
    argv = ["--db", str(db.path), "print", "evaluation-form", "--programme", str(programme_id)]
    code = main([*argv, "--survey", "final", "--out", str(out)])
    assert code == 0
    assert "Final evaluation" in " ".join(_pages(out.read_bytes()))
