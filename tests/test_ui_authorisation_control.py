"""The authorisation control driven end to end through its view, on real widgets and a real
vault: start, decide with the keyboard and the buttons, CPR actions, completion refusals,
completion with the password, and the register afterwards.

Jobs run inline (``VaultWorker(inline=True)``); modal dialogs are driven by ``ModalDriver``
(see test_ui_shell.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from conftest import PASSWORD
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from test_ui_shell import ModalDriver

from cpradmin import accounts, registers
from cpradmin import authorisation_control as ac
from cpradmin.models.accounts import Role
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.ui.authorisation_control_view import AuthorisationControlView, StartDialog
from cpradmin.ui.context import ViewContext
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 27)
FULL_CPR = re.compile(r"\d{6}-?\d{4}")


class FakeClock:
    def now(self) -> datetime:
        return NOW


@pytest.fixture
def modal() -> ModalDriver:
    return ModalDriver()


@pytest.fixture
def context(vault: Vault, qtbot: Any) -> Iterator[ViewContext]:
    vault.clock = FakeClock()
    worker = VaultWorker(inline=True)
    yield ViewContext(vault, worker)
    worker.shutdown()


def person(vault: Vault, name: str, user_id: str, *, cpr: str | None = None,
           profiles: tuple[str, ...] = (), **employee: object) -> int:
    fields = {"trained_on": date(2026, 3, 1), "acknowledged_on": date(2026, 3, 1), **employee}
    e = registers.add_employee(vault, EmployeeInput(name=name, cpr=cpr, department="Løn",
                                                    **fields))  # type: ignore[arg-type]
    uid = registers.add_user_id(vault, user_id, employee_id=e.id)
    return registers.grant_authorisation(vault, uid.id, AuthorisationInput(
        date(2026, 1, 1), date(2027, 12, 31), purpose="Løn til 0101901009",
        profiles=profiles)).id


def texts(root: QWidget) -> list[str]:
    """Every text the view shows, including its tables' cells and tooltips."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.windowTitle(), widget.toolTip()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(model.columnCount(QModelIndex())):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(model.index(row, column), role)
                        if isinstance(value, str):
                            found.append(value)
    return found


def cell(view: AuthorisationControlView, row: int, column: int) -> str:
    return str(view.model.data(view.model.index(row, column)))


def start_control(view: AuthorisationControlView, qtbot: Any, modal: ModalDriver) -> None:
    def fill(dialog: StartDialog) -> None:
        dialog.start.setDate(QDate(2026, 12, 1))  # after the control day: refused in place
        assert not dialog.ok.isEnabled()
        assert "on or before" in dialog.problem.text()
        dialog.start.setDate(QDate(2026, 8, 1))
        dialog.on.setDate(QDate(2026, 10, 31))
        assert dialog.ok.isEnabled()
        dialog.accept()

    modal.when_modal(StartDialog, fill)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    modal.check()


def test_an_authorisation_control_end_to_end(context: ViewContext, qtbot: Any,
                                             modal: ModalDriver) -> None:
    vault = context.vault
    gorm = person(vault, "Gorm Gammel", "KOMGG1", cpr="0101901009",
                  employed_to=date(2026, 9, 30))
    sif = person(vault, "Sif Sørensen", "KOMSS1", profiles=("200",))
    anna = person(vault, "Anna Andersen", "KOMAA1")

    view = AuthorisationControlView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.controls.count() == 0 and view.model.rowCount() == 0
    assert "No authorisation control yet" in view.status.text()
    assert "never" in view.due.text() and "Overdue" in view.due.text()
    assert view.start_button.isEnabled() and not view.complete_button.isEnabled()

    start_control(view, qtbot, modal)
    control_id = view.control.id if view.control else None
    assert control_id is not None and view.controls.count() == 1
    assert view.model.rowCount() == 3
    assert [cell(view, r, 1) for r in range(3)] == ["KOMGG1", "KOMSS1", "KOMAA1"]
    assert cell(view, 0, 0) == "Employee has left"
    assert cell(view, 1, 0) == "Sensitive profile"
    assert "The employment ended on 2026-09-30" in str(view.model.data(
        view.model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert "3 authorisations, 2 flagged, 3 without a decision" in view.status.text()
    assert not view.start_button.isEnabled()  # one open control at a time
    assert view.table.currentIndex().row() == 0

    # R without a note: the note field takes over, Enter decides.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert view.pending is not None and "write a note" in view.problem.text()
    assert ac.actions(vault.db, control_id) == []
    qtbot.keyClicks(view.note, "Fratrådt 30.9.")
    qtbot.keyClick(view.note, Qt.Key.Key_Return)
    assert view.table.currentIndex().row() == 1  # moved on
    assert cell(view, 0, 8) == "Revoke" and cell(view, 0, 9) == "Fratrådt 30.9."

    # Change with the button and a note typed first.
    view.note.setText("Fjern profil 200")
    qtbot.mouseClick(view.change_button, Qt.MouseButton.LeftButton)
    assert view.table.currentIndex().row() == 2
    # K keeps (no note needed).
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    assert [cell(view, r, 8) for r in range(3)] == ["Revoke", "Change", "Keep"]
    assert "without a decision" in view.status.text() and "0 without" in view.status.text()

    # Two CPR actions, to do: completing is refused with the reason.
    assert view.actions_model.rowCount() == 2
    assert "Remove authorisation" in view.actions_model.data(view.actions_model.index(0, 1))
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    modal.when_modal(QMessageBox, read)
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert "2 CPR action(s) are neither marked done nor left open" in seen[0]

    # Mark the revocation done; leave the change open with a note.
    view.actions.selectRow(0)
    assert view.done_button.isEnabled()
    assert view.done_on.minimumDate() == QDate(2026, 8, 1)
    view.done_on.setDate(QDate(2026, 11, 2))
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.actions_model.data(view.actions_model.index(0, 3)) == "2026-11-02"
    assert not view.done_button.isEnabled()  # done once

    def why(dialog: QInputDialog) -> None:
        dialog.setTextValue("Venter på leder")
        dialog.accept()

    view.actions.selectRow(1)
    modal.when_modal(QInputDialog, why)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert view.actions_model.data(view.actions_model.index(1, 2)) == "Left open"

    # Complete: the password is asked again.
    def password(dialog: QInputDialog) -> None:
        assert "1 revocation(s)" in dialog.labelText()
        dialog.setTextValue(PASSWORD)
        dialog.accept()

    modal.when_modal(QInputDialog, password)
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert view.control is not None and not view.control.open
    assert "Completed on 2026-11-27 by PH" in view.status.text()
    assert "(completed)" in view.controls.currentText()
    assert not view.complete_button.isEnabled() and not view.keep_button.isEnabled()
    assert view.start_button.isEnabled()
    assert "Last completed: 2026-11-27. Next due: 2027-02-27" in view.due.text()

    assert registers.get_authorisation(vault.db, gorm).revoked_on == date(2026, 11, 2)
    assert registers.authorisation_history(vault.db, gorm)[-1].kind == "revoked"
    for auth in (sif, anna):
        assert registers.get_authorisation(vault.db, auth).revoked_on is None
    for text in texts(view):
        assert not FULL_CPR.search(text), text


def test_filters_and_a_wrong_password(context: ViewContext, qtbot: Any,
                                      modal: ModalDriver) -> None:
    vault = context.vault
    person(vault, "Gorm Gammel", "KOMGG1", employed_to=date(2026, 9, 30))
    person(vault, "Anna Andersen", "KOMAA1")
    control_id = ac.start_authorisation_control(vault, on=date(2026, 10, 31))
    view = AuthorisationControlView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.control is not None and view.control.id == control_id
    view.which.setCurrentIndex(view.which.findData(ac.ItemFilter.FLAGGED))
    assert view.model.rowCount() == 1
    view.which.setCurrentIndex(view.which.findData(ac.ItemFilter.UNDECIDED))
    assert view.model.rowCount() == 2
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    assert view.model.rowCount() == 1  # the decided one left the "without a decision" list
    assert cell(view, 0, 1) == "KOMAA1" and view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    assert view.model.rowCount() == 0

    seen: list[str] = []

    def wrong(dialog: QInputDialog) -> None:
        dialog.setTextValue("not the password")
        dialog.accept()

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    modal.when_modal(QInputDialog, wrong)
    modal.when_modal(QMessageBox, read)
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert seen == ["Wrong password."]
    assert ac.get_control(vault.db, control_id).open


def test_an_auditor_sees_but_cannot_decide(context: ViewContext, qtbot: Any) -> None:
    vault = context.vault
    person(vault, "Anna Andersen", "KOMAA1")
    ac.start_authorisation_control(vault, on=date(2026, 10, 31))
    one_time = accounts.add_account(vault, initials="AU", name="Revisor", role=Role.AUDITOR,
                                    password_only=True)
    auditor = Vault.login(vault.path, "AU", one_time)
    auditor.clock = FakeClock()
    worker = VaultWorker(inline=True)
    try:
        view = AuthorisationControlView(ViewContext(auditor, worker))
        qtbot.addWidget(view)
        assert view.model.rowCount() == 1
        for widget in (view.start_button, view.complete_button, view.keep_button, view.note,
                       view.done_button):
            assert widget.isHidden()
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_K)
        assert ac.control_items(vault.db, view.control.id)[0].decision is None  # type: ignore[union-attr]
    finally:
        worker.shutdown()
        auditor.lock("test")


def test_overdue_controls_are_red_on_the_dashboard(context: ViewContext, qtbot: Any) -> None:
    from cpradmin.dashboard import Attention
    from cpradmin.ui.dashboard_view import TARGETS, DashboardView

    view = DashboardView(context)
    qtbot.addWidget(view)
    cards = {c.item.kind: c for c in view.cards}
    overdue = cards[Attention.CONTROLS_OVERDUE]
    assert overdue.level == "red" and overdue.item.count == 3  # never done: due at once
    assert "Authorisation control: never done; it is due now." in overdue.examples_label.text()
    assert cards[Attention.CONTROLS_DUE_SOON].level == "green"
    assert TARGETS[Attention.CONTROLS_OVERDUE] == "authorisation_control"
