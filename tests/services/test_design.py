from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from mentordesk.services.design import (
    MilestoneData,
    NeedsConfirmation,
    RoleData,
    copy_programme,
    create_programme,
    dashboard,
    delete_milestone,
    read_programme,
    save_design,
    save_milestone,
    set_status,
)
from mentordesk.services.errors import InputRefused
from mentordesk.services.organisations import OrganisationInput, save_organisation
from mentordesk.services.people import PersonInput, save_person
from mentordesk.services.templates import DEFAULT_LEARNING_THEMES, TEMPLATES
from mentordesk.store.database import Database
from mentordesk.store.models import Participant, Role

START = date(2027, 2, 1)


@pytest.fixture
def org(db: Database) -> int:
    return save_organisation(db, OrganisationInput(name="Nordlys", language="da"))


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_gives_a_full_design_and_timeline(db: Database, org: int, key: str) -> None:
    pid = create_programme(db, f"Programme {key}", org, template_key=key, start=START)
    full = read_programme(db, pid)
    template = TEMPLATES[key]
    assert full.design.learning_themes == template.learning_themes
    assert full.design.purpose and full.design.target_group and full.design.success_criteria
    assert full.design.language == "da"  # the organisation's language of materials
    assert full.milestones[0].kind == "kickoff" and full.milestones[0].date == START
    assert full.milestones[-1].kind == "closing"
    assert all(START <= m.date <= full.design.end_date for m in full.milestones)  # type: ignore[operator]


def test_leadership_template_uses_the_five_default_themes(db: Database, org: int) -> None:
    pid = create_programme(db, "Leaders", org, start=START)
    assert read_programme(db, pid).design.learning_themes == DEFAULT_LEARNING_THEMES


def test_copy_shifts_design_and_timeline_but_never_people(db: Database, org: int) -> None:
    source = create_programme(db, "Leaders 2027", org, start=START)
    sponsor = save_person(db, org, PersonInput("Søs", "Sponsor"))
    mentee = save_person(db, org, PersonInput("Mia", "Mentee"))
    full = read_programme(db, source)
    save_design(
        db,
        source,
        replace(
            full.design,
            purpose="Our own purpose",
            strategic_topics=("Growth",),
            roles=(RoleData(sponsor, "sponsor", "CEO"),),
            hr_contact_id=sponsor,
        ),
    )
    with db.unit_of_work() as session:
        session.add(Participant(programme_id=source, person_id=mentee, role=Role.MENTEE))

    new_start = START + timedelta(days=400)
    copy = copy_programme(db, source, "Leaders 2028", new_start)
    copied, original = read_programme(db, copy), read_programme(db, source)
    assert copied.design.purpose == "Our own purpose"
    assert copied.design.strategic_topics == ("Growth",)
    assert copied.design.status == "design"
    assert copied.design.roles == () and copied.design.hr_contact_id is None
    assert copied.design.start_date == new_start
    assert copied.design.end_date == original.design.end_date + timedelta(days=400)  # type: ignore[operator]
    assert [(m.title, m.date - timedelta(days=400)) for m in copied.milestones] == [
        (m.title, m.date) for m in original.milestones
    ]
    assert dashboard(db, copy).mentees == 0 and dashboard(db, source).mentees == 1


def test_milestone_outside_the_span_is_refused(db: Database, org: int) -> None:
    pid = create_programme(db, "Leaders", org, start=START)
    end = read_programme(db, pid).design.end_date
    assert end is not None
    with pytest.raises(InputRefused, match="outside the programme") as refused:
        save_milestone(db, pid, MilestoneData("network", "Late", end + timedelta(days=1)))
    assert refused.value.field == "date"
    with pytest.raises(InputRefused, match="outside"):
        save_milestone(db, pid, MilestoneData("network", "Early", START - timedelta(days=1)))
    added = save_milestone(db, pid, MilestoneData("network", "Extra", START + timedelta(days=10)))
    assert any(m.id == added for m in read_programme(db, pid).milestones)
    removed = delete_milestone(db, pid, added)
    assert all(m.id != added for m in read_programme(db, pid).milestones)
    save_milestone(db, pid, removed)  # undo
    assert [m.title for m in read_programme(db, pid).milestones].count("Extra") == 1


def test_dates_that_would_strand_milestones_are_refused(db: Database, org: int) -> None:
    pid = create_programme(db, "Leaders", org, start=START)
    design = read_programme(db, pid).design
    with pytest.raises(InputRefused, match="Closing meeting"):
        save_design(db, pid, replace(design, end_date=START + timedelta(days=100)))
    with pytest.raises(InputRefused, match="before the start"):
        save_design(db, pid, replace(design, end_date=START - timedelta(days=1)))
    assert read_programme(db, pid).design == design


def test_moving_status_backwards_needs_confirmation(db: Database, org: int) -> None:
    pid = create_programme(db, "Leaders", org, start=START)
    set_status(db, pid, "running")
    with pytest.raises(NeedsConfirmation):
        set_status(db, pid, "recruiting")
    assert read_programme(db, pid).design.status == "running"
    set_status(db, pid, "recruiting", confirmed_backwards=True)
    assert read_programme(db, pid).design.status == "recruiting"


def test_dashboard_counts_and_next_milestone(db: Database, org: int) -> None:
    pid = create_programme(db, "Leaders", org, start=START)
    board = dashboard(db, pid, today=START + timedelta(days=1))
    assert (board.mentors, board.mentees, board.pairs, board.open_follow_ups) == (0, 0, 0, 0)
    assert board.next_milestone is not None and board.next_milestone.title == "Network meeting"


def test_guest_organisations_exclude_the_host(db: Database, org: int) -> None:
    guest = save_organisation(db, OrganisationInput(name="Guest"))
    pid = create_programme(db, "Across", org, template_key="cross", start=START)
    design = read_programme(db, pid).design
    save_design(db, pid, replace(design, guest_organisation_ids=(org, guest)))
    assert read_programme(db, pid).design.guest_organisation_ids == (guest,)
