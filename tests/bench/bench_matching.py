"""Matching benchmark: realistic programmes of 1,000 and 3,000 mentees.

Run with `python tests/bench/bench_matching.py` (not collected by pytest). For each size it
prints the median of 5 runs of the proposal (hard rules, scores, optimal assignment) and
of the whole `propose` call (also reasons, unmatched reasons and alternatives), the
matched count and total score, the ratio to a greedy best-first baseline, and checks the
total against an independent optimum computed two other ways:
`scipy.sparse.csgraph.min_weight_full_bipartite_matching` on the sparse graph of allowed
pairs, and a second `linear_sum_assignment` formulation (mentor slots as rows, explicit
dummy columns, maximising). Budgets: 1 s for 1,000 mentees, 5 s for 3,000. A third,
"scarce" programme (1,000 mentees, 300 mentors) leaves many mentees unmatched.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from mentordesk.matching import (
    MatchSettings,
    MenteeCandidate,
    MentorCandidate,
    manager_chains,
    propose,
)
from mentordesk.matching.engine import solve
from mentordesk.matching.greedy import greedy
from mentordesk.matching.profiles import Arrays, profile
from mentordesk.matching.rules import allowed_matrix, rule_breaks
from mentordesk.matching.scoring import score_matrix

THEMES = (
    "Building a network of alliances",
    "Managing in constantly changing conditions",
    "KPIs versus leadership",
    "Global mindset",
    "Leading change",
    "From manager to leader",
    "Being a role model",
    "Clarity about my own values",
    "Career",
    "Strategy",
    "Stakeholder management",
    "Work-life balance",
)
DEPARTMENTS = ("Finance", "Sales", "IT", "HR", "Operations", "R&D", "Legal", "Marketing")
PLACES = (
    ("Copenhagen", "Europe/Copenhagen"),
    ("Aarhus", "Europe/Copenhagen"),
    ("Stockholm", "Europe/Stockholm"),
    ("Oslo", "Europe/Oslo"),
    ("London", "Europe/London"),
    ("Berlin", "Europe/Berlin"),
    ("Warsaw", "Europe/Warsaw"),
    ("New York", "America/New_York"),
)
LANGUAGES = ("da", "sv", "no", "en", "de", "pl")


@dataclass
class Person:
    id: int
    organisation: int
    manager: int | None
    level: int
    department: str
    location: str
    time_zone: str
    languages: tuple[str, ...]


def _organisation(rng: random.Random, org: int, size: int, next_id: int) -> list[Person]:
    """A reporting tree: a chief at level 8, each manager with 3-8 reports one level down."""
    local = LANGUAGES[org % 4] if org % 4 != 3 else "de"
    home = PLACES[org % len(PLACES)]
    people = [Person(next_id, org, None, 8, "Board", home[0], home[1], (local, "en"))]
    open_managers = [people[0]]
    while len(people) < size and open_managers:
        boss = open_managers.pop(0)
        for _ in range(rng.randint(3, 8)):
            if len(people) >= size:
                break
            department = rng.choice(DEPARTMENTS) if boss.department == "Board" else boss.department
            place = boss.location, boss.time_zone
            if rng.random() < 0.25:
                place = rng.choice(PLACES)
            speaks = (local, "en") if rng.random() < 0.8 else (local,)
            if rng.random() < 0.1:
                speaks = ("en",)
            if rng.random() < 0.1:
                speaks = (*speaks, rng.choice(LANGUAGES))
            person = Person(
                next_id + len(people),
                org,
                boss.id,
                max(1, boss.level - 1),
                department,
                place[0],
                place[1],
                speaks,
            )
            people.append(person)
            if person.level > 1:
                open_managers.append(person)
    return people


def _spell(rng: random.Random, theme: str) -> str:
    return rng.choice((theme, theme.lower(), theme.upper(), f" {theme} "))


def instance(
    mentees_wanted: int, mentors_wanted: int, organisations: int, seed: int
) -> tuple[list[MentorCandidate], list[MenteeCandidate], MatchSettings]:
    rng = random.Random(seed)
    per_org = (mentees_wanted + mentors_wanted) * 3 // organisations
    people: list[Person] = []
    for org in range(organisations):
        people.extend(_organisation(rng, org, per_org, len(people) + 1))
    chains = manager_chains({p.id: p.manager for p in people})
    seniors = [p for p in people if p.level >= 4]
    juniors = [p for p in people if p.level <= 5]
    mentor_people = rng.sample(seniors, mentors_wanted)
    taken = {p.id for p in mentor_people}
    mentee_people = rng.sample([p for p in juniors if p.id not in taken], mentees_wanted)

    def base(p: Person, k: int, tags: list[str]) -> dict[str, object]:
        return {
            "participant_id": k,
            "person_id": p.id,
            "name": f"Person {p.id}",
            "email": f"p{p.id}@org{p.organisation}.example",
            "organisation_id": p.organisation,
            "department": p.department,
            "level": p.level,
            "location": p.location,
            "time_zone": p.time_zone,
            "languages": p.languages,
            "tags": tuple(_spell(rng, t) for t in tags),
            "managers": chains[p.id],
        }

    mentors = [
        MentorCandidate(
            **base(p, 100_000 + k, rng.sample(THEMES, rng.randint(2, 5))),  # type: ignore[arg-type]
            capacity=rng.randint(1, 3),
        )
        for k, p in enumerate(mentor_people)
    ]
    mentees = []
    for k, p in enumerate(mentee_people):
        wishes = frozenset({rng.choice(mentor_people).id}) if rng.random() < 0.1 else frozenset()
        avoids = frozenset({rng.choice(mentor_people).id}) if rng.random() < 0.05 else frozenset()
        mentees.append(
            MenteeCandidate(
                **base(p, 200_000 + k, rng.sample(THEMES, rng.randint(1, 3))),  # type: ignore[arg-type]
                wishes=wishes,
                avoids=avoids,
            )
        )
    previous = frozenset(
        (rng.choice(mentor_people).id, rng.choice(mentee_people).id)
        for _ in range(mentees_wanted // 5)
    )
    settings = MatchSettings(forbid_repeats=True, previous_pairs=previous)
    return mentors, mentees, settings


def score_and_solve(
    mentors: list[MentorCandidate], mentees: list[MenteeCandidate], settings: MatchSettings
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """The proposal's core: hard rules, scores, optimal assignment (no texts)."""
    arrays = Arrays(
        mentors,
        mentees,
        [profile(c) for c in mentors],
        [profile(c) for c in mentees],
        settings.previous_pairs,
    )
    capacity = np.array([c.capacity for c in mentors], dtype=np.intp)
    rows = np.arange(len(mentees), dtype=np.intp)
    none = (np.empty(0, dtype=np.intp), np.empty(0, dtype=np.intp))
    allowed = allowed_matrix(
        rule_breaks(arrays, settings, capacity, none, rows), (len(mentees), len(mentors))
    )
    score = score_matrix(arrays, settings)
    return allowed, score, solve(allowed, score, capacity)


def independent_optima(
    allowed: np.ndarray, score: np.ndarray, capacity: np.ndarray
) -> tuple[tuple[int, float], tuple[int, float]]:
    """(matched, total) by two other formulations of the same lexicographic objective."""
    n, _m = allowed.shape
    slot_mentor = np.repeat(np.arange(len(capacity)), capacity)
    slots = slot_mentor.size
    big = (float(score.max()) + 1.0) * (n + 1)

    # 1. Sparse graph of allowed pairs plus one private dummy per mentee; every edge
    #    weight gets +1 so the dummy (weight 1) is a real, explicit edge. Maximising.
    slot_allowed = allowed[:, slot_mentor]
    r, c = np.nonzero(slot_allowed)
    weights = big + score[r, slot_mentor[c]] + 1.0
    rows = np.concatenate([r, np.arange(n)])
    cols = np.concatenate([c, slots + np.arange(n)])
    data = np.concatenate([weights, np.ones(n)])
    graph = csr_matrix((data, (rows, cols)), shape=(n, slots + n))
    _row, col = min_weight_full_bipartite_matching(graph, maximize=True)
    real = col < slots
    sparse_pairs = [(int(i), int(slot_mentor[col[i]])) for i in np.flatnonzero(real)]
    sparse = (len(sparse_pairs), float(sum(score[i, j] for i, j in sparse_pairs)))

    # 2. Transposed dense formulation: slots as rows, mentees plus "empty slot" dummies as
    #    columns, maximise; forbidden cells are -inf.
    gain = np.where(slot_allowed.T, big + score[:, slot_mentor].T, -np.inf)
    dense = np.hstack([gain, np.zeros((slots, slots))])
    sr, mc = linear_sum_assignment(dense, maximize=True)
    real2 = mc < n
    lsa_pairs = [(int(mc[k]), int(slot_mentor[sr[k]])) for k in np.flatnonzero(real2)]
    second = (len(lsa_pairs), float(sum(score[i, j] for i, j in lsa_pairs)))
    return sparse, second


def bench(label: str, mentees: int, mentors: int, organisations: int, budget: float) -> bool:
    print(f"\n== {label}: {mentees} mentees, {mentors} mentors, {organisations} organisations")
    ment, mentee_list, settings = instance(mentees, mentors, organisations, seed=mentees)
    slots = sum(c.capacity for c in ment)
    print(f"mentor slots: {slots}")
    core_times, full_times = [], []
    result = None
    for _ in range(5):
        t0 = time.perf_counter()
        allowed, score, pairs = score_and_solve(ment, mentee_list, settings)
        core_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        result = propose(ment, mentee_list, settings)
        full_times.append(time.perf_counter() - t0)
    assert result is not None
    core = statistics.median(core_times)
    full = statistics.median(full_times)
    core_total = float(sum(score[i, j] for i, j in pairs))
    runs = ", ".join(f"{t:.3f}" for t in core_times)
    print(f"score+solve median of 5: {core:.3f} s (runs: {runs})")
    print(f"whole propose() median of 5: {full:.3f} s (with reasons and alternatives)")
    print(f"matched: {result.matched_count} of {mentees}, unmatched: {len(result.unmatched)}")
    print(f"total score: {result.total_score:.3f} (core solve: {core_total:.3f})")

    t0 = time.perf_counter()
    baseline = greedy(ment, mentee_list, settings)
    greedy_time = time.perf_counter() - t0
    count_ratio = result.matched_count / max(1, baseline.matched_count)
    score_ratio = result.total_score / baseline.total_score if baseline.total_score else 1.0
    better_or_equal = (result.matched_count, result.total_score + 1e-6) >= (
        baseline.matched_count,
        baseline.total_score,
    )
    print(
        f"greedy best-first: matched {baseline.matched_count}, total {baseline.total_score:.3f}"
        f" ({greedy_time:.3f} s); ratio optimal/greedy: matched {count_ratio:.4f}, "
        f"score {score_ratio:.4f} -> {'>= 1.0 OK' if better_or_equal else 'BELOW 1.0'}"
    )

    capacity = np.array([c.capacity for c in ment], dtype=np.intp)
    t0 = time.perf_counter()
    sparse, second = independent_optima(allowed, score, capacity)
    check_time = time.perf_counter() - t0
    same = all(
        count == result.matched_count and abs(total - result.total_score) < 1e-6
        for count, total in (sparse, second)
    )
    print(
        f"independent optimum ({check_time:.1f} s): min_weight_full_bipartite_matching "
        f"matched {sparse[0]} total {sparse[1]:.3f}; transposed linear_sum_assignment "
        f"matched {second[0]} total {second[1]:.3f} -> {'EQUAL' if same else 'DIFFERENT'}"
    )
    verdict = "PASS" if core <= budget else "OVER"
    print(f"{verdict}: score+solve {core:.3f} s against {budget:g} s")
    return core <= budget and same and better_or_equal


def main() -> int:
    print(f"cores: {os.cpu_count()}, python {sys.version.split()[0]}, numpy {np.__version__}")
    ok = bench("medium", 1000, 700, 6, 1.0)
    ok = bench("large", 3000, 2100, 12, 5.0) and ok
    # Too few mentors: many mentees stay unmatched, so the count-first objective matters.
    ok = bench("scarce", 1000, 300, 6, 1.0) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
