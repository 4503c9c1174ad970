from __future__ import annotations

import pytest

from mentordesk.services.design import create_programme
from mentordesk.services.errors import InputRefused
from mentordesk.services.organisations import OrganisationInput, save_organisation
from mentordesk.services.people import (
    PersonInput,
    get_person,
    list_people,
    people_filters,
    remove_person,
    save_person,
)
from mentordesk.store.database import Database
from mentordesk.store.models import Participant, Role


@pytest.fixture
def org(db: Database) -> int:
    return save_organisation(db, OrganisationInput(name="Acme"))


def test_manager_chain_and_cycle_refused(db: Database, org: int) -> None:
    ceo = save_person(db, org, PersonInput("Cleo", "Chief", email="cleo@acme.com", level=6))
    director = save_person(db, org, PersonInput("Dan", "Dir", manager_id=ceo, level=5))
    lead = save_person(db, org, PersonInput("Lea", "Lead", manager_id=director, level=4))
    assert get_person(db, lead).manager_name == "Dan Dir"

    with pytest.raises(InputRefused) as refused:
        save_person(db, org, PersonInput("Cleo", "Chief", manager_id=lead), ceo)
    assert refused.value.field == "manager"
    assert "Lea Lead → Dan Dir → Cleo Chief" in str(refused.value)
    assert get_person(db, ceo).manager_id is None
    with pytest.raises(InputRefused, match="own manager"):
        save_person(db, org, PersonInput("Dan", "Dir", manager_id=director), director)


def test_manager_must_be_of_the_same_organisation(db: Database, org: int) -> None:
    other = save_organisation(db, OrganisationInput(name="Other"))
    stranger = save_person(db, other, PersonInput("Sam"))
    with pytest.raises(InputRefused, match="same organisation"):
        save_person(db, org, PersonInput("Kim", manager_id=stranger))
    assert list_people(db, org) == []


def test_email_unique_within_organisation_case_insensitively(db: Database, org: int) -> None:
    save_person(db, org, PersonInput("Ana", email="Ana@Acme.com"))
    with pytest.raises(InputRefused, match="already has the email"):
        save_person(db, org, PersonInput("Ann", email="ana@acme.COM"))
    with pytest.raises(InputRefused, match="not an email"):
        save_person(db, org, PersonInput("Ann", email="ana at acme"))
    other = save_organisation(db, OrganisationInput(name="Other"))
    save_person(db, other, PersonInput("Ana", email="ana@acme.com"))


def test_search_and_filters(db: Database, org: int) -> None:
    save_person(
        db, org, PersonInput("Søren", "Løkke", department="Finance", level=3, location="Aarhus")
    )
    save_person(db, org, PersonInput("Jiří", "Růžička", department="IT", level=2, location="Brno"))
    assert [p.name for p in list_people(db, org, search="løk")] == ["Søren Løkke"]
    assert [p.name for p in list_people(db, org, department="IT")] == ["Jiří Růžička"]
    assert [p.name for p in list_people(db, org, level=3, location="Aarhus")] == ["Søren Løkke"]
    filters = people_filters(db, org)
    assert filters.departments == ["Finance", "IT"] and filters.levels == [2, 3]
    assert filters.locations == ["Aarhus", "Brno"]


def test_remove_refused_for_participant_and_reports_move_up(db: Database, org: int) -> None:
    boss = save_person(db, org, PersonInput("Boss"))
    middle = save_person(db, org, PersonInput("Middle", manager_id=boss))
    report = save_person(db, org, PersonInput("Report", manager_id=middle))
    programme = create_programme(db, "Leaders", org)
    with db.unit_of_work() as session:
        session.add(Participant(programme_id=programme, person_id=report, role=Role.MENTEE))
    with pytest.raises(InputRefused, match="takes part in Leaders"):
        remove_person(db, report)
    remove_person(db, middle)
    assert get_person(db, report).manager_id == boss
