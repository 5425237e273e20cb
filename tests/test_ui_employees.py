"""The employee view on a real vault: search, filters, sorting, the detail panel, Reveal,
and the dialogs that grant and revoke authorisations.

50 employees are seeded once through the services (so the audit trail and history are
real) and each test gets its own copy of that vault. The worker runs jobs inline, so every
read and write has finished when the call returns; only the search debounce is waited for.
Modal dialogs block in ``exec()``: they are driven from timers (``Modal.when``).
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import OFFICER, PASSWORD
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from cpradmin import registers
from cpradmin.employee_queries import Status
from cpradmin.keyslots import SlotFile
from cpradmin.models.accounts import Role
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.ui.context import ViewContext
from cpradmin.ui.employee_forms import (
    AuthorisationDialog,
    EmployeeDialog,
    HistoryDialog,
    RevokeDialog,
)
from cpradmin.ui.employees_view import EmployeesView, local_today
from cpradmin.ui.paged_model import Column, PagedTableModel, RawRole, RowRole
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault

FULL_CPR = re.compile(r"\d{6}-?\d{4}")
FIRST = ("Anne", "Bo", "Camilla", "Dennis", "Emma", "Frederik", "Søren", "Ægir", "Øjvind", "Åse")
LAST = ("Hansen", "Jensen", "Nielsen", "Østergaard", "Ågård")
DEPARTMENTS = ("Borgerservice", "Jobcenter", "Ældreområdet")


def cpr_of(number: int) -> str:
    birth = date(1960, 1, 1) + timedelta(days=397 * number)
    return f"{birth:%d%m%y}1{number:03d}"


def seed(vault: Vault) -> None:
    """50 employees: 5 have left, 7 have no user ID, the rest one authorisation each."""
    today = local_today(vault)
    for number in range(50):
        employee = registers.add_employee(vault, EmployeeInput(
            name=f"{FIRST[number % 10]} {LAST[number // 10]}", initials=f"T{number:02d}",
            department=DEPARTMENTS[number % 3], cpr=cpr_of(number),
            email=f"t{number:02d}@kommune.dk",
            employed_from=today - timedelta(days=1000),
            employed_to=today - timedelta(days=30) if number % 10 == 9 else None,
        ))
        if number % 7 == 6:
            continue
        uid = registers.add_user_id(vault, f"DK{1000 + number}", employee_id=employee.id)
        expires: date | None = {1: today + timedelta(days=10), 2: today - timedelta(days=5),
                                3: None}.get(number % 5, today + timedelta(days=365))
        registers.grant_authorisation(vault, uid.id, AuthorisationInput(
            granted_on=today - timedelta(days=100), expires_on=expires,
            purpose="Sagsbehandling", case_number=f"S-{number}",
            transaction_types=("PERSON",), profiles=("100",) if number % 4 else ("127",),
        ), "seed")


@pytest.fixture(scope="module")
def seeded_template(template_vault: tuple[Path, str],
                    tmp_path_factory: pytest.TempPathFactory) -> Path:
    source, _ = template_vault
    target = tmp_path_factory.mktemp("employees") / "cpradmin.vault"
    shutil.copy2(source, target)
    shutil.copy2(SlotFile.path_for(source), SlotFile.path_for(target))
    vault = Vault.login(target, OFFICER, PASSWORD)
    seed(vault)
    vault.lock("seeded")
    return target


@pytest.fixture
def seeded(seeded_template: Path, tmp_path: Path) -> Iterator[Vault]:
    target = tmp_path / "vault" / "cpradmin.vault"
    target.parent.mkdir(mode=0o700)
    shutil.copy2(seeded_template, target)
    shutil.copy2(SlotFile.path_for(seeded_template), SlotFile.path_for(target))
    vault = Vault.login(target, OFFICER, PASSWORD)
    yield vault
    vault.lock("test finished")


@pytest.fixture
def view(seeded: Vault, qtbot: Any) -> EmployeesView:
    widget = EmployeesView(ViewContext(seeded, VaultWorker(inline=True)))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


class Modal:
    """Acts on modal dialogs from timers; a failure rejects the dialog and is re-raised by
    ``check()``, so a broken test never leaves ``exec()`` blocked."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    def when(self, kind: type[QWidget], action: Callable[[Any], None],
             timeout_s: float = 10.0) -> None:
        deadline = time.monotonic() + timeout_s

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and widget.isVisible():
                try:
                    action(widget)
                except BaseException as exc:  # noqa: BLE001 - re-raised by check()
                    self.errors.append(exc)
                    if isinstance(widget, QDialog):
                        widget.reject()
            elif time.monotonic() < deadline:
                QTimer.singleShot(10, poll)
            else:
                self.errors.append(AssertionError(f"no modal {kind.__name__} appeared"))

        QTimer.singleShot(0, poll)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def modal() -> Modal:
    return Modal()


def shown_names(view: EmployeesView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def count_text(view: EmployeesView) -> tuple[int, int]:
    shown, total = view.count.text().split(" of ")
    return int(shown.replace(",", "")), int(total.replace(",", ""))


def texts_in(widget: QWidget) -> list[str]:
    """Every text a user (or a screen reader, or a copy) could get from the widget tree."""
    found: list[str] = []
    for label in widget.findChildren(QLabel):
        found += [label.text(), label.toolTip()]
    for edit in widget.findChildren(QLineEdit):
        found += [edit.text(), edit.placeholderText()]
    for combo in widget.findChildren(QComboBox):
        found += [combo.itemText(i) for i in range(combo.count())]
    for tree in widget.findChildren(QTreeWidget):
        iterator = QTreeWidgetItemIterator(tree)
        while iterator.value():
            item = iterator.value()
            found += [item.text(c) for c in range(item.columnCount())]
            found += [item.toolTip(c) for c in range(item.columnCount())]
            iterator += 1
    return found


def table_texts(view: EmployeesView) -> list[str]:
    model = view.model
    found = []
    for row in range(model.rowCount()):
        found.append(repr(model.data(model.index(row, 0), RowRole)))
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RawRole):
                found.append(str(model.data(index, role)))
    return found


def select_name(view: EmployeesView, name: str) -> None:
    row = shown_names(view).index(name)
    view.table.selectRow(row)
    assert view.panel.detail is not None and view.panel.detail.name == name


# -- the list --------------------------------------------------------------------------------


def test_shows_every_employee_with_the_count(view: EmployeesView) -> None:
    assert view.model.rowCount() == 50
    assert count_text(view) == (50, 50)
    assert view.model.pages_fetched >= 1
    assert view.count.text() == "50 of 50"


def test_search_as_you_type_filters_after_the_debounce(view: EmployeesView, qtbot: Any) -> None:
    fetched = view.model.pages_fetched
    qtbot.keyClicks(view.search, "østerg")
    assert view.model.rowCount() == 50, "nothing is queried while typing"
    qtbot.waitUntil(lambda: count_text(view) == (10, 50), timeout=3000)
    assert all("Østergaard" in name for name in shown_names(view))
    assert view.model.pages_fetched > fetched
    view.search.clear()
    qtbot.waitUntil(lambda: count_text(view) == (50, 50), timeout=3000)


def test_typing_in_the_table_searches_instead_of_scanning_rows(view: EmployeesView,
                                                               qtbot: Any) -> None:
    view.table.setFocus()
    fetched = view.model.pages_fetched
    qtbot.keyClicks(view.table, "åse")
    assert view.search.text() == "åse"
    assert view.model.pages_fetched == fetched  # no page was read to look for a match
    qtbot.waitUntil(lambda: count_text(view) == (5, 50), timeout=3000)


def test_search_by_user_id_and_cpr_prefix(view: EmployeesView) -> None:
    view.search.setText("dk1012")
    view.apply_filter()
    assert shown_names(view) == ["Camilla Jensen"]
    view.search.setText(cpr_of(12)[:6] + "-")
    view.apply_filter()
    assert shown_names(view) == ["Camilla Jensen"]


def test_department_and_status_filters(view: EmployeesView, seeded: Vault) -> None:
    view.department.setCurrentIndex(view.department.findData("Ældreområdet"))
    assert count_text(view) == (16, 50)
    assert {view.model.data(view.model.index(r, 2)) for r in range(16)} == {"Ældreområdet"}
    view.department.setCurrentIndex(0)
    view.status.setCurrentIndex(view.status.findData(Status.LEFT.value))
    assert sorted(shown_names(view)) == sorted(f"Åse {last}" for last in LAST)
    view.status.setCurrentIndex(view.status.findData(Status.ATTENTION.value))
    # expiring (n % 5 == 1), expired (2) and open-ended (3), among those with a user ID
    expected = [n for n in range(50) if n % 5 in (1, 2, 3) and n % 7 != 6]
    assert count_text(view) == (len(expected), 50)
    view.status.setCurrentIndex(view.status.findData(Status.ACTIVE.value))
    active = [n for n in range(50) if n % 5 != 2 and n % 7 != 6]
    assert count_text(view) == (len(active), 50)


def test_clicking_a_header_sorts_in_the_database(view: EmployeesView, qtbot: Any) -> None:
    assert shown_names(view)[0] == "Anne Hansen"
    assert shown_names(view)[-1] == "Åse Ågård"
    header = view.table.horizontalHeader()
    fetched_ids = view.model.sort_column, view.model.sort_order
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 10, 5))
    assert (view.model.sort_column, view.model.sort_order) != fetched_ids
    assert shown_names(view)[0] == "Åse Ågård"
    # Department: Borgerservice < Jobcenter < Ældreområdet, then by name.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 10, 5))
    first = view.model.data(view.model.index(0, 0), RowRole)
    assert (first.department, first.name) == ("Borgerservice", "Anne Hansen")
    # The masked CPR column cannot be sorted: the indicator stays where it was.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(3) + 10, 5))
    assert header.sortIndicatorSection() == 2


def test_attention_rows_are_coloured_with_a_tooltip(view: EmployeesView) -> None:
    model = view.model
    expired = shown_names(view).index("Camilla Hansen")  # n = 2: expired, not revoked
    index = model.index(expired, 0)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "expired" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    fine = model.index(shown_names(view).index("Anne Hansen"), 0)  # n = 0: a year left
    assert model.data(fine, Qt.ItemDataRole.BackgroundRole) is None
    raw = model.data(model.index(expired, 5), RawRole)
    assert raw is None  # the expired one is not in force: no earliest expiry
    expiring = model.index(shown_names(view).index("Bo Hansen"), 5)  # n = 1
    assert isinstance(model.data(expiring, RawRole), date)


# -- the detail panel and the CPR number -------------------------------------------------------


def test_selecting_shows_the_detail_with_the_cpr_masked_and_nothing_leaks(
        view: EmployeesView, seeded: Vault) -> None:
    employee_id = view.model.ids[shown_names(view).index("Camilla Jensen")]
    current = registers.get_employee(seeded.db, employee_id)
    registers.update_employee(seeded, employee_id, EmployeeInput(
        name=current.name, department=current.department, cpr=current.cpr,
        notes="Ringede fra 010180-1234 om adgang"))  # a CPR number typed into free text
    view.refresh()
    select_name(view, "Camilla Jensen")  # n = 12
    panel = view.panel
    assert panel.cpr_label.text() == f"{cpr_of(12)[:6]}-XXXX"
    assert panel.fields["department"].text() == DEPARTMENTS[0]
    assert panel.tree.topLevelItem(0).text(0) == "DK1012"
    assert panel.tree.topLevelItem(0).child(0).text(6) == "127 Log access (sensitive)"
    assert not panel.cpr_label.textInteractionFlags() & (
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    assert panel.fields["notes"].text() == "Ringede fra 010180-XXXX om adgang"
    leaks = [t for t in texts_in(view) + table_texts(view) if t and FULL_CPR.search(t)]
    assert leaks == []


def test_reveal_with_the_right_password_shows_the_number_for_a_while(
        view: EmployeesView, seeded: Vault, modal: Modal, qtbot: Any) -> None:
    select_name(view, "Camilla Jensen")

    def confirm(dialog: QInputDialog) -> None:
        dialog.setTextValue(PASSWORD)
        dialog.accept()

    modal.when(QInputDialog, confirm)
    qtbot.mouseClick(view.panel.reveal_button, Qt.MouseButton.LeftButton)
    modal.check()
    full = cpr_of(12)
    assert view.panel.cpr_label.text() == f"{full[:6]}-{full[6:]}"
    assert view.panel.revealed
    assert view.panel.cpr_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert any(FULL_CPR.search(t) for t in texts_in(view)), "the leak check must see it"
    action, obj = seeded.db.execute(
        "SELECT action, object FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert (action, obj) == ("cpr-revealed", f"employee:{view.panel.detail.id}")
    assert view.panel.reveal_timer.interval() == 30_000
    view.panel.reveal_timer.setInterval(20)
    view.panel.reveal_timer.start()
    qtbot.waitUntil(lambda: not view.panel.revealed, timeout=2000)
    assert view.panel.cpr_label.text() == f"{full[:6]}-XXXX"


def test_reveal_with_a_wrong_password_shows_nothing(
        view: EmployeesView, seeded: Vault, modal: Modal, qtbot: Any) -> None:
    select_name(view, "Camilla Jensen")

    def wrong(dialog: QInputDialog) -> None:
        modal.when(QMessageBox, lambda box: box.accept())  # "Wrong password."
        dialog.setTextValue("not-the-password")
        dialog.accept()

    modal.when(QInputDialog, wrong)
    qtbot.mouseClick(view.panel.reveal_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert view.panel.cpr_label.text() == f"{cpr_of(12)[:6]}-XXXX"
    assert not view.panel.revealed
    actions = [r[0] for r in seeded.db.execute("SELECT action FROM audit_log")]
    assert "cpr-revealed" not in actions and "confirmation-failed" in actions


def test_selecting_another_employee_hides_a_revealed_number(view: EmployeesView) -> None:
    select_name(view, "Camilla Jensen")
    view.panel._show_number(view.panel.detail.id, "010101-1234")
    assert view.panel.revealed
    select_name(view, "Anne Hansen")
    assert not view.panel.revealed
    assert not any(FULL_CPR.search(t) for t in texts_in(view))
    view.panel._show_number(view.panel.detail.id, "010101-1234")
    view.hide()  # another view chosen, or the vault locked
    assert not view.panel.revealed
    assert not any(FULL_CPR.search(t) for t in texts_in(view))


def test_read_only_account_sees_no_editing_buttons(seeded: Vault, qtbot: Any) -> None:
    seeded.account = replace(seeded.account, role=Role.AUDITOR)
    widget = EmployeesView(ViewContext(seeded, VaultWorker(inline=True)))
    qtbot.addWidget(widget)
    widget.show()
    widget.table.selectRow(0)
    panel = widget.panel
    assert not widget.new_button.isVisible()
    for button in (panel.edit_button, panel.grant_button, panel.change_button,
                   panel.revoke_button, panel.add_user_id_button, panel.training_button):
        assert not button.isVisible()
    assert panel.history_button.isVisible() and panel.reveal_button.isVisible()


# -- the forms -------------------------------------------------------------------------------


def test_invalid_cpr_cannot_be_saved(view: EmployeesView, seeded: Vault, modal: Modal,
                                     qtbot: Any) -> None:
    seen: dict[str, Any] = {}

    def fill(dialog: EmployeeDialog) -> None:
        dialog.name.setText("Ny Medarbejder")
        dialog.cpr.edit.setText("3102801234")  # 31 February
        seen["ok_invalid"] = dialog.ok_button.isEnabled()
        seen["status"] = dialog.cpr.status.text()
        seen["message"] = dialog.message.text()
        dialog.buttons.accepted.emit()  # pressing Enter must not save either
        seen["still_open"] = dialog.isVisible()
        dialog.cpr.edit.setText("0101801235")  # fails modulus 11: allowed
        seen["ok_mod11"] = dialog.ok_button.isEnabled()
        seen["status_mod11"] = dialog.cpr.status.text()
        dialog.cpr.edit.setText("070761-1006")  # passes modulus 11
        seen["status_ok"] = dialog.cpr.status.text()
        dialog.reject()

    modal.when(EmployeeDialog, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert seen["ok_invalid"] is False and seen["still_open"] is True
    assert "does not exist" in seen["status"]
    assert "CPR number" in seen["message"] and "3102801234" not in seen["message"]
    assert seen["ok_mod11"] is True
    assert seen["status_mod11"] == "valid — modulus-11 check fails (allowed since 2007)"
    assert seen["status_ok"] == "valid"
    assert seeded.db.execute("SELECT count(*) FROM employees").fetchone()[0] == 50


def test_new_employee_is_saved_and_selected(view: EmployeesView, seeded: Vault, modal: Modal,
                                            qtbot: Any) -> None:
    def fill(dialog: EmployeeDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # the name is required
        dialog.name.setText("Zenia Ørbæk")
        dialog.department.setCurrentText("Ny afdeling")
        dialog.cpr.edit.setText("010180-1234")
        dialog.employed_from.setText("01-02-2024")
        dialog.employed_to.setText("2023-01-01")
        assert not dialog.ok_button.isEnabled()  # ends before it starts
        dialog.employed_to.setText("")
        dialog.ok_button.click()

    view.search.setText("østerg")  # a filter the new employee does not match
    view.apply_filter()
    modal.when(EmployeeDialog, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert view.search.text() == ""
    assert count_text(view) == (51, 51)
    assert view.panel.detail is not None and view.panel.detail.name == "Zenia Ørbæk"
    assert view.panel.cpr_label.text() == "010180-XXXX"
    assert view.department.findData("Ny afdeling") > 0
    stored = seeded.db.execute("SELECT cpr FROM employees WHERE name = 'Zenia Ørbæk'").fetchone()
    assert stored == ("0101801234",)


def test_editing_keeps_the_cpr_number_it_never_showed(view: EmployeesView, seeded: Vault,
                                                      modal: Modal, qtbot: Any) -> None:
    select_name(view, "Camilla Jensen")

    def fill(dialog: EmployeeDialog) -> None:
        assert dialog.cpr.text() == ""
        assert dialog.cpr.edit.placeholderText().startswith(f"{cpr_of(12)[:6]}-XXXX")
        dialog.email.setText("camilla@kommune.dk")
        dialog.ok_button.click()

    modal.when(EmployeeDialog, fill)
    qtbot.mouseClick(view.panel.edit_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert view.panel.fields["email"].text() == "camilla@kommune.dk"
    row = seeded.db.execute(
        "SELECT cpr, email FROM employees WHERE name = 'Camilla Jensen'").fetchone()
    assert row == (cpr_of(12), "camilla@kommune.dk")


def test_grant_change_revoke_and_history_through_the_dialogs(
        view: EmployeesView, seeded: Vault, modal: Modal, qtbot: Any) -> None:
    select_name(view, "Dennis Nielsen")  # n = 23: one authorisation, no expiry
    panel = view.panel
    today = local_today(seeded)
    top = panel.tree.topLevelItem(0)
    assert top.childCount() == 1
    panel.tree.setCurrentItem(top)

    def grant(dialog: AuthorisationDialog) -> None:
        assert dialog.expires_on.problem() is not None, "expiry is required for a new one"
        assert not dialog.ok_button.isEnabled()
        dialog.expires_on.setText((today - timedelta(days=200)).strftime("%d-%m-%Y"))
        assert not dialog.ok_button.isEnabled()  # expires before it is granted
        assert "expires before" in dialog.message.text()
        dialog.expires_on.setText((today + timedelta(days=90)).isoformat())
        dialog.purpose.setText("Logkontrol")
        dialog.transaction_types.setText("person; adrsog")
        dialog.profile_boxes["127"].setChecked(True)
        dialog.other_profiles.setText("900")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    modal.when(AuthorisationDialog, grant)
    qtbot.mouseClick(panel.grant_button, Qt.MouseButton.LeftButton)
    modal.check()
    top = panel.tree.topLevelItem(0)
    assert top.childCount() == 2
    new = next(top.child(i) for i in range(2) if top.child(i).text(3) == "Logkontrol")
    assert new.text(5) == "PERSON, ADRSOG"
    assert new.text(6) == "127 Log access (sensitive), 900"
    assert new.text(0) == "In force"

    panel.tree.setCurrentItem(new)

    def change(dialog: AuthorisationDialog) -> None:
        assert dialog.existing is not None
        dialog.case_number.setText("2026-77")
        assert not dialog.ok_button.isEnabled()  # a change needs a reason
        dialog.reason.setText("Ny sag")
        dialog.ok_button.click()

    modal.when(AuthorisationDialog, change)
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    modal.check()
    current = panel.selected_authorisation()
    assert current is not None and current.case_number == "2026-77" and current.version == 2

    def revoke(dialog: RevokeDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # the reason is required
        dialog.reason.setText("Stopped in the job")

        def password(box: QInputDialog) -> None:
            box.setTextValue(PASSWORD)
            box.accept()

        modal.when(QInputDialog, password)
        dialog.ok_button.click()

    modal.when(RevokeDialog, revoke)
    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    modal.check()
    revoked = panel.selected_authorisation()
    assert revoked is not None and revoked.revoked_on == today
    item = panel.tree.currentItem()
    assert item.text(0) == "Revoked" and item.text(7) == today.strftime("%d-%m-%Y")
    assert not panel.revoke_button.isEnabled() and not panel.change_button.isEnabled()

    seen: dict[str, Any] = {}

    def history(dialog: HistoryDialog) -> None:
        table = dialog.table
        seen["rows"] = [(table.item(r, 2).text(), table.item(r, 3).text())
                        for r in range(table.rowCount())]
        dialog.reject()

    modal.when(HistoryDialog, history)
    qtbot.mouseClick(panel.history_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert seen["rows"] == [("Granted", ""), ("Changed", "Ny sag"),
                            ("Revoked", "Stopped in the job")]
    events = registers.authorisation_history(seeded.db, revoked.id)
    assert [e.kind for e in events] == ["granted", "changed", "revoked"]


def test_revoke_is_not_done_without_the_password(view: EmployeesView, seeded: Vault,
                                                 modal: Modal, qtbot: Any) -> None:
    select_name(view, "Dennis Nielsen")
    panel = view.panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))

    def revoke(dialog: RevokeDialog) -> None:
        dialog.reason.setText("Stopped")
        modal.when(QInputDialog, lambda box: box.reject())
        dialog.ok_button.click()

    modal.when(RevokeDialog, revoke)
    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert seeded.db.execute(
        "SELECT count(*) FROM authorisations WHERE revoked_on IS NOT NULL").fetchone()[0] == 0


def test_add_user_id_and_record_training(view: EmployeesView, seeded: Vault, modal: Modal,
                                         qtbot: Any) -> None:
    select_name(view, "Frederik Hansen")  # n = 5: has DK1005
    panel = view.panel

    def add(dialog: QDialog) -> None:
        dialog.user_id.setText("dk1005")
        assert not dialog.ok_button.isEnabled()  # already the employee's
        dialog.user_id.setText("dk9999")
        dialog.ok_button.click()

    modal.when(QDialog, add)
    qtbot.mouseClick(panel.add_user_id_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert [panel.tree.topLevelItem(i).text(0)
            for i in range(panel.tree.topLevelItemCount())] == ["DK1005", "DK9999"]
    assert "DK1005, DK9999" in [view.model.data(view.model.index(r, 4))
                                for r in range(view.model.rowCount())]

    def training(dialog: QDialog) -> None:
        dialog.trained_on.setText("01-02-2025")
        dialog.acknowledged_on.setText("02.02.2025")
        dialog.ok_button.click()

    modal.when(QDialog, training)
    qtbot.mouseClick(panel.training_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert panel.fields["trained_on"].text() == "01-02-2025"
    assert panel.fields["acknowledged_on"].text() == "02-02-2025"


# -- the generic paged model -------------------------------------------------------------------


def test_paged_model_fetches_pages_lazily_and_keeps_a_small_cache() -> None:
    fetched: list[list[int]] = []
    queries: list[tuple[str, str, bool]] = []

    def fetch_ids(flt: str, key: str, descending: bool) -> list[int]:
        queries.append((flt, key, descending))
        ids = [i for i in range(1, 1001) if flt in str(i)]
        return sorted(ids, reverse=descending)

    def fetch_rows(ids: list[int]) -> dict[int, tuple[int, date]]:
        fetched.append(ids)
        return {i: (i, date(2026, 1, 1) + timedelta(days=i)) for i in ids if i != 7}

    columns = [Column("Number", lambda r: r[0], "number"),
               Column("Date", lambda r: r[1], None)]
    model = PagedTableModel(columns, fetch_ids, fetch_rows, "", page_size=100,
                            cached_pages=3)
    model.reload()
    assert model.rowCount() == 1000 and fetched == []
    assert model.data(model.index(5, 0)) == "6"
    assert model.data(model.index(5, 1)) == "07-01-2026"
    assert model.data(model.index(5, 1), RawRole) == date(2026, 1, 7)
    assert model.data(model.index(5, 0), RowRole) == (6, date(2026, 1, 7))
    assert model.data(model.index(6, 0)) is None  # deleted between the two queries
    assert fetched == [list(range(1, 101))]
    for row in (150, 250, 350, 450):
        model.data(model.index(row, 0))
    assert model.pages_fetched == 5
    model.data(model.index(10, 0))  # page 0 was evicted (3 pages kept)
    assert model.pages_fetched == 6
    model.data(model.index(460, 0))  # still cached
    assert model.pages_fetched == 6

    model.sort(1, Qt.SortOrder.DescendingOrder)  # no sort key: ignored
    assert queries == [("", "number", False)]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert queries[-1] == ("", "number", True)
    assert model.data(model.index(0, 0)) == "1000"
    model.set_filter("99")
    assert queries[-1] == ("99", "number", True) and model.rowCount() == 19
    assert model.row_of(199) == model.ids.index(199) and model.row_of(5) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"


def test_employees_model_passes_qt_model_tester(view: EmployeesView, qtmodeltester: Any) -> None:
    qtmodeltester.check(view.model, force_py=True)
    view.search.setText("jensen")
    view.apply_filter()
    qtmodeltester.check(view.model, force_py=True)


def test_an_empty_register_opens_with_zero_of_zero(vault: Vault, qtbot: Any) -> None:
    widget = EmployeesView(ViewContext(vault, VaultWorker(inline=True)))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.count.text() == "0 of 0"
    assert widget.department.count() == 1  # "All departments"
    assert widget.panel.pages.currentIndex() == 0
