"""The authorisation control: start one, decide keep / change / revoke per authorisation with
the keyboard, track the CPR actions, complete it.

The control itself is a state machine in the core (``cpradmin.authorisation_control``); this
view only renders it. The items table is paged (a municipality has thousands of
authorisations): it holds ids in review order, flagged first, and fetches rows a page at a
time through the vault's worker. In the table, **K** keeps the current authorisation, **C**
and **R** change or revoke it with the note typed below (without a note, the note field takes
the focus and **Enter** there decides); each decision moves on to the next row. Completing
re-asks the password: it writes the revocations to the register.
"""

from __future__ import annotations

from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpradmin import authorisation_control as ac
from cpradmin import control_calendar
from cpradmin.authorisation_control import (
    DECISION_LABELS,
    FLAG_LABELS,
    AuthorisationControl,
    AuthorisationDecision,
    ControlCounts,
    ControlItem,
    CprAction,
    ItemFilter,
)
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.review import Severity
from cpradmin.models.schedule import STATUS_LABELS, Obligation
from cpradmin.ui import i18n
from cpradmin.ui.common import ok_cancel_buttons
from cpradmin.ui.context import ViewContext
from cpradmin.ui.paged_model import Column, PagedTableModel
from cpradmin.ui.table_model import RawRole, RowsModel, rows_table
from cpradmin.vault import Vault

_RED = QColor("#f8d7da")
_AMBER = QColor("#fff3cd")
_DARK_TEXT = QColor("#1a1a1a")
_GREY_TEXT = QColor("#6c757d")

#: (control id or None, which items)
ItemsFilter = tuple[int | None, ItemFilter]

_KEYS = {Qt.Key.Key_K: AuthorisationDecision.KEEP, Qt.Key.Key_C: AuthorisationDecision.CHANGE,
         Qt.Key.Key_R: AuthorisationDecision.REVOKE}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def flag_text(item: ControlItem) -> str:
    return ", ".join(QCoreApplication.translate("AuthorisationControl", FLAG_LABELS[f])
                     for f in item.flags)


def decision_text(decision: AuthorisationDecision | None) -> str:
    if decision is None:
        return ""
    return QCoreApplication.translate("AuthorisationControl", DECISION_LABELS[decision])


# -- models ----------------------------------------------------------------------------------


class ControlItemsModel(PagedTableModel[ItemsFilter, ControlItem]):
    """The snapshot's items in review order; flagged undecided rows are coloured."""

    TR_CONTEXT = "ControlItemsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "Attention"), flag_text, None),
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "User ID"), attrgetter("user_id"), None),
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "Employee / program"),
               attrgetter("holder_name"), None),
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "Department"), attrgetter("department"),
               None),
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "Granted"), attrgetter("granted_on"),
               None),
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "Expires"), attrgetter("expires_on"),
               None),
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "Profiles"),
               lambda i: ", ".join(i.profiles), None),
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "Transaction types"),
               lambda i: ", ".join(i.transaction_types), None),
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "Decision"),
               lambda i: decision_text(i.decision), None),
        Column(QT_TRANSLATE_NOOP("ControlItemsModel", "Note"),
               lambda i: redact_cpr(i.note.replace("\n", " ")), None),
    )

    def __init__(self, context: ViewContext) -> None:
        def fetch_ids(flt: ItemsFilter, _sort: str, _descending: bool) -> list[int]:
            control_id, which = flt
            if control_id is None:
                return []
            return context.read(lambda v: ac.item_ids(v.db, control_id, which))  # type: ignore[no-any-return]

        def fetch_rows(wanted: list[int]) -> dict[int, ControlItem]:
            return context.read(lambda v: ac.items_by_id(v.db, wanted))  # type: ignore[no-any-return]

        super().__init__(self.COLUMNS, fetch_ids, fetch_rows, (None, ItemFilter.ALL))
        self.control: AuthorisationControl | None = None

    def tooltip(self, item: ControlItem) -> str | None:
        if self.control is None or not item.flags:
            return None
        control = self.control
        return "\n".join(i18n.text(ac.flag_message(item, flag, control)) for flag in item.flags)

    def decorate(self, row: ControlItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if row.decision is not None:
            return QBrush(_GREY_TEXT) if role == Qt.ItemDataRole.ForegroundRole else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.severity >= Severity.HIGH:
                return QBrush(_RED)
            if row.severity:
                return QBrush(_AMBER)
        if role == Qt.ItemDataRole.ForegroundRole and row.severity:
            return QBrush(_DARK_TEXT)
        return None


class ActionsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ActionsModel", "No."),
        QT_TRANSLATE_NOOP("ActionsModel", "What to do in the CPR"),
        QT_TRANSLATE_NOOP("ActionsModel", "State"),
        QT_TRANSLATE_NOOP("ActionsModel", "Done on"),
        QT_TRANSLATE_NOOP("ActionsModel", "By"),
        QT_TRANSLATE_NOOP("ActionsModel", "Why left open"),
    )

    def display(self, row: Any, column: int) -> Any:
        action: CprAction = row
        state = {
            ac.ActionState.DONE: self.tr("Done"),
            ac.ActionState.LEFT_OPEN: self.tr("Left open"),
            ac.ActionState.PENDING: self.tr("To do"),
        }[action.state]
        values = (
            str(action.id), redact_cpr(i18n.text(action.message)), state,
            action.done_on.isoformat() if action.done_on else "", action.done_by or "",
            redact_cpr(action.open_note),
        )
        return values[column]

    def decoration(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        action: CprAction = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and action.state is ac.ActionState.PENDING:
            return QBrush(_AMBER)
        if role == Qt.ItemDataRole.ForegroundRole and action.state is ac.ActionState.PENDING:
            return QBrush(_DARK_TEXT)
        return None


# -- the items table -------------------------------------------------------------------------


class ItemsTable(QTableView):
    """K, C and R decide the current row. Qt's own type-ahead is off: it would call
    ``data()`` row after row and fetch page after page."""

    decide = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if key in _KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            self.decide.emit(_KEYS[key].value)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        return


# -- dialogs ---------------------------------------------------------------------------------


class StartDialog(QDialog):
    """The control day, the period's first day and the type."""

    def __init__(self, parent: QWidget, today: date, default_start: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start an authorisation control"))
        self.on = QDateEdit(_qdate(today))
        self.on.setObjectName("on")
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(_qdate(today))
        self.start = QDateEdit(_qdate(default_start))
        self.start.setObjectName("start")
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setCalendarPopup(True)
        self.type = QComboBox()
        self.type.setObjectName("type")
        self.type.addItem(self.tr("Quarterly"), "quarterly")
        self.type.addItem(self.tr("Ad hoc"), "adhoc")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #a15c00;")
        form = QFormLayout()
        form.addRow(self.tr("Control &day:"), self.on)
        form.addRow(self.tr("Period &from:"), self.start)
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons, self.ok = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Every authorisation in force on the control day is frozen for review. The period "
            "is what “no CPR activity” looks at in the imported logs.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.on.dateChanged.connect(self._validate)
        self.start.dateChanged.connect(self._validate)
        self._validate()

    def values(self) -> dict[str, Any]:
        return {"on": self.on.date().toPython(), "period_start": self.start.date().toPython(),
                "type": self.type.currentData(), "reason": self.reason.text()}

    def _validate(self, *_: object) -> None:
        values = self.values()
        wrong = values["period_start"] > values["on"]
        self.problem.setText(self.tr("The period must start on or before the control day.")
                             if wrong else "")
        self.ok.setEnabled(not wrong)


# -- the view --------------------------------------------------------------------------------


class AuthorisationControlView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("AuthorisationControlView")
        self.may_control = context.vault.account.may(Permission.DO_CONTROLS)
        self.control: AuthorisationControl | None = None
        self.summary = ControlCounts()
        #: A change/revoke asked for without a note: Enter in the note field decides it.
        self.pending: AuthorisationDecision | None = None

        self.due = QLabel()
        self.due.setObjectName("due")
        self.controls = QComboBox()
        self.controls.setObjectName("controls")
        self.controls.setMinimumContentsLength(30)
        self.controls.currentIndexChanged.connect(self._control_chosen)
        self.start_button = QPushButton(self.tr("&Start a control…"))
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.start)
        self.complete_button = QPushButton(self.tr("Co&mplete…"))
        self.complete_button.setObjectName("complete")
        self.complete_button.clicked.connect(self.complete)
        for button in (self.start_button, self.complete_button):
            button.setVisible(self.may_control)
        control_label = QLabel(self.tr("C&ontrol:"))
        control_label.setBuddy(self.controls)
        top = QHBoxLayout()
        top.addWidget(control_label)
        top.addWidget(self.controls, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.complete_button)
        self.report_button = QPushButton(self.tr("Re&port…"))
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(lambda _c=False: self.open_report())
        top.addWidget(self.report_button)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.which = QComboBox()
        self.which.setObjectName("which")
        self.which.addItem(self.tr("All authorisations"), ItemFilter.ALL)
        self.which.addItem(self.tr("Flagged"), ItemFilter.FLAGGED)
        self.which.addItem(self.tr("Without a decision"), ItemFilter.UNDECIDED)
        self.which.currentIndexChanged.connect(lambda _i: self._reload_items())
        self.model = ControlItemsModel(context)
        self.table = ItemsTable()
        self.table.setObjectName("items")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(0)
        for column, width in enumerate((170, 80, 170, 110, 85, 85, 70, 110, 70)):
            self.table.setColumnWidth(column, width)
        self.table.decide.connect(self.decide)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Note: what is to change, or why revoked"))
        self.note.returnPressed.connect(self._note_entered)
        self.keep_button = QPushButton(self.tr("&Keep (K)"))
        self.keep_button.setObjectName("keep")
        self.change_button = QPushButton(self.tr("&Change (C)"))
        self.change_button.setObjectName("change")
        self.revoke_button = QPushButton(self.tr("&Revoke (R)"))
        self.revoke_button.setObjectName("revoke")
        for button, decision in ((self.keep_button, AuthorisationDecision.KEEP),
                                 (self.change_button, AuthorisationDecision.CHANGE),
                                 (self.revoke_button, AuthorisationDecision.REVOKE)):
            button.clicked.connect(lambda _c=False, d=decision: self.decide(d.value))
            button.setVisible(self.may_control)
        self.note.setVisible(self.may_control)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a15c00;")
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.note, 1)
        decide_row.addWidget(self.keep_button)
        decide_row.addWidget(self.change_button)
        decide_row.addWidget(self.revoke_button)

        items_box = QWidget()
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        which_label = QLabel(self.tr("S&how:"))
        which_label.setBuddy(self.which)
        filter_row = QHBoxLayout()
        filter_row.addWidget(which_label)
        filter_row.addWidget(self.which)
        filter_row.addStretch(1)
        items_layout.addLayout(filter_row)
        items_layout.addWidget(self.table, 1)
        items_layout.addWidget(self.detail)
        items_layout.addLayout(decide_row)
        items_layout.addWidget(self.problem)

        self.actions_model = ActionsModel()
        self.actions = rows_table(self.actions_model, "actions")
        self.actions.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.done_on = QDateEdit()
        self.done_on.setObjectName("doneOn")
        self.done_on.setDisplayFormat("yyyy-MM-dd")
        self.done_on.setCalendarPopup(True)
        self.done_button = QPushButton(self.tr("Mark &done on"))
        self.done_button.setObjectName("markDone")
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self.tr("&Leave open…"))
        self.open_button.setObjectName("leaveOpen")
        self.open_button.clicked.connect(self.leave_open)
        for widget in (self.done_on, self.done_button, self.open_button):
            widget.setVisible(self.may_control)
        action_row = QHBoxLayout()
        action_row.addWidget(self.done_button)
        action_row.addWidget(self.done_on)
        action_row.addWidget(self.open_button)
        action_row.addStretch(1)
        actions_box = QWidget()
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addWidget(QLabel(self.tr(
            "<b>Actions to carry out in the CPR</b> (from change and revoke decisions)")))
        actions_layout.addWidget(self.actions, 1)
        actions_layout.addLayout(action_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(items_box)
        splitter.addWidget(actions_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Authorisation control</h3>Every authorisation in force, reviewed at least "
            "every third month. In the table, press K to keep, C to change or R to revoke "
            "(change and revoke need a note).")))
        layout.addWidget(self.due)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.refresh()

    # -- state ----------------------------------------------------------------------------------

    def today(self) -> date:
        return ac.local_today(self.context.vault)

    @property
    def editable(self) -> bool:
        return self.may_control and self.control is not None and self.control.open

    def current_item(self) -> ControlItem | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def open_report(self) -> QDialog | None:
        """The chosen control's documentation: PDF (signed or not), print, evidence."""
        if self.control is None:
            return None
        from cpradmin.ui.control_report_dialog import open_control_report

        return open_control_report(self.context, self.control.id, self)

    def selected_action(self) -> CprAction | None:
        indexes = self.actions.selectionModel().selectedRows()
        return self.actions_model.data(indexes[0], RawRole) if indexes else None

    # -- loading --------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Reload the list of controls (keeping or choosing *select*) and the chosen one."""
        today = self.today()

        def load(vault: Vault) -> tuple[list[AuthorisationControl], Any]:
            entry = next(c for c in control_calendar.calendar(vault.db, today)
                         if c.obligation is Obligation.AUTHORISATION_CONTROL)
            return ac.list_controls(vault.db), entry

        controls, entry = self.context.read(load)
        wanted = select if select is not None else (
            self.control.id if self.control is not None else None)
        self.controls.blockSignals(True)
        self.controls.clear()
        for control in controls:
            self.controls.addItem(self._control_label(control), control.id)
        index = self.controls.findData(wanted) if wanted is not None else -1
        self.controls.setCurrentIndex(index if index >= 0 else (0 if controls else -1))
        self.controls.blockSignals(False)
        last = entry.last_done.isoformat() if entry.last_done else self.tr("never")
        self.due.setText(self.tr("Last completed: {last}. Next due: {due} ({status}).").format(
            last=last, due=entry.next_due.isoformat(),
            status=QCoreApplication.translate("Schedule", STATUS_LABELS[entry.status])))
        self._control_chosen()

    def _control_label(self, control: AuthorisationControl) -> str:
        kind = self.tr("quarterly") if control.type == "quarterly" else self.tr("ad hoc")
        state = self.tr("completed") if not control.open else self.tr("open")
        return self.tr("#{id} {kind}, {start} – {end} ({state})").format(
            id=control.id, kind=kind, start=control.period_start.isoformat(),
            end=control.period_end.isoformat(), state=state)

    def _control_chosen(self, *_: object) -> None:
        control_id = self.controls.currentData()
        if control_id is None:
            self.control, self.summary = None, ControlCounts()
            self.actions_model.set_rows([])
        else:
            self.control, self.summary, rows = self.context.read(lambda v: (
                ac.get_control(v.db, control_id), ac.counts(v.db, control_id),
                ac.actions(v.db, control_id)))
            self.actions_model.set_rows(rows)
            today = self.today()
            self.done_on.setDateRange(_qdate(self.control.period_start), _qdate(today))
            self.done_on.setDate(_qdate(today))
        self.model.control = self.control
        self._reload_items()
        self._show_status()

    def _reload_items(self, keep_row: int | None = None) -> None:
        control_id = self.control.id if self.control is not None else None
        self.model.set_filter((control_id, ItemFilter(self.which.currentData())))
        if self.model.rowCount() and keep_row is not None:
            self._go_to(min(keep_row, self.model.rowCount() - 1))
        elif self.model.rowCount():
            self._go_to(0)
        else:
            self._current_changed()

    def _go_to(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _show_status(self) -> None:
        control, s = self.control, self.summary
        if control is None:
            self.status.setText(self.tr("No authorisation control yet. Start one to review every "
                                        "authorisation in force."))
        else:
            parts = [self.tr("{items} authorisations, {flagged} flagged, {undecided} without a "
                             "decision; keep {keep}, change {change}, revoke {revoke}. CPR "
                             "actions: {done} done, {open} left open, {pending} to do.").format(
                items=s.items, flagged=s.flagged, undecided=s.undecided,
                keep=s.decisions.get("keep", 0), change=s.decisions.get("change", 0),
                revoke=s.decisions.get("revoke", 0), done=s.actions_done,
                open=s.actions_left_open, pending=s.actions_pending)]
            if not control.logs_cover:
                parts.append(self.tr("No imported CPR log covers the period, so “no CPR "
                                     "activity” was not checked."))
            if control.completed_at:
                parts.append(self.tr("Completed on {day} by {who}.").format(
                    day=str(ac.completed_on(control)), who=control.completed_by))
            self.status.setText(" ".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.editable
        has_item = self.current_item() is not None
        for button in (self.keep_button, self.change_button, self.revoke_button):
            button.setEnabled(editable and has_item)
        self.note.setEnabled(editable and has_item)
        self.complete_button.setEnabled(editable)
        self.start_button.setEnabled(self.may_control and (
            self.control is None or not self.control.open))
        action = self.selected_action()
        may_act = self.may_control and action is not None and action.done_on is None
        self.done_button.setEnabled(may_act)
        self.done_on.setEnabled(may_act)
        self.open_button.setEnabled(may_act and editable)

    def _current_changed(self, *_: object) -> None:
        item = self.current_item()
        self.pending = None
        self.problem.setText("")
        if item is None:
            self.detail.setText("")
            self.note.setText("")
        else:
            lines = [self.tr("{user_id} — {holder}: purpose {purpose}, case {case}").format(
                user_id=item.user_id, holder=item.holder_name,
                purpose=redact_cpr(item.purpose) or "-", case=redact_cpr(item.case_number) or "-")]
            tooltip = self.model.tooltip(item)
            if tooltip:
                lines.append(tooltip)
            if item.decision is not None:
                lines.append(self.tr("Decided: {decision} by {who}.").format(
                    decision=decision_text(item.decision), who=item.decided_by))
            self.detail.setText("\n".join(lines))
            self.note.setText(item.note)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    # -- actions --------------------------------------------------------------------------------

    def start(self) -> None:
        if not self.may_control:
            return
        today = self.today()
        default = self.context.read(lambda v: ac.default_period_start(v.db, today))
        dialog = StartDialog(self, today, default)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        finally:
            dialog.deleteLater()
        self.context.write(self, lambda vault: ac.start_authorisation_control(vault, **values),
                           lambda control_id: self.refresh(select=control_id))

    def decide(self, decision: str) -> None:
        item = self.current_item()
        if item is None or not self.editable:
            return
        chosen = AuthorisationDecision(decision)
        note = self.note.text().strip()
        if chosen is not AuthorisationDecision.KEEP and not note:
            self.pending = chosen
            self.problem.setText(self.tr("{decision}: write a note (what is to change, or why "
                                         "revoked) and press Enter.").format(
                decision=decision_text(chosen)))
            self.note.setFocus()
            return
        row = self.table.currentIndex().row()
        self.context.write(
            self, lambda vault: ac.decide_authorisation(vault, item.id, chosen, note),
            lambda _item: self._decided(row))

    def _note_entered(self) -> None:
        if self.pending is not None:
            self.decide(self.pending.value)

    def _decided(self, row: int) -> None:
        """Show the decision and move on: to the next row, or (when only undecided items
        are shown) to the row that now takes this one's place."""
        undecided_only = ItemFilter(self.which.currentData()) is ItemFilter.UNDECIDED
        self._reload_counts()
        if undecided_only:
            self._reload_items(keep_row=row)
        else:
            self.model.invalidate()
            self._go_to(min(row + 1, self.model.rowCount() - 1))
            self._current_changed()
        self.table.setFocus()

    def _reload_counts(self) -> None:
        if self.control is None:
            return
        control_id = self.control.id
        self.control, self.summary, rows = self.context.read(lambda v: (
            ac.get_control(v.db, control_id), ac.counts(v.db, control_id),
            ac.actions(v.db, control_id)))
        self.model.control = self.control
        chosen = self.selected_action()
        self.actions_model.set_rows(rows)
        if chosen is not None:
            for number, action in enumerate(rows):
                if action.id == chosen.id:
                    self.actions.selectRow(number)
        self._show_status()

    def mark_done(self) -> None:
        action = self.selected_action()
        if action is None or not self.may_control:
            return
        day = self.done_on.date().toPython()
        self.context.write(self, lambda vault: ac.mark_action_done(vault, action.id, day),
                           lambda _a: self._after_action())

    def leave_open(self) -> None:
        action = self.selected_action()
        if action is None or not self.editable:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Leave the CPR action open"),
            self.tr("Why is it not done yet? (The control can then be completed; mark the "
                    "action done when it is carried out.)"), QLineEdit.EchoMode.Normal,
            action.open_note)
        if not ok:
            return
        self.context.write(self, lambda vault: ac.leave_action_open(vault, action.id, note),
                           lambda _a: self._after_action())

    def _after_action(self) -> None:
        self._reload_counts()
        self.model.invalidate()

    def complete(self) -> None:
        control = self.control
        if control is None or not self.editable:
            return
        problems = self.context.read(lambda v: ac.completion_problems(v.db, control.id))
        if problems:
            QMessageBox.information(self, self.tr("Not ready to complete"), "\n".join(
                [self.tr("The control cannot be completed yet:")]
                + [f"• {i18n.text(p)}" for p in problems]))
            return
        revocations = sum(1 for a in self.actions_model.rows
                          if a.kind == AuthorisationDecision.REVOKE and a.done_on is not None)
        text = self.tr("Complete authorisation control #{id}. {count} revocation(s) carried out "
                       "in the CPR will be written to the register.").format(
            id=control.id, count=revocations)
        if not self.context.confirm_password(self, text):
            return
        self.context.write(
            self, lambda vault: ac.complete_authorisation_control(vault, control.id),
            lambda done: self.refresh(select=done.id))
