"""The statistics view and the insight dialog on a real vault: table, chart series, the
differences against an imported report, last month's system-to-system statistics, export with
the password asked again, cancel on the threaded worker; the insight preview without names or
user IDs, and its export.

The vault's clock is fixed at 10 April 2024, so "last month" is March 2024. Jobs run inline
(``VaultWorker(inline=True)``) except in the cancel test.
"""

from __future__ import annotations

import csv
import io
import re
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import PASSWORD
from PySide6.QtCharts import QBarCategoryAxis, QStackedBarSeries
from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QInputDialog, QWidget

from cpradmin import audit, registers
from cpradmin.log_import import import_log, import_statistics
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.ui.context import ViewContext
from cpradmin.ui.insight_dialog import InsightDialog
from cpradmin.ui.progress import State
from cpradmin.ui.statistics_view import StatisticsView
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault

PERSON, OTHER = "0101901009", "1502851000"
HEADER = ["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer"]
FULL_CPR = re.compile(r"(?<!\d)\d{6}-?\d{4}(?!\d)")
NOW = datetime(2024, 4, 10, 10, 0, tzinfo=UTC)


class FixedClock:
    def now(self) -> datetime:
        return NOW


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


ROWS = (
    [[f"U{i % 12:02d}",
      f"{1 + i * 7 % 28:02d}-0{1 + i // 12 % 3}-2024 {8 + i % 9:02d}:{i % 60:02d}:00",
      ("Opslag", "Søgning", "Ajourføring")[i // 36 % 3], (PERSON, OTHER)[i // 5 % 2]]
     for i in range(240)]
    + [["SYS1", "01-03-2024 00:30:00", "Opslag", OTHER],   # March in Danish time
       ["SYS1", "15-03-2024 03:00:00", "Opslag", PERSON],
       ["SYS1", "29-02-2024 23:30:00", "Ajourføring", OTHER]]
)
PAIRS = len({(r[0], r[2]) for r in ROWS})  # table rows: one per user ID and type


@pytest.fixture
def data(vault: Vault, tmp_path: Path) -> Vault:
    vault.clock = FixedClock()
    jens = registers.add_employee(vault, EmployeeInput("Jens Hansen",
                                                       department="Borgerservice"))
    u01 = registers.add_user_id(vault, "U01", employee_id=jens.id)
    registers.grant_authorisation(vault, u01.id, AuthorisationInput(
        date(2024, 1, 1), None, purpose="Boligstøtte"))
    registers.add_program(vault, name="Skattesystem", purpose="Automatisk ajourføring",
                          system_user_id="SYS1")
    import_log(vault, write(tmp_path / "log.csv", ROWS))
    return vault


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, qapp: Any) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def context(data: Vault, qtbot: Any) -> Iterator[ViewContext]:
    worker = VaultWorker(inline=True)
    yield ViewContext(data, worker)
    worker.shutdown()


class Modal:
    """Acts on a modal dialog from a timer (the password re-ask)."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    def when(self, kind: type[QWidget], action: Callable[[Any], None]) -> None:
        deadline = time.monotonic() + 20

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and widget.isVisible():
                try:
                    action(widget)
                except BaseException as exc:  # noqa: BLE001 - re-raised by check()
                    self.errors.append(exc)
                    if isinstance(widget, QDialog):
                        widget.reject()
            elif time.monotonic() < deadline:
                QTimer.singleShot(10, poll)
            else:
                self.errors.append(AssertionError(f"no modal {kind.__name__}"))

        QTimer.singleShot(0, poll)

    def password(self) -> None:
        def type_it(dialog: QInputDialog) -> None:
            dialog.setTextValue(PASSWORD)
            dialog.accept()

        self.when(QInputDialog, type_it)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


def table_texts(view: QAbstractItemView) -> list[list[str]]:
    model = view.model()
    return [[str(model.data(model.index(r, c))) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def bars(view: StatisticsView) -> tuple[list[str], dict[str, list[float]]]:
    series = [s for s in view.chart.series() if isinstance(s, QStackedBarSeries)]
    assert len(series) == 1
    assert len(view.chart.axes()) == 2  # a redraw leaves no old axis behind
    axis = next(a for a in view.chart.axes() if isinstance(a, QBarCategoryAxis))
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in series[0].barSets()}
    return axis.categories(), sets


def open_view(context: ViewContext, qtbot: Any) -> StatisticsView:
    view = StatisticsView(context)
    qtbot.addWidget(view)
    view.show()  # the first show counts the default period (January to March 2024)
    return view


def test_table_chart_and_selection(context: ViewContext, qtbot: Any) -> None:
    view = open_view(context, qtbot)
    assert (view.start.date(), view.end.date()) == (QDate(2024, 1, 1), QDate(2024, 3, 31))
    assert view.stats is not None and view.stats.total == len(ROWS)
    assert headers(view.table) == ["User ID", "Department / program", "Transaction",
                                   "2024-01", "2024-02", "2024-03", "Total"]
    rows = table_texts(view.table)
    assert len(rows) == view.model.rowCount() == PAIRS
    assert ["SYS1", "Program: Skattesystem", "Opslag", "0", "0", "2", "2"] in rows
    assert ["SYS1", "Program: Skattesystem", "Ajourføring", "0", "1", "0", "1"] in rows
    assert all(r[1] == "Borgerservice" for r in rows if r[0] == "U01")
    assert all(r[1] == "Not in the register" for r in rows if r[0] == "U05")
    assert "243 transactions by 13 user ID(s), 2024-01-01 to 2024-03-31" in view.summary.text()
    # no user selected: the busiest user IDs, stacked by transaction type
    categories, sets = bars(view)
    assert len(categories) == 10 and set(sets) == {"Opslag", "Søgning", "Ajourføring"}
    totals = dict(view.stats.user_totals())
    assert [sum(v[i] for v in sets.values()) for i in range(10)] == \
        [totals[u] for u in categories]
    # select a row: that user's months
    view.table.selectRow(next(i for i, r in enumerate(rows) if r[0] == "SYS1"))
    categories, sets = bars(view)
    assert categories == ["2024-01", "2024-02", "2024-03"]
    assert sets == {"Opslag": [0.0, 0.0, 2.0], "Ajourføring": [0.0, 1.0, 0.0]}
    assert "SYS1" in view.chart.title()
    # sorting by the total, numerically
    view.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    totals_shown = [int(r[6]) for r in table_texts(view.table)]
    assert totals_shown == sorted(totals_shown, reverse=True)
    assert "No imported CPR transaction statistics" in view.differences_label.text()


def test_filters_history_and_last_month(context: ViewContext, qtbot: Any) -> None:
    view = open_view(context, qtbot)
    view.user.setEditText("u01")
    assert view.history_button.isEnabled()
    view.history_button.click()
    assert view.stats is not None and view.stats.user == "U01"
    assert {r[0] for r in table_texts(view.table)} == {"U01"}
    categories, _sets = bars(view)
    assert categories == ["2024-01", "2024-02", "2024-03"]
    view.user.setEditText("nobody")
    view.history_button.click()
    assert "no rows for NOBODY" in view.summary.text()
    view.monthly_button.click()
    assert (view.start.date(), view.end.date()) == (QDate(2024, 3, 1), QDate(2024, 3, 31))
    assert view.programs_only.isChecked() and view.user.currentText() == ""
    assert table_texts(view.table) == [["SYS1", "Program: Skattesystem", "Opslag", "2", "2"]]
    assert headers(view.table)[3:] == ["2024-03", "Total"]
    view.source.setCurrentIndex(view.source.findData("system"))
    view.show_button.click()
    assert view.stats is not None and view.stats.rows == ()
    assert view.chart.title() == "No transactions"


def test_differences_against_the_imported_report(context: ViewContext, qtbot: Any,
                                                 tmp_path: Path) -> None:
    import_statistics(context.vault, write(tmp_path / "stat.csv", [
        ["SYS1", "Opslag", "5", "2024-03"], ["SYS1", "Ajourføring", "1", "2024-02"]],
        ["Bruger-ID", "Transaktion", "Antal", "Måned"]))
    view = open_view(context, qtbot)
    view.programs_only.setChecked(True)
    view.show_button.click()
    assert table_texts(view.differences_table) == [["SYS1", "Opslag", "5", "2", "-3"]]
    assert "1 user ID and transaction type pair(s) differ" in view.differences_label.text()


def test_export_asks_the_password_and_writes_the_table(context: ViewContext, qtbot: Any,
                                                       tmp_path: Path) -> None:
    view = open_view(context, qtbot)
    modal = Modal()
    modal.password()
    target = tmp_path / "statistik.xlsx"
    assert view.export_to(target)
    modal.check()
    qtbot.waitUntil(lambda: target.exists())
    sheet = openpyxl.load_workbook(target).worksheets[0]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][:4] == ["User ID", "Kind", "Department / program", "Transaction"]  # en
    assert values[-1][-1] == len(ROWS)
    assert "exported to statistik.xlsx" in view.summary.text()
    assert [e.action for e in audit.entries(context.vault.db)][-1] == "statistics-exported"
    assert not view.export_to(tmp_path / "statistik.pdf")


def test_cancel_on_the_threaded_worker(data: Vault, qtbot: Any) -> None:
    worker = VaultWorker()
    context = ViewContext(data, worker)
    try:
        view = StatisticsView(context)
        qtbot.addWidget(view)
        release = threading.Event()
        worker.submit(lambda _op: release.wait(10))  # the worker is busy meanwhile
        view.show_statistics()
        assert view.busy and not view.show_button.isEnabled()
        assert view.progress is not None
        view.progress.cancel()
        release.set()
        qtbot.waitUntil(lambda: view.progress is not None and not view.progress.running,
                        timeout=20_000)
        assert view.progress.state is State.CANCELLED
        assert view.stats is None and view.model.rowCount() == 0
        assert view.show_button.isEnabled()
        view.progress.accept()
        view.show_statistics()  # and it runs when not cancelled
        qtbot.waitUntil(lambda: view.stats is not None, timeout=20_000)
        assert view.model.rowCount() == PAIRS
    finally:
        worker.shutdown()


# -- the insight dialog ----------------------------------------------------------------------------


def shown_texts(dialog: QWidget) -> str:
    from PySide6.QtWidgets import QLabel, QLineEdit

    found = [w.text() for w in dialog.findChildren(QLabel)]
    found += [w.text() for w in dialog.findChildren(QLineEdit) if w.objectName() != "cpr"]
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        found += [str(model.data(model.index(r, c))) for r in range(model.rowCount())
                  for c in range(model.columnCount(QModelIndex()))]
    return "\n".join(found)


def test_insight_dialog_preview_and_export(context: ViewContext, qtbot: Any,
                                           tmp_path: Path) -> None:
    dialog = InsightDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.preview_button.isEnabled()
    qtbot.keyClicks(dialog.cpr, "321390-1234")
    assert "321390-XXXX" in dialog.cpr_status.text()
    assert "1234" not in dialog.cpr_status.text()
    assert not dialog.preview_button.isEnabled()
    dialog.cpr.setText("010190-1009")
    dialog.start.setDate(QDate(2024, 1, 1))
    dialog.end.setDate(QDate(2024, 3, 31))
    assert dialog.preview_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.preview_button.click()
    report = dialog.report
    assert report is not None and report.masked_cpr == "010190-XXXX"
    expected = sum(1 for r in ROWS if r[3] == PERSON)
    assert dialog.model.rowCount() == len(report.lookups) == expected
    rows = table_texts(dialog.table)
    assert ["2024-03-15", "03:00:00", "Opslag", "Automatisk ajourføring", ""] in rows
    assert any(r[3] == "Boligstøtte" for r in rows)
    assert any(r[3] == "The purpose is not registered" for r in rows)
    text = shown_texts(dialog)
    assert f"{expected} lookup(s) concerning 010190-XXXX" in text
    assert not FULL_CPR.search(text.replace("010190-XXXX", ""))
    assert not any(s in text for s in ("Jens Hansen", "U01", "SYS1", "U05"))
    viewed = [e for e in audit.entries(context.vault.db) if e.action == "insight-viewed"]
    assert len(viewed) == 1 and PERSON not in viewed[0].details

    modal = Modal()
    modal.password()
    target = tmp_path / "indsigt.xlsx"
    assert dialog.export_to(target)
    modal.check()
    qtbot.waitUntil(lambda: dialog.result is not None)
    book = openpyxl.load_workbook(target)
    cells = " ".join(str(c) for ws in book for r in ws.iter_rows(values_only=True)
                     for c in r if c is not None)
    assert "010190-XXXX" in cells and not FULL_CPR.search(cells.replace("010190-XXXX", ""))
    assert not any(s in cells for s in ("Jens Hansen", "U01", "SYS1"))
    assert book.worksheets[0].max_row == expected + 1
    assert "exported to indsigt.xlsx" in dialog.summary.text()

    dialog.end.setDate(QDate(2024, 2, 29))  # new input: the preview is gone
    assert dialog.report is None and dialog.model.rowCount() == 0
    assert not dialog.export_button.isEnabled()
    dialog.close()
    assert dialog.cpr.text() == ""
