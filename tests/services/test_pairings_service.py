"""Pairings in a real SQLite file: confirm, activate, end; and what matching does after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from mentordesk.services.errors import InputRefused
from mentordesk.services.matching import (
    apply_proposal,
    match_candidates,
    run_matching,
    save_settings,
)
from mentordesk.services.pairings import (
    activate_pairings,
    confirm_pairings,
    end_pairing,
    ended_partners,
    get_pairing,
    list_pairings,
    set_proposal_lock,
)
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Organisation,
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Person,
    Programme,
    Role,
)

STARTED = date.today() - timedelta(days=60)


@dataclass
class Office:
    programme: int
    earlier: int
    ids: dict[str, int]  # participant ids in `programme` by first name
    pairing: dict[str, int]  # pairing ids by "Mentor-Mentee"


def _person(session: object, org: Organisation, first: str, level: int) -> Person:
    person = Person(
        organisation=org,
        first_name=first,
        last_name="Test",
        email=f"{first.lower()}@acme.com",
        level=level,
        languages=["en"],
    )
    session.add(person)  # type: ignore[attr-defined]
    return person


@pytest.fixture
def office(db: Database) -> Office:
    """Mentors Ann (two places), Bob and Cy; mentees Eva, Fay and Gus.

    Ann-Eva and Bob-Fay are active, Ann-Gus is proposed; Cy is free. In an earlier
    programme Cy mentored Eva.
    """
    with db.unit_of_work() as s:
        acme = Organisation(name="Acme")
        s.add(acme)
        people = {
            name: _person(s, acme, name, level)
            for name, level in (
                ("Ann", 7),
                ("Bob", 7),
                ("Cy", 6),
                ("Eva", 4),
                ("Fay", 4),
                ("Gus", 4),
            )
        }
        programme = Programme(organisation=acme, name="Leaders 2025")
        earlier = Programme(organisation=acme, name="Leaders 2023")
        s.add_all([programme, earlier])
        parts: dict[str, Participant] = {}
        for name, role, capacity in (
            ("Ann", Role.MENTOR, 2),
            ("Bob", Role.MENTOR, 1),
            ("Cy", Role.MENTOR, 1),
            ("Eva", Role.MENTEE, 1),
            ("Fay", Role.MENTEE, 1),
            ("Gus", Role.MENTEE, 1),
        ):
            parts[name] = Participant(
                programme=programme,
                person=people[name],
                role=role,
                capacity=capacity,
                status=ParticipantStatus.ACCEPTED,
            )
        for name in ("Ann", "Bob", "Eva", "Fay"):
            parts[name].status = ParticipantStatus.MATCHED
        old_cy = Participant(programme=earlier, person=people["Cy"], role=Role.MENTOR)
        old_eva = Participant(programme=earlier, person=people["Eva"], role=Role.MENTEE)
        s.add_all([*parts.values(), old_cy, old_eva])
        s.flush()
        pairings = {
            "Ann-Eva": Pairing(
                programme_id=programme.id,
                mentor_id=parts["Ann"].id,
                mentee_id=parts["Eva"].id,
                status=PairingStatus.ACTIVE,
                started_on=STARTED,
                score=12.0,
            ),
            "Bob-Fay": Pairing(
                programme_id=programme.id,
                mentor_id=parts["Bob"].id,
                mentee_id=parts["Fay"].id,
                status=PairingStatus.ACTIVE,
                started_on=STARTED,
            ),
            "Ann-Gus": Pairing(
                programme_id=programme.id,
                mentor_id=parts["Ann"].id,
                mentee_id=parts["Gus"].id,
                status=PairingStatus.PROPOSED,
                score=9.5,
                explanation=["Mentor 1-3 levels more senior: 3 levels more senior +5.0"],
            ),
            "old": Pairing(
                programme_id=earlier.id,
                mentor_id=old_cy.id,
                mentee_id=old_eva.id,
                status=PairingStatus.ENDED,
                started_on=date(2023, 1, 1),
                ended_on=date(2023, 12, 1),
            ),
        }
        s.add_all(pairings.values())
        s.flush()
        return Office(
            programme=programme.id,
            earlier=earlier.id,
            ids={name: p.id for name, p in parts.items()},
            pairing={key: p.id for key, p in pairings.items()},
        )


def _status(db: Database, participant_id: int) -> ParticipantStatus:
    with db.unit_of_work() as s:
        return s.get_one(Participant, participant_id).status


def _pairing_row(db: Database, pairing_id: int) -> tuple[PairingStatus, date | None, str]:
    with db.unit_of_work() as s:
        p = s.get_one(Pairing, pairing_id)
        return p.status, p.ended_on, p.end_reason


# --- ending -------------------------------------------------------------------------


def test_end_pairing_records_the_end_and_frees_both(db: Database, office: Office) -> None:
    day = date.today() - timedelta(days=3)
    record = end_pairing(
        db, office.pairing["Bob-Fay"], "  The chemistry did not work.\nBoth agreed.  ", day
    )
    assert (record.status, record.ended_on) == ("ended", day)
    assert record.end_reason == "The chemistry did not work.\nBoth agreed."
    assert _pairing_row(db, office.pairing["Bob-Fay"]) == (
        PairingStatus.ENDED,
        day,
        "The chemistry did not work.\nBoth agreed.",
    )
    assert _status(db, office.ids["Bob"]) is ParticipantStatus.ACCEPTED
    assert _status(db, office.ids["Fay"]) is ParticipantStatus.ACCEPTED
    # The history stays: the ended pairing is still listed.
    listed = {p.id: p for p in list_pairings(db, programme_id=office.programme)}
    assert listed[office.pairing["Bob-Fay"]].status == "ended"
    assert listed[office.pairing["Bob-Fay"]].end_reason.startswith("The chemistry")


def test_a_mentor_with_another_pairing_under_way_stays_matched(
    db: Database, office: Office
) -> None:
    confirm_pairings(db, [office.pairing["Ann-Gus"]])
    end_pairing(db, office.pairing["Ann-Eva"], "Eva moved abroad.")
    assert _status(db, office.ids["Eva"]) is ParticipantStatus.ACCEPTED
    assert _status(db, office.ids["Ann"]) is ParticipantStatus.MATCHED  # still mentors Gus
    assert _pairing_row(db, office.pairing["Ann-Eva"])[1] == date.today()


def test_end_pairing_refusals_change_nothing(db: Database, office: Office) -> None:
    bob_fay = office.pairing["Bob-Fay"]
    with pytest.raises(InputRefused, match="Say why") as blank:
        end_pairing(db, bob_fay, "   ")
    assert blank.value.field == "reason"
    with pytest.raises(InputRefused, match="before the pairing started") as early:
        end_pairing(db, bob_fay, "Ended.", STARTED - timedelta(days=1))
    assert early.value.field == "on"
    with pytest.raises(InputRefused, match="in the future"):
        end_pairing(db, bob_fay, "Ended.", date.today() + timedelta(days=1))
    with pytest.raises(InputRefused, match="only proposed"):
        end_pairing(db, office.pairing["Ann-Gus"], "Not wanted.")
    with pytest.raises(InputRefused, match="no pairing with ID 9999"):
        end_pairing(db, 9999, "Gone.")
    assert _pairing_row(db, bob_fay) == (PairingStatus.ACTIVE, None, "")
    assert _status(db, office.ids["Fay"]) is ParticipantStatus.MATCHED

    end_pairing(db, bob_fay, "Fay left the company.")
    with pytest.raises(InputRefused, match="already ended") as twice:
        end_pairing(db, bob_fay, "Again.")
    assert twice.value.field == "pairing"
    assert _pairing_row(db, bob_fay)[2] == "Fay left the company."


def test_a_withdrawn_participant_keeps_their_status(db: Database, office: Office) -> None:
    with db.unit_of_work() as s:
        s.get_one(Participant, office.ids["Fay"]).status = ParticipantStatus.WITHDRAWN
    end_pairing(db, office.pairing["Bob-Fay"], "Fay withdrew.")
    assert _status(db, office.ids["Fay"]) is ParticipantStatus.WITHDRAWN
    assert _status(db, office.ids["Bob"]) is ParticipantStatus.ACCEPTED


# --- what matching does with freed participants -------------------------------------------


def test_a_freed_mentee_is_proposed_again_but_not_to_the_ended_pair(
    db: Database, office: Office
) -> None:
    before = run_matching(db, office.programme)
    assert office.ids["Eva"] not in {p.mentee.participant_id for p in before.pairs}

    end_pairing(db, office.pairing["Ann-Eva"], "Different expectations.")
    _mentors, mentees = match_candidates(db, office.programme)
    assert office.ids["Eva"] in {c.participant_id for c in mentees}
    after = run_matching(db, office.programme)
    eva = next(p for p in after.pairs if p.mentee.participant_id == office.ids["Eva"])
    assert eva.mentor.participant_id != office.ids["Ann"]  # the ended pair is not repeated
    assert eva.mentor.name == "Cy Test"


def test_never_repeat_also_keeps_earlier_programmes_pairs_apart(
    db: Database, office: Office
) -> None:
    end_pairing(db, office.pairing["Ann-Eva"], "Different expectations.")
    save_settings(db, office.programme, {}, forbid_repeats=True)
    result = run_matching(db, office.programme)
    # Ann (ended here) and Cy (paired with Eva in 2023) are both excluded; Bob is full.
    assert office.ids["Eva"] in {u.mentee.participant_id for u in result.unmatched}
    assert all(p.mentee.participant_id != office.ids["Eva"] for p in result.pairs)


# --- confirming and activating --------------------------------------------------------------


def test_confirm_then_activate(db: Database, office: Office) -> None:
    ann_gus = office.pairing["Ann-Gus"]
    day = date.today() - timedelta(days=1)
    [confirmed] = confirm_pairings(db, [ann_gus], on=day)
    assert (confirmed.status, confirmed.started_on) == ("confirmed", day)
    assert _status(db, office.ids["Gus"]) is ParticipantStatus.MATCHED
    with pytest.raises(InputRefused, match="only a proposed pairing"):
        confirm_pairings(db, [ann_gus])
    [active] = activate_pairings(db, [ann_gus])
    assert (active.status, active.started_on) == ("active", day)
    with pytest.raises(InputRefused, match="only a confirmed pairing"):
        activate_pairings(db, [ann_gus])


def test_confirm_checks_the_rules_again(db: Database, office: Office) -> None:
    # Ann's second place is taken meanwhile: confirming Ann-Gus would overbook her.
    with db.unit_of_work() as s:
        s.get_one(Participant, office.ids["Ann"]).capacity = 1
    with pytest.raises(InputRefused, match="Ann Test has no capacity left"):
        confirm_pairings(db, [office.pairing["Ann-Gus"]])
    assert _pairing_row(db, office.pairing["Ann-Gus"])[0] is PairingStatus.PROPOSED
    assert _status(db, office.ids["Gus"]) is ParticipantStatus.ACCEPTED


def test_details_carry_the_reasons(db: Database, office: Office) -> None:
    details = get_pairing(db, office.pairing["Ann-Gus"])
    assert details.pairing.mentee_name == "Gus Test"
    assert details.explanation == ["Mentor 1-3 levels more senior: 3 levels more senior +5.0"]
    assert not details.locked


# --- locks of stored proposals ----------------------------------------------------------


def test_stored_locks_are_kept_by_the_next_run(db: Database, office: Office) -> None:
    first = run_matching(db, office.programme)
    gus = next(p for p in first.pairs if p.mentee.participant_id == office.ids["Gus"])
    assert not gus.locked
    # Lock Gus to Cy and store the proposal with its lock.
    cy_gus = (office.ids["Cy"], office.ids["Gus"], 1.0, ["by hand"])
    apply_proposal(
        db,
        office.programme,
        [cy_gus],
        confirm=False,
        locked=[(office.ids["Cy"], office.ids["Gus"])],
    )
    with db.unit_of_work() as s:
        stored = s.scalars(
            select(Pairing).where(
                Pairing.programme_id == office.programme,
                Pairing.status == PairingStatus.PROPOSED,
            )
        ).all()
        assert [(p.mentor_id, p.mentee_id, p.locked) for p in stored] == [
            (office.ids["Cy"], office.ids["Gus"], True)
        ]
    again = run_matching(db, office.programme)
    gus = next(p for p in again.pairs if p.mentee.participant_id == office.ids["Gus"])
    assert (gus.mentor.participant_id, gus.locked) == (office.ids["Cy"], True)

    assert set_proposal_lock(db, office.programme, office.ids["Cy"], office.ids["Gus"], False)
    assert not set_proposal_lock(db, office.programme, office.ids["Ann"], office.ids["Gus"], True)
    unlocked = run_matching(db, office.programme)
    gus = next(p for p in unlocked.pairs if p.mentee.participant_id == office.ids["Gus"])
    assert not gus.locked


# --- the history of ended pairings, for rematching ------------------------------------------


def test_ended_partners_name_the_partner_the_day_and_the_reason(
    db: Database, office: Office
) -> None:
    assert ended_partners(db, office.programme) == {}
    day = date.today() - timedelta(days=2)
    end_pairing(db, office.pairing["Ann-Eva"], "Different expectations.", day)
    history = ended_partners(db, office.programme)
    assert set(history) == {office.ids["Ann"], office.ids["Eva"]}
    (eva_side,) = history[office.ids["Eva"]]
    assert (eva_side.partner_name, eva_side.ended_on, eva_side.reason) == (
        "Ann Test",
        day,
        "Different expectations.",
    )
    assert eva_side.partner_participant_id == office.ids["Ann"]
    assert history[office.ids["Ann"]][0].partner_name == "Eva Test"
    # Another programme's ended pairings are not this programme's history.
    assert office.ids["Eva"] not in ended_partners(db, office.earlier)


def test_a_rematched_mentee_is_not_proposed_to_either_ended_partner(
    db: Database, office: Office
) -> None:
    """Two endings in one programme: neither ended mentor comes back for the mentee."""
    end_pairing(db, office.pairing["Ann-Eva"], "Different expectations.")
    with db.unit_of_work() as s:
        cy_eva = Pairing(
            programme_id=office.programme,
            mentor_id=office.ids["Cy"],
            mentee_id=office.ids["Eva"],
            status=PairingStatus.ACTIVE,
            started_on=date.today(),
        )
        s.add(cy_eva)
        s.flush()
        cy_eva_id = cy_eva.id
    end_pairing(db, cy_eva_id, "Cy changed jobs.")
    result = run_matching(db, office.programme)
    eva = [p for p in result.pairs if p.mentee.participant_id == office.ids["Eva"]]
    assert all(p.mentor.participant_id not in (office.ids["Ann"], office.ids["Cy"]) for p in eva)
    names = [e.partner_name for e in ended_partners(db, office.programme)[office.ids["Eva"]]]
    assert sorted(names) == ["Ann Test", "Cy Test"]
