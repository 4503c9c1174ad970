"""Participants from a spreadsheet: header recognition, column mapping and validation.

Two steps, both free of database sessions:

1. `load_sheet` reads a CSV file or a workbook sheet, finds the header row, recognises the
   columns by their headers (English or Danish, any case) or by the caller's explicit
   mapping, and returns the data rows keyed by field: a `ParsedSheet`.
2. `validate` checks those rows against what the database holds (an `ImportContext`: the
   programme's organisations, their people, the programme's participants) and returns an
   `ImportPreview`: every row with its normalised values and what importing it would do,
   and every problem with its severity, file, row, column and a message that says the fix.

The service (mentordesk.services.participant_import) builds the context from one query per
table and writes nothing while the preview has an error.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentordesk.exchange.spreadsheet import (
    DELIMITER_NAMES,
    Cell,
    SheetRow,
    Table,
    cell_text,
    column_letter,
    file_format,
    paused_gc,
    read_csv,
    read_workbook_sheet,
    sheet_names,
)
from mentordesk.services.errors import InputRefused
from mentordesk.services.people import EMAIL

HEADER_SEARCH_ROWS = 50
MAX_LEVEL = 20
MAX_CAPACITY = 20


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # the English header; also used by the export
    aliases: tuple[str, ...]  # recognised headers after normalise_header()


FIELD_SPECS: tuple[FieldSpec, ...] = (
    FieldSpec("first_name", "First name", ("first name", "firstname", "given name", "fornavn")),
    FieldSpec("last_name", "Last name", ("last name", "lastname", "surname", "efternavn")),
    FieldSpec(
        "email",
        "Email",
        ("email", "e-mail", "email address", "e-mail address", "e-mailadresse", "mailadresse"),
    ),
    FieldSpec("role", "Role", ("role", "rolle")),
    FieldSpec("organisation", "Organisation", ("organisation", "organization")),
    FieldSpec("department", "Department", ("department", "afdeling")),
    FieldSpec("job_title", "Job title", ("job title", "stilling", "stillingsbetegnelse")),
    FieldSpec("level", "Level", ("level", "niveau")),
    FieldSpec(
        "manager_email",
        "Manager email",
        (
            "manager email",
            "manager e-mail",
            "manager's email",
            "manager's e-mail",
            "leders e-mail",
            "leders email",
            "leder e-mail",
            "leder email",
        ),
    ),
    FieldSpec("location", "Location", ("location", "lokation")),
    FieldSpec("time_zone", "Time zone", ("time zone", "timezone", "tidszone")),
    FieldSpec("languages", "Languages", ("languages", "language", "sprog")),
    FieldSpec("goals", "Goals", ("goals", "mål")),
    FieldSpec("expertise", "Expertise", ("expertise", "kompetencer")),
    FieldSpec("capacity", "Capacity", ("capacity", "kapacitet")),
    FieldSpec("phone", "Phone", ("phone", "telephone", "telefon", "telefonnummer")),
    FieldSpec("gender", "Gender", ("gender", "køn")),
    FieldSpec(
        "application_notes", "Notes", ("notes", "application notes", "noter", "bemærkninger")
    ),
)
FIELDS: dict[str, FieldSpec] = {spec.name: spec for spec in FIELD_SPECS}
REQUIRED_FIELDS = ("first_name", "last_name", "email")
LIST_FIELDS = frozenset({"languages", "goals", "expertise"})
WHOLE_NUMBER_FIELDS = frozenset({"level", "capacity"})
# Copied to the Person as given (names and email are handled on their own).
PERSON_FIELDS = (
    "phone",
    "department",
    "job_title",
    "level",
    "location",
    "time_zone",
    "languages",
    "gender",
)
PARTICIPANT_FIELDS = ("goals", "expertise", "capacity", "application_notes")
ROLE_WORDS = {"mentor": "mentor", "mentee": "mentee", "adept": "mentee"}
# A leading apostrophe the CSV export puts before text Excel would run as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def normalise_header(text: str) -> str:
    """Header text as compared: case-folded, single spaces, no trailing ':' or '*'."""
    text = text.replace("\ufeff", "").replace("_", " ").casefold()
    return " ".join(text.split()).rstrip(":*").strip()


HEADER_ALIASES: dict[str, str] = {
    normalise_header(text): spec.name
    for spec in FIELD_SPECS
    for text in (*spec.aliases, spec.label, spec.name)
}


def recognise_header(text: str) -> str | None:
    """The field a header names, or None."""
    return HEADER_ALIASES.get(normalise_header(text))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file; `message` says what and how to fix it."""

    severity: Severity
    file: str
    row: int | None  # the spreadsheet's own 1-based row number; None for the whole file
    column: str | None  # the header text as in the file, or "column F"
    message: str
    kind: str  # a stable code: "invalid_email", "reporting_cycle", ...
    field: str | None = None

    @property
    def location(self) -> str:
        parts = [self.file]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.severity.value}: {self.location}: {self.message}"


@dataclass(frozen=True)
class HeaderInfo:
    """One column of the header row and the field it is imported as (None: not imported)."""

    index: int  # 0-based
    text: str  # as in the file; "" for a column without a header
    field: str | None


@dataclass(frozen=True)
class SourceInfo:
    """Where the rows came from and how the file was read."""

    path: str
    file_name: str
    format: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheet_names: list[str]
    header_row: int | None


@dataclass(frozen=True)
class RawRow:
    """A data row: its spreadsheet row number and its cells keyed by field."""

    number: int
    cells: dict[str, Cell]


@dataclass(frozen=True)
class ParsedSheet:
    source: SourceInfo
    headers: list[HeaderInfo]
    columns: dict[str, str]  # field -> column label as shown in messages
    rows: list[RawRow]
    problems: list[Problem]  # about the file as a whole: no header, missing columns


@dataclass(frozen=True)
class ExistingPerson:
    id: int
    organisation_id: int
    email: str | None
    first_name: str
    last_name: str
    manager_id: int | None


@dataclass(frozen=True)
class ExistingParticipant:
    id: int
    person_id: int
    role: str
    paired: bool  # in at least one pairing of the programme


@dataclass(frozen=True)
class ImportContext:
    """What the database holds that the validation needs, loaded once."""

    programme_id: int
    programme_name: str
    cross_organisational: bool
    organisations: list[tuple[int, str]]  # the host first, then the guests
    people: list[ExistingPerson]  # all people of those organisations
    participants: list[ExistingParticipant]  # of this programme


@dataclass(slots=True)
class ImportRow:
    """A data row, normalised, and what importing it does."""

    number: int
    values: dict[str, Any]  # the non-empty fields: text, int (level, capacity), list[str]
    organisation_id: int | None = None
    person_id: int | None = None  # an existing person it updates
    participant_id: int | None = None  # an existing participant it updates
    manager_person_id: int | None = None  # manager among existing people
    manager_row: int | None = None  # manager among the file's rows (row number)
    person_values: dict[str, Any] = field(default_factory=dict)  # Person columns to write
    participant_values: dict[str, Any] = field(default_factory=dict)  # Participant columns
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def new_person(self) -> bool:
        return self.person_id is None

    @property
    def new_participant(self) -> bool:
        return self.participant_id is None


@dataclass(frozen=True)
class ImportCounts:
    rows: int
    new_people: int
    updated_people: int
    new_participants: int
    updated_participants: int
    errors: int
    warnings: int
    rows_with_errors: int


@dataclass(frozen=True)
class ImportPreview:
    """The validation report of a file against a programme: nothing has been written."""

    programme_id: int
    programme_name: str
    parsed: ParsedSheet
    default_role: str | None
    rows: list[ImportRow]
    problems: list[Problem]
    counts: ImportCounts

    @property
    def has_errors(self) -> bool:
        return self.counts.errors > 0

    @property
    def file_name(self) -> str:
        return self.parsed.source.file_name

    @property
    def path(self) -> str:
        return self.parsed.source.path

    @property
    def format(self) -> str:
        return self.parsed.source.format

    @property
    def encoding(self) -> str | None:
        return self.parsed.source.encoding

    @property
    def delimiter(self) -> str | None:
        return self.parsed.source.delimiter

    @property
    def sheet(self) -> str | None:
        return self.parsed.source.sheet

    @property
    def sheet_names(self) -> list[str]:
        return self.parsed.source.sheet_names

    @property
    def header_row(self) -> int | None:
        return self.parsed.source.header_row

    @property
    def headers(self) -> list[HeaderInfo]:
        return self.parsed.headers

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


# --------------------------------------------------------------------------- reading

MappingKey = int | str
ColumnMapping = Mapping[MappingKey, str | None]


def load_sheet(
    path: str | Path,
    *,
    sheet: str | int | None = None,
    header_row: int | None = None,
    mapping: ColumnMapping | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> ParsedSheet:
    """Read the file and return its data rows keyed by field.

    `sheet`: a workbook sheet by name or 0-based index; by default the first sheet whose
    header row is recognised. `header_row`: the 1-based row number of the headers; by
    default the first row naming at least two known fields. `mapping`: {0-based column
    index or header text: field name, or None to leave the column out}, on top of the
    recognised headers.
    """
    with paused_gc():
        return _load_sheet(path, sheet, header_row, dict(mapping or {}), encoding, delimiter)


def _load_sheet(
    path: str | Path,
    sheet: str | int | None,
    header_row: int | None,
    mapping: dict[MappingKey, str | None],
    encoding: str | None,
    delimiter: str | None,
) -> ParsedSheet:
    path = Path(path)
    _check_mapping_fields(mapping)
    if file_format(path) == "csv":
        table = read_csv(path, encoding=encoding, delimiter=delimiter)
        return parse_table(table, header_row=header_row, mapping=mapping)
    if sheet is not None:
        return parse_table(read_workbook_sheet(path, sheet), header_row=header_row, mapping=mapping)
    names = sheet_names(path)
    if not names:
        raise InputRefused(f"{path.name} has no worksheets.")
    first: ParsedSheet | None = None
    for index in range(len(names)):
        parsed = parse_table(
            read_workbook_sheet(path, index), header_row=header_row, mapping=mapping
        )
        if parsed.source.header_row is not None and _recognised_count(parsed.headers) >= 2:
            return parsed
        first = first or parsed
    assert first is not None
    return first


def parse_table(
    table: Table, *, header_row: int | None = None, mapping: ColumnMapping | None = None
) -> ParsedSheet:
    """Find the header row of a table, map its columns to fields and key the rows."""
    mapping = dict(mapping or {})
    _check_mapping_fields(mapping)
    file = table.path.name
    problems: list[Problem] = []

    header_index = _find_header(table, header_row, mapping)
    source = SourceInfo(
        path=str(table.path),
        file_name=file,
        format=table.format,
        encoding=table.encoding,
        delimiter=table.delimiter,
        sheet=table.sheet,
        sheet_names=list(table.sheet_names),
        header_row=None if header_index is None else table.rows[header_index].number,
    )
    if header_index is None:
        where = f"sheet '{table.sheet}' of {file}" if table.sheet else file
        if header_row is not None:
            message = (
                f"row {header_row} of {where} is empty or missing; give the row that holds "
                "the column headers"
            )
        else:
            message = (
                f"no header row found in {where}: no row among the first {HEADER_SEARCH_ROWS} "
                "names two known columns (such as First name, Last name, Email, Role; or "
                "Fornavn, Efternavn, E-mail, Rolle); put the headers in one row, or choose "
                "the header row and map the columns, and import again"
            )
        problems.append(Problem(Severity.ERROR, file, header_row, None, message, "no_header"))
        return ParsedSheet(source, [], {}, [], problems)

    header = table.rows[header_index]
    texts = [cell_text(c) for c in header.cells]
    width = max([len(texts), *(k + 1 for k in mapping if isinstance(k, int))])
    texts += [""] * (width - len(texts))

    assigned: dict[int, str | None] = {
        i: recognise_header(t) if t else None for i, t in enumerate(texts)
    }
    explicit: dict[int, str | None] = {}
    for key, target in mapping.items():
        if isinstance(key, int):
            if key < 0:
                raise InputRefused(f"Column index {key} is not a column; indexes start at 0.")
            explicit[key] = target
            continue
        wanted = normalise_header(key)
        found = [i for i, t in enumerate(texts) if normalise_header(t) == wanted]
        if not found:
            problems.append(
                Problem(
                    Severity.ERROR,
                    file,
                    header.number,
                    key,
                    f"the mapping names the column '{key}', which is not in the header row "
                    f"(row {header.number}); choose one of the file's columns",
                    "unknown_column",
                )
            )
            continue
        explicit[found[0]] = target
    explicitly_mapped = {t for t in explicit.values() if t is not None}
    for index in assigned:
        if index not in explicit and assigned[index] in explicitly_mapped:
            assigned[index] = None
    assigned.update(explicit)

    def label(index: int) -> str:
        return texts[index] if texts[index] else f"column {column_letter(index)}"

    columns: dict[str, str] = {}
    field_index: dict[str, int] = {}
    for index in sorted(assigned):
        target = assigned[index]
        if target is None:
            continue
        if target in field_index:
            first = field_index[target]
            both_explicit = index in explicit and first in explicit
            problems.append(
                Problem(
                    Severity.ERROR if both_explicit else Severity.WARNING,
                    file,
                    header.number,
                    label(index),
                    (
                        f"columns '{label(first)}' and '{label(index)}' are both mapped to "
                        f"{_field_words(target)}; map only one of them"
                        if both_explicit
                        else f"this column is also {_field_words(target)}; only column "
                        f"'{label(first)}' is imported"
                    ),
                    "duplicate_column",
                    target,
                )
            )
            assigned[index] = None
            continue
        field_index[target] = index
        columns[target] = label(index)

    headers = [
        HeaderInfo(i, texts[i], assigned.get(i))
        for i in range(width)
        if texts[i] or assigned.get(i) is not None
    ]
    for required in REQUIRED_FIELDS:
        if required not in field_index:
            known = ", ".join(f"'{t}'" for t in texts if t) or "none"
            problems.append(
                Problem(
                    Severity.ERROR,
                    file,
                    header.number,
                    None,
                    f"there is no column for {_field_words(required)} (the headers in row "
                    f"{header.number} are {known}); add a column '{FIELDS[required].label}' "
                    f"or map one of the columns to {_field_words(required)}, and import again",
                    "missing_column",
                    required,
                )
            )

    items = list(field_index.items())
    rows: list[RawRow] = []
    for sheet_row in table.rows[header_index + 1 :]:
        cells = sheet_row.cells
        length = len(cells)
        keyed: dict[str, Cell] = {f: (cells[i] if i < length else "") for f, i in items}
        if any(v != "" for v in keyed.values()):
            rows.append(RawRow(sheet_row.number, keyed))
    return ParsedSheet(source, headers, columns, rows, problems)


def _check_mapping_fields(mapping: Mapping[MappingKey, str | None]) -> None:
    for key, target in mapping.items():
        if target is not None and target not in FIELDS:
            raise InputRefused(
                f"Column {key!r} is mapped to {target!r}, which is not a field; the fields are "
                + ", ".join(FIELDS)
                + ".",
                field="mapping",
            )


def _find_header(
    table: Table, header_row: int | None, mapping: dict[MappingKey, str | None]
) -> int | None:
    if header_row is not None:
        for index, row in enumerate(table.rows):
            if row.number == header_row:
                return index
        return None
    mapped_headers = {normalise_header(k) for k in mapping if isinstance(k, str)}
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        if _row_recognition(row, mapped_headers) >= 2:
            return index
    if any(isinstance(k, int) for k in mapping) and table.rows:
        return 0
    return None


def _row_recognition(row: SheetRow, mapped_headers: set[str]) -> int:
    found: set[str] = set()
    for cell in row.cells:
        if not isinstance(cell, str) or not cell:
            continue
        text = normalise_header(cell)
        if text in mapped_headers:
            found.add("mapped:" + text)
        elif text in HEADER_ALIASES:
            found.add(HEADER_ALIASES[text])
    return len(found)


def _recognised_count(headers: list[HeaderInfo]) -> int:
    return len({h.field for h in headers if h.field is not None})


# --------------------------------------------------------------------------- validation


def validate(
    parsed: ParsedSheet, context: ImportContext, *, default_role: str | None = None
) -> ImportPreview:
    """Check every row against the file itself and the database's context.

    Errors: missing required field, invalid email, unknown role, duplicate email in the
    file, level or capacity not a whole number in range, unknown organisation, reporting
    cycle, role change of a paired participant. Warnings: manager not found (the link is
    left empty), role change. `default_role` ("mentor"/"mentee") fills empty role cells of
    people not yet in the programme.
    """
    with paused_gc():
        return _Validation(parsed, context, default_role).run()


class _Validation:
    """One validation run: the lookups built once, then one pass per row and a final pass
    over the reporting lines. Dicts and sets only: no per-row queries."""

    def __init__(
        self, parsed: ParsedSheet, context: ImportContext, default_role: str | None
    ) -> None:
        self.parsed = parsed
        self.context = context
        self.default_role = default_role
        self.file = parsed.source.file_name
        self.columns = parsed.columns
        self.role_default: str | None = None
        if default_role:
            self.role_default = ROLE_WORDS.get(default_role.strip().casefold())
            if self.role_default is None:
                raise InputRefused(
                    f"{default_role!r} is not a role; choose mentor or mentee.", field="role"
                )
        if not context.organisations:
            raise InputRefused(f"Programme {context.programme_name!r} has no organisation.")
        self.host_id = context.organisations[0][0]
        self.org_names = dict(context.organisations)
        self.org_by_name: dict[str, int] = {}
        for org_id, name in context.organisations:
            self.org_by_name.setdefault(_normalise_name(name), org_id)
        self.allowed_text = _or_list([name for _, name in context.organisations])
        self.single_organisation = (
            len(context.organisations) == 1 or not context.cross_organisational
        )
        self.people_by_key = {(p.organisation_id, p.email): p for p in context.people if p.email}
        self.people_by_id = {p.id: p for p in context.people}
        self.participants_by_person = {p.person_id: p for p in context.participants}

        self.rows: list[ImportRow] = []
        self.first_row_of_email: dict[str, int] = {}
        self.row_of_key: dict[tuple[int, str], ImportRow] = {}
        self.org_of_email_in_file: dict[str, int] = {}

    def run(self) -> ImportPreview:
        for raw in self.parsed.rows:
            self.rows.append(self._row(raw))
        self._managers_and_cycles()
        return self._preview()

    def problem(
        self, row: ImportRow, severity: Severity, field_name: str | None, kind: str, message: str
    ) -> None:
        column = self.columns.get(field_name) if field_name else None
        row.problems.append(
            Problem(severity, self.file, row.number, column, message, kind, field_name)
        )

    # One row ------------------------------------------------------------------------

    def _row(self, raw: RawRow) -> ImportRow:
        row = ImportRow(raw.number, {})
        self._cells(row, raw.cells)
        values = row.values
        for required in REQUIRED_FIELDS:
            # A missing column is one problem of the file, not one per row.
            if required not in values and required in self.columns:
                self.problem(
                    row,
                    Severity.ERROR,
                    required,
                    "missing_required",
                    f"the {_field_words(required)} is empty; fill it in and import again",
                )
        email = self._email(row)
        role = self._role(row)
        org_id = self._organisation(row)
        existing = self.people_by_key.get((org_id, email)) if org_id is not None and email else None
        role = self._match_existing(row, existing, email, role)
        if email and org_id is not None:
            self.row_of_key.setdefault((org_id, email), row)
            self.org_of_email_in_file.setdefault(email, org_id)
        self._plan(row, existing, email, role)
        return row

    def _cells(self, row: ImportRow, cells: dict[str, Cell]) -> None:
        """Normalise the non-empty cells into row.values: text, whole numbers, lists."""
        values = row.values
        for name, cell in cells.items():
            if cell == "":
                continue
            if name in WHOLE_NUMBER_FIELDS:
                number = _whole_number(cell)
                if name == "level" and (number is None or not 0 <= number <= MAX_LEVEL):
                    self.problem(
                        row,
                        Severity.ERROR,
                        name,
                        "invalid_level",
                        f"{cell_text(cell)!r} is not a level; the level is a whole number "
                        f"from 0 to {MAX_LEVEL} (higher is more senior); correct it in the "
                        "file and import again",
                    )
                elif name == "capacity" and (number is None or not 1 <= number <= MAX_CAPACITY):
                    self.problem(
                        row,
                        Severity.ERROR,
                        name,
                        "invalid_capacity",
                        f"{cell_text(cell)!r} is not a capacity; the capacity is the number of "
                        f"mentees a mentor takes, a whole number from 1 to {MAX_CAPACITY}; "
                        "correct it in the file and import again",
                    )
                else:
                    values[name] = number
                continue
            text = _text(cell)
            if not text:
                continue
            if name in LIST_FIELDS:
                items = split_list(text)
                if name == "languages":
                    items = _unique([item.casefold() for item in items])
                if items:
                    values[name] = items
            elif name == "manager_email":
                values[name] = text.lower()
            else:
                values[name] = text

    def _email(self, row: ImportRow) -> str:
        """The row's valid, lower-case, first-in-file email; "" otherwise."""
        written = row.values.get("email")
        if written is None:
            return ""
        email: str = written.lower().removeprefix("mailto:")
        if not EMAIL.match(email):
            self.problem(
                row,
                Severity.ERROR,
                "email",
                "invalid_email",
                f"{written!r} is not an email address; correct it in the file and import again",
            )
            return ""
        row.values["email"] = email
        first = self.first_row_of_email.setdefault(email, row.number)
        if first != row.number:
            self.problem(
                row,
                Severity.ERROR,
                "email",
                "duplicate_email",
                f"{email} is also in row {first}; each person appears once in the file: "
                "remove or merge one of the rows and import again",
            )
            return ""
        return email

    def _role(self, row: ImportRow) -> str | None:
        written = row.values.get("role")
        if written is None:
            return None
        role = ROLE_WORDS.get(written.casefold())
        if role is None:
            self.problem(
                row,
                Severity.ERROR,
                "role",
                "unknown_role",
                f"{written!r} is not a role; write mentor or mentee (in Danish: mentor or "
                "adept) and import again",
            )
        else:
            row.values["role"] = role
        return role

    def _organisation(self, row: ImportRow) -> int | None:
        written = row.values.get("organisation")
        org_id: int | None = None
        if written is not None:
            org_id = self.org_by_name.get(_normalise_name(written))
            if org_id is None:
                self.problem(
                    row,
                    Severity.ERROR,
                    "organisation",
                    "unknown_organisation",
                    f"{written!r} is not an organisation of programme "
                    f"{self.context.programme_name!r}; write {self.allowed_text} and import "
                    "again",
                )
        elif self.single_organisation:
            org_id = self.host_id
        else:
            self.problem(
                row,
                Severity.ERROR,
                "organisation",
                "missing_organisation",
                "the organisation is empty; in this cross-organisational programme write "
                f"{self.allowed_text} and import again",
            )
        row.organisation_id = org_id
        return org_id

    def _match_existing(
        self, row: ImportRow, existing: ExistingPerson | None, email: str, role: str | None
    ) -> str | None:
        """Link the row to an existing person and participant; the role to write."""
        if existing is not None:
            row.person_id = existing.id
            participant = self.participants_by_person.get(existing.id)
            if participant is not None:
                row.participant_id = participant.id
                if role is not None and role != participant.role:
                    if participant.paired:
                        self.problem(
                            row,
                            Severity.ERROR,
                            "role",
                            "role_change_paired",
                            f"{email} is a {participant.role} in pairings of this programme, "
                            f"and the file makes them a {role}; end or remove their pairings "
                            "first, or correct the role in the file",
                        )
                    else:
                        self.problem(
                            row,
                            Severity.WARNING,
                            "role",
                            "role_change",
                            f"{email} changes from {participant.role} to {role}",
                        )
        if role is None and "role" not in row.values and row.participant_id is None:
            # An existing participant keeps their role; a new one needs one.
            if self.role_default is not None:
                role = row.values["role"] = self.role_default
            else:
                self.problem(
                    row,
                    Severity.ERROR,
                    "role",
                    "missing_required",
                    "the role is empty; write mentor or mentee (in Danish: mentor or adept) "
                    "and import again"
                    if "role" in self.columns
                    else "the file has no role column and this person is not yet in the "
                    "programme; add a column 'Role' (mentor or mentee), or choose one role for "
                    "all rows, and import again",
                )
        return role

    def _plan(
        self, row: ImportRow, existing: ExistingPerson | None, email: str, role: str | None
    ) -> None:
        """The Person and Participant columns to write; empty cells erase nothing."""
        values = row.values
        person_values = row.person_values
        for name in PERSON_FIELDS:
            if name in values:
                person_values[name] = values[name]
        first_name = values.get("first_name", "")
        last_name = values.get("last_name", "")
        if existing is None:
            person_values["first_name"] = first_name
            person_values["last_name"] = last_name
            person_values["email"] = email
        elif (first_name or last_name) and _full_name(first_name, last_name) != _full_name(
            existing.first_name, existing.last_name
        ):
            # The same full name split differently (an exported full name split at the
            # last space) is no change.
            if first_name:
                person_values["first_name"] = first_name
            if last_name:
                person_values["last_name"] = last_name
        participant_values = row.participant_values
        if role is not None:
            participant_values["role"] = role
        for name in PARTICIPANT_FIELDS:
            if name in values:
                participant_values[name] = values[name]

    # Reporting lines ----------------------------------------------------------------

    def _managers_and_cycles(self) -> None:
        """Link managers (in the file first, then among the organisation's people), then
        refuse loops in the reporting line the links would make."""
        node_of_row: dict[int, int] = {}
        parent: dict[int, int | None] = {p.id: p.manager_id for p in self.context.people}
        for index, row in enumerate(self.rows):
            email = row.values.get("email", "")
            if (
                row.organisation_id is None
                or not email
                or self.row_of_key.get((row.organisation_id, email)) is not row
            ):
                continue
            node = row.person_id if row.person_id is not None else -(index + 1)
            node_of_row[row.number] = node
            if row.person_id is None:
                parent[node] = None
        edge_from_file: set[int] = set()
        for row in self.rows:
            node_or_none = node_of_row.get(row.number)
            if node_or_none is None:
                continue
            manager_node = self._manager(row, node_of_row)
            if manager_node is not None:
                parent[node_or_none] = manager_node
                edge_from_file.add(node_or_none)
        self._report_cycles(node_of_row, parent, edge_from_file)

    def _manager(self, row: ImportRow, node_of_row: dict[int, int]) -> int | None:
        """The node of the row's manager, recorded on the row; None when not linked."""
        manager = row.values.get("manager_email")
        if not manager or row.organisation_id is None:
            return None
        org_name = self.org_names[row.organisation_id]
        if manager == row.values["email"]:
            self.problem(
                row,
                Severity.ERROR,
                "manager_email",
                "reporting_cycle",
                f"{manager} is given as their own manager; correct the manager email and "
                "import again",
            )
            return None
        keep = (
            "the manager link is left empty"
            if row.person_id is None
            else "the manager link is left as it was"
        )
        if not EMAIL.match(manager):
            self.problem(
                row,
                Severity.WARNING,
                "manager_email",
                "manager_not_found",
                f"{manager!r} is not an email address, so {keep}; correct it in the file and "
                "import again to link the manager",
            )
            return None
        in_file = self.row_of_key.get((row.organisation_id, manager))
        if in_file is not None:
            if in_file.person_id is not None:
                row.manager_person_id = in_file.person_id
            else:
                row.manager_row = in_file.number
            return node_of_row[in_file.number]
        found = self.people_by_key.get((row.organisation_id, manager))
        if found is not None:
            row.manager_person_id = found.id
            return found.id
        elsewhere = self.org_of_email_in_file.get(manager)
        where = (
            f"is in the file but in {self.org_names[elsewhere]}, not {org_name}"
            if elsewhere is not None
            else f"is neither in the file nor among the people of {org_name}"
        )
        self.problem(
            row,
            Severity.WARNING,
            "manager_email",
            "manager_not_found",
            f"the manager {manager} {where}, so {keep}; add the manager to the file to link them",
        )
        return None

    def _report_cycles(
        self, node_of_row: dict[int, int], parent: dict[int, int | None], edge_from_file: set[int]
    ) -> None:
        """Follow each file person's reporting line; report the rows whose manager closes a
        loop. Every person has at most one manager, so each walk ends at the top or in a
        loop; nodes already walked are not walked again (linear in the number of people)."""
        row_of_node = {
            node: row for row in self.rows if (node := node_of_row.get(row.number)) is not None
        }

        def name(node: int) -> str:
            if node in row_of_node:
                return str(row_of_node[node].values["email"])
            person = self.people_by_id[node]
            return person.email or _full_name(person.first_name, person.last_name)

        done: set[int] = set()
        for row in self.rows:
            start = node_of_row.get(row.number)
            if start is None or start in done:
                continue
            path: list[int] = []
            on_path: set[int] = set()
            current: int | None = start
            while current is not None and current not in done and current not in on_path:
                path.append(current)
                on_path.add(current)
                current = parent.get(current)
            if current is not None and current in on_path:
                loop = path[path.index(current) :]
                chain = " → ".join(name(n) for n in [*loop, loop[0]])
                culprits = [n for n in loop if n in edge_from_file and n in row_of_node] or [
                    n for n in loop if n in row_of_node
                ]
                for node in culprits:
                    culprit = row_of_node[node]
                    self.problem(
                        culprit,
                        Severity.ERROR,
                        "manager_email",
                        "reporting_cycle",
                        f"the manager {culprit.values.get('manager_email', '')} makes a loop "
                        f"in the reporting line: {chain} (each arrow points to the manager); "
                        "correct the manager email of one of them and import again",
                    )
            done.update(path)

    # The report ---------------------------------------------------------------------

    def _preview(self) -> ImportPreview:
        problems: list[Problem] = list(self.parsed.problems)
        new_people = updated_people = new_participants = updated_participants = 0
        rows_with_errors = 0
        for row in self.rows:
            problems.extend(row.problems)
            if not row.ok:
                rows_with_errors += 1
                continue
            if row.person_id is None:
                new_people += 1
            else:
                updated_people += 1
            if row.participant_id is None:
                new_participants += 1
            else:
                updated_participants += 1
        errors = sum(1 for p in problems if p.severity is Severity.ERROR)
        counts = ImportCounts(
            rows=len(self.rows),
            new_people=new_people,
            updated_people=updated_people,
            new_participants=new_participants,
            updated_participants=updated_participants,
            errors=errors,
            warnings=len(problems) - errors,
            rows_with_errors=rows_with_errors,
        )
        return ImportPreview(
            programme_id=self.context.programme_id,
            programme_name=self.context.programme_name,
            parsed=self.parsed,
            default_role=self.default_role,
            rows=self.rows,
            problems=problems,
            counts=counts,
        )


# --------------------------------------------------------------------------- report


def format_report(preview: ImportPreview) -> str:
    """Plain text for the command line: one line per problem, then a summary line."""
    lines = [str(p) for p in preview.problems]
    source = preview.parsed.source
    read = []
    if source.sheet is not None:
        read.append(f"sheet '{source.sheet}'")
    if source.encoding is not None:
        read.append(source.encoding)
    if source.delimiter is not None:
        read.append(f"{DELIMITER_NAMES.get(source.delimiter, repr(source.delimiter))}-separated")
    if source.header_row is not None:
        read.append(f"headers on row {source.header_row}")
    c = preview.counts
    how = f" ({', '.join(read)})" if read else ""
    summary = (
        f"{source.file_name}{how} into programme {preview.programme_name!r}: "
        f"{_plural(c.rows, 'row')}; {_plural(c.new_people, 'new person', 'new people')}, "
        f"{_plural(c.updated_people, 'updated person', 'updated people')}, "
        f"{_plural(c.new_participants, 'new participant')}, "
        f"{_plural(c.updated_participants, 'updated participant')}; "
        f"{_plural(c.errors, 'error')}, {_plural(c.warnings, 'warning')}. "
    )
    if c.errors:
        summary += "Nothing is imported until the errors are corrected."
    else:
        summary += "Ready to import."
    lines.append(summary)
    return "\n".join(lines)


# --------------------------------------------------------------------------- helpers


def split_list(text: str) -> list[str]:
    """A list in a cell: separated by ';', or by ',' when the cell has no ';'."""
    parts = text.split(";") if ";" in text else text.split(",")
    return _unique([part.strip() for part in parts if part.strip()])


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


def _text(cell: Cell) -> str:
    text = cell_text(cell)
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_START:
        text = text[1:]
    return text


def _whole_number(cell: Cell) -> int | None:
    """A whole number from 3, 3.0 (calamine) or "3"; None for anything else."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() else None
    if isinstance(cell, str):
        text = cell.strip()
        try:
            return int(text)
        except ValueError:
            pass
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return None
        return int(number) if number.is_integer() else None
    return None


def _normalise_name(name: str) -> str:
    return " ".join(name.casefold().split())


def _full_name(first: str, last: str) -> str:
    return " ".join(f"{first} {last}".split())


def _field_words(name: str) -> str:
    return FIELDS[name].label.lower()


def _or_list(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"
