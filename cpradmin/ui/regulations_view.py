"""The internal regulations (section 4: reviewed at least once a year), kept as versions.

Each version's document is stored encrypted in the vault with its SHA-256, so the officer can
hand the CPR Administration exactly the text that was in force. Saving a copy out of the vault
is the officer's explicit export, to a place the officer chooses.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpradmin import regulations
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.models.accounts import Permission
from cpradmin.regulations import MAX_DOCUMENT_BYTES, Regulation
from cpradmin.securefiles import atomic_write
from cpradmin.ui.context import ViewContext
from cpradmin.ui.table_model import RowsModel, rows_table
from cpradmin.vault import Vault

REVIEW_WARNING_DAYS = 30
RED = QColor("#c62828")
GREY = QColor("#757575")


class RegulationsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("RegulationsModel", "Title"),
        QT_TRANSLATE_NOOP("RegulationsModel", "Version"),
        QT_TRANSLATE_NOOP("RegulationsModel", "Approved"),
        QT_TRANSLATE_NOOP("RegulationsModel", "Review due"),
        QT_TRANSLATE_NOOP("RegulationsModel", "File"),
        QT_TRANSLATE_NOOP("RegulationsModel", "SHA-256"),
    )
    REVIEW_COLUMN = 3

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Regulation] = []
        self.today = date.today()

    def set_rows(self, rows: list[Regulation], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def review_soon(self, row: int) -> bool:
        """Only the version in force (the newest) is due for review; older ones are replaced."""
        return row == 0 and self.rows[0].review_due <= self.today + timedelta(
            days=REVIEW_WARNING_DAYS)

    def decoration(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.row() > 0:
                return QBrush(GREY)
            if column == self.REVIEW_COLUMN and self.review_soon(0):
                return QBrush(RED)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() > 0:
                return self.tr("Replaced by a newer version")
            if column == self.REVIEW_COLUMN and self.review_soon(0):
                return (self.tr("Overdue: review the regulations now")
                        if row.review_due < self.today
                        else self.tr("Due for review within 30 days"))
            if column == 5:
                return row.sha256
        return None

    def display(self, row: Any, column: int) -> Any:
        review = row.review_due.isoformat()
        if row is self.rows[0] and row.review_due < self.today:
            review = self.tr("{day} (overdue)").format(day=review)
        values = (row.title, row.version, row.approved_on.isoformat(), review,
                  row.file_name or self.tr("(no document)"), row.sha256[:12])
        return values[column]


class AddVersionDialog(QDialog):
    """Title, version, approval date and the approved document itself."""

    def __init__(self, parent: QWidget, today: date, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a version of the regulations"))
        self.document: bytes | None = None
        self.file_name = ""
        self.title = QLineEdit(title)
        self.title.setObjectName("title")
        self.version = QLineEdit()
        self.version.setObjectName("version")
        self.version.setPlaceholderText(self.tr("e.g. 2026.1"))
        self.approved = QDateEdit(QDate(today.year, today.month, today.day))
        self.approved.setObjectName("approved")
        self.approved.setDisplayFormat("yyyy-MM-dd")
        self.approved.setCalendarPopup(True)
        self.approved.setMaximumDate(QDate(today.year, today.month, today.day))
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("fileLabel")
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose file…"))
        choose.setObjectName("chooseFile")
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(choose)
        file_row.addWidget(self.file_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("&Approved on:"), self.approved)
        form.addRow(self.tr("Document:"), file_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "The review is due one year after the approval date. The document is stored "
            "encrypted in the vault.")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.title.textChanged.connect(self._validate)
        self.version.textChanged.connect(self._validate)
        self._validate()

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the approved document"), "",
            self.tr("Documents (*.pdf *.docx *.odt *.doc *.txt);;All files (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        try:
            size = path.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                self.document, self.file_name = None, ""
                self.file_label.setText(self.tr("{name} is larger than {limit} MB.").format(
                    name=path.name, limit=MAX_DOCUMENT_BYTES // (1024 * 1024)))
            else:
                self.document, self.file_name = path.read_bytes(), path.name
                self.file_label.setText(self.tr("{name} ({size} kB), SHA-256 {digest}…").format(
                    name=path.name, size=max(1, round(size / 1024)),
                    digest=hashlib.sha256(self.document).hexdigest()[:12]))
        except OSError as exc:
            self.document, self.file_name = None, ""
            self.file_label.setText(self.tr("The file cannot be read: {reason}").format(
                reason=exc.strerror or type(exc).__name__))
        self._validate()

    def _validate(self, *_: object) -> None:
        self.ok.setEnabled(bool(self.title.text().strip() and self.version.text().strip()
                                and self.document is not None))


class RegulationsView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("RegulationsView")
        self.model = RegulationsModel()
        self.table = rows_table(self.model, "regulations")
        self.table.activated.connect(lambda _index: self.open_document())

        self.add_button = QPushButton(self.tr("&Add version…"))
        self.add_button.setObjectName("addVersion")
        self.add_button.clicked.connect(self.add_version)
        self.add_button.setVisible(context.vault.account.may(Permission.EDIT_RECORDS))
        self.open_button = QPushButton(self.tr("&Open document…"))
        self.open_button.setObjectName("openDocument")
        self.open_button.setToolTip(self.tr("Save a copy of the selected version's document."))
        self.open_button.clicked.connect(self.open_document)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Internal regulations</h3>Review and approve them at least once a year. The "
            "newest version is the one in force.")))
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def today(self) -> date:
        return self.context.vault.clock.now().astimezone().date()

    def refresh(self) -> None:
        rows = self.context.read(lambda vault: regulations.list_versions(vault.db))
        self.model.set_rows(rows, self.today())
        if not rows:
            self.status.setText(self.tr("No version is recorded yet."))
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def selected(self) -> Regulation | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def add_version(self) -> None:
        current = self.model.rows[0].title if self.model.rows else ""
        dialog = AddVersionDialog(self, self.today(), current)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            title, version = dialog.title.text(), dialog.version.text()
            approved = dialog.approved.date().toPython()
            document, file_name = dialog.document, dialog.file_name
        finally:
            dialog.deleteLater()

        def done(regulation: Regulation) -> None:
            self.refresh()
            self.status.setText(self.tr("Version {version} stored, SHA-256 {digest}.").format(
                version=regulation.version, digest=regulation.sha256))

        self.context.write(
            self,
            lambda vault: regulations.add_version(
                vault, title=title, version=version, approved_on=approved, document=document,
                file_name=file_name),
            done,
        )

    def open_document(self) -> None:
        regulation = self.selected()
        if regulation is None:
            QMessageBox.information(self, self.tr("Open document"),
                                    self.tr("Select a version first."))
            return
        if not regulation.file_name and not regulation.sha256:
            QMessageBox.information(self, self.tr("Open document"),
                                    self.tr("No document is stored for this version."))
            return
        suggested = regulation.file_name or f"{regulation.title} {regulation.version}"
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the document"), suggested)
        if not target:
            return
        path, regulation_id = Path(target), regulation.id

        def job(vault: Vault) -> Path:
            atomic_write(path, regulations.document(vault, regulation_id))
            return path

        self.context.write(self, job, lambda saved: self.status.setText(
            self.tr("Saved a copy to {path}.").format(path=saved)))
