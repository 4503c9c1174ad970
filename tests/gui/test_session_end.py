"""Logging out, shutting down or being told to terminate, with edits not yet saved."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.session_end import SessionEnd
from mentordesk.services import design, interviews, programmes
from mentordesk.store.database import Database

TYPED = "Leaders for the green transition, typed just before the shutdown."


def type_an_unsaved_purpose(window: MainWindow, db: Database) -> int:
    programme_id = programmes.navigation_tree(db)[0].programmes[0].id
    assert window.select_programme(programme_id)
    window.programme_page.show_tab("design")
    window.programme_page.design.ui.purposeEdit.setPlainText(TYPED)
    editor = window.current_editor()
    assert editor is not None and editor.has_unsaved_changes()
    return programme_id


class SessionManager:
    """What the desktop hands the app when the session ends. Qt makes the real one (it
    has no public constructor); this one records what the window does with it."""

    def __init__(self, *, may_ask: bool) -> None:
        self.may_ask = may_ask
        self.released = self.cancelled = False

    def allowsInteraction(self) -> bool:
        return self.may_ask

    def release(self) -> None:
        self.released = True

    def cancel(self) -> None:
        self.cancelled = True


# The window as `run_app` makes it, idle, in a process of its own: SIGTERM comes from
# another thread, as from another process, while the event loop waits in Qt, where
# Python would run its handler only when something next happens to call into Python.
TERMINATION_PROBE = """
import os, signal, sys, threading, time
from mentordesk.gui.app import create_application
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.session_end import SessionEnd

app = create_application()
window = MainWindow(None, None)
window.show()
ending = SessionEnd(app, window)
ending.install()
sent = []

def send():  # on another thread, once the loop has settled
    time.sleep(0.5)
    sent.append(time.monotonic())
    os.kill(os.getpid(), signal.SIGTERM)

threading.Thread(target=send, daemon=True).start()
threading.Timer(8, os._exit, (3,)).start()  # never wait forever
code = app.exec()
took = time.monotonic() - sent[0]
ending.uninstall()
print(code, f"{took:.3f}", signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)
os._exit(0)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows sends no SIGTERM")
def test_a_termination_signal_ends_the_event_loop_at_once(
    own_process: Callable[[str], str],
) -> None:
    output = own_process(TERMINATION_PROBE)
    code, seconds, restored = output.split()
    assert code == "0"
    assert float(seconds) < 0.25, f"the loop ended {seconds} s after the signal"
    assert restored == "True"  # the handler before is put back on the way out


@pytest.mark.skipif(sys.platform == "win32", reason="Windows sends no SIGTERM")
def test_a_termination_signal_saves_the_edits_on_show(
    window: MainWindow, demo_db: Database, qapp: QApplication
) -> None:
    programme_id = type_an_unsaved_purpose(window, demo_db)
    ending = SessionEnd(qapp, window)
    ending.install()
    try:
        QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
        QTimer.singleShot(10_000, lambda: qapp.exit(3))  # never wait forever
        assert qapp.exec() == 0
    finally:
        ending.uninstall()
    assert design.read_programme(demo_db, programme_id).design.purpose == TYPED
    assert not window.current_editor().has_unsaved_changes()  # type: ignore[union-attr]


def test_logging_out_without_leave_to_ask_saves_the_edits(
    window: MainWindow, demo_db: Database
) -> None:
    programme_id = type_an_unsaved_purpose(window, demo_db)
    manager = SessionManager(may_ask=False)
    window.settle_edits_for_session_end(manager)  # type: ignore[arg-type]
    assert design.read_programme(demo_db, programme_id).design.purpose == TYPED
    assert not manager.cancelled


@pytest.mark.parametrize(
    ("answer", "saved", "cancelled"),
    [
        (QMessageBox.StandardButton.Save, True, False),
        (QMessageBox.StandardButton.Discard, False, False),
        (QMessageBox.StandardButton.Cancel, False, True),
    ],
)
def test_logging_out_asks_about_the_edits_and_may_be_cancelled(
    window: MainWindow,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    saved: bool,
    cancelled: bool,
) -> None:
    programme_id = type_an_unsaved_purpose(window, demo_db)
    asked: list[str] = []

    def reply(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return answer

    monkeypatch.setattr(QMessageBox, "exec", reply)
    manager = SessionManager(may_ask=True)
    window.settle_edits_for_session_end(manager)  # type: ignore[arg-type]
    assert asked == [f"Save the changes to {window.current_editor().editing_title()}?"]  # type: ignore[union-attr]
    assert (design.read_programme(demo_db, programme_id).design.purpose == TYPED) is saved
    assert manager.released and manager.cancelled is cancelled


def test_an_open_interview_dialog_is_saved_on_the_way_out(
    window: MainWindow, demo_db: Database
) -> None:
    """Interview notes are what a consultant can least afford to lose."""
    running = next(
        p.id
        for o in programmes.navigation_tree(demo_db)
        for p in o.programmes
        if p.status == "running"
    )
    assert window.select_programme(running)
    window.programme_page.show_tab("interviews")
    interviews_page = window.programme_page.interviews
    interviews_page.ui.newInterviewButton.click()
    dialog = interviews_page.dialog
    assert dialog is not None and QApplication.activeModalWidget() is dialog
    ui = dialog.ui
    ui.subjectCombo.setCurrentIndex(1)
    ui.interviewerEdit.setText("Ulla Friis")
    ui.notesEdit.setPlainText("Said in confidence, just before the laptop was shut.")
    assert window.unsaved_editors() == [dialog]
    before = {i.id for i in interviews.list_interviews(demo_db, programme_id=running)}

    window.save_edits_unattended()

    (new,) = [
        i for i in interviews.list_interviews(demo_db, programme_id=running) if i.id not in before
    ]
    assert new.interviewer == "Ulla Friis"
    assert interviews.get_interview(demo_db, new.id).notes == (
        "Said in confidence, just before the laptop was shut."
    )
    assert window.unsaved_editors() == []
