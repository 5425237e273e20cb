"""The employee register: search 10,000+ employees as you type, and everything about one.

The table is a ``PagedTableModel``: it holds the ordered ids of what matches and fetches
rows a page at a time, so the view opens and filters in milliseconds however large the
municipality (see ``bench/bench_employee_view.py``). The detail panel on the right shows
the selected employee with their user IDs and authorisations, and the actions on them.

CPR numbers are shown masked (``DDMMYY-XXXX``) everywhere. "Reveal" asks for the password
again, is recorded in the audit trail, and shows the full number for 30 seconds in a label
that cannot be selected or copied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpradmin import employee_queries as queries
from cpradmin import registers
from cpradmin.employee_queries import (
    EmployeeDetail,
    EmployeeFilter,
    EmployeeFlag,
    EmployeeRow,
    Status,
)
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.registers import SENSITIVE_PROFILES, Authorisation
from cpradmin.ui import i18n
from cpradmin.ui.common import push_button
from cpradmin.ui.context import ViewContext
from cpradmin.ui.employee_forms import (
    AuthorisationDialog,
    EmployeeDialog,
    HistoryDialog,
    RevokeDialog,
    TrainingDialog,
    UserIdDialog,
    profile_label,
)
from cpradmin.ui.export_dialog import ExportDialog
from cpradmin.ui.import_dialog import Mode, open_import
from cpradmin.ui.paged_model import Column, PagedTableModel, RowRole
from cpradmin.vault import Vault

#: How long a revealed CPR number stays on the screen.
REVEAL_SECONDS = 30
#: Search-as-you-type waits this long after the last keystroke before querying.
SEARCH_DEBOUNCE_MS = 150

_RED = QColor("#f8d7da")
_AMBER = QColor("#fff3cd")
_DARK_TEXT = QColor("#1a1a1a")
_GREY_TEXT = QColor("#6c757d")
_ALERT_TEXT = QColor("#b00020")


def local_today(vault: Vault) -> date:
    """Today where the officer sits: expiry is a local date, the clock runs in UTC."""
    return vault.clock.now().astimezone().date()


# -- the table -------------------------------------------------------------------------------


class EmployeesModel(PagedTableModel[EmployeeFilter, EmployeeRow]):
    """The employee list: raw values through ``RawRole``, attention flags as colours/icons."""

    TR_CONTEXT = "EmployeesModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EmployeesModel", "Name"), attrgetter("name"), "name"),
        Column(QT_TRANSLATE_NOOP("EmployeesModel", "Initials"), attrgetter("initials"),
               "initials"),
        Column(QT_TRANSLATE_NOOP("EmployeesModel", "Department"), attrgetter("department"),
               "department"),
        Column(QT_TRANSLATE_NOOP("EmployeesModel", "CPR number"), attrgetter("cpr_masked"),
               None),
        Column(QT_TRANSLATE_NOOP("EmployeesModel", "User IDs"), attrgetter("user_ids"),
               "user_ids"),
        Column(QT_TRANSLATE_NOOP("EmployeesModel", "Expires"), attrgetter("earliest_expiry"),
               "expires"),
        Column(QT_TRANSLATE_NOOP("EmployeesModel", "Employed to"), attrgetter("employed_to"),
               "employed_to"),
        Column(QT_TRANSLATE_NOOP("EmployeesModel", "CPR training"), attrgetter("trained_on"),
               "trained_on"),
        Column(QT_TRANSLATE_NOOP("EmployeesModel", "Acknowledged"),
               attrgetter("acknowledged_on"), "acknowledged_on"),
    )

    def __init__(self, context: ViewContext) -> None:
        def fetch_ids(flt: EmployeeFilter, sort_key: str, descending: bool) -> list[int]:
            return context.read(lambda v: queries.ids(v.db, flt, sort_key, descending,
                                                      local_today(v)))

        def fetch_rows(wanted: list[int]) -> dict[int, EmployeeRow]:
            return context.read(lambda v: queries.rows(v.db, wanted, local_today(v)))

        super().__init__(self.COLUMNS, fetch_ids, fetch_rows, EmployeeFilter())
        self._icons: dict[str, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def _icon(self, name: str, pixmap: QStyle.StandardPixmap) -> QIcon:
        if name not in self._icons:
            self._icons[name] = QApplication.style().standardIcon(pixmap)
        return self._icons[name]

    def flag_texts(self, flags: EmployeeFlag) -> list[str]:
        texts = []
        if flags & EmployeeFlag.EXPIRED_ACTIVE:
            texts.append(self.tr("An authorisation has expired but is not revoked."))
        if EmployeeFlag.LEFT in flags and EmployeeFlag.ACTIVE in flags:
            texts.append(self.tr("Has left, but an authorisation is still in force."))
        elif flags & EmployeeFlag.LEFT:
            texts.append(self.tr("Has left."))
        if flags & EmployeeFlag.EXPIRING:
            texts.append(self.tr("An authorisation expires within 30 days."))
        if flags & EmployeeFlag.NO_EXPIRY:
            texts.append(self.tr("An authorisation has no expiry date."))
        if flags & EmployeeFlag.SENSITIVE:
            texts.append(self.tr("Holds a sensitive profile (127 or 200)."))
        return texts

    def decorate(self, row: EmployeeRow, column: int, role: int) -> Any:
        flags = row.flags
        critical = bool(flags & EmployeeFlag.EXPIRED_ACTIVE) or (
            EmployeeFlag.LEFT in flags and EmployeeFlag.ACTIVE in flags)
        warning = bool(flags & (EmployeeFlag.EXPIRING | EmployeeFlag.NO_EXPIRY))
        if role == Qt.ItemDataRole.BackgroundRole:
            if critical:
                return QBrush(_RED)
            if warning:
                return QBrush(_AMBER)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if critical or warning:
                return QBrush(_DARK_TEXT)
            return QBrush(_GREY_TEXT) if flags & EmployeeFlag.LEFT else None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if critical:
                return self._icon("critical", QStyle.StandardPixmap.SP_MessageBoxCritical)
            if warning:
                return self._icon("warning", QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.FontRole and flags & EmployeeFlag.SENSITIVE and column == 0:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.flag_texts(flags)) or None
        return None


class EmployeesTable(QTableView):
    """Typing in the list searches the database, not the rows: Qt's own type-ahead would
    call ``data()`` row after row and fetch page after page of 10,000 employees."""

    typed = Signal(str)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        self.typed.emit(search)


# -- the detail panel ------------------------------------------------------------------------


class EmployeePanel(QWidget):
    """One employee: fields, the masked CPR with Reveal, user IDs and authorisations."""

    #: An employee was changed (their id): the list re-queries and keeps the selection.
    changed = Signal(int)

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("EmployeePanel")
        self.detail: EmployeeDetail | None = None
        self.may_edit = context.vault.account.may(Permission.EDIT_RECORDS)

        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("initials", self.tr("Initials:")), ("department", self.tr("Department:")),
            ("email", self.tr("E-mail:")), ("employment", self.tr("Employment:")),
            ("trained_on", self.tr("CPR training:")),
            ("acknowledged_on", self.tr("Regulations acknowledged:")),
            ("notes", self.tr("Notes:")),
        ):
            field = QLabel()
            field.setObjectName(key)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = field
            form.addRow(label, field)
            if key == "department":
                form.addRow(self.tr("CPR number:"), self._cpr_row())

        self.edit_button = push_button(self.tr("&Edit…"), "edit", self.edit)
        self.training_button = push_button(self.tr("Record &training…"), "training",
                                            self.record_training)
        self.add_user_id_button = push_button(self.tr("Add &user ID…"), "add_user_id",
                                               self.add_user_id)
        self.grant_button = push_button(self.tr("&Grant authorisation…"), "grant", self.grant)
        self.change_button = push_button(self.tr("&Change…"), "change", self.change)
        self.revoke_button = push_button(self.tr("Rev&oke…"), "revoke", self.revoke)
        self.history_button = push_button(self.tr("Histor&y…"), "history", self.history)
        for button in (self.edit_button, self.training_button, self.add_user_id_button,
                       self.grant_button, self.change_button, self.revoke_button):
            button.setVisible(self.may_edit)

        self.tree = QTreeWidget()
        self.tree.setObjectName("authorisations")
        self.tree.setHeaderLabels([
            self.tr("User ID / status"), self.tr("Granted"), self.tr("Expires"),
            self.tr("Purpose"), self.tr("Case number"), self.tr("Transaction types"),
            self.tr("Profiles"), self.tr("Revoked"),
        ])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_: self.history())

        top_buttons = QHBoxLayout()
        for button in (self.edit_button, self.training_button, self.add_user_id_button):
            top_buttons.addWidget(button)
        top_buttons.addStretch(1)
        auth_buttons = QHBoxLayout()
        for button in (self.grant_button, self.change_button, self.revoke_button,
                       self.history_button):
            auth_buttons.addWidget(button)
        auth_buttons.addStretch(1)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(top_buttons)
        layout.addWidget(QLabel(self.tr("User IDs and authorisations:")))
        layout.addWidget(self.tree, 1)
        layout.addLayout(auth_buttons)
        self.empty = QLabel(self.tr("Select an employee to see their user IDs and "
                                    "authorisations."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self.reveal_timer = QTimer(self)
        self.reveal_timer.setSingleShot(True)
        self.reveal_timer.setInterval(REVEAL_SECONDS * 1000)
        self.reveal_timer.timeout.connect(self.hide_cpr)

    def _cpr_row(self) -> QWidget:
        self.cpr_label = QLabel()
        self.cpr_label.setObjectName("cpr")
        self.cpr_label.setTextFormat(Qt.TextFormat.PlainText)
        # The revealed number is for the eyes only: no selection, no context menu, no drag.
        self.cpr_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.cpr_label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.reveal_button = push_button(self.tr("&Reveal"), "reveal", self.toggle_reveal)
        self.reveal_button.setToolTip(self.tr(
            "Show the full number for {seconds} seconds, after confirming your password. "
            "Every reveal is recorded in the audit trail.").format(seconds=REVEAL_SECONDS))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cpr_label)
        layout.addWidget(self.reveal_button)
        layout.addStretch(1)
        return row


    # -- showing ---------------------------------------------------------------------------

    def today(self) -> date:
        return local_today(self.context.vault)

    def show_employee(self, employee_id: int | None) -> None:
        """Load and show *employee_id* (None: the empty page). Hides a revealed number."""
        self.hide_cpr()
        if employee_id is None:
            self.detail = None
            self.pages.setCurrentIndex(0)
            return
        self.detail = self.context.read(lambda v: queries.detail(v.db, employee_id))
        self._fill()
        self.pages.setCurrentIndex(1)

    def reload(self) -> None:
        current = self.selected_authorisation()
        self.show_employee(self.detail.id if self.detail else None)
        if current is not None:
            self._select_authorisation(current.id)

    def _fill(self) -> None:
        detail = self.detail
        assert detail is not None
        self.title.setText(detail.name)
        self.fields["initials"].setText(detail.initials)
        self.fields["department"].setText(detail.department)
        self.fields["email"].setText(detail.email)
        self.fields["employment"].setText(self.tr("{start} – {end}").format(
            start=_dmy(detail.employed_from) or "…", end=_dmy(detail.employed_to)))
        self.fields["trained_on"].setText(_dmy(detail.trained_on) or self.tr("not recorded"))
        self.fields["acknowledged_on"].setText(
            _dmy(detail.acknowledged_on) or self.tr("not recorded"))
        self.fields["notes"].setText(redact_cpr(detail.notes))  # free text: mask any CPR
        self.cpr_label.setText(detail.cpr_masked or self.tr("not recorded"))
        self.reveal_button.setVisible(bool(detail.cpr_masked))
        self._fill_tree(detail)
        self._update_buttons()

    def _fill_tree(self, detail: EmployeeDetail) -> None:
        today = self.today()
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for entry in detail.user_ids:
            uid = entry.user_id
            top = QTreeWidgetItem([uid.user_id + (self.tr(" (locked)") if uid.locked else "")])
            top.setData(0, Qt.ItemDataRole.UserRole, ("user", uid.id))
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            for auth in entry.authorisations:
                top.addChild(self._auth_item(auth, today))
            top.setExpanded(True)
        if not detail.user_ids:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No user IDs yet.")]))

    def _auth_item(self, auth: Authorisation, today: date) -> QTreeWidgetItem:
        revoked = auth.revoked_on is not None and auth.revoked_on <= today
        if revoked:
            status = self.tr("Revoked")
        elif auth.expires_on is not None and auth.expires_on < today:
            status = self.tr("Expired")
        elif auth.granted_on > today:
            status = self.tr("Not yet in force")
        else:
            status = self.tr("In force")
        item = QTreeWidgetItem([
            status, _dmy(auth.granted_on), _dmy(auth.expires_on) or self.tr("none"),
            redact_cpr(auth.purpose), redact_cpr(auth.case_number),
            ", ".join(auth.transaction_types),
            ", ".join(profile_label(p) for p in auth.profiles), _dmy(auth.revoked_on),
        ])
        item.setData(0, Qt.ItemDataRole.UserRole, ("auth", auth.id))
        item.setData(1, Qt.ItemDataRole.UserRole, auth)
        if auth.revoked_on is None and (auth.expires_on is None or auth.expires_on < today):
            item.setForeground(2, QBrush(_ALERT_TEXT))
            item.setToolTip(2, self.tr("No expiry date") if auth.expires_on is None
                            else self.tr("Expired, but not revoked"))
        if SENSITIVE_PROFILES.intersection(auth.profiles):
            font = item.font(6)
            font.setBold(True)
            item.setFont(6, font)
            item.setForeground(6, QBrush(_ALERT_TEXT))
        if revoked:
            for column in range(item.columnCount()):
                item.setForeground(column, QBrush(_GREY_TEXT))
        return item

    def selected_authorisation(self) -> Authorisation | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        value = item.data(1, Qt.ItemDataRole.UserRole)
        return value if isinstance(value, Authorisation) else None

    def selected_user_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        tag = item.data(0, Qt.ItemDataRole.UserRole)
        return int(tag[1]) if isinstance(tag, tuple) and tag[0] == "user" else None

    def _select_authorisation(self, authorisation_id: int) -> None:
        for top in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(top)
            for child in range(parent.childCount()):
                item = parent.child(child)
                if item.data(0, Qt.ItemDataRole.UserRole) == ("auth", authorisation_id):
                    self.tree.setCurrentItem(item)
                    return

    def _update_buttons(self) -> None:
        auth = self.selected_authorisation()
        has_user_ids = bool(self.detail and self.detail.user_ids)
        self.grant_button.setEnabled(has_user_ids)
        self.grant_button.setToolTip(
            "" if has_user_ids else self.tr("Add a user ID to the employee first."))
        open_auth = auth is not None and auth.revoked_on is None
        self.change_button.setEnabled(open_auth)
        self.revoke_button.setEnabled(open_auth)
        self.history_button.setEnabled(auth is not None)

    # -- the CPR number --------------------------------------------------------------------

    @property
    def revealed(self) -> bool:
        return self.reveal_timer.isActive()

    def toggle_reveal(self) -> None:
        if self.revealed:
            self.hide_cpr()
        else:
            self.reveal()

    def reveal(self) -> None:
        """Password again, then the number for REVEAL_SECONDS; the reveal is audited."""
        detail = self.detail
        if detail is None or not detail.cpr_masked:
            return
        if not self.context.confirm_password(self, self.tr(
                "Show the full CPR number of {name} for {seconds} seconds. The reveal is "
                "recorded in the audit trail.").format(name=detail.name,
                                                       seconds=REVEAL_SECONDS)):
            return
        employee_id = detail.id
        self.context.write(self, lambda v: registers.reveal_cpr(v, employee_id),
                           lambda number: self._show_number(employee_id, number))

    def _show_number(self, employee_id: int, number: str) -> None:
        if self.detail is None or self.detail.id != employee_id or not number:
            return  # the officer moved on meanwhile: do not show it for someone else
        self.cpr_label.setText(number)
        self.reveal_button.setText(self.tr("H&ide"))
        self.reveal_timer.start()

    def hide_cpr(self) -> None:
        self.reveal_timer.stop()
        self.reveal_button.setText(self.tr("&Reveal"))
        if self.detail is not None:
            self.cpr_label.setText(self.detail.cpr_masked or self.tr("not recorded"))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        """Switching views or locking hides the number at once, not after 30 seconds."""
        self.hide_cpr()
        super().hideEvent(event)

    # -- actions -------------------------------------------------------------------------------

    def _done(self, employee_id: int) -> Callable[[Any], None]:
        return lambda _result: self.changed.emit(employee_id)

    def edit(self) -> None:
        detail = self.detail
        if detail is None:
            return
        departments = self.context.read(lambda v: queries.departments(v.db))
        dialog = EmployeeDialog(self, departments=departments, existing=detail,
                                today=self.today())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data, keep = dialog.employee_input(), dialog.keeps_cpr()
        employee_id = detail.id

        def job(vault: Vault) -> object:
            if keep:  # the stored number, read here so it never enters a widget
                stored = registers.get_employee(vault.db, employee_id).cpr
                return registers.update_employee(vault, employee_id, replace(data, cpr=stored))
            return registers.update_employee(vault, employee_id, data)

        self.context.write(self, job, self._done(employee_id))

    def record_training(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = TrainingDialog(self, today=self.today(), trained_on=self.today())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        trained, acknowledged = dialog.value()
        employee_id = detail.id
        self.context.write(
            self, lambda v: registers.record_training(
                v, employee_id, trained_on=trained, acknowledged_on=acknowledged),
            self._done(employee_id))

    def add_user_id(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = UserIdDialog(self, employee_name=detail.name,
                              taken=[u.user_id.user_id for u in detail.user_ids])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        value, employee_id = dialog.value(), detail.id
        self.context.write(self, lambda v: registers.add_user_id(v, value,
                                                                  employee_id=employee_id),
                           self._done(employee_id))

    def _user_id_choices(self) -> list[tuple[int, str]]:
        assert self.detail is not None
        return [(u.user_id.id, u.user_id.user_id) for u in self.detail.user_ids]

    def grant(self) -> None:
        detail = self.detail
        if detail is None or not detail.user_ids:
            return
        dialog = AuthorisationDialog(self, user_ids=self._user_id_choices(),
                                     selected_user_id=self.selected_user_id(),
                                     today=self.today())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        user_id_id, data, note = dialog.selected_user_id(), dialog.value(), dialog.reason.text()
        self.context.write(
            self, lambda v: registers.grant_authorisation(v, user_id_id, data, note.strip()),
            self._done(detail.id))

    def change(self) -> None:
        detail, auth = self.detail, self.selected_authorisation()
        if detail is None or auth is None or auth.revoked_on is not None:
            return
        dialog = AuthorisationDialog(self, user_ids=self._user_id_choices(), existing=auth,
                                     today=self.today())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data, reason = dialog.value(), dialog.reason.text().strip()
        self.context.write(
            self, lambda v: registers.change_authorisation(v, auth.id, data, reason),
            self._done(detail.id))

    def _describe(self, auth: Authorisation) -> str:
        return self.tr("Granted {granted}, expires {expires}; {purpose}").format(
            granted=_dmy(auth.granted_on), expires=_dmy(auth.expires_on) or self.tr("never"),
            purpose=redact_cpr(auth.purpose) or self.tr("no purpose recorded"))

    def revoke(self) -> None:
        detail, auth = self.detail, self.selected_authorisation()
        if detail is None or auth is None or auth.revoked_on is not None:
            return
        dialog = RevokeDialog(self, description=self._describe(auth), today=self.today(),
                              granted_on=auth.granted_on)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        on, reason = dialog.value()
        if not self.context.confirm_password(self, self.tr(
                "Revoke the authorisation of {name} from {date}.").format(
                    name=detail.name, date=_dmy(on))):
            return
        self.context.write(
            self, lambda v: registers.revoke_authorisation(v, auth.id, on, reason),
            self._done(detail.id))

    def history(self) -> None:
        auth = self.selected_authorisation()
        if auth is None:
            return
        events = self.context.read(lambda v: registers.authorisation_history(v.db, auth.id))
        HistoryDialog(self, description=self._describe(auth), events=events).exec()


def _dmy(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


# -- the view --------------------------------------------------------------------------------


class EmployeesView(QWidget):
    """Search, filter and sort the employees; the selected one in the panel on the right."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("EmployeesView")
        self.locale_for_numbers = i18n.number_locale()
        self.total = 0

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Name, initials, department, e-mail, user ID or CPR (DDMMYY)"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)

        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.setMinimumContentsLength(16)
        self.department.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status, label in (
            (Status.ALL, self.tr("All employees")),
            (Status.ACTIVE, self.tr("With an authorisation in force")),
            (Status.LEFT, self.tr("Have left")),
            (Status.ATTENTION, self.tr("Need attention")),
        ):
            self.status.addItem(label, status.value)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.count = QLabel()
        self.count.setObjectName("count")
        self.new_button = QPushButton(self.tr("&New employee…"))
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(lambda _c=False: self.new_employee())
        self.new_button.setVisible(context.vault.account.may(Permission.EDIT_RECORDS))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(lambda _c=False: self.import_file())
        self.import_button.setVisible(context.vault.account.may(Permission.EDIT_RECORDS))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(lambda _c=False: self.export_file())
        self.export_button.setVisible(context.vault.account.may(Permission.READ))

        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        department_label = QLabel(self.tr("&Department:"))
        department_label.setBuddy(self.department)
        status_label = QLabel(self.tr("St&atus:"))
        status_label.setBuddy(self.status)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(department_label)
        filters.addWidget(self.department, 1)
        filters.addWidget(status_label)
        filters.addWidget(self.status)
        filters.addWidget(self.count)
        filters.addWidget(self.new_button)
        filters.addWidget(self.import_button)
        filters.addWidget(self.export_button)

        self.model = EmployeesModel(context)
        self.table = EmployeesTable()
        self.table.setObjectName("employees")
        self.table.typed.connect(self._typed_in_table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # Fixed row heights and column widths: size-to-contents would read every row.
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(0)  # fit a column to the visible rows only
        for column, width in enumerate((190, 70, 160, 100, 120, 90, 90, 90, 90)):
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self._keep_indicator_on_sortable)
        self.table.setSortingEnabled(True)  # sorts now: the first query of the ids
        if not self.model.loaded:
            self.model.reload()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        if context.vault.account.may(Permission.EDIT_RECORDS):
            self.table.doubleClicked.connect(lambda _index: self.panel.edit())
        # Sorting, filtering and refreshing reset the model: keep the employee selected.
        self._keep: int | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)

        self.panel = EmployeePanel(context)
        self.panel.changed.connect(self.refresh)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])  # the list first; the panel's text wraps

        title = QLabel(self.tr(
            "<h3>Employees</h3>Everyone with CPR access: their user IDs and authorisations. "
            "Coloured rows need attention."))
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self._load_departments()
        self.total = self.context.read(
            lambda v: queries.count(v.db, EmployeeFilter(), local_today(v)))
        self._update_count()
        self.panel.show_employee(None)

    # -- filtering -------------------------------------------------------------------------

    def current_filter(self) -> EmployeeFilter:
        department = self.department.currentData()
        return EmployeeFilter(
            text=self.search.text(),
            department=department if isinstance(department, str) else None,
            status=Status(self.status.currentData() or Status.ALL.value),
        )

    def apply_filter(self) -> None:
        """Re-query the ids now (the debounce timer calls this ~150 ms after typing)."""
        self.search_timer.stop()
        flt = self.current_filter()
        if self.model.loaded and flt == self.model.filter:
            return
        self.model.set_filter(flt)

    def _typed_in_table(self, text: str) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.setText(self.search.text() + text)

    def _load_departments(self) -> None:
        names = self.context.read(lambda v: queries.departments(v.db))
        current = self.department.currentData()
        with QSignalBlocker(self.department):
            self.department.clear()
            self.department.addItem(self.tr("All departments"), None)
            for name in names:
                self.department.addItem(name, name)
            index = self.department.findData(current) if isinstance(current, str) else 0
            self.department.setCurrentIndex(max(0, index))

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} of {total}").format(
            shown=self.locale_for_numbers.toString(len(self.model.ids)),
            total=self.locale_for_numbers.toString(self.total)))

    def _keep_indicator_on_sortable(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.sortable(column):
            header = self.table.horizontalHeader()
            with QSignalBlocker(header):
                header.setSortIndicator(self.model.sort_column, self.model.sort_order)

    # -- selection -------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_row(self) -> EmployeeRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, RowRole) if index.isValid() else None

    def select_employee(self, employee_id: int) -> bool:
        """Select *employee_id* if it is in the list; True if it is."""
        row = self.model.row_of(employee_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _before_reset(self) -> None:
        self._keep = self.current_id()

    def _after_reset(self) -> None:
        self._update_count()
        keep, self._keep = self._keep, None
        if keep is None or not self.select_employee(keep):
            self.panel.show_employee(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        employee_id = self.model.id_at(current.row()) if current.isValid() else None
        if self.panel.detail is None or employee_id != self.panel.detail.id:
            self.panel.show_employee(employee_id)

    # -- changes ---------------------------------------------------------------------------

    def refresh(self, employee_id: int | None = None) -> None:
        """After a change: departments, total, the ids, and the changed employee again
        (a new employee is selected if the filter shows them)."""
        self._load_departments()
        self.total = self.context.read(
            lambda v: queries.count(v.db, EmployeeFilter(), local_today(v)))
        shown = self.panel.detail.id if self.panel.detail else None
        self.model.filter = self.current_filter()
        self.model.reload()
        if employee_id is not None and employee_id != self.current_id():
            self.select_employee(employee_id)
        if shown is not None and shown == self.current_id():
            self.panel.reload()  # same employee, new data; another one loaded itself

    def new_employee(self) -> None:
        departments = self.context.read(lambda v: queries.departments(v.db))
        dialog = EmployeeDialog(self, departments=departments,
                                today=local_today(self.context.vault))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.employee_input()
        self.context.write(self, lambda v: registers.add_employee(v, data),
                           lambda employee: self._created(employee.id))

    def _created(self, employee_id: int) -> None:
        """Show the new employee, clearing the filters if they would hide them."""
        self.refresh(employee_id)
        if self.current_id() == employee_id:
            return
        with (QSignalBlocker(self.search), QSignalBlocker(self.department),
              QSignalBlocker(self.status)):
            self.search.clear()
            self.department.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
        self.apply_filter()
        self.select_employee(employee_id)

    def import_file(self) -> None:
        """Import a spreadsheet (preview first); the list is refreshed once it is written."""
        open_import(self.context, self, Mode.REGISTERS, lambda _summary: self.refresh())

    def export_file(self) -> None:
        dialog = ExportDialog(self.context, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
