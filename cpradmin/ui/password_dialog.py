"""Choosing a new password, with the CPR password rules checked as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cpradmin import accounts
from cpradmin.models import passwords
from cpradmin.ui import i18n
from cpradmin.ui.common import error_text
from cpradmin.ui.worker import Operation, VaultWorker
from cpradmin.vault import Vault


class ChangePasswordDialog(QDialog):
    """Forced (first login, expiry, recovery) or voluntary; the slot is rewrapped on OK."""

    def __init__(self, vault: Vault, worker: VaultWorker, *, forced: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.worker = worker
        self.setWindowTitle(self.tr("Change password"))
        self.setObjectName("ChangePasswordDialog")
        intro = QLabel(
            self.tr("You must choose a new password before you continue.")
            if forced
            else self.tr("Choose a new password.")
        )
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setObjectName("current")
        self.new = QLineEdit()
        self.new.setObjectName("new")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.textChanged.connect(self._live_check)
        self.repeat.textChanged.connect(self._live_check)
        form = QFormLayout()
        if not vault.recovered:
            form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat:"), self.repeat)
        rules = QLabel(
            self.tr(
                "At least {min} characters; changed at least every {days} days; never an "
                "earlier password or a renumbered one; no names, initials, birth dates, CPR "
                "numbers or licence plates of you or your family; not a common password."
            ).format(min=accounts.POLICY.min_length, days=accounts.POLICY.max_age_days)
        )
        rules.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(rules)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        self._live_check()

    def _local_problems(self) -> list[str]:
        """The rules that need no history (history is checked on OK, on the worker)."""
        account = self.vault.account
        candidate = self.new.text()
        if not candidate:
            return []
        violations = passwords.check_password(
            candidate, policy=accounts.POLICY,
            personal=accounts.personal_data_for(
                account.name, account.initials, account.birth_date, account.cpr,
                account.family_names, account.licence_plates,
            ),
            forced=True,
        )
        problems = [i18n.text(v.message) for v in violations]
        if self.repeat.text() and self.repeat.text() != candidate:
            problems.append(self.tr("The two new passwords differ."))
        return problems

    def _live_check(self) -> None:
        problems = self._local_problems()
        self.feedback.setText("\n".join(f"• {p}" for p in problems))
        ok = bool(self.new.text()) and self.new.text() == self.repeat.text() and not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def submit(self) -> None:
        vault = self.vault
        current = None if vault.recovered else self.current.text()
        new = self.new.text()
        self.buttons.setEnabled(False)
        self.feedback.setText(self.tr("Checking against earlier passwords…"))

        def job(_op: Operation) -> None:
            accounts.change_password(vault, current, new)

        self.worker.submit(job, lambda _r: self.accept(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.feedback.setText(error_text(exc))
