"""The interview guide: the programme's questions on paper, in its language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sample_docs import flat, pdf_pages

from mentordesk.cli import main
from mentordesk.config import DatabaseTarget
from mentordesk.services.errors import InputRefused
from mentordesk.services.interview_templates import Question, add_kind, get_template, save_template
from mentordesk.services.materials import render_material
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import Language, Organisation, Programme


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "office.sqlite3"))
    with database.unit_of_work() as s:
        s.add(
            Programme(
                organisation=Organisation(name="Acme A/S"),
                name="Leaders 2026",
                language=Language.EN,
                start_date=date(2026, 1, 1),
            )
        )
    yield database
    database.close()


def guide_text(db: Database, **options: str) -> str:
    return flat(" ".join(pdf_pages(render_material(db, "interview-guide", 1, **options))))


def test_the_matching_guide_by_default(db: Database) -> None:
    text = guide_text(db)
    assert "Matching interview" in text and "Interview guide · Leaders 2026" in text
    assert "before the pairs are formed" in text  # the kind's purpose
    for question in get_template(db, 1, "matching").questions:
        assert question.text in text
    assert "Interviewee" in text and "Interviewer" in text
    assert "Notes" in text
    assert "Confidentiality" in text and "shred it" in text


def test_a_chosen_kind_with_its_answer_spaces(db: Database) -> None:
    text = guide_text(db, interview_kind="follow-up")
    assert "Follow-up call" in text and "Has the pair met?" in text
    assert "1 2 3 4 5 6 7 8 9 10" in text and "Circle one" in text  # satisfaction 1-10
    assert "Yes No" in text


def test_danish(db: Database) -> None:
    text = guide_text(db, interview_kind="mid-term", language="da")
    assert "Midtvejsevaluering" in text and "Interviewguide · Leaders 2026" in text
    assert "Hvad fungerer godt i forløbet?" in text
    assert "Fortrolighed" in text and "Noter" in text and "Side 1 af" in text
    assert "What works well" not in text


def test_the_programmes_edited_questions(db: Database) -> None:
    built_in = get_template(db, 1, "matching")
    save_template(
        db,
        1,
        "matching",
        "Matching talk",
        [built_in.questions[0], Question(text="Which site do you work at?")],
    )
    text = guide_text(db)
    assert "Matching talk" in text and "Which site do you work at?" in text
    assert built_in.questions[0].text in text
    assert built_in.questions[1].text not in text


def test_a_kind_of_the_users_own(db: Database) -> None:
    add_kind(db, 1, "Network call", [Question(text="Whom did you meet at the network meeting?")])
    text = guide_text(db, interview_kind="network-call")
    assert "Network call" in text and "Whom did you meet at the network meeting?" in text
    assert "the answers are recorded in MentorDesk afterwards" in text
    with pytest.raises(InputRefused, match="no interview kind “coffee”"):
        render_material(db, "interview-guide", 1, interview_kind="coffee")


def test_from_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.path is not None
    out = tmp_path / "guide.pdf"
    argv = ["--db", str(db.path), "print", "interview-guide", "--programme", "1"]
    db.close()
    assert main([*argv, "--interview-kind", "sponsor", "--out", str(out)]) == 0
    text = flat(" ".join(pdf_pages(out.read_bytes())))
    assert "Sponsor interview" in text and "What could get in the way?" in text
    assert main([*argv, "--interview-kind", "coffee", "--out", str(out)]) == 1
    assert "coffee" in capsys.readouterr().err
