"""The application: first run, login, main window, and locking, as one small state machine.

States: *wizard* (no vault yet) → *login* → *open* (main window) → *login* again on lock.
Locking closes every dialog, clears what the app put on the clipboard, queues the lock
behind any write in flight on the vault's worker (so it finishes or rolls back), records
the reason in the audit trail, drops the connection and hides every window with data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from cpradmin import __version__, accounts, control_calendar, settings
from cpradmin.securefiles import harden_process
from cpradmin.ui import i18n
from cpradmin.ui.common import clear_owned_clipboard, show_error
from cpradmin.ui.context import ViewContext
from cpradmin.ui.garbage import GarbageCollector
from cpradmin.ui.i18n import text
from cpradmin.ui.idle import IdleWatcher
from cpradmin.ui.login import LoginWindow
from cpradmin.ui.main_window import MainWindow
from cpradmin.ui.password_dialog import ChangePasswordDialog
from cpradmin.ui.wizard import FirstRunWizard
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("cpradmin")
    app.setApplicationName("cpradmin")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    i18n.install_translator(app, i18n.chosen_language())
    if app.findChild(GarbageCollector) is None:
        GarbageCollector(app)
    return app


class Controller(QObject):
    """Owns the worker, the idle watcher and whichever window is showing."""

    def __init__(self, path: Path, *, worker: VaultWorker | None = None,
                 idle: IdleWatcher | None = None, initials: str = "") -> None:
        super().__init__()
        self.path = path
        self.initials = initials
        self.worker = worker or VaultWorker()
        self.vault: Vault | None = None
        self.window: MainWindow | None = None
        self.login: LoginWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.idle = idle or IdleWatcher(settings.IDLE_LOCK_MINUTES.default * 60)
        self.idle.expired.connect(lambda: self.lock("idle: no input for the time limit"))
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)

    def start(self) -> None:
        if self.path.exists():
            self.show_login()
        else:
            self.show_wizard()

    # -- states ----------------------------------------------------------------------------

    def show_wizard(self) -> None:
        self.wizard = FirstRunWizard(self.path, self.worker)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.show()

    def _wizard_finished(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None and wizard.vault is not None:
            self.opened(wizard.vault)
        else:
            QApplication.quit()

    def show_login(self, message: str = "") -> None:
        self.login = LoginWindow(self.path, self.worker, self.initials, message)
        self.login.logged_in.connect(self.opened)
        self.login.vault_chosen.connect(self._vault_chosen)
        self.login.show()

    def _vault_chosen(self, path: Path) -> None:
        self.path = path
        QSettings().setValue("last_vault", str(path))

    def opened(self, vault: Vault) -> None:
        """A session began: force a password change if due, remind if close, show the data."""
        self.vault = vault
        self.initials = vault.account.initials
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
            self.login = None
        minutes = self.worker.call(lambda: settings.IDLE_LOCK_MINUTES.read(vault))
        self.idle.limit_seconds = minutes * 60
        self.idle.start()
        if vault.forced_password_change:
            dialog = ChangePasswordDialog(vault, self.worker, forced=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                if self.vault is not None:
                    self.lock("password change required but cancelled")
                return
        if self.vault is None:  # locked while the dialog was open
            return
        self.window = MainWindow(ViewContext(vault, self.worker))
        self.window.lock_requested.connect(self.lock)
        self.window.closed_by_user.connect(self.quit)
        self.window.change_password_requested.connect(self.change_password)
        settings_view = self.window.view("settings")
        settings_view.idle_limit_changed.connect(  # type: ignore[attr-defined]
            lambda m: setattr(self.idle, "limit_seconds", m * 60)
        )
        self.window.show()
        expires = accounts.password_reminder(vault.account, vault.clock.now())
        if expires is not None:
            QTimer.singleShot(0, lambda: self._remind(expires.astimezone().date().isoformat()))
        due = self.worker.call(
            lambda: control_calendar.reminders(vault.db, vault.clock.now().astimezone().date()))
        if due:
            QTimer.singleShot(0, lambda: self._remind_controls(due))

    def _remind(self, day: str) -> None:
        if self.window is not None:
            QMessageBox.information(
                self.window, self.tr("Password expires soon"),
                self.tr("Your password expires on {day}. Change it from the Vault menu.")
                .format(day=day),
            )

    def _remind_controls(self, due: list[control_calendar.Reminder]) -> None:
        """Controls due within 14 days or overdue: a bar across the window, not a dialog,
        so it never blocks the work (the dashboard shows the same in red)."""
        if self.window is not None:
            self.window.show_reminder(
                self.tr("Controls due:") + " " + "; ".join(text(r.message) for r in due))

    def change_password(self) -> None:
        if self.vault is None:
            return
        dialog = ChangePasswordDialog(self.vault, self.worker, forced=False, parent=self.window)
        dialog.exec()

    # -- locking ---------------------------------------------------------------------------

    def lock(self, reason: str) -> None:
        """Lock now: the steps in the module docstring, in that order."""
        vault, self.vault = self.vault, None
        if vault is None:
            return
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():  # message boxes too
                widget.reject()
        cleared = clear_owned_clipboard()
        full_reason = reason + ("; clipboard cleared" if cleared else "")
        try:
            self.worker.call(lambda: vault.lock(full_reason))
        except Exception as exc:  # noqa: BLE001 - the session is gone either way
            show_error(None, exc)
        window, self.window = self.window, None
        if window is not None:
            window.setProperty("closing_for_lock", True)
            window.close()
            window.deleteLater()
        self.show_login(self.tr("The vault was locked ({reason}).").format(reason=reason))

    def quit(self) -> None:
        vault, self.vault = self.vault, None
        self.idle.stop()
        if vault is not None:
            clear_owned_clipboard()
            self.worker.call(lambda: vault.lock("user: quit"))
        QApplication.quit()

    def shutdown(self) -> None:
        if self.vault is not None:
            vault, self.vault = self.vault, None
            self.worker.call(lambda: vault.lock("application closed"))
        self.worker.shutdown()


def run_gui(path: Path, *, initials: str = "") -> int:
    harden_process()
    app = create_application()
    controller = Controller(path, initials=initials)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()


def gui_self_test() -> str:
    """Build the login window offscreen and check the Danish translation loads."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    worker = VaultWorker()
    try:
        window = LoginWindow(Path("selftest.vault"), worker)
        window.show()
        app.processEvents()
        shown = window.isVisible()
        window.close()
    finally:
        worker.shutdown()
    translator = i18n.install_translator(app, "da")
    if not shown:
        raise RuntimeError("the login window did not show")
    if translator is None or translator.isEmpty():
        raise RuntimeError("the Danish translation is missing from the bundle")
    if translator.translate("Roles", "Security officer") != "Sikkerhedsansvarlig":
        raise RuntimeError("the Danish translation does not translate")
    from PySide6.QtCharts import QChart  # the statistics chart
    from PySide6.QtPdf import QPdfDocument  # printing reports

    if QChart() is None or QPdfDocument() is None:
        raise RuntimeError("QtCharts or QtPdf is missing")
    return f"GUI ok ({app.platformName()}), Danish translation loaded, charts and PDF printing"


def widgets_with_data() -> list[QWidget]:
    """Top-level windows that show vault data (for tests of the lock)."""
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, (MainWindow, QDialog))]
