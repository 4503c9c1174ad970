"""Looking at a SQLite file without writing to it.

Everything here opens the file read-only (`mode=ro`), so a damaged or foreign file is
inspected without a single byte changing. A file that no connection has open (no -wal,
-shm or -journal beside it) is read as `immutable`: a read-only connection to a WAL-mode
file would otherwise create, and leave behind, empty -wal and -shm files next to it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class FileHealth:
    """What a read-only look at a database file found."""

    ok: bool
    is_sqlite: bool
    detail: str
    revision: str | None
    table_count: int


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def inspect_file(path: Path) -> FileHealth:
    """Quick-check a database file read-only and read its schema revision."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        return FileHealth(False, False, "the file is not a SQLite database", None, 0)
    if not header:
        return FileHealth(True, True, "empty file", None, 0)
    if not _has_side_files(path):
        # Nothing in a log to read: the file alone is the whole database. Reading it as
        # immutable creates nothing beside it. Should another process open it meanwhile
        # (its side files appear, or the file changes), look again the ordinary way.
        before = _stamp(path)
        health = _check(f"{path.resolve().as_uri()}?immutable=1")
        if not _has_side_files(path) and _stamp(path) == before:
            return health
    return _check(f"{path.resolve().as_uri()}?mode=ro")


def _has_side_files(path: Path) -> bool:
    return any(Path(str(path) + suffix).exists() for suffix in SIDE_FILE_SUFFIXES)


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _check(uri: str) -> FileHealth:
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            problems = [r[0] for r in rows if r[0] != "ok"]
            if problems:
                return FileHealth(False, True, "; ".join(problems[:3]), None, 0)
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            return FileHealth(True, True, "ok", revision, len(tables))
    except sqlite3.DatabaseError as exc:
        return FileHealth(False, True, str(exc), None, 0)


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
    with closing(connect_read_only(source)) as src, closing(sqlite3.connect(destination)) as dst:
        src.backup(dst)
        # The copy is a self-contained file: no WAL beside it.
        dst.execute("PRAGMA journal_mode=DELETE")
