"""Backups: complete and checked, found again, thinned, and restored without loss."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentordesk.cli import main
from mentordesk.config import DatabaseTarget
from mentordesk.store import backup
from mentordesk.store.backup import (
    BackupInfo,
    backup_dir,
    backups_to_delete,
    list_backups,
    make_backup,
    restore_backup,
    thin_backups,
)
from mentordesk.store.database import Database, open_database
from mentordesk.store.errors import DatabaseTooNew, NotADatabase
from mentordesk.store.migrations import HEAD
from mentordesk.store.models import Organisation, Person, Programme

Dump = dict[str, list[tuple[object, ...]]]


def rows_of(path: Path) -> Dump:
    """Every row of every table of a closed database file, read without writing."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def add_organisations(db: Database, names: list[str], people: int = 3) -> None:
    with db.unit_of_work() as session:
        for name in names:
            org = Organisation(name=name)
            session.add(org)
            session.flush()
            for i in range(people):
                session.add(
                    Person(organisation_id=org.id, first_name=f"P{i}", email=f"p{i}@{name}.dk")
                )
            session.add(Programme(organisation_id=org.id, name=f"{name} leaders"))


def organisation_names(path: Path) -> list[str]:
    return [r[1] for r in rows_of(path)["organisation"]]


def stray_files(directory: Path) -> list[str]:
    return sorted(
        p.name for p in directory.rglob("*") if p.name.startswith((".partial-", ".restoring-"))
    )


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A closed database with three organisations, their people and programmes."""
    path = tmp_path / "office.sqlite3"
    db = open_database(DatabaseTarget(path=path))
    add_organisations(db, ["alpha", "beta", "gamma"])
    db.close()
    return path


# --- making a backup ------------------------------------------------------------------------


def test_a_backup_is_a_checked_self_contained_copy_with_every_row(office: Path) -> None:
    made = make_backup(office, now=datetime(2025, 3, 4, 5, 6, 7))

    assert made == backup_dir(office) / "office-20250304-050607-manual.sqlite3"
    assert rows_of(made) == rows_of(office)
    with closing(sqlite3.connect(f"{made.as_uri()}?immutable=1", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
    assert [p.name for p in backup_dir(office).iterdir()] == [made.name]
    assert stray_files(office.parent) == []


def test_a_backup_of_an_open_database_has_the_rows_still_in_its_write_ahead_log(
    office: Path,
) -> None:
    db = open_database(DatabaseTarget(path=office))
    try:
        add_organisations(db, [f"wal{i}" for i in range(15)])
        wal = Path(f"{office}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        # The rows are committed but still only in the log: a file copy would miss them.
        plain_copy = office.with_name("plain-copy.sqlite3")
        shutil.copyfile(office, plain_copy)
        assert "wal14" not in organisation_names(plain_copy)

        # A transaction in progress on another connection: neither blocks the backup
        # nor appears in it.
        with db.unit_of_work() as session:
            session.add(Organisation(name="uncommitted"))
            session.flush()
            made = make_backup(office, reason="auto")
            session.rollback()
    finally:
        db.close()

    names = organisation_names(made)
    assert names == ["alpha", "beta", "gamma", *(f"wal{i}" for i in range(15))]
    assert len(rows_of(made)["person"]) == 18 * 3
    assert backup.inspect_file(made).ok


def test_a_backup_that_fails_its_check_is_never_put_in_place(
    office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bad_copy(source: Path, destination: Path) -> None:
        destination.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)

    monkeypatch.setattr(backup, "copy_database", bad_copy)
    with pytest.raises(backup.StoreError, match="did not pass its check"):
        make_backup(office)
    assert list(backup_dir(office).iterdir()) == []


def test_backing_up_a_missing_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(backup.StoreError, match="There is no database at"):
        make_backup(tmp_path / "nothing.sqlite3")
    assert list(tmp_path.iterdir()) == []


# --- finding backups ------------------------------------------------------------------------


def test_list_backups_newest_first_ignoring_other_files(office: Path) -> None:
    stamps = [
        (datetime(2025, 1, 2, 8, 0, 0), "auto"),
        (datetime(2024, 12, 31, 23, 59, 59), "close"),
        (datetime(2025, 2, 1, 12, 0, 0), "auto"),
        (datetime(2025, 2, 1, 12, 0, 0), "auto"),  # the same second: a counter
        (datetime(2025, 2, 1, 12, 0, 0), "auto"),
        (datetime(2025, 1, 15, 7, 30, 0), "manual"),
    ]
    made = [make_backup(office, reason=r, now=when) for when, r in stamps]
    directory = backup_dir(office)
    (directory / "notes.txt").write_text("not a backup")
    (directory / ".partial-abc.sqlite3").write_bytes(b"")
    (directory / "other-20250301-000000-manual.sqlite3").write_bytes(b"")

    found = list_backups(office)

    assert [(b.created, b.reason) for b in found] == [
        (datetime(2025, 2, 1, 12, 0, 0), "auto"),
        (datetime(2025, 2, 1, 12, 0, 0), "auto"),
        (datetime(2025, 2, 1, 12, 0, 0), "auto"),
        (datetime(2025, 1, 15, 7, 30, 0), "manual"),
        (datetime(2025, 1, 2, 8, 0, 0), "auto"),
        (datetime(2024, 12, 31, 23, 59, 59), "close"),
    ]
    assert [p.name for p in made[2:5]] == [
        "office-20250201-120000-auto.sqlite3",
        "office-20250201-120000-1-auto.sqlite3",
        "office-20250201-120000-2-auto.sqlite3",
    ]
    # Of backups made within one second, the one written last comes first.
    assert [b.path for b in found[:3]] == [made[4], made[3], made[2]]
    assert [b.path for b in found] == [made[4], made[3], made[2], made[5], made[0], made[1]]
    assert all(b.size == b.path.stat().st_size > 0 for b in found)
    assert list_backups(office.with_name("never.sqlite3")) == []


# --- thinning -------------------------------------------------------------------------------


def infos(times: list[datetime]) -> list[BackupInfo]:
    return [BackupInfo(Path(f"b-{t:%Y%m%d-%H%M%S}-auto.sqlite3"), t, "auto", 1) for t in times]


def kept_times(backups: list[BackupInfo], now: datetime) -> set[datetime]:
    doomed = {b.path for b in backups_to_delete(backups, now)}
    return {b.created for b in backups if b.path not in doomed}


def test_thinning_keeps_everything_while_there_are_few(tmp_path: Path) -> None:
    now = datetime(2025, 6, 15, 13, 0)
    times = [now - timedelta(days=400 * i) for i in range(10)]  # ten, over eleven years
    assert backups_to_delete(infos(times), now) == []
    assert backups_to_delete([], now) == []


def test_thinning_hourly_backups_keeps_ten_newest_and_the_last_of_each_day() -> None:
    now = datetime(2025, 6, 15, 13, 0)
    times = [now - timedelta(hours=h) for h in range(1, 73)]  # 72 hourly backups
    kept = kept_times(infos(times), now)
    ten_newest = set(sorted(times, reverse=True)[:10])
    last_of_day = {max(t for t in times if t.date() == d) for d in {t.date() for t in times}}
    assert kept == ten_newest | last_of_day
    assert len(kept) == 10 + 3  # 12:00 today is among the ten; 23:00 of three days
    assert datetime(2025, 6, 14, 23, 0) in kept and datetime(2025, 6, 14, 22, 0) not in kept


def test_thinning_daily_backups_over_years() -> None:
    """Daily at noon for 800 days; `now` is Sunday 15 June 2025, 13:00."""
    now = datetime(2025, 6, 15, 13, 0)
    assert now.isoweekday() == 7
    days = [now.date() - timedelta(days=k) for k in range(800)]
    times = [datetime.combine(d, datetime.min.time()) + timedelta(hours=12) for d in days]

    kept = {t.date() for t in kept_times(infos(times), now)}

    last_14_days = set(days[:14])  # also covers the ten newest
    sundays_of_8_weeks = {d for d in days[:56] if d.isoweekday() == 7}
    month_ends_of_24_months = {d for d in days[:744] if (d + timedelta(days=1)).month != d.month}
    expected = last_14_days | sundays_of_8_weeks | month_ends_of_24_months
    assert kept == expected
    assert len(sundays_of_8_weeks) == 8 and len(month_ends_of_24_months) == 24
    # Spot checks a consultant can follow.
    assert date(2025, 6, 1) in kept  # 14 days back: a Sunday, so kept as a weekly
    assert date(2025, 6, 2) in kept and date(2025, 5, 31) in kept  # a daily; a monthly
    assert date(2025, 5, 30) not in kept
    assert date(2023, 6, 30) in kept  # the oldest monthly within 24 months
    assert date(2023, 5, 31) not in kept  # beyond 24 months
    assert min(kept) == date(2023, 6, 30)


def test_thinning_keeps_the_newest_backup_of_a_day_not_the_first() -> None:
    now = datetime(2025, 6, 15, 13, 0)
    recent = [now - timedelta(minutes=m) for m in range(1, 11)]  # the ten newest
    old_day = [datetime(2025, 6, 1, h, 0) for h in (8, 12, 17)]
    kept = kept_times(infos(recent + old_day), now)
    assert kept == set(recent) | {datetime(2025, 6, 1, 17, 0)}


def test_thin_backups_deletes_exactly_the_files_it_names(office: Path) -> None:
    now = datetime(2025, 6, 15, 13, 0)
    for h in range(1, 16):
        make_backup(office, reason="auto", now=now - timedelta(hours=h))
    before = {b.path for b in list_backups(office)}

    deleted = thin_backups(office, now=now)

    after = {b.path for b in list_backups(office)}
    assert len(before) == 15 and len(after) == 10 + 1  # ten newest + last of yesterday
    assert set(deleted) == before - after
    assert not any(p.exists() for p in deleted)


# --- restoring ------------------------------------------------------------------------------


def test_restore_backs_up_the_current_file_first_then_replaces_it(office: Path) -> None:
    saved = make_backup(office, now=datetime(2025, 1, 1, 9, 0))
    saved_rows = rows_of(saved)
    db = open_database(DatabaseTarget(path=office))
    add_organisations(db, ["delta"])
    db.close()
    current_rows = rows_of(office)
    assert current_rows != saved_rows

    kept = restore_backup(office, saved)

    assert kept is not None and kept.parent == backup_dir(office)
    assert [b.reason for b in list_backups(office) if b.path == kept] == ["pre-restore"]
    assert rows_of(kept) == current_rows  # nothing of the replaced state is lost
    assert rows_of(office) == saved_rows
    assert [p.name for p in office.parent.iterdir() if p.name.startswith("office.sqlite3-")] == [
        "office.sqlite3-backups"
    ]
    assert stray_files(office.parent) == []
    db = open_database(DatabaseTarget(path=office))
    try:
        with db.unit_of_work() as session:
            assert session.scalar(select(func.count()).select_from(Organisation)) == 3
    finally:
        db.close()


def test_restoring_from_a_copied_database_file_writes_nothing_beside_it(
    office: Path, tmp_path: Path
) -> None:
    """A database file copied by hand (a closed one, in WAL mode) is a backup too; reading
    it must not leave -wal and -shm files on the consultant's stick."""
    stick = tmp_path / "stick"
    stick.mkdir()
    copied = Path(shutil.copy2(office, stick / "office copy.sqlite3"))
    db = open_database(DatabaseTarget(path=office))
    add_organisations(db, ["delta"])
    db.close()

    restore_backup(office, copied)

    assert sorted(p.name for p in stick.iterdir()) == ["office copy.sqlite3"]
    assert organisation_names(office) == organisation_names(copied)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_restore_keeps_rows_a_crashed_session_left_in_the_log(office: Path) -> None:
    saved = make_backup(office)
    read_fd, write_fd = os.pipe()
    alive_r, alive_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child: commit, report, wait to be killed
        try:
            os.close(alive_w)
            db = open_database(DatabaseTarget(path=office))
            add_organisations(db, ["only-in-the-log"])
            os.write(write_fd, b"committed\n")
            os.read(alive_r, 1)  # until killed, or until the test process is gone
        finally:
            os._exit(1)
    os.close(write_fd)
    os.close(alive_r)
    try:
        assert os.read(read_fd, 100) == b"committed\n"
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_fd)
        os.close(alive_w)
    assert Path(f"{office}-wal").stat().st_size > 0

    kept = restore_backup(office, saved)

    assert kept is not None and "only-in-the-log" in organisation_names(kept)
    assert "only-in-the-log" not in organisation_names(office)
    assert not Path(f"{office}-wal").exists() and not Path(f"{office}-shm").exists()


def test_restoring_over_a_damaged_file_moves_it_aside_untouched(office: Path) -> None:
    saved = make_backup(office)
    with office.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xa5" * 4096)
    damaged_print = fingerprint(office)[0]

    moved = restore_backup(office, saved)

    assert moved is not None and moved.name.startswith("office.sqlite3.damaged-")
    assert fingerprint(moved)[0] == damaged_print
    assert rows_of(office) == rows_of(saved)
    assert [b.path for b in list_backups(office)] == [saved]  # a damaged file is not backed up


def test_two_damaged_files_moved_aside_within_one_second_are_both_kept(
    office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> FrozenClock:  # type: ignore[override]
            return cls(2025, 1, 1, 9, 0, 0)

    monkeypatch.setattr(backup, "datetime", FrozenClock)
    saved = make_backup(office)
    moved = []
    for damage in (b"\xa5", b"\x5a"):
        with office.open("r+b") as handle:
            handle.seek(4096 * 2)
            handle.write(damage * 4096)
        damaged_print = fingerprint(office)[0]
        kept = restore_backup(office, saved)
        assert kept is not None and fingerprint(kept)[0] == damaged_print
        moved.append(kept)
    assert moved[0] != moved[1]
    assert all(p.exists() for p in moved)


@pytest.mark.parametrize("kind", ["text file", "damaged backup", "newer version"])
def test_restoring_from_something_that_is_not_a_good_backup_changes_nothing(
    office: Path, kind: str
) -> None:
    source = office.parent / "source.sqlite3"
    if kind == "text file":
        source.write_text("name,email\nAda,ada@example.com\n")
        expected_error: type[Exception] = NotADatabase
    elif kind == "damaged backup":
        shutil.copyfile(make_backup(office), source)
        with source.open("r+b") as handle:
            handle.seek(4096)
            handle.write(b"\xa5" * 4096)
        expected_error = NotADatabase
    else:
        shutil.copyfile(make_backup(office), source)
        with closing(sqlite3.connect(source)) as conn, conn:
            conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
        expected_error = DatabaseTooNew
    backups = list_backups(office)
    before, source_before = fingerprint(office), fingerprint(source)

    with pytest.raises(expected_error) as refused:
        restore_backup(office, source)

    assert str(source) in str(refused.value)
    assert fingerprint(office) == before and fingerprint(source) == source_before
    assert list_backups(office) == backups
    assert stray_files(office.parent) == []


# --- the command line -----------------------------------------------------------------------


def test_cli_backup_to_a_chosen_file(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "usb" / "copy.sqlite3"
    assert main(["--db", str(office), "backup", "--out", str(out)]) == 0
    stdout, _ = capsys.readouterr()
    assert stdout.strip() == f"Backup written: {out}"
    assert rows_of(out) == rows_of(office)
    assert list_backups(office) == []  # --out writes only where asked


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_cli_backup_over_the_database_itself_is_refused(
    office: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    before = fingerprint(office)
    out = office.parent / "." / f"{office.name}{suffix}"
    assert main(["--db", str(office), "backup", "--out", str(out)]) == 1
    assert "cannot be written over the database itself" in capsys.readouterr().err
    assert fingerprint(office) == before
    assert rows_of(office)["organisation"]


def test_cli_backup_into_the_backup_folder(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(office), "backup"]) == 0
    (made,) = list_backups(office)
    assert made.reason == "manual"
    assert capsys.readouterr().out.strip() == f"Backup written: {made.path}"


def test_cli_backup_of_a_missing_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert main(["--db", str(missing), "backup"]) == 1
    assert "There is no database at" in capsys.readouterr().err
    assert not missing.exists()


def test_cli_restore(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = make_backup(office, now=datetime(2025, 1, 1, 9, 0))
    db = open_database(DatabaseTarget(path=office))
    add_organisations(db, ["delta"])
    db.close()

    assert main(["--db", str(office), "restore", str(saved)]) == 0

    out = capsys.readouterr().out.splitlines()
    pre_restore = next(b for b in list_backups(office) if b.reason == "pre-restore")
    assert out == [
        f"Restored {office} from {saved}.",
        f"The state before the restore is kept in {pre_restore.path}.",
    ]
    assert organisation_names(office) == ["alpha", "beta", "gamma"]
    assert "delta" in organisation_names(pre_restore.path)


@pytest.mark.parametrize("source", ["notes.txt", "does-not-exist.sqlite3"])
def test_cli_restore_refuses_a_bad_source_and_changes_nothing(
    office: Path, capsys: pytest.CaptureFixture[str], source: str
) -> None:
    path = office.parent / source
    if source.endswith(".txt"):
        path.write_text("hello\n")
    before = fingerprint(office)

    assert main(["--db", str(office), "restore", str(path)]) == 1

    err = capsys.readouterr().err
    assert err.startswith("mentordesk: ") and str(path) in err
    assert "Traceback" not in err
    assert fingerprint(office) == before
    assert list_backups(office) == []
