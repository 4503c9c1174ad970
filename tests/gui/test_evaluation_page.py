"""The Evaluation tab on the demo: keyboard entry of paper forms, results, anonymity,
the survey editor and the import of an online survey's export."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from mentordesk.gui.dialogs.response_entry import ResponseEntryDialog
from mentordesk.gui.dialogs.survey_editor import SurveyEditorDialog
from mentordesk.gui.pages.evaluation import EvaluationPage
from mentordesk.services.surveys import list_responses, programme_survey
from mentordesk.store.database import Database
from mentordesk.store.models import Programme, ProgrammeStatus

HIDDEN = "Fewer than 5 responses: not shown to protect anonymity."


def _programme(db: Database, status: ProgrammeStatus) -> int:
    with db.unit_of_work() as s:
        return s.scalars(select(Programme.id).where(Programme.status == status)).one()


@pytest.fixture
def page(qtbot, demo_db: Database) -> EvaluationPage:  # type: ignore[no-untyped-def]
    widget = EvaluationPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_form(qtbot, dialog: ResponseEntryDialog, role_key: str, rating: str) -> None:  # type: ignore[no-untyped-def]
    """One paper form, keyboard only: the role key, then each answer and Enter."""
    qtbot.keyClicks(dialog.focusWidget(), role_key)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    for question in dialog.survey.questions:
        field = dialog.focusWidget()
        assert field is dialog.fields[question["key"]]
        answer = {"likert5": rating, "scale10": "8", "text": "Good pace"}[question["type"]]
        qtbot.keyClicks(field, answer)
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_paper_forms_entered_by_keyboard_update_the_results(
    qtbot,  # type: ignore[no-untyped-def]
    page: EvaluationPage,
    demo_db: Database,
) -> None:
    running = _programme(demo_db, ProgrammeStatus.RUNNING)
    page.load(running)
    assert page.kind() == "midterm"
    assert page.ui.responseSummary.text().startswith("0 responses")
    assert page.likertChart.message() == "No responses yet."
    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ResponseEntryDialog)
        assert dialog.focusWidget() is dialog.ui.roleEdit
        for n in range(4):
            _type_form(qtbot, dialog, "e", "4" if n % 2 else "5")
        assert dialog.ui.formCount.text().startswith("Form 5 · 4 forms saved")
        seen["after four"] = page.likertChart.message()
        seen["summary after four"] = page.ui.responseSummary.text()
        _type_form(qtbot, dialog, "m", "3")
        seen["after five"] = page.likertChart.message()
        assert dialog.focusWidget() is dialog.ui.roleEdit  # ready for the next form
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    QTimer.singleShot(0, drive)
    page.ui.enterButton.setFocus()
    qtbot.keyClick(page.ui.enterButton, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert seen["after four"] == HIDDEN
    assert str(seen["summary after four"]).startswith("4 responses")
    assert seen["after five"] == ""
    assert page.message() == "5 forms entered."
    assert page.ui.responseSummary.text().startswith("5 responses")
    assert "5 of " in page.rateText.text()
    trust = next(r for r in page.likertChart.rows() if r.label.startswith("Our conversations"))
    assert trust.values == [0.0, 0.0, 1.0, 2.0, 2.0]
    assert "Our conversations are open and built on trust.: 1: 0, 2: 0, 3: 1, 4: 2, 5: 2" in (
        page.likertChart.accessibleDescription()
    )
    # One mentor and four mentees: neither role group reaches the threshold.
    assert page.roleChart.message() == (
        "Mentors 1, mentees 4 responses: groups of fewer than 5 are not shown to protect anonymity."
    )
    stored = list_responses(demo_db, running, "midterm")
    assert [r.respondent_role for r in stored] == ["mentee"] * 4 + ["mentor"]
    assert stored[0].answers["satisfaction"] == 8


def test_only_possible_answers_can_be_typed_and_nothing_typed_is_lost(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    demo_db: Database,
) -> None:
    asked: list[str] = []

    def discard(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(discard))
    running = _programme(demo_db, ProgrammeStatus.RUNNING)
    dialog = ResponseEntryDialog(demo_db, running, "midterm")
    qtbot.addWidget(dialog)
    dialog.show()
    trust = dialog.fields["trust"]
    qtbot.keyClicks(trust, "6")  # not a Likert answer: the field does not take it
    assert trust.text() == ""
    satisfaction = dialog.fields["satisfaction"]
    qtbot.keyClicks(satisfaction, "0")
    assert satisfaction.text() == ""
    qtbot.keyClicks(satisfaction, "10")
    assert satisfaction.text() == "10"
    satisfaction.clear()
    dialog.save_and_next()
    assert dialog.ui.errorLabel.text().startswith("Nothing typed yet")
    assert list_responses(demo_db, running, "midterm") == []
    qtbot.keyClicks(trust, "4")
    # Closing asks before the half-typed form is lost.
    dialog.reject()
    assert asked == ["The form you are typing is not saved. Discard it?"]
    assert not dialog.isVisible()


def test_closed_programme_shows_results_and_open_answers_without_names(
    page: EvaluationPage, demo_db: Database
) -> None:
    closed = _programme(demo_db, ProgrammeStatus.CLOSED)
    page.load(closed)
    assert page.kind() == "final"
    assert page.themeChart.message() == ""
    labels = [r.label for r in page.themeChart.rows()]
    assert labels[0] == "Building a network of alliances across the organisation"
    assert {"Relationship", "Process"} <= set(labels)
    first = page.themeChart.row_at(12)  # what the tooltip names under the pointer
    assert first is not None and first.label == labels[0]
    assert page.roleChart.series == ("Mentors", "Mentees")
    assert all(len(r.values) == 2 for r in page.roleChart.rows())
    answers = page.openAnswers.toPlainText()
    assert "What should we change in the next round?" in answers
    with demo_db.unit_of_work() as s:
        programme = s.get_one(Programme, closed)
        names = [p.person.full_name for p in programme.participants]
    assert not any(name in answers for name in names)
    assert page.compareModel.rowCount() >= 1


def test_survey_editor_refuses_to_remove_an_answered_question(
    qtbot,  # type: ignore[no-untyped-def]
    demo_db: Database,
) -> None:
    closed = _programme(demo_db, ProgrammeStatus.CLOSED)
    dialog = SurveyEditorDialog(demo_db, closed, "final")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.questionTable.setFocus()
    qtbot.keyClick(dialog.ui.questionTable, Qt.Key.Key_Delete)
    assert "cannot be removed: responses answer it" in dialog.ui.errorLabel.text()
    assert not dialog.ui.typeCombo.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.ui.textEdit, "Would you join as a mentor next time?")
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("text"))
    dialog.ui.typeCombo.activated.emit(dialog.ui.typeCombo.currentIndex())
    qtbot.keyClick(dialog, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    questions = programme_survey(demo_db, closed, "final").questions
    assert questions[0]["text"] == "Would you join as a mentor next time?"
    assert questions[0]["type"] == "text"
    assert len(questions) == 16


def test_import_of_an_online_export_after_a_dry_run(
    monkeypatch: pytest.MonkeyPatch, page: EvaluationPage, demo_db: Database, tmp_path: Path
) -> None:
    running = _programme(demo_db, ProgrammeStatus.RUNNING)
    page.load(running)
    path = tmp_path / "online.csv"
    path.write_text("Role,trust,satisfaction\nmentee,4,9\nmentor,7,8\n", encoding="utf-8")
    shown: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box.detailedText())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    page.import_file(str(path))
    assert "online.csv, row 3, column 'trust'" in shown[0]
    assert list_responses(demo_db, running, "midterm") == []

    path.write_text("Role,trust,satisfaction\nmentee,4,9\nmentor,5,8\n", encoding="utf-8")
    page.import_file(str(path))
    assert "Ready to import." in shown[1]
    assert page.message() == "2 responses imported from online.csv."
    assert len(list_responses(demo_db, running, "midterm")) == 2
