"""What needs attention: every rule with a fixed `today`, and no confidential text."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from mentordesk.services.attention import AttentionItem, needs_attention
from mentordesk.services.demo import fill_demo
from mentordesk.services.followups import list_followups, report_meeting
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
    FollowUpStatus,
    Interview,
    MeetingReport,
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

TODAY = date(2026, 11, 27)
SECRET_NOTE = "Her manager is leaving and she considers resigning herself"
SECRET_CONCERN = "The mentor cancels at short notice and talks about himself"


def build(db: Database, name: str = "Leaders 2026", interval: int | None = 4) -> dict[str, int]:
    """A running programme: pairs 'quiet', 'busy', 'unhappy', 'worried', 'fresh'."""
    with db.unit_of_work() as s:
        org = Organisation(name=f"{name} Org")
        prog = Programme(
            organisation=org,
            name=name,
            start_date=date(2026, 6, 1),
            end_date=date(2027, 5, 31),
            meeting_interval_weeks=interval,
        )
        prog.milestones = [
            Milestone(kind=MilestoneKind.KICKOFF, title="Kick-off", date=date(2026, 6, 1)),
            Milestone(
                kind=MilestoneKind.NETWORK,
                title="Network meeting",
                date=TODAY + timedelta(days=10),
                place="Town hall",
            ),
            Milestone(kind=MilestoneKind.MIDTERM, title="Mid-term", date=TODAY + timedelta(15)),
            Milestone(kind=MilestoneKind.OTHER, title="Past", date=TODAY - timedelta(days=1)),
        ]
        s.add(prog)
        s.flush()
        ids: dict[str, int] = {"programme": prog.id}
        for label in ("quiet", "busy", "unhappy", "worried", "fresh"):
            parts = []
            for role in (Role.MENTOR, Role.MENTEE):
                person = Person(organisation=org, first_name=label.title(), last_name=role.value)
                part = Participant(programme=prog, person=person, role=role)
                s.add(part)
                parts.append(part)
            s.flush()
            pairing = Pairing(
                programme_id=prog.id,
                mentor_id=parts[0].id,
                mentee_id=parts[1].id,
                status=PairingStatus.ACTIVE,
                started_on=date(2026, 6, 1),
            )
            s.add(pairing)
            s.flush()
            ids[label] = pairing.id
            ids[f"{label}-mentee"] = parts[1].id
        # quiet: last meeting 43 days ago > 4 + 2 weeks; the others met 42 days ago or later.
        s.add(MeetingReport(pairing_id=ids["quiet"], date=TODAY - timedelta(days=43)))
        for label in ("busy", "unhappy", "worried"):
            s.add(MeetingReport(pairing_id=ids[label], date=TODAY - timedelta(days=42)))
        # fresh: started recently, no meeting yet.
        fresh = s.get(Pairing, ids["fresh"])
        assert fresh is not None
        fresh.started_on = TODAY - timedelta(days=20)

        def interview(day: date, answers: dict[str, Any], **subject: Any) -> None:
            s.add(
                Interview(
                    programme_id=prog.id,
                    kind="follow-up",
                    date=day,
                    answers=answers,
                    notes=SECRET_NOTE,
                    confidential=True,
                    **subject,
                )
            )

        # unhappy: an earlier good call, then a low score.
        interview(date(2026, 7, 1), {"satisfaction": 9}, pairing_id=ids["unhappy"])
        interview(date(2026, 10, 3), {"satisfaction": 4}, pairing_id=ids["unhappy"])
        # worried: satisfied enough, but the mentee raised concerns (interview of the mentee).
        interview(
            date(2026, 10, 5),
            {"satisfaction": 7, "concerns": SECRET_CONCERN},
            participant_id=ids["worried-mentee"],
        )
        # busy: was low once, the latest call is fine again.
        interview(date(2026, 7, 1), {"satisfaction": 3}, pairing_id=ids["busy"])
        interview(date(2026, 10, 1), {"satisfaction": 8, "concerns": ""}, pairing_id=ids["busy"])

        for title, due, status in (
            ("Check-in at month 3", TODAY - timedelta(days=30), FollowUpStatus.OPEN),
            ("Call about the agreement", TODAY - timedelta(days=2), FollowUpStatus.OPEN),
            ("Due today", TODAY, FollowUpStatus.OPEN),
            ("Done already", TODAY - timedelta(days=40), FollowUpStatus.DONE),
        ):
            f = FollowUp(programme_id=prog.id, pairing_id=ids["busy"], title=title, due=due)
            f.status = status
            s.add(f)
            s.flush()
            ids[title] = f.id
        return ids


def by_kind(items: list[AttentionItem], kind: str) -> list[AttentionItem]:
    return [i for i in items if i.kind == kind]


def test_overdue_followups(db: Database) -> None:
    ids = build(db)
    overdue = by_kind(needs_attention(db, today=TODAY), "overdue-followup")
    assert [i.followup_id for i in overdue] == [
        ids["Check-in at month 3"],
        ids["Call about the agreement"],
    ]
    first = overdue[0]
    assert (first.severity, first.action, first.pairing_id) == ("high", "record-call", ids["busy"])
    assert first.subject == "Busy mentor & Busy mentee"
    assert first.programme_name == "Leaders 2026"
    assert first.organisation_name == "Leaders 2026 Org"
    assert "30 days overdue" in first.detail
    assert overdue[1].severity == "medium"


def test_quiet_pairs(db: Database) -> None:
    ids = build(db)
    quiet = by_kind(needs_attention(db, today=TODAY), "quiet-pair")
    assert [i.pairing_id for i in quiet] == [ids["quiet"]]
    assert quiet[0].action == "call-pair"
    assert "every 4 weeks" in quiet[0].detail
    # The pair that only started 20 days ago becomes quiet after 6 weeks without a meeting.
    later = by_kind(needs_attention(db, today=TODAY + timedelta(days=23)), "quiet-pair")
    assert ids["fresh"] in {i.pairing_id for i in later}


def test_default_rhythm_is_six_weeks(db: Database) -> None:
    ids = build(db, interval=None)
    # 43 days since the last meeting is within 6 + 2 weeks.
    assert by_kind(needs_attention(db, today=TODAY), "quiet-pair") == []
    later = by_kind(needs_attention(db, today=TODAY + timedelta(days=14)), "quiet-pair")
    assert ids["quiet"] in {i.pairing_id for i in later}


def test_ended_pairs_are_not_watched(db: Database) -> None:
    ids = build(db)
    with db.unit_of_work() as s:
        pairing = s.get(Pairing, ids["quiet"])
        assert pairing is not None
        pairing.status = PairingStatus.ENDED
        pairing.ended_on = TODAY - timedelta(days=40)
    assert by_kind(needs_attention(db, today=TODAY), "quiet-pair") == []


def test_low_satisfaction_and_concerns(db: Database) -> None:
    ids = build(db)
    items = needs_attention(db, today=TODAY)
    low = by_kind(items, "low-satisfaction")
    assert [i.pairing_id for i in low] == [ids["unhappy"]]
    assert low[0].detail == "Low satisfaction (4/10) in the follow-up call of 3 Oct 2026."
    assert low[0].action == "plan-rematch"
    worried = by_kind(items, "concerns")
    assert [i.pairing_id for i in worried] == [ids["worried"]]
    assert worried[0].detail == "Concerns raised in the follow-up call of 5 Oct 2026."
    # An interview after `today` is not yet known.
    assert by_kind(needs_attention(db, today=date(2026, 10, 2)), "low-satisfaction") == []


def test_upcoming_milestones(db: Database) -> None:
    build(db)
    milestones = by_kind(needs_attention(db, today=TODAY), "milestone")
    assert [m.subject for m in milestones] == ["Network meeting"]
    m = milestones[0]
    assert (m.action, m.date, m.severity) == ("prepare-milestone", TODAY + timedelta(10), "low")
    assert m.milestone_id is not None
    assert "in 10 days" in m.detail and "Town hall" in m.detail


def test_sorted_by_urgency_and_filtered_by_programme(db: Database) -> None:
    first = build(db)
    second = build(db, name="Other programme")
    items = needs_attention(db, today=TODAY)
    ranks = [{"high": 0, "medium": 1, "low": 2}[i.severity] for i in items]
    assert ranks == sorted(ranks)
    assert {i.programme_id for i in items} == {first["programme"], second["programme"]}
    only = needs_attention(db, programme_id=second["programme"], today=TODAY)
    assert only and {i.programme_id for i in only} == {second["programme"]}
    assert len(only) * 2 == len(items)


def test_no_confidential_text_in_items(db: Database) -> None:
    build(db)
    for item in needs_attention(db, today=TODAY):
        text = " ".join(str(v) for v in item.to_json().values())
        assert SECRET_NOTE not in text
        assert SECRET_CONCERN not in text
        assert "resign" not in text and "cancels" not in text


def test_demo(db: Database) -> None:
    fill_demo(db, today=TODAY)
    items = needs_attention(db, today=TODAY)
    overdue = by_kind(items, "overdue-followup")
    expected = {
        r.id for r in list_followups(db, today=TODAY) if r.status == "open" and r.due < TODAY
    }
    assert {i.followup_id for i in overdue} == expected
    assert len(overdue) >= 3
    quiet = by_kind(items, "quiet-pair")
    assert quiet, "the demo has a pair that went quiet"
    with db.unit_of_work() as s:
        for item in quiet:
            pairing = s.get(Pairing, item.pairing_id)
            assert pairing is not None
            assert pairing.status in (PairingStatus.ACTIVE, PairingStatus.CONFIRMED)
        secrets = [n for n in s.scalars(select(Interview.notes)) if len(n) > 25]
        for answers in s.scalars(select(Interview.answers)):
            secrets += [v for v in answers.values() if isinstance(v, str) and len(v) > 25]
    assert secrets
    for item in items:
        text = " ".join(str(v) for v in item.to_json().values())
        assert not [secret for secret in secrets if secret in text]
    ranks = [{"high": 0, "medium": 1, "low": 2}[i.severity] for i in items]
    assert ranks == sorted(ranks)


def test_a_reported_meeting_ends_the_quiet(db: Database) -> None:
    """Reporting a meeting (as the Pairings tab does) takes the pair off the quiet list."""
    ids = build(db)
    assert ids["quiet"] in {
        i.pairing_id for i in by_kind(needs_attention(db, today=TODAY), "quiet-pair")
    }
    report_meeting(db, ids["quiet"], TODAY - timedelta(days=1), 60, ["Career"], today=TODAY)
    assert by_kind(needs_attention(db, today=TODAY), "quiet-pair") == []
    # Quiet again once the rhythm (4 weeks) and its grace (2 weeks) pass without another.
    later = needs_attention(db, today=TODAY + timedelta(weeks=6, days=1))
    assert ids["quiet"] in {i.pairing_id for i in by_kind(later, "quiet-pair")}
