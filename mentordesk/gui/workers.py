"""Long work off the GUI thread: QThreadPool + QRunnable, results signalled back.

A task is a plain function `task(control) -> result`. It runs on a pool thread and calls
services, which open their own sessions; it never touches widgets. `control.report(done,
total)` sends progress and `control.is_cancelled()` says whether the user pressed Cancel.
The result or the exception arrives on the GUI thread through the control's signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

log = logging.getLogger(__name__)

SHOW_PROGRESS_AFTER_MS = 400


class TaskControl(QObject):
    """The GUI thread's handle on one background task, and the task's way to report.

    Created on the GUI thread, so its signals are delivered there (queued) even though
    they are emitted from the pool thread.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancelled = threading.Event()
        self.done = False
        # The runnable stays Python's until its outcome is delivered: left to the pool's
        # auto-delete, its C++ side was freed under a live Python wrapper, which crashed
        # the interpreter's final garbage collection.
        self.worker: QRunnable | None = None

    def report(self, done: int, total: int) -> None:
        self.progress.emit(int(done), int(total))

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()


Task = Callable[[TaskControl], Any]

# Controls of tasks still running. Holding them here keeps each control (and so the
# queued signals on their way to the GUI thread) alive until its outcome is delivered.
_running: set[TaskControl] = set()


def running_tasks() -> list[TaskControl]:
    return [c for c in _running if not c.done]


class Worker(QRunnable):
    """Runs one task on a pool thread and signals its outcome through the control."""

    def __init__(self, task: Task, control: TaskControl) -> None:
        super().__init__()
        self.task = task
        self.control = control

    def run(self) -> None:
        try:
            result = self.task(self.control)
        except Exception as exc:
            if not _expected(exc):
                log.exception("background task %r failed", self.control.name)
            self.control.failed.emit(exc)
        else:
            self.control.finished.emit(result)


def _expected(exc: Exception) -> bool:
    """Refusals and store errors carry a message for the user; they are not bugs."""
    from mentordesk.services.errors import InputRefused
    from mentordesk.store.errors import StoreError

    return isinstance(exc, InputRefused | StoreError)


def start_task(
    pool: QThreadPool,
    task: Task,
    *,
    name: str = "",
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> TaskControl:
    """Start `task` on `pool`; the callbacks run on the GUI thread."""
    control = TaskControl(name)

    def finished(result: Any) -> None:
        control.done = True
        control.worker = None
        _running.discard(control)
        if on_done is not None:
            on_done(result)

    def failed(exc: Exception) -> None:
        control.done = True
        control.worker = None
        _running.discard(control)
        if on_failed is not None:
            on_failed(exc)

    from PySide6.QtCore import Qt  # here, not at start-up

    control.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    control.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    if on_progress is not None:
        control.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    _running.add(control)
    control.worker = Worker(task, control)
    control.worker.setAutoDelete(False)
    pool.start(control.worker)
    return control


def progress_dialog(
    parent: QWidget | None, title: str, label: str, *, cancellable: bool
) -> QProgressDialog:
    """A window-modal progress dialog that appears only if the work takes a while."""
    from PySide6.QtCore import Qt  # here, not at start-up
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, "Cancel" if cancellable else None, 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setAccessibleName(title)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(380)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setValue(0)  # starts the timer that shows the dialog after the minimum duration
    return dialog


def run_with_progress(
    parent: QWidget | None,
    pool: QThreadPool,
    task: Task,
    *,
    title: str,
    label: str,
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    cancellable: bool = False,
) -> TaskControl:
    """Run `task` in the background behind a progress dialog (with Cancel if it can stop).

    A task that reports progress gets a progress bar; otherwise the dialog shows a busy
    indicator. The dialog closes before `on_done` or `on_failed` is called. When `parent`
    has been destroyed meanwhile (its page closed), the outcome is dropped: the callbacks
    would act on widgets that no longer exist.
    """
    dialog = progress_dialog(parent, title, label, cancellable=cancellable)

    def parent_gone() -> bool:
        return parent is not None and not isValid(parent)

    def close_dialog() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def progressed(done: int, total: int) -> None:
        if total > 0 and not control.done and not parent_gone():
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def done(result: Any) -> None:
        if not parent_gone():
            close_dialog()
            on_done(result)

    def failed(exc: Exception) -> None:
        if not parent_gone():
            close_dialog()
            on_failed(exc)

    control = start_task(
        pool, task, name=title, on_done=done, on_failed=failed, on_progress=progressed
    )

    def cancel() -> None:
        control.cancel()
        dialog.setLabelText("Cancelling…")
        dialog.show()

    dialog.canceled.connect(cancel)
    return control


def run_and_wait(parent: QWidget | None, task: Task, *, title: str, label: str) -> Any:
    """Run `task` off the GUI thread and wait for it, keeping the GUI painted.

    For work that must finish before anything else can happen (the start-up restore of a
    damaged database). Returns the result or raises the task's exception.
    """
    outcome: dict[str, Any] = {}
    dialog = progress_dialog(parent, title, label, cancellable=False)
    control = start_task(
        QThreadPool.globalInstance(),
        task,
        name=title,
        on_done=lambda result: outcome.setdefault("result", result),
        on_failed=lambda exc: outcome.setdefault("error", exc),
    )
    # Not a nested QEventLoop: an application-wide quit would end that early.
    while not control.done:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not control.done:
            QThread.msleep(10)
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
