"""Choosing a backup to restore: the backups of the open database, or a file elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from mentordesk.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from mentordesk.gui.table_models import Column, RecordTableModel, format_size
from mentordesk.store.backup import BackupInfo, list_backups

REASONS = {
    "manual": "Made by hand",
    "auto": "Automatic, while working",
    "close": "On closing MentorDesk",
    "pre-migration": "Before an upgrade of MentorDesk",
    "pre-restore": "Before a restore",
}


def describe_backup_time(info: BackupInfo) -> str:
    created = info.created
    return f"{created.day} {created:%b %Y, %H:%M}"


BACKUP_COLUMNS = (
    Column("Made", lambda b: b.created, describe_backup_time),
    Column("Why", lambda b: b.reason, lambda b: REASONS.get(b.reason, b.reason)),
    Column("Size", lambda b: b.size, lambda b: format_size(b.size), align_right=True),
    Column("File", lambda b: b.path.name),
)


class RestoreDialog(QDialog):
    """The backups of the open database, newest first, or a file chosen elsewhere.

    After `exec()` returns Accepted, `chosen_path` is the backup to restore.
    """

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.db_path = db_path
        self.chosen_path: Path | None = None
        self.model = RecordTableModel(BACKUP_COLUMNS, self)
        self.model.set_records(list_backups(db_path))
        table = self.ui.backupsTable
        table.setModel(self.model)
        table.horizontalHeader().setObjectName("backupsTableHeader")
        table.horizontalHeader().setAccessibleName("Columns of backups")
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = self.ui.restoreButtons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText("&Restore…")
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName("Restore the selected backup")
        cancel = self.ui.restoreButtons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName("Cancel")
        has_backups = self.model.rowCount() > 0
        self.ui.noBackupsLabel.setVisible(not has_backups)
        table.setVisible(has_backups)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self._accept_selected())
        self.ui.restoreButtons.accepted.connect(self._accept_selected)
        self.ui.chooseFileButton.clicked.connect(self._choose_file)
        if has_backups:
            table.selectRow(0)
            table.setFocus()
        else:
            self.ui.chooseFileButton.setFocus()
        self._selection_changed(QItemSelection(), QItemSelection())

    def selected_backup(self) -> BackupInfo | None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _accept_selected(self) -> None:
        info = self.selected_backup()
        if info is not None:
            self.chosen_path = info.path
            self.accept()

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            "Choose a backup file",
            str(self.db_path.parent),
            "MentorDesk databases (*.sqlite3 *.db);;All files (*)",
        )
        if name:
            self.chosen_path = Path(name)
            self.accept()
