"""Add or edit a milestone of a programme."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.gui.editing import FieldErrors, wire_dialog_buttons
from mentordesk.gui.forms.ui_milestone_dialog import Ui_MilestoneDialog
from mentordesk.gui.table_models import format_date
from mentordesk.gui.timeline import MILESTONE_KINDS
from mentordesk.services import design
from mentordesk.services.design import MilestoneData
from mentordesk.services.errors import InputRefused
from mentordesk.store.database import Database

DEFAULT_TIMES = (time(9), time(12))

# Messages at fields, hints and marked fields: for the programme's dialogs and pages.
FORM_STYLE = """
QLabel[role="error"] { color: #B3261E; }
QLabel[role="hint"] { color: #5B6573; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
QTimeEdit[invalid="true"], QSpinBox[invalid="true"], QListView[invalid="true"] {
    border: 1px solid #B3261E;
    border-radius: 3px;
    padding: 2px 4px;
}
"""


class MilestoneDialog(QDialog):
    """Kind, title, date, times, place and agenda notes of one milestone.

    OK saves through `services.design.save_milestone`; a refusal (such as a date outside
    the programme) is shown at its field and the dialog stays open with what was typed.
    After acceptance `saved_milestone_id` holds the milestone's ID.
    """

    def __init__(
        self,
        db: Database,
        programme_id: int,
        milestone: MilestoneData | None = None,
        parent: QWidget | None = None,
        *,
        span: tuple[date | None, date | None] = (None, None),
        default_date: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MilestoneDialog()
        self.ui.setupUi(self)
        self.db = db
        self.programme_id = programme_id
        self.milestone = milestone
        self.saved_milestone_id: int | None = None
        ui = self.ui
        for kind, name in MILESTONE_KINDS.items():
            ui.kindCombo.addItem(name, kind)
        self.errors = FieldErrors(ui.formError)
        self.errors.register("title", ui.titleEdit, ui.titleError)
        self.errors.register("date", ui.dateEdit, ui.dateError)
        self.errors.register("end_time", ui.endTimeEdit, ui.endTimeError)
        self.errors.register("kind", ui.kindCombo, None)
        wire_dialog_buttons(
            self,
            ui.buttonBox,
            ok_name="saveMilestoneButton",
            cancel_name="cancelMilestoneButton",
            ok_text="Save milestone" if milestone is not None else "Add milestone",
        )
        ui.noTimeCheck.toggled.connect(self._timed_toggled)
        ui.kindCombo.activated.connect(self._kind_chosen)
        start, end = span
        if start and end:
            ui.spanHint.setText(
                f"The programme runs from {format_date(start)} to {format_date(end)}."
            )
        else:
            ui.spanHint.hide()
        ui.spanHint.setProperty("role", "hint")
        self.setStyleSheet(FORM_STYLE)  # after the roles are set
        if milestone is None:
            self.setWindowTitle("Add milestone")
            ui.dateEdit.setDate(QDate(default_date or date.today()))
            ui.startTimeEdit.setTime(QTime(DEFAULT_TIMES[0]))
            ui.endTimeEdit.setTime(QTime(DEFAULT_TIMES[1]))
        else:
            self.setWindowTitle(f"Edit milestone: {milestone.title}")
            self._show(milestone)
        ui.titleEdit.setFocus()

    def _show(self, m: MilestoneData) -> None:
        ui = self.ui
        index = ui.kindCombo.findData(m.kind)
        ui.kindCombo.setCurrentIndex(max(index, 0))
        ui.titleEdit.setText(m.title)
        ui.dateEdit.setDate(QDate(m.date))
        ui.noTimeCheck.setChecked(m.start_time is None and m.end_time is None)
        ui.startTimeEdit.setTime(QTime(m.start_time or DEFAULT_TIMES[0]))
        ui.endTimeEdit.setTime(QTime(m.end_time or m.start_time or DEFAULT_TIMES[1]))
        ui.placeEdit.setText(m.place)
        ui.agendaEdit.setPlainText(m.agenda)

    def _timed_toggled(self, no_time: bool) -> None:
        self.ui.startTimeEdit.setEnabled(not no_time)
        self.ui.endTimeEdit.setEnabled(not no_time)

    def _kind_chosen(self, _index: int) -> None:
        """A new milestone takes the kind's name as its title until one is typed."""
        title = self.ui.titleEdit.text().strip()
        if not title or title in MILESTONE_KINDS.values():
            kind_name = self.ui.kindCombo.currentText()
            self.ui.titleEdit.setText("" if kind_name == MILESTONE_KINDS["other"] else kind_name)

    def data(self) -> MilestoneData:
        """What the dialog holds now."""
        ui = self.ui
        timed = not ui.noTimeCheck.isChecked()
        return MilestoneData(
            kind=ui.kindCombo.currentData(),
            title=ui.titleEdit.text(),
            date=ui.dateEdit.date().toPython(),
            start_time=ui.startTimeEdit.time().toPython() if timed else None,
            end_time=ui.endTimeEdit.time().toPython() if timed else None,
            place=ui.placeEdit.text(),
            agenda=ui.agendaEdit.toPlainText(),
            id=self.milestone.id if self.milestone is not None else None,
        )

    def accept(self) -> None:
        try:
            self.saved_milestone_id = design.save_milestone(self.db, self.programme_id, self.data())
        except InputRefused as refusal:
            self.errors.show(refusal)
            return
        self.errors.clear()
        super().accept()
