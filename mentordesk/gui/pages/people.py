"""The people of one client organisation: a searchable, filterable table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mentordesk.gui.dialogs.person_dialog import FORM_STYLE, PersonDialog, name_parts
from mentordesk.gui.forms.ui_people_panel import Ui_PeoplePanel
from mentordesk.gui.table_models import RecordRows
from mentordesk.services.errors import InputRefused
from mentordesk.services.people import PersonRecord, list_people, people_filters, remove_person

if TYPE_CHECKING:
    from mentordesk.store.database import Database

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ALL = "All"

AnyIndex = QModelIndex | QPersistentModelIndex


def plural(count: int, singular: str, plural_form: str) -> str:
    return f"{count} {singular if count == 1 else plural_form}"


def ask(parent: QWidget, title: str, text: str, informative: str, accept_text: str) -> bool:
    """A yes/cancel question whose yes button says what happens; True when accepted."""
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(accept_text)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, text: str) -> None:
    """A refusal or problem the user must read; nothing was changed."""
    box = QMessageBox(parent)
    box.setObjectName("refusalBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class PeopleTableModel(RecordRows):
    """People in rows: name, job title, department, level, location, manager, email."""

    COLUMNS = ("Name", "Job title", "Department", "Level", "Location", "Manager", "Email")
    LEVEL = 3

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    @staticmethod
    def _values(record: PersonRecord) -> tuple[Any, ...]:
        return (
            record.name,
            record.job_title,
            record.department,
            record.level,
            record.location,
            record.manager_name,
            record.email,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        value = self._values(record)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            if index.column() == self.LEVEL:
                return -1 if value is None else int(value)
            return (value or "").casefold()
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() != 0:
                return None if value in (None, "") else str(value)
            details = [record.email, record.phone, record.time_zone]
            return "\n".join([record.name, *(d for d in details if d)])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.LEVEL:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section == self.LEVEL:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class PeopleFilterProxy(QSortFilterProxyModel):
    """Keeps the people matching the search text and the department, level and location."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.search = ""
        self.department: str | None = None
        self.level: int | None = None
        self.location: str | None = None

    def set_filters(
        self,
        *,
        search: str = "",
        department: str | None = None,
        level: int | None = None,
        location: str | None = None,
    ) -> None:
        self.beginFilterChange()
        self.search = search.strip().casefold()
        self.department, self.level, self.location = department, level, location
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtered(self) -> bool:
        return bool(self.search) or any(
            value is not None for value in (self.department, self.level, self.location)
        )

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PeopleTableModel):
            return True
        person = model.record(source_row)
        if self.department is not None and person.department != self.department:
            return False
        if self.level is not None and person.level != self.level:
            return False
        if self.location is not None and person.location != self.location:
            return False
        if self.search:
            haystack = (person.name, person.email, person.job_title)
            return any(self.search in text.casefold() for text in haystack)
        return True


class PeoplePanel(QWidget):
    """The People tab of an organisation: add, edit and remove its people.

    `set_organisation(db, organisation_id)` shows an organisation's people (None: nobody,
    the panel is disabled). `peopleChanged` is emitted after a person was added, edited or
    removed.
    """

    peopleChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeoplePanel()
        self.ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        self._db: Database | None = None
        self._organisation_id: int | None = None
        self._dialog_open = False
        ui = self.ui

        self.model = PeopleTableModel(self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.peopleTable
        table.setModel(self.proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((170, 210, 170, 55, 110, 170)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(28)

        self.add_action = QAction("Add perso&n", self)
        self.add_action.setObjectName("addPersonAction")
        # Insert only: Ctrl+Shift+P is the window's New programme.
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.add_action)
        self.edit_action = QAction("Edi&t", self)
        self.edit_action.setObjectName("editPersonAction")
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.edit_action)
        self.remove_action = QAction("&Remove", self)
        self.remove_action.setObjectName("removePersonAction")
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.remove_action)
        self.interviews_action = QAction("Inter&views…", self)
        self.interviews_action.setObjectName("personInterviewsAction")
        self.interviews_action.setShortcut(QKeySequence("Ctrl+I"))
        self.interviews_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.interviews_action)
        self.interviewsButton = QPushButton(self.interviews_action.text(), self)
        self.interviewsButton.setObjectName("personInterviewsButton")
        self.interviewsButton.setAccessibleName("Interviews with the person")
        self.interviewsButton.setToolTip(
            "The interviews with the selected person, in every programme (Ctrl+I)"
        )
        ui.actionLayout.insertWidget(
            ui.actionLayout.indexOf(ui.removePersonButton), self.interviewsButton
        )

        self.add_action.triggered.connect(self.add_person)
        self.edit_action.triggered.connect(self.edit_person)
        self.remove_action.triggered.connect(self.remove_selected)
        self.interviews_action.triggered.connect(self.show_interviews)
        self.interviewsButton.clicked.connect(self.interviews_action.trigger)
        ui.addPersonButton.clicked.connect(self.add_action.trigger)
        ui.emptyAddButton.clicked.connect(self.add_action.trigger)
        ui.editPersonButton.clicked.connect(self.edit_action.trigger)
        ui.removePersonButton.clicked.connect(self.remove_action.trigger)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.emptyClearButton.clicked.connect(self.clear_filters)
        table.doubleClicked.connect(lambda _index: self.edit_person())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        ui.searchEdit.textChanged.connect(self._apply_filters)
        for combo in (ui.departmentCombo, ui.levelCombo, ui.locationCombo):
            combo.currentIndexChanged.connect(self._apply_filters)
        name_parts(self)
        self.set_organisation(None, None)

    # ------------------------------------------------------------------ public API
    def set_organisation(self, db: Database | None, organisation_id: int | None) -> None:
        """Show this organisation's people; the filters start empty for a new organisation."""
        changed = organisation_id != self._organisation_id
        self._db = db
        self._organisation_id = organisation_id
        if changed:
            self.ui.searchEdit.blockSignals(True)
            self.ui.searchEdit.clear()
            self.ui.searchEdit.blockSignals(False)
            for combo in (self.ui.departmentCombo, self.ui.levelCombo, self.ui.locationCombo):
                combo.blockSignals(True)
                combo.clear()
                combo.blockSignals(False)
        self.setEnabled(db is not None and organisation_id is not None)
        self.reload()

    def reload(self) -> None:
        """Read the people and the filter choices again, keeping the selection."""
        selected = self.selected_person()
        if self._db is None or self._organisation_id is None:
            self.model.set_records([])
            self._fill_filters([], [], [])
        else:
            self.model.set_records(list_people(self._db, self._organisation_id))
            choices = people_filters(self._db, self._organisation_id)
            self._fill_filters(choices.departments, choices.levels, choices.locations)
        self._apply_filters()
        if selected is not None:
            self.select_person(selected.id)

    def selected_person(self) -> PersonRecord | None:
        table = self.ui.peopleTable
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        index = rows[0] if rows else QModelIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.record(source.row()) if source.isValid() else None

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        table = self.ui.peopleTable
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        return True

    def clear_filters(self) -> None:
        ui = self.ui
        for widget in (ui.searchEdit, ui.departmentCombo, ui.levelCombo, ui.locationCombo):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        for combo in (ui.departmentCombo, ui.levelCombo, ui.locationCombo):
            combo.setCurrentIndex(0)
        for widget in (ui.searchEdit, ui.departmentCombo, ui.levelCombo, ui.locationCombo):
            widget.blockSignals(False)
        self._apply_filters()

    # ------------------------------------------------------------------ actions
    def add_person(self) -> None:
        if self._db is None or self._organisation_id is None or self._dialog_open:
            return
        dialog = PersonDialog(self._db, self._organisation_id, None, self)
        self._run_dialog(dialog)

    def edit_person(self) -> None:
        person = self.selected_person()
        if self._db is None or self._organisation_id is None or person is None:
            return
        if self._dialog_open:
            return
        dialog = PersonDialog(self._db, self._organisation_id, person.id, self)
        self._run_dialog(dialog)

    def _run_dialog(self, dialog: PersonDialog) -> None:
        self._dialog_open = True
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            person_id = dialog.person_id
        finally:
            self._dialog_open = False
            dialog.deleteLater()
        if accepted and person_id is not None:
            self.reload()
            if not self.select_person(person_id):
                self.clear_filters()
                self.select_person(person_id)
            self.peopleChanged.emit()

    def show_interviews(self) -> QDialog | None:
        """The interviews with the selected person, in a dialog (returned while open)."""
        from mentordesk.gui.pages.interviews import PersonInterviewsDialog

        person = self.selected_person()
        if self._db is None or person is None:
            return None
        dialog = PersonInterviewsDialog(self._db, person.id, person.name, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        person = self.selected_person()
        if self._db is None or person is None:
            return
        reports = [p for p in self.model.records() if p.manager_id == person.id]
        informative = "This cannot be undone."
        if reports:
            successor = person.manager_name or "nobody"
            informative = (
                f"{plural(len(reports), 'person reports', 'people report')} to "
                f"{person.first_name}; they will report to {successor} instead. " + informative
            )
        if not ask(
            self,
            "Remove person",
            f"Remove {person.name} from this organisation?",
            informative,
            "Remove",
        ):
            return
        try:
            remove_person(self._db, person.id)
        except InputRefused as refusal:
            tell(self, "Cannot remove person", str(refusal))
            return
        self.reload()
        self.peopleChanged.emit()

    # ------------------------------------------------------------------ filters and state
    def _fill_filters(
        self, departments: list[str], levels: list[int], locations: list[str]
    ) -> None:
        ui = self.ui
        for combo, values in (
            (ui.departmentCombo, [(d, d) for d in departments]),
            (ui.levelCombo, [(str(level), level) for level in levels]),
            (ui.locationCombo, [(loc, loc) for loc in locations]),
        ):
            _refill(combo, values)

    def _apply_filters(self) -> None:
        ui = self.ui
        self.proxy.set_filters(
            search=ui.searchEdit.text(),
            department=ui.departmentCombo.currentData(),
            level=ui.levelCombo.currentData(),
            location=ui.locationCombo.currentData(),
        )
        self._update_state()

    def _update_state(self) -> None:
        ui = self.ui
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            ui.countLabel.setText(plural(total, "person", "people"))
        else:
            ui.countLabel.setText(f"{shown} of {plural(total, 'person', 'people')}")
        ui.clearFiltersButton.setEnabled(self.proxy.is_filtered())
        if total == 0:
            ui.emptyLabel.setText("No people in this organisation yet. Add the first person.")
            ui.emptyAddButton.show()
            ui.emptyClearButton.hide()
            ui.peopleStack.setCurrentWidget(ui.emptyPage)
        elif shown == 0:
            ui.emptyLabel.setText("No one matches the search and filters.")
            ui.emptyAddButton.hide()
            ui.emptyClearButton.show()
            ui.peopleStack.setCurrentWidget(ui.emptyPage)
        else:
            ui.peopleStack.setCurrentWidget(ui.tablePage)
        has_selection = self.selected_person() is not None
        self.edit_action.setEnabled(has_selection)
        self.remove_action.setEnabled(has_selection)
        ui.editPersonButton.setEnabled(has_selection)
        ui.removePersonButton.setEnabled(has_selection)
        self.interviews_action.setEnabled(has_selection)
        self.interviewsButton.setEnabled(has_selection)


def _refill(combo: QComboBox, values: list[tuple[str, Any]]) -> None:
    """'All' and then the values, keeping the chosen value when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(ALL, None)
    for text, data in values:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
