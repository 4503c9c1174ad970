"""Export of participants and pairings to CSV and XLSX."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentordesk.exchange.export import export_pairings, export_participants, split_name
from mentordesk.exchange.participant_import import recognise_header
from mentordesk.exchange.spreadsheet import read_table
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import PairingRecord, ParticipantRecord

PARTICIPANTS = [
    ParticipantRecord(
        id=1,
        programme_id=1,
        person_id=1,
        name="Søren Ærø",
        email="soren@acme.dk",
        organisation_id=1,
        organisation_name="Acme",
        department="Økonomi",
        job_title="Controller",
        role="mentee",
        status="applied",
        capacity=1,
        goals=["Lead teams, not tasks"],
        expertise=[],
    ),
    ParticipantRecord(
        id=2,
        programme_id=1,
        person_id=2,
        name="Anna Marie Hansen",
        email="anna@acme.dk",
        organisation_id=1,
        organisation_name="Acme",
        department="=SUM(A1:A2)",
        job_title="Director",
        role="mentor",
        status="accepted",
        capacity=2,
        goals=[],
        expertise=["Finance", "Strategy"],
    ),
]
PAIRINGS = [
    PairingRecord(
        id=1,
        programme_id=1,
        mentor_participant_id=2,
        mentee_participant_id=1,
        mentor_name="Anna Marie Hansen",
        mentor_email="anna@acme.dk",
        mentee_name="Søren Ærø",
        mentee_email="soren@acme.dk",
        status="ended",
        score=0.8125,
        started_on=date(2025, 2, 1),
        ended_on=date(2025, 11, 30),
        end_reason="Programme closed",
    )
]


def test_participants_csv_is_utf8_with_bom_and_commas(tmp_path: Path) -> None:
    path = export_participants(PARTICIPANTS, tmp_path / "participants.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfFirst name,Last name,Email,Role,")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert header[-1] == "Status"
    assert [recognise_header(h) for h in header[:-1]] == [
        "first_name",
        "last_name",
        "email",
        "role",
        "organisation",
        "department",
        "job_title",
        "level",
        "manager_email",
        "location",
        "languages",
        "phone",
        "capacity",
        "goals",
        "expertise",
    ]
    assert rows[1][:3] == ["Søren", "Ærø", "soren@acme.dk"]
    assert rows[1][13] == "Lead teams, not tasks;"  # one goal, even though it has a comma
    assert rows[2][:2] == ["Anna Marie", "Hansen"]
    assert rows[2][5] == "'=SUM(A1:A2)"  # never run as a formula
    assert rows[2][14] == "Finance; Strategy"
    assert b"\r\n" in raw


def test_participants_xlsx_has_bold_frozen_header_and_widths(tmp_path: Path) -> None:
    path = export_participants(PARTICIPANTS, tmp_path / "participants.xlsx")
    sheet = load_workbook(path).active
    assert sheet.title == "Participants"
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert not sheet["A2"].font.bold
    assert sheet.column_dimensions["C"].width >= len("soren@acme.dk")
    assert sheet.column_dimensions["A"].width >= 8
    assert sheet["F3"].value == "=SUM(A1:A2)" and sheet["F3"].data_type == "s"
    assert sheet["M3"].value == 2  # capacity as a number
    assert sheet.auto_filter.ref == "A1:P3"
    table = read_table(path)
    assert table.rows[1].cells[:3] == ["Søren", "Ærø", "soren@acme.dk"]


def test_pairings_with_real_dates(tmp_path: Path) -> None:
    sheet = load_workbook(export_pairings(PAIRINGS, tmp_path / "pairs.xlsx")).active
    assert [c.value for c in sheet[1]] == [
        "Mentor",
        "Mentor email",
        "Mentee",
        "Mentee email",
        "Status",
        "Score",
        "Started",
        "Ended",
        "End reason",
    ]
    started = sheet["G2"]
    assert started.value == datetime(2025, 2, 1)
    assert started.is_date and started.number_format == "yyyy-mm-dd"
    assert sheet["F2"].value == pytest.approx(0.8125)
    (tmp_path / "pairs.csv").write_text("old content")
    path = export_pairings(PAIRINGS, tmp_path / "pairs.csv")  # overwrites
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == [
        "Anna Marie Hansen",
        "anna@acme.dk",
        "Søren Ærø",
        "soren@acme.dk",
        "ended",
        "0.8125",
        "2025-02-01",
        "2025-11-30",
        "Programme closed",
    ]


def test_empty_export_and_unknown_suffix(tmp_path: Path) -> None:
    path = export_participants([], tmp_path / "none.xlsx")
    assert load_workbook(path).active.max_row == 1
    with pytest.raises(InputRefused, match=r"ending in \.xlsx or \.csv"):
        export_participants(PARTICIPANTS, tmp_path / "participants.pdf")
    assert not (tmp_path / "participants.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["none.xlsx"]  # no temporary left


def test_split_name() -> None:
    assert split_name(PARTICIPANTS[1]) == ("Anna Marie", "Hansen")
    assert split_name(PARTICIPANTS[0]) == ("Søren", "Ærø")
