"""Import and export dialogs on a real vault: the preview, refuse vs skip, re-import, cancel
with rollback on the threaded worker, masked exports, and no full CPR number on screen.

The files are what an officer's Excel writes: semicolons, Windows-1252, dates as
dd-mm-yyyy. File dialogs are bypassed (``set_path`` / ``export_to`` are what they call);
modal dialogs (the password re-ask, the import dialog opened from a view) are driven from
timers with ``QApplication.activeModalWidget()``. Jobs run inline (``VaultWorker(inline=True)``)
except where the threaded worker is the point: the progress window and the cancel.
"""

from __future__ import annotations

import csv
import io
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import PASSWORD
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from cpradmin import audit, registers
from cpradmin.models.accounts import Role
from cpradmin.register_import import apply_import, plan_import
from cpradmin.ui.context import ViewContext
from cpradmin.ui.employees_view import EmployeesView
from cpradmin.ui.export_dialog import ExportDialog
from cpradmin.ui.import_dialog import (
    SETTINGS_FOLDER,
    ImportDialog,
    RegisterImportDialog,
    WatchlistImportDialog,
)
from cpradmin.ui.progress import SHOW_AFTER_MS, ProgressDialog, State
from cpradmin.ui.watchlist_view import WatchlistView
from cpradmin.ui.worker import Operation, VaultWorker
from cpradmin.vault import Vault

FULL_CPR = re.compile(r"\d{6}-?\d{4}")
WAIT_MS = 60_000
HEADERS = ["Navn", "Initialer", "Afdeling", "CPR-nummer", "Bruger-ID", "Gældende fra",
           "Gældende til", "Formål", "Transaktionstyper"]
FIRST = ("Søren", "Åse", "Ægir", "Øjvind", "Bo", "Camilla", "Dennis", "Emma", "Frederik", "Ib")
LAST = ("Hansen", "Østergaard", "Ågård", "Jensen", "Nielsen", "Brøndum")
DEPARTMENTS = ("Borgerservice", "Jobcenter", "Ældreområdet")
GOOD, BAD_LINES = 30, (12, 23)  # physical lines of the two bad rows (the header is line 1)


# -- test data ---------------------------------------------------------------------------------


def cpr_of(number: int) -> str:
    """A synthetic CPR number that passes the modulus-11 check (born 1940-1999, so the
    seventh digit 0-3 fits the century). Never a real person's number on purpose."""
    birth = date(1940, 1, 1) + timedelta(days=(number * 37) % 21_900)
    stem = f"{birth:%d%m%y}"
    for serial in range(number % 300, number % 300 + 400):
        digits = f"{stem}{serial % 4000:03d}"
        if int(digits[6]) > 3:
            continue
        check = -sum(w * int(d) for w, d in zip((4, 3, 2, 7, 6, 5, 4, 3, 2), digits,
                                                 strict=True)) % 11
        if check < 10:
            return digits + str(check)
    raise AssertionError("no CPR number")


def good_row(n: int) -> list[str]:
    granted = date(2024, 1, 2) + timedelta(days=n)
    return [
        f"{FIRST[n % 10]} {LAST[(n // 10) % 6]}{'' if n < 60 else f' {n}'}",
        f"T{n:04d}", DEPARTMENTS[n % 3], f"{cpr_of(n)[:6]}-{cpr_of(n)[6:]}",
        f"KOM{n:05d}", granted.strftime("%d-%m-%Y"),
        (granted + timedelta(days=365)).strftime("%d-%m-%Y"),
        "Sagsbehandling" if n != 3 else f"Opslag på borger {cpr_of(900)}",
        "A1, B2",
    ]


def write_danish_csv(path: Path, rows: list[list[str]]) -> Path:
    """What Danish Excel saves as "CSV (semikolonsepareret)": ; and Windows-1252."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


def register_rows(count: int = GOOD, *, bad: bool = True) -> list[list[str]]:
    rows = [good_row(n) for n in range(count)]
    if bad:
        bad_date = good_row(500)
        bad_date[6] = "31-02-2025"  # no such day
        bad_cpr = good_row(501)
        bad_cpr[3] = "321390-1234"  # no 32nd day of a month
        rows.insert(BAD_LINES[0] - 2, bad_date)
        rows.insert(BAD_LINES[1] - 2, bad_cpr)
    return rows


@pytest.fixture
def danish_csv(tmp_path: Path) -> Path:
    # A file named after a person (it happens): the name must be masked on screen too.
    return write_danish_csv(tmp_path / "medarbejdere 010190-1009.csv", register_rows())


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, qapp: Any) -> Iterator[None]:
    """QSettings (the last folder) go to the test's own folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def context(vault: Vault, qtbot: Any) -> Iterator[ViewContext]:
    worker = VaultWorker(inline=True)
    yield ViewContext(vault, worker)
    worker.shutdown()


def employee_count(vault: Vault) -> int:
    return int(vault.db.execute("SELECT count(*) FROM employees").fetchone()[0])


def snapshot(vault: Vault) -> dict[str, Any]:
    db = vault.db
    return {
        table: db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in ("employees", "user_ids", "authorisations", "authorisation_events",
                      "watchlist")
    } | {"audit": audit.head(db)}


def texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows, including the data of its item views' models."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):  # its model's columnCount() is private
            for row in range(widget.count()):
                found += [widget.item(row).text(), widget.item(row).toolTip()]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(model.columnCount(QModelIndex())):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            found.append(value)
            for column in range(model.columnCount(QModelIndex())):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                found.append(header if isinstance(header, str) else "")
    return found


def issue_rows(dialog: ImportDialog) -> list[tuple[str, ...]]:
    model = dialog.issues_model
    return [tuple(str(model.data(model.index(r, c))) for c in range(model.columnCount()))
            for r in range(model.rowCount())]


class Modal:
    """Acts on modal dialogs from timers; a failure rejects the dialog and is re-raised by
    ``check()``, so a broken test never leaves ``exec()`` blocked."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    def when(self, kind: type[QWidget], action: Callable[[Any], None],
             timeout_s: float = 20.0) -> None:
        deadline = time.monotonic() + timeout_s

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and widget.isVisible():
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

    def password(self) -> None:
        def type_it(dialog: QInputDialog) -> None:
            dialog.setTextValue(PASSWORD)
            dialog.accept()

        self.when(QInputDialog, type_it)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def modal() -> Modal:
    return Modal()


def open_dialog(context: ViewContext, qtbot: Any, path: Path, *,
                on_error: str = "refuse") -> RegisterImportDialog:
    dialog = RegisterImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_path(path)
    dialog.set_on_error(on_error)  # type: ignore[arg-type]
    dialog.check_button.click()
    return dialog


# -- the preview -------------------------------------------------------------------------------


def test_preview_counts_errors_and_writes_nothing(context: ViewContext, qtbot: Any,
                                                  danish_csv: Path) -> None:
    before = snapshot(context.vault)
    dialog = open_dialog(context, qtbot, danish_csv)

    assert dialog.pages.currentIndex() == 1
    counts = {key: dialog.count(key) for key in dialog.count_labels}
    assert counts == {
        "rows": GOOD + 2, "new_employees": GOOD, "changed_employees": 0,
        "new_user_ids": GOOD, "new_authorisations": GOOD, "changed_authorisations": 0,
        "unchanged": 0, "errors": 2, "warnings": 0,
    }
    assert "Windows-1252" in dialog.file_info.text()
    assert "semicolons" in dialog.file_info.text()
    # The row errors: line numbers and field names as headed in the file.
    issues = issue_rows(dialog)
    assert [(kind, line, column) for kind, _file, line, column, _problem in issues] == [
        ("Error", str(BAD_LINES[0]), "Gældende til"), ("Error", str(BAD_LINES[1]), "CPR-nummer"),
    ]
    assert "31-02-2025 is not a date" in issues[0][4]
    assert "The CPR number is not valid" in issues[1][4]
    assert all(file == "medarbejdere 010190-XXXX.csv" for _k, file, *_ in issues)
    assert dialog.tabs.currentWidget() is dialog.issues_view  # refused: the errors first
    # One action row per new record, the CPR masked and the changes listed.
    model = dialog.actions_model
    assert model.rowCount() == 3 * GOOD
    first = [model.data(model.index(0, c)) for c in range(4)]
    assert first[:3] == ["2", "New employee", "Søren Hansen (T0000)"]
    assert f"CPR-nummer: {cpr_of(0)[:6]}-XXXX" in first[3]
    assert "Navn: Søren Hansen" in first[3]
    # Column notes: what was read, what the file lacks.
    notes = [dialog.columns_list.item(i).text() for i in range(dialog.columns_list.count())]
    assert notes[0].startswith("Columns read: Navn, Initialer, Afdeling, CPR-nummer")
    assert "E-mail" in notes[1]
    # Refused: Import is disabled, and the dialog says why.
    assert not dialog.import_button.isEnabled()
    assert "2 row(s) have errors" in dialog.status.text()
    assert "skip the rows with errors" in dialog.status.text()
    # Nothing was written: no employee, no audit entry.
    assert snapshot(context.vault) == before
    assert employee_count(context.vault) == 0


def test_no_full_cpr_number_in_any_widget_of_the_preview(context: ViewContext, qtbot: Any,
                                                         danish_csv: Path) -> None:
    dialog = open_dialog(context, qtbot, danish_csv, on_error="skip")
    shown = texts(dialog)
    assert any("XXXX" in t for t in shown)  # the masked numbers are there...
    leaks = [t for t in shown if FULL_CPR.search(t)]
    assert not leaks  # ...the full ones are not (cells, tooltips, file name, purpose text)
    for index in range(dialog.tabs.count()):  # every tab, as it would be drawn
        dialog.tabs.setCurrentIndex(index)
        assert not [t for t in texts(dialog) if FULL_CPR.search(t)]


def test_skip_imports_the_good_rows_and_a_reimport_is_all_unchanged(
        context: ViewContext, qtbot: Any, danish_csv: Path) -> None:
    vault = context.vault
    head = audit.head(vault.db)
    dialog = open_dialog(context, qtbot, danish_csv, on_error="skip")
    assert dialog.import_button.isEnabled()
    assert "2 row(s) with errors will be skipped" in dialog.status.text()
    imported: list[dict[str, int]] = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()

    assert employee_count(vault) == GOOD
    assert vault.db.execute("SELECT count(*) FROM user_ids").fetchone()[0] == GOOD
    assert vault.db.execute("SELECT count(*) FROM authorisations").fetchone()[0] == GOOD
    assert audit.head(vault.db)[0] == head[0] + 1  # one audit entry for the whole import
    assert imported and imported[0]["create-employee"] == GOOD
    assert dialog.pages.currentIndex() == 2
    result = dialog.result_text.text()
    assert "New employees: 30" in result and "Rows with errors: 2" in result
    assert "one entry in the audit trail" in result
    assert not FULL_CPR.search(result)
    stored = registers.find_employee(vault.db, initials="T0003")
    assert stored is not None and stored.cpr == cpr_of(3)  # the full number was stored
    dialog.close_button.click()
    assert not dialog.isVisible()

    again = open_dialog(context, qtbot, danish_csv, on_error="skip")
    assert again.count("unchanged") == GOOD
    assert again.count("new_employees") == again.count("new_authorisations") == 0
    assert again.count("errors") == 2
    assert again.actions_model.rowCount() == 0
    assert not again.import_button.isEnabled()
    assert "there is nothing to import" in again.status.text()


def test_preview_models_pass_qt_model_tester_and_sort(context: ViewContext, qtbot: Any,
                                                       qtmodeltester: Any,
                                                       danish_csv: Path) -> None:
    dialog = open_dialog(context, qtbot, danish_csv)
    qtmodeltester.check(dialog.actions_model, force_py=True)
    qtmodeltester.check(dialog.issues_model, force_py=True)
    dialog.actions_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    model = dialog.actions_model
    assert model.data(model.index(0, 0)) == str(GOOD + 3)  # the last line of the file
    dialog.issues_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert issue_rows(dialog)[0][2] == str(BAD_LINES[1])


def test_back_changes_the_policy_and_checks_again(context: ViewContext, qtbot: Any,
                                                  danish_csv: Path) -> None:
    dialog = open_dialog(context, qtbot, danish_csv)
    assert not dialog.import_button.isEnabled()
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == 0 and dialog.preview is None
    assert dialog.actions_model.rowCount() == 0  # the plan is not kept around
    dialog.skip_radio.setChecked(True)
    qtbot.keyClick(dialog.check_button, Qt.Key.Key_Space)
    assert dialog.pages.currentIndex() == 1 and dialog.import_button.isEnabled()
    assert QSettings().value(SETTINGS_FOLDER) == str(danish_csv.parent)


def test_a_file_that_cannot_be_read_is_explained(context: ViewContext, qtbot: Any,
                                                 tmp_path: Path, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("cpradmin.ui.progress.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    path = tmp_path / "ingen navn.csv"
    path.write_bytes("Initialer;Afdeling\r\nAB;Løn\r\n".encode("cp1252"))
    dialog = open_dialog(context, qtbot, path)
    assert dialog.pages.currentIndex() == 0  # still choosing: nothing to preview
    assert shown and "no column for the employee's name" in shown[0]
    assert dialog.check_button.isEnabled()


# -- cancel on the real worker thread ----------------------------------------------------------


def test_cancel_during_a_large_import_leaves_the_vault_as_it_was(
        vault: Vault, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_danish_csv(tmp_path / "stor.csv", register_rows(3000, bad=False))
    worker = VaultWorker()
    try:
        context = ViewContext(vault, worker)
        dialog = open_dialog(context, qtbot, path)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
        assert dialog.count("new_employees") == 3000 and dialog.import_button.isEnabled()
        before = worker.call(lambda: snapshot(vault))

        # The worker waits after its first report until the GUI has pressed Cancel, so the
        # cancel lands in the middle of the transaction however fast the machine is.
        pressed = threading.Event()
        original = Operation.progress
        reports: list[tuple[int, int]] = []

        def progress(self: Operation, done: int, total: int, text: str = "") -> None:
            original(self, done, total, text)
            if threading.current_thread() is not threading.main_thread() and done < total:
                pressed.wait(10)

        monkeypatch.setattr(Operation, "progress", progress)

        def on_progress(_operation: object, done: int, total: int, _text: str) -> None:
            reports.append((done, total))
            if len(reports) == 1:
                assert dialog.progress is not None
                dialog.progress.button.click()  # the progress window's Cancel
                pressed.set()

        worker.progressed.connect(on_progress)
        dialog.import_button.click()
        assert not dialog.import_button.isEnabled()  # busy
        qtbot.waitUntil(lambda: dialog.progress is not None
                        and dialog.progress.state is State.CANCELLED, timeout=WAIT_MS)
        worker.progressed.disconnect(on_progress)

        progress_dialog = dialog.progress
        assert reports[0][1] == 3 * 3000 and reports[0][0] < reports[0][1]
        assert progress_dialog.isVisible()
        assert progress_dialog.label.text() == "Cancelled — nothing was changed."
        assert progress_dialog.button.text() == "Close"
        after = worker.call(lambda: snapshot(vault))
        assert after["audit"] == before["audit"]
        assert len(after["employees"]) == len(before["employees"]) == 0
        assert after == before
        assert not dialog.applied
        assert "cancelled: nothing was changed" in dialog.status.text()
        progress_dialog.button.click()
        assert not progress_dialog.isVisible()

        # The same plan can still be imported: nothing of the cancelled run was remembered.
        monkeypatch.undo()
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.applied, timeout=WAIT_MS)
        assert worker.call(lambda: employee_count(vault)) == 3000
    finally:
        worker.shutdown()


def test_closing_the_dialog_during_an_import_rolls_it_back(
        vault: Vault, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the lock does: it rejects every dialog; the import in flight rolls back and
    nothing more is shown."""
    path = write_danish_csv(tmp_path / "stor.csv", register_rows(600, bad=False))
    worker = VaultWorker()
    try:
        context = ViewContext(vault, worker)
        dialog = open_dialog(context, qtbot, path)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
        before = worker.call(lambda: snapshot(vault))
        closed = threading.Event()
        original = Operation.progress

        def progress(self: Operation, done: int, total: int, text: str = "") -> None:
            original(self, done, total, text)
            if threading.current_thread() is not threading.main_thread() and done < total:
                closed.wait(10)

        monkeypatch.setattr(Operation, "progress", progress)

        def close_on_first_report(*_args: object) -> None:
            if not closed.is_set():
                dialog.reject()
                closed.set()

        worker.progressed.connect(close_on_first_report)
        dialog.import_button.click()
        progress_dialog = dialog.progress
        assert progress_dialog is not None
        qtbot.waitUntil(lambda: progress_dialog.state is State.CANCELLED, timeout=WAIT_MS)
        worker.progressed.disconnect(close_on_first_report)
        qtbot.wait(SHOW_AFTER_MS + 100)
        assert not dialog.isVisible() and not progress_dialog.isVisible()
        assert dialog.preview is None  # the plan, with its full CPR numbers, is gone
        assert worker.call(lambda: snapshot(vault)) == before
    finally:
        worker.shutdown()


def test_progress_window_shows_only_for_long_jobs(vault: Vault, qtbot: Any) -> None:
    worker = VaultWorker()
    try:
        context = ViewContext(vault, worker)
        parent = QWidget()
        qtbot.addWidget(parent)
        results: list[Any] = []

        quick = ProgressDialog(context, parent, title="Quick", items="rows")
        quick.run(lambda _op: 42, results.append)
        qtbot.waitUntil(lambda: results == [42], timeout=WAIT_MS)
        qtbot.wait(SHOW_AFTER_MS + 200)
        assert not quick.isVisible() and quick.state is State.DONE

        gate = threading.Event()

        def job(operation: Operation) -> str:
            for step in range(1, 6):
                operation.progress(step * 10_000, 50_000)
                time.sleep(0.2)
            gate.wait(10)
            return "done"

        slow = ProgressDialog(context, parent, title="Slow", items="rows")
        slow.run(job, results.append)
        qtbot.waitUntil(slow.isVisible, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: slow.bar.value() == 50_000, timeout=WAIT_MS)
        assert slow.bar.maximum() == 50_000  # determinate once the total is known
        assert slow.detail.text().startswith("50,000 of 50,000 rows — ")
        assert "rows/s" in slow.detail.text()
        gate.set()
        qtbot.waitUntil(lambda: results[-1] == "done", timeout=WAIT_MS)
        assert not slow.isVisible() and slow.state is State.DONE
    finally:
        worker.shutdown()


def test_progress_text_gives_rate_and_time_left(context: ViewContext, qtbot: Any) -> None:
    dialog = ProgressDialog(context, None, title="t", items="rows")
    qtbot.addWidget(dialog)
    dialog._first = (100.0, 0)
    assert dialog.describe(12_340, 50_000, now=101.5) == (
        "12,340 of 50,000 rows — 8,227 rows/s — about 5 s left")
    assert dialog.describe(10, 0, now=100.1) == "10 rows"
    assert dialog.time_left(150) == "about 3 min left"
    assert dialog.time_left(2 * 3600 + 600) == "about 2 h 10 min left"


def test_a_read_only_job_cancelled_late_drops_its_result(context: ViewContext,
                                                         qtbot: Any) -> None:
    dialog = ProgressDialog(context, None, title="t")
    qtbot.addWidget(dialog)
    got: list[Any] = []
    cancelled: list[bool] = []

    def job(_operation: Operation) -> str:
        dialog.cancel()  # the officer pressed Cancel while a check without checks ran
        return "plan"

    dialog.run(job, got.append, on_cancelled=lambda: cancelled.append(True), read_only=True)
    assert got == [] and cancelled == [True]
    assert dialog.state is State.CANCELLED and dialog.isVisible()


# -- the watchlist -----------------------------------------------------------------------------


def test_watchlist_import_previews_then_writes(context: ViewContext, qtbot: Any,
                                              tmp_path: Path) -> None:
    path = tmp_path / "overvågning.csv"
    rows = [f"{cpr_of(n)};Navne- og adressebeskyttelse;" for n in range(3)]
    rows.append("010190-XXXX;Offentlig person;")  # masked: the watchlist needs the number
    path.write_bytes(("CPR-nummer;Årsag;Bemærkning\r\n" + "\r\n".join(rows) + "\r\n")
                     .encode("cp1252"))
    dialog = WatchlistImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_path(path)
    dialog.check_button.click()

    assert not dialog.tabs.isTabVisible(0)  # no per-row plan from import_watchlist
    assert dialog.count("added") == 3 and dialog.count("errors") == 1
    assert [(r[2], r[3]) for r in issue_rows(dialog)] == [("5", "CPR-nummer")]
    assert not dialog.import_button.isEnabled()
    assert registers.watchlist(context.vault.db) == []
    assert not [t for t in texts(dialog) if FULL_CPR.search(t)]

    dialog.back_button.click()
    dialog.skip_radio.setChecked(True)
    dialog.check_button.click()
    dialog.import_button.click()
    assert len(registers.watchlist(context.vault.db)) == 3
    assert "New entries: 3" in dialog.result_text.text()


def test_watchlist_import_refuses_a_file_changed_after_the_preview(
        context: ViewContext, qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("cpradmin.ui.progress.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    path = tmp_path / "liste.csv"
    path.write_bytes(f"CPR-nummer;Årsag\r\n{cpr_of(1)};Offentlig person\r\n".encode("cp1252"))
    dialog = WatchlistImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    dialog.check_button.click()
    path.write_bytes(f"CPR-nummer;Årsag\r\n{cpr_of(2)};Andet\r\n".encode("cp1252"))
    dialog.import_button.click()
    assert shown and "has changed since it was checked" in shown[0]
    assert registers.watchlist(context.vault.db) == []


# -- export ------------------------------------------------------------------------------------


def _seed(vault: Vault, tmp_path: Path) -> None:
    apply_import(vault, plan_import(vault, write_danish_csv(tmp_path / "seed.csv",
                                                            register_rows(bad=False))))
    registers.add_to_watchlist(vault, cpr_of(700), "Offentlig person", f"se {cpr_of(701)}")


def test_export_to_xlsx_and_csv_masks_every_cpr_number(
        context: ViewContext, qtbot: Any, tmp_path: Path, modal: Modal) -> None:
    vault = context.vault
    _seed(vault, tmp_path)
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.registers() == list(dialog.checks)  # all by default
    assert "masked" in dialog.reminder.text() and "safely" in dialog.reminder.text()
    head = audit.head(vault.db)

    workbook_path = tmp_path / "out" / "registre.xlsx"
    workbook_path.parent.mkdir()
    modal.password()
    assert dialog.export_to(workbook_path)
    modal.check()
    assert workbook_path.exists()
    assert str(workbook_path) in dialog.status.text()
    assert audit.head(vault.db)[0] == head[0] + 1  # the export is in the audit trail
    workbook = openpyxl.load_workbook(workbook_path, read_only=True)
    cells = [str(value) for sheet in workbook.worksheets
             for row in sheet.iter_rows(values_only=True) for value in row if value is not None]
    workbook.close()
    assert len(workbook.sheetnames) == 9
    assert f"{cpr_of(0)[:6]}-XXXX" in cells  # the data is there, masked
    assert not [c for c in cells if FULL_CPR.search(c)]

    # CSV: one register only.
    csv_path = tmp_path / "out" / "medarbejdere.csv"
    assert not dialog.export_to(csv_path)
    assert "A CSV file holds one register" in dialog.status.text() and not csv_path.exists()
    dialog.select(["employees"])
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    modal.password()
    assert dialog.export_to(csv_path)
    modal.check()
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert text.startswith("Name;Initials;Department;CPR number")
    assert f"{cpr_of(3)[:6]}-XXXX" in text
    assert not FULL_CPR.search(text)
    assert not [t for t in texts(dialog) if FULL_CPR.search(t)]


def test_export_is_not_done_without_the_password(context: ViewContext, qtbot: Any,
                                                 tmp_path: Path, modal: Modal) -> None:
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    head = audit.head(context.vault.db)

    def wrong(box: QInputDialog) -> None:
        box.reject()

    modal.when(QInputDialog, wrong)
    assert not dialog.export_to(tmp_path / "x.xlsx")
    modal.check()
    assert not (tmp_path / "x.xlsx").exists()
    assert audit.head(context.vault.db) == head
    dialog.select(())
    assert not dialog.export_button.isEnabled()


# -- the buttons in the views ------------------------------------------------------------------


def test_employees_view_imports_through_its_button_and_refreshes(
        context: ViewContext, qtbot: Any, danish_csv: Path, modal: Modal) -> None:
    view = EmployeesView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.import_button.isVisible() and view.export_button.isVisible()
    assert view.model.rowCount() == 0

    def run_import(dialog: ImportDialog) -> None:
        dialog.set_path(danish_csv)
        dialog.set_on_error("skip")
        dialog.check_button.click()
        dialog.import_button.click()
        assert dialog.applied
        dialog.close_button.click()

    modal.when(ImportDialog, run_import)
    view.import_button.click()
    modal.check()
    assert view.model.rowCount() == GOOD
    assert view.count.text() == f"{GOOD} of {GOOD}"


def test_buttons_follow_the_permissions(vault: Vault, qtbot: Any) -> None:
    vault.account = replace(vault.account, role=Role.AUDITOR)
    context = ViewContext(vault, VaultWorker(inline=True))
    employees = EmployeesView(context)
    watchlist = WatchlistView(context)
    for view in (employees, watchlist):
        qtbot.addWidget(view)
        view.show()
    assert not employees.import_button.isVisible()
    assert employees.export_button.isVisible()  # reading is enough to export
    assert not watchlist.import_button.isVisible()
