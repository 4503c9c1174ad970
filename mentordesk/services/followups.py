"""Follow-ups: tasks with a due date about a participant or a pair."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import FollowUp, FollowUpStatus, Pairing, Participant


@dataclass(frozen=True)
class FollowUpRecord(Record):
    id: int
    programme_id: int
    title: str
    subject: str
    owner: str
    due: date
    status: str
    overdue: bool
    completed_on: date | None
    skip_reason: str


def list_followups(
    db: Database,
    *,
    programme_id: int | None = None,
    due_only: bool = False,
    today: date | None = None,
) -> list[FollowUpRecord]:
    """Follow-ups by due date; `due_only` keeps the open ones due today or earlier."""
    today = today or date.today()
    query = (
        select(FollowUp)
        .options(
            joinedload(FollowUp.participant).joinedload(Participant.person),
            joinedload(FollowUp.pairing).joinedload(Pairing.mentor).joinedload(Participant.person),
            joinedload(FollowUp.pairing).joinedload(Pairing.mentee).joinedload(Participant.person),
        )
        .order_by(FollowUp.due, FollowUp.id)
    )
    if programme_id is not None:
        query = query.where(FollowUp.programme_id == programme_id)
    if due_only:
        query = query.where(FollowUp.status == FollowUpStatus.OPEN, FollowUp.due <= today)
    with db.unit_of_work() as session:
        records = []
        for f in session.scalars(query).unique():
            if f.pairing is not None:
                subject = (
                    f"{f.pairing.mentor.person.full_name} & {f.pairing.mentee.person.full_name}"
                )
            elif f.participant is not None:
                subject = f.participant.person.full_name
            else:
                subject = ""
            records.append(
                FollowUpRecord(
                    id=f.id,
                    programme_id=f.programme_id,
                    title=f.title,
                    subject=subject,
                    owner=f.owner.value,
                    due=f.due,
                    status=f.status.value,
                    overdue=f.status is FollowUpStatus.OPEN and f.due < today,
                    completed_on=f.completed_on,
                    skip_reason=f.skip_reason,
                )
            )
        return records
