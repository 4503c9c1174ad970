"""Ending with the desktop session, or on a termination signal, as closing would.

Logging out or shutting down asks the app to commit its data (`commitDataRequest`); a
service manager or `kill` sends SIGTERM. Either way the unsaved edits (an open editing
dialog's, the page's) are settled and the window's settings kept; `run_app` then backs
up, closes the database and releases its lock on the way out, as after closing the
window.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
from contextlib import suppress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from mentordesk.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class SessionEnd:
    """Installed once the window is shown; uninstalled when the event loop has ended."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app = app
        self.window = window
        self._previous_handler: Any = None
        self._previous_wakeup_fd = -1
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._installed = False

    def install(self) -> None:
        self.app.commitDataRequest.connect(self.window.settle_edits_for_session_end)
        if os.name == "posix":  # Windows ends a session through commitDataRequest only
            self._catch_sigterm()
        self._installed = True

    def uninstall(self) -> None:
        """Put back what was there before; nothing when never installed."""
        if not self._installed:
            return
        self._installed = False
        self.app.commitDataRequest.disconnect(self.window.settle_edits_for_session_end)
        if self._sockets is not None:
            signal.signal(signal.SIGTERM, self._previous_handler)
            signal.set_wakeup_fd(self._previous_wakeup_fd)
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            for end in self._sockets:
                end.close()
            self._sockets = None

    def _catch_sigterm(self) -> None:
        """Python runs a signal handler only when it next gets control, and the event
        loop is in Qt: the signal is written to a socket whose notifier wakes the loop."""
        from PySide6.QtCore import QSocketNotifier

        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._sockets = (reader, writer)
        self._previous_wakeup_fd = signal.set_wakeup_fd(writer.fileno())
        self._previous_handler = signal.signal(signal.SIGTERM, self._terminated)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self.app)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        """Empty the socket; Python runs the signal's handler on the way into this."""
        assert self._sockets is not None
        with suppress(BlockingIOError):
            self._sockets[0].recv(64)

    def _terminated(self, _signum: int, _frame: object) -> None:
        log.info("asked to terminate: saving the unsaved edits and quitting")
        self.window.save_edits_unattended()
        self.window.save_settings()
        self.app.exit(0)
