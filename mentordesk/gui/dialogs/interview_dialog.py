"""Record, open and change one interview: kind, with whom, date, interviewer, the answers
to the kind's questions, notes, and whether they are confidential.

This dialog is the one place where confidential notes and answers are shown. It saves
through `services.interviews`; a refusal is shown at its field and nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from mentordesk.gui.dialogs.milestone_dialog import FORM_STYLE
from mentordesk.gui.editing import FieldErrors, confirm_leave
from mentordesk.gui.forms.ui_interview_dialog import Ui_InterviewDialog
from mentordesk.gui.settings import app_settings
from mentordesk.gui.table_models import format_date
from mentordesk.services import interviews
from mentordesk.services.errors import InputRefused
from mentordesk.services.interview_templates import (
    InterviewTemplateRecord,
    Question,
    list_templates,
)
from mentordesk.services.interviews import InterviewData, InterviewRecord, Subject
from mentordesk.store.database import Database

LAST_INTERVIEWER_KEY = "interviews/lastInterviewer"
NOT_ANSWERED = "–"
TEXT_ANSWER_HEIGHT = 64
ANSWER_WIDTH = 90  # yes/no, numbers and 1-10: one width, in one column

DIALOG_STYLE = (
    FORM_STYLE
    + """
QGroupBox { font-weight: 600; }
QLabel[role="question"] { font-weight: 400; color: #1F2A36; }
QLabel#otherAnswers { color: #5B6573; }
QPlainTextEdit[invalid="true"], QScrollArea[invalid="true"] { border: 1px solid #B3261E; }
"""
)


def last_interviewer() -> str:
    return str(app_settings().value(LAST_INTERVIEWER_KEY, "") or "")


def subject_text(subject: Subject) -> str:
    return f"{subject.name} ({subject.detail})"


def subject_key(kind: str, subject_id: int) -> str:
    """A subject as item data: "pairing:12" (a tuple would come back as a list)."""
    return f"{kind}:{subject_id}"


@dataclass(frozen=True)
class InterviewStart:
    """What a new interview starts with: kind, with whom (kind and ID of the subject)."""

    kind: str = "matching"
    subject: tuple[str, int] | None = None


class AnswerField:
    """The input of one question; its value is None while unanswered."""

    def __init__(self, question: Question, parent: QWidget) -> None:
        self.question = question
        self.widget: QWidget
        if question.type == "text":
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(TEXT_ANSWER_HEIGHT)
            self.widget = edit
        elif question.type == "yesno":
            combo = QComboBox(parent)
            combo.addItem(NOT_ANSWERED, None)
            combo.addItem("Yes", interviews.YES)
            combo.addItem("No", interviews.NO)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(ANSWER_WIDTH)
            combo.view().setObjectName(f"answer_{question.key}_choices")
            combo.view().setAccessibleName("Yes or no")
            self.widget = combo
        else:
            spin = QSpinBox(parent)
            if question.type == "scale10":
                spin.setRange(0, 10)  # 0: not answered
                spin.setToolTip("1 = very poor, 10 = excellent")
            else:
                spin.setRange(-1, interviews.MAX_NUMBER)  # -1: not answered; 0 is an answer
            spin.setSpecialValueText(NOT_ANSWERED)
            spin.setValue(spin.minimum())
            spin.setFixedWidth(ANSWER_WIDTH)
            self.widget = spin
        self.widget.setObjectName(f"answer_{question.key}")
        self.widget.setAccessibleName(question.text)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip() or None
        if isinstance(w, QComboBox):
            return w.currentData()
        assert isinstance(w, QSpinBox)
        return None if w.value() == w.minimum() else w.value()

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            if index < 0 and value is not None:
                w.addItem(str(value), value)  # an earlier answer such as "Not yet"
                index = w.count() - 1
            w.setCurrentIndex(max(index, 0))
        else:
            assert isinstance(w, QSpinBox)
            try:
                w.setValue(int(value))
            except (TypeError, ValueError):
                w.setValue(w.minimum())


class InterviewDialog(QDialog):
    """One interview of a programme. `interview_id` opens a recorded one; otherwise a new
    one starts from `start`. With `followup_id`, saving also marks that follow-up done
    (one unit of work). After acceptance `saved` holds the saved interview."""

    def __init__(
        self,
        db: Database,
        programme_id: int,
        parent: QWidget | None = None,
        *,
        interview_id: int | None = None,
        start: InterviewStart | None = None,
        followup_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InterviewDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(DIALOG_STYLE)
        self.db = db
        self.programme_id = programme_id
        self.interview_id = interview_id
        self.followup_id = followup_id
        self.saved: InterviewRecord | None = None
        self.fields: dict[str, AnswerField] = {}
        self._values: dict[str, Any] = {}
        self._confidential_chosen = False
        ui = self.ui
        today = today or date.today()

        self.templates = {t.kind: t for t in list_templates(db, programme_id)}
        self.subjects = interviews.list_subjects(db, programme_id)
        record = interviews.get_interview(db, interview_id) if interview_id is not None else None
        for template in self.templates.values():
            ui.kindCombo.addItem(template.title, template.kind)
        for subject in self.subjects:
            ui.subjectCombo.addItem(subject_text(subject), subject_key(subject.kind, subject.id))
        completer = QCompleter(ui.subjectCombo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.subjectCombo.setCompleter(completer)
        completer.popup().setObjectName("subjectChoices")
        completer.popup().setAccessibleName("People and pairs matching what is typed")
        ui.subjectCombo.lineEdit().setPlaceholderText("Choose a participant, a pair or a person")
        ui.subjectCombo.lineEdit().setObjectName("subjectEdit")
        ui.subjectCombo.lineEdit().setAccessibleName("With whom: type to search")
        ui.dateEdit.setMaximumDate(QDate(today))
        for combo, what in ((ui.kindCombo, "Kinds of interview"), (ui.subjectCombo, "Whom")):
            combo.view().setObjectName(f"{combo.objectName()}List")
            combo.view().setAccessibleName(what)
        ui.dateEdit.setToolTip("The day of the interview: today or earlier")

        self.errors = FieldErrors(ui.formError)
        self.errors.register("subject", ui.subjectCombo, ui.subjectError)
        self.errors.register("date", ui.dateEdit, ui.dateError)
        self.errors.register("interviewer", ui.interviewerEdit, ui.interviewerError)
        self.errors.register("answers", ui.answersArea, ui.answersError)
        self.errors.register("kind", ui.kindCombo)
        self.other_answers = QLabel(ui.answersWidget)
        self.other_answers.setObjectName("otherAnswers")
        self.other_answers.setAccessibleName("Answers to questions no longer asked")
        self.other_answers.setWordWrap(True)

        if record is not None:
            self._show_record(record)
        else:
            self._start(start or InterviewStart(), today)
        self._build_answers()

        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveInterviewButton")
        save.setAccessibleName("Save the interview")
        save.setToolTip("Save (Ctrl+S)")
        save.setShortcut("Ctrl+S")
        save.setDefault(True)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelInterviewButton")
        cancel.setAccessibleName("Cancel")
        if followup_id is not None:
            save.setText("Save and mark done")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.subjectCombo.currentIndexChanged.connect(self._subject_changed)
        ui.confidentialCheck.clicked.connect(self._confidential_clicked)
        self._initial = self._state()

    # --- filling ------------------------------------------------------------------------

    def _start(self, start: InterviewStart, today: date) -> None:
        ui = self.ui
        self.setWindowTitle("Record the call" if self.followup_id else "New interview")
        self._select_kind(start.kind)
        ui.subjectCombo.setCurrentIndex(-1)
        if start.subject is not None:
            self._select_subject(start.subject, "")
        ui.dateEdit.setDate(QDate(today))
        ui.interviewerEdit.setText(last_interviewer())
        kind = start.subject[0] if start.subject else "participant"
        ui.confidentialCheck.setChecked(interviews.default_confidential(kind))

    def _show_record(self, record: InterviewRecord) -> None:
        ui = self.ui
        template = self.templates.get(record.kind)
        title = template.title if template else record.kind
        self.setWindowTitle(f"{title} with {record.with_whom}, {format_date(record.date)}")
        self._select_kind(record.kind)
        subject = (
            ("participant", record.participant_id)
            if record.participant_id is not None
            else ("pairing", record.pairing_id)
            if record.pairing_id is not None
            else ("person", record.person_id)
        )
        assert subject[1] is not None
        self._select_subject((subject[0], subject[1]), record.with_whom)
        ui.dateEdit.setMaximumDate(max(ui.dateEdit.maximumDate(), QDate(record.date)))
        ui.dateEdit.setDate(QDate(record.date))
        ui.interviewerEdit.setText(record.interviewer)
        ui.notesEdit.setPlainText(record.notes)
        ui.confidentialCheck.setChecked(record.confidential)
        self._confidential_chosen = True
        self._values = dict(record.answers)

    def _select_kind(self, kind: str) -> None:
        combo = self.ui.kindCombo
        index = combo.findData(kind)
        if index < 0:
            combo.addItem(kind, kind)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _select_subject(self, subject: tuple[str, int], name: str) -> None:
        combo = self.ui.subjectCombo
        index = combo.findData(subject_key(*subject))
        if index < 0:  # someone no longer listed, such as a person who left a role
            combo.addItem(name, subject_key(*subject))
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def template(self) -> InterviewTemplateRecord | None:
        return self.templates.get(self.ui.kindCombo.currentData())

    def _build_answers(self) -> None:
        """One input per question of the chosen kind, filled with what is known."""
        form = self.ui.answersForm
        if form.indexOf(self.other_answers) >= 0:
            form.takeRow(self.other_answers)  # kept for the next kind; the rest is deleted
        while form.rowCount():
            form.removeRow(0)
        self.fields = {}
        template = self.template()
        questions = template.questions if template is not None else ()
        for number, question in enumerate(questions, start=1):
            field = AnswerField(question, self.ui.answersWidget)
            label = QLabel(f"{number}. {question.text}", self.ui.answersWidget)
            label.setObjectName(f"question_{question.key}")
            label.setAccessibleName(f"Question {number}")
            label.setProperty("role", "question")
            label.setWordWrap(True)
            label.setBuddy(field.widget)
            form.addRow(label)
            form.addRow(field.widget)
            field.set_value(self._values.get(question.key))
            self.fields[question.key] = field
        others = {k: v for k, v in self._values.items() if k not in self.fields}
        if others:
            lines = "\n".join(f"{k.replace('_', ' ').capitalize()}: {v}" for k, v in others.items())
            self.other_answers.setText(f"Earlier answers, kept:\n{lines}")
            form.addRow(self.other_answers)
            self.other_answers.show()
        else:
            self.other_answers.hide()
        self.ui.answersGroup.setTitle(
            f"Answers: {template.title}" if template is not None else "Answers"
        )

    def _collect(self) -> dict[str, Any]:
        """Every answer known: those typed in the fields and those kept from before."""
        for key, field in self.fields.items():
            value = field.value()
            if value is None:
                self._values.pop(key, None)
            else:
                self._values[key] = value
        return dict(self._values)

    # --- reactions ----------------------------------------------------------------------

    def _kind_changed(self, *_args: object) -> None:
        self._collect()
        self._build_answers()

    def _subject_changed(self, *_args: object) -> None:
        subject = self.subject()
        if subject is not None and not self._confidential_chosen:
            self.ui.confidentialCheck.setChecked(interviews.default_confidential(subject[0]))

    def _confidential_clicked(self) -> None:
        self._confidential_chosen = True

    # --- reading ------------------------------------------------------------------------

    def subject(self) -> tuple[str, int] | None:
        combo = self.ui.subjectCombo
        text = combo.currentText().strip()
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index) != text:
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        kind, subject_id = str(combo.itemData(index)).split(":")
        return (kind, int(subject_id))

    def data(self) -> InterviewData:
        ui = self.ui
        kind, subject_id = self.subject() or ("", None)
        return InterviewData(
            programme_id=self.programme_id,
            kind=str(ui.kindCombo.currentData() or ""),
            date=ui.dateEdit.date().toPython(),  # type: ignore[arg-type]
            interviewer=ui.interviewerEdit.text(),
            answers=self._collect(),
            notes=ui.notesEdit.toPlainText(),
            confidential=ui.confidentialCheck.isChecked(),
            participant_id=subject_id if kind == "participant" else None,
            pairing_id=subject_id if kind == "pairing" else None,
            person_id=subject_id if kind == "person" else None,
        )

    def _state(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.kindCombo.currentData(),
            ui.subjectCombo.currentText(),
            ui.dateEdit.date(),
            ui.interviewerEdit.text(),
            tuple(sorted((k, str(v)) for k, v in self._collect().items())),
            ui.notesEdit.toPlainText(),
            ui.confidentialCheck.isChecked(),
        )

    # --- Editor -------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.saved is None and self._state() != self._initial

    def editing_title(self) -> str:
        return "the interview"

    def discard(self) -> None:
        self._initial = self._state()

    def save(self) -> bool:
        self.errors.clear()
        data = self.data()
        try:
            if self.followup_id is not None:
                self.saved = interviews.record_followup_call(self.db, self.followup_id, data)
            elif self.interview_id is not None:
                self.saved = interviews.update_interview(self.db, self.interview_id, data)
            else:
                self.saved = interviews.record_interview(self.db, data)
        except InputRefused as refusal:
            self.errors.show(refusal)
            return False
        app_settings().setValue(LAST_INTERVIEWER_KEY, self.saved.interviewer)
        return True

    def accept(self) -> None:
        if self.saved is not None or self.save():
            super().accept()

    def reject(self) -> None:
        if not confirm_leave(self, self):
            return
        if self.saved is not None:
            super().accept()
        else:
            super().reject()
