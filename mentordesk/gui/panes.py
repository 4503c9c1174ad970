"""The main window's splitter between the navigation pane and the content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QShowEvent


class PaneSplitter(QSplitter):
    """A fixed pane beside a stretching one, whose remembered widths are applied when it
    is first shown: squeezed into the default size of a window not yet shown, it would
    give them up.

    Promoted in ui/main_window.ui. It passes `parent` by keyword: given positionally,
    PySide6 tries the (orientation, parent) overload first, and that builds the whole
    `Qt` namespace (about 10 ms) before the window's first paint.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._widths: tuple[QByteArray | None, list[int]] | None = None

    def restore_when_shown(self, state: QByteArray | None, default_widths: list[int]) -> None:
        """Apply the saved `state` when first shown, or `default_widths` without one."""
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self._widths = (state, default_widths)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._widths is not None:
            state, default_widths = self._widths
            self._widths = None
            if state is None or not self.restoreState(state):
                self.setSizes(default_widths)
