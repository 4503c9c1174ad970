"""Survey design and responses in a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from survey_factories import THEMES, make_programme

from mentordesk.services.errors import InputRefused
from mentordesk.services.surveys import (
    add_response,
    builtin_questions,
    delete_response,
    import_responses,
    list_responses,
    preview_response_import,
    programme_survey,
    response_import_report,
    save_survey,
)
from mentordesk.store.database import Database
from mentordesk.store.models import Response, Survey


def test_builtin_set_covers_relationship_process_themes_satisfaction_and_open_questions() -> None:
    questions = builtin_questions("final", THEMES, "en")
    keys = [q["key"] for q in questions]
    assert keys[:4] == ["expectations", "trust", "commitment", "communication"]
    assert {"meetings", "support", "satisfaction", "recommend"} <= set(keys)
    per_theme = [q for q in questions if q["theme"] in THEMES]
    assert [q["theme"] for q in per_theme] == THEMES
    assert all(q["type"] == "likert5" for q in per_theme)
    assert per_theme[0]["text"].endswith("Building a network of alliances")
    assert next(q for q in questions if q["key"] == "satisfaction")["type"] == "scale10"
    assert [q["type"] for q in questions[-2:]] == ["text", "text"]
    assert len(set(keys)) == len(keys)


def test_builtin_set_in_danish() -> None:
    questions = builtin_questions("midterm", ["Karriere"], "da")
    texts = [q["text"] for q in questions]
    assert "Vores samtaler er åbne og bygger på tillid." in texts
    assert "Mentorforløbet hjælper mig med: Karriere" in texts
    assert questions[0]["theme"] == "Relationen"
    assert "recommend" not in {q["key"] for q in questions}


def test_programme_survey_is_the_builtin_set_until_stored(db: Database) -> None:
    office = make_programme(db, language="da")
    survey = programme_survey(db, office.programme_id, "final")
    assert survey.id is None
    assert survey.title == "Slutevaluering"
    assert survey.responses == 0
    assert survey.questions == builtin_questions("final", THEMES, "da")
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Survey)) == 0


def test_edit_reorder_and_add_questions(db: Database) -> None:
    office = make_programme(db)
    questions = programme_survey(db, office.programme_id, "midterm").questions
    edited = [questions[1], questions[0], *questions[2:]]
    edited[0] = {**edited[0], "text": "We trust each other."}
    edited.append({"key": "venue", "text": "Where do you meet?", "type": "text", "theme": ""})
    saved = save_survey(db, office.programme_id, "midterm", "Halfway check", edited)
    assert saved.id is not None
    assert saved.title == "Halfway check"
    assert [q["key"] for q in saved.questions][:2] == ["trust", "expectations"]
    assert saved.questions[0]["text"] == "We trust each other."
    assert saved.questions[-1]["key"] == "venue"
    assert programme_survey(db, office.programme_id, "midterm") == saved


def test_answered_question_cannot_be_removed_nor_change_type(db: Database) -> None:
    office = make_programme(db)
    add_response(db, office.programme_id, "final", {"trust": 4}, role="mentor")
    survey = programme_survey(db, office.programme_id, "final")
    assert survey.answered_keys == ["trust"]
    without_trust = [q for q in survey.questions if q["key"] != "trust"]
    with pytest.raises(InputRefused, match="cannot be removed: responses answer it"):
        save_survey(db, office.programme_id, "final", survey.title, without_trust)
    retyped = [{**q, "type": "scale10"} if q["key"] == "trust" else q for q in survey.questions]
    with pytest.raises(InputRefused, match="cannot change"):
        save_survey(db, office.programme_id, "final", survey.title, retyped)
    # An unanswered question may go.
    without_support = [q for q in survey.questions if q["key"] != "support"]
    saved = save_survey(db, office.programme_id, "final", survey.title, without_support)
    assert "support" not in {q["key"] for q in saved.questions}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"key": ""}, "no usable key"),
        ({"key": "trust"}, "used twice"),
        ({"text": " "}, "has no text"),
        ({"type": "stars"}, "unknown type"),
    ],
)
def test_invalid_questions_are_refused(db: Database, change: dict[str, str], message: str) -> None:
    office = make_programme(db)
    questions = programme_survey(db, office.programme_id, "final").questions
    questions[2] = {**questions[2], **change}
    with pytest.raises(InputRefused, match=message):
        save_survey(db, office.programme_id, "final", "Final", questions)
    assert programme_survey(db, office.programme_id, "final").id is None


def test_typed_response_is_stored_anonymously_with_its_role(db: Database) -> None:
    office = make_programme(db)
    record = add_response(
        db,
        office.programme_id,
        "final",
        {"trust": "5", "satisfaction": 9, "improve": " More time ", "support": ""},
        role="mentee",
        received_on=date(2025, 6, 2),
    )
    assert record.respondent_role == "mentee"
    assert record.answers == {"trust": 5, "satisfaction": 9, "improve": "More time"}
    with db.unit_of_work() as s:
        row = s.get_one(Response, record.id)
        assert row.participant_id is None
    assert programme_survey(db, office.programme_id, "final").responses == 1
    assert [r.id for r in list_responses(db, office.programme_id, "final")] == [record.id]
    delete_response(db, record.id)
    assert list_responses(db, office.programme_id, "final") == []


@pytest.mark.parametrize(
    ("answers", "role", "message"),
    [
        ({"trust": "6"}, None, "'6' is not an answer to a 1-5 question"),
        ({"satisfaction": "11"}, None, "1 to 10"),
        ({"trust": "x"}, None, "whole number"),
        ({"nonsense": 3}, None, "no question 'nonsense'"),
        ({}, None, "no answers"),
        ({"trust": 3}, "boss", "not a role"),
    ],
)
def test_invalid_responses_change_nothing(
    db: Database, answers: dict[str, object], role: str | None, message: str
) -> None:
    office = make_programme(db)
    with pytest.raises(InputRefused, match=message):
        add_response(db, office.programme_id, "final", answers, role=role)
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Response)) == 0
        assert s.scalar(select(func.count()).select_from(Survey)) == 0


def test_unknown_survey_kind_is_refused(db: Database) -> None:
    office = make_programme(db)
    with pytest.raises(InputRefused, match="midterm or final"):
        programme_survey(db, office.programme_id, "weekly")


def test_import_writes_nothing_while_an_error_remains(db: Database, tmp_path: Path) -> None:
    office = make_programme(db)
    path = tmp_path / "online.csv"
    path.write_text("role,trust,satisfaction\nmentee,4,8\nmentor,6,9\n", encoding="utf-8")
    preview = preview_response_import(db, office.programme_id, "final", path)
    assert [(p.row, p.column) for p in preview.errors] == [(3, "trust")]
    with pytest.raises(InputRefused) as refused:
        import_responses(db, office.programme_id, "final", path)
    assert "online.csv was not imported: 1 error; nothing was changed" in str(refused.value)
    assert "online.csv, row 3, column 'trust'" in str(refused.value)
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Response)) == 0
        assert s.scalar(select(func.count()).select_from(Survey)) == 0

    path.write_text("role,trust,satisfaction\nmentee,4,8\nmentor,5,9\n", encoding="utf-8")
    report = response_import_report(
        db,
        office.programme_id,
        "final",
        preview_response_import(db, office.programme_id, "final", path),
    )
    assert "2 responses" in report and "Ready to import." in report
    imported = import_responses(db, office.programme_id, "final", path)
    assert [(r.respondent_role, r.answers) for r in imported] == [
        ("mentee", {"trust": 4, "satisfaction": 8}),
        ("mentor", {"trust": 5, "satisfaction": 9}),
    ]
    assert programme_survey(db, office.programme_id, "final").responses == 2
