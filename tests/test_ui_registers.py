"""The register views on real widgets and a real vault: dashboard, unlocks, watchlist,
regulations and programs.

Jobs run inline (``VaultWorker(inline=True)``) so each write has happened when the call
returns. Modal dialogs block in ``exec()``, so they are driven from ``QTimer`` callbacks that
find them with ``QApplication.activeModalWidget()``; the password confirmation is a
``QInputDialog`` and a refusal from the core a ``QMessageBox``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSWORD
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from cpradmin import accounts, dashboard, registers, regulations, unlocks
from cpradmin.dashboard import Attention
from cpradmin.models.accounts import Role
from cpradmin.models.registers import Verification
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.ui.context import ViewContext
from cpradmin.ui.dashboard_view import DashboardView
from cpradmin.ui.programs_view import GrantDialog, ProgramDialog, ProgramsView
from cpradmin.ui.regulations_view import AddVersionDialog, RegulationsView
from cpradmin.ui.unlocks_view import (
    AuthoriseDialog,
    LockoutDialog,
    UnlockDialog,
    UnlocksView,
    known_user_ids,
    local_now,
)
from cpradmin.ui.watchlist_view import AddWatchDialog, WatchlistView
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault

FULL_CPR = re.compile(r"\d{6}-?\d{4}")
CPR = "0101901234"  # invalid modulus 11 is fine: only a warning
PROTECTED = "1502803147"


# -- driving modal dialogs -------------------------------------------------------------------


class ModalDriver:
    """Acts on modal dialogs from timers; a failure is kept, the dialog closed, and re-raised
    by ``check()`` so a failing assertion never leaves ``exec()`` blocked."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self.handled: list[str] = []

    def when_modal(self, kind: type[QWidget], action: Callable[[Any], None], *,
                   timeout_s: float = 10.0) -> None:
        deadline = time.monotonic() + timeout_s

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and widget.isVisible():
                self.handled.append(type(widget).__name__)
                try:
                    action(widget)
                except BaseException as exc:  # noqa: BLE001 - re-raised by check()
                    self.errors.append(exc)
                    if isinstance(widget, QDialog) and widget.isVisible():
                        widget.reject()
            elif time.monotonic() < deadline:
                QTimer.singleShot(10, poll)
            else:
                self.errors.append(AssertionError(f"no modal {kind.__name__} appeared"))

        QTimer.singleShot(0, poll)

    def password(self, password: str = PASSWORD) -> None:
        def type_it(dialog: QInputDialog) -> None:
            dialog.setTextValue(password)
            dialog.accept()

        self.when_modal(QInputDialog, type_it)

    def message(self, seen: list[str]) -> None:
        def read_and_close(box: QMessageBox) -> None:
            seen.append(box.text())
            box.accept()

        self.when_modal(QMessageBox, read_and_close)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def modal() -> ModalDriver:
    return ModalDriver()


@pytest.fixture
def context(vault: Vault, qtbot: Any) -> Iterator[ViewContext]:
    worker = VaultWorker(inline=True)
    yield ViewContext(vault, worker)
    worker.shutdown()


def _ok(dialog: QDialog) -> QAbstractButton:
    return dialog.ok  # type: ignore[attr-defined,no-any-return]


def _select(view: QAbstractItemView, row: int) -> None:
    view.selectRow(row)  # type: ignore[attr-defined]
    assert view.selectionModel().selectedRows()[0].row() == row


def _person(vault: Vault, name: str, user_id: str, *, granted: date | None = None,
            expires: date | None = None) -> int:
    employee = registers.add_employee(vault, EmployeeInput(name=name, department="Løn"))
    uid = registers.add_user_id(vault, user_id, employee_id=employee.id)
    if granted is not None:
        registers.grant_authorisation(vault, uid.id, AuthorisationInput(granted, expires))
    return employee.id


def _texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows, including the data of its item views' models."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts.append(widget.currentText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(model.columnCount(QModelIndex())):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            texts.append(value)
    return texts


# -- dashboard --------------------------------------------------------------------------------


def test_dashboard_counts_match_the_core(context: ViewContext, qtbot: Any) -> None:
    vault = context.vault
    today = local_now(vault).date()
    _person(vault, "Expired Eva", "EE1", granted=date(2025, 1, 1),
            expires=today - timedelta(days=1))
    _person(vault, "Forever Finn", "FF1", granted=date(2025, 1, 1))
    _person(vault, "Soon Sara", "SS1", granted=date(2025, 1, 1), expires=today + timedelta(days=5))
    unlocks.record_lockout(vault, "SS1", local_now(vault) - timedelta(hours=1))
    view = DashboardView(context)
    qtbot.addWidget(view)
    expected = dashboard.attention(vault.db, view.computed_for)
    assert view.computed_for == today
    assert [(c.item.kind, c.item.count) for c in view.cards] == [
        (i.kind, i.count) for i in expected]
    cards = {c.item.kind: c for c in view.cards}
    assert cards[Attention.EXPIRED_ACTIVE].count_label.text() == "1"
    assert cards[Attention.EXPIRED_ACTIVE].level == "red"
    assert cards[Attention.EXPIRING].level == "amber"
    assert cards[Attention.LEFT_WITH_ACCESS].level == "green"
    assert cards[Attention.LEFT_WITH_ACCESS].count_label.text() == "✓"
    assert "SS1 — Soon Sara" in cards[Attention.LOCKED_WAITING].examples_label.text()
    assert cards[Attention.NO_EXPIRY].title_label.text() == (
        "<b>Authorisations without an expiry date</b>")
    assert today.isoformat() in view.when.text()

    unlocks.record_unlock(vault, "SS1", unlocked_at=local_now(vault),
                          verification=Verification.IN_PERSON)
    view.refresh_button.click()
    assert {c.item.kind: c.item.count for c in view.cards}[Attention.LOCKED_WAITING] == 0


def test_a_card_navigates_by_click_and_by_keyboard(context: ViewContext, qtbot: Any) -> None:
    view = DashboardView(context)
    qtbot.addWidget(view)
    cards = {c.item.kind: c for c in view.cards}
    with qtbot.waitSignal(view.navigate, timeout=1000) as clicked:
        qtbot.mouseClick(cards[Attention.LOCKED_WAITING], Qt.MouseButton.LeftButton)
    assert clicked.args == ["unlocks"]
    with qtbot.waitSignal(view.navigate, timeout=1000) as entered:
        qtbot.keyClick(cards[Attention.REGULATIONS_DUE], Qt.Key.Key_Return)
    assert entered.args == ["regulations"]
    with qtbot.waitSignal(view.navigate, timeout=1000) as spaced:
        qtbot.keyClick(cards[Attention.EXPIRING], Qt.Key.Key_Space)
    assert spaced.args == ["employees"]
    assert all(c.focusPolicy() == Qt.FocusPolicy.StrongFocus for c in view.cards)


# -- unlocks ----------------------------------------------------------------------------------


@pytest.fixture
def locked(vault: Vault) -> str:
    _person(vault, "Karen Lund", "KL001")
    unlocks.record_lockout(vault, "KL001", local_now(vault) - timedelta(hours=2), "ringede")
    return "KL001"


def _unlocks_view(context: ViewContext, qtbot: Any) -> UnlocksView:
    view = UnlocksView(context)
    qtbot.addWidget(view)
    return view


def test_officer_records_an_unlock(context: ViewContext, qtbot: Any, modal: ModalDriver,
                                   locked: str) -> None:
    view = _unlocks_view(context, qtbot)
    assert view.waiting_model.rowCount() == 1
    _select(view.waiting, 0)

    def fill(dialog: UnlockDialog) -> None:
        assert isinstance(dialog.user_id, QLineEdit) and dialog.user_id.isReadOnly()
        assert dialog.user_id.text() == locked
        assert dialog.owner.text() == "Karen Lund"
        assert dialog.who.itemText(0) == "Me (PH)"
        assert not _ok(dialog).isEnabled()  # verification not chosen yet
        dialog.verification.setCurrentIndex(dialog.verification.findData(Verification.CALL_BACK))
        assert _ok(dialog).isEnabled()
        modal.password()
        _ok(dialog).click()
        assert not dialog.isVisible()

    modal.when_modal(UnlockDialog, fill)
    view.unlock_button.click()
    modal.check()
    assert modal.handled == ["UnlockDialog", "QInputDialog"]
    assert unlocks.list_lockouts(context.vault.db, waiting_only=True) == []
    (entry,) = unlocks.list_lockouts(context.vault.db)
    assert (entry.unlocked_by, entry.verification) == ("PH", "call-back")
    assert view.waiting_model.rowCount() == 0
    assert view.register_model.rowCount() == 1
    shown = [view.register_model.index(0, c).data() for c in range(8)]
    assert shown[1:6] == [locked, "Karen Lund", entry.unlocked_at.replace("T", " "), "PH",
                          "Call-back to a known number"]


def test_enter_on_a_waiting_lockout_opens_the_unlock_dialog(
    context: ViewContext, qtbot: Any, modal: ModalDriver, locked: str
) -> None:
    view = _unlocks_view(context, qtbot)
    _select(view.waiting, 0)
    seen: list[str] = []

    def look(dialog: UnlockDialog) -> None:
        seen.append(dialog.user_id_text())
        dialog.reject()

    modal.when_modal(UnlockDialog, look)
    qtbot.keyClick(view.waiting, Qt.Key.Key_Return)
    modal.check()
    assert seen == [locked]


def test_unlock_on_the_threaded_worker(vault: Vault, qtbot: Any, modal: ModalDriver,
                                       locked: str) -> None:
    """The app's real worker: the dialog waits for the stored result before it closes."""
    worker = VaultWorker()
    try:
        context = ViewContext(vault, worker)
        view = _unlocks_view(context, qtbot)
        _select(view.waiting, 0)

        def fill(dialog: UnlockDialog) -> None:
            dialog.verification.setCurrentIndex(
                dialog.verification.findData(Verification.IN_PERSON))
            modal.password()
            _ok(dialog).click()

        modal.when_modal(UnlockDialog, fill)
        view.unlock_button.click()
        modal.check()
        assert view.waiting_model.rowCount() == 0
        assert worker.call(lambda: unlocks.list_lockouts(vault.db))[0].unlocked_by == "PH"
    finally:
        worker.shutdown()


def test_unlocker_is_offered_only_on_days_of_the_authorisation(
    context: ViewContext, qtbot: Any, modal: ModalDriver, locked: str
) -> None:
    vault = context.vault
    now = local_now(vault)
    ole = unlocks.authorise_unlocker(
        vault, name="IT-support Ole", authorised_from=now.date() - timedelta(days=100),
        authorised_to=now.date() - timedelta(days=30))
    _person(vault, "Bo Berg", "BB7")  # not locked: unlocked on the spot
    view = _unlocks_view(context, qtbot)
    view.waiting.clearSelection()
    refused: list[str] = []

    def fill(dialog: UnlockDialog) -> None:
        assert isinstance(dialog.user_id, QComboBox)  # no lockout selected: choose the ID
        dialog.user_id.setEditText("kl001")
        dialog.when.setDateTime(now - timedelta(days=50))
        assert "the unlock cannot be earlier" in dialog.problem.text()  # locked 2 hours ago
        dialog.user_id.setEditText("bb7")
        assert [dialog.who.itemText(i) for i in range(dialog.who.count())] == [
            "Me (PH)", "IT-support Ole"]
        dialog.who.setCurrentIndex(1)
        dialog.when.setDateTime(now - timedelta(days=10))
        assert [dialog.who.itemText(i) for i in range(dialog.who.count())] == ["Me (PH)"]
        # Forced past the combo: the core refuses, the dialog shows why and stays open.
        dialog.who.addItem("IT-support Ole", ole.id)
        dialog.who.setCurrentIndex(1)
        dialog.verification.setCurrentIndex(dialog.verification.findData(Verification.MANAGER))
        assert _ok(dialog).isEnabled()
        modal.password()
        modal.message(refused)
        _ok(dialog).click()
        assert dialog.isVisible()
        dialog.reject()

    modal.when_modal(UnlockDialog, fill)
    view.unlock_button.click()
    modal.check()
    assert modal.handled == ["UnlockDialog", "QInputDialog", "QMessageBox"]
    assert refused and "IT-support Ole is not authorised to unlock user IDs" in refused[0]
    (entry,) = unlocks.list_lockouts(vault.db)
    assert (entry.user_id, entry.unlocked_at) == (locked, None)


def test_other_verification_needs_a_note(context: ViewContext, qtbot: Any,
                                         locked: str) -> None:
    lockout = unlocks.list_lockouts(context.vault.db, waiting_only=True)[0]
    known = known_user_ids(context.vault)
    dialog = UnlockDialog(None, context, lockout=lockout, known=known, unlockers=[])  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.verification.setCurrentIndex(dialog.verification.findData(Verification.OTHER))
    assert not _ok(dialog).isEnabled()
    assert dialog.problem.text() == "Describe in the note how the identity was verified."
    dialog.note.setText("   ")
    assert not _ok(dialog).isEnabled()
    dialog.note.setText("Video call, passport shown")
    assert _ok(dialog).isEnabled()


def test_wrong_confirmation_password_stores_nothing(
    context: ViewContext, qtbot: Any, modal: ModalDriver, locked: str
) -> None:
    view = _unlocks_view(context, qtbot)
    _select(view.waiting, 0)
    shown: list[str] = []

    def fill(dialog: UnlockDialog) -> None:
        dialog.verification.setCurrentIndex(dialog.verification.findData(Verification.IN_PERSON))
        modal.password("not-the-password")
        modal.message(shown)
        _ok(dialog).click()
        assert dialog.isVisible()  # nothing lost: the officer may try again or cancel
        dialog.reject()

    modal.when_modal(UnlockDialog, fill)
    view.unlock_button.click()
    modal.check()
    assert shown == ["Wrong password."]
    assert [lo.user_id for lo in unlocks.list_lockouts(context.vault.db, waiting_only=True)] == [
        locked]
    assert view.waiting_model.rowCount() == 1


def test_record_lockout_and_the_register(context: ViewContext, qtbot: Any,
                                         modal: ModalDriver) -> None:
    _person(context.vault, "Bo Berg", "BB7")
    view = _unlocks_view(context, qtbot)

    def fill(dialog: LockoutDialog) -> None:
        dialog.user_id.setEditText("XX9")
        assert not _ok(dialog).isEnabled()
        assert "not in the register" in dialog.problem.text()
        dialog.user_id.setEditText("bb7")
        assert dialog.owner.text() == "Bo Berg"
        dialog.note.setText("5 forkerte forsøg")
        _ok(dialog).click()

    modal.when_modal(LockoutDialog, fill)
    view.lockout_button.click()
    modal.check()
    assert view.waiting_model.rowCount() == 1
    assert view.waiting_model.index(0, 1).data() == "BB7"
    assert view.register_model.index(0, 3).data() == "Waiting"
    assert registers.get_user_id(context.vault.db, "BB7").locked


def test_officer_authorises_and_ends_an_unlocker(context: ViewContext, qtbot: Any,
                                                 modal: ModalDriver) -> None:
    view = _unlocks_view(context, qtbot)
    assert not view.authorise_button.isHidden() and not view.end_button.isHidden()

    def fill(dialog: AuthoriseDialog) -> None:
        assert not _ok(dialog).isEnabled()
        dialog.name.setText("IT-support Ole")
        dialog.open_ended.setChecked(True)
        assert _ok(dialog).isEnabled()
        modal.password()
        _ok(dialog).click()

    modal.when_modal(AuthoriseDialog, fill)
    view.authorise_button.click()
    modal.check()
    (ole,) = unlocks.list_unlockers(context.vault.db)
    assert (ole.name, ole.authorised_to, ole.authorised_by) == ("IT-support Ole", None, "PH")
    assert view.unlockers_model.index(0, 4).data() == "Authorised"

    _select(view.unlockers, 0)
    modal.when_modal(QDialog, lambda dialog: dialog.accept())
    view.end_button.click()
    modal.check()
    (ended,) = unlocks.list_unlockers(context.vault.db)
    assert ended.authorised_to == local_now(context.vault).date()  # today is the last day
    assert view.unlockers_model.index(0, 3).data() == ended.authorised_to.isoformat()


def test_deputy_may_record_but_not_authorise(vault: Vault, vault_path: Path, qtbot: Any,
                                             locked: str) -> None:
    one_time = accounts.add_account(vault, initials="LK", name="Lars Kjær", role=Role.DEPUTY)
    today = local_now(vault).date()
    unlocks.authorise_unlocker(vault, name="Lars Kjær", account="LK",
                               authorised_from=today - timedelta(days=10),
                               authorised_to=today - timedelta(days=2))
    vault.lock("switch")
    deputy = Vault.login(vault_path, "LK", one_time)
    worker = VaultWorker(inline=True)
    try:
        context = ViewContext(deputy, worker)
        view = _unlocks_view(context, qtbot)
        assert view.authorise_button.isHidden() and view.end_button.isHidden()
        assert not view.unlock_button.isHidden()
        dialog = UnlockDialog(view, context, lockout=None, known=known_user_ids(deputy),
                              unlockers=unlocks.list_unlockers(deputy.db))
        assert dialog.who.count() == 0  # today Lars is no longer authorised
        dialog.user_id.setEditText(locked)  # type: ignore[union-attr]
        assert "Nobody is authorised" in dialog.problem.text()
        assert not _ok(dialog).isEnabled()
        dialog.when.setDateTime(local_now(deputy) - timedelta(days=5))
        assert [dialog.who.itemText(i) for i in range(dialog.who.count())] == [
            "Me (LK)", "Lars Kjær"]
        dialog.reject()
    finally:
        deputy.lock("test finished")
        worker.shutdown()


# -- watchlist --------------------------------------------------------------------------------


def test_watchlist_cpr_is_checked_as_typed(qtbot: Any) -> None:
    dialog = AddWatchDialog(None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(0)
    assert dialog.reason.currentText() == "Name and address protection"
    for invalid in ("0101", "011390-1234", "3202901234", "01019O1234"):
        dialog.cpr.setText(invalid)
        assert not _ok(dialog).isEnabled(), invalid
        assert dialog.cpr_status.text()
        assert not FULL_CPR.search(dialog.cpr_status.text())
    dialog.cpr.setText("010190-1234")
    assert _ok(dialog).isEnabled()
    assert "modulus-11" in dialog.cpr_status.text()
    assert "010190-XXXX" in dialog.cpr_status.text()
    dialog.reason.setEditText("")
    assert not _ok(dialog).isEnabled()
    dialog.reason.setEditText("Særlig sag")
    assert _ok(dialog).isEnabled()


def test_watchlist_add_and_remove_never_show_the_number(
    context: ViewContext, qtbot: Any, modal: ModalDriver
) -> None:
    view = WatchlistView(context)
    qtbot.addWidget(view)

    def fill(dialog: AddWatchDialog) -> None:
        dialog.cpr.setText("150280-3147")
        dialog.reason.setCurrentIndex(0)
        dialog.note.setText("Også søster 0101901234")
        _ok(dialog).click()
        assert dialog.cpr.text() == ""

    modal.when_modal(AddWatchDialog, fill)
    view.add_button.click()
    modal.check()
    (entry,) = registers.watchlist(context.vault.db)
    assert (entry.cpr, entry.reason) == (PROTECTED, "Name and address protection")
    assert [view.model.index(0, c).data() for c in range(4)] == [
        "150280-XXXX", "Name and address protection", "Også søster 010190-XXXX",
        entry.added_on]
    view.show()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed dialog
    assert not view.findChildren(QDialog)
    assert not [t for t in _texts(view) if FULL_CPR.search(t)]

    _select(view.table, 0)

    def remove(dialog: QDialog) -> None:
        reason = dialog.findChild(QLineEdit, "reason")
        ok = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "OK")
        assert not ok.isEnabled()
        reason.setText("Beskyttelsen er ophørt")
        ok.click()

    modal.when_modal(QDialog, remove)
    view.remove_button.click()
    modal.check()
    assert registers.watchlist(context.vault.db) == []
    assert view.model.rowCount() == 0


def test_no_view_shows_a_full_cpr_number(context: ViewContext, qtbot: Any) -> None:
    vault = context.vault
    employee = registers.add_employee(vault, EmployeeInput(name="Ane Ib", cpr=CPR))
    registers.add_user_id(vault, "AI1", employee_id=employee.id)
    unlocks.record_lockout(vault, "AI1", local_now(vault) - timedelta(hours=1),
                           "borger 150280-3147 ringede")
    registers.add_to_watchlist(vault, PROTECTED, "Offentlig person", "se 0101901234")
    program = registers.add_program(vault, name="Løn-integration", responsible_id=employee.id,
                                    purpose="Opslag 1502803147")
    registers.add_user_id(vault, "SYS1", program_id=program.id)
    views = [DashboardView(context), UnlocksView(context), WatchlistView(context),
             RegulationsView(context), ProgramsView(context)]
    for view in views:
        qtbot.addWidget(view)
        view.show()
        leaks = [t for t in _texts(view) if FULL_CPR.search(t)]
        assert not leaks, f"{type(view).__name__}: {leaks}"


# -- regulations ------------------------------------------------------------------------------


def test_regulations_version_stored_and_saved_back(
    context: ViewContext, qtbot: Any, modal: ModalDriver, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "Regler for CPR v3.pdf"
    content = b"%PDF-1.7\n" + bytes(range(256)) * 40
    source.write_bytes(content)
    target = tmp_path / "out" / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    view = RegulationsView(context)
    qtbot.addWidget(view)
    approved = local_now(context.vault).date() - timedelta(days=340)

    def fill(dialog: AddVersionDialog) -> None:
        dialog.title.setText("Interne regler for CPR")
        dialog.version.setText("3")
        dialog.approved.setDate(approved)
        assert not _ok(dialog).isEnabled()  # no document yet
        dialog.findChild(QAbstractButton, "chooseFile").click()
        assert source.name in dialog.file_label.text()
        assert _ok(dialog).isEnabled()
        _ok(dialog).click()

    modal.when_modal(AddVersionDialog, fill)
    view.add_button.click()
    modal.check()
    (stored,) = regulations.list_versions(context.vault.db)
    assert (stored.title, stored.version, stored.approved_on, stored.file_name) == (
        "Interne regler for CPR", "3", approved, source.name)
    row = [view.model.index(0, c).data() for c in range(6)]
    assert row[:3] == ["Interne regler for CPR", "3", approved.isoformat()]
    assert row[4:] == [source.name, stored.sha256[:12]]
    due = view.model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole)
    assert due is not None and due.color().name() == "#c62828"  # due within 30 days

    _select(view.table, 0)
    view.open_button.click()
    assert target.read_bytes() == content
    assert target.stat().st_mode & 0o077 == 0
    assert str(target) in view.status.text()
    last = context.vault.db.execute(
        "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert last == "regulations-document-opened"


# -- programs ---------------------------------------------------------------------------------


def test_program_with_system_user_id_and_authorisation(
    context: ViewContext, qtbot: Any, modal: ModalDriver
) -> None:
    vault = context.vault
    responsible = registers.add_employee(vault, EmployeeInput(name="Mette Holm",
                                                              department="IT"))
    _person(vault, "Taken Tom", "TT1")
    view = ProgramsView(context)
    qtbot.addWidget(view)

    def create(dialog: ProgramDialog) -> None:
        dialog.name.setText("Ydelsesintegration")
        dialog.user_id.setText("tt1")
        dialog.responsible.setText("Mette Holm (IT)")
        dialog.supplier.setText("KMD")
        dialog.purpose.setText("Opslag af adresser til ydelsessager")
        assert not _ok(dialog).isEnabled()
        assert "already registered" in dialog.problem.text()
        dialog.user_id.setText("sysyd01")
        assert _ok(dialog).isEnabled()
        _ok(dialog).click()

    modal.when_modal(ProgramDialog, create)
    view.new_button.click()
    modal.check()
    (program,) = registers.list_programs(vault.db)
    assert (program.name, program.responsible_id, program.supplier) == (
        "Ydelsesintegration", responsible.id, "KMD")
    system = registers.get_user_id(vault.db, "SYSYD01")
    assert system is not None and system.program_id == program.id
    assert [view.model.index(0, c).data() for c in range(6)] == [
        "Ydelsesintegration", "SYSYD01", "Mette Holm", "KMD",
        "Opslag af adresser til ydelsessager", "Not authorised"]

    _select(view.table, 0)
    expires = local_now(vault).date() + timedelta(days=365)

    def grant(dialog: GrantDialog) -> None:
        assert dialog.user_id.currentText() == "SYSYD01"
        assert not _ok(dialog).isEnabled()  # transaction types missing
        dialog.types.setText("1001, 1002;1001")
        dialog.expires.setDate(expires)
        assert _ok(dialog).isEnabled()
        _ok(dialog).click()

    modal.when_modal(GrantDialog, grant)
    view.grant_button.click()
    modal.check()
    (auth,) = registers.authorisations_of(vault.db, system.id)
    assert (auth.expires_on, auth.transaction_types, auth.granted_by) == (
        expires, ("1001", "1002"), "")
    assert view.model.index(0, 5).data() == expires.isoformat()
