"""Importing participants from CSV and XLSX into a real SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from mentordesk.config import DatabaseTarget
from mentordesk.exchange.export import export_participants
from mentordesk.services.errors import InputRefused
from mentordesk.services.participant_import import (
    ImportPreview,
    apply_import,
    format_report,
    preview_import,
    sheet_names,
)
from mentordesk.services.participants import list_participants
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import (
    Organisation,
    Pairing,
    Participant,
    Person,
    Programme,
    ProgrammeKind,
    Role,
)

HEADER = "First name,Last name,E-mail,Role,Level,Manager email,Goals\n"


@dataclass(frozen=True)
class Office:
    db: Database
    organisation_id: int
    programme_id: int


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    db = open_database(DatabaseTarget(path=tmp_path / "i.sqlite3"))
    with db.unit_of_work() as session:
        organisation = Organisation(name="Acme")
        session.add(organisation)
        session.flush()
        programme = Programme(name="Leadership 2025", organisation_id=organisation.id)
        session.add(programme)
        session.flush()
        ids = organisation.id, programme.id
    yield Office(db, *ids)
    db.close()


def counts(db: Database) -> tuple[int, int]:
    with db.unit_of_work() as session:
        return (
            session.scalar(select(func.count()).select_from(Person)) or 0,
            session.scalar(select(func.count()).select_from(Participant)) or 0,
        )


def people(db: Database) -> dict[str, Person]:
    with db.unit_of_work() as session:
        return {p.email or "": p for p in session.scalars(select(Person))}


def participants(db: Database, programme_id: int) -> dict[str, Participant]:
    with db.unit_of_work() as session:
        rows = session.execute(
            select(Person.email, Participant)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.programme_id == programme_id)
        )
        return {email or "": participant for email, participant in rows}


def write(tmp_path: Path, text: str, name: str = "people.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def add_person(office: Office, first: str, email: str, manager_email: str | None = None) -> int:
    with office.db.unit_of_work() as session:
        manager_id = None
        if manager_email:
            manager_id = session.scalar(select(Person.id).where(Person.email == manager_email))
        person = Person(
            organisation_id=office.organisation_id,
            first_name=first,
            last_name="Existing",
            email=email,
            manager_id=manager_id,
        )
        session.add(person)
        session.flush()
        return person.id


def assert_refused_and_nothing_written(office: Office, preview: ImportPreview) -> None:
    before = counts(office.db)
    assert preview.has_errors
    with pytest.raises(InputRefused, match="nothing was changed"):
        apply_import(office.db, office.programme_id, preview)
    assert counts(office.db) == before


def only_problem(preview: ImportPreview) -> tuple[str, int | None, str | None, str]:
    (problem,) = preview.problems
    return problem.kind, problem.row, problem.column, problem.severity.value


# ------------------------------------------------------------------ files as exported


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_csv_in_each_encoding_and_delimiter(
    office: Office, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    rows = [
        ["Fornavn", "Efternavn", "E-mail", "Rolle", "Afdeling"],
        ["Søren", "Ærø", "Soren@Acme.dk", "adept", "Økonomi"],
        ["Åse", "Bøgh", "ase@acme.dk", "mentor", "Salg"],
    ]
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    path = write(tmp_path, text, encoding=encoding)
    preview = preview_import(office.db, office.programme_id, path)
    assert preview.problems == []
    assert preview.delimiter == delimiter
    assert preview.encoding == encoding
    summary = apply_import(office.db, office.programme_id, preview)
    assert (summary.new_people, summary.new_participants) == (2, 2)
    soren = people(office.db)["soren@acme.dk"]
    assert (soren.first_name, soren.last_name, soren.department) == ("Søren", "Ærø", "Økonomi")
    roles = {e: p.role for e, p in participants(office.db, office.programme_id).items()}
    assert roles == {"soren@acme.dk": Role.MENTEE, "ase@acme.dk": Role.MENTOR}


def test_xlsx_header_on_row_3_of_a_second_sheet_with_floats_and_blank_rows(
    office: Office, tmp_path: Path
) -> None:
    workbook = Workbook()
    workbook.active.title = "Info"
    workbook.active.append(["HR export, January"])
    sheet = workbook.create_sheet("Participants")
    sheet.append(["Leadership programme 2025"])
    sheet.append([])
    sheet.append(["First name", "Last name", " Email ", "ROLE", "Level", "Capacity", "Phone"])
    sheet.append(["Ana", "Berg", "ana@acme.dk", "mentor", 5.0, 2.0, 4512345678.0])
    sheet.append([])
    sheet.append([])
    sheet.append(["Bo", "Dahl", "bo@acme.dk", "mentee", 3, None, None])
    sheet.append(["Cy", "Eng", "not-an-email", "mentee", 2, None, None])
    path = tmp_path / "export.xlsx"
    workbook.save(path)

    assert sheet_names(path) == ["Info", "Participants"]
    preview = preview_import(office.db, office.programme_id, path)
    assert (preview.sheet, preview.header_row) == ("Participants", 3)
    assert [r.number for r in preview.rows] == [4, 7, 8]
    assert only_problem(preview) == ("invalid_email", 8, "Email", "error")
    assert_refused_and_nothing_written(office, preview)

    # The same sheet, chosen explicitly with its header row, once the bad row is fixed.
    sheet["C8"] = "cy@acme.dk"
    workbook.save(path)
    preview = preview_import(
        office.db, office.programme_id, path, sheet="Participants", header_row=3
    )
    assert preview.problems == []
    apply_import(office.db, office.programme_id, preview)
    ana = people(office.db)["ana@acme.dk"]
    assert (ana.level, ana.phone) == (5, "4512345678")
    assert participants(office.db, office.programme_id)["ana@acme.dk"].capacity == 2


def test_danish_headers_and_adept(office: Office, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Fornavn;Efternavn;E-mail;Rolle;Niveau;Leders e-mail;Mål;Kompetencer;Kapacitet\n"
        "Mette;Friis;mette@acme.dk;Mentor;6;;;Strategi, Økonomi;2\n"
        'Jens;Holm;jens@acme.dk;Adept;3;mette@acme.dk;"Netværk; Karriere";;\n',
        encoding="cp1252",
    )
    preview = preview_import(office.db, office.programme_id, path)
    assert preview.problems == []
    assert preview.encoding == "cp1252"
    apply_import(office.db, office.programme_id, preview)
    found = participants(office.db, office.programme_id)
    assert found["jens@acme.dk"].role is Role.MENTEE
    assert found["jens@acme.dk"].goals == ["Netværk", "Karriere"]
    assert found["mette@acme.dk"].expertise == ["Strategi", "Økonomi"]
    assert found["mette@acme.dk"].capacity == 2
    everyone = people(office.db)
    assert everyone["jens@acme.dk"].manager_id == everyone["mette@acme.dk"].id


# ------------------------------------------------------------------ one test per problem


def test_missing_required_field(office: Office, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "Ana,Berg,ana@acme.dk,mentor,,,\n,Dahl,bo@acme.dk,mentee,,,\n")
    preview = preview_import(office.db, office.programme_id, path)
    assert only_problem(preview) == ("missing_required", 3, "First name", "error")
    assert "first name is empty" in preview.problems[0].message
    assert_refused_and_nothing_written(office, preview)


def test_invalid_email(office: Office, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "Ana,Berg,ana@,mentor,,,\n")
    preview = preview_import(office.db, office.programme_id, path)
    assert only_problem(preview) == ("invalid_email", 2, "E-mail", "error")
    assert str(preview.problems[0]).endswith(
        "row 2, column 'E-mail': 'ana@' is not an email address; correct it in the file and "
        "import again"
    )
    assert_refused_and_nothing_written(office, preview)


def test_unknown_role(office: Office, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "Ana,Berg,ana@acme.dk,coach,,,\n")
    preview = preview_import(office.db, office.programme_id, path)
    assert only_problem(preview) == ("unknown_role", 2, "Role", "error")
    assert "write mentor or mentee" in preview.problems[0].message
    assert_refused_and_nothing_written(office, preview)


def test_duplicate_email_in_the_file(office: Office, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER + "Ana,Berg,ana@acme.dk,mentor,,,\nBo,Dahl,bo@acme.dk,mentee,,,\n"
        "Anna,Berg,ANA@acme.dk,mentee,,,\n",
    )
    preview = preview_import(office.db, office.programme_id, path)
    assert only_problem(preview) == ("duplicate_email", 4, "E-mail", "error")
    assert "also in row 2" in preview.problems[0].message
    assert_refused_and_nothing_written(office, preview)


def test_level_not_a_number(office: Office, tmp_path: Path) -> None:
    path = write(
        tmp_path, HEADER + "Ana,Berg,ana@acme.dk,mentor,3,,\nBo,Dahl,bo@acme.dk,mentee,senior,,\n"
    )
    preview = preview_import(office.db, office.programme_id, path)
    assert only_problem(preview) == ("invalid_level", 3, "Level", "error")
    assert "'senior' is not a level" in preview.problems[0].message
    assert_refused_and_nothing_written(office, preview)


def test_unknown_organisation_names_the_allowed_ones(office: Office, tmp_path: Path) -> None:
    path = write(
        tmp_path, "First name,Last name,Email,Role,Organisation\nAna,Berg,a@x.dk,mentor,Globex\n"
    )
    preview = preview_import(office.db, office.programme_id, path)
    assert only_problem(preview) == ("unknown_organisation", 2, "Organisation", "error")
    assert "write 'Acme'" in preview.problems[0].message
    assert_refused_and_nothing_written(office, preview)


def test_manager_not_found_is_a_warning_and_the_link_stays_empty(
    office: Office, tmp_path: Path
) -> None:
    path = write(tmp_path, HEADER + "Ana,Berg,ana@acme.dk,mentee,,boss@acme.dk,\n")
    preview = preview_import(office.db, office.programme_id, path)
    assert only_problem(preview) == ("manager_not_found", 2, "Manager email", "warning")
    assert "left empty" in preview.problems[0].message
    summary = apply_import(office.db, office.programme_id, preview)
    assert summary.new_people == 1 and len(summary.warnings) == 1
    assert counts(office.db) == (1, 1)
    assert people(office.db)["ana@acme.dk"].manager_id is None


def test_reporting_cycle_within_the_file(office: Office, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "Ana,Berg,ana@acme.dk,mentor,,bo@acme.dk,\nBo,Dahl,bo@acme.dk,mentor,,ana@acme.dk,\n"
        "Cy,Eng,cy@acme.dk,mentee,,ana@acme.dk,\n",
    )
    preview = preview_import(office.db, office.programme_id, path)
    assert [(p.kind, p.row, p.column) for p in preview.problems] == [
        ("reporting_cycle", 2, "Manager email"),
        ("reporting_cycle", 3, "Manager email"),
    ]
    assert "ana@acme.dk → bo@acme.dk → ana@acme.dk" in preview.problems[0].message
    assert_refused_and_nothing_written(office, preview)


def test_reporting_cycle_with_existing_people(office: Office, tmp_path: Path) -> None:
    add_person(office, "Dan", "dan@acme.dk")
    add_person(office, "Cleo", "cleo@acme.dk", manager_email="dan@acme.dk")
    # Dan's manager becomes Ana, whose manager is Cleo, whose manager is Dan.
    path = write(
        tmp_path,
        HEADER
        + "Ana,Berg,ana@acme.dk,mentee,,cleo@acme.dk,\n"
        + "Dan,Existing,dan@acme.dk,mentor,,ana@acme.dk,\n",
    )
    preview = preview_import(office.db, office.programme_id, path)
    assert {(p.kind, p.row) for p in preview.problems} == {
        ("reporting_cycle", 2),
        ("reporting_cycle", 3),
    }
    assert_refused_and_nothing_written(office, preview)
    assert people(office.db)["dan@acme.dk"].manager_id is None


# ------------------------------------------------------------------ updates and mapping


def test_existing_email_in_other_case_is_updated_not_duplicated(
    office: Office, tmp_path: Path
) -> None:
    boss = add_person(office, "Cleo", "cleo@acme.dk")
    with office.db.unit_of_work() as session:
        person = Person(
            organisation_id=office.organisation_id,
            first_name="Ana",
            last_name="Berg",
            email="ana@acme.dk",
            department="Finance",
            level=4,
            manager_id=boss,
        )
        session.add(person)
        session.flush()
        session.add(
            Participant(
                programme_id=office.programme_id,
                person_id=person.id,
                role=Role.MENTOR,
                goals=["Old goal"],
                expertise=["Budgets"],
                capacity=3,
            )
        )
    before = counts(office.db)
    path = write(
        tmp_path,
        "First name,Last name,Email,Role,Department,Level,Manager email,Goals,Job title\n"
        "Ana,Berg-Holm,ANA@Acme.DK,,,5,,New goal; Second,CFO\n",
    )
    preview = preview_import(office.db, office.programme_id, path)
    assert preview.problems == []
    counted = preview.counts
    assert (counted.new_people, counted.updated_people) == (0, 1)
    assert (counted.new_participants, counted.updated_participants) == (0, 1)
    summary = apply_import(office.db, office.programme_id, preview)
    assert summary.updated_people == 1
    assert counts(office.db) == before
    ana = people(office.db)["ana@acme.dk"]
    assert (ana.last_name, ana.level, ana.job_title) == ("Berg-Holm", 5, "CFO")
    assert ana.department == "Finance"  # an empty cell erases nothing
    assert ana.manager_id == boss
    participant = participants(office.db, office.programme_id)["ana@acme.dk"]
    assert participant.role is Role.MENTOR  # kept: the role cell is empty
    assert participant.goals == ["New goal", "Second"]
    assert (participant.expertise, participant.capacity) == (["Budgets"], 3)


def test_role_change_of_a_paired_participant_is_refused(office: Office, tmp_path: Path) -> None:
    path = write(
        tmp_path, HEADER + "Ana,Berg,ana@acme.dk,mentor,,,\nBo,Dahl,bo@acme.dk,mentee,,,\n"
    )
    apply_import(
        office.db, office.programme_id, preview_import(office.db, office.programme_id, path)
    )
    found = participants(office.db, office.programme_id)
    with office.db.unit_of_work() as session:
        session.add(
            Pairing(
                programme_id=office.programme_id,
                mentor_id=found["ana@acme.dk"].id,
                mentee_id=found["bo@acme.dk"].id,
            )
        )
    swapped = write(tmp_path, HEADER + "Ana,Berg,ana@acme.dk,mentee,,,\n", name="swap.csv")
    preview = preview_import(office.db, office.programme_id, swapped)
    assert only_problem(preview) == ("role_change_paired", 2, "Role", "error")
    assert_refused_and_nothing_written(office, preview)


def test_explicit_mapping_of_an_unknown_header(office: Office, tmp_path: Path) -> None:
    path = write(tmp_path, "First name,Last name,Mail address,Role\nAna,Berg,Ana@Acme.dk,mentor\n")
    unmapped = preview_import(office.db, office.programme_id, path)
    assert [(p.kind, p.field) for p in unmapped.problems] == [("missing_column", "email")]
    assert {h.text: h.field for h in unmapped.headers}["Mail address"] is None

    preview = preview_import(
        office.db, office.programme_id, path, mapping={"Mail address": "email"}
    )
    assert preview.problems == []
    assert {h.text: h.field for h in preview.headers}["Mail address"] == "email"
    apply_import(office.db, office.programme_id, preview)
    assert list(people(office.db)) == ["ana@acme.dk"]


def test_cross_organisational_programme_picks_the_organisation(
    office: Office, tmp_path: Path
) -> None:
    with office.db.unit_of_work() as session:
        guest = Organisation(name="Nordbank")
        session.add(guest)
        session.flush()
        programme = Programme(
            name="Open mentoring",
            organisation_id=office.organisation_id,
            kind=ProgrammeKind.CROSS_ORGANISATIONAL,
        )
        programme.guest_organisations = [guest]
        session.add(programme)
        session.flush()
        guest_id, programme_id = guest.id, programme.id
    path = write(
        tmp_path,
        "First name,Last name,Email,Role,Organisation\n"
        "Ana,Berg,ana@acme.dk,mentor,acme\nBo,Dahl,bo@nordbank.dk,mentee,NORDBANK\n",
    )
    preview = preview_import(office.db, programme_id, path)
    assert preview.problems == []
    apply_import(office.db, programme_id, preview)
    everyone = people(office.db)
    assert everyone["ana@acme.dk"].organisation_id == office.organisation_id
    assert everyone["bo@nordbank.dk"].organisation_id == guest_id


def test_apply_validates_again_and_checks_the_programme(office: Office, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "Ana,Berg,ana@acme.dk,mentor,,,\n")
    preview = preview_import(office.db, office.programme_id, path)
    with pytest.raises(InputRefused, match="preview the file again"):
        apply_import(office.db, office.programme_id + 1, preview)
    with pytest.raises(InputRefused, match="no programme with ID 99"):
        preview_import(office.db, 99, path)
    path.unlink()  # the preview holds the rows: the file is not read again
    summary = apply_import(office.db, office.programme_id, preview)
    assert summary.new_people == 1
    again = apply_import(office.db, office.programme_id, preview)  # now an update
    assert (again.new_people, again.updated_people, again.updated_participants) == (0, 1, 1)
    assert counts(office.db) == (1, 1)


def test_format_report_for_the_command_line(office: Office, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER + "Ana,Berg,ana@acme.dk,mentor,,boss@acme.dk,\nBo,Dahl,bo@,mentee,,,\n",
        name="hr.csv",
    )
    lines = format_report(preview_import(office.db, office.programme_id, path)).splitlines()
    assert lines[0].startswith("warning: hr.csv, row 2, column 'Manager email': ")
    assert lines[1].startswith("error: hr.csv, row 3, column 'E-mail': 'bo@' is not")
    assert lines[2].startswith("hr.csv (utf-8, comma-separated, headers on row 1) into programme")
    assert "1 error, 1 warning" in lines[2]


# ------------------------------------------------------------------ export round trip


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_into_another_programme(
    office: Office, tmp_path: Path, suffix: str
) -> None:
    path = write(
        tmp_path,
        "First name,Last name,Email,Role,Department,Job title,Capacity,Goals,Expertise\n"
        'Anna Marie,Hansen,anna@acme.dk,mentor,=Finance,CFO,2,,"Budgets; Lead teams, not tasks"\n'
        'Søren,Ærø,soren@acme.dk,mentee,Sales,Seller,,"Lead teams, not tasks",\n'
        "Bo,Dahl,bo@acme.dk,mentee,R&D,Engineer,,Network; Career,\n",
    )
    apply_import(
        office.db, office.programme_id, preview_import(office.db, office.programme_id, path)
    )
    exported = export_participants(
        list_participants(office.db, programme_id=office.programme_id), tmp_path / f"out{suffix}"
    )

    with office.db.unit_of_work() as session:
        other = Organisation(name="Acme")  # a second client with the same name
        session.add(other)
        session.flush()
        programme = Programme(name="Leadership 2026", organisation_id=other.id)
        session.add(programme)
        session.flush()
        other_id, second = other.id, programme.id

    preview = preview_import(office.db, second, exported)
    assert preview.problems == []
    assert preview.counts.new_people == 3
    apply_import(office.db, second, preview)

    def shape(programme_id: int) -> list[tuple[object, ...]]:
        return sorted(
            (p.name, p.email, p.department, p.job_title, p.role, p.capacity, p.goals, p.expertise)
            for p in list_participants(office.db, programme_id=programme_id)
        )

    assert shape(second) == shape(office.programme_id)
    copied = [p for p in list_participants(office.db, programme_id=second)]
    assert {p.organisation_id for p in copied} == {other_id}
    assert {p.status for p in copied} == {"applied"}
