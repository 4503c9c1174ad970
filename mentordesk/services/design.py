"""Programme design: create from a template or a copy, edit the design, the timeline."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.services.errors import InputRefused
from mentordesk.services.templates import TEMPLATES, ProgrammeTemplate
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
    FollowUpStatus,
    Language,
    Milestone,
    MilestoneKind,
    Organisation,
    Pairing,
    PairingStatus,
    Participant,
    Person,
    Programme,
    ProgrammeKind,
    ProgrammeRole,
    ProgrammeRoleKind,
    ProgrammeStatus,
    Role,
)

LIFECYCLE = tuple(ProgrammeStatus)


class NeedsConfirmation(InputRefused):
    """The change is allowed, but only once the user has confirmed it."""


@dataclass(frozen=True)
class RoleData:
    person_id: int
    role: str  # sponsor | ambassador
    description: str = ""
    name: str = ""  # filled when read


@dataclass(frozen=True)
class MilestoneData:
    kind: str
    title: str
    date: date
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    agenda: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ProgrammeDesign:
    """Everything the Design page edits."""

    name: str
    organisation_id: int
    kind: str = ProgrammeKind.INTERNAL.value
    status: str = ProgrammeStatus.DESIGN.value
    purpose: str = ""
    strategic_topics: tuple[str, ...] = ()
    learning_themes: tuple[str, ...] = ()
    target_group: str = ""
    success_criteria: str = ""
    guest_organisation_ids: tuple[int, ...] = ()
    roles: tuple[RoleData, ...] = ()
    hr_contact_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    meeting_rhythm: str = ""
    meeting_interval_weeks: int | None = None
    meeting_length_minutes: int | None = None
    language: str = Language.EN.value
    separate_organisations: bool = False
    template_key: str = ""


@dataclass(frozen=True)
class Dashboard:
    status: str
    start_date: date | None
    end_date: date | None
    mentors: int
    mentees: int
    pairs: int
    open_follow_ups: int
    next_milestone: MilestoneData | None


@dataclass(frozen=True)
class ProgrammeFull:
    id: int
    design: ProgrammeDesign
    milestones: list[MilestoneData] = field(default_factory=list)
    organisation_name: str = ""


# --- creating -------------------------------------------------------------------------


def create_programme(
    db: Database,
    name: str,
    organisation_id: int,
    *,
    template_key: str = "leadership",
    start: date | None = None,
) -> int:
    """A new programme from a built-in template, its timeline starting on `start`."""
    template = TEMPLATES.get(template_key)
    if template is None:
        raise InputRefused(
            f"There is no template {template_key!r}; choose one of {', '.join(TEMPLATES)}.",
            field="template",
        )
    start = start or date.today()
    with db.unit_of_work() as session:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise InputRefused(
                f"There is no organisation with ID {organisation_id}.", field="organisation"
            )
        design = _design_from_template(template, name, organisation, start)
        programme = Programme(organisation_id=organisation_id, name=design.name)
        _apply_design(session, programme, design)
        session.add(programme)
        session.flush()
        for plan in template.milestones:
            session.add(
                Milestone(
                    programme_id=programme.id,
                    kind=plan.kind,
                    title=plan.title,
                    date=start + timedelta(days=plan.offset_days),
                    start_time=plan.start,
                    end_time=plan.end,
                    agenda=plan.agenda,
                )
            )
        return programme.id


def _design_from_template(
    template: ProgrammeTemplate, name: str, organisation: Organisation, start: date
) -> ProgrammeDesign:
    return ProgrammeDesign(
        name=name,
        organisation_id=organisation.id,
        kind=template.kind.value,
        purpose=template.purpose,
        strategic_topics=template.strategic_topics,
        learning_themes=template.learning_themes,
        target_group=template.target_group,
        success_criteria=template.success_criteria,
        start_date=start,
        end_date=start + timedelta(days=template.duration_days),
        meeting_rhythm=template.meeting_rhythm,
        meeting_interval_weeks=template.meeting_interval_weeks,
        meeting_length_minutes=template.meeting_length_minutes,
        language=organisation.language.value,
        separate_organisations=template.kind is ProgrammeKind.CROSS_ORGANISATIONAL,
        template_key=template.key,
    )


def copy_programme(db: Database, source_id: int, name: str, start: date) -> int:
    """A new programme with the design and timeline of another, shifted to `start`.

    Never its people or records: no participants, pairings, interviews or follow-ups,
    and no sponsors, ambassadors or HR contact (they are chosen again for the new run).
    """
    with db.unit_of_work() as session:
        source = _load(session, source_id)
        if source.start_date is None:
            raise InputRefused(
                f"{source.name} has no start date, so its timeline cannot be shifted.",
                field="start_date",
            )
        shift = start - source.start_date
        design = replace(
            _read_design(source),
            name=name,
            status=ProgrammeStatus.DESIGN.value,
            roles=(),
            hr_contact_id=None,
            start_date=start,
            end_date=source.end_date + shift if source.end_date else None,
        )
        programme = Programme(organisation_id=source.organisation_id, name=design.name)
        _apply_design(session, programme, design)
        programme.matching_settings = dict(source.matching_settings)
        session.add(programme)
        session.flush()
        for m in source.milestones:
            session.add(
                Milestone(
                    programme_id=programme.id,
                    kind=m.kind,
                    title=m.title,
                    date=m.date + shift,
                    start_time=m.start_time,
                    end_time=m.end_time,
                    place=m.place,
                    agenda=m.agenda,
                )
            )
        return programme.id


# --- reading --------------------------------------------------------------------------


def _load(session: Session, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")
    return programme


def _read_design(p: Programme) -> ProgrammeDesign:
    return ProgrammeDesign(
        name=p.name,
        organisation_id=p.organisation_id,
        kind=p.kind.value,
        status=p.status.value,
        purpose=p.purpose,
        strategic_topics=tuple(p.strategic_topics),
        learning_themes=tuple(p.learning_themes),
        target_group=p.target_group,
        success_criteria=p.success_criteria,
        guest_organisation_ids=tuple(o.id for o in p.guest_organisations),
        roles=tuple(
            RoleData(r.person_id, r.role.value, r.description, r.person.full_name)
            for r in sorted(p.roles, key=lambda r: (r.role.value != "sponsor", r.id))
        ),
        hr_contact_id=p.hr_contact_id,
        start_date=p.start_date,
        end_date=p.end_date,
        meeting_rhythm=p.meeting_rhythm,
        meeting_interval_weeks=p.meeting_interval_weeks,
        meeting_length_minutes=p.meeting_length_minutes,
        language=p.language.value,
        separate_organisations=p.separate_organisations,
        template_key=p.template_key,
    )


def _milestone_data(m: Milestone) -> MilestoneData:
    return MilestoneData(
        kind=m.kind.value,
        title=m.title,
        date=m.date,
        start_time=m.start_time,
        end_time=m.end_time,
        place=m.place,
        agenda=m.agenda,
        id=m.id,
    )


def read_programme(db: Database, programme_id: int) -> ProgrammeFull:
    with db.unit_of_work() as session:
        p = _load(session, programme_id)
        return ProgrammeFull(
            id=p.id,
            design=_read_design(p),
            milestones=[_milestone_data(m) for m in sorted(p.milestones, key=lambda m: m.date)],
            organisation_name=p.organisation.name,
        )


def dashboard(db: Database, programme_id: int, today: date | None = None) -> Dashboard:
    today = today or date.today()
    with db.unit_of_work() as session:
        p = _load(session, programme_id)

        def count(role: Role) -> int:
            return (
                session.scalar(
                    select(func.count()).where(
                        Participant.programme_id == programme_id, Participant.role == role
                    )
                )
                or 0
            )

        pairs = (
            session.scalar(
                select(func.count()).where(
                    Pairing.programme_id == programme_id,
                    Pairing.status.in_([PairingStatus.CONFIRMED, PairingStatus.ACTIVE]),
                )
            )
            or 0
        )
        open_follow_ups = (
            session.scalar(
                select(func.count()).where(
                    FollowUp.programme_id == programme_id, FollowUp.status == FollowUpStatus.OPEN
                )
            )
            or 0
        )
        upcoming = session.scalars(
            select(Milestone)
            .where(Milestone.programme_id == programme_id, Milestone.date >= today)
            .order_by(Milestone.date)
            .limit(1)
        ).first()
        return Dashboard(
            status=p.status.value,
            start_date=p.start_date,
            end_date=p.end_date,
            mentors=count(Role.MENTOR),
            mentees=count(Role.MENTEE),
            pairs=pairs,
            open_follow_ups=open_follow_ups,
            next_milestone=_milestone_data(upcoming) if upcoming else None,
        )


# --- editing --------------------------------------------------------------------------


def _clean_list(items: tuple[str, ...]) -> list[str]:
    seen: list[str] = []
    for item in items:
        text = " ".join(item.split())
        if text and text not in seen:
            seen.append(text)
    return seen


def _check_dates(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise InputRefused(
            f"The end date {end:%d %b %Y} is before the start date {start:%d %b %Y}.",
            field="end_date",
        )


def _apply_design(session: Session, p: Programme, d: ProgrammeDesign) -> None:
    name = " ".join(d.name.split())
    if not name:
        raise InputRefused("A programme needs a name.", field="name")
    _check_dates(d.start_date, d.end_date)
    for value, what in ((d.meeting_interval_weeks, "weeks"), (d.meeting_length_minutes, "minutes")):
        if value is not None and value <= 0:
            raise InputRefused(
                f"The meeting rhythm needs a positive number of {what}.", field="meeting_rhythm"
            )
    try:
        kind, status, language = (
            ProgrammeKind(d.kind),
            ProgrammeStatus(d.status),
            Language(d.language),
        )
    except ValueError as exc:
        raise InputRefused(str(exc)) from exc
    if d.hr_contact_id is not None and session.get(Person, d.hr_contact_id) is None:
        raise InputRefused("The HR contact is not a known person.", field="hr_contact")
    p.name = name
    p.kind = kind
    p.status = status
    p.purpose = d.purpose.strip()
    p.strategic_topics = _clean_list(d.strategic_topics)
    p.learning_themes = _clean_list(d.learning_themes)
    p.target_group = d.target_group.strip()
    p.success_criteria = d.success_criteria.strip()
    p.hr_contact_id = d.hr_contact_id
    p.start_date = d.start_date
    p.end_date = d.end_date
    p.meeting_rhythm = d.meeting_rhythm.strip()
    p.meeting_interval_weeks = d.meeting_interval_weeks
    p.meeting_length_minutes = d.meeting_length_minutes
    p.language = language
    p.separate_organisations = d.separate_organisations
    p.template_key = d.template_key
    guests = [
        o
        for o in (session.get(Organisation, oid) for oid in d.guest_organisation_ids)
        if o is not None and o.id != d.organisation_id
    ]
    p.guest_organisations = guests
    # Keep the rows of roles that stay: replacing them all would insert the new rows
    # before deleting the old ones and trip the one-role-per-person constraint.
    wanted = {(r.person_id, ProgrammeRoleKind(r.role)): r for r in d.roles}
    kept = []
    for existing in p.roles:
        match = wanted.pop((existing.person_id, existing.role), None)
        if match is not None:
            existing.description = match.description
            kept.append(existing)
    kept += [
        ProgrammeRole(person_id=pid, role=kind, description=r.description)
        for (pid, kind), r in wanted.items()
    ]
    p.roles = kept


def save_design(
    db: Database, programme_id: int, design: ProgrammeDesign, *, confirmed_backwards: bool = False
) -> None:
    """Save the Design page as one transaction.

    Moving the status backwards in the lifecycle raises NeedsConfirmation unless
    `confirmed_backwards`; dates that would leave milestones outside the span are refused.
    """
    with db.unit_of_work() as session:
        p = _load(session, programme_id)
        old, new = LIFECYCLE.index(p.status), LIFECYCLE.index(ProgrammeStatus(design.status))
        if new < old and not confirmed_backwards:
            raise NeedsConfirmation(
                f"Move {p.name} back from {p.status.value} to {design.status}?", field="status"
            )
        _check_dates(design.start_date, design.end_date)
        outside = [
            f"{m.title} ({m.date:%d %b %Y})"
            for m in p.milestones
            if not _within(m.date, design.start_date, design.end_date)
        ]
        if outside:
            raise InputRefused(
                f"These milestones would fall outside the programme's dates: "
                f"{', '.join(outside)}. Move them first or choose other dates.",
                field="start_date",
            )
        _apply_design(session, p, replace(design, organisation_id=p.organisation_id))


def set_status(
    db: Database, programme_id: int, status: str, *, confirmed_backwards: bool = False
) -> None:
    full = read_programme(db, programme_id)
    save_design(
        db,
        programme_id,
        replace(full.design, status=status),
        confirmed_backwards=confirmed_backwards,
    )


def _within(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def save_milestone(db: Database, programme_id: int, data: MilestoneData) -> int:
    """Add (no ID) or update a milestone; its date must lie within the programme's span."""
    title = " ".join(data.title.split())
    if not title:
        raise InputRefused("A milestone needs a title.", field="title")
    if data.start_time and data.end_time and data.end_time < data.start_time:
        raise InputRefused("The milestone ends before it starts.", field="end_time")
    try:
        kind = MilestoneKind(data.kind)
    except ValueError as exc:
        raise InputRefused(f"Unknown milestone kind {data.kind!r}.", field="kind") from exc
    with db.unit_of_work() as session:
        p = _load(session, programme_id)
        if not _within(data.date, p.start_date, p.end_date):
            span = (
                f"{p.start_date:%d %b %Y} – {p.end_date:%d %b %Y}"
                if p.start_date and p.end_date
                else "its dates"
            )
            raise InputRefused(
                f"{data.date:%d %b %Y} is outside the programme ({span}). Choose a date "
                "within it, or change the programme's dates first.",
                field="date",
            )
        if data.id is None:
            milestone = Milestone(programme_id=programme_id)
            session.add(milestone)
        else:
            found = session.get(Milestone, data.id)
            if found is None or found.programme_id != programme_id:
                raise InputRefused(f"There is no milestone with ID {data.id} in {p.name}.")
            milestone = found
        milestone.kind = kind
        milestone.title = title
        milestone.date = data.date
        milestone.start_time = data.start_time
        milestone.end_time = data.end_time
        milestone.place = data.place.strip()
        milestone.agenda = data.agenda.strip()
        session.flush()
        return milestone.id


def delete_milestone(db: Database, programme_id: int, milestone_id: int) -> MilestoneData:
    """Delete a milestone; returns it so that Undo can add it again."""
    with db.unit_of_work() as session:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None or milestone.programme_id != programme_id:
            raise InputRefused(f"There is no milestone with ID {milestone_id}.")
        data = replace(_milestone_data(milestone), id=None)
        session.delete(milestone)
        return data
