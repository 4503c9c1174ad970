"""Keeping a database healthy: check, back up, restore, and when to back up by itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from mentordesk.config import DatabaseTarget
from mentordesk.services.errors import InputRefused
from mentordesk.store import backup
from mentordesk.store.database import Database
from mentordesk.store.lock import DatabaseLock
from mentordesk.store.models import (
    FollowUp,
    Interview,
    Organisation,
    Pairing,
    Participant,
    Person,
    Programme,
)

AUTO_BACKUP_INTERVAL = timedelta(minutes=30)

# (plural, singular, model): what the check report counts.
_COUNTED = (
    ("organisations", "organisation", Organisation),
    ("people", "person", Person),
    ("programmes", "programme", Programme),
    ("participants", "participant", Participant),
    ("pairings", "pairing", Pairing),
    ("interviews", "interview", Interview),
    ("follow-ups", "follow-up", FollowUp),
)
_SINGULAR = {plural: singular for plural, singular, _ in _COUNTED}


@dataclass(frozen=True)
class CheckReport:
    database: str
    problems: list[str]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        held = ", ".join(
            f"{n} {what if n != 1 else _SINGULAR.get(what, what)}"
            for what, n in self.counts.items()
        )
        if self.healthy:
            return f"The database {self.database} is healthy. It holds {held}."
        listed = "\n".join(f"- {p}" for p in self.problems[:20])
        more = f"\n… and {len(self.problems) - 20} more." if len(self.problems) > 20 else ""
        return (
            f"The database {self.database} has {len(self.problems)} problem(s):\n{listed}{more}\n"
            "Restore the newest good backup ('Restore from backup…' or `mentordesk restore`)."
        )


def check_database(db: Database) -> CheckReport:
    """Full integrity check and foreign-key check, with what the database holds."""
    problems: list[str] = []
    with db.unit_of_work() as session:
        if db.target.is_sqlite:
            conn = session.connection()
            problems += [
                str(row[0])
                for row in conn.exec_driver_sql("PRAGMA integrity_check")
                if row[0] != "ok"
            ]
            for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"row {rowid} of {table} refers to a missing {parent}")
        counts = {
            what: session.scalar(select(func.count()).select_from(model)) or 0
            for what, _, model in _COUNTED
        }
    return CheckReport(db.target.display_name(), problems, counts)


def back_up(db: Database, *, out: Path | None = None, reason: str = "manual") -> Path:
    """A checked backup of the open database; thinned afterwards."""
    if db.path is None:
        raise InputRefused("Backups of a shared server are made on the server.")
    made = backup.make_backup(db.path, reason=reason, out=out)
    if out is None:
        backup.thin_backups(db.path)
    return made


def restore(target: DatabaseTarget, source: Path) -> Path | None:
    """Replace the database with a backup; the current file is backed up first.

    The database must not be open: the caller closed its own connections, and the lock
    keeps any other MentorDesk out while the file is replaced.
    """
    if target.path is None:
        raise InputRefused("Restore a shared server with the server's own tools.")
    if not source.is_file():
        raise InputRefused(f"There is no backup file at {source}.", field="FILE")
    with DatabaseLock(target.path):
        return backup.restore_backup(target.path, source)


@dataclass
class AutoBackupPolicy:
    """Decides when the open database deserves an automatic backup.

    Every 30 minutes while changed; on close when anything changed since the last one.
    """

    db: Database
    last_backup_at: datetime = field(default_factory=datetime.now)
    generation_at_last_backup: int = 0

    def changed(self) -> bool:
        return self.db.generation != self.generation_at_last_backup

    def due(self, now: datetime | None = None) -> bool:
        now = now or datetime.now()
        return self.changed() and now - self.last_backup_at >= AUTO_BACKUP_INTERVAL

    def record(self, generation: int, now: datetime | None = None) -> None:
        self.generation_at_last_backup = generation
        self.last_backup_at = now or datetime.now()
