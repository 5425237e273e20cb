"""Small pieces every view uses: message boxes for core errors, the clipboard we own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from cpradmin.errors import CpradminError
from cpradmin.ui import i18n

_owned_clipboard_text: str | None = None


def copy_to_clipboard(text: str) -> None:
    """Copy *text* and remember it, so locking can clear what the app put there."""
    global _owned_clipboard_text
    QGuiApplication.clipboard().setText(text)
    _owned_clipboard_text = text


def clear_owned_clipboard() -> bool:
    """Clear the clipboard if it still holds what we put there; True if cleared."""
    global _owned_clipboard_text
    clipboard = QGuiApplication.clipboard()
    if _owned_clipboard_text is not None and clipboard.text() == _owned_clipboard_text:
        clipboard.clear()
        _owned_clipboard_text = None
        return True
    _owned_clipboard_text = None
    return False


def error_text(exc: BaseException) -> str:
    """What the user reads for *exc*: the translated message and rule details, no traceback."""
    if isinstance(exc, CpradminError):
        lines = [i18n.text(exc.message)]
        lines += [f"• {i18n.text(detail)}" for detail in getattr(exc, "details", ())]
        return "\n".join(lines)
    template = QCoreApplication.translate("Common", "An unexpected error occurred: {kind}")
    return template.format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Common", "cpradmin"), error_text(exc))


def ok_cancel_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (the default, so Enter saves) and Cancel, wired to the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setDefault(True)
    return buttons, ok


def push_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A named button that calls *slot* without Qt's ``checked`` argument and is never a
    dialog's default (Enter in a field must not press it)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button
