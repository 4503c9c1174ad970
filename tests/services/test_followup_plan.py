"""The follow-up plan, editing follow-ups, and meeting reports."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.services.errors import InputRefused
from mentordesk.services.followups import (
    CALL_TITLE,
    CLOSING_TITLE,
    MIDTERM_TITLE,
    MONTH3_TITLE,
    MONTH6_TITLE,
    FollowUpData,
    add_months,
    complete_followup,
    generate_plan,
    list_followups,
    list_meetings,
    reopen_followup,
    report_meeting,
    save_followup,
    skip_followup,
)
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
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

KICKOFF = date(2026, 1, 12)


def build(db: Database) -> dict[str, int]:
    """A programme with four pairs: active, confirmed late, proposed and ended."""
    with db.unit_of_work() as s:
        org = Organisation(name="Acme")
        prog = Programme(
            organisation=org,
            name="Leaders 2026",
            start_date=date(2026, 1, 1),
            end_date=date(2026, 12, 31),
            meeting_interval_weeks=4,
        )
        prog.milestones = [
            Milestone(kind=MilestoneKind.KICKOFF, title="Kick-off", date=KICKOFF),
            Milestone(kind=MilestoneKind.MIDTERM, title="Mid-term", date=date(2026, 6, 15)),
            Milestone(kind=MilestoneKind.CLOSING, title="Closing", date=date(2026, 12, 7)),
        ]
        s.add(prog)
        s.flush()
        pairs = []
        for n, (status, started) in enumerate(
            [
                (PairingStatus.ACTIVE, KICKOFF),
                (PairingStatus.CONFIRMED, date(2026, 2, 16)),
                (PairingStatus.PROPOSED, None),
                (PairingStatus.ENDED, KICKOFF),
            ]
        ):
            parts = []
            for role in (Role.MENTOR, Role.MENTEE):
                person = Person(organisation=org, first_name=f"{role.value}{n}", last_name="X")
                part = Participant(programme=prog, person=person, role=role)
                s.add(part)
                parts.append(part)
            s.flush()
            pairing = Pairing(
                programme_id=prog.id,
                mentor_id=parts[0].id,
                mentee_id=parts[1].id,
                status=status,
                started_on=started,
                ended_on=date(2026, 3, 1) if status is PairingStatus.ENDED else None,
            )
            s.add(pairing)
            s.flush()
            pairs.append(pairing.id)
        return {
            "programme": prog.id,
            "active": pairs[0],
            "late": pairs[1],
            "proposed": pairs[2],
            "ended": pairs[3],
            "participant": parts[1].id,
        }


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_plan_for_confirmed_and_active_pairs(db: Database) -> None:
    ids = build(db)
    created = generate_plan(db, ids["programme"])
    assert len(created) == 10  # two running pairs x five follow-ups
    assert {r.pairing_id for r in created} == {ids["active"], ids["late"]}
    by = {(r.pairing_id, r.title): r for r in created}
    assert by[ids["active"], CALL_TITLE].due == date(2026, 1, 26)
    assert by[ids["late"], CALL_TITLE].due == date(2026, 3, 2)  # two weeks after it started
    assert by[ids["active"], MONTH3_TITLE].due == date(2026, 4, 12)
    assert by[ids["active"], MONTH3_TITLE].owner == "hr"
    assert by[ids["late"], MONTH6_TITLE].due == date(2026, 7, 12)
    assert by[ids["late"], MONTH6_TITLE].owner == "consultant"
    assert by[ids["active"], MIDTERM_TITLE].due == date(2026, 6, 15)
    assert by[ids["late"], CLOSING_TITLE].due == date(2026, 12, 7)
    assert all(r.status == "open" for r in created)
    assert [r.due for r in created] == sorted(r.due for r in created)
    assert by[ids["active"], CALL_TITLE].subject == "mentor0 X & mentee0 X"


def test_second_run_adds_nothing(db: Database) -> None:
    ids = build(db)
    generate_plan(db, ids["programme"])
    assert generate_plan(db, ids["programme"]) == []
    assert len(list_followups(db, programme_id=ids["programme"])) == 10


def test_replace_open_keeps_done_and_follows_moved_milestones(db: Database) -> None:
    ids = build(db)
    first = generate_plan(db, ids["programme"])
    call = next(r for r in first if r.pairing_id == ids["active"] and r.title == CALL_TITLE)
    complete_followup(db, call.id, "Good start", on=date(2026, 1, 27))
    with db.unit_of_work() as s:
        midterm = s.query(Milestone).filter_by(kind=MilestoneKind.MIDTERM).one()
        midterm.date = date(2026, 6, 22)
    again = generate_plan(db, ids["programme"], replace_open=True)
    assert len(again) == 9
    assert {r.due for r in again if r.title == MIDTERM_TITLE} == {date(2026, 6, 22)}
    everything = list_followups(db, programme_id=ids["programme"])
    assert len(everything) == 10
    assert next(r for r in everything if r.id == call.id).status == "done"


def test_existing_followup_with_same_title_is_not_duplicated(db: Database) -> None:
    ids = build(db)
    with db.unit_of_work() as s:
        s.add(
            FollowUp(
                programme_id=ids["programme"],
                pairing_id=ids["active"],
                title=CALL_TITLE,
                due=date(2026, 1, 30),
            )
        )
    assert len(generate_plan(db, ids["programme"])) == 9


def test_call_after_a_rematch_counts_as_the_call(db: Database) -> None:
    ids = build(db)
    with db.unit_of_work() as s:
        s.add(
            FollowUp(
                programme_id=ids["programme"],
                pairing_id=ids["late"],
                title="Follow-up call two weeks after the rematch",
                due=date(2026, 3, 2),
            )
        )
    created = generate_plan(db, ids["programme"])
    assert len(created) == 9
    assert (ids["late"], CALL_TITLE) not in {(r.pairing_id, r.title) for r in created}


def test_plan_needs_a_kickoff_or_start(db: Database) -> None:
    with db.unit_of_work() as s:
        prog = Programme(organisation=Organisation(name="Acme"), name="Undated")
        s.add(prog)
        s.flush()
        pid = prog.id
    with pytest.raises(InputRefused) as refused:
        generate_plan(db, pid)
    assert refused.value.field == "milestones"
    with pytest.raises(InputRefused):
        generate_plan(db, 999)


def test_complete_skip_reopen(db: Database) -> None:
    ids = build(db)
    plan = generate_plan(db, ids["programme"])
    done = complete_followup(db, plan[0].id, "  Met twice, agreement signed. ", on=date(2026, 2, 1))
    assert (done.status, done.outcome, done.completed_on) == (
        "done",
        "Met twice, agreement signed.",
        date(2026, 2, 1),
    )
    with pytest.raises(InputRefused) as refused:
        complete_followup(db, plan[0].id, "again")
    assert refused.value.field == "status"
    with pytest.raises(InputRefused) as refused:
        skip_followup(db, plan[1].id, "   ")
    assert refused.value.field == "reason"
    skipped = skip_followup(db, plan[1].id, "The pair asked for e-mail instead.")
    assert (skipped.status, skipped.skip_reason) == (
        "skipped",
        "The pair asked for e-mail instead.",
    )
    with pytest.raises(InputRefused):
        skip_followup(db, plan[1].id, "twice")
    reopened = reopen_followup(db, plan[1].id)
    assert (reopened.status, reopened.skip_reason) == ("open", "")
    with pytest.raises(InputRefused) as refused:
        reopen_followup(db, plan[1].id)
    assert refused.value.field == "status"
    with pytest.raises(InputRefused) as refused:
        complete_followup(db, plan[2].id, "x", on=date(2026, 2, 1), interview_id=12345)
    assert refused.value.field == "interview"
    with pytest.raises(InputRefused) as refused:
        complete_followup(db, 999_999, "x")
    assert refused.value.field == "id"


def test_save_followup_add_and_edit(db: Database) -> None:
    ids = build(db)
    added = save_followup(
        db,
        FollowUpData(
            programme_id=ids["programme"],
            title="  Send   the agreement ",
            due=date(2026, 2, 2),
            owner="hr",
            participant_id=ids["participant"],
        ),
    )
    assert (added.title, added.owner, added.subject) == ("Send the agreement", "hr", "mentee3 X")
    edited = save_followup(
        db,
        FollowUpData(
            id=added.id,
            programme_id=ids["programme"],
            title="Call the pair",
            due=date(2026, 3, 2),
            pairing_id=ids["active"],
        ),
    )
    assert (edited.id, edited.subject, edited.due, edited.participant_id) == (
        added.id,
        "mentor0 X & mentee0 X",
        date(2026, 3, 2),
        None,
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"owner": "boss"}, "owner"),
        ({"due": date(2027, 1, 5)}, "due"),
        ({"due": date(2025, 12, 31)}, "due"),
        ({"pairing_id": 999}, "subject"),
        ({"participant_id": 999}, "subject"),
    ],
)
def test_save_followup_refusals(db: Database, changes: dict[str, object], field: str) -> None:
    ids = build(db)
    values: dict[str, object] = {
        "programme_id": ids["programme"],
        "title": "Call",
        "due": date(2026, 5, 1),
    }
    values.update(changes)
    with pytest.raises(InputRefused) as refused:
        save_followup(db, FollowUpData(**values))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert list_followups(db, programme_id=ids["programme"]) == []


def test_meeting_reports(db: Database) -> None:
    ids = build(db)
    today = date(2026, 5, 1)
    report_meeting(db, ids["active"], date(2026, 3, 3), 90, ["Goals", " "], today=today)
    first = report_meeting(db, ids["active"], date(2026, 2, 1), None, [], today=today)
    assert first.topics == []
    meetings = list_meetings(db, ids["active"])
    assert [m.date for m in meetings] == [date(2026, 2, 1), date(2026, 3, 3)]
    assert meetings[1].topics == ["Goals"]
    assert meetings[1].minutes == 90


@pytest.mark.parametrize(
    ("pair", "on", "minutes", "field"),
    [
        ("active", date(2026, 5, 2), 60, "on"),  # in the future
        ("late", date(2026, 2, 15), 60, "on"),  # before the pair started
        ("ended", date(2026, 3, 2), 60, "on"),  # after the pair ended
        ("proposed", date(2026, 3, 2), 60, "pairing"),
        ("active", date(2026, 3, 2), 0, "minutes"),
    ],
)
def test_meeting_report_refusals(
    db: Database, pair: str, on: date, minutes: int, field: str
) -> None:
    ids = build(db)
    with pytest.raises(InputRefused) as refused:
        report_meeting(db, ids[pair], on, minutes, ["x"], today=date(2026, 5, 1))
    assert refused.value.field == field
    assert list_meetings(db, ids[pair]) == []


def test_meetings_of_unknown_pair_refused(db: Database) -> None:
    with pytest.raises(InputRefused) as refused:
        list_meetings(db, 4242)
    assert refused.value.field == "pairing"
