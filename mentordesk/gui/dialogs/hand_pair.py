"""Pair by hand: choose a mentee and a mentor, see the rules it breaks or its score."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from mentordesk.gui import workers
from mentordesk.gui.editing import wire_dialog_buttons
from mentordesk.gui.forms.ui_pair_by_hand_dialog import Ui_PairByHandDialog
from mentordesk.matching import PairCheck

DIALOG_STYLE = """
QLabel#introLabel { color: #5B6573; }
QFrame#resultFrame { background: #F7F9FB; border: 1px solid #D8DEE4; border-radius: 6px; }
QLabel#resultTitle { font-weight: 600; color: #1F2A36; }
QLabel#resultTitle[outcome="refused"] { color: #B3261E; }
QLabel#resultTitle[outcome="allowed"] { color: #1D5A32; }
"""


@dataclass(frozen=True)
class Choice:
    """One entry of a list to choose from: a participant and how the list shows them."""

    participant_id: int
    text: str
    name: str


Check = Callable[[int, int], PairCheck]
"""(mentor participant id, mentee participant id) -> the check; runs off the GUI thread."""

ExtraRules = Callable[[int, int], list[str]]
"""Rules of the proposal on the page (its capacity, rejected pairs), checked at once."""


def bullet_list(items: Sequence[str]) -> str:
    return (
        "<ul style='margin-left:-24px'>"
        + "".join(f"<li>{escape(item)}</li>" for item in items)
        + "</ul>"
    )


class HandPairDialog(QDialog):
    """Choose a mentee and a mentor; Add is possible only for a pair breaking no hard rule.

    The pair is checked in the background as soon as both are chosen (`checked` is
    emitted when the outcome is shown). After acceptance `chosen()` gives the mentor's and
    mentee's participant ids and `check` the pair's check.
    """

    checked = Signal()

    def __init__(
        self,
        mentees: Sequence[Choice],
        mentors: Sequence[Choice],
        check: Check,
        pool: QThreadPool,
        parent: QWidget | None = None,
        *,
        extra_rules: ExtraRules | None = None,
        mentee_id: int | None = None,
        mentor_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PairByHandDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(DIALOG_STYLE)
        self._check = check
        self._extra = extra_rules
        self._pool = pool
        self._asked: tuple[int, int] | None = None
        self.check: PairCheck | None = None
        ui = self.ui
        for combo, choices, placeholder in (
            (ui.menteeCombo, mentees, "Type to search the mentees"),
            (ui.mentorCombo, mentors, "Type to search the mentors"),
        ):
            for choice in choices:
                combo.addItem(choice.text, choice.participant_id)
            completer = combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
            combo.setCurrentIndex(-1)
            line = combo.lineEdit()
            line.setPlaceholderText(placeholder)
            line.setObjectName(f"{combo.objectName()}Edit")
            line.setAccessibleName(combo.accessibleName())
        self.add_button = wire_dialog_buttons(
            self,
            ui.buttonBox,
            ok_name="addPairButton",
            cancel_name="cancelPairButton",
            ok_text="Add pair",
            ok_accessible="Add the pair to the proposal",
        )
        for combo in (ui.menteeCombo, ui.mentorCombo):
            combo.currentIndexChanged.connect(self._selection_changed)
            combo.editTextChanged.connect(self._selection_changed)
        self.select(mentee_id=mentee_id, mentor_id=mentor_id)
        self._selection_changed()
        self.resize(580, 440)

    # --- choosing ---------------------------------------------------------------------

    @staticmethod
    def _chosen(combo: QComboBox) -> int | None:
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
        return None if index < 0 else int(combo.itemData(index))

    def select(self, *, mentee_id: int | None = None, mentor_id: int | None = None) -> None:
        """Choose a mentee and/or a mentor by participant id (for a preset or a test)."""
        for combo, wanted in ((self.ui.menteeCombo, mentee_id), (self.ui.mentorCombo, mentor_id)):
            if wanted is not None:
                combo.setCurrentIndex(combo.findData(wanted))

    def chosen(self) -> tuple[int, int] | None:
        """(mentor participant id, mentee participant id), when both are chosen."""
        mentor = self._chosen(self.ui.mentorCombo)
        mentee = self._chosen(self.ui.menteeCombo)
        return None if mentor is None or mentee is None else (mentor, mentee)

    def _selection_changed(self, *_args: Any) -> None:
        pair = self.chosen()
        if pair == self._asked and (self.check is not None or pair is None):
            return
        self._asked = pair
        self.check = None
        self.add_button.setEnabled(False)
        if pair is None:
            self._show("", "Choose a mentee and a mentor to see how well they fit.", "")
            return
        mentor, mentee = pair
        extra = self._extra(mentor, mentee) if self._extra else []
        self._show("", "Checking the pair against the hard rules…", "")
        check = self._check
        workers.start_task(
            self._pool,
            lambda _control: check(mentor, mentee),
            name="check a pair",
            on_done=lambda result: self._later(self._checked, pair, extra, result),
            on_failed=lambda exc: self._later(self._failed, pair, exc),
        )

    @staticmethod
    def _later(method: Callable[..., None], *args: Any) -> None:
        """Deliver an outcome, unless the dialog has been closed and deleted since."""
        with suppress(RuntimeError):  # raised when the dialog's widgets are gone
            method(*args)

    # --- the outcome ------------------------------------------------------------------

    def _checked(self, pair: tuple[int, int], extra: list[str], result: PairCheck) -> None:
        if pair != self._asked:
            return
        broken = [*extra, *result.broken_rules]
        self.check = PairCheck(broken_rules=broken, score=result.score, reasons=result.reasons)
        if broken:
            self._show(
                "refused",
                "This pair breaks a hard rule and cannot be added",
                bullet_list(broken),
            )
        else:
            reasons = (
                bullet_list(result.reasons)
                if result.reasons
                else "<p>No criterion adds points for this pair.</p>"
            )
            self._show("allowed", f"Allowed · score {result.score:.1f}", reasons)
            self.add_button.setEnabled(True)
        self.checked.emit()

    def _failed(self, pair: tuple[int, int], exc: Exception) -> None:
        if pair != self._asked:
            return
        self._show("refused", "The pair could not be checked", f"<p>{escape(str(exc))}</p>")
        self.checked.emit()

    def _show(self, outcome: str, title: str, html: str) -> None:
        ui = self.ui
        ui.resultTitle.setProperty("outcome", outcome)
        ui.resultTitle.style().unpolish(ui.resultTitle)
        ui.resultTitle.style().polish(ui.resultTitle)
        ui.resultTitle.setText(title)
        ui.resultText.setText(html)
        ui.resultText.setVisible(bool(html))
        ui.resultFrame.setAccessibleDescription(title)

    def outcome_text(self) -> str:
        """The outcome as plain text: title and the rules or reasons (for tests)."""
        items = self.check.broken_rules or self.check.reasons if self.check else []
        return "\n".join([self.ui.resultTitle.text(), *items])

    def accept(self) -> None:
        if self.check is None or not self.check.ok or self.chosen() != self._asked:
            return
        super().accept()
