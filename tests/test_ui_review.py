"""The log control's review workflow driven through its view on real widgets and a real vault:
start a control through the dialog, go through every item with the keyboard alone, complete it,
and check the records; cancel during the run; the person scope never on the screen in full.

A small Q1 2024 log (Danish headers, semicolons, Windows-1252) is written here and imported with
``import_log``; it plants an unknown user ID, a self-lookup, a colleague lookup and a watchlist
hit. Jobs run inline (``VaultWorker(inline=True)``); modal dialogs are driven by ``ModalDriver``
(see test_ui_shell.py). Keys go to the widget that has the focus, as a keyboard sends them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from test_ui_shell import ModalDriver

from cpradmin import controls, registers
from cpradmin.errors import ValidationError
from cpradmin.log_import import import_log
from cpradmin.models.review import (
    ControlStatus,
    ControlType,
    Decision,
    Scope,
    ScopeKind,
)
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.ui.context import ViewContext
from cpradmin.ui.progress import State
from cpradmin.ui.review_start_dialog import ReviewStartDialog, check_parameters, default_period
from cpradmin.ui.review_view import ReviewView
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault

NOW = datetime(2024, 4, 15, 10, 0, tzinfo=UTC)
Q1 = (date(2024, 1, 1), date(2024, 3, 31))
ANNA_CPR = "1203851234"
BENT_CPR = "2207791122"
WATCHED = "0505705678"
PEOPLE = [f"{d:02d}{m:02d}{y:02d}{s:04d}" for d, m, y, s in (
    (3, 4, 61, 1111), (14, 2, 72, 2223), (25, 6, 88, 3335), (9, 9, 93, 4447),
    (17, 11, 55, 5559), (30, 1, 67, 6661), (1, 8, 99, 7773), (11, 12, 48, 8885))]
USERS = ("KOMAA01", "KOMBB02", "KOMCC03", "KOMXX99")
ALL_CPRS = [ANNA_CPR, BENT_CPR, WATCHED, *PEOPLE]
#: Ten digits (six, a hyphen or not, four) standing alone: a CPR number not masked.
FULL_CPR = re.compile(r"(?<![\dA-Za-z])\d{6}-?\d{4}(?![\dA-Za-z])")
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    def now(self) -> datetime:
        return NOW


@pytest.fixture
def modal() -> ModalDriver:
    return ModalDriver()


@pytest.fixture(autouse=True)
def no_stray_message_boxes(qtbot: Any) -> Iterator[None]:
    """A message box no test step expected (an error shown) fails the test instead of
    blocking it forever: after about three seconds it is closed and reported."""
    stray: list[str] = []
    ticks: dict[int, int] = {}

    def sweep() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            ticks[id(box)] = ticks.get(id(box), 0) + 1
            if ticks[id(box)] >= 3:
                stray.append(box.text())
                box.reject()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(sweep)
    timer.start()
    yield
    timer.stop()
    assert not stray, f"unexpected message box(es): {stray}"


def write_log(path: Path) -> Path:
    """Lookups on weekdays at office hours by four user IDs, and four planted findings."""
    rows = []
    days = [date(2024, 1, d) for d in (8, 9, 10)] + [date(2024, 2, d) for d in (5, 6)] + [
        date(2024, 3, d) for d in (4, 5)]
    for n, day in enumerate(days):
        for u, user in enumerate(USERS):
            for k in range(2):
                rows.append([user, f"{day:%d-%m-%Y} {9 + u:02d}:{10 * k + n:02d}:00",
                             ("Opslag", "Søgning")[k], PEOPLE[(n + u + k) % len(PEOPLE)]])
    rows += [
        ["KOMAA01", "06-02-2024 11:00:00", "Opslag", ANNA_CPR],  # self-lookup
        ["KOMBB02", "06-02-2024 11:05:00", "Opslag", ANNA_CPR],  # colleague-lookup
        ["KOMCC03", "05-03-2024 11:00:00", "Opslag", WATCHED],  # watchlist
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer"])
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


@pytest.fixture
def context(vault: Vault, qtbot: Any, tmp_path: Path) -> Iterator[ViewContext]:
    """The officer's vault with the registers, a watchlist entry and Q1 2024's log."""
    vault.clock = FakeClock()
    for name, user, cpr, department in (("Anna Ahl", "KOMAA01", ANNA_CPR, "Borgerservice"),
                                        ("Bent Bo", "KOMBB02", BENT_CPR, "Borgerservice"),
                                        ("Carl Cox", "KOMCC03", None, "Løn og personale")):
        employee = registers.add_employee(vault, EmployeeInput(
            name=name, cpr=cpr, department=department, employed_from=date(2020, 1, 1)))
        uid = registers.add_user_id(vault, user, employee_id=employee.id)
        registers.grant_authorisation(vault, uid.id, AuthorisationInput(
            date(2023, 1, 1), None, purpose="Borgerservice"))
    registers.add_to_watchlist(vault, WATCHED, "Beskyttet adresse")
    import_log(vault, write_log(tmp_path / "logsøgning-2024-q1.csv"))
    worker = VaultWorker(inline=True)
    yield ViewContext(vault, worker)
    worker.shutdown()


def shown(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    return widget


def press(qtbot: Any, view: QWidget, key: Qt.Key, modifier: Any = NO) -> None:
    """A key as the keyboard sends it: to the focused widget (the view if focus is outside)."""
    target = QApplication.focusWidget()
    if target is None or not (target is view or view.isAncestorOf(target)):
        target = view
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows, including its tables' cells and tooltips."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.windowTitle(), widget.toolTip()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(model.columnCount(QModelIndex())):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(model.index(row, column), role)
                        if isinstance(value, str):
                            found.append(value)
    return found


def start_through_dialog(view: ReviewView, qtbot: Any, modal: ModalDriver,
                         fill: Any) -> None:
    modal.when_modal(ReviewStartDialog, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    modal.check()
    settle(qtbot, view)


def settle(qtbot: Any, view: QWidget) -> None:
    """After a modal dialog the view's window is active again and its focus back (a window
    manager does this; the offscreen platform needs asking)."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)


# -- the pieces --------------------------------------------------------------------------------


def test_default_periods_are_the_last_full_quarter_or_month() -> None:
    assert default_period(ControlType.QUARTERLY, date(2024, 4, 15)) == Q1
    assert default_period(ControlType.QUARTERLY, date(2024, 4, 1)) == Q1
    assert default_period(ControlType.QUARTERLY, date(2024, 3, 31)) == (
        date(2023, 10, 1), date(2023, 12, 31))
    assert default_period(ControlType.ADHOC, date(2024, 12, 31)) == (
        date(2024, 7, 1), date(2024, 9, 30))
    assert default_period(ControlType.MONTHLY, date(2024, 1, 5)) == (
        date(2023, 12, 1), date(2023, 12, 31))
    assert default_period(ControlType.MONTHLY, date(2024, 3, 1)) == (
        date(2024, 2, 1), date(2024, 2, 29))


def test_parameters_are_checked_by_the_cores_rules() -> None:
    check_parameters({"off-hours": {"start": "06:30"}, "self-lookup": {}})
    for bad in ({"off-hours": {"start": "25:00"}}, {"volume-spike": {"min_count": 0}},
                {"popular-person": {"window": 3}}, {"no-such-rule": {}}):
        with pytest.raises(ValidationError):
            check_parameters(bad)


# -- the whole workflow with the keyboard ------------------------------------------------------


def test_a_log_control_reviewed_with_the_keyboard_alone(
        context: ViewContext, qtbot: Any, modal: ModalDriver) -> None:
    vault = context.vault
    view = ReviewView(context, page_size=5)
    view.panel.table.setMaximumHeight(110)  # a few rows visible: the rest comes in pages
    shown(qtbot, view)
    panel = view.panel
    assert view.model.rowCount() == 0 and panel.control is None

    def fill(dialog: ReviewStartDialog) -> None:
        # Defaults: the last full quarter; monthly: the last month (following the type).
        assert dialog.current_type() is ControlType.QUARTERLY
        assert (dialog.start.date().toPython(), dialog.end.date().toPython()) == Q1
        dialog.type.setCurrentIndex(dialog.type.findData(ControlType.MONTHLY.value))
        assert dialog.start.date().toPython() == date(2024, 3, 1)
        dialog.type.setCurrentIndex(dialog.type.findData(ControlType.QUARTERLY.value))
        assert dialog.end.date().toPython() == Q1[1]
        # Every rule ticked, with its defaults; bad values are refused with a clear message.
        assert dialog.rules.topLevelItemCount() == 10
        value = dialog.parameter_item("volume-spike", "min_count")
        assert value.text(1) == "25"
        value.setText(1, "many")
        dialog.ok.click()
        assert dialog.isVisible() and dialog.control_id is None
        assert "min_count" in dialog.problem.text() and "not valid" in dialog.problem.text()
        value.setText(1, "0")
        dialog.ok.click()
        assert "min_count" in dialog.problem.text() and "at least 1" in dialog.problem.text()
        value.setText(1, "25")
        # With the keyboard: F2 on a parameter edits its value (not its name).
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        start = dialog.parameter_item("off-hours", "start")
        dialog.rules.setCurrentItem(start, 0)
        dialog.rules.setFocus()
        qtbot.keyClick(dialog.rules, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.text() == '"06:00"'
        editor.selectAll()
        qtbot.keyClicks(editor, "06:30")  # a bare text is fine where the value is a text
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits (queued) and closes the editor
        qtbot.waitUntil(lambda: start.text(1) == "06:30", timeout=2000)
        assert start.text(0) == "start" and dialog.control_id is None
        dialog.scope.setCurrentIndex(dialog.scope.findData(ScopeKind.USER.value))
        dialog.ok.click()
        assert "user ID" in dialog.problem.text()
        dialog.scope.setCurrentIndex(0)
        dialog.seed.setText("12x")
        dialog.ok.click()
        assert "seed" in dialog.problem.text() and dialog.control_id is None
        dialog.seed.setText("4242")
        dialog.ok.click()  # runs on the (inline) worker and closes the dialog
        assert dialog.control_id is not None

    start_through_dialog(view, qtbot, modal, fill)
    assert view.model.rowCount() == 1
    control = panel.control
    assert control is not None and control.seed == 4242
    assert control.rules["off-hours"]["params"]["start"] == "06:30"
    assert control.status is ControlStatus.IN_REVIEW
    assert set(control.by_rule) == {"unknown-user", "self-lookup", "watchlist",
                                    "colleague-lookup"}
    assert control.sample == 2 * len(USERS)
    total = control.items
    assert panel.model.rowCount() < total  # pages of five, as many as the table shows
    assert QApplication.focusWidget() is panel.table
    assert panel.current_row() == 0
    assert "Decided 0 of 12" in panel.counts.text()

    # Moving: J/K and Down/Up.
    press(qtbot, view, Qt.Key.Key_J)
    press(qtbot, view, Qt.Key.Key_Down)
    assert panel.current_row() == 2
    press(qtbot, view, Qt.Key.Key_K)
    press(qtbot, view, Qt.Key.Key_Up)
    assert panel.current_row() == 0
    assert panel.entries_model.rowCount() > 0
    # Completing now is refused by the core, which says why.
    refused: list[str] = []
    modal.when_modal(QMessageBox, lambda box: (refused.append(box.text()), box.accept()))
    press(qtbot, view, Qt.Key.Key_Return, CTRL | SHIFT)
    modal.check()
    settle(qtbot, view)
    assert "no decision yet" in refused[0] and "12" in refused[0]
    # Saving with no decision chosen says what to do.
    press(qtbot, view, Qt.Key.Key_Return, CTRL)
    assert "Choose a decision first" in panel.problem.text()
    # Only undecided: U toggles.
    press(qtbot, view, Qt.Key.Key_U)
    assert panel.undecided_only.isChecked()
    press(qtbot, view, Qt.Key.Key_U)
    assert not panel.undecided_only.isChecked()

    decided: dict[int, Decision] = {}
    followups: list[str] = []
    for _ in range(total + 2):
        item = panel.current_item()
        assert item is not None
        if item.decision is not None:
            break
        assert QApplication.focusWidget() is panel.table
        if item.rule == "unknown-user":
            press(qtbot, view, Qt.Key.Key_4)
            assert QApplication.focusWidget() is panel.note
            press(qtbot, view, Qt.Key.Key_Return, CTRL)  # no note yet: refused in place
            assert "needs a note" in panel.problem.text()
            type_text(qtbot, "Ukendt bruger-ID har slået 8 personer op")
            modal.when_modal(QMessageBox, lambda box: (
                followups.append(box.text()), qtbot.keyClick(box, Qt.Key.Key_Escape)))
            press(qtbot, view, Qt.Key.Key_Return, CTRL)
            modal.check()
            settle(qtbot, view)
            decided[item.id] = Decision.SUSPECTED_ABUSE
        elif item.rule == "self-lookup":
            press(qtbot, view, Qt.Key.Key_E)
            assert QApplication.focusWidget() is panel.case_number
            press(qtbot, view, Qt.Key.Key_Return)  # no case number: refused
            assert "case" in panel.problem.text()
            type_text(qtbot, "24-000123")
            press(qtbot, view, Qt.Key.Key_N)  # N types in a field: it is text there
            press(qtbot, view, Qt.Key.Key_Backspace)
            press(qtbot, view, Qt.Key.Key_Escape)  # back to the items, the draft kept
            assert QApplication.focusWidget() is panel.table
            press(qtbot, view, Qt.Key.Key_N)
            type_text(qtbot, "Egen sag om boligstøtte")
            press(qtbot, view, Qt.Key.Key_Return)  # Enter in the note saves
            decided[item.id] = Decision.EXPLAINED
        elif item.rule == "watchlist":
            press(qtbot, view, Qt.Key.Key_O)
            press(qtbot, view, Qt.Key.Key_Return, CTRL)
            decided[item.id] = Decision.FOLLOW_UP
        else:
            key = Qt.Key.Key_2 if len(decided) % 2 else Qt.Key.Key_F
            press(qtbot, view, key)
            assert QApplication.focusWidget() is panel.table
            press(qtbot, view, Qt.Key.Key_Return, CTRL)
            decided[item.id] = Decision.FALSE_ALARM
        assert panel.model.item(panel.model.row_of(item.id) or 0).decision is decided[item.id]
    assert len(decided) == total
    assert panel.model.pages_fetched >= 3  # 12 items in pages of 5, fetched as reached
    assert [i.position for i in panel.model.items] == list(range(1, total + 1))
    assert "Decided 12 of 12" in panel.counts.text()
    assert panel.complete_button.isEnabled()
    assert "Every item has a decision" in panel.problem.text()
    assert followups and "KOMXX99" in followups[0]
    assert view.model.rowCount() == 2  # the ad hoc control is in the list

    asked: list[str] = []
    modal.when_modal(QMessageBox, lambda box: (asked.append(box.text()),
                                               qtbot.keyClick(box, Qt.Key.Key_Return)))
    press(qtbot, view, Qt.Key.Key_Return, CTRL | SHIFT)
    modal.check()
    settle(qtbot, view)
    assert "Complete log control" in asked[0]

    # The records in the vault.
    record = controls.get_control(vault.db, control.id)
    assert record.status is ControlStatus.COMPLETED and record.completed_by == "PH"
    items = controls.control_items(vault.db, control.id, limit=1000)
    assert {i.id: i.decision for i in items} == decided
    assert all(i.decided_by == "PH" for i in items)
    explained = next(i for i in items if i.decision is Decision.EXPLAINED)
    assert (explained.rule, explained.case_number, explained.note) == (
        "self-lookup", "24-000123", "Egen sag om boligstøtte")
    abuse = next(i for i in items if i.decision is Decision.SUSPECTED_ABUSE)
    assert abuse.note == "Ukendt bruger-ID har slået 8 personer op"
    adhoc = controls.get_control(vault.db, abuse.followup_control_id or 0)
    assert adhoc.type is ControlType.ADHOC and adhoc.parent_id == control.id
    assert adhoc.scope == Scope(ScopeKind.USER, "KOMXX99") and (adhoc.start, adhoc.end) == Q1
    actions = [r[0] for r in vault.db.execute(
        "SELECT action FROM audit_log WHERE action LIKE 'log-control%' ORDER BY seq")]
    assert actions.count("log-control-decision") == total
    assert actions[-1] == "log-control-completed"

    # Read-only now: the keys change nothing, the buttons are off.
    assert "read only" in panel.header.text()
    assert not any(b.isEnabled() for b in panel.buttons.values())
    assert not panel.complete_button.isEnabled()
    chosen = panel.chosen
    press(qtbot, view, Qt.Key.Key_3)
    press(qtbot, view, Qt.Key.Key_Return, CTRL)
    assert panel.chosen is chosen
    assert controls.get_item(vault.db, panel.current_item().id).decision is chosen  # type: ignore[union-attr]
    status = view.model.data(view.model.index(view.model.row_of(control.id) or 0, 4))
    assert status == "Completed"


def test_suspected_abuse_offers_to_open_the_ad_hoc_control(
        context: ViewContext, qtbot: Any, modal: ModalDriver) -> None:
    first = controls.start_log_control(context.vault, type=ControlType.QUARTERLY,
                                       start=Q1[0], end=Q1[1], seed=99)
    view = shown(qtbot, ReviewView(context))
    panel = view.panel
    view.list.setFocus()
    press(qtbot, view, Qt.Key.Key_Return)  # Enter in the list goes to the items
    assert QApplication.focusWidget() is panel.table
    assert panel.control is not None and panel.control.id == first
    item = panel.current_item()
    assert item is not None and item.rule == "unknown-user"
    press(qtbot, view, Qt.Key.Key_M)
    type_text(qtbot, "Ukendt bruger-ID")

    def open_it(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if "Open" in b.text()]
        button.click()

    modal.when_modal(QMessageBox, open_it)
    press(qtbot, view, Qt.Key.Key_Return, CTRL)
    modal.check()
    settle(qtbot, view)
    shown_control = panel.control
    assert shown_control is not None and shown_control.id != first
    assert shown_control.type is ControlType.ADHOC and shown_control.parent_id == first
    assert view.selected_id() == shown_control.id
    assert "User ID KOMXX99" in panel.header.text() and "#" + str(first) in panel.header.text()
    assert QApplication.focusWidget() is panel.table
    # Back in the first control the review resumes at the first item without a decision;
    # the one above has the decision, with the ad hoc control named.
    view.refresh(select=first)
    assert panel.current_item() is not None and panel.current_item().position == 2  # type: ignore[union-attr]
    press(qtbot, view, Qt.Key.Key_K)
    assert panel.current_item().decision is Decision.SUSPECTED_ABUSE  # type: ignore[union-attr]
    assert f"#{shown_control.id}" in panel.details.text()


def test_only_undecided_items_and_paging(context: ViewContext, qtbot: Any) -> None:
    control_id = controls.start_log_control(context.vault, type=ControlType.QUARTERLY,
                                            start=Q1[0], end=Q1[1], seed=5)
    items = controls.control_items(context.vault.db, control_id, limit=100)
    for item in items[:7]:
        controls.decide(context.vault, item.id, Decision.FALSE_ALARM)
    view = shown(qtbot, ReviewView(context, page_size=2))
    panel = view.panel
    # Pages of 2 up to the first open item (#8); the table may fetch further to fill itself.
    assert panel.model.rowCount() >= 8
    press(qtbot, view, Qt.Key.Key_U)
    assert panel.undecided_only.isChecked()
    assert [i.id for i in panel.model.items] == [i.id for i in items[7:9]]
    for _ in range(10):
        press(qtbot, view, Qt.Key.Key_J)
    assert panel.model.rowCount() == len(items) - 7  # the rest, fetched page by page
    assert panel.current_item().id == items[-1].id  # type: ignore[union-attr]
    press(qtbot, view, Qt.Key.Key_F)
    press(qtbot, view, Qt.Key.Key_Return, CTRL)
    # Decided: gone from the list, the cursor on the first one still open (from the top).
    assert panel.model.rowCount() == len(items) - 8
    assert panel.current_item().id == items[7].id  # type: ignore[union-attr]
    assert "Decided 8 of" in panel.counts.text()


# -- cancel and the person scope ---------------------------------------------------------------


def _table_counts(vault: Vault) -> dict[str, int]:
    return {t: int(vault.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("controls", "control_items", "control_item_entries", "control_imports")}


def test_cancel_during_the_run_leaves_no_control(
        context: ViewContext, qtbot: Any, modal: ModalDriver) -> None:
    vault = context.vault
    view = shown(qtbot, ReviewView(context))
    audit_before = int(vault.db.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    reports: list[tuple[int, int]] = []

    def cancel_at_first_report(dialog: ReviewStartDialog) -> None:
        def report(_operation: object, done: int, total: int, _text: str) -> None:
            reports.append((done, total))
            assert dialog.progress is not None
            dialog.progress.cancel()  # as the Cancel button does

        context.worker.progressed.connect(report)
        try:
            dialog.ok.click()
        finally:
            context.worker.progressed.disconnect(report)
        progress = dialog.progress
        assert progress is not None and progress.state is State.CANCELLED
        assert "no control was stored" in progress.label.text()
        assert dialog.isVisible() and dialog.control_id is None and dialog.ok.isEnabled()
        progress.button.click()  # Close
        dialog.reject()

    start_through_dialog(view, qtbot, modal, cancel_at_first_report)
    assert reports and reports[0][0] < reports[0][1]  # cancelled part-way, not at the end
    assert _table_counts(vault) == dict.fromkeys(_table_counts(vault), 0)
    assert int(vault.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]) == audit_before
    assert view.model.rowCount() == 0 and view.panel.control is None


def test_the_person_scope_is_never_shown_in_full(
        context: ViewContext, qtbot: Any, modal: ModalDriver) -> None:
    view = shown(qtbot, ReviewView(context))
    seen: list[str] = []

    def fill(dialog: ReviewStartDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        dialog.scope.setCurrentIndex(dialog.scope.findData(ScopeKind.PERSON.value))
        dialog.cpr.setFocus()
        qtbot.keyClicks(dialog.cpr, "320170-1234")  # no such date
        dialog.ok.click()
        assert "whole CPR number" in dialog.problem.text() and dialog.control_id is None
        dialog.cpr.clear()
        qtbot.keyClicks(dialog.cpr, WATCHED[:6] + "-" + WATCHED[6:])
        qtbot.keyClick(dialog.cpr, Qt.Key.Key_Tab)  # leaving the field masks it
        assert dialog.cpr.text() == WATCHED[:6] + "-XXXX"
        dialog.seed.setText("77")
        seen.extend(texts(dialog))
        dialog.ok.click()
        assert dialog.control_id is not None

    start_through_dialog(view, qtbot, modal, fill)
    panel = view.panel
    control = panel.control
    assert control is not None and control.scope == Scope(ScopeKind.PERSON, WATCHED)
    assert control.by_rule == {"watchlist": 1} and control.sample == 1
    for row in range(panel.model.rowCount()):  # every item's explanation, details, entries
        panel.go_to(row)
        seen.extend(texts(view))
    shown_text = "\n".join(seen)
    assert WATCHED[:6] + "-XXXX" in shown_text
    for cpr in ALL_CPRS:
        assert cpr not in shown_text and f"{cpr[:6]}-{cpr[6:]}" not in shown_text
    shas = {i.sha256 for i in control.imports}
    cleaned = shown_text
    for sha in shas:
        cleaned = cleaned.replace(sha, "").replace(sha[:12], "")
    assert not FULL_CPR.findall(cleaned)
