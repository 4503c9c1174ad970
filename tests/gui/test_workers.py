"""Background work: a page closed while its task runs is not called back."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from mentordesk.gui.workers import TaskControl, run_with_progress


def test_the_outcome_of_a_task_outliving_its_page_is_dropped(qtbot: Any) -> None:
    page = QWidget()  # not handed to qtbot: the test deletes it
    started, release = threading.Event(), threading.Event()
    called_back: list[object] = []

    def task(control: TaskControl) -> str:
        started.set()
        release.wait(5)
        return "result"

    pool = QThreadPool.globalInstance()
    control = run_with_progress(
        page,
        pool,
        task,
        title="Working",
        label="Working…",
        on_done=called_back.append,
        on_failed=called_back.append,
    )
    assert started.wait(5)
    page.deleteLater()
    qtbot.wait(10)  # the page is deleted before the task ends
    release.set()
    qtbot.waitUntil(lambda: control.done)
    assert called_back == []


def test_a_task_reports_to_its_live_page(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    results: list[object] = []
    control = run_with_progress(
        page,
        QThreadPool.globalInstance(),
        lambda control: 6 * 7,
        title="Working",
        label="Working…",
        on_done=results.append,
        on_failed=results.append,
    )
    qtbot.waitUntil(lambda: control.done)
    assert results == [42]
