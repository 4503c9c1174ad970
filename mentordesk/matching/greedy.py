"""A greedy best-first matching: the baseline the optimal proposal is measured against.

Used by the benchmark and the tests only; the application always uses `propose`.
It walks the allowed pairs from the highest score down and takes a pair whenever the
mentee is still free and the mentor has a slot left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mentordesk.matching.model import MatchSettings, MenteeCandidate, MentorCandidate
from mentordesk.matching.profiles import Arrays, profile
from mentordesk.matching.rules import allowed_matrix, rule_breaks
from mentordesk.matching.scoring import score_matrix


@dataclass(frozen=True)
class GreedyResult:
    """(mentor participant id, mentee participant id, score) per pair, and the total."""

    pairs: list[tuple[int, int, float]]
    total_score: float

    @property
    def matched_count(self) -> int:
        return len(self.pairs)


def greedy(
    mentors: Sequence[MentorCandidate],
    mentees: Sequence[MenteeCandidate],
    settings: MatchSettings | None = None,
) -> GreedyResult:
    """Best-first matching under the same hard rules and scores as `propose`."""
    settings = settings or MatchSettings()
    n, m = len(mentees), len(mentors)
    arrays = Arrays(
        mentors,
        mentees,
        [profile(c) for c in mentors],
        [profile(c) for c in mentees],
        settings.previous_pairs,
    )
    capacity = np.maximum(np.array([c.capacity for c in mentors], dtype=np.intp).reshape(m), 0)
    no_pairs = (np.empty(0, dtype=np.intp), np.empty(0, dtype=np.intp))
    allowed = allowed_matrix(
        rule_breaks(arrays, settings, capacity, no_pairs, np.arange(n, dtype=np.intp)), (n, m)
    )
    score = score_matrix(arrays, settings)
    rows, cols = np.nonzero(allowed)
    order = np.argsort(-score[rows, cols], kind="stable")
    left = capacity.tolist()
    free = [True] * n
    matched = 0
    pairs: list[tuple[int, int, float]] = []
    for row, col in zip(rows[order].tolist(), cols[order].tolist(), strict=True):
        if free[row] and left[col] > 0:
            free[row] = False
            left[col] -= 1
            matched += 1
            pairs.append(
                (mentors[col].participant_id, mentees[row].participant_id, float(score[row, col]))
            )
            if matched == n:
                break
    return GreedyResult(pairs=pairs, total_score=float(sum(p[2] for p in pairs)))
