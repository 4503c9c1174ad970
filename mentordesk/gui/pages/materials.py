"""The Materials page: choose printed materials of a programme, preview, save and print.

The chosen materials are made off the GUI thread by `services.materials.render_material`,
one PDF each; the preview shows one of them at a time ("Showing: ..."). Printing renders
each page of the shown PDF as an image and draws it on the printer (`print_pdf_document`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from mentordesk.gui import workers
from mentordesk.gui.dialogs.material_texts_dialog import MaterialTextsDialog
from mentordesk.gui.editing import PageMessages
from mentordesk.gui.forms.ui_materials_page import Ui_MaterialsPage
from mentordesk.gui.table_models import format_date
from mentordesk.gui.workers import TaskControl
from mentordesk.services import design, interview_templates
from mentordesk.services.errors import InputRefused
from mentordesk.services.materials import MATERIALS, render_material
from mentordesk.services.settings import read_settings
from mentordesk.store.database import Database

EMPTY_HINT = "Choose one or more materials and press Preview"
LANGUAGE_NAMES = {"en": "English", "da": "Danish"}
PAPERS = (("A4", "a4"), ("US Letter", "letter"))
SURVEYS = (("Mid-term evaluation", "midterm"), ("Final evaluation", "final"))
KICKOFF = "kickoff"
# Pages are rendered for the printer at its resolution, but never finer than this: a
# HighResolution printer reports 1200 dpi, and an A4 page at 1200 dpi is a 550 MB image.
MAX_PRINT_DPI = 300

PAGE_STYLE = """
QLabel#pageCountLabel { color: #5B6573; }
QLabel#emptyLabel { color: #5B6573; font-size: 11pt; }
QLabel#messageLabel { background: #E8F1FA; border: 1px solid #B9D3EA; border-radius: 4px;
    padding: 6px 10px; color: #12324F; }
QLabel#messageLabel[kind="error"] { background: #FCEBEA; border-color: #E8B4B0;
    color: #8C1D18; }
"""


@dataclass(frozen=True)
class Generated:
    """One material made by the last preview."""

    key: str
    title: str
    pdf: bytes


@dataclass(frozen=True)
class Outcome:
    """What a preview made, and what was refused (title, reason)."""

    generated: list[Generated]
    refused: list[tuple[str, str]]
    cancelled: bool = False


def print_pdf_document(
    document: QPdfDocument,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Print every page of `document` on `printer`; returns the number of pages printed.

    Each page is rendered as an image at the printer's resolution (at most
    MAX_PRINT_DPI) and drawn, keeping its proportions, into the printable area.
    `progress(pages_done, pages)` is called before each page and after the last; when it
    returns False the print run stops and is aborted, so no half document comes out.
    """
    count = document.pageCount()
    if count <= 0:
        return 0
    first = document.pagePointSize(0)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if first.width() > first.height()
        else QPageLayout.Orientation.Portrait
    )
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(count):
            if progress is not None and not progress(page, count):
                printer.abort()
                break
            if page and not printer.newPage():
                break
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            points = document.pagePointSize(page)
            if points.width() <= 0 or points.height() <= 0:
                continue
            scale = min(area.width() / points.width(), area.height() / points.height())
            width = max(1, round(points.width() * scale))
            height = max(1, round(points.height() * scale))
            image_size = QSize(
                max(1, round(points.width() / 72 * dpi)),
                max(1, round(points.height() / 72 * dpi)),
            )
            image = document.render(page, image_size)
            target = QRect(
                (area.width() - width) // 2, (area.height() - height) // 2, width, height
            )
            painter.drawImage(target, image)
            printed += 1
        else:
            if progress is not None:
                progress(count, count)
    finally:
        painter.end()
    return printed


class MaterialsPage(QWidget, PageMessages):
    """A programme's printed materials. `load(programme_id)` offers them.

    Signal: `statusMessage(text)` with each message the page shows.
    """

    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MaterialsPage()
        self.ui.setupUi(self)
        self.db = db
        self.pool: QThreadPool = QThreadPool.globalInstance()
        self.programme_id: int | None = None
        self.programme_name = ""
        self.programme_language = "en"
        self.generated: list[Generated] = []
        self.task: TaskControl | None = None
        self._generation = 0
        self._buffer: QBuffer | None = None
        ui = self.ui

        self.document = QPdfDocument(self)
        self.document.setObjectName("materialDocument")
        self.view = QPdfView(ui.viewPage)
        self.view.setObjectName("materialPreview")
        self.view.setAccessibleName("Preview of the shown material")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.verticalScrollBar().setObjectName("materialPreviewScroll")
        self.view.verticalScrollBar().setAccessibleName("Scroll the preview")
        self.view.horizontalScrollBar().setObjectName("materialPreviewScrollSideways")
        self.view.horizontalScrollBar().setAccessibleName("Scroll the preview sideways")
        ui.viewLayout.addWidget(self.view)

        for material in MATERIALS.values():
            item = QListWidgetItem(material.title, ui.materialList)
            item.setData(Qt.ItemDataRole.UserRole, material.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(f"{material.title} (Danish: {material.title_da})")
        # As tall as its materials, no taller: the options sit right under them.
        rows = ui.materialList.count()
        ui.materialList.setMaximumHeight(
            rows * ui.materialList.sizeHintForRow(0) + 2 * ui.materialList.frameWidth() + 4
        )
        for text, paper in PAPERS:
            ui.paperCombo.addItem(text, paper)
        for text, survey in SURVEYS:
            ui.surveyCombo.addItem(text, survey)
        ui.printButton.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        ui.printButton.setToolTip("Print the material shown in the preview (Ctrl+P)")

        ui.materialList.itemChanged.connect(self._choice_changed)
        ui.materialList.itemActivated.connect(self._toggle)
        ui.previewButton.clicked.connect(self.preview)
        ui.showingCombo.currentIndexChanged.connect(self._show_generated)
        ui.saveButton.clicked.connect(lambda: self.save_as_pdf())
        ui.printButton.clicked.connect(lambda: self.print_document())
        ui.editTextsButton.clicked.connect(lambda: self.edit_texts())
        self.document.statusChanged.connect(self._update_page_count)
        self.document.pageCountChanged.connect(self._update_page_count)
        self.setStyleSheet(PAGE_STYLE)
        self._show_message("")
        self._show_nothing()

    # --- loading ------------------------------------------------------------------------

    def set_pool(self, pool: QThreadPool) -> None:
        """Make the materials on this pool (the application's, so closing waits for it)."""
        self.pool = pool

    def set_database(self, db: Database) -> None:
        """Work on another database; the page is empty until `load` is called."""
        self.db = db
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.programme_id = None
        self.programme_name = ""
        self._generation += 1  # a preview still being made is for another programme
        self._fill_milestones([])
        self._fill_interview_kinds([])
        self._fill_languages(None)
        self._clear_preview()
        self._choice_changed()

    def load(self, programme_id: int) -> None:
        """Offer the materials of a programme; its milestones go into the milestone picker."""
        new_programme = programme_id != self.programme_id
        if new_programme:
            self._show_message("")
            self._generation += 1
            self._clear_preview()
        try:
            programme = design.read_programme(self.db, programme_id)
            kinds = interview_templates.list_templates(self.db, programme_id)
            if new_programme:
                self.use_paper(read_settings(self.db).paper)
        except InputRefused as refusal:
            self._show_nothing()
            self._show_message(str(refusal), error=True)
            return
        self.programme_id = programme_id
        self.programme_name = programme.design.name
        self.programme_language = programme.design.language
        self._fill_milestones(programme.milestones)
        self._fill_interview_kinds([(k.kind, k.title) for k in kinds])
        self._fill_languages(self.programme_language)
        self._choice_changed()

    def _fill_milestones(self, milestones: list[design.MilestoneData]) -> None:
        combo = self.ui.milestoneCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for m in sorted(milestones, key=lambda m: (m.date, m.id or 0)):
            combo.addItem(f"{m.title} ({format_date(m.date)})", m.id)
        if not milestones:
            combo.addItem("No milestones yet", None)
        index = combo.findData(keep) if keep is not None else -1
        if index < 0:
            kickoffs = [m.id for m in milestones if m.kind == KICKOFF]
            index = combo.findData(kickoffs[0]) if kickoffs else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_interview_kinds(self, kinds: list[tuple[str, str]]) -> None:
        """The programme's kinds of interview (built-in and its own), for an interview guide."""
        combo = self.ui.interviewKindCombo
        keep = combo.currentData()
        combo.clear()
        for kind, title in kinds:
            combo.addItem(title, kind)
        index = combo.findData(keep if keep is not None else interview_templates.DEFAULT_KIND)
        combo.setCurrentIndex(max(index, 0))

    def use_paper(self, paper: str) -> None:
        """Offer this paper size (the setting's) for the next preview."""
        index = self.ui.paperCombo.findData(paper)
        if index >= 0:
            self.ui.paperCombo.setCurrentIndex(index)

    def _fill_languages(self, programme_language: str | None) -> None:
        combo = self.ui.languageCombo
        keep = combo.currentIndex()
        combo.clear()
        own = LANGUAGE_NAMES.get(programme_language or "", "")
        combo.addItem(f"Programme's language ({own})" if own else "Programme's language", None)
        for code, name in LANGUAGE_NAMES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(keep, 0))

    # --- choosing -----------------------------------------------------------------------

    def checked_keys(self) -> list[str]:
        """The keys of the ticked materials, in the order of the list."""
        found = []
        materials = self.ui.materialList
        for row in range(materials.count()):
            item = materials.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(item.data(Qt.ItemDataRole.UserRole))
        return found

    def set_checked(self, keys: list[str] | tuple[str, ...]) -> None:
        """Tick exactly these materials."""
        materials = self.ui.materialList
        for row in range(materials.count()):
            item = materials.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _choice_changed(self, *_args: object) -> None:
        ui = self.ui
        keys = self.checked_keys()
        has_milestones = ui.milestoneCombo.currentData() is not None
        ui.milestoneCombo.setEnabled(
            has_milestones and any(MATERIALS[k].uses_milestone for k in keys)
        )
        # Pickers only some materials use are shown while such a material is ticked.
        ui.optionsLayout.setRowVisible(
            ui.interviewKindCombo, any(MATERIALS[k].uses_interview_kind for k in keys)
        )
        ui.optionsLayout.setRowVisible(ui.surveyCombo, any(MATERIALS[k].uses_survey for k in keys))
        ui.editTextsButton.setEnabled(self.programme_id is not None)
        busy = self.task is not None and not self.task.done
        ui.previewButton.setEnabled(bool(keys) and self.programme_id is not None and not busy)

    # --- previewing ---------------------------------------------------------------------

    def preview(self) -> TaskControl | None:
        """Make the ticked materials in the background; the first is shown when done."""
        keys = self.checked_keys()
        if self.programme_id is None or not keys or (self.task and not self.task.done):
            if self.programme_id is not None and not keys:
                self._show_message("Tick at least one material to preview.", error=True)
            return None
        db = self.db
        programme_id = self.programme_id
        milestone_id = self.ui.milestoneCombo.currentData()
        language = self.ui.languageCombo.currentData()
        paper = self.ui.paperCombo.currentData()
        interview_kind = self.ui.interviewKindCombo.currentData()
        survey = self.ui.surveyCombo.currentData()
        self._generation += 1
        generation = self._generation

        def task(control: TaskControl) -> Outcome:
            made: list[Generated] = []
            refused: list[tuple[str, str]] = []
            for done, key in enumerate(keys):
                if control.is_cancelled():
                    return Outcome(made, refused, cancelled=True)
                control.report(done, len(keys))
                material = MATERIALS[key]
                try:
                    pdf = render_material(
                        db,
                        key,
                        programme_id,
                        milestone_id=milestone_id if material.uses_milestone else None,
                        interview_kind=interview_kind if material.uses_interview_kind else None,
                        survey=survey if material.uses_survey else None,
                        language=language,
                        paper=paper,
                    )
                except InputRefused as refusal:
                    refused.append((material.title, str(refusal)))
                else:
                    made.append(Generated(key, material.title, pdf))
            control.report(len(keys), len(keys))
            return Outcome(made, refused)

        def done(outcome: Outcome) -> None:
            if generation == self._generation:
                self._previewed(outcome)
            self._choice_changed()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._show_message(f"The materials could not be made: {exc}", error=True)
            self._choice_changed()

        label = (
            f"Making the {MATERIALS[keys[0]].title.lower()}…"
            if len(keys) == 1
            else f"Making {len(keys)} materials…"
        )
        self.task = workers.run_with_progress(
            self,
            self.pool,
            task,
            title="Preview materials",
            label=label,
            on_done=done,
            on_failed=failed,
            cancellable=len(keys) > 1,
        )
        self._choice_changed()
        return self.task

    def _previewed(self, outcome: Outcome) -> None:
        self.generated = list(outcome.generated)
        combo = self.ui.showingCombo
        combo.blockSignals(True)
        combo.clear()
        for made in self.generated:
            combo.addItem(made.title, made.key)
        combo.blockSignals(False)
        lines = [f"{title}: {reason}" for title, reason in outcome.refused]
        if outcome.cancelled:
            lines.append("Cancelled: the materials not yet made are left out.")
        if self.generated:
            combo.setCurrentIndex(0)
            self._show_generated(0)
        else:
            self._clear_preview()
        if lines:
            self._show_message("\n".join(lines), error=True)
        elif self.generated:
            names = ", ".join(m.title for m in self.generated)
            self._show_message(f"Ready to save or print: {names}.")

    def _show_generated(self, index: int) -> None:
        if not 0 <= index < len(self.generated):
            return
        self._load_pdf(self.generated[index].pdf)
        self.ui.previewStack.setCurrentWidget(self.ui.viewPage)
        self._update_buttons()

    def _load_pdf(self, pdf: bytes) -> None:
        self.document.close()
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # the document reads from it for as long as it is shown
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self._update_page_count()

    def _clear_preview(self) -> None:
        self.generated = []
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        combo = self.ui.showingCombo
        combo.blockSignals(True)
        combo.clear()
        combo.blockSignals(False)
        self.ui.previewStack.setCurrentWidget(self.ui.emptyPage)
        self.ui.emptyLabel.setText(EMPTY_HINT)
        self._update_page_count()
        self._update_buttons()

    def _update_page_count(self, *_args: object) -> None:
        pages = self.page_count()
        label = self.ui.pageCountLabel
        if not self.generated:
            label.setText("")
        elif self.document.status() == QPdfDocument.Status.Error:
            label.setText("The PDF could not be shown.")
        else:
            label.setText(f"{pages} page" if pages == 1 else f"{pages} pages")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        shown = bool(self.generated)
        ui.showingCombo.setEnabled(len(self.generated) > 1)
        ui.saveButton.setEnabled(shown)
        ui.printButton.setEnabled(shown and self.page_count() > 0)

    def page_count(self) -> int:
        """Pages of the material shown in the preview (0 while it loads or none is shown)."""
        if self.document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.document.pageCount()

    def shown(self) -> Generated | None:
        """The material shown in the preview."""
        index = self.ui.showingCombo.currentIndex()
        return self.generated[index] if 0 <= index < len(self.generated) else None

    # --- the standard texts -------------------------------------------------------------

    def edit_texts(self) -> MaterialTextsDialog | None:
        """Open the programme's standard texts in the chosen language (window-modal)."""
        if self.programme_id is None:
            return None
        language = self.ui.languageCombo.currentData() or self.programme_language
        dialog = MaterialTextsDialog(
            self.db, self.programme_id, language, self.programme_name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._texts_edited(dialog.saved_count))
        dialog.open()
        return dialog

    def _texts_edited(self, saved: int) -> None:
        if not saved:
            return
        texts = "1 text" if saved == 1 else f"{saved} texts"
        if self.generated:
            self._show_message(f"Saved {texts}; making the preview again with the new wording.")
            self.preview()
        else:
            self._show_message(f"Saved {texts}; the papers print the new wording.")

    # --- saving and printing ------------------------------------------------------------

    def _suggested_name(self, made: Generated) -> str:
        name = f"{self.programme_name} - {made.title}" if self.programme_name else made.title
        safe = "".join(c if c.isalnum() or c in " -_.,()" else "_" for c in name).strip()
        return f"{safe or 'material'}.pdf"

    def save_as_pdf(self) -> Path | None:
        """Ask where to save the shown material and write its PDF there."""
        made = self.shown()
        if made is None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save as PDF", self._suggested_name(made), "PDF files (*.pdf)"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(made.pdf)
        except OSError as exc:
            self._show_message(f"Could not save {path}: {exc.strerror or exc}", error=True)
            return None
        self._show_message(f"Saved {made.title.lower()} to {path}.")
        return path

    def print_document(self) -> int:
        """Ask for a printer and print the shown material; returns the pages printed."""
        made = self.shown()
        if made is None or self.page_count() <= 0:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested_name(made).removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("materialsPrintDialog")
        dialog.setAccessibleName("Print the material")
        dialog.setWindowTitle(f"Print {made.title.lower()}")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        printed, cancelled = self.print_with_progress(printer, made.title)
        if cancelled:
            self._show_message(f"Printing the {made.title.lower()} was cancelled.")
        elif printed:
            pages = f"{printed} page" if printed == 1 else f"{printed} pages"
            self._show_message(f"Sent {made.title.lower()} to the printer ({pages}).")
        else:
            self._show_message("Nothing was printed: the printer could not be used.", error=True)
        return printed

    def print_with_progress(self, printer: QPrinter, title: str) -> tuple[int, bool]:
        """Print the shown material page by page behind a progress dialog with Cancel;
        the window stays responsive. Returns (pages printed, whether cancelled)."""
        dialog = workers.progress_dialog(
            self, f"Print {title.lower()}", "Preparing the pages…", cancellable=True
        )
        dialog.setObjectName("printProgressDialog")
        cancelled = False

        def progressed(done: int, total: int) -> bool:
            nonlocal cancelled
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(f"Printing page {min(done + 1, total)} of {total}…")
            QCoreApplication.processEvents()
            cancelled = dialog.wasCanceled()
            return not cancelled

        try:
            printed = print_pdf_document(self.document, printer, progressed)
        finally:
            dialog.reset()
            dialog.hide()
            dialog.setParent(None)  # gone at once, not at the next turn of the event loop
        return printed, cancelled
