"""Plain data in and out of the matching: candidates, settings, the proposal."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from mentordesk.matching.criteria import default_weights


@dataclass(frozen=True)
class Candidate:
    """What the matching knows of one participant.

    `managers` is the person's line of management, nearest first: the person ids of the
    manager, the manager's manager, and so on up (see `hierarchy.manager_chains`).
    `tags` are the mentor's expertise or the mentee's goals, as the user typed them.
    `wishes` and `avoids` are person ids this participant asked for or asked to avoid.
    """

    participant_id: int
    person_id: int
    name: str
    email: str = ""
    organisation_id: int | None = None
    department: str = ""
    level: int | None = None  # higher is more senior
    location: str = ""
    time_zone: str = ""
    languages: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    managers: tuple[int, ...] = ()
    wishes: frozenset[int] = frozenset()
    avoids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class MentorCandidate(Candidate):
    """A mentor; `capacity` is how many more mentees this mentor can take in this run."""

    capacity: int = 1


@dataclass(frozen=True)
class MenteeCandidate(Candidate):
    """A mentee; `tags` are the mentee's goals."""


@dataclass(frozen=True)
class MatchSettings:
    """The consultant's settings for one programme.

    `previous_pairs` holds (mentor person id, mentee person id) of pairs from earlier
    programmes; with `forbid_repeats` the two are not paired again, in either role.
    """

    weights: Mapping[str, float] = field(default_factory=default_weights)
    separate_organisations: bool = False
    forbid_repeats: bool = False
    previous_pairs: frozenset[tuple[int, int]] = frozenset()

    def weight(self, key: str) -> float:
        value = self.weights.get(key)
        return float(default_weights()[key] if value is None else value)


@dataclass(frozen=True)
class Contribution:
    """What one criterion added to a pair's score."""

    key: str
    label: str
    value: float  # 0..1
    points: float  # weight * value
    detail: str = ""

    @property
    def text(self) -> str:
        head = f"{self.label}: {self.detail}" if self.detail else self.label
        return f"{head} {self.points:+.1f}"


@dataclass(frozen=True)
class ProposedPair:
    """A pair of the proposal, its score and the reasons (criteria and their points).

    A pair the consultant locked is kept as it is; if it breaks a hard rule, the rules
    it breaks are in `broken_rules` (a proposed pair never breaks one).
    """

    mentor: MentorCandidate
    mentee: MenteeCandidate
    score: float
    reasons: list[str]
    locked: bool = False
    broken_rules: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Unmatched:
    """A mentee left without a mentor, and why."""

    mentee: MenteeCandidate
    reason: str


@dataclass(frozen=True)
class Alternative:
    """Another allowed mentor for a mentee; `full` when this proposal uses all their slots."""

    mentor: MentorCandidate
    score: float
    reasons: list[str]
    full: bool = False


@dataclass(frozen=True)
class MatchResult:
    """The proposal: pairs, unmatched mentees, and up to three alternatives per mentee.

    `alternatives` is keyed by the mentee's participant id, best first.
    """

    pairs: list[ProposedPair]
    unmatched: list[Unmatched]
    alternatives: dict[int, list[Alternative]]
    total_score: float

    @property
    def matched_count(self) -> int:
        return len(self.pairs)


@dataclass(frozen=True)
class PairCheck:
    """A hand-made pair checked: the hard rules it breaks (texts), its score and reasons."""

    broken_rules: list[str]
    score: float
    reasons: list[str]

    @property
    def ok(self) -> bool:
        return not self.broken_rules
