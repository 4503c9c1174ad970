"""Client organisations: create, edit, archive and restore, delete with undo."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, selectinload

from mentordesk.services.errors import InputRefused
from mentordesk.services.records import OrganisationRecord
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Contact,
    Interview,
    Language,
    Organisation,
    Participant,
    Person,
    Programme,
    ProgrammeOrganisation,
    ProgrammeRole,
)

LOGO_TYPES = {"image/png", "image/jpeg", "image/svg+xml"}
LOGO_MAX_BYTES = 2_000_000
_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class ContactData:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class OrganisationInput:
    """What the organisation form edits."""

    name: str
    sector: str = ""
    country: str = ""
    language: str = "en"
    address: str = ""
    notes: str = ""
    brand_colour: str = "#1F4E79"
    logo: bytes | None = None
    logo_mime: str | None = None
    contacts: tuple[ContactData, ...] = ()


@dataclass(frozen=True)
class OrganisationDetail:
    id: int
    data: OrganisationInput
    archived: bool
    people: int
    programmes: int


@dataclass(frozen=True)
class DeletedOrganisation:
    """Everything a delete removed, so that Undo can put it back with the same IDs."""

    name: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _validated(data: OrganisationInput) -> OrganisationInput:
    name = " ".join(data.name.split())
    if not name:
        raise InputRefused("An organisation needs a name.", field="name")
    if data.language not in {lang.value for lang in Language}:
        raise InputRefused(
            f"Language {data.language!r} is not offered: choose English (en) or Danish (da).",
            field="language",
        )
    if not _HEX_COLOUR.match(data.brand_colour):
        raise InputRefused(
            f"Brand colour {data.brand_colour!r} is not a colour like #1F4E79.",
            field="brand_colour",
        )
    if data.logo is not None:
        if data.logo_mime not in LOGO_TYPES:
            raise InputRefused("A logo must be a PNG, JPEG or SVG image.", field="logo")
        if len(data.logo) > LOGO_MAX_BYTES:
            raise InputRefused(
                f"The logo is {len(data.logo) // 1000} kB; choose one under 2 MB.", field="logo"
            )
    for index, contact in enumerate(data.contacts, start=1):
        if not contact.name.strip():
            raise InputRefused(f"Contact {index} needs a name.", field="contacts")
    return OrganisationInput(
        name=name,
        sector=data.sector.strip(),
        country=data.country.strip(),
        language=data.language,
        address=data.address.strip(),
        notes=data.notes,
        brand_colour=data.brand_colour.upper(),
        logo=data.logo,
        logo_mime=data.logo_mime if data.logo is not None else None,
        contacts=tuple(
            ContactData(c.name.strip(), c.role.strip(), c.email.strip(), c.phone.strip())
            for c in data.contacts
        ),
    )


def create_organisation(db: Database, name: str) -> OrganisationRecord:
    return get_organisation(db, save_organisation(db, OrganisationInput(name=name)))


def save_organisation(
    db: Database, data: OrganisationInput, organisation_id: int | None = None
) -> int:
    """Create (no ID) or update an organisation with its contacts; returns its ID."""
    clean = _validated(data)
    with db.unit_of_work() as session:
        if organisation_id is None:
            organisation = Organisation(name=clean.name)
            session.add(organisation)
        else:
            organisation = _load(session, organisation_id)
        organisation.name = clean.name
        organisation.sector = clean.sector
        organisation.country = clean.country
        organisation.language = Language(clean.language)
        organisation.address = clean.address
        organisation.notes = clean.notes
        organisation.brand_colour = clean.brand_colour
        organisation.logo = clean.logo
        organisation.logo_mime = clean.logo_mime
        organisation.contacts = [
            Contact(name=c.name, role=c.role, email=c.email, phone=c.phone) for c in clean.contacts
        ]
        session.flush()
        return organisation.id


def _load(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise InputRefused(
            f"There is no organisation with ID {organisation_id}.", field="organisation"
        )
    return organisation


def organisation_detail(db: Database, organisation_id: int) -> OrganisationDetail:
    record = get_organisation(db, organisation_id)
    with db.unit_of_work() as session:
        o = _load(session, organisation_id)
        data = OrganisationInput(
            name=o.name,
            sector=o.sector,
            country=o.country,
            language=o.language.value,
            address=o.address,
            notes=o.notes,
            brand_colour=o.brand_colour,
            logo=o.logo,
            logo_mime=o.logo_mime,
            contacts=tuple(ContactData(c.name, c.role, c.email, c.phone) for c in o.contacts),
        )
    return OrganisationDetail(
        organisation_id, data, record.archived, record.people, record.programmes
    )


def set_archived(db: Database, organisation_id: int, archived: bool) -> None:
    """Archive (hide, keeping everything) or restore an organisation."""
    with db.unit_of_work() as session:
        organisation = _load(session, organisation_id)
        organisation.archived_at = datetime.now() if archived else None


_DELETE_ORDER = ("organisation", "contact", "person")


def delete_organisation(db: Database, organisation_id: int) -> DeletedOrganisation:
    """Delete an organisation that has no programmes, with its contacts and people.

    Refused, with the reason, while it hosts or joins a programme or its people take part
    in one. Returns what was removed, for `undo_delete`.
    """
    with db.unit_of_work() as session:
        organisation = _load(session, organisation_id)
        hosted = (
            session.scalar(select(func.count()).where(Programme.organisation_id == organisation_id))
            or 0
        )
        joined = (
            session.scalar(
                select(func.count()).where(ProgrammeOrganisation.organisation_id == organisation_id)
            )
            or 0
        )
        if hosted or joined:
            raise InputRefused(
                f"{organisation.name} has {hosted + joined} programme(s), so it cannot be "
                "deleted. Archive it instead: that hides it and keeps everything."
            )
        people = select(Person.id).where(Person.organisation_id == organisation_id)
        involved = any(
            session.scalar(select(func.count()).where(column.in_(people)))
            for column in (
                Participant.person_id,
                ProgrammeRole.person_id,
                Interview.person_id,
                Programme.hr_contact_id,
            )
        )
        if involved:
            raise InputRefused(
                f"People of {organisation.name} take part in other organisations' programmes, "
                "so it cannot be deleted. Archive it instead."
            )
        snapshot = DeletedOrganisation(
            name=organisation.name,
            rows={
                "organisation": _rows(session, Organisation, Organisation.id == organisation_id),
                "contact": _rows(session, Contact, Contact.organisation_id == organisation_id),
                "person": _rows(session, Person, Person.organisation_id == organisation_id),
            },
        )
        session.expunge_all()
        # Managers first lose their reports' links, so people can go in any order.
        session.execute(
            update(Person).where(Person.organisation_id == organisation_id).values(manager_id=None)
        )
        session.execute(delete(Person).where(Person.organisation_id == organisation_id))
        session.execute(delete(Contact).where(Contact.organisation_id == organisation_id))
        session.execute(delete(Organisation).where(Organisation.id == organisation_id))
        return snapshot


def _rows(session: Session, model: Any, condition: Any) -> list[dict[str, Any]]:
    columns = model.__table__.columns
    return [dict(row._mapping) for row in session.execute(select(*columns).where(condition))]


def undo_delete(db: Database, snapshot: DeletedOrganisation) -> int:
    """Put a deleted organisation back exactly as it was (same IDs)."""
    with db.unit_of_work() as session:
        org_rows = snapshot.rows["organisation"]
        session.execute(insert(Organisation), org_rows)
        if snapshot.rows["contact"]:
            session.execute(insert(Contact), snapshot.rows["contact"])
        people = snapshot.rows["person"]
        if people:
            session.execute(insert(Person), [{**row, "manager_id": None} for row in people])
            for row in people:
                if row["manager_id"] is not None:
                    session.execute(
                        update(Person)
                        .where(Person.id == row["id"])
                        .values(manager_id=row["manager_id"])
                    )
        return int(org_rows[0]["id"])


def get_organisation(db: Database, organisation_id: int) -> OrganisationRecord:
    records = list_organisations(db, include_archived=True, only_id=organisation_id)
    if not records:
        raise InputRefused(
            f"There is no organisation with ID {organisation_id}.", field="organisation"
        )
    return records[0]


def list_organisations(
    db: Database,
    *,
    include_archived: bool = True,
    only_id: int | None = None,
    search: str = "",
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
        .options(selectinload(Organisation.contacts))
        .outerjoin(people, people.c.organisation_id == Organisation.id)
        .outerjoin(programmes, programmes.c.organisation_id == Organisation.id)
        .order_by(func.lower(Organisation.name), Organisation.id)
    )
    if not include_archived:
        query = query.where(Organisation.archived_at.is_(None))
    if only_id is not None:
        query = query.where(Organisation.id == only_id)
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            or_(
                Organisation.name.ilike(pattern),
                Organisation.sector.ilike(pattern),
                Organisation.country.ilike(pattern),
            )
        )
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
                address=o.address,
                contacts=[
                    {"name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
                    for c in o.contacts
                ],
            )
            for o, n_people, n_programmes in session.execute(query)
        ]
