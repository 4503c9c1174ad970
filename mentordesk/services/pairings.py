"""Pairings of mentors and mentees."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from mentordesk.services.records import PairingRecord
from mentordesk.store.database import Database
from mentordesk.store.models import Pairing, Participant


def list_pairings(db: Database, *, programme_id: int | None = None) -> list[PairingRecord]:
    query = (
        select(Pairing)
        .options(
            joinedload(Pairing.mentor).joinedload(Participant.person),
            joinedload(Pairing.mentee).joinedload(Participant.person),
        )
        .order_by(Pairing.programme_id, Pairing.id)
    )
    if programme_id is not None:
        query = query.where(Pairing.programme_id == programme_id)
    with db.unit_of_work() as session:
        return [
            PairingRecord(
                id=p.id,
                programme_id=p.programme_id,
                mentor_participant_id=p.mentor_id,
                mentee_participant_id=p.mentee_id,
                mentor_name=p.mentor.person.full_name,
                mentor_email=p.mentor.person.email or "",
                mentee_name=p.mentee.person.full_name,
                mentee_email=p.mentee.person.email or "",
                status=p.status.value,
                score=p.score,
                started_on=p.started_on,
                ended_on=p.ended_on,
                end_reason=p.end_reason,
            )
            for p in session.scalars(query).unique()
        ]
