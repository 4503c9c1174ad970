"""The About box: version and the open database."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk import __version__
from mentordesk.gui.forms.ui_about_dialog import Ui_AboutDialog
from mentordesk.gui.theme import app_pixmap


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.aboutIcon.setPixmap(app_pixmap(72))
        self.ui.aboutVersion.setText(
            f"Version {__version__}  ·  Qt {pyside_version}  ·  Python {platform.python_version()}"
        )
        self.ui.aboutDatabase.setText(f"Open database:\n{database}")
