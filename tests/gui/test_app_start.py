"""Starting the app: first-start welcome, one app per file, damaged files, settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from mentordesk.config import DatabaseTarget
from mentordesk.gui import navigation, opening
from mentordesk.gui.app import run_app
from mentordesk.gui.main_window import MainWindow
from mentordesk.services import organisations, programmes
from mentordesk.store.backup import make_backup
from mentordesk.store.database import Database, open_database
from mentordesk.store.errors import DatabaseLocked
from mentordesk.store.lock import DatabaseLock


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Record message boxes instead of showing them (they would wait for a click)."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("critical", "warning", "information"):

        def record(_parent, title, text, *_args, _kind=kind, **_kwargs):  # type: ignore[no-untyped-def]
            shown.append((_kind, title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))
    return shown


def test_start_empty(qtbot, open_window, empty_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(empty_db)
    assert window.offer_welcome_if_empty()
    dialog = window.welcome
    assert dialog.isVisible()
    assert dialog.ui.exploreDemoButton.text() == "Explore the demo"
    qtbot.mouseClick(dialog.ui.startEmptyButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "empty" in window.status_message()
    assert organisations.list_organisations(empty_db) == []
    assert window.start_page.ui.startTitle.text() == "Your database is empty"


def test_explore_the_demo_fills_the_database(qtbot, open_window, empty_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(empty_db)
    assert window.offer_welcome_if_empty()
    qtbot.mouseClick(window.welcome.ui.exploreDemoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status_message().startswith("The demo is ready"), timeout=60_000)
    tree = programmes.navigation_tree(empty_db)
    assert len(tree) >= 3
    assert window.navigation.rowCount() == len(tree)
    shown = {window.navigation.item(row, 0).text() for row in range(window.navigation.rowCount())}
    assert shown == {node.name for node in tree}
    # Not offered again once there are organisations.
    assert not window.offer_welcome_if_empty()


def test_welcome_is_not_offered_when_there_are_organisations(window: MainWindow) -> None:
    assert not window.offer_welcome_if_empty()
    assert window.welcome is None


def test_a_second_lock_on_the_same_file_is_refused(
    demo_path: Path, no_message_boxes: list[tuple[str, str, str]]
) -> None:
    with DatabaseLock(demo_path):
        with pytest.raises(DatabaseLocked) as refused:
            DatabaseLock(demo_path).acquire()
        assert str(demo_path) in str(refused.value)

        assert run_app(DatabaseTarget(path=demo_path), quit_when_shown=True) == 1
    kind, _title, text = no_message_boxes[-1]
    assert kind == "critical"
    assert str(demo_path) in text


def test_run_app_shows_the_window_and_reports_when_painted(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_app(DatabaseTarget(path=demo_path), quit_when_shown=True) == 0
    lines = capsys.readouterr().out.split()
    # The window is painted first; the database fills it right after.
    assert lines[0] == "shown-at" and lines[2] == "ready-at"
    assert float(lines[1]) <= float(lines[3])
    with DatabaseLock(demo_path):  # released on the way out
        pass


# Starts the window as `run_app` does, in a process of its own (a test process has long
# used the `Qt` namespace), and reports on its first paint.
FIRST_PAINT_PROBE = """
import json, sys
import PySide6.QtCore as QtCore
from mentordesk.gui.app import create_application
from mentordesk.gui.main_window import MainWindow

app = create_application()
window = MainWindow(None, None)

def painted():
    built = "Qt" in vars(QtCore)  # before anything below uses it
    ui = window.ui
    print(json.dumps({
        "qt_namespace_built": built,
        "welcome_alignment": window.start_page.ui.startTitle.alignment().value,
        "database_label_flags": window.database_label.textInteractionFlags().value,
        "shortcuts": {a.objectName(): a.shortcut().toString() for a in window.findChildren(
            type(ui.actionQuit)) if not a.shortcut().isEmpty()},
    }))
    app.exit(0)

window.first_painted.connect(painted)
window.show()
sys.exit(app.exec())
"""


def test_the_first_paint_does_without_the_qt_namespace(own_process: Callable[[str], str]) -> None:
    """PySide6 builds the `Qt` namespace, some 130 enums, all at once on its first use:
    about 10 ms, a tenth of the start-up. The window's first paint does without it, and
    the style sheet and the shortcuts still do their part."""
    output = own_process(FIRST_PAINT_PROBE)
    report = json.loads(output.strip().splitlines()[-1])
    assert report["qt_namespace_built"] is False, (
        "something on the way to the first paint uses PySide6's Qt namespace (a `Qt.` "
        "name, `setShortcut`, a positional QSplitter parent): see gui/main_window.py"
    )
    assert report["welcome_alignment"] == Qt.AlignmentFlag.AlignCenter.value
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse.value
    assert report["database_label_flags"] == selectable
    assert report["shortcuts"] == {
        "actionNewDatabase": "Ctrl+N",
        "actionOpenDatabase": "Ctrl+O",
        "actionNewOrganisation": "Ctrl+Shift+N",
        "actionNewProgramme": "Ctrl+Shift+P",
        "actionShowStart": "Ctrl+0",
        "actionShowOrganisations": "Ctrl+1",
        "actionBackUpNow": "Ctrl+B",
        "actionQuit": "Ctrl+Q",
        "actionUndo": QKeySequence(QKeySequence.StandardKey.Undo).toString(),
        "actionRedo": QKeySequence(QKeySequence.StandardKey.Redo).toString(),
        "actionSettings": "Ctrl+,",
    }


def test_the_navigation_roles_follow_qt() -> None:
    assert Qt.ItemDataRole.UserRole.value == navigation.USER_ROLE


def test_a_file_that_is_not_a_database_is_refused(
    tmp_path: Path, no_message_boxes: list[tuple[str, str, str]]
) -> None:
    stranger = tmp_path / "notes.sqlite3"
    stranger.write_text("shopping list: milk, eggs\n" * 10)
    assert run_app(DatabaseTarget(path=stranger), quit_when_shown=True) == 1
    kind, _title, text = no_message_boxes[-1]
    assert kind == "critical" and "not a MentorDesk database" in text
    assert stranger.read_text().startswith("shopping list")


def test_a_damaged_database_is_restored_from_its_newest_backup(
    qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_backup(demo_path, reason="manual")
    data = bytearray(demo_path.read_bytes())
    page = 4096
    for offset in range(page, min(len(data), page * 6)):
        data[offset] = 0xA5
    demo_path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(
        opening, "ask_to_restore", lambda _p, exc, quitting: asked.append(exc) or True
    )
    monkeypatch.setattr(opening, "show_error", lambda _p, title, text: asked.append(text))
    opened = opening.open_interactively(None, DatabaseTarget(path=demo_path), quitting=True)
    assert opened is not None, asked
    db, lock = opened
    try:
        assert asked and asked[0].newest_backup == good
        assert programmes.navigation_tree(db)  # the demo is back
    finally:
        db.close()
        assert lock is not None
        lock.release()


def test_declining_the_restore_of_a_damaged_database_opens_nothing(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_backup(demo_path, reason="manual")
    data = bytearray(demo_path.read_bytes())
    data[4096 : 4096 * 4] = b"\xa5" * (4096 * 3)
    demo_path.write_bytes(bytes(data))
    damaged = demo_path.read_bytes()
    monkeypatch.setattr(opening, "ask_to_restore", lambda *_args, **_kw: False)
    assert opening.open_interactively(None, DatabaseTarget(path=demo_path)) is None
    assert demo_path.read_bytes() == damaged  # nothing written
    with DatabaseLock(demo_path):
        pass


def test_window_geometry_and_splitter_are_remembered(  # type: ignore[no-untyped-def]
    qtbot, open_window, demo_path: Path, tmp_path: Path, private_settings: Path
) -> None:
    first = open_window(open_database(DatabaseTarget(path=demo_path)))
    first.resize(790, 555)  # the offscreen screen is 800 x 800
    first.ui.splitter.setSizes([330, 459])
    sizes = first.ui.splitter.sizes()
    first.programme_page.show_tab("pairings")
    first.close()
    assert any(private_settings.rglob("*.ini")), "settings go to the test's own folder"

    other = tmp_path / "second.sqlite3"
    second = open_window(open_database(DatabaseTarget(path=other)))
    assert (second.width(), second.height()) == (790, 555)
    assert second.ui.splitter.sizes() == sizes
    tabs = second.programme_page.ui.programmeTabs
    assert tabs.currentWidget() is second.programme_page.ui.pairingsTab


def test_cancelling_the_demo_writes_nothing(qtbot, open_window, empty_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(empty_db)
    control = window.fill_demo()
    assert control is not None
    control.cancel()
    qtbot.waitUntil(lambda: "cancelled" in window.status_message(), timeout=30_000)
    assert organisations.list_organisations(empty_db) == []
    assert window.navigation.rowCount() == 0
