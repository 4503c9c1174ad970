"""The first-start welcome: explore the demo, or start empty."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.gui.forms.ui_welcome_dialog import Ui_WelcomeDialog
from mentordesk.gui.theme import app_pixmap

DEMO = "demo"
EMPTY = "empty"


class WelcomeDialog(QDialog):
    """Two big choices. `chosen` is emitted with DEMO or EMPTY (closing it means EMPTY)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        self.ui.welcomeIcon.setPixmap(app_pixmap(56))
        self.choice = EMPTY
        self.ui.exploreDemoButton.clicked.connect(lambda: self._choose(DEMO))
        self.ui.startEmptyButton.clicked.connect(lambda: self._choose(EMPTY))
        self.finished.connect(lambda _result: self.chosen.emit(self.choice))
        self.ui.exploreDemoButton.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
