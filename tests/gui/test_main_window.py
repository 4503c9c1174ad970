"""The main window on a real demo database: navigate, back up, restore, check, close."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.navigation import ID_ROLE, KIND_ROLE, ORGANISATION, PROGRAMME
from mentordesk.services import organisations, pairings, participants, programmes
from mentordesk.store.backup import list_backups
from mentordesk.store.database import Database
from mentordesk.store.errors import DatabaseLocked
from mentordesk.store.lock import DatabaseLock


def tree_items(window: MainWindow) -> list[tuple[str, int, str]]:
    """(kind, id, name) of every row the navigation tree shows."""
    model = window.ui.navigationTree.model()
    found = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append((index.data(KIND_ROLE), index.data(ID_ROLE), index.data()))
            walk(index)

    walk(QModelIndex())
    return found


def tree_names(window: MainWindow) -> set[str]:
    return {name for _kind, _id, name in tree_items(window)}


def click_tree_item(qtbot, window: MainWindow, kind: str, item_id: int) -> None:  # type: ignore[no-untyped-def]
    tree = window.ui.navigationTree
    model = tree.model()
    target = None

    def walk(parent: QModelIndex) -> None:
        nonlocal target
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == kind and index.data(ID_ROLE) == item_id:
                target = index
            walk(index)

    walk(QModelIndex())
    assert target is not None, f"{kind} {item_id} is not in the tree"
    tree.scrollTo(target)
    rect = tree.visualRect(target)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_into(qtbot, widget: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a user; QTest can only type ASCII, so other text is entered whole."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setText(text)


def running_programme(db: Database) -> programmes.ProgrammeRecord:  # type: ignore[name-defined]
    listed = programmes.list_programmes(db)
    running = [p for p in listed if p.status == "running"]
    return (running or listed)[0]


def test_start_page_counts_what_the_database_holds(window: MainWindow, demo_db: Database) -> None:
    tree = programmes.navigation_tree(demo_db)
    assert window.ui.contentStack.currentWidget() is window.start_page
    counts = window.start_page.ui.startCounts.text()
    n_programmes = sum(len(node.programmes) for node in tree)
    assert f"{len(tree)} client organisation" in counts
    assert f"{n_programmes} programme" in counts
    assert {node.name for node in tree} <= tree_names(window)
    assert window.database_label.text() == str(demo_db.path)
    assert demo_db.path is not None and demo_db.path.name in window.windowTitle()


def test_selecting_a_programme_shows_its_participants_and_pairings(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    programme = running_programme(demo_db)
    click_tree_item(qtbot, window, PROGRAMME, programme.id)

    page = window.programme_page
    assert window.ui.contentStack.currentWidget() is page
    assert page.ui.programmeName.text() == programme.name
    assert programme.organisation_name in page.ui.programmeSubtitle.text()
    assert page.design.programme_id == programme.id
    assert page.design.ui.nameEdit.text() == programme.name

    expected = participants.list_participants(demo_db, programme_id=programme.id)
    assert expected, "the demo's running programme has participants"
    page.show_tab("participants")
    table = page.participants.ui.participantsTable
    assert table.model().rowCount() == len(expected)
    shown = {table.model().index(row, 0).data() for row in range(table.model().rowCount())}
    assert shown == {p.name for p in expected}
    assert str(len(expected)) in page.participants.ui.countLabel.text()

    expected_pairs = pairings.list_pairings(demo_db, programme_id=programme.id)
    assert page.pairings.ui.pairingTable.model().rowCount() == len(expected_pairs)


def test_search_narrows_the_participants(qtbot, window: MainWindow, demo_db: Database) -> None:
    programme = running_programme(demo_db)
    window.select_programme(programme.id)
    everyone = participants.list_participants(demo_db, programme_id=programme.id)
    someone = everyone[0]
    page = window.programme_page
    page.show_tab("participants")
    type_into(qtbot, page.participants.ui.searchEdit, someone.name)
    model = page.participants.ui.participantsTable.model()
    names = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert someone.name in names
    assert model.rowCount() == sum(1 for p in everyone if someone.name.lower() in p.name.lower())
    assert page.participants.ui.countLabel.text().startswith("Showing")
    page.participants.ui.searchEdit.clear()
    assert model.rowCount() == len(everyone)


def test_sorting_by_a_column(window: MainWindow, demo_db: Database) -> None:
    programme = running_programme(demo_db)
    window.select_programme(programme.id)
    table = window.programme_page.participants.ui.participantsTable
    model = table.model()

    def names() -> list[str]:
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    ascending = names()
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names() == ascending[::-1] and len(set(ascending)) == len(ascending) > 1


def test_organisation_page_lists_its_programmes(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    node = next(n for n in programmes.navigation_tree(demo_db) if n.programmes)
    click_tree_item(qtbot, window, ORGANISATION, node.id)
    assert window.ui.contentStack.currentWidget() is window.organisation_page
    assert window.organisation_page.organisation_id == node.id
    assert window.organisation_page.form.nameEdit.text() == node.name
    page = window.organisation_programmes
    listed = [page.model.item(row).text() for row in range(page.model.rowCount())]
    assert len(listed) == len(node.programmes)
    assert all(any(p.name in text for text in listed) for p in node.programmes)
    # Enter on a programme opens it.
    view = page.ui.programmesList
    view.setCurrentIndex(page.model.index(0, 0))
    view.activated.emit(page.model.index(0, 0))
    assert window.ui.contentStack.currentWidget() is window.programme_page


def test_filter_keeps_matching_programmes_and_their_organisation(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    programme = running_programme(demo_db)
    type_into(qtbot, window.ui.navigationFilter, programme.name)
    shown = tree_items(window)
    assert (PROGRAMME, programme.id, programme.name) in shown
    assert (ORGANISATION, programme.organisation_id, programme.organisation_name) in shown
    assert all(
        programme.name.lower() in name.lower() for kind, _, name in shown if kind == PROGRAMME
    )
    window.ui.navigationFilter.clear()
    assert len(tree_items(window)) == len(programmes.list_programmes(demo_db)) + len(
        programmes.navigation_tree(demo_db)
    )


def test_back_up_now_writes_a_backup_and_says_where(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    assert demo_db.path is not None
    before = {b.path for b in list_backups(demo_db.path)}
    window.ui.actionBackUpNow.trigger()
    qtbot.waitUntil(lambda: window.status_message().startswith("Backup written:"), timeout=10_000)
    made = Path(window.status_message().removeprefix("Backup written:").strip())
    assert made.exists()
    assert made not in before
    assert made in {b.path for b in list_backups(demo_db.path)}


def test_restore_brings_back_the_state_of_the_backup(qtbot, window: MainWindow) -> None:
    db = window.db
    assert db is not None and db.path is not None
    window.ui.actionBackUpNow.trigger()
    qtbot.waitUntil(lambda: window.status_message().startswith("Backup written:"), timeout=10_000)
    backup = Path(window.status_message().removeprefix("Backup written:").strip())

    added = organisations.create_organisation(db, "Added After The Backup Ltd")
    window.refresh_navigation()
    assert added.name in tree_names(window)

    window.restore_from(backup)
    qtbot.waitUntil(lambda: window.status_message().startswith("Restored from"), timeout=15_000)
    assert str(backup) in window.status_message()
    assert "Added After The Backup Ltd" not in tree_names(window)
    assert window.db is not None and window.db is not db
    assert all(o.name != added.name for o in organisations.list_organisations(window.db))
    # The state before the restore was kept, and the window holds the lock again.
    assert any(b.reason == "pre-restore" for b in list_backups(db.path))
    with pytest.raises(DatabaseLocked):
        DatabaseLock(db.path).acquire()


def test_restore_dialog_offers_the_backups_newest_first(qtbot, window: MainWindow) -> None:
    from mentordesk.gui.backups import RestoreDialog
    from mentordesk.services.maintenance import back_up

    assert window.db is not None and window.db.path is not None
    first = back_up(window.db, reason="manual")
    second = back_up(window.db, reason="auto")
    dialog = RestoreDialog(window.db.path, window)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert {model.record(0).path, model.record(1).path} == {first, second}
    assert model.record(0).created >= model.record(1).created
    assert dialog.restore_button.isEnabled()
    dialog.ui.backupsTable.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert dialog.chosen_path == model.record(1).path


def test_check_database_reports_in_a_message(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    window.ui.actionCheckDatabase.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "is healthy" in shown[0]
    assert window.status_message() == "Database check: healthy."


def test_closing_backs_up_a_changed_database_and_releases_the_lock(
    window: MainWindow,
) -> None:
    db = window.db
    assert db is not None and db.path is not None
    path = db.path
    window.close()  # unchanged: no backup
    assert not [b for b in list_backups(path) if b.reason == "close"]
    with DatabaseLock(path):  # released
        pass


def test_closing_after_a_change_writes_a_close_backup(window: MainWindow) -> None:
    db = window.db
    assert db is not None and db.path is not None
    organisations.create_organisation(db, "Changed Before Closing")
    window.close()
    assert [b for b in list_backups(db.path) if b.reason == "close"]


def test_automatic_backup_every_thirty_minutes_while_changed(qtbot, window: MainWindow) -> None:
    db, policy = window.db, window.policy
    assert db is not None and db.path is not None and policy is not None
    window.auto_backup_if_due()
    assert not policy.due()  # nothing changed yet
    organisations.create_organisation(db, "Changed Meanwhile")
    policy.last_backup_at = datetime.now() - timedelta(minutes=31)
    window.auto_backup_if_due()
    qtbot.waitUntil(lambda: any(b.reason == "auto" for b in list_backups(db.path)), timeout=10_000)
    qtbot.waitUntil(lambda: not policy.changed(), timeout=5_000)
    assert "Automatic backup written" in window.status_message()
    assert window.backup_timer.isActive()


def test_menus_have_mnemonics_and_standard_shortcuts(window: MainWindow) -> None:
    ui = window.ui
    assert ui.menuFile.title() == "&File" and ui.menuHelp.title() == "&Help"
    assert ui.actionBackUpNow.shortcut() == QKeySequence("Ctrl+B")
    assert ui.actionNewDatabase.shortcut() == QKeySequence("Ctrl+N")
    assert ui.actionOpenDatabase.shortcut() == QKeySequence("Ctrl+O")
    assert ui.actionQuit.shortcut() == QKeySequence("Ctrl+Q")
    titles = [a.text() for a in ui.menuFile.actions() if not a.isSeparator()]
    assert titles == [
        "&New database…",
        "&Open database…",
        "New &organisation…",
        "New &programme…",
        "&Back up now",
        "&Restore from backup…",
        "&Check database",
        "&Quit",
    ]


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parent()
    return False


def test_every_interactive_widget_has_a_name_for_tests_and_screen_readers(
    window: MainWindow, demo_db: Database
) -> None:
    window.select_programme(running_programme(demo_db).id)
    interactive = (QAbstractButton, QLineEdit, QAbstractItemView, QTabWidget)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, interactive)
        and not w.isHidden()
        and not isinstance(w.parent(), QLineEdit)  # its own clear button
        and not _inside_combo_box(w)  # the popup list Qt makes for a combo box
        and not w.objectName().startswith("qt_")
        and (not w.objectName() or not w.accessibleName())
    ]
    assert unnamed == []


def test_switching_to_another_database_file(qtbot, window: MainWindow, tmp_path: Path) -> None:
    old = window.db
    assert old is not None and old.path is not None
    new_path = tmp_path / "other" / "fresh.sqlite3"
    assert window.switch_database(new_path, create=True)
    assert window.db is not None and window.db.path == new_path.resolve()
    assert window.database_label.text() == str(new_path.resolve())
    assert tree_items(window) == []
    assert window.ui.contentStack.currentWidget() is window.start_page
    with DatabaseLock(old.path):  # the old file is free again
        pass
    with pytest.raises(DatabaseLocked):
        DatabaseLock(new_path.resolve()).acquire()


def test_about_names_the_version_and_the_database(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from mentordesk import __version__
    from mentordesk.gui.about import AboutDialog

    assert window.db is not None
    dialog = AboutDialog(window.db.target.display_name(), window)
    qtbot.addWidget(dialog)
    assert f"Version {__version__}" in dialog.ui.aboutVersion.text()
    assert str(window.db.path) in dialog.ui.aboutDatabase.text()


def test_keyboard_find_filter_and_enter_opens_the_first_match(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.navigationFilter.hasFocus()
    qtbot.keyClicks(window.ui.navigationFilter, "running")
    qtbot.keyClick(window.ui.navigationFilter, Qt.Key.Key_Return)
    programme = running_programme(demo_db)
    assert window.ui.navigationTree.hasFocus()
    assert window.ui.contentStack.currentWidget() is window.programme_page
    assert window.programme_page.programme is not None
    assert window.programme_page.programme.id == programme.id
