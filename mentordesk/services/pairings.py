"""Pairings of mentors and mentees: list them, confirm, activate and end them.

A pairing moves proposed -> confirmed -> active -> ended. Each function runs one unit of
work and returns plain records. Ending a pairing keeps it (the programme's history) and
frees both participants, so matching can propose them again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, joinedload

from mentordesk.services.errors import InputRefused
from mentordesk.services.matching import BUSY, check_pair_in
from mentordesk.services.records import PairingRecord, Record
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Role,
)

END_REASON_MAX = 4000


@dataclass(frozen=True)
class PairingDetails(Record):
    """A pairing with what the list leaves out: the reasons it was proposed, and its lock."""

    pairing: PairingRecord
    explanation: list[str] = field(default_factory=list)
    locked: bool = False


@dataclass(frozen=True)
class EndedPartner(Record):
    """Someone a participant was paired with in this programme, and how that pairing ended."""

    participant_id: int
    partner_participant_id: int
    partner_name: str
    ended_on: date | None
    reason: str


def _record(p: Pairing) -> PairingRecord:
    return PairingRecord(
        id=p.id,
        programme_id=p.programme_id,
        mentor_participant_id=p.mentor_id,
        mentee_participant_id=p.mentee_id,
        mentor_name=p.mentor.person.full_name,
        mentor_email=p.mentor.person.email or "",
        mentee_name=p.mentee.person.full_name,
        mentee_email=p.mentee.person.email or "",
        status=p.status.value,
        score=p.score,
        started_on=p.started_on,
        ended_on=p.ended_on,
        end_reason=p.end_reason,
    )


def _query() -> Select[Pairing]:
    return select(Pairing).options(
        joinedload(Pairing.mentor).joinedload(Participant.person),
        joinedload(Pairing.mentee).joinedload(Participant.person),
    )


def list_pairings(db: Database, *, programme_id: int | None = None) -> list[PairingRecord]:
    query = _query().order_by(Pairing.programme_id, Pairing.id)
    if programme_id is not None:
        query = query.where(Pairing.programme_id == programme_id)
    with db.unit_of_work() as session:
        return [_record(p) for p in session.scalars(query).unique()]


def _pairing(session: Session, pairing_id: int) -> Pairing:
    pairing = session.scalars(_query().where(Pairing.id == pairing_id)).unique().one_or_none()
    if pairing is None:
        raise InputRefused(
            f"There is no pairing with ID {pairing_id}; it may have been replaced by a new "
            "proposal.",
            field="pairing",
        )
    return pairing


def _names(p: Pairing) -> str:
    return f"{p.mentor.person.full_name} and {p.mentee.person.full_name}"


def get_pairing(db: Database, pairing_id: int) -> PairingDetails:
    """One pairing, with the reasons it was proposed and whether its proposal is locked."""
    with db.unit_of_work() as session:
        p = _pairing(session, pairing_id)
        return PairingDetails(
            pairing=_record(p), explanation=list(p.explanation or ()), locked=bool(p.locked)
        )


def set_proposal_lock(
    db: Database,
    programme_id: int,
    mentor_participant_id: int,
    mentee_participant_id: int,
    locked: bool,
) -> bool:
    """Lock or unlock a *stored* proposed pairing, so the next run keeps it (or may change it).

    Returns False when the pair is not stored as a proposal (nothing to change).
    """
    with db.unit_of_work() as session:
        pairing = session.scalars(
            select(Pairing).where(
                Pairing.programme_id == programme_id,
                Pairing.mentor_id == mentor_participant_id,
                Pairing.mentee_id == mentee_participant_id,
                Pairing.status == PairingStatus.PROPOSED,
            )
        ).first()
        if pairing is None:
            return False
        pairing.locked = bool(locked)
        return True


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


def confirm_pairings(
    db: Database, pairing_ids: Sequence[int], *, on: date | None = None
) -> list[PairingRecord]:
    """Confirm proposed pairings: they start `on` (default today); both become matched.

    Each pair is checked again against the hard rules, the participants' status, the
    mentee's other pairings and the mentor's capacity. If one fails, InputRefused names
    the pair and the reason, and none is confirmed.
    """
    day = on or date.today()
    with db.unit_of_work() as session:
        confirmed: list[Pairing] = []
        for pairing_id in _unique(pairing_ids):
            p = _pairing(session, pairing_id)
            if p.status is not PairingStatus.PROPOSED:
                raise InputRefused(
                    f"The pairing of {_names(p)} is {p.status.value}; only a proposed pairing "
                    "can be confirmed.",
                    field="status",
                )
            check = check_pair_in(session, p.programme_id, p.mentor_id, p.mentee_id)
            if check.broken_rules:
                raise InputRefused(
                    f"The pairing of {_names(p)} was not confirmed: "
                    + "; ".join(check.broken_rules)
                    + ".",
                    field="pairing",
                )
            p.status = PairingStatus.CONFIRMED
            p.started_on = day
            p.locked = False
            p.mentor.status = ParticipantStatus.MATCHED
            p.mentee.status = ParticipantStatus.MATCHED
            session.flush()  # the next check sees this mentor's place as taken
            confirmed.append(p)
        return [_record(p) for p in confirmed]


def activate_pairings(
    db: Database, pairing_ids: Sequence[int], *, on: date | None = None
) -> list[PairingRecord]:
    """Mark confirmed pairings as active (the pair has started meeting).

    A pairing without a start date gets `on` (default today). Refused, with nothing
    changed, when one of them is not confirmed.
    """
    day = on or date.today()
    with db.unit_of_work() as session:
        activated: list[Pairing] = []
        for pairing_id in _unique(pairing_ids):
            p = _pairing(session, pairing_id)
            if p.status is not PairingStatus.CONFIRMED:
                raise InputRefused(
                    f"The pairing of {_names(p)} is {p.status.value}; only a confirmed "
                    "pairing can be made active.",
                    field="status",
                )
            p.status = PairingStatus.ACTIVE
            if p.started_on is None:
                p.started_on = day
            activated.append(p)
        return [_record(p) for p in activated]


def end_pairing(
    db: Database, pairing_id: int, reason: str, on: date | None = None
) -> PairingRecord:
    """End a confirmed or active pairing on `on` (default today), for the reason given.

    The pairing stays, with its end date and reason. Both participants are freed: a
    participant whose status is matched and who has no other confirmed or active pairing
    in the programme goes back to accepted, so matching proposes them again (the ended
    pair itself is not proposed again). Refused when the reason is empty, the date lies
    before the start or in the future, or the pairing is not under way.
    """
    text = (reason or "").strip()
    day = on or date.today()
    if not text:
        raise InputRefused(
            "Say why the pairing ends: the reason stays in the programme's history.",
            field="reason",
        )
    if len(text) > END_REASON_MAX:
        raise InputRefused(
            f"The reason is too long ({len(text)} characters); keep it under {END_REASON_MAX}.",
            field="reason",
        )
    with db.unit_of_work() as session:
        p = _pairing(session, pairing_id)
        if p.status is PairingStatus.ENDED:
            ended = f" on {p.ended_on:%d %b %Y}" if p.ended_on else ""
            raise InputRefused(
                f"The pairing of {_names(p)} has already ended{ended}.", field="pairing"
            )
        if p.status is PairingStatus.PROPOSED:
            raise InputRefused(
                f"The pairing of {_names(p)} is only proposed and has not started; change "
                "the proposal on the Matching tab instead.",
                field="pairing",
            )
        if p.started_on is not None and day < p.started_on:
            raise InputRefused(
                f"The end date {day:%d %b %Y} lies before the pairing started "
                f"({p.started_on:%d %b %Y}).",
                field="on",
            )
        if day > date.today():
            raise InputRefused(
                f"The end date {day:%d %b %Y} lies in the future; record the ending on the "
                "day it happens.",
                field="on",
            )
        p.status = PairingStatus.ENDED
        p.ended_on = day
        p.end_reason = text
        p.locked = False
        session.flush()
        for participant in (p.mentor, p.mentee):
            _free(session, participant)
        return _record(p)


def ended_partners(db: Database, programme_id: int) -> dict[int, list[EndedPartner]]:
    """The ended pairings of a programme, by participant: for each mentor and mentee, whom
    they were paired with, when it ended and why (most recent first)."""
    query = (
        _query()
        .where(Pairing.programme_id == programme_id, Pairing.status == PairingStatus.ENDED)
        .order_by(Pairing.ended_on.desc(), Pairing.id.desc())
    )
    history: dict[int, list[EndedPartner]] = {}
    with db.unit_of_work() as session:
        for p in session.scalars(query).unique():
            for own, partner in ((p.mentor, p.mentee), (p.mentee, p.mentor)):
                history.setdefault(own.id, []).append(
                    EndedPartner(
                        participant_id=own.id,
                        partner_participant_id=partner.id,
                        partner_name=partner.person.full_name,
                        ended_on=p.ended_on,
                        reason=p.end_reason,
                    )
                )
    return history


def _free(session: Session, participant: Participant) -> None:
    """A matched participant with no pairing under way any more is accepted again."""
    if participant.status is not ParticipantStatus.MATCHED:
        return  # withdrawn or completed stays so
    column = Pairing.mentor_id if participant.role is Role.MENTOR else Pairing.mentee_id
    busy = session.scalar(
        select(func.count())
        .select_from(Pairing)
        .where(column == participant.id, Pairing.status.in_(BUSY))
    )
    if not busy:
        participant.status = ParticipantStatus.ACCEPTED
