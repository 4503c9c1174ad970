"""Plain records the services hand out: never live ORM objects."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Record:
    def to_json(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class OrganisationRecord(Record):
    id: int
    name: str
    sector: str
    country: str
    language: str
    brand_colour: str
    archived: bool
    people: int
    programmes: int
    address: str = ""
    contacts: list[dict[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ProgrammeRecord(Record):
    id: int
    name: str
    organisation_id: int
    organisation_name: str
    status: str
    kind: str
    language: str
    start_date: date | None
    end_date: date | None
    guest_organisation_ids: list[int] = field(default_factory=list)
    purpose: str = ""
    strategic_topics: list[str] = field(default_factory=list)
    learning_themes: list[str] = field(default_factory=list)
    target_group: str = ""
    success_criteria: str = ""
    hr_contact_id: int | None = None
    meeting_rhythm: str = ""
    meeting_interval_weeks: int | None = None
    meeting_length_minutes: int | None = None
    separate_organisations: bool = False
    template_key: str = ""
    milestones: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class ParticipantRecord(Record):
    id: int
    programme_id: int
    person_id: int
    name: str
    email: str
    organisation_id: int
    organisation_name: str
    department: str
    job_title: str
    role: str
    status: str
    capacity: int
    goals: list[str]
    expertise: list[str]
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    level: int | None = None
    location: str = ""
    languages: list[str] = field(default_factory=list)
    manager_email: str = ""


@dataclass(frozen=True)
class PairingRecord(Record):
    id: int
    programme_id: int
    mentor_participant_id: int
    mentee_participant_id: int
    mentor_name: str
    mentor_email: str
    mentee_name: str
    mentee_email: str
    status: str
    score: float | None
    started_on: date | None
    ended_on: date | None
    end_reason: str


@dataclass(frozen=True)
class ProgrammeNode:
    id: int
    name: str
    status: str


@dataclass(frozen=True)
class OrganisationNode:
    id: int
    name: str
    archived: bool
    programmes: list[ProgrammeNode]
