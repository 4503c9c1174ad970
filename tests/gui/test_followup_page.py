"""The Follow-up page on the demo: attention, plan, done, skip and export the calendar."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from sqlalchemy import func, select

from mentordesk.config import DatabaseTarget
from mentordesk.gui.pages.followup import (
    NOTE,
    NOTHING_NEEDS_ATTENTION,
    OVERDUE_MARK,
    FollowUpPage,
)
from mentordesk.services.demo import fill_demo
from mentordesk.services.followups import list_followups
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import FollowUp, FollowUpStatus, Programme, ProgrammeStatus

WAIT_MS = 15_000


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "f.sqlite3"))
    fill_demo(database)
    yield database
    database.close()


@pytest.fixture
def running_id(db: Database) -> int:
    with db.unit_of_work() as s:
        return s.scalars(
            select(Programme.id).where(Programme.status == ProgrammeStatus.RUNNING)
        ).one()


@pytest.fixture
def page(qtbot, db: Database) -> FollowUpPage:  # type: ignore[no-untyped-def]
    widget = FollowUpPage(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warn(_parent: QWidget, _title: str, text: str, *args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return shown


def followup_count(db: Database) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(FollowUp)) or 0


def status_of(db: Database, followup_id: int) -> FollowUpStatus:
    with db.unit_of_work() as s:
        return s.get_one(FollowUp, followup_id).status


def shown_records(page: FollowUpPage) -> list:  # type: ignore[type-arg]
    proxy = page.proxy
    return [
        page.model.record(proxy.mapToSource(proxy.index(r, 0)).row())
        for r in range(proxy.rowCount())
    ]


def first_open(page: FollowUpPage):  # type: ignore[no-untyped-def]
    return next(r for r in shown_records(page) if r.status == "open")


def test_load_shows_attention_and_the_open_followups(
    page: FollowUpPage, db: Database, running_id: int
) -> None:
    page.load(running_id)
    items = page.attention()
    assert items
    assert any(i.kind == "overdue-followup" for i in items)
    texts = page.attention_texts()
    assert texts == [i.detail for i in items]
    assert NOTHING_NEEDS_ATTENTION not in texts
    assert items[0].severity == "high"  # most urgent first

    open_ids = {r.id for r in list_followups(db, programme_id=running_id) if r.status == "open"}
    rows = shown_records(page)
    assert rows and {r.id for r in rows} == open_ids
    overdue = next(r for r in rows if r.overdue)
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(overdue.id), 0)).row()
    due = page.proxy.index(row, 0)
    assert str(due.data()).startswith(OVERDUE_MARK)
    font = due.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()

    page.set_status_filter(None)
    assert page.proxy.rowCount() == len(list_followups(db, programme_id=running_id))


def test_empty_attention_state(page: FollowUpPage, db: Database) -> None:
    with db.unit_of_work() as s:
        closed = s.scalars(select(Programme.id).where(Programme.status != ProgrammeStatus.RUNNING))
        ids = list(closed)
    for programme_id in ids:
        page.load(programme_id)
        if not page.attention():
            assert page.attention_texts() == [NOTHING_NEEDS_ATTENTION]
            return
    pytest.skip("every demo programme has something needing attention")


def test_plan_followups_adds_rows(qtbot, page: FollowUpPage, db: Database, running_id: int) -> None:  # type: ignore[no-untyped-def]
    page.load(running_id)
    before_db, before_rows = followup_count(db), page.model.rowCount()
    with qtbot.waitSignal(page.followupsChanged, timeout=WAIT_MS):
        page.planButton.click()
    added = followup_count(db) - before_db
    assert added > 0
    assert page.model.rowCount() == before_rows + added
    assert page.message() == f"{added} follow-ups planned."


def test_done_through_the_page_sets_status_done(
    page: FollowUpPage, db: Database, running_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Called, all fine", True)
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Called, all fine", True))
    monkeypatch.setattr(FollowUpPage, "ask_how_done", lambda _page, _record: NOTE)
    page.load(running_id)
    record = first_open(page)
    assert page.select(record.id)
    assert page.doneButton.isEnabled() and not page.reopenButton.isEnabled()
    page.doneButton.click()
    with db.unit_of_work() as s:
        done = s.get_one(FollowUp, record.id)
        assert done.status is FollowUpStatus.DONE
        assert done.outcome == "Called, all fine"
        assert done.completed_on == date.today()
    assert record.id not in {r.id for r in shown_records(page)}  # the Open filter hides it

    # Reopen it from "All", then Enter on the row marks it done again.
    page.set_status_filter(None)
    assert page.select(record.id)
    assert page.reopenButton.isEnabled()
    page.reopenButton.click()
    assert status_of(db, record.id) is FollowUpStatus.OPEN
    assert page.select(record.id)
    page.followupTable.setFocus()
    QTest.keyClick(page.followupTable, Qt.Key.Key_Return)
    assert status_of(db, record.id) is FollowUpStatus.DONE


def test_double_click_is_done(
    qtbot, page: FollowUpPage, db: Database, running_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Met twice", True))
    monkeypatch.setattr(FollowUpPage, "ask_how_done", lambda _page, _record: NOTE)
    page.load(running_id)
    record = first_open(page)
    page.select(record.id)
    index = page.followupTable.currentIndex()
    page.followupTable.doubleClicked.emit(index)
    assert status_of(db, record.id) is FollowUpStatus.DONE


def test_skip_needs_a_reason(
    page: FollowUpPage,
    db: Database,
    running_id: int,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    page.load(running_id)
    record = first_open(page)
    page.select(record.id)
    before = followup_count(db)
    page.skipButton.click()
    assert warnings == ["Say why the follow-up is skipped."]
    assert status_of(db, record.id) is FollowUpStatus.OPEN
    assert followup_count(db) == before

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mentee on leave", True))
    page.skipButton.click()
    with db.unit_of_work() as s:
        skipped = s.get_one(FollowUp, record.id)
        assert skipped.status is FollowUpStatus.SKIPPED
        assert skipped.skip_reason == "Mentee on leave"


def test_export_calendar_writes_ics(
    page: FollowUpPage, running_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "programme"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "iCalendar files (*.ics)")
    )
    page.load(running_id)
    page.exportButton.click()
    written = target.with_suffix(".ics")
    assert written.exists()
    assert "BEGIN:VCALENDAR" in written.read_text(encoding="utf-8")
    assert page.message() == "Calendar exported to programme.ics."


def test_every_interactive_widget_is_named(page: FollowUpPage, running_id: int) -> None:
    page.load(running_id)
    kinds = (QAbstractButton, QComboBox, QAbstractItemView, QLineEdit)
    widgets = [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(widgets) >= 7
    for widget in widgets:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
