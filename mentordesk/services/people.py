"""People of client organisations and their reporting line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select, union
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from mentordesk.services.errors import InputRefused
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Interview,
    Organisation,
    Participant,
    Person,
    Programme,
    ProgrammeRole,
)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class PersonInput:
    """What the person form edits."""

    first_name: str
    last_name: str = ""
    email: str = ""
    phone: str = ""
    department: str = ""
    job_title: str = ""
    level: int | None = None
    location: str = ""
    time_zone: str = ""
    languages: tuple[str, ...] = ()
    manager_id: int | None = None
    gender: str = ""
    biography: str = ""


@dataclass(frozen=True)
class PersonRecord(Record):
    id: int
    organisation_id: int
    name: str
    first_name: str
    last_name: str
    email: str
    phone: str
    department: str
    job_title: str
    level: int | None
    location: str
    time_zone: str
    languages: list[str]
    manager_id: int | None
    manager_name: str
    gender: str
    biography: str


@dataclass(frozen=True)
class PeopleFilters:
    """The values the people list can be filtered by."""

    departments: list[str] = field(default_factory=list)
    levels: list[int] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)


def list_people(
    db: Database,
    organisation_id: int,
    *,
    search: str = "",
    department: str | None = None,
    level: int | None = None,
    location: str | None = None,
) -> list[PersonRecord]:
    manager = aliased(Person)
    query = (
        select(Person, manager.first_name, manager.last_name)
        .outerjoin(manager, Person.manager_id == manager.id)
        .where(Person.organisation_id == organisation_id)
        .order_by(func.lower(Person.last_name), func.lower(Person.first_name), Person.id)
    )
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            or_(
                Person.first_name.ilike(pattern),
                Person.last_name.ilike(pattern),
                Person.email.ilike(pattern),
                Person.job_title.ilike(pattern),
                (Person.first_name + " " + Person.last_name).ilike(pattern),
            )
        )
    if department:
        query = query.where(Person.department == department)
    if level is not None:
        query = query.where(Person.level == level)
    if location:
        query = query.where(Person.location == location)
    with db.unit_of_work() as session:
        return [
            _record(p, f"{mf or ''} {ml or ''}".strip()) for p, mf, ml in session.execute(query)
        ]


def get_person(db: Database, person_id: int) -> PersonRecord:
    with db.unit_of_work() as session:
        person = _load(session, person_id)
        return _record(person, person.manager.full_name if person.manager else "")


def _record(p: Person, manager_name: str) -> PersonRecord:
    return PersonRecord(
        id=p.id,
        organisation_id=p.organisation_id,
        name=p.full_name,
        first_name=p.first_name,
        last_name=p.last_name,
        email=p.email or "",
        phone=p.phone,
        department=p.department,
        job_title=p.job_title,
        level=p.level,
        location=p.location,
        time_zone=p.time_zone,
        languages=list(p.languages),
        manager_id=p.manager_id,
        manager_name=manager_name,
        gender=p.gender,
        biography=p.biography,
    )


def people_filters(db: Database, organisation_id: int) -> PeopleFilters:
    with db.unit_of_work() as session:

        def values(column: object) -> list[object]:
            return [
                v
                for v in session.scalars(
                    select(column)  # type: ignore[call-overload]
                    .distinct()
                    .where(Person.organisation_id == organisation_id)
                    .order_by(column)
                )
                if v not in (None, "")
            ]

        return PeopleFilters(
            departments=[str(v) for v in values(Person.department)],
            levels=[int(str(v)) for v in values(Person.level)],
            locations=[str(v) for v in values(Person.location)],
        )


def _load(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise InputRefused(f"There is no person with ID {person_id}.", field="person")
    return person


def reporting_cycle(session: Session, person_id: int | None, manager_id: int | None) -> list[str]:
    """The names around the loop if `manager_id` became the manager of `person_id`; [] if none."""
    if manager_id is None or person_id is None:
        return []
    chain: list[str] = []
    current: int | None = manager_id
    seen: set[int] = set()
    while current is not None and current not in seen:
        seen.add(current)
        row = session.execute(
            select(Person.first_name, Person.last_name, Person.manager_id).where(
                Person.id == current
            )
        ).first()
        if row is None:
            return []
        chain.append(f"{row.first_name} {row.last_name}".strip())
        if current == person_id:
            return chain
        current = row.manager_id
    return []


def save_person(
    db: Database, organisation_id: int, data: PersonInput, person_id: int | None = None
) -> int:
    """Create (no ID) or update a person; returns the ID. Refuses a reporting cycle."""
    first = data.first_name.strip()
    if not first:
        raise InputRefused("A person needs a first name.", field="first_name")
    email = data.email.strip().lower()
    if email and not EMAIL.match(email):
        raise InputRefused(f"{data.email!r} is not an email address.", field="email")
    if data.level is not None and not 0 <= data.level <= 20:
        raise InputRefused("The level is a whole number from 0 to 20.", field="level")
    with db.unit_of_work() as session:
        if session.get(Organisation, organisation_id) is None:
            raise InputRefused(f"There is no organisation with ID {organisation_id}.")
        if data.manager_id is not None:
            manager = session.get(Person, data.manager_id)
            if manager is None or manager.organisation_id != organisation_id:
                raise InputRefused(
                    "The manager must be a person of the same organisation.", field="manager"
                )
            if data.manager_id == person_id:
                raise InputRefused("Nobody can be their own manager.", field="manager")
            loop = reporting_cycle(session, person_id, data.manager_id)
            if loop:
                raise InputRefused(
                    "That manager would make a loop in the reporting line: "
                    + " → ".join([*loop, loop[0]])
                    + ". Choose someone higher up or outside this line.",
                    field="manager",
                )
        if email:
            clash = session.scalar(
                select(Person.id).where(
                    Person.organisation_id == organisation_id,
                    Person.email == email,
                    Person.id != (person_id or -1),
                )
            )
            if clash is not None:
                raise InputRefused(
                    f"Another person of this organisation already has the email {email}.",
                    field="email",
                )
        person = (
            Person(organisation_id=organisation_id)
            if person_id is None
            else _load(session, person_id)
        )
        if person.organisation_id != organisation_id:
            raise InputRefused("That person belongs to another organisation.")
        person.first_name = first
        person.last_name = data.last_name.strip()
        person.email = email or None
        person.phone = data.phone.strip()
        person.department = data.department.strip()
        person.job_title = data.job_title.strip()
        person.level = data.level
        person.location = data.location.strip()
        person.time_zone = data.time_zone.strip()
        person.languages = [lang.strip().lower() for lang in data.languages if lang.strip()]
        person.manager_id = data.manager_id
        person.gender = data.gender.strip()
        person.biography = data.biography.strip()
        session.add(person)
        try:
            session.flush()
        except IntegrityError as exc:
            raise InputRefused(f"The person could not be saved: {exc.orig}") from exc
        return person.id


def remove_person(db: Database, person_id: int) -> None:
    """Remove a person; refused, with the reason, while they take part in a programme."""
    with db.unit_of_work() as session:
        person = _load(session, person_id)
        programmes = set(
            session.scalars(
                union(
                    select(Programme.name)
                    .join(Participant, Participant.programme_id == Programme.id)
                    .where(Participant.person_id == person_id),
                    select(Programme.name)
                    .join(ProgrammeRole, ProgrammeRole.programme_id == Programme.id)
                    .where(ProgrammeRole.person_id == person_id),
                    select(Programme.name).where(Programme.hr_contact_id == person_id),
                )
            )
        )
        if programmes:
            raise InputRefused(
                f"{person.full_name} takes part in {', '.join(sorted(programmes))}, so they "
                "cannot be removed. Remove them from the programme first."
            )
        if session.scalar(select(func.count()).where(Interview.person_id == person_id)):
            raise InputRefused(
                f"{person.full_name} has recorded interviews, so they cannot be removed."
            )
        reports = session.scalars(select(Person).where(Person.manager_id == person_id)).all()
        for report in reports:
            report.manager_id = person.manager_id
        session.delete(person)
