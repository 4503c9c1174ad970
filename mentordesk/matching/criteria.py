"""What the matching weighs and what it never breaks, as data for the settings page.

The score of a pair is the sum over the weighted criteria of ``weight * value``: each
criterion's value lies between 0 and 1 and its weight (the consultant's slider) between
0 and 10, so a criterion contributes at most its weight in points and a pair scores at
most the sum of the weights. The hard rules are never broken, whatever the weights.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

MAX_WEIGHT = 10.0

Weights = Mapping[str, float]
"""A weight (0..10) per criterion key; a missing key takes the criterion's default."""


@dataclass(frozen=True)
class Criterion:
    """One weighted criterion: a slider on the matching settings page."""

    key: str
    label: str
    explanation: str
    default_weight: float


@dataclass(frozen=True)
class HardRule:
    """A rule no proposed pair breaks."""

    key: str
    label: str
    explanation: str


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "goals",
        "Goals fit the mentor's expertise",
        "The share of the mentee's goals that the mentor lists as expertise (tags compared "
        "without regard to case or spacing): all goals covered gives the full weight.",
        8.0,
    ),
    Criterion(
        "department",
        "Different department or business unit",
        "Full weight when mentor and mentee work in different departments of the same "
        "organisation: a fresh view from a safe distance. Nothing when a department is not "
        "recorded, and nothing for a pair from different organisations (the criterion "
        '"Different organisation" rewards that).',
        4.0,
    ),
    Criterion(
        "seniority",
        "Mentor 1-3 levels more senior",
        "Full weight when the mentor's level is 1 to 3 above the mentee's, half for a "
        "larger gap, nothing when the mentor is not more senior or a level is unknown.",
        5.0,
    ),
    Criterion(
        "place",
        "Same location or time zone",
        "Full weight for the same location, half for the same time zone only: meeting in "
        "person or at a sensible hour is easier.",
        3.0,
    ),
    Criterion(
        "wish",
        "A wish for a particular mentor",
        "Full weight when the mentee asked for this mentor, half when only the mentor "
        "asked for this mentee.",
        6.0,
    ),
    Criterion(
        "organisation",
        "Different organisation",
        "Full weight when mentor and mentee come from different organisations: the point "
        "of a cross-organisational programme, and the widest distance there is. It takes "
        "the place of the department criterion for such a pair, so a pair never scores "
        "twice for the same distance.",
        4.0,
    ),
    Criterion(
        "languages",
        "Shares more than one language",
        "Full weight when the pair shares two or more languages, so they can choose.",
        1.0,
    ),
    Criterion(
        "branch",
        "Outside the mentee's reporting branch",
        "Full weight when mentor and mentee have no common manager within two levels up: "
        "the mentor is not a close colleague of the mentee's own management.",
        3.0,
    ),
)

CRITERIA_BY_KEY: dict[str, Criterion] = {c.key: c for c in CRITERIA}

HARD_RULES: tuple[HardRule, ...] = (
    HardRule("same_person", "Not the same person", "A person never mentors themself."),
    HardRule(
        "language",
        "A shared language",
        "When both have languages recorded, the pair shares at least one of them.",
    ),
    HardRule(
        "organisation",
        "Different organisations",
        "In a cross-organisational programme that separates organisations, mentor and "
        "mentee come from different organisations.",
    ),
    HardRule(
        "line",
        "Outside the line of management",
        "The mentor is not the mentee's manager, manager's manager, and so on up.",
    ),
    HardRule(
        "reverse_line",
        "No mentee managing the mentor",
        "The mentee is not the mentor's manager, manager's manager, and so on up.",
    ),
    HardRule(
        "avoid",
        "No wish to avoid",
        "Neither has asked to avoid the other.",
    ),
    HardRule(
        "repeat",
        "No repeat of an earlier pair",
        "When the programme says so, two people paired in an earlier programme are not "
        "paired again.",
    ),
    HardRule("rejected", "Not rejected", "A pair the consultant rejected is not proposed again."),
    HardRule(
        "capacity",
        "Within the mentor's capacity",
        "A mentor takes no more mentees than their capacity.",
    ),
)


def default_weights() -> dict[str, float]:
    """The default weight of every criterion."""
    return {c.key: c.default_weight for c in CRITERIA}


def clean_weights(raw: Mapping[str, object]) -> dict[str, float]:
    """Complete and check weights: every criterion present, each a number in 0..10.

    Raises ValueError naming each problem (unknown key, not a number, out of range).
    """
    problems: list[str] = []
    weights = default_weights()
    for key, value in raw.items():
        if key not in CRITERIA_BY_KEY:
            problems.append(f"{key!r} is not a matching criterion")
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(f"the weight of {CRITERIA_BY_KEY[key].label!r} is not a number")
            continue
        number = float(value)
        if not math.isfinite(number) or not 0.0 <= number <= MAX_WEIGHT:
            problems.append(
                f"the weight of {CRITERIA_BY_KEY[key].label!r} must lie between 0 and "
                f"{MAX_WEIGHT:g} (got {value})"
            )
            continue
        weights[key] = number
    if problems:
        raise ValueError("; ".join(problems))
    return weights
