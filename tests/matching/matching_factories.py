"""Small builders of candidates for the matching tests."""

from __future__ import annotations

import random
from typing import Any

from mentordesk.matching import (
    MatchSettings,
    MenteeCandidate,
    MentorCandidate,
    manager_chains,
)

_next = [0]


def _id() -> int:
    _next[0] += 1
    return _next[0]


def mentor(name: str = "Mentor", **fields: Any) -> MentorCandidate:
    pid = fields.pop("person_id", None) or _id() + 10_000
    fields.setdefault("participant_id", pid + 500_000)
    fields.setdefault("email", f"{name.lower().replace(' ', '.')}@example.com")
    return MentorCandidate(person_id=pid, name=name, **fields)


def mentee(name: str = "Mentee", **fields: Any) -> MenteeCandidate:
    pid = fields.pop("person_id", None) or _id() + 20_000
    fields.setdefault("participant_id", pid + 600_000)
    fields.setdefault("email", f"{name.lower().replace(' ', '.')}@example.com")
    return MenteeCandidate(person_id=pid, name=name, **fields)


THEMES = ("Leading change", "Career", "Strategy", "Network", "Values")


def random_instance(
    seed: int, max_mentees: int = 6, max_mentors: int = 5
) -> tuple[list[MentorCandidate], list[MenteeCandidate], MatchSettings, set[tuple[int, int]]]:
    """A small random programme with every kind of rule in play, and random rejections."""
    rng = random.Random(seed)
    n = rng.randint(1, max_mentees)
    m = rng.randint(1, max_mentors)
    person_ids = list(range(1, n + m + 3))
    rng.shuffle(person_ids)
    # A random reporting line among the people (plus two managers outside the programme).
    manager_of: dict[int, int | None] = {}
    for k, person in enumerate(person_ids):
        manager_of[person] = person_ids[rng.randrange(k)] if k and rng.random() < 0.7 else None
    chains = manager_chains(manager_of)

    def fields(person: int) -> dict[str, Any]:
        return {
            "person_id": person,
            "organisation_id": rng.choice((1, 2, None)),
            "department": rng.choice(("Finance", "finance ", "Sales", "IT", "")),
            "level": rng.choice((None, 1, 2, 3, 4, 5, 6, 7)),
            "location": rng.choice(("Aarhus", "aarhus", "Oslo", "")),
            "time_zone": rng.choice(("Europe/Copenhagen", "Europe/Oslo", "")),
            "languages": tuple(rng.sample(("en", "DA", "da", "de"), rng.randint(0, 2))),
            "tags": tuple(rng.sample(THEMES, rng.randint(0, 3))),
            "managers": chains[person],
        }

    mentor_people = person_ids[:m]
    mentee_people = person_ids[m : m + n]
    mentors = [
        mentor(f"Mentor {k}", capacity=rng.choice((0, 1, 1, 2, 2)), **fields(p))
        for k, p in enumerate(mentor_people)
    ]
    mentees = [mentee(f"Mentee {k}", **fields(p)) for k, p in enumerate(mentee_people)]
    # Wishes and wishes to avoid, on both sides.
    mentees = [
        MenteeCandidate(
            **{
                **c.__dict__,
                "wishes": frozenset(rng.sample(mentor_people, rng.randint(0, 1))),
                "avoids": frozenset(rng.sample(mentor_people, rng.randint(0, 1))),
            }
        )
        for c in mentees
    ]
    mentors = [
        MentorCandidate(
            **{
                **c.__dict__,
                "wishes": frozenset(rng.sample(mentee_people, rng.randint(0, 1))),
                "avoids": frozenset(rng.sample(mentee_people, rng.randint(0, 1)))
                if rng.random() < 0.3
                else frozenset(),
            }
        )
        for c in mentors
    ]
    previous = frozenset(
        (rng.choice(mentor_people), rng.choice(mentee_people)) for _ in range(rng.randint(0, 2))
    )
    settings = MatchSettings(
        weights={
            key: round(rng.uniform(0, 10), 3)
            for key in (
                "goals",
                "department",
                "seniority",
                "place",
                "wish",
                "organisation",
                "languages",
                "branch",
            )
        },
        separate_organisations=rng.random() < 0.3,
        forbid_repeats=rng.random() < 0.5,
        previous_pairs=previous,
    )
    rejected = {
        (c.participant_id, e.participant_id)
        for c in mentors
        for e in mentees
        if rng.random() < 0.15
    }
    return mentors, mentees, settings, rejected
