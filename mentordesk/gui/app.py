"""Starting the MentorDesk app: QApplication, the database, the main window.

Kept lean for start-up time: the main window and everything behind it are imported only
once the database is open, and nothing at start-up grows with the number of people.
"""

from __future__ import annotations

import sys
import time

from mentordesk import APP_NAME, __version__
from mentordesk.config import DatabaseTarget


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

    With `quit_when_shown`, prints `shown-at <time.time()>` once the main window has been
    painted, then quits: a start-up benchmark measures this.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mentordesk.gui.opening import open_interactively

    app = create_application()
    assert isinstance(app, QApplication)
    opened = open_interactively(None, target, create=True, quitting=True)
    if opened is None:
        return 1
    db, lock = opened

    from mentordesk.gui.main_window import MainWindow
    from mentordesk.store.location import shared_location_warning

    window = MainWindow(db, lock)
    warning = shared_location_warning(target.path) if target.path is not None else None

    if quit_when_shown:

        def report_shown() -> None:
            print(f"shown-at {time.time()}", flush=True)
            # exit(), not quit(): quit() asks the windowing system to close every window,
            # a request that may arrive after the event loop has already returned.
            app.exit(0)

        window.first_painted.connect(report_shown)
        if warning:
            print(f"mentordesk: warning: {warning}", file=sys.stderr)
    else:

        def after_start() -> None:
            if warning:
                QMessageBox.warning(window, "Where the database is kept", warning)
            window.offer_welcome_if_empty()

        QTimer.singleShot(0, after_start)

    window.show()
    try:
        return app.exec()
    finally:
        window.shutdown()
        window.hide()
