"""Locks, rejections, reasons, alternatives and scores of the proposal."""

from __future__ import annotations

import numpy as np
import pytest
from matching_factories import mentee, mentor, random_instance

from mentordesk.matching import (
    CRITERIA,
    HARD_RULES,
    MatchSettings,
    MenteeCandidate,
    check_pair,
    clean_weights,
    default_weights,
    manager_chains,
    propose,
)
from mentordesk.matching.profiles import Arrays, profile
from mentordesk.matching.scoring import contributions, score_matrix

ONLY_GOALS = MatchSettings(weights={c.key: 0.0 for c in CRITERIA} | {"goals": 9.0})


def test_locked_pairs_are_kept_and_use_capacity() -> None:
    best = mentor("Bea Best", tags=("Career",), capacity=1)
    other = mentor("Olaf Other", capacity=1)
    ann = mentee("Ann", tags=("Career",))
    bob = mentee("Bob", tags=("Career",))
    free = propose([best, other], [ann, bob], ONLY_GOALS)
    assert len(free.pairs) == 2
    # Lock Bob to Olaf: Bob keeps Olaf, Ann gets Bea.
    result = propose(
        [best, other],
        [ann, bob],
        ONLY_GOALS,
        locked=[(other.participant_id, bob.participant_id)],
    )
    pairs = {(p.mentor.name, p.mentee.name): p for p in result.pairs}
    assert set(pairs) == {("Bea Best", "Ann"), ("Olaf Other", "Bob")}
    assert pairs[("Olaf Other", "Bob")].locked and not pairs[("Bea Best", "Ann")].locked
    # A lock uses the slot: with Bea locked to Bob, Ann cannot have her.
    result = propose(
        [best], [ann, bob], ONLY_GOALS, locked=[(best.participant_id, bob.participant_id)]
    )
    assert [(p.mentor.name, p.mentee.name) for p in result.pairs] == [("Bea Best", "Bob")]
    assert result.unmatched[0].mentee.name == "Ann"
    assert result.unmatched[0].reason == (
        "no capacity left: every mentor is full; raise a capacity or add mentors"
    )


def test_locked_pair_breaking_a_rule_is_kept_and_flagged() -> None:
    chains = manager_chains({1: None, 2: 1})
    boss = mentor("Bo Boss", person_id=1, managers=chains[1])
    kim = mentee("Kim", person_id=2, managers=chains[2])
    result = propose([boss], [kim], locked=[(boss.participant_id, kim.participant_id)])
    assert result.pairs[0].locked
    assert result.pairs[0].broken_rules == [
        "Bo Boss is in Kim's line of management (Kim's manager)"
    ]
    with pytest.raises(ValueError, match="unknown participant"):
        propose([boss], [kim], locked=[(999, kim.participant_id)])


def test_rejected_pairs_are_not_proposed_again() -> None:
    best = mentor("Bea Best", tags=("Career",))
    other = mentor("Olaf Other")
    ann = mentee("Ann", tags=("Career",))
    assert propose([best, other], [ann], ONLY_GOALS).pairs[0].mentor.name == "Bea Best"
    result = propose(
        [best, other], [ann], ONLY_GOALS, rejected=[(best.participant_id, ann.participant_id)]
    )
    assert result.pairs[0].mentor.name == "Olaf Other"
    alone = propose([best], [ann], rejected=[(best.participant_id, ann.participant_id)])
    assert alone.unmatched[0].reason == "every mentor was rejected for the mentee"


def test_unmatched_because_no_shared_language() -> None:
    dane = mentee("Dorte", languages=("da",))
    result = propose([mentor("Eve", languages=("en",)), mentor("Sven", languages=("sv",))], [dane])
    assert result.unmatched[0].reason == "no mentor shares a language with the mentee (da)"


def test_unmatched_because_every_mentor_sharing_a_language_is_her_manager() -> None:
    chains = manager_chains({1: None, 2: 1, 3: 2})
    grand = mentor("Gro", person_id=1, managers=chains[1], languages=("da",))
    boss = mentor("Bo", person_id=2, managers=chains[2], languages=("da", "en"))
    foreign = mentor("Fritz", languages=("de",))
    kim = mentee("Kim", person_id=3, managers=chains[3], languages=("da",))
    result = propose([grand, boss, foreign], [kim])
    assert result.unmatched[0].reason == (
        "every mentor who shares a language (2) is in the mentee's line of management"
    )


def test_unmatched_because_capacity_is_exhausted() -> None:
    full = mentor("Fia Full", capacity=0, languages=("en",))
    elsewhere = mentor("Sven", languages=("sv",), capacity=3)
    kim = mentee("Kim", languages=("en",))
    result = propose([full, elsewhere], [kim])
    assert result.unmatched[0].reason == (
        "every mentor who shares a language (1) has no capacity left; raise a capacity or "
        "add mentors"
    )
    assert result.alternatives[kim.participant_id] == []


def test_unmatched_because_taken_by_other_mentees() -> None:
    only = mentor("Olga", tags=("Career",))
    ann = mentee("Ann", tags=("Career",))
    bob = mentee("Bob")
    result = propose([only], [ann, bob], ONLY_GOALS)
    assert [p.mentee.name for p in result.pairs] == ["Ann"]
    assert result.unmatched[0].reason == (
        "every allowed mentor (1) is taken by other mentees; raise a capacity or add mentors"
    )
    assert propose([], [ann]).unmatched[0].reason == "there are no mentors to choose from"


def test_alternatives_are_the_next_best_allowed_mentors_sorted() -> None:
    kim = mentee("Kim", tags=("Career", "Strategy", "Values", "Network"))
    mentors = [
        mentor("Four", tags=("Career", "Strategy", "Values", "Network")),
        mentor("Three", tags=("career", "STRATEGY", "values")),
        mentor("Two", tags=("Career", "Strategy")),
        mentor("One", tags=("Network",)),
        mentor("None"),
        mentor("Avoided", tags=("Career", "Strategy", "Values")),
    ]
    kim = mentee(
        "Kim",
        tags=("Career", "Strategy", "Values", "Network"),
        avoids=frozenset({mentors[-1].person_id}),
    )
    result = propose(mentors, [kim], ONLY_GOALS)
    assert result.pairs[0].mentor.name == "Four"
    alternatives = result.alternatives[kim.participant_id]
    assert [a.mentor.name for a in alternatives] == ["Three", "Two", "One"]
    assert [a.score for a in alternatives] == [6.75, 4.5, 2.25]
    assert alternatives[0].reasons == [
        "Goals fit the mentor's expertise: 3 shared (Career, Strategy, Values) +6.8"
    ]
    assert not any(a.full for a in alternatives)


def test_reasons_name_each_criterion_and_its_points() -> None:
    chains = manager_chains({1: None, 2: 1, 3: 1, 4: 2, 5: 3})
    ana = mentor(
        "Ana",
        person_id=4,
        managers=chains[4],
        organisation_id=1,
        department="Finance",
        level=5,
        location="Aarhus",
        languages=("da", "en"),
        tags=("leading  change", "CAREER", "Strategy"),
    )
    kim = mentee(
        "Kim",
        person_id=5,
        managers=chains[5],
        organisation_id=1,
        department="Sales",
        level=3,
        location="aarhus",
        languages=("DA", "en"),
        tags=("Leading change", "Career", "Values", "Network"),
        wishes=frozenset({4}),
    )
    check = check_pair(ana, kim)
    assert check.ok
    assert check.reasons == [
        "A wish for a particular mentor: the mentee asked for this mentor +6.0",
        "Mentor 1-3 levels more senior: 2 levels more senior +5.0",
        "Goals fit the mentor's expertise: 2 shared (Leading change, Career) +4.0",
        "Different department or business unit: Finance / Sales +4.0",
        "Same location or time zone: both in aarhus +3.0",
        "Shares more than one language: DA, en +1.0",
    ]
    assert check.score == pytest.approx(23.0)
    # Same branch: both report (two levels up) to person 1, so no branch points.
    assert not any("reporting branch" in r for r in check.reasons)


def test_score_matrix_matches_pair_scores() -> None:
    for seed in range(40):
        mentors, mentees, settings, _ = random_instance(seed, 8, 8)
        arrays = Arrays(
            mentors,
            mentees,
            [profile(c) for c in mentors],
            [profile(c) for c in mentees],
            settings.previous_pairs,
        )
        matrix = score_matrix(arrays, settings)
        expected = np.array(
            [[contributions(c, e, settings)[0] for c in mentors] for e in mentees]
        ).reshape(len(mentees), len(mentors))
        assert np.array_equal(matrix, expected), seed


def test_score_is_the_sum_of_weighted_criteria() -> None:
    mentors, mentees, settings, _ = random_instance(3, 6, 6)
    for c in mentors:
        for e in mentees:
            score, added = contributions(c, e, settings)
            assert score == pytest.approx(sum(a.points for a in added))
            for a in added:
                assert a.points == pytest.approx(settings.weight(a.key) * a.value)
                assert 0 < a.value <= 1


def test_weights_steer_the_proposal() -> None:
    near = mentor("Nearby", location="Oslo")
    expert = mentor("Expert", tags=("Career",))
    kim = mentee("Kim", location="Oslo", tags=("Career",))
    zero = {c.key: 0.0 for c in CRITERIA}
    place_first = MatchSettings(weights=zero | {"place": 10.0, "goals": 1.0})
    goals_first = MatchSettings(weights=zero | {"place": 1.0, "goals": 10.0})
    assert propose([near, expert], [kim], place_first).pairs[0].mentor.name == "Nearby"
    assert propose([near, expert], [kim], goals_first).pairs[0].mentor.name == "Expert"


def test_criteria_and_rules_are_data_for_the_settings_page() -> None:
    keys = [c.key for c in CRITERIA]
    assert len(keys) == len(set(keys)) >= 6
    for c in CRITERIA:
        assert c.label and len(c.explanation) > 20 and 0 <= c.default_weight <= 10
    assert {r.key for r in HARD_RULES} >= {"line", "language", "capacity", "avoid", "repeat"}
    assert clean_weights({"goals": 3}) == default_weights() | {"goals": 3.0}
    with pytest.raises(ValueError, match="between 0 and 10"):
        clean_weights({"goals": 11})
    with pytest.raises(ValueError, match="not a matching criterion"):
        clean_weights({"beauty": 1})
    with pytest.raises(ValueError, match="not a number"):
        clean_weights({"goals": "lots"})


def test_a_cross_organisational_pair_scores_once_for_its_distance() -> None:
    """Departments count within one organisation; other organisations score elsewhere."""
    only_distance = MatchSettings(
        weights={c.key: 0.0 for c in CRITERIA} | {"department": 4.0, "organisation": 4.0}
    )
    ana = mentor("Ana", organisation_id=1, department="Finance")
    same_org_other_dept = mentee("Kim", organisation_id=1, department="Sales")
    same_org_same_dept = mentee("Lea", organisation_id=1, department="finance ")
    other_org = mentee("Ole", organisation_id=2, department="Sales")
    other_org_same_dept = mentee("Pia", organisation_id=2, department="Finance")
    unknown_org = mentee("Uma", organisation_id=None, department="Sales")

    def reasons(e: MenteeCandidate) -> tuple[float, list[str]]:
        check = check_pair(ana, e, only_distance)
        return check.score, check.reasons

    assert reasons(same_org_other_dept) == (
        4.0,
        ["Different department or business unit: Finance / Sales +4.0"],
    )
    assert reasons(same_org_same_dept) == (0.0, [])
    assert reasons(other_org) == (4.0, ["Different organisation +4.0"])
    assert reasons(other_org_same_dept) == (4.0, ["Different organisation +4.0"])
    # With an organisation not recorded, the departments alone decide.
    assert reasons(unknown_org)[0] == 4.0
    # The matrix agrees.
    mentees = [same_org_other_dept, same_org_same_dept, other_org, other_org_same_dept, unknown_org]
    arrays = Arrays([ana], mentees, [profile(ana)], [profile(e) for e in mentees], frozenset())
    assert score_matrix(arrays, only_distance)[:, 0].tolist() == [4.0, 0.0, 4.0, 4.0, 4.0]


def test_distance_criteria_have_comparable_default_weights() -> None:
    weights = default_weights()
    assert weights["organisation"] == weights["department"]
