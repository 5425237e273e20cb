"""The login window: initials and password, or the recovery key; key derivation off-thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpradmin.ui.common import error_text
from cpradmin.ui.worker import Operation, VaultWorker
from cpradmin.vault import Vault


class LoginWindow(QWidget):
    """Emits ``logged_in(vault)``; ``vault_chosen(path)`` when the officer picks another file."""

    logged_in = Signal(object)
    vault_chosen = Signal(Path)

    def __init__(self, path: Path, worker: VaultWorker, initials: str = "",
                 message: str = "") -> None:
        super().__init__()
        self.path = path
        self.worker = worker
        self.setWindowTitle(self.tr("cpradmin — log in"))
        self.setObjectName("LoginWindow")

        title = QLabel(self.tr("<h2>cpradmin</h2>The CPR security officer's register"))
        self.vault_label = QLabel(str(path))
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Other vault…"))
        choose.clicked.connect(self._choose_vault)
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_label, 1)
        vault_row.addWidget(choose)

        self.initials = QLineEdit(initials)
        self.initials.setObjectName("initials")
        self.initials.setMaxLength(6)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        self.initials.returnPressed.connect(self.password.setFocus)

        form = QFormLayout()
        form.addRow(self.tr("Vault:"), vault_row)
        form.addRow(self.tr("&Initials:"), self.initials)
        form.addRow(self.tr("&Password:"), self.password)

        self.message = QLabel(message)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)

        self.login_button = QPushButton(self.tr("&Log in"))
        self.login_button.setObjectName("login")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        self.recovery_button = QPushButton(self.tr("Use the &recovery key…"))
        self.recovery_button.clicked.connect(self._recover)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        (self.password if initials else self.initials).setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.login_button, self.recovery_button, self.initials, self.password):
            widget.setEnabled(not busy)

    def submit(self) -> None:
        initials = self.initials.text().strip()
        password = self.password.text()
        self.password.clear()
        if not initials or not password:
            self.message.setText(self.tr("Enter your initials and password."))
            return
        self.message.setText(self.tr("Opening the vault…"))
        self._set_busy(True)
        path = self.path

        def job(_op: Operation) -> Vault:
            return Vault.login(path, initials, password)

        self.worker.submit(job, self._done, self._failed)

    def _recover(self) -> None:
        key, ok = QInputDialog.getText(
            self, self.tr("Recovery key"),
            self.tr("Type the recovery key printed when the vault was created.\n"
                    "The security officer must choose a new password afterwards."),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not key.strip():
            return
        self._set_busy(True)
        path = self.path
        self.message.setText(self.tr("Opening the vault with the recovery key…"))
        self.worker.submit(lambda _op: Vault.recover(path, key), self._done, self._failed)

    def _done(self, vault: Vault) -> None:
        self._set_busy(False)
        self.message.clear()
        self.logged_in.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(error_text(exc))
        self.password.setFocus()

    def _choose_vault(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a vault"), str(self.path.parent),
            self.tr("cpradmin vaults (*.vault);;All files (*)"),
        )
        if name:
            self.path = Path(name)
            self.vault_label.setText(name)
            self.vault_chosen.emit(self.path)
