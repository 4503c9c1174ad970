"""Importing participants of a programme from a CSV or XLSX file: preview, then apply.

`preview_import` reads and validates the file against the database (one query per table,
no query per row) and writes nothing. `apply_import` validates the preview's rows again
against the database as it is now and, only when no row has an error, writes everything
in ONE unit of work: new people, updates of existing people (empty cells erase nothing),
manager links, new and updated participants.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, union, update
from sqlalchemy.orm import Session

from mentordesk.exchange.participant_import import (
    ColumnMapping,
    ExistingParticipant,
    ExistingPerson,
    ImportContext,
    ImportPreview,
    Problem,
    format_report,
    load_sheet,
    validate,
)
from mentordesk.exchange.spreadsheet import paused_gc, sheet_names
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Pairing,
    Participant,
    ParticipantStatus,
    Person,
    Programme,
    ProgrammeKind,
    Role,
)

__all__ = [
    "ImportPreview",
    "ImportSummary",
    "apply_import",
    "format_report",
    "preview_import",
    "sheet_names",
]

_REFUSAL_LINES = 20


@dataclass(frozen=True)
class ImportSummary(Record):
    """What an applied import did."""

    programme_id: int
    file_name: str
    new_people: int
    updated_people: int
    new_participants: int
    updated_participants: int
    warnings: list[str] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)  # in the order of the file's rows
    participant_ids: list[int] = field(default_factory=list)


def preview_import(
    db: Database,
    programme_id: int,
    path: str | Path,
    *,
    sheet: str | int | None = None,
    header_row: int | None = None,
    mapping: ColumnMapping | None = None,
    default_role: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> ImportPreview:
    """Read and validate a file of participants for a programme; nothing is written.

    `sheet`: workbook sheet name or 0-based index (default: the first sheet whose headers
    are recognised). `header_row`: the 1-based row of the headers (default: detected).
    `mapping`: {0-based column index or header text: field or None}. `default_role`:
    "mentor" or "mentee" for rows whose role cell is empty (a file of mentees only).
    `encoding`, `delimiter`: CSV only, to override detection.
    """
    with paused_gc():
        parsed = load_sheet(
            path,
            sheet=sheet,
            header_row=header_row,
            mapping=mapping,
            encoding=encoding,
            delimiter=delimiter,
        )
        with db.unit_of_work() as session:
            context = load_context(session, programme_id)
        return validate(parsed, context, default_role=default_role)


def apply_import(db: Database, programme_id: int, preview: ImportPreview) -> ImportSummary:
    """Write a previewed import in one unit of work, after validating it again.

    Refused (InputRefused, nothing written) when the preview was made for another
    programme or when any row has an error now.
    """
    if preview.programme_id != programme_id:
        raise InputRefused(
            f"This preview of {preview.file_name} was made for programme "
            f"{preview.programme_id}, not {programme_id}; preview the file again."
        )
    with paused_gc(), db.unit_of_work() as session:
        context = load_context(session, programme_id)
        checked = validate(preview.parsed, context, default_role=preview.default_role)
        if checked.has_errors:
            raise InputRefused(_refusal(checked))
        return _write(session, checked)


def load_context(session: Session, programme_id: int) -> ImportContext:
    """The programme's organisations, their people and the programme's participants."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")
    organisations = [(programme.organisation.id, programme.organisation.name)]
    organisations += [
        (org.id, org.name) for org in programme.guest_organisations if org.id != organisations[0][0]
    ]
    org_ids = [org_id for org_id, _ in organisations]
    people = [
        ExistingPerson(
            id=row.id,
            organisation_id=row.organisation_id,
            email=row.email,
            first_name=row.first_name,
            last_name=row.last_name,
            manager_id=row.manager_id,
        )
        for row in session.execute(
            select(
                Person.id,
                Person.organisation_id,
                Person.email,
                Person.first_name,
                Person.last_name,
                Person.manager_id,
            ).where(Person.organisation_id.in_(org_ids))
        )
    ]
    paired = set(
        session.scalars(
            union(
                select(Pairing.mentor_id).where(Pairing.programme_id == programme_id),
                select(Pairing.mentee_id).where(Pairing.programme_id == programme_id),
            )
        )
    )
    participants = [
        ExistingParticipant(
            id=row.id, person_id=row.person_id, role=Role(row.role).value, paired=row.id in paired
        )
        for row in session.execute(
            select(Participant.id, Participant.person_id, Participant.role).where(
                Participant.programme_id == programme_id
            )
        )
    ]
    return ImportContext(
        programme_id=programme_id,
        programme_name=programme.name,
        cross_organisational=programme.kind is ProgrammeKind.CROSS_ORGANISATIONAL,
        organisations=organisations,
        people=people,
        participants=participants,
    )


def _write(session: Session, preview: ImportPreview) -> ImportSummary:
    rows = preview.rows
    programme_id = preview.programme_id

    # New people, in bulk; their IDs come back in the order given.
    new_rows = [row for row in rows if row.person_id is None]
    person_id_of_row: dict[int, int] = {
        row.number: row.person_id for row in rows if row.person_id is not None
    }
    if new_rows:
        defaults: dict[str, Any] = {
            "phone": "",
            "department": "",
            "job_title": "",
            "level": None,
            "location": "",
            "time_zone": "",
            "languages": [],
            "gender": "",
            "biography": "",
        }
        new_ids = session.scalars(
            insert(Person).returning(Person.id, sort_by_parameter_order=True),
            [
                {**defaults, **row.person_values, "organisation_id": row.organisation_id}
                for row in new_rows
            ],
        ).all()
        for row, new_id in zip(new_rows, new_ids, strict=True):
            person_id_of_row[row.number] = new_id

    # Updates of existing people and every manager link, by primary key.
    person_updates: list[dict[str, Any]] = []
    for row in rows:
        changes: dict[str, Any] = dict(row.person_values) if row.person_id is not None else {}
        if row.manager_person_id is not None:
            changes["manager_id"] = row.manager_person_id
        elif row.manager_row is not None:
            changes["manager_id"] = person_id_of_row[row.manager_row]
        if changes:
            person_updates.append({"id": person_id_of_row[row.number], **changes})
    _bulk_update(session, Person, person_updates)

    # Participants: new ones in bulk, existing ones updated by primary key.
    new_participant_rows = [row for row in rows if row.participant_id is None]
    participant_id_of_row = {
        row.number: row.participant_id for row in rows if row.participant_id is not None
    }
    if new_participant_rows:
        new_ids = session.scalars(
            insert(Participant).returning(Participant.id, sort_by_parameter_order=True),
            [
                {
                    "programme_id": programme_id,
                    "person_id": person_id_of_row[row.number],
                    "status": ParticipantStatus.APPLIED,
                    "goals": [],
                    "expertise": [],
                    "capacity": 1,
                    "application_notes": "",
                    **row.participant_values,
                    "role": Role(row.participant_values["role"]),
                }
                for row in new_participant_rows
            ],
        ).all()
        for row, new_id in zip(new_participant_rows, new_ids, strict=True):
            participant_id_of_row[row.number] = new_id
    _bulk_update(
        session,
        Participant,
        [
            {
                "id": row.participant_id,
                **{
                    key: (Role(value) if key == "role" else value)
                    for key, value in row.participant_values.items()
                },
            }
            for row in rows
            if row.participant_id is not None and row.participant_values
        ],
    )
    session.flush()
    counts = preview.counts
    return ImportSummary(
        programme_id=programme_id,
        file_name=preview.file_name,
        new_people=counts.new_people,
        updated_people=counts.updated_people,
        new_participants=counts.new_participants,
        updated_participants=counts.updated_participants,
        warnings=[str(p) for p in preview.warnings],
        person_ids=[person_id_of_row[row.number] for row in rows],
        participant_ids=[participant_id_of_row[row.number] for row in rows],
    )


def _bulk_update(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """ORM bulk UPDATE by primary key; rows with the same keys go in one executemany."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    for group in groups.values():
        session.execute(update(model), group)


def _refusal(preview: ImportPreview) -> str:
    errors: list[Problem] = preview.errors
    lines = [
        f"{preview.file_name} was not imported: {len(errors)} "
        f"error{'s' if len(errors) != 1 else ''}; nothing was changed. Correct the file and "
        "import again."
    ]
    lines += [str(p) for p in errors[:_REFUSAL_LINES]]
    if len(errors) > _REFUSAL_LINES:
        lines.append(f"... and {len(errors) - _REFUSAL_LINES} more errors.")
    return "\n".join(lines)
