"""The rules the schema itself enforces, whichever code path writes.

Each refusal is checked twice where it matters: through the ORM as the services write,
and with plain SQL, so the rule is known to live in the database, not in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mentordesk.config import DatabaseTarget
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import (
    FollowUp,
    Interview,
    Milestone,
    Organisation,
    Pairing,
    Participant,
    Person,
    Programme,
    Role,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "rules.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    """Two organisations; two programmes of the first, with mentors, mentees, a pairing."""
    ids: dict[str, int] = {}
    with db.unit_of_work() as s:
        a, b = Organisation(name="Alpha"), Organisation(name="Beta")
        s.add_all([a, b])
        s.flush()
        people = [Person(organisation_id=a.id, first_name=f"A{i}") for i in range(4)]
        s.add_all(people)
        p1 = Programme(organisation_id=a.id, name="Leaders 2025")
        p2 = Programme(organisation_id=a.id, name="Talent 2025")
        s.add_all([p1, p2])
        s.flush()
        mentor1 = Participant(programme_id=p1.id, person_id=people[0].id, role=Role.MENTOR)
        mentee1 = Participant(programme_id=p1.id, person_id=people[1].id, role=Role.MENTEE)
        mentee1b = Participant(programme_id=p1.id, person_id=people[2].id, role=Role.MENTEE)
        mentee2 = Participant(programme_id=p2.id, person_id=people[3].id, role=Role.MENTEE)
        s.add_all([mentor1, mentee1, mentee1b, mentee2])
        s.flush()
        pairing = Pairing(programme_id=p1.id, mentor_id=mentor1.id, mentee_id=mentee1.id)
        s.add(pairing)
        s.add(
            Milestone(programme_id=p1.id, kind="kickoff", title="Kick-off", date=date(2025, 3, 1))
        )
        s.flush()
        ids.update(
            alpha=a.id,
            beta=b.id,
            p1=p1.id,
            p2=p2.id,
            mentor1=mentor1.id,
            mentee1=mentee1.id,
            mentee1b=mentee1b.id,
            mentee2=mentee2.id,
            pairing=pairing.id,
            person_mentor=people[0].id,
            person_mentee=people[1].id,
            person_free=people[3].id,
        )
    return ids


def refused(db: Database, write: Callable[[Session], Any]) -> IntegrityError:
    """Run `write` in a unit of work; it must be refused and leave nothing behind."""
    with pytest.raises(IntegrityError) as excinfo, db.unit_of_work() as session:
        write(session)
        session.flush()
    return excinfo.value


def count(db: Database, model: type[Any]) -> int:
    with db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- people -------------------------------------------------------------------------------


def test_email_is_unique_within_an_organisation_whatever_its_case(
    db: Database, world: dict[str, int]
) -> None:
    with db.unit_of_work() as s:
        s.add(Person(organisation_id=world["alpha"], first_name="Ada", email="Ada@Alpha.dk"))
    with db.unit_of_work() as s:
        assert s.scalar(select(Person.email).where(Person.first_name == "Ada")) == "ada@alpha.dk"

    error = refused(
        db,
        lambda s: s.add(
            Person(organisation_id=world["alpha"], first_name="Ada B", email=" ADA@alpha.DK ")
        ),
    )
    assert "UNIQUE" in str(error.orig)
    # Plain SQL cannot sneak in a mixed-case duplicate either.
    refused(
        db,
        lambda s: s.execute(
            text(
                "INSERT INTO person (organisation_id, first_name, last_name, email, phone, "
                "department, job_title, location, time_zone, languages, gender, biography) "
                "VALUES (:org, 'Ada C', '', 'ADA@ALPHA.DK', '', '', '', '', '', '[]', '', '')"
            ),
            {"org": world["alpha"]},
        ),
    )


def test_the_same_email_is_allowed_in_two_organisations(
    db: Database, world: dict[str, int]
) -> None:
    with db.unit_of_work() as s:
        s.add(Person(organisation_id=world["alpha"], first_name="Sam", email="sam@group.dk"))
        s.add(Person(organisation_id=world["beta"], first_name="Sam", email="SAM@group.dk"))
        # Several people without an email are fine too.
        s.add(Person(organisation_id=world["beta"], first_name="No", email=None))
        s.add(Person(organisation_id=world["beta"], first_name="Mail", email="   "))
    with db.unit_of_work() as s:
        emails = s.scalars(select(Person.email).where(Person.organisation_id == world["beta"]))
        assert sorted(e or "" for e in emails) == ["", "", "sam@group.dk"]


def test_deleting_a_person_who_is_a_participant_is_refused(
    db: Database, world: dict[str, int]
) -> None:
    refused(db, lambda s: s.delete(s.get(Person, world["person_mentee"])))
    refused(db, lambda s: s.execute(delete(Person).where(Person.id == world["person_mentor"])))
    assert count(db, Person) == 4 and count(db, Participant) == 4


# --- participants and pairings --------------------------------------------------------------


def test_one_role_per_person_per_programme(db: Database, world: dict[str, int]) -> None:
    refused(
        db,
        lambda s: s.add(
            Participant(
                programme_id=world["p1"], person_id=world["person_mentor"], role=Role.MENTEE
            )
        ),
    )
    refused(
        db,
        lambda s: s.add(
            Participant(
                programme_id=world["p1"], person_id=world["person_mentor"], role=Role.MENTOR
            )
        ),
    )
    # The same person may take part in another programme.
    with db.unit_of_work() as s:
        s.add(
            Participant(
                programme_id=world["p2"], person_id=world["person_mentor"], role=Role.MENTOR
            )
        )
    assert count(db, Participant) == 5


def test_a_pairing_across_programmes_is_refused(db: Database, world: dict[str, int]) -> None:
    # A mentor of programme 1 with a mentee of programme 2, filed under either programme.
    for programme in ("p1", "p2"):
        refused(
            db,
            lambda s, programme=programme: s.add(
                Pairing(
                    programme_id=world[programme],
                    mentor_id=world["mentor1"],
                    mentee_id=world["mentee2"],
                )
            ),
        )
    assert count(db, Pairing) == 1


def test_a_pairing_whose_mentor_is_a_mentee_is_refused(db: Database, world: dict[str, int]) -> None:
    # Two mentees of the same programme, one of them posing as the mentor.
    refused(
        db,
        lambda s: s.add(
            Pairing(
                programme_id=world["p1"], mentor_id=world["mentee1b"], mentee_id=world["mentee1"]
            )
        ),
    )
    # Nor can the constant role columns be forged to make the keys fit.
    refused(
        db,
        lambda s: s.execute(
            text(
                "INSERT INTO pairing (programme_id, mentor_id, mentee_id, mentor_role, "
                "mentee_role, status, explanation, locked, end_reason) VALUES "
                "(:p, :mentor, :mentee, 'mentee', 'mentee', 'proposed', '[]', 0, '')"
            ),
            {"p": world["p1"], "mentor": world["mentee1b"], "mentee": world["mentee1"]},
        ),
    )
    assert count(db, Pairing) == 1


def test_a_pairing_of_a_participant_with_itself_is_refused(
    db: Database, world: dict[str, int]
) -> None:
    error = refused(
        db,
        lambda s: s.add(
            Pairing(
                programme_id=world["p1"], mentor_id=world["mentor1"], mentee_id=world["mentor1"]
            )
        ),
    )
    assert "not_with_self" in str(error.orig) or "FOREIGN KEY" in str(error.orig)
    # With the role columns forged to match the participant's role, the CHECK alone refuses.
    error = refused(
        db,
        lambda s: s.execute(
            text(
                "INSERT INTO pairing (programme_id, mentor_id, mentee_id, mentor_role, "
                "mentee_role, status, explanation, locked, end_reason) VALUES "
                "(:p, :m, :m, 'mentor', 'mentor', 'proposed', '[]', 0, '')"
            ),
            {"p": world["p1"], "m": world["mentor1"]},
        ),
    )
    assert "CHECK" in str(error.orig)
    assert count(db, Pairing) == 1


def test_changing_a_paired_participants_role_is_refused(
    db: Database, world: dict[str, int]
) -> None:
    def make_mentor_a_mentee(s: Session) -> None:
        s.get(Participant, world["mentor1"]).role = Role.MENTEE

    refused(db, make_mentor_a_mentee)
    with db.unit_of_work() as s:
        assert s.get(Participant, world["mentor1"]).role is Role.MENTOR


# --- interviews are never deleted as a side effect --------------------------------------------


@pytest.fixture
def interviews(db: Database, world: dict[str, int]) -> list[int]:
    with db.unit_of_work() as s:
        rows = [
            Interview(
                programme_id=world["p1"],
                kind="matching",
                date=date(2025, 2, 1),
                participant_id=world["mentee1"],
                notes="Wants to grow as a leader.",
            ),
            Interview(
                programme_id=world["p1"],
                kind="follow-up",
                date=date(2025, 4, 1),
                pairing_id=world["pairing"],
            ),
        ]
        s.add_all(rows)
        s.add(
            FollowUp(
                programme_id=world["p1"],
                pairing_id=world["pairing"],
                title="Call",
                due=date(2025, 5, 1),
            )
        )
        s.flush()
        return [r.id for r in rows]


def interview_ids(db: Database) -> list[int]:
    with db.unit_of_work() as s:
        return list(s.scalars(select(Interview.id).order_by(Interview.id)))


def test_deleting_a_programme_with_interviews_is_refused(
    db: Database, world: dict[str, int], interviews: list[int]
) -> None:
    refused(db, lambda s: s.delete(s.get(Programme, world["p1"])))
    refused(db, lambda s: s.execute(delete(Programme).where(Programme.id == world["p1"])))
    assert interview_ids(db) == interviews
    # Nothing the refused delete would have cascaded to is gone either.
    assert count(db, Milestone) == 1 and count(db, FollowUp) == 1
    assert count(db, Pairing) == 1 and count(db, Participant) == 4


def test_deleting_an_organisation_with_interviews_is_refused(
    db: Database, world: dict[str, int], interviews: list[int]
) -> None:
    refused(db, lambda s: s.delete(s.get(Organisation, world["alpha"])))
    refused(db, lambda s: s.execute(delete(Organisation).where(Organisation.id == world["alpha"])))
    assert interview_ids(db) == interviews
    assert count(db, Organisation) == 2 and count(db, Programme) == 2


def test_deleting_a_pairing_or_participant_with_interviews_is_refused(
    db: Database, world: dict[str, int], interviews: list[int]
) -> None:
    refused(db, lambda s: s.execute(delete(Pairing).where(Pairing.id == world["pairing"])))
    refused(db, lambda s: s.delete(s.get(Participant, world["mentee1"])))
    assert interview_ids(db) == interviews


def test_an_empty_programme_can_be_deleted(db: Database, world: dict[str, int]) -> None:
    """The refusals above come from the interviews and participants, not a blanket ban."""
    with db.unit_of_work() as s:
        empty = Programme(organisation_id=world["beta"], name="Never started")
        s.add(empty)
        s.flush()
        s.add(Milestone(programme_id=empty.id, kind="kickoff", title="K", date=date(2025, 1, 1)))
        empty_id = empty.id
    with db.unit_of_work() as s:
        s.delete(s.get(Programme, empty_id))
    assert count(db, Programme) == 2 and count(db, Milestone) == 1
