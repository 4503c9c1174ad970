"""Looking at a SQLite file without writing to it.

Everything here opens the file read-only, so a damaged or foreign file is inspected,
and a backup read, without a single byte changing: see `_read`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")
T = TypeVar("T")


@dataclass(frozen=True)
class FileHealth:
    """What a read-only look at a database file found."""

    ok: bool
    is_sqlite: bool
    detail: str
    revision: str | None
    table_count: int


def inspect_file(path: Path) -> FileHealth:
    """Quick-check a database file read-only and read its schema revision."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        return FileHealth(False, False, "the file is not a SQLite database", None, 0)
    if not header:
        return FileHealth(True, True, "empty file", None, 0)
    try:
        return _read(path, _health)
    except sqlite3.DatabaseError as exc:
        return FileHealth(False, True, str(exc), None, 0)


def _read(path: Path, work: Callable[[sqlite3.Connection], T]) -> T:
    """`work` done on a read-only connection to `path`.

    A file that no connection has open is the whole database by itself, and is read as
    immutable: that creates nothing beside it, and works on a read-only drive, where
    `mode=ro` fails for a WAL-mode file. Should another process open the file meanwhile
    (its side files appear, or it changes), the work is done again the ordinary way.
    """
    uri = path.resolve().as_uri()
    if not _has_side_files(path):
        before = _stamp(path)
        with closing(sqlite3.connect(f"{uri}?immutable=1", uri=True)) as conn:
            result = work(conn)
        if not _has_side_files(path) and _stamp(path) == before:
            return result
    with closing(sqlite3.connect(f"{uri}?mode=ro", uri=True)) as conn:
        return work(conn)


def _has_side_files(path: Path) -> bool:
    return any(Path(str(path) + suffix).exists() for suffix in SIDE_FILE_SUFFIXES)


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _health(conn: sqlite3.Connection) -> FileHealth:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        return FileHealth(False, True, "; ".join(problems[:3]), None, 0)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return FileHealth(True, True, "ok", revision, len(tables))


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """Full integrity and foreign-key check; an empty list means healthy."""
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"row {rowid} of table {table} refers to a missing row of {parent}")
    return problems


def copy_database(source: Path, destination: Path) -> None:
    """Copy a (possibly live) database with SQLite's online backup API.

    A plain file copy would miss committed rows still in the write-ahead log.
    """
    with closing(sqlite3.connect(destination)) as dst:
        _read(source, lambda src: src.backup(dst))
        # The copy is a self-contained file: no WAL beside it.
        dst.execute("PRAGMA journal_mode=DELETE")
