"""Participants of programmes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from mentordesk.services.records import ParticipantRecord
from mentordesk.store.database import Database
from mentordesk.store.models import Participant, Person


def list_participants(db: Database, *, programme_id: int | None = None) -> list[ParticipantRecord]:
    query = (
        select(Participant)
        .join(Participant.person)
        .options(
            joinedload(Participant.person).joinedload(Person.organisation),
            joinedload(Participant.person).joinedload(Person.manager),
        )
        .order_by(Participant.programme_id, Participant.role, Person.last_name, Person.first_name)
    )
    if programme_id is not None:
        query = query.where(Participant.programme_id == programme_id)
    with db.unit_of_work() as session:
        return [
            ParticipantRecord(
                id=p.id,
                programme_id=p.programme_id,
                person_id=p.person_id,
                name=p.person.full_name,
                email=p.person.email or "",
                organisation_id=p.person.organisation_id,
                organisation_name=p.person.organisation.name,
                department=p.person.department,
                job_title=p.person.job_title,
                role=p.role.value,
                status=p.status.value,
                capacity=p.capacity,
                goals=list(p.goals),
                expertise=list(p.expertise),
                first_name=p.person.first_name,
                last_name=p.person.last_name,
                phone=p.person.phone,
                level=p.person.level,
                location=p.person.location,
                languages=list(p.person.languages),
                manager_email=(p.person.manager.email or "") if p.person.manager else "",
            )
            for p in session.scalars(query).unique()
        ]
