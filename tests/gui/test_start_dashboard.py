"""The start page's "Needs attention" dashboard on the demo: rows, filters, and actions."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from sqlalchemy import select

from mentordesk.gui import workers
from mentordesk.gui.attention_view import AttentionDashboard
from mentordesk.gui.main_window import MainWindow
from mentordesk.services.attention import AttentionItem, needs_attention
from mentordesk.store.database import Database
from mentordesk.store.models import FollowUp, FollowUpStatus, Interview, Pairing

DEMO_TODAY = date(2025, 10, 1)  # the day the demo of tests/gui/conftest.py is written for

WAIT_MS = 15_000


def attention_loading() -> bool:
    return any(control.name == "needs attention" for control in workers.running_tasks())


def dashboard_of(qtbot, window: MainWindow) -> AttentionDashboard:  # type: ignore[no-untyped-def]
    """The start page's dashboard, made once the window shows the database."""
    qtbot.waitUntil(window.start_page.showing_dashboard, timeout=WAIT_MS)
    assert window.start_page.dashboard is not None
    return window.start_page.dashboard


def refreshed(qtbot, window: MainWindow, day: date = DEMO_TODAY) -> list[AttentionItem]:  # type: ignore[no-untyped-def]
    """Judge by `day`, look again, and wait for the rows."""
    dashboard = dashboard_of(qtbot, window)
    window.attention_day = day
    window.refresh_attention()
    qtbot.waitUntil(lambda: not attention_loading(), timeout=WAIT_MS)
    return dashboard.items()


def finish_modals(
    finished: Callable[[], bool], fill: Callable[[QWidget], None] | None = None
) -> list[str]:
    """Go through whatever modal dialogs open until `finished()`: press a question's
    default button, fill an input dialog (with `fill`) and accept any other dialog."""
    seen: list[str] = []

    def attempt() -> None:
        if finished() or len(seen) > 6:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            seen.append(modal.windowTitle())
            if isinstance(modal, QMessageBox) and modal.defaultButton() is not None:
                modal.defaultButton().click()
            elif isinstance(modal, QDialog):
                if fill is not None:
                    fill(modal)
                modal.accept()
        QTimer.singleShot(50, attempt)

    QTimer.singleShot(0, attempt)
    return seen


def kinds(items: list[AttentionItem]) -> set[str]:
    return {i.kind for i in items}


def test_the_dashboard_lists_what_needs_attention_across_organisations(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    assert window.ui.contentStack.currentWidget() is window.start_page
    page = dashboard_of(qtbot, window)
    items = refreshed(qtbot, window)
    expected = needs_attention(demo_db, today=DEMO_TODAY)
    assert items == expected  # most urgent first, as the service orders them
    assert len({i.organisation_name for i in items}) >= 2
    assert page.ui.attentionStack.currentWidget() is page.ui.tablePage
    overdue = sum(i.kind == "overdue-followup" for i in items)
    quiet = sum(i.kind == "quiet-pair" for i in items)
    assert page.ui.overdueSummary.accessibleName() == f"{overdue} overdue follow-ups"
    assert page.ui.quietSummary.accessibleName().startswith(f"{quiet} quiet pair")
    assert page.ui.milestoneSummary.accessibleName() == "0 milestones in 14 days"
    assert page.ui.attentionShown.text() == f"{len(items)} items"
    # The first row is selected, its details shown and its action offered.
    first = items[0]
    assert page.selected_item() == first
    assert first.detail in page.ui.selectedDetail.text()
    assert page.ui.actionButton.text() == "&Record the call…"
    # No confidential note reaches the screen.
    with demo_db.unit_of_work() as s:
        notes = [n for n in s.scalars(select(Interview.notes)) if len(n) > 25]
    shown = " ".join(
        str(page.proxy.index(r, c).data())
        for r in range(page.proxy.rowCount())
        for c in range(page.proxy.columnCount())
    )
    assert notes and not [n for n in notes if n in shown]


def test_filter_by_kind_and_client_and_sort_by_client(qtbot, window: MainWindow) -> None:
    items = refreshed(qtbot, window)
    page = dashboard_of(qtbot, window)
    page.ui.kindFilter.setCurrentIndex(page.ui.kindFilter.findText("Quiet pairs"))
    assert kinds(page.items()) == {"quiet-pair"}
    assert page.ui.attentionShown.text().startswith("Showing ")
    page.ui.kindFilter.setCurrentIndex(0)
    first_client = items[0].organisation_name
    client = next(i.organisation_name for i in items if i.organisation_name != first_client)
    page.ui.organisationFilter.setCurrentIndex(page.ui.organisationFilter.findText(client))
    assert page.items() and {i.organisation_name for i in page.items()} == {client}
    page.ui.organisationFilter.setCurrentIndex(0)
    assert len(page.items()) == len(items)
    page.ui.attentionTable.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # Client
    names = [i.organisation_name for i in page.items()]
    assert names == sorted(names, key=str.casefold)


def test_nothing_needs_attention_is_said_plainly(qtbot, window: MainWindow) -> None:
    page = dashboard_of(qtbot, window)
    assert refreshed(qtbot, window, day=date(2020, 1, 6)) == []
    assert page.ui.attentionStack.currentWidget() is page.ui.calmPage
    assert page.ui.calmTitle.text() == "Nothing needs your attention"
    assert not page.ui.actionButton.isEnabled()
    assert page.ui.overdueSummary.accessibleName() == "0 overdue follow-ups"


def test_an_empty_database_keeps_the_welcome(qtbot, open_window, empty_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(empty_db)
    page = window.start_page
    assert not page.showing_dashboard()
    assert page.ui.startTitle.text() == "Your database is empty"
    assert page.dashboard is None


def test_completing_a_followup_from_the_dashboard(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    page = dashboard_of(qtbot, window)
    refreshed(qtbot, window)
    assert page.select_where(lambda i: i.kind == "overdue-followup" and i.pairing_id)
    item = page.selected_item()
    assert item is not None and item.followup_id is not None

    def fill(modal: QWidget) -> None:
        """A note for the follow-up, or the interviewer of the call recorded."""
        if isinstance(modal, QInputDialog):
            modal.setTextValue("Both are on track; the next meeting is booked.")
        interviewer = modal.findChild(QLineEdit, "interviewerEdit")
        if interviewer is not None and not interviewer.text():
            interviewer.setText("Maria Consultant")

    def done() -> bool:
        with demo_db.unit_of_work() as s:
            return s.get_one(FollowUp, item.followup_id).status is FollowUpStatus.DONE

    page.ui.attentionTable.setFocus()
    seen = finish_modals(done, fill)
    QTest.keyClick(page.ui.attentionTable, Qt.Key.Key_Return)
    qtbot.waitUntil(done, timeout=WAIT_MS)
    assert seen, "recording the call opens a dialog"
    programme_page = window.programme_page
    assert window.ui.contentStack.currentWidget() is programme_page
    assert programme_page.programme.id == item.programme_id
    assert programme_page.ui.programmeTabs.currentWidget() is programme_page.ui.followUpTab

    window.ui.actionShowStart.trigger()
    assert window.ui.contentStack.currentWidget() is window.start_page
    qtbot.waitUntil(lambda: not attention_loading(), timeout=WAIT_MS)
    assert item.followup_id not in {i.followup_id for i in page.items()}
    assert page.items()  # the others are still there


def test_call_the_pair_opens_it_on_the_pairings_tab(qtbot, window: MainWindow) -> None:
    page = dashboard_of(qtbot, window)
    refreshed(qtbot, window)
    assert page.select_where(lambda i: i.kind == "quiet-pair")
    item = page.selected_item()
    assert item is not None
    assert page.ui.actionButton.text() == "&Call the pair"
    qtbot.mouseClick(page.ui.actionButton, Qt.MouseButton.LeftButton)
    programme_page = window.programme_page
    assert programme_page.ui.programmeTabs.currentWidget() is programme_page.ui.pairingsTab
    assert [r.id for r in programme_page.pairings.selected()] == [item.pairing_id]
    assert "Report a meeting" in window.status_message()


def test_plan_a_rematch_opens_the_end_pairing_dialog(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    items = refreshed(qtbot, window)
    quiet = next(i for i in items if i.kind == "quiet-pair")
    with demo_db.unit_of_work() as s:
        pairing = s.get_one(Pairing, quiet.pairing_id)
        s.add(
            Interview(
                programme_id=pairing.programme_id,
                kind="follow-up",
                date=DEMO_TODAY - timedelta(days=2),
                pairing_id=pairing.id,
                answers={"satisfaction": "3"},
            )
        )
    refreshed(qtbot, window)
    page = dashboard_of(qtbot, window)
    assert page.select_where(lambda i: i.kind == "low-satisfaction")
    assert page.ui.unhappySummary.accessibleName().startswith("1 pair")
    assert page.ui.actionButton.text() == "&Plan a rematch…"
    viewport = page.ui.attentionTable.viewport()
    centre = page.ui.attentionTable.visualRect(page.ui.attentionTable.currentIndex()).center()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    pairings = window.programme_page.pairings
    assert [r.id for r in pairings.selected()] == [quiet.pairing_id]
    dialog = pairings.end_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
