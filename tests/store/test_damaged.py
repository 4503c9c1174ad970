"""A damaged or foreign file is refused in plain words and never written to."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.config import DatabaseTarget
from mentordesk.store.backup import make_backup
from mentordesk.store.database import open_database
from mentordesk.store.errors import DatabaseDamaged, NotADatabase
from mentordesk.store.models import Organisation, Person

PAGE = 4096


def fingerprint(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime_ns


def neighbours(path: Path) -> list[str]:
    """The files beside the database that share its name (WAL, shared memory, journal)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def write_good_database(path: Path) -> None:
    db = open_database(DatabaseTarget(path=path))
    try:
        with db.unit_of_work() as session:
            for o in range(3):
                org = Organisation(name=f"Organisation {o}")
                session.add(org)
                session.flush()
                for p in range(300):
                    session.add(
                        Person(
                            organisation_id=org.id,
                            first_name=f"First{p}",
                            last_name=f"Last{o}",
                            email=f"person{p}@org{o}.example",
                            department="Department of things",
                        )
                    )
    finally:
        db.close()


def overwrite(offset: int, data: bytes) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with path.open("r+b") as handle:
            handle.seek(offset)
            handle.write(data)

    return damage


def overwrite_middle_page(path: Path) -> None:
    pages = path.stat().st_size // PAGE
    overwrite((pages // 2) * PAGE, b"\xa5" * PAGE)(path)


def overwrite_root_page_of_person(path: Path) -> None:
    with closing(sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'person'"
        ).fetchone()
    overwrite((root - 1) * PAGE, b"\xff" * 64)(path)


def truncate_to_half(path: Path) -> None:
    pages = path.stat().st_size // PAGE
    os.truncate(path, (pages // 2) * PAGE)


DAMAGES = {
    "schema page": overwrite(100, b"\x00\xff" * 1900),
    "data page in the middle": overwrite_middle_page,
    "a table's root page": overwrite_root_page_of_person,
    "truncated": truncate_to_half,
}


@pytest.fixture(scope="module")
def good_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "good.sqlite3"
    write_good_database(path)
    assert path.stat().st_size > 20 * PAGE
    assert neighbours(path) == []
    return path


def damaged_copy(good: Path, directory: Path, damage: Callable[[Path], None]) -> Path:
    path = directory / "office.sqlite3"
    path.write_bytes(good.read_bytes())  # closed: the file is the whole database
    damage(path)
    return path


@pytest.mark.parametrize("how", list(DAMAGES))
def test_a_damaged_file_is_refused_and_left_exactly_as_it_was(
    good_database: Path, tmp_path: Path, how: str
) -> None:
    path = damaged_copy(good_database, tmp_path, DAMAGES[how])
    before = fingerprint(path)

    with pytest.raises(DatabaseDamaged) as refused:
        open_database(DatabaseTarget(path=path))

    message = str(refused.value)
    assert refused.value.path == path
    assert f"The database {path} is damaged" in message
    assert "No good backup of it was found." in message
    assert fingerprint(path) == before
    assert neighbours(path) == [], "nothing may be created beside a damaged file"


def test_a_damaged_file_points_to_the_newest_good_backup(
    good_database: Path, tmp_path: Path
) -> None:
    path = tmp_path / "office.sqlite3"
    path.write_bytes(good_database.read_bytes())
    older = make_backup(path, reason="auto", now=datetime(2025, 5, 1, 9, 0))
    newest_good = make_backup(path, reason="close", now=datetime(2025, 5, 2, 17, 30))
    # An even newer backup that is itself damaged must be passed over.
    damaged_backup = make_backup(path, reason="auto", now=datetime(2025, 5, 3, 8, 0))
    overwrite_middle_page(damaged_backup)
    # Backing up a closed file left an empty log beside it; the app would remove it on
    # its next close. Remove it here, so the test sees anything the refused open creates.
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    overwrite_middle_page(path)
    before = fingerprint(path)
    backups_before = {p: fingerprint(p) for p in (older, newest_good, damaged_backup)}

    with pytest.raises(DatabaseDamaged) as refused:
        open_database(DatabaseTarget(path=path))

    assert refused.value.newest_backup == newest_good
    assert f"The newest good backup is {newest_good}" in str(refused.value)
    assert "mentordesk restore FILE" in str(refused.value)
    assert fingerprint(path) == before
    assert neighbours(path) == ["office.sqlite3-backups"]
    assert {p: fingerprint(p) for p in backups_before} == backups_before


def test_a_text_file_is_not_a_database_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Meeting notes, not a database.\n" * 50)
    before = fingerprint(path)
    with pytest.raises(NotADatabase) as refused:
        open_database(DatabaseTarget(path=path))
    assert str(path) in str(refused.value) and "not a MentorDesk database" in str(refused.value)
    assert fingerprint(path) == before
    assert neighbours(path) == []


def test_another_programs_sqlite_file_is_not_a_database_and_is_left_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    before = fingerprint(path)
    with pytest.raises(NotADatabase) as refused:
        open_database(DatabaseTarget(path=path))
    assert "no MentorDesk schema revision" in str(refused.value)
    assert fingerprint(path) == before
    assert neighbours(path) == []


@pytest.mark.parametrize(
    "argv",
    [["check"], ["list", "organisations"], ["backup"], ["new", "organisation", "Acme"]],
    ids=lambda argv: " ".join(argv),
)
def test_the_command_line_refuses_a_damaged_file_in_plain_words(
    good_database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    path = damaged_copy(good_database, tmp_path, overwrite_middle_page)
    before = fingerprint(path)

    code = main(["--db", str(path), *argv])

    out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith(f"mentordesk: The database {path} is damaged and was not opened")
    assert "Traceback" not in err and out == ""
    assert fingerprint(path) == before
    assert [n for n in neighbours(path) if not n.endswith(".lock")] == []


def test_the_command_line_refuses_a_text_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n")
    before = fingerprint(path)
    assert main(["--db", str(path), "check"]) == 1
    _, err = capsys.readouterr()
    assert err.startswith(f"mentordesk: {path} is not a MentorDesk database")
    assert fingerprint(path) == before
