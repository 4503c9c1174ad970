"""Backups of a SQLite database file: made safely, found again, thinned, restored.

Backups of `NAME.sqlite3` live beside it in `NAME.sqlite3-backups/`, one file each, named
`NAME-YYYYMMDD-HHMMSS-REASON.sqlite3`. A backup is written to a temporary file with SQLite's
online backup API, quick-checked, then renamed into place, so a half-written backup never
looks like a good one.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from mentordesk.store.errors import NotADatabase, StoreError
from mentordesk.store.migrations import KNOWN_REVISIONS
from mentordesk.store.sqlite_file import copy_database, inspect_file

REASONS = ("manual", "auto", "close", "pre-migration", "pre-restore")
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<counter>\d+))?-(?P<reason>[a-z-]+)\.sqlite3$"
)

# How many of each kind thinning keeps: every backup of the last KEEP_RECENT, then the
# newest of each day, week and month going back this far.
KEEP_RECENT = 10
KEEP_DAYS = 14
KEEP_WEEKS = 8
KEEP_MONTHS = 24


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-backups")


def make_backup(
    db_path: Path, reason: str = "manual", *, out: Path | None = None, now: datetime | None = None
) -> Path:
    """Write a checked backup of `db_path`; return its path."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not db_path.exists():
        raise StoreError(f"There is no database at {db_path} to back up.")
    if out is not None and _same_file(out, db_path):
        raise StoreError(
            f"A backup cannot be written over the database itself ({db_path}); choose another file."
        )
    now = now or datetime.now()
    if out is None:
        directory = backup_dir(db_path)
        directory.mkdir(parents=True, exist_ok=True)
        out = _free_name(directory, db_path.stem, now, reason)
    elif out.is_dir():  # into that folder, named as the automatic backups are
        out = _free_name(out, db_path.stem, now, reason)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".partial-", suffix=".sqlite3", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        copy_database(db_path, temp)
        health = inspect_file(temp)
        if not health.ok:
            raise StoreError(f"The backup of {db_path} did not pass its check: {health.detail}.")
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return out


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file, or one names the other's WAL or journal."""
    a, b = a.resolve(), b.resolve()
    return a == b or any(a == Path(f"{b}{suffix}") for suffix in ("-wal", "-shm", "-journal"))


def _free_name(directory: Path, stem: str, now: datetime, reason: str) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate = directory / f"{stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while candidate.exists():
        candidate = directory / f"{stem}-{stamp}-{counter}-{reason}.sqlite3"
        counter += 1
    return candidate


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of a database, newest first."""
    directory = backup_dir(db_path)
    if not directory.is_dir():
        return []
    found: list[tuple[int, BackupInfo]] = []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != db_path.stem:
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        counter = int(match["counter"] or 0)
        found.append((counter, BackupInfo(path, created, match["reason"], path.stat().st_size)))
    # Within one second, a higher counter was written later.
    found.sort(key=lambda cb: (cb[1].created, cb[0], cb[1].path.name), reverse=True)
    return [info for _, info in found]


def newest_good_backup(db_path: Path) -> Path | None:
    for info in list_backups(db_path):
        if inspect_file(info.path).ok:
            return info.path
    return None


def backups_to_delete(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """Thin backups to recent ones plus dailies, weeklies and monthlies."""
    ordered = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = {b.path for b in ordered[:KEEP_RECENT]}
    buckets = (
        (timedelta(days=KEEP_DAYS), lambda d: d.date()),
        (timedelta(weeks=KEEP_WEEKS), lambda d: tuple(d.isocalendar())[:2]),
        (timedelta(days=31 * KEEP_MONTHS), lambda d: (d.year, d.month)),
    )
    for horizon, bucket_of in buckets:
        seen: set[object] = set()
        for b in ordered:  # newest first: the first seen in a bucket is kept
            if now - b.created > horizon:
                continue
            bucket = bucket_of(b.created)
            if bucket not in seen:
                seen.add(bucket)
                keep.add(b.path)
    return [b for b in ordered if b.path not in keep]


def thin_backups(db_path: Path, now: datetime | None = None) -> list[Path]:
    doomed = backups_to_delete(list_backups(db_path), now or datetime.now())
    for info in doomed:
        info.path.unlink(missing_ok=True)
    return [info.path for info in doomed]


def restore_backup(db_path: Path, source: Path) -> Path | None:
    """Replace `db_path` with the backup `source`.

    The current file is backed up first when it is healthy, or moved aside untouched when
    it is damaged. The caller holds the database lock and has closed every connection.
    Returns the safety backup (or the moved-aside damaged file).
    """
    health = inspect_file(source)
    if not health.is_sqlite or not health.ok:
        raise NotADatabase(source, health.detail)
    if health.revision is not None and health.revision not in KNOWN_REVISIONS:
        from mentordesk.store.errors import DatabaseTooNew

        raise DatabaseTooNew(source, health.revision)
    if health.table_count and health.revision is None:
        raise NotADatabase(source, "it holds no MentorDesk schema revision")

    db_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=".restoring-", suffix=".sqlite3", dir=db_path.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        copy_database(source, temp)
        if not inspect_file(temp).ok:
            raise StoreError(f"The copy of {source} did not pass its check; nothing was changed.")
        kept: Path | None = None
        if db_path.exists():
            if inspect_file(db_path).ok:
                kept = make_backup(db_path, reason="pre-restore")
                _checkpoint(db_path)
            else:
                kept = _move_aside(db_path)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(temp, db_path)
        return kept
    finally:
        temp.unlink(missing_ok=True)


def _checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the file so nothing is left beside it."""
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _move_aside(db_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    counter = 1
    while any(Path(f"{damaged}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        damaged = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{counter}")
        counter += 1
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            os.replace(part, Path(str(damaged) + suffix))
    return damaged
