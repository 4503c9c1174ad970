"""The main window: navigation on the left, the selected thing on the right."""

from __future__ import annotations

import logging
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSize, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QMainWindow, QWidget

from mentordesk.config import DatabaseTarget
from mentordesk.gui import workers
from mentordesk.gui.editing import Editor, confirm_leave
from mentordesk.gui.forms.ui_main_window import Ui_MainWindow
from mentordesk.gui.navigation import (
    ORGANISATION,
    PROGRAMME,
    NavigationFilter,
    NavigationModel,
    item_of,
)
from mentordesk.gui.pages.start import StartPage, plural
from mentordesk.gui.settings import app_settings
from mentordesk.gui.theme import app_icon
from mentordesk.services.errors import InputRefused
from mentordesk.store.errors import StoreError

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent, QSessionManager

    from mentordesk.services import maintenance
    from mentordesk.store.database import Database
    from mentordesk.store.lock import DatabaseLock

# The pages, the services and SQLAlchemy behind them are imported when the first
# database is attached, not with this module: the window appears before they load.
# Message boxes and file dialogs are imported where they are used, for the same reason
# (PySide6 builds a class and its enums on first import), and so is the `Qt` namespace,
# whose some 130 enums PySide6 builds all at once (about 10 ms). A test keeps the first
# paint clear of it.

log = logging.getLogger(__name__)

AUTO_BACKUP_CHECK_MS = 60_000
MESSAGE_MS = 20_000
DEFAULT_SPLITTER = (350, 930)
DATABASE_FILTER = "MentorDesk databases (*.sqlite3 *.db);;All files (*)"


class MainWindow(QMainWindow):
    """The app's one main window. It owns the open database and its lock.

    Closing the window backs up the database if it changed, closes it and releases the
    lock.
    """

    first_painted = Signal()
    database_changed = Signal()

    def __init__(
        self, db: Database | None, lock: DatabaseLock | None, parent: QWidget | None = None
    ) -> None:
        """Without a database the window shows at once, empty, and `attach` fills it."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.db: Database | None = None
        self.lock: DatabaseLock | None = None
        self.policy: maintenance.AutoBackupPolicy | None = None
        self.pool = QThreadPool(self)
        # One database task at a time: a backup never races a restore.
        self.pool.setMaxThreadCount(1)
        self.welcome: Any = None
        self._painted = False
        self._shut_down = False
        self._auto_backup_running = False
        self._reverting_selection = False
        self.undo_stack = QUndoStack(self)

        self.start_page = StartPage(self.ui.contentStack)
        self.ui.contentStack.addWidget(self.start_page)
        # The day the start page's dashboard judges by; None is today.
        self.attention_day: date | None = None
        self._attention_token = 0
        self.start_page.actionRequested.connect(self.act_on_attention)
        self.start_page.refreshRequested.connect(self.refresh_attention)
        self.ui.contentStack.currentChanged.connect(self._content_changed)
        self._organisations_page: Any = None
        self._organisation_page: Any = None
        self._organisation_programmes: Any = None
        self._programme_page: Any = None
        self._build_navigation()
        self._build_status_bar()
        self._connect_actions()
        self._restore_settings()

        self.backup_timer = QTimer(self)
        self.backup_timer.setObjectName("autoBackupTimer")
        self.backup_timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.auto_backup_if_due)
        self.backup_timer.start()

        if db is not None:
            self._attach(db, lock)
        else:
            self.database_label.setText("Opening the database…")

    def attach(self, db: Database, lock: DatabaseLock | None) -> None:
        """Show a database in the window (made without one); the window owns it from now."""
        self._attach(db, lock)

    # -- building ---------------------------------------------------------------------

    # The pages are made the first time they are needed: the programme page alone brings
    # NumPy and four tabs of widgets, which the window should not wait for at start-up.

    @property
    def programme_page(self) -> Any:
        if self._programme_page is None:
            self._programme_page = self._make_programme_page()
        return self._programme_page

    @property
    def organisation_page(self) -> Any:
        if self._organisation_page is None:
            self._make_organisation_pages()
        return self._organisation_page

    @property
    def organisation_programmes(self) -> Any:
        if self._organisation_programmes is None:
            self._make_organisation_pages()
        return self._organisation_programmes

    @property
    def organisations_page(self) -> Any:
        if self._organisations_page is None:
            self._make_organisation_pages()
        return self._organisations_page

    def _make_programme_page(self) -> Any:
        from mentordesk.gui.pages.programme import TABS, ProgrammePage

        assert self.db is not None
        page = ProgrammePage(self.db, self.undo_stack, self.ui.contentStack)
        self.ui.contentStack.addWidget(page)
        page.matching.set_pool(self.pool)
        page.materials.set_pool(self.pool)
        for part in (page.matching, page.pairings, page.followup, page.materials):
            part.statusMessage.connect(self.show_message)
        page.design.programmeSaved.connect(self._programme_saved)
        page.design.statusChanged.connect(lambda _pid, _status: self._refresh_soon())
        tab = app_settings().value("programme/tab", "design")
        if tab in TABS:
            page.show_tab(str(tab))
        return page

    def _make_organisation_pages(self) -> None:
        from mentordesk.gui.pages.organisation import OrganisationProgrammes
        from mentordesk.gui.pages.organisations import OrganisationListPage, OrganisationPage

        assert self.db is not None
        stack = self.ui.contentStack
        listing = OrganisationListPage(self.db, self.undo_stack, stack)
        page = OrganisationPage(self.db, self.undo_stack, stack)
        programmes = OrganisationProgrammes(page)
        page.ui.editorTabs.insertTab(0, programmes, "&Programmes")
        page.ui.editorTabs.setCurrentIndex(0)
        stack.addWidget(listing)
        stack.addWidget(page)
        programmes.programme_activated.connect(self.select_programme)
        listing.organisationsChanged.connect(self._refresh_soon)
        listing.organisationOpened.connect(self.select_organisation)
        listing.newOrganisationRequested.connect(self.new_organisation)
        page.organisationsChanged.connect(self._refresh_soon)
        page.organisationSaved.connect(self._organisation_saved)
        self._organisations_page = listing
        self._organisation_page = page
        self._organisation_programmes = programmes

    def _build_navigation(self) -> None:
        self.navigation = NavigationModel(self)
        self.navigation_filter = NavigationFilter(self)
        self.navigation_filter.setSourceModel(self.navigation)
        tree = self.ui.navigationTree
        tree.setModel(self.navigation_filter)
        tree.setIconSize(QSize(16, 16))
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.selectionModel().currentChanged.connect(self._navigation_changed)
        self.ui.navigationFilter.textChanged.connect(self._filter_navigation)
        self.ui.navigationFilter.returnPressed.connect(self._focus_first_match)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_filter)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setAccessibleName("Open database")
        # Its text can be selected and copied: see style.qss.
        self.ui.statusBar.addPermanentWidget(self.database_label)

    def _set_shortcuts(self, undo: QAction, redo: QAction, settings: QAction) -> None:
        """The window's shortcuts, in one place rather than in the form.

        Set with `setShortcuts`: `setShortcut` would have PySide6 build its whole `Qt`
        namespace before the window's first paint (see the note at the top).
        """
        ui = self.ui
        standard = QKeySequence.StandardKey
        for action, key in (
            (ui.actionNewDatabase, standard.New),
            (ui.actionOpenDatabase, standard.Open),
            (ui.actionQuit, standard.Quit),
            (undo, standard.Undo),
            (redo, standard.Redo),
        ):
            action.setShortcuts(key)
        if ui.actionQuit.shortcut().isEmpty():  # Windows has no standard Quit key
            ui.actionQuit.setShortcuts([QKeySequence("Ctrl+Q")])
        for action, keys in (
            (ui.actionNewOrganisation, "Ctrl+Shift+N"),
            (ui.actionNewProgramme, "Ctrl+Shift+P"),
            (ui.actionShowStart, "Ctrl+0"),
            (ui.actionShowOrganisations, "Ctrl+1"),
            (ui.actionBackUpNow, "Ctrl+B"),
            (settings, "Ctrl+,"),
        ):
            action.setShortcuts([QKeySequence(keys)])

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionNewDatabase.triggered.connect(self.choose_new_database)
        ui.actionOpenDatabase.triggered.connect(self.choose_database_to_open)
        ui.actionBackUpNow.triggered.connect(self.back_up_now)
        ui.actionRestoreFromBackup.triggered.connect(self.choose_backup_to_restore)
        ui.actionCheckDatabase.triggered.connect(self.check_database)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionNewProgramme.triggered.connect(self.new_programme)
        ui.actionNewOrganisation.triggered.connect(self.new_organisation)
        ui.actionShowStart.triggered.connect(self.show_start)
        ui.actionShowOrganisations.triggered.connect(self.show_organisations)
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setObjectName("actionUndo")
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setObjectName("actionRedo")
        ui.menuEdit.addAction(undo)
        ui.menuEdit.addAction(redo)
        self.addActions([undo, redo])
        settings = QAction("&Settings…", self)
        settings.setObjectName("actionSettings")
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings.triggered.connect(self.show_settings)
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(settings)
        self.addAction(settings)
        self._set_shortcuts(undo, redo, settings)

    # -- the open database ------------------------------------------------------------

    @property
    def target(self) -> DatabaseTarget | None:
        return self.db.target if self.db is not None else None

    def _attach(self, db: Database, lock: DatabaseLock | None) -> None:
        from mentordesk.services import maintenance

        self.db = db
        self.lock = lock
        # Undo steps belong to the database they were done in.
        self.undo_stack.clear()
        for page in (self._programme_page, self._organisations_page, self._organisation_page):
            if page is not None:
                page.set_database(db)
        self.policy = maintenance.AutoBackupPolicy(db)
        target = db.target
        name = target.path.name if target.path is not None else target.display_name()
        self.setWindowTitle(f"{name} — MentorDesk")
        self.database_label.setText(target.display_name())
        self.database_label.setToolTip(f"Open database: {target.display_name()}")
        is_file = target.is_sqlite
        for action in (self.ui.actionBackUpNow, self.ui.actionRestoreFromBackup):
            action.setEnabled(is_file)
        self.refresh_navigation()
        self.database_changed.emit()

    def _detach(self, *, backup_reason: str | None) -> None:
        """Close the database (backing it up first if it changed) and release the lock."""
        from mentordesk.services import maintenance

        db, lock, policy = self.db, self.lock, self.policy
        self.db = self.lock = self.policy = None
        if db is None:
            return
        try:
            if backup_reason and db.path is not None and policy is not None and policy.changed():
                made = maintenance.back_up(db, reason=backup_reason)
                log.info("backup on close: %s", made)
        except (StoreError, InputRefused, OSError):
            log.exception("the backup on close failed")
        finally:
            db.close()
            if lock is not None:
                lock.release()

    def shutdown(self) -> None:
        """Finish background work, back up if changed, close the database, release the lock."""
        if self._shut_down:
            return
        self._shut_down = True
        self.backup_timer.stop()
        for control in workers.running_tasks():
            control.cancel()
        self.pool.waitForDone()
        self._detach(backup_reason="close")

    # -- navigation -------------------------------------------------------------------

    def refresh_navigation(self) -> None:
        """Reload the tree from the database, keeping the selection where it can."""
        from mentordesk.services.programmes import navigation_tree

        if self.db is None:
            return
        selected = item_of(self.ui.navigationTree.currentIndex())
        self.navigation.load(navigation_tree(self.db))
        self.ui.navigationTree.expandAll()
        self.start_page.set_counts(*self.navigation.counts())
        if self.ui.contentStack.currentWidget() is self.start_page:
            self.refresh_attention()
        source = self.navigation.find(*selected) if selected else QModelIndex()
        if source.isValid():
            self._reverting_selection = True
            try:
                self.ui.navigationTree.setCurrentIndex(self.navigation_filter.mapFromSource(source))
            finally:
                self._reverting_selection = False
            self._show_item(self.ui.navigationTree.currentIndex())
        elif selected is not None:  # what was shown is gone (deleted or archived)
            self.ui.contentStack.setCurrentWidget(self.start_page)

    def select_programme(self, programme_id: int) -> bool:
        return self._select(PROGRAMME, programme_id)

    def select_organisation(self, organisation_id: int) -> bool:
        return self._select(ORGANISATION, organisation_id)

    def _select(self, kind: str, item_id: int) -> bool:
        source = self.navigation.find(kind, item_id)
        if not source.isValid():
            return False
        index = self.navigation_filter.mapFromSource(source)
        if not index.isValid():  # hidden by the filter
            self.ui.navigationFilter.clear()
            index = self.navigation_filter.mapFromSource(source)
        self.ui.navigationTree.setCurrentIndex(index)
        self.ui.navigationTree.scrollTo(index)
        return True

    def current_editor(self) -> Editor | None:
        """The page on show if it edits something, for the unsaved-changes question."""
        current = self.ui.contentStack.currentWidget()
        if current is not None and current is self._programme_page:
            return self._programme_page.editor()
        if current is not None and current is self._organisation_page:
            return self._organisation_page
        return None

    def may_leave_current_page(self) -> bool:
        """True when the page on show holds no unsaved edits, or they were saved or
        discarded; False when the user chose to stay."""
        editor = self.current_editor()
        return editor is None or confirm_leave(self, editor)

    def unsaved_editors(self) -> list[Editor]:
        """What holds unsaved edits: an open dialog that edits (an interview, a person),
        then the page on show."""
        editors: list[Editor] = []
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, Editor):
            editors.append(dialog)
        page = self.current_editor()
        if page is not None:
            editors.append(page)
        return [editor for editor in editors if editor.has_unsaved_changes()]

    def settle_edits_for_session_end(self, manager: QSessionManager) -> None:
        """The desktop session is ending (log out, shut down). Given leave to ask, the
        consultant saves or discards each unsaved edit, or cancels the end of the
        session; without it, the edits are saved if they pass their checks."""
        if not manager.allowsInteraction():
            self.save_edits_unattended()
        else:
            for editor in self.unsaved_editors():
                if not confirm_leave(self, editor):
                    manager.release()
                    manager.cancel()
                    return
            manager.release()
        self.save_settings()

    def save_edits_unattended(self) -> None:
        """Save the unsaved edits that pass their checks: there is nobody to ask."""
        for editor in self.unsaved_editors():
            if not editor.save():
                log.warning("the edits to %s were refused on the way out", editor.editing_title())

    def _navigation_changed(self, current: QModelIndex, previous: Any = None) -> None:
        if self._reverting_selection:
            return
        if not self.may_leave_current_page():
            # Stay: put the selection back where the unsaved edits are.
            self._reverting_selection = True
            try:
                self.ui.navigationTree.setCurrentIndex(previous or QModelIndex())
            finally:
                self._reverting_selection = False
            return
        self._show_item(current)

    def _show_item(self, current: QModelIndex) -> None:
        chosen = item_of(current)
        if chosen is None or self.db is None:
            self.ui.contentStack.setCurrentWidget(self.start_page)
            return
        kind, item_id = chosen
        try:
            if kind == ORGANISATION:
                self.organisation_page.load(item_id)
                self.organisation_programmes.load(self.db, item_id)
                self.ui.contentStack.setCurrentWidget(self.organisation_page)
            else:
                names = {node.id: node.name for node in self.navigation.nodes}
                self.programme_page.load(self.db, item_id, names)
                self.ui.contentStack.setCurrentWidget(self.programme_page)
        except InputRefused as exc:  # deleted meanwhile, e.g. from the command line
            self.show_message(str(exc))
            self.refresh_navigation()

    def _filter_navigation(self, text: str) -> None:
        self.navigation_filter.set_text(text)
        self.ui.navigationTree.expandAll()

    def _focus_filter(self) -> None:
        from PySide6.QtCore import Qt  # here, not at start-up

        self.ui.navigationFilter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.navigationFilter.selectAll()

    def _focus_first_match(self) -> None:
        from PySide6.QtCore import Qt  # here, not at start-up

        model = self.navigation_filter
        if model.rowCount() == 0:
            return
        first = model.index(0, 0)
        if model.rowCount(first) > 0:
            first = model.index(0, 0, first)
        self.ui.navigationTree.setCurrentIndex(first)
        self.ui.navigationTree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_unselected(self, page: QWidget) -> bool:
        """Show a page that is no item of the tree, once unsaved edits are settled."""
        if not self.may_leave_current_page():
            return False
        self._reverting_selection = True
        try:
            self.ui.navigationTree.setCurrentIndex(QModelIndex())
        finally:
            self._reverting_selection = False
        self.ui.contentStack.setCurrentWidget(page)
        return True

    def show_start(self) -> None:
        self._show_unselected(self.start_page)

    # -- what needs attention (the start page's dashboard) ---------------------------------

    def _content_changed(self, _index: int) -> None:
        if self.ui.contentStack.currentWidget() is self.start_page:
            self.refresh_attention()

    def refresh_attention(self) -> None:
        """Look through every programme off the GUI thread; the start page shows the result."""
        dashboard = self.start_page.dashboard
        if self.db is None or dashboard is None or not self.start_page.showing_dashboard():
            return
        db, day = self.db, self.attention_day or date.today()
        self._attention_token += 1
        token = self._attention_token
        dashboard.show_loading()

        def task(_control: workers.TaskControl) -> Any:
            from mentordesk.services.attention import needs_attention

            return needs_attention(db, today=day)

        def done(items: Any) -> None:
            with suppress(RuntimeError):  # the window is gone
                if token == self._attention_token and db is self.db:
                    dashboard.show_items(items, day)

        def failed(exc: Exception) -> None:
            with suppress(RuntimeError):
                if token == self._attention_token and db is self.db:
                    dashboard.show_failure(f"What needs attention could not be read: {exc}")

        workers.start_task(self.pool, task, name="needs attention", on_done=done, on_failed=failed)

    def act_on_attention(self, item: Any) -> None:
        """Go where an attention item is dealt with, and start doing it: record the call
        of an overdue follow-up, open a quiet pair, end a failing pair for a rematch, or
        open the programme's design for a milestone."""
        if not self._open_programme(item.programme_id):
            return
        page = self.programme_page
        if item.action == "record-call" and item.followup_id is not None:
            page.show_tab("followUp")
            followup = page.followup
            if not followup.select(item.followup_id):
                followup.set_status_filter(None)
            if followup.select(item.followup_id):
                followup.complete_selected()
            else:
                self.show_message(f"“{item.detail}” is no longer open.")
        elif item.action in ("call-pair", "plan-rematch") and item.pairing_id is not None:
            page.show_tab("pairings")
            pairs = page.pairings
            pairs.ui.pairingSearch.clear()
            pairs.set_status_filter(None)
            if not pairs.select(item.pairing_id):
                self.show_message(f"The pairing of {item.subject} is no longer listed.")
            elif item.action == "plan-rematch":
                pairs.end_selected()
            else:
                self.show_message(
                    f"Call {item.subject}; afterwards record it with Report a meeting (Ctrl+M)."
                )
        else:
            page.show_tab("design")

    def _open_programme(self, programme_id: int) -> bool:
        """Select a programme in the tree and show it; False when it is not listed or the
        user chose to stay with unsaved edits."""
        if not self.select_programme(programme_id):
            self.show_message("That programme is no longer in the list on the left.")
            return False
        tree = self.ui.navigationTree
        if self.ui.contentStack.currentWidget() is not self._programme_page:
            if item_of(tree.currentIndex()) != (PROGRAMME, programme_id):
                return False
            self._show_item(tree.currentIndex())
        shown = self._programme_page.programme if self._programme_page is not None else None
        return shown is not None and shown.id == programme_id

    def show_organisations(self) -> None:
        if self._show_unselected(self.organisations_page):
            self.organisations_page.reload()

    def new_organisation(self) -> None:
        """The empty organisation form; saving it adds the organisation to the tree."""
        if self.db is not None and self._show_unselected(self.organisation_page):
            self.organisation_page.load(None)
            self.organisation_page.ui.editorTabs.setCurrentWidget(
                self.organisation_page.ui.detailsTab
            )

    def _organisation_saved(self, organisation_id: int) -> None:
        self.show_message("Organisation saved.")
        # After this event: the tree then shows the (new) organisation selected.
        QTimer.singleShot(0, lambda: self._after_organisation_saved(organisation_id))

    def _after_organisation_saved(self, organisation_id: int) -> None:
        self.refresh_navigation()
        self.organisations_page.reload()
        if self.db is None:
            return
        # Mark it in the tree without reloading the page the user is on.
        self._reverting_selection = True
        try:
            self.select_organisation(organisation_id)
        finally:
            self._reverting_selection = False
        self.organisation_programmes.load(self.db, organisation_id)

    def _refresh_soon(self) -> None:
        """Reload the tree once the current event is handled: a save may happen inside the
        tree's own selection change (Save in the unsaved-changes question), and resetting
        the model there would pull it from under its view."""
        QTimer.singleShot(0, self.refresh_navigation)

    def _programme_saved(self, programme_id: int) -> None:
        self._refresh_soon()
        self.show_message("Programme saved.")

    def new_programme(self) -> int | None:
        """Create a programme from a template or a copy; open it on its Design tab."""
        if self.db is None or not self.may_leave_current_page():
            return None
        from mentordesk.gui.dialogs.new_programme import NewProgrammeDialog

        selected = item_of(self.ui.navigationTree.currentIndex())
        organisation_id: int | None = None
        if selected is not None and selected[0] == ORGANISATION:
            organisation_id = selected[1]
        elif selected is not None and self.programme_page.programme is not None:
            organisation_id = self.programme_page.programme.organisation_id
        dialog = NewProgrammeDialog(self.db, self, organisation_id=organisation_id)
        if dialog.exec() != NewProgrammeDialog.DialogCode.Accepted:
            return None
        created = dialog.created_programme_id
        self.refresh_navigation()
        if created is not None:
            self.select_programme(created)
            self.programme_page.show_tab("design")
            self.show_message("Programme created: review its design and timeline.")
        return created

    # -- status -----------------------------------------------------------------------

    def show_message(self, text: str, timeout: int = MESSAGE_MS) -> None:
        self.ui.statusBar.showMessage(text, timeout)

    def status_message(self) -> str:
        return self.ui.statusBar.currentMessage()

    def _error(self, title: str, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, title, str(exc))

    # -- first start ------------------------------------------------------------------

    def offer_welcome_if_empty(self) -> bool:
        """Offer the demo when the database holds no organisations at all."""
        from mentordesk.services.programmes import navigation_tree

        if self.db is None or self.navigation.nodes:
            return False
        if navigation_tree(self.db, include_archived=True):
            return False
        from mentordesk.gui.welcome import DEMO, WelcomeDialog

        self.welcome = WelcomeDialog(self)
        self.welcome.chosen.connect(
            lambda choice: self.fill_demo() if choice == DEMO else self._started_empty()
        )
        self.welcome.open()
        return True

    def _started_empty(self) -> None:
        self.show_message("Ready. Your new database is empty.")

    def fill_demo(self) -> workers.TaskControl | None:
        """Fill the (empty) database with the demo off the GUI thread, with Cancel."""
        if self.db is None:
            return None
        db = self.db

        def task(control: workers.TaskControl) -> Any:
            from mentordesk.services.demo import fill_demo

            return fill_demo(db, progress=control.report, cancelled=control.is_cancelled)

        def done(summary: Any) -> None:
            self.refresh_navigation()
            self.show_message(f"The demo is ready: {summary}")

        def failed(exc: Exception) -> None:
            self.refresh_navigation()
            if isinstance(exc, InputRefused) and "cancel" in str(exc).lower():
                self.show_message(str(exc))
            else:
                self._error("The demo could not be written", exc)

        return workers.run_with_progress(
            self,
            self.pool,
            task,
            title="Explore the demo",
            label="Writing the demo organisations, programmes and people…",
            on_done=done,
            on_failed=failed,
            cancellable=True,
        )

    # -- backups ----------------------------------------------------------------------

    def back_up_now(self) -> None:
        from mentordesk.services import maintenance

        if self.db is None or self.db.path is None:
            return
        db, policy = self.db, self.policy
        generation = db.generation

        def done(made: Path) -> None:
            if policy is not None and policy is self.policy:
                policy.record(generation)
            self.show_message(f"Backup written: {made}")

        workers.run_with_progress(
            self,
            self.pool,
            lambda _control: maintenance.back_up(db, reason="manual"),
            title="Back up now",
            label="Writing a checked backup…",
            on_done=done,
            on_failed=lambda exc: self._error("The backup failed", exc),
        )

    def auto_backup_if_due(self) -> None:
        """Every minute: a background backup if the database changed and 30 minutes passed."""
        from mentordesk.services import maintenance

        if self.db is None or self.db.path is None or self.policy is None:
            return
        if self._auto_backup_running or not self.policy.due():
            return
        db, policy = self.db, self.policy
        generation = db.generation
        self._auto_backup_running = True

        def done(made: Path) -> None:
            self._auto_backup_running = False
            policy.record(generation)
            self.show_message(f"Automatic backup written: {made}")

        def failed(exc: Exception) -> None:
            self._auto_backup_running = False
            log.warning("automatic backup failed: %s", exc)
            self.show_message(f"The automatic backup failed: {exc}")

        workers.start_task(
            self.pool,
            lambda _control: maintenance.back_up(db, reason="auto"),
            name="automatic backup",
            on_done=done,
            on_failed=failed,
        )

    def choose_backup_to_restore(self) -> None:
        if self.db is None or self.db.path is None:
            return
        from mentordesk.gui.backups import RestoreDialog

        dialog = RestoreDialog(self.db.path, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen_path is None:
            return
        if self.confirm_restore(dialog.chosen_path):
            self.restore_from(dialog.chosen_path)

    def confirm_restore(self, source: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("confirmRestoreBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Restore from backup")
        box.setText(f"Replace the open database with the backup {source.name}?")
        box.setInformativeText(
            "The database as it is now is backed up first, so you can return to it with "
            "Restore from backup."
        )
        restore_button = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore_button)
        box.exec()
        return box.clickedButton() is restore_button

    def restore_from(self, source: Path) -> None:
        """Replace the open database with `source` (confirmed already), off the GUI thread.

        The database is closed and our lock released (restore takes the lock itself); the
        lock is taken again and the database reopened afterwards, whatever happened.
        """
        from mentordesk.services import maintenance

        if self.db is None or self.db.path is None:
            return
        target = self.db.target
        self.pool.waitForDone()
        self._detach(backup_reason=None)  # restore() backs the current state up itself

        workers.run_with_progress(
            self,
            self.pool,
            lambda _control: maintenance.restore(target, source),
            title="Restore from backup",
            label=f"Restoring {source.name}…",
            on_done=lambda kept: self._reopen_after_restore(target, source, kept, None),
            on_failed=lambda exc: self._reopen_after_restore(target, source, None, exc),
        )

    def _reopen_after_restore(
        self,
        target: DatabaseTarget,
        source: Path,
        kept: Path | None,
        error: Exception | None,
    ) -> None:
        from PySide6.QtWidgets import QMessageBox

        from mentordesk.store.database import open_database

        if self._shut_down:  # the window was closed while the restore ran
            return
        assert target.path is not None
        from mentordesk.store.lock import DatabaseLock

        lock = DatabaseLock(target.path)
        try:
            lock.acquire()
            db = open_database(target, create=False)
        except (StoreError, OSError) as exc:
            lock.release()
            QMessageBox.critical(
                self,
                "Cannot reopen the database",
                f"{exc}\n\nMentorDesk closes now; start it again to continue.",
            )
            self._shut_down = True
            self.close()
            return
        self._attach(db, lock)
        if error is not None:
            self._error("The restore failed", error)
            self.show_message(f"Restore from {source} failed; the database is as it was.")
            return
        note = f" The state before is kept in {kept.name}." if kept else ""
        self.show_message(f"Restored from {source}.{note}")

    # -- check ------------------------------------------------------------------------

    def check_database(self) -> None:
        from mentordesk.services import maintenance

        if self.db is None:
            return
        db = self.db

        def done(report: maintenance.CheckReport) -> None:
            from PySide6.QtWidgets import QMessageBox

            if report.healthy:
                self.show_message("Database check: healthy.")
                QMessageBox.information(self, "Check database", report.summary())
            else:
                self.show_message(
                    f"Database check: {plural(len(report.problems), 'problem')} found."
                )
                QMessageBox.warning(self, "Check database", report.summary())

        workers.run_with_progress(
            self,
            self.pool,
            lambda _control: maintenance.check_database(db),
            title="Check database",
            label="Checking every page and reference of the database…",
            on_done=done,
            on_failed=lambda exc: self._error("The check could not run", exc),
        )

    # -- switching databases ----------------------------------------------------------

    def choose_new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.db.path.parent) if self.db and self.db.path else str(Path.home())
        name, _filter = QFileDialog.getSaveFileName(
            self, "New database", str(Path(start) / "new.sqlite3"), DATABASE_FILTER
        )
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(".sqlite3")
            self.switch_database(path, create=True)

    def choose_database_to_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.db.path.parent) if self.db and self.db.path else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(self, "Open database", start, DATABASE_FILTER)
        if name:
            self.switch_database(Path(name), create=False)

    def switch_database(self, path: Path, *, create: bool) -> bool:
        """Open another database file (creating it when `create`), closing this one."""
        from PySide6.QtWidgets import QMessageBox

        from mentordesk.gui.opening import open_interactively
        from mentordesk.store.location import shared_location_warning

        path = path.expanduser().resolve()
        if self.db is not None and self.db.path == path:
            self.show_message(f"{path} is already open.")
            return False
        if create and path.exists():
            answer = QMessageBox.question(
                self,
                "New database",
                f"{path} already exists. Open it instead? Nothing in it is replaced.",
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return False
        opened = open_interactively(self, DatabaseTarget(path=path), create=create)
        if opened is None:
            return False
        self.pool.waitForDone()
        self._detach(backup_reason="close")
        self.ui.navigationTree.setCurrentIndex(QModelIndex())
        self._attach(*opened)
        self.show_message(f"{'Created' if create else 'Opened'} {path}")
        warning = shared_location_warning(path)
        if warning:
            QMessageBox.warning(self, "Where the database is kept", warning)
        return True

    # -- help -------------------------------------------------------------------------

    def show_settings(self) -> None:
        """Edit > Settings…: what the printed papers say in their footer, and the like."""
        from mentordesk.gui.dialogs.settings_dialog import SettingsDialog

        if self.db is None:
            return
        dialog = SettingsDialog(self.db, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted and dialog.saved is not None:
            if self._programme_page is not None:
                self._programme_page.materials.use_paper(dialog.saved.paper)
            self.statusBar().showMessage("Settings saved.", 5000)

    def show_about(self) -> None:
        from mentordesk.gui.about import AboutDialog

        database = self.target.display_name() if self.target else "none"
        AboutDialog(database, self).exec()

    # -- window -----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.ui.splitter.restore_when_shown(
            settings.value("window/splitter"), list(DEFAULT_SPLITTER)
        )

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.ui.splitter.saveState())
        if self._programme_page is not None:
            from mentordesk.gui.pages.programme import TABS  # loaded with the page

            current = self._programme_page.ui.programmeTabs.currentWidget()
            for name in TABS:
                if getattr(self._programme_page.ui, f"{name}Tab") is current:
                    settings.setValue("programme/tab", name)
        settings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint pass has finished, not in the middle of it.
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down and not self.may_leave_current_page():
            event.ignore()
            return
        if not self._shut_down:
            from PySide6.QtCore import Qt  # here, not at start-up

            self.save_settings()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.shutdown()
            finally:
                QApplication.restoreOverrideCursor()
        event.accept()
