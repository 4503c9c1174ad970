"""End a pairing: why, and on which day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.gui.dialogs.milestone_dialog import FORM_STYLE
from mentordesk.gui.editing import FieldErrors, wire_dialog_buttons
from mentordesk.gui.forms.ui_end_pairing_dialog import Ui_EndPairingDialog
from mentordesk.gui.table_models import format_date
from mentordesk.gui.wording import humanise
from mentordesk.services import pairings
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import PairingRecord
from mentordesk.store.database import Database

DIALOG_STYLE = (
    FORM_STYLE
    + """
QLabel#pairLabel { font-size: 12pt; font-weight: 600; color: #1F2A36; }
QLabel#factsLabel, QLabel#noteLabel { color: #5B6573; }
QPlainTextEdit[invalid="true"] { border: 1px solid #B3261E; border-radius: 3px; }
"""
)


class EndPairingDialog(QDialog):
    """The reason (required) and the end date (today by default, not before the start).

    "End pairing" saves through `services.pairings.end_pairing`; a refusal is shown at its
    field and the dialog stays open with what was typed. After acceptance `ended` holds
    the ended pairing.
    """

    def __init__(
        self,
        db: Database,
        pairing: PairingRecord,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EndPairingDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(DIALOG_STYLE)
        self.db = db
        self.pairing = pairing
        self.ended: PairingRecord | None = None
        ui = self.ui
        day = today or date.today()
        ui.pairLabel.setText(f"{pairing.mentor_name} and {pairing.mentee_name}")
        started = (
            f"since {format_date(pairing.started_on)}"
            if pairing.started_on
            else "no start date recorded"
        )
        ui.factsLabel.setText(f"{humanise(pairing.status)}, {started}")
        self.setWindowTitle(f"End the pairing of {pairing.mentor_name} and {pairing.mentee_name}")
        ui.dateEdit.setMaximumDate(QDate(day))
        if pairing.started_on is not None:
            ui.dateEdit.setMinimumDate(QDate(pairing.started_on))
        ui.dateEdit.setDate(QDate(day))
        ui.dateEdit.setToolTip(
            "From the start of the pairing up to today" if pairing.started_on else "Up to today"
        )
        self.errors = FieldErrors(ui.formError)
        self.errors.register("reason", ui.reasonEdit, ui.reasonError)
        self.errors.register("on", ui.dateEdit, ui.dateError)
        wire_dialog_buttons(
            self,
            ui.buttonBox,
            ok_name="endPairingOkButton",
            cancel_name="endPairingCancelButton",
            ok_text="End pairing",
        )
        ui.reasonEdit.setFocus()
        self.resize(520, self.sizeHint().height())

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText()

    def end_date(self) -> date:
        value: date = self.ui.dateEdit.date().toPython()
        return value

    def accept(self) -> None:
        """End the pairing; on a refusal show it at its field and stay open."""
        try:
            self.ended = pairings.end_pairing(
                self.db, self.pairing.id, self.reason(), self.end_date()
            )
        except InputRefused as refusal:
            self.errors.show(refusal)
            return
        super().accept()
