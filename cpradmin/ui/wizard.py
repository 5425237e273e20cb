"""First run: create the vault, the security officer and the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from cpradmin import accounts, keystore
from cpradmin.models import passwords
from cpradmin.ui import i18n
from cpradmin.ui.common import error_text
from cpradmin.ui.worker import Operation, VaultWorker
from cpradmin.vault import Created, Vault


class OfficerPage(QWizardPage):
    """Name, initials and password of the officer; creating the vault happens on Next."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The security officer"))
        self.setSubTitle(self.tr(
            "The vault will be created at {path}. You log in with your initials."
        ).format(path=str(wizard.path)))
        self.authority = QLineEdit()
        self.authority.setObjectName("authority")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.initials = QLineEdit()
        self.initials.setObjectName("initials")
        self.initials.setMaxLength(6)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_only = QCheckBox(self.tr("Password only (do not bind to this workstation)"))
        self.password_only.setObjectName("password_only")
        if not keystore.available():
            self.password_only.setChecked(True)
            self.password_only.setEnabled(False)
            self.password_only.setToolTip(self.tr(
                "No secure keyring is available on this workstation; the key is protected "
                "by the password alone."
            ))
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))
        form = QFormLayout(self)
        form.addRow(self.tr("Authority:"), self.authority)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Initials:"), self.initials)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.repeat)
        form.addRow("", self.password_only)
        form.addRow(self.feedback)
        for edit in (self.name, self.initials, self.password, self.repeat):
            edit.textChanged.connect(self._changed)

    def problems(self) -> list[str]:
        found: list[str] = []
        if not self.name.text().strip():
            found.append(self.tr("Enter your name."))
        if len(self.initials.text().strip()) < 2:
            found.append(self.tr("Enter your initials (2 to 6 letters)."))
        if self.password.text():
            personal = accounts.personal_data_for(
                self.name.text(), self.initials.text(), None, None, (), ()
            )
            found += [
                i18n.text(v.message)
                for v in passwords.check_password(
                    self.password.text(), policy=accounts.POLICY, personal=personal, forced=True
                )
            ]
        else:
            found.append(self.tr("Choose a password."))
        if self.repeat.text() != self.password.text():
            found.append(self.tr("The two passwords differ."))
        return found

    def _changed(self) -> None:
        self.feedback.setText("\n".join(f"• {p}" for p in self.problems()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.problems() and self.owner.created is None and not self.owner.busy

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """Create the vault on the worker; the wizard moves on when it is done."""
        if self.owner.created is not None:
            return True
        self.owner.create(
            name=self.name.text().strip(), initials=self.initials.text().strip(),
            password=self.password.text(), authority=self.authority.text().strip(),
            password_only=self.password_only.isChecked(),
        )
        return False


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr(
            "It opens the vault if your password or this workstation's keyring is lost. It is "
            "shown only now: print it or write it down and keep it locked away."
        ))
        self.key = QLabel()
        self.key.setObjectName("recovery_key")
        font = QFont("DejaVu Sans Mono")
        font.setPointSize(16)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        print_button = QPushButton(self.tr("&Print…"))
        print_button.clicked.connect(self.print_key)
        self.confirmed = QCheckBox(self.tr("I have printed or written down the recovery key"))
        self.confirmed.setObjectName("confirmed")
        self.confirmed.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(print_button)
        layout.addWidget(self.confirmed)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.owner.created:
            self.key.setText(self.owner.created.recovery_key)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.confirmed.isChecked()

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        created = self.owner.created
        if created is None:
            return
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        document = QTextDocument()
        document.setHtml(self.tr(
            "<h2>cpradmin recovery key</h2><p>Vault: {path}</p><p>Security officer: {name}</p>"
            "<p style='font-size:20pt; font-family:monospace'>{key}</p>"
            "<p>Keep this sheet locked away. Anyone holding it and the vault file can open the "
            "vault.</p>"
        ).format(path=str(created.vault.path), name=created.vault.account.name,
                 key=created.recovery_key))
        painter = QPainter()
        if painter.begin(printer):
            document.drawContents(painter)
            painter.end()


class FirstRunWizard(QWizard):
    """``created`` holds the new session once the officer page succeeded."""

    def __init__(self, path: Path, worker: VaultWorker) -> None:
        super().__init__()
        self.path = path
        self.worker = worker
        self.created: Created | None = None
        self.busy = False
        self.setObjectName("FirstRunWizard")
        self.setWindowTitle(self.tr("cpradmin — create the vault"))
        intro = QWizardPage()
        intro.setTitle(self.tr("Welcome to cpradmin"))
        text = QLabel(self.tr(
            "cpradmin keeps the register the CPR terms require of the security officer: "
            "employees and programs with CPR access, their authorisations, unlocks and "
            "controls — in one encrypted vault on this workstation.\n\nFirst you create the "
            "vault and your account as security officer."
        ))
        text.setWordWrap(True)
        QVBoxLayout(intro).addWidget(text)
        self.officer = OfficerPage(self)
        self.recovery = RecoveryPage(self)
        self.addPage(intro)
        self.addPage(self.officer)
        self.addPage(self.recovery)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def create(self, *, name: str, initials: str, password: str, authority: str,
               password_only: bool) -> None:
        self.busy = True
        self.officer.feedback.setText(self.tr("Creating the encrypted vault…"))
        self.officer.completeChanged.emit()
        path = self.path

        def job(_op: Operation) -> Created:
            return Vault.create(
                path, officer_name=name, initials=initials, password=password,
                authority=authority, password_only=password_only,
            )

        self.worker.submit(job, self._created, self._failed)

    def _created(self, created: Created) -> None:
        self.busy = False
        self.created = created
        self.next()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.officer.feedback.setText(error_text(exc))
        self.officer.completeChanged.emit()

    @property
    def vault(self) -> Vault | None:
        return self.created.vault if self.created else None
