"""The main window: a navigation list, the views, and a status bar saying who and where."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from cpradmin import __version__
from cpradmin.models.accounts import Permission
from cpradmin.ui.accounts_view import AccountsView, role_label
from cpradmin.ui.audit_view import AuditView
from cpradmin.ui.context import ViewContext
from cpradmin.ui.settings_view import SettingsView


class MainWindow(QMainWindow):
    """Thin on purpose: each view is its own module and gets only the context it needs."""

    lock_requested = Signal(str)
    change_password_requested = Signal()
    closed_by_user = Signal()

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("MainWindow")
        account = context.vault.account
        self.setWindowTitle(self.tr("cpradmin — {name}").format(name=account.name))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.views: dict[str, QWidget] = {}
        factories: list[tuple[str, str, Callable[[], QWidget], bool]] = [
            ("accounts", self.tr("Accounts"), lambda: AccountsView(context),
             account.may(Permission.READ)),
            ("audit", self.tr("Audit trail"), lambda: AuditView(context),
             account.may(Permission.READ)),
            ("settings", self.tr("Settings"), lambda: SettingsView(context), True),
        ]
        for key, label, factory, allowed in factories:
            if allowed:
                view = factory()
                self.views[key] = view
                self.stack.addWidget(view)
                self.nav.addItem(label)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._menus()
        self._status_bar()
        self.resize(1100, 700)

    def _menus(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        lock = QAction(self.tr("&Lock"), self)
        lock.setObjectName("lockAction")
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.triggered.connect(lambda: self.lock_requested.emit("user: Ctrl+L"))
        change = QAction(self.tr("&Change password…"), self)
        change.triggered.connect(self.change_password_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (change, lock, quit_action):
            vault_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About cpradmin"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.lock_action = lock

    def _status_bar(self) -> None:
        vault = self.context.vault
        account = vault.account
        who = QLabel(self.tr("Logged in: {name} ({initials}), {role}").format(
            name=account.name, initials=account.initials, role=role_label(account.role)))
        who.setObjectName("who")
        where = QLabel(str(vault.path))
        where.setObjectName("where")
        bound = QLabel(
            self.tr("Bound to this workstation") if vault.bound
            else self.tr("Password only (not bound to this workstation)")
        )
        bound.setObjectName("bound")
        bar = self.statusBar()
        bar.addWidget(who)
        bar.addWidget(where, 1)
        bar.addPermanentWidget(bound)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About cpradmin"),
            self.tr("cpradmin {version}\nThe CPR security officer's register, controls and "
                    "documentation.").format(version=__version__),
        )

    def show_view(self, key: str) -> QWidget:
        view = self.views[key]
        self.nav.setCurrentRow(self.stack.indexOf(view))
        return view

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Closing the window locks the vault and ends the app (the controller decides)."""
        if not self.property("closing_for_lock"):
            self.closed_by_user.emit()
        event.accept()
