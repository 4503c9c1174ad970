"""Interviews: the consultant's records of conversations. Notes may be confidential.

Lists hide confidential notes and answers behind "confidential" unless the caller asks for
them in that one call; only `get_interview`, which opens one interview, returns them whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from mentordesk.services import followups
from mentordesk.services.errors import InputRefused
from mentordesk.services.interview_templates import InterviewTemplateRecord, template_in_session
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Interview,
    Pairing,
    PairingStatus,
    Participant,
    Person,
    Programme,
    ProgrammeRole,
)

CONFIDENTIAL_PLACEHOLDER = "confidential"
YES, NO = "Yes", "No"
MAX_NUMBER = 10_000


@dataclass(frozen=True)
class InterviewRecord(Record):
    id: int
    programme_id: int
    kind: str
    date: date
    interviewer: str
    with_whom: str
    confidential: bool
    notes: str
    answers: dict[str, object]
    participant_id: int | None = None
    pairing_id: int | None = None
    person_id: int | None = None
    programme_name: str = ""


@dataclass(frozen=True)
class InterviewData:
    """An interview to record (no ID) or to change. Its subject is exactly one of a
    participant or a pair of the programme, or a person of one of its organisations."""

    programme_id: int
    kind: str
    date: date
    interviewer: str
    participant_id: int | None = None
    pairing_id: int | None = None
    person_id: int | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    notes: str = ""
    confidential: bool = True


@dataclass(frozen=True)
class Subject(Record):
    """Someone an interview of a programme can be with."""

    kind: str  # participant | pairing | person
    id: int
    name: str
    detail: str  # "mentee", "pair", "sponsor", ...


def default_confidential(subject_kind: str) -> bool:
    """Notes of mentors, mentees and pairs are confidential by default; a sponsor's not."""
    return subject_kind != "person"


def _subject(interview: Interview) -> str:
    if interview.pairing is not None:
        return followups.pair_name(interview.pairing)
    if interview.participant is not None:
        return interview.participant.person.full_name
    return interview.person.full_name if interview.person is not None else ""


def _record(i: Interview, *, include_confidential: bool) -> InterviewRecord:
    hidden = i.confidential and not include_confidential
    return InterviewRecord(
        id=i.id,
        programme_id=i.programme_id,
        kind=i.kind,
        date=i.date,
        interviewer=i.interviewer,
        with_whom=_subject(i),
        confidential=i.confidential,
        notes=CONFIDENTIAL_PLACEHOLDER if hidden else i.notes,
        answers={k: CONFIDENTIAL_PLACEHOLDER for k in i.answers} if hidden else dict(i.answers),
        participant_id=i.participant_id,
        pairing_id=i.pairing_id,
        person_id=i.person_id,
        programme_name=i.programme.name,
    )


def _with_subjects() -> list[Any]:
    return [
        joinedload(Interview.programme),
        joinedload(Interview.participant).joinedload(Participant.person),
        joinedload(Interview.person),
        joinedload(Interview.pairing).joinedload(Pairing.mentor).joinedload(Participant.person),
        joinedload(Interview.pairing).joinedload(Pairing.mentee).joinedload(Participant.person),
    ]


def list_interviews(
    db: Database,
    *,
    programme_id: int | None = None,
    include_confidential: bool = False,
    kind: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    person_id: int | None = None,
) -> list[InterviewRecord]:
    """Interviews, newest first. Confidential notes and answers are replaced by
    "confidential" unless `include_confidential` is asked for in this one call.
    `person_id` keeps the interviews with that person: alone, as a participant, or in a
    pair, in any programme."""
    query = (
        select(Interview)
        .options(*_with_subjects())
        .order_by(Interview.date.desc(), Interview.id.desc())
    )
    if programme_id is not None:
        query = query.where(Interview.programme_id == programme_id)
    if kind is not None:
        query = query.where(Interview.kind == kind)
    if date_from is not None:
        query = query.where(Interview.date >= date_from)
    if date_to is not None:
        query = query.where(Interview.date <= date_to)
    if person_id is not None:
        own = select(Participant.id).where(Participant.person_id == person_id)
        pairs = select(Pairing.id).where(
            or_(Pairing.mentor_id.in_(own), Pairing.mentee_id.in_(own))
        )
        query = query.where(
            or_(
                Interview.person_id == person_id,
                Interview.participant_id.in_(own),
                Interview.pairing_id.in_(pairs),
            )
        )
    with db.unit_of_work() as session:
        return [
            _record(i, include_confidential=include_confidential)
            for i in session.scalars(query).unique()
        ]


def _interview(session: Session, interview_id: int) -> Interview:
    interview = session.get(Interview, interview_id, options=_with_subjects())
    if interview is None:
        raise InputRefused(f"There is no interview with ID {interview_id}.", field="id")
    return interview


def get_interview(db: Database, interview_id: int) -> InterviewRecord:
    """One interview whole, confidential notes included: for the interview's own dialog."""
    with db.unit_of_work() as session:
        return _record(_interview(session, interview_id), include_confidential=True)


# ---------------------------------------------------------------------------------------
# Whom an interview can be with


def list_subjects(db: Database, programme_id: int) -> list[Subject]:
    """The programme's participants, its pairs (not merely proposed), and
    the people with a role in it: sponsors, ambassadors, the HR contact, and anyone
    interviewed in it before."""
    with db.unit_of_work() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")
        participants = session.scalars(
            select(Participant)
            .where(Participant.programme_id == programme_id)
            .options(joinedload(Participant.person))
        ).all()
        subjects = sorted(
            (Subject("participant", p.id, p.person.full_name, p.role.value) for p in participants),
            key=lambda s: s.name.casefold(),
        )
        pairings = session.scalars(
            select(Pairing)
            .where(Pairing.programme_id == programme_id, Pairing.status != PairingStatus.PROPOSED)
            .options(
                joinedload(Pairing.mentor).joinedload(Participant.person),
                joinedload(Pairing.mentee).joinedload(Participant.person),
            )
            .order_by(Pairing.id)
        ).unique()
        subjects += sorted(
            (
                Subject("pairing", p.id, followups.pair_name(p), f"pair, {p.status.value}")
                for p in pairings
            ),
            key=lambda s: s.name.casefold(),
        )
        people: dict[int, Subject] = {}
        roles = session.scalars(
            select(ProgrammeRole)
            .where(ProgrammeRole.programme_id == programme_id)
            .options(joinedload(ProgrammeRole.person))
        )
        for role in roles:
            people.setdefault(
                role.person_id,
                Subject("person", role.person_id, role.person.full_name, role.role.value),
            )
        if programme.hr_contact is not None:
            hr = programme.hr_contact
            people.setdefault(hr.id, Subject("person", hr.id, hr.full_name, "HR contact"))
        interviewed = session.scalars(
            select(Person)
            .join(Interview, Interview.person_id == Person.id)
            .where(Interview.programme_id == programme_id)
        ).unique()
        for person in interviewed:
            people.setdefault(
                person.id, Subject("person", person.id, person.full_name, "interviewed")
            )
        subjects += sorted(people.values(), key=lambda s: s.name.casefold())
        return subjects


# ---------------------------------------------------------------------------------------
# Recording, changing and deleting


def _clean_answer(question_type: str, text: str, value: Any) -> Any:
    """An answer as stored, or None when it was left empty; refuses a wrong type."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if question_type in ("scale10", "number"):
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = None
        if question_type == "scale10" and (number is None or not 1 <= number <= 10):
            raise InputRefused(f"“{text}” is answered from 1 to 10.", field="answers")
        if number is None or not 0 <= number <= MAX_NUMBER:
            raise InputRefused(
                f"“{text}” is answered with a whole number from 0 to {MAX_NUMBER}.",
                field="answers",
            )
        return number
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return YES if value else NO
    return value


def _clean_answers(template: InterviewTemplateRecord, answers: dict[str, Any]) -> dict[str, Any]:
    """Answers to the template's questions checked by type; answers kept under keys the
    template no longer asks (an edited template) are kept as they are."""
    cleaned: dict[str, Any] = {}
    for key, value in answers.items():
        question = template.question(key)
        answer = (
            _clean_answer(question.type, question.text, value)
            if question is not None
            else _clean_answer("text", key, value)
        )
        if answer is not None:
            cleaned[key] = answer
    return cleaned


def _check_subject(session: Session, programme: Programme, data: InterviewData) -> None:
    given = [x for x in (data.participant_id, data.pairing_id, data.person_id) if x is not None]
    if not given:
        raise InputRefused(
            "Choose whom the interview was with: a participant, a pair or a person.",
            field="subject",
        )
    if len(given) > 1:
        raise InputRefused(
            "An interview is with one participant, one pair or one person, not several.",
            field="subject",
        )
    if data.participant_id is not None:
        participant = session.get(Participant, data.participant_id)
        if participant is None or participant.programme_id != programme.id:
            raise InputRefused(
                f"There is no participant with ID {data.participant_id} in {programme.name}: "
                "choose one of its participants.",
                field="subject",
            )
    if data.pairing_id is not None:
        pairing = session.get(Pairing, data.pairing_id)
        if pairing is None or pairing.programme_id != programme.id:
            raise InputRefused(
                f"There is no pair with ID {data.pairing_id} in {programme.name}: choose one "
                "of its pairs.",
                field="subject",
            )
    if data.person_id is not None:
        person = session.get(Person, data.person_id)
        organisations = {programme.organisation_id} | {o.id for o in programme.guest_organisations}
        if person is None or person.organisation_id not in organisations:
            raise InputRefused(
                f"There is no person with ID {data.person_id} in the organisations of "
                f"{programme.name}.",
                field="subject",
            )


def _apply(session: Session, interview: Interview, data: InterviewData, today: date) -> None:
    """Check the data and write it into the interview; refuses before changing anything."""
    programme = session.get(Programme, data.programme_id)
    if programme is None:
        raise InputRefused(f"There is no programme with ID {data.programme_id}.", field="programme")
    # Checked in the order of the dialog's fields, so the first problem is shown first.
    template = template_in_session(session, programme.id, data.kind)
    _check_subject(session, programme, data)
    if not isinstance(data.date, date):
        raise InputRefused("Give the date of the interview.", field="date")
    if data.date > today:
        raise InputRefused(
            f"{data.date:%d %b %Y} is in the future: record an interview once it has taken place.",
            field="date",
        )
    interviewer = " ".join(data.interviewer.split())
    if not interviewer:
        raise InputRefused("Say who held the interview.", field="interviewer")
    interview.programme_id = programme.id
    interview.kind = template.kind
    interview.date = data.date
    interview.interviewer = interviewer[:200]
    interview.participant_id = data.participant_id
    interview.pairing_id = data.pairing_id
    interview.person_id = data.person_id
    interview.answers = _clean_answers(template, data.answers)
    interview.notes = data.notes.strip()
    interview.confidential = bool(data.confidential)


def _saved(session: Session, interview: Interview) -> InterviewRecord:
    session.flush()
    session.expire(interview)
    return _record(_interview(session, interview.id), include_confidential=True)


def record_interview(
    db: Database, data: InterviewData, *, today: date | None = None
) -> InterviewRecord:
    """Record a new interview. One unit of work."""
    with db.unit_of_work() as session:
        interview = Interview()
        _apply(session, interview, data, today or date.today())
        session.add(interview)
        return _saved(session, interview)


def update_interview(
    db: Database, interview_id: int, data: InterviewData, *, today: date | None = None
) -> InterviewRecord:
    """Change a recorded interview (within its programme). One unit of work."""
    with db.unit_of_work() as session:
        interview = _interview(session, interview_id)
        if interview.programme_id != data.programme_id:
            raise InputRefused(
                "An interview stays in its programme: record a new one in the other programme.",
                field="programme",
            )
        _apply(session, interview, data, today or date.today())
        return _saved(session, interview)


def delete_interview(db: Database, interview_id: int) -> None:
    """Delete an interview; a follow-up done with it stays done, without the link."""
    with db.unit_of_work() as session:
        session.delete(_interview(session, interview_id))


def record_followup_call(
    db: Database,
    followup_id: int,
    data: InterviewData,
    *,
    outcome: str = "",
    today: date | None = None,
) -> InterviewRecord:
    """Record the interview of a follow-up and mark the follow-up done with it, in one
    unit of work: both are saved, or neither. The outcome is the interview's notes unless
    given (and "see the interview" when the notes are confidential)."""
    today = today or date.today()
    with db.unit_of_work() as session:
        interview = Interview()
        _apply(session, interview, data, today)
        session.add(interview)
        session.flush()
        if not outcome.strip():
            outcome = (
                "Recorded in the interview (confidential)."
                if interview.confidential
                else interview.notes
            )
        followups.complete_in_session(
            session, followup_id, outcome, on=data.date, interview_id=interview.id
        )
        return _saved(session, interview)
