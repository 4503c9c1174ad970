"""The start page: what to do when nothing is selected."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mentordesk.gui.forms.ui_start_page import Ui_StartPage
from mentordesk.gui.theme import app_pixmap


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


class StartPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StartPage()
        self.ui.setupUi(self)
        self.ui.startIcon.setPixmap(app_pixmap(72))

    def set_counts(self, organisations: int, programmes: int) -> None:
        if organisations == 0:
            self.ui.startTitle.setText("Your database is empty")
            self.ui.startCounts.setText(
                "Client organisations and their programmes appear on the left once you add them."
            )
            return
        self.ui.startTitle.setText("Choose a programme on the left, or create one")
        self.ui.startCounts.setText(
            f"This database holds {plural(organisations, 'client organisation')} "
            f"and {plural(programmes, 'programme')}."
        )
