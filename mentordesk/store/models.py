"""The MentorDesk schema: one typed model per glossary word of DESIGN.md.

Rules that keep the data honest live in the schema itself, so no code path (GUI, CLI,
import, a future server) can break them:

- a person's email is unique within an organisation (emails are stored lower-case);
- one role per person per programme;
- a pairing joins a *mentor* and a *mentee* participant of the *same* programme (composite
  foreign keys onto the participant's id, programme and role), never one with itself;
- interviews are never deleted as a side effect: every foreign key that leads to an
  interview refuses the delete (RESTRICT), so deleting an organisation, a programme, a
  person or a participant with interviews is refused; archive instead.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, list[int]: JSON}  # noqa: RUF012


def _enum(enum_class: type[enum.Enum], name: str) -> Enum:
    """A portable enum: a VARCHAR with a named CHECK constraint, storing the values."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


class Language(enum.StrEnum):
    EN = "en"
    DA = "da"


class ProgrammeStatus(enum.StrEnum):
    DESIGN = "design"
    RECRUITING = "recruiting"
    MATCHING = "matching"
    RUNNING = "running"
    CLOSING = "closing"
    CLOSED = "closed"


class ProgrammeKind(enum.StrEnum):
    INTERNAL = "internal"
    CROSS_ORGANISATIONAL = "cross"


class ProgrammeRoleKind(enum.StrEnum):
    SPONSOR = "sponsor"
    AMBASSADOR = "ambassador"


class MilestoneKind(enum.StrEnum):
    KICKOFF = "kickoff"
    NETWORK = "network"
    MIDTERM = "midterm"
    CLOSING = "closing"
    OTHER = "other"


class Role(enum.StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class ParticipantStatus(enum.StrEnum):
    APPLIED = "applied"
    ACCEPTED = "accepted"
    MATCHED = "matched"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"


class PreferenceKind(enum.StrEnum):
    WISH = "wish"
    AVOID = "avoid"


class PairingStatus(enum.StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    ACTIVE = "active"
    ENDED = "ended"


class FollowUpOwner(enum.StrEnum):
    CONSULTANT = "consultant"
    HR = "hr"


class FollowUpStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


class SurveyKind(enum.StrEnum):
    MIDTERM = "midterm"
    FINAL = "final"


class Organisation(Base):
    """A client organisation of the consultancy."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[Language] = mapped_column(_enum(Language, "language"), default=Language.EN)
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_mime: Mapped[str | None] = mapped_column(String(50))
    brand_colour: Mapped[str] = mapped_column(String(7), default="#1F4E79")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="Contact.id"
    )
    people: Mapped[list[Person]] = relationship(
        back_populates="organisation", passive_deletes="all"
    )
    programmes: Mapped[list[Programme]] = relationship(
        back_populates="organisation",
        passive_deletes="all",
        foreign_keys="Programme.organisation_id",
    )

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("brand_colour LIKE '#______'", name="brand_colour_hex"),
        # IDs are never reused, so Undo of a delete can put the rows back as they were.
        {"sqlite_autoincrement": True},
    )


class Contact(Base):
    """A contact at a client organisation: typically the HR contact and the sponsor."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")

    __table_args__ = ({"sqlite_autoincrement": True},)


class Person(Base):
    """Someone in an organisation, with their place in its reporting line."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(50), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(200), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    languages: Mapped[list[str]] = mapped_column(default=list)
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    gender: Mapped[str] = mapped_column(String(30), default="")
    biography: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    organisation: Mapped[Organisation] = relationship(back_populates="people")
    manager: Mapped[Person | None] = relationship(remote_side=[id])

    __table_args__ = (
        UniqueConstraint("organisation_id", "email"),
        CheckConstraint("email IS NULL OR email = lower(email)", name="email_lower_case"),
        CheckConstraint("manager_id IS NULL OR manager_id != id", name="not_own_manager"),
        CheckConstraint("length(trim(first_name)) > 0", name="first_name_not_blank"),
        {"sqlite_autoincrement": True},
    )

    @validates("email")
    def _normalise_email(self, _key: str, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip().lower()
        return value or None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Programme(Base):
    """A mentoring programme, hosted by one organisation."""

    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ProgrammeKind] = mapped_column(
        _enum(ProgrammeKind, "programme_kind"), default=ProgrammeKind.INTERNAL
    )
    template_key: Mapped[str] = mapped_column(String(50), default="")
    status: Mapped[ProgrammeStatus] = mapped_column(
        _enum(ProgrammeStatus, "programme_status"), default=ProgrammeStatus.DESIGN
    )
    purpose: Mapped[str] = mapped_column(Text, default="")
    strategic_topics: Mapped[list[str]] = mapped_column(default=list)
    learning_themes: Mapped[list[str]] = mapped_column(default=list)
    target_group: Mapped[str] = mapped_column(Text, default="")
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    hr_contact_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    meeting_rhythm: Mapped[str] = mapped_column(String(200), default="")
    meeting_interval_weeks: Mapped[int | None] = mapped_column(Integer)
    meeting_length_minutes: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[Language] = mapped_column(_enum(Language, "language"), default=Language.EN)
    separate_organisations: Mapped[bool] = mapped_column(Boolean, default=False)
    matching_settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    organisation: Mapped[Organisation] = relationship(
        back_populates="programmes", foreign_keys=[organisation_id]
    )
    hr_contact: Mapped[Person | None] = relationship(foreign_keys=[hr_contact_id])
    guest_organisations: Mapped[list[Organisation]] = relationship(
        secondary="programme_organisation", order_by="Organisation.name"
    )
    roles: Mapped[list[ProgrammeRole]] = relationship(
        back_populates="programme", cascade="all, delete-orphan"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="Milestone.date"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="programme", passive_deletes="all"
    )

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR end_date >= start_date",
            name="dates_in_order",
        ),
        CheckConstraint(
            "meeting_interval_weeks IS NULL OR meeting_interval_weeks > 0",
            name="interval_positive",
        ),
    )


class ProgrammeOrganisation(Base):
    """A further organisation admitted to a (cross-organisational) programme."""

    __tablename__ = "programme_organisation"

    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), primary_key=True
    )


class ProgrammeRole(Base):
    """A sponsor or ambassador of a programme."""

    __tablename__ = "programme_role"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    role: Mapped[ProgrammeRoleKind] = mapped_column(_enum(ProgrammeRoleKind, "programme_role"))
    description: Mapped[str] = mapped_column(String(200), default="")

    programme: Mapped[Programme] = relationship(back_populates="roles")
    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("programme_id", "person_id", "role"),)


class Milestone(Base):
    """A dated event of a programme: kick-off, network meeting, mid-term review, closing."""

    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MilestoneKind] = mapped_column(_enum(MilestoneKind, "milestone_kind"))
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")

    programme: Mapped[Programme] = relationship(back_populates="milestones")

    __table_args__ = (
        CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_time >= start_time",
            name="times_in_order",
        ),
    )


class Participant(Base):
    """A person taking part in a programme as mentor or mentee."""

    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    status: Mapped[ParticipantStatus] = mapped_column(
        _enum(ParticipantStatus, "participant_status"), default=ParticipantStatus.APPLIED
    )
    goals: Mapped[list[str]] = mapped_column(default=list)
    expertise: Mapped[list[str]] = mapped_column(default=list)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    application_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    programme: Mapped[Programme] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()
    preferences: Mapped[list[Preference]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("programme_id", "person_id"),
        # Target of the pairings' composite foreign keys.
        UniqueConstraint("id", "programme_id", "role"),
        CheckConstraint("capacity BETWEEN 0 AND 20", name="capacity_range"),
    )


class Preference(Base):
    """A participant's wish for, or wish to avoid, a particular person."""

    __tablename__ = "preference"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[PreferenceKind] = mapped_column(_enum(PreferenceKind, "preference_kind"))

    participant: Mapped[Participant] = relationship(back_populates="preferences")
    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("participant_id", "person_id"),)


class Pairing(Base):
    """A mentor and a mentee of one programme."""

    __tablename__ = "pairing"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="RESTRICT"), index=True
    )
    mentor_id: Mapped[int] = mapped_column(Integer, index=True)
    mentee_id: Mapped[int] = mapped_column(Integer, index=True)
    # Constant columns: with the composite keys below they make the database itself
    # refuse a pairing whose "mentor" is not a mentor of this programme.
    mentor_role: Mapped[Role] = mapped_column(_enum(Role, "mentor_role"), default=Role.MENTOR)
    mentee_role: Mapped[Role] = mapped_column(_enum(Role, "mentee_role"), default=Role.MENTEE)
    status: Mapped[PairingStatus] = mapped_column(
        _enum(PairingStatus, "pairing_status"), default=PairingStatus.PROPOSED
    )
    score: Mapped[float | None] = mapped_column(Float)
    explanation: Mapped[list[str]] = mapped_column(default=list)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    mentor: Mapped[Participant] = relationship(foreign_keys=[mentor_id], viewonly=True)
    mentee: Mapped[Participant] = relationship(foreign_keys=[mentee_id], viewonly=True)

    __table_args__ = (
        ForeignKeyConstraint(
            ["mentor_id", "programme_id", "mentor_role"],
            ["participant.id", "participant.programme_id", "participant.role"],
            ondelete="RESTRICT",
            name="fk_pairing_mentor_participant",
        ),
        ForeignKeyConstraint(
            ["mentee_id", "programme_id", "mentee_role"],
            ["participant.id", "participant.programme_id", "participant.role"],
            ondelete="RESTRICT",
            name="fk_pairing_mentee_participant",
        ),
        CheckConstraint("mentor_id != mentee_id", name="not_with_self"),
        CheckConstraint("mentor_role = 'mentor'", name="mentor_is_mentor"),
        CheckConstraint("mentee_role = 'mentee'", name="mentee_is_mentee"),
        CheckConstraint("status != 'ended' OR ended_on IS NOT NULL", name="ended_has_date"),
    )


class Interview(Base):
    """A conversation the consultant records. Its notes are the most sensitive data."""

    __tablename__ = "interview"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(50))
    date: Mapped[date] = mapped_column(Date)
    interviewer: Mapped[str] = mapped_column(String(200), default="")
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="RESTRICT"), index=True
    )
    pairing_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairing.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    programme: Mapped[Programme] = relationship()
    participant: Mapped[Participant | None] = relationship()
    pairing: Mapped[Pairing | None] = relationship()
    person: Mapped[Person | None] = relationship()

    __table_args__ = (
        CheckConstraint(
            "participant_id IS NOT NULL OR pairing_id IS NOT NULL OR person_id IS NOT NULL",
            name="has_subject",
        ),
    )


class FollowUp(Base):
    """A task with a due date about a participant or a pairing, and its outcome."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    pairing_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairing.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    owner: Mapped[FollowUpOwner] = mapped_column(
        _enum(FollowUpOwner, "follow_up_owner"), default=FollowUpOwner.CONSULTANT
    )
    due: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[FollowUpStatus] = mapped_column(
        _enum(FollowUpStatus, "follow_up_status"), default=FollowUpStatus.OPEN
    )
    skip_reason: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview.id", ondelete="SET NULL")
    )
    completed_on: Mapped[date | None] = mapped_column(Date)

    pairing: Mapped[Pairing | None] = relationship()
    participant: Mapped[Participant | None] = relationship()

    __table_args__ = (
        CheckConstraint(
            "status != 'skipped' OR length(trim(skip_reason)) > 0", name="skip_has_reason"
        ),
    )


class MeetingReport(Base):
    """A reported meeting of a pair: how MentorDesk tells which pairs have gone quiet."""

    __tablename__ = "meeting_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(
        ForeignKey("pairing.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int | None] = mapped_column(Integer)
    topics: Mapped[list[str]] = mapped_column(default=list)


class InterviewTemplate(Base):
    """A programme's questions for one kind of interview (built-in kinds or the user's own)."""

    __tablename__ = "interview_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(String(200))
    # [{"key": ..., "text": ..., "type": "text|scale10|yesno|number"}, ...]
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    __table_args__ = (
        UniqueConstraint("programme_id", "kind"),
        CheckConstraint("length(trim(kind)) > 0", name="kind_not_blank"),
    )


class Setting(Base):
    """One setting of the consultancy that travels with its data (for example the
    anonymity threshold of evaluation results, or the name printed in footers)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Survey(Base):
    """An evaluation questionnaire of a programme (mid-term or final)."""

    __tablename__ = "survey"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[SurveyKind] = mapped_column(_enum(SurveyKind, "survey_kind"))
    title: Mapped[str] = mapped_column(String(200))
    # [{"key": ..., "text": ..., "type": "likert5|scale10|text", "theme": ...}, ...]
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    __table_args__ = (UniqueConstraint("programme_id", "kind"),)


class Response(Base):
    """One returned survey: answers keyed by question key."""

    __tablename__ = "response"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    respondent_role: Mapped[Role | None] = mapped_column(_enum(Role, "role"))
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    received_on: Mapped[date | None] = mapped_column(Date)


class MaterialText(Base):
    """A programme's own wording of one standard text of a printed material."""

    __tablename__ = "material_text"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))
    language: Mapped[Language] = mapped_column(_enum(Language, "language"))
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("programme_id", "key", "language"),)
