"""The hard rules: one test each, in the proposal and in a hand-made pair check."""

from __future__ import annotations

import numpy as np
from matching_factories import mentee, mentor, random_instance

from mentordesk.matching import (
    MatchSettings,
    check_pair,
    manager_chains,
    propose,
)
from mentordesk.matching.profiles import Arrays, profile
from mentordesk.matching.rules import allowed_matrix, broken_rules, rule_breaks


def paired(result: object) -> set[tuple[str, str]]:
    return {(p.mentor.name, p.mentee.name) for p in result.pairs}  # type: ignore[attr-defined]


def test_not_the_same_person() -> None:
    both = mentor("Ann Self", person_id=7)
    her = mentee("Ann Self", person_id=7)
    other = mentor("Otto Other")
    result = propose([both, other], [her])
    assert paired(result) == {("Otto Other", "Ann Self")}
    assert check_pair(both, her).broken_rules == ["Ann Self cannot mentor themself"]


def test_mentor_not_in_line_of_management_up_the_chain() -> None:
    # ceo -> director -> lead -> mentee ; a peer director elsewhere.
    chains = manager_chains({1: None, 2: 1, 3: 2, 4: 3, 5: 1})
    ceo = mentor("Cleo Ceo", person_id=1, managers=chains[1], capacity=3)
    director = mentor("Dan Director", person_id=2, managers=chains[2], capacity=3)
    lead = mentor("Lea Lead", person_id=3, managers=chains[3], capacity=3)
    peer = mentor("Per Peer", person_id=5, managers=chains[5], capacity=3)
    kim = mentee("Kim Junior", person_id=4, managers=chains[4])
    assert chains[4] == (3, 2, 1)

    result = propose([ceo, director, lead, peer], [kim])
    assert paired(result) == {("Per Peer", "Kim Junior")}
    for boss, relation in ((lead, "manager"), (director, "manager's manager")):
        assert check_pair(boss, kim).broken_rules == [
            f"{boss.name} is in Kim Junior's line of management (Kim Junior's {relation})"
        ]
    assert "3 levels up" in check_pair(ceo, kim).broken_rules[0]
    assert check_pair(peer, kim).ok
    # Nobody but the line of management: unmatched, and told why.
    alone = propose([ceo, director, lead], [kim])
    assert alone.pairs == []
    assert alone.unmatched[0].reason == "every mentor is in the mentee's line of management"


def test_mentee_never_mentors_their_own_manager() -> None:
    chains = manager_chains({1: None, 2: 1})
    boss = mentee("Bea Boss", person_id=1, managers=chains[1])
    report = mentor("Rob Report", person_id=2, managers=chains[2])
    assert propose([report], [boss]).pairs == []
    assert check_pair(report, boss).broken_rules == [
        "Bea Boss is in Rob Report's line of management (Rob Report's manager)"
    ]


def test_shared_language_when_both_have_languages() -> None:
    dane = mentee("Dorte Dane", languages=("DA",))
    english = mentor("Eve English", languages=("en",))
    danish = mentor("Dan Dansk", languages=(" da", "en"))
    unknown = mentor("Una Unknown")
    result = propose([english, danish], [dane])
    assert paired(result) == {("Dan Dansk", "Dorte Dane")}
    assert check_pair(english, dane).broken_rules == [
        "Eve English and Dorte Dane share no language (en / DA)"
    ]
    # A mentor without languages recorded is not ruled out.
    assert check_pair(unknown, dane).ok
    assert propose([english, unknown], [dane]).pairs[0].mentor.name == "Una Unknown"


def test_capacity_is_never_exceeded() -> None:
    busy = mentor("Bo Busy", capacity=2, tags=("Career",))
    mentees = [mentee(f"M{k}", tags=("Career",)) for k in range(4)]
    result = propose([busy], mentees)
    assert len(result.pairs) == 2
    assert all(p.mentor.name == "Bo Busy" for p in result.pairs)
    full = [u for u in result.unmatched]
    assert len(full) == 2
    assert all("every allowed mentor (1) is taken by other mentees" in u.reason for u in full)
    none_left = mentor("Nia None", capacity=0)
    assert propose([none_left], mentees[:1]).pairs == []
    assert check_pair(none_left, mentees[0]).broken_rules == ["Nia None has no capacity left"]


def test_wish_to_avoid_either_direction() -> None:
    ann = mentee("Ann")
    avoided = mentor("Vic Avoided", tags=("Career",))
    ann = mentee("Ann", tags=("Career",), avoids=frozenset({avoided.person_id}))
    fallback = mentor("Fay Fallback")
    assert paired(propose([avoided, fallback], [ann])) == {("Fay Fallback", "Ann")}
    assert check_pair(avoided, ann).broken_rules == ["Ann asked to avoid Vic Avoided"]

    bob = mentee("Bob", tags=("Career",))
    picky = mentor("Pia Picky", tags=("Career",), avoids=frozenset({bob.person_id}))
    assert paired(propose([picky, fallback], [bob])) == {("Fay Fallback", "Bob")}
    assert check_pair(picky, bob).broken_rules == ["Pia Picky asked to avoid Bob"]


def test_separate_organisations_in_cross_programmes() -> None:
    same = mentor("Sam Same", organisation_id=1, tags=("Career",))
    other = mentor("Olga Other", organisation_id=2)
    kim = mentee("Kim", organisation_id=1, tags=("Career",))
    assert paired(propose([same, other], [kim])) == {("Sam Same", "Kim")}
    separate = MatchSettings(separate_organisations=True)
    assert paired(propose([same, other], [kim], separate)) == {("Olga Other", "Kim")}
    broken = check_pair(same, kim, separate).broken_rules
    assert broken == [
        "Sam Same and Kim come from the same organisation, and this programme pairs people "
        "of different organisations"
    ]
    assert (
        propose([same], [kim], separate)
        .unmatched[0]
        .reason.startswith("every mentor comes from the mentee's own organisation")
    )


def test_no_repeat_of_an_earlier_pair_when_set() -> None:
    old = mentor("Olli Old", person_id=11, tags=("Career",))
    new = mentor("Nina New", person_id=12)
    kim = mentee("Kim", person_id=21, tags=("Career",))
    earlier = frozenset({(11, 21)})
    allowed = MatchSettings(forbid_repeats=False, previous_pairs=earlier)
    assert paired(propose([old, new], [kim], allowed)) == {("Olli Old", "Kim")}
    no_repeats = MatchSettings(forbid_repeats=True, previous_pairs=earlier)
    assert paired(propose([old, new], [kim], no_repeats)) == {("Nina New", "Kim")}
    assert "were paired in an earlier programme" in check_pair(old, kim, no_repeats).broken_rules[0]
    # The same two people in swapped roles are a repeat too.
    swapped = MatchSettings(forbid_repeats=True, previous_pairs=frozenset({(21, 11)}))
    assert not check_pair(old, kim, swapped).ok
    assert paired(propose([old, new], [kim], swapped)) == {("Nina New", "Kim")}


def test_manager_chains_walk_up_and_survive_cycles() -> None:
    chains = manager_chains({1: None, 2: 1, 3: 2, 4: 3, 9: 10, 10: 9})
    assert chains[4] == (3, 2, 1) and chains[2] == (1,) and chains[1] == ()
    assert chains[9] == (10,) and chains[10] == (9,)
    assert manager_chains({1: None, 2: 1}, [2]) == {2: (1,)}


def test_vectorised_rules_agree_with_the_pair_check() -> None:
    for seed in range(60):
        mentors, mentees, settings, rejected = random_instance(seed, 8, 8)
        arrays = Arrays(
            mentors,
            mentees,
            [profile(c) for c in mentors],
            [profile(c) for c in mentees],
            settings.previous_pairs,
        )
        capacity = np.array([c.capacity for c in mentors], dtype=np.intp)
        index = {
            (e.participant_id, c.participant_id): (i, j)
            for i, e in enumerate(mentees)
            for j, c in enumerate(mentors)
        }
        rej = sorted(index[(e, c)] for c, e in rejected)
        rej_arrays = (
            np.array([r for r, _ in rej], dtype=np.intp),
            np.array([c for _, c in rej], dtype=np.intp),
        )
        rows = np.arange(len(mentees), dtype=np.intp)
        breaks = rule_breaks(arrays, settings, capacity, rej_arrays, rows)
        allowed = allowed_matrix(breaks, (len(mentees), len(mentors)))
        for i, e in enumerate(mentees):
            for j, c in enumerate(mentors):
                scalar = broken_rules(c, e, settings, rejected=rejected)
                assert allowed[i, j] == (not scalar), (seed, c, e, scalar)
                assert {k for k, b in breaks.items() if b[i, j]} == {k for k, _ in scalar}
