"""Editing a survey's questions: add, change, remove and reorder, then save in one go.

A question that already has answers keeps its key and type, and cannot be removed: the
dialog says so where the user tries, and the service refuses it again on saving.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from mentordesk.gui.forms.ui_survey_editor_dialog import Ui_SurveyEditorDialog
from mentordesk.gui.table_models import Column, RecordTableModel
from mentordesk.services import programmes, surveys
from mentordesk.services.errors import InputRefused
from mentordesk.store.database import Database

TYPE_NAMES = {"likert5": "Agree 1–5", "scale10": "Scale 1–10", "text": "Open answer"}
QUESTION_COLUMNS = (
    Column("Question", lambda q: q["text"]),
    Column("Type", lambda q: TYPE_NAMES.get(q["type"], q["type"])),
    Column("Theme", lambda q: q.get("theme", "")),
    Column("Key", lambda q: q["key"]),
)

AnyIndex = QModelIndex | QPersistentModelIndex


class SurveyEditorDialog(QDialog):
    """The questions of one survey of a programme; Save stores them in one transaction."""

    def __init__(
        self, db: Database, programme_id: int, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SurveyEditorDialog()
        self.ui.setupUi(self)
        self.setObjectName("surveyEditorDialog")
        self.db = db
        self.programme_id = programme_id
        self.kind = kind
        self.saved_title = ""
        survey = surveys.programme_survey(db, programme_id, kind)
        self.survey = survey
        self.answered = set(survey.answered_keys)
        self.questions: list[dict[str, str]] = [dict(q) for q in survey.questions]
        self._original = (survey.title, [dict(q) for q in survey.questions])
        programme = programmes.get_programme(db, programme_id)
        self.learning_themes = list(programme.learning_themes)
        self.language = programme.language

        ui = self.ui
        self.setWindowTitle(f"Edit survey: {survey.title}")
        ui.titleEdit.setText(survey.title)
        self.model = RecordTableModel(QUESTION_COLUMNS, self)
        ui.questionTable.setModel(self.model)
        ui.questionTable.verticalHeader().setVisible(False)
        header = ui.questionTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((2, 220), (3, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        for key, name in TYPE_NAMES.items():
            ui.typeCombo.addItem(name, key)
        standard_themes = {
            q["theme"] for q in surveys.builtin_questions(kind, self.learning_themes, self.language)
        }
        for theme in [*self.learning_themes, *sorted(standard_themes - set(self.learning_themes))]:
            ui.themeCombo.addItem(theme)
        ui.errorLabel.setStyleSheet("color: #8C1D18;")
        ui.errorLabel.hide()
        ui.restoreButton.setEnabled(not survey.responses)

        ui.questionTable.selectionModel().currentRowChanged.connect(self._show_selected)
        ui.textEdit.textEdited.connect(lambda text: self._edit("text", text))
        ui.keyEdit.textEdited.connect(lambda text: self._edit("key", text))
        ui.themeCombo.editTextChanged.connect(lambda text: self._edit("theme", text))
        ui.typeCombo.activated.connect(
            lambda _i: self._edit("type", str(ui.typeCombo.currentData()))
        )
        ui.addButton.clicked.connect(self.add_question)
        ui.removeButton.clicked.connect(self.remove_question)
        ui.upButton.clicked.connect(lambda: self.move(-1))
        ui.downButton.clicked.connect(lambda: self.move(1))
        ui.restoreButton.clicked.connect(self.restore_standard)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for keys, slot in (
            ("Ctrl+N", self.add_question),
            ("Ctrl+Up", lambda: self.move(-1)),
            ("Ctrl+Down", lambda: self.move(1)),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.questionTable)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_question)
        self._reload(0)

    # --- the list -----------------------------------------------------------------------

    def _reload(self, select_row: int | None) -> None:
        self.model.set_records(self.questions)
        if select_row is not None and self.questions:
            row = max(0, min(select_row, len(self.questions) - 1))
            self.ui.questionTable.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_selected()

    def current_row(self) -> int | None:
        index = self.ui.questionTable.selectionModel().currentIndex()
        return index.row() if index.isValid() else None

    def _show_selected(self, *_args: Any) -> None:
        ui = self.ui
        row = self.current_row()
        selected = row is not None
        for widget in (ui.textEdit, ui.typeCombo, ui.themeCombo, ui.keyEdit, ui.removeButton):
            widget.setEnabled(selected)
        ui.upButton.setEnabled(selected and row != 0)
        ui.downButton.setEnabled(selected and row != len(self.questions) - 1)
        if row is None:
            return
        question = self.questions[row]
        answered = question["key"] in self.answered
        ui.textEdit.setText(question["text"])
        ui.keyEdit.setText(question["key"])
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(question["type"]))
        ui.themeCombo.setEditText(question.get("theme", ""))
        ui.typeCombo.setEnabled(not answered)
        ui.keyEdit.setEnabled(not answered)
        ui.detailGroup.setTitle(
            "Selected question: has answers, so its type and key stay as they are"
            if answered
            else "Selected question"
        )

    def _edit(self, field: str, value: str) -> None:
        row = self.current_row()
        if row is None or self.questions[row].get(field) == value:
            return
        self.questions[row] = {**self.questions[row], field: value}
        top_left = self.model.index(row, 0)
        self.model.dataChanged.emit(top_left, self.model.index(row, len(QUESTION_COLUMNS) - 1))

    def _new_key(self) -> str:
        used = {q["key"] for q in self.questions}
        n = len(self.questions) + 1
        while f"q{n}" in used:
            n += 1
        return f"q{n}"

    def add_question(self) -> None:
        row = self.current_row()
        position = len(self.questions) if row is None else row + 1
        self.questions.insert(
            position, {"key": self._new_key(), "text": "", "type": "likert5", "theme": ""}
        )
        self._reload(position)
        self.ui.textEdit.setFocus()

    def remove_question(self) -> None:
        row = self.current_row()
        if row is None:
            return
        question = self.questions[row]
        if question["key"] in self.answered:
            self._show_error(
                f"“{question['text']}” cannot be removed: responses answer it, and their "
                "answers would be lost. Change its wording instead."
            )
            return
        del self.questions[row]
        self._reload(row)

    def move(self, step: int) -> None:
        row = self.current_row()
        if row is None or not 0 <= row + step < len(self.questions):
            return
        self.questions[row], self.questions[row + step] = (
            self.questions[row + step],
            self.questions[row],
        )
        self._reload(row + step)

    def restore_standard(self) -> None:
        self.questions = surveys.builtin_questions(self.kind, self.learning_themes, self.language)
        self._reload(0)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    # --- saving -------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return (self.ui.titleEdit.text(), self.questions) != self._original

    def save(self) -> None:
        try:
            saved = surveys.save_survey(
                self.db, self.programme_id, self.kind, self.ui.titleEdit.text(), self.questions
            )
        except InputRefused as refusal:
            self._show_error(str(refusal))
            return
        self.saved_title = saved.title
        self.accept()

    def reject(self) -> None:
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                "Unsaved changes",
                "Discard your changes to the survey?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
