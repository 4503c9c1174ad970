"""The command-line contract of DESIGN.md, run against real database files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import __version__
from mentordesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --version, --help, usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"MentorDesk {__version__}"
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("demo", "new", "list", "backup", "restore", "check", "--db"):
        assert command in out


def test_new_organisation_creates_the_database_and_prints_the_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "sub" / "new.sqlite3"
    code, out, _ = run(capsys, "--db", str(db), "new", "organisation", "Kø & Søn A/S")
    assert code == 0 and out.strip() == "1"
    assert db.exists()
    code, out, _ = run(capsys, "new", "organisation", "Łódź Żegluga", "--json", "--db", str(db))
    record = json.loads(out)
    assert code == 0 and record["id"] == 2 and record["name"] == "Łódź Żegluga"
    code, out, _ = run(capsys, "--db", str(db), "list", "organisations", "--json")
    rows = json.loads(out)
    assert [(r["id"], r["name"]) for r in rows] == [(1, "Kø & Søn A/S"), (2, "Łódź Żegluga")]


def test_blank_name_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.sqlite3"
    assert run(capsys, "--db", str(db), "new", "organisation", "Acme")[0] == 0
    code, _, err = run(capsys, "--db", str(db), "new", "organisation", "   ")
    assert code == 1 and "needs a name" in err
    code, out, _ = run(capsys, "--db", str(db), "list", "organisations", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Acme"]


def test_environment_variable_names_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("MENTORDESK_DB", str(db))
    assert run(capsys, "new", "organisation", "From env")[0] == 0
    monkeypatch.delenv("MENTORDESK_DB")
    _, out, _ = run(capsys, "--db", str(db), "list", "organisations", "--json")
    assert json.loads(out)[0]["name"] == "From env"


def test_listing_a_missing_database_is_refused_without_creating_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "absent.sqlite3"
    code, _, err = run(capsys, "--db", str(db), "list", "programmes")
    assert code == 1 and str(db) in err
    assert not db.exists()


def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "list", "unicorns")[0] == 2
    assert run(capsys, "new")[0] == 2
    assert run(capsys, "list", "organisations", "--programme", "x")[0] == 2


def test_lists_of_the_demo_have_the_contract_fields(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def listed(*extra: str) -> list[dict[str, object]]:
        code, out, err = run(capsys, "--db", str(demo_db), "list", *extra, "--json")
        assert code == 0, err
        rows = json.loads(out)
        assert isinstance(rows, list)
        return rows

    organisations = listed("organisations")
    assert len(organisations) >= 3
    assert all({"id", "name"} <= row.keys() for row in organisations)
    programmes = listed("programmes")
    assert {row["status"] for row in programmes} >= {"design", "matching", "running", "closed"}
    assert all({"id", "name", "organisation_id", "status"} <= row.keys() for row in programmes)

    running = next(row for row in programmes if row["status"] == "running")
    participants = listed("participants", "--programme", str(running["id"]))
    assert participants
    assert all(
        {"id", "person_id", "name", "email", "organisation_id", "role"} <= row.keys()
        for row in participants
    )
    assert {row["role"] for row in participants} == {"mentor", "mentee"}
    everyone = listed("participants")
    assert len(everyone) > len(participants)

    pairings = listed("pairings", "--programme", str(running["id"]))
    assert pairings
    emails = {row["email"] for row in participants}
    for row in pairings:
        assert {"id", "mentor_email", "mentee_email", "status"} <= row.keys()
        assert row["mentor_email"] in emails and row["mentee_email"] in emails


def test_unknown_programme_is_refused(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(demo_db), "list", "pairings", "--programme", "9999")
    assert code == 1 and "9999" in err and out == ""


def test_demo_refuses_a_database_that_holds_data(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_db.read_bytes()
    code, _, err = run(capsys, "--db", str(demo_db), "demo")
    assert code == 1 and "already" in err
    assert demo_db.read_bytes() == before


def test_check_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.sqlite3"
    run(capsys, "--db", str(db), "new", "organisation", "Before")
    code, out, _ = run(capsys, "--db", str(db), "check")
    assert code == 0 and "healthy" in out and "1 organisation" in out

    copy = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--db", str(db), "backup", "--out", str(copy))
    assert code == 0 and copy.exists()
    run(capsys, "--db", str(db), "new", "organisation", "After")

    code, out, _ = run(capsys, "--db", str(db), "restore", str(copy))
    assert code == 0 and "Restored" in out
    _, out, _ = run(capsys, "--db", str(db), "list", "organisations", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Before"]
    # The state before the restore was kept as a backup, with "After" in it.
    kept = [p for p in (tmp_path / "office.sqlite3-backups").iterdir() if "pre-restore" in p.name]
    assert len(kept) == 1
    _, out, _ = run(capsys, "--db", str(kept[0]), "list", "organisations", "--json")
    assert [r["name"] for r in json.loads(out)] == ["After", "Before"]


def test_a_folder_or_a_path_inside_a_file_is_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    code, _, err = run(capsys, "--db", str(folder), "list", "organisations")
    assert code == 2
    assert f"--db: {folder} is a folder" in err and str(folder / "mentordesk.sqlite3") in err
    monkeypatch.setenv("MENTORDESK_DB", str(folder))
    code, _, err = run(capsys, "check")
    assert code == 2 and f"MENTORDESK_DB: {folder} is a folder" in err

    note = tmp_path / "notes.txt"
    note.write_text("not a folder")
    code, _, err = run(capsys, "--db", str(note / "x.sqlite3"), "new", "organisation", "A")
    assert code == 2 and f"{note} is a file" in err
    assert note.read_text() == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clients", "notes.txt"]


def test_a_server_url_that_cannot_be_opened_is_refused_in_plain_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "--db", "mysql://consultant@office/mentoring", "check")
    assert code == 2 and "SQLite files and PostgreSQL servers" in err and "mysql://" in err
    # No server listens on port 1; without the driver installed, that is what is said.
    url = "postgresql+psycopg://consultant:s3cret@127.0.0.1:1/mentoring"
    code, _, err = run(capsys, "--db", url, "list", "organisations")
    assert code == 1 and "Traceback" not in err
    assert "could not open the database server postgresql+psycopg://consultant:***@" in err
    assert "s3cret" not in err


def test_a_backup_into_a_folder_or_an_impossible_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "office.sqlite3"
    run(capsys, "--db", str(db), "new", "organisation", "Acme")
    folder = tmp_path / "usb stick"
    folder.mkdir()
    code, out, err = run(capsys, "--db", str(db), "backup", "--out", str(folder))
    assert code == 0, err
    (written,) = folder.iterdir()
    assert written.name.startswith("office-") and written.suffix == ".sqlite3"
    assert str(written) in out

    note = tmp_path / "notes.txt"
    note.write_text("not a folder")
    code, _, err = run(capsys, "--db", str(db), "backup", "--out", str(note / "b.sqlite3"))
    assert code == 1 and str(note) in err and "Traceback" not in err


def test_the_installed_command_runs_as_a_process(tmp_path: Path) -> None:
    db = tmp_path / "proc.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--db", str(db), "list", "organisations"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "There is no database" in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "mentordesk", "check", "--bogus"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2


def test_the_print_help_names_every_material() -> None:
    from mentordesk.cli import MATERIAL_NAMES
    from mentordesk.services.materials import MATERIALS

    assert sorted(MATERIAL_NAMES.split(", ")) == sorted(MATERIALS)
