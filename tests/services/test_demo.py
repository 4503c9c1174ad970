"""The realistic demo, checked on real SQLite files: content, rules, determinism, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentordesk.config import DatabaseTarget
from mentordesk.services.demo import DemoSummary, email_local_part, fill_demo
from mentordesk.services.errors import InputRefused
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import (
    FollowUp,
    FollowUpStatus,
    Interview,
    MeetingReport,
    Milestone,
    Organisation,
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Person,
    Programme,
    ProgrammeKind,
    ProgrammeRole,
    ProgrammeRoleKind,
    ProgrammeStatus,
    Response,
    Role,
    Survey,
    SurveyKind,
)

TODAY = date(2025, 3, 12)


def _open(path: Path) -> Database:
    return open_database(DatabaseTarget(path=path))


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = _open(tmp_path / "demo.sqlite3")
    yield db
    db.close()


@pytest.fixture
def demo(empty_db: Database) -> tuple[Database, DemoSummary]:
    return empty_db, fill_demo(empty_db, today=TODAY)


def _count(db: Database, model: type) -> int:
    with db.unit_of_work() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _programmes(db: Database) -> dict[ProgrammeStatus, Programme]:
    with db.unit_of_work() as session:
        rows = session.scalars(select(Programme)).all()
        for row in rows:
            _ = row.guest_organisations  # load before the session ends
        return {row.status: row for row in rows}


def _people(db: Database) -> dict[int, Person]:
    with db.unit_of_work() as session:
        return {p.id: p for p in session.scalars(select(Person)).all()}


def _line(people: dict[int, Person], person_id: int) -> list[int]:
    """The ids of a person's managers, nearest first; fails on a cycle."""
    line: list[int] = []
    manager_id = people[person_id].manager_id
    while manager_id is not None:
        assert manager_id not in line and manager_id != person_id, "reporting cycle"
        line.append(manager_id)
        manager_id = people[manager_id].manager_id
    return line


def test_summary_matches_what_was_written(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    assert summary.organisations == _count(db, Organisation) == 4
    assert 140 <= summary.people == _count(db, Person) <= 170
    assert summary.programmes == _count(db, Programme) == 4
    assert summary.participants == _count(db, Participant) >= 50
    assert summary.pairings == _count(db, Pairing) >= 20
    assert summary.interviews == _count(db, Interview) >= 60
    assert summary.follow_ups == _count(db, FollowUp) >= 40
    text = str(summary)
    assert text.startswith("4 organisations, ")
    assert f"{summary.people} people" in text and f"{summary.follow_ups} follow-ups" in text


def test_organisations_are_complete_and_branded(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.unit_of_work() as session:
        orgs = session.scalars(select(Organisation)).all()
        languages = {o.name: o.language.value for o in orgs}
        colours = [o.brand_colour for o in orgs]
        for org in orgs:
            assert org.sector and org.country and org.address and org.notes
            assert org.logo_mime == "image/svg+xml" and org.logo and b"<svg" in org.logo
            roles = " ".join(c.role for c in org.contacts)
            assert "HR contact" in roles and "Sponsor" in roles
    assert len(set(colours)) == len(colours)
    assert "da" in languages.values() and "en" in languages.values()
    danish = next(name for name, lang in languages.items() if lang == "da")
    assert danish == "Nordlys Energi A/S"


def test_four_programmes_one_in_each_phase(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    programmes = _programmes(db)
    assert set(programmes) == {
        ProgrammeStatus.DESIGN,
        ProgrammeStatus.MATCHING,
        ProgrammeStatus.RUNNING,
        ProgrammeStatus.CLOSED,
    }
    design, running = programmes[ProgrammeStatus.DESIGN], programmes[ProgrammeStatus.RUNNING]
    closed, matching = programmes[ProgrammeStatus.CLOSED], programmes[ProgrammeStatus.MATCHING]
    assert design.start_date and design.start_date > TODAY
    assert matching.start_date and matching.start_date > TODAY
    assert running.start_date and running.end_date
    assert running.start_date < TODAY - timedelta(days=90) and running.end_date > TODAY
    assert closed.end_date and closed.end_date < TODAY

    cross = [p for p in programmes.values() if p.kind == ProgrammeKind.CROSS_ORGANISATIONAL]
    assert len(cross) == 1 and cross[0].separate_organisations
    assert len(cross[0].guest_organisations) >= 2

    for programme in programmes.values():
        assert programme.purpose and programme.target_group and programme.success_criteria
        assert programme.strategic_topics and programme.hr_contact_id is not None
        assert len(programme.learning_themes) == 5
        assert "Clarity about one's career" in programme.learning_themes
        assert programme.meeting_rhythm and programme.meeting_interval_weeks
    with db.unit_of_work() as session:
        milestones = session.scalars(select(Milestone)).all()
        kinds = {(m.programme_id, m.kind.value) for m in milestones}
        for programme in programmes.values():
            assert (programme.id, "kickoff") in kinds and (programme.id, "closing") in kinds
        assert all(m.start_time and m.end_time and m.place and m.agenda for m in milestones)
        roles = session.scalars(select(ProgrammeRole)).all()
        for programme in programmes.values():
            kinds_here = {r.role for r in roles if r.programme_id == programme.id}
            assert kinds_here == {ProgrammeRoleKind.SPONSOR, ProgrammeRoleKind.AMBASSADOR}
        design_participants = session.scalar(
            select(func.count()).where(Participant.programme_id == design.id)
        )
    assert design_participants == 0


def test_names_use_danish_polish_czech_turkish_and_greek_letters(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    names = " ".join(p.full_name for p in _people(db).values())
    for letter in "æøåłęřůçşğ":
        assert letter in names.lower(), letter
    assert any("\u0370" <= c <= "\u03ff" for c in names), "no Greek name"


def test_people_and_their_reporting_lines(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    people = _people(db)
    by_org: dict[int, list[Person]] = {}
    for person in people.values():
        by_org.setdefault(person.organisation_id, []).append(person)
    for org_people in by_org.values():
        tops = [p for p in org_people if p.manager_id is None]
        assert len(tops) == 1, "one CEO per organisation"
        assert tops[0].level == max(p.level or 0 for p in org_people)
        emails = [p.email for p in org_people]
        assert len(set(emails)) == len(emails)
    for person in people.values():
        assert person.email and person.email.isascii() and person.email == person.email.lower()
        assert person.department and person.job_title and person.location and person.phone
        assert person.time_zone.count("/") == 1 and person.languages
        assert isinstance(person.level, int)
        line = _line(people, person.id)  # fails on a cycle
        if person.manager_id is not None:
            manager = people[person.manager_id]
            assert manager.organisation_id == person.organisation_id
            assert (manager.level or 0) > (person.level or 0)
        assert len(line) <= 5
    depths = {len(_line(people, pid)) for pid in people}
    assert max(depths) >= 3  # CEO -> directors -> managers -> team leads -> specialists
    assert sum(1 for p in people.values() if p.gender) > 100
    assert sum(1 for p in people.values() if p.biography) >= 40


def test_email_addresses_are_transliterated() -> None:
    assert email_local_part("Søren", "Løkke Ærøe") == "soren.lokke"
    assert email_local_part("Åse", "Brøndum") == "ase.brondum"
    assert email_local_part("Łukasz", "Węgrzyn") == "lukasz.wegrzyn"
    assert email_local_part("Çağrı", "Şahin") == "cagri.sahin"
    assert email_local_part("Γιώργος", "Παπαδόπουλος") == "giorgos.papadopoulos"
    assert email_local_part("Femke", "van Dijk") == "femke.vandijk"
    assert email_local_part("Siobhán", "O'Connor") == "siobhan.oconnor"


def test_every_pairing_keeps_the_rules(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    people = _people(db)
    with db.unit_of_work() as session:
        participants = {p.id: p for p in session.scalars(select(Participant)).all()}
        pairings = session.scalars(select(Pairing)).all()
        programmes = {p.id: p for p in session.scalars(select(Programme)).all()}
        guests = {p.id: {o.id for o in p.guest_organisations} for p in programmes.values()}
    assert pairings
    for pairing in pairings:
        mentor, mentee = participants[pairing.mentor_id], participants[pairing.mentee_id]
        programme = programmes[pairing.programme_id]
        assert mentor.programme_id == mentee.programme_id == pairing.programme_id
        assert (mentor.role, mentee.role) == (Role.MENTOR, Role.MENTEE)
        mp, tp = people[mentor.person_id], people[mentee.person_id]
        assert mp.id not in _line(people, tp.id), "mentor in the mentee's line of management"
        assert tp.id not in _line(people, mp.id)
        assert set(mp.languages) & set(tp.languages), "no common language"
        if programme.kind == ProgrammeKind.CROSS_ORGANISATIONAL:
            assert mp.organisation_id != tp.organisation_id
        else:
            assert mp.organisation_id == tp.organisation_id == programme.organisation_id
        assert pairing.score is not None and 0 < pairing.score < 100
        assert pairing.explanation and all(isinstance(r, str) for r in pairing.explanation)
    # Participants of internal programmes all belong to the host organisation.
    for participant in participants.values():
        programme = programmes[participant.programme_id]
        org = people[participant.person_id].organisation_id
        allowed = {programme.organisation_id} | guests[programme.id]
        assert org in allowed
        if programme.kind == ProgrammeKind.INTERNAL:
            assert org == programme.organisation_id
    cross = next(p for p in programmes.values() if p.kind == ProgrammeKind.CROSS_ORGANISATIONAL)
    cross_orgs = {
        people[p.person_id].organisation_id
        for p in participants.values()
        if p.programme_id == cross.id
    }
    assert len(cross_orgs) >= 3


def test_pairing_and_participant_states_fit_each_phase(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    programmes = _programmes(db)
    with db.unit_of_work() as session:

        def states(status: ProgrammeStatus) -> tuple[list[Pairing], list[Participant]]:
            pid = programmes[status].id
            return (
                list(session.scalars(select(Pairing).where(Pairing.programme_id == pid))),
                list(session.scalars(select(Participant).where(Participant.programme_id == pid))),
            )

        closed_pairs, closed_people = states(ProgrammeStatus.CLOSED)
        assert closed_pairs and all(p.status == PairingStatus.ENDED for p in closed_pairs)
        assert all(p.end_reason == "Programme completed" and p.ended_on for p in closed_pairs)
        assert all(p.status == ParticipantStatus.COMPLETED for p in closed_people)

        running_pairs, running_people = states(ProgrammeStatus.RUNNING)
        statuses = {p.status for p in running_pairs}
        assert PairingStatus.ACTIVE in statuses and PairingStatus.CONFIRMED in statuses
        assert all(p.started_on for p in running_pairs if p.status == PairingStatus.ACTIVE)
        assert any(p.status == ParticipantStatus.MATCHED for p in running_people)

        matching_pairs, matching_people = states(ProgrammeStatus.MATCHING)
        assert all(p.status == PairingStatus.PROPOSED for p in matching_pairs)
        assert len(matching_pairs) <= 5
        assert {p.status for p in matching_people} >= {
            ParticipantStatus.APPLIED,
            ParticipantStatus.ACCEPTED,
        }
        everyone = closed_people + running_people + matching_people
        mentors = [p for p in everyone if p.role == Role.MENTOR]
        mentees = [p for p in everyone if p.role == Role.MENTEE]
        assert all(1 <= p.capacity <= 3 for p in mentors) and all(p.expertise for p in mentors)
        assert all(p.goals and p.application_notes for p in mentees)
        themes = set(programmes[ProgrammeStatus.RUNNING].learning_themes)
        assert sum(1 for p in mentees for g in p.goals if g in themes) > len(mentees)
        kinds = {pref.kind.value for p in everyone for pref in p.preferences}
        assert kinds == {"wish", "avoid"}


def test_interviews_confidential_and_not(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.unit_of_work() as session:
        interviews = session.scalars(select(Interview)).all()
        kinds = {i.kind for i in interviews}
        confidential = [i for i in interviews if i.confidential]
        open_ = [i for i in interviews if not i.confidential]
        assert kinds == {"matching", "follow-up", "mid-term", "final-evaluation", "sponsor"}
        assert len(confidential) > 3 * len(open_) > 0
        assert all(i.kind != "sponsor" or not i.confidential for i in interviews)
        assert all(i.participant_id or i.pairing_id or i.person_id for i in interviews)
        assert all(i.notes and i.answers and i.interviewer for i in interviews)
        assert any(isinstance(i.answers.get("satisfaction"), int) for i in interviews)
        assert any("manager" in i.notes for i in confidential)
        assert all(i.date <= TODAY for i in interviews)


def test_follow_ups_include_overdue_done_and_skipped(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    running = _programmes(db)[ProgrammeStatus.RUNNING]
    with db.unit_of_work() as session:
        rows = session.scalars(select(FollowUp).where(FollowUp.programme_id == running.id)).all()
        overdue = [f for f in rows if f.status == FollowUpStatus.OPEN and f.due < TODAY]
        upcoming = [f for f in rows if f.status == FollowUpStatus.OPEN and f.due >= TODAY]
        done = [f for f in rows if f.status == FollowUpStatus.DONE]
        skipped = [f for f in rows if f.status == FollowUpStatus.SKIPPED]
        assert overdue and upcoming and done and len(skipped) == 1
        assert skipped[0].skip_reason
        assert all(f.outcome and f.completed_on for f in done)
        assert any(f.interview_id is not None for f in done)
        titles = {f.title for f in rows}
        assert {"Follow-up call two weeks after kick-off", "Check-in at month 3"} <= titles
        assert "Check-in at month 6" in titles
        assert {f.owner.value for f in rows} == {"consultant", "hr"}


def test_meeting_reports_show_a_pair_gone_quiet(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    running = _programmes(db)[ProgrammeStatus.RUNNING]
    with db.unit_of_work() as session:
        last_meeting = dict(
            session.execute(
                select(MeetingReport.pairing_id, func.max(MeetingReport.date))
                .join(Pairing, Pairing.id == MeetingReport.pairing_id)
                .where(Pairing.programme_id == running.id, Pairing.status == PairingStatus.ACTIVE)
                .group_by(MeetingReport.pairing_id)
            ).all()
        )
    assert len(last_meeting) >= 8
    quiet = [d for d in last_meeting.values() if d < TODAY - timedelta(days=90)]
    recent = [d for d in last_meeting.values() if d >= TODAY - timedelta(days=45)]
    assert len(quiet) == 1 and len(recent) >= 6


def test_closed_programme_has_surveys_with_responses(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    closed = _programmes(db)[ProgrammeStatus.CLOSED]
    with db.unit_of_work() as session:
        surveys = {
            s.kind: s
            for s in session.scalars(select(Survey).where(Survey.programme_id == closed.id))
        }
        assert set(surveys) == {SurveyKind.MIDTERM, SurveyKind.FINAL}
        final = surveys[SurveyKind.FINAL]
        types = {q["type"] for q in final.questions}
        assert types == {"likert5", "scale10", "text"}
        assert all({"key", "text", "type", "theme"} <= set(q) for q in final.questions)
        responses = session.scalars(select(Response).where(Response.survey_id == final.id)).all()
        assert len(responses) >= 10
        assert {r.respondent_role for r in responses} == {Role.MENTOR, Role.MENTEE}
        keys = {q["key"] for q in final.questions}
        assert all(set(r.answers) == keys for r in responses)
        assert all(1 <= r.answers["satisfaction"] <= 10 for r in responses)


def _fingerprint(db: Database) -> tuple[list[tuple[str, ...]], list[tuple[object, ...]]]:
    with db.unit_of_work() as session:
        people = [
            (p.first_name, p.last_name, p.email or "", p.phone, p.job_title)
            for p in session.scalars(select(Person).order_by(Person.id))
        ]
        pairings = [
            (p.programme_id, p.mentor_id, p.mentee_id, p.status.value, p.score, p.started_on)
            for p in session.scalars(select(Pairing).order_by(Pairing.id))
        ]
        notes = [
            (i.kind, i.date, i.notes)
            for i in session.scalars(select(Interview).order_by(Interview.id))
        ]
    return people, pairings + notes


def test_same_today_gives_the_same_demo(tmp_path: Path) -> None:
    first, second = _open(tmp_path / "a.sqlite3"), _open(tmp_path / "b.sqlite3")
    try:
        assert fill_demo(first, today=TODAY) == fill_demo(second, today=TODAY)
        assert _fingerprint(first) == _fingerprint(second)
    finally:
        first.close()
        second.close()


def test_dates_follow_today_but_the_people_stay(tmp_path: Path) -> None:
    later_day = TODAY + timedelta(days=200)
    first, later = _open(tmp_path / "a.sqlite3"), _open(tmp_path / "b.sqlite3")
    try:
        fill_demo(first, today=TODAY)
        fill_demo(later, today=later_day)
        assert _fingerprint(first)[0] == _fingerprint(later)[0]
        running = _programmes(later)[ProgrammeStatus.RUNNING]
        assert running.start_date and running.start_date < later_day < (running.end_date or TODAY)
    finally:
        first.close()
        later.close()


def test_refused_on_a_database_with_data(empty_db: Database) -> None:
    with empty_db.unit_of_work() as session:
        session.add(Organisation(name="Acme Ltd"))
    with pytest.raises(InputRefused, match="already holds data") as refusal:
        fill_demo(empty_db, today=TODAY)
    assert "new database file" in str(refusal.value)
    assert _count(empty_db, Organisation) == 1
    assert _count(empty_db, Person) == _count(empty_db, Programme) == 0


@pytest.mark.parametrize("cancel_after", [0, 2, 5])
def test_cancelled_demo_writes_nothing(empty_db: Database, cancel_after: int) -> None:
    steps: list[tuple[int, int]] = []
    with pytest.raises(InputRefused, match="cancelled; nothing was written"):
        fill_demo(
            empty_db,
            today=TODAY,
            progress=lambda done, total: steps.append((done, total)),
            cancelled=lambda: len(steps) >= cancel_after,
        )
    for model in (Organisation, Person, Programme, Participant, Interview, FollowUp):
        assert _count(empty_db, model) == 0
    # The database is still usable afterwards.
    assert fill_demo(empty_db, today=TODAY).organisations == 4


def test_progress_is_reported_up_to_the_total(empty_db: Database) -> None:
    steps: list[tuple[int, int]] = []
    fill_demo(empty_db, today=TODAY, progress=lambda d, t: steps.append((d, t)))
    done = [d for d, _ in steps]
    totals = {t for _, t in steps}
    assert len(steps) >= 4 and len(totals) == 1
    assert done == sorted(done) and done[-1] == totals.pop()
