"""What your own password must not contain: birth date, CPR number, family, licence plates.

The CPR terms forbid passwords made of the holder's or family members' names, birth dates,
CPR numbers and licence plates. The rules can only check what is registered, so each account
keeps these details (encrypted in the vault, never shown again in full).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cpradmin import accounts
from cpradmin.models.cpr import CprError, mask_cpr, parse_cpr
from cpradmin.models.dates import parse_date
from cpradmin.ui import i18n
from cpradmin.ui.common import error_text
from cpradmin.ui.worker import Operation, VaultWorker
from cpradmin.vault import Vault


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class PersonalDetailsDialog(QDialog):
    def __init__(self, vault: Vault, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.worker = worker
        self.setObjectName("PersonalDetailsDialog")
        self.setWindowTitle(self.tr("My details for the password rules"))
        account = vault.account
        intro = QLabel(self.tr(
            "Your password must not contain your or your family's names, initials, birth "
            "dates, CPR numbers or licence plates. Register them here so the rules can check "
            "them. They are kept encrypted and never shown again in full."
        ))
        intro.setWordWrap(True)
        self.birth = QLineEdit(account.birth_date.strftime("%d-%m-%Y") if account.birth_date
                               else "")
        self.birth.setObjectName("birth")
        self.birth.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.cpr = QLineEdit()
        self.cpr.setObjectName("cpr")
        self.cpr.setEchoMode(QLineEdit.EchoMode.Password)
        self.cpr.setPlaceholderText(
            self.tr("Stored: {masked} — type to replace").format(masked=mask_cpr(account.cpr))
            if account.cpr else self.tr("DDMMYY-SSSS")
        )
        self.clear_cpr = QCheckBox(self.tr("Remove the stored CPR number"))
        self.clear_cpr.setVisible(bool(account.cpr))
        self.family = QPlainTextEdit("\n".join(account.family_names))
        self.family.setObjectName("family")
        self.family.setPlaceholderText(self.tr("One name per line"))
        self.plates = QPlainTextEdit("\n".join(account.licence_plates))
        self.plates.setObjectName("plates")
        self.plates.setPlaceholderText(self.tr("One licence plate per line, e.g. AB 12 345"))
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Birth date:"), self.birth)
        form.addRow(self.tr("CPR number:"), self.cpr)
        form.addRow("", self.clear_cpr)
        form.addRow(self.tr("Family members:"), self.family)
        form.addRow(self.tr("Licence plates:"), self.plates)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        self.birth.textChanged.connect(self._check)
        self.cpr.textChanged.connect(self._check)
        self._check()

    def _problems(self) -> list[str]:
        found: list[str] = []
        if self.birth.text().strip():
            try:
                parse_date(self.birth.text())
            except ValueError:
                found.append(self.tr("The birth date is not a date (dd-mm-yyyy)."))
        if self.cpr.text().strip():
            try:
                parse_cpr(self.cpr.text())
            except CprError as exc:
                found.append(i18n.text(exc.message))
        return found

    def _check(self) -> None:
        problems = self._problems()
        self.feedback.setText("\n".join(f"• {p}" for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def submit(self) -> None:
        birth: date | None = parse_date(self.birth.text()) if self.birth.text().strip() else None
        typed = self.cpr.text().strip() or None
        clear = self.clear_cpr.isChecked()
        family, plates = _lines(self.family), _lines(self.plates)
        vault = self.vault

        def job(_op: Operation) -> None:
            stored = None if clear else vault.account.cpr
            accounts.update_personal_data(
                vault, birth_date=birth, cpr=typed or stored, family_names=family,
                licence_plates=plates,
            )

        self.cpr.clear()
        self.buttons.setEnabled(False)
        self.worker.submit(job, lambda _r: self.accept(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.feedback.setText(error_text(exc))
