"""The import wizard: participants of a programme from a CSV or Excel file from HR.

1. Choose the file, and the role for rows that have none.
2. Find the headers (only for a workbook with several sheets, or when no header row was
   recognised): the sheet, the header row, and the first rows of the sheet to see them.
3. Match the columns: each header of the file with the field it is imported as; any
   column can be matched to any field, or ignored.
4. Check and import: every row with its values and problems (errors red, warnings amber),
   what the import will do, and what to fix. Import (Finish) stays disabled while any
   error remains; nothing is written until it is pressed, and then all in one unit of
   work.

Reading and checking the file (`preview_import`) and writing it (`apply_import`) run off
the GUI thread; a newer request makes the result of an older one void.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentordesk.gui import workers
from mentordesk.gui.dialogs.person_dialog import FORM_STYLE, name_parts
from mentordesk.gui.forms.ui_import_file_page import Ui_ImportFilePage
from mentordesk.gui.forms.ui_import_mapping_page import Ui_ImportMappingPage
from mentordesk.gui.forms.ui_import_preview_page import Ui_ImportPreviewPage
from mentordesk.gui.forms.ui_import_sheet_page import Ui_ImportSheetPage
from mentordesk.gui.table_models import SORT_ROLE
from mentordesk.services.errors import InputRefused
from mentordesk.services.participant_import import (
    ImportPreview,
    ImportSummary,
    apply_import,
    preview_import,
)
from mentordesk.services.participants import (
    IMPORT_FIELDS,
    REQUIRED_IMPORT_FIELDS,
    SheetSample,
    sample_sheet,
)
from mentordesk.services.programmes import get_programme
from mentordesk.store.database import Database

FILE_PAGE, SHEET_PAGE, MAPPING_PAGE, PREVIEW_PAGE = range(4)
IGNORE = "— ignore —"
FIELD_LABELS = dict(IMPORT_FIELDS)
SAMPLE_ROWS = 40
EXAMPLES = 3
RECHECK_AFTER_MS = 250
OPEN_FILTERS = (
    "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv)",
    "Excel workbooks (*.xlsx *.xlsm *.xls)",
    "CSV files (*.csv *.txt *.tsv)",
    "All files (*)",
)
DEFAULT_ROLES = (
    ("No default: each new person needs a role in the file", None),
    ("Mentor", "mentor"),
    ("Mentee", "mentee"),
)
DELIMITER_WORDS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}

ERROR_INK = "#B3261E"
WARNING_INK = "#8A5300"
ERROR_FILL = "#FDECEA"
WARNING_FILL = "#FFF4D6"
HEADER_FILL = "#DCE7F2"

WIZARD_STYLE = (
    FORM_STYLE
    + """
QFrame#messageFrame { border-radius: 4px; }
QFrame#messageFrame[state="error"] { background: #FDECEA; border: 1px solid #E8A29B; }
QFrame#messageFrame[state="warning"] { background: #FFF4D6; border: 1px solid #E6C35C; }
QFrame#messageFrame[state="ready"] { background: #E6F4EA; border: 1px solid #9CCFAE; }
QFrame#messageFrame QLabel { color: #1F2A36; }
QLabel[state="error"] { color: #B3261E; }
QLabel[state="ready"] { color: #1D5A32; }
QLabel[mapping="header"] { color: #5B6573; font-weight: 600; }
QLabel[mapping="column"] { color: #5B6573; }
QLabel[mapping="text"] { font-weight: 600; }
QLabel[mapping="example"] { color: #5B6573; }
QScrollArea#mappingScroll > QWidget > QWidget { background: #FFFFFF; }
"""
)

AnyIndex = QModelIndex | QPersistentModelIndex


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: as a spreadsheet names its columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_text(cell: Any) -> str:
    """A cell as the spreadsheet shows it: 3, not 3.0; dates as 2025-03-01."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else f"{cell:g}"
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


def _html(text: str) -> str:
    return html.escape(text, quote=False)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _set_state(widget: QWidget, state: str) -> None:
    widget.setProperty("state", state)
    _repolish(widget)


# --------------------------------------------------------------------------- models


class SampleModel(QAbstractTableModel):
    """The first rows of a sheet as the spreadsheet shows them; the header row marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, list[str]]] = []
        self.width = 0
        self.header_row: int | None = None

    def set_sample(self, sample: SheetSample | None, header_row: int | None) -> None:
        self.beginResetModel()
        self.rows = list(sample.rows) if sample is not None else []
        self.width = sample.columns if sample is not None else 0
        self.header_row = header_row
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, cells = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(number)
            return cells[column - 1] if column - 1 < len(cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole and number == self.header_row:
            return QBrush(QColor(HEADER_FILL))
        if role == Qt.ItemDataRole.FontRole and number == self.header_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor("#5B6573"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "Row" if section == 0 else column_letter(section - 1)
        return None

    def row_number(self, row: int) -> int:
        return self.rows[row][0]


@dataclass(frozen=True)
class _PreviewColumn:
    title: str
    field: str | None = None  # a data column of the file


class ImportRowsModel(QAbstractTableModel):
    """Every row of the file: its values as written, what importing it does, its problems."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.columns: list[_PreviewColumn] = []

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        columns = [_PreviewColumn("Row"), _PreviewColumn("Result"), _PreviewColumn("Problems")]
        if preview is not None:
            mapped = preview.parsed.columns
            columns += [
                _PreviewColumn(label, name) for name, label in IMPORT_FIELDS if name in mapped
            ]
        self.columns = columns
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def has_problems(self, row: int) -> bool:
        return self.preview is not None and bool(self.preview.rows[row].problems)

    def _result(self, row: int) -> str:
        assert self.preview is not None
        item = self.preview.rows[row]
        if not item.ok:
            return "Not imported"
        if item.person_id is None:
            return "New person"
        if item.participant_id is None:
            return "Joins"
        return "Update"

    def _text(self, row: int, column: int) -> str:
        assert self.preview is not None
        spec = self.columns[column]
        item = self.preview.rows[row]
        if spec.field is not None:
            return cell_text(self.preview.parsed.rows[row].cells.get(spec.field, ""))
        if spec.title == "Row":
            return str(item.number)
        if spec.title == "Result":
            return self._result(row)
        return "  ".join((f"{p.column}: " if p.column else "") + p.message for p in item.problems)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        row, column = index.row(), index.column()
        item = self.preview.rows[row]
        title = self.columns[column].title
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            if title == "Row":
                return item.number
            return self._text(row, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.problems:
                return "\n".join(
                    f"{p.severity.value.capitalize()}"
                    + (f" in column '{p.column}'" if p.column else "")
                    + f": {p.message}"
                    for p in item.problems
                )
            if title == "Result":
                return {
                    "New person": "A new person of the organisation, added to the programme",
                    "Joins": "A person the organisation already has, added to the programme",
                    "Update": "Already in the programme: their details are updated",
                }.get(self._result(row), "")
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and item.problems:
            return QBrush(QColor(WARNING_FILL if item.ok else ERROR_FILL))
        if role == Qt.ItemDataRole.ForegroundRole and title in ("Problems", "Result"):
            if not item.ok:
                return QBrush(QColor(ERROR_INK))
            if item.problems and title == "Problems":
                return QBrush(QColor(WARNING_INK))
        if role == Qt.ItemDataRole.TextAlignmentRole and title == "Row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None


class ProblemRowsProxy(QSortFilterProxyModel):
    """Sorts the rows; with `problems_only`, keeps the rows that have problems."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems_only = False
        self.setSortRole(SORT_ROLE)

    def set_problems_only(self, value: bool) -> None:
        self.beginFilterChange()
        self.problems_only = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if self.problems_only and isinstance(model, ImportRowsModel):
            return model.has_problems(source_row)
        return True


# --------------------------------------------------------------------------- pages


class _Page(QWizardPage):
    """A page of the wizard built from its Designer form; the wizard holds the state."""

    def __init__(self, owner: ImportWizard, form: Any) -> None:
        super().__init__()
        self.ui = form()
        self.ui.setupUi(self)
        self.owner = owner

    def isComplete(self) -> bool:
        return self.owner.page_complete(self)

    def validatePage(self) -> bool:
        return self.owner.validate_page(self)

    def initializePage(self) -> None:
        self.owner.initialize_page(self)

    def cleanupPage(self) -> None:
        """Going Back keeps what was chosen on this page."""


# --------------------------------------------------------------------------- the wizard


class ImportWizard(QWizard):
    """Import participants into one programme; `summary` is set once the import is done."""

    imported = Signal(object)  # ImportSummary
    previewReady = Signal()  # a (re-)check of the file finished, well or not

    def __init__(self, db: Database, programme_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.programme_id = programme_id
        self.programme = get_programme(db, programme_id)
        self.setObjectName("importWizard")
        self.setWindowTitle(f"Import participants into {self.programme.name}")
        self.setAccessibleName("Import participants")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setStyleSheet(WIZARD_STYLE)
        self.setSizeGripEnabled(True)
        self.resize(1000, 700)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Import")
        self.setButtonText(QWizard.WizardButton.NextButton, "&Next >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< &Back")
        for which, name, accessible in (
            (QWizard.WizardButton.NextButton, "nextButton", "Next step"),
            (QWizard.WizardButton.BackButton, "backButton", "Previous step"),
            (QWizard.WizardButton.FinishButton, "importButton", "Import"),
            (QWizard.WizardButton.CancelButton, "cancelButton", "Cancel the import"),
        ):
            button = self.button(which)
            button.setObjectName(name)
            button.setAccessibleName(accessible)

        # What was chosen, and what was read.
        self.path = ""
        self.default_role: str | None = None
        self.sheet: str | None = None  # None: the first sheet with recognised headers
        self.header_row: int | None = None  # None: found automatically
        self.overrides: dict[int, str | None] = {}  # column index -> field, as chosen
        self.preview: ImportPreview | None = None
        self.sample: SheetSample | None = None
        self.summary: ImportSummary | None = None
        self.load_error = ""
        self.busy = False
        self.applying = False
        self._serial = 0
        self._loaded_key: tuple[str, str | None] | None = None
        self._sheet_page_needed = False
        self._grid_key: tuple[tuple[int, str], ...] | None = None
        self._combos: dict[int, QComboBox] = {}
        self._closed = False

        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.recheck_timer = QTimer(self)
        self.recheck_timer.setObjectName("recheckTimer")
        self.recheck_timer.setSingleShot(True)
        self.recheck_timer.setInterval(RECHECK_AFTER_MS)
        self.recheck_timer.timeout.connect(lambda: self.request_preview(with_sample=False))

        self.file_page = _Page(self, Ui_ImportFilePage)
        self.sheet_page = _Page(self, Ui_ImportSheetPage)
        self.mapping_page = _Page(self, Ui_ImportMappingPage)
        self.preview_page = _Page(self, Ui_ImportPreviewPage)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(SHEET_PAGE, self.sheet_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setStartId(FILE_PAGE)
        self._build_file_page()
        self._build_sheet_page()
        self._build_mapping_page()
        self._build_preview_page()
        self._set_busy(False)
        name_parts(self)

    # ------------------------------------------------------------------ building
    def _build_file_page(self) -> None:
        ui = self.file_page.ui
        for text, role in DEFAULT_ROLES:
            ui.defaultRoleCombo.addItem(text, role)
        ui.fileError.setProperty("role", "error")
        ui.fileError.hide()
        ui.browseButton.clicked.connect(self.browse)
        ui.fileEdit.textChanged.connect(lambda _t: self._file_edited())

    def _build_sheet_page(self) -> None:
        ui = self.sheet_page.ui
        self.sample_model = SampleModel(self)
        table = ui.sampleTable
        table.setModel(self.sample_model)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setToolTip("Click a row to make it the header row")
        table.clicked.connect(self._sample_clicked)
        ui.sheetCombo.activated.connect(lambda _i: self._sheet_chosen())
        ui.headerRowSpin.valueChanged.connect(lambda _v: self._header_row_chosen())

    def _build_mapping_page(self) -> None:
        ui = self.mapping_page.ui
        ui.mappingError.setProperty("role", "error")
        ui.mappingError.hide()

    def _build_preview_page(self) -> None:
        ui = self.preview_page.ui
        self.rows_model = ImportRowsModel(self)
        self.rows_proxy = ProblemRowsProxy(self)
        self.rows_proxy.setSourceModel(self.rows_model)
        table = ui.previewTable
        table.setModel(self.rows_proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        ui.problemsOnlyCheck.toggled.connect(self.rows_proxy.set_problems_only)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_row_detail())
        ui.reloadButton.clicked.connect(self.read_again)

    # ------------------------------------------------------------------ navigation
    def nextId(self) -> int:
        current = self.currentId()
        if current == FILE_PAGE:
            return SHEET_PAGE if self._sheet_page_needed else MAPPING_PAGE
        if current == SHEET_PAGE:
            return MAPPING_PAGE
        if current == MAPPING_PAGE:
            return PREVIEW_PAGE
        return -1

    def page_complete(self, page: _Page) -> bool:
        if self.busy or self.applying:
            return False
        if page is self.file_page:
            return bool(self.file_page.ui.fileEdit.text().strip())
        preview = self.preview
        if preview is None or preview.header_row is None:
            return False
        if page is self.preview_page:
            return not preview.has_errors
        return True

    def validate_page(self, page: _Page) -> bool:
        if page is self.file_page:
            return self._validate_file_page()
        if page is self.preview_page:
            if self.summary is not None:
                return True
            if self.page_complete(page):
                self.apply()
            return False
        return self.page_complete(page)

    def initialize_page(self, page: _Page) -> None:
        if page is self.sheet_page:
            self._show_sheet_page()
        elif page is self.mapping_page:
            self._show_mapping_page()
        elif page is self.preview_page:
            self._show_preview_page()

    def done(self, result: int) -> None:
        super().done(result)
        if not self.isVisible():
            self._closed = True
            self.recheck_timer.stop()

    # ------------------------------------------------------------------ page 1: the file
    def browse(self) -> None:
        folder = (
            str(Path(self.path).parent)
            if self.path
            else (
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or str(Path.home())
            )
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Choose the file to import", folder, ";;".join(OPEN_FILTERS)
        )
        if chosen:
            self.file_page.ui.fileEdit.setText(chosen)

    def set_file(self, path: str | Path, default_role: str | None = None) -> None:
        """Fill in page 1 (the file and the role for empty role cells)."""
        ui = self.file_page.ui
        ui.fileEdit.setText(str(path))
        ui.defaultRoleCombo.setCurrentIndex(max(ui.defaultRoleCombo.findData(default_role), 0))

    def _file_edited(self) -> None:
        self.file_page.ui.fileError.hide()
        self.file_page.completeChanged.emit()

    def _validate_file_page(self) -> bool:
        ui = self.file_page.ui
        path = ui.fileEdit.text().strip()
        role = ui.defaultRoleCombo.currentData()
        if self.busy:
            return False
        if not path:
            self._show_file_error("Choose the file to import.")
            return False
        key = (path, role)
        if key == self._loaded_key and self.preview is not None:
            return True
        if path != self.path:
            # Another file: nothing chosen for the last one applies to it.
            self.sheet = None
            self.header_row = None
            self.overrides = {}
            self.sample = None
            self._grid_key = None
            self._sheet_page_needed = False
        self.path = path
        self.default_role = role
        ui.fileError.hide()

        def loaded() -> None:
            preview = self.preview
            assert preview is not None
            self._loaded_key = key
            self._sheet_page_needed = self._sheet_page_needed or (
                len(preview.sheet_names) > 1 or preview.header_row is None
            )
            self.next()

        self.request_preview(with_sample=None, then=loaded)
        return False

    def _show_file_error(self, text: str) -> None:
        label = self.file_page.ui.fileError
        label.setText(text)
        label.show()

    # ------------------------------------------------------------------ page 2: the headers
    def _show_sheet_page(self) -> None:
        ui = self.sheet_page.ui
        preview = self.preview
        names = preview.sheet_names if preview is not None else []
        ui.sheetCombo.blockSignals(True)
        ui.sheetCombo.clear()
        ui.sheetCombo.addItems(names)
        current = preview.sheet if preview is not None else None
        if current is not None:
            ui.sheetCombo.setCurrentIndex(max(ui.sheetCombo.findText(current), 0))
        ui.sheetCombo.blockSignals(False)
        ui.sheetCombo.setEnabled(len(names) > 1)
        ui.sheetLabel.setEnabled(len(names) > 1)
        if not names:
            ui.sheetCombo.setToolTip("A CSV file has one sheet")
        ui.headerRowSpin.blockSignals(True)
        ui.headerRowSpin.setValue(self.header_row or 0)
        ui.headerRowSpin.blockSignals(False)
        header_row = preview.header_row if preview is not None else None
        self.sample_model.set_sample(self.sample, header_row)
        table = ui.sampleTable
        table.resizeColumnsToContents()
        for column in range(self.sample_model.columnCount()):
            table.setColumnWidth(column, min(max(table.columnWidth(column), 48), 260))
        if header_row is not None:
            for row in range(self.sample_model.rowCount()):
                if self.sample_model.row_number(row) == header_row:
                    table.scrollTo(self.sample_model.index(row, 0))
                    break
        label = ui.sheetStatusLabel
        if self.load_error:
            label.setText(self.load_error)
            _set_state(label, "error")
        elif preview is None:
            label.setText("")
        elif header_row is None:
            problem = next((p for p in preview.problems if p.kind == "no_header"), None)
            label.setText(
                (problem.message[0].upper() + problem.message[1:] + ".")
                if problem
                else "No header row found; give the row that holds the column headers."
            )
            _set_state(label, "error")
        else:
            recognised = [h for h in preview.headers if h.field is not None]
            where = f" of sheet '{preview.sheet}'" if preview.sheet else ""
            names = ", ".join(h.text or f"column {column_letter(h.index)}" for h in preview.headers)
            counted = f"{len(recognised)} of {plural(len(preview.headers), 'column')} recognised"
            if len(recognised) >= 2:
                label.setText(
                    f"Headers on row {header_row}{where}: {names}. {counted}; the next step "
                    "matches the others."
                )
                _set_state(label, "ready")
            else:
                label.setText(
                    f"Row {header_row}{where} holds {names}: {counted}. Is this the header "
                    "row? Choose another row, or match the columns on the next step."
                )
                _set_state(label, "error")

    def _sheet_chosen(self) -> None:
        ui = self.sheet_page.ui
        self.sheet = ui.sheetCombo.currentText() or None
        self.header_row = None
        self.overrides = {}
        ui.headerRowSpin.blockSignals(True)
        ui.headerRowSpin.setValue(0)
        ui.headerRowSpin.blockSignals(False)
        self.request_preview(with_sample=True)

    def _header_row_chosen(self) -> None:
        value = self.sheet_page.ui.headerRowSpin.value()
        self.header_row = value or None
        self.overrides = {}
        if self.preview is not None and self.sheet is None:
            self.sheet = self.preview.sheet  # stay on the sheet shown
        self.recheck_timer.start()

    def _sample_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sheet_page.ui.headerRowSpin.setValue(self.sample_model.row_number(index.row()))

    def choose_sheet(self, name: str) -> None:
        """Choose a sheet as the user does in the combo box."""
        combo = self.sheet_page.ui.sheetCombo
        combo.setCurrentIndex(combo.findText(name))
        self._sheet_chosen()

    def choose_header_row(self, row: int) -> None:
        """Choose the header row (0: find it automatically) and check the file at once."""
        self.sheet_page.ui.headerRowSpin.setValue(row)
        self.recheck_timer.stop()
        self.request_preview(with_sample=False)

    # ------------------------------------------------------------------ page 3: the columns
    def _show_mapping_page(self) -> None:
        preview = self.preview
        if preview is None:
            return
        key = tuple((h.index, h.text) for h in preview.headers)
        if key != self._grid_key:
            self._build_grid(preview)
            self._grid_key = key
        for header in preview.headers:
            combo = self._combos.get(header.index)
            if combo is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(header.field), 0))
                combo.blockSignals(False)
        self._show_mapping_problems()

    def _build_grid(self, preview: ImportPreview) -> None:
        ui = self.mapping_page.ui
        grid = ui.mappingGrid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._combos = {}
        for column, text in enumerate(("Column", "Header in the file", "Examples", "Import as")):
            heading = QLabel(text, ui.mappingContents)
            heading.setObjectName(f"mappingHeading{column}")
            heading.setAccessibleName(text)
            heading.setProperty("mapping", "header")
            grid.addWidget(heading, 0, column)
        examples = self._examples(preview)
        for row, header in enumerate(preview.headers, start=1):
            letter = column_letter(header.index)
            column_label = QLabel(letter, ui.mappingContents)
            column_label.setObjectName(f"mappingColumn{header.index}")
            column_label.setAccessibleName(f"Column {letter}")
            column_label.setProperty("mapping", "column")
            text = header.text or "(no header)"
            text_label = QLabel(text, ui.mappingContents)
            text_label.setObjectName(f"mappingHeader{header.index}")
            text_label.setAccessibleName(f"Header of column {letter}")
            text_label.setProperty("mapping", "text")
            sample = ", ".join(examples.get(header.index, []))
            example_label = QLabel(ui.mappingContents)
            example_label.setObjectName(f"mappingExample{header.index}")
            example_label.setAccessibleName(f"Examples from column {letter}")
            example_label.setProperty("mapping", "example")
            metrics = example_label.fontMetrics()
            example_label.setText(metrics.elidedText(sample, Qt.TextElideMode.ElideRight, 300))
            example_label.setToolTip(sample)
            example_label.setMinimumWidth(120)
            combo = QComboBox(ui.mappingContents)
            combo.setObjectName(f"mappingCombo{header.index}")
            combo.setAccessibleName(f"Import column {letter} ({text}) as")
            combo.setToolTip(f"What column {letter}, '{text}', is imported as")
            combo.addItem(IGNORE, None)
            for name, label in IMPORT_FIELDS:
                required = " (required)" if name in REQUIRED_IMPORT_FIELDS else ""
                combo.addItem(label + required, name)
            combo.setMinimumWidth(200)
            combo.setMaxVisibleItems(len(IMPORT_FIELDS) + 1)
            combo.activated.connect(lambda _i, i=header.index: self._mapping_chosen(i))
            text_label.setBuddy(combo)
            grid.addWidget(column_label, row, 0)
            grid.addWidget(text_label, row, 1)
            grid.addWidget(example_label, row, 2)
            grid.addWidget(combo, row, 3)
            self._combos[header.index] = combo
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(preview.headers) + 1, 1)
        name_parts(ui.mappingContents)

    def _examples(self, preview: ImportPreview) -> dict[int, list[str]]:
        """Up to three values of each column, from the rows under the header."""
        found: dict[int, list[str]] = {}
        sample = self.sample
        if sample is not None and preview.header_row is not None and sample.sheet == preview.sheet:
            for number, cells in sample.rows:
                if number <= preview.header_row:
                    continue
                for index, value in enumerate(cells):
                    values = found.setdefault(index, [])
                    if value and len(values) < EXAMPLES and value not in values:
                        values.append(value)
            return found
        # Without a sample: the values of the columns that are imported.
        by_field = {h.field: h.index for h in preview.headers if h.field is not None}
        for raw in preview.parsed.rows[:50]:
            for name, cell in raw.cells.items():
                index = by_field.get(name)
                text = cell_text(cell)
                if index is None or not text:
                    continue
                values = found.setdefault(index, [])
                if len(values) < EXAMPLES and text not in values:
                    values.append(text)
        return found

    def _mapping_chosen(self, index: int) -> None:
        combo = self._combos[index]
        field = combo.currentData()
        if field is not None:
            # A field is imported from one column: the column that had it lets it go.
            for other, chosen in list(self.overrides.items()):
                if other != index and chosen == field:
                    self.overrides[other] = None
        self.overrides[index] = field
        self.recheck_timer.start()

    def map_column(self, header: str, field: str | None) -> None:
        """Choose the field of the column with this header, as the user does in its combo."""
        preview = self.preview
        assert preview is not None
        wanted = header.strip().casefold()
        column = next(h.index for h in preview.headers if h.text.strip().casefold() == wanted)
        combo = self._combos[column]
        combo.setCurrentIndex(combo.findData(field))
        self._mapping_chosen(column)

    def _show_mapping_problems(self) -> None:
        ui = self.mapping_page.ui
        preview = self.preview
        label = ui.mappingError
        if self.load_error:
            label.setText(self.load_error)
            label.show()
            return
        if preview is None:
            label.hide()
            return
        problems = preview.parsed.problems
        if not problems:
            label.hide()
            return
        lines = [p.message[0].upper() + p.message[1:] + "." for p in problems]
        label.setText("\n".join(lines))
        label.show()

    # ------------------------------------------------------------------ page 4: check, import
    def _show_preview_page(self) -> None:
        ui = self.preview_page.ui
        preview = self.preview
        self.rows_model.set_preview(preview)
        table = ui.previewTable
        widths = {"Row": 56, "Result": 110, "Problems": 380, "Email": 210}
        for column, spec in enumerate(self.rows_model.columns):
            table.setColumnWidth(column, widths.get(spec.title, 120))
        self._show_row_detail()
        if preview is None:
            ui.summaryLabel.setText("")
            ui.messageLabel.setText(self.load_error or "")
            _set_state(ui.messageFrame, "error")
            return
        source = preview.parsed.source
        how = []
        if source.sheet:
            how.append(f"sheet '{source.sheet}'")
        if source.delimiter:
            how.append(f"{DELIMITER_WORDS.get(source.delimiter, source.delimiter)}-separated")
        if source.encoding:
            how.append(source.encoding)
        if source.header_row:
            how.append(f"headers on row {source.header_row}")
        c = preview.counts
        summary = (
            f"<b>{_html(preview.file_name)}</b>"
            + (f" ({_html(', '.join(how))})" if how else "")
            + f" into <b>{_html(preview.programme_name)}</b>: {plural(c.rows, 'row')}"
            + f" — {plural(c.new_people, 'new person', 'new people')}, "
            f"{plural(c.updated_people, 'updated person', 'updated people')}; "
            f"{plural(c.new_participants, 'new participant')}, "
            f"{plural(c.updated_participants, 'updated participant')}; "
            f"{plural(c.errors, 'error')}, {plural(c.warnings, 'warning')}."
        )
        ui.summaryLabel.setText(summary)
        self.preview_page.setSubTitle(
            f"Every row of {preview.file_name} and what importing it does. Nothing is written "
            "until you press Import."
        )
        errors, warnings = preview.errors, preview.warnings
        if self.load_error:
            ui.messageLabel.setText(self.load_error)
            _set_state(ui.messageFrame, "error")
        elif errors:
            rows = c.rows_with_errors
            where = f" in {plural(rows, 'row')}" if rows else ""
            text = (
                f"Nothing can be imported while the file has {plural(len(errors), 'error')}"
                f"{where}.\nFirst to fix: {errors[0].location}: {errors[0].message}.\n"
                "Once the file is corrected and saved, press Read the file again; or go "
                "Back to match the columns differently."
            )
            ui.messageLabel.setText(text)
            _set_state(ui.messageFrame, "error")
        elif warnings:
            ui.messageLabel.setText(
                f"Ready to import. {plural(len(warnings), 'warning')} do not stop the import; "
                f"the first: {warnings[0].location}: {warnings[0].message}."
            )
            _set_state(ui.messageFrame, "warning")
        elif c.rows == 0:
            ui.messageLabel.setText("The file has no rows under the headers: nothing to import.")
            _set_state(ui.messageFrame, "warning")
        else:
            ui.messageLabel.setText("Ready to import: press Import to add them to the programme.")
            _set_state(ui.messageFrame, "ready")
        ui.problemsOnlyCheck.setEnabled(bool(preview.problems))

    def _show_row_detail(self) -> None:
        """The problems of the selected row in full, under the table."""
        ui = self.preview_page.ui
        label = ui.rowDetailLabel
        index = ui.previewTable.currentIndex()
        preview = self.preview
        if preview is None or not index.isValid():
            label.setText(
                "Select a row to read its problems in full."
                if preview is not None and preview.problems
                else ""
            )
            _set_state(label, "")
            return
        item = preview.rows[self.rows_proxy.mapToSource(index).row()]
        if not item.problems:
            label.setText(f"Row {item.number}: no problems.")
            _set_state(label, "ready")
            return
        lines = [
            f"Row {item.number}, "
            + (f"column '{p.column}'" if p.column else "the whole row")
            + f": {p.message}."
            for p in item.problems
        ]
        label.setText("\n".join(lines))
        _set_state(label, "" if item.ok else "error")

    def read_again(self) -> None:
        """Read the file again from disk, as it is now, with the same choices."""
        self.request_preview(with_sample=self._sheet_page_needed)

    def apply(self) -> None:
        """Write the checked file in one unit of work, off the GUI thread."""
        preview = self.preview
        if preview is None or preview.has_errors or self.applying:
            return
        db, programme_id = self.db, self.programme_id
        self.applying = True
        self._complete_changed()

        def done(summary: ImportSummary) -> None:
            self.applying = False
            if self._closed:
                return
            self.summary = summary
            self.imported.emit(summary)
            self.accept()

        def failed(exc: Exception) -> None:
            self.applying = False
            if self._closed:
                return
            # The database changed since the check (or the file): check again, as it is now.
            self.load_error = str(exc)
            self._show_preview_page()
            self._complete_changed()

        workers.run_with_progress(
            self,
            self.pool,
            lambda _control: apply_import(db, programme_id, preview),
            title="Import participants",
            label=f"Importing {plural(preview.counts.rows, 'row')} of {preview.file_name}…",
            on_done=done,
            on_failed=failed,
        )

    # ------------------------------------------------------------------ checking the file
    def request_preview(
        self, *, with_sample: bool | None = False, then: Callable[[], None] | None = None
    ) -> None:
        """Read and check the file off the GUI thread with the choices made so far.

        `with_sample`: also read the first rows of the sheet for the header step; None
        does so only when that step is needed. `then` runs after a successful check.
        """
        self._serial += 1
        serial = self._serial
        db, programme_id = self.db, self.programme_id
        path, sheet, header_row = self.path, self.sheet, self.header_row
        mapping = dict(self.overrides)
        default_role = self.default_role
        need_sample = with_sample

        def task(_control: workers.TaskControl) -> tuple[ImportPreview, SheetSample | None]:
            preview = preview_import(
                db,
                programme_id,
                path,
                sheet=sheet,
                header_row=header_row,
                mapping=mapping or None,
                default_role=default_role,
            )
            wanted = need_sample
            if wanted is None:
                wanted = preview.header_row is None or len(preview.sheet_names) > 1
            sample = None
            if wanted:
                sample = sample_sheet(
                    path,
                    sheet=preview.sheet if preview.sheet is not None else sheet,
                    limit=SAMPLE_ROWS,
                )
            return preview, sample

        self._set_busy(True)
        workers.start_task(
            self.pool,
            task,
            name="check the import file",
            on_done=lambda result: self._checked(serial, result, then),
            on_failed=lambda exc: self._check_failed(serial, exc),
        )

    def _checked(
        self,
        serial: int,
        result: tuple[ImportPreview, SheetSample | None],
        then: Callable[[], None] | None,
    ) -> None:
        if self._closed or serial != self._serial:
            return
        preview, sample = result
        self.preview = preview
        if sample is not None:
            self.sample = sample
        self.load_error = ""
        self._set_busy(False)
        self._refresh_current_page()
        if then is not None:
            then()
        self.previewReady.emit()

    def _check_failed(self, serial: int, exc: Exception) -> None:
        if self._closed or serial != self._serial:
            return
        text = str(exc) if isinstance(exc, InputRefused) else f"The file could not be read: {exc}"
        self.load_error = text
        self._set_busy(False)
        if self.currentId() == FILE_PAGE:
            self._show_file_error(text)
        self._refresh_current_page()
        self.previewReady.emit()

    def _refresh_current_page(self) -> None:
        current = self.currentId()
        if current == SHEET_PAGE:
            self._show_sheet_page()
        elif current == MAPPING_PAGE:
            self._show_mapping_page()
        elif current == PREVIEW_PAGE:
            self._show_preview_page()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.file_page.ui.fileBusy.setVisible(busy)
        self.sheet_page.ui.sheetBusy.setVisible(busy)
        self.mapping_page.ui.mappingBusy.setVisible(busy)
        self.preview_page.ui.previewBusy.setVisible(busy)
        self.preview_page.ui.reloadButton.setEnabled(not busy)
        self._complete_changed()

    def _complete_changed(self) -> None:
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page):
            page.completeChanged.emit()

    # ------------------------------------------------------------------ for tests and tools
    def problems(self) -> Sequence[str]:
        """Every problem of the last check as text: severity, file, row, column, message."""
        return [str(p) for p in self.preview.problems] if self.preview is not None else []
