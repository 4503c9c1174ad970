"""The optimal proposal: as many mentees matched as the hard rules allow, then the best score.

The assignment is solved with `scipy.optimize.linear_sum_assignment` on a cost matrix of
mentees (rows) by mentor slots (columns; a mentor's column repeated once per remaining
slot). An allowed pair costs ``-(BIG + score)``; a forbidden pair costs 0, exactly what
an "unmatched" dummy column costs, so a mentee "assigned" to a forbidden slot is simply
left unmatched and the solver never meets an infeasible matrix. When there are fewer
slots than mentees the matrix is rectangular and the solver leaves the surplus rows
unassigned: also the same as a dummy. BIG exceeds the number of mentees times the
largest score difference, so one more matched mentee always outweighs any gain in
score: the solver maximises the matched count first, then the total score.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np

from mentordesk.matching.model import (
    Alternative,
    MatchResult,
    MatchSettings,
    MenteeCandidate,
    MentorCandidate,
    PairCheck,
    ProposedPair,
    Unmatched,
)
from mentordesk.matching.profiles import (
    Arrays,
    BoolMatrix,
    FloatMatrix,
    IntArray,
    Profile,
    profile,
)
from mentordesk.matching.rules import allowed_matrix, broken_rules, rule_breaks, unmatched_reason
from mentordesk.matching.scoring import contributions, score_matrix

ALTERNATIVES = 3


def check_pair(
    mentor: MentorCandidate, mentee: MenteeCandidate, settings: MatchSettings | None = None
) -> PairCheck:
    """A hand-made pair: the hard rules it breaks (texts), its score and its reasons.

    The mentor's `capacity` is the number of slots still free for this pair.
    """
    settings = settings or MatchSettings()
    broken = [text for _key, text in broken_rules(mentor, mentee, settings)]
    score, added = contributions(mentor, mentee, settings)
    return PairCheck(broken_rules=broken, score=score, reasons=[c.text for c in added])


def solve(allowed: BoolMatrix, score: FloatMatrix, capacity: IntArray) -> list[tuple[int, int]]:
    """The optimal (row, column) pairs: most rows matched, then the highest total score.

    `allowed` and `score` are rows (mentees) x columns (mentors); `capacity` holds each
    column's number of slots.
    """
    if allowed.size == 0:
        return []
    rows = np.flatnonzero(allowed.any(axis=1))
    if rows.size == 0:
        return []
    allowed_rows = allowed[rows]
    # No mentor needs more slots than there are mentees allowed to take them.
    slots = np.minimum(np.maximum(capacity, 0), allowed_rows.sum(axis=0))
    columns = np.flatnonzero(slots > 0)
    slot_column = np.repeat(columns, slots[columns])
    if slot_column.size == 0:
        return []
    slot_allowed = allowed_rows[:, slot_column]
    cost = score[np.ix_(rows, slot_column)]
    highest = max(float(cost.max()), 0.0)
    lowest = min(float(cost.min()), 0.0)
    big = (highest - lowest + 1.0) * (rows.size + 1)
    cost += big
    np.negative(cost, out=cost)
    cost[~slot_allowed] = 0.0
    # Imported here: SciPy takes a third of a second to import, which the app's
    # start-up should not pay before anyone runs matching.
    from scipy.optimize import linear_sum_assignment

    row_ind, col_ind = linear_sum_assignment(cost)
    taken = slot_allowed[row_ind, col_ind]
    return [
        (int(r), int(c))
        for r, c in zip(rows[row_ind[taken]], slot_column[col_ind[taken]], strict=True)
    ]


def propose(
    mentors: Sequence[MentorCandidate],
    mentees: Sequence[MenteeCandidate],
    settings: MatchSettings | None = None,
    locked: Iterable[tuple[int, int]] = (),
    rejected: Iterable[tuple[int, int]] = (),
) -> MatchResult:
    """The optimal proposal.

    `locked` and `rejected` hold (mentor participant id, mentee participant id). A locked
    pair is kept as it is: it uses one of the mentor's slots and its mentee is not
    matched again (a pair both locked and rejected stays locked). A rejected pair is
    never proposed. Raises ValueError for duplicate participants, a locked pair naming
    someone unknown, or a mentee locked to two mentors.
    """
    settings = settings or MatchSettings()
    mentors = list(mentors)
    mentees = list(mentees)
    mentor_at = _positions(mentors, "mentor")
    mentee_at = _positions(mentees, "mentee")
    n, m = len(mentees), len(mentors)

    locked_to: dict[int, int] = {}
    for mentor_id, mentee_id in locked:
        if mentor_id not in mentor_at or mentee_id not in mentee_at:
            raise ValueError(f"locked pair ({mentor_id}, {mentee_id}) names an unknown participant")
        row, col = mentee_at[mentee_id], mentor_at[mentor_id]
        if locked_to.get(row, col) != col:
            raise ValueError(f"mentee {mentees[row].name} is locked to two mentors")
        locked_to[row] = col
    capacity = np.array([c.capacity for c in mentors], dtype=np.intp).reshape(m)
    capacity = np.maximum(capacity, 0)
    locked_count = np.bincount(
        np.array(list(locked_to.values()), dtype=np.intp), minlength=m
    ).astype(np.intp)
    remaining = np.maximum(capacity - locked_count, 0)

    rejected_pairs = sorted(
        {
            (mentee_at[mentee_id], mentor_at[mentor_id])
            for mentor_id, mentee_id in rejected
            if mentor_id in mentor_at
            and mentee_id in mentee_at
            and locked_to.get(mentee_at[mentee_id]) != mentor_at[mentor_id]
        }
    )
    rejected_idx = (
        np.array([r for r, _ in rejected_pairs], dtype=np.intp),
        np.array([c for _, c in rejected_pairs], dtype=np.intp),
    )

    mentor_profiles = [profile(c) for c in mentors]
    mentee_profiles = [profile(c) for c in mentees]
    arrays = Arrays(mentors, mentees, mentor_profiles, mentee_profiles, settings.previous_pairs)
    all_rows = np.arange(n, dtype=np.intp)
    allowed = allowed_matrix(
        rule_breaks(arrays, settings, remaining, rejected_idx, all_rows), (n, m)
    )
    score = score_matrix(arrays, settings)

    free = np.array([row for row in range(n) if row not in locked_to], dtype=np.intp)
    assigned: dict[int, int] = {}
    if free.size:
        for r, col in solve(allowed[free], score[free], remaining):
            assigned[int(free[r])] = col

    def pair_of(row: int, col: int, is_locked: bool) -> ProposedPair:
        total, added = contributions(
            mentors[col],
            mentees[row],
            settings,
            mentor_profile=mentor_profiles[col],
            mentee_profile=mentee_profiles[row],
        )
        broken: list[str] = []
        if is_locked:
            # Judge the locked pair with the mentor's full capacity; overbooking below.
            unlimited = _with_capacity(mentors[col], 1)
            broken = [
                text
                for _key, text in broken_rules(
                    unlimited,
                    mentees[row],
                    settings,
                    mentor_profile=mentor_profiles[col],
                    mentee_profile=mentee_profiles[row],
                )
            ]
            if locked_count[col] > capacity[col]:
                broken.append(
                    f"{mentors[col].name} is locked to {locked_count[col]} mentees but has "
                    f"capacity for {capacity[col]}"
                )
        return ProposedPair(
            mentor=mentors[col],
            mentee=mentees[row],
            score=total,
            reasons=[c.text for c in added],
            locked=is_locked,
            broken_rules=broken,
        )

    pairs: list[ProposedPair] = []
    for row in range(n):
        if row in locked_to:
            pairs.append(pair_of(row, locked_to[row], True))
        elif row in assigned:
            pairs.append(pair_of(row, assigned[row], False))

    left = np.array([row for row in free.tolist() if row not in assigned], dtype=np.intp)
    unmatched: list[Unmatched] = []
    if left.size:
        breaks = rule_breaks(arrays, settings, remaining, rejected_idx, left)
        for k, row in enumerate(left.tolist()):
            row_breaks = {key: matrix[k] for key, matrix in breaks.items()}
            reason = unmatched_reason(row_breaks, int(allowed[row].sum()), mentees[row])
            unmatched.append(Unmatched(mentee=mentees[row], reason=reason))

    used = locked_count.copy()
    for col in assigned.values():
        used[col] += 1
    alternatives = _alternatives(
        mentors,
        mentees,
        settings,
        allowed,
        score,
        {**locked_to, **assigned},
        used >= capacity,
        mentor_profiles,
        mentee_profiles,
    )
    return MatchResult(
        pairs=pairs,
        unmatched=unmatched,
        alternatives=alternatives,
        total_score=float(sum(p.score for p in pairs)),
    )


def _positions(
    candidates: Sequence[MentorCandidate] | Sequence[MenteeCandidate], role: str
) -> dict[int, int]:
    at: dict[int, int] = {}
    for k, c in enumerate(candidates):
        if c.participant_id in at:
            raise ValueError(f"{role} participant {c.participant_id} is listed twice")
        at[c.participant_id] = k
    return at


def _with_capacity(mentor: MentorCandidate, capacity: int) -> MentorCandidate:
    return replace(mentor, capacity=capacity)


def _alternatives(
    mentors: Sequence[MentorCandidate],
    mentees: Sequence[MenteeCandidate],
    settings: MatchSettings,
    allowed: BoolMatrix,
    score: FloatMatrix,
    chosen: dict[int, int],
    full: BoolMatrix,
    mentor_profiles: Sequence[Profile],
    mentee_profiles: Sequence[Profile],
) -> dict[int, list[Alternative]]:
    """Per mentee, the best allowed mentors other than the one proposed, best first."""
    n, m = allowed.shape
    result: dict[int, list[Alternative]] = {c.participant_id: [] for c in mentees}
    if n == 0 or m == 0:
        return result
    options = np.where(allowed, score, -np.inf)
    rows_chosen = np.array(list(chosen), dtype=np.intp)
    if rows_chosen.size:
        options[rows_chosen, np.array(list(chosen.values()), dtype=np.intp)] = -np.inf
    k = min(ALTERNATIVES, m)
    if k < m:
        top = np.argpartition(-options, k - 1, axis=1)[:, :k]
    else:
        top = np.broadcast_to(np.arange(m), (n, m)).copy()
    top_scores = np.take_along_axis(options, top, axis=1)
    # Best first; equal scores in the mentors' order.
    order = np.lexsort((top, -top_scores), axis=1)
    top = np.take_along_axis(top, order, axis=1)
    top_scores = np.take_along_axis(top_scores, order, axis=1)
    for row in range(n):
        found: list[Alternative] = []
        for col, value in zip(top[row].tolist(), top_scores[row].tolist(), strict=True):
            if value == -np.inf:
                continue
            total, added = contributions(
                mentors[col],
                mentees[row],
                settings,
                mentor_profile=mentor_profiles[col],
                mentee_profile=mentee_profiles[row],
            )
            found.append(
                Alternative(
                    mentor=mentors[col],
                    score=total,
                    reasons=[c.text for c in added],
                    full=bool(full[col]),
                )
            )
        result[mentees[row].participant_id] = found
    return result
