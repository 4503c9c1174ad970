"""The start page: a welcome for an empty database, else what needs attention.

The page is built with the window, before any database is open, so it holds only the
welcome at first. The dashboard (`gui.attention_view`) is made the first time the
database holds an organisation, once the window shows the database: neither the window
nor its tree waits for it. The main window looks for the items off the GUI thread and
hands them to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mentordesk.gui.forms.ui_start_page import Ui_StartPage
from mentordesk.gui.theme import app_pixmap

if TYPE_CHECKING:
    from mentordesk.gui.attention_view import AttentionDashboard


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


class StartPage(QWidget):
    """Signals (from the dashboard): `actionRequested(item)` when the consultant chooses
    a row's action; `refreshRequested()` when they ask to look through the programmes
    again."""

    actionRequested = Signal(object)
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAccessibleName("Start page")
        self.welcome = QWidget(self)
        self.welcome.setObjectName("welcomePage")
        self.ui = Ui_StartPage()
        self.ui.setupUi(self.welcome)
        self.ui.startIcon.setPixmap(app_pixmap(72))
        # One of the two shows at a time (a plain layout: a stacked one costs start-up time).
        self.pages = QVBoxLayout(self)
        self.pages.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.welcome)
        self.dashboard: AttentionDashboard | None = None
        self._holds = ""  # what the database holds; empty while it holds nothing

    def set_counts(self, organisations: int, programmes: int) -> None:
        """A welcome for an empty database; otherwise the dashboard."""
        ui = self.ui
        if organisations == 0:
            ui.startTitle.setText("Your database is empty")
            ui.startCounts.setText(
                "Client organisations and their programmes appear on the left once you add them."
            )
            self._holds = ""
            self._show(self.welcome)
            return
        ui.startTitle.setText("Choose a programme on the left, or create one")
        holds = (
            f"This database holds {plural(organisations, 'client organisation')} "
            f"and {plural(programmes, 'programme')}."
        )
        ui.startCounts.setText(holds)
        self._holds = holds
        if self.dashboard is None:
            # Made after this turn of the event loop, when the tree is on screen; the
            # welcome's counts stand in for the moment.
            QTimer.singleShot(0, self._make_dashboard)
            return
        self.dashboard.set_holds(holds)
        self._show(self.dashboard)

    def _show(self, page: QWidget) -> None:
        for other in (self.welcome, self.dashboard):
            if other is not None and other is not page:
                other.hide()
        page.show()

    def _make_dashboard(self) -> None:
        """Make the dashboard, show it (unless the database is empty by now) and ask for
        its items."""
        if self.dashboard is not None or not self._holds:
            return
        from mentordesk.gui.attention_view import AttentionDashboard

        self.dashboard = AttentionDashboard(self)
        self.dashboard.actionRequested.connect(self.actionRequested)
        self.dashboard.refreshRequested.connect(self.refreshRequested)
        self.pages.addWidget(self.dashboard)
        self.dashboard.set_holds(self._holds)
        self._show(self.dashboard)
        self.refreshRequested.emit()

    def showing_dashboard(self) -> bool:
        return self.dashboard is not None and not self.dashboard.isHidden()
