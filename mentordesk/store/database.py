"""Opening a MentorDesk database safely, and the unit of work on it.

The open sequence (DESIGN.md, Storage): a read-only quick_check; refuse a schema revision
this version does not know; back up before a migration; migrate with foreign keys off in
ONE transaction; foreign_key_check; foreign keys back on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.config import DatabaseTarget
from mentordesk.store import backup
from mentordesk.store.errors import (
    DatabaseDamaged,
    DatabaseReadOnly,
    DatabaseTooNew,
    MigrationFailed,
    NotADatabase,
    ServerUnavailable,
)
from mentordesk.store.migrations import HEAD, KNOWN_REVISIONS
from mentordesk.store.sqlite_file import inspect_file

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def make_engine(target: DatabaseTarget, *, foreign_keys: bool = True) -> Engine:
    """An engine with MentorDesk's connection settings.

    For SQLite, pysqlite's own transaction handling is switched off and SQLAlchemy emits
    BEGIN itself (SQLAlchemy's documented recipe): otherwise DDL commits implicitly and a
    failed migration would leave half a schema.
    """
    if not target.is_sqlite:
        try:
            return create_engine(target.sqlalchemy_url(), pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise ServerUnavailable(
                target.display_name(),
                f"this installation has no driver for it ({exc.name} is missing).",
            ) from None
    engine = create_engine(target.sqlalchemy_url(), connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open MentorDesk database: engine, sessions, and a count of committed changes."""

    def __init__(self, target: DatabaseTarget, engine: Engine) -> None:
        self.target = target
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Bumped after every commit that wrote something; the auto-backup compares it.
        self.generation = 0
        event.listen(self._sessions, "after_flush", self._note_write)
        self._pending_write = False
        event.listen(self._sessions, "after_commit", self._note_commit)
        event.listen(self._sessions, "after_rollback", self._note_rollback)

    @property
    def path(self) -> Path | None:
        return self.target.path

    def _note_write(self, _session: Session, _ctx: Any) -> None:
        self._pending_write = True

    def _note_commit(self, _session: Session) -> None:
        if self._pending_write:
            self.generation += 1
        self._pending_write = False

    def _note_rollback(self, _session: Session) -> None:
        self._pending_write = False

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed whole when the block ends, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: DatabaseTarget, *, create: bool = True) -> Database:
    """Open (and create or upgrade) a database, or raise a StoreError saying why not."""
    if target.path is not None:
        _prepare_sqlite_file(target.path, create=create)
    engine = make_engine(target)
    try:
        try:
            revision = _current_revision(engine)
        except OperationalError as exc:
            if target.is_sqlite:
                raise
            reason = str(exc.orig).strip().splitlines()[0].rstrip(".")
            raise ServerUnavailable(
                target.display_name(),
                f"{reason}. Check the address, and that the server runs and lets you in.",
            ) from None
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNew(target.display_name(), revision)
        if revision != HEAD:
            pre_backup = (
                backup.make_backup(target.path, reason="pre-migration")
                if target.path is not None and revision is not None
                else None
            )
            _migrate(target, pre_backup)
    except BaseException:
        engine.dispose()
        raise
    return Database(target, engine)


def _prepare_sqlite_file(path: Path, *, create: bool) -> None:
    if not path.exists():
        if not create:
            raise FileNotFoundError(f"There is no database at {path}.")
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK):
            raise DatabaseReadOnly(path, "its folder is read-only")
        return
    health = inspect_file(path)
    if not health.is_sqlite:
        raise NotADatabase(path, health.detail)
    if not os.access(path, os.W_OK):
        raise DatabaseReadOnly(path, "the file is read-only")
    if not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(path, "its folder is read-only")
    if not health.ok:
        raise DatabaseDamaged(path, health.detail, backup.newest_good_backup(path))
    if health.table_count and health.revision is None:
        raise NotADatabase(path, "it holds tables but no MentorDesk schema revision")
    if health.revision is not None and health.revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(path, health.revision)


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = engine.dialect.has_table(conn, "alembic_version")
        if not has_table:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    return config


def _migrate(target: DatabaseTarget, pre_backup: Path | None) -> None:
    from alembic import command

    # A separate engine whose connections have foreign keys OFF from the start: the pragma
    # is a no-op inside a transaction, and batch migrations rebuild tables, which with
    # foreign keys on would fire ON DELETE CASCADE and silently delete child rows.
    engine = make_engine(target, foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "head")
            if target.is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed(
                        target.display_name(),
                        f"{len(broken)} rows would refer to missing rows",
                        pre_backup,
                    )
    except MigrationFailed:
        raise
    except Exception as exc:
        log.exception("migration failed")
        raise MigrationFailed(target.display_name(), str(exc), pre_backup) from exc
    finally:
        engine.dispose()
