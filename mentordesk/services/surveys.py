"""Evaluation surveys of a programme: the built-in question sets, the consultant's edits of
them, and the responses typed in from returned paper forms."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.exchange.response_import import (
    SCALE_TOP as SCALE_TOP,  # the answer rules live beside the import; pages read them here
)
from mentordesk.exchange.response_import import (
    ResponsePreview,
    format_response_report,
    parse_answer,
    parse_role,
    read_responses,
)
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import Programme, Response, Role, Survey, SurveyKind

QUESTION_TYPES = ("likert5", "scale10", "text")
SURVEY_KINDS = tuple(kind.value for kind in SurveyKind)
RESPONDENT_ROLES = tuple(role.value for role in Role)

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title.midterm": "Mid-term evaluation",
        "title.final": "Final evaluation",
        "theme.relationship": "Relationship",
        "theme.process": "Process",
        "theme.overall": "Overall",
        "expectations": "We agreed clearly on what we expect of each other.",
        "trust": "Our conversations are open and built on trust.",
        "commitment": "We both keep our appointments and come prepared.",
        "communication": "We give each other honest and useful feedback.",
        "meetings": "We meet as often as we agreed.",
        "support": "The workshops and network meetings support our mentoring.",
        "theme.midterm": "The mentoring is helping me with: {theme}",
        "theme.final": "The mentoring has helped me with: {theme}",
        "satisfaction.midterm": "How satisfied are you with the programme so far?",
        "satisfaction.final": "How satisfied are you with the programme overall?",
        "recommend": "How likely are you to recommend the programme to a colleague?",
        "works": "What works well in your mentoring relationship?",
        "adjust": "What would you like to adjust in the second half?",
        "most_valuable": "What was the most valuable part of the programme for you?",
        "improve": "What should we change in the next round?",
    },
    "da": {
        "title.midterm": "Midtvejsevaluering",
        "title.final": "Slutevaluering",
        "theme.relationship": "Relationen",
        "theme.process": "Forløbet",
        "theme.overall": "Samlet",
        "expectations": "Vi har afstemt klart, hvad vi forventer af hinanden.",
        "trust": "Vores samtaler er åbne og bygger på tillid.",
        "commitment": "Vi overholder begge vores aftaler og kommer forberedte.",
        "communication": "Vi giver hinanden ærlig og brugbar feedback.",
        "meetings": "Vi mødes så ofte, som vi har aftalt.",
        "support": "Workshops og netværksmøder understøtter vores mentorforløb.",
        "theme.midterm": "Mentorforløbet hjælper mig med: {theme}",
        "theme.final": "Mentorforløbet har hjulpet mig med: {theme}",
        "satisfaction.midterm": "Hvor tilfreds er du med programmet indtil nu?",
        "satisfaction.final": "Hvor tilfreds er du samlet set med programmet?",
        "recommend": "Hvor sandsynligt er det, at du vil anbefale programmet til en kollega?",
        "works": "Hvad fungerer godt i jeres mentorrelation?",
        "adjust": "Hvad vil du gerne justere i anden halvdel?",
        "most_valuable": "Hvad var det mest værdifulde ved programmet for dig?",
        "improve": "Hvad bør vi ændre i næste runde?",
    },
}

_RELATIONSHIP_KEYS = ("expectations", "trust", "commitment", "communication")
_PROCESS_KEYS = ("meetings", "support")
_REFUSAL_LINES = 20
_OPEN_KEYS = {"midterm": ("works", "adjust"), "final": ("most_valuable", "improve")}


@dataclass(frozen=True)
class SurveyRecord(Record):
    id: int | None  # None: the built-in set, not stored yet
    programme_id: int
    kind: str
    title: str
    questions: list[dict[str, str]]
    responses: int
    # Keys of the questions that have at least one answer: their type is fixed.
    answered_keys: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ResponseRecord(Record):
    id: int
    survey_id: int
    respondent_role: str | None
    answers: dict[str, Any]
    received_on: date | None


def _texts(language: str) -> dict[str, str]:
    return _TEXTS.get(language, _TEXTS["en"])


def _check_kind(kind: str) -> SurveyKind:
    try:
        return SurveyKind(kind)
    except ValueError:
        raise InputRefused(
            f"Unknown survey {kind!r}: choose {' or '.join(SURVEY_KINDS)}.", field="kind"
        ) from None


def theme_key(theme: str) -> str:
    """A stable question key for a learning theme: its first words, lower case."""
    words = re.findall(r"[a-z0-9æøå]+", theme.lower().replace("'", ""))
    return "theme_" + "_".join(words[:4]) if words else "theme"


def builtin_title(kind: str, language: str) -> str:
    return _texts(language)[f"title.{_check_kind(kind).value}"]


def builtin_questions(kind: str, learning_themes: list[str], language: str) -> list[dict[str, str]]:
    """The standard question set: the relationship, the process, one statement per learning
    theme (Likert 1-5), overall satisfaction (1-10) and open questions."""
    kind = _check_kind(kind).value
    t = _texts(language)

    def question(key: str, text: str, kind_: str, theme: str) -> dict[str, str]:
        return {"key": key, "text": text, "type": kind_, "theme": theme}

    questions = [
        question(key, t[key], "likert5", t["theme.relationship"]) for key in _RELATIONSHIP_KEYS
    ]
    questions += [question(key, t[key], "likert5", t["theme.process"]) for key in _PROCESS_KEYS]
    used: set[str] = {q["key"] for q in questions}
    for theme in learning_themes:
        key = base = theme_key(theme)
        n = 2
        while key in used:
            key, n = f"{base}_{n}", n + 1
        used.add(key)
        questions.append(question(key, t[f"theme.{kind}"].format(theme=theme), "likert5", theme))
    overall = t["theme.overall"]
    questions.append(question("satisfaction", t[f"satisfaction.{kind}"], "scale10", overall))
    if kind == "final":
        questions.append(question("recommend", t["recommend"], "scale10", overall))
    questions += [question(key, t[key], "text", overall) for key in _OPEN_KEYS[kind]]
    return questions


def _programme(session: Session, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise InputRefused(
            f"There is no programme {programme_id}: pick one from the list of programmes.",
            field="programme",
        )
    return programme


def _stored(session: Session, programme_id: int, kind: SurveyKind) -> Survey | None:
    return session.scalars(
        select(Survey).where(Survey.programme_id == programme_id, Survey.kind == kind)
    ).one_or_none()


def _answered_keys(session: Session, survey: Survey) -> set[str]:
    keys: set[str] = set()
    for answers in session.scalars(select(Response.answers).where(Response.survey_id == survey.id)):
        keys.update(k for k, v in answers.items() if v not in (None, ""))
    return keys


def _record(session: Session, programme: Programme, kind: SurveyKind) -> SurveyRecord:
    survey = _stored(session, programme.id, kind)
    if survey is None:
        return SurveyRecord(
            id=None,
            programme_id=programme.id,
            kind=kind.value,
            title=builtin_title(kind.value, programme.language.value),
            questions=builtin_questions(
                kind.value, list(programme.learning_themes), programme.language.value
            ),
            responses=0,
        )
    count = session.scalar(select(func.count()).where(Response.survey_id == survey.id)) or 0
    return SurveyRecord(
        id=survey.id,
        programme_id=programme.id,
        kind=kind.value,
        title=survey.title,
        questions=[dict(q) for q in survey.questions],
        responses=count,
        answered_keys=sorted(_answered_keys(session, survey)),
    )


def programme_survey(db: Database, programme_id: int, kind: str) -> SurveyRecord:
    """The programme's stored survey of this kind, or the built-in set when none is stored."""
    survey_kind = _check_kind(kind)
    with db.unit_of_work() as session:
        return _record(session, _programme(session, programme_id), survey_kind)


def _ensure_survey(session: Session, programme: Programme, kind: SurveyKind) -> Survey:
    """The stored survey, storing the built-in set first when there is none."""
    survey = _stored(session, programme.id, kind)
    if survey is None:
        language = programme.language.value
        survey = Survey(
            programme_id=programme.id,
            kind=kind,
            title=builtin_title(kind.value, language),
            questions=builtin_questions(kind.value, list(programme.learning_themes), language),
        )
        session.add(survey)
        session.flush()
    return survey


def _check_questions(questions: list[dict[str, str]]) -> list[dict[str, str]]:
    cleaned: list[dict[str, str]] = []
    keys: set[str] = set()
    for n, q in enumerate(questions, start=1):
        key = str(q.get("key", "")).strip()
        text = str(q.get("text", "")).strip()
        type_ = str(q.get("type", "")).strip()
        if not re.fullmatch(r"[A-Za-z0-9_æøåÆØÅ-]+", key):
            raise InputRefused(
                f"Question {n} has no usable key: give it a short key of letters, digits "
                "and underscores (it names the column of an import).",
                field="key",
            )
        if key in keys:
            raise InputRefused(
                f"Question {n}: the key {key!r} is used twice: give each question its own key.",
                field="key",
            )
        if not text:
            raise InputRefused(
                f"Question {n} ({key}) has no text: type the question.", field="text"
            )
        if type_ not in QUESTION_TYPES:
            raise InputRefused(
                f"Question {n} ({key}) has the unknown type {type_!r}: choose "
                "likert5 (1-5), scale10 (1-10) or text.",
                field="type",
            )
        keys.add(key)
        cleaned.append(
            {"key": key, "text": text, "type": type_, "theme": str(q.get("theme", "")).strip()}
        )
    if not cleaned:
        raise InputRefused("A survey needs at least one question: add one.", field="questions")
    return cleaned


def save_survey(
    db: Database, programme_id: int, kind: str, title: str, questions: list[dict[str, str]]
) -> SurveyRecord:
    """Store the survey's title and questions in their order. A question that has answers
    cannot be removed nor change its type: its answers would be lost or mean something else."""
    survey_kind = _check_kind(kind)
    if not title.strip():
        raise InputRefused(
            "The survey has no title: type one, e.g. 'Final evaluation'.", field="title"
        )
    cleaned = _check_questions(questions)
    with db.unit_of_work() as session:
        programme = _programme(session, programme_id)
        survey = _stored(session, programme_id, survey_kind)
        if survey is not None:
            answered = _answered_keys(session, survey)
            new_types = {q["key"]: q["type"] for q in cleaned}
            for old in survey.questions:
                key = old["key"]
                if key not in answered:
                    continue
                if key not in new_types:
                    raise InputRefused(
                        f"The question {old['text']!r} cannot be removed: responses answer it. "
                        "Change its wording instead, or delete those responses first.",
                        field="questions",
                    )
                if new_types[key] != old["type"]:
                    raise InputRefused(
                        f"The type of the question {old['text']!r} cannot change: responses "
                        f"answer it as {old['type']}. Add a new question instead.",
                        field="type",
                    )
        else:
            survey = Survey(programme_id=programme_id, kind=survey_kind)
            session.add(survey)
        survey.title = title.strip()
        survey.questions = cleaned
        session.flush()
        return _record(session, programme, survey_kind)


def _parse_answers(questions: list[dict[str, Any]], answers: dict[str, object]) -> dict[str, Any]:
    by_key = {q["key"]: q for q in questions}
    parsed: dict[str, Any] = {}
    for key, raw in answers.items():
        question = by_key.get(key)
        if question is None:
            raise InputRefused(f"The survey has no question {key!r}.", field=key)
        try:
            value = parse_answer(question, raw)
        except ValueError as reason:
            raise InputRefused(
                f"Question {question['text']!r}: {reason}. Correct the answer.", field=key
            ) from None
        if value is not None:
            parsed[key] = value
    return parsed


def _store(
    session: Session,
    survey: Survey,
    entries: list[tuple[str | None, dict[str, object], date | None]],
) -> list[ResponseRecord]:
    """Check and add returned forms: (role or None, answers by key, date received)."""
    rows = []
    for role, answers, received_on in entries:
        try:
            parsed_role = parse_role(role)
        except ValueError as reason:
            raise InputRefused(f"The respondent's role: {reason}.", field="role") from None
        parsed = _parse_answers(survey.questions, answers)
        if not parsed:
            raise InputRefused(
                "The form has no answers: type at least one before saving it.", field="answers"
            )
        rows.append(
            Response(
                survey_id=survey.id,
                respondent_role=Role(parsed_role) if parsed_role else None,
                answers=parsed,
                received_on=received_on or date.today(),
            )
        )
    session.add_all(rows)
    session.flush()
    return [_response_record(r) for r in rows]


def add_response(
    db: Database,
    programme_id: int,
    kind: str,
    answers: dict[str, object],
    *,
    role: str | None = None,
    received_on: date | None = None,
) -> ResponseRecord:
    """Store one returned form, anonymous (no participant). The built-in survey is stored
    first when the programme has none."""
    survey_kind = _check_kind(kind)
    with db.unit_of_work() as session:
        survey = _ensure_survey(session, _programme(session, programme_id), survey_kind)
        return _store(session, survey, [(role, answers, received_on)])[0]


def preview_response_import(
    db: Database, programme_id: int, kind: str, path: str | Path, *, sheet: str | int | None = None
) -> ResponsePreview:
    """Read and check a file of responses against the programme's survey; writes nothing."""
    survey = programme_survey(db, programme_id, kind)
    return read_responses(path, survey.questions, sheet=sheet)


def import_responses(
    db: Database, programme_id: int, kind: str, path: str | Path, *, sheet: str | int | None = None
) -> list[ResponseRecord]:
    """Import every response of the file in one unit of work, or nothing while the file has
    an error (InputRefused listing the errors)."""
    preview = preview_response_import(db, programme_id, kind, path, sheet=sheet)
    if preview.has_errors:
        errors = preview.errors
        lines = [
            f"{preview.file_name} was not imported: {len(errors)} error"
            f"{'s' if len(errors) != 1 else ''}; nothing was changed. Correct the file and "
            "import again."
        ]
        lines += [str(p) for p in errors[:_REFUSAL_LINES]]
        if len(errors) > _REFUSAL_LINES:
            lines.append(f"... and {len(errors) - _REFUSAL_LINES} more errors.")
        raise InputRefused("\n".join(lines))
    survey_kind = _check_kind(kind)
    with db.unit_of_work() as session:
        survey = _ensure_survey(session, _programme(session, programme_id), survey_kind)
        entries: list[tuple[str | None, dict[str, object], date | None]] = [
            (r.role, dict(r.answers), r.received_on) for r in preview.responses
        ]
        return _store(session, survey, entries) if entries else []


def response_import_report(
    db: Database, programme_id: int, kind: str, preview: ResponsePreview
) -> str:
    """The preview as plain text, naming the programme and the survey."""
    survey = programme_survey(db, programme_id, kind)
    return format_response_report(preview, f"{survey.title!r} of programme {programme_id}")


def _response_record(row: Response) -> ResponseRecord:
    return ResponseRecord(
        id=row.id,
        survey_id=row.survey_id,
        respondent_role=row.respondent_role.value if row.respondent_role else None,
        answers=dict(row.answers),
        received_on=row.received_on,
    )


def list_responses(db: Database, programme_id: int, kind: str) -> list[ResponseRecord]:
    """The responses to the programme's survey, in the order they were entered."""
    survey_kind = _check_kind(kind)
    with db.unit_of_work() as session:
        survey = _stored(session, _programme(session, programme_id).id, survey_kind)
        if survey is None:
            return []
        rows = session.scalars(
            select(Response).where(Response.survey_id == survey.id).order_by(Response.id)
        )
        return [_response_record(r) for r in rows]


def delete_response(db: Database, response_id: int) -> None:
    """Remove one response, e.g. a form typed in twice."""
    with db.unit_of_work() as session:
        row = session.get(Response, response_id)
        if row is None:
            raise InputRefused(f"There is no response {response_id}: it was already removed.")
        session.delete(row)
