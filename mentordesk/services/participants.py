"""Participants of programmes: registering people, editing what they bring, removing them.

Each function is one unit of work: saved whole or not at all. Refusals are InputRefused
with `.field` naming the input at fault (role, status, capacity, goals, expertise,
languages, wishes, avoids, people), so a form can show the message at that field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, joinedload

from mentordesk.exchange.export import export_pairings, export_participants
from mentordesk.exchange.participant_import import FIELD_SPECS, REQUIRED_FIELDS
from mentordesk.exchange.spreadsheet import cell_text, read_table, sheet_names
from mentordesk.services.errors import InputRefused
from mentordesk.services.pairings import list_pairings
from mentordesk.services.records import ParticipantRecord, Record
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
    Interview,
    Organisation,
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Person,
    Preference,
    PreferenceKind,
    Programme,
    Response,
    Role,
)

ROLES: tuple[str, ...] = tuple(r.value for r in Role)
STATUSES: tuple[str, ...] = tuple(s.value for s in ParticipantStatus)
# The statuses the consultant sets by hand; "matched" follows from a pairing.
SETTABLE_STATUSES: tuple[str, ...] = ("applied", "accepted", "withdrawn", "completed")
MIN_CAPACITY = 1
MAX_CAPACITY = 20
MAX_TAG_LENGTH = 200
MAX_LANGUAGE_LENGTH = 35
# The fields a column of an imported file can be imported as: (name, label), and the
# ones a file must have.
IMPORT_FIELDS: tuple[tuple[str, str], ...] = tuple((f.name, f.label) for f in FIELD_SPECS)
REQUIRED_IMPORT_FIELDS: tuple[str, ...] = tuple(REQUIRED_FIELDS)
EXPORTS = ("participants", "pairings")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class ProgrammePerson(Record):
    """A person of the programme's host or guest organisations, and their part in it."""

    id: int
    name: str
    first_name: str
    last_name: str
    email: str
    organisation_id: int
    organisation_name: str
    department: str
    job_title: str
    participant_id: int | None = None
    role: str = ""  # "mentor", "mentee" or "" when not in the programme


@dataclass(frozen=True)
class PreferencePerson(Record):
    """A person named in a wish or an avoid."""

    person_id: int
    name: str
    organisation_name: str
    job_title: str
    role: str = ""  # their role in the programme, "" when not in it


@dataclass(frozen=True)
class ParticipantDetail(Record):
    """Everything the participant form shows."""

    id: int
    programme_id: int
    programme_name: str
    programme_kind: str
    learning_themes: list[str]
    person_id: int
    name: str
    email: str
    organisation_id: int
    organisation_name: str
    department: str
    job_title: str
    role: str
    status: str
    goals: list[str]
    expertise: list[str]
    languages: list[str]
    capacity: int
    application_notes: str
    wishes: list[PreferencePerson] = field(default_factory=list)
    avoids: list[PreferencePerson] = field(default_factory=list)
    pairings: int = 0  # every pairing of the programme they are in, ended ones too
    open_pairings: int = 0  # not ended


@dataclass(frozen=True)
class ParticipantInput:
    """What the participant form edits. `languages` are stored on the Person."""

    role: str
    status: str
    goals: tuple[str, ...] = ()
    expertise: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    capacity: int = 1
    application_notes: str = ""
    wishes: tuple[int, ...] = ()  # person IDs
    avoids: tuple[int, ...] = ()  # person IDs


@dataclass(frozen=True)
class SheetSample(Record):
    """The first rows of a spreadsheet as text, for choosing the header row."""

    file_name: str
    format: str
    sheet: str | None
    sheet_names: list[str]
    rows: list[tuple[int, list[str]]]  # (the spreadsheet's row number, cell texts)
    total_rows: int
    columns: int


# --------------------------------------------------------------------------- listing


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


def programme_people(db: Database, programme_id: int, search: str = "") -> list[ProgrammePerson]:
    """The people of the programme's host and guest organisations, with their role in it.

    `search` keeps the people whose name, email, job title, department or organisation
    contains the text (any case, any alphabet).
    """
    with db.unit_of_work() as session:
        return _programme_people(session, programme_id, search)


def eligible_people(db: Database, programme_id: int, search: str = "") -> list[ProgrammePerson]:
    """The people of the host and guest organisations not yet in the programme."""
    return [p for p in programme_people(db, programme_id, search) if p.participant_id is None]


def _programme_people(session: Session, programme_id: int, search: str) -> list[ProgrammePerson]:
    programme = _programme(session, programme_id)
    org_ids = _organisation_ids(programme)
    roles = {
        person_id: (participant_id, role)
        for participant_id, person_id, role in session.execute(
            select(Participant.id, Participant.person_id, Participant.role).where(
                Participant.programme_id == programme_id
            )
        )
    }
    rows = session.execute(
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.organisation_id,
            Organisation.name,
            Person.department,
            Person.job_title,
        )
        .join(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.organisation_id.in_(org_ids))
    )
    wanted = " ".join(search.split()).casefold()
    people: list[ProgrammePerson] = []
    for pid, first, last, email, org_id, org_name, department, job_title in rows:
        name = f"{first} {last}".strip()
        if wanted and not any(
            wanted in text.casefold()
            for text in (name, email or "", job_title, department, org_name)
        ):
            continue
        participant_id, role = roles.get(pid, (None, None))
        people.append(
            ProgrammePerson(
                id=pid,
                name=name,
                first_name=first,
                last_name=last,
                email=email or "",
                organisation_id=org_id,
                organisation_name=org_name,
                department=department,
                job_title=job_title,
                participant_id=participant_id,
                role=Role(role).value if role is not None else "",
            )
        )
    people.sort(key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.id))
    return people


# --------------------------------------------------------------------------- adding


def add_participants(
    db: Database, programme_id: int, person_ids: Sequence[int], role: str
) -> list[int]:
    """Register people of the participating organisations as mentors or mentees.

    They start as "applied" with a capacity of 1. Returns the new participant IDs in the
    order of `person_ids` (repeats counted once). Refused, with nothing added, when any
    of them is already in the programme or is not of its organisations.
    """
    chosen_role = _role(role)
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise InputRefused("Choose at least one person to add.", field="people")
    with db.unit_of_work() as session:
        programme = _programme(session, programme_id)
        org_ids = set(_organisation_ids(programme))
        people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids))).all()}
        missing = [i for i in ids if i not in people]
        if missing:
            raise InputRefused(
                f"There is no person with ID {', '.join(map(str, missing))}; "
                "they may have been removed meanwhile.",
                field="people",
            )
        outside = [people[i].full_name for i in ids if people[i].organisation_id not in org_ids]
        if outside:
            raise InputRefused(
                f"{_names(outside)} {'is' if len(outside) == 1 else 'are'} not of an "
                f"organisation taking part in {programme.name}. Add their organisation to "
                "the programme on the Design page first.",
                field="people",
            )
        already = {
            person_id: existing_role
            for person_id, existing_role in session.execute(
                select(Participant.person_id, Participant.role).where(
                    Participant.programme_id == programme_id, Participant.person_id.in_(ids)
                )
            )
        }
        if already:
            listed = [f"{people[i].full_name} (as {Role(already[i]).value})" for i in already]
            raise InputRefused(
                f"{_names(listed)} {'is' if len(listed) == 1 else 'are'} already in "
                f"{programme.name}. Each person takes part once; edit them instead.",
                field="people",
            )
        participants = [
            Participant(
                programme_id=programme_id,
                person_id=person_id,
                role=chosen_role,
                status=ParticipantStatus.APPLIED,
                goals=[],
                expertise=[],
                capacity=1,
                application_notes="",
            )
            for person_id in ids
        ]
        session.add_all(participants)
        session.flush()
        return [p.id for p in participants]


# --------------------------------------------------------------------------- one participant


def participant_detail(db: Database, participant_id: int) -> ParticipantDetail:
    with db.unit_of_work() as session:
        participant = _participant(session, participant_id)
        programme = participant.programme
        person = participant.person
        roles = dict(
            session.execute(
                select(Participant.person_id, Participant.role).where(
                    Participant.programme_id == programme.id
                )
            ).all()
        )
        wishes: list[PreferencePerson] = []
        avoids: list[PreferencePerson] = []
        preferences = session.scalars(
            select(Preference)
            .where(Preference.participant_id == participant_id)
            .options(joinedload(Preference.person).joinedload(Person.organisation))
        ).all()
        for preference in sorted(
            preferences, key=lambda p: (p.person.last_name.casefold(), p.person.first_name)
        ):
            other = preference.person
            role = roles.get(other.id)
            entry = PreferencePerson(
                person_id=other.id,
                name=other.full_name,
                organisation_name=other.organisation.name,
                job_title=other.job_title,
                role=Role(role).value if role is not None else "",
            )
            (wishes if preference.kind is PreferenceKind.WISH else avoids).append(entry)
        all_pairings, open_pairings = _pairing_counts(session, participant_id)
        return ParticipantDetail(
            id=participant.id,
            programme_id=programme.id,
            programme_name=programme.name,
            programme_kind=programme.kind.value,
            learning_themes=list(programme.learning_themes),
            person_id=person.id,
            name=person.full_name,
            email=person.email or "",
            organisation_id=person.organisation_id,
            organisation_name=person.organisation.name,
            department=person.department,
            job_title=person.job_title,
            role=participant.role.value,
            status=participant.status.value,
            goals=list(participant.goals),
            expertise=list(participant.expertise),
            languages=list(person.languages),
            capacity=participant.capacity,
            application_notes=participant.application_notes,
            wishes=wishes,
            avoids=avoids,
            pairings=all_pairings,
            open_pairings=open_pairings,
        )


def save_participant(db: Database, participant_id: int, data: ParticipantInput) -> None:
    """Save the participant form in one unit of work.

    Refused: an unknown role or status; a role change while they are in a pairing; a
    mentor's capacity outside 1-20 or below their current number of mentees; "matched"
    without a pairing; a wish or avoid naming themselves, naming the same person twice
    over, or naming someone outside the programme's organisations.
    """
    role = _role(data.role)
    status = _status(data.status)
    goals = _tags(data.goals, "goals", "goal")
    expertise = _tags(data.expertise, "expertise", "area of expertise")
    languages = _languages(data.languages)
    notes = data.application_notes.strip()
    wishes = list(dict.fromkeys(data.wishes))
    avoids = list(dict.fromkeys(data.avoids))
    with db.unit_of_work() as session:
        participant = _participant(session, participant_id)
        person = participant.person
        all_pairings, open_pairings = _pairing_counts(session, participant_id)
        if role is not participant.role and all_pairings:
            raise InputRefused(
                f"{person.full_name} is the {participant.role.value} in "
                f"{_plural(all_pairings, 'pairing')} of this programme, so the role cannot "
                f"change. Remove those pairings on the Pairings page first.",
                field="role",
            )
        if role is Role.MENTOR:
            if not MIN_CAPACITY <= data.capacity <= MAX_CAPACITY:
                raise InputRefused(
                    f"The capacity is the number of mentees a mentor takes at a time: a "
                    f"whole number from {MIN_CAPACITY} to {MAX_CAPACITY}.",
                    field="capacity",
                )
            if data.capacity < open_pairings:
                raise InputRefused(
                    f"{person.first_name} mentors {_plural(open_pairings, 'mentee')} now, so "
                    f"the capacity cannot be lower than {open_pairings}.",
                    field="capacity",
                )
        if (
            status is ParticipantStatus.MATCHED
            and participant.status is not ParticipantStatus.MATCHED
            and not open_pairings
        ):
            raise InputRefused(_matched_refusal([person.full_name]), field="status")
        _check_preferences(session, participant, wishes, avoids)

        participant.role = role
        participant.status = status
        participant.goals = goals
        participant.expertise = expertise
        if role is Role.MENTOR:
            participant.capacity = data.capacity
        participant.application_notes = notes
        person.languages = languages
        _replace_preferences(session, participant, wishes, avoids)


def _check_preferences(
    session: Session, participant: Participant, wishes: list[int], avoids: list[int]
) -> None:
    person = participant.person
    for ids, name in ((wishes, "wishes"), (avoids, "avoids")):
        if person.id in ids:
            verb = "wish for" if name == "wishes" else "avoid"
            raise InputRefused(
                f"{person.full_name} cannot {verb} themselves; remove their own name from the "
                "list.",
                field=name,
            )
    both = set(wishes) & set(avoids)
    if both:
        names = session.scalars(select(Person).where(Person.id.in_(both))).all()
        raise InputRefused(
            f"{_names([p.full_name for p in names])} {'is' if len(names) == 1 else 'are'} "
            "both wished for and avoided; keep each person in one list only.",
            field="avoids",
        )
    org_ids = set(_organisation_ids(participant.programme))
    for ids, name in ((wishes, "wishes"), (avoids, "avoids")):
        if not ids:
            continue
        found = dict(
            session.execute(
                select(Person.id, Person.organisation_id).where(Person.id.in_(ids))
            ).all()
        )
        missing = [i for i in ids if i not in found]
        if missing:
            raise InputRefused(
                f"There is no person with ID {', '.join(map(str, missing))}; they may have "
                "been removed meanwhile.",
                field=name,
            )
        outside = [i for i in ids if found[i] not in org_ids]
        if outside:
            names = session.scalars(select(Person).where(Person.id.in_(outside))).all()
            raise InputRefused(
                f"{_names([p.full_name for p in names])} "
                f"{'is' if len(names) == 1 else 'are'} not of an organisation taking part in "
                "this programme; name people of the participating organisations only.",
                field=name,
            )


def _replace_preferences(
    session: Session, participant: Participant, wishes: list[int], avoids: list[int]
) -> None:
    """Keep, change or remove the Preference rows so they say exactly what was given."""
    wanted = {person_id: PreferenceKind.WISH for person_id in wishes}
    wanted.update({person_id: PreferenceKind.AVOID for person_id in avoids})
    for preference in list(participant.preferences):
        kind = wanted.pop(preference.person_id, None)
        if kind is None:
            participant.preferences.remove(preference)
        elif preference.kind is not kind:
            preference.kind = kind
    session.flush()  # deletions first: the (participant, person) pair is unique
    for person_id, kind in wanted.items():
        participant.preferences.append(Preference(person_id=person_id, kind=kind))


# --------------------------------------------------------------------------- status, removal


def set_status(db: Database, participant_ids: Sequence[int], status: str) -> int:
    """Set the status of several participants at once; returns how many changed.

    "matched" is refused for anyone without a pairing that has not ended.
    """
    chosen = _status(status)
    ids = list(dict.fromkeys(participant_ids))
    if not ids:
        raise InputRefused("Choose at least one participant.", field="participants")
    with db.unit_of_work() as session:
        participants = _participants(session, ids)
        if chosen is ParticipantStatus.MATCHED:
            unpaired = [
                p.person.full_name
                for p in participants
                if p.status is not chosen and not _pairing_counts(session, p.id)[1]
            ]
            if unpaired:
                raise InputRefused(_matched_refusal(unpaired), field="status")
        changed = 0
        for participant in participants:
            if participant.status is not chosen:
                participant.status = chosen
                changed += 1
        return changed


def remove_participant(db: Database, participant_id: int) -> None:
    """Take a person out of a programme (the person stays in their organisation).

    Refused, with the reason, while they have pairings, interviews, follow-ups or survey
    responses in it: set their status to withdrawn instead, which keeps the history.
    """
    remove_participants(db, [participant_id])


def remove_participants(db: Database, participant_ids: Sequence[int]) -> int:
    """Remove several participants in one unit of work: all of them or none."""
    ids = list(dict.fromkeys(participant_ids))
    if not ids:
        raise InputRefused("Choose at least one participant.", field="participants")
    with db.unit_of_work() as session:
        participants = _participants(session, ids)
        reasons = [
            (p.person.full_name, reason)
            for p in participants
            if (reason := _history(session, p.id))
        ]
        if reasons:
            if len(reasons) == 1:
                name, reason = reasons[0]
                text = f"{name} cannot be removed from the programme: they have {reason}."
            else:
                text = "These participants cannot be removed from the programme: " + "; ".join(
                    f"{name} has {reason}" for name, reason in reasons
                )
                text += "."
            raise InputRefused(
                text + " Set their status to withdrawn instead: that keeps their history "
                "and leaves them out of matching."
            )
        for participant in participants:
            session.delete(participant)
        return len(participants)


def _history(session: Session, participant_id: int) -> str:
    """What keeps a participant in the programme, as words; "" when nothing does."""

    def count(model: type[Any], *conditions: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0

    pairings = count(
        Pairing, or_(Pairing.mentor_id == participant_id, Pairing.mentee_id == participant_id)
    )
    interviews = count(Interview, Interview.participant_id == participant_id)
    follow_ups = count(FollowUp, FollowUp.participant_id == participant_id)
    responses = count(Response, Response.participant_id == participant_id)
    parts = []
    if pairings:
        parts.append(_plural(pairings, "pairing"))
    if interviews:
        parts.append(_plural(interviews, "recorded interview"))
    if follow_ups:
        parts.append(_plural(follow_ups, "follow-up"))
    if responses:
        parts.append(_plural(responses, "survey response"))
    return _names(parts)


# --------------------------------------------------------------------------- spreadsheets


def sample_sheet(
    path: str | Path, *, sheet: str | int | None = None, limit: int = 30
) -> SheetSample:
    """The first `limit` non-blank rows of a CSV file or workbook sheet, as text."""
    path = Path(path)
    table = read_table(path, sheet=sheet)
    rows = [
        (row.number, [cell_text(cell) for cell in row.cells]) for row in table.rows[: max(limit, 0)]
    ]
    names = list(table.sheet_names) or (sheet_names(path) if table.format != "csv" else [])
    return SheetSample(
        file_name=path.name,
        format=table.format,
        sheet=table.sheet,
        sheet_names=names,
        rows=rows,
        total_rows=len(table.rows),
        columns=max((len(cells) for _, cells in rows), default=0),
    )


@dataclass(frozen=True)
class ExportResult(Record):
    path: str
    what: str  # "participants" or "pairings"
    rows: int


def export_programme(db: Database, programme_id: int, what: str, path: str | Path) -> ExportResult:
    """Write a programme's participants or pairings to an .xlsx or .csv file.

    The file is written beside the target and renamed into place, so an existing file is
    replaced whole or not at all.
    """
    if what not in EXPORTS:
        raise InputRefused(
            f"{what!r} cannot be exported; choose participants or pairings.", field="what"
        )
    with db.unit_of_work() as session:
        _programme(session, programme_id)
    if what == "participants":
        people = list_participants(db, programme_id=programme_id)
        written = export_participants(people, path)
        rows = len(people)
    else:
        records = list_pairings(db, programme_id=programme_id)
        written = export_pairings(records, path)
        rows = len(records)
    return ExportResult(path=str(written), what=what, rows=rows)


# --------------------------------------------------------------------------- helpers


def _programme(session: Session, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")
    return programme


def _organisation_ids(programme: Programme) -> list[int]:
    ids = [programme.organisation_id]
    ids += [org.id for org in programme.guest_organisations if org.id != programme.organisation_id]
    return ids


def _participant(session: Session, participant_id: int) -> Participant:
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise InputRefused(
            f"There is no participant with ID {participant_id}; they may have been removed "
            "meanwhile.",
            field="participant",
        )
    return participant


def _participants(session: Session, ids: list[int]) -> list[Participant]:
    found = {
        p.id: p
        for p in session.scalars(
            select(Participant)
            .where(Participant.id.in_(ids))
            .options(joinedload(Participant.person))
        ).all()
    }
    missing = [i for i in ids if i not in found]
    if missing:
        raise InputRefused(
            f"There is no participant with ID {', '.join(map(str, missing))}; they may have "
            "been removed meanwhile.",
            field="participants",
        )
    return [found[i] for i in ids]


def _pairing_counts(session: Session, participant_id: int) -> tuple[int, int]:
    """(all pairings, pairings not ended) the participant is in."""
    rows = session.execute(
        select(Pairing.status).where(
            or_(Pairing.mentor_id == participant_id, Pairing.mentee_id == participant_id)
        )
    ).all()
    return len(rows), sum(1 for (status,) in rows if status is not PairingStatus.ENDED)


def _role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise InputRefused(
            f"{value!r} is not a role; choose mentor or mentee.", field="role"
        ) from None


def _status(value: str) -> ParticipantStatus:
    try:
        return ParticipantStatus(value.strip().lower())
    except ValueError:
        raise InputRefused(
            f"{value!r} is not a participant status; choose one of {', '.join(STATUSES)}.",
            field="status",
        ) from None


def _matched_refusal(names: list[str]) -> str:
    return (
        f"{_names(names)} {'has' if len(names) == 1 else 'have'} no pairing in this programme, "
        "so the status cannot be matched. A participant becomes matched when a pairing is "
        "proposed or confirmed on the Pairings page."
    )


def _tags(items: Iterable[str], field_name: str, noun: str) -> list[str]:
    """Trimmed, single-spaced, each once (any case), in the given order."""
    seen: set[str] = set()
    tags: list[str] = []
    for item in items:
        tag = " ".join(item.split())
        if not tag or tag.casefold() in seen:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            raise InputRefused(
                f"A {noun} is at most {MAX_TAG_LENGTH} characters; shorten {tag[:40]!r}….",
                field=field_name,
            )
        seen.add(tag.casefold())
        tags.append(tag)
    return tags


def _languages(items: Iterable[str]) -> list[str]:
    languages: list[str] = []
    for item in items:
        language = item.strip().lower()
        if not language or language in languages:
            continue
        if len(language) > MAX_LANGUAGE_LENGTH:
            raise InputRefused(
                f"{item.strip()!r} is not a language; write codes such as da, en, de, or "
                "names such as Danish.",
                field="languages",
            )
        languages.append(language)
    return languages


def _names(names: Sequence[str]) -> str:
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(count: int, singular: str) -> str:
    return f"{count} {singular if count == 1 else singular + 's'}"
