"""Signing certificates: see which the vault holds, create the authority's, import a PKCS#12.

Without a certificate no report can be signed, and the officer should not need the command
line to get one. The key material goes straight from the chosen file into the vault (stored
encrypted there); nothing is written elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpradmin import signing
from cpradmin.models.accounts import Permission
from cpradmin.ui.context import ViewContext


class CertificatesDialog(QDialog):
    """The certificates list with "Create the authority's certificate" and "Import…"."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("CertificatesDialog")
        self.setWindowTitle(self.tr("Signing certificates"))
        account = context.vault.account
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Reports of completed controls are signed with one of these certificates: your "
            "own, else the authority's.")))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("certificates")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Owner"), self.tr("Valid from"), self.tr("Valid to"),
            self.tr("Fingerprint (SHA-256)")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Create the authority's certificate"))
        self.create_button.setObjectName("createCertificate")
        self.create_button.clicked.connect(self.create)
        self.create_button.setVisible(account.may(Permission.CHANGE_SETTINGS))
        self.import_button = QPushButton(self.tr("&Import my certificate (PKCS#12)…"))
        self.import_button.setObjectName("importCertificate")
        self.import_button.clicked.connect(self.import_file)
        self.import_button.setVisible(account.may(Permission.DO_CONTROLS))
        row.addWidget(self.create_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 320)
        self.refresh()

    def refresh(self) -> None:
        found = self.context.read(lambda v: signing.list_certificates(v.db, active_only=True))
        self.table.setRowCount(len(found))
        for number, info in enumerate(found):
            cells = (info.common_name, info.owner or self.tr("the authority"),
                     f"{info.not_before:%d-%m-%Y}", f"{info.not_after:%d-%m-%Y}",
                     info.fingerprint[:16] + "…")
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def create(self) -> None:
        self.context.write(self, lambda v: signing.create_authority_certificate(v),
                           lambda _info: self.refresh())

    def import_file(self, path: str | None = None, passphrase: str | None = None) -> None:
        """Import a .p12/.pfx; *path* and *passphrase* are asked for unless given (tests)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a certificate"), "",
                self.tr("PKCS#12 certificates (*.p12 *.pfx)"))
            if not path:
                return
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Import a certificate"),
                self.tr("The certificate file's password:"), QLineEdit.EchoMode.Password)
            if not ok:
                return
        data = Path(path).read_bytes()
        self.context.write(self, lambda v: signing.import_pkcs12(v, data, passphrase),
                           lambda _info: self.refresh())
