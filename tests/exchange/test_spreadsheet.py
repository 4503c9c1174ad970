"""Reading CSV and XLSX files as HR departments export them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from mentordesk.exchange.spreadsheet import (
    SpreadsheetError,
    column_letter,
    decode,
    detect_delimiter,
    read_table,
    sheet_names,
)

HEADER = ["Fornavn", "Efternavn", "E-mail", "Rolle", "Afdeling"]
ROWS = [
    ["Søren", "Ærø", "soren@acme.dk", "adept", "Økonomi, Åbyhøj"],
    ["Åse", "Bøgh", "ase@acme.dk", "mentor", "Salg"],
]


def write_csv(path: Path, encoding: str, delimiter: str, rows: list[list[str]]) -> Path:
    def quote(value: str) -> str:
        return f'"{value}"' if delimiter in value or "," in value else value

    text = "\r\n".join(delimiter.join(quote(v) for v in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize(
    ("encoding", "detected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1252", "cp1252")],
)
def test_csv_in_each_encoding_and_delimiter(
    tmp_path: Path, encoding: str, detected: str, delimiter: str
) -> None:
    path = write_csv(tmp_path / "people.csv", encoding, delimiter, [HEADER, *ROWS])
    table = read_table(path)
    assert table.format == "csv"
    assert table.encoding == detected
    assert table.delimiter == delimiter
    assert [r.number for r in table.rows] == [1, 2, 3]
    assert table.rows[0].cells == HEADER  # no BOM left on the first header
    assert table.rows[1].cells == ROWS[0]
    assert table.rows[2].cells[:2] == ["Åse", "Bøgh"]


def test_utf16_without_bom_is_recognised() -> None:
    text, encoding = decode("Fornavn;E-mail\r\nSøren;s@acme.dk\r\n".encode("utf-16-le"))
    assert encoding == "utf-16-le"
    assert text.startswith("Fornavn;E-mail")


def test_blank_rows_are_skipped_but_counted_and_spaces_trimmed(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "First name ; Last name;Email\n\n  Ana ;Berg;ana@acme.dk\n;;\n\nBo;Dahl; bo@acme.dk \n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert [r.number for r in table.rows] == [1, 3, 6]
    assert table.rows[0].cells == ["First name", "Last name", "Email"]
    assert table.rows[1].cells == ["Ana", "Berg", "ana@acme.dk"]
    assert table.rows[2].cells[2] == "bo@acme.dk"


def test_delimiter_detection_ignores_commas_inside_cells() -> None:
    text = "Fornavn;E-mail;Mål\nAna;a@x.dk;Lead, Grow, Network\nBo;b@x.dk;Career\n"
    assert detect_delimiter(text) == ";"
    quoted = 'First name,Email,Goals\nAna,a@x.dk,"Lead; Grow"\nBo,b@x.dk,Career\n'
    assert detect_delimiter(quoted) == ","
    assert detect_delimiter("Email\na@x.dk\n") == ","


def test_xlsx_header_on_row_3_of_the_second_sheet(tmp_path: Path) -> None:
    workbook = Workbook()
    cover = workbook.active
    cover.title = "Read me"
    cover.append(["This export was made by HR"])
    data = workbook.create_sheet("Deltagere")
    data.append(["Participants 2025"])
    data.append([])
    data.append(["First name", "Last name", "Email", "Level", "Phone", "Start"])
    data.append(["Ana", "Berg", "ana@acme.dk", 3, 4512345678, date(2025, 1, 6)])
    data.append([])
    data.append([None, None, None])
    data.append(["Bo", "Dahl", "bo@acme.dk", 2.5, None, None])
    path = tmp_path / "export.xlsx"
    workbook.save(path)

    assert sheet_names(path) == ["Read me", "Deltagere"]
    table = read_table(path, sheet="Deltagere")
    assert table.sheet == "Deltagere"
    assert [r.number for r in table.rows] == [1, 3, 4, 7]
    assert table.rows[1].cells[:3] == ["First name", "Last name", "Email"]
    ana = table.rows[2].cells
    assert ana[3] == 3 and isinstance(ana[3], int)  # calamine's 3.0 made whole
    assert ana[4] == 4512345678
    assert ana[5] == date(2025, 1, 6)
    assert table.rows[3].cells[3] == 2.5
    assert read_table(path, sheet=1).rows == table.rows
    assert read_table(path).sheet == "Read me"  # the default is the first sheet


def test_table_starting_in_a_later_column_keeps_column_positions(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet["C2"] = "Email"
    sheet["D2"] = "First name"
    sheet["C3"] = "ana@acme.dk"
    sheet["D3"] = "Ana"
    path = tmp_path / "offset.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert [r.number for r in table.rows] == [2, 3]
    assert table.rows[0].cells == ["", "", "Email", "First name"]


def test_unknown_sheet_and_unreadable_workbook_are_refused(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.title = "Data"
    path = tmp_path / "one.xlsx"
    workbook.save(path)
    with pytest.raises(SpreadsheetError, match=r"no sheet called 'Other'.*'Data'"):
        read_table(path, sheet="Other")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(SpreadsheetError, match=r"broken\.xlsx cannot be read as a workbook"):
        read_table(broken)
    with pytest.raises(SpreadsheetError, match=r"missing\.csv"):
        read_table(tmp_path / "missing.csv")


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
