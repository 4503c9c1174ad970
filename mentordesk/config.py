"""Where MentorDesk keeps its files and which database it opens."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from mentordesk import APP_NAME

DB_ENV_VAR = "MENTORDESK_DB"
DEFAULT_DB_NAME = "mentordesk.sqlite3"


def data_dir() -> Path:
    """The per-user folder for the default database and its backups."""
    from platformdirs import user_data_dir  # only when no database was named

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


@dataclass(frozen=True)
class DatabaseTarget:
    """The database to open: a SQLite file, or a server URL for teams."""

    path: Path | None = None
    url: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def sqlalchemy_url(self) -> str:
        if self.path is not None:
            return f"sqlite+pysqlite:///{self.path}"
        assert self.url is not None
        return self.url

    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        assert self.url is not None
        # Never show a password from a server URL.
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def resolve_target(db_option: str | None) -> DatabaseTarget:
    """`--db` wins, then MENTORDESK_DB, then the default file in the user data dir."""
    value = db_option or os.environ.get(DB_ENV_VAR) or ""
    if "://" in value:
        dialect = value.split("://", 1)[0].split("+", 1)[0].lower()
        if dialect not in ("sqlite", "postgresql"):
            raise ValueError(
                f"MentorDesk opens SQLite files and PostgreSQL servers "
                f"(postgresql+psycopg://…); {dialect}:// is neither"
            )
        if dialect == "sqlite":
            from sqlalchemy.engine import make_url

            database = make_url(value).database
            if not database:
                raise ValueError(f"{value!r} names no database file")
            return DatabaseTarget(path=_file_path(Path(database)))
        return DatabaseTarget(url=value)
    if value:
        return DatabaseTarget(path=_file_path(Path(value)))
    return DatabaseTarget(path=default_db_path())


def _file_path(path: Path) -> Path:
    """`path` made absolute, if it can name a database file: not a folder, nor in a file."""
    path = path.expanduser().resolve()
    if path.is_dir():
        raise ValueError(
            f"{path} is a folder; name a database file in it, such as {path / DEFAULT_DB_NAME}"
        )
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                raise ValueError(f"{folder} is a file, so no database can be kept inside it")
            break
    return path
