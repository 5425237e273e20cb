"""The review panel of one log control: its items by severity, each item's explanation, details
and log entries, and the officer's decision, all of it usable without the mouse.

A control may hold thousands of items, so the items table is fed a page at a time by
``controls.control_items`` (keyset paging on the item's review position): the first page when
the control opens, the next when the table (or the keyboard) reaches the last row fetched.

**Keys** (shown on the buttons and their tooltips; letters and digits act when the cursor is
not in a text field, where they belong to the text):

* ``Down``/``J`` and ``Up``/``K`` move between items;
* ``1``/``E`` explained (the case number field takes the focus), ``2``/``F`` false alarm,
  ``3``/``O`` follow-up needed, ``4``/``M`` suspected abuse (the note takes the focus);
* ``C`` and ``N`` go to the case number and the note, ``Esc`` back to the items;
* ``Ctrl+Enter`` (and ``Enter`` in the case number or note) saves the decision and moves to
  the next item without one; ``U`` shows only the items without a decision;
* ``Ctrl+Shift+Enter`` completes the control.

A decision chosen but not saved is dropped when the officer moves on; only Ctrl+Enter writes.
Every write is ``controls.decide`` on the vault's worker (audited by the core). A completed
control is shown read-only. CPR numbers appear masked everywhere; the core masks them in its
texts, and every text shown here passes ``redact_cpr`` once more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpradmin import controls, review_rules
from cpradmin.controls import Control, ControlItem, ItemEntry
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import mask_cpr, redact_cpr
from cpradmin.models.logs import AMBIGUOUS, COPENHAGEN, NONEXISTENT
from cpradmin.models.review import ControlStatus, ControlType, Decision, Scope, ScopeKind, Severity
from cpradmin.ui import i18n
from cpradmin.ui.context import ViewContext
from cpradmin.ui.progress import ProgressDialog
from cpradmin.ui.table_model import RowsModel

_CONTEXT = "ReviewItems"
_Index = QModelIndex | QPersistentModelIndex
_RED = QColor("#f8d7da")
_AMBER = QColor("#fff3cd")
_DARK_TEXT = QColor("#1a1a1a")
_GREY_TEXT = QColor("#6c757d")
_ALERT_TEXT = QColor("#b00020")

DECISION_LABELS: dict[Decision, str] = {
    Decision.EXPLAINED: QT_TRANSLATE_NOOP("ReviewItems", "Explained"),
    Decision.FALSE_ALARM: QT_TRANSLATE_NOOP("ReviewItems", "False alarm"),
    Decision.FOLLOW_UP: QT_TRANSLATE_NOOP("ReviewItems", "Follow-up needed"),
    Decision.SUSPECTED_ABUSE: QT_TRANSLATE_NOOP("ReviewItems", "Suspected abuse"),
}
#: The keys that choose a decision: a digit (any keyboard layout) and a letter.
DECISION_KEYS: dict[Decision, tuple[Qt.Key, Qt.Key]] = {
    Decision.EXPLAINED: (Qt.Key.Key_1, Qt.Key.Key_E),
    Decision.FALSE_ALARM: (Qt.Key.Key_2, Qt.Key.Key_F),
    Decision.FOLLOW_UP: (Qt.Key.Key_3, Qt.Key.Key_O),
    Decision.SUSPECTED_ABUSE: (Qt.Key.Key_4, Qt.Key.Key_M),
}
_KEY_DECISION = {key: d for d, keys in DECISION_KEYS.items() for key in keys}
SEVERITY_LABELS: dict[Severity, str] = {
    Severity.HIGH: QT_TRANSLATE_NOOP("ReviewItems", "High"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("ReviewItems", "Medium"),
    Severity.LOW: QT_TRANSLATE_NOOP("ReviewItems", "Low"),
}
TYPE_LABELS: dict[ControlType, str] = {
    ControlType.QUARTERLY: QT_TRANSLATE_NOOP("ReviewItems", "Quarterly log control"),
    ControlType.MONTHLY: QT_TRANSLATE_NOOP("ReviewItems", "Monthly system-to-system control"),
    ControlType.ADHOC: QT_TRANSLATE_NOOP("ReviewItems", "Ad hoc control"),
}
STATUS_LABELS: dict[ControlStatus, str] = {
    ControlStatus.OPEN: QT_TRANSLATE_NOOP("ReviewItems", "Open"),
    ControlStatus.IN_REVIEW: QT_TRANSLATE_NOOP("ReviewItems", "In review"),
    ControlStatus.COMPLETED: QT_TRANSLATE_NOOP("ReviewItems", "Completed"),
    ControlStatus.SIGNED: QT_TRANSLATE_NOOP("ReviewItems", "Signed"),
}

_NAVIGATION = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_J, Qt.Key.Key_K}
_FOCUS_KEYS = {Qt.Key.Key_N, Qt.Key.Key_C, Qt.Key.Key_U}
_RETURN = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_CTRL = Qt.KeyboardModifier.ControlModifier
_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def decision_text(decision: Decision | None) -> str:
    return _tr(DECISION_LABELS[decision]) if decision is not None else ""


def type_text(kind: ControlType) -> str:
    return _tr(TYPE_LABELS[kind])


def status_text(status: ControlStatus) -> str:
    return _tr(STATUS_LABELS[status])


def scope_text(scope: Scope) -> str:
    """The scope in words, a person's CPR number masked (the core's label is English only)."""
    value = scope.value or ""
    if scope.kind is ScopeKind.ALL:
        return _tr(QT_TRANSLATE_NOOP("ReviewItems", "All user IDs"))
    if scope.kind is ScopeKind.USER:
        return _tr(QT_TRANSLATE_NOOP("ReviewItems", "User ID {value}")).format(
            value=redact_cpr(value))
    if scope.kind is ScopeKind.DEPARTMENT:
        return _tr(QT_TRANSLATE_NOOP("ReviewItems", "Department {value}")).format(
            value=redact_cpr(value))
    return _tr(QT_TRANSLATE_NOOP("ReviewItems", "Person {value}")).format(value=mask_cpr(value))


def rule_title(rule: str | None) -> str:
    if rule is None:
        return _tr(QT_TRANSLATE_NOOP("ReviewItems", "Random sample"))
    spec = review_rules.RULES.get(rule)
    return i18n.text(spec.title) if spec is not None else rule


def severity_text(item: ControlItem) -> str:
    if item.severity is None:
        return _tr(QT_TRANSLATE_NOOP("ReviewItems", "Sample"))
    return _tr(SEVERITY_LABELS[item.severity])


def explanation_text(item: ControlItem) -> str:
    return redact_cpr(i18n.text(item.explanation))


def local_stamp(text: str | None) -> str:
    """An ISO UTC stamp of the core (decided at, created at) as Danish local time."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return redact_cpr(text)
    return moment.astimezone(COPENHAGEN).strftime("%d-%m-%Y %H:%M")


# -- the entries behind an item ----------------------------------------------------------------


@dataclass(frozen=True)
class EntryRow:
    """One log entry as shown: the CPR number already masked (made on the worker, so the full
    number never reaches the GUI thread)."""

    time: str
    flags: int
    user_id: str
    transaction: str
    cpr: str
    source: str
    sha256: str
    line: int


def entry_rows(entries: list[ItemEntry]) -> list[EntryRow]:
    return [EntryRow(e.local_time.strftime("%d-%m-%Y %H:%M:%S"), e.flags, e.user_id,
                     e.transaction, e.masked_cpr or "", e.source, e.sha256, e.line)
            for e in entries]


class EntriesModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("EntriesModel", "Time (Danish)"),
        QT_TRANSLATE_NOOP("EntriesModel", "User ID"),
        QT_TRANSLATE_NOOP("EntriesModel", "Transaction"),
        QT_TRANSLATE_NOOP("EntriesModel", "CPR number"),
        QT_TRANSLATE_NOOP("EntriesModel", "Log"),
        QT_TRANSLATE_NOOP("EntriesModel", "File:line"),
    )

    def display(self, row: Any, column: int) -> Any:
        entry: EntryRow = row
        time = entry.time
        if entry.flags & (AMBIGUOUS | NONEXISTENT):
            time += " *"
        source = self.tr("CPR") if entry.source == "cpr" else self.tr("system")
        return (time, entry.user_id, entry.transaction, entry.cpr, source,
                f"{entry.sha256[:12]}…:{entry.line}")[column]

    def decoration(self, index: _Index, role: int) -> Any:
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        entry: EntryRow = self.rows[index.row()]
        if index.column() == 0 and entry.flags & AMBIGUOUS:
            return self.tr("The autumn hour that happens twice: the time may also be one hour "
                           "later (winter time).")
        if index.column() == 0 and entry.flags & NONEXISTENT:
            return self.tr("A time in the spring hour that does not exist; read as summer "
                           "time.")
        if index.column() == 5:
            return self.tr("File SHA-256 {sha256}, line {line}").format(
                sha256=entry.sha256, line=entry.line)
        return None


# -- the items ---------------------------------------------------------------------------------


class ReviewItemsModel(QAbstractTableModel):
    """A control's items in review order, fetched a page at a time (keyset paging)."""

    TR_CONTEXT = "ReviewItemsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewItemsModel", "No."),
        QT_TRANSLATE_NOOP("ReviewItemsModel", "Severity"),
        QT_TRANSLATE_NOOP("ReviewItemsModel", "Rule"),
        QT_TRANSLATE_NOOP("ReviewItemsModel", "User ID"),
        QT_TRANSLATE_NOOP("ReviewItemsModel", "Entries"),
        QT_TRANSLATE_NOOP("ReviewItemsModel", "Decision"),
        QT_TRANSLATE_NOOP("ReviewItemsModel", "Case number"),
        QT_TRANSLATE_NOOP("ReviewItemsModel", "Note"),
    )

    def __init__(self, context: ViewContext, *, page_size: int = controls.PAGE) -> None:
        super().__init__()
        self.context = context
        self.page_size = page_size
        self.control_id: int | None = None
        self.undecided_only = False
        self.items: list[ControlItem] = []
        self._more = False
        #: Pages read so far (tests watch that paging happens).
        self.pages_fetched = 0

    def load(self, control_id: int | None, undecided_only: bool = False) -> None:
        self.beginResetModel()
        self.control_id, self.undecided_only = control_id, undecided_only
        self.items, self._more = [], control_id is not None
        self.endResetModel()
        if control_id is not None:
            self.fetchMore()

    def _page(self) -> list[ControlItem]:
        control_id, limit, only = self.control_id, self.page_size, self.undecided_only
        after = self.items[-1].position if self.items else None
        if control_id is None or not self.context.vault.is_open:
            return []  # Qt may ask for more while the window closes on a lock
        self.pages_fetched += 1
        return self.context.read(  # type: ignore[no-any-return]
            lambda v: controls.control_items(v.db, control_id, after=after, limit=limit,
                                             undecided_only=only))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        page = self._page()
        self._more = len(page) == self.page_size
        if page:
            first = len(self.items)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.items.extend(page)
            self.endInsertRows()

    def item(self, row: int) -> ControlItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: int) -> int | None:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                return row
        return None

    def replace(self, row: int, item: ControlItem) -> None:
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.TR_CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: _Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(item.position), severity_text(item), rule_title(item.rule),
                    item.user_id or "", str(item.entries_total), decision_text(item.decision),
                    redact_cpr(item.case_number),
                    redact_cpr(item.note.replace("\n", " ")))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return explanation_text(item)
        if item.decision is not None:
            return QBrush(_GREY_TEXT) if role == Qt.ItemDataRole.ForegroundRole else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.severity is Severity.HIGH:
                return QBrush(_RED)
            if item.severity is Severity.MEDIUM:
                return QBrush(_AMBER)
        if role == Qt.ItemDataRole.ForegroundRole and item.severity in (Severity.HIGH,
                                                                        Severity.MEDIUM):
            return QBrush(_DARK_TEXT)
        return None


def is_review_key(event: QKeyEvent) -> bool:
    """Whether the review panel acts on this key (tables pass it on rather than use it)."""
    key = Qt.Key(event.key())
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key in _RETURN:
        return modifiers in (_CTRL, _CTRL_SHIFT)
    return modifiers == Qt.KeyboardModifier.NoModifier and (
        key in _NAVIGATION or key in _KEY_DECISION or key in _FOCUS_KEYS)


class ReviewTable(QTableView):
    """A read-only table that leaves the review keys to the panel. Qt's type-ahead search is
    off (it would take the letter keys). *own_arrows*: Up/Down scroll this table itself."""

    def __init__(self, name: str, *, own_arrows: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        self.own_arrows = own_arrows
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        arrows = self.own_arrows and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if is_review_key(event) and not arrows:
            event.ignore()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        return


# -- the panel ---------------------------------------------------------------------------------


class ReviewPanel(QWidget):
    """One control's review; see the module docstring for the keys."""

    #: A decision or completion was saved: the control's counts changed.
    changed = Signal(int)
    #: The officer wants to see another control (the ad hoc one a decision opened).
    open_control = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None, *,
                 page_size: int = controls.PAGE) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewPanel")
        self.context = context
        self.may_control = context.vault.account.may(Permission.DO_CONTROLS)
        self.control: Control | None = None
        #: The decision chosen for the current item (saved only by save_and_next).
        self.chosen: Decision | None = None
        self.progress: ProgressDialog | None = None
        self.numbers = i18n.number_locale()

        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.undecided_only = QCheckBox(self.tr("Only items without a decision (U)"))
        self.undecided_only.setObjectName("undecidedOnly")
        self.undecided_only.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undecided_only.toggled.connect(lambda _on: self._reload_items())
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts, 1)
        counts_row.addWidget(self.undecided_only)

        self.model = ReviewItemsModel(context, page_size=page_size)
        self.table = ReviewTable("items")
        self.table.setModel(self.model)
        for column, width in enumerate((45, 70, 190, 90, 60, 120, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.explanation.font()
        font.setBold(True)
        self.explanation.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.entries_model = EntriesModel()
        self.entries = ReviewTable("entries", own_arrows=True)
        self.entries.setModel(self.entries_model)
        for column, width in enumerate((150, 90, 110, 110, 60)):
            self.entries.setColumnWidth(column, width)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Decision, QPushButton] = {}
        decide_row = QHBoxLayout()
        tips = {
            Decision.EXPLAINED: self.tr("A case explains it: type the case number."),
            Decision.FALSE_ALARM: self.tr("Nothing wrong: the rule fired on lawful work."),
            Decision.FOLLOW_UP: self.tr("Needs asking or checking before it can be closed."),
            Decision.SUSPECTED_ABUSE: self.tr("Say what is suspected in the note. An ad hoc "
                                              "control of the user ID is opened."),
        }
        for decision, (digit, letter) in DECISION_KEYS.items():
            keys = f"{chr(digit.value)}/{chr(letter.value)}"
            button = QPushButton(self.tr("{decision} [{keys}]").format(
                decision=decision_text(decision), keys=keys))
            button.setObjectName(decision.value)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setToolTip(self.tr("{tip} Key: {keys}.").format(tip=tips[decision],
                                                                   keys=keys))
            button.clicked.connect(lambda _c=False, d=decision: self.choose(d))
            self.group.addButton(button)
            self.buttons[decision] = button
            decide_row.addWidget(button)

        self.case_number = QLineEdit()
        self.case_number.setObjectName("caseNumber")
        self.case_number.setPlaceholderText(self.tr("Case number (C) — needed for explained"))
        self.case_number.setToolTip(self.tr("The case that explains the lookups. C goes here, "
                                            "Esc back to the items, Enter saves."))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Note (N) — needed for suspected abuse"))
        self.note.setToolTip(self.tr("What you found or what is suspected. N goes here, Esc back "
                                     "to the items, Enter saves."))
        fields = QHBoxLayout()
        fields.addWidget(self.case_number, 1)
        fields.addWidget(self.note, 3)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {_ALERT_TEXT.name()};")
        self.save_button = QPushButton(self.tr("Save and next [Ctrl+Enter]"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save the decision and go to the next item without "
                                            "one."))
        self.save_button.clicked.connect(lambda _c=False: self.save_and_next())
        self.complete_button = QPushButton(self.tr("Complete control… [Ctrl+Shift+Enter]"))
        self.complete_button.setObjectName("complete")
        self.complete_button.setToolTip(self.tr("Possible once every item has a decision. A "
                                                "completed control can no longer change."))
        self.complete_button.clicked.connect(lambda _c=False: self.complete())
        for widget in (self.save_button, self.complete_button, *self.buttons.values(),
                       self.case_number, self.note):
            widget.setVisible(self.may_control)
        actions = QHBoxLayout()
        actions.addWidget(self.problem, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.complete_button)
        self.keys_hint = QLabel(self.tr(
            "Keys: Down/J and Up/K move · 1–4 or E/F/O/M choose · C case number · N note · "
            "Ctrl+Enter saves and goes to the next undecided item · U only undecided · "
            "Esc back to the items"))
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet(f"color: {_GREY_TEXT.name()};")
        self.keys_hint.setVisible(self.may_control)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.explanation)
        lower_layout.addWidget(self.details)
        lower_layout.addWidget(self.entries, 1)
        lower_layout.addLayout(decide_row)
        lower_layout.addLayout(fields)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(self.keys_hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(counts_row)
        layout.addWidget(splitter, 1)
        self.show_control(None)

    # -- state ----------------------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        return self.may_control and self.control is not None and not self.control.read_only

    @property
    def saving(self) -> bool:
        return self.progress is not None and shiboken6.isValid(self.progress) and \
            self.progress.running

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current_item(self) -> ControlItem | None:
        return self.model.item(self.current_row())

    # -- loading --------------------------------------------------------------------------------

    def show_control(self, control_id: int | None, *, focus: bool = False) -> None:
        """Show *control_id* (None: nothing) at its first item without a decision, where a
        review left off (the first item when all are decided)."""
        self.control = (self.context.read(lambda v: controls.get_control(v.db, control_id))
                        if control_id is not None else None)
        self._show_header()
        self._reload_items(resume=True)
        if focus:
            self.table.setFocus()

    def reload_control(self) -> None:
        """Read the control's counts and status again (after a change elsewhere)."""
        if self.control is not None:
            control_id = self.control.id
            self.control = self.context.read(lambda v: controls.get_control(v.db, control_id))
        self._show_header()
        self._update_buttons()

    def _reload_items(self, *, resume: bool = False) -> None:
        """Load the items again, staying on the current one if it is still listed (*resume*:
        going to the first undecided one instead)."""
        current = self.current_item()
        keep = current.id if current is not None and not resume else None
        control_id = self.control.id if self.control is not None else None
        self.model.load(control_id, self.undecided_only.isChecked())
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and resume:
            row = self.find_undecided(0)
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.go_to(row)
        else:
            self._current_changed()

    def _show_header(self) -> None:
        control = self.control
        if control is None:
            self.header.setText(self.tr("Choose a log control in the list, or start a new one."))
            self.counts.clear()
            return
        parts = [self.tr("Log control #{id} · {type} · {start} – {end} · {scope} · {status}")
                 .format(id=control.id, type=type_text(control.type),
                         start=control.start.strftime("%d-%m-%Y"),
                         end=control.end.strftime("%d-%m-%Y"), scope=scope_text(control.scope),
                         status=status_text(control.status))]
        parts.append(self.tr("{entries} log entries in scope from {files} file(s); seed "
                             "{seed}.").format(
            entries=self.numbers.toString(control.entries_in_scope),
            files=len(control.imports), seed=control.seed))
        if control.parent_id is not None:
            parts.append(self.tr("Opened from log control #{parent}: {reason}").format(
                parent=control.parent_id, reason=redact_cpr(control.reason) or "-"))
        elif control.reason:
            parts.append(self.tr("Reason: {reason}").format(reason=redact_cpr(control.reason)))
        if control.completed_at:
            parts.append(self.tr("Completed {when} by {who}: read only.").format(
                when=local_stamp(control.completed_at), who=control.completed_by or ""))
        self.header.setText("\n".join(parts))
        decided = control.items - control.undecided
        self.counts.setText(self.tr(
            "Decided {decided} of {total} · {findings} finding(s), {sample} sample entries · "
            "{left} without a decision").format(
            decided=self.numbers.toString(decided), total=self.numbers.toString(control.items),
            findings=self.numbers.toString(control.findings),
            sample=self.numbers.toString(control.sample),
            left=self.numbers.toString(control.undecided)))

    def _current_changed(self, *_: object) -> None:
        item = self.current_item()
        self.problem.clear()
        if item is None:
            if self.control is None:
                self.explanation.clear()
            elif self.undecided_only.isChecked():
                self.explanation.setText(self.tr("Every item has a decision."))
            else:
                self.explanation.setText(self.tr("This control has no items."))
            self.details.clear()
            self.entries_model.set_rows([])
            self._set_chosen(None)
            self.case_number.clear()
            self.note.clear()
        else:
            self.explanation.setText(self.tr("{severity} · {rule}: {text}").format(
                severity=severity_text(item), rule=rule_title(item.rule),
                text=explanation_text(item)))
            item_id = item.id
            rows = self.context.read(
                lambda v: entry_rows(controls.item_entries(v.db, item_id)))
            self.entries_model.set_rows(rows)
            self.details.setText(self._details(item, len(rows)))
            self._set_chosen(item.decision)
            self.case_number.setText(item.case_number)
            self.note.setText(item.note)
        self._update_buttons()

    def _details(self, item: ControlItem, shown: int) -> str:
        lines = []
        facts = dict(item.details)
        if item.is_sample:
            lines.append(self.tr("Drawn at random: entry {position} of the {available} of "
                                 "{user} in scope (draw {draw}).").format(
                position=int(facts.pop("position", 0)) + 1,
                available=facts.pop("available", "?"), user=item.user_id or "-",
                draw=int(facts.pop("draw", 0)) + 1))
            also = facts.pop("also_in_findings", None)
            if also:
                lines.append(self.tr("This entry is also behind a finding: {rules}.").format(
                    rules=", ".join(rule_title(r) for r in also)))
        else:
            # The explanation already states the facts in words; the raw details (English
            # keys) stay in the JSON and the evidence workbook.
            spec = review_rules.RULES.get(item.rule or "")
            if spec is not None:
                lines.append(i18n.text(spec.description))
        if item.entries_total > shown:
            lines.append(self.tr("The first {shown} of {total} entries are shown.").format(
                shown=self.numbers.toString(shown),
                total=self.numbers.toString(item.entries_total)))
        if item.decision is not None:
            lines.append(self.tr("Decided: {decision}, by {who} on {when}.").format(
                decision=decision_text(item.decision), who=item.decided_by or "",
                when=local_stamp(item.decided_at)))
        if item.followup_control_id is not None:
            lines.append(self.tr("Ad hoc log control #{id} was opened for it.").format(
                id=item.followup_control_id))
        return redact_cpr("\n".join(lines))

    def _update_buttons(self) -> None:
        editable = self.editable
        has_item = self.current_item() is not None
        for button in self.buttons.values():
            button.setEnabled(editable and has_item)
        for field in (self.case_number, self.note):
            field.setReadOnly(not (editable and has_item))
        self.save_button.setEnabled(editable and has_item)
        control = self.control
        self.complete_button.setEnabled(editable and control is not None
                                        and control.undecided == 0)

    # -- moving ---------------------------------------------------------------------------------

    def go_to(self, row: int) -> None:
        while row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def move(self, step: int) -> None:
        row = self.current_row()
        target = 0 if row < 0 else row + step
        if target >= 0:
            self.go_to(target)

    def find_undecided(self, start: int) -> int | None:
        """The first row without a decision from *start* on (fetching pages as needed), else
        from the top; None if there is none."""
        if self.control is not None and self.control.undecided == 0:
            return None
        row = max(0, start)
        while True:
            while row < self.model.rowCount():
                item = self.model.item(row)
                if item is not None and item.decision is None:
                    return row
                row += 1
            if not self.model.canFetchMore():
                break
            self.model.fetchMore()
        for row in range(min(start, self.model.rowCount())):
            item = self.model.item(row)
            if item is not None and item.decision is None:
                return row
        return None

    # -- deciding -------------------------------------------------------------------------------

    def _set_chosen(self, decision: Decision | None) -> None:
        self.chosen = decision
        self.group.setExclusive(False)
        for choice, button in self.buttons.items():
            button.setChecked(choice is decision)
        self.group.setExclusive(True)

    def choose(self, decision: Decision) -> None:
        """Choose (not yet save) a decision; the field it needs takes the focus."""
        if not self.editable or self.current_item() is None:
            return
        self._set_chosen(decision)
        self.problem.clear()
        if decision is Decision.EXPLAINED:
            self._focus(self.case_number)
        elif decision is Decision.SUSPECTED_ABUSE:
            self._focus(self.note)

    def _focus(self, field: QLineEdit) -> None:
        field.setFocus()
        field.selectAll()

    def save_and_next(self) -> None:
        """Save the chosen decision for the current item, then go to the next undecided."""
        item = self.current_item()
        if item is None or not self.editable or self.saving:
            return
        decision = self.chosen
        note, case = self.note.text().strip(), self.case_number.text().strip()
        if decision is None:
            self.problem.setText(self.tr("Choose a decision first: 1 explained, 2 false alarm, "
                                         "3 follow-up needed, 4 suspected abuse."))
            return
        if decision is Decision.EXPLAINED and not case:
            self.problem.setText(self.tr("Explained needs the number of the case that explains "
                                         "it."))
            self._focus(self.case_number)
            return
        if decision is Decision.SUSPECTED_ABUSE and not note:
            self.problem.setText(self.tr("Suspected abuse needs a note saying what is "
                                         "suspected."))
            self._focus(self.note)
            return
        row = self.current_row()
        if (decision, note, case) == (item.decision, item.note, item.case_number):
            self._next_after(row)  # nothing changed: just move on
            return
        item_id = item.id
        self.problem.setText(self.tr("Saving…"))
        if self.progress is not None and shiboken6.isValid(self.progress):
            self.progress.deleteLater()
        # decide() has no cancel checks (suspected abuse runs a whole ad hoc control inside
        # its transaction): its window appears only if it takes a while, without Cancel.
        self.progress = ProgressDialog(
            self.context, self, title=self.tr("Saving the decision"),
            text=(self.tr("Saving the decision and opening an ad hoc control…")
                  if decision is Decision.SUSPECTED_ABUSE else self.tr("Saving the decision…")),
            cancellable=False)
        self.progress.ended.connect(lambda state: self._save_ended(state))
        vault = self.context.vault
        self.progress.run(
            lambda _op: controls.decide(vault, item_id, decision, note, case),
            lambda followup: self._saved(item_id, row, followup))

    def _save_ended(self, state: str) -> None:
        if state != "done":
            self.problem.clear()
            self.table.setFocus()

    def _saved(self, item_id: int, row: int, followup: int | None) -> None:
        self.problem.clear()
        control_id = self.control.id if self.control is not None else None
        if control_id is None:
            return
        item, control = self.context.read(lambda v: (controls.get_item(v.db, item_id),
                                                     controls.get_control(v.db, control_id)))
        self.control = control
        self._show_header()
        at = self.model.row_of(item_id)
        if at is not None:
            row = at
            if self.model.undecided_only and item.decision is not None:
                self.model.remove(at)
                row = at - 1  # the next undecided item now has this one's place
            else:
                self.model.replace(at, item)
        self.changed.emit(control.id)
        if followup is not None and self._offer(followup, item):
            self.open_control.emit(int(followup))
            return
        self._next_after(row)

    def _offer(self, followup: int, item: ControlItem) -> bool:
        """Tell the officer which ad hoc control the suspicion opened; True to open it."""
        who = item.user_id or self.tr("the person")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Ad hoc control opened"),
                          self.tr("Suspected abuse is recorded. Ad hoc log control #{id} was "
                                  "opened for {who}, over the same period.\n\nOpen it now? "
                                  "(You can also open it later from the list.)").format(
                              id=followup, who=redact_cpr(who)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("followupBox")
        open_button = box.addButton(self.tr("&Open #{id}").format(id=followup),
                                    QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Later — go on reviewing"),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        return chosen is open_button

    def _next_after(self, row: int) -> None:
        """Go to the next item without a decision after *row*; say so when there is none."""
        target = self.find_undecided(row + 1)
        if target is None:
            self._current_changed()
            if self.control is not None and self.control.undecided == 0:
                self.problem.setText(self.tr("Every item has a decision. Complete the control "
                                             "with Ctrl+Shift+Enter."))
                self.complete_button.setFocus()
                return
            self.table.setFocus()
            return
        if target == self.current_row():
            self._current_changed()
        self.go_to(target)
        self.table.setFocus()

    def complete(self) -> None:
        """Complete the control: the core refuses while an item has no decision (its message
        is shown); otherwise the officer confirms first, since nothing may change after."""
        control = self.control
        if control is None or not self.editable or self.saving:
            return
        if control.undecided == 0:
            answer = QMessageBox.question(
                self, self.tr("Complete the log control"),
                self.tr("Complete log control #{id}? Every item has a decision; once completed, "
                        "the decisions can no longer change.").format(id=control.id),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return
        control_id = control.id
        self.context.write(self, lambda vault: controls.complete_control(vault, control_id),
                           lambda _none: self._completed(control_id))

    def _completed(self, control_id: int) -> None:
        if self.control is None or self.control.id != control_id:
            return
        self.reload_control()
        self.model.load(control_id, self.undecided_only.isChecked())
        if self.model.rowCount():
            self.go_to(0)
        else:
            self._current_changed()
        self.table.setFocus()
        self.changed.emit(control_id)

    # -- keys -----------------------------------------------------------------------------------

    def _typing(self) -> bool:
        focus = QApplication.focusWidget()
        return isinstance(focus, QLineEdit | QAbstractSpinBox)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a review key; True if it was one (see the module docstring)."""
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        focus = QApplication.focusWidget()
        if key in _RETURN:
            if modifiers == _CTRL_SHIFT:
                self.complete()
                return True
            in_field = focus in (self.case_number, self.note)
            if modifiers == _CTRL or (modifiers == Qt.KeyboardModifier.NoModifier and in_field):
                self.save_and_next()
                return True
            return False
        if key == Qt.Key.Key_Escape and focus in (self.case_number, self.note):
            self.table.setFocus()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier or self._typing():
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_J):
            self.move(1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_K):
            self.move(-1)
        elif key in _KEY_DECISION:
            self.choose(_KEY_DECISION[key])
        elif key == Qt.Key.Key_N and self.editable:
            self._focus(self.note)
        elif key == Qt.Key.Key_C and self.editable:
            self._focus(self.case_number)
        elif key == Qt.Key.Key_U:
            self.undecided_only.toggle()
            self.table.setFocus()
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)


__all__ = [
    "DECISION_KEYS",
    "DECISION_LABELS",
    "EntriesModel",
    "EntryRow",
    "ReviewItemsModel",
    "ReviewPanel",
    "ReviewTable",
    "decision_text",
    "is_review_key",
    "rule_title",
    "scope_text",
    "status_text",
    "type_text",
]
