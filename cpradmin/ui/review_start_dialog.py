"""The "New log control…" dialog: type, period, scope, rules and their parameters, sample, seed.

The dialog runs the control itself (``controls.start_log_control`` on the vault's worker, with
``ProgressDialog``: progress per rule, Cancel rolls everything back) and stays open when the run
is cancelled or refused, so the officer can change a value and try again without typing it all
anew. It closes (accepted, with :attr:`ReviewStartDialog.control_id`) once the control is stored.

Every value is checked here before anything runs, with the core's own rules where they exist:
the rule parameters go through ``review_rules``' validation (a parameter table whose values are
JSON, so a list is ``[1, 2]`` and a text may be typed bare), the sample through ``SampleSpec``,
the person through the CPR checker the core uses. A CPR number typed for the person scope is
shown masked as soon as it is complete and valid; the digits stay in memory only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpradmin import controls, registers, review_rules
from cpradmin.employee_queries import departments
from cpradmin.errors import CpradminError, ValidationError
from cpradmin.models.cpr import mask_cpr
from cpradmin.models.logs import COPENHAGEN, CprChecker
from cpradmin.models.review import ControlType, Scope, ScopeKind
from cpradmin.models.sampling import SampleSpec
from cpradmin.ui import i18n
from cpradmin.ui.common import error_text, ok_cancel_buttons
from cpradmin.ui.context import ViewContext
from cpradmin.ui.progress import ProgressDialog
from cpradmin.ui.worker import Operation
from cpradmin.vault import Vault

#: The item data role holding a rule's id (top level) or a parameter's name (child).
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: Seeds the core accepts: 0 .. 2**63 - 1.
_SEED_LIMIT = 2**63


def local_today(vault: Vault) -> date:
    """Today in Denmark by the vault's clock (a test's fixed clock gives a fixed period)."""
    return vault.clock.now().astimezone(COPENHAGEN).date()


def default_period(kind: ControlType, today: date) -> tuple[date, date]:
    """The period a new control of *kind* looks at unless the officer says otherwise.

    The monthly system-to-system control covers the last full month; the quarterly control
    (and an ad hoc one, until the officer narrows it) the last full calendar quarter, the
    period the CPR terms' "at most every three months" is counted in.
    """
    if kind is ControlType.MONTHLY:
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = quarter_start - timedelta(days=1)
    return date(end.year, end.month - 2, 1), end


@dataclass(frozen=True)
class StartRequest:
    """What the dialog asks the core to run. ``scope.value`` may hold a full CPR number: it
    lives in memory only and is never shown (its repr hides it)."""

    type: ControlType
    start: date
    end: date
    scope: Scope
    rules: dict[str, dict[str, Any]]
    sample: SampleSpec
    seed: int | None
    reason: str = ""
    labels: dict[str, str] = field(default_factory=dict, repr=False)


class ParameterTree(QTreeWidget):
    """Rules (ticked or not) with their parameters below them. Editing a parameter row, by
    typing, F2 or a double click on either column, always edits its value: the keyboard's
    current column is the name, which must not change."""

    def edit(self, index: Any, trigger: Any = None, event: Any = None) -> bool:
        if trigger is None:  # the public slot edit(index)
            trigger, event = QAbstractItemView.EditTrigger.AllEditTriggers, None
        if index.isValid() and index.parent().isValid() and index.column() == 0:
            index = index.siblingAtColumn(1)
        return bool(super().edit(index, trigger, event))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class ReviewStartDialog(QDialog):
    """Start a log control; see the module docstring."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None, *,
                 kind: ControlType = ControlType.QUARTERLY) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewStartDialog")
        self.setWindowTitle(self.tr("New log control"))
        self.context = context
        self.today = local_today(context.vault)
        #: The id of the control once it is stored (the dialog is then accepted).
        self.control_id: int | None = None
        #: The running (or last) job's progress window.
        self.progress: ProgressDialog | None = None
        #: (masked, digits) of the person typed: the field shows only the mask.
        self._person: tuple[str, str] | None = None
        #: The period follows the type until the officer changes a date.
        self._period_edited = False

        user_ids, department_names = context.read(lambda v: (
            [u.user_id for u in registers.list_user_ids(v.db)], departments(v.db)))

        self.type = QComboBox()
        self.type.setObjectName("type")
        self.type.addItem(self.tr("Quarterly log control"), ControlType.QUARTERLY.value)
        self.type.addItem(self.tr("Monthly system-to-system control"),
                          ControlType.MONTHLY.value)
        self.type.addItem(self.tr("Ad hoc control (suspected abuse)"), ControlType.ADHOC.value)
        self.type.setCurrentIndex(max(0, self.type.findData(kind.value)))
        self.type.currentIndexChanged.connect(self._type_changed)

        self.start = self._date_edit("start")
        self.end = self._date_edit("end")
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        period.addStretch(1)
        self._set_period()
        self.start.dateChanged.connect(self._date_edited)
        self.end.dateChanged.connect(self._date_edited)

        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("All user IDs"), ScopeKind.ALL.value)
        self.scope.addItem(self.tr("One user ID"), ScopeKind.USER.value)
        self.scope.addItem(self.tr("One department"), ScopeKind.DEPARTMENT.value)
        self.scope.addItem(self.tr("One person (CPR number)"), ScopeKind.PERSON.value)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.user.setPlaceholderText(self.tr("User ID, e.g. KOM01234"))
        completer = QCompleter(user_ids, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.user.setCompleter(completer)
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.addItems(department_names)
        self.cpr = QLineEdit()
        self.cpr.setObjectName("cpr")
        self.cpr.setMaxLength(13)
        self.cpr.setPlaceholderText(self.tr("DDMMYY-SSSS, in full; shown masked afterwards"))
        self.cpr.textEdited.connect(self._person_edited)
        self.cpr.editingFinished.connect(self._hide_person)
        self.scope_value = QStackedWidget()
        self.scope_value.setObjectName("scopeValue")
        for widget in (QWidget(), self.user, self.department, self.cpr):
            self.scope_value.addWidget(widget)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope)
        scope_row.addWidget(self.scope_value, 1)
        self._scope_changed()

        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why this control (for an ad hoc control)"))

        self.rules = ParameterTree()
        self.rules.setObjectName("rules")
        self.rules.setColumnCount(2)
        self.rules.setHeaderLabels([self.tr("Rule / parameter"), self.tr("Value (JSON)")])
        self.rules.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.rules.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rules.header().setStretchLastSection(True)
        self.rules.setMinimumHeight(260)
        self._fill_rules()
        self.rules.currentItemChanged.connect(self._rule_chosen)
        self.rule_text = QLabel()
        self.rule_text.setObjectName("ruleText")
        self.rule_text.setWordWrap(True)
        self.rule_text.setTextFormat(Qt.TextFormat.PlainText)

        spec = SampleSpec()
        self.per_user = QSpinBox()
        self.per_user.setObjectName("perUser")
        self.per_user.setRange(0, 100_000)
        self.per_user.setValue(spec.per_user or 0)
        self.share = QDoubleSpinBox()
        self.share.setObjectName("share")
        self.share.setRange(0, 100)
        self.share.setDecimals(1)
        self.share.setSuffix(" %")
        self.share.setSpecialValueText(self.tr("none"))
        self.share.setValue((spec.share or 0) * 100)
        self.max_total = QSpinBox()
        self.max_total.setObjectName("maxTotal")
        self.max_total.setRange(0, 1_000_000)
        self.max_total.setSpecialValueText(self.tr("no maximum"))
        self.max_total.setValue(spec.max_total or 0)
        sample_row = QHBoxLayout()
        for text, widget in ((self.tr("per user ID:"), self.per_user),
                             (self.tr("or share:"), self.share),
                             (self.tr("at most:"), self.max_total)):
            label = QLabel(text)
            label.setBuddy(widget)
            sample_row.addWidget(label)
            sample_row.addWidget(widget)
        sample_row.addStretch(1)

        self.seed = QLineEdit()
        self.seed.setObjectName("seed")
        self.seed.setPlaceholderText(self.tr("blank: drawn at random and recorded"))

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&Period:"), period)
        form.addRow(self.tr("&Scope:"), scope_row)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("Random sa&mple:"), sample_row)
        form.addRow(self.tr("S&eed:"), self.seed)
        # A row whose field is a layout gets no buddy from QFormLayout: give it its first field.
        for row, first in ((1, self.start), (2, self.scope), (4, self.per_user)):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(first)
        rules_label = QLabel(self.tr("R&ules (untick to leave one out; edit a value with F2 "
                                     "or by typing):"))
        rules_label.setBuddy(self.rules)
        buttons, self.ok = ok_cancel_buttons(self)
        self.ok.setText(self.tr("&Run the control"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rules_label)
        layout.addWidget(self.rules, 1)
        layout.addWidget(self.rule_text)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(720, 680)

    # -- building -------------------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        return edit

    def _fill_rules(self) -> None:
        defaults = review_rules.default_parameters()
        for rule_id, spec in review_rules.RULES.items():
            top = QTreeWidgetItem([i18n.text(spec.title), ""])
            top.setData(0, _KEY_ROLE, rule_id)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Checked)
            top.setToolTip(0, i18n.text(spec.description))
            top.setText(1, rule_id)
            top.setForeground(1, self.palette().placeholderText())
            for name, value in defaults[rule_id].items():
                child = QTreeWidgetItem([name, _json_text(value)])
                child.setData(0, _KEY_ROLE, name)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
                child.setToolTip(1, self.tr("Default: {value}").format(value=_json_text(value)))
                top.addChild(child)
            self.rules.addTopLevelItem(top)
        self.rules.expandAll()

    def rule_item(self, rule_id: str) -> QTreeWidgetItem:
        for i in range(self.rules.topLevelItemCount()):
            item = self.rules.topLevelItem(i)
            if item.data(0, _KEY_ROLE) == rule_id:
                return item
        raise KeyError(rule_id)

    def parameter_item(self, rule_id: str, name: str) -> QTreeWidgetItem:
        top = self.rule_item(rule_id)
        for i in range(top.childCount()):
            if top.child(i).data(0, _KEY_ROLE) == name:
                return top.child(i)
        raise KeyError(name)

    # -- reacting -------------------------------------------------------------------------------

    def current_type(self) -> ControlType:
        return ControlType(self.type.currentData())

    def _set_period(self) -> None:
        start, end = default_period(self.current_type(), self.today)
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _type_changed(self, *_: object) -> None:
        if not self._period_edited:
            self._set_period()

    def _date_edited(self, *_: object) -> None:
        self._period_edited = True

    def _scope_changed(self, *_: object) -> None:
        self.scope_value.setCurrentIndex(self.scope.currentIndex())
        self.scope_value.setVisible(self.scope.currentIndex() > 0)

    def _person_edited(self, _text: str) -> None:
        self._person = None

    def _hide_person(self) -> None:
        """A complete, valid number is replaced by its mask at once (the digits stay here)."""
        if self._person is not None:
            return
        digits = CprChecker().digits(self.cpr.text().strip())
        if digits is not None:
            self._person = (mask_cpr(digits), digits)
            self.cpr.setText(self._person[0])  # also clears the field's undo history

    def _rule_chosen(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            self.rule_text.clear()
            return
        top = current.parent() or current
        spec = review_rules.RULES[top.data(0, _KEY_ROLE)]
        self.rule_text.setText(i18n.text(spec.description))

    # -- the values -----------------------------------------------------------------------------

    def _refuse(self, text: str, focus: QWidget | None = None) -> None:
        self.problem.setText(text)
        if focus is not None:
            focus.setFocus()

    def _scope(self) -> tuple[Scope, str] | None:
        """The scope and its label (masked), or None with the problem shown."""
        kind = ScopeKind(self.scope.currentData())
        if kind is ScopeKind.ALL:
            return Scope(), self.tr("all user IDs")
        if kind is ScopeKind.USER:
            value = self.user.text().strip().upper()
            if not value:
                self._refuse(self.tr("Type the user ID the control is about."), self.user)
                return None
            return Scope(kind, value), value
        if kind is ScopeKind.DEPARTMENT:
            value = self.department.currentText().strip()
            if not value:
                self._refuse(self.tr("There are no departments in the register of employees "
                                     "to choose from."), self.scope)
                return None
            return Scope(kind, value), value
        self._hide_person()
        if self._person is None:
            self._refuse(self.tr("Type the person's whole CPR number (DDMMYY-SSSS)."), self.cpr)
            return None
        return Scope(kind, self._person[1]), self._person[0]

    def _rules(self) -> dict[str, dict[str, Any]] | None:
        """The ticked rules with their parameters, checked by the core's own rules."""
        defaults = review_rules.default_parameters()
        chosen: dict[str, dict[str, Any]] = {}
        for i in range(self.rules.topLevelItemCount()):
            top = self.rules.topLevelItem(i)
            if top.checkState(0) != Qt.CheckState.Checked:
                continue
            rule_id = str(top.data(0, _KEY_ROLE))
            params: dict[str, Any] = {}
            for j in range(top.childCount()):
                child = top.child(j)
                name = str(child.data(0, _KEY_ROLE))
                text = child.text(1).strip()
                try:
                    params[name] = json.loads(text)
                except ValueError:
                    if isinstance(defaults[rule_id].get(name), str) and text:
                        params[name] = text  # a text may be typed without quotes
                    else:
                        self.rules.setCurrentItem(child, 1)
                        self._refuse(self.tr(
                            "The value of {param} in the rule “{rule}” is not valid: {value}. "
                            "Write a number as 5 or 2.5, true or false, a text in quotes "
                            "(\"07:00\") and a list in brackets ([1, 2, 3]).").format(
                            param=name, rule=top.text(0), value=text or self.tr("(empty)")),
                            self.rules)
                        return None
            chosen[rule_id] = params
        try:
            check_parameters(chosen)
        except ValidationError as exc:
            self._refuse(error_text(exc), self.rules)
            return None
        return chosen

    def _sample(self) -> SampleSpec | None:
        share = self.share.value() / 100
        try:
            return SampleSpec(per_user=self.per_user.value(), share=share or None,
                              max_total=self.max_total.value() or None)
        except CpradminError as exc:
            self._refuse(error_text(exc), self.per_user)
            return None

    def _seed(self) -> tuple[bool, int | None]:
        text = self.seed.text().strip().replace(" ", "")
        if not text:
            return True, None
        if text.isascii() and text.isdigit() and int(text) < _SEED_LIMIT:
            return True, int(text)
        self._refuse(self.tr("The seed must be a whole number from 0 to 9223372036854775807, "
                             "or blank to draw one at random."), self.seed)
        return False, None

    def request(self) -> StartRequest | None:
        """The control to run, or None with the first problem shown (and focused)."""
        self.problem.clear()
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            self._refuse(self.tr("The period ends before it starts."), self.end)
            return None
        scope = self._scope()
        if scope is None:
            return None
        rules = self._rules()
        if rules is None:
            return None
        sample = self._sample()
        if sample is None:
            return None
        if not rules and sample.empty:
            self._refuse(self.tr("Choose at least one rule or a random sample: otherwise "
                                 "there is nothing to review."), self.rules)
            return None
        ok, seed = self._seed()
        if not ok:
            return None
        return StartRequest(self.current_type(), start, end, scope[0], rules, sample, seed,
                            self.reason.text().strip(),
                            {"scope": scope[1], "type": self.type.currentText()})

    # -- running --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.progress is not None and self.progress.running

    def accept(self) -> None:
        """OK runs the control; the dialog closes once it is stored."""
        if self.running:
            return
        request = self.request()
        if request is None:
            return
        self.run(request)

    def run(self, request: StartRequest) -> None:
        vault = self.context.vault
        titles = [i18n.text(review_rules.RULES[r].title) for r in request.rules]
        steps = [self.tr("Checking: {rule}…").format(rule=t) for t in titles]
        steps += [self.tr("Drawing the random sample…"), self.tr("Storing the control…")]

        def job(operation: Operation) -> int:
            def progress(done: int, total: int) -> None:
                operation.progress(done, total, steps[min(done, len(steps) - 1)])

            return controls.start_log_control(
                vault, type=request.type, start=request.start, end=request.end,
                scope=request.scope, rules=request.rules, sample=request.sample,
                seed=request.seed, reason=request.reason, progress=progress,
                check_cancel=operation.check)

        if self.progress is not None and shiboken6.isValid(self.progress):
            self.progress.deleteLater()
        self.progress = ProgressDialog(
            self.context, self, title=self.windowTitle(),
            text=self.tr("Running the log control for {start} to {end}, {scope}…").format(
                start=request.start.strftime("%d-%m-%Y"), end=request.end.strftime("%d-%m-%Y"),
                scope=request.labels.get("scope", "")),
            items=self.tr("steps"),
            cancelled_text=self.tr("Cancelled — no control was stored. Change what you want "
                                   "and run it again, or close this window."))
        self.ok.setEnabled(False)
        self.progress.ended.connect(lambda _state: self.ok.setEnabled(True))
        self.progress.run(job, self._stored)

    def _stored(self, control_id: int) -> None:
        self.control_id = int(control_id)
        self._person = None
        super().accept()

    def done(self, result: int) -> None:
        """Closing cancels a run in progress (it rolls back) and forgets the person typed."""
        progress = self.progress
        if progress is not None and shiboken6.isValid(progress):
            if progress.running:
                progress.dismiss()
            else:
                progress.hide()
        self._person = None
        self.cpr.clear()
        super().done(result)


def check_parameters(rules: dict[str, dict[str, Any]]) -> None:
    """Refuse (``ValidationError``) an unknown rule or parameter or a bad value, with the
    message the core would give when the control runs.

    ``review_rules`` checks parameters as the first step of ``run_rules`` but has no public
    function for it yet; ask for one rather than copy its rules here.
    """
    review_rules._parameters(rules)


__all__ = ["ParameterTree", "ReviewStartDialog", "StartRequest", "check_parameters",
           "default_period", "local_today"]
