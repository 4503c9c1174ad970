"""Evaluation results: arithmetic, response rates, the anonymity threshold, comparison."""

from __future__ import annotations

from dataclasses import replace

import pytest
from survey_factories import THEMES, make_programme

from mentordesk.services.errors import InputRefused
from mentordesk.services.evaluation import compare_programmes, results_json, survey_results
from mentordesk.services.settings import read_settings, save_settings
from mentordesk.services.surveys import add_response, theme_key
from mentordesk.store.database import Database

NETWORK, CAREER = (theme_key(t) for t in THEMES)


def _answer(db: Database, programme_id: int, role: str | None, values: list[dict[str, object]]):
    for answers in values:
        add_response(db, programme_id, "final", answers, role=role)


def test_results_arithmetic_on_a_known_set(db: Database) -> None:
    office = make_programme(db, mentors=6, mentees=9)
    _answer(
        db,
        office.programme_id,
        "mentee",
        [
            {"trust": 5, NETWORK: 4, CAREER: 2, "satisfaction": 9, "improve": "More time"},
            {"trust": 4, NETWORK: 4, CAREER: 3, "satisfaction": 8, "improve": "Shorter forms"},
            {"trust": 4, NETWORK: 5, CAREER: 3, "satisfaction": 10},
            {"trust": 3, NETWORK: 3, CAREER: 4, "satisfaction": 7, "improve": "A kick-off dinner"},
            {"trust": 5, NETWORK: 4, CAREER: 3, "satisfaction": 6, "improve": "Bigger rooms"},
        ],
    )
    results = survey_results(db, office.programme_id, "final", threshold=5)
    overall = results.overall
    assert not overall.hidden and overall.responses == 5
    trust = overall.question("trust")
    assert trust is not None and not trust.hidden
    assert (trust.n, trust.mean, trust.distribution) == (5, 4.2, [0, 0, 1, 2, 2])
    satisfaction = overall.question("satisfaction")
    assert satisfaction is not None
    assert satisfaction.mean == 8.0
    assert satisfaction.distribution == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    # The theme's mean is the mean of its questions' means: one question each here.
    themes = {t.theme: t for t in overall.themes}
    assert themes[THEMES[0]].mean == 4.0 and themes[THEMES[0]].learning_theme
    assert themes[THEMES[1]].mean == 3.0
    assert themes["Relationship"].mean == 4.2 and not themes["Relationship"].learning_theme
    # Four open answers: under the threshold, so none is listed.
    improve = overall.question("improve")
    assert improve is not None and improve.hidden and improve.answers == []
    # A question nobody answered is hidden, not zero.
    expectations = overall.question("expectations")
    assert expectations is not None and expectations.hidden and expectations.mean is None


def test_response_rate_per_role_counts_active_participants(db: Database) -> None:
    office = make_programme(db, mentors=4, mentees=8)  # and one withdrawn mentee
    _answer(db, office.programme_id, "mentor", [{"trust": 4}] * 3)
    _answer(db, office.programme_id, "mentee", [{"trust": 4}] * 6)
    _answer(db, office.programme_id, None, [{"trust": 4}])
    results = survey_results(db, office.programme_id, "final")
    assert (results.rate().responses, results.rate().participants) == (10, 12)
    assert results.rate().rate == pytest.approx(10 / 12)
    assert results.rate("mentor").rate == 0.75
    assert results.rate("mentee").rate == 0.75


def test_a_group_of_four_is_hidden_and_five_shown(db: Database) -> None:
    office = make_programme(db)
    _answer(db, office.programme_id, "mentee", [{"trust": 4, "improve": "Pizza"}] * 4)
    results = survey_results(db, office.programme_id, "final")
    assert results.threshold == 5
    assert results.overall.hidden and results.overall.hidden_reason == "small"
    assert all(q.hidden and q.mean is None and not q.answers for q in results.overall.questions)
    assert all(t.hidden and t.mean is None for t in results.overall.themes)
    document = results_json(results)
    assert document["hidden"] is True and "mean" not in str(document["questions"])

    _answer(db, office.programme_id, "mentee", [{"trust": 5, "improve": "Pasta"}])
    results = survey_results(db, office.programme_id, "final")
    assert not results.overall.hidden
    trust = results.overall.question("trust")
    assert trust is not None and trust.mean == 4.2
    improve = results.overall.question("improve")
    assert improve is not None and improve.answers == ["Pasta", "Pizza", "Pizza", "Pizza", "Pizza"]


def test_threshold_setting_of_seven_is_honoured(db: Database) -> None:
    office = make_programme(db)
    save_settings(db, replace(read_settings(db), anonymity_threshold=7))
    _answer(db, office.programme_id, "mentee", [{"trust": 4}] * 6)
    results = survey_results(db, office.programme_id, "final")
    assert results.threshold == 7 and results.overall.hidden
    _answer(db, office.programme_id, "mentee", [{"trust": 4}])
    assert not survey_results(db, office.programme_id, "final").overall.hidden


def test_small_role_group_hides_both_roles(db: Database) -> None:
    """Mentors 3 and mentees 6: showing the mentees beside the total would give the three
    mentors' answers away, so neither role group is shown."""
    office = make_programme(db)
    _answer(db, office.programme_id, "mentor", [{"trust": 2}] * 3)
    _answer(db, office.programme_id, "mentee", [{"trust": 5}] * 6)
    results = survey_results(db, office.programme_id, "final")
    assert not results.overall.hidden
    assert results.group("mentor").hidden_reason == "small"
    assert results.group("mentee").hidden_reason == "other-small"
    roles = results_json(results)["roles"]
    assert roles["mentee"] == {"responses": 6, "hidden": True}

    _answer(db, office.programme_id, "mentor", [{"trust": 3}] * 2)
    results = survey_results(db, office.programme_id, "final")
    mentors, mentees = results.group("mentor"), results.group("mentee")
    assert not mentors.hidden and not mentees.hidden
    assert mentors.question("trust").mean == 2.4  # type: ignore[union-attr]
    assert mentees.question("trust").mean == 5.0  # type: ignore[union-attr]


def test_results_of_a_programme_without_survey(db: Database) -> None:
    office = make_programme(db)
    results = survey_results(db, office.programme_id, "midterm")
    assert not results.stored and results.overall.responses == 0 and results.overall.hidden
    with pytest.raises(InputRefused, match="no programme 999"):
        survey_results(db, 999, "final")


def test_comparison_across_programmes_respects_the_threshold(db: Database) -> None:
    first = make_programme(db, name="Leaders 2024")
    second = make_programme(
        db, name="Leaders 2025", organisation_id=first.organisation_id, themes=[THEMES[0]]
    )
    other = make_programme(db, name="Pilots 2025", organisation="Other Ltd")
    _answer(db, first.programme_id, "mentee", [{"trust": 4, NETWORK: 3, "satisfaction": 8}] * 5)
    _answer(db, second.programme_id, "mentee", [{"trust": 2, NETWORK: 5, "satisfaction": 6}] * 6)
    _answer(db, other.programme_id, "mentee", [{"trust": 1, "satisfaction": 1}] * 2)

    comparison = compare_programmes(db, "final", organisation_id=first.organisation_id)
    assert [r.programme_name for r in comparison.rows] == ["Leaders 2024", "Leaders 2025"]
    keys = [c.key for c in comparison.columns]
    assert "trust" in keys and NETWORK in keys and CAREER not in keys  # only shared ones
    one, two = comparison.rows
    assert (one.responses, one.satisfaction, one.means["trust"], one.means[NETWORK]) == (
        5,
        8.0,
        4.0,
        3.0,
    )
    assert (two.satisfaction, two.means["trust"]) == (6.0, 2.0)
    assert two.response_rate == 0.4  # 6 of 15

    everything = compare_programmes(db, "final")
    pilots = next(r for r in everything.rows if r.programme_name == "Pilots 2025")
    assert pilots.hidden and pilots.responses == 2
    assert pilots.satisfaction is None and set(pilots.means.values()) == {None}
