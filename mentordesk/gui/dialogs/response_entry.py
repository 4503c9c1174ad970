"""Typing in returned paper survey forms, keyboard only.

The respondent's role is one key (m mentor, e mentee, nothing for unknown); each answer is
typed and Enter (or Tab) moves to the next question. Enter on the last question saves the
form as one response (anonymous: no participant is linked) and starts the next one;
Ctrl+Enter does so from anywhere. Each form is saved on its own, so closing the dialog
loses at most the form being typed, and only after asking.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QWidget

from mentordesk.gui.forms.ui_response_entry_dialog import Ui_ResponseEntryDialog
from mentordesk.gui.pages.start import plural
from mentordesk.services import surveys
from mentordesk.services.errors import InputRefused
from mentordesk.store.database import Database

ROLE_KEYS = {"m": ("mentor", "Mentor"), "e": ("mentee", "Mentee"), "u": (None, "Unknown")}
SCALE_HINTS = {"likert5": "1–5", "scale10": "1–10", "text": "open answer"}
LIKERT_HINT = (
    "Statements: 1 strongly disagree · 2 disagree · 3 neither · 4 agree · 5 strongly agree."
)
LABEL_WIDTH = 420
NUMBER_FIELD_WIDTH = 70
ANSWER_PATTERNS = {"likert5": "[1-5]", "scale10": "[1-9]|10"}
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

DIALOG_STYLE = """
QLabel#surveyTitle { font-size: 15px; font-weight: 600; }
QLabel#hintLabel, QLabel#formCount { color: #5B6573; }
QLabel#roleShown { font-weight: 600; min-width: 70px; }
QLabel#errorLabel { background: #FCEBEA; border: 1px solid #E8B4B0; border-radius: 4px;
    padding: 6px 10px; color: #8C1D18; }
QLineEdit[invalid="true"] { border: 2px solid #B3261E; }
"""


class ResponseEntryDialog(QDialog):
    """Enter the returned forms of one survey. `responsesSaved(count)` after every form
    saved or undone, with the number saved in this session."""

    responsesSaved = Signal(int)

    def __init__(
        self, db: Database, programme_id: int, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ResponseEntryDialog()
        self.ui.setupUi(self)
        self.setObjectName("responseEntryDialog")
        self.setStyleSheet(DIALOG_STYLE)
        self.db = db
        self.programme_id = programme_id
        self.kind = kind
        self.survey = surveys.programme_survey(db, programme_id, kind)
        self.saved_ids: list[int] = []
        self.fields: dict[str, QLineEdit] = {}
        self.setWindowTitle(f"Enter responses: {self.survey.title}")
        self.ui.surveyTitle.setText(self.survey.title)
        if any(q["type"] == "likert5" for q in self.survey.questions):
            self.ui.hintLabel.setText(f"{self.ui.hintLabel.text()}\n{LIKERT_HINT}")
        self.ui.roleEdit.setFixedWidth(NUMBER_FIELD_WIDTH)
        self._build_questions()

        ui = self.ui
        ui.roleEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[meuMEU]?"), ui.roleEdit)
        )
        ui.roleEdit.textChanged.connect(self._role_changed)
        ui.roleEdit.installEventFilter(self)
        ui.errorLabel.hide()
        ui.saveNextButton.setAutoDefault(False)
        ui.closeButton.setAutoDefault(False)
        ui.undoButton.setAutoDefault(False)
        ui.saveNextButton.clicked.connect(self.save_and_next)
        ui.undoButton.clicked.connect(self.undo_last)
        ui.closeButton.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save_and_next)
        self._update_count()
        ui.roleEdit.setFocus()

    def _build_questions(self) -> None:
        layout = self.ui.questionsLayout
        for n, question in enumerate(self.survey.questions, start=1):
            label = QLabel(f"{n}. {question['text']}", self.ui.questionsContent)
            label.setWordWrap(True)
            label.setMinimumWidth(LABEL_WIDTH)
            label.setObjectName(f"questionLabel_{question['key']}")
            field = QLineEdit(self.ui.questionsContent)
            field.setObjectName(f"answer_{question['key']}")
            field.setAccessibleName(f"Answer to question {n}: {question['text']}")
            field.setPlaceholderText(SCALE_HINTS.get(question["type"], ""))
            pattern = ANSWER_PATTERNS.get(question["type"])
            if pattern is not None:
                # Only a possible answer can be typed: 6 on a 1-5 question is not taken.
                field.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), field))
                field.setFixedWidth(NUMBER_FIELD_WIDTH)
            field.installEventFilter(self)
            field.textEdited.connect(self._clear_error)
            label.setBuddy(field)
            layout.addRow(label, field)
            self.fields[question["key"]] = field

    # --- keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return super().eventFilter(watched, event)
        if watched is self.ui.roleEdit and event.text().lower() in ROLE_KEYS:
            # One key chooses the role, whatever was typed before.
            self.ui.roleEdit.setText(event.text().lower())
            return True
        if event.key() in _ENTER_KEYS and isinstance(watched, QLineEdit):
            self._next_field(watched)
            return True
        return super().eventFilter(watched, event)

    def _next_field(self, current: QLineEdit) -> None:
        order = [self.ui.roleEdit, *self.fields.values()]
        index = order.index(current) if current in order else -1
        if index == len(order) - 1:
            self.save_and_next()
        else:
            order[index + 1].setFocus()
            order[index + 1].selectAll()

    # --- state --------------------------------------------------------------------------

    def role(self) -> str | None:
        return ROLE_KEYS.get(self.ui.roleEdit.text().lower(), (None, ""))[0]

    def _role_changed(self, text: str) -> None:
        self.ui.roleShown.setText(ROLE_KEYS.get(text.lower(), (None, "Unknown"))[1])

    def answers(self) -> dict[str, object]:
        return {key: field.text().strip() for key, field in self.fields.items()}

    def has_unsaved_changes(self) -> bool:
        return any(self.answers().values())

    def _update_count(self) -> None:
        count = len(self.saved_ids)
        before = self.survey.responses
        text = f"Form {count + 1}" + (f" · {plural(count, 'form')} saved" if count else "")
        if before:
            text += f" · {before} entered earlier"
        self.ui.formCount.setText(text)
        self.ui.undoButton.setEnabled(bool(self.saved_ids))

    def _clear_error(self, *_args: object) -> None:
        self.ui.errorLabel.hide()
        for field in self.fields.values():
            if field.property("invalid"):
                field.setProperty("invalid", False)
                field.style().unpolish(field)
                field.style().polish(field)

    def _show_error(self, text: str, field: QLineEdit | None) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        if field is not None:
            field.setProperty("invalid", True)
            field.style().unpolish(field)
            field.style().polish(field)
            field.setFocus()
            field.selectAll()

    # --- actions ------------------------------------------------------------------------

    def save_and_next(self) -> None:
        """Save the form typed in (one transaction) and clear the fields for the next."""
        if not self.has_unsaved_changes():
            first = next(iter(self.fields.values()), None)
            self._show_error("Nothing typed yet: type the answers of the form first.", first)
            return
        try:
            record = surveys.add_response(
                self.db, self.programme_id, self.kind, self.answers(), role=self.role()
            )
        except InputRefused as refusal:
            self._show_error(str(refusal), self.fields.get(refusal.field or ""))
            return
        self.saved_ids.append(record.id)
        self._clear_error()
        for field in self.fields.values():
            field.clear()
        self.ui.roleEdit.clear()
        self.ui.roleEdit.setFocus()
        self._update_count()
        self.responsesSaved.emit(len(self.saved_ids))

    def undo_last(self) -> None:
        if not self.saved_ids:
            return
        answer = QMessageBox.question(
            self,
            "Undo last form",
            f"Remove form {len(self.saved_ids)}, the one saved last?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            surveys.delete_response(self.db, self.saved_ids[-1])
        except InputRefused as refusal:
            self._show_error(str(refusal), None)
            return
        self.saved_ids.pop()
        self._update_count()
        self.responsesSaved.emit(len(self.saved_ids))

    def reject(self) -> None:
        """Close; a half-typed form is discarded only when the user says so."""
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                "Form not saved",
                "The form you are typing is not saved. Discard it?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
