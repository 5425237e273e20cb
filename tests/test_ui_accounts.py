"""The accounts and audit views inside a real main window, on a real vault, inline worker.

Dialogs opened with ``exec()`` are driven by ``ModalDriver`` (see test_ui_shell.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import OFFICER, PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from test_ui_shell import ModalDriver

from cpradmin import accounts, audit
from cpradmin.errors import AuthenticationError
from cpradmin.keyslots import SlotFile
from cpradmin.models.accounts import Role
from cpradmin.ui.accounts_view import AccountDialog, AccountsView
from cpradmin.ui.audit_view import AuditView
from cpradmin.ui.context import ViewContext
from cpradmin.ui.main_window import MainWindow
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault

ONE_TIME = re.compile(r"[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}")


@pytest.fixture
def modal() -> ModalDriver:
    return ModalDriver()


@pytest.fixture
def open_window(qtbot: Any) -> Iterator[Any]:
    """Build and show a main window for a session, on an inline worker."""
    sessions: list[Vault] = []

    def make(session: Vault) -> MainWindow:
        window = MainWindow(ViewContext(session, VaultWorker(inline=True)))
        qtbot.addWidget(window)
        window.show()
        sessions.append(session)
        return window

    yield make
    for session in sessions:
        session.lock("test finished")


def accounts_view(window: MainWindow) -> AccountsView:
    view = window.show_view("accounts")
    assert isinstance(view, AccountsView)
    return view


def table(view: AccountsView) -> dict[str, list[str]]:
    """Initials → the displayed cells of that row."""
    model = view.model
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def select(qtbot: Any, view: AccountsView, initials: str) -> None:
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == initials)
    rect = view.table.visualRect(model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = view.selected()
    assert selected is not None and selected.account.initials == initials


def ok_button(dialog: Any) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def disable(path: Path, initials: str) -> None:
    """Five failed logins, as at the login window."""
    for attempt in range(5):
        with pytest.raises(AuthenticationError) as caught:
            Vault.login(path, initials, f"Forkert-Kodeord-{attempt}")
    assert "disabled" in str(caught.value)


# -- the accounts view ---------------------------------------------------------------------


def test_officer_sees_the_accounts_table(open_window: Any, vault: Vault) -> None:
    window = open_window(vault)
    view = accounts_view(window)
    rows = table(view)
    assert list(rows) == [OFFICER]
    assert rows[OFFICER] == ["PH", "Pia Holm", "Security officer", "Active", "Password only",
                             "Yes"]
    for button in (view.add_button, view.edit_button, view.unlock_button, view.reset_button):
        assert button.isVisibleTo(view), button.text()


def test_new_account_adds_a_deputy_and_shows_the_one_time_password(
        qtbot: Any, open_window: Any, vault: Vault, vault_path: Path,
        modal: ModalDriver) -> None:
    window = open_window(vault)
    view = accounts_view(window)
    shown: dict[str, str] = {}

    def fill(dialog: AccountDialog) -> None:
        assert dialog.windowTitle() == "New account"
        qtbot.keyClicks(dialog.initials, "dp")
        qtbot.keyClicks(dialog.name, "Dorte Poulsen")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.DEPUTY))
        dialog.may_unlock.setChecked(True)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    def read(box: QMessageBox) -> None:
        shown["title"] = box.windowTitle()
        shown["text"] = box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    modal.when_modal(AccountDialog, fill)
    modal.when_modal(QMessageBox, read)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert modal.handled == ["AccountDialog", "QMessageBox"]
    assert shown["title"] == "One-time password"
    assert "DP" in shown["text"]
    found = ONE_TIME.search(shown["text"])
    assert found, shown["text"]

    rows = table(view)
    assert list(rows) == ["DP", "PH"]
    assert rows["DP"][1:] == ["Dorte Poulsen", "Deputy", "Must change password",
                              "Password only", "Yes"]
    created = [e for e in audit.entries(vault.db) if e.action == "account-created"]
    assert created[-1].object == "account:DP" and created[-1].actor == OFFICER

    deputy = Vault.login(vault_path, "DP", found.group(0))  # the password shown is the real one
    try:
        assert deputy.forced_password_change
        assert deputy.account.role is Role.DEPUTY and deputy.account.may_unlock_accounts
    finally:
        deputy.lock("test finished")


def test_cancelled_new_account_changes_nothing(
        qtbot: Any, open_window: Any, vault: Vault, modal: ModalDriver) -> None:
    window = open_window(vault)
    view = accounts_view(window)
    before = audit.head(vault.db)

    def cancel(dialog: AccountDialog) -> None:
        qtbot.keyClicks(dialog.initials, "XY")
        dialog.reject()

    modal.when_modal(AccountDialog, cancel)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert list(table(view)) == [OFFICER]
    assert audit.head(vault.db) == before


def test_refused_new_account_shows_the_rule(
        qtbot: Any, open_window: Any, vault: Vault, modal: ModalDriver) -> None:
    window = open_window(vault)
    view = accounts_view(window)
    shown: dict[str, str] = {}

    def fill(dialog: AccountDialog) -> None:
        qtbot.keyClicks(dialog.initials, "PH")  # taken by the officer
        qtbot.keyClicks(dialog.name, "Peter Hansen")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    def read(box: QMessageBox) -> None:
        shown["text"] = box.text()
        box.accept()

    modal.when_modal(AccountDialog, fill)
    modal.when_modal(QMessageBox, read)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert shown["text"] == "An account with initials PH already exists."
    assert list(table(view)) == [OFFICER]


def test_an_auditor_sees_no_account_buttons(
        open_window: Any, vault: Vault, vault_path: Path) -> None:
    one_time = accounts.add_account(vault, initials="RV", name="Rie Vang", role=Role.AUDITOR)
    vault.lock("test: auditor created")
    auditor = Vault.login(vault_path, "RV", one_time)
    window = open_window(auditor)
    view = accounts_view(window)
    assert set(table(view)) == {"PH", "RV"}  # reading is allowed
    for button in (view.add_button, view.edit_button, view.unlock_button, view.reset_button):
        assert button.isHidden() and not button.isVisibleTo(view), button.text()
    assert window.view_keys() == [  # an auditor reads everything and changes nothing
        "dashboard", "employees", "programs", "unlocks", "watchlist", "review", "log",
        "statistics", "authorisation_control", "obligations", "regulations", "accounts",
        "audit", "settings",
    ]


def test_a_deputy_may_unlock_only_when_authorised(
        open_window: Any, vault: Vault, vault_path: Path) -> None:
    one_time = accounts.add_account(vault, initials="DP", name="Dorte Poulsen",
                                    role=Role.DEPUTY)
    accounts.update_account(vault, "DP", may_unlock_accounts=True)
    vault.lock("test: deputy created")
    deputy = Vault.login(vault_path, "DP", one_time)
    view = accounts_view(open_window(deputy))
    assert view.unlock_button.isVisibleTo(view)
    for button in (view.add_button, view.edit_button, view.reset_button):
        assert not button.isVisibleTo(view), button.text()


def test_unlock_needs_the_right_password(
        qtbot: Any, open_window: Any, vault: Vault, vault_path: Path,
        modal: ModalDriver) -> None:
    accounts.add_account(vault, initials="DP", name="Dorte Poulsen", role=Role.DEPUTY)
    # The officer's session must not be open while the deputy fails: an open session keeps
    # its own copy of the key file (see the report on Vault.slots going stale).
    vault.lock("test: deputy created")
    disable(vault_path, "DP")
    officer = Vault.login(vault_path, OFFICER, PASSWORD)
    view = accounts_view(open_window(officer))
    assert table(view)["DP"][3] == "Locked (failed logins)"
    assert accounts.is_disabled(officer, "DP")
    select(qtbot, view, "DP")

    shown: dict[str, str] = {}

    def confirm_with(password: str) -> Any:
        def confirm(dialog: QInputDialog) -> None:
            shown["prompt"] = dialog.labelText()
            edit = dialog.findChild(QLineEdit)
            assert edit is not None and edit.echoMode() is QLineEdit.EchoMode.Password
            qtbot.keyClicks(edit, password)
            qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return confirm

    def read(box: QMessageBox) -> None:
        shown["refusal"] = box.text()
        box.accept()

    modal.when_modal(QInputDialog, confirm_with("Forkert-Kodeord-1"))
    modal.when_modal(QMessageBox, read)
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert "Unlock the account DP." in shown["prompt"]
    assert shown["refusal"] == "Wrong password."
    assert accounts.is_disabled(officer, "DP")
    assert table(view)["DP"][3] == "Locked (failed logins)"
    assert [e.action for e in audit.entries(officer.db)][-1] == "confirmation-failed"

    modal.when_modal(QInputDialog, confirm_with(PASSWORD))
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert not accounts.is_disabled(officer, "DP")
    assert table(view)["DP"][3] == "Must change password"
    last = list(audit.entries(officer.db))[-1]
    assert (last.action, last.object, last.actor) == ("account-unlocked", "account:DP", OFFICER)
    assert "DP" not in SlotFile.load(SlotFile.path_for(vault_path)).disabled


def test_unlocking_needs_a_selected_row(
        qtbot: Any, open_window: Any, vault: Vault) -> None:
    view = accounts_view(open_window(vault))
    before = audit.head(vault.db)
    view.table.clearSelection()
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)  # no dialog may open
    assert audit.head(vault.db) == before


# -- the audit view ------------------------------------------------------------------------


def test_audit_view_lists_newest_first_and_verifies(
        qtbot: Any, open_window: Any, vault: Vault) -> None:
    accounts.add_account(vault, initials="DP", name="Dorte Poulsen", role=Role.DEPUTY)
    window = open_window(vault)
    view = window.show_view("audit")
    assert isinstance(view, AuditView)
    model = view.model
    total = int(vault.db.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    assert model.rowCount() == total >= 5
    seqs = [int(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert seqs == list(range(total, 0, -1))
    assert [model.index(0, c).data() for c in (2, 3, 4)] == ["PH", "account-created",
                                                            "account:DP"]
    assert model.index(total - 1, 3).data() == "vault-created"

    result = view.findChild(QLabel, "result")
    assert result is not None and result.text() == ""
    qtbot.mouseClick(view.findChild(QPushButton, "verify"), Qt.MouseButton.LeftButton)
    assert result.text().startswith(f"Intact: {total} entries"), result.text()


def test_audit_verify_reports_a_tampered_entry(
        qtbot: Any, open_window: Any, vault: Vault) -> None:
    vault.db.execute("UPDATE audit_log SET actor = 'XX' WHERE seq = 2")
    view = open_window(vault).show_view("audit")
    result = view.findChild(QLabel, "result")
    qtbot.mouseClick(view.findChild(QPushButton, "verify"), Qt.MouseButton.LeftButton)
    assert result.text().startswith("BROKEN: entry 2: content changed"), result.text()
