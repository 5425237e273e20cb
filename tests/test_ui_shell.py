"""The application shell on real widgets and real vault files: idle lock, login, lock, wizard.

Everything runs offscreen. The controller tests use the real threaded ``VaultWorker`` and
wait for it with ``qtbot.waitUntil``; the idle watcher gets a fake clock so no test sleeps.
Modal dialogs block in ``exec()``, so they are driven from ``QTimer`` callbacks that find
them with ``QApplication.activeModalWidget()`` (see ``when_modal``).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import OFFICER, OFFICER_NAME, PASSWORD
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)

from cpradmin import accounts, audit
from cpradmin.models.accounts import Role
from cpradmin.ui.accounts_view import AccountDialog, AccountsView
from cpradmin.ui.app import Controller, widgets_with_data
from cpradmin.ui.common import copy_to_clipboard
from cpradmin.ui.idle import IdleWatcher
from cpradmin.ui.login import LoginWindow
from cpradmin.ui.main_window import MainWindow
from cpradmin.ui.password_dialog import ChangePasswordDialog
from cpradmin.ui.wizard import FirstRunWizard
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault

NEW_PASSWORD = "Sommer-Trappe-Blyant-47"
RECOVERY_KEY = re.compile(r"^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){7}$")
WAIT_MS = 15000


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self, start: float = 10_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ModalDriver:
    """Runs test code against modal dialogs from timers, never leaving one open.

    An assertion failing inside a timer callback would leave ``exec()`` blocked forever, so
    the error is stored and ``check()`` re-raises it afterwards. Every action must end its
    dialog, at once or soon after; one still open after the timeout is rejected and counted
    as a failure.
    """

    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self.handled: list[str] = []

    def when_modal(self, kind: type[QWidget], action: Callable[[Any], None], *,
                   timeout_s: float = 5.0, required: bool = True) -> None:
        deadline = time.monotonic() + timeout_s

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and widget.isVisible():
                self.handled.append(type(widget).__name__)
                try:
                    action(widget)
                except BaseException as exc:  # noqa: BLE001 - re-raised by check()
                    self.errors.append(exc)
                if isinstance(widget, QDialog):
                    self._must_close(widget, time.monotonic() + timeout_s)
            elif time.monotonic() < deadline:
                QTimer.singleShot(10, poll)
            elif required:
                self.errors.append(AssertionError(f"no modal {kind.__name__} appeared"))

        QTimer.singleShot(0, poll)

    def _must_close(self, dialog: QDialog, deadline: float) -> None:
        """The action may end the dialog later (a worker job accepts it): wait for that."""
        if not dialog.isVisible():
            return
        if time.monotonic() < deadline:
            QTimer.singleShot(20, lambda: self._must_close(dialog, deadline))
            return
        self.errors.append(AssertionError(f"{type(dialog).__name__} left open"))
        dialog.reject()

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def modal() -> ModalDriver:
    return ModalDriver()


def _close_everything() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.setProperty("closing_for_lock", True)  # a main window must not quit the app
            widget.close()


@pytest.fixture
def make_controller(qtbot: Any) -> Iterator[Callable[..., Controller]]:
    """Controllers on the real threaded worker, each with a fake-clock idle watcher."""
    made: list[Controller] = []

    def make(path: Path, clock: FakeClock | None = None) -> Controller:
        controller = Controller(path, idle=IdleWatcher(600, clock=clock or FakeClock()))
        made.append(controller)
        return controller

    yield make
    app = QApplication.instance()
    for controller in made:
        if controller.vault is not None:
            controller.lock("test finished")
        controller.idle.stop()
        if app is not None:
            app.removeEventFilter(controller.idle)
        controller.worker.shutdown()
    _close_everything()


def dialog_running() -> bool:
    return QApplication.activeModalWidget() is not None


def label(window: QWidget, name: str) -> str:
    found = window.findChild(QLabel, name)
    assert found is not None, f"no label {name!r}"
    return found.text()


def log_in(qtbot: Any, controller: Controller, initials: str = OFFICER,
           password: str = PASSWORD) -> MainWindow:
    """Type into the login window, click Log in, wait for the threaded worker."""
    login = controller.login
    assert isinstance(login, LoginWindow) and login.isVisible()
    login.initials.clear()
    qtbot.keyClicks(login.initials, initials)
    qtbot.keyClicks(login.password, password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: controller.window is not None and controller.window.isVisible(),
        timeout=WAIT_MS,
    )
    assert controller.window is not None
    return controller.window


def lock_reasons(path: Path) -> list[str]:
    """The reasons of every ``lock`` entry, read by opening the vault again."""
    session = Vault.login(path, OFFICER, PASSWORD)
    try:
        return [
            e.details_dict().get("reason", "")
            for e in audit.entries(session.db) if e.action == "lock"
        ]
    finally:
        session.lock("test read the audit trail")


# -- 1. the idle watcher ------------------------------------------------------------------


@pytest.fixture
def watcher(qapp: QApplication) -> Iterator[tuple[IdleWatcher, FakeClock, list[int]]]:
    clock = FakeClock()
    idle = IdleWatcher(600, clock=clock, tick_ms=20)
    fired: list[int] = []
    idle.expired.connect(lambda: fired.append(1))
    qapp.installEventFilter(idle)
    idle.start()
    yield idle, clock, fired
    idle.stop()
    qapp.removeEventFilter(idle)
    _close_everything()


def test_idle_expires_exactly_at_the_limit(watcher: tuple[IdleWatcher, FakeClock, list[int]]
                                           ) -> None:
    idle, clock, fired = watcher
    clock.advance(599)
    idle.check()
    assert fired == []
    clock.advance(1)
    idle.check()
    assert fired == [1]
    clock.advance(600)
    idle.check()
    assert fired == [1], "expired must fire once, then the watcher is stopped"


def test_real_input_resets_the_idle_time(qtbot: Any,
                                         watcher: tuple[IdleWatcher, FakeClock, list[int]]
                                         ) -> None:
    idle, clock, fired = watcher
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    clock.advance(500)
    qtbot.keyClick(edit, Qt.Key.Key_A)  # through QApplication::notify → app event filter
    clock.advance(500)  # 1000 s since start, 500 since the key
    idle.check()
    assert fired == []
    assert idle.idle_seconds() == 500

    clock.advance(90)
    event = QMouseEvent(QEvent.Type.MouseButtonPress, QPoint(2, 2).toPointF(),
                        QPoint(2, 2).toPointF(), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(edit, event)
    clock.advance(599)
    idle.check()
    assert fired == []
    clock.advance(1)
    idle.check()
    assert fired == [1]


def test_key_event_reaches_filter_through_send_event(
        qtbot: Any, watcher: tuple[IdleWatcher, FakeClock, list[int]]) -> None:
    idle, clock, _fired = watcher
    edit = QLineEdit()
    qtbot.addWidget(edit)
    clock.advance(100)
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B,
                                           Qt.KeyboardModifier.NoModifier, "b"))
    assert idle.idle_seconds() == 0


def test_non_input_events_do_not_reset(qtbot: Any,
                                       watcher: tuple[IdleWatcher, FakeClock, list[int]]) -> None:
    idle, clock, fired = watcher
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    clock.advance(600)
    edit.setText("changed by the program, not by the user")
    QApplication.sendEvent(edit, QEvent(QEvent.Type.Enter))
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_A,
                                           Qt.KeyboardModifier.NoModifier, "a"))
    assert idle.idle_seconds() == 600
    idle.check()
    assert fired == [1]


def test_a_modal_dialog_does_not_stop_the_idle_timer(
        qtbot: Any, watcher: tuple[IdleWatcher, FakeClock, list[int]]) -> None:
    """The watcher's own timer keeps ticking in the dialog's nested event loop."""
    idle, clock, fired = watcher
    dialog = QDialog()
    qtbot.addWidget(dialog)
    line = QLineEdit(dialog)
    seen: dict[str, Any] = {}

    def on_expired() -> None:
        seen["dialog_open"] = dialog.isVisible()
        seen["modal"] = QApplication.activeModalWidget() is dialog
        dialog.reject()

    idle.expired.connect(on_expired)

    def inside() -> None:
        qtbot.keyClick(line, Qt.Key.Key_X)  # input to the modal dialog counts too
        seen["idle_after_key"] = idle.idle_seconds()
        clock.advance(600)  # no check() here: the watcher's tick must find it

    clock.advance(300)
    QTimer.singleShot(0, inside)
    QTimer.singleShot(5000, dialog.reject)  # safety net if the tick never comes
    dialog.exec()
    assert seen.get("idle_after_key") == 0
    assert fired == [1]
    assert seen == {"idle_after_key": 0, "dialog_open": True, "modal": True}


def test_window_modal_open_dialog_does_not_stop_it(
        qtbot: Any, watcher: tuple[IdleWatcher, FakeClock, list[int]]) -> None:
    _idle, clock, fired = watcher
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = QDialog(parent)
    dialog.open()
    assert dialog.isVisible()
    clock.advance(600)
    qtbot.waitUntil(lambda: fired == [1], timeout=3000)
    assert dialog.isVisible()


def test_suspend_longer_than_the_limit_locks_at_the_next_check(
        qtbot: Any, watcher: tuple[IdleWatcher, FakeClock, list[int]]) -> None:
    idle, clock, fired = watcher
    clock.advance(10)
    idle.check()
    assert fired == []
    clock.advance(8 * 3600)  # the laptop slept over night
    idle.check()
    assert fired == [1]


# -- 2. the controller, end to end --------------------------------------------------------


def test_start_on_existing_vault_logs_in_with_status_bar(
        qtbot: Any, vault_path: Path, make_controller: Callable[..., Controller]) -> None:
    controller = make_controller(vault_path)
    controller.start()
    assert isinstance(controller.login, LoginWindow)
    assert controller.login.isVisible()
    assert controller.wizard is None and controller.window is None
    assert widgets_with_data() == []

    window = log_in(qtbot, controller, initials=OFFICER.lower())
    assert controller.login is None
    assert controller.vault is not None and controller.vault.account.initials == OFFICER
    who = label(window, "who")
    assert OFFICER_NAME in who and f"({OFFICER})" in who
    assert label(window, "where") == str(vault_path)
    assert label(window, "bound").startswith("Password only")
    assert controller.idle.limit_seconds == 600
    assert widgets_with_data() == [window]
    # A new vault has never had a control: a bar names them, without blocking the window.
    qtbot.waitUntil(window.reminder.isVisible)
    reminder = window.reminder.findChild(QLabel, "reminderText").text()
    assert "authorisation control" in reminder.lower()
    qtbot.mouseClick(window.reminder.findChild(QPushButton, "dismissReminder"),
                     Qt.MouseButton.LeftButton)
    assert not window.reminder.isVisible()


def test_ctrl_l_locks_clears_our_clipboard_and_audits(
        qtbot: Any, vault_path: Path, make_controller: Callable[..., Controller]) -> None:
    controller = make_controller(vault_path)
    controller.start()
    window = log_in(qtbot, controller)
    copy_to_clipboard("0101701234 Jens Jensen")
    assert QGuiApplication.clipboard().text() == "0101701234 Jens Jensen"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert controller.vault is None and controller.window is None
    assert not window.isVisible()
    assert isinstance(controller.login, LoginWindow) and controller.login.isVisible()
    message = controller.login.message.text()
    assert "locked" in message and "Ctrl+L" in message
    assert QGuiApplication.clipboard().text() == ""
    assert widgets_with_data() == []

    reasons = lock_reasons(vault_path)
    assert any("Ctrl+L" in r and "clipboard cleared" in r for r in reasons), reasons


def test_lock_leaves_text_the_user_copied_elsewhere(
        qtbot: Any, vault_path: Path, make_controller: Callable[..., Controller]) -> None:
    controller = make_controller(vault_path)
    controller.start()
    window = log_in(qtbot, controller)
    copy_to_clipboard("ours: a one-time password")
    QGuiApplication.clipboard().setText("theirs: copied from the mail program")
    window.lock_action.trigger()
    assert controller.window is None
    assert QGuiApplication.clipboard().text() == "theirs: copied from the mail program"
    reasons = lock_reasons(vault_path)
    assert reasons[-1] == "user: Ctrl+L", reasons


def test_idle_expiry_locks_with_reason_idle(
        qtbot: Any, vault_path: Path, make_controller: Callable[..., Controller]) -> None:
    clock = FakeClock()
    controller = make_controller(vault_path, clock)
    controller.start()
    window = log_in(qtbot, controller)
    clock.advance(599)
    controller.idle.check()
    assert controller.window is window and window.isVisible()
    clock.advance(1)
    controller.idle.check()
    assert controller.window is None and not window.isVisible()
    assert controller.login is not None
    assert "idle" in controller.login.message.text()
    assert widgets_with_data() == []
    reasons = lock_reasons(vault_path)
    assert reasons[-1].startswith("idle"), reasons


def test_ctrl_l_inside_a_modal_dialog_locks_and_closes_it(
        qtbot: Any, vault_path: Path, make_controller: Callable[..., Controller],
        modal: ModalDriver) -> None:
    """Qt ignores an application shortcut under a modal dialog; Ctrl+L must lock anyway."""
    controller = make_controller(vault_path)
    controller.start()
    window = log_in(qtbot, controller)
    seen: dict[str, Any] = {}

    def in_dialog(dialog: ChangePasswordDialog) -> None:
        seen["dialog"] = dialog
        qtbot.keyClicks(dialog.new, "half a pass")
        qtbot.keyClick(dialog.new, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        seen["open_after_lock"] = dialog.isVisible()

    modal.when_modal(ChangePasswordDialog, in_dialog)
    QTimer.singleShot(0, window.change_password_requested.emit)
    qtbot.waitUntil(lambda: "open_after_lock" in seen and not dialog_running(), timeout=WAIT_MS)
    modal.check()
    assert seen["open_after_lock"] is False
    assert controller.vault is None and not window.isVisible()
    assert widgets_with_data() == []
    assert controller.login is not None and "Ctrl+L" in controller.login.message.text()


def test_idle_lock_closes_an_open_message_box(
        qtbot: Any, vault_path: Path, make_controller: Callable[..., Controller],
        modal: ModalDriver) -> None:
    clock = FakeClock()
    controller = make_controller(vault_path, clock)
    controller.start()
    window = log_in(qtbot, controller)
    seen: dict[str, Any] = {}

    def in_box(box: QMessageBox) -> None:
        seen["box"] = box
        clock.advance(600)
        controller.idle.check()
        seen["open_after_lock"] = box.isVisible()

    modal.when_modal(QMessageBox, in_box)
    QTimer.singleShot(0, window._about)  # QMessageBox.about: a blocking exec()
    qtbot.waitUntil(lambda: "open_after_lock" in seen and not dialog_running(), timeout=WAIT_MS)
    modal.check()
    assert seen["open_after_lock"] is False
    assert widgets_with_data() == []
    assert controller.login is not None and "idle" in controller.login.message.text()


def test_a_write_that_ends_after_the_lock_shows_nothing(
        qtbot: Any, vault_path: Path, make_controller: Callable[..., Controller],
        modal: ModalDriver) -> None:
    """Lock queues behind a write in flight; the write's callback must not reach the
    closed window (no refresh through the locked vault, no one-time password on screen)."""
    controller = make_controller(vault_path)
    controller.start()
    window = log_in(qtbot, controller)
    view = window.show_view("accounts")
    assert isinstance(view, AccountsView)
    gate = threading.Event()
    controller.worker.submit(lambda _op: gate.wait(5))  # the worker is busy elsewhere

    def fill(dialog: AccountDialog) -> None:
        qtbot.keyClicks(dialog.initials, "DP")
        qtbot.keyClicks(dialog.name, "Dorte Poulsen")
        dialog.accept()

    leaked: list[str] = []

    def shown_after_lock(box: QMessageBox) -> None:
        leaked.append(box.text())
        box.reject()

    modal.when_modal(AccountDialog, fill)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)  # the job is now queued
    modal.check()
    assert controller.worker.busy
    modal.when_modal(QMessageBox, shown_after_lock, timeout_s=1.0, required=False)
    threading.Timer(0.2, gate.set).start()
    window.lock_action.trigger()  # waits for the gate and the add, then locks
    assert controller.vault is None
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=WAIT_MS)
    qtbot.wait(1100)
    modal.check()
    assert leaked == []
    assert widgets_with_data() == []
    session = Vault.login(vault_path, OFFICER, PASSWORD)
    try:  # the write itself finished before the lock: committed, and audited
        assert accounts.get_account(session, "DP").name == "Dorte Poulsen"
    finally:
        session.lock("test finished")


# -- 3. wrong passwords -------------------------------------------------------------------


def test_wrong_password_explains_and_five_failures_disable(
        qtbot: Any, vault_path: Path, make_controller: Callable[..., Controller]) -> None:
    controller = make_controller(vault_path)
    controller.start()
    login = controller.login
    assert login is not None

    def attempt() -> str:
        qtbot.keyClicks(login.password, "Forkert-Kodeord-99")
        qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: login.login_button.isEnabled(), timeout=WAIT_MS)
        return login.message.text()

    qtbot.keyClicks(login.initials, OFFICER)
    first = attempt()
    assert first.startswith("Wrong initials or password.")
    assert "Traceback" not in first and "Error" not in first
    assert login.isVisible() and controller.window is None and controller.vault is None
    assert login.password.text() == ""

    for _ in range(3):
        assert attempt().startswith("Wrong initials or password.")
    fifth = attempt()
    assert "disabled" in fifth and "Wrong" not in fifth
    assert login.isVisible() and controller.window is None
    # even the right password is refused now
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: login.login_button.isEnabled(), timeout=WAIT_MS)
    assert "disabled" in login.message.text()
    assert controller.window is None


def test_empty_fields_are_asked_for_without_a_job(
        qtbot: Any, vault_path: Path, make_controller: Callable[..., Controller]) -> None:
    controller = make_controller(vault_path)
    controller.start()
    login = controller.login
    assert login is not None
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    assert login.message.text() == "Enter your initials and password."
    assert not controller.worker.busy


# -- 4. the first-run wizard ---------------------------------------------------------------


def test_first_run_wizard_creates_vault_and_recovery_key(
        qtbot: Any, tmp_path: Path, make_controller: Callable[..., Controller]) -> None:
    path = tmp_path / "new" / "cpradmin.vault"
    controller = make_controller(path)
    controller.start()
    wizard = controller.wizard
    assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
    assert controller.login is None

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.officer
    assert wizard.currentPage() is page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and not commit.isEnabled()

    def field(name: str) -> QLineEdit:
        found = page.findChild(QLineEdit, name)
        assert found is not None, name
        return found

    qtbot.keyClicks(field("authority"), "Testkommune")
    qtbot.keyClicks(field("name"), "Karen Mikkelsen")
    qtbot.keyClicks(field("initials"), "KM")
    qtbot.keyClicks(field("password"), "kort")
    qtbot.keyClicks(field("repeat"), "kort")
    feedback = page.findChild(QLabel, "feedback")
    assert feedback is not None
    assert "characters" in feedback.text(), feedback.text()
    assert not commit.isEnabled()

    field("password").clear()
    field("repeat").clear()
    qtbot.keyClicks(field("password"), "Karen-Mikkelsen-2024")  # contains her own name
    qtbot.keyClicks(field("repeat"), "Karen-Mikkelsen-2024")
    assert feedback.text().startswith("•"), feedback.text()
    assert not commit.isEnabled()

    field("password").clear()
    field("repeat").clear()
    qtbot.keyClicks(field("password"), NEW_PASSWORD)
    qtbot.keyClicks(field("repeat"), NEW_PASSWORD + "x")
    assert "differ" in feedback.text()
    assert not commit.isEnabled()
    qtbot.keyClick(field("repeat"), Qt.Key.Key_Backspace)
    assert feedback.text() == ""
    assert commit.isEnabled()
    assert not path.exists()

    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=WAIT_MS)
    assert path.exists()
    key = wizard.recovery.key.text()
    assert RECOVERY_KEY.match(key), key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()
    wizard.recovery.confirmed.setChecked(True)
    assert finish.isEnabled()

    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: controller.window is not None and controller.window.isVisible(),
        timeout=WAIT_MS,
    )
    window = controller.window
    assert window is not None
    assert not wizard.isVisible()
    assert "Karen Mikkelsen" in label(window, "who")
    assert label(window, "where") == str(path)
    assert label(window, "bound") == "Bound to this workstation"

    controller.lock("test: wizard done")
    recovered = Vault.recover(path, key)
    try:
        assert recovered.account.initials == "KM"
        assert recovered.forced_password_change
        actions = [e.action for e in audit.entries(recovered.db)]
        assert actions[:2] == ["vault-created", "account-created"]
    finally:
        recovered.lock("test finished")
    with pytest.raises(Exception, match="recovery key"):
        Vault.recover(path, key.replace(key[0], "A" if key[0] != "A" else "B", 1))


# -- 5. forced password change ------------------------------------------------------------


def test_one_time_password_forces_a_change_before_the_main_window(
        qtbot: Any, vault: Vault, vault_path: Path, make_controller: Callable[..., Controller],
        modal: ModalDriver) -> None:
    one_time = accounts.add_account(vault, initials="DP", name="Dorte Poulsen",
                                    role=Role.DEPUTY)
    vault.lock("test: deputy created")
    controller = make_controller(vault_path)
    controller.start()
    seen: dict[str, Any] = {}

    def change(dialog: ChangePasswordDialog) -> None:
        seen["window_before"] = controller.window
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        feedback = dialog.findChild(QLabel, "feedback")
        assert feedback is not None
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.current, one_time)
        qtbot.keyClicks(dialog.new, "dorte")
        too_short = feedback.text()
        assert too_short.startswith("•") and "characters" in too_short, too_short
        seen["feedback_short"] = too_short
        assert not ok.isEnabled()
        dialog.new.clear()
        qtbot.keyClicks(dialog.new, NEW_PASSWORD)
        assert feedback.text() == ""
        assert not ok.isEnabled(), "OK before the password is repeated"
        qtbot.keyClicks(dialog.repeat, NEW_PASSWORD[:-1])
        assert "differ" in feedback.text()
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.repeat, NEW_PASSWORD[-1])
        assert feedback.text() == ""
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    modal.when_modal(ChangePasswordDialog, change)
    window = log_in(qtbot, controller, "DP", one_time)
    modal.check()
    assert modal.handled == ["ChangePasswordDialog"]
    assert seen["window_before"] is None
    assert "Dorte Poulsen" in label(window, "who")
    assert controller.vault is not None and not controller.vault.forced_password_change
    controller.lock("test: changed")

    session = Vault.login(vault_path, "DP", NEW_PASSWORD)
    try:
        assert not session.forced_password_change
        assert any(e.action == "password-changed" and e.object == "account:DP"
                   for e in audit.entries(session.db))
    finally:
        session.lock("test finished")
    with pytest.raises(Exception, match="Wrong initials or password"):
        Vault.login(vault_path, "DP", one_time)


def test_cancelling_the_forced_change_locks_again(
        qtbot: Any, vault: Vault, vault_path: Path, make_controller: Callable[..., Controller],
        modal: ModalDriver) -> None:
    one_time = accounts.add_account(vault, initials="DP", name="Dorte Poulsen",
                                    role=Role.DEPUTY)
    vault.lock("test: deputy created")
    controller = make_controller(vault_path)
    controller.start()
    modal.when_modal(ChangePasswordDialog, lambda d: d.reject())
    login = controller.login
    assert login is not None
    qtbot.keyClicks(login.initials, "DP")
    qtbot.keyClicks(login.password, one_time)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.login is not login and controller.login is not None,
                    timeout=WAIT_MS)
    modal.check()
    assert controller.window is None and controller.vault is None
    assert "password change required" in controller.login.message.text()
    assert widgets_with_data() == []


def test_login_window_alone_submits_on_return(qtbot: Any, vault_path: Path) -> None:
    """Inline worker: Return in the password field logs in; given initials are kept."""
    worker = VaultWorker(inline=True)
    login = LoginWindow(vault_path, worker, initials="PH", message="Locked (idle)")
    qtbot.addWidget(login)
    assert login.initials.text() == "PH"
    assert login.message.text() == "Locked (idle)"
    assert login.findChild(QPushButton, "login") is login.login_button
    got: list[Vault] = []
    login.logged_in.connect(got.append)
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert len(got) == 1
    got[0].lock("test finished")
