"""Candidates normalised for comparison, one by one and as numpy arrays."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from mentordesk.matching.model import Candidate, MenteeCandidate, MentorCandidate

# "No common manager within two levels": how far up the reporting branch looks.
BRANCH_LEVELS = 2

BoolMatrix = npt.NDArray[np.bool_]
FloatMatrix = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


def normalise(text: str) -> str:
    """Compare tags, languages and places without regard to case, spacing or end stops."""
    return " ".join(text.split()).casefold().strip(" .,;:")


@dataclass(frozen=True)
class Profile:
    """One candidate's comparable values."""

    tags: dict[str, str]  # normalised tag -> the tag as first typed
    languages: dict[str, str]  # normalised language -> as typed
    department: str
    location: str
    time_zone: str
    near_managers: frozenset[int]


def profile(candidate: Candidate) -> Profile:
    tags: dict[str, str] = {}
    for tag in candidate.tags:
        key = normalise(tag)
        if key:
            tags.setdefault(key, tag.strip())
    languages: dict[str, str] = {}
    for language in candidate.languages:
        key = normalise(language)
        if key:
            languages.setdefault(key, language.strip())
    return Profile(
        tags=tags,
        languages=languages,
        department=normalise(candidate.department),
        location=normalise(candidate.location),
        time_zone=normalise(candidate.time_zone),
        near_managers=frozenset(candidate.managers[:BRANCH_LEVELS]),
    )


class _Codes:
    """Small integers for strings: equal strings, equal codes; "" is -1."""

    def __init__(self) -> None:
        self._codes: dict[object, int] = {}

    def __call__(self, values: Sequence[object]) -> IntArray:
        out = np.empty(len(values), dtype=np.intp)
        for k, value in enumerate(values):
            if value is None or value == "":
                out[k] = -1
            else:
                out[k] = self._codes.setdefault(value, len(self._codes))
        return out


def _indicator(
    profiles: Sequence[dict[str, str]], vocabulary: dict[str, int]
) -> npt.NDArray[np.float32]:
    matrix = np.zeros((len(profiles), max(1, len(vocabulary))), dtype=np.float32)
    for row, keys in enumerate(profiles):
        for key in keys:
            matrix[row, vocabulary[key]] = 1.0
    return matrix


def _index(candidates: Sequence[Candidate]) -> dict[int, list[int]]:
    where: dict[int, list[int]] = {}
    for k, c in enumerate(candidates):
        where.setdefault(c.person_id, []).append(k)
    return where


class Arrays:
    """Mentees (rows) and mentors (columns) as numpy arrays, for whole-matrix rules and scores.

    The sparse relations (line of management, wishes, wishes to avoid, earlier pairs) are
    kept as (row, column) index arrays, found through person-id lookups: a mentee's
    ancestor chain is walked once, never compared against every mentor.
    """

    def __init__(
        self,
        mentors: Sequence[MentorCandidate],
        mentees: Sequence[MenteeCandidate],
        mentor_profiles: Sequence[Profile],
        mentee_profiles: Sequence[Profile],
        previous_pairs: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        self.n = len(mentees)
        self.m = len(mentors)
        ids = _Codes()
        both: list[Candidate] = [*mentees, *mentors]
        orgs = ids([c.organisation_id for c in both])
        self.org_n, self.org_m = orgs[: self.n], orgs[self.n :]
        self.person_n = np.array([c.person_id for c in mentees], dtype=np.int64)
        self.person_m = np.array([c.person_id for c in mentors], dtype=np.int64)
        profiles = [*mentee_profiles, *mentor_profiles]
        department = _Codes()([p.department for p in profiles])
        location = _Codes()([p.location for p in profiles])
        time_zone = _Codes()([p.time_zone for p in profiles])
        self.department_n, self.department_m = department[: self.n], department[self.n :]
        self.location_n, self.location_m = location[: self.n], location[self.n :]
        self.time_zone_n, self.time_zone_m = time_zone[: self.n], time_zone[self.n :]
        self.level_n = np.array(
            [np.nan if c.level is None else c.level for c in mentees], dtype=np.float64
        )
        self.level_m = np.array(
            [np.nan if c.level is None else c.level for c in mentors], dtype=np.float64
        )

        languages: dict[str, int] = {}
        tags: dict[str, int] = {}
        for p in profiles:
            for key in p.languages:
                languages.setdefault(key, len(languages))
            for key in p.tags:
                tags.setdefault(key, len(tags))
        self.lang_n = _indicator([p.languages for p in mentee_profiles], languages)
        self.lang_m = _indicator([p.languages for p in mentor_profiles], languages)
        self.has_lang_n = np.array([bool(p.languages) for p in mentee_profiles], dtype=np.bool_)
        self.has_lang_m = np.array([bool(p.languages) for p in mentor_profiles], dtype=np.bool_)
        self.goals_n = _indicator([p.tags for p in mentee_profiles], tags)
        self.expertise_m = _indicator([p.tags for p in mentor_profiles], tags)
        self.goal_count_n = np.array(
            [max(1, len(p.tags)) for p in mentee_profiles], dtype=np.float64
        )

        # Nearest managers; the fillers differ between the sides so "none" never matches.
        self.near_n = np.full((self.n, BRANCH_LEVELS), -1, dtype=np.int64)
        self.near_m = np.full((self.m, BRANCH_LEVELS), -2, dtype=np.int64)
        for row, mentee in enumerate(mentees):
            for k, manager in enumerate(mentee.managers[:BRANCH_LEVELS]):
                self.near_n[row, k] = manager
        for col, mentor in enumerate(mentors):
            for k, manager in enumerate(mentor.managers[:BRANCH_LEVELS]):
                self.near_m[col, k] = manager

        mentor_at = _index(mentors)
        mentee_at = _index(mentees)
        line: list[tuple[int, int]] = []
        for row, mentee in enumerate(mentees):
            for manager in mentee.managers:
                line.extend((row, col) for col in mentor_at.get(manager, ()))
        reverse: list[tuple[int, int]] = []
        for col, mentor in enumerate(mentors):
            for manager in mentor.managers:
                reverse.extend((row, col) for row in mentee_at.get(manager, ()))
        avoid: list[tuple[int, int]] = []
        wish_by_mentee: list[tuple[int, int]] = []
        for row, mentee in enumerate(mentees):
            for person in mentee.avoids:
                avoid.extend((row, col) for col in mentor_at.get(person, ()))
            for person in mentee.wishes:
                wish_by_mentee.extend((row, col) for col in mentor_at.get(person, ()))
        wish_by_mentor: list[tuple[int, int]] = []
        for col, mentor in enumerate(mentors):
            for person in mentor.avoids:
                avoid.extend((row, col) for row in mentee_at.get(person, ()))
            for person in mentor.wishes:
                wish_by_mentor.extend((row, col) for row in mentee_at.get(person, ()))
        repeat: list[tuple[int, int]] = []
        for a, b in previous_pairs:
            for first, second in ((a, b), (b, a)):
                for col in mentor_at.get(first, ()):
                    repeat.extend((row, col) for row in mentee_at.get(second, ()))
        self.line = _pairs(line)
        self.reverse_line = _pairs(reverse)
        self.avoid = _pairs(avoid)
        self.repeat = _pairs(repeat)
        self.wish_by_mentee = _pairs(wish_by_mentee)
        self.wish_by_mentor = _pairs(wish_by_mentor)
        self._shared_languages: npt.NDArray[np.float32] | None = None

    def shared_languages(self) -> npt.NDArray[np.float32]:
        """How many languages each mentee shares with each mentor (n x m)."""
        if self._shared_languages is None:
            self._shared_languages = self.lang_n @ self.lang_m.T
        return self._shared_languages


def _pairs(pairs: list[tuple[int, int]]) -> tuple[IntArray, IntArray]:
    if not pairs:
        empty = np.empty(0, dtype=np.intp)
        return empty, empty.copy()
    array = np.array(sorted(set(pairs)), dtype=np.intp)
    return array[:, 0].copy(), array[:, 1].copy()


def sparse_rows(pairs: tuple[IntArray, IntArray], rows: IntArray, n: int, m: int) -> BoolMatrix:
    """A dense (len(rows) x m) matrix, True where a (row, column) pair is listed."""
    out = np.zeros((len(rows), m), dtype=np.bool_)
    pair_rows, pair_cols = pairs
    if pair_rows.size:
        position = np.full(n, -1, dtype=np.intp)
        position[rows] = np.arange(len(rows))
        at = position[pair_rows]
        keep = at >= 0
        out[at[keep], pair_cols[keep]] = True
    return out


def known_equal(a: IntArray, b: IntArray) -> BoolMatrix:
    """Rows x columns: both values recorded and equal."""
    result: BoolMatrix = (a[:, None] == b[None, :]) & (a[:, None] >= 0)
    return result


def known_different(a: IntArray, b: IntArray) -> BoolMatrix:
    """Rows x columns: both values recorded and different."""
    result: BoolMatrix = (a[:, None] != b[None, :]) & (a[:, None] >= 0) & (b[None, :] >= 0)
    return result
