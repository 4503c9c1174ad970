"""The programme calendar (.ics), read back with icalendar as a calendar app would."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from mentordesk.config import DatabaseTarget
from mentordesk.exchange.calendar import (
    PRODID,
    CalendarFollowUp,
    CalendarMilestone,
    ProgrammeCalendar,
    export_calendar,
)
from mentordesk.services.errors import InputRefused
from mentordesk.services.followups import (
    complete_followup,
    export_programme_calendar,
    generate_plan,
)
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import (
    Milestone,
    MilestoneKind,
    Organisation,
    Pairing,
    PairingStatus,
    Participant,
    Person,
    Programme,
    Role,
)

STAMP = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def events(cal: Calendar) -> dict[str, Any]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def plain() -> ProgrammeCalendar:
    return ProgrammeCalendar(
        programme_id=1,
        programme_name="Leaders 2026",
        organisation_name="Acme",
        followups=[
            CalendarFollowUp(
                7, "Check-in at month 3", "Ann Lee & Bo Dahl", "hr", date(2026, 4, 12)
            ),
            CalendarFollowUp(8, "Remind mentees", "", "consultant", date(2026, 5, 1)),
        ],
        milestones=[
            CalendarMilestone(
                3,
                "kickoff",
                "Kick-off workshop",
                date(2026, 1, 12),
                time(9, 0),
                time(16, 30),
                "Auditorium 2, Main Street 1",
                "09:00 Welcome\n10:00 Roles, æøå",
            ),
            CalendarMilestone(4, "closing", "Closing meeting", date(2026, 12, 7)),
        ],
    )


def test_floating_local_times_and_all_day_followups(tmp_path: Path) -> None:
    path = export_calendar(plain(), tmp_path / "plan.ics", stamp=STAMP)
    cal = read(path)
    assert str(cal["PRODID"]) == PRODID
    assert str(cal["VERSION"]) == "2.0"
    assert list(cal.walk("VTODO")) == []
    found = events(cal)
    assert set(found) == {
        "followup-7@mentordesk",
        "followup-8@mentordesk",
        "milestone-3@mentordesk",
        "milestone-4@mentordesk",
    }
    kickoff = found["milestone-3@mentordesk"]
    assert kickoff["DTSTART"].dt == datetime(2026, 1, 12, 9, 0)  # floating local time
    assert kickoff["DTEND"].dt == datetime(2026, 1, 12, 16, 30)
    assert str(kickoff["LOCATION"]) == "Auditorium 2, Main Street 1"
    assert str(kickoff["DESCRIPTION"]) == "09:00 Welcome\n10:00 Roles, æøå"
    assert str(kickoff["SUMMARY"]) == "Kick-off workshop – Leaders 2026"
    closing = found["milestone-4@mentordesk"]
    assert closing["DTSTART"].dt == date(2026, 12, 7)
    assert closing["DTEND"].dt == date(2026, 12, 8)
    call = found["followup-7@mentordesk"]
    assert call["DTSTART"].dt == date(2026, 4, 12)
    assert call["DTEND"].dt == date(2026, 4, 13)
    assert str(call["SUMMARY"]) == "Check-in at month 3: Ann Lee & Bo Dahl"
    assert "Owner: HR" in str(call["DESCRIPTION"])
    assert str(call["TRANSP"]) == "TRANSPARENT"
    assert str(found["followup-8@mentordesk"]["SUMMARY"]) == "Remind mentees"
    assert all(e["DTSTAMP"].dt == STAMP for e in found.values())


def test_same_uids_on_a_second_export(tmp_path: Path) -> None:
    first = events(read(export_calendar(plain(), tmp_path / "a.ics")))
    second = events(read(export_calendar(plain(), tmp_path / "b.ics")))
    assert set(first) == set(second)


def test_refuses_other_suffix(tmp_path: Path) -> None:
    with pytest.raises(InputRefused) as refused:
        export_calendar(plain(), tmp_path / "plan.txt")
    assert refused.value.field == "path"
    assert not (tmp_path / "plan.txt").exists()


def test_export_programme_calendar(tmp_path: Path) -> None:
    db: Database = open_database(DatabaseTarget(path=tmp_path / "f.sqlite3"))
    try:
        with db.unit_of_work() as s:
            org = Organisation(name="Acme")
            hr = Person(organisation=org, first_name="Hanne", time_zone="Europe/Copenhagen")
            prog = Programme(
                organisation=org,
                name="Leaders 2026",
                hr_contact=hr,
                start_date=date(2026, 1, 1),
                end_date=date(2026, 12, 31),
            )
            prog.milestones = [
                Milestone(
                    kind=MilestoneKind.KICKOFF,
                    title="Kick-off workshop",
                    date=date(2026, 1, 12),
                    start_time=time(9, 0),
                    end_time=time(16, 0),
                    place="Auditorium 2",
                    agenda="Welcome; roles; first meeting",
                ),
                Milestone(
                    kind=MilestoneKind.MIDTERM,
                    title="Mid-term review",
                    date=date(2026, 6, 15),
                    start_time=time(13, 0),
                ),
            ]
            s.add(prog)
            s.flush()
            mentor = Participant(
                programme=prog, person=Person(organisation=org, first_name="Ann"), role=Role.MENTOR
            )
            mentee = Participant(
                programme=prog, person=Person(organisation=org, first_name="Bo"), role=Role.MENTEE
            )
            s.add_all([mentor, mentee])
            s.flush()
            s.add(
                Pairing(
                    programme_id=prog.id,
                    mentor_id=mentor.id,
                    mentee_id=mentee.id,
                    status=PairingStatus.ACTIVE,
                    started_on=date(2026, 1, 12),
                )
            )
            s.flush()
            programme_id = prog.id
            milestone_ids = [m.id for m in prog.milestones]
        plan = generate_plan(db, programme_id)
        assert len(plan) == 4  # no closing milestone
        complete_followup(db, plan[0].id, "Fine", on=date(2026, 1, 27))
        path = export_programme_calendar(db, programme_id, tmp_path / "out" / "leaders.ics")
    finally:
        db.close()
    cal = read(path)
    found = events(cal)
    expected = {f"followup-{r.id}@mentordesk" for r in plan[1:]} | {
        f"milestone-{i}@mentordesk" for i in milestone_ids
    }
    assert set(found) == expected  # the done follow-up is left out
    kickoff = found[f"milestone-{milestone_ids[0]}@mentordesk"]
    start = kickoff["DTSTART"].dt
    assert (start.date(), start.time()) == (date(2026, 1, 12), time(9, 0))
    assert start.utcoffset().total_seconds() == 3600  # CET in January
    assert kickoff["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert str(kickoff["DESCRIPTION"]) == "Welcome; roles; first meeting"
    midterm = found[f"milestone-{milestone_ids[1]}@mentordesk"]
    assert midterm["DTEND"].dt - midterm["DTSTART"].dt == (
        datetime(2026, 1, 1, 14) - datetime(2026, 1, 1, 13)
    )
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    month3 = next(r for r in plan if r.title == "Check-in at month 3")
    event = found[f"followup-{month3.id}@mentordesk"]
    assert event["DTSTART"].dt == date(2026, 4, 12)
    assert str(event["SUMMARY"]) == "Check-in at month 3: Ann & Bo"
