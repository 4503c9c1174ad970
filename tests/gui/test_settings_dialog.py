"""Edit > Settings…: the consultancy's footer, paper size and anonymity threshold."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.gui.dialogs.settings_dialog import SettingsDialog
from mentordesk.services.materials import render_material
from mentordesk.services.settings import ConsultancySettings, read_settings
from mentordesk.store.database import Database


def _dialog(qtbot: QtBot, db: Database) -> SettingsDialog:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _save(dialog: SettingsDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_shows_the_defaults_and_saves_what_is_typed(qtbot: QtBot, empty_db: Database) -> None:
    dialog = _dialog(qtbot, empty_db)
    ui = dialog.ui
    defaults = ConsultancySettings()
    assert ui.consultancyNameEdit.text() == defaults.consultancy_name
    assert ui.paperCombo.currentText() == "A4"
    assert ui.anonymitySpin.value() == 5 and ui.anonymitySpin.minimum() == 3
    ui.consultancyNameEdit.clear()
    qtbot.keyClicks(ui.consultancyNameEdit, "Nordic Mentoring ApS")
    ui.consultancyContactEdit.setText("hello@nordicmentoring.dk · +45 12 34 56 78")
    ui.paperCombo.setCurrentIndex(ui.paperCombo.findText("US Letter"))
    ui.anonymitySpin.setValue(7)
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert read_settings(empty_db) == ConsultancySettings(
        consultancy_name="Nordic Mentoring ApS",
        consultancy_contact="hello@nordicmentoring.dk · +45 12 34 56 78",
        anonymity_threshold=7,
        paper="letter",
    )
    assert _dialog(qtbot, empty_db).ui.paperCombo.currentText() == "US Letter"  # shown again


def test_a_blank_name_is_shown_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, empty_db: Database
) -> None:
    dialog = _dialog(qtbot, empty_db)
    ui = dialog.ui
    ui.consultancyNameEdit.setText("   ")
    ui.anonymitySpin.setValue(9)
    _save(dialog)
    assert dialog.isVisible()  # stays open with what was typed
    assert ui.consultancyNameError.isVisible()
    assert "name is empty" in ui.consultancyNameError.text()
    assert ui.consultancyNameEdit.property("invalid") is True
    assert ui.anonymitySpin.value() == 9
    assert read_settings(empty_db) == ConsultancySettings()
    ui.consultancyNameEdit.setText("Nordic Mentoring ApS")
    _save(dialog)
    assert not ui.consultancyNameError.isVisible()
    assert read_settings(empty_db).anonymity_threshold == 9


def test_the_threshold_cannot_go_below_three(qtbot: QtBot, empty_db: Database) -> None:
    dialog = _dialog(qtbot, empty_db)
    dialog.ui.anonymitySpin.setValue(1)
    assert dialog.ui.anonymitySpin.value() == 3


def test_cancel_keeps_the_stored_settings(qtbot: QtBot, empty_db: Database) -> None:
    dialog = _dialog(qtbot, empty_db)
    dialog.ui.consultancyNameEdit.setText("Somebody Else")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert read_settings(empty_db) == ConsultancySettings()


def test_ctrl_comma_opens_the_settings_and_the_papers_follow_them(
    qtbot: QtBot, window, demo_db: Database
) -> None:
    action = window.findChild(QAction, "actionSettings")
    assert action is not None and action.shortcut().toString() == "Ctrl+,"
    assert action in window.ui.menuEdit.actions()
    seen: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog.windowTitle())
        dialog.ui.consultancyNameEdit.setText("Nordic Mentoring ApS")
        dialog.ui.consultancyContactEdit.setText("hello@nordicmentoring.dk")
        dialog.ui.paperCombo.setCurrentIndex(dialog.ui.paperCombo.findData("letter"))
        _save(dialog)

    QTimer.singleShot(0, fill_in)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Settings"]
    assert read_settings(demo_db).paper == "letter"
    pdf = render_material(demo_db, "pair-list", 1)  # no paper given: the setting's
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.height)) == 792
    assert "Nordic Mentoring ApS · hello@nordicmentoring.dk" in (page.extract_text() or "")
