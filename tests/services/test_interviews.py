"""Interviews and their question templates: recording, editing, refusals, confidentiality."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mentordesk.cli import main
from mentordesk.services import interview_templates as templates
from mentordesk.services.errors import InputRefused
from mentordesk.services.followups import list_followups
from mentordesk.services.interview_templates import Question
from mentordesk.services.interviews import (
    InterviewData,
    delete_interview,
    get_interview,
    list_interviews,
    list_subjects,
    record_followup_call,
    record_interview,
    update_interview,
)
from mentordesk.store.database import Database
from mentordesk.store.models import (
    FollowUp,
    FollowUpStatus,
    Interview,
    Language,
    Organisation,
    Pairing,
    PairingStatus,
    Participant,
    Person,
    Programme,
    ProgrammeRole,
    ProgrammeRoleKind,
    Role,
)

TODAY = date(2026, 3, 2)
SECRET = "She is thinking of leaving the company"


def build(db: Database) -> dict[str, int]:
    """Two organisations with a programme each; the first has a pair and a sponsor."""
    with db.unit_of_work() as s:
        acme = Organisation(name="Acme")
        other = Organisation(name="Other Co")
        prog = Programme(organisation=acme, name="Leaders 2026", language=Language.EN)
        other_prog = Programme(organisation=other, name="Other 2026", language=Language.DA)
        mentor = Participant(
            programme=prog,
            person=Person(organisation=acme, first_name="Ann", last_name="Berg"),
            role=Role.MENTOR,
        )
        mentee = Participant(
            programme=prog,
            person=Person(organisation=acme, first_name="Bo", last_name="Dahl"),
            role=Role.MENTEE,
        )
        stranger = Participant(
            programme=other_prog,
            person=Person(organisation=other, first_name="Cy", last_name="Egan"),
            role=Role.MENTEE,
        )
        sponsor = Person(organisation=acme, first_name="Dora", last_name="Falk")
        prog.roles = [ProgrammeRole(person=sponsor, role=ProgrammeRoleKind.SPONSOR)]
        s.add_all([prog, other_prog, mentor, mentee, stranger])
        s.flush()
        pairing = Pairing(
            programme_id=prog.id,
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            status=PairingStatus.ACTIVE,
            started_on=date(2026, 1, 12),
        )
        s.add(pairing)
        s.flush()
        followup = FollowUp(
            programme_id=prog.id, pairing_id=pairing.id, title="Call", due=date(2026, 2, 1)
        )
        s.add(followup)
        s.flush()
        return {
            "programme": prog.id,
            "other_programme": other_prog.id,
            "mentee": mentee.id,
            "mentee_person": mentee.person_id,
            "stranger": stranger.id,
            "sponsor": sponsor.id,
            "pairing": pairing.id,
            "followup": followup.id,
        }


def call(ids: dict[str, int], **changes: object) -> InterviewData:
    values: dict[str, object] = {
        "programme_id": ids["programme"],
        "kind": "follow-up",
        "date": date(2026, 2, 20),
        "interviewer": "Karen Holm",
        "pairing_id": ids["pairing"],
        "answers": {"satisfaction": 8, "has_met": "Yes", "meetings_held": "2", "concerns": ""},
        "notes": SECRET,
        "confidential": True,
    }
    values.update(changes)
    return InterviewData(**values)  # type: ignore[arg-type]


def count(db: Database) -> int:
    with db.unit_of_work() as s:
        return len(s.query(Interview).all())


# --- templates -----------------------------------------------------------------------


def test_built_in_templates_in_the_programmes_language(db: Database) -> None:
    ids = build(db)
    english = templates.list_templates(db, ids["programme"])
    assert [t.kind for t in english] == list(templates.BUILT_IN_KINDS)
    matching = english[0]
    assert matching.title == "Matching interview" and not matching.customised
    texts = " ".join(q.text for q in matching.questions)
    for topic in ("goals", "expect of a mentor", "avoid", "often"):
        assert topic in texts
    follow_up = templates.get_template(db, ids["programme"], "follow-up")
    keys = [q.key for q in follow_up.questions]
    assert {"has_met", "meetings_held", "working_on_goals", "satisfaction", "concerns"} <= set(keys)
    assert follow_up.question("satisfaction").type == "scale10"  # type: ignore[union-attr]
    danish = templates.get_template(db, ids["other_programme"], "matching")
    assert danish.title == "Matchingsamtale"
    assert danish.questions[0].text.startswith("Hvad vil du gerne opnå")
    assert [q.key for q in danish.questions] == [q.key for q in matching.questions]


def test_edit_restore_and_user_kind(db: Database) -> None:
    ids = build(db)
    pid = ids["programme"]
    built_in = templates.get_template(db, pid, "matching")
    edited = [*built_in.questions[:2], Question(text="Which language do you prefer?")]
    saved = templates.save_template(db, pid, "matching", "Matching talk", edited)
    assert saved.customised and saved.title == "Matching talk"
    assert saved.questions[-1].key == "which_language_do_you_prefer"
    assert [q.key for q in templates.get_template(db, pid, "matching").questions] == [
        "goals",
        "motivation",
        "which_language_do_you_prefer",
    ]
    # The other programme still asks the built-in questions.
    assert not templates.get_template(db, ids["other_programme"], "matching").customised

    restored = templates.restore_built_in(db, pid, "matching")
    assert restored == built_in
    assert templates.get_template(db, pid, "matching") == built_in

    network = templates.add_kind(
        db,
        pid,
        "Network call",
        [Question(text="Whom have you met?"), Question(text="Rate it", type="scale10")],
    )
    assert network.kind == "network-call" and not network.built_in_kind
    assert templates.list_templates(db, pid)[-1].title == "Network call"
    with pytest.raises(InputRefused, match="already has"):
        templates.add_kind(db, pid, "network call", [Question(text="Again?")])
    with pytest.raises(InputRefused, match="no built-in questions"):
        templates.restore_built_in(db, pid, "network-call")
    templates.remove_kind(db, pid, "network-call")
    assert [t.kind for t in templates.list_templates(db, pid)] == list(templates.BUILT_IN_KINDS)


def test_template_refusals_change_nothing(db: Database) -> None:
    ids = build(db)
    pid = ids["programme"]
    with pytest.raises(InputRefused, match="at least one question"):
        templates.save_template(db, pid, "matching", "Matching", [])
    with pytest.raises(InputRefused, match="Question 2 has no text"):
        templates.save_template(db, pid, "matching", "M", [Question(text="A"), Question(text=" ")])
    with pytest.raises(InputRefused, match="unknown answer type"):
        templates.save_template(db, pid, "matching", "M", [Question(text="A", type="stars")])
    with pytest.raises(InputRefused, match="no interview kind"):
        templates.save_template(db, pid, "coffee", "Coffee", [Question(text="A")])
    assert not templates.get_template(db, pid, "matching").customised


# --- interviews ----------------------------------------------------------------------


def test_record_update_delete(db: Database) -> None:
    ids = build(db)
    record = record_interview(db, call(ids), today=TODAY)
    assert record.with_whom == "Ann Berg & Bo Dahl"
    assert record.answers == {"satisfaction": 8, "has_met": "Yes", "meetings_held": 2}
    assert get_interview(db, record.id).notes == SECRET

    changed = update_interview(
        db, record.id, call(ids, notes="Going well.", confidential=False), today=TODAY
    )
    assert changed.notes == "Going well." and not changed.confidential
    assert list_interviews(db, programme_id=ids["programme"])[0].notes == "Going well."

    delete_interview(db, record.id)
    assert count(db) == 0
    with pytest.raises(InputRefused, match="no interview with ID"):
        get_interview(db, record.id)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"date": date(2026, 3, 3)}, "in the future"),
        ({"pairing_id": None}, "Choose whom"),
        ({"participant_id": -1}, "not several"),
        ({"interviewer": "  "}, "who held"),
        ({"kind": "coffee"}, "no interview kind"),
        ({"answers": {"satisfaction": 11}}, "from 1 to 10"),
        ({"answers": {"meetings_held": "often"}}, "whole number"),
    ],
)
def test_refusals_change_nothing(db: Database, changes: dict[str, object], message: str) -> None:
    ids = build(db)
    with pytest.raises(InputRefused, match=message):
        record_interview(db, call(ids, **changes), today=TODAY)
    assert count(db) == 0


def test_subject_of_another_programme_is_refused(db: Database) -> None:
    ids = build(db)
    with pytest.raises(InputRefused, match="no participant with ID") as refused:
        record_interview(
            db, call(ids, pairing_id=None, participant_id=ids["stranger"]), today=TODAY
        )
    assert refused.value.field == "subject"
    assert count(db) == 0
    first = record_interview(db, call(ids), today=TODAY)
    with pytest.raises(InputRefused, match="stays in its programme"):
        update_interview(db, first.id, call(ids, programme_id=ids["other_programme"]), today=TODAY)
    assert get_interview(db, first.id).programme_id == ids["programme"]


def test_subjects_and_per_person_list(db: Database) -> None:
    ids = build(db)
    subjects = list_subjects(db, ids["programme"])
    assert [(s.kind, s.name) for s in subjects] == [
        ("participant", "Ann Berg"),
        ("participant", "Bo Dahl"),
        ("pairing", "Ann Berg & Bo Dahl"),
        ("person", "Dora Falk"),
    ]
    record_interview(db, call(ids), today=TODAY)
    record_interview(
        db,
        call(
            ids,
            kind="matching",
            pairing_id=None,
            participant_id=ids["mentee"],
            date=date(2026, 1, 5),
        ),
        today=TODAY,
    )
    record_interview(
        db,
        call(ids, kind="sponsor", pairing_id=None, person_id=ids["sponsor"], confidential=False),
        today=TODAY,
    )
    bo = list_interviews(db, person_id=ids["mentee_person"])
    assert [i.kind for i in bo] == ["follow-up", "matching"]
    assert [i.kind for i in list_interviews(db, kind="sponsor")] == ["sponsor"]
    early = list_interviews(db, date_to=date(2026, 1, 31))
    assert [i.kind for i in early] == ["matching"]
    assert len(list_interviews(db, date_from=date(2026, 2, 1))) == 2


def test_confidential_text_never_leaves_a_list(db: Database) -> None:
    ids = build(db)
    record_interview(db, call(ids, answers={"concerns": "Her manager"}), today=TODAY)
    shown = list_interviews(db, programme_id=ids["programme"])
    dumped = json.dumps([r.to_json() for r in shown])
    assert SECRET not in dumped and "Her manager" not in dumped
    assert shown[0].notes == "confidential" and shown[0].answers == {"concerns": "confidential"}
    asked = list_interviews(db, programme_id=ids["programme"], include_confidential=True)
    assert asked[0].notes == SECRET


def test_recording_the_call_completes_the_followup_in_one_go(db: Database) -> None:
    ids = build(db)
    record = record_followup_call(db, ids["followup"], call(ids), today=TODAY)
    (done,) = list_followups(db, programme_id=ids["programme"])
    assert done.status == "done" and done.interview_id == record.id
    assert done.completed_on == date(2026, 2, 20)
    assert SECRET not in done.outcome  # the outcome is shown in lists
    # A second call for the same follow-up is refused whole: no orphan interview.
    with pytest.raises(InputRefused, match="already done"):
        record_followup_call(db, ids["followup"], call(ids), today=TODAY)
    assert count(db) == 1
    with db.unit_of_work() as s:
        assert s.get(FollowUp, ids["followup"]).status is FollowUpStatus.DONE  # type: ignore[union-attr]


def test_command_line_lists_one_kind_without_confidential_text(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = build(db)
    record_interview(db, call(ids), today=TODAY)
    record_interview(
        db,
        call(ids, kind="sponsor", pairing_id=None, person_id=ids["sponsor"], confidential=False),
        today=TODAY,
    )
    assert db.path is not None
    argv = ["--db", str(db.path), "list"]
    db.close()
    assert main([*argv, "interviews", "--kind", "follow-up", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["kind"] == "follow-up" and row["confidential"] is True
    assert row["notes"] == "confidential" and SECRET not in json.dumps(row)
    assert main([*argv, "interviews", "--kind", "follow-up", "--include-confidential"]) == 0
    assert SECRET in capsys.readouterr().out
    assert main([*argv, "followups", "--kind", "follow-up"]) == 1
    assert "takes no --kind" in capsys.readouterr().err
