"""The questions of each kind of interview in one programme: edit them, restore the
built-in ones, add a kind of the user's own. Saves through `services.interview_templates`.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox, QWidget

from mentordesk.gui.dialogs.milestone_dialog import FORM_STYLE
from mentordesk.gui.editing import FieldErrors, confirm_leave
from mentordesk.gui.forms.ui_interview_template_dialog import Ui_InterviewTemplateDialog
from mentordesk.services import interview_templates as service
from mentordesk.services.errors import InputRefused
from mentordesk.services.interview_templates import InterviewTemplateRecord, Question
from mentordesk.store.database import Database

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_QUESTION = "New question"
FIRST_QUESTION = "What has happened since we last spoke?"

DIALOG_STYLE = FORM_STYLE + "QLabel#sourceLabel { color: #5B6573; }\n"


class InterviewTemplateDialog(QDialog):
    """Shows one kind at a time; Save stores the programme's own copy of its questions.
    `templatesChanged` is emitted after anything was saved, restored, added or removed."""

    templatesChanged = Signal()

    def __init__(
        self, db: Database, programme_id: int, parent: QWidget | None = None, *, kind: str = ""
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InterviewTemplateDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(DIALOG_STYLE)
        self.db = db
        self.programme_id = programme_id
        self.template: InterviewTemplateRecord | None = None
        self._initial: tuple[object, ...] = ()
        ui = self.ui
        self.model = QStandardItemModel(self)
        ui.questionList.setModel(self.model)
        for qtype in service.QUESTION_TYPES:
            ui.questionType.addItem(service.TYPE_NAMES[qtype], qtype)
        self.errors = FieldErrors(ui.formError)
        self.errors.register("title", ui.titleEdit)
        self.errors.register("questions", ui.questionList)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveQuestionsButton")
        save.setAccessibleName("Save the questions")
        save.setShortcut("Ctrl+S")
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeQuestionsButton")
        close.setAccessibleName("Close")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.kindCombo.activated.connect(self._kind_chosen)
        ui.newKindButton.clicked.connect(self.new_kind)
        ui.removeKindButton.clicked.connect(self.remove_kind)
        ui.restoreButton.clicked.connect(self.restore)
        ui.addQuestionButton.clicked.connect(self.add_question)
        ui.removeQuestionButton.clicked.connect(self.remove_question)
        ui.upButton.clicked.connect(lambda: self.move_question(-1))
        ui.downButton.clicked.connect(lambda: self.move_question(1))
        ui.questionText.textEdited.connect(self._text_edited)
        ui.questionType.activated.connect(self._type_chosen)
        ui.questionList.selectionModel().currentChanged.connect(self._current_changed)
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_question(-1)),
            ("Ctrl+Down", lambda: self.move_question(1)),
            (QKeySequence.StandardKey.Delete, self.remove_question),
            (Qt.Key.Key_Insert, self.add_question),
        ):
            shortcut = QShortcut(QKeySequence(keys), ui.questionList)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        ui.questionList.setToolTip(
            "Insert adds a question, Delete removes it, Ctrl+Up and Ctrl+Down move it"
        )
        self._load(kind)

    # --- loading ------------------------------------------------------------------------

    def _load(self, kind: str) -> None:
        """Read the programme's kinds again and show one of them."""
        combo = self.ui.kindCombo
        combo.clear()
        for template in service.list_templates(self.db, self.programme_id):
            combo.addItem(template.title, template)
        index = next((i for i in range(combo.count()) if combo.itemData(i).kind == kind), 0)
        combo.setCurrentIndex(index)
        self._show(combo.itemData(index))

    def _show(self, template: InterviewTemplateRecord) -> None:
        ui = self.ui
        self.template = template
        self.errors.clear()
        ui.titleEdit.setText(template.title)
        self.model.clear()
        for question in template.questions:
            self.model.appendRow(self._item(question))
        if template.customised and template.built_in_kind:
            source = "This programme's own questions"
        elif template.customised:
            source = "A kind of this programme's own"
        else:
            source = "The built-in questions"
        ui.sourceLabel.setText(source)
        ui.restoreButton.setEnabled(template.built_in_kind and template.customised)
        ui.removeKindButton.setEnabled(not template.built_in_kind)
        self._select(0)
        self._initial = self._state()

    @staticmethod
    def _item(question: Question) -> QStandardItem:
        item = QStandardItem(question.text)
        item.setData(question.key, KEY_ROLE)
        item.setData(question.type, TYPE_ROLE)
        item.setToolTip(service.TYPE_NAMES.get(question.type, question.type))
        return item

    def questions(self) -> list[Question]:
        return [
            Question(
                text=item.text(),
                type=str(item.data(TYPE_ROLE)),
                key=str(item.data(KEY_ROLE) or ""),
            )
            for item in (self.model.item(row) for row in range(self.model.rowCount()))
        ]

    def _state(self) -> tuple[object, ...]:
        return (self.ui.titleEdit.text(), tuple(self.questions()))

    # --- one question -------------------------------------------------------------------

    def _row(self) -> int:
        index = self.ui.questionList.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        view = self.ui.questionList
        if 0 <= row < self.model.rowCount():
            view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._current_changed()

    def _current_changed(self, *_args: object) -> None:
        ui = self.ui
        item = self.model.item(self._row()) if self._row() >= 0 else None
        for widget in (ui.questionText, ui.questionType, ui.removeQuestionButton):
            widget.setEnabled(item is not None)
        ui.upButton.setEnabled(self._row() > 0)
        ui.downButton.setEnabled(0 <= self._row() < self.model.rowCount() - 1)
        ui.questionText.setText(item.text() if item else "")
        ui.questionType.setCurrentIndex(
            ui.questionType.findData(item.data(TYPE_ROLE)) if item else -1
        )

    def _text_edited(self, text: str) -> None:
        if self._row() >= 0:
            self.model.item(self._row()).setText(text)

    def _type_chosen(self, *_args: object) -> None:
        if self._row() >= 0:
            item = self.model.item(self._row())
            qtype = self.ui.questionType.currentData()
            item.setData(qtype, TYPE_ROLE)
            item.setToolTip(service.TYPE_NAMES.get(qtype, qtype))

    def add_question(self) -> None:
        row = self._row() + 1 if self._row() >= 0 else self.model.rowCount()
        self.model.insertRow(row, self._item(Question(text=NEW_QUESTION)))
        self._select(row)
        self.ui.questionText.setFocus()
        self.ui.questionText.selectAll()

    def remove_question(self) -> None:
        row = self._row()
        if row >= 0:
            self.model.removeRow(row)
            self._select(min(row, self.model.rowCount() - 1))

    def move_question(self, step: int) -> None:
        row = self._row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self._select(target)

    # --- kinds --------------------------------------------------------------------------

    def _kind_chosen(self, index: int) -> None:
        chosen: InterviewTemplateRecord = self.ui.kindCombo.itemData(index)
        if self.template is not None and chosen.kind == self.template.kind:
            return
        if not confirm_leave(self, self):
            previous = self.ui.kindCombo.findText(self.template.title if self.template else "")
            self.ui.kindCombo.setCurrentIndex(max(previous, 0))
            return
        self._show(chosen)

    def new_kind(self) -> None:
        if not confirm_leave(self, self):
            return
        title, ok = QInputDialog.getText(
            self, "New kind of interview", "Title of the new kind (such as “Network call”):"
        )
        if not ok:
            return
        try:
            added = service.add_kind(
                self.db,
                self.programme_id,
                title,
                [Question(text=FIRST_QUESTION)],
            )
        except InputRefused as refusal:
            QMessageBox.warning(self, "New kind of interview", str(refusal))
            return
        self._load(added.kind)
        self.ui.sourceLabel.setText(f"Added “{added.title}”: write its questions, then save.")
        self.templatesChanged.emit()

    def remove_kind(self) -> None:
        template = self.template
        if template is None or template.built_in_kind:
            return
        answer = QMessageBox.question(
            self,
            "Remove kind of interview",
            f"Remove the kind “{template.title}” and its questions from the programme?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.remove_kind(self.db, self.programme_id, template.kind)
        except InputRefused as refusal:
            QMessageBox.warning(self, "Remove kind of interview", str(refusal))
            return
        self._load("")
        self.templatesChanged.emit()

    def restore(self) -> None:
        template = self.template
        if template is None or not template.customised:
            return
        answer = QMessageBox.question(
            self,
            "Restore the built-in questions",
            f"Replace this programme's questions of “{template.title}” with the built-in ones?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service.restore_built_in(self.db, self.programme_id, template.kind)
        self._load(template.kind)
        self.ui.sourceLabel.setText("The built-in questions, restored")
        self.templatesChanged.emit()

    # --- Editor -------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self._state() != self._initial

    def editing_title(self) -> str:
        return f"the questions of “{self.template.title}”" if self.template else "the questions"

    def discard(self) -> None:
        self._initial = self._state()

    def save(self) -> bool:
        template = self.template
        if template is None:
            return False
        self.errors.clear()
        try:
            saved = service.save_template(
                self.db,
                self.programme_id,
                template.kind,
                self.ui.titleEdit.text(),
                self.questions(),
            )
        except InputRefused as refusal:
            self.errors.show(refusal)
            return False
        row = self._row()
        self._load(saved.kind)
        self._select(row)
        self.ui.sourceLabel.setText("Saved: this programme's own questions")
        self.templatesChanged.emit()
        return True

    def reject(self) -> None:
        if confirm_leave(self, self):
            super().reject()
