"""Matching a real programme in a real SQLite file: propose, check, apply."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentordesk.config import DatabaseTarget
from mentordesk.matching import default_weights
from mentordesk.services.errors import InputRefused
from mentordesk.services.matching import (
    ProposalPair,
    apply_proposal,
    check_hand_pair,
    load_settings,
    proposal_pairs,
    result_to_json,
    run_matching,
    save_settings,
)
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import (
    Organisation,
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Person,
    Preference,
    PreferenceKind,
    Programme,
    ProgrammeKind,
    Role,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "m.sqlite3"))
    yield database
    database.close()


@dataclass
class Office:
    programme: int
    earlier: int
    ids: dict[str, int]  # participant ids of this programme by first name
    people: dict[str, int]  # person ids by first name


def _person(session: object, org: Organisation, first: str, **fields: object) -> Person:
    person = Person(
        organisation=org, first_name=first, last_name="Test", email=f"{first.lower()}@acme.com"
    )
    for key, value in fields.items():
        setattr(person, key, value)
    session.add(person)  # type: ignore[attr-defined]
    return person


@pytest.fixture
def office(db: Database) -> Office:
    """Acme: Cleo (CEO) > Dan (director) > Lea (lead) > Kim; Per reports to Cleo.

    Mentors: Dan, Per, Uma (a second branch), Wes (withdrawn). Mentees: Kim, Ivy, Joe.
    """
    with db.unit_of_work() as s:
        acme = Organisation(name="Acme")
        s.add(acme)
        cleo = _person(s, acme, "Cleo", level=8, languages=["en", "da"])
        dan = _person(s, acme, "Dan", level=6, manager=cleo, department="Finance")
        lea = _person(s, acme, "Lea", level=5, manager=dan, department="Finance")
        kim = _person(s, acme, "Kim", level=3, manager=lea, department="Finance", languages=["da"])
        per = _person(
            s, acme, "Per", level=6, manager=cleo, department="Sales", languages=["da", "en"]
        )
        uma = _person(s, acme, "Uma", level=5, manager=per, department="IT", location="Aarhus")
        ivy = _person(s, acme, "Ivy", level=3, manager=uma, department="IT", location="Aarhus")
        joe = _person(s, acme, "Joe", level=2, manager=per, department="Sales")
        wes = _person(s, acme, "Wes", level=7, manager=cleo, department="Legal")
        s.flush()
        programme = Programme(organisation=acme, name="Leaders 2025")
        earlier = Programme(organisation=acme, name="Leaders 2023")
        s.add_all([programme, earlier])
        s.flush()

        def join(p: Person, role: Role, **fields: object) -> Participant:
            part = Participant(programme_id=programme.id, person_id=p.id, role=role, **fields)
            s.add(part)
            return part

        parts = {
            "Dan": join(dan, Role.MENTOR, capacity=2, expertise=["Career", "Strategy"]),
            "Per": join(per, Role.MENTOR, capacity=1, expertise=["career"]),
            "Uma": join(uma, Role.MENTOR, capacity=1, expertise=["Network"]),
            "Wes": join(
                wes,
                Role.MENTOR,
                capacity=3,
                expertise=["Career", "Strategy", "Network"],
                status=ParticipantStatus.WITHDRAWN,
            ),
            "Kim": join(kim, Role.MENTEE, goals=["Career", "Strategy"]),
            "Ivy": join(ivy, Role.MENTEE, goals=["Network"], status=ParticipantStatus.ACCEPTED),
            "Joe": join(joe, Role.MENTEE, goals=["Career"]),
        }
        s.flush()
        # Joe wished for Dan.
        s.add(
            Preference(participant_id=parts["Joe"].id, person_id=dan.id, kind=PreferenceKind.WISH)
        )
        # Dan and Kim were a pair two years ago.
        old_dan = Participant(programme_id=earlier.id, person_id=dan.id, role=Role.MENTOR)
        old_kim = Participant(programme_id=earlier.id, person_id=kim.id, role=Role.MENTEE)
        s.add_all([old_dan, old_kim])
        s.flush()
        s.add(
            Pairing(
                programme_id=earlier.id,
                mentor_id=old_dan.id,
                mentee_id=old_kim.id,
                status=PairingStatus.ENDED,
                ended_on=date(2024, 1, 1),
            )
        )
        people = {p.first_name: p.id for p in (cleo, dan, lea, kim, per, uma, ivy, joe, wes)}
        return Office(programme.id, earlier.id, {k: v.id for k, v in parts.items()}, people)


def pairs_of(result: object) -> set[tuple[str, str]]:
    return {
        (p.mentor.name.split()[0], p.mentee.name.split()[0])
        for p in result.pairs  # type: ignore[attr-defined]
    }


def test_run_matching_keeps_the_rules_of_the_programme(db: Database, office: Office) -> None:
    result = run_matching(db, office.programme)
    pairs = pairs_of(result)
    # Dan is Kim's manager's manager: never; Ivy reports to Uma: never. Wes withdrew.
    assert ("Dan", "Kim") not in pairs and ("Uma", "Ivy") not in pairs
    assert all(mentor != "Wes" for mentor, _ in pairs)
    assert pairs == {("Per", "Kim"), ("Dan", "Ivy"), ("Dan", "Joe")}
    joe = next(p for p in result.pairs if p.mentee.name.startswith("Joe"))
    assert "A wish for a particular mentor: the mentee asked for this mentor +6.0" in joe.reasons
    as_json = result_to_json(result)
    assert {(p["mentor"], p["mentee"]) for p in as_json["pairs"]} == {
        ("per@acme.com", "kim@acme.com"),
        ("dan@acme.com", "ivy@acme.com"),
        ("dan@acme.com", "joe@acme.com"),
    }
    assert all(isinstance(p["score"], float) and p["reasons"] for p in as_json["pairs"])
    assert as_json["unmatched"] == []


def test_repeats_forbidden_by_setting(db: Database, office: Office) -> None:
    assert load_settings(db, office.programme).weights == default_weights()
    # Dan is Kim's manager's manager, and mentored Kim in 2023: a repeat only counts once
    # the programme forbids repeats.
    check = check_hand_pair(db, office.programme, office.ids["Dan"], office.ids["Kim"])
    assert any("line of management" in text for text in check.broken_rules)
    assert not any("earlier programme" in text for text in check.broken_rules)
    save_settings(db, office.programme, {"goals": 10}, forbid_repeats=True)
    settings = load_settings(db, office.programme)
    assert settings.forbid_repeats and settings.weights["goals"] == 10.0
    check = check_hand_pair(db, office.programme, office.ids["Dan"], office.ids["Kim"])
    assert any("earlier programme" in text for text in check.broken_rules)
    with pytest.raises(InputRefused, match="between 0 and 10") as refused:
        save_settings(db, office.programme, {"goals": 12}, forbid_repeats=True)
    assert refused.value.field == "weights"
    assert load_settings(db, office.programme).weights["goals"] == 10.0


def test_apply_with_confirm_writes_confirmed_pairings(db: Database, office: Office) -> None:
    result = run_matching(db, office.programme)
    written = apply_proposal(db, office.programme, proposal_pairs(result), confirm=True)
    assert written == 3
    with db.unit_of_work() as s:
        rows = s.scalars(select(Pairing).where(Pairing.programme_id == office.programme)).all()
        assert {(r.mentor_id, r.mentee_id) for r in rows} == {
            (office.ids["Per"], office.ids["Kim"]),
            (office.ids["Dan"], office.ids["Ivy"]),
            (office.ids["Dan"], office.ids["Joe"]),
        }
        assert all(r.status is PairingStatus.CONFIRMED for r in rows)
        assert all(r.started_on == date.today() and r.score and r.explanation for r in rows)
        statuses = {
            p.id: p.status
            for p in s.scalars(
                select(Participant).where(Participant.programme_id == office.programme)
            )
        }
    for name in ("Per", "Dan", "Kim", "Ivy", "Joe"):
        assert statuses[office.ids[name]] is ParticipantStatus.MATCHED
    assert statuses[office.ids["Uma"]] is ParticipantStatus.APPLIED
    # Confirmed mentees are not proposed again, and their mentors' slots are used.
    again = run_matching(db, office.programme)
    assert again.pairs == [] and again.unmatched == []


def test_apply_proposed_replaces_earlier_proposals(db: Database, office: Office) -> None:
    first = run_matching(db, office.programme)
    apply_proposal(db, office.programme, proposal_pairs(first), confirm=False)
    rejected = [(office.ids["Per"], office.ids["Kim"])]
    second = run_matching(db, office.programme, rejected=rejected)
    assert ("Per", "Kim") not in pairs_of(second)
    apply_proposal(db, office.programme, proposal_pairs(second), confirm=False)
    with db.unit_of_work() as s:
        rows = s.scalars(select(Pairing).where(Pairing.programme_id == office.programme)).all()
        assert len(rows) == len(second.pairs)
        assert all(r.status is PairingStatus.PROPOSED for r in rows)
        assert (office.ids["Per"], office.ids["Kim"]) not in {
            (r.mentor_id, r.mentee_id) for r in rows
        }


def test_locked_pairs_are_kept(db: Database, office: Office) -> None:
    lock = (office.ids["Uma"], office.ids["Joe"])
    result = run_matching(db, office.programme, locked=[lock])
    assert ("Uma", "Joe") in pairs_of(result)
    assert next(p for p in result.pairs if p.mentee.participant_id == office.ids["Joe"]).locked


def test_apply_refuses_a_pair_breaking_a_rule_and_writes_nothing(
    db: Database, office: Office
) -> None:
    good = run_matching(db, office.programme)
    bad = [p for p in proposal_pairs(good) if p[1] != office.ids["Ivy"]]
    bad.append((office.ids["Uma"], office.ids["Ivy"], 3.0, ["by hand"]))
    with pytest.raises(InputRefused) as refused:
        apply_proposal(db, office.programme, bad, confirm=True)
    message = str(refused.value)
    assert "Uma Test and Ivy Test" in message
    assert "Uma Test is in Ivy Test's line of management (Ivy Test's manager)" in message
    with db.unit_of_work() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(Pairing)
                .where(Pairing.programme_id == office.programme)
            )
            == 0
        )
        matched = s.scalar(
            select(func.count())
            .select_from(Participant)
            .where(Participant.status == ParticipantStatus.MATCHED)
        )
        assert matched == 0
    # Over capacity is refused too: Per takes one mentee.
    over: list[ProposalPair] = [
        (office.ids["Per"], office.ids["Kim"], 1.0, []),
        (office.ids["Per"], office.ids["Joe"], 1.0, []),
    ]
    with pytest.raises(InputRefused, match="Per Test would take 2 mentees but has capacity for 1"):
        apply_proposal(db, office.programme, over, confirm=False)


def test_check_hand_pair_gives_score_and_reasons(db: Database, office: Office) -> None:
    check = check_hand_pair(db, office.programme, office.ids["Per"], office.ids["Kim"])
    assert check.ok
    assert check.score > 0
    assert any(
        r.startswith("Goals fit the mentor's expertise: 1 shared (Career)") for r in check.reasons
    )
    withdrawn = check_hand_pair(db, office.programme, office.ids["Wes"], office.ids["Kim"])
    assert withdrawn.broken_rules == ["Wes Test has status withdrawn in this programme"]
    with pytest.raises(InputRefused, match="not a mentor"):
        check_hand_pair(db, office.programme, office.ids["Kim"], office.ids["Joe"])


def test_unmatched_reason_reaches_the_json(db: Database, office: Office) -> None:
    with db.unit_of_work() as s:
        acme = s.scalar(select(Organisation))
        assert acme is not None
        for name in ("Dan", "Uma"):
            person = s.get(Person, office.people[name])
            assert person is not None
            person.languages = ["en"]
        zed = _person(s, acme, "Zed", languages=["fi"])
        s.flush()
        s.add(Participant(programme_id=office.programme, person_id=zed.id, role=Role.MENTEE))
    as_json = result_to_json(run_matching(db, office.programme))
    assert as_json["unmatched"] == [
        {"mentee": "zed@acme.com", "reason": "no mentor shares a language with the mentee (fi)"}
    ]


def test_separate_organisations_in_a_cross_programme(db: Database, office: Office) -> None:
    with db.unit_of_work() as s:
        guest = Organisation(name="Guest")
        outside = _person(s, guest, "Otto", level=7, languages=["da"])
        s.flush()
        s.add(
            Participant(
                programme_id=office.programme, person_id=outside.id, role=Role.MENTOR, capacity=3
            )
        )
        programme = s.get(Programme, office.programme)
        assert programme is not None
        programme.kind = ProgrammeKind.CROSS_ORGANISATIONAL
        programme.separate_organisations = True
    result = run_matching(db, office.programme)
    assert {mentor for mentor, _ in pairs_of(result)} == {"Otto"}
    assert len(result.pairs) == 3
