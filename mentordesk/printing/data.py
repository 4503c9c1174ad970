"""The plain data the printing functions take: no sessions, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

DEFAULT_CONSULTANCY = "Holm & Friis Consulting"
DEFAULT_CONSULTANCY_CONTACT = "kontakt@holmfriis.dk"
DEFAULT_CONSULTANT = "Karen Holm, Holm & Friis Consulting"


@dataclass(frozen=True)
class Branding:
    organisation_name: str
    colour: str = "#1F4E79"
    logo: bytes | None = None
    logo_mime: str | None = None
    consultancy: str = DEFAULT_CONSULTANCY
    consultancy_contact: str = DEFAULT_CONSULTANCY_CONTACT


@dataclass(frozen=True)
class PersonCard:
    """A participant as printed: never any interview data."""

    participant_id: int
    first_name: str
    last_name: str
    role: str  # mentor | mentee | consultant
    status: str = ""
    job_title: str = ""
    organisation: str = ""
    department: str = ""
    email: str = ""
    goals: tuple[str, ...] = ()
    expertise: tuple[str, ...] = ()
    biography: str = ""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.last_name.casefold(), self.first_name.casefold())


@dataclass(frozen=True)
class PairInfo:
    id: int
    mentor: PersonCard
    mentee: PersonCard
    status: str
    started_on: date | None = None


@dataclass(frozen=True)
class MilestoneInfo:
    id: int
    kind: str
    title: str
    date: date
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    agenda: str = ""


@dataclass(frozen=True)
class RoleInfo:
    name: str
    role: str  # sponsor | ambassador
    description: str = ""
    job_title: str = ""


@dataclass(frozen=True)
class ContactInfo:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class StandardText:
    """A standard text: a title and paragraphs; a paragraph starting '- ' is a bullet."""

    title: str
    body: tuple[str, ...] = ()
    themes: dict[str, str] = field(default_factory=dict)
    theme_names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ProgrammeDoc:
    """Everything about one programme that any material may print."""

    id: int
    name: str
    organisation: str
    language: str
    branding: Branding
    purpose: str = ""
    strategic_topics: tuple[str, ...] = ()
    learning_themes: tuple[str, ...] = ()
    target_group: str = ""
    start_date: date | None = None
    end_date: date | None = None
    meeting_rhythm: str = ""
    meeting_interval_weeks: int | None = None
    meeting_length_minutes: int | None = None
    roles: tuple[RoleInfo, ...] = ()
    hr_contact: ContactInfo | None = None
    milestones: tuple[MilestoneInfo, ...] = ()
    participants: tuple[PersonCard, ...] = ()
    pairs: tuple[PairInfo, ...] = ()
    texts: dict[str, StandardText] = field(default_factory=dict)
    consultant: str = DEFAULT_CONSULTANT

    def milestone(self, milestone_id: int | None) -> MilestoneInfo | None:
        """The given milestone, or by default the kick-off (else the first)."""
        if milestone_id is not None:
            return next((m for m in self.milestones if m.id == milestone_id), None)
        kickoff = next((m for m in self.milestones if m.kind == "kickoff"), None)
        return kickoff or (self.milestones[0] if self.milestones else None)

    def partners(self, participant_id: int) -> list[PersonCard]:
        out: list[PersonCard] = []
        for pair in self.pairs:
            if pair.mentor.participant_id == participant_id:
                out.append(pair.mentee)
            elif pair.mentee.participant_id == participant_id:
                out.append(pair.mentor)
        return out
