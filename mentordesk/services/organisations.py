"""Client organisations."""

from __future__ import annotations

from sqlalchemy import func, select

from mentordesk.services.errors import InputRefused
from mentordesk.services.records import OrganisationRecord
from mentordesk.store.database import Database
from mentordesk.store.models import Organisation, Person, Programme


def create_organisation(db: Database, name: str) -> OrganisationRecord:
    clean = " ".join(name.split())
    if not clean:
        raise InputRefused("An organisation needs a name.", field="name")
    with db.unit_of_work() as session:
        organisation = Organisation(name=clean)
        session.add(organisation)
        session.flush()
        new_id = organisation.id
    return get_organisation(db, new_id)


def get_organisation(db: Database, organisation_id: int) -> OrganisationRecord:
    records = list_organisations(db, include_archived=True, only_id=organisation_id)
    if not records:
        raise InputRefused(f"There is no organisation with ID {organisation_id}.",
                           field="organisation")
    return records[0]


def list_organisations(
    db: Database, *, include_archived: bool = True, only_id: int | None = None
) -> list[OrganisationRecord]:
    people = (
        select(Person.organisation_id, func.count().label("n"))
        .group_by(Person.organisation_id)
        .subquery()
    )
    programmes = (
        select(Programme.organisation_id, func.count().label("n"))
        .group_by(Programme.organisation_id)
        .subquery()
    )
    query = (
        select(Organisation, people.c.n, programmes.c.n)
        .outerjoin(people, people.c.organisation_id == Organisation.id)
        .outerjoin(programmes, programmes.c.organisation_id == Organisation.id)
        .order_by(func.lower(Organisation.name), Organisation.id)
    )
    if not include_archived:
        query = query.where(Organisation.archived_at.is_(None))
    if only_id is not None:
        query = query.where(Organisation.id == only_id)
    with db.unit_of_work() as session:
        return [
            OrganisationRecord(
                id=o.id,
                name=o.name,
                sector=o.sector,
                country=o.country,
                language=o.language.value,
                brand_colour=o.brand_colour,
                archived=o.archived_at is not None,
                people=n_people or 0,
                programmes=n_programmes or 0,
            )
            for o, n_people, n_programmes in session.execute(query)
        ]
