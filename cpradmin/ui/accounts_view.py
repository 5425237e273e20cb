"""cpradmin accounts: who may use the vault, in which role, and whether bound or locked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpradmin import accounts
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.models.accounts import ROLE_LABELS, Account, Permission, Role
from cpradmin.ui.context import ViewContext
from cpradmin.ui.table_model import RawRole, RowsModel
from cpradmin.vault import Vault


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_LABELS[role])


@dataclass(frozen=True)
class AccountRow:
    account: Account
    disabled: bool
    bound: bool


def _load(vault: Vault) -> list[AccountRow]:
    return [
        AccountRow(a, accounts.is_disabled(vault, a.initials), accounts.is_bound(vault, a.initials))
        for a in accounts.list_accounts(vault)
    ]


class AccountsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AccountsModel", "Initials"),
        QT_TRANSLATE_NOOP("AccountsModel", "Name"),
        QT_TRANSLATE_NOOP("AccountsModel", "Role"),
        QT_TRANSLATE_NOOP("AccountsModel", "Status"),
        QT_TRANSLATE_NOOP("AccountsModel", "Key"),
        QT_TRANSLATE_NOOP("AccountsModel", "May unlock accounts"),
    )

    def status(self, row: AccountRow) -> str:
        if not row.account.active:
            return self.tr("Deactivated")
        if row.disabled:
            return self.tr("Locked (failed logins)")
        if row.account.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    def display(self, row: AccountRow, column: int) -> Any:
        a = row.account
        if column == 0:
            return a.initials
        if column == 1:
            return a.name
        if column == 2:
            return role_label(a.role)
        if column == 3:
            return self.status(row)
        if column == 4:
            return self.tr("Bound to workstation") if row.bound else self.tr("Password only")
        if a.role is Role.OFFICER:
            return self.tr("Yes")
        return self.tr("Yes") if a.may_unlock_accounts else self.tr("No")


class AccountDialog(QDialog):
    """New account, or the officer's changes to an existing one."""

    def __init__(self, parent: QWidget, existing: Account | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit account") if existing else self.tr("New account"))
        self.initials = QLineEdit(existing.initials if existing else "")
        self.initials.setObjectName("initials")
        self.initials.setEnabled(existing is None)
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setObjectName("name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(list(Role).index(existing.role if existing else Role.DEPUTY))
        self.may_unlock = QCheckBox(self.tr("May unlock accounts locked by failed logins"))
        self.may_unlock.setChecked(bool(existing and existing.may_unlock_accounts))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(existing.active if existing else True)
        self.password_only = QCheckBox(
            self.tr("Password only (do not bind the key to a workstation's keyring)")
        )
        form = QFormLayout()
        form.addRow(self.tr("Initials:"), self.initials)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow("", self.may_unlock)
        if existing:
            form.addRow("", self.active)
        else:
            form.addRow("", self.password_only)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def selected_role(self) -> Role:
        return Role(self.role.currentData())


class AccountsView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("AccountsView")
        self.model = AccountsModel()
        self.table = QTableView()
        self.table.setObjectName("accounts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())

        manage = context.vault.account.may(Permission.MANAGE_ACCOUNTS)
        self.add_button = QPushButton(self.tr("&New account…"))
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button = QPushButton(self.tr("New &one-time password…"))
        self.reset_button.clicked.connect(self.reset)
        for button in (self.add_button, self.edit_button, self.reset_button):
            button.setVisible(manage)
        self.unlock_button.setVisible(context.vault.account.may(Permission.UNLOCK_ACCOUNTS))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.unlock_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Accounts</h3>Who may open this vault. A bound account's key also needs the "
            "keyring of the workstation where its password was set."
        )))
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.context.read(_load))

    def selected(self) -> AccountRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.data(indexes[0], RawRole) if indexes else None

    def add(self) -> None:
        dialog = AccountDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        initials, name, role = dialog.initials.text(), dialog.name.text(), dialog.selected_role()
        may_unlock, password_only = dialog.may_unlock.isChecked(), dialog.password_only.isChecked()

        def job(vault: Vault) -> str:
            one_time = accounts.add_account(
                vault, initials=initials, name=name, role=role, password_only=password_only
            )
            if may_unlock and role is Role.DEPUTY:
                accounts.update_account(vault, initials, may_unlock_accounts=True)
            return one_time

        def done(one_time: str) -> None:
            self.refresh()
            QMessageBox.information(
                self, self.tr("One-time password"),
                self.tr("Hand this one-time password to {initials} in person. It is shown "
                        "only now and must be changed at first login:\n\n{password}")
                .format(initials=initials.upper(), password=one_time),
            )

        self.context.write(self, job, done)

    def edit(self) -> None:
        row = self.selected()
        if row is None or not self.context.vault.account.may(Permission.MANAGE_ACCOUNTS):
            return
        dialog = AccountDialog(self, row.account)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, role = dialog.name.text(), dialog.selected_role()
        active, may_unlock = dialog.active.isChecked(), dialog.may_unlock.isChecked()
        initials = row.account.initials
        self.context.write(
            self,
            lambda vault: accounts.update_account(
                vault, initials, name=name, role=role, active=active,
                may_unlock_accounts=may_unlock,
            ),
            lambda _r: self.refresh(),
        )

    def unlock(self) -> None:
        row = self.selected()
        if row is None:
            return
        initials = row.account.initials
        if not self.context.confirm_password(
            self, self.tr("Unlock the account {initials}.").format(initials=initials)
        ):
            return
        self.context.write(
            self, lambda vault: accounts.unlock_account(vault, initials), lambda _r: self.refresh()
        )

    def reset(self) -> None:
        row = self.selected()
        if row is None:
            return
        initials = row.account.initials
        if not self.context.confirm_password(
            self, self.tr("Give {initials} a new one-time password.").format(initials=initials)
        ):
            return

        def done(one_time: str) -> None:
            self.refresh()
            QMessageBox.information(
                self, self.tr("One-time password"),
                self.tr("Hand this one-time password to {initials} in person. It is shown "
                        "only now and must be changed at first login:\n\n{password}")
                .format(initials=initials, password=one_time),
            )

        self.context.write(self, lambda vault: accounts.reset_password(vault, initials), done)
