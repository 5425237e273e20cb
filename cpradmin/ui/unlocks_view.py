"""The unlock register: locked CPR user IDs waiting, every lockout and unlock, and who may
unlock (the CPR terms, section 3: only the officer or persons the officer has authorised).

The unlock dialog offers only people authorised on the chosen date, re-asks the password
before saving, and stays open when the core refuses, so nothing typed is lost.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpradmin import accounts, unlocks
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.models.accounts import Permission, Role
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.registers import VERIFICATION_LABELS, Verification
from cpradmin.ui.common import ok_cancel_buttons
from cpradmin.ui.context import ViewContext
from cpradmin.ui.table_model import RawRole, RowsModel, rows_table
from cpradmin.unlocks import Lockout, Unlocker
from cpradmin.vault import Vault

ME = "me"


def verification_label(value: str | None) -> str:
    if not value:
        return ""
    try:
        return QCoreApplication.translate("Verification", VERIFICATION_LABELS[Verification(value)])
    except ValueError:
        return value


def stamp(text: str | None) -> str:
    """A stored ``YYYY-MM-DDTHH:MM`` as the officer reads it."""
    return (text or "").replace("T", " ")


def local_now(vault: Vault) -> datetime:
    """Now on the officer's wall clock, to the minute, as the register stores it."""
    return vault.clock.now().astimezone().replace(tzinfo=None, second=0, microsecond=0)


@dataclass(frozen=True)
class KnownUserId:
    user_id: str
    owner: str
    locked: bool


def known_user_ids(vault: Vault) -> list[KnownUserId]:
    """Every registered user ID with its owner (the core has no listing for this yet)."""
    rows = vault.db.execute(
        "SELECT u.user_id, coalesce(e.name, p.name, ''), u.locked FROM user_ids u "
        "LEFT JOIN employees e ON e.id = u.employee_id "
        "LEFT JOIN programs p ON p.id = u.program_id ORDER BY u.user_id"
    )
    return [KnownUserId(r[0], r[1], bool(r[2])) for r in rows]


# -- models --------------------------------------------------------------------------------------


class LockoutsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("LockoutsModel", "Locked at"),
        QT_TRANSLATE_NOOP("LockoutsModel", "User ID"),
        QT_TRANSLATE_NOOP("LockoutsModel", "Employee"),
        QT_TRANSLATE_NOOP("LockoutsModel", "Unlocked at"),
        QT_TRANSLATE_NOOP("LockoutsModel", "By"),
        QT_TRANSLATE_NOOP("LockoutsModel", "Verification"),
        QT_TRANSLATE_NOOP("LockoutsModel", "Note"),
        QT_TRANSLATE_NOOP("LockoutsModel", "Recorded by"),
    )
    UNLOCK_COLUMNS = (3, 4, 5)

    def display(self, row: Any, column: int) -> Any:
        values = (
            stamp(row.locked_at), row.user_id, row.employee_name,
            stamp(row.unlocked_at) if row.unlocked_at else self.tr("Waiting"),
            row.unlocked_by or "", verification_label(row.verification),
            redact_cpr(row.note), row.recorded_by,
        )
        return values[column]


class UnlockersModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("UnlockersModel", "Name"),
        QT_TRANSLATE_NOOP("UnlockersModel", "Account"),
        QT_TRANSLATE_NOOP("UnlockersModel", "Authorised from"),
        QT_TRANSLATE_NOOP("UnlockersModel", "Authorised to"),
        QT_TRANSLATE_NOOP("UnlockersModel", "Today"),
        QT_TRANSLATE_NOOP("UnlockersModel", "Authorised by"),
        QT_TRANSLATE_NOOP("UnlockersModel", "Note"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Unlocker] = []
        self.today = date.today()

    def set_rows(self, rows: list[Unlocker], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def display(self, row: Any, column: int) -> Any:
        values = (
            row.name, row.account or "", row.authorised_from.isoformat(),
            row.authorised_to.isoformat() if row.authorised_to else self.tr("Until ended"),
            self.tr("Authorised") if row.authorised_on(self.today) else self.tr("Not authorised"),
            row.authorised_by, redact_cpr(row.note),
        )
        return values[column]


# -- dialogs -------------------------------------------------------------------------------------


def _user_id_combo(known: list[KnownUserId]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for entry in known:
        combo.addItem(entry.user_id)
    combo.setCurrentIndex(-1)
    completer = combo.completer()
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


class SavingDialog(QDialog):
    """A form that saves itself on the worker and closes only once the change is stored.

    A refusal from the core is shown over the dialog, which stays open with what was typed.
    OK is disabled while the form is incomplete and while the save is in flight.
    """

    ok: QPushButton
    problem: QLabel

    def __init__(self, parent: QWidget, context: ViewContext) -> None:
        super().__init__(parent)
        self.context = context
        context.worker.busy_changed.connect(self._validate)

    def problem_text(self) -> str | None:
        raise NotImplementedError

    def _validate(self, *_: object) -> None:
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.ok.setEnabled(problem is None and not self.context.worker.busy)

    def ready(self) -> bool:
        return self.problem_text() is None and not self.context.worker.busy

    def save(self, job: Callable[[Vault], Any]) -> None:
        self.context.write(self, job, lambda _result: QDialog.accept(self))

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.context.worker.busy_changed.disconnect(self._validate)
        super().done(result)


class UnlockDialog(SavingDialog):
    """Record one unlock; saves itself (after the password) and closes only when stored."""

    def __init__(self, parent: QWidget, context: ViewContext, *, lockout: Lockout | None,
                 known: list[KnownUserId], unlockers: list[Unlocker],
                 waiting: list[Lockout] | None = None) -> None:
        super().__init__(parent, context)
        self.lockout = lockout
        self.unlockers = unlockers
        self.waiting = {w.user_id.upper(): w for w in waiting or []}
        self.known = {k.user_id.upper(): k for k in known}
        account = context.vault.account
        self.setWindowTitle(self.tr("Record unlock"))

        now = local_now(context.vault)
        self.when = QDateTimeEdit()
        self.when.setObjectName("when")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(now)
        if lockout is not None:
            self.when.setMinimumDateTime(datetime.fromisoformat(lockout.locked_at))
        self.when.setDateTime(now)

        if lockout is not None:
            self.user_id: QLineEdit | QComboBox = QLineEdit(lockout.user_id)
            self.user_id.setReadOnly(True)
        else:
            self.user_id = _user_id_combo(known)
            self.user_id.editTextChanged.connect(self._validate)
        self.user_id.setObjectName("userId")
        self.owner = QLabel()
        self.owner.setObjectName("owner")

        self.who = QComboBox()
        self.who.setObjectName("who")
        self.me_label = self.tr("Me ({initials})").format(initials=account.initials)

        self.verification = QComboBox()
        self.verification.setObjectName("verification")
        self.verification.setPlaceholderText(self.tr("Choose how the identity was checked"))
        for value, label in VERIFICATION_LABELS.items():
            self.verification.addItem(QCoreApplication.translate("Verification", label), value)
        self.verification.setCurrentIndex(-1)

        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Required when the verification is “Other”"))

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a15c00;")

        form = QFormLayout()
        form.addRow(self.tr("&Unlocked at:"), self.when)
        form.addRow(self.tr("User &ID:"), self.user_id)
        form.addRow("", self.owner)
        form.addRow(self.tr("Unlocked &by:"), self.who)
        form.addRow(self.tr("Identity &verified:"), self.verification)
        form.addRow(self.tr("&Note:"), self.note)
        buttons, self.ok = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.when.dateTimeChanged.connect(self._fill_who)
        self.who.currentIndexChanged.connect(self._validate)
        self.verification.currentIndexChanged.connect(self._validate)
        self.note.textChanged.connect(self._validate)
        self._fill_who()
        (self.who if lockout is not None else self.user_id).setFocus()

    # -- state --

    def day(self) -> date:
        return self.when_value().date()

    def when_value(self) -> datetime:
        return self.when.dateTime().toPython().replace(second=0, microsecond=0)

    def user_id_text(self) -> str:
        if self.lockout is not None:
            return self.lockout.user_id
        assert isinstance(self.user_id, QComboBox)
        return self.user_id.currentText().strip().upper()

    def me_allowed(self, day: date) -> bool:
        account = self.context.vault.account
        return account.role is Role.OFFICER or any(
            u.account == account.initials and u.authorised_on(day) for u in self.unlockers
        )

    def _fill_who(self) -> None:
        """The people authorised on the chosen date; the choice survives if still valid."""
        day = self.day()
        chosen = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        if self.me_allowed(day):
            self.who.addItem(self.me_label, ME)
        for unlocker in self.unlockers:
            if unlocker.authorised_on(day):
                self.who.addItem(unlocker.name, unlocker.id)
        index = self.who.findData(chosen) if chosen is not None else -1
        self.who.setCurrentIndex(index if index >= 0 else (0 if self.who.count() else -1))
        self.who.blockSignals(False)
        self._validate()

    def problem_text(self) -> str | None:
        user_id = self.user_id_text()
        if not user_id:
            return self.tr("Choose the user ID that was unlocked.")
        known = self.known.get(user_id)
        if known is None:
            return self.tr("The user ID {user_id} is not in the register.").format(
                user_id=user_id)
        if self.who.count() == 0:
            return self.tr("Nobody is authorised to unlock user IDs on {day}.").format(
                day=self.day().isoformat())
        if self.who.currentIndex() < 0:
            return self.tr("Choose who unlocked the user ID.")
        open_lockout = self.lockout or self.waiting.get(user_id)
        if open_lockout is not None and self.when_value() < datetime.fromisoformat(
                open_lockout.locked_at):
            return self.tr("The user ID was locked at {time}; the unlock cannot be earlier."
                           ).format(time=stamp(open_lockout.locked_at))
        if self.verification.currentIndex() < 0:
            return self.tr("Choose how the identity was verified.")
        if self.verification.currentData() == Verification.OTHER and not self.note.text().strip():
            return self.tr("Describe in the note how the identity was verified.")
        return None

    def _validate(self, *_: object) -> None:
        known = self.known.get(self.user_id_text())
        self.owner.setText(known.owner if known else "")
        super()._validate()

    def accept(self) -> None:
        if not self.ready():
            return
        user_id, when = self.user_id_text(), self.when_value()
        who = self.who.currentData()
        unlocker_id = None if who == ME else int(who)
        verification = Verification(self.verification.currentData())
        note = self.note.text()
        action = self.tr("Record that the user ID {user_id} was unlocked on {when} by {who}."
                         ).format(user_id=user_id, when=when.strftime("%Y-%m-%d %H:%M"),
                                  who=self.who.currentText())
        if not self.context.confirm_password(self, action):
            return
        self.save(lambda vault: unlocks.record_unlock(
            vault, user_id, unlocked_at=when, verification=verification,
            unlocker_id=unlocker_id, note=note))


class LockoutDialog(SavingDialog):
    """A user ID reported locked after five failed password attempts."""

    def __init__(self, parent: QWidget, context: ViewContext,
                 known: list[KnownUserId]) -> None:
        super().__init__(parent, context)
        self.known = {k.user_id.upper(): k for k in known}
        self.setWindowTitle(self.tr("Record lockout"))
        self.user_id = _user_id_combo(known)
        self.user_id.setObjectName("userId")
        self.owner = QLabel()
        self.when = QDateTimeEdit()
        self.when.setObjectName("when")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        now = local_now(context.vault)
        self.when.setMaximumDateTime(now)
        self.when.setDateTime(now)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a15c00;")
        form = QFormLayout()
        form.addRow(self.tr("User &ID:"), self.user_id)
        form.addRow("", self.owner)
        form.addRow(self.tr("&Locked at:"), self.when)
        form.addRow(self.tr("&Note:"), self.note)
        buttons, self.ok = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.user_id.editTextChanged.connect(self._validate)
        self._validate()

    def problem_text(self) -> str | None:
        user_id = self.user_id.currentText().strip().upper()
        if not user_id:
            return self.tr("Choose the user ID that was locked.")
        known = self.known.get(user_id)
        if known is None:
            return self.tr("The user ID {user_id} is not in the register.").format(
                user_id=user_id)
        if known.locked:
            return self.tr("The user ID {user_id} is already recorded as locked.").format(
                user_id=user_id)
        return None

    def _validate(self, *_: object) -> None:
        known = self.known.get(self.user_id.currentText().strip().upper())
        self.owner.setText(known.owner if known else "")
        super()._validate()

    def accept(self) -> None:
        if not self.ready():
            return
        user_id = self.user_id.currentText().strip().upper()
        when = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        note = self.note.text()
        self.save(lambda vault: unlocks.record_lockout(vault, user_id, when, note))


class AuthoriseDialog(QDialog):
    """The officer authorises a person to unlock user IDs for a period."""

    def __init__(self, parent: QWidget, today: date, employees: list[tuple[int, str]],
                 deputies: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Authorise an unlocker"))
        self.employees = employees
        self.name = QLineEdit()
        self.name.setObjectName("name")
        completer = QCompleter([name for _id, name in employees], self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.account = QComboBox()
        self.account.setObjectName("account")
        self.account.addItem(self.tr("No cpradmin account"), None)
        for initials, name in deputies:
            self.account.addItem(f"{initials} — {name}", initials)
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setObjectName("start")
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setCalendarPopup(True)
        self.open_ended = QCheckBox(self.tr("Until the authorisation is ended"))
        self.open_ended.setObjectName("openEnded")
        self.end = QDateEdit(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.end.setObjectName("end")
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.end.setCalendarPopup(True)
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("cpradmin &account:"), self.account)
        form.addRow(self.tr("Authorised &from:"), self.start)
        form.addRow(self.tr("Authorised &to:"), self.end)
        form.addRow("", self.open_ended)
        form.addRow(self.tr("N&ote:"), self.note)
        buttons, self.ok = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Give the account only if the person records unlocks in cpradmin themselves.")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        for signal in (self.name.textChanged, self.start.dateChanged, self.end.dateChanged,
                       self.open_ended.toggled):
            signal.connect(self._validate)
        self._validate()

    def values(self) -> dict[str, Any]:
        name = self.name.text().strip()
        matches = [id_ for id_, n in self.employees if n.casefold() == name.casefold()]
        return {
            "name": name,
            "authorised_from": self.start.date().toPython(),
            "authorised_to": None if self.open_ended.isChecked() else self.end.date().toPython(),
            "account": self.account.currentData(),
            "employee_id": matches[0] if len(matches) == 1 else None,
            "note": self.note.text(),
        }

    def _validate(self, *_: object) -> None:
        values = self.values()
        end = values["authorised_to"]
        self.ok.setEnabled(bool(values["name"]) and (end is None
                                                     or end >= values["authorised_from"]))


class EndAuthorisationDialog(QDialog):
    def __init__(self, parent: QWidget, unlocker: Unlocker, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End authorisation"))
        last = max(unlocker.authorised_from, today)
        if unlocker.authorised_to is not None:
            last = min(last, unlocker.authorised_to)
        self.last_day = QDateEdit(QDate(last.year, last.month, last.day))
        self.last_day.setObjectName("lastDay")
        self.last_day.setDisplayFormat("yyyy-MM-dd")
        self.last_day.setCalendarPopup(True)
        start = unlocker.authorised_from
        self.last_day.setMinimumDate(QDate(start.year, start.month, start.day))
        if unlocker.authorised_to is not None:
            end = unlocker.authorised_to
            self.last_day.setMaximumDate(QDate(end.year, end.month, end.day))
        form = QFormLayout()
        form.addRow(self.tr("Last day &authorised:"), self.last_day)
        buttons, _ok = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{name} may unlock user IDs until and including this "
                                        "day.").format(name=unlocker.name)))
        layout.addLayout(form)
        layout.addWidget(buttons)


# -- the view ------------------------------------------------------------------------------------


class UnlocksView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("UnlocksView")
        account = context.vault.account
        may_record = account.may(Permission.UNLOCK_USER_IDS)
        is_officer = account.role is Role.OFFICER

        self.waiting_model = LockoutsModel()
        self.waiting = rows_table(self.waiting_model, "waiting")
        for column in LockoutsModel.UNLOCK_COLUMNS:
            self.waiting.setColumnHidden(column, True)
        self.waiting.activated.connect(lambda _index: self.record_unlock())
        self.unlock_button = QPushButton(self.tr("Record &unlock…"))
        self.unlock_button.setObjectName("recordUnlock")
        self.unlock_button.setToolTip(self.tr(
            "Unlock the selected user ID, or any registered user ID if none is selected."))
        self.unlock_button.clicked.connect(self.record_unlock)
        self.lockout_button = QPushButton(self.tr("Record &lockout…"))
        self.lockout_button.setObjectName("recordLockout")
        self.lockout_button.clicked.connect(self.record_lockout)
        for button in (self.unlock_button, self.lockout_button):
            button.setVisible(may_record)
        self.register_model = LockoutsModel()
        self.register = rows_table(self.register_model, "register")

        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.lockout_button)
        buttons.addStretch(1)
        lockouts = QWidget()
        lockouts_layout = QVBoxLayout(lockouts)
        lockouts_layout.addWidget(QLabel(self.tr("<b>Locked user IDs waiting for unlock</b>")))
        lockouts_layout.addLayout(buttons)
        lockouts_layout.addWidget(self.waiting, 1)
        lockouts_layout.addWidget(QLabel(self.tr("<b>Every lockout and unlock, newest first</b>")))
        lockouts_layout.addWidget(self.register, 2)

        self.unlockers_model = UnlockersModel()
        self.unlockers = rows_table(self.unlockers_model, "unlockers")
        self.authorise_button = QPushButton(self.tr("&Authorise…"))
        self.authorise_button.setObjectName("authorise")
        self.authorise_button.clicked.connect(self.authorise)
        self.end_button = QPushButton(self.tr("&End authorisation…"))
        self.end_button.setObjectName("endAuthorisation")
        self.end_button.clicked.connect(self.end_authorisation)
        for button in (self.authorise_button, self.end_button):
            button.setVisible(is_officer)
        self.unlockers.selectionModel().selectionChanged.connect(self._selection_changed)
        unlocker_buttons = QHBoxLayout()
        unlocker_buttons.addWidget(self.authorise_button)
        unlocker_buttons.addWidget(self.end_button)
        unlocker_buttons.addStretch(1)
        unlockers_tab = QWidget()
        unlockers_layout = QVBoxLayout(unlockers_tab)
        unlockers_layout.addWidget(QLabel(self.tr(
            "Only you and the persons you authorise here may unlock CPR user IDs, and only "
            "within their period.")))
        unlockers_layout.addLayout(unlocker_buttons)
        unlockers_layout.addWidget(self.unlockers, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(lockouts, self.tr("Lockouts and unlocks"))
        self.tabs.addTab(unlockers_tab, self.tr("Authorised unlockers"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Unlock register</h3>CPR user IDs locked after five failed password attempts, "
            "and who unlocked them after checking the person's identity.")))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        def load(vault: Vault) -> tuple[list[Lockout], list[Lockout], list[Unlocker]]:
            return (unlocks.list_lockouts(vault.db, waiting_only=True),
                    unlocks.list_lockouts(vault.db), unlocks.list_unlockers(vault.db))

        waiting, everything, unlockers = self.context.read(load)
        self.waiting_model.set_rows(waiting)
        self.register_model.set_rows(everything)
        self.unlockers_model.set_rows(unlockers, local_now(self.context.vault).date())
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        self.end_button.setEnabled(self.selected_unlocker() is not None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def selected_lockout(self) -> Lockout | None:
        indexes = self.waiting.selectionModel().selectedRows()
        return self.waiting_model.data(indexes[0], RawRole) if indexes else None

    def selected_unlocker(self) -> Unlocker | None:
        indexes = self.unlockers.selectionModel().selectedRows()
        return self.unlockers_model.data(indexes[0], RawRole) if indexes else None

    def record_unlock(self) -> None:
        if not self.context.vault.account.may(Permission.UNLOCK_USER_IDS):
            return
        known, unlockers = self.context.read(
            lambda vault: (known_user_ids(vault), unlocks.list_unlockers(vault.db)))
        dialog = UnlockDialog(self, self.context, lockout=self.selected_lockout(), known=known,
                              unlockers=unlockers, waiting=self.waiting_model.rows)
        self._run(dialog)

    def record_lockout(self) -> None:
        if not self.context.vault.account.may(Permission.UNLOCK_USER_IDS):
            return
        self._run(LockoutDialog(self, self.context, self.context.read(known_user_ids)))

    def _run(self, dialog: QDialog) -> None:
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh()
        finally:
            dialog.deleteLater()

    def authorise(self) -> None:
        if self.context.vault.account.role is not Role.OFFICER:
            return

        def load(vault: Vault) -> tuple[list[tuple[int, str]], list[tuple[str, str]]]:
            employees = [(int(r[0]), str(r[1])) for r in vault.db.execute(
                "SELECT id, name FROM employees ORDER BY name")]
            deputies = [(a.initials, a.name) for a in accounts.list_accounts(vault)
                        if a.role is Role.DEPUTY and a.active]
            return employees, deputies

        employees, deputies = self.context.read(load)
        dialog = AuthoriseDialog(self, local_now(self.context.vault).date(), employees, deputies)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        finally:
            dialog.deleteLater()
        period = values["authorised_from"].isoformat() + " – " + (
            values["authorised_to"].isoformat() if values["authorised_to"] else "")
        if not self.context.confirm_password(self, self.tr(
                "Authorise {name} to unlock CPR user IDs ({period}).").format(
                    name=values["name"], period=period)):
            return
        self.context.write(self, lambda vault: unlocks.authorise_unlocker(vault, **values),
                           lambda _r: self.refresh())

    def end_authorisation(self) -> None:
        unlocker = self.selected_unlocker()
        if unlocker is None or self.context.vault.account.role is not Role.OFFICER:
            return
        dialog = EndAuthorisationDialog(self, unlocker, local_now(self.context.vault).date())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            last_day = dialog.last_day.date().toPython()
        finally:
            dialog.deleteLater()
        self.context.write(self, lambda vault: unlocks.end_unlocker(vault, unlocker.id, last_day),
                           lambda _r: self.refresh())
