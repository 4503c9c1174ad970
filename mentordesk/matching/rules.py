"""The hard rules: for one pair (with texts) and for whole matrices (vectorised).

Both forms implement the same rules; tests hold them to each other.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

from mentordesk.matching.model import MatchSettings, MenteeCandidate, MentorCandidate
from mentordesk.matching.profiles import (
    Arrays,
    BoolMatrix,
    IntArray,
    Profile,
    known_equal,
    profile,
    sparse_rows,
)

# The order in which an unmatched mentee's reason is told: each rule narrows the mentors
# left by the rules before it ("every mentor who shares a language is in the mentee's
# line of management").
FUNNEL = (
    "same_person",
    "language",
    "organisation",
    "line",
    "reverse_line",
    "avoid",
    "repeat",
    "rejected",
    "capacity",
)


def relation(steps: int) -> str:
    """The name of a manager `steps` levels up (0 = the direct manager)."""
    if steps == 0:
        return "manager"
    if steps == 1:
        return "manager's manager"
    return f"manager {steps + 1} levels up"


def broken_rules(
    mentor: MentorCandidate,
    mentee: MenteeCandidate,
    settings: MatchSettings,
    *,
    mentor_profile: Profile | None = None,
    mentee_profile: Profile | None = None,
    rejected: Collection[tuple[int, int]] = (),
) -> list[tuple[str, str]]:
    """The hard rules the pair breaks, as (rule key, text); empty when the pair is allowed.

    The capacity rule here means "the mentor has no slot left" (capacity below 1).
    """
    pm = mentor_profile or profile(mentor)
    pn = mentee_profile or profile(mentee)
    a, b = mentor.name, mentee.name
    broken: list[tuple[str, str]] = []
    if mentor.person_id == mentee.person_id:
        broken.append(("same_person", f"{a} cannot mentor themself"))
    if pm.languages and pn.languages and not (pm.languages.keys() & pn.languages.keys()):
        broken.append(
            (
                "language",
                f"{a} and {b} share no language ({', '.join(pm.languages.values())} / "
                f"{', '.join(pn.languages.values())})",
            )
        )
    if (
        settings.separate_organisations
        and mentor.organisation_id is not None
        and mentor.organisation_id == mentee.organisation_id
    ):
        broken.append(
            (
                "organisation",
                f"{a} and {b} come from the same organisation, and this programme pairs "
                "people of different organisations",
            )
        )
    if mentor.person_id in mentee.managers:
        steps = mentee.managers.index(mentor.person_id)
        broken.append(("line", f"{a} is in {b}'s line of management ({b}'s {relation(steps)})"))
    if mentee.person_id in mentor.managers:
        steps = mentor.managers.index(mentee.person_id)
        broken.append(
            (
                "reverse_line",
                f"{b} is in {a}'s line of management ({a}'s {relation(steps)})",
            )
        )
    if mentor.person_id in mentee.avoids:
        broken.append(("avoid", f"{b} asked to avoid {a}"))
    if mentee.person_id in mentor.avoids:
        broken.append(("avoid", f"{a} asked to avoid {b}"))
    if settings.forbid_repeats and (
        (mentor.person_id, mentee.person_id) in settings.previous_pairs
        or (mentee.person_id, mentor.person_id) in settings.previous_pairs
    ):
        broken.append(
            (
                "repeat",
                f"{a} and {b} were paired in an earlier programme, and this programme "
                "allows no repeats",
            )
        )
    if (mentor.participant_id, mentee.participant_id) in rejected:
        broken.append(("rejected", f"the pair {a} and {b} was rejected"))
    if mentor.capacity < 1:
        broken.append(("capacity", f"{a} has no capacity left"))
    return broken


def rule_breaks(
    arrays: Arrays,
    settings: MatchSettings,
    capacity: IntArray,
    rejected: tuple[IntArray, IntArray],
    rows: IntArray,
) -> dict[str, BoolMatrix]:
    """For the mentees in `rows` against every mentor: True where the rule is broken.

    `capacity` is each mentor's remaining slots; `rejected` lists (row, column) pairs.
    """
    n, m = arrays.n, arrays.m
    breaks: dict[str, BoolMatrix] = {}
    breaks["same_person"] = arrays.person_n[rows][:, None] == arrays.person_m[None, :]
    shared = arrays.shared_languages()[rows]
    breaks["language"] = (
        arrays.has_lang_n[rows][:, None] & arrays.has_lang_m[None, :] & (shared == 0)
    )
    if settings.separate_organisations:
        breaks["organisation"] = known_equal(arrays.org_n[rows], arrays.org_m)
    breaks["line"] = sparse_rows(arrays.line, rows, n, m)
    breaks["reverse_line"] = sparse_rows(arrays.reverse_line, rows, n, m)
    breaks["avoid"] = sparse_rows(arrays.avoid, rows, n, m)
    if settings.forbid_repeats:
        breaks["repeat"] = sparse_rows(arrays.repeat, rows, n, m)
    breaks["rejected"] = sparse_rows(rejected, rows, n, m)
    breaks["capacity"] = np.broadcast_to(capacity[None, :] < 1, (len(rows), m))
    return breaks


def allowed_matrix(breaks: dict[str, BoolMatrix], shape: tuple[int, int]) -> BoolMatrix:
    """True where no rule is broken."""
    allowed = np.ones(shape, dtype=np.bool_)
    for broken in breaks.values():
        allowed &= ~broken
    return allowed


# What each rule says in an unmatched mentee's reason:
# (mentors passing it: "every mentor who ...", mentors failing it, all mentors failing it).
_PHRASES: dict[str, tuple[str, str, str]] = {
    "same_person": (
        "is someone else",
        "is the mentee themself",
        "the only mentor is the mentee themself",
    ),
    "language": (
        "shares a language",
        "shares no language with the mentee",
        "no mentor shares a language with the mentee",
    ),
    "organisation": (
        "comes from another organisation",
        "comes from the mentee's own organisation",
        "every mentor comes from the mentee's own organisation, and this programme pairs "
        "people of different organisations",
    ),
    "line": (
        "is outside the mentee's line of management",
        "is in the mentee's line of management",
        "every mentor is in the mentee's line of management",
    ),
    "reverse_line": (
        "does not report to the mentee",
        "reports to the mentee",
        "every mentor reports to the mentee",
    ),
    "avoid": (
        "is not named in a wish to avoid",
        "is named in a wish to avoid (by the mentee or by the mentor)",
        "every mentor is named in a wish to avoid (by the mentee or by the mentor)",
    ),
    "repeat": (
        "has not been paired with the mentee before",
        "was paired with the mentee in an earlier programme",
        "every mentor was paired with the mentee in an earlier programme",
    ),
    "rejected": (
        "was not rejected for the mentee",
        "was rejected for the mentee",
        "every mentor was rejected for the mentee",
    ),
    "capacity": (
        "has capacity left",
        "has no capacity left; raise a capacity or add mentors",
        "no capacity left: every mentor is full; raise a capacity or add mentors",
    ),
}


def unmatched_reason(
    breaks_row: dict[str, BoolMatrix], allowed_count: int, mentee: MenteeCandidate
) -> str:
    """Why a mentee was left unmatched, from which rules eliminated which mentors.

    `breaks_row` holds, per rule, a 1-D boolean array over the mentors.
    """
    first = next(iter(breaks_row.values()), None)
    total = 0 if first is None else int(first.shape[0])
    if total == 0:
        return "there are no mentors to choose from"
    if allowed_count > 0:
        return (
            f"every allowed mentor ({allowed_count}) is taken by other mentees; "
            "raise a capacity or add mentors"
        )
    left = np.ones(total, dtype=np.bool_)
    passed: list[str] = []
    for key in FUNNEL:
        broken = breaks_row.get(key)
        if broken is None:
            continue
        out = broken & left
        eliminated = int(out.sum())
        if eliminated == 0:
            continue
        remaining = int(left.sum())
        if eliminated == remaining:
            _pass, fail_text, alone_text = _PHRASES[key]
            if not passed:
                text = alone_text
                if key == "language" and mentee.languages:
                    text += f" ({', '.join(mentee.languages)})"
                return text
            who = " and ".join(passed)
            return f"every mentor who {who} ({remaining}) {fail_text}"
        passed.append(_PHRASES[key][0])
        left &= ~out
    return "no mentor is allowed for this mentee"
