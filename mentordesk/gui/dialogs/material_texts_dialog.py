"""Edit texts…: a programme's own wording of the standard texts of its printed papers.

The editor always holds the wording that will be printed: the programme's own, or the
standard one until it is changed. Save stores every changed text in one transaction; text
equal to the standard wording is stored as no own wording at all.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from mentordesk.gui.dialogs.milestone_dialog import FORM_STYLE
from mentordesk.gui.editing import FieldErrors, confirm_leave
from mentordesk.gui.forms.ui_material_texts_dialog import Ui_MaterialTextsDialog
from mentordesk.services.errors import InputRefused
from mentordesk.services.material_texts import (
    MaterialTextRecord,
    list_material_texts,
    normalised,
    save_material_texts,
)
from mentordesk.store.database import Database

LANGUAGE_NAMES = {"en": "English", "da": "Danish"}
# Where each standard text is printed, so texts with the same title can be told apart.
USED_IN = {
    "mentor_role_guide": "kick-off pack",
    "mentee_role_guide": "kick-off pack",
    "first_meeting_guide": "kick-off pack",
    "confidentiality_clause": "agreements",
    "ending_clause": "agreements",
    "learning_themes_explained": "overview, kick-off pack",
    "interview_guide_confidential": "interview guides",
    "interview_guide_other": "interview guides (own kinds)",
}
INTERVIEW_GUIDE_PREFIX = "interview_guide_"

DIALOG_STYLE = (
    FORM_STYLE
    + """
QLabel#textTitleLabel { font-size: 13pt; font-weight: 600; }
QLabel#ownStateLabel { color: #5B6573; }
QPlainTextEdit#standardView { background: #F4F5F7; color: #3A4350; }
"""
)


def used_in(key: str) -> str:
    if key in USED_IN:
        return USED_IN[key]
    return "interview guide" if key.startswith(INTERVIEW_GUIDE_PREFIX) else "printed papers"


class MaterialTextsDialog(QDialog):
    """The standard texts of one language for one programme, each editable."""

    def __init__(
        self,
        db: Database,
        programme_id: int,
        language: str,
        programme_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MaterialTextsDialog()
        self.ui.setupUi(self)
        self.db = db
        self.programme_id = programme_id
        self.language = language
        self.programme_name = programme_name
        self.records: list[MaterialTextRecord] = list_material_texts(db, programme_id, language)
        self.wording: dict[str, str] = {r.key: r.printed for r in self.records}
        self.saved_count = 0
        ui = self.ui
        language_name = LANGUAGE_NAMES.get(language, language)
        self.setWindowTitle(f"Texts of the printed papers in {language_name}")
        for_whom = f"“{programme_name}”" if programme_name else "this programme"
        ui.introLabel.setText(
            f"The standard texts printed on the {language_name} papers of {for_whom}. "
            "Change the wording for this programme only; the standard wording stays "
            "for every other programme."
        )
        self.errors = FieldErrors(ui.formError)
        self.errors.register("text", ui.ownEdit, ui.textError)
        for hint in (ui.introLabel, ui.formatHint):
            hint.setProperty("role", "hint")
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveTextsButton")
        save.setAccessibleName("Save the texts")
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelTextsButton")
        cancel.setAccessibleName("Cancel")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.restoreButton.clicked.connect(self.restore_standard)
        ui.ownEdit.textChanged.connect(self._edited)
        ui.textList.currentRowChanged.connect(self._show_text)
        ui.textsSplitter.setSizes([370, 610])
        for record in self.records:
            item = QListWidgetItem(ui.textList)
            item.setToolTip(
                f"Printed in the {used_in(record.key)}. Bold with ✎: this programme's own wording."
            )
            self._label(item, record)
        self.setStyleSheet(DIALOG_STYLE)  # after the roles are set
        self._showing: int = -1
        ui.textList.setCurrentRow(0)
        ui.ownEdit.setFocus()

    # --- showing ------------------------------------------------------------------------

    def current(self) -> MaterialTextRecord | None:
        row = self.ui.textList.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _label(self, item: QListWidgetItem, record: MaterialTextRecord) -> None:
        own = not self._is_standard(record)
        item.setText(f"{record.title}  ·  {used_in(record.key)}" + ("  ✎" if own else ""))
        font = QFont(item.font())
        font.setBold(own)
        item.setFont(font)

    def _is_standard(self, record: MaterialTextRecord) -> bool:
        return normalised(self.wording[record.key]) == normalised(record.standard)

    def _show_text(self, row: int) -> None:
        self._showing = row
        record = self.current()
        ui = self.ui
        ui.textError.hide()
        if record is None:
            return
        ui.textTitleLabel.setText(record.title)
        ui.standardView.setPlainText(record.standard)
        ui.ownEdit.blockSignals(True)
        ui.ownEdit.setPlainText(self.wording[record.key])
        ui.ownEdit.blockSignals(False)
        self._update_state(record)

    def _update_state(self, record: MaterialTextRecord) -> None:
        standard = self._is_standard(record)
        changed = normalised(self.wording[record.key]) != normalised(record.printed)
        state = "standard" if standard else "own wording"
        self.ui.ownStateLabel.setText(f"({state}{', not saved yet' if changed else ''})")
        self.ui.restoreButton.setEnabled(not standard)
        self._label(self.ui.textList.item(self.ui.textList.currentRow()), record)

    def _edited(self) -> None:
        record = self.current()
        if record is None:
            return
        self.wording[record.key] = self.ui.ownEdit.toPlainText()
        self._update_state(record)

    def restore_standard(self) -> None:
        """Put the standard wording back in the editor; Save makes it the printed one."""
        record = self.current()
        if record is not None:
            self.ui.ownEdit.setPlainText(record.standard)

    # --- saving -------------------------------------------------------------------------

    def changes(self) -> dict[str, str]:
        """The texts whose wording differs from what is stored."""
        return {
            r.key: self.wording[r.key]
            for r in self.records
            if normalised(self.wording[r.key]) != normalised(r.printed)
        }

    def has_unsaved_changes(self) -> bool:
        return bool(self.changes())

    def editing_title(self) -> str:
        return "the texts of the printed papers"

    def save(self) -> bool:
        changes = self.changes()
        try:
            if changes:
                self.records = save_material_texts(
                    self.db, self.programme_id, self.language, changes
                )
        except InputRefused as refusal:
            keys = [r.key for r in self.records]
            if refusal.field in keys:
                self.ui.textList.setCurrentRow(keys.index(refusal.field))
                self.errors.show(InputRefused(str(refusal), field="text"))
            else:
                self.errors.show(refusal)
            return False
        self.saved_count = len(changes)
        self.errors.clear()
        return True

    def discard(self) -> None:
        self.wording = {r.key: r.printed for r in self.records}

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if confirm_leave(self, self):
            super().reject()
