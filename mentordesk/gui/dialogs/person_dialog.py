"""The dialog that adds or edits one person of a client organisation."""

from __future__ import annotations

import re
import zoneinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)

from mentordesk.gui.editing import FieldErrors, confirm_leave
from mentordesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from mentordesk.services.errors import InputRefused
from mentordesk.services.people import (
    PersonInput,
    get_person,
    list_people,
    people_filters,
    save_person,
)

if TYPE_CHECKING:
    from mentordesk.store.database import Database

NO_MANAGER = "— none —"
NO_GENDER = "—"
NO_LEVEL = -1

# Offered when the system has no time zone database (Windows without tzdata).
COMMON_TIME_ZONES = (
    "America/Chicago",
    "America/Los_Angeles",
    "America/New_York",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Europe/Amsterdam",
    "Europe/Athens",
    "Europe/Berlin",
    "Europe/Copenhagen",
    "Europe/Dublin",
    "Europe/Helsinki",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Oslo",
    "Europe/Paris",
    "Europe/Prague",
    "Europe/Stockholm",
    "Europe/Warsaw",
    "UTC",
)
_REGIONS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)

# Shared by the organisation and people pages and this dialog: field messages, headings,
# the archived banner. Colours follow resources/style.qss.
FORM_STYLE = """
QGroupBox {
    border: 1px solid #D8DEE4; border-radius: 6px; margin-top: 12px; padding: 10px 6px 6px 6px;
}
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 10px; padding: 0 4px;
    color: #1F2A36;
}
QLabel[role="title"] { color: #1F2A36; font-size: 17pt; font-weight: 600; }
QLabel[role="hint"] { color: #5B6573; }
QLabel[role="empty"] { color: #5B6573; font-size: 12pt; }
QLabel[role="error"] { color: #B3261E; }
QLabel[role="logo"] {
    background: #FFFFFF; border: 1px dashed #C9D1D9; border-radius: 4px; color: #8A94A0;
}
QFrame[role="banner"] {
    background: #FFF4D6; border: 1px solid #E6C35C; border-radius: 4px;
}
QFrame[role="banner"] QLabel { color: #5C4400; font-weight: 600; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QTableView[invalid="true"] {
    border: 1px solid #B3261E; border-radius: 3px;
}
QLineEdit[invalid="true"] { padding: 2px 3px; }
"""


def time_zones() -> list[str]:
    """IANA time zones a person can be in, sorted; a short list without a zone database."""
    try:
        zones = sorted(z for z in zoneinfo.available_timezones() if z.startswith(_REGIONS))
    except Exception:  # an odd tzdata install must not stop the dialog
        zones = []
    return [*zones, "UTC"] if zones else list(COMMON_TIME_ZONES)


def parse_languages(text: str) -> tuple[str, ...]:
    """'da, en' -> ('da', 'en'); commas, semicolons or spaces separate the codes."""
    return tuple(part.lower() for part in re.split(r"[,;\s]+", text) if part)


def name_widgets(combo: QComboBox) -> None:
    """An editable combo box's line edit gets a name of its own, for tests and screen readers."""
    edit = combo.lineEdit()
    if edit is not None:
        edit.setObjectName(f"{combo.objectName()}Text")
        edit.setAccessibleName(combo.accessibleName())


def name_parts(root: QWidget) -> None:
    """Names for the parts Qt builds inside composite widgets: table headers, combo box
    lists, clear buttons of line edits, the text of spin boxes."""
    for table in root.findChildren(QTableView):
        label = table.accessibleName() or table.objectName()
        for header, kind in (
            (table.horizontalHeader(), "column headers"),
            (table.verticalHeader(), "row headers"),
        ):
            header.setObjectName(f"{table.objectName()}{kind.title().replace(' ', '')}")
            header.setAccessibleName(f"{label} {kind}")
        corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(f"Select all {label.lower()}")
    for combo in root.findChildren(QComboBox):
        view = combo.view()
        view.setObjectName(f"{combo.objectName()}List")
        view.setAccessibleName(f"Choices for {combo.accessibleName() or combo.objectName()}")
    for edit in root.findChildren(QLineEdit):
        for button in edit.findChildren(QToolButton):
            button.setObjectName(f"{edit.objectName()}ClearButton")
            button.setAccessibleName(f"Clear {edit.accessibleName().lower()}")
    for spin in root.findChildren(QAbstractSpinBox):
        edit = spin.findChild(QLineEdit)
        if edit is not None:
            edit.setAccessibleName(spin.accessibleName())


def _searchable(combo: QComboBox) -> None:
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


class PersonDialog(QDialog):
    """Add (no person_id) or edit a person; OK saves, a refusal keeps the dialog open.

    Implements the Editor protocol of gui/editing.py, so Cancel or Escape with unsaved
    edits asks whether to save them.
    """

    personSaved = Signal(int)

    def __init__(
        self,
        db: Database,
        organisation_id: int,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        self._db = db
        self._organisation_id = organisation_id
        self._person_id = person_id
        self._saved = False
        ui = self.ui

        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("okButton")
        ok.setAccessibleName("Save person")
        ok.setToolTip("Save the person and close")
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName("Cancel")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for combo in (
            ui.genderCombo,
            ui.departmentCombo,
            ui.managerCombo,
            ui.locationCombo,
            ui.timeZoneCombo,
        ):
            name_widgets(combo)

        self.errors = FieldErrors(ui.formError)
        self.errors.register("first_name", ui.firstNameEdit, ui.firstNameError)
        self.errors.register("email", ui.emailEdit, ui.emailError)
        self.errors.register("level", ui.levelSpin, ui.levelError)
        self.errors.register("manager", ui.managerCombo, ui.managerError)

        record = get_person(db, person_id) if person_id is not None else None
        self._fill_choices(person_id)
        if record is None:
            self.setWindowTitle("New person")
        else:
            self.setWindowTitle(f"Edit {record.name}")
            ui.firstNameEdit.setText(record.first_name)
            ui.lastNameEdit.setText(record.last_name)
            ui.emailEdit.setText(record.email)
            ui.phoneEdit.setText(record.phone)
            ui.languagesEdit.setText(", ".join(record.languages))
            gender = ui.genderCombo.findText(record.gender, Qt.MatchFlag.MatchFixedString)
            if record.gender and gender >= 0:
                ui.genderCombo.setCurrentIndex(gender)
            else:
                ui.genderCombo.setCurrentText(record.gender or NO_GENDER)
            ui.departmentCombo.setCurrentText(record.department)
            ui.jobTitleEdit.setText(record.job_title)
            ui.levelSpin.setValue(NO_LEVEL if record.level is None else record.level)
            index = ui.managerCombo.findData(record.manager_id)
            ui.managerCombo.setCurrentIndex(max(index, 0))
            ui.locationCombo.setCurrentText(record.location)
            ui.timeZoneCombo.setCurrentText(record.time_zone)
            ui.biographyEdit.setPlainText(record.biography)
        for combo in (ui.departmentCombo, ui.managerCombo, ui.locationCombo, ui.timeZoneCombo):
            edit = combo.lineEdit()
            if edit is not None:
                edit.setCursorPosition(0)  # long names show their beginning
        self._initial = self._form_state()
        name_parts(self)
        ui.firstNameEdit.setFocus()

    # ------------------------------------------------------------------ choices
    def _fill_choices(self, person_id: int | None) -> None:
        ui = self.ui
        filters = people_filters(self._db, self._organisation_id)
        ui.departmentCombo.addItem("")
        ui.departmentCombo.addItems(filters.departments)
        ui.locationCombo.addItem("")
        ui.locationCombo.addItems(filters.locations)
        ui.timeZoneCombo.addItem("")
        ui.timeZoneCombo.addItems(time_zones())
        ui.managerCombo.addItem(NO_MANAGER, None)
        people = sorted(
            list_people(self._db, self._organisation_id), key=lambda p: p.name.casefold()
        )
        for person in people:
            if person.id == person_id:
                continue
            text = f"{person.name} — {person.job_title}" if person.job_title else person.name
            ui.managerCombo.addItem(text, person.id)
        for combo in (ui.departmentCombo, ui.locationCombo, ui.timeZoneCombo, ui.managerCombo):
            _searchable(combo)
            combo.setMaxVisibleItems(15)
        ui.departmentCombo.setCurrentIndex(0)
        ui.locationCombo.setCurrentIndex(0)
        ui.timeZoneCombo.setCurrentIndex(0)
        ui.managerCombo.setCurrentIndex(0)
        ui.genderCombo.setCurrentIndex(0)

    # ------------------------------------------------------------------ reading the form
    def _form_state(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.firstNameEdit.text(),
            ui.lastNameEdit.text(),
            ui.emailEdit.text(),
            ui.phoneEdit.text(),
            ui.languagesEdit.text(),
            ui.genderCombo.currentText(),
            ui.departmentCombo.currentText(),
            ui.jobTitleEdit.text(),
            ui.levelSpin.value(),
            ui.managerCombo.currentText(),
            ui.locationCombo.currentText(),
            ui.timeZoneCombo.currentText(),
            ui.biographyEdit.toPlainText(),
        )

    def _manager_id(self) -> int | None:
        combo = self.ui.managerCombo
        text = combo.currentText().strip()
        if not text or text == NO_MANAGER:
            return None
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index) != text:
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise InputRefused(
                f"There is nobody called {text!r} in this organisation: "
                "choose the manager from the list.",
                field="manager",
            )
        data = combo.itemData(index)
        return None if data is None else int(data)

    def person_input(self) -> PersonInput:
        """What the form holds; InputRefused when the manager is not one of the people."""
        ui = self.ui
        gender = ui.genderCombo.currentText().strip()
        level = ui.levelSpin.value()
        return PersonInput(
            first_name=ui.firstNameEdit.text(),
            last_name=ui.lastNameEdit.text(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            department=ui.departmentCombo.currentText(),
            job_title=ui.jobTitleEdit.text(),
            level=None if level == NO_LEVEL else level,
            location=ui.locationCombo.currentText(),
            time_zone=ui.timeZoneCombo.currentText(),
            languages=parse_languages(ui.languagesEdit.text()),
            manager_id=self._manager_id(),
            gender="" if gender == NO_GENDER else gender,
            biography=ui.biographyEdit.toPlainText(),
        )

    # ------------------------------------------------------------------ Editor protocol
    @property
    def person_id(self) -> int | None:
        """The person's ID: set once a new person is saved."""
        return self._person_id

    def has_unsaved_changes(self) -> bool:
        return self._form_state() != self._initial

    def save(self) -> bool:
        self.errors.clear()
        try:
            person_id = save_person(
                self._db, self._organisation_id, self.person_input(), self._person_id
            )
        except InputRefused as refusal:
            self.errors.show(refusal)
            return False
        self._person_id = person_id
        self._saved = True
        self._initial = self._form_state()
        self.personSaved.emit(person_id)
        return True

    def discard(self) -> None:
        self._initial = self._form_state()

    def editing_title(self) -> str:
        name = " ".join(
            part for part in (self.ui.firstNameEdit.text(), self.ui.lastNameEdit.text()) if part
        ).strip()
        return name or "the new person"

    # ------------------------------------------------------------------ closing
    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if not confirm_leave(self, self):
            return
        if self._saved:
            super().accept()
        else:
            super().reject()
