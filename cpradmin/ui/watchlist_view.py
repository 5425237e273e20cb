"""Persons of special interest for the log control (e.g. name and address protection).

The full CPR number is typed once, when a person is added, and never shown again: the list
shows ``DDMMYY-XXXX`` only, and the entry field hides its text once it loses focus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpradmin import registers
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import CprError, parse_cpr, redact_cpr
from cpradmin.registers import WatchEntry
from cpradmin.ui import i18n
from cpradmin.ui.common import ok_cancel_buttons
from cpradmin.ui.context import ViewContext
from cpradmin.ui.import_dialog import Mode, open_import
from cpradmin.ui.table_model import RowsModel, rows_table


class WatchlistModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("WatchlistModel", "CPR number"),
        QT_TRANSLATE_NOOP("WatchlistModel", "Reason"),
        QT_TRANSLATE_NOOP("WatchlistModel", "Note"),
        QT_TRANSLATE_NOOP("WatchlistModel", "Added on"),
    )

    def display(self, row: WatchEntry, column: int) -> Any:
        values = (row.masked, redact_cpr(row.reason), redact_cpr(row.note), row.added_on)
        return values[column]


class AddWatchDialog(QDialog):
    """CPR number checked as it is typed; the reason from a list or in the officer's words."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person of special interest"))
        self.cpr = QLineEdit()
        self.cpr.setObjectName("cpr")
        self.cpr.setPlaceholderText(self.tr("DDMMYY-SSSS"))
        self.cpr.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.cpr.setMaxLength(13)
        self.cpr_status = QLabel()
        self.cpr_status.setObjectName("cprStatus")
        self.cpr_status.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems([
            self.tr("Name and address protection"),
            self.tr("Public figure"),
            self.tr("Employee of the authority"),
            self.tr("Other"),
        ])
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Choose or type a reason"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Do not write CPR numbers or names here"))
        form = QFormLayout()
        form.addRow(self.tr("&CPR number:"), self.cpr)
        form.addRow("", self.cpr_status)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        buttons, self.ok = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.accepted_cpr = ""
        self.cpr.textChanged.connect(self._validate)
        self.reason.editTextChanged.connect(self._validate)
        self._validate()

    def cpr_problem(self) -> str | None:
        """Why the typed number is not accepted (the message never quotes the number)."""
        try:
            number = parse_cpr(self.cpr.text())
        except CprError as exc:
            return i18n.text(exc.message)
        warnings = [i18n.text(w) for w in number.warnings]
        self.cpr_status.setText("\n".join(warnings) or self.tr("Valid CPR number."))
        return None

    def _validate(self, *_: object) -> None:
        problem = self.cpr_problem() if self.cpr.text().strip() else None
        if problem is not None:
            self.cpr_status.setText(problem)
        elif not self.cpr.text().strip():
            self.cpr_status.setText("")
        self.cpr_status.setStyleSheet("color: #c62828;" if problem else "")
        self.ok.setEnabled(
            bool(self.cpr.text().strip()) and problem is None
            and bool(self.reason.currentText().strip())
        )

    def accept(self) -> None:
        if not self.ok.isEnabled():
            return
        self.accepted_cpr = parse_cpr(self.cpr.text()).digits
        super().accept()

    def done(self, result: int) -> None:
        """Whatever happens, the typed number does not stay in the widget."""
        super().done(result)
        self.cpr.clear()


class RemoveWatchDialog(QDialog):
    def __init__(self, parent: QWidget, masked: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove from the watchlist"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        form = QFormLayout()
        form.addRow(self.tr("&Why is {masked} removed?").format(masked=masked), self.reason)
        buttons, ok = ok_cancel_buttons(self)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class WatchlistView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("WatchlistView")
        self.model = WatchlistModel()
        self.table = rows_table(self.model, "watchlist")

        edit = context.vault.account.may(Permission.EDIT_RECORDS)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("remove")
        self.remove_button.clicked.connect(self.remove)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(lambda _c=False: self.import_file())
        for button in (self.add_button, self.remove_button, self.import_button):
            button.setVisible(edit)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Persons of special interest</h3>The log control flags every look-up of these "
            "persons. CPR numbers are shown masked.")))
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.context.read(lambda vault: registers.watchlist(vault.db)))
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def selected(self) -> WatchEntry | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def add(self) -> None:
        dialog = AddWatchDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            # done() has already cleared the field; accept() kept the parsed digits.
            cpr, reason, note = dialog.accepted_cpr, dialog.reason.currentText(), dialog.note.text()
        finally:
            dialog.deleteLater()
        self.context.write(
            self, lambda vault: registers.add_to_watchlist(vault, cpr, reason, note),
            lambda _entry: self.refresh(),
        )

    def remove(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        dialog = RemoveWatchDialog(self, entry.masked)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.reason.text().strip()
        finally:
            dialog.deleteLater()
        entry_id = entry.id
        self.context.write(
            self, lambda vault: registers.remove_from_watchlist(vault, entry_id, reason),
            lambda _r: self.refresh(),
        )

    def import_file(self) -> None:
        """Import persons from a spreadsheet (preview first); the list is refreshed after."""
        open_import(self.context, self, Mode.WATCHLIST, lambda _summary: self.refresh())
