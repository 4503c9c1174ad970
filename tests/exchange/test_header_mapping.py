"""Header recognition, explicit mapping and validation, without a database."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from mentordesk.exchange.participant_import import (
    ExistingParticipant,
    ExistingPerson,
    ImportContext,
    ImportPreview,
    Severity,
    format_report,
    load_sheet,
    recognise_header,
    split_list,
    validate,
)
from mentordesk.services.errors import InputRefused

ACME = ImportContext(
    programme_id=1,
    programme_name="Leadership 2025",
    cross_organisational=False,
    organisations=[(1, "Acme")],
    people=[],
    participants=[],
)


def csv_file(tmp_path: Path, text: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def check(path: Path, context: ImportContext = ACME, **options: object) -> ImportPreview:
    default_role = options.pop("default_role", None)
    parsed = load_sheet(path, **options)  # type: ignore[arg-type]
    return validate(parsed, context, default_role=default_role)  # type: ignore[arg-type]


def kinds(preview: ImportPreview) -> list[tuple[int | None, str | None, str]]:
    return [(p.row, p.column, p.kind) for p in preview.problems]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("First name", "first_name"),
        ("  FORNAVN ", "first_name"),
        ("Efternavn", "last_name"),
        ("E-mail", "email"),
        ("email", "email"),
        ("Rolle", "role"),
        ("Organisation", "organisation"),
        ("Afdeling", "department"),
        ("Job title", "job_title"),
        ("Stilling", "job_title"),
        ("Niveau", "level"),
        ("Leders e-mail", "manager_email"),
        ("Manager Email", "manager_email"),
        ("Lokation", "location"),
        ("Sprog", "languages"),
        ("Mål", "goals"),
        ("Kompetencer", "expertise"),
        ("Kapacitet", "capacity"),
        ("Telefon", "phone"),
        ("Køn", "gender"),
        ("first_name", "first_name"),
        ("Email:", "email"),
        ("Mail address", None),
        ("Status", None),
    ],
)
def test_headers_in_english_and_danish(header: str, field: str | None) -> None:
    assert recognise_header(header) == field


def test_danish_file_with_adept(tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        "Fornavn;Efternavn;E-mail;Rolle;Niveau;Sprog;Mål\n"
        'Søren;Ærø;Soren@Acme.DK;Adept;3;Dansk, Engelsk;"Lede forandring; Netværk"\n'
        "Åse;Bøgh;ase@acme.dk;mentor;5;;\n",
    )
    preview = check(path)
    assert preview.problems == []
    assert preview.delimiter == ";" and preview.header_row == 1
    soren, ase = preview.rows
    assert soren.values["role"] == "mentee"
    assert soren.values["email"] == "soren@acme.dk"
    assert soren.values["level"] == 3
    assert soren.values["languages"] == ["dansk", "engelsk"]
    assert soren.values["goals"] == ["Lede forandring", "Netværk"]
    assert ase.values["role"] == "mentor"
    assert preview.counts.new_people == 2 and preview.counts.new_participants == 2


def test_header_detected_below_a_title_and_listed_with_fields(tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        "Deltagerliste 2025\n\n"
        "First name,Last name,Email,Role,Shoe size\n"
        "Ana,Berg,a@x.dk,mentor,38\n",
    )
    preview = check(path)
    assert preview.header_row == 3
    assert [(h.text, h.field) for h in preview.headers] == [
        ("First name", "first_name"),
        ("Last name", "last_name"),
        ("Email", "email"),
        ("Role", "role"),
        ("Shoe size", None),
    ]
    assert preview.rows[0].number == 4


def test_explicit_mapping_by_header_and_by_index(tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        "Given,Family,Mail address,Function,Email\nAna,Berg,ana@x.dk,mentor,old@x.dk\n",
    )
    by_header = check(
        path,
        mapping={"Given": "first_name", "family": "last_name", "Mail address": "email"},
        default_role="mentee",
    )
    assert by_header.problems == []
    assert by_header.rows[0].values["email"] == "ana@x.dk"  # the auto "Email" column yields
    assert by_header.rows[0].values["role"] == "mentee"
    fields = {h.text: h.field for h in by_header.headers}
    assert fields == {
        "Given": "first_name",
        "Family": "last_name",
        "Mail address": "email",
        "Function": None,
        "Email": None,
    }

    by_index = check(path, mapping={0: "first_name", 1: "last_name", 3: "role", 4: None})
    assert kinds(by_index) == [(1, None, "missing_column")]
    assert by_index.problems[0].field == "email"

    with pytest.raises(InputRefused, match="'shoe', which is not a field"):
        check(path, mapping={0: "shoe"})
    unknown = check(path, mapping={"Nope": "email", 0: "first_name", 1: "last_name"})
    assert (1, "Nope", "unknown_column") in kinds(unknown)


def test_explicit_header_row(tmp_path: Path) -> None:
    path = csv_file(tmp_path, "a,b\nFirst name,Last name,Email\nAna,Berg,a@x.dk\n")
    assert check(path, header_row=2, default_role="mentor").problems == []
    missing = check(path, header_row=9)
    assert kinds(missing) == [(9, None, "no_header")]


def test_no_header_found(tmp_path: Path) -> None:
    path = csv_file(tmp_path, "x,y\n1,2\n")
    preview = check(path)
    assert kinds(preview) == [(None, None, "no_header")]
    assert "no header row found" in preview.problems[0].message


def test_workbook_default_sheet_is_the_first_with_known_headers(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.title = "Cover"
    workbook.active.append(["Export of 2025-01-06"])
    data = workbook.create_sheet("Data")
    data.append([])
    data.append([])
    data.append(["First name", "Last name", "Email", "Role", "Level", "Capacity"])
    data.append(["Ana", "Berg", "ana@x.dk", "mentor", 3.0, 2.0])
    path = tmp_path / "export.xlsx"
    workbook.save(path)
    preview = check(path)
    assert (preview.sheet, preview.header_row, preview.sheet_names) == (
        "Data",
        3,
        ["Cover", "Data"],
    )
    assert preview.rows[0].values["level"] == 3 and preview.rows[0].values["capacity"] == 2
    assert check(path, sheet="Cover").problems[0].kind == "no_header"


@pytest.mark.parametrize(
    ("level", "ok"),
    [("3", True), ("3.0", True), (" 4 ", True), ("senior", False), ("2.5", False), ("99", False)],
)
def test_level_values(tmp_path: Path, level: str, ok: bool) -> None:
    path = csv_file(
        tmp_path, f"First name,Last name,Email,Role,Level\nAna,Berg,a@x.dk,mentor,{level}\n"
    )
    preview = check(path)
    assert (preview.problems == []) is ok
    if not ok:
        assert kinds(preview) == [(2, "Level", "invalid_level")]


def test_capacity_must_be_a_whole_number_from_one(tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        "First name,Last name,Email,Role,Kapacitet\n"
        "Ana,Berg,a@x.dk,mentor,2\nBo,Dahl,b@x.dk,mentor,0\nCy,Eng,c@x.dk,mentor,1.5\n",
    )
    assert kinds(check(path)) == [(3, "Kapacitet", "invalid_capacity")] * 1 + [
        (4, "Kapacitet", "invalid_capacity")
    ]


def test_lists_split_on_semicolon_or_comma() -> None:
    assert split_list("Lead; Grow ;; Network") == ["Lead", "Grow", "Network"]
    assert split_list("Lead, Grow") == ["Lead", "Grow"]
    assert split_list("Lead teams, not tasks;") == ["Lead teams, not tasks"]
    assert split_list("en, EN, da") == ["en", "da"]


def test_organisations_of_a_cross_organisational_programme(tmp_path: Path) -> None:
    context = ImportContext(
        programme_id=1,
        programme_name="Open 2025",
        cross_organisational=True,
        organisations=[(1, "Acme"), (2, "Nordbank"), (3, "Vestas Group")],
        people=[],
        participants=[],
    )
    path = csv_file(
        tmp_path,
        "First name,Last name,Email,Role,Organisation\n"
        "Ana,Berg,a@x.dk,mentor,NORDBANK\n"
        "Bo,Dahl,b@x.dk,mentee, vestas  group\n"
        "Cy,Eng,c@x.dk,mentee,Globex\n"
        "Di,Fog,d@x.dk,mentee,\n",
    )
    preview = check(path, context)
    assert [r.organisation_id for r in preview.rows] == [2, 3, None, None]
    assert kinds(preview) == [
        (4, "Organisation", "unknown_organisation"),
        (5, "Organisation", "missing_organisation"),
    ]
    assert "'Acme', 'Nordbank' or 'Vestas Group'" in preview.problems[0].message
    # An internal programme: an empty organisation is the host.
    internal = check(
        csv_file(tmp_path, "First name,Last name,Email,Role\nAna,Berg,a@x.dk,mentor\n")
    )
    assert internal.rows[0].organisation_id == 1


def test_cycle_through_existing_people(tmp_path: Path) -> None:
    # In the database: Cleo's manager is Dan. The file makes Dan report to Ana, and Ana to
    # Cleo: Ana -> Cleo -> Dan -> Ana.
    context = ImportContext(
        programme_id=1,
        programme_name="Leadership 2025",
        cross_organisational=False,
        organisations=[(1, "Acme")],
        people=[
            ExistingPerson(10, 1, "cleo@x.dk", "Cleo", "Chief", 11),
            ExistingPerson(11, 1, "dan@x.dk", "Dan", "Dir", None),
        ],
        participants=[ExistingParticipant(100, 11, "mentor", paired=False)],
    )
    path = csv_file(
        tmp_path,
        "First name,Last name,Email,Role,Manager email\n"
        "Ana,Berg,ana@x.dk,mentee,cleo@x.dk\n"
        "Dan,Dir,dan@x.dk,,ana@x.dk\n",
    )
    preview = check(path, context)
    assert kinds(preview) == [
        (2, "Manager email", "reporting_cycle"),
        (3, "Manager email", "reporting_cycle"),
    ]
    assert "ana@x.dk → cleo@x.dk → dan@x.dk → ana@x.dk" in preview.problems[0].message
    dan = preview.rows[1]
    assert (dan.person_id, dan.participant_id) == (11, 100)


def test_problem_text_and_report(tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        "First name,Last name,E-mail,Role\n"
        + "".join(f"P{i},L,p{i}@x.dk,mentor\n" for i in range(5))
        + "Ana,Berg,ana@,mentor\n",
        name="hr.csv",
    )
    preview = check(path)
    (problem,) = preview.problems
    assert problem.severity is Severity.ERROR
    assert (problem.file, problem.row, problem.column) == ("hr.csv", 7, "E-mail")
    assert str(problem) == (
        "error: hr.csv, row 7, column 'E-mail': 'ana@' is not an email address; "
        "correct it in the file and import again"
    )
    report = format_report(preview).splitlines()
    assert report[0] == str(problem)
    assert len(report) == 2
    assert "6 rows; 5 new people" in report[1]
    assert "1 error, 0 warnings" in report[1]
    assert "Nothing is imported until the errors are corrected." in report[1]
