"""The main window: a navigation list, the views, and a status bar saying who and where."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpradmin import __version__
from cpradmin.models.accounts import Permission
from cpradmin.ui.accounts_view import AccountsView, role_label
from cpradmin.ui.audit_view import AuditView
from cpradmin.ui.authorisation_control_view import AuthorisationControlView
from cpradmin.ui.certificates_dialog import CertificatesDialog
from cpradmin.ui.context import ViewContext
from cpradmin.ui.dashboard_view import DashboardView
from cpradmin.ui.employees_view import EmployeesView
from cpradmin.ui.insight_dialog import InsightDialog
from cpradmin.ui.log_view import LogView
from cpradmin.ui.obligations_view import ObligationsView
from cpradmin.ui.personal_dialog import PersonalDetailsDialog
from cpradmin.ui.programs_view import ProgramsView
from cpradmin.ui.regulations_view import RegulationsView
from cpradmin.ui.report_dialogs import verify_report
from cpradmin.ui.review_view import ReviewView
from cpradmin.ui.settings_view import SettingsView
from cpradmin.ui.statistics_view import StatisticsView
from cpradmin.ui.unlocks_view import UnlocksView
from cpradmin.ui.watchlist_view import WatchlistView


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
        self._factories: list[tuple[str, Callable[[], QWidget]]] = []
        may = account.may
        pages: list[tuple[str, str, Callable[[], QWidget], bool]] = [
            ("dashboard", self.tr("Overview"), lambda: self._dashboard(context),
             may(Permission.READ)),
            ("employees", self.tr("Employees"), lambda: EmployeesView(context),
             may(Permission.READ)),
            ("programs", self.tr("System-to-system"), lambda: ProgramsView(context),
             may(Permission.READ)),
            ("unlocks", self.tr("Unlock register"), lambda: UnlocksView(context),
             may(Permission.READ)),
            ("watchlist", self.tr("Watchlist"), lambda: WatchlistView(context),
             may(Permission.READ)),
            ("review", self.tr("Log control"), lambda: ReviewView(context),
             may(Permission.READ)),
            ("log", self.tr("Log"), lambda: LogView(context), may(Permission.READ)),
            ("statistics", self.tr("Transaction statistics"), lambda: StatisticsView(context),
             may(Permission.READ)),
            ("authorisation_control", self.tr("Authorisation control"),
             lambda: AuthorisationControlView(context), may(Permission.READ)),
            ("obligations", self.tr("Obligations checklist"), lambda: ObligationsView(context),
             may(Permission.READ)),
            ("regulations", self.tr("Internal regulations"), lambda: RegulationsView(context),
             may(Permission.READ)),
            ("accounts", self.tr("Accounts"), lambda: AccountsView(context),
             may(Permission.READ)),
            ("audit", self.tr("Audit trail"), lambda: AuditView(context), may(Permission.READ)),
            ("settings", self.tr("Settings"), lambda: SettingsView(context), True),
        ]
        for key, label, factory, allowed in pages:
            if allowed:
                self._factories.append((key, factory))
                self.stack.addWidget(QWidget())  # replaced by the view when first shown
                self.nav.addItem(label)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

        central = QWidget()
        outer = QVBoxLayout(central)
        self.reminder = self._reminder_bar()
        outer.addWidget(self.reminder)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._menus()
        self._status_bar()
        self.resize(1100, 700)
        app = QApplication.instance()
        if app is not None:  # removed automatically when the window is deleted
            app.installEventFilter(self)

    def _menus(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        lock = QAction(self.tr("&Lock"), self)
        lock.setObjectName("lockAction")
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.triggered.connect(lambda: self.lock_requested.emit("user: Ctrl+L"))
        change = QAction(self.tr("&Change password…"), self)
        change.triggered.connect(self.change_password_requested)
        details = QAction(self.tr("My &details for the password rules…"), self)
        details.triggered.connect(self._personal_details)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (change, details, lock, quit_action):
            vault_menu.addAction(action)
        controls_menu = self.menuBar().addMenu(self.tr("C&ontrols"))
        insight = QAction(self.tr("&Insight request…"), self)
        insight.setObjectName("insightAction")
        insight.setEnabled(self.context.vault.account.may(Permission.DO_CONTROLS))
        insight.triggered.connect(self._insight)
        verify = QAction(self.tr("&Verify a report…"), self)
        verify.setObjectName("verifyAction")
        verify.triggered.connect(lambda: verify_report(self.context, self))
        certificates = QAction(self.tr("Signing &certificates…"), self)
        certificates.setObjectName("certificatesAction")
        certificates.triggered.connect(self._certificates)
        controls_menu.addAction(insight)
        controls_menu.addAction(verify)
        controls_menu.addAction(certificates)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About cpradmin"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.lock_action = lock

    def _certificates(self) -> None:
        dialog = CertificatesDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _insight(self) -> None:
        dialog = InsightDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Ctrl+L under a modal dialog: Qt's shortcut map ignores an application shortcut
        whose window a modal dialog shadows, so the key press reaches the dialog instead."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.isVisible()
            and not event.isAutoRepeat()
            and QKeySequence(event.keyCombination()) == self.lock_action.shortcut()
        ):
            self.lock_requested.emit("user: Ctrl+L")
            return True
        return False

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

    def _personal_details(self) -> None:
        PersonalDetailsDialog(self.context.vault, self.context.worker, self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About cpradmin"),
            self.tr("cpradmin {version}\nThe CPR security officer's register, controls and "
                    "documentation.").format(version=__version__),
        )

    def _dashboard(self, context: ViewContext) -> QWidget:
        view = DashboardView(context)
        view.navigate.connect(self.show_view)
        return view

    def _show_row(self, row: int) -> None:
        """Views are built when first shown: login stays fast, and so does a huge register."""
        if row < 0:
            return
        key, factory = self._factories[row]
        if key not in self.views:
            view = factory()
            self.views[key] = view
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(row)

    def _reminder_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("reminderBar")
        bar.setStyleSheet("#reminderBar { background: #fff3cd; border: 1px solid #e0c36a; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 4, 4)
        label = QLabel()
        label.setObjectName("reminderText")
        label.setWordWrap(True)
        row.addWidget(label, 1)
        close = QPushButton(self.tr("Dismiss"))
        close.setObjectName("dismissReminder")
        close.clicked.connect(bar.hide)
        row.addWidget(close)
        bar.hide()
        return bar

    def show_reminder(self, message: str) -> None:
        """A bar across the top: controls due soon or overdue (shown at login)."""
        self.reminder.findChild(QLabel, "reminderText").setText(message)
        self.reminder.show()

    def view_keys(self) -> list[str]:
        """The views this account may open, in navigation order."""
        return [key for key, _factory in self._factories]

    def view(self, key: str) -> QWidget:
        """The view for *key*, built if it has not been shown yet (without showing it)."""
        for row, (name, _factory) in enumerate(self._factories):
            if name == key:
                if key not in self.views:
                    current = self.nav.currentRow()
                    self._show_row(row)
                    self.stack.setCurrentIndex(current)
                return self.views[key]
        raise KeyError(key)

    def show_view(self, key: str) -> QWidget:
        for row, (name, _factory) in enumerate(self._factories):
            if name == key:
                self.nav.setCurrentRow(row)
                return self.views[key]
        raise KeyError(key)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Closing the window locks the vault and ends the app (the controller decides)."""
        if not self.property("closing_for_lock"):
            self.closed_by_user.emit()
        event.accept()
