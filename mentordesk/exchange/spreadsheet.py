"""Reading CSV and XLSX files, as HR departments export them, into numbered rows.

What real exports contain and this module copes with:

- CSV with comma, semicolon or tab delimiters (detected by counting fields per line);
- UTF-8 with or without a BOM, UTF-16 with a BOM (or without one, recognised by its NUL
  bytes), and Windows-1252 when the bytes are not UTF-8;
- XLSX (and the other formats calamine reads) with the data on any sheet and the table
  starting anywhere on it;
- stray spaces around values, blank rows, whole numbers that the XLSX reader returns as
  floats.

Rows keep the spreadsheet's own 1-based row number, so a message can say "row 7" and the
user finds row 7 in Excel or LibreOffice. Blank rows are left out but counted.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from python_calamine import CalamineWorkbook, SheetTypeEnum

from mentordesk.services.errors import InputRefused

# A cell value after normalisation: stripped text, a whole number, a decimal number, or a
# date (datetime is a date too). The empty cell is "".
Cell = str | int | float | date

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_SAMPLE_LINES = 50


class SpreadsheetError(InputRefused):
    """The file cannot be read as a spreadsheet; the message says which file and why."""


@dataclass(frozen=True)
class SheetRow:
    """One non-blank row: its number as the spreadsheet shows it, and its cells."""

    number: int
    cells: list[Cell]


@dataclass(frozen=True)
class Table:
    """The non-blank rows of one CSV file or one sheet of a workbook."""

    path: Path
    format: str  # "csv" or "xlsx" (any workbook calamine reads)
    rows: list[SheetRow]
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    sheet: str | None = None  # workbook only
    sheet_names: list[str] = field(default_factory=list)  # workbook only


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small containers.

    Reading and validating 20,000 rows allocates hundreds of thousands of lists and dicts,
    none of them in reference cycles; the collector's repeated passes over them cost more
    than the work itself. Nested use is fine; it is switched back on at the end.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def file_format(path: Path) -> str:
    """'csv' or 'xlsx' by suffix; an unknown suffix is sniffed (a ZIP file is a workbook)."""
    if not path.exists():
        raise SpreadsheetError(f"There is no file {path}; check the name and the folder.")
    if path.is_dir():
        raise SpreadsheetError(f"{path} is a folder; choose a CSV or XLSX file in it.")
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in WORKBOOK_SUFFIXES:
        return "xlsx"
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise SpreadsheetError(f"{path.name}: the file cannot be opened ({exc.strerror}).") from exc
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xlsx"
    return "csv"


def sheet_names(path: str | Path) -> list[str]:
    """The worksheet names of a workbook, in order; [] for a CSV file."""
    path = Path(path)
    if file_format(path) == "csv":
        return []
    workbook = _open_workbook(path)
    try:
        return _worksheet_names(workbook)
    finally:
        workbook.close()


def read_table(
    path: str | Path,
    *,
    sheet: str | int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> Table:
    """Read a CSV file, or one sheet of a workbook (name or 0-based index; default first)."""
    path = Path(path)
    if file_format(path) == "csv":
        return read_csv(path, encoding=encoding, delimiter=delimiter)
    return read_workbook_sheet(path, sheet if sheet is not None else 0)


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(f"{path.name}: the file cannot be read ({exc.strerror}).") from exc
    text, used_encoding = decode(data, encoding, name=path.name)
    if delimiter is None:
        delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[SheetRow] = []
    try:
        for number, record in enumerate(reader, start=1):
            cells: list[Cell] = [_clean_text(value) for value in record]
            if any(cells):
                rows.append(SheetRow(number, cells))
    except csv.Error as exc:
        raise SpreadsheetError(
            f"{path.name}, row {reader.line_num}: the line cannot be read as CSV ({exc}); "
            "check the quotation marks on that line."
        ) from exc
    return Table(path, "csv", rows, encoding=used_encoding, delimiter=delimiter)


def read_workbook_sheet(path: Path, sheet: str | int) -> Table:
    workbook = _open_workbook(path)
    try:
        names = _worksheet_names(workbook)
        if isinstance(sheet, int):
            if not 0 <= sheet < len(names):
                raise SpreadsheetError(
                    f"{path.name} has {len(names)} sheet(s); there is no sheet number {sheet + 1}."
                )
            name = names[sheet]
        else:
            matches = [n for n in names if n == sheet] or [
                n for n in names if n.strip().casefold() == sheet.strip().casefold()
            ]
            if not matches:
                raise SpreadsheetError(
                    f"{path.name} has no sheet called {sheet!r}; its sheets are "
                    + ", ".join(repr(n) for n in names)
                    + "."
                )
            name = matches[0]
        try:
            calamine_sheet = workbook.get_sheet_by_name(name)
            values = calamine_sheet.to_python()
            start = calamine_sheet.start
        except Exception as exc:  # calamine raises its own error types
            raise SpreadsheetError(
                f"{path.name}, sheet {name!r}: the sheet cannot be read ({exc})."
            ) from exc
    finally:
        workbook.close()
    # to_python() drops the empty area above and left of the data; `start` says where the
    # data begins (0-based), so row numbers stay the ones the user sees.
    first_row, first_col = (start[0], start[1]) if start else (0, 0)
    rows: list[SheetRow] = []
    for offset, raw in enumerate(values):
        cells = [
            (_clean_text(value) if value else value) if type(value) is str else _clean_cell(value)
            for value in raw
        ]
        if any(cell != "" for cell in cells):
            if first_col:
                cells = [""] * first_col + cells
            rows.append(SheetRow(first_row + offset + 1, cells))
    return Table(path, "xlsx", rows, sheet=name, sheet_names=names)


def decode(data: bytes, encoding: str | None = None, *, name: str = "the file") -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with.

    A BOM decides (UTF-8, UTF-16, UTF-32); otherwise UTF-16 without a BOM is recognised by
    its NUL bytes, then UTF-8 is tried, and Windows-1252 is the fallback.
    """
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise SpreadsheetError(f"{name} cannot be read as {encoding}: {exc}.") from exc
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace"), "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        # Text of Latin letters in UTF-16 has a NUL byte in every other position.
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        guess = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Five byte values are undefined in Windows-1252; Latin-1 reads every byte.
        return data.decode("latin-1"), "latin-1"


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of fields.

    For each candidate the lines are parsed as CSV (so quoted delimiters do not count) and
    the most common field count is found; the candidate whose common count holds on the
    most lines wins, then the one giving more fields. A file with one column gets a comma.
    """
    lines: list[str] = []
    for line in io.StringIO(text, newline=""):
        if line.strip():
            lines.append(line)
            if len(lines) >= _SAMPLE_LINES:
                break
    best = ","
    best_score = (0, 0)
    for candidate in DELIMITERS:
        counts = Counter(len(record) for record in csv.reader(lines, delimiter=candidate))
        if not counts:
            continue
        fields, lines_with_that_count = max(counts.items(), key=lambda item: (item[1], item[0]))
        if fields < 2:
            continue
        score = (lines_with_that_count, fields)
        if score > best_score:
            best, best_score = candidate, score
    return best


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 -> A, 27 -> AB."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_text(cell: Cell) -> str:
    """A cell as the text a user would read in it."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, datetime):
        return (
            cell.isoformat(sep=" ", timespec="minutes") if cell.time() else cell.date().isoformat()
        )
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float):
        return repr(cell)
    return str(cell)


def _clean_text(value: str) -> str:
    if value and (value[0].isspace() or value[-1].isspace() or "\ufeff" in value):
        value = value.replace("\ufeff", "").strip()
    return value


def _clean_cell(value: object) -> Cell:
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, int | date):
        return value
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, timedelta):
        return str(value)
    if value is None:
        return ""
    return str(value).strip()


def _open_workbook(path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except FileNotFoundError as exc:
        raise SpreadsheetError(f"There is no file {path}.") from exc
    except Exception as exc:  # calamine raises its own error types
        raise SpreadsheetError(
            f"{path.name} cannot be read as a workbook ({exc}). Save it from Excel or "
            "LibreOffice as .xlsx or .csv and import again."
        ) from exc


def _worksheet_names(workbook: CalamineWorkbook) -> list[str]:
    """Worksheets only: chart sheets and macro sheets hold no rows."""
    return [m.name for m in workbook.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
