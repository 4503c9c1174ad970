from __future__ import annotations

import pytest

from mentordesk.services.design import create_programme
from mentordesk.services.errors import InputRefused
from mentordesk.services.organisations import (
    ContactData,
    OrganisationInput,
    delete_organisation,
    list_organisations,
    organisation_detail,
    save_organisation,
    set_archived,
    undo_delete,
)
from mentordesk.services.people import PersonInput, list_people, save_person
from mentordesk.store.database import Database

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'


def test_create_edit_and_read_back_with_contacts_and_logo(db: Database) -> None:
    oid = save_organisation(
        db,
        OrganisationInput(
            name="  Nordlys   Energi A/S ",
            sector="Energy",
            country="Denmark",
            language="da",
            brand_colour="#0a7d5a",
            logo=SVG,
            logo_mime="image/svg+xml",
            contacts=(ContactData("Åse Brøndum", "HR partner", "ase@nordlys.dk"),),
        ),
    )
    detail = organisation_detail(db, oid)
    assert detail.data.name == "Nordlys Energi A/S"
    assert detail.data.brand_colour == "#0A7D5A"
    assert detail.data.logo == SVG
    assert detail.data.contacts[0].name == "Åse Brøndum"
    save_organisation(db, OrganisationInput(name="Nordlys", contacts=()), oid)
    detail = organisation_detail(db, oid)
    assert detail.data.name == "Nordlys" and detail.data.contacts == () and detail.data.logo is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (OrganisationInput(name=" "), "name"),
        (OrganisationInput(name="A", brand_colour="blue"), "brand_colour"),
        (OrganisationInput(name="A", language="fr"), "language"),
        (OrganisationInput(name="A", logo=b"GIF89a", logo_mime="image/gif"), "logo"),
        (OrganisationInput(name="A", contacts=(ContactData(" "),)), "contacts"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_written(
    db: Database, data: OrganisationInput, field: str
) -> None:
    with pytest.raises(InputRefused) as refused:
        save_organisation(db, data)
    assert refused.value.field == field
    assert list_organisations(db) == []


def test_archive_hides_and_restore_shows_again(db: Database) -> None:
    oid = save_organisation(db, OrganisationInput(name="Acme"))
    set_archived(db, oid, True)
    assert list_organisations(db, include_archived=False) == []
    assert list_organisations(db)[0].archived
    set_archived(db, oid, False)
    assert [o.name for o in list_organisations(db, include_archived=False)] == ["Acme"]


def test_delete_is_refused_with_programmes_and_undone_exactly(db: Database) -> None:
    oid = save_organisation(
        db, OrganisationInput(name="Acme", contacts=(ContactData("Pat", "Sponsor"),))
    )
    boss = save_person(db, oid, PersonInput("Ada", "Boss", email="ada@acme.com"))
    save_person(db, oid, PersonInput("Bo", "Report", email="bo@acme.com", manager_id=boss))
    before = list_people(db, oid)

    snapshot = delete_organisation(db, oid)
    assert list_organisations(db) == [] and list_people(db, oid) == []
    assert undo_delete(db, snapshot) == oid
    assert list_people(db, oid) == before
    assert organisation_detail(db, oid).data.contacts[0].name == "Pat"

    create_programme(db, "Leaders", oid)
    with pytest.raises(InputRefused, match="Archive it instead"):
        delete_organisation(db, oid)
    assert len(list_people(db, oid)) == 2


def test_search(db: Database) -> None:
    save_organisation(db, OrganisationInput(name="Acme", sector="Retail"))
    save_organisation(db, OrganisationInput(name="Nordlys", sector="Energy", country="Denmark"))
    assert [o.name for o in list_organisations(db, search="energy")] == ["Nordlys"]
    assert [o.name for o in list_organisations(db, search="DENMARK")] == ["Nordlys"]
