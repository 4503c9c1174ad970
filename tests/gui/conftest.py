"""Fixtures for the GUI tests: offscreen Qt, private settings, real SQLite files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from mentordesk.config import DatabaseTarget
from mentordesk.services.demo import fill_demo
from mentordesk.store.backup import make_backup
from mentordesk.store.database import Database, open_database
from mentordesk.store.lock import DatabaseLock

DEMO_TODAY = date(2025, 10, 1)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    """Window geometry and the like go to an INI file of this test, never the user's."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once per test run; tests work on copies of it."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    db = open_database(DatabaseTarget(path=path))
    try:
        fill_demo(db, today=DEMO_TODAY)
    finally:
        db.close()
    return path


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "data" / "mentordesk.sqlite3"
    make_backup(demo_template, out=path)
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db = open_database(DatabaseTarget(path=demo_path))
    yield db
    db.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(DatabaseTarget(path=tmp_path / "data" / "empty.sqlite3"))
    yield db
    db.close()


@pytest.fixture
def open_window(qtbot):  # type: ignore[no-untyped-def]
    """Opens the real main window on a database, holding its lock as the app does."""
    from mentordesk.gui.main_window import MainWindow

    windows = []

    def _open(db: Database) -> MainWindow:
        assert db.path is not None
        lock = DatabaseLock(db.path)
        lock.acquire()
        window = MainWindow(db, lock)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield _open
    for window in windows:
        window.close()


@pytest.fixture
def window(open_window, demo_db: Database):  # type: ignore[no-untyped-def]
    return open_window(demo_db)


@pytest.fixture
def own_process(tmp_path: Path) -> Callable[[str], str]:
    """Runs a Python script in a fresh offscreen process with settings of its own, for
    what a long-lived test process cannot show (start-up, signals); gives its output."""

    def run(script: str) -> str:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, f"exited with status {done.returncode}: {done.stderr}"
        return done.stdout

    return run
