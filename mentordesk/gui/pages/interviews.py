"""The Interviews page: the interviews of a programme, or of one person across programmes.

The list never shows confidential notes: their place says "confidential", and the notes
are read only by opening the interview. Every action calls `services.interviews`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.gui.dialogs.interview_dialog import InterviewDialog, InterviewStart
from mentordesk.gui.dialogs.interview_template_dialog import InterviewTemplateDialog
from mentordesk.gui.editing import PageMessages
from mentordesk.gui.forms.ui_interviews_page import Ui_InterviewsPage
from mentordesk.gui.pages.start import plural
from mentordesk.gui.table_models import (
    RECORD_ROLE,
    Column,
    RecordFilterProxy,
    RecordTableModel,
    format_date,
    set_up_record_table,
)
from mentordesk.gui.wording import humanise
from mentordesk.services import interview_templates, interviews
from mentordesk.services.errors import InputRefused
from mentordesk.services.interviews import InterviewRecord
from mentordesk.store.database import Database

AnyIndex = QModelIndex | QPersistentModelIndex

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "Any date"
CONFIDENTIAL_COLOUR = QColor("#6B7580")
NOTES_COLUMN_TITLE = "Notes"

PAGE_STYLE = """
QLabel#interviewCount { color: #5B6573; }
QLabel#emptyLabel { color: #5B6573; font-size: 11pt; padding: 24px; }
QLabel#messageLabel { background: #E8F1FA; border: 1px solid #B9D3EA; border-radius: 4px;
    padding: 6px 10px; color: #12324F; }
QLabel#messageLabel[kind="error"] { background: #FCEBEA; border-color: #E8B4B0;
    color: #8C1D18; }
QLineEdit#interviewSearch { padding: 3px 6px; }
"""


def one_line(text: str) -> str:
    return " ".join(text.split())


def kind_title(kind: str, titles: dict[str, str]) -> str:
    """The title of a kind: the programme's, else the built-in one, else the kind itself."""
    if kind in titles:
        return titles[kind]
    if kind in interview_templates.BUILT_IN_KINDS:
        return interview_templates.built_in_template(kind).title
    return humanise(kind)


class InterviewTableModel(RecordTableModel):
    """Interviews in rows; "confidential" in the notes' place is quiet and in italics."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
            and self.columns[index.column()].title == NOTES_COLUMN_TITLE
            and self.record(index.row()).confidential
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return CONFIDENTIAL_COLOUR
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


class InterviewFilterProxy(RecordFilterProxy):
    """The search over every column, a kind, and a date range."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._from: date | None = None
        self._to: date | None = None

    def set_filters(self, kind: str | None, date_from: date | None, date_to: date | None) -> None:
        self.beginFilterChange()
        self._kind, self._from, self._to = kind, date_from, date_to
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        record: InterviewRecord = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        if self._kind is not None and record.kind != self._kind:
            return False
        if self._from is not None and record.date < self._from:
            return False
        if self._to is not None and record.date > self._to:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class InterviewsPage(QWidget, PageMessages):
    """`load(programme_id)` shows a programme's interviews; `load_person(person_id)` shows
    one person's interviews in every programme (read and changed, not added).

    Signals: `interviewsChanged(programme_id)` after an interview was recorded, changed or
    deleted; `statusMessage(text)` with each message the page shows.
    """

    interviewsChanged = Signal(int)
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InterviewsPage()
        self.ui.setupUi(self)
        self.setStyleSheet(PAGE_STYLE)
        self.db = db
        self.programme_id: int | None = None
        self.person_id: int | None = None
        self.kind_titles: dict[str, str] = {}
        self.dialog: InterviewDialog | None = None
        self._sized = False
        ui = self.ui
        self.programme_column = Column("Programme", lambda r: r.programme_name)
        self.model = InterviewTableModel(self._columns(), self)
        self.proxy = InterviewFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.interviewTable
        table.setModel(self.proxy)
        set_up_record_table(
            table, "interviewTable", "the interviews", order=Qt.SortOrder.DescendingOrder
        )
        corner = table.findChild(QAbstractButton)
        if corner is not None:
            corner.setObjectName("interviewTableCorner")
            corner.setAccessibleName("Select every interview")
        for clear in ui.interviewSearch.findChildren(QToolButton):
            clear.setObjectName("interviewSearchClear")
            clear.setAccessibleName("Clear the search")
        ui.kindFilter.view().setObjectName("kindFilterList")
        ui.kindFilter.view().setAccessibleName("Kinds of interview to show")
        for edit in (ui.fromDate, ui.toDate):
            edit.setMinimumDate(NO_DATE)
            edit.setDate(NO_DATE)

        self.new_action = self._action(
            "newInterviewAction", "&New interview…", [Qt.Key.Key_Insert], self.new_interview
        )
        self.open_action = self._action(
            "openInterviewAction",
            "&Open…",
            [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            self.open_selected,
            table,
        )
        self.delete_action = self._action(
            "deleteInterviewAction",
            "&Delete…",
            [QKeySequence.StandardKey.Delete],
            self.delete_selected,
            table,
        )
        ui.newInterviewButton.setToolTip("Record an interview (Insert)")
        ui.newInterviewButton.clicked.connect(self.new_action.trigger)
        ui.openInterviewButton.clicked.connect(self.open_action.trigger)
        ui.deleteInterviewButton.clicked.connect(self.delete_action.trigger)
        ui.questionsButton.clicked.connect(lambda: self.edit_questions())
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        table.doubleClicked.connect(lambda _index: self.open_selected())
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.interviewSearch.textChanged.connect(self._filter)
        ui.kindFilter.currentIndexChanged.connect(self._filter)
        ui.fromDate.dateChanged.connect(self._filter)
        ui.toDate.dateChanged.connect(self._filter)
        self._show_message("")
        self._show_nothing()

    def _columns(self) -> list[Column]:
        columns = [
            Column("Date", lambda r: r.date, lambda r: format_date(r.date)),
            Column(
                "Kind",
                lambda r: kind_title(r.kind, self.kind_titles),
            ),
            Column("With", lambda r: r.with_whom),
            Column("Interviewer", lambda r: r.interviewer),
            Column(
                NOTES_COLUMN_TITLE,
                lambda r: r.notes,
                lambda r: one_line(r.notes),
                tooltip="Confidential notes are read by opening the interview",
            ),
        ]
        if self.person_id is not None:
            columns.insert(1, self.programme_column)
        return columns

    def _action(
        self,
        name: str,
        text: str,
        keys: list[Any],
        slot: Any,
        widget: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if widget is not None
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(lambda _checked=False: slot())
        (widget or self).addAction(action)
        return action

    # --- loading ------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        """Work on another database; the page is empty until `load` is called."""
        self.db = db
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.programme_id = None
        self.person_id = None
        self.model.set_records([])
        self.ui.interviewCount.setText("")
        self.ui.emptyLabel.setText("Choose a programme to see its interviews.")
        self._update_state()

    def load(self, programme_id: int, *, select_id: int | None = None) -> None:
        """Show the programme's interviews, keeping the selection where it can."""
        keep = select_id if select_id is not None else self._selected_id()
        if programme_id != self.programme_id:
            self._show_message("")
            keep = select_id
        self.programme_id = programme_id
        self.person_id = None
        self.kind_titles = {
            t.kind: t.title for t in interview_templates.list_templates(self.db, programme_id)
        }
        self._show(interviews.list_interviews(self.db, programme_id=programme_id), keep)

    def load_person(self, person_id: int, *, select_id: int | None = None) -> None:
        """Show one person's interviews, alone, as a participant or in a pair."""
        self.programme_id = None
        self.person_id = person_id
        self.kind_titles = {}
        self._show(interviews.list_interviews(self.db, person_id=person_id), select_id)

    def _show(self, records: list[InterviewRecord], keep: int | None) -> None:
        ui = self.ui
        self.model.beginResetModel()
        self.model.columns = self._columns()
        self.model.endResetModel()
        self.model.set_records(records)
        kinds = list(self.kind_titles) + sorted({r.kind for r in records} - set(self.kind_titles))
        chosen = ui.kindFilter.currentData()
        ui.kindFilter.blockSignals(True)
        ui.kindFilter.clear()
        ui.kindFilter.addItem("All kinds", None)
        for kind in kinds:
            ui.kindFilter.addItem(kind_title(kind, self.kind_titles), kind)
        ui.kindFilter.setCurrentIndex(max(ui.kindFilter.findData(chosen), 0))
        ui.kindFilter.blockSignals(False)
        in_programme = self.programme_id is not None
        ui.newInterviewButton.setVisible(in_programme)
        ui.questionsButton.setVisible(in_programme)
        self.new_action.setEnabled(in_programme)
        self._size_columns()
        self._filter()
        if keep is not None:
            self.select(keep)
        self._selection_changed()

    def _size_columns(self) -> None:
        if self._sized or not self.model.rowCount():
            return
        table = self.ui.interviewTable
        for column in range(self.model.columnCount() - 1):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column) + 16, 260))
        self._sized = True

    # --- filters ------------------------------------------------------------------------

    def _filter(self, *_args: object) -> None:
        ui = self.ui
        self.proxy.set_search(ui.interviewSearch.text())
        self.proxy.set_filters(
            ui.kindFilter.currentData(),
            self._date(ui.fromDate.date()),
            self._date(ui.toDate.date()),
        )
        self._update_state()

    @staticmethod
    def _date(value: QDate) -> date | None:
        return None if value == NO_DATE else value.toPython()  # type: ignore[return-value]

    def set_kind_filter(self, kind: str | None) -> None:
        self.ui.kindFilter.setCurrentIndex(max(self.ui.kindFilter.findData(kind), 0))

    def set_search(self, text: str) -> None:
        """Show only the interviews whose person, pair, interviewer or kind has this text."""
        self.ui.interviewSearch.setText(text)

    def clear_filters(self) -> None:
        ui = self.ui
        ui.interviewSearch.clear()
        ui.kindFilter.setCurrentIndex(0)
        ui.fromDate.setDate(NO_DATE)
        ui.toDate.setDate(NO_DATE)

    def is_filtered(self) -> bool:
        ui = self.ui
        return bool(
            ui.interviewSearch.text().strip()
            or ui.kindFilter.currentIndex() > 0
            or ui.fromDate.date() != NO_DATE
            or ui.toDate.date() != NO_DATE
        )

    def _update_state(self) -> None:
        ui = self.ui
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        ui.clearFiltersButton.setEnabled(self.is_filtered())
        loaded = self.programme_id is not None or self.person_id is not None
        if not loaded:
            ui.interviewCount.setText("")
        elif shown == total:
            ui.interviewCount.setText(plural(total, "interview"))
        else:
            ui.interviewCount.setText(f"Showing {shown} of {plural(total, 'interview')}")
        if loaded and total == 0:
            ui.emptyLabel.setText(
                "No interviews recorded yet. Record the first with New interview (Insert)."
                if self.programme_id is not None
                else "No interviews with this person yet."
            )
        elif loaded and shown == 0:
            ui.emptyLabel.setText("No interview matches the filters. Clear them to see all.")
        ui.emptyLabel.setVisible(not loaded or shown == 0)
        ui.interviewTable.setVisible(loaded and shown > 0)

    # --- selection ----------------------------------------------------------------------

    def selected(self) -> InterviewRecord | None:
        rows = self.ui.interviewTable.selectionModel().selectedRows()
        if not rows:
            return None
        record: InterviewRecord = self.model.record(self.proxy.mapToSource(rows[0]).row())
        return record

    def _selected_id(self) -> int | None:
        record = self.selected()
        return None if record is None else record.id

    def select(self, interview_id: int) -> bool:
        row = self.model.row_of(interview_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.ui.interviewTable.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.interviewTable.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected() is not None
        for widget in (self.ui.openInterviewButton, self.ui.deleteInterviewButton):
            widget.setEnabled(chosen)
        self.open_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def visible_texts(self, column: str) -> list[str]:
        """The texts shown in one column, top to bottom (for a quick look and for tests)."""
        number = [c.title for c in self.model.columns].index(column)
        return [str(self.proxy.index(row, number).data()) for row in range(self.proxy.rowCount())]

    # --- actions ------------------------------------------------------------------------

    def new_interview(self, start: InterviewStart | None = None) -> InterviewDialog | None:
        """Open the dialog for a new interview of the programme."""
        if self.programme_id is None:
            return None
        return self._open_dialog(
            InterviewDialog(self.db, self.programme_id, self, start=start), "Recorded"
        )

    def open_selected(self) -> InterviewDialog | None:
        """Open the selected interview: the one place its confidential notes are shown."""
        record = self.selected()
        if record is None:
            return None
        return self._open_dialog(
            InterviewDialog(self.db, record.programme_id, self, interview_id=record.id), "Saved"
        )

    def _open_dialog(self, dialog: InterviewDialog, verb: str) -> InterviewDialog:
        dialog.setObjectName("interviewDialog")
        dialog.accepted.connect(lambda: self._saved(dialog, verb))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, dialog: InterviewDialog, verb: str) -> None:
        self.dialog = None
        record = dialog.saved
        if record is None:
            return
        self._changed(
            record.programme_id,
            record.id,
            f"{verb}: {kind_title(record.kind, self.kind_titles).lower()} with "
            f"{record.with_whom} on {format_date(record.date)}.",
        )

    def _changed(self, programme_id: int, select_id: int | None, text: str) -> None:
        if self.person_id is not None:
            self.load_person(self.person_id, select_id=select_id)
        else:
            self.load(programme_id, select_id=select_id)
        if select_id is not None and not self.select(select_id):
            self.clear_filters()
            self.select(select_id)
        self._show_message(text)
        self.interviewsChanged.emit(programme_id)

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        box = QMessageBox(self)
        box.setObjectName("deleteInterviewBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Delete interview")
        what = f"{kind_title(record.kind, self.kind_titles).lower()} with {record.with_whom}"
        box.setText(f"Delete the {what} on {format_date(record.date)}?")
        box.setInformativeText("Its answers and notes are deleted for good.")
        yes = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("deleteInterviewYes")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            interviews.delete_interview(self.db, record.id)
        except InputRefused as refusal:
            self._show_message(str(refusal), error=True)
            return
        self._changed(record.programme_id, None, f"Deleted: the {what}.")

    def edit_questions(self) -> InterviewTemplateDialog | None:
        """Open the questions of the programme's kinds of interview."""
        if self.programme_id is None:
            return None
        programme_id = self.programme_id
        dialog = InterviewTemplateDialog(
            self.db, programme_id, self, kind=self.ui.kindFilter.currentData() or ""
        )
        dialog.setObjectName("interviewTemplateDialog")
        dialog.templatesChanged.connect(lambda: self.load(programme_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


class PersonInterviewsDialog(QDialog):
    """One person's interviews in every programme, opened from the People panel."""

    def __init__(
        self, db: Database, person_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personInterviewsDialog")
        self.setAccessibleName(f"Interviews with {name}")
        self.setWindowTitle(f"Interviews with {name}")
        self.resize(900, 460)
        layout = QVBoxLayout(self)
        self.page = InterviewsPage(db, self)
        self.page.load_person(person_id)
        layout.addWidget(self.page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("personInterviewsButtons")
        buttons.setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
