"""Interview question templates: the built-in set per kind of interview, in English and
Danish, and each programme's own copies and own kinds.

A programme without a stored template for a built-in kind asks the built-in questions in
its language; saving stores the programme's own copy, restoring deletes it again. A kind
the user adds exists only as the programme's stored template. Answers are kept by question
key, so the keys of the built-in questions are those of the recorded interviews.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.services.errors import InputRefused
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import Interview, InterviewTemplate, Programme

QUESTION_TYPES = ("text", "scale10", "yesno", "number")
TYPE_NAMES = {
    "text": "Text",
    "scale10": "Scale 1–10",
    "yesno": "Yes or no",
    "number": "Number",
}
DEFAULT_KIND = "matching"
MAX_QUESTIONS = 40
MAX_KIND_LENGTH = 50

# kind -> (title en, title da, [(key, type, text en, text da), ...])
_BUILT_IN: dict[str, tuple[str, str, list[tuple[str, str, str, str]]]] = {
    "matching": (
        "Matching interview",
        "Matchingsamtale",
        [
            (
                "goals",
                "text",
                "What do you want to achieve in the programme? Which goals?",
                "Hvad vil du gerne opnå i programmet? Hvilke mål har du?",
            ),
            (
                "motivation",
                "text",
                "Why do you want to take part now?",
                "Hvorfor vil du deltage netop nu?",
            ),
            (
                "wishes_for_mentor",
                "text",
                "What do you expect of a mentor?",
                "Hvad forventer du af en mentor?",
            ),
            (
                "avoid",
                "text",
                "Is there anything or anyone the match should avoid (your own line of "
                "management, a department, a person)?",
                "Er der noget eller nogen, matchet skal undgå (din egen ledelseslinje, en "
                "afdeling, en bestemt person)?",
            ),
            (
                "availability",
                "text",
                "How often and how can you meet (in person, online)?",
                "Hvor ofte og hvordan kan du mødes (fysisk, online)?",
            ),
            (
                "experience_as_mentor",
                "text",
                "Mentors: earlier experience as a mentor?",
                "Mentorer: tidligere erfaring som mentor?",
            ),
            (
                "what_i_offer",
                "text",
                "Mentors: what can you offer a mentee?",
                "Mentorer: hvad kan du tilbyde en mentee?",
            ),
            (
                "capacity",
                "number",
                "Mentors: how many mentees can you take on?",
                "Mentorer: hvor mange mentees kan du påtage dig?",
            ),
        ],
    ),
    "follow-up": (
        "Follow-up call",
        "Opfølgningssamtale",
        [
            ("has_met", "yesno", "Has the pair met?", "Har parret mødtes?"),
            (
                "meetings_held",
                "number",
                "How many times have you met so far?",
                "Hvor mange gange har I mødtes indtil nu?",
            ),
            (
                "meeting_rhythm",
                "text",
                "How often do you meet, and does that suit you?",
                "Hvor ofte mødes I, og passer det jer?",
            ),
            (
                "working_on_goals",
                "yesno",
                "Are you working on the mentee's goals?",
                "Arbejder I med mentees mål?",
            ),
            (
                "agreement_signed",
                "yesno",
                "Have you signed the mentoring agreement?",
                "Har I underskrevet mentoraftalen?",
            ),
            (
                "chemistry",
                "text",
                "How is the chemistry between you?",
                "Hvordan er kemien mellem jer?",
            ),
            (
                "satisfaction",
                "scale10",
                "How satisfied are you with the relationship, from 1 to 10?",
                "Hvor tilfreds er du med forløbet på en skala fra 1 til 10?",
            ),
            (
                "concerns",
                "text",
                "Any concerns, or anything we should help with?",
                "Er der bekymringer eller noget, vi skal hjælpe med?",
            ),
            (
                "next_meeting_booked",
                "yesno",
                "Is the next meeting booked?",
                "Er det næste møde aftalt?",
            ),
        ],
    ),
    "mid-term": (
        "Mid-term review",
        "Midtvejsevaluering",
        [
            (
                "meetings_held",
                "number",
                "How many times have you met so far?",
                "Hvor mange gange har I mødtes indtil nu?",
            ),
            (
                "satisfaction",
                "scale10",
                "How satisfied are you with the relationship, from 1 to 10?",
                "Hvor tilfreds er du med forløbet på en skala fra 1 til 10?",
            ),
            (
                "progress_on_goals",
                "text",
                "What progress has the mentee made on the goals?",
                "Hvilke fremskridt har mentee gjort i forhold til målene?",
            ),
            (
                "what_works",
                "text",
                "What works well in the relationship?",
                "Hvad fungerer godt i forløbet?",
            ),
            (
                "what_to_adjust",
                "text",
                "What should you adjust for the second half?",
                "Hvad skal I justere i anden halvdel?",
            ),
            (
                "concerns",
                "text",
                "Any concerns, or anything we should help with?",
                "Er der bekymringer eller noget, vi skal hjælpe med?",
            ),
        ],
    ),
    "final-evaluation": (
        "Final evaluation",
        "Slutevaluering",
        [
            (
                "satisfaction",
                "scale10",
                "Overall, how satisfied are you with the programme, from 1 to 10?",
                "Hvor tilfreds er du samlet set med programmet på en skala fra 1 til 10?",
            ),
            (
                "goals_reached",
                "text",
                "To what extent have the goals been reached?",
                "I hvilken grad er målene nået?",
            ),
            (
                "most_valuable",
                "text",
                "What has been most valuable to you?",
                "Hvad har været mest værdifuldt for dig?",
            ),
            (
                "what_to_improve",
                "text",
                "What should the next round do differently?",
                "Hvad skal den næste runde gøre anderledes?",
            ),
            (
                "would_recommend",
                "yesno",
                "Would you recommend the programme to a colleague?",
                "Vil du anbefale programmet til en kollega?",
            ),
        ],
    ),
    "sponsor": (
        "Sponsor interview",
        "Sponsorsamtale",
        [
            (
                "purpose",
                "text",
                "What should the programme achieve for the organisation?",
                "Hvad skal programmet opnå for organisationen?",
            ),
            (
                "success_looks_like",
                "text",
                "What does success look like, and how will you notice it?",
                "Hvordan ser succes ud, og hvordan vil I mærke den?",
            ),
            ("risks", "text", "What could get in the way?", "Hvad kan stå i vejen?"),
            (
                "sponsor_role",
                "text",
                "What will you do as sponsor (kick-off, closing meeting, communication)?",
                "Hvad gør du som sponsor (kick-off, afslutning, kommunikation)?",
            ),
            (
                "satisfaction",
                "scale10",
                "How satisfied are you with the programme so far, from 1 to 10?",
                "Hvor tilfreds er du med programmet indtil nu på en skala fra 1 til 10?",
            ),
            (
                "results_seen",
                "text",
                "Which results have you seen?",
                "Hvilke resultater har I set?",
            ),
            (
                "next_round",
                "text",
                "Should there be a next round, and what should change?",
                "Skal der være en ny runde, og hvad skal i så ændres?",
            ),
            (
                "report_to",
                "text",
                "Whom should the evaluation report go to?",
                "Hvem skal evalueringsrapporten sendes til?",
            ),
        ],
    ),
}
BUILT_IN_KINDS = tuple(_BUILT_IN)


@dataclass(frozen=True)
class Question(Record):
    """One question; `key` names its answer. A new question may come without a key: one
    is made from its text when the template is saved."""

    text: str
    type: str = "text"
    key: str = ""


@dataclass(frozen=True)
class InterviewTemplateRecord(Record):
    programme_id: int
    kind: str
    title: str
    questions: tuple[Question, ...]
    built_in_kind: bool  # one of BUILT_IN_KINDS (it can be restored)
    customised: bool  # the programme's own stored copy

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)


def built_in_template(
    kind: str, language: str = "en", programme_id: int = 0
) -> InterviewTemplateRecord:
    """The built-in questions of a built-in kind, in English or Danish."""
    if kind not in _BUILT_IN:
        raise InputRefused(
            f"“{kind}” has no built-in questions: the built-in kinds are "
            f"{', '.join(BUILT_IN_KINDS)}.",
            field="kind",
        )
    title_en, title_da, rows = _BUILT_IN[kind]
    danish = language == "da"
    return InterviewTemplateRecord(
        programme_id=programme_id,
        kind=kind,
        title=title_da if danish else title_en,
        questions=tuple(
            Question(key=key, type=qtype, text=da if danish else en) for key, qtype, en, da in rows
        ),
        built_in_kind=True,
        customised=False,
    )


def _stored_record(row: InterviewTemplate) -> InterviewTemplateRecord:
    return InterviewTemplateRecord(
        programme_id=row.programme_id,
        kind=row.kind,
        title=row.title,
        questions=tuple(
            Question(key=str(q["key"]), text=str(q["text"]), type=str(q.get("type", "text")))
            for q in row.questions
        ),
        built_in_kind=row.kind in _BUILT_IN,
        customised=True,
    )


def _programme(session: Session, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")
    return programme


def _stored(session: Session, programme_id: int) -> dict[str, InterviewTemplate]:
    rows = session.scalars(
        select(InterviewTemplate)
        .where(InterviewTemplate.programme_id == programme_id)
        .order_by(InterviewTemplate.id)
    )
    return {row.kind: row for row in rows}


def templates_in_session(
    session: Session, programme_id: int, language: str | None = None
) -> list[InterviewTemplateRecord]:
    """The programme's templates: the built-in kinds first (its own copy where it has
    one), then the kinds it added. Built-in questions are in `language`, by default the
    programme's."""
    programme = _programme(session, programme_id)
    language = language or programme.language.value
    stored = _stored(session, programme_id)
    records = [
        _stored_record(stored[kind])
        if kind in stored
        else built_in_template(kind, language, programme_id)
        for kind in BUILT_IN_KINDS
    ]
    records += [_stored_record(row) for kind, row in stored.items() if kind not in _BUILT_IN]
    return records


def list_templates(
    db: Database, programme_id: int, *, language: str | None = None
) -> list[InterviewTemplateRecord]:
    with db.unit_of_work() as session:
        return templates_in_session(session, programme_id, language)


def template_in_session(
    session: Session, programme_id: int, kind: str, language: str | None = None
) -> InterviewTemplateRecord:
    for record in templates_in_session(session, programme_id, language):
        if record.kind == kind:
            return record
    known = ", ".join(r.kind for r in templates_in_session(session, programme_id, language))
    raise InputRefused(
        f"The programme has no interview kind “{kind}”: choose one of {known}, or add the "
        "kind under Interviews › Questions first.",
        field="kind",
    )


def get_template(
    db: Database, programme_id: int, kind: str, *, language: str | None = None
) -> InterviewTemplateRecord:
    """The questions the programme asks in one kind of interview."""
    with db.unit_of_work() as session:
        return template_in_session(session, programme_id, kind, language)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")[:40] or "question"


def _clean_questions(questions: Sequence[Question]) -> list[dict[str, str]]:
    """Questions as stored: text tidied, types checked, a unique key for each."""
    if not questions:
        raise InputRefused("A template needs at least one question.", field="questions")
    if len(questions) > MAX_QUESTIONS:
        raise InputRefused(
            f"A template holds at most {MAX_QUESTIONS} questions; this one has {len(questions)}.",
            field="questions",
        )
    taken = {q.key for q in questions if q.key}
    if len(taken) != sum(1 for q in questions if q.key):
        raise InputRefused("Two questions have the same key.", field="questions")
    cleaned = []
    for number, question in enumerate(questions, start=1):
        text = " ".join(question.text.split())
        if not text:
            raise InputRefused(
                f"Question {number} has no text: write it or remove it.", field="questions"
            )
        if question.type not in QUESTION_TYPES:
            raise InputRefused(
                f"Question {number} has the unknown answer type “{question.type}”: use one "
                f"of {', '.join(QUESTION_TYPES)}.",
                field="questions",
            )
        key = question.key
        if not key:
            base = key = _slug(text)
            suffix = 2
            while key in taken:
                key, suffix = f"{base}_{suffix}", suffix + 1
            taken.add(key)
        cleaned.append({"key": key, "text": text, "type": question.type})
    return cleaned


def _clean_title(title: str) -> str:
    clean = " ".join(title.split())
    if not clean:
        raise InputRefused("Give the kind of interview a title.", field="title")
    return clean[:200]


def save_template(
    db: Database, programme_id: int, kind: str, title: str, questions: Sequence[Question]
) -> InterviewTemplateRecord:
    """Store the programme's own questions for a kind it already has (built-in or added)."""
    clean_title = _clean_title(title)
    cleaned = _clean_questions(questions)
    with db.unit_of_work() as session:
        template_in_session(session, programme_id, kind)  # refuses an unknown kind
        row = _stored(session, programme_id).get(kind)
        if row is None:
            row = InterviewTemplate(programme_id=programme_id, kind=kind)
            session.add(row)
        row.title = clean_title
        row.questions = cleaned
        session.flush()
        return _stored_record(row)


def kind_key(title: str) -> str:
    """The stored kind of a title the user gave: "Network call" -> "network-call"."""
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:MAX_KIND_LENGTH]


def add_kind(
    db: Database, programme_id: int, title: str, questions: Sequence[Question]
) -> InterviewTemplateRecord:
    """Add a kind of interview of the user's own to the programme, with its questions."""
    clean_title = _clean_title(title)
    kind = kind_key(clean_title)
    if not kind:
        raise InputRefused(
            "Give the kind a title with letters or digits, such as “Network call”.",
            field="title",
        )
    cleaned = _clean_questions(questions)
    with db.unit_of_work() as session:
        existing = templates_in_session(session, programme_id)
        clash = next(
            (r for r in existing if r.kind == kind or r.title.casefold() == clean_title.casefold()),
            None,
        )
        if clash is not None:
            raise InputRefused(
                f"The programme already has the kind “{clash.title}”: edit its questions "
                "instead, or choose another title.",
                field="title",
            )
        row = InterviewTemplate(
            programme_id=programme_id, kind=kind, title=clean_title, questions=cleaned
        )
        session.add(row)
        session.flush()
        return _stored_record(row)


def restore_built_in(db: Database, programme_id: int, kind: str) -> InterviewTemplateRecord:
    """Forget the programme's own questions of a built-in kind: it asks the built-in ones."""
    with db.unit_of_work() as session:
        programme = _programme(session, programme_id)
        built_in = built_in_template(kind, programme.language.value, programme_id)
        row = _stored(session, programme_id).get(kind)
        if row is not None:
            session.delete(row)
        return built_in


def remove_kind(db: Database, programme_id: int, kind: str) -> None:
    """Remove a kind the user added, if no interview of that kind is recorded."""
    if kind in _BUILT_IN:
        raise InputRefused(
            "A built-in kind cannot be removed; restore its built-in questions instead.",
            field="kind",
        )
    with db.unit_of_work() as session:
        row = _stored(session, programme_id).get(kind)
        if row is None:
            raise InputRefused(f"The programme has no interview kind “{kind}”.", field="kind")
        used = session.scalar(
            select(func.count())
            .select_from(Interview)
            .where(Interview.programme_id == programme_id, Interview.kind == kind)
        )
        if used:
            raise InputRefused(
                f"{used} recorded interview(s) are of the kind “{row.title}”: it stays while "
                "they exist.",
                field="kind",
            )
        session.delete(row)
