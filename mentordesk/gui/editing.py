"""What every editing page shares: unsaved-changes guard and messages at the field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtWidgets import QLabel, QWidget

from mentordesk.services.errors import InputRefused

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


@runtime_checkable
class Editor(Protocol):
    """A page or dialog that edits a record and may hold unsaved changes."""

    def has_unsaved_changes(self) -> bool: ...

    def save(self) -> bool:
        """Save; False when the input was refused (the message is shown at the field)."""
        ...

    def discard(self) -> None: ...

    def editing_title(self) -> str:
        """What is being edited, for the question 'Save the changes to …?'."""
        ...


def confirm_leave(parent: QWidget, editor: Editor) -> bool:
    """Ask to save or discard unsaved changes; False when the user stays (Cancel)."""
    from PySide6.QtWidgets import QMessageBox  # here, not at start-up

    if not editor.has_unsaved_changes():
        return True
    box = QMessageBox(parent)
    box.setObjectName("unsavedChangesBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"Save the changes to {editor.editing_title()}?")
    box.setInformativeText("If you don't save, your changes are lost.")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return editor.save()
    if answer == QMessageBox.StandardButton.Discard:
        editor.discard()
        return True
    return False


class FieldErrors:
    """Shows a refusal under the field it concerns and marks that field.

    Register each field's input widget (and optionally its message label); `show` picks
    the field named by InputRefused.field, or the fallback label for refusals of the whole
    form.
    """

    def __init__(self, fallback: QLabel) -> None:
        self._fallback = fallback
        self._fields: dict[str, tuple[QWidget, QLabel | None]] = {}
        fallback.setObjectName(fallback.objectName() or "formErrorLabel")
        fallback.setProperty("role", "error")
        fallback.hide()

    def register(self, field: str, widget: QWidget, label: QLabel | None = None) -> None:
        self._fields[field] = (widget, label)
        if label is not None:
            label.setProperty("role", "error")
            label.hide()

    def clear(self) -> None:
        for widget, label in self._fields.values():
            _mark(widget, False)
            if label is not None:
                label.hide()
        self._fallback.hide()

    def show(self, refusal: InputRefused) -> None:
        self.clear()
        widget, label = self._fields.get(refusal.field or "", (None, None))
        target = label if label is not None else self._fallback
        target.setText(str(refusal))
        target.show()
        if widget is not None:
            _mark(widget, True)
            widget.setFocus()


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class PageMessages:
    """A page's one-line message (its `ui.messageLabel`), echoed to the status bar through
    the page's `statusMessage` signal."""

    ui: Any
    statusMessage: Any

    def _show_message(self, text: str, *, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setProperty("kind", "error" if error else "info")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            self.statusMessage.emit(text)

    def message(self) -> str:
        label = self.ui.messageLabel
        return str(label.text()) if label.isVisible() else ""


def wire_dialog_buttons(
    dialog: QDialog,
    box: QDialogButtonBox,
    *,
    ok_name: str,
    cancel_name: str,
    ok_text: str | None = None,
    ok_accessible: str | None = None,
) -> QPushButton:
    """Name a dialog's OK and Cancel buttons (for tests and screen readers), label OK
    with what it does, and connect both to the dialog. Returns the OK button."""
    ok = box.button(box.StandardButton.Ok)
    if ok_text is not None:
        ok.setText(ok_text)
    ok.setObjectName(ok_name)
    ok.setAccessibleName(ok_accessible or ok.text())
    cancel = box.button(box.StandardButton.Cancel)
    cancel.setObjectName(cancel_name)
    cancel.setAccessibleName("Cancel")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return ok
