"""Edit > Settings…: the consultancy's name and contact, paper size, anonymity threshold."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mentordesk.gui.dialogs.milestone_dialog import FORM_STYLE
from mentordesk.gui.editing import FieldErrors
from mentordesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from mentordesk.services.errors import InputRefused
from mentordesk.services.settings import (
    MIN_ANONYMITY_THRESHOLD,
    ConsultancySettings,
    read_settings,
    save_settings,
)
from mentordesk.store.database import Database

PAPERS = (("A4", "a4"), ("US Letter", "letter"))


class SettingsDialog(QDialog):
    """Shows the stored settings; Save stores them in one transaction. A refusal is shown
    at its field and the dialog stays open with what was typed."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.db = db
        self.saved: ConsultancySettings | None = None
        ui = self.ui
        for text, paper in PAPERS:
            ui.paperCombo.addItem(text, paper)
        ui.anonymitySpin.setMinimum(MIN_ANONYMITY_THRESHOLD)
        self.errors = FieldErrors(ui.formError)
        self.errors.register("consultancy_name", ui.consultancyNameEdit, ui.consultancyNameError)
        self.errors.register("paper", ui.paperCombo, ui.paperError)
        self.errors.register("anonymity_threshold", ui.anonymitySpin, ui.anonymityError)
        for hint in (ui.footerHint, ui.anonymityHint, ui.introLabel):
            hint.setProperty("role", "hint")
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveSettingsButton")
        save.setAccessibleName("Save settings")
        save.setDefault(True)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelSettingsButton")
        cancel.setAccessibleName("Cancel")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.setStyleSheet(FORM_STYLE)  # after the roles are set
        self._show(read_settings(db))
        ui.consultancyNameEdit.setFocus()

    def _show(self, settings: ConsultancySettings) -> None:
        ui = self.ui
        ui.consultancyNameEdit.setText(settings.consultancy_name)
        ui.consultancyContactEdit.setText(settings.consultancy_contact)
        ui.paperCombo.setCurrentIndex(max(ui.paperCombo.findData(settings.paper), 0))
        ui.anonymitySpin.setValue(settings.anonymity_threshold)

    def settings(self) -> ConsultancySettings:
        """What the dialog holds now."""
        ui = self.ui
        return ConsultancySettings(
            consultancy_name=ui.consultancyNameEdit.text(),
            consultancy_contact=ui.consultancyContactEdit.text(),
            anonymity_threshold=ui.anonymitySpin.value(),
            paper=ui.paperCombo.currentData(),
        )

    def accept(self) -> None:
        try:
            self.saved = save_settings(self.db, self.settings())
        except InputRefused as refusal:
            self.errors.show(refusal)
            return
        self.errors.clear()
        super().accept()
