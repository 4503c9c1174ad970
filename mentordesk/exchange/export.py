"""Participants and pairings to XLSX or CSV files that Excel and LibreOffice open as-is.

- CSV: UTF-8 with a BOM (Excel then reads æøå right), comma-delimited, CRLF line ends.
  Text that a spreadsheet would run as a formula gets a leading apostrophe, which the
  importer removes again.
- XLSX (openpyxl): a bold, frozen header row with a filter, column widths from the
  content, dates as real dates, text never turned into formulas.

The participant columns use the English headers the importer recognises, so an exported
file can be imported into another programme.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mentordesk.exchange.participant_import import FIELDS
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import PairingRecord, ParticipantRecord

ExportValue = str | int | float | date | None

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MIN_WIDTH = 8
_MAX_WIDTH = 60
_DATE_FORMAT = "yyyy-mm-dd"


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], ExportValue]
    number_format: str | None = None


def _label(field: str) -> str:
    return FIELDS[field].label


def _join(items: Sequence[str]) -> str:
    """A list for one cell, as the importer splits it again (on ';', else on ',')."""
    text = "; ".join(items)
    if len(items) == 1 and "," in text:
        return text + ";"  # keeps "Lead teams, not tasks" one item on import
    return text


def split_name(record: Any) -> tuple[str, str]:
    """First and last name of a record; a full name alone is split at its last space."""
    first = getattr(record, "first_name", None)
    last = getattr(record, "last_name", None)
    if isinstance(first, str) and isinstance(last, str) and first:
        return first, last
    name = " ".join(str(getattr(record, "name", "")).split())
    first, _, last = name.rpartition(" ")
    return (first, last) if first else (last, "")


PARTICIPANT_COLUMNS: tuple[Column, ...] = (
    Column(_label("first_name"), lambda r: split_name(r)[0]),
    Column(_label("last_name"), lambda r: split_name(r)[1]),
    Column(_label("email"), lambda r: r.email),
    Column(_label("role"), lambda r: r.role),
    Column(_label("organisation"), lambda r: r.organisation_name),
    Column(_label("department"), lambda r: r.department),
    Column(_label("job_title"), lambda r: r.job_title),
    Column(_label("level"), lambda r: r.level, "0"),
    Column(_label("manager_email"), lambda r: r.manager_email),
    Column(_label("location"), lambda r: r.location),
    Column(_label("languages"), lambda r: _join(r.languages)),
    Column(_label("phone"), lambda r: r.phone),
    Column(_label("capacity"), lambda r: r.capacity, "0"),
    Column(_label("goals"), lambda r: _join(r.goals)),
    Column(_label("expertise"), lambda r: _join(r.expertise)),
    Column("Status", lambda r: r.status),
)

PAIRING_COLUMNS: tuple[Column, ...] = (
    Column("Mentor", lambda r: r.mentor_name),
    Column("Mentor email", lambda r: r.mentor_email),
    Column("Mentee", lambda r: r.mentee_name),
    Column("Mentee email", lambda r: r.mentee_email),
    Column("Status", lambda r: r.status),
    Column("Score", lambda r: r.score, "0.00"),
    Column("Started", lambda r: r.started_on, _DATE_FORMAT),
    Column("Ended", lambda r: r.ended_on, _DATE_FORMAT),
    Column("End reason", lambda r: r.end_reason),
)


def export_participants(rows: Sequence[ParticipantRecord], path: str | Path) -> Path:
    """Write participants to `path` (.xlsx or .csv); returns the path."""
    return export_table(rows, path, PARTICIPANT_COLUMNS, title="Participants")


def export_pairings(rows: Sequence[PairingRecord], path: str | Path) -> Path:
    """Write pairings to `path` (.xlsx or .csv); returns the path."""
    return export_table(rows, path, PAIRING_COLUMNS, title="Pairings")


def export_table(
    rows: Sequence[Any], path: str | Path, columns: Sequence[Column], *, title: str
) -> Path:
    """Write records as a table, the format chosen by the file suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InputRefused(
            f"{path.name}: choose a file name ending in .xlsx or .csv to export to.",
            field="path",
        )
    table = [[column.value(record) for column in columns] for record in rows]
    # Written beside the target and renamed into place: never a half-written file.
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=suffix, dir=path.parent)
    os.close(handle)
    try:
        if suffix == ".csv":
            _write_csv(Path(temporary), columns, table)
        else:
            _write_xlsx(Path(temporary), columns, table, title)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _write_csv(path: Path, columns: Sequence[Column], table: list[list[ExportValue]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=",", lineterminator="\r\n")
        writer.writerow([column.header for column in columns])
        for values in table:
            writer.writerow([_csv_text(value) for value in values])


def _csv_text(value: ExportValue) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(round(value, 4))
    if isinstance(value, int):
        return str(value)
    if value.startswith(_FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _write_xlsx(
    path: Path, columns: Sequence[Column], table: list[list[ExportValue]], title: str
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    widths = [len(column.header) + 2 for column in columns]
    for values in table:
        for index, value in enumerate(values):
            widths[index] = max(widths[index], _display_width(value))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(width + 1, _MIN_WIDTH), _MAX_WIDTH
        )
    sheet.freeze_panes = "A2"
    if table:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(table) + 1}"

    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)

    formats = [column.number_format for column in columns]
    for values in table:
        out: list[Any] = []
        for value, number_format in zip(values, formats, strict=True):
            if isinstance(value, str) and value.startswith("="):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text, not a formula
                out.append(cell)
            elif number_format is not None and value is not None:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = number_format
                out.append(cell)
            else:
                out.append(value)
        sheet.append(out)
    workbook.save(path)


def _display_width(value: ExportValue) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    return len(str(value))
