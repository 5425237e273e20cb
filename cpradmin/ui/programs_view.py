"""System-to-system programs with CPR access: each has a responsible employee, a supplier, a
purpose and its own CPR user ID, authorised like a person's (granted and expiry dates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
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
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.registers import UserId, split_codes
from cpradmin.registers import AuthorisationInput
from cpradmin.ui.common import ok_cancel_buttons
from cpradmin.ui.context import ViewContext
from cpradmin.ui.table_model import RowsModel, rows_table
from cpradmin.vault import Vault


@dataclass(frozen=True)
class ProgramRow:
    id: int
    name: str
    user_ids: tuple[UserId, ...]
    responsible: str
    supplier: str
    purpose: str
    authorised: bool  # an authorisation in force today
    expires_on: date | None  # the latest expiry of those in force (None: one has none)


def load_programs(vault: Vault) -> list[ProgramRow]:
    """Programs with their user IDs and the responsible employee's name.

    The core lists programs but not a program's user IDs; they are read here until it does.
    """
    names = {int(r[0]): str(r[1]) for r in vault.db.execute("SELECT id, name FROM employees")}
    today = vault.clock.now().astimezone().date()
    rows = []
    for program in registers.list_programs(vault.db):
        user_ids = tuple(
            UserId(r[0], r[1], r[2], r[3], bool(r[4])) for r in vault.db.execute(
                "SELECT id, user_id, employee_id, program_id, locked FROM user_ids "
                "WHERE program_id = ? ORDER BY user_id", (program.id,))
        )
        ends = [a.expires_on for u in user_ids for a in registers.authorisations_of(vault.db, u.id)
                if a.in_force(today)]
        rows.append(ProgramRow(
            program.id, program.name, user_ids,
            names.get(program.responsible_id, "") if program.responsible_id else "",
            program.supplier, program.purpose, bool(ends),
            None if not ends or None in ends else max(e for e in ends if e is not None),
        ))
    return rows


def load_employees(vault: Vault) -> list[tuple[int, str]]:
    """Employees as the completer offers them: "Name (Department)", so namesakes differ."""
    return [(int(r[0]), f"{r[1]} ({r[2]})" if r[2] else str(r[1])) for r in vault.db.execute(
        "SELECT id, name, department FROM employees ORDER BY name, department")]


class ProgramsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ProgramsModel", "Program"),
        QT_TRANSLATE_NOOP("ProgramsModel", "System user ID"),
        QT_TRANSLATE_NOOP("ProgramsModel", "Responsible"),
        QT_TRANSLATE_NOOP("ProgramsModel", "Supplier"),
        QT_TRANSLATE_NOOP("ProgramsModel", "Purpose"),
        QT_TRANSLATE_NOOP("ProgramsModel", "Authorised until"),
    )

    def display(self, row: Any, column: int) -> Any:
        if not row.authorised:
            until = self.tr("Not authorised")
        elif row.expires_on is None:
            until = self.tr("No expiry date")
        else:
            until = row.expires_on.isoformat()
        values = (row.name, ", ".join(u.user_id for u in row.user_ids), row.responsible,
                  row.supplier, redact_cpr(row.purpose), until)
        return values[column]


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


class ProgramDialog(QDialog):
    """A new program together with its system user ID."""

    def __init__(self, parent: QWidget, employees: list[tuple[int, str]],
                 taken_names: set[str], taken_user_ids: set[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New system-to-system program"))
        self.employees = employees
        self.taken_names = {n.casefold() for n in taken_names}
        self.taken_user_ids = {u.upper() for u in taken_user_ids}
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.user_id = QLineEdit()
        self.user_id.setObjectName("userId")
        self.supplier = QLineEdit()
        self.supplier.setObjectName("supplier")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.responsible = QLineEdit()
        self.responsible.setObjectName("responsible")
        self.responsible.setPlaceholderText(self.tr("Start typing an employee's name"))
        completer = QCompleter([name for _id, name in employees], self.responsible)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.responsible.setCompleter(completer)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a15c00;")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("System &user ID:"), self.user_id)
        form.addRow(self.tr("&Responsible employee:"), self.responsible)
        form.addRow(self.tr("&Supplier:"), self.supplier)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        buttons, self.ok = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for edit in (self.name, self.user_id, self.responsible, self.purpose):
            edit.textChanged.connect(self._validate)
        self._validate()

    def responsible_id(self) -> int | None:
        """The employee whose label was chosen, or whose name alone is unique."""
        typed = self.responsible.text().strip().casefold()
        matches = [id_ for id_, label in self.employees if label.casefold() == typed] or [
            id_ for id_, label in self.employees
            if label.casefold().split(" (")[0] == typed]
        return matches[0] if len(matches) == 1 else None

    def problem_text(self) -> str | None:
        name = self.name.text().strip()
        user_id = self.user_id.text().strip().upper()
        if not name:
            return self.tr("Give the program a name.")
        if name.casefold() in self.taken_names:
            return self.tr("A program named {name} is already registered.").format(name=name)
        if not user_id:
            return self.tr("Give the program's CPR user ID.")
        if user_id in self.taken_user_ids:
            return self.tr("The user ID {user_id} is already registered.").format(
                user_id=user_id)
        if self.responsible_id() is None:
            return self.tr("Choose the responsible employee from the list.")
        if not self.purpose.text().strip():
            return self.tr("Describe what the program uses CPR for.")
        return None

    def _validate(self, *_: object) -> None:
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.ok.setEnabled(problem is None)


class GrantDialog(QDialog):
    """An authorisation for a program's system user ID: an expiry date is required."""

    def __init__(self, parent: QWidget, program: ProgramRow, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grant authorisation"))
        self.user_id = QComboBox()
        self.user_id.setObjectName("userId")
        for user_id in program.user_ids:
            self.user_id.addItem(user_id.user_id, user_id.id)
        self.granted = _date_edit(today, "granted")
        self.expires = _date_edit(date(today.year + 1, today.month, min(today.day, 28)),
                                  "expires")
        self.purpose = QLineEdit(program.purpose)
        self.purpose.setObjectName("purpose")
        self.types = QLineEdit()
        self.types.setObjectName("transactionTypes")
        self.types.setPlaceholderText(self.tr("e.g. 1001, 1002 (separate with commas)"))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a15c00;")
        form = QFormLayout()
        form.addRow(self.tr("System &user ID:"), self.user_id)
        form.addRow(self.tr("&Granted on:"), self.granted)
        form.addRow(self.tr("&Expires on:"), self.expires)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("&Transaction types:"), self.types)
        buttons, self.ok = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Program: {name}").format(name=program.name)))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for signal in (self.granted.dateChanged, self.expires.dateChanged,
                       self.purpose.textChanged, self.types.textChanged):
            signal.connect(self._validate)
        self._validate()

    def values(self) -> AuthorisationInput:
        return AuthorisationInput(
            granted_on=self.granted.date().toPython(), expires_on=self.expires.date().toPython(),
            purpose=self.purpose.text(), transaction_types=split_codes(self.types.text()),
        )

    def problem_text(self) -> str | None:
        if self.user_id.count() == 0:
            return self.tr("The program has no system user ID.")
        if self.expires.date() < self.granted.date():
            return self.tr("The authorisation expires before it is granted.")
        if not self.purpose.text().strip():
            return self.tr("Describe the purpose of the authorisation.")
        if not split_codes(self.types.text()):
            return self.tr("Give the transaction types the program may use.")
        return None

    def _validate(self, *_: object) -> None:
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.ok.setEnabled(problem is None)


class ProgramsView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("ProgramsView")
        self.model = ProgramsModel()
        self.table = rows_table(self.model, "programs")
        edit = context.vault.account.may(Permission.EDIT_RECORDS)
        self.new_button = QPushButton(self.tr("&New program…"))
        self.new_button.setObjectName("newProgram")
        self.new_button.clicked.connect(self.new_program)
        self.grant_button = QPushButton(self.tr("&Grant authorisation…"))
        self.grant_button.setObjectName("grant")
        self.grant_button.clicked.connect(self.grant)
        for button in (self.new_button, self.grant_button):
            button.setVisible(edit)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        if edit:
            self.table.activated.connect(lambda _index: self.grant())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.grant_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>System-to-system programs</h3>Programs that look up CPR with their own user "
            "ID. Each needs a responsible employee and an authorisation with an expiry date.")))
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.context.read(load_programs))
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        self.grant_button.setEnabled(self.selected() is not None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def selected(self) -> ProgramRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def new_program(self) -> None:
        def load(vault: Vault) -> tuple[list[tuple[int, str]], set[str], set[str]]:
            user_ids = {str(r[0]) for r in vault.db.execute("SELECT user_id FROM user_ids")}
            names = {p.name for p in registers.list_programs(vault.db)}
            return load_employees(vault), names, user_ids

        employees, names, user_ids = self.context.read(load)
        dialog = ProgramDialog(self, employees, names, user_ids)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            name, user_id = dialog.name.text(), dialog.user_id.text()
            responsible_id = dialog.responsible_id()
            supplier, purpose = dialog.supplier.text(), dialog.purpose.text()
        finally:
            dialog.deleteLater()

        def job(vault: Vault) -> None:
            # Two transactions: the dialog checked name and user ID are free, so the second
            # can only fail on a race with another session (the core has no combined call).
            program = registers.add_program(vault, name=name, responsible_id=responsible_id,
                                            supplier=supplier, purpose=purpose)
            registers.add_user_id(vault, user_id, program_id=program.id)

        self.context.write(self, job, lambda _r: self.refresh())

    def grant(self) -> None:
        program = self.selected()
        if program is None or not self.context.vault.account.may(Permission.EDIT_RECORDS):
            return
        dialog = GrantDialog(self, program, self.context.vault.clock.now().astimezone().date())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            user_id_id, data = int(dialog.user_id.currentData()), dialog.values()
        finally:
            dialog.deleteLater()
        self.context.write(
            self, lambda vault: registers.grant_authorisation(vault, user_id_id, data),
            lambda _r: self.refresh(),
        )
