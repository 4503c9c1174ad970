"""Why a database could not be opened, in words a consultant understands."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A database problem whose message is meant for the user."""


class DatabaseDamaged(StoreError):
    def __init__(self, path: Path, detail: str, newest_backup: Path | None) -> None:
        self.path = path
        self.detail = detail
        self.newest_backup = newest_backup
        advice = (
            f"The newest good backup is {newest_backup}; restore it with "
            "'Restore from backup…' or `mentordesk restore FILE`."
            if newest_backup
            else "No good backup of it was found."
        )
        super().__init__(
            f"The database {path} is damaged and was not opened; nothing was written to it. "
            f"({detail}) {advice}"
        )


class DatabaseTooNew(StoreError):
    def __init__(self, path: Path | str, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"The database {path} was written by a newer MentorDesk (schema {revision}) and "
            "this version cannot read it safely. Install the newest MentorDesk to open it."
        )


class DatabaseLocked(StoreError):
    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        super().__init__(
            f"MentorDesk is already open on {path}{f' ({holder})' if holder else ''}. "
            "Close it there first; one MentorDesk at a time may use a database file."
        )


class DatabaseReadOnly(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(
            f"MentorDesk cannot write to {path} ({reason}); nothing was changed. It writes "
            "to the database and beside it (its lock and journal), so the folder must be "
            "writable too. Copy the file to a folder of yours and open the copy."
        )


class ServerUnavailable(StoreError):
    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"MentorDesk could not open the database server {name}: {detail}")


class NotADatabase(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(f"{path} is not a MentorDesk database ({detail}). Choose another file.")


class MigrationFailed(StoreError):
    def __init__(self, path: Path | str, detail: str, backup: Path | None) -> None:
        super().__init__(
            f"Updating the database {path} to this version failed and was rolled back; "
            f"the file is as it was. ({detail})"
            + (f" A backup was made first: {backup}." if backup else "")
        )
