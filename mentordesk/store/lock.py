"""One running MentorDesk per database file.

An OS-level lock on `NAME.sqlite3.lock`: the operating system releases it when the
process ends, however it ends, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import errno
from pathlib import Path

from filelock import FileLock, Timeout

from mentordesk.store.errors import DatabaseLocked, DatabaseReadOnly


class DatabaseLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lock = FileLock(str(db_path) + ".lock", timeout=0, is_singleton=False)

    def acquire(self) -> None:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            raise DatabaseLocked(self.db_path, "another MentorDesk window or command") from None
        except PermissionError:
            raise DatabaseReadOnly(self.db_path, "its folder is read-only") from None
        except OSError as exc:
            if exc.errno != errno.EROFS:
                raise
            raise DatabaseReadOnly(self.db_path, "it is on a read-only drive") from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
