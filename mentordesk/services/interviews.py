"""Interviews: the consultant's records of conversations. Notes may be confidential."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import Interview, Pairing, Participant

CONFIDENTIAL_PLACEHOLDER = "confidential"


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


def _subject(interview: Interview) -> str:
    if interview.pairing is not None:
        return (
            f"{interview.pairing.mentor.person.full_name} & "
            f"{interview.pairing.mentee.person.full_name}"
        )
    if interview.participant is not None:
        return interview.participant.person.full_name
    return interview.person.full_name if interview.person is not None else ""


def list_interviews(
    db: Database, *, programme_id: int | None = None, include_confidential: bool = False
) -> list[InterviewRecord]:
    """Interviews, newest first. Confidential notes and answers are replaced by
    "confidential" unless `include_confidential` is asked for in this one call."""
    query = (
        select(Interview)
        .options(
            joinedload(Interview.participant).joinedload(Participant.person),
            joinedload(Interview.person),
            joinedload(Interview.pairing).joinedload(Pairing.mentor).joinedload(Participant.person),
            joinedload(Interview.pairing).joinedload(Pairing.mentee).joinedload(Participant.person),
        )
        .order_by(Interview.date.desc(), Interview.id.desc())
    )
    if programme_id is not None:
        query = query.where(Interview.programme_id == programme_id)
    with db.unit_of_work() as session:
        records = []
        for i in session.scalars(query).unique():
            hidden = i.confidential and not include_confidential
            records.append(
                InterviewRecord(
                    id=i.id,
                    programme_id=i.programme_id,
                    kind=i.kind,
                    date=i.date,
                    interviewer=i.interviewer,
                    with_whom=_subject(i),
                    confidential=i.confidential,
                    notes=CONFIDENTIAL_PLACEHOLDER if hidden else i.notes,
                    answers={k: CONFIDENTIAL_PLACEHOLDER for k in i.answers}
                    if hidden
                    else dict(i.answers),
                )
            )
        return records
