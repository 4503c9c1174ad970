"""Matching: scoring and optimal assignment of mentees to mentors, on plain data.

Knows nothing of sessions or Qt: candidates and settings in, a proposal out.
"""

from mentordesk.matching.criteria import (
    CRITERIA,
    HARD_RULES,
    MAX_WEIGHT,
    Criterion,
    HardRule,
    Weights,
    clean_weights,
    default_weights,
)
from mentordesk.matching.engine import check_pair, propose
from mentordesk.matching.hierarchy import manager_chains
from mentordesk.matching.model import (
    Alternative,
    Candidate,
    Contribution,
    MatchResult,
    MatchSettings,
    MenteeCandidate,
    MentorCandidate,
    PairCheck,
    ProposedPair,
    Unmatched,
)
from mentordesk.matching.scoring import score_pair

__all__ = [
    "CRITERIA",
    "HARD_RULES",
    "MAX_WEIGHT",
    "Alternative",
    "Candidate",
    "Contribution",
    "Criterion",
    "HardRule",
    "MatchResult",
    "MatchSettings",
    "MenteeCandidate",
    "MentorCandidate",
    "PairCheck",
    "ProposedPair",
    "Unmatched",
    "Weights",
    "check_pair",
    "clean_weights",
    "default_weights",
    "manager_chains",
    "propose",
    "score_pair",
]
