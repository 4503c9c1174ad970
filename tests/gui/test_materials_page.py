"""The Materials page on the demo: preview, save as PDF and print printed materials."""

from __future__ import annotations

import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mentordesk.gui.dialogs.material_texts_dialog import MaterialTextsDialog
from mentordesk.gui.pages.materials import EMPTY_HINT, MaterialsPage, print_pdf_document
from mentordesk.services import design, interview_templates
from mentordesk.services.material_texts import list_material_texts
from mentordesk.services.materials import MATERIALS
from mentordesk.services.pairings import list_pairings
from mentordesk.store.database import Database
from mentordesk.store.models import Programme, ProgrammeStatus

WAIT_MS = 30_000


@pytest.fixture
def running_id(demo_db: Database) -> int:
    with demo_db.unit_of_work() as s:
        return s.scalars(
            select(Programme.id).where(Programme.status == ProgrammeStatus.RUNNING)
        ).one()


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> MaterialsPage:
    widget = MaterialsPage(demo_db)
    qtbot.addWidget(widget)
    widget.set_pool(QThreadPool.globalInstance())
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def under_way(db: Database, programme_id: int) -> int:
    return sum(
        1
        for p in list_pairings(db, programme_id=programme_id)
        if p.status in ("confirmed", "active")
    )


def preview(qtbot: QtBot, page: MaterialsPage, *keys: str) -> None:
    page.set_checked(keys)
    assert page.ui.previewButton.isEnabled()
    page.ui.previewButton.click()
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.page_count() > 0 or page.message() != "", timeout=WAIT_MS)


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def test_empty_state_until_materials_are_chosen(page: MaterialsPage, running_id: int) -> None:
    ui = page.ui
    assert ui.previewStack.currentWidget() is ui.emptyPage
    assert ui.emptyLabel.text() == EMPTY_HINT
    assert not ui.previewButton.isEnabled()
    page.load(running_id)
    assert ui.materialList.count() == len(MATERIALS)
    assert [ui.materialList.item(r).text() for r in range(ui.materialList.count())] == [
        m.title for m in MATERIALS.values()
    ]
    assert ui.languageCombo.currentText().startswith("Programme's language")
    assert [ui.paperCombo.itemText(i) for i in range(ui.paperCombo.count())] == [
        "A4",
        "US Letter",
    ]
    assert not ui.previewButton.isEnabled()
    assert not ui.saveButton.isEnabled() and not ui.printButton.isEnabled()
    page.set_checked(["overview"])
    assert ui.previewButton.isEnabled()
    assert not ui.milestoneCombo.isEnabled()  # the overview takes no milestone
    page.set_checked(["overview", "attendance"])
    assert ui.milestoneCombo.isEnabled()
    kickoff = [
        m for m in design.read_programme(page.db, running_id).milestones if m.kind == "kickoff"
    ]
    assert kickoff and ui.milestoneCombo.currentData() == kickoff[0].id


def test_preview_save_and_print_the_agreements(
    qtbot: QtBot,
    page: MaterialsPage,
    demo_db: Database,
    running_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.load(running_id)
    messages: list[str] = []
    page.statusMessage.connect(messages.append)
    preview(qtbot, page, "agreements")

    pairs = under_way(demo_db, running_id)
    assert pairs > 0
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.page_count() == pairs
    assert page.ui.pageCountLabel.text() == f"{pairs} pages"
    assert page.ui.previewStack.currentWidget() is page.ui.viewPage
    assert page.ui.showingCombo.currentText() == "Mentoring agreements"
    assert page.ui.saveButton.isEnabled() and page.ui.printButton.isEnabled()
    assert messages and "Mentoring agreements" in messages[-1]

    name = design.read_programme(demo_db, running_id).design.name
    target = tmp_path / "out" / "agreements"
    target.parent.mkdir()
    asked: list[str] = []

    def fake_save(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    page.ui.saveButton.click()
    saved = target.with_name("agreements.pdf")
    assert saved.is_file()
    assert asked and asked[0].endswith(".pdf") and "Mentoring agreements" in asked[0]
    assert len(PdfReader(str(saved)).pages) == pairs
    assert name in pdf_text(saved)
    assert str(saved) in page.message()

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert print_pdf_document(page.document, printer) == pairs
    assert printed.is_file()
    assert len(PdfReader(str(printed)).pages) == pairs


def test_several_materials_are_shown_one_at_a_time(
    qtbot: QtBot,
    page: MaterialsPage,
    demo_db: Database,
    running_id: int,
) -> None:
    page.load(running_id)
    page.ui.paperCombo.setCurrentIndex(page.ui.paperCombo.findData("letter"))
    preview(qtbot, page, "agreements", "pair-list")
    combo = page.ui.showingCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Mentoring agreements",
        "Pair list",
    ]
    assert combo.isEnabled()
    assert page.page_count() == under_way(demo_db, running_id)
    combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.page_count() > 0, timeout=WAIT_MS)
    assert page.shown() is not None and page.shown().key == "pair-list"  # type: ignore[union-attr]
    assert page.page_count() < under_way(demo_db, running_id)
    size = page.document.pagePointSize(0)
    assert round(size.width()) == 612  # US Letter, 8.5 inches wide


def test_a_refusal_is_shown_not_raised(
    qtbot: QtBot,
    page: MaterialsPage,
    demo_db: Database,
    running_id: int,
) -> None:
    page.load(running_id)
    page.set_checked(["attendance"])
    milestone_id = page.ui.milestoneCombo.currentData()
    # The milestone goes away after the page offered it: making the sheet is refused.
    design.delete_milestone(demo_db, running_id, milestone_id)
    preview(qtbot, page, "attendance")
    assert "Attendance sheet" in page.message()
    assert f"no milestone with ID {milestone_id}" in page.message()
    assert page.ui.messageLabel.property("kind") == "error"
    assert page.ui.previewStack.currentWidget() is page.ui.emptyPage
    assert not page.ui.saveButton.isEnabled()


def test_every_interactive_widget_is_named(page: MaterialsPage, running_id: int) -> None:
    page.load(running_id)
    interactive = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in [*page.findChildren(QWidget), page.view]
        if isinstance(w, interactive) or w is page.view
        if not w.objectName().startswith("qt_")
        and not isinstance(w.parent(), QLineEdit)
        and not _inside_combo_box(w)
        and (not w.objectName() or not w.accessibleName())
    ]
    assert unnamed == []


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


# --- pickers for the materials that need them ---------------------------------------------


def _row_shown(page: MaterialsPage, field: QWidget) -> bool:
    return bool(page.ui.optionsLayout.isRowVisible(field))


def test_survey_picker_only_for_the_evaluation_form(
    qtbot: QtBot, page: MaterialsPage, running_id: int
) -> None:
    page.load(running_id)
    ui = page.ui
    page.set_checked(["pair-list"])
    assert not _row_shown(page, ui.surveyCombo)
    page.set_checked(["pair-list", "evaluation-form"])
    assert _row_shown(page, ui.surveyCombo)
    assert ui.surveyCombo.currentData() == "midterm"  # the default
    ui.surveyCombo.setCurrentIndex(ui.surveyCombo.findData("final"))
    preview(qtbot, page, "evaluation-form")
    assert page.shown() is not None
    text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(page.shown().pdf)).pages)  # type: ignore[union-attr]
    assert "Final evaluation" in text and "recommend the programme" in text


def test_interview_kind_picker_lists_the_programmes_kinds(
    qtbot: QtBot, page: MaterialsPage, demo_db: Database, running_id: int
) -> None:
    page.load(running_id)
    ui = page.ui
    with_kind = [k for k, m in MATERIALS.items() if m.uses_interview_kind]
    page.set_checked(["overview"])
    assert not _row_shown(page, ui.interviewKindCombo)
    if not with_kind:
        pytest.skip("no material takes an interview kind yet")
    page.set_checked(with_kind[:1])
    assert _row_shown(page, ui.interviewKindCombo)
    kinds = [ui.interviewKindCombo.itemData(i) for i in range(ui.interviewKindCombo.count())]
    expected = [t.kind for t in interview_templates.list_templates(demo_db, running_id)]
    assert kinds == expected
    assert {"matching", "follow-up", "mid-term", "final-evaluation", "sponsor"} <= set(kinds)
    assert ui.interviewKindCombo.currentData() == "matching"


# --- the programme's own wording of the standard texts ------------------------------------


def _open_texts(page: MaterialsPage, qtbot: QtBot) -> MaterialTextsDialog:
    page.ui.editTextsButton.click()
    dialog = page.findChild(MaterialTextsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _select(dialog: MaterialTextsDialog, key: str) -> None:
    dialog.ui.textList.setCurrentRow([r.key for r in dialog.records].index(key))


def test_edit_a_text_and_the_preview_shows_the_new_wording(
    qtbot: QtBot, page: MaterialsPage, demo_db: Database, running_id: int
) -> None:
    page.load(running_id)
    preview(qtbot, page, "kickoff-pack")
    before = page.generated[0].pdf
    dialog = _open_texts(page, qtbot)
    language = page.programme_language
    assert "English" in dialog.windowTitle() or "Danish" in dialog.windowTitle()
    _select(dialog, "first_meeting_guide")
    ui = dialog.ui
    standard = ui.standardView.toPlainText()
    assert ui.ownEdit.toPlainText() == standard  # the printed wording, ready to change
    assert not ui.restoreButton.isEnabled()
    ui.ownEdit.selectAll()
    qtbot.keyClicks(ui.ownEdit, "Meet for lunch, away from the office.")
    assert ui.restoreButton.isEnabled()
    assert "not saved yet" in ui.ownStateLabel.text()
    assert ui.textList.currentItem().text().endswith("✎")  # marked as own wording
    assert ui.textList.currentItem().font().bold()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    texts = {t.key: t for t in list_material_texts(demo_db, running_id, language)}
    assert texts["first_meeting_guide"].own == "Meet for lunch, away from the office."
    # the preview is made again with the new wording
    qtbot.waitUntil(lambda: page.generated and page.generated[0].pdf != before, timeout=WAIT_MS)
    made = " ".join(
        " ".join((p.extract_text() or "").split())
        for p in PdfReader(io.BytesIO(page.generated[0].pdf)).pages
    )
    assert "Meet for lunch, away from the office." in made

    # Restore: the standard wording is printed again
    dialog = _open_texts(page, qtbot)
    _select(dialog, "first_meeting_guide")
    assert dialog.ui.ownEdit.toPlainText() == "Meet for lunch, away from the office."
    dialog.ui.restoreButton.click()
    assert dialog.ui.ownEdit.toPlainText() == standard
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=WAIT_MS)
    assert "Meet for lunch" not in " ".join(
        (p.extract_text() or "") for p in PdfReader(io.BytesIO(page.generated[0].pdf)).pages
    )
    assert all(t.own is None for t in list_material_texts(demo_db, running_id, language))


def test_cancel_asks_before_discarding_edits(
    qtbot: QtBot, page: MaterialsPage, demo_db: Database, running_id: int
) -> None:
    page.load(running_id)
    dialog = _open_texts(page, qtbot)
    _select(dialog, "ending_clause")
    dialog.ui.ownEdit.setPlainText("We end when we both agree.")
    _select(dialog, "mentor_role_guide")  # the edit is kept while another text is shown
    _select(dialog, "ending_clause")
    assert dialog.ui.ownEdit.toPlainText() == "We end when we both agree."
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert asked and "Save the changes" in asked[0]
    assert dialog.isVisible()  # stayed: nothing typed is lost
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Discard))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    language = page.programme_language
    assert all(t.own is None for t in list_material_texts(demo_db, running_id, language))


# --- printing page by page with progress --------------------------------------------------


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_reports_each_page_and_cancel_stops_early(
    qtbot: QtBot, page: MaterialsPage, demo_db: Database, running_id: int, tmp_path: Path
) -> None:
    page.load(running_id)
    preview(qtbot, page, "agreements")
    pairs = page.page_count()
    assert pairs >= 3
    reported: list[tuple[int, int]] = []

    def keep_going(done: int, total: int) -> bool:
        reported.append((done, total))
        return True

    whole = tmp_path / "whole.pdf"
    assert print_pdf_document(page.document, _pdf_printer(whole), keep_going) == pairs
    assert reported == [(n, pairs) for n in range(pairs + 1)]
    assert len(PdfReader(str(whole)).pages) == pairs

    def stop_after_two(done: int, total: int) -> bool:
        return done < 2

    assert (
        print_pdf_document(page.document, _pdf_printer(tmp_path / "part.pdf"), stop_after_two) == 2
    )

    # from the page: the progress dialog's Cancel stops the print run
    printed, cancelled = page.print_with_progress(_pdf_printer(tmp_path / "all.pdf"), "Agreements")
    assert (printed, cancelled) == (pairs, False)
    assert len(PdfReader(str(tmp_path / "all.pdf")).pages) == pairs

    def press_cancel() -> None:
        progress = page.findChild(QProgressDialog, "printProgressDialog")
        assert progress is not None
        progress.cancel()

    QTimer.singleShot(0, press_cancel)
    printed, cancelled = page.print_with_progress(_pdf_printer(tmp_path / "c.pdf"), "Agreements")
    assert cancelled and printed < pairs
    assert page.ui.printButton.shortcut().toString() == "Ctrl+P"
