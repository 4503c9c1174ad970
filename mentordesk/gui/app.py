"""Starting the MentorDesk app: QApplication, the database, the main window.

Kept lean for start-up time: the main window and everything behind it are imported only
once the database is open, and nothing at start-up grows with the number of people.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from mentordesk import APP_NAME, __version__
from mentordesk.config import DatabaseTarget

if TYPE_CHECKING:
    from mentordesk.gui.session_end import SessionEnd


def create_application() -> object:
    """The QApplication (made once), named and styled as MentorDesk."""
    from PySide6.QtWidgets import QApplication

    from mentordesk.gui.settings import APPLICATION, ORGANISATION
    from mentordesk.gui.theme import app_icon, style_sheet

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mentordesk")
    app.setWindowIcon(app_icon())
    app.setStyleSheet(style_sheet())
    return app


def run_app(target: DatabaseTarget, *, quit_when_shown: bool = False) -> int:
    """Open the app on `target`; returns the exit status (1 when the database cannot open).

    The main window appears first; the database is locked, checked and opened in the
    next turn of the event loop, so the window never waits for SQLAlchemy to load.
    With `quit_when_shown`, prints `shown-at <time.time()>` once the window has been
    painted and `ready-at <time.time()>` once it shows the database, then quits: the
    start-up benchmark measures both.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mentordesk.gui.main_window import MainWindow

    app = create_application()
    assert isinstance(app, QApplication)
    window = MainWindow(None, None)
    session_end: SessionEnd | None = None
    status = 0

    def report(event: str) -> None:
        if quit_when_shown:
            print(f"{event}-at {time.time()}", flush=True)

    def open_database() -> None:
        nonlocal status
        from mentordesk.gui.opening import open_interactively
        from mentordesk.store.location import shared_location_warning

        opened = open_interactively(window, target, create=True, quitting=True)
        if opened is None:
            status = 1
            app.exit(1)
            return
        window.attach(*opened)
        report("ready")
        warning = shared_location_warning(target.path) if target.path is not None else None
        if quit_when_shown:
            # exit(), not quit(): quit() asks the windowing system to close every window,
            # a request that may arrive after the event loop has already returned.
            if warning:
                print(f"mentordesk: warning: {warning}", file=sys.stderr)
            app.exit(0)
            return
        if warning:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(window, "Where the database is kept", warning)
        window.offer_welcome_if_empty()

    def shown() -> None:
        nonlocal session_end
        from mentordesk.gui.session_end import SessionEnd

        report("shown")
        session_end = SessionEnd(app, window)
        session_end.install()
        QTimer.singleShot(0, open_database)

    window.first_painted.connect(shown)
    window.show()
    try:
        result = app.exec()
        return status or result
    finally:
        if session_end is not None:
            session_end.uninstall()
        window.shutdown()
        window.hide()
