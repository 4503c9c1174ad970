"""The Materials page on the demo: preview, save as PDF and print printed materials."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mentordesk.gui.pages.materials import EMPTY_HINT, MaterialsPage, print_pdf_document
from mentordesk.services import design
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
