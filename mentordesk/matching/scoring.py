"""Scores: for one pair with its reasons, and for the whole matrix with numpy.

score = sum over the criteria of weight * value, each value in 0..1 (see criteria.py).
Both forms add the same terms in the same order, so they agree to the last bit.
"""

from __future__ import annotations

import numpy as np

from mentordesk.matching.criteria import CRITERIA
from mentordesk.matching.model import (
    Contribution,
    MatchSettings,
    MenteeCandidate,
    MentorCandidate,
)
from mentordesk.matching.profiles import (
    Arrays,
    BoolMatrix,
    FloatMatrix,
    Profile,
    known_different,
    known_equal,
    profile,
)


def _seniority(gap: float) -> float:
    if 1 <= gap <= 3:
        return 1.0
    if gap >= 4:
        return 0.5
    return 0.0


def _values(
    mentor: MentorCandidate, mentee: MenteeCandidate, pm: Profile, pn: Profile
) -> dict[str, tuple[float, str]]:
    """Each criterion's value for the pair, with the detail shown in its reason."""
    values: dict[str, tuple[float, str]] = {}

    shared = [typed for key, typed in pn.tags.items() if key in pm.tags]
    values["goals"] = (
        (len(shared) / max(1, len(pn.tags)), f"{len(shared)} shared ({', '.join(shared)})")
        if shared
        else (0.0, "")
    )

    other_org = (
        mentor.organisation_id is not None
        and mentee.organisation_id is not None
        and mentor.organisation_id != mentee.organisation_id
    )
    # Departments compare only within one organisation: a pair from different
    # organisations is rewarded by the organisation criterion alone.
    if other_org:
        values["department"] = (0.0, "")
    elif pm.department and pn.department and pm.department != pn.department:
        values["department"] = (1.0, f"{mentor.department} / {mentee.department}")
    else:
        values["department"] = (0.0, "")

    if mentor.level is not None and mentee.level is not None:
        gap = mentor.level - mentee.level
        value = _seniority(gap)
        plural = "s" if gap != 1 else ""
        detail = f"{gap} level{plural} more senior" + (" (more than 3)" if gap > 3 else "")
        values["seniority"] = (value, detail if value else "")
    else:
        values["seniority"] = (0.0, "")

    if pm.location and pm.location == pn.location:
        values["place"] = (1.0, f"both in {mentee.location.strip()}")
    elif pm.time_zone and pm.time_zone == pn.time_zone:
        values["place"] = (0.5, f"same time zone ({mentee.time_zone.strip()})")
    else:
        values["place"] = (0.0, "")

    asked = mentor.person_id in mentee.wishes
    asked_back = mentee.person_id in mentor.wishes
    if asked and asked_back:
        values["wish"] = (1.0, "they asked for each other")
    elif asked:
        values["wish"] = (1.0, "the mentee asked for this mentor")
    elif asked_back:
        values["wish"] = (0.5, "the mentor asked for this mentee")
    else:
        values["wish"] = (0.0, "")

    values["organisation"] = (1.0 if other_org else 0.0, "")

    common = [typed for key, typed in pn.languages.items() if key in pm.languages]
    values["languages"] = (1.0, ", ".join(common)) if len(common) >= 2 else (0.0, "")

    values["branch"] = (0.0 if pm.near_managers & pn.near_managers else 1.0, "")
    return values


def contributions(
    mentor: MentorCandidate,
    mentee: MenteeCandidate,
    settings: MatchSettings,
    *,
    mentor_profile: Profile | None = None,
    mentee_profile: Profile | None = None,
) -> tuple[float, list[Contribution]]:
    """The pair's score and the criteria that added points, largest first."""
    pm = mentor_profile or profile(mentor)
    pn = mentee_profile or profile(mentee)
    values = _values(mentor, mentee, pm, pn)
    score = 0.0
    added: list[Contribution] = []
    for criterion in CRITERIA:
        weight = settings.weight(criterion.key)
        if weight == 0:
            continue
        value, detail = values[criterion.key]
        points = weight * value
        score += points
        if points:
            added.append(Contribution(criterion.key, criterion.label, value, points, detail))
    added.sort(key=lambda c: -c.points)
    return score, added


def score_pair(
    mentor: MentorCandidate, mentee: MenteeCandidate, settings: MatchSettings
) -> tuple[float, list[str]]:
    """The pair's score and its reasons as text."""
    score, added = contributions(mentor, mentee, settings)
    return score, [c.text for c in added]


def score_matrix(arrays: Arrays, settings: MatchSettings) -> FloatMatrix:
    """Every mentee (rows) against every mentor (columns)."""
    n, m = arrays.n, arrays.m
    score = np.zeros((n, m), dtype=np.float64)

    def add(weight: float, where: BoolMatrix) -> None:
        np.add(score, weight, out=score, where=where)

    for criterion in CRITERIA:
        w = settings.weight(criterion.key)
        if w == 0 or n == 0 or m == 0:
            continue
        key = criterion.key
        if key == "goals":
            shared = (arrays.goals_n @ arrays.expertise_m.T).astype(np.float64)
            shared /= arrays.goal_count_n[:, None]
            shared *= w
            score += shared
            del shared
        elif key == "department":
            other_org = known_different(arrays.org_n, arrays.org_m)
            add(w, ~other_org & known_different(arrays.department_n, arrays.department_m))
        elif key == "seniority":
            gap = arrays.level_m[None, :] - arrays.level_n[:, None]
            with np.errstate(invalid="ignore"):
                add(w * 1.0, (gap >= 1) & (gap <= 3))
                add(w * 0.5, gap >= 4)
        elif key == "place":
            same_location = known_equal(arrays.location_n, arrays.location_m)
            same_zone = known_equal(arrays.time_zone_n, arrays.time_zone_m)
            add(w * 1.0, same_location)
            add(w * 0.5, same_zone & ~same_location)
        elif key == "wish":
            wished: dict[tuple[int, int], float] = {}
            for (rows, cols), value in ((arrays.wish_by_mentor, 0.5), (arrays.wish_by_mentee, 1.0)):
                wished.update(((int(r), int(c)), value) for r, c in zip(rows, cols, strict=True))
            for (r, c), value in wished.items():
                score[r, c] += w * value
        elif key == "organisation":
            add(w * 1.0, known_different(arrays.org_n, arrays.org_m))
        elif key == "languages":
            add(w * 1.0, arrays.shared_languages() >= 2)
        elif key == "branch":
            common = np.zeros((n, m), dtype=np.bool_)
            for a in range(arrays.near_n.shape[1]):
                for b in range(arrays.near_m.shape[1]):
                    common |= arrays.near_n[:, a][:, None] == arrays.near_m[:, b][None, :]
            add(w * 1.0, ~common)
    return score
