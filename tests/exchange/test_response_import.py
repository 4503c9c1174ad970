"""Reading survey responses from CSV and XLSX exports of online survey tools."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from mentordesk.exchange.participant_import import Severity
from mentordesk.exchange.response_import import format_response_report, read_responses
from mentordesk.services.surveys import builtin_questions

QUESTIONS = builtin_questions("final", ["Clarity about one's career"], "en")


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_columns_match_by_key_or_text_and_role_is_optional(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "export.csv",
        "Respondent ID;Role;trust;How satisfied are you with the programme overall?;improve\n"
        "17;Mentee;5;9;More network meetings\n"
        "18;;4;;\n"
        "19;MENTOR;;;\n",
    )
    preview = read_responses(path, QUESTIONS)
    assert not preview.has_errors
    assert preview.header_row == 1
    assert preview.columns == {
        "trust": "trust",
        "satisfaction": "How satisfied are you with the programme overall?",
        "improve": "improve",
    }
    assert [(r.row, r.role, r.answers) for r in preview.responses] == [
        (2, "mentee", {"trust": 5, "satisfaction": 9, "improve": "More network meetings"}),
        (3, None, {"trust": 4}),
    ]
    warnings = {(w.row, w.column, w.kind) for w in preview.warnings}
    assert (1, "Respondent ID", "unknown_column") in warnings
    assert (4, None, "empty_row") in warnings
    assert any(w.kind == "missing_question" for w in preview.warnings)


def test_a_likert_answer_of_six_names_file_row_and_column(tmp_path: Path) -> None:
    path = _csv(tmp_path / "answers.csv", "trust,satisfaction\n4,8\n6,9\n3,11\n")
    preview = read_responses(path, QUESTIONS)
    assert preview.has_errors
    first, second = preview.errors
    assert (first.file, first.row, first.column) == ("answers.csv", 3, "trust")
    assert "'6' is not an answer to a 1-5 question" in first.message
    assert "write a whole number from 1 to 5" in first.message
    assert str(first).startswith("error: answers.csv, row 3, column 'trust': ")
    assert (second.row, second.column) == (4, "satisfaction")
    assert [r.row for r in preview.responses] == [2]
    report = format_response_report(preview, "'Final evaluation'")
    assert "Nothing is imported until the errors are corrected." in report


def test_bad_role_is_an_error(tmp_path: Path) -> None:
    path = _csv(tmp_path / "roles.csv", "role,trust\nsponsor,4\n")
    (problem,) = read_responses(path, QUESTIONS).errors
    assert (problem.row, problem.column, problem.kind) == (2, "role", "invalid_role")
    assert "write mentor or mentee" in problem.message


def test_a_file_without_question_columns_is_refused(tmp_path: Path) -> None:
    path = _csv(tmp_path / "people.csv", "Name,Email\nAnn,ann@acme.com\n")
    preview = read_responses(path, QUESTIONS)
    (problem,) = preview.errors
    assert problem.kind == "no_header" and "people.csv" in problem.message
    assert preview.responses == []


def test_xlsx_export_with_title_rows_timestamps_and_float_numbers(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Final evaluation export"])
    sheet.append([])
    sheet.append(
        ["Timestamp", "I am a", "Our conversations are open and built on trust.", "recommend"]
    )
    sheet.append([datetime(2025, 6, 3, 9, 30), "mentor", 4.0, 10])
    path = tmp_path / "export.xlsx"
    workbook.save(path)
    preview = read_responses(path, QUESTIONS)
    assert not preview.has_errors
    (response,) = preview.responses
    assert response.row == 4
    assert response.role == "mentor"
    assert response.answers == {"trust": 4, "recommend": 10}
    assert response.received_on is not None and response.received_on.isoformat() == "2025-06-03"
    assert not any(
        p.severity == Severity.WARNING and p.column == "Timestamp" for p in preview.problems
    )
