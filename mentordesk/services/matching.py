"""Matching a programme's mentees to mentors: propose, check, apply.

Each function runs one unit of work and returns plain data. The scoring and the optimal
assignment live in `mentordesk.matching`; this module loads the candidates, the
line of management, preferences, earlier pairs and settings, and writes pairings.

Who takes part: mentors and mentees whose status is applied, accepted or matched (not
withdrawn or completed). A mentee already in a confirmed or active pairing of the
programme is not proposed again, and that pairing uses one of the mentor's slots. A pair
whose pairing in this programme has ended is not proposed again either: it is treated as
rejected (the consultant can still make it by hand).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from mentordesk.matching import (
    CRITERIA,
    HARD_RULES,
    Criterion,
    HardRule,
    MatchResult,
    MatchSettings,
    MenteeCandidate,
    MentorCandidate,
    PairCheck,
    check_pair,
    clean_weights,
    default_weights,
    manager_chains,
    propose,
)
from mentordesk.matching.rules import broken_rules
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
    Interview,
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Person,
    PreferenceKind,
    Programme,
    ProgrammeKind,
    Role,
)

ELIGIBLE = frozenset(
    {ParticipantStatus.APPLIED, ParticipantStatus.ACCEPTED, ParticipantStatus.MATCHED}
)
BUSY = frozenset({PairingStatus.CONFIRMED, PairingStatus.ACTIVE})

ProposalPair = tuple[int, int, float, Sequence[str]]
"""(mentor participant id, mentee participant id, score, reasons), as apply_proposal takes."""


@dataclass(frozen=True)
class MatchingSettingsRecord(Record):
    """A programme's matching settings, complete with defaults."""

    programme_id: int
    weights: dict[str, float]
    forbid_repeats: bool
    separate_organisations: bool  # from the programme design (cross-organisational)


def criteria() -> list[Criterion]:
    """The weighted criteria (sliders), with labels, explanations and default weights."""
    return list(CRITERIA)


def hard_rules() -> list[HardRule]:
    """The rules no proposed pair breaks, for display."""
    return list(HARD_RULES)


# --- loading -------------------------------------------------------------------------


@dataclass
class _Loaded:
    programme: Programme
    settings: MatchSettings
    forbid_repeats: bool
    weights: dict[str, float]
    # Every mentor and mentee of the programme; a mentor's capacity is what is left after
    # the programme's confirmed and active pairings.
    mentors: dict[int, MentorCandidate] = field(default_factory=dict)
    mentees: dict[int, MenteeCandidate] = field(default_factory=dict)
    status: dict[int, ParticipantStatus] = field(default_factory=dict)
    pairings: list[Pairing] = field(default_factory=list)
    busy_mentee: dict[int, int] = field(default_factory=dict)  # mentee -> mentor
    load: Counter[int] = field(default_factory=Counter)  # mentor -> busy pairings
    stored_locks: set[tuple[int, int]] = field(default_factory=set)
    ended: set[tuple[int, int]] = field(default_factory=set)  # (mentor, mentee) that ended

    def eligible(self, participant_id: int) -> bool:
        return self.status.get(participant_id) in ELIGIBLE

    def name(self, participant_id: int) -> str:
        who = self.mentors.get(participant_id) or self.mentees.get(participant_id)
        return who.name if who else f"participant {participant_id}"


def _stored_weights(raw: Any) -> dict[str, float]:
    """Stored weights, leniently: a damaged or unknown entry falls back to the default."""
    weights = default_weights()
    if isinstance(raw, Mapping):
        for key, value in raw.items():
            try:
                weights[key] = clean_weights({key: value})[key]
            except ValueError:
                continue
    return weights


def _programme(session: Session, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")
    return programme


def _separates(programme: Programme) -> bool:
    return bool(
        programme.kind is ProgrammeKind.CROSS_ORGANISATIONAL and programme.separate_organisations
    )


def _load(session: Session, programme_id: int) -> _Loaded:
    programme = _programme(session, programme_id)
    raw = programme.matching_settings or {}
    weights = _stored_weights(raw.get("weights"))
    forbid_repeats = bool(raw.get("forbid_repeats", False))

    participants = list(
        session.scalars(
            select(Participant)
            .where(Participant.programme_id == programme_id)
            .options(joinedload(Participant.person), selectinload(Participant.preferences))
            .order_by(Participant.id)
        ).unique()
    )
    person_ids = [p.person_id for p in participants]
    organisations = {p.person.organisation_id for p in participants}
    manager_of: dict[int, int | None] = {
        person_id: manager_id
        for person_id, manager_id in session.execute(
            select(Person.id, Person.manager_id).where(Person.organisation_id.in_(organisations))
        )
    }
    chains = manager_chains(manager_of, person_ids)

    previous: set[tuple[int, int]] = set()
    if person_ids:
        mentor_p = aliased(Participant)
        mentee_p = aliased(Participant)
        rows = session.execute(
            select(mentor_p.person_id, mentee_p.person_id)
            .select_from(Pairing)
            .join(mentor_p, mentor_p.id == Pairing.mentor_id)
            .join(mentee_p, mentee_p.id == Pairing.mentee_id)
            .where(
                Pairing.programme_id != programme_id,
                Pairing.status != PairingStatus.PROPOSED,
                or_(mentor_p.person_id.in_(person_ids), mentee_p.person_id.in_(person_ids)),
            )
        )
        previous = {(a, b) for a, b in rows}

    loaded = _Loaded(
        programme=programme,
        settings=MatchSettings(
            weights=weights,
            separate_organisations=_separates(programme),
            forbid_repeats=forbid_repeats,
            previous_pairs=frozenset(previous),
        ),
        forbid_repeats=forbid_repeats,
        weights=weights,
    )
    loaded.pairings = list(
        session.scalars(
            select(Pairing).where(Pairing.programme_id == programme_id).order_by(Pairing.id)
        )
    )
    for pairing in loaded.pairings:
        if pairing.status in BUSY:
            loaded.busy_mentee[pairing.mentee_id] = pairing.mentor_id
            loaded.load[pairing.mentor_id] += 1
        elif pairing.status is PairingStatus.PROPOSED and pairing.locked:
            loaded.stored_locks.add((pairing.mentor_id, pairing.mentee_id))
        elif pairing.status is PairingStatus.ENDED:
            loaded.ended.add((pairing.mentor_id, pairing.mentee_id))

    for p in participants:
        person = p.person
        common: dict[str, Any] = {
            "participant_id": p.id,
            "person_id": p.person_id,
            "name": person.full_name,
            "email": person.email or "",
            "organisation_id": person.organisation_id,
            "department": person.department,
            "level": person.level,
            "location": person.location,
            "time_zone": person.time_zone,
            "languages": tuple(person.languages or ()),
            "managers": chains.get(p.person_id, ()),
            "wishes": frozenset(
                f.person_id for f in p.preferences if f.kind is PreferenceKind.WISH
            ),
            "avoids": frozenset(
                f.person_id for f in p.preferences if f.kind is PreferenceKind.AVOID
            ),
        }
        loaded.status[p.id] = p.status
        if p.role is Role.MENTOR:
            loaded.mentors[p.id] = MentorCandidate(
                **common,
                tags=tuple(p.expertise or ()),
                capacity=max(0, p.capacity - loaded.load[p.id]),
            )
        else:
            loaded.mentees[p.id] = MenteeCandidate(**common, tags=tuple(p.goals or ()))
    return loaded


# --- settings ------------------------------------------------------------------------


def load_settings(db: Database, programme_id: int) -> MatchingSettingsRecord:
    """The programme's weights (every criterion, defaults filled in) and repeat setting."""
    with db.unit_of_work() as session:
        programme = _programme(session, programme_id)
        raw = programme.matching_settings or {}
        return MatchingSettingsRecord(
            programme_id=programme_id,
            weights=_stored_weights(raw.get("weights")),
            forbid_repeats=bool(raw.get("forbid_repeats", False)),
            separate_organisations=_separates(programme),
        )


def save_settings(
    db: Database, programme_id: int, weights: Mapping[str, object], forbid_repeats: bool
) -> MatchingSettingsRecord:
    """Store the weights (0..10 per criterion; missing ones take the default)."""
    try:
        clean = clean_weights(weights)
    except ValueError as exc:
        raise InputRefused(f"The matching weights were not saved: {exc}.", field="weights") from exc
    with db.unit_of_work() as session:
        programme = _programme(session, programme_id)
        stored = dict(programme.matching_settings or {})
        stored["weights"] = clean
        stored["forbid_repeats"] = bool(forbid_repeats)
        programme.matching_settings = stored  # a new dict, so the JSON change is seen
        return MatchingSettingsRecord(
            programme_id=programme_id,
            weights=clean,
            forbid_repeats=bool(forbid_repeats),
            separate_organisations=_separates(programme),
        )


# --- proposing -------------------------------------------------------------------------


def _candidates(loaded: _Loaded) -> tuple[list[MentorCandidate], list[MenteeCandidate]]:
    mentors = [c for pid, c in loaded.mentors.items() if loaded.eligible(pid)]
    mentees = [
        c
        for pid, c in loaded.mentees.items()
        if loaded.eligible(pid) and pid not in loaded.busy_mentee
    ]
    return mentors, mentees


def match_candidates(
    db: Database, programme_id: int
) -> tuple[list[MentorCandidate], list[MenteeCandidate]]:
    """Who run_matching would match: the eligible mentors (capacity = places still free
    after confirmed and active pairings) and the eligible mentees without a confirmed
    mentor, in participant order."""
    with db.unit_of_work() as session:
        loaded = _load(session, programme_id)
    return _candidates(loaded)


def run_matching(
    db: Database,
    programme_id: int,
    *,
    locked: Iterable[tuple[int, int]] = (),
    rejected: Iterable[tuple[int, int]] = (),
) -> MatchResult:
    """The optimal proposal for the programme's mentees without a confirmed mentor.

    `locked` and `rejected` hold (mentor participant id, mentee participant id); proposed
    pairings stored with their lock set are kept as locked too, and pairs whose pairing
    in this programme has ended count as rejected.
    """
    with db.unit_of_work() as session:
        loaded = _load(session, programme_id)
    mentors, mentees = _candidates(loaded)
    mentor_ids = {c.participant_id for c in mentors}
    mentee_ids = {c.participant_id for c in mentees}
    keep: dict[int, int] = {}  # mentee -> mentor
    for mentor_id, mentee_id in locked:
        if mentor_id not in mentor_ids or mentee_id not in mentee_ids:
            raise InputRefused(
                f"The locked pair {loaded.name(mentor_id)} and {loaded.name(mentee_id)} "
                "cannot be kept: both must take part in the programme as mentor and mentee, "
                "and the mentee must not have a confirmed mentor already.",
                field="locked",
            )
        if keep.get(mentee_id, mentor_id) != mentor_id:
            raise InputRefused(
                f"{loaded.name(mentee_id)} is locked to two mentors; unlock one.", field="locked"
            )
        keep[mentee_id] = mentor_id
    for mentor_id, mentee_id in sorted(loaded.stored_locks):
        if mentor_id in mentor_ids and mentee_id in mentee_ids:
            keep.setdefault(mentee_id, mentor_id)
    return propose(
        mentors,
        mentees,
        loaded.settings,
        locked=[(mentor, mentee) for mentee, mentor in keep.items()],
        rejected=sorted({*rejected, *loaded.ended}),
    )


def check_hand_pair(
    db: Database, programme_id: int, mentor_participant_id: int, mentee_participant_id: int
) -> PairCheck:
    """A pair the consultant made by hand: the hard rules it breaks, its score and reasons."""
    with db.unit_of_work() as session:
        return check_pair_in(session, programme_id, mentor_participant_id, mentee_participant_id)


def check_pair_in(
    session: Session, programme_id: int, mentor_participant_id: int, mentee_participant_id: int
) -> PairCheck:
    """check_hand_pair within a unit of work the caller holds (to check, then write)."""
    loaded = _load(session, programme_id)
    mentor = loaded.mentors.get(mentor_participant_id)
    mentee = loaded.mentees.get(mentee_participant_id)
    if mentor is None:
        raise InputRefused(
            f"Participant {mentor_participant_id} is not a mentor of this programme.",
            field="mentor",
        )
    if mentee is None:
        raise InputRefused(
            f"Participant {mentee_participant_id} is not a mentee of this programme.",
            field="mentee",
        )
    extra: list[str] = []
    current = loaded.busy_mentee.get(mentee.participant_id)
    if current == mentor.participant_id:
        # Judging the pair that already exists: it does not take a second slot.
        mentor = replace(mentor, capacity=mentor.capacity + 1)
    elif current is not None:
        extra.append(f"{mentee.name} already has a confirmed mentor ({loaded.name(current)})")
    for who in (mentor, mentee):
        status = loaded.status[who.participant_id]
        if status not in ELIGIBLE:
            extra.append(f"{who.name} has status {status.value} in this programme")
    check = check_pair(mentor, mentee, loaded.settings)
    return replace(check, broken_rules=extra + check.broken_rules)


# --- applying ------------------------------------------------------------------------


def apply_proposal(
    db: Database,
    programme_id: int,
    pairs: Sequence[ProposalPair],
    *,
    confirm: bool,
    locked: Collection[tuple[int, int]] = (),
) -> int:
    """Write the pairs as pairings, replacing the programme's earlier *proposed* pairings.

    With `confirm` the pairings are confirmed, start today, and both participants are
    set to matched. Without it they are stored as proposed, and the pairs listed in
    `locked` (mentor, mentee participant ids) keep their lock, so the next run keeps
    them. Every pair is checked against the hard rules first; if any breaks one,
    InputRefused names the pair and the rule and nothing is written. Returns the number
    of pairings written.
    """
    with db.unit_of_work() as session:
        loaded = _load(session, programme_id)
        problems = _problems(loaded, pairs)
        if problems:
            shown = problems[:10]
            more = f" (and {len(problems) - len(shown)} more)" if len(problems) > len(shown) else ""
            raise InputRefused(
                "The pairs were not saved: " + "; ".join(shown) + more + ".", field="pairs"
            )

        wanted = {(mentor_id, mentee_id) for mentor_id, mentee_id, _s, _r in pairs}
        proposed = {
            (p.mentor_id, p.mentee_id): p
            for p in loaded.pairings
            if p.status is PairingStatus.PROPOSED
        }
        dropped = [p for key, p in proposed.items() if key not in wanted]
        _refuse_if_recorded(session, loaded, dropped)
        for pairing in dropped:
            session.delete(pairing)
        session.flush()

        today = date.today()
        participants = {
            p.id: p
            for p in session.scalars(
                select(Participant).where(Participant.programme_id == programme_id)
            )
        }
        for mentor_id, mentee_id, score, reasons in pairs:
            found = proposed.get((mentor_id, mentee_id))
            if found is None:
                pairing = Pairing(
                    programme_id=programme_id, mentor_id=mentor_id, mentee_id=mentee_id
                )
                session.add(pairing)
            else:
                pairing = found
            pairing.score = float(score)
            pairing.explanation = [str(r) for r in reasons]
            if confirm:
                pairing.status = PairingStatus.CONFIRMED
                pairing.started_on = today
                pairing.locked = False
                participants[mentor_id].status = ParticipantStatus.MATCHED
                participants[mentee_id].status = ParticipantStatus.MATCHED
            else:
                pairing.status = PairingStatus.PROPOSED
                pairing.locked = (mentor_id, mentee_id) in locked
        return len(pairs)


def _problems(loaded: _Loaded, pairs: Sequence[ProposalPair]) -> list[str]:
    problems: list[str] = []
    seen: dict[int, int] = {}
    per_mentor: Counter[int] = Counter()
    for mentor_id, mentee_id, score, _reasons in pairs:
        mentor = loaded.mentors.get(mentor_id)
        mentee = loaded.mentees.get(mentee_id)
        pair = f"{loaded.name(mentor_id)} and {loaded.name(mentee_id)}"
        if mentor is None or mentee is None:
            problems.append(
                f"{pair}: the first must be a mentor and the second a mentee of "
                f"{loaded.programme.name}"
            )
            continue
        if not math.isfinite(float(score)):
            problems.append(f"{pair}: the score is not a number")
        for who in (mentor, mentee):
            if not loaded.eligible(who.participant_id):
                status = loaded.status[who.participant_id].value
                problems.append(f"{pair}: {who.name} has status {status}")
        if mentee_id in seen:
            problems.append(f"{pair}: {mentee.name} is in more than one pair")
        seen[mentee_id] = mentor_id
        if mentee_id in loaded.busy_mentee:
            current = loaded.name(loaded.busy_mentee[mentee_id])
            problems.append(f"{pair}: {mentee.name} already has a confirmed mentor ({current})")
        per_mentor[mentor_id] += 1
        # Capacity is judged over all the mentor's pairs below.
        for _key, text in broken_rules(replace(mentor, capacity=1), mentee, loaded.settings):
            problems.append(f"{pair}: {text}")
    for mentor_id, count in per_mentor.items():
        left = loaded.mentors[mentor_id].capacity
        if count > left:
            problems.append(
                f"{loaded.name(mentor_id)} would take {count} mentees but has capacity for "
                f"{left} more"
            )
    return problems


def _refuse_if_recorded(session: Session, loaded: _Loaded, dropped: list[Pairing]) -> None:
    """A proposed pairing with interviews or follow-ups is never deleted as a side effect."""
    ids = [p.id for p in dropped]
    if not ids:
        return
    recorded = set(
        session.scalars(select(Interview.pairing_id).where(Interview.pairing_id.in_(ids)))
    ) | set(session.scalars(select(FollowUp.pairing_id).where(FollowUp.pairing_id.in_(ids))))
    if recorded:
        first = next(p for p in dropped if p.id in recorded)
        raise InputRefused(
            f"The proposed pair {loaded.name(first.mentor_id)} and "
            f"{loaded.name(first.mentee_id)} has interviews or follow-ups recorded, so it "
            "cannot be replaced; confirm it, or include it in the new proposal.",
            field="pairs",
        )


# --- output --------------------------------------------------------------------------


def proposal_pairs(result: MatchResult) -> list[ProposalPair]:
    """The result's pairs in the form apply_proposal takes."""
    return [
        (p.mentor.participant_id, p.mentee.participant_id, p.score, list(p.reasons))
        for p in result.pairs
    ]


def result_to_json(result: MatchResult) -> dict[str, Any]:
    """The proposal as one JSON-able document (the `match --json` contract)."""

    def who(c: MentorCandidate | MenteeCandidate) -> str:
        return c.email or c.name

    return {
        "pairs": [
            {
                "mentor": who(p.mentor),
                "mentee": who(p.mentee),
                "score": round(p.score, 2),
                "reasons": list(p.reasons),
            }
            for p in result.pairs
        ],
        "unmatched": [{"mentee": who(u.mentee), "reason": u.reason} for u in result.unmatched],
    }
