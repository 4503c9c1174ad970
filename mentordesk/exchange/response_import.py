"""Survey responses from a CSV or XLSX export of an online survey tool.

Session-free: `read_responses` reads the file, matches its columns to the survey's
questions (by question key or by question text, any case; a "role" column is optional),
checks every answer with the same rules as answers typed in from paper forms, and returns
a preview: the responses it would import and every problem with file, row and column. The
service (mentordesk.services.surveys) writes nothing while the preview has an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mentordesk.exchange.participant_import import Problem, Severity, normalise_header
from mentordesk.exchange.spreadsheet import Cell, Table, cell_text, column_letter, read_table

HEADER_SEARCH_ROWS = 50
# The highest value of each rated question type; the lowest is always 1.
SCALE_TOP = {"likert5": 5, "scale10": 10}
ROLE_HEADERS = frozenset({"role", "rolle", "respondent role", "i am a", "jeg er"})
DATE_HEADERS = frozenset(
    {"date", "dato", "timestamp", "tidsstempel", "submitted", "submitted at", "received"}
)
_UNKNOWN_ROLE_WORDS = frozenset({"", "unknown", "ukendt", "-", "?"})
_ROLE_WORDS = {"mentor": "mentor", "mentee": "mentee", "adept": "mentee"}


def parse_answer(question: dict[str, str], raw: object) -> int | str | None:
    """The stored value of one answer, None when left blank. Raises ValueError saying what
    is wrong and what to type when the value does not fit the question."""
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = cell_text(raw).strip() if isinstance(raw, (str, int, float, date)) else str(raw)
    if not text:
        return None
    top = SCALE_TOP.get(question["type"])
    if top is None:
        return text
    if not re.fullmatch(r"\d+", text) or not 1 <= int(text) <= top:
        raise ValueError(
            f"{text!r} is not an answer to a 1-{top} question; "
            f"write a whole number from 1 to {top}, or leave it empty"
        )
    return int(text)


def parse_role(raw: object) -> str | None:
    """ "mentor", "mentee", or None for unknown or blank (English or Danish words)."""
    text = " ".join(str(raw or "").casefold().split())
    if text in _UNKNOWN_ROLE_WORDS:
        return None
    if text in _ROLE_WORDS:
        return _ROLE_WORDS[text]
    raise ValueError(f"{text!r} is not a role; write mentor or mentee, or leave it empty")


@dataclass(frozen=True)
class ImportedResponse:
    row: int  # the spreadsheet's own row number
    role: str | None
    answers: dict[str, int | str]
    received_on: date | None


@dataclass(frozen=True)
class ResponsePreview:
    """What importing the file would do; nothing has been written."""

    file_name: str
    header_row: int | None
    columns: dict[str, str]  # question key -> the column header that answers it
    responses: list[ImportedResponse]
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.WARNING]

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)


def _question_headers(questions: list[dict[str, Any]]) -> dict[str, str]:
    """Recognised header -> question key: the key and the text of every question."""
    headers: dict[str, str] = {}
    for q in questions:
        headers.setdefault(normalise_header(q["key"]), q["key"])
        headers.setdefault(normalise_header(q["text"]), q["key"])
    return headers


def _find_header(table: Table, headers: dict[str, str]) -> int | None:
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        if any(normalise_header(cell_text(c)) in headers for c in row.cells):
            return index
    return None


def _date(cell: Cell) -> date | None:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    try:
        return date.fromisoformat(cell_text(cell).strip()[:10])
    except ValueError:
        return None


def read_responses(
    path: str | Path, questions: list[dict[str, Any]], *, sheet: str | int | None = None
) -> ResponsePreview:
    """Read and check a file of responses to a survey with these questions."""
    table = read_table(path, sheet=sheet)
    file = table.path.name
    problems: list[Problem] = []

    def problem(
        severity: Severity, row: int | None, column: str | None, msg: str, kind: str
    ) -> None:
        problems.append(Problem(severity, file, row, column, msg, kind))

    headers = _question_headers(questions)
    header_index = _find_header(table, headers)
    if header_index is None:
        problem(
            Severity.ERROR,
            None,
            None,
            f"no column of {file} names a question of the survey: the first row of the "
            "export should hold the question keys (such as 'trust', 'satisfaction') or the "
            "question texts; rename the columns and import again",
            "no_header",
        )
        return ResponsePreview(file, None, {}, [], problems)

    header = table.rows[header_index]
    texts = [cell_text(c).strip() for c in header.cells]
    by_key = {q["key"]: q for q in questions}
    question_column: dict[int, str] = {}
    columns: dict[str, str] = {}
    role_column: int | None = None
    date_column: int | None = None
    for index, text in enumerate(texts):
        label = text or f"column {column_letter(index)}"
        normal = normalise_header(text)
        key = headers.get(normal)
        if key is not None:
            if key in columns:
                problem(
                    Severity.ERROR,
                    header.number,
                    label,
                    f"this column answers the same question as column '{columns[key]}' "
                    f"({by_key[key]['text']!r}); remove one of the two columns",
                    "duplicate_column",
                )
                continue
            question_column[index] = key
            columns[key] = label
        elif normal in ROLE_HEADERS and role_column is None:
            role_column = index
        elif normal in DATE_HEADERS and date_column is None:
            date_column = index
        elif text:
            problem(
                Severity.WARNING,
                header.number,
                label,
                "matches no question of the survey and is not imported; rename it to a "
                "question key or text if it holds answers",
                "unknown_column",
            )
    for q in questions:
        if q["key"] not in columns:
            problem(
                Severity.WARNING,
                header.number,
                None,
                f"no column answers the question {q['text']!r} (key '{q['key']}'); its "
                "answers stay empty",
                "missing_question",
            )

    responses: list[ImportedResponse] = []
    for row in table.rows[header_index + 1 :]:
        cells = row.cells + [""] * (len(texts) - len(row.cells))
        answers: dict[str, int | str] = {}
        row_ok = True
        for index, key in question_column.items():
            try:
                value = parse_answer(by_key[key], cells[index])
            except ValueError as reason:
                problem(Severity.ERROR, row.number, columns[key], str(reason), "invalid_answer")
                row_ok = False
                continue
            if value is not None:
                answers[key] = value
        role: str | None = None
        if role_column is not None:
            try:
                role = parse_role(cells[role_column])
            except ValueError as reason:
                label = texts[role_column]
                problem(Severity.ERROR, row.number, label, str(reason), "invalid_role")
                row_ok = False
        received_on = _date(cells[date_column]) if date_column is not None else None
        if row_ok and not answers:
            problem(
                Severity.WARNING,
                row.number,
                None,
                "the row answers no question and is not imported",
                "empty_row",
            )
            continue
        if row_ok:
            responses.append(ImportedResponse(row.number, role, answers, received_on))
    return ResponsePreview(file, header.number, columns, responses, problems)


def format_response_report(preview: ResponsePreview, target: str) -> str:
    """Plain text for the command line: one line per problem, then a summary line."""
    lines = [str(p) for p in preview.problems]
    count = len(preview.responses)
    summary = (
        f"{preview.file_name} into {target}: {count} response{'s' if count != 1 else ''}, "
        f"{len(preview.columns)} question column{'s' if len(preview.columns) != 1 else ''}; "
        f"{len(preview.errors)} error(s), {len(preview.warnings)} warning(s). "
    )
    if preview.has_errors:
        summary += "Nothing is imported until the errors are corrected."
    else:
        summary += "Ready to import."
    lines.append(summary)
    return "\n".join(lines)
