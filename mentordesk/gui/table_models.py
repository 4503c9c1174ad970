"""Read-only table models over the plain records that services return.

A `RecordTableModel` shows a list of records through a list of `Column`s; a
`RecordFilterProxy` sorts it by each column's raw value and filters it by a search text
over every column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def set_up_record_table(
    table: QTableView,
    name: str,
    what: str,
    *,
    sort_column: int = 0,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    row_padding: int = 10,
) -> None:
    """The look every record table shares: sortable columns the user can resize, no row
    numbers, rows a little taller than the text; headers named for tests and screen
    readers (`<name>Header`, `<name>Rows`, "Columns of <what>")."""
    header = table.horizontalHeader()
    header.setObjectName(f"{name}Header")
    header.setAccessibleName(f"Columns of {what}: click to sort")
    header.setSectionResizeMode(header.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setObjectName(f"{name}Rows")
    rows.setAccessibleName(f"Rows of {what}")
    rows.setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    table.sortByColumn(sort_column, order)


def format_date(value: date | None, *, empty: str = "–") -> str:
    """12 Mar 2025: unambiguous in every country."""
    if value is None:
        return empty
    return f"{value.day} {value:%b %Y}"


def format_long_date(value: date | None, *, empty: str = "Not set") -> str:
    if value is None:
        return empty
    return f"{value.day} {value:%B %Y}"


def format_size(size: int) -> str:
    """1.4 MB: file sizes as a person reads them."""
    value, unit = float(size), "bytes"
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            break
        value /= 1000
    return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    text: Callable[[Any], str] | None = None
    align_right: bool = False
    tooltip: str = ""

    def display(self, record: Any) -> str:
        if self.text is not None:
            return self.text(record)
        raw = self.value(record)
        if raw is None:
            return ""
        if isinstance(raw, date | datetime):
            return format_date(raw)
        return str(raw)

    def sort_key(self, record: Any) -> Any:
        raw = self.value(record)
        if isinstance(raw, str):
            return raw.casefold()
        if isinstance(raw, date | datetime):
            return raw.isoformat()
        if isinstance(raw, int | float):
            return float(raw)
        if raw is None:
            return ""
        return str(raw).casefold()


class RecordRows(QAbstractTableModel):
    """A read-only table of plain records, one per row; subclasses give the columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        """The row of the record with this `id`, if it is shown."""
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)


class RecordTableModel(RecordRows):
    """Records in rows, columns as described; read-only."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record)
        if role == SORT_ROLE:
            return column.sort_key(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by raw values and keeps rows whose text in any column contains the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
