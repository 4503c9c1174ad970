"""Report a meeting of a pair: the day, how long, and what they talked about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.gui.dialogs.milestone_dialog import FORM_STYLE
from mentordesk.gui.editing import FieldErrors, wire_dialog_buttons
from mentordesk.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from mentordesk.gui.pages.start import plural
from mentordesk.gui.table_models import format_date
from mentordesk.services import followups, programmes
from mentordesk.services.errors import InputRefused
from mentordesk.services.followups import MeetingRecord
from mentordesk.services.records import PairingRecord
from mentordesk.store.database import Database

DEFAULT_MINUTES = 60

DIALOG_STYLE = (
    FORM_STYLE
    + """
QLabel#pairLabel { font-size: 12pt; font-weight: 600; color: #1F2A36; }
QLabel#factsLabel, QLabel#noteLabel { color: #5B6573; }
"""
)


def split_topics(text: str) -> list[str]:
    """'Career, values ,' as ['Career', 'values']."""
    return [part.strip() for part in text.split(",") if part.strip()]


class MeetingDialog(QDialog):
    """The date (today by default, not before the pair started), the length (the
    programme's meeting length by default) and the topics: the programme's learning
    themes to tick, and others typed in.

    "Report meeting" saves through `services.followups.report_meeting`; a refusal is shown
    at its field and the dialog stays open with what was entered. After acceptance
    `reported` holds the meeting.
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
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(DIALOG_STYLE)
        self.db = db
        self.pairing = pairing
        self.today = today or date.today()
        self.reported: MeetingRecord | None = None
        ui = self.ui
        programme = programmes.get_programme(db, pairing.programme_id)
        names = f"{pairing.mentor_name} and {pairing.mentee_name}"
        self.setWindowTitle(f"Report a meeting of {names}")
        ui.pairLabel.setText(names)
        ui.factsLabel.setText(self._facts(followups.list_meetings(db, pairing.id)))

        ui.dateEdit.setMaximumDate(QDate(self.today))
        if pairing.started_on is not None:
            ui.dateEdit.setMinimumDate(QDate(pairing.started_on))
        ui.dateEdit.setDate(QDate(self.today))
        ui.minutesSpin.setValue(programme.meeting_length_minutes or DEFAULT_MINUTES)

        self.themes = QStandardItemModel(self)
        for theme in programme.learning_themes:
            item = QStandardItem(theme)
            item.setCheckable(True)
            item.setEditable(False)
            self.themes.appendRow(item)
        ui.themesList.setModel(self.themes)
        if not programme.learning_themes:
            ui.themesList.hide()
            ui.themesLabel.hide()
        else:
            ui.themesList.setCurrentIndex(self.themes.index(0, 0))

        self.errors = FieldErrors(ui.formError)
        self.errors.register("on", ui.dateEdit, ui.dateError)
        self.errors.register("minutes", ui.minutesSpin, ui.minutesError)
        wire_dialog_buttons(
            self,
            ui.buttonBox,
            ok_name="reportMeetingOkButton",
            cancel_name="reportMeetingCancelButton",
            ok_text="Report meeting",
        )
        ui.dateEdit.setFocus()
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def _facts(meetings: list[MeetingRecord]) -> str:
        if not meetings:
            return "No meeting reported yet."
        last = format_date(meetings[-1].date)
        return f"{plural(len(meetings), 'meeting')} reported, the last on {last}."

    def meeting_date(self) -> date:
        value: date = self.ui.dateEdit.date().toPython()
        return value

    def set_theme_checked(self, theme: str, checked: bool = True) -> bool:
        for row in range(self.themes.rowCount()):
            item = self.themes.item(row)
            if item.text() == theme:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return True
        return False

    def topics(self) -> list[str]:
        """The ticked themes, then the other topics typed, each once."""
        ticked = [
            self.themes.item(row).text()
            for row in range(self.themes.rowCount())
            if self.themes.item(row).checkState() == Qt.CheckState.Checked
        ]
        chosen = [*ticked, *split_topics(self.ui.otherTopicsEdit.text())]
        return list(dict.fromkeys(chosen))

    def accept(self) -> None:
        """Report the meeting; on a refusal show it at its field and stay open."""
        try:
            self.reported = followups.report_meeting(
                self.db,
                self.pairing.id,
                self.meeting_date(),
                self.ui.minutesSpin.value(),
                self.topics(),
                today=self.today,
            )
        except InputRefused as refusal:
            self.errors.show(refusal)
            return
        super().accept()
