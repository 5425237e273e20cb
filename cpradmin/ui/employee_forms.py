"""The employee register's dialogs. Every form validates as the officer types.

A form says what is wrong next to the field while it is being typed and keeps OK disabled
until everything is valid, so a refusal from the service (which validates again) is the
exception, not the way the officer learns the rules. Required fields carry an asterisk.

The CPR field explains itself: valid; valid although the modulus-11 check fails (numbers
issued since 2007 need not pass it); or why it is invalid, in ``parse_cpr``'s own words.
An existing employee's number is never put into a field: the form shows it masked and the
number is only replaced if the officer types a new one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpradmin.employee_queries import EmployeeDetail
from cpradmin.models.cpr import CPR_PATTERN, CprError, parse_cpr, redact_cpr
from cpradmin.models.dates import parse_date
from cpradmin.models.registers import PROFILES, SENSITIVE_PROFILES, Authorisation, split_codes
from cpradmin.registers import AuthorisationEvent, AuthorisationInput, EmployeeInput
from cpradmin.ui import i18n

_ERROR_STYLE = "color: #b00020;"
_OK_STYLE = "color: #1b5e20;"
_WARN_STYLE = "color: #8a5a00;"


def required(label: str) -> str:
    """A form label with the required marker."""
    return f"{label} *"


class DateField(QLineEdit):
    """A date typed as officers do: dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy or ISO; may be empty.

    QDateEdit cannot be empty and fights the typist on every digit; a line edit with the
    core's ``parse_date`` accepts what people paste from spreadsheets and e-mails.
    """

    def __init__(self, value: date | None = None, *, required: bool = False) -> None:
        super().__init__(value.strftime("%d-%m-%Y") if value else "")
        self.required = required
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setMaximumWidth(140)

    def value(self) -> date | None:
        """The date, or None if empty or invalid (see ``problem``)."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError:
            return None

    def set_value(self, value: date | None) -> None:
        self.setText(value.strftime("%d-%m-%Y") if value else "")

    def problem(self) -> str | None:
        """Why the field is not acceptable, or None."""
        text = self.text().strip()
        if not text:
            return self.tr("Enter a date.") if self.required else None
        if self.value() is None:
            return self.tr("Not a date; type it as dd-mm-yyyy (or yyyy-mm-dd).")
        return None


class CprField(QWidget):
    """The CPR line edit with its verdict underneath, updated on every keystroke."""

    changed = Signal()

    def __init__(self, *, masked_existing: str = "", today: date | None = None) -> None:
        super().__init__()
        self.today = today
        self.masked_existing = masked_existing
        self.edit = QLineEdit()
        self.edit.setObjectName("cpr")
        self.edit.setMaxLength(13)
        if masked_existing:
            self.edit.setPlaceholderText(
                self.tr("{masked} (unchanged; type a new number to replace it)")
                .format(masked=masked_existing)
            )
        else:
            self.edit.setPlaceholderText(self.tr("DDMMYY-SSSS"))
        self.status = QLabel()
        self.status.setObjectName("cpr_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self.edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.edit.text().strip()

    def problem(self) -> str | None:
        text = self.text()
        if not text:
            return None
        try:
            parse_cpr(text, today=self.today)
        except CprError as exc:
            return i18n.text(exc.message)
        return None

    def _update(self) -> None:
        text = self.text()
        if not text:
            self.status.setText(
                self.tr("Unchanged.") if self.masked_existing else self.tr("Optional.")
            )
            self.status.setStyleSheet("")
        else:
            try:
                number = parse_cpr(text, today=self.today)
            except CprError as exc:
                self.status.setText(i18n.text(exc.message))
                self.status.setStyleSheet(_ERROR_STYLE)
            else:
                if number.modulus11_ok:
                    self.status.setText(self.tr("valid"))
                    self.status.setStyleSheet(_OK_STYLE)
                else:
                    self.status.setText(
                        self.tr("valid — modulus-11 check fails (allowed since 2007)")
                    )
                    self.status.setStyleSheet(_WARN_STYLE)
        self.changed.emit()


class ValidatedDialog(QDialog):
    """OK stays disabled while ``problems()`` lists anything; the first problems are shown."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.note = QLabel(self.tr("Fields marked * are required."))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def watch(self, *widgets: QWidget) -> None:
        """Revalidate whenever one of *widgets* changes."""
        for widget in widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.textChanged.connect(self.revalidate)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.revalidate)
                widget.editTextChanged.connect(self.revalidate)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.revalidate)
            elif isinstance(widget, CprField):
                widget.changed.connect(self.revalidate)

    def problems(self) -> list[str]:
        return []

    def revalidate(self) -> None:
        problems = self.problems()
        self.ok_button.setEnabled(not problems)
        self.message.setText("\n".join(problems[:3]))

    def _accept_if_valid(self) -> None:
        self.revalidate()
        if self.ok_button.isEnabled():
            self.accept()


def _labelled(label: str, problem: str | None) -> str | None:
    return f"{label}: {problem}" if problem else None


# -- employees --------------------------------------------------------------------------------


class EmployeeDialog(ValidatedDialog):
    """New employee, or the changes to one (whose CPR number stays masked)."""

    def __init__(self, parent: QWidget | None, *, departments: Sequence[str] = (),
                 existing: EmployeeDetail | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmployeeDialog")
        self.existing = existing
        self.setWindowTitle(self.tr("Edit employee") if existing else self.tr("New employee"))
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setObjectName("name")
        self.initials = QLineEdit(existing.initials if existing else "")
        self.initials.setObjectName("initials")
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.setEditable(True)
        self.department.addItems(list(departments))
        self.department.setCurrentText(existing.department if existing else "")
        self.cpr = CprField(masked_existing=existing.cpr_masked if existing else "", today=today)
        self.remove_cpr = QCheckBox(self.tr("Remove the CPR number"))
        self.remove_cpr.setVisible(bool(existing and existing.cpr_masked))
        self.email = QLineEdit(existing.email if existing else "")
        self.email.setObjectName("email")
        self.employed_from = DateField(existing.employed_from if existing else None)
        self.employed_to = DateField(existing.employed_to if existing else None)
        self.trained_on = DateField(existing.trained_on if existing else None)
        self.acknowledged_on = DateField(existing.acknowledged_on if existing else None)
        self.notes = QPlainTextEdit(existing.notes if existing else "")
        self.notes.setMaximumHeight(80)
        self.notes_warning = QLabel(self.tr(
            "The notes contain what looks like a CPR number. It is shown masked outside "
            "this form; keep CPR numbers in the CPR field."))
        self.notes_warning.setWordWrap(True)
        self.notes_warning.setStyleSheet(_WARN_STYLE)
        self.form.addRow(required(self.tr("Name:")), self.name)
        self.form.addRow(self.tr("Initials:"), self.initials)
        self.form.addRow(self.tr("Department:"), self.department)
        self.form.addRow(self.tr("CPR number:"), self.cpr)
        self.form.addRow("", self.remove_cpr)
        self.form.addRow(self.tr("E-mail:"), self.email)
        self.form.addRow(self.tr("Employed from:"), self.employed_from)
        self.form.addRow(self.tr("Employed to:"), self.employed_to)
        self.form.addRow(self.tr("CPR training:"), self.trained_on)
        self.form.addRow(self.tr("Regulations acknowledged:"), self.acknowledged_on)
        self.form.addRow(self.tr("Notes:"), self.notes)
        self.form.addRow("", self.notes_warning)
        self.watch(self.name, self.initials, self.department, self.cpr, self.remove_cpr,
                   self.email, self.employed_from, self.employed_to, self.trained_on,
                   self.acknowledged_on, self.notes)
        self.revalidate()

    def problems(self) -> list[str]:
        # Not a problem, only a warning: the note is the officer's own text.
        self.notes_warning.setVisible(bool(CPR_PATTERN.search(self.notes.toPlainText())))
        found: list[str] = []
        if not self.name.text().strip():
            found.append(self.tr("The name is required."))
        if not self.remove_cpr.isChecked():
            problem = _labelled(self.tr("CPR number"), self.cpr.problem())
            if problem:
                found.append(problem)
        for label, field in ((self.tr("Employed from"), self.employed_from),
                             (self.tr("Employed to"), self.employed_to),
                             (self.tr("CPR training"), self.trained_on),
                             (self.tr("Regulations acknowledged"), self.acknowledged_on)):
            problem = _labelled(label, field.problem())
            if problem:
                found.append(problem)
        start, end = self.employed_from.value(), self.employed_to.value()
        if start and end and end < start:
            found.append(self.tr("The employment ends before it starts."))
        email = self.email.text().strip()
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            found.append(self.tr("The e-mail address is not valid."))
        return found

    def keeps_cpr(self) -> bool:
        """True when the stored number stays: nothing typed and not removed."""
        return not self.remove_cpr.isChecked() and not self.cpr.text()

    def employee_input(self) -> EmployeeInput:
        """What to save. With ``keeps_cpr()`` the CPR is None here: the save job puts the
        stored number back on the worker, so it never has to be in a widget."""
        cpr = None if self.remove_cpr.isChecked() else (self.cpr.text() or None)
        return EmployeeInput(
            name=self.name.text(), initials=self.initials.text(),
            department=self.department.currentText(), cpr=cpr, email=self.email.text(),
            employed_from=self.employed_from.value(), employed_to=self.employed_to.value(),
            notes=self.notes.toPlainText(), trained_on=self.trained_on.value(),
            acknowledged_on=self.acknowledged_on.value(),
        )


class UserIdDialog(ValidatedDialog):
    """A new CPR user ID for the employee."""

    def __init__(self, parent: QWidget | None, *, employee_name: str = "",
                 taken: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("UserIdDialog")
        self.setWindowTitle(self.tr("Add user ID"))
        self.taken = {t.upper() for t in taken}
        self.user_id = QLineEdit()
        self.user_id.setObjectName("user_id")
        self.form.addRow(self.tr("Employee:"), QLabel(employee_name))
        self.form.addRow(required(self.tr("User ID:")), self.user_id)
        self.watch(self.user_id)
        self.revalidate()

    def value(self) -> str:
        return self.user_id.text().strip().upper()

    def problems(self) -> list[str]:
        value = self.value()
        if not value:
            return [self.tr("The user ID is required.")]
        if re.search(r"\s", value):
            return [self.tr("A user ID has no spaces.")]
        if value in self.taken:
            return [self.tr("The employee already has this user ID.")]
        return []


# -- authorisations ---------------------------------------------------------------------------


def profile_label(code: str) -> str:
    """"127 Log access (sensitive)": the code, its meaning if known, and the warning."""
    meaning = PROFILES.get(code)
    text = f"{code} {QCoreApplication.translate('Profiles', meaning)}" if meaning else code
    if code in SENSITIVE_PROFILES:
        text += " " + QCoreApplication.translate("EmployeeForms", "(sensitive)")
    return text


class AuthorisationDialog(ValidatedDialog):
    """Grant an authorisation, or change one (a new version; the reason is required)."""

    def __init__(self, parent: QWidget | None, *, user_ids: Sequence[tuple[int, str]],
                 selected_user_id: int | None = None, existing: Authorisation | None = None,
                 today: date) -> None:
        super().__init__(parent)
        self.setObjectName("AuthorisationDialog")
        self.existing = existing
        self.today = today
        self.setWindowTitle(
            self.tr("Change authorisation") if existing else self.tr("Grant authorisation")
        )
        self.user_id = QComboBox()
        self.user_id.setObjectName("user_id")
        for id_, text in user_ids:
            self.user_id.addItem(text, id_)
        wanted = existing.user_id_id if existing else selected_user_id
        if wanted is not None:
            self.user_id.setCurrentIndex(max(0, self.user_id.findData(wanted)))
        self.user_id.setEnabled(existing is None)
        self.granted_on = DateField(existing.granted_on if existing else today, required=True)
        self.granted_on.setObjectName("granted_on")
        # Open-ended authorisations exist only in imported legacy data: a new one must end.
        self.expiry_required = existing is None or existing.expires_on is not None
        self.expires_on = DateField(existing.expires_on if existing else None,
                                    required=self.expiry_required)
        self.expires_on.setObjectName("expires_on")
        self.purpose = QLineEdit(existing.purpose if existing else "")
        self.purpose.setObjectName("purpose")
        self.case_number = QLineEdit(existing.case_number if existing else "")
        self.case_number.setObjectName("case_number")
        self.transaction_types = QLineEdit(
            ", ".join(existing.transaction_types) if existing else ""
        )
        self.transaction_types.setObjectName("transaction_types")
        self.transaction_types.setPlaceholderText(self.tr("e.g. PERSON, ADRSOG"))
        self.types_preview = QLabel()
        self.types_preview.setWordWrap(True)
        held = set(existing.profiles) if existing else set()
        self.profile_boxes: dict[str, QCheckBox] = {}
        profiles = QWidget()
        grid = QGridLayout(profiles)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, code in enumerate(PROFILES):
            box = QCheckBox(profile_label(code))
            box.setObjectName(f"profile_{code}")
            box.setChecked(code in held)
            if code in SENSITIVE_PROFILES:
                box.setStyleSheet("font-weight: bold;")
            self.profile_boxes[code] = box
            grid.addWidget(box, number // 2, number % 2)
        self.other_profiles = QLineEdit(", ".join(p for p in (existing.profiles if existing
                                                              else ()) if p not in PROFILES))
        self.other_profiles.setObjectName("other_profiles")
        self.other_profiles.setPlaceholderText(self.tr("other profile codes, if any"))
        self.granted_by = QLineEdit(existing.granted_by if existing else "")
        self.granted_by.setObjectName("granted_by")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(required(self.tr("User ID:")), self.user_id)
        self.form.addRow(required(self.tr("Granted on:")), self.granted_on)
        expires_label = self.tr("Expires on:")
        self.form.addRow(required(expires_label) if self.expiry_required else expires_label,
                         self.expires_on)
        self.form.addRow(self.tr("Purpose:"), self.purpose)
        self.form.addRow(self.tr("Case number:"), self.case_number)
        self.form.addRow(self.tr("Transaction types:"), self.transaction_types)
        self.form.addRow("", self.types_preview)
        self.form.addRow(self.tr("Profiles:"), profiles)
        self.form.addRow("", self.other_profiles)
        self.form.addRow(self.tr("Approved by:"), self.granted_by)
        self.form.addRow(
            required(self.tr("Reason for the change:")) if existing else self.tr("Note:"),
            self.reason,
        )
        self.watch(self.user_id, self.granted_on, self.expires_on, self.transaction_types,
                   self.other_profiles, self.reason, *self.profile_boxes.values())
        self.revalidate()

    def profiles(self) -> tuple[str, ...]:
        chosen = [code for code, box in self.profile_boxes.items() if box.isChecked()]
        return tuple(dict.fromkeys([*chosen, *split_codes(self.other_profiles.text())]))

    def problems(self) -> list[str]:
        found: list[str] = []
        if self.user_id.currentData() is None:
            found.append(self.tr("Add a user ID to the employee first."))
        for label, field in ((self.tr("Granted on"), self.granted_on),
                             (self.tr("Expires on"), self.expires_on)):
            problem = _labelled(label, field.problem())
            if problem:
                found.append(problem)
        granted, expires = self.granted_on.value(), self.expires_on.value()
        if granted and expires and expires < granted:
            found.append(self.tr("The authorisation expires before it is granted."))
        if self.existing is not None and not self.reason.text().strip():
            found.append(self.tr("Say why the authorisation is changed."))
        codes = split_codes(self.transaction_types.text())
        self.types_preview.setText(
            self.tr("{count} transaction type(s): {codes}").format(
                count=len(codes), codes=", ".join(codes)) if codes else ""
        )
        return found

    def selected_user_id(self) -> int:
        return int(self.user_id.currentData())

    def value(self) -> AuthorisationInput:
        granted = self.granted_on.value()
        assert granted is not None  # OK is disabled until it is
        return AuthorisationInput(
            granted_on=granted, expires_on=self.expires_on.value(),
            purpose=self.purpose.text(), case_number=self.case_number.text(),
            transaction_types=split_codes(self.transaction_types.text()),
            profiles=self.profiles(), granted_by=self.granted_by.text(),
        )


class RevokeDialog(ValidatedDialog):
    """When and why an authorisation ends; the reason goes into its history."""

    def __init__(self, parent: QWidget | None, *, description: str, today: date,
                 granted_on: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RevokeDialog")
        self.setWindowTitle(self.tr("Revoke authorisation"))
        self.granted_on = granted_on
        self.on = DateField(today, required=True)
        self.on.setObjectName("revoked_on")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(self.tr("Authorisation:"), QLabel(description))
        self.form.addRow(required(self.tr("Revoked on:")), self.on)
        self.form.addRow(required(self.tr("Reason:")), self.reason)
        self.watch(self.on, self.reason)
        self.revalidate()

    def problems(self) -> list[str]:
        found: list[str] = []
        problem = _labelled(self.tr("Revoked on"), self.on.problem())
        if problem:
            found.append(problem)
        on = self.on.value()
        if on and self.granted_on and on < self.granted_on:
            found.append(self.tr("An authorisation cannot be revoked before it was granted."))
        if not self.reason.text().strip():
            found.append(self.tr("Say why the authorisation is revoked."))
        return found

    def value(self) -> tuple[date, str]:
        on = self.on.value()
        assert on is not None
        return on, self.reason.text().strip()


class TrainingDialog(ValidatedDialog):
    """The date of CPR training and/or of acknowledging the internal regulations."""

    def __init__(self, parent: QWidget | None, *, today: date,
                 trained_on: date | None = None, acknowledged_on: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrainingDialog")
        self.setWindowTitle(self.tr("Record training"))
        self.today = today
        self.trained_on = DateField(trained_on)
        self.trained_on.setObjectName("trained_on")
        self.acknowledged_on = DateField(acknowledged_on)
        self.acknowledged_on.setObjectName("acknowledged_on")
        self.form.addRow(self.tr("CPR training on:"), self.trained_on)
        self.form.addRow(self.tr("Regulations acknowledged on:"), self.acknowledged_on)
        self.note.setText(self.tr("Enter at least one date."))
        self.watch(self.trained_on, self.acknowledged_on)
        self.revalidate()

    def problems(self) -> list[str]:
        found: list[str] = []
        for label, field in ((self.tr("CPR training on"), self.trained_on),
                             (self.tr("Regulations acknowledged on"), self.acknowledged_on)):
            problem = _labelled(label, field.problem())
            if problem:
                found.append(problem)
            elif (field.value() or self.today) > self.today:
                found.append(_labelled(label, self.tr("The date is in the future.")) or "")
        if not (self.trained_on.text().strip() or self.acknowledged_on.text().strip()):
            found.append(self.tr("Enter at least one date."))
        return found

    def value(self) -> tuple[date | None, date | None]:
        return self.trained_on.value(), self.acknowledged_on.value()


# -- history ----------------------------------------------------------------------------------


class HistoryDialog(QDialog):
    """Every version of one authorisation: who changed what, when and why."""

    def __init__(self, parent: QWidget | None, *, description: str,
                 events: Sequence[AuthorisationEvent]) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("Authorisation history"))
        headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Reason"),
                   self.tr("Granted"), self.tr("Expires"), self.tr("Profiles"),
                   self.tr("Transaction types"), self.tr("Revoked")]
        kinds = {"granted": self.tr("Granted"), "changed": self.tr("Changed"),
                 "revoked": self.tr("Revoked")}
        self.table = QTableWidget(len(events), len(headers))
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        for row, event in enumerate(events):
            snapshot = event.snapshot
            values = [
                event.at[:19].replace("T", " "), event.actor, kinds.get(event.kind, event.kind),
                redact_cpr(event.reason), _iso_to_dmy(snapshot.get("granted_on")),
                _iso_to_dmy(snapshot.get("expires_on")),
                ", ".join(snapshot.get("profiles") or ()),
                ", ".join(snapshot.get("transaction_types") or ()),
                _iso_to_dmy(snapshot.get("revoked_on")),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value or ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(description))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 320)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _iso_to_dmy(value: object) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(str(value)).strftime("%d-%m-%Y")
    except ValueError:
        return str(value)
