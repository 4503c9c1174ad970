"""The Pairings page on the demo: filter, confirm, activate and end pairings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from sqlalchemy import select

from mentordesk.gui.pages.matching import MatchingPage
from mentordesk.gui.pages.pairings import PairingsPage
from mentordesk.services.pairings import list_pairings
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Programme,
    ProgrammeStatus,
)

WAIT_MS = 15_000


def programme_with(db: Database, status: ProgrammeStatus) -> int:
    with db.unit_of_work() as s:
        return s.scalars(select(Programme.id).where(Programme.status == status)).one()


@pytest.fixture
def running_id(demo_db: Database) -> int:
    """The demo's programme under way: active pairings, one confirmed, two ended."""
    return programme_with(demo_db, ProgrammeStatus.RUNNING)


@pytest.fixture
def page(qtbot, demo_db: Database) -> PairingsPage:  # type: ignore[no-untyped-def]
    widget = PairingsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(page: PairingsPage, column: int = 0) -> list[str]:
    proxy = page.proxy
    return [str(proxy.data(proxy.index(row, column))) for row in range(proxy.rowCount())]


class Answers:
    """Stands in for QMessageBox.exec: remembers the question and presses a button."""

    def __init__(self, press: str | None) -> None:
        self.press = press
        self.asked: list[tuple[str, str]] = []

    def __call__(self, box: QMessageBox) -> int:
        self.asked.append((box.text(), box.informativeText()))
        if self.press:
            button = box.findChild(QPushButton, self.press)
            assert button is not None, self.press
            button.click()
        return 0


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[str | None], Answers]:
    def install(press: str | None) -> Answers:
        answers = Answers(press)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: answers(box))
        return answers

    return install


def status_of(db: Database, participant_id: int) -> ParticipantStatus:
    with db.unit_of_work() as s:
        return s.get_one(Participant, participant_id).status


def test_the_table_lists_every_pairing_with_search_and_status_filter(
    page: PairingsPage, demo_db: Database, running_id: int
) -> None:
    page.load(running_id)
    records = list_pairings(demo_db, programme_id=running_id)
    assert page.proxy.rowCount() == len(records) == 14
    assert page.ui.pairingCount.text() == "14 pairings: 1 confirmed, 11 active, 2 ended"
    header = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert header == ["Mentor", "Mentee", "Status", "Score", "Started", "Ended", "End reason"]

    page.set_status_filter("ended")
    assert set(shown(page, 2)) == {"Ended"}
    assert page.proxy.rowCount() == 2
    assert page.ui.pairingCount.text() == "Showing 2 of 14 pairings"
    assert any("chemistry" in reason for reason in shown(page, 6))

    page.set_status_filter(None)
    page.ui.pairingSearch.setText("parental leave")
    assert page.proxy.rowCount() == 1
    page.ui.pairingSearch.clear()
    assert page.proxy.rowCount() == 14


def test_end_a_pairing_with_a_reason_frees_both(
    qtbot, page: PairingsPage, demo_db: Database, running_id: int
) -> None:  # type: ignore[no-untyped-def]
    page.load(running_id)
    active = next(r for r in page.model.records() if r.status == "active")
    assert page.select(active.id)
    assert page.ui.endPairingButton.isEnabled()
    assert not page.ui.confirmPairingButton.isEnabled()
    page.ui.endPairingButton.click()
    dialog = page.end_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.pairLabel.text() == f"{active.mentor_name} and {active.mentee_name}"
    assert dialog.ui.dateEdit.date().toPython() == date.today()
    assert dialog.ui.dateEdit.minimumDate().toPython() == active.started_on
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "End pairing"

    # The reason is required: refused at its field, nothing changed, the dialog stays.
    ok.click()
    assert dialog.isVisible()
    assert dialog.ui.reasonError.isVisible()
    assert "Say why" in dialog.ui.reasonError.text()
    with demo_db.unit_of_work() as s:
        assert s.get_one(Pairing, active.id).status is PairingStatus.ACTIVE

    qtbot.keyClicks(dialog.ui.reasonEdit, "The mentee moved to another company.")
    with qtbot.waitSignal(page.pairingsChanged, timeout=WAIT_MS) as changed:
        ok.click()
    assert changed.args == [running_id]
    assert not dialog.isVisible()
    with demo_db.unit_of_work() as s:
        ended = s.get_one(Pairing, active.id)
        assert ended.status is PairingStatus.ENDED
        assert ended.ended_on == date.today()
        assert ended.end_reason == "The mentee moved to another company."
    assert status_of(demo_db, active.mentee_participant_id) is ParticipantStatus.ACCEPTED
    mentor_busy = any(
        r.mentor_participant_id == active.mentor_participant_id
        and r.status in ("confirmed", "active")
        for r in list_pairings(demo_db, programme_id=running_id)
    )
    assert status_of(demo_db, active.mentor_participant_id) is (
        ParticipantStatus.MATCHED if mentor_busy else ParticipantStatus.ACCEPTED
    )

    # The ended pairing stays listed, selected, with its reason; it cannot be ended again.
    row = next(r for r in page.selected())
    assert (row.id, row.status) == (active.id, "ended")
    assert "another company" in page.ui.detailsText.text()
    assert not page.ui.endPairingButton.isEnabled()
    assert page.message().endswith("Both are free to be matched again.")

    # Matching proposes the freed mentee again.
    matching = MatchingPage(demo_db)
    qtbot.addWidget(matching)
    matching.load(running_id)
    assert matching.ui.runButton.isEnabled()
    matching.run()
    qtbot.waitUntil(lambda: not matching.is_busy(), timeout=WAIT_MS)
    assert active.mentee_participant_id in {m.participant_id for m in matching.state.mentees()}
    assert (active.mentor_participant_id, active.mentee_participant_id) not in {
        (p.mentor.participant_id, p.mentee.participant_id) for p in matching.state.pairs
    }


def test_both_free_when_the_mentor_has_no_other_pairing(
    qtbot, page: PairingsPage, demo_db: Database, running_id: int
) -> None:  # type: ignore[no-untyped-def]
    page.load(running_id)
    records = page.model.records()
    load: dict[int, int] = {}
    for r in records:
        if r.status in ("confirmed", "active"):
            load[r.mentor_participant_id] = load.get(r.mentor_participant_id, 0) + 1
    single = next(r for r in records if r.status == "active" and load[r.mentor_participant_id] == 1)
    page.select(single.id)
    dialog = page.end_dialog or page.end_selected()
    assert dialog is not None
    dialog.ui.reasonEdit.setPlainText("Both agreed the goals were reached early.")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert status_of(demo_db, single.mentor_participant_id) is ParticipantStatus.ACCEPTED
    assert status_of(demo_db, single.mentee_participant_id) is ParticipantStatus.ACCEPTED


def test_confirm_then_activate_proposed_pairings(
    qtbot, page: PairingsPage, demo_db: Database, answer
) -> None:  # type: ignore[no-untyped-def]
    matching_id = programme_with(demo_db, ProgrammeStatus.MATCHING)
    page.load(matching_id)
    proposed = [r for r in page.model.records() if r.status == "proposed"]
    assert len(proposed) == 3
    page.select(proposed[0].id)
    page.select(proposed[1].id, add=True)
    assert page.ui.confirmPairingButton.isEnabled()
    assert not page.ui.activateButton.isEnabled()
    assert not page.ui.endPairingButton.isEnabled()

    answers = answer("pairingsQuestionYes")
    with qtbot.waitSignal(page.pairingsChanged, timeout=WAIT_MS):
        page.ui.confirmPairingButton.click()
    assert answers.asked[0][0] == "Confirm 2 proposed pairings?"
    with demo_db.unit_of_work() as s:
        for record in proposed[:2]:
            pairing = s.get_one(Pairing, record.id)
            assert pairing.status is PairingStatus.CONFIRMED
            assert pairing.started_on == date.today()
        assert s.get_one(Pairing, proposed[2].id).status is PairingStatus.PROPOSED
    assert status_of(demo_db, proposed[0].mentee_participant_id) is ParticipantStatus.MATCHED
    assert {r.id for r in page.selected()} == {proposed[0].id, proposed[1].id}
    assert page.ui.activateButton.isEnabled()

    page.ui.activateButton.click()
    with demo_db.unit_of_work() as s:
        assert s.get_one(Pairing, proposed[0].id).status is PairingStatus.ACTIVE
    assert page.message() == "Marked active: 2 pairings."


def test_a_refused_confirmation_is_shown_and_changes_nothing(
    page: PairingsPage, demo_db: Database, answer
) -> None:
    matching_id = programme_with(demo_db, ProgrammeStatus.MATCHING)
    page.load(matching_id)
    proposed = next(r for r in page.model.records() if r.status == "proposed")
    with demo_db.unit_of_work() as s:
        s.get_one(Participant, proposed.mentee_participant_id).status = ParticipantStatus.WITHDRAWN
    page.select(proposed.id)
    answer("pairingsQuestionYes")
    page.ui.confirmPairingButton.click()
    assert "has status withdrawn" in page.message()
    assert page.ui.messageLabel.property("kind") == "error"
    with demo_db.unit_of_work() as s:
        assert s.get_one(Pairing, proposed.id).status is PairingStatus.PROPOSED
