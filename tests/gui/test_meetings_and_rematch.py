"""Meeting reports on the Pairings tab, and ending a failing pair for a rematch."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from mentordesk.gui import workers
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.table_models import format_date
from mentordesk.services.followups import list_meetings
from mentordesk.services.pairings import end_pairing
from mentordesk.services.programmes import get_programme
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Participant,
    ParticipantStatus,
    Programme,
    ProgrammeStatus,
)

WAIT_MS = 15_000
DEMO_TODAY = date(2025, 10, 1)  # the day the demo of tests/gui/conftest.py is written for


def running_id(db: Database) -> int:
    with db.unit_of_work() as s:
        return s.scalars(
            select(Programme.id).where(Programme.status == ProgrammeStatus.RUNNING)
        ).one()


def status_of(db: Database, participant_id: int) -> ParticipantStatus:
    with db.unit_of_work() as s:
        return s.get_one(Participant, participant_id).status


def dashboard(qtbot, window: MainWindow) -> list:  # type: ignore[no-untyped-def]
    window.attention_day = DEMO_TODAY
    window.ui.actionShowStart.trigger()
    qtbot.waitUntil(window.start_page.showing_dashboard, timeout=WAIT_MS)
    window.refresh_attention()
    qtbot.waitUntil(
        lambda: not any(c.name == "needs attention" for c in workers.running_tasks()),
        timeout=WAIT_MS,
    )
    assert window.start_page.dashboard is not None
    return window.start_page.dashboard.items()


def test_reporting_a_meeting_stops_calling_the_pair_quiet(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    quiet = [i for i in dashboard(qtbot, window) if i.kind == "quiet-pair"]
    assert quiet
    item = quiet[0]
    page = window.start_page.dashboard
    assert page.select_where(lambda i: i == item)
    page.run_selected()  # "Call the pair": the pair on the Pairings tab
    pairings = window.programme_page.pairings
    assert [r.id for r in pairings.selected()] == [item.pairing_id]
    assert "Last met:" in pairings.ui.detailsText.text()
    assert pairings.reportMeetingButton.isEnabled()

    pairings.ui.pairingTable.setFocus()
    qtbot.keyClick(pairings.ui.pairingTable, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = pairings.meeting_dialog
    assert dialog is not None and dialog.isVisible()
    programme = get_programme(demo_db, item.programme_id)
    assert dialog.meeting_date() == date.today()
    assert dialog.ui.minutesSpin.value() == (programme.meeting_length_minutes or 60)
    themes = [dialog.themes.item(r).text() for r in range(dialog.themes.rowCount())]
    assert themes == programme.learning_themes and themes

    met = DEMO_TODAY - timedelta(days=3)
    dialog.ui.dateEdit.setDate(met)
    dialog.ui.minutesSpin.setValue(75)
    # Tick the second theme with the keyboard, then type other topics and press Enter.
    dialog.ui.themesList.setFocus()
    qtbot.keyClick(dialog.ui.themesList, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.ui.themesList, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.ui.otherTopicsEdit, "Workload, delegation")
    with qtbot.waitSignal(pairings.pairingsChanged, timeout=WAIT_MS):
        qtbot.keyClick(dialog.ui.otherTopicsEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    (meeting,) = [m for m in list_meetings(demo_db, item.pairing_id) if m.date == met]
    assert meeting.minutes == 75
    assert meeting.topics == [themes[1], "Workload", "delegation"]
    assert f"Last met:</b> {format_date(met)}" in pairings.ui.detailsText.text()
    assert pairings.message().startswith("Meeting of ")

    after = dashboard(qtbot, window)
    assert item.pairing_id not in {i.pairing_id for i in after if i.kind == "quiet-pair"}


def test_a_pair_without_meetings_says_never(qtbot, window: MainWindow, demo_db: Database) -> None:
    window.select_programme(running_id(demo_db))
    pairings = window.programme_page.pairings
    silent = next(
        r
        for r in pairings.model.records()
        if r.status in ("confirmed", "active") and not list_meetings(demo_db, r.id)
    )
    pairings.select(silent.id)
    assert "Last met:</b> never" in pairings.ui.detailsText.text()


def test_ending_a_pair_for_rematch_shows_the_history_on_matching(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    window.select_programme(running_id(demo_db))
    programme_page = window.programme_page
    programme_page.show_tab("pairings")
    pairings = programme_page.pairings
    records = pairings.model.records()
    load: dict[int, int] = {}
    for r in records:
        if r.status in ("confirmed", "active"):
            load[r.mentor_participant_id] = load.get(r.mentor_participant_id, 0) + 1
    pair = next(r for r in records if r.status == "active" and load[r.mentor_participant_id] == 1)
    assert pairings.select(pair.id)
    assert not pairings.goToMatchingButton.isVisible()

    pairings.ui.endPairingButton.click()
    dialog = pairings.end_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.reasonEdit, "They could not find time to meet.")
    with qtbot.waitSignal(pairings.pairingsChanged, timeout=WAIT_MS):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert status_of(demo_db, pair.mentor_participant_id) is ParticipantStatus.ACCEPTED
    assert status_of(demo_db, pair.mentee_participant_id) is ParticipantStatus.ACCEPTED

    # Go to Matching is offered, and takes the consultant there.
    assert pairings.goToMatchingButton.isVisible()
    qtbot.mouseClick(pairings.goToMatchingButton, Qt.MouseButton.LeftButton)
    assert programme_page.ui.programmeTabs.currentWidget() is programme_page.ui.matchingTab
    matching = programme_page.matching
    waiting = matching.ui.emptyText.text()
    assert "To match again after an ended pairing" in waiting
    assert pair.mentee_name in waiting and pair.mentor_name in waiting

    matching.run()
    qtbot.waitUntil(lambda: not matching.is_busy(), timeout=WAIT_MS)
    proposed = {p.mentee.participant_id: p for p in matching.state.pairs}
    mentee_pair = proposed.get(pair.mentee_participant_id)
    if mentee_pair is not None:
        # The ended partner is not proposed again.
        assert mentee_pair.mentor.participant_id != pair.mentor_participant_id
        assert matching.select_pair((mentee_pair.mentor.participant_id, pair.mentee_participant_id))
    else:
        row = next(
            r
            for r, u in enumerate(matching.unmatched_model.records())
            if u.mentee.participant_id == pair.mentee_participant_id
        )
        matching.ui.unmatchedTable.selectRow(row)
    history = matching.detailsHistory
    assert history.isVisible()
    assert (
        f"{pair.mentee_name}: previous partner {pair.mentor_name} "
        f"(ended {format_date(date.today())}: They could not find time to meet.)"
    ) in history.text()


def test_a_refused_meeting_keeps_what_was_typed(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    window.select_programme(running_id(demo_db))
    pairings = window.programme_page.pairings
    pair = next(r for r in pairings.model.records() if r.status == "active")
    ended = next(r for r in pairings.model.records() if r.status == "ended")
    pairings.select(ended.id)
    assert not pairings.reportMeetingButton.isEnabled()
    assert pairings.report_meeting() is None
    pairings.select(pair.id)
    dialog = pairings.report_meeting()
    assert dialog is not None
    dialog.ui.otherTopicsEdit.setText("Career plans")
    before = list_meetings(demo_db, pair.id)
    # Meanwhile the pairing ended yesterday (say, from the command line).
    end_pairing(demo_db, pair.id, "Ended meanwhile.", date.today() - timedelta(days=1))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "the meeting cannot be later" in dialog.ui.dateError.text()
    assert dialog.ui.dateError.isVisible()
    assert dialog.ui.otherTopicsEdit.text() == "Career plans"
    assert list_meetings(demo_db, pair.id) == before
    dialog.reject()
