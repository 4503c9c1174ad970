"""Follow-ups: tasks with a due date about a participant or a pair, the follow-up plan of a
programme, and the meeting reports of its pairs."""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from mentordesk.exchange.calendar import (
    CalendarFollowUp,
    CalendarMilestone,
    ProgrammeCalendar,
    export_calendar,
)
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
    FollowUpOwner,
    FollowUpStatus,
    Interview,
    MeetingReport,
    MilestoneKind,
    Pairing,
    PairingStatus,
    Participant,
    Programme,
)

# The titles of the planned follow-ups: a pair never gets two follow-ups with one title.
CALL_TITLE = "Follow-up call two weeks after kick-off"
CALL_PREFIX = "Follow-up call two weeks"
MONTH3_TITLE = "Check-in at month 3"
MONTH6_TITLE = "Check-in at month 6"
MIDTERM_TITLE = "Mid-term review with the pair"
CLOSING_TITLE = "Closing interview"
PLAN_TITLES = (CALL_TITLE, MONTH3_TITLE, MONTH6_TITLE, MIDTERM_TITLE, CLOSING_TITLE)

RUNNING_PAIRS = (PairingStatus.CONFIRMED, PairingStatus.ACTIVE)


@dataclass(frozen=True)
class FollowUpRecord(Record):
    id: int
    programme_id: int
    title: str
    subject: str
    owner: str
    due: date
    status: str
    overdue: bool
    completed_on: date | None
    skip_reason: str
    pairing_id: int | None = None
    participant_id: int | None = None
    outcome: str = ""
    interview_id: int | None = None


@dataclass(frozen=True)
class FollowUpData:
    """A follow-up to add (no ID) or edit. The subject is a pairing or a participant of
    the programme, or neither (a task about the programme as a whole)."""

    programme_id: int
    title: str
    due: date
    owner: str = FollowUpOwner.CONSULTANT.value
    pairing_id: int | None = None
    participant_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class MeetingRecord(Record):
    id: int
    pairing_id: int
    date: date
    minutes: int | None
    topics: list[str] = field(default_factory=list)


def pair_name(pairing: Pairing) -> str:
    return f"{pairing.mentor.person.full_name} & {pairing.mentee.person.full_name}"


def _record(f: FollowUp, today: date) -> FollowUpRecord:
    if f.pairing is not None:
        subject = pair_name(f.pairing)
    elif f.participant is not None:
        subject = f.participant.person.full_name
    else:
        subject = ""
    return FollowUpRecord(
        id=f.id,
        programme_id=f.programme_id,
        title=f.title,
        subject=subject,
        owner=f.owner.value,
        due=f.due,
        status=f.status.value,
        overdue=f.status is FollowUpStatus.OPEN and f.due < today,
        completed_on=f.completed_on,
        skip_reason=f.skip_reason,
        pairing_id=f.pairing_id,
        participant_id=f.participant_id,
        outcome=f.outcome,
        interview_id=f.interview_id,
    )


def list_followups(
    db: Database,
    *,
    programme_id: int | None = None,
    due_only: bool = False,
    today: date | None = None,
) -> list[FollowUpRecord]:
    """Follow-ups by due date; `due_only` keeps the open ones due today or earlier."""
    today = today or date.today()
    query = (
        select(FollowUp)
        .options(
            joinedload(FollowUp.participant).joinedload(Participant.person),
            joinedload(FollowUp.pairing).joinedload(Pairing.mentor).joinedload(Participant.person),
            joinedload(FollowUp.pairing).joinedload(Pairing.mentee).joinedload(Participant.person),
        )
        .order_by(FollowUp.due, FollowUp.id)
    )
    if programme_id is not None:
        query = query.where(FollowUp.programme_id == programme_id)
    if due_only:
        query = query.where(FollowUp.status == FollowUpStatus.OPEN, FollowUp.due <= today)
    with db.unit_of_work() as session:
        return [_record(f, today) for f in session.scalars(query).unique()]


# ---------------------------------------------------------------------------------------
# The plan


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later (the month's last day if shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _programme(session: Session, programme_id: int) -> Programme:
    p = session.get(Programme, programme_id)
    if p is None:
        raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")
    return p


def kickoff_date(p: Programme) -> date | None:
    """The kick-off workshop's date, else the programme's start."""
    kickoffs = [m.date for m in p.milestones if m.kind is MilestoneKind.KICKOFF]
    return min(kickoffs) if kickoffs else p.start_date


def _planned(
    p: Programme, pairing: Pairing, kickoff: date
) -> list[tuple[str, date, FollowUpOwner]]:
    start = max(kickoff, pairing.started_on or kickoff)
    plan = [
        (CALL_TITLE, start + timedelta(days=14), FollowUpOwner.CONSULTANT),
        (MONTH3_TITLE, add_months(kickoff, 3), FollowUpOwner.HR),
        (MONTH6_TITLE, add_months(kickoff, 6), FollowUpOwner.CONSULTANT),
    ]
    midterms = [m.date for m in p.milestones if m.kind is MilestoneKind.MIDTERM]
    if midterms:
        plan.append((MIDTERM_TITLE, min(midterms), FollowUpOwner.CONSULTANT))
    closings = [m.date for m in p.milestones if m.kind is MilestoneKind.CLOSING]
    if closings:
        plan.append((CLOSING_TITLE, max(closings), FollowUpOwner.CONSULTANT))
    if p.end_date is not None:
        plan = [item for item in plan if item[1] <= p.end_date]
    return plan


def generate_plan(
    db: Database, programme_id: int, *, replace_open: bool = False
) -> list[FollowUpRecord]:
    """Plan the follow-ups of every confirmed or active pair from the milestones: a call two
    weeks after the kick-off (or after the pair started, if later), check-ins at months 3
    (HR) and 6, one at the mid-term review and a closing interview. A pair never gets a
    second follow-up with the same title; `replace_open` first removes the open planned
    follow-ups so that they are planned again from the current milestones. Returns the new
    follow-ups. One unit of work."""
    today = date.today()
    with db.unit_of_work() as session:
        p = _programme(session, programme_id)
        kickoff = kickoff_date(p)
        if kickoff is None:
            raise InputRefused(
                f"{p.name} has neither a kick-off milestone nor a start date: add the "
                "kick-off workshop first, then plan the follow-ups.",
                field="milestones",
            )
        pairings = session.scalars(
            select(Pairing)
            .where(Pairing.programme_id == programme_id, Pairing.status.in_(RUNNING_PAIRS))
            .order_by(Pairing.id)
        ).all()
        existing = session.scalars(
            select(FollowUp).where(
                FollowUp.programme_id == programme_id, FollowUp.pairing_id.is_not(None)
            )
        ).all()
        if replace_open:
            for f in existing:
                if f.status is FollowUpStatus.OPEN and f.title in PLAN_TITLES:
                    session.delete(f)
            existing = [
                f
                for f in existing
                if not (f.status is FollowUpStatus.OPEN and f.title in PLAN_TITLES)
            ]
        taken = {(f.pairing_id, f.title) for f in existing}
        # A call already planned under another wording ("... after the rematch") counts.
        taken |= {(f.pairing_id, CALL_TITLE) for f in existing if f.title.startswith(CALL_PREFIX)}
        created: list[FollowUp] = []
        for pairing in pairings:
            for title, due, owner in _planned(p, pairing, kickoff):
                if (pairing.id, title) in taken:
                    continue
                taken.add((pairing.id, title))
                created.append(
                    FollowUp(
                        programme_id=programme_id,
                        pairing=pairing,
                        title=title,
                        owner=owner,
                        due=due,
                        status=FollowUpStatus.OPEN,
                    )
                )
        session.add_all(created)
        session.flush()
        created.sort(key=lambda f: (f.due, f.id))
        return [_record(f, today) for f in created]


# ---------------------------------------------------------------------------------------
# Editing one follow-up


def _followup(session: Session, followup_id: int) -> FollowUp:
    f = session.get(FollowUp, followup_id)
    if f is None:
        raise InputRefused(f"There is no follow-up with ID {followup_id}.", field="id")
    return f


def save_followup(db: Database, data: FollowUpData) -> FollowUpRecord:
    """Add (no ID) or edit a follow-up: title, subject, owner and a due date within the
    programme's span."""
    title = " ".join(data.title.split())
    if not title:
        raise InputRefused("A follow-up needs a title.", field="title")
    try:
        owner = FollowUpOwner(data.owner)
    except ValueError as exc:
        raise InputRefused(
            f"Unknown owner {data.owner!r}: choose consultant or hr.", field="owner"
        ) from exc
    if data.pairing_id is not None and data.participant_id is not None:
        raise InputRefused(
            "A follow-up is about a pair or about one participant, not both.", field="subject"
        )
    with db.unit_of_work() as session:
        p = _programme(session, data.programme_id)
        if (p.start_date and data.due < p.start_date) or (p.end_date and data.due > p.end_date):
            span = (
                f"{p.start_date:%d %b %Y} – {p.end_date:%d %b %Y}"
                if p.start_date and p.end_date
                else "its dates"
            )
            raise InputRefused(
                f"{data.due:%d %b %Y} is outside the programme ({span}). Choose a due date "
                "within it.",
                field="due",
            )
        if data.pairing_id is not None:
            pairing = session.get(Pairing, data.pairing_id)
            if pairing is None or pairing.programme_id != p.id:
                raise InputRefused(
                    f"There is no pair with ID {data.pairing_id} in {p.name}.", field="subject"
                )
        if data.participant_id is not None:
            participant = session.get(Participant, data.participant_id)
            if participant is None or participant.programme_id != p.id:
                raise InputRefused(
                    f"There is no participant with ID {data.participant_id} in {p.name}.",
                    field="subject",
                )
        if data.id is None:
            f = FollowUp(programme_id=p.id, status=FollowUpStatus.OPEN)
            session.add(f)
        else:
            f = _followup(session, data.id)
            if f.programme_id != p.id:
                raise InputRefused(
                    f"There is no follow-up with ID {data.id} in {p.name}.", field="id"
                )
        f.title = title
        f.owner = owner
        f.due = data.due
        f.pairing_id = data.pairing_id
        f.participant_id = data.participant_id
        session.flush()
        session.refresh(f)
        return _record(f, date.today())


def complete_followup(
    db: Database,
    followup_id: int,
    outcome: str,
    on: date | None = None,
    interview_id: int | None = None,
) -> FollowUpRecord:
    """Mark an open follow-up done, with its outcome and, if there was one, the interview."""
    with db.unit_of_work() as session:
        return complete_in_session(session, followup_id, outcome, on, interview_id)


def complete_in_session(
    session: Session,
    followup_id: int,
    outcome: str,
    on: date | None = None,
    interview_id: int | None = None,
) -> FollowUpRecord:
    """`complete_followup` inside a unit of work the caller holds (for example one that
    records the follow-up's interview first)."""
    on = on or date.today()
    if on > date.today():
        raise InputRefused("A follow-up cannot be done on a future date.", field="on")
    f = _followup(session, followup_id)
    if f.status is not FollowUpStatus.OPEN:
        raise InputRefused(
            f"“{f.title}” is already {f.status.value}: reopen it first.", field="status"
        )
    if interview_id is not None:
        interview = session.get(Interview, interview_id)
        if interview is None or interview.programme_id != f.programme_id:
            raise InputRefused(
                f"There is no interview with ID {interview_id} in this programme.",
                field="interview",
            )
    f.status = FollowUpStatus.DONE
    f.outcome = outcome.strip()
    f.completed_on = on
    f.interview_id = interview_id
    f.skip_reason = ""
    session.flush()
    return _record(f, date.today())


def skip_followup(db: Database, followup_id: int, reason: str) -> FollowUpRecord:
    """Skip an open follow-up; the reason is required."""
    reason = reason.strip()
    if not reason:
        raise InputRefused("Say why the follow-up is skipped.", field="reason")
    with db.unit_of_work() as session:
        f = _followup(session, followup_id)
        if f.status is not FollowUpStatus.OPEN:
            raise InputRefused(
                f"“{f.title}” is already {f.status.value}: reopen it first.", field="status"
            )
        f.status = FollowUpStatus.SKIPPED
        f.skip_reason = reason
        f.completed_on = None
        session.flush()
        return _record(f, date.today())


def reopen_followup(db: Database, followup_id: int) -> FollowUpRecord:
    """Open a done or skipped follow-up again; its outcome and skip reason are cleared."""
    with db.unit_of_work() as session:
        f = _followup(session, followup_id)
        if f.status is FollowUpStatus.OPEN:
            raise InputRefused(f"“{f.title}” is already open.", field="status")
        f.status = FollowUpStatus.OPEN
        f.skip_reason = ""
        f.outcome = ""
        f.completed_on = None
        f.interview_id = None
        session.flush()
        return _record(f, date.today())


# ---------------------------------------------------------------------------------------
# Meeting reports


def report_meeting(
    db: Database,
    pairing_id: int,
    on: date,
    minutes: int | None = None,
    topics: list[str] | None = None,
    *,
    today: date | None = None,
) -> MeetingRecord:
    """Record a meeting of a pair: not in the future, not before the pair started."""
    today = today or date.today()
    if on > today:
        raise InputRefused("A meeting can only be reported once it has taken place.", field="on")
    if minutes is not None and not 0 < minutes <= 24 * 60:
        raise InputRefused("The meeting length is in minutes, 1 to 1440.", field="minutes")
    clean_topics = [" ".join(t.split()) for t in topics or [] if t.strip()]
    with db.unit_of_work() as session:
        pairing = session.get(Pairing, pairing_id)
        if pairing is None:
            raise InputRefused(f"There is no pair with ID {pairing_id}.", field="pairing")
        if pairing.status is PairingStatus.PROPOSED:
            raise InputRefused(
                "The pair is only proposed: confirm it before reporting meetings.",
                field="pairing",
            )
        if pairing.started_on is not None and on < pairing.started_on:
            raise InputRefused(
                f"The pair started on {pairing.started_on:%d %b %Y}; the meeting cannot "
                "be earlier.",
                field="on",
            )
        if pairing.ended_on is not None and on > pairing.ended_on:
            raise InputRefused(
                f"The pair ended on {pairing.ended_on:%d %b %Y}; the meeting cannot be later.",
                field="on",
            )
        report = MeetingReport(pairing_id=pairing_id, date=on, minutes=minutes, topics=clean_topics)
        session.add(report)
        session.flush()
        return MeetingRecord(
            id=report.id, pairing_id=pairing_id, date=on, minutes=minutes, topics=clean_topics
        )


def list_meetings(db: Database, pairing_id: int) -> list[MeetingRecord]:
    """The reported meetings of a pair, oldest first."""
    with db.unit_of_work() as session:
        if session.get(Pairing, pairing_id) is None:
            raise InputRefused(f"There is no pair with ID {pairing_id}.", field="pairing")
        reports = session.scalars(
            select(MeetingReport)
            .where(MeetingReport.pairing_id == pairing_id)
            .order_by(MeetingReport.date, MeetingReport.id)
        )
        return [
            MeetingRecord(
                id=r.id,
                pairing_id=r.pairing_id,
                date=r.date,
                minutes=r.minutes,
                topics=list(r.topics),
            )
            for r in reports
        ]


# ---------------------------------------------------------------------------------------
# The plan as a calendar


def _time_zone(p: Programme) -> str:
    """The programme's local time zone: its HR contact's, else its participants' most
    common one, else unknown ("")."""
    if p.hr_contact is not None and p.hr_contact.time_zone.strip():
        return p.hr_contact.time_zone.strip()
    zones = Counter(
        part.person.time_zone.strip() for part in p.participants if part.person.time_zone.strip()
    )
    return zones.most_common(1)[0][0] if zones else ""


def programme_calendar(db: Database, programme_id: int) -> ProgrammeCalendar:
    """A programme's open follow-ups with their due dates and its milestones, as plain data."""
    query = (
        select(FollowUp)
        .where(FollowUp.programme_id == programme_id, FollowUp.status == FollowUpStatus.OPEN)
        .options(
            joinedload(FollowUp.participant).joinedload(Participant.person),
            joinedload(FollowUp.pairing).joinedload(Pairing.mentor).joinedload(Participant.person),
            joinedload(FollowUp.pairing).joinedload(Pairing.mentee).joinedload(Participant.person),
        )
        .order_by(FollowUp.due, FollowUp.id)
    )
    with db.unit_of_work() as session:
        p = _programme(session, programme_id)
        followups = [_record(f, date.today()) for f in session.scalars(query).unique()]
        return ProgrammeCalendar(
            programme_id=p.id,
            programme_name=p.name,
            organisation_name=p.organisation.name,
            time_zone=_time_zone(p),
            followups=tuple(
                CalendarFollowUp(
                    id=f.id, title=f.title, subject=f.subject, owner=f.owner, due=f.due
                )
                for f in followups
            ),
            milestones=tuple(
                CalendarMilestone(
                    id=m.id,
                    kind=m.kind.value,
                    title=m.title,
                    date=m.date,
                    start_time=m.start_time,
                    end_time=m.end_time,
                    place=m.place,
                    agenda=m.agenda,
                )
                for m in p.milestones
            ),
        )


def export_programme_calendar(db: Database, programme_id: int, path: str | Path) -> Path:
    """Write a programme's open follow-ups and milestones to an .ics file."""
    return export_calendar(programme_calendar(db, programme_id), path)
