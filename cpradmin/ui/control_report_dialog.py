"""The "Report…" dialog of a control: its documentation as PDF, signed or not, saved, printed
or previewed, and its evidence workbook.

The PDF is made on the vault's worker (``control_reports.make_control_report``) and held in
memory: "Save PDF…" writes it only where the officer chooses (``securefiles.atomic_write``),
"Print…" and "Preview…" paint it from memory (``report_dialogs``). "Sign" asks for the
password again, signs in memory and keeps the signed report in the vault; only a completed
control's report can be signed. Changing the language or the sign box makes the PDF again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpradmin import control_reports, evidence
from cpradmin.securefiles import atomic_write
from cpradmin.ui.common import show_error
from cpradmin.ui.context import ViewContext
from cpradmin.ui.report_dialogs import preview_pdf, print_pdf

PasswordAsk = Callable[[QWidget], str | None]
FileAsk = Callable[[QWidget, str, str], str]


def _ask_password(parent: QWidget) -> str | None:
    password, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("ControlReportDialog", "Sign the report"),
        QCoreApplication.translate(
            "ControlReportDialog", "Signing keeps the report in the vault and cannot be "
            "undone.\n\nType your password to sign."), QLineEdit.EchoMode.Password)
    return password if ok else None


def _ask_file(parent: QWidget, suggested: str, pattern: str) -> str:
    title = QCoreApplication.translate("ControlReportDialog", "Save as")
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return name


class ControlReportDialog(QDialog):
    """See the module docstring. *ask_password* and *ask_file* are the prompts (tests give
    their own); *pdf* holds the current PDF once made (signed or not)."""

    def __init__(self, context: ViewContext, control_id: int, parent: QWidget | None = None,
                 *, ask_password: PasswordAsk = _ask_password,
                 ask_file: FileAsk = _ask_file) -> None:
        super().__init__(parent)
        self.setObjectName("ControlReportDialog")
        self.context = context
        self.control_id = control_id
        self.ask_password = ask_password
        self.ask_file = ask_file
        self.pdf: bytes | None = None
        self.title = ""
        self.file_name = ""
        self.signed_id: int | None = None
        self.busy = False
        completed = context.read(
            lambda v: control_reports.control_completed(v.db, control_id))
        self.setWindowTitle(self.tr("Report of control #{id}").format(id=control_id))

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Danish"), "da")
        self.language.addItem(self.tr("English"), "en")
        self.sign = QCheckBox(self.tr("Sign it and keep it in the vault (asks for your "
                                      "password)"))
        self.sign.setObjectName("sign")
        self.sign.setEnabled(completed)
        if not completed:
            self.sign.setToolTip(self.tr("Only a completed control's report can be signed."))
        self.make_button = QPushButton(self.tr("&Make report"))
        self.make_button.setObjectName("make")
        self.make_button.clicked.connect(lambda _c=False: self.make())
        self.status = QLabel(self.tr("Choose the language, then make the report."))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(lambda _c=False: self.save_pdf())
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(lambda _c=False: self.print_report())
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setObjectName("preview")
        self.preview_button.clicked.connect(lambda _c=False: self.preview())
        self.evidence_button = QPushButton(self.tr("&Evidence XLSX…"))
        self.evidence_button.setObjectName("evidence")
        self.evidence_button.clicked.connect(lambda _c=False: self.save_evidence())

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.sign)
        actions = QHBoxLayout()
        for button in (self.make_button, self.save_button, self.print_button,
                       self.preview_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.evidence_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.language.currentIndexChanged.connect(lambda _i: self._forget())
        self.sign.toggled.connect(lambda _on: self._forget())
        self._update()

    # -- state ----------------------------------------------------------------------------------

    def _forget(self) -> None:
        """Another language or signing choice: the PDF in hand no longer fits."""
        if self.pdf is not None and self.signed_id is None:
            self.pdf = None
            self.status.setText(self.tr("Make the report again for the new choice."))
        elif self.signed_id is not None:
            self.pdf, self.signed_id = None, None
        self._update()

    def _update(self) -> None:
        ready = self.pdf is not None and not self.busy
        for button in (self.save_button, self.print_button, self.preview_button):
            button.setEnabled(ready)
        self.make_button.setEnabled(not self.busy)
        self.evidence_button.setEnabled(not self.busy)

    # -- making ---------------------------------------------------------------------------------

    def make(self) -> None:
        """Make the PDF on the worker; with "sign", ask for the password first."""
        password = ""
        if self.sign.isChecked():
            asked = self.ask_password(self)
            if not asked:
                return
            password = asked
        control_id, lang, sign = self.control_id, str(self.language.currentData()), \
            self.sign.isChecked()

        def job(vault: Any) -> tuple[Any, bytes, int | None]:
            made = control_reports.make_control_report(vault, control_id, lang=lang)
            if sign:
                stored, data = control_reports.sign_control_report(vault, made,
                                                                   password=password)
                return made, data, stored.id
            return made, made.pdf, None

        def done(result: tuple[Any, bytes, int | None]) -> None:
            made, data, stored = result
            self.busy = False
            self.pdf, self.title, self.file_name, self.signed_id = (
                data, made.title, made.file_name, stored)
            digest = hashlib.sha256(data).hexdigest()
            text = self.tr("{title}: {pages} bytes, SHA-256 {digest}.").format(
                title=made.title, pages=f"{len(data):,}", digest=digest)
            if stored is not None:
                text += " " + self.tr("Signed and kept in the vault as report #{id}.").format(
                    id=stored)
            self.status.setText(text)
            self._update()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.status.setText(self.tr("The report was not made."))
            self._update()
            if vault.is_open:
                show_error(self, exc)

        vault = self.context.vault
        self.busy = True
        self._update()
        self.status.setText(self.tr("Making the report…"))
        self.context.worker.submit(lambda _op: job(vault), done, failed)

    # -- using it -------------------------------------------------------------------------------

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Write the PDF where the officer chooses (never anywhere else)."""
        if self.pdf is None:
            return None
        name = path or self.ask_file(self, self.file_name, self.tr("PDF (*.pdf)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        data = self.pdf
        try:
            def job(vault: Any) -> None:
                atomic_write(target, data)
                vault.record("report-exported", f"control:{self.control_id}", {
                    "file": target.name, "sha256": hashlib.sha256(data).hexdigest(),
                    "signed": self.signed_id is not None})
            self.context.read(job)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return None
        self.status.setText(self.tr("Saved: {path}").format(path=str(target)))
        return target

    def print_report(self) -> bool:
        if self.pdf is None:
            return False
        return print_pdf(self, self.pdf, title=self.title, context=self.context)

    def preview(self) -> Any:
        if self.pdf is None:
            return None
        return preview_pdf(self, self.pdf, title=self.title, context=self.context)

    def save_evidence(self, path: str | None = None) -> Path | None:
        """The evidence workbook, written where the officer chooses."""
        name = path or self.ask_file(self, f"control-{self.control_id}-evidence.xlsx",
                                     self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        lang, control_id = str(self.language.currentData()), self.control_id
        try:
            self.context.read(lambda v: evidence.export_evidence(v, control_id, target,
                                                                 lang=lang))  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return None
        self.status.setText(self.tr("Saved: {path}").format(path=str(target)))
        return target


def open_control_report(context: ViewContext, control_id: int,
                        parent: QWidget | None = None) -> ControlReportDialog:
    """Show the dialog (non-modal to the view; it closes with the window on lock)."""
    dialog = ControlReportDialog(context, control_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
