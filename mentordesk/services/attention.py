"""What needs the consultant's attention now, across all client organisations.

The items are plain words built from dates, names and scores. Interview notes and the
text of answers are never copied into them: an item says *that* a pair raised concerns,
never *what* was said, so the list can be shown on screen in front of others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from mentordesk.services.followups import RUNNING_PAIRS, pair_name
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
    FollowUpStatus,
    Interview,
    MeetingReport,
    Pairing,
    Participant,
    Programme,
    ProgrammeStatus,
)

DEFAULT_INTERVAL_WEEKS = 6
GRACE_WEEKS = 2
MILESTONE_HORIZON_DAYS = 14
LOW_SATISFACTION = 5

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}

_INTERVIEW_NAMES = {
    "follow-up": "follow-up call",
    "followup": "follow-up call",
    "mid-term": "mid-term interview",
    "midterm": "mid-term interview",
    "final": "final evaluation interview",
    "final-evaluation": "final evaluation interview",
    "matching": "matching interview",
}


@dataclass(frozen=True)
class AttentionItem(Record):
    kind: str  # overdue-followup | quiet-pair | low-satisfaction | concerns | milestone
    programme_id: int
    programme_name: str
    organisation_name: str
    subject: str
    detail: str
    date: date
    severity: str  # high | medium | low
    action: str  # record-call | call-pair | plan-rematch | prepare-milestone
    followup_id: int | None = None
    pairing_id: int | None = None
    milestone_id: int | None = None


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _programmes(session: Session, programme_id: int | None) -> list[Programme]:
    query = (
        select(Programme)
        .options(joinedload(Programme.organisation), selectinload(Programme.milestones))
        .order_by(Programme.id)
    )
    if programme_id is not None:
        query = query.where(Programme.id == programme_id)
    else:
        query = query.where(
            Programme.archived_at.is_(None), Programme.status != ProgrammeStatus.CLOSED
        )
    return list(session.scalars(query).unique())


def needs_attention(
    db: Database, *, programme_id: int | None = None, today: date
) -> list[AttentionItem]:
    """Overdue follow-ups, pairs gone quiet, pairs with low satisfaction or concerns in
    their latest interview, and milestones in the next 14 days; most urgent first."""
    with db.unit_of_work() as session:
        items: list[AttentionItem] = []
        for p in _programmes(session, programme_id):
            items += _overdue(session, p, today)
            pairings = session.scalars(
                select(Pairing)
                .where(Pairing.programme_id == p.id, Pairing.status.in_(RUNNING_PAIRS))
                .options(
                    joinedload(Pairing.mentor).joinedload(Participant.person),
                    joinedload(Pairing.mentee).joinedload(Participant.person),
                )
                .order_by(Pairing.id)
            ).all()
            items += _quiet(session, p, pairings, today)
            items += _unhappy(session, p, pairings, today)
            items += _milestones(p, today)
    items.sort(key=lambda i: (SEVERITY_RANK[i.severity], i.date, i.kind, i.subject))
    return items


def _item(p: Programme, **values: Any) -> AttentionItem:
    return AttentionItem(
        programme_id=p.id, programme_name=p.name, organisation_name=p.organisation.name, **values
    )


def _overdue(session: Session, p: Programme, today: date) -> Iterable[AttentionItem]:
    overdue = session.scalars(
        select(FollowUp)
        .where(
            FollowUp.programme_id == p.id,
            FollowUp.status == FollowUpStatus.OPEN,
            FollowUp.due < today,
        )
        .options(
            joinedload(FollowUp.participant).joinedload(Participant.person),
            joinedload(FollowUp.pairing).joinedload(Pairing.mentor).joinedload(Participant.person),
            joinedload(FollowUp.pairing).joinedload(Pairing.mentee).joinedload(Participant.person),
        )
        .order_by(FollowUp.due, FollowUp.id)
    ).unique()
    for f in overdue:
        if f.pairing is not None:
            subject = pair_name(f.pairing)
        elif f.participant is not None:
            subject = f.participant.person.full_name
        else:
            subject = p.name
        late = (today - f.due).days
        owner = "HR" if f.owner.value == "hr" else "the consultant"
        yield _item(
            p,
            kind="overdue-followup",
            subject=subject,
            detail=f"“{f.title}” was due on {_day(f.due)} ({_days(late)} overdue; {owner}).",
            date=f.due,
            severity="high" if late > 14 else "medium",
            action="record-call",
            followup_id=f.id,
            pairing_id=f.pairing_id,
        )


def _quiet(
    session: Session, p: Programme, pairings: Iterable[Pairing], today: date
) -> Iterable[AttentionItem]:
    weeks = (p.meeting_interval_weeks or DEFAULT_INTERVAL_WEEKS) + GRACE_WEEKS
    for pairing in pairings:
        last_meeting = session.scalar(
            select(MeetingReport.date)
            .where(MeetingReport.pairing_id == pairing.id)
            .order_by(MeetingReport.date.desc())
            .limit(1)
        )
        since = last_meeting or pairing.started_on
        if since is None or since > today:  # not started yet: nothing to miss
            continue
        silent = (today - since).days
        if silent <= weeks * 7:
            continue
        what = (
            f"No meeting reported since {_day(since)}"
            if last_meeting is not None
            else f"No meeting reported since the pair started on {_day(since)}"
        )
        yield _item(
            p,
            kind="quiet-pair",
            subject=pair_name(pairing),
            detail=f"{what} ({silent // 7} weeks; the rhythm is every "
            f"{p.meeting_interval_weeks or DEFAULT_INTERVAL_WEEKS} weeks).",
            date=since + timedelta(weeks=weeks),
            severity="high" if silent > 2 * weeks * 7 else "medium",
            action="call-pair",
            pairing_id=pairing.id,
        )


def _satisfaction(answers: dict[str, Any]) -> int | None:
    value = answers.get("satisfaction")
    if isinstance(value, bool):
        return None
    try:
        return int(str(value).split("/")[0].strip()) if value not in (None, "") else None
    except ValueError:
        return None


def _has_concerns(answers: dict[str, Any]) -> bool:
    value = answers.get("concerns")
    if isinstance(value, str):
        return bool(value.strip()) and value.strip().lower() not in {"none", "no", "-", "n/a"}
    return bool(value)


def _unhappy(
    session: Session, p: Programme, pairings: Iterable[Pairing], today: date
) -> Iterable[AttentionItem]:
    for pairing in pairings:
        interviews = session.scalars(
            select(Interview)
            .where(
                Interview.date <= today,
                or_(
                    Interview.pairing_id == pairing.id,
                    Interview.participant_id.in_((pairing.mentor_id, pairing.mentee_id)),
                ),
            )
            .order_by(Interview.date.desc(), Interview.id.desc())
        )
        latest = next(
            (i for i in interviews if "satisfaction" in i.answers or "concerns" in i.answers),
            None,
        )
        if latest is None or (pairing.started_on and latest.date < pairing.started_on):
            continue
        score = _satisfaction(latest.answers)
        concerns = _has_concerns(latest.answers)
        low = score is not None and score <= LOW_SATISFACTION
        if not (low or concerns):
            continue
        reasons = []
        if low:
            reasons.append(f"low satisfaction ({score}/10)")
        if concerns:
            reasons.append("concerns raised")
        name = _INTERVIEW_NAMES.get(latest.kind.lower(), f"{latest.kind} interview")
        yield _item(
            p,
            kind="low-satisfaction" if low else "concerns",
            subject=pair_name(pairing),
            detail=f"{' and '.join(reasons).capitalize()} in the {name} of {_day(latest.date)}.",
            date=latest.date,
            severity="high"
            if (score is not None and score <= 3) or (low and concerns)
            else "medium",
            action="plan-rematch",
            pairing_id=pairing.id,
        )


def _milestones(p: Programme, today: date) -> Iterable[AttentionItem]:
    horizon = today + timedelta(days=MILESTONE_HORIZON_DAYS)
    for m in p.milestones:
        if not today <= m.date <= horizon:
            continue
        days = (m.date - today).days
        when = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
        place = f" at {m.place}" if m.place else ""
        yield _item(
            p,
            kind="milestone",
            subject=m.title,
            detail=f"{m.title} {when}, {_day(m.date)}{place}.",
            date=m.date,
            severity="medium" if days <= 3 else "low",
            action="prepare-milestone",
            milestone_id=m.id,
        )
