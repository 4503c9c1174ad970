"""The proposal against a brute-force optimum: most mentees matched, then the best score."""

from __future__ import annotations

from matching_factories import random_instance

from mentordesk.matching import (
    MatchSettings,
    MenteeCandidate,
    MentorCandidate,
    check_pair,
    propose,
)
from mentordesk.matching.greedy import greedy


def brute_force(
    mentors: list[MentorCandidate],
    mentees: list[MenteeCandidate],
    settings: MatchSettings,
    rejected: set[tuple[int, int]],
) -> tuple[int, float]:
    """(matched count, total score) of the best assignment, by trying every one."""
    options: list[list[tuple[int, float]]] = []
    for e in mentees:
        allowed = []
        for j, c in enumerate(mentors):
            check = check_pair(c, e, settings)
            if check.ok and (c.participant_id, e.participant_id) not in rejected:
                allowed.append((j, check.score))
        options.append(allowed)
    left = [c.capacity for c in mentors]
    best = (0, 0.0)

    def walk(i: int, count: int, total: float) -> None:
        nonlocal best
        if i == len(mentees):
            if count > best[0] or (count == best[0] and total > best[1] + 1e-9):
                best = (count, total)
            return
        walk(i + 1, count, total)  # this mentee unmatched
        for j, score in options[i]:
            if left[j] > 0:
                left[j] -= 1
                walk(i + 1, count + 1, total + score)
                left[j] += 1

    walk(0, 0, 0.0)
    return best


def test_matches_the_brute_force_optimum_on_200_random_instances() -> None:
    unmatched_seen = 0
    for seed in range(200):
        mentors, mentees, settings, rejected = random_instance(seed)
        result = propose(mentors, mentees, settings, rejected=rejected)
        count, total = brute_force(mentors, mentees, settings, rejected)
        assert result.matched_count == count, seed
        assert abs(result.total_score - total) < 1e-9, (seed, result.total_score, total)
        # Every proposed pair keeps the rules and the capacities.
        used: dict[int, int] = {}
        for p in result.pairs:
            assert check_pair(p.mentor, p.mentee, settings).ok
            assert (p.mentor.participant_id, p.mentee.participant_id) not in rejected
            used[p.mentor.participant_id] = used.get(p.mentor.participant_id, 0) + 1
        assert all(
            used[c.participant_id] <= c.capacity for c in mentors if c.participant_id in used
        )
        assert len({p.mentee.participant_id for p in result.pairs}) == len(result.pairs)
        assert len(result.pairs) + len(result.unmatched) == len(mentees)
        unmatched_seen += len(result.unmatched)
    assert unmatched_seen > 20  # the instances are tight enough to test count-first


def test_count_comes_before_score() -> None:
    # Ann fits Star much better than Plain, but Bob can only have Star: both get a mentor.
    from matching_factories import mentee, mentor

    star = mentor("Star", tags=("Career", "Strategy"), languages=("en",))
    plain = mentor("Plain", languages=("en",))
    ann = mentee("Ann", tags=("Career", "Strategy"), languages=("en",))
    bob = mentee("Bob", languages=("en", "da"), avoids=frozenset({plain.person_id}))
    result = propose([star, plain], [ann, bob])
    assert {(p.mentor.name, p.mentee.name) for p in result.pairs} == {
        ("Plain", "Ann"),
        ("Star", "Bob"),
    }
    # The greedy baseline takes the best pair first and strands Bob.
    baseline = greedy([star, plain], [ann, bob])
    assert baseline.matched_count == 1


def test_greedy_never_beats_the_proposal() -> None:
    for seed in range(100):
        mentors, mentees, settings, _rejected = random_instance(seed, 8, 6)
        result = propose(mentors, mentees, settings)
        baseline = greedy(mentors, mentees, settings)
        assert (result.matched_count, result.total_score + 1e-9) >= (
            baseline.matched_count,
            baseline.total_score,
        )
