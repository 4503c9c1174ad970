"""The Matching page on the demo, driven through its widgets on a real SQLite file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSlider, QWidget
from sqlalchemy import select

from mentordesk.gui.pages.matching import (
    ORGANISATION_ROLE,
    MatchingPage,
    ProposalModel,
    short_organisation,
)
from mentordesk.matching import ProposedPair
from mentordesk.services.matching import load_settings
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
def matching_id(demo_db: Database) -> int:
    """The demo's cross-organisational programme in the matching phase."""
    return programme_with(demo_db, ProgrammeStatus.MATCHING)


@pytest.fixture
def page(qtbot, demo_db: Database, matching_id: int) -> MatchingPage:  # type: ignore[no-untyped-def]
    widget = MatchingPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1400, 820)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(matching_id)
    return widget


def run(qtbot, page: MatchingPage) -> None:  # type: ignore[no-untyped-def]
    """Run matching and wait for its result (the page stays responsive meanwhile)."""
    runs = page.state.ran
    page.ui.runButton.click()
    assert page.is_busy()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert page.state.ran or runs
    assert "failed" not in page.message()


def child(page: MatchingPage, kind: type[QWidget], name: str) -> Any:
    """A widget of the page by its object name, as a screen reader or test finds it."""
    found = page.findChild(kind, name)
    assert found is not None, name
    return found


def keys(pairs: list[ProposedPair]) -> set[tuple[int, int]]:
    return {(p.mentor.participant_id, p.mentee.participant_id) for p in pairs}


def by_name(page: MatchingPage, name: str) -> int:
    """A participant id of the proposal shown, by name (mentor or mentee)."""
    for mentor in page.state.mentors:
        if mentor.name == name:
            return mentor.participant_id
    for mentee in page.state.mentees():
        if mentee.name == name:
            return mentee.participant_id
    raise LookupError(name)


def cell(page: MatchingPage, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    model = page.proposal_proxy
    return str(model.data(model.index(row, column), role) or "")


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


# --- running ------------------------------------------------------------------------------


def test_run_shows_the_optimal_proposal_with_scores_and_reasons(
    qtbot, page: MatchingPage, demo_db: Database, matching_id: int
) -> None:  # type: ignore[no-untyped-def]
    ui = page.ui
    assert ui.proposalStack.currentWidget() is ui.emptyPage
    assert ui.emptyTitle.text() == "Ready to match"
    assert "Run matching" in ui.emptyText.text()

    page.run()
    # Off the GUI thread: the page shows it is busy and offers Cancel, and stays usable.
    assert page.is_busy()
    assert ui.busyBar.isVisible() and ui.cancelButton.isVisible()
    assert not ui.runButton.isEnabled()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert not ui.busyBar.isVisible() and not ui.cancelButton.isVisible()

    assert ui.proposalStack.currentWidget() is ui.tablePage
    rows = page.proposal_proxy.rowCount()
    assert rows == len(page.state.pairs) == 11
    assert ui.summaryLabel.text().startswith("11 of 11 mentees matched · total score ")
    assert ui.summaryLabel.text().endswith("· optimal under the rules")
    for row in range(rows):
        assert float(cell(page, row, ProposalModel.SCORE)) > 0
        assert "+" in cell(page, row, ProposalModel.REASONS)
        # This programme pairs people of different organisations: shown under the names.
        mentor_org = cell(page, row, ProposalModel.MENTOR, ORGANISATION_ROLE)
        mentee_org = cell(page, row, ProposalModel.MENTEE, ORGANISATION_ROLE)
        assert mentor_org and mentee_org and mentor_org != mentee_org

    # The side panel: every criterion that added points, and the next best mentors.
    pair = page.state.pairs[0]
    assert page.select_pair((pair.mentor.participant_id, pair.mentee.participant_id))
    assert ui.detailsTitle.text() == f"{pair.mentor.name} mentoring {pair.mentee.name}"
    assert ui.detailsScore.text().startswith(f"Score {pair.score:.1f} of ")
    shown = page.reasons_text()
    assert len(shown) == len(pair.reasons)
    assert shown == [r for r in pair.reasons]
    alternatives = page.alternatives_text()
    assert 1 <= len(alternatives) <= 3
    assert all(" score " in a for a in alternatives)
    expected = page.state.alternatives[pair.mentee.participant_id]
    assert alternatives[0] == (
        f"Alternative 1: {expected[0].mentor.name}, score {expected[0].score:.1f}"
    )

    # The weights used were stored with the programme.
    assert load_settings(demo_db, matching_id).weights == page.weights()


def test_weights_sliders_save_and_restore_defaults(
    qtbot, page: MatchingPage, demo_db: Database, matching_id: int
) -> None:  # type: ignore[no-untyped-def]
    slider = child(page, QSlider, "goalsWeightSlider")
    assert slider.accessibleName() == "Weight: Goals fit the mentor's expertise"
    assert "expertise" in slider.toolTip()
    assert child(page, QLabel, "goalsWeightValue").text() == "8"
    slider.setValue(2)
    assert child(page, QLabel, "goalsWeightValue").text() == "2"
    assert "Goals fit the mentor's expertise" in page.ui.criterionInfo.text()
    page.ui.repeatCheck.setChecked(True)
    assert not child(page, QLabel, "repeatRuleLabel").isHidden()
    qtbot.waitUntil(
        lambda: load_settings(demo_db, matching_id).weights["goals"] == 2.0, timeout=WAIT_MS
    )
    assert load_settings(demo_db, matching_id).forbid_repeats

    page.ui.restoreDefaultsButton.click()
    assert slider.value() == 8
    qtbot.waitUntil(
        lambda: load_settings(demo_db, matching_id).weights["goals"] == 8.0, timeout=WAIT_MS
    )
    # Hard rules are listed; the organisation rule because this programme separates them.
    assert not child(page, QLabel, "lineRuleLabel").isHidden()
    assert not child(page, QLabel, "organisationRuleLabel").isHidden()
    assert "manager's manager" in child(page, QLabel, "lineRuleLabel").toolTip()


def test_cancel_ignores_the_result(qtbot, page: MatchingPage) -> None:  # type: ignore[no-untyped-def]
    page.run()
    page.ui.cancelButton.click()
    assert not page.is_busy()
    assert "cancelled" in page.message()
    page.pool.waitForDone()
    qtbot.wait(100)  # the result arrives, and is ignored
    assert not page.state.ran
    assert page.ui.proposalStack.currentWidget() is page.ui.emptyPage
    assert page.ui.runButton.isEnabled()


# --- lock, reject, swap, pair by hand ----------------------------------------------------


def test_locked_pairs_are_kept_and_rejected_pairs_left_out(qtbot, page: MatchingPage) -> None:  # type: ignore[no-untyped-def]
    run(qtbot, page)
    first, second = page.state.pairs[0], page.state.pairs[1]
    kept = (first.mentor.participant_id, first.mentee.participant_id)
    gone = (second.mentor.participant_id, second.mentee.participant_id)

    page.select_pair(kept)
    page.ui.lockButton.click()
    assert kept in page.state.locked
    row = page.proposal_proxy.mapFromSource(page.proposal.index(page.proposal.row_of(kept), 0))
    assert page.proposal_proxy.data(row, Qt.ItemDataRole.AccessibleTextRole) == "Locked"
    assert page.ui.lockButton.text() == "Un&lock"

    page.select_pair(gone)
    page.ui.rejectButton.click()
    assert gone not in keys(page.state.pairs)
    assert page.rejected_model.rowCount() == 1
    assert page.ui.bottomTabs.tabText(1) == "Rejected (1)"
    assert second.mentee.participant_id in {u.mentee.participant_id for u in page.state.unmatched}
    assert "changed by hand" in page.ui.summaryLabel.text()

    # Change what counts, so the optimum moves; the lock holds, the rejection too.
    child(page, QSlider, "goalsWeightSlider").setValue(0)
    child(page, QSlider, "seniorityWeightSlider").setValue(10)
    assert "the settings changed" in page.ui.summaryLabel.text()
    run(qtbot, page)
    after = keys(page.state.pairs)
    assert kept in after and kept in page.state.locked
    assert next(p for p in page.state.pairs if keys([p]) == {kept}).locked
    assert gone not in after
    assert second.mentee.participant_id in {p.mentee.participant_id for p in page.state.pairs} | {
        u.mentee.participant_id for u in page.state.unmatched
    }
    assert "1 locked" in page.ui.summaryLabel.text()

    # Undo reject: allowed again on the next run.
    page.ui.rejectedTable.selectRow(0)
    page.ui.undoRejectButton.click()
    assert page.rejected_model.rowCount() == 0
    assert "Allowed again" in page.message()


def test_pair_by_hand_in_the_line_of_management_is_refused_with_the_rule(
    qtbot, page: MatchingPage
) -> None:  # type: ignore[no-untyped-def]
    run(qtbot, page)
    emily = by_name(page, "Emily Johansson")
    lauren = by_name(page, "Lauren Mitchell")
    page.ui.handPairButton.click()
    dialog = page.hand_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.select(mentee_id=lauren, mentor_id=emily)
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT_MS)
    assert dialog.ui.resultTitle.text() == "This pair breaks a hard rule and cannot be added"
    assert (
        "Emily Johansson is in Lauren Mitchell's line of management (Lauren Mitchell's manager)"
        in dialog.check.broken_rules
    )
    assert "line of management" in dialog.ui.resultText.text()
    assert not dialog.add_button.isEnabled()
    dialog.accept()  # refused: the dialog stays open, nothing is added
    assert dialog.isVisible()
    assert (emily, lauren) not in keys(page.state.pairs)
    dialog.reject()


def test_pair_by_hand_shows_the_score_and_adds_a_locked_pair(qtbot, page: MatchingPage) -> None:  # type: ignore[no-untyped-def]
    run(qtbot, page)
    # Free a mentee by rejecting their pair, then give them a mentor of an alternative.
    pair = page.state.pairs[0]
    mentee = pair.mentee.participant_id
    page.select_pair((pair.mentor.participant_id, mentee))
    page.ui.rejectButton.click()
    options = [
        a
        for a in page.state.alternatives[mentee]
        if a.mentor.participant_id != pair.mentor.participant_id
        and page.state.places_used(a.mentor.participant_id) < a.mentor.capacity
    ]
    assert options, "the demo offers a mentor with a free place"
    mentor = options[0].mentor.participant_id

    page.ui.unmatchedTable.selectRow(0)
    page.ui.handPairButton.click()
    dialog = page.hand_dialog
    assert dialog is not None
    dialog.select(mentor_id=mentor)
    assert dialog.chosen() == (mentor, mentee)  # the selected mentee is preset
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT_MS)
    assert dialog.ui.resultTitle.text() == f"Allowed · score {options[0].score:.1f}"
    assert dialog.add_button.isEnabled()
    dialog.add_button.click()
    assert (mentor, mentee) in keys(page.state.pairs)
    assert (mentor, mentee) in page.state.locked
    assert mentee not in {u.mentee.participant_id for u in page.state.unmatched}
    assert page.message().startswith("Paired by hand and locked")


def _swappable(page: MatchingPage, allowed: bool) -> tuple[ProposedPair, ProposedPair]:
    """Two pairs whose swap keeps (or breaks) the different-organisations rule."""
    pairs = page.state.pairs
    for a in pairs:
        for b in pairs:
            if a is b:
                continue
            same = (
                a.mentor.organisation_id == b.mentee.organisation_id
                or b.mentor.organisation_id == a.mentee.organisation_id
            )
            if same != allowed:
                return a, b
    raise LookupError("no such pairs in the demo")


def _select_both(page: MatchingPage, a: ProposedPair, b: ProposedPair) -> None:
    page.select_pair(keys([a]).pop())
    row = page.proposal.row_of(keys([b]).pop())
    assert row is not None
    index = page.proposal_proxy.mapFromSource(page.proposal.index(row, 1))
    page.ui.proposalTable.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )


def test_swap_is_checked_against_the_hard_rules(qtbot, page: MatchingPage) -> None:  # type: ignore[no-untyped-def]
    run(qtbot, page)
    a, b = _swappable(page, allowed=False)
    _select_both(page, a, b)
    assert page.ui.swapButton.isEnabled()
    before = keys(page.state.pairs)
    page.ui.swapButton.click()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert page.message().startswith("Not swapped: ")
    assert "come from the same organisation" in page.message()
    assert keys(page.state.pairs) == before

    a, b = _swappable(page, allowed=True)
    _select_both(page, a, b)
    page.ui.swapButton.click()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert page.message().startswith("Swapped: "), page.message()
    new = {
        (a.mentor.participant_id, b.mentee.participant_id),
        (b.mentor.participant_id, a.mentee.participant_id),
    }
    assert new <= keys(page.state.pairs)
    assert new <= page.state.locked


# --- confirm and save -----------------------------------------------------------------------


def test_confirm_writes_confirmed_pairings(
    qtbot, page: MatchingPage, demo_db: Database, matching_id: int, answer
) -> None:  # type: ignore[no-untyped-def]
    run(qtbot, page)
    proposed = keys(page.state.pairs)
    assert "Ctrl+Return" in [k.toString() for k in page.confirm_action.shortcuts()]

    answers = answer(None)  # Cancel: nothing is written
    page.ui.confirmButton.click()
    assert answers.asked[0][0] == "Make 11 pairs confirmed pairings?"
    assert not page.is_busy()

    answers = answer("confirmProposalYes")
    with qtbot.waitSignal(page.pairingsChanged, timeout=WAIT_MS) as changed:
        page.confirm_action.trigger()
    assert changed.args == [matching_id]
    assert "They start today" in answers.asked[0][1]
    with demo_db.unit_of_work() as s:
        rows = s.execute(
            select(Pairing.mentor_id, Pairing.mentee_id, Pairing.status).where(
                Pairing.programme_id == matching_id
            )
        ).all()
        assert {(m, e) for m, e, st in rows if st is PairingStatus.CONFIRMED} == proposed
        assert all(st is PairingStatus.CONFIRMED for _m, _e, st in rows)
        statuses = {s.get_one(Participant, pid).status for pair in proposed for pid in pair}
        assert statuses == {ParticipantStatus.MATCHED}
    assert page.message().startswith("11 pairings confirmed")
    # Every mentee now has a mentor: nothing is left to run.
    assert page.ui.emptyTitle.text() == "Every mentee has a mentor"
    assert not page.ui.runButton.isEnabled()


def test_save_as_proposal_keeps_the_locks(
    qtbot, page: MatchingPage, demo_db: Database, matching_id: int
) -> None:  # type: ignore[no-untyped-def]
    run(qtbot, page)
    lock = keys([page.state.pairs[2]]).pop()
    page.select_pair(lock)
    page.ui.lockButton.click()
    with qtbot.waitSignal(page.pairingsChanged, timeout=WAIT_MS):
        page.ui.saveProposalButton.click()
    assert "saved as a proposal (1 locked)" in page.message()
    with demo_db.unit_of_work() as s:
        stored = s.execute(
            select(Pairing.mentor_id, Pairing.mentee_id, Pairing.locked).where(
                Pairing.programme_id == matching_id, Pairing.status == PairingStatus.PROPOSED
            )
        ).all()
    assert len(stored) == 11
    assert {(m, e) for m, e, locked in stored if locked} == {lock}

    # Unlocking on the page unlocks the stored proposal too.
    page.select_pair(lock)
    page.ui.lockButton.click()
    with demo_db.unit_of_work() as s:
        assert not s.scalars(
            select(Pairing.locked).where(
                Pairing.programme_id == matching_id,
                Pairing.mentor_id == lock[0],
                Pairing.mentee_id == lock[1],
            )
        ).one()


# --- empty states ---------------------------------------------------------------------------


def test_empty_states_point_to_the_participants(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    page = MatchingPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.emptyTitle.text() == "No programme"
    page.load(programme_with(demo_db, ProgrammeStatus.DESIGN))
    assert page.ui.emptyTitle.text() == "No mentors or mentees yet"
    assert "Participants" in page.ui.emptyText.text()
    assert not page.ui.runButton.isEnabled()
    with qtbot.waitSignal(page.participantsRequested, timeout=1000):
        page.ui.emptyText.linkActivated.emit("participants")

    page.load(programme_with(demo_db, ProgrammeStatus.RUNNING))
    assert page.ui.emptyTitle.text() == "Every mentee has a mentor"
    assert not page.ui.runButton.isEnabled()


def test_organisation_names_are_shortened_for_the_table() -> None:
    assert short_organisation("Meridian Freight Group B.V.") == "Meridian Freight Group"
    assert short_organisation("Brightwater Medical, Inc.") == "Brightwater Medical"
    assert short_organisation("Nordlys Energi A/S") == "Nordlys Energi"
    assert short_organisation("Kingsbridge Building Society") == "Kingsbridge Building Society"


def test_the_keyboard_runs_locks_and_rejects(qtbot, page: MatchingPage) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    page.ui.runButton.setFocus()
    qtbot.keyClick(page.ui.runButton, Qt.Key.Key_F5)
    assert page.is_busy()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert page.state.ran
    table = page.ui.proposalTable
    table.setFocus()
    pair = page.proposal.pair(
        page.proposal_proxy.mapToSource(page.proposal_proxy.index(0, 0)).row()
    )
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert keys([pair]) <= page.state.locked
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert keys([pair]).isdisjoint(keys(page.state.pairs))
    assert page.rejected_model.rowCount() == 1


def test_another_database_empties_the_page(qtbot, page: MatchingPage, empty_db: Database) -> None:  # type: ignore[no-untyped-def]
    run(qtbot, page)
    page.set_database(empty_db)
    assert page.programme_id is None and not page.state.ran
    assert page.ui.emptyTitle.text() == "No programme"
    assert not page.ui.runButton.isEnabled()
    assert not page.ui.confirmButton.isEnabled()
