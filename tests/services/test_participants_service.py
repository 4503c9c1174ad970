"""Registering, editing and removing participants, on a real SQLite file."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentordesk.services.errors import InputRefused
from mentordesk.services.organisations import OrganisationInput, save_organisation
from mentordesk.services.participants import (
    IMPORT_FIELDS,
    REQUIRED_IMPORT_FIELDS,
    ParticipantInput,
    add_participants,
    eligible_people,
    export_programme,
    list_participants,
    participant_detail,
    programme_people,
    remove_participant,
    remove_participants,
    sample_sheet,
    save_participant,
    set_status,
)
from mentordesk.services.people import PersonInput, get_person, save_person
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
    Interview,
    Pairing,
    PairingStatus,
    Participant,
    Person,
    Preference,
    Programme,
    ProgrammeKind,
)

THEMES = ["Building a network", "Leading change", "Clarity about one's career"]


@dataclass(frozen=True)
class World:
    db: Database
    programme: int
    host: int
    guest: int
    outsider_org: int
    people: dict[str, int]  # first name -> person ID


@pytest.fixture
def world(db: Database) -> World:
    host = save_organisation(db, OrganisationInput(name="Meridian Freight"))
    guest = save_organisation(db, OrganisationInput(name="Nordlys Energi"))
    outsider_org = save_organisation(db, OrganisationInput(name="Elsewhere Ltd"))
    people = {
        "Anna": save_person(db, host, PersonInput("Anna", "Berg", email="anna@meridian.example")),
        "Bo": save_person(db, host, PersonInput("Bo", "Dahl", job_title="Head of Finance")),
        "Cleo": save_person(db, host, PersonInput("Cleo", "Ek", department="Operations")),
        "Søren": save_person(db, guest, PersonInput("Søren", "Løkke", email="sl@nordlys.example")),
        "Dora": save_person(db, guest, PersonInput("Dora", "Fisk")),
        "Olga": save_person(db, outsider_org, PersonInput("Olga", "Out")),
    }
    with db.unit_of_work() as session:
        programme = Programme(
            name="Cross-Mentoring Circle",
            organisation_id=host,
            kind=ProgrammeKind.CROSS_ORGANISATIONAL,
            learning_themes=THEMES,
        )
        session.add(programme)
        session.flush()
        session.execute(
            Programme.__table__.metadata.tables["programme_organisation"]
            .insert()
            .values(programme_id=programme.id, organisation_id=guest)
        )
        programme_id = programme.id
    return World(db, programme_id, host, guest, outsider_org, people)


def count(db: Database, model: type) -> int:
    with db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def preferences(db: Database, participant_id: int) -> dict[int, str]:
    with db.unit_of_work() as session:
        return {
            p.person_id: p.kind.value
            for p in session.scalars(
                select(Preference).where(Preference.participant_id == participant_id)
            )
        }


def pair(db: Database, programme: int, mentor: int, mentee: int, status: str = "proposed") -> int:
    with db.unit_of_work() as session:
        pairing = Pairing(
            programme_id=programme,
            mentor_id=mentor,
            mentee_id=mentee,
            status=PairingStatus(status),
            ended_on=date(2025, 5, 1) if status == "ended" else None,
        )
        session.add(pairing)
        session.flush()
        return pairing.id


def form(world: World, participant_id: int, **changes: object) -> ParticipantInput:
    """The form as the dialog would send it unchanged, with some changes."""
    d = participant_detail(world.db, participant_id)
    data = ParticipantInput(
        role=d.role,
        status=d.status,
        goals=tuple(d.goals),
        expertise=tuple(d.expertise),
        languages=tuple(d.languages),
        capacity=d.capacity,
        application_notes=d.application_notes,
        wishes=tuple(w.person_id for w in d.wishes),
        avoids=tuple(a.person_id for a in d.avoids),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- eligible people


def test_eligible_people_are_of_the_host_and_guests_and_not_yet_in(world: World) -> None:
    db, p = world.db, world.people
    names = [person.name for person in eligible_people(db, world.programme)]
    assert names == ["Anna Berg", "Bo Dahl", "Cleo Ek", "Dora Fisk", "Søren Løkke"]
    assert "Olga Out" not in names

    add_participants(db, world.programme, [p["Anna"]], "mentor")
    names = [person.name for person in eligible_people(db, world.programme)]
    assert "Anna Berg" not in names
    everyone = {person.name: person for person in programme_people(db, world.programme)}
    assert everyone["Anna Berg"].role == "mentor"
    assert everyone["Anna Berg"].participant_id is not None
    assert everyone["Bo Dahl"].role == ""
    assert everyone["Søren Løkke"].organisation_name == "Nordlys Energi"


def test_eligible_people_search_any_case_and_alphabet(world: World) -> None:
    db = world.db
    assert [x.name for x in eligible_people(db, world.programme, "LØK")] == ["Søren Løkke"]
    assert [x.name for x in eligible_people(db, world.programme, "finance")] == ["Bo Dahl"]
    assert [x.name for x in eligible_people(db, world.programme, "operations")] == ["Cleo Ek"]
    assert [x.name for x in eligible_people(db, world.programme, "nordlys")] == [
        "Dora Fisk",
        "Søren Løkke",
    ]
    assert eligible_people(db, world.programme, "  anna   berg ")[0].email == (
        "anna@meridian.example"
    )


def test_eligible_people_of_a_missing_programme_is_refused(world: World) -> None:
    with pytest.raises(InputRefused) as refused:
        eligible_people(world.db, 999)
    assert refused.value.field == "programme"


# ---------------------------------------------------------------------- adding


def test_add_participants_in_the_given_order_as_applied(world: World) -> None:
    db, p = world.db, world.people
    ids = add_participants(db, world.programme, [p["Søren"], p["Anna"], p["Søren"]], "Mentor")
    assert len(ids) == 2
    records = {r.id: r for r in list_participants(db, programme_id=world.programme)}
    assert [records[i].name for i in ids] == ["Søren Løkke", "Anna Berg"]
    assert {r.role for r in records.values()} == {"mentor"}
    assert {r.status for r in records.values()} == {"applied"}
    assert {r.capacity for r in records.values()} == {1}


def test_add_participants_refusals_add_nobody(world: World) -> None:
    db, p = world.db, world.people
    with pytest.raises(InputRefused) as refused:
        add_participants(db, world.programme, [p["Anna"]], "sponsor")
    assert refused.value.field == "role"
    with pytest.raises(InputRefused) as refused:
        add_participants(db, world.programme, [], "mentee")
    assert refused.value.field == "people"
    with pytest.raises(InputRefused, match="not of an organisation taking part") as refused:
        add_participants(db, world.programme, [p["Bo"], p["Olga"]], "mentee")
    assert "Olga Out" in str(refused.value)
    assert refused.value.field == "people"
    with pytest.raises(InputRefused, match="no person with ID 4242"):
        add_participants(db, world.programme, [4242], "mentee")
    assert count(db, Participant) == 0

    add_participants(db, world.programme, [p["Anna"]], "mentor")
    with pytest.raises(InputRefused, match=r"Anna Berg \(as mentor\) is already in") as refused:
        add_participants(db, world.programme, [p["Bo"], p["Anna"]], "mentee")
    assert refused.value.field == "people"
    assert count(db, Participant) == 1  # Bo was not added either


# ---------------------------------------------------------------------- the detail and saving


def test_save_participant_stores_tags_languages_capacity_and_preferences(world: World) -> None:
    db, p = world.db, world.people
    mentor, mentee = add_participants(db, world.programme, [p["Anna"], p["Søren"]], "mentor")
    save_participant(db, mentee, form(world, mentee, role="mentee"))
    save_participant(
        db,
        mentor,
        form(
            world,
            mentor,
            status="accepted",
            expertise=(" Leading   change ", "Supply chains", "leading change", ""),
            languages=("EN", " da ", "en"),
            capacity=3,
            application_notes="  Nominated by the COO.  ",
            wishes=(p["Søren"],),
            avoids=(p["Dora"], p["Dora"]),
        ),
    )
    detail = participant_detail(db, mentor)
    assert detail.expertise == ["Leading change", "Supply chains"]
    assert detail.capacity == 3
    assert detail.status == "accepted"
    assert detail.application_notes == "Nominated by the COO."
    assert detail.languages == ["en", "da"]
    assert get_person(db, p["Anna"]).languages == ["en", "da"]  # stored on the Person
    assert [w.name for w in detail.wishes] == ["Søren Løkke"]
    assert detail.wishes[0].role == "mentee"
    assert [a.name for a in detail.avoids] == ["Dora Fisk"]
    assert detail.avoids[0].role == ""
    assert detail.learning_themes == THEMES
    assert detail.programme_kind == "cross"
    assert preferences(db, mentor) == {p["Søren"]: "wish", p["Dora"]: "avoid"}

    # A wish turned into an avoid, one dropped: the rows follow exactly.
    save_participant(db, mentor, form(world, mentor, wishes=(), avoids=(p["Søren"],)))
    assert preferences(db, mentor) == {p["Søren"]: "avoid"}
    assert count(db, Preference) == 1


def test_goals_of_a_mentee_and_capacity_left_alone(world: World) -> None:
    db, p = world.db, world.people
    (mentee,) = add_participants(db, world.programme, [p["Bo"]], "mentee")
    save_participant(db, mentee, form(world, mentee, goals=(THEMES[0], "Public speaking")))
    detail = participant_detail(db, mentee)
    assert detail.goals == [THEMES[0], "Public speaking"]
    assert detail.capacity == 1
    # A mentee has no capacity to check: an out-of-range value is not looked at.
    save_participant(db, mentee, form(world, mentee, capacity=0))
    assert participant_detail(db, mentee).capacity == 1


@pytest.mark.parametrize("capacity", [0, 21, -3])
def test_mentor_capacity_outside_1_to_20_is_refused(world: World, capacity: int) -> None:
    db, p = world.db, world.people
    (mentor,) = add_participants(db, world.programme, [p["Anna"]], "mentor")
    with pytest.raises(InputRefused, match="from 1 to 20") as refused:
        save_participant(db, mentor, form(world, mentor, capacity=capacity, goals=("x",)))
    assert refused.value.field == "capacity"
    assert participant_detail(db, mentor).capacity == 1
    assert participant_detail(db, mentor).goals == []  # nothing of the form was saved


def test_capacity_not_below_the_mentees_a_mentor_has(world: World) -> None:
    db, p = world.db, world.people
    (mentor,) = add_participants(db, world.programme, [p["Anna"]], "mentor")
    mentees = add_participants(db, world.programme, [p["Bo"], p["Cleo"], p["Dora"]], "mentee")
    save_participant(db, mentor, form(world, mentor, capacity=3))
    pair(db, world.programme, mentor, mentees[0], "active")
    pair(db, world.programme, mentor, mentees[1], "confirmed")
    pair(db, world.programme, mentor, mentees[2], "ended")
    with pytest.raises(InputRefused, match="cannot be lower than 2") as refused:
        save_participant(db, mentor, form(world, mentor, capacity=1))
    assert refused.value.field == "capacity"
    save_participant(db, mentor, form(world, mentor, capacity=2))
    assert participant_detail(db, mentor).capacity == 2
    assert participant_detail(db, mentor).open_pairings == 2
    assert participant_detail(db, mentor).pairings == 3


def test_role_change_refused_for_a_paired_participant(world: World) -> None:
    db, p = world.db, world.people
    (mentor,) = add_participants(db, world.programme, [p["Anna"]], "mentor")
    (mentee, free) = add_participants(db, world.programme, [p["Søren"], p["Bo"]], "mentee")
    pair(db, world.programme, mentor, mentee, "ended")
    with pytest.raises(InputRefused, match="role cannot change") as refused:
        save_participant(db, mentee, form(world, mentee, role="mentor"))
    assert refused.value.field == "role"
    assert "1 pairing" in str(refused.value)
    assert participant_detail(db, mentee).role == "mentee"
    # Without pairings the role changes.
    save_participant(db, free, form(world, free, role="mentor", capacity=2))
    assert participant_detail(db, free).role == "mentor"
    assert participant_detail(db, free).capacity == 2


def test_a_preference_naming_themselves_is_refused(world: World) -> None:
    db, p = world.db, world.people
    (mentee,) = add_participants(db, world.programme, [p["Bo"]], "mentee")
    with pytest.raises(InputRefused, match="cannot wish for themselves") as refused:
        save_participant(db, mentee, form(world, mentee, wishes=(p["Bo"],)))
    assert refused.value.field == "wishes"
    with pytest.raises(InputRefused, match="cannot avoid themselves") as refused:
        save_participant(db, mentee, form(world, mentee, avoids=(p["Anna"], p["Bo"])))
    assert refused.value.field == "avoids"
    assert preferences(db, mentee) == {}


def test_preferences_in_both_lists_or_outside_are_refused(world: World) -> None:
    db, p = world.db, world.people
    (mentee,) = add_participants(db, world.programme, [p["Bo"]], "mentee")
    with pytest.raises(InputRefused, match="Anna Berg is both wished for and avoided") as r:
        save_participant(db, mentee, form(world, mentee, wishes=(p["Anna"],), avoids=(p["Anna"],)))
    assert r.value.field == "avoids"
    with pytest.raises(InputRefused, match="Olga Out is not of an organisation") as r:
        save_participant(db, mentee, form(world, mentee, wishes=(p["Olga"],)))
    assert r.value.field == "wishes"
    with pytest.raises(InputRefused, match="no person with ID 777") as r:
        save_participant(db, mentee, form(world, mentee, avoids=(777,)))
    assert r.value.field == "avoids"
    assert preferences(db, mentee) == {}


def test_unknown_role_status_and_long_tags_are_refused(world: World) -> None:
    db, p = world.db, world.people
    (mentee,) = add_participants(db, world.programme, [p["Bo"]], "mentee")
    with pytest.raises(InputRefused) as refused:
        save_participant(db, mentee, form(world, mentee, role="buddy"))
    assert refused.value.field == "role"
    with pytest.raises(InputRefused) as refused:
        save_participant(db, mentee, form(world, mentee, status="sleeping"))
    assert refused.value.field == "status"
    with pytest.raises(InputRefused) as refused:
        save_participant(db, mentee, form(world, mentee, goals=("x" * 201,)))
    assert refused.value.field == "goals"
    with pytest.raises(InputRefused) as refused:
        save_participant(db, mentee, form(world, mentee, languages=("a" * 40,)))
    assert refused.value.field == "languages"
    with pytest.raises(InputRefused) as refused:
        save_participant(db, 4242, form(world, mentee))
    assert refused.value.field == "participant"


def test_matched_needs_a_pairing_that_has_not_ended(world: World) -> None:
    db, p = world.db, world.people
    (mentor,) = add_participants(db, world.programme, [p["Anna"]], "mentor")
    (mentee, other) = add_participants(db, world.programme, [p["Bo"], p["Cleo"]], "mentee")
    with pytest.raises(InputRefused, match="no pairing") as refused:
        save_participant(db, mentee, form(world, mentee, status="matched"))
    assert refused.value.field == "status"
    with pytest.raises(InputRefused, match="Bo Dahl and Cleo Ek have no pairing"):
        set_status(db, [mentee, other], "matched")
    pair(db, world.programme, mentor, mentee, "confirmed")
    assert set_status(db, [mentor, mentee], "matched") == 2
    # A matched participant whose pairing has ended can still be edited.
    with db.unit_of_work() as session:
        pairing = session.scalars(select(Pairing)).one()
        pairing.status = PairingStatus.ENDED
        pairing.ended_on = date(2025, 6, 1)
    save_participant(db, mentee, form(world, mentee, goals=("Negotiation",)))
    assert participant_detail(db, mentee).goals == ["Negotiation"]


# ---------------------------------------------------------------------- status and removal


def test_set_status_for_a_selection(world: World) -> None:
    db, p = world.db, world.people
    ids = add_participants(db, world.programme, [p["Anna"], p["Bo"], p["Cleo"]], "mentee")
    assert set_status(db, ids[:2], "accepted") == 2
    assert set_status(db, ids, "accepted") == 1
    statuses = {r.id: r.status for r in list_participants(db, programme_id=world.programme)}
    assert statuses == dict.fromkeys(ids, "accepted")
    with pytest.raises(InputRefused) as refused:
        set_status(db, ids, "paused")
    assert refused.value.field == "status"
    with pytest.raises(InputRefused):
        set_status(db, [], "accepted")
    with pytest.raises(InputRefused, match="no participant with ID 999"):
        set_status(db, [ids[0], 999], "withdrawn")
    assert participant_detail(db, ids[0]).status == "accepted"


def test_remove_participant_without_history(world: World) -> None:
    db, p = world.db, world.people
    mentee, other = add_participants(db, world.programme, [p["Bo"], p["Cleo"]], "mentee")
    save_participant(db, mentee, form(world, mentee, wishes=(p["Anna"],)))
    save_participant(db, other, form(world, other, avoids=(p["Bo"],)))
    remove_participant(db, mentee)
    assert [r.id for r in list_participants(db, programme_id=world.programme)] == [other]
    assert get_person(db, p["Bo"]).name == "Bo Dahl"  # the person stays
    assert preferences(db, other) == {p["Bo"]: "avoid"}  # others' wishes name the person
    assert count(db, Preference) == 1
    assert [x.name for x in eligible_people(db, world.programme, "Bo")] == ["Bo Dahl"]


def test_remove_refused_with_pairings_interviews_or_follow_ups(world: World) -> None:
    db, p = world.db, world.people
    (mentor,) = add_participants(db, world.programme, [p["Anna"]], "mentor")
    mentee, interviewed, followed, free = add_participants(
        db, world.programme, [p["Bo"], p["Cleo"], p["Dora"], p["Søren"]], "mentee"
    )
    pair(db, world.programme, mentor, mentee)
    with db.unit_of_work() as session:
        session.add(
            Interview(
                programme_id=world.programme,
                kind="matching",
                date=date(2025, 3, 1),
                participant_id=interviewed,
            )
        )
        session.add(
            FollowUp(
                programme_id=world.programme,
                participant_id=followed,
                title="Call about the agreement",
                due=date(2025, 4, 1),
            )
        )

    with pytest.raises(InputRefused) as refused:
        remove_participant(db, mentee)
    message = str(refused.value)
    assert "Bo Dahl cannot be removed" in message
    assert "1 pairing" in message
    assert "withdrawn" in message
    with pytest.raises(InputRefused, match=r"1 recorded interview.*withdrawn"):
        remove_participant(db, interviewed)
    with pytest.raises(InputRefused, match=r"1 follow-up.*withdrawn"):
        remove_participant(db, followed)
    # Several at once: all or none.
    with pytest.raises(InputRefused, match="Anna Berg cannot be removed"):
        remove_participants(db, [free, mentor])
    with pytest.raises(InputRefused, match="Anna Berg has 1 pairing; Bo Dahl has 1 pairing"):
        remove_participants(db, [free, mentor, mentee])
    assert count(db, Participant) == 5
    assert remove_participants(db, [free]) == 1
    assert count(db, Participant) == 4
    with db.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 6


# ---------------------------------------------------------------------- spreadsheets


def test_sample_sheet_reads_the_first_rows_as_text(tmp_path: Path) -> None:
    path = tmp_path / "hr.csv"
    path.write_text("Participants 2025\n\nFornavn;Efternavn\nÅse;Ørsted\nBo;Berg\n", "cp1252")
    sample = sample_sheet(path, limit=3)
    assert sample.format == "csv"
    assert sample.rows == [
        (1, ["Participants 2025"]),
        (3, ["Fornavn", "Efternavn"]),
        (4, ["Åse", "Ørsted"]),
    ]
    assert sample.total_rows == 4
    assert sample.columns == 2
    assert sample.sheet_names == []


def test_export_programme_writes_participants_and_pairings(world: World, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db, p = world.db, world.people
    (mentor,) = add_participants(db, world.programme, [p["Anna"]], "mentor")
    (mentee,) = add_participants(db, world.programme, [p["Søren"]], "mentee")
    pair(db, world.programme, mentor, mentee)
    result = export_programme(db, world.programme, "participants", tmp_path / "p.xlsx")
    assert (result.what, result.rows) == ("participants", 2)
    rows = list(load_workbook(result.path).active.iter_rows(values_only=True))
    assert {(r[0], r[1], r[3], r[4]) for r in rows[1:]} == {
        ("Anna", "Berg", "mentor", "Meridian Freight"),
        ("Søren", "Løkke", "mentee", "Nordlys Energi"),
    }
    result = export_programme(db, world.programme, "pairings", tmp_path / "pairs.csv")
    assert result.rows == 1
    text = (tmp_path / "pairs.csv").read_text(encoding="utf-8-sig")
    assert "Anna Berg,anna@meridian.example,Søren Løkke,sl@nordlys.example,proposed" in text
    with pytest.raises(InputRefused) as refused:
        export_programme(db, world.programme, "interviews", tmp_path / "x.csv")
    assert refused.value.field == "what"
    with pytest.raises(InputRefused) as refused:
        export_programme(db, world.programme, "participants", tmp_path / "x.pdf")
    assert refused.value.field == "path"
    assert not (tmp_path / "x.pdf").exists()


def test_import_fields_name_every_column_the_importer_knows() -> None:
    names = [name for name, _label in IMPORT_FIELDS]
    assert names[:4] == ["first_name", "last_name", "email", "role"]
    assert dict(IMPORT_FIELDS)["manager_email"] == "Manager email"
    assert set(REQUIRED_IMPORT_FIELDS) == {"first_name", "last_name", "email"}
