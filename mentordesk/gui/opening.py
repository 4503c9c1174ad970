"""Opening a database from the GUI: lock it, open it, and say in plain words when it fails.

Used at start-up (nothing open yet) and by File ▸ New database… and Open database….
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.config import DatabaseTarget
from mentordesk.services.errors import InputRefused
from mentordesk.store.database import Database, open_database
from mentordesk.store.errors import DatabaseDamaged, DatabaseLocked, StoreError
from mentordesk.store.lock import DatabaseLock

TITLE_CANNOT_OPEN = "Cannot open the database"


def ask_to_restore(parent: QWidget | None, exc: DatabaseDamaged, *, quitting: bool) -> bool:
    """Tell the user the file is damaged; True when they choose to restore the backup."""
    assert exc.newest_backup is not None
    from mentordesk.store.backup import list_backups

    when = ""
    for info in list_backups(exc.path):
        if info.path == exc.newest_backup:
            when = f" from {info.created.day} {info.created:%B %Y at %H:%M}"
    box = QMessageBox(parent)
    box.setObjectName("damagedDatabaseBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("The database is damaged")
    box.setText(
        f"The database {exc.path.name} is damaged, so MentorDesk did not open it and "
        "wrote nothing to it."
    )
    box.setInformativeText(
        f"You can go back to the newest good backup{when}. The damaged file is kept aside, "
        "untouched, in case you need it later.\n\nRestore the backup now?"
    )
    box.setDetailedText(f"File: {exc.path}\nProblem: {exc.detail}\nBackup: {exc.newest_backup}")
    restore_button = box.addButton("&Restore backup", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Quit" if quitting else "Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return box.clickedButton() is restore_button


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def open_interactively(
    parent: QWidget | None,
    target: DatabaseTarget,
    *,
    create: bool = True,
    quitting: bool = False,
) -> tuple[Database, DatabaseLock | None] | None:
    """Lock and open `target`, offering the newest good backup when it is damaged.

    Returns the open database and its lock, or None after telling the user why not (the
    lock is released then). `quitting` words the refusal for start-up (Quit, not Cancel).
    """
    lock = DatabaseLock(target.path) if target.path is not None else None
    if lock is not None:
        try:
            lock.acquire()
        except DatabaseLocked as exc:
            show_error(parent, "The database is in use", str(exc))
            return None
        except StoreError as exc:  # e.g. on a read-only drive
            show_error(parent, TITLE_CANNOT_OPEN, str(exc))
            return None
        except OSError as exc:
            show_error(parent, TITLE_CANNOT_OPEN, f"{target.display_name()}: {exc}")
            return None
    try:
        return _open(parent, target, lock, create=create, quitting=quitting), lock
    except _Declined:
        pass
    except (StoreError, InputRefused, FileNotFoundError) as exc:
        show_error(parent, TITLE_CANNOT_OPEN, str(exc))
    except OSError as exc:
        show_error(parent, TITLE_CANNOT_OPEN, f"{target.display_name()}: {exc}")
    if lock is not None:
        lock.release()
    return None


class _Declined(Exception):
    """The user chose not to restore a damaged database."""


def _open(
    parent: QWidget | None,
    target: DatabaseTarget,
    lock: DatabaseLock | None,
    *,
    create: bool,
    quitting: bool,
) -> Database:
    try:
        return open_database(target, create=create)
    except DatabaseDamaged as exc:
        if exc.newest_backup is None or target.path is None:
            raise
        if not ask_to_restore(parent, exc, quitting=quitting):
            raise _Declined from exc
        restore_backup(parent, target, exc.newest_backup, lock)
        return open_database(target, create=False)


def restore_backup(
    parent: QWidget | None, target: DatabaseTarget, source: Path, lock: DatabaseLock | None
) -> Path | None:
    """Restore `source` over `target` off the GUI thread, waiting for it.

    services.maintenance.restore takes the lock itself, so ours is released for the
    restore and taken again afterwards (raising DatabaseLocked if someone was quicker).
    """
    from mentordesk.gui.workers import run_and_wait
    from mentordesk.services.maintenance import restore

    if lock is not None:
        lock.release()
    try:
        return run_and_wait(
            parent,
            lambda _control: restore(target, source),
            title="Restoring the backup",
            label=f"Restoring {source.name}…",
        )
    finally:
        if lock is not None:
            lock.acquire()
