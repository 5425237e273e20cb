"""What a view receives: the open vault, its worker, and a way to re-ask the password."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from cpradmin import accounts
from cpradmin.ui.common import show_error
from cpradmin.ui.worker import Operation, VaultWorker
from cpradmin.vault import Vault


@dataclass
class ViewContext:
    vault: Vault
    worker: VaultWorker

    def read(self, job: Callable[[Vault], Any]) -> Any:
        """A short read on the vault's worker thread (milliseconds: pages, small lists)."""
        vault = self.vault
        return self.worker.call(lambda: job(vault))

    def write(
        self,
        parent: QWidget,
        job: Callable[[Vault], Any],
        on_success: Callable[[Any], None] | None = None,
    ) -> Operation:
        """A change on the worker; a refusal is shown to the user, nothing half-done.

        A lock queues behind the change; when the change ends after it, the view's window
        is gone, so neither callback runs (nothing may show on top of the login window).
        """
        vault = self.vault

        def succeeded(result: Any) -> None:
            if vault.is_open and on_success is not None:
                on_success(result)

        def failed(exc: BaseException) -> None:
            if vault.is_open:
                show_error(parent, exc)

        return self.worker.submit(lambda _op: job(vault), succeeded, failed)

    def confirm_password(self, parent: QWidget, action: str) -> bool:
        """Re-ask before the irreversible (Electrum's protected actions)."""
        password, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ViewContext", "Confirm with your password"),
            QCoreApplication.translate(
                "ViewContext", "{action}\n\nType your password to confirm."
            ).format(action=action),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        vault = self.vault
        try:
            self.worker.call(lambda: accounts.confirm_password(vault, password))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(parent, exc)
            return False
        return True
