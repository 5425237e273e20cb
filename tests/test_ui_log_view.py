"""The log view on a real vault with a few thousand imported rows: pages fetched as the table
scrolls (and fetched again after being dropped), the filters, the count, the order, the row
panel, the imports panel, and no full CPR number anywhere on screen.

Most tests run jobs inline (``VaultWorker(inline=True)``); the model still hands continued
fetches to the event loop, hence ``qtbot.waitUntil``. One test runs the threaded worker, as
the app does, with filters changed while pages are on their way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from test_log_queries import CPRS, import_both, log_rows, write_log

from cpradmin import log_queries
from cpradmin.log_import import import_log
from cpradmin.models.accounts import Role
from cpradmin.models.logs import Source, to_local
from cpradmin.ui.context import ViewContext
from cpradmin.ui.log_import_dialog import LogImportDialog
from cpradmin.ui.log_view import LogModel, LogView, local_text
from cpradmin.ui.table_model import RawRole
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault

FULL_CPR = re.compile(r"\d{6}-?\d{4}")
WAIT_MS = 20_000
ROWS = 2300  # 2,000 CPR log rows and 300 system log rows


@pytest.fixture
def logged(vault: Vault, tmp_path: Path) -> dict[str, int]:
    return import_both(vault, tmp_path)


@pytest.fixture
def view(vault: Vault, logged: dict[str, int], qtbot: Any) -> Iterator[LogView]:
    widget = LogView(ViewContext(vault, VaultWorker(inline=True)))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitUntil(lambda: not widget.model.loading, timeout=WAIT_MS)
    yield widget


def rows(model: LogModel) -> list[Any]:
    return [model.data(model.index(r, 0), RawRole) for r in range(model.rowCount())]


def load_all(qtbot: Any, view: LogView) -> list[Any]:
    """Scroll to the bottom until the model has every row."""
    model = view.model
    for _ in range(200):
        qtbot.waitUntil(lambda: not model._fetching, timeout=WAIT_MS)
        if model.done:
            break
        view.table.scrollToBottom()
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.done, timeout=WAIT_MS)
    return rows(model)


def apply(qtbot: Any, view: LogView, **fields: str) -> None:
    for name, value in fields.items():
        getattr(view, name).setText(value)
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.total is not None,
                    timeout=WAIT_MS)


def persons(vault: Vault, cpr: str) -> int:
    return int(vault.db.execute("SELECT count(*) FROM log_entries WHERE cpr = ?",
                                (int(cpr),)).fetchone()[0])


def shown_texts(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QLineEdit)]
    return texts


def test_the_view_opens_on_the_first_page_and_fetches_more_as_it_scrolls(
        view: LogView, qtbot: Any) -> None:
    model = view.model
    assert model.rowCount() == 200 and model.pages_fetched == 1
    assert view.count.text() == "2,300 rows"  # counted from the imports, not the rows
    first = model.data(model.index(0, 0), RawRole)
    assert model.data(model.index(0, 0)) == "26-10-2024 20:00:00"
    assert [model.data(model.index(0, c)) for c in range(1, 9)] == [
        "KOM000", "Opslag", "010190-XXXX", "PC0", "Navn og 150285-XXXX", "", "CPR log",
        "logsøgning.csv:2"]
    assert first.id == 1
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)] == [
        "Time", "User ID", "Transaction", "CPR number", "Terminal", "Search criterion",
        "System", "Source", "File:line"]
    model.cached_pages = 3  # so scrolling back must fetch dropped pages again
    view.table.scrollToBottom()  # the scroll bar at its end asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=WAIT_MS)
    everything = load_all(qtbot, view)
    assert [r.id for r in everything if r is not None][-3:] == [2298, 2299, 2300]
    assert model.rowCount() == ROWS and model.done and not model.canFetchMore(QModelIndex())
    assert model.cached_rows <= 3 * 200  # never all rows in memory
    fetched = model.pages_fetched
    view.table.scrollToTop()
    qtbot.waitUntil(lambda: model.data(model.index(0, 1)) == "KOM000", timeout=WAIT_MS)
    assert model.pages_fetched > fetched  # page 0 was dropped and fetched again
    assert model.data(model.index(0, 0), RawRole).id == 1
    assert view.count.text() == "2,300 rows"


def test_filters_user_person_transaction_period_source(view: LogView, qtbot: Any,
                                                        vault: Vault) -> None:
    apply(qtbot, view, user="kom003")
    got = load_all(qtbot, view)
    assert got and {r.user_id for r in got} == {"KOM003"}
    assert [r.ts for r in got] == sorted(r.ts for r in got)  # time order
    assert {r.source for r in got} == {Source.CPR, Source.SYSTEM}
    assert view.count.text() == f"{len(got)} rows"

    apply(qtbot, view, user="", cpr=f"{CPRS[0][:6]}-{CPRS[0][6:]}")
    assert view.cpr.text() == "010190-XXXX"  # once applied, the field shows it masked
    assert view.model.filter.cpr == CPRS[0]
    got = load_all(qtbot, view)
    assert got and {r.cpr_masked for r in got} == {"010190-XXXX"}
    assert len(got) == persons(vault, CPRS[0])

    view.cpr.setText("010190-12")  # not a whole number: a hint, the filter stays
    view.apply_filter()
    assert view.hint.isVisible() and "whole CPR number" in view.hint.text()
    assert view.model.filter.cpr == CPRS[0]
    view.clear_filters()
    qtbot.waitUntil(lambda: view.model.total == ROWS, timeout=WAIT_MS)
    assert not view.hint.isVisible()

    view.transaction.setCurrentIndex(view.transaction.findData("Værgemål"))
    qtbot.waitUntil(lambda: view.model.filter.transaction == "Værgemål", timeout=WAIT_MS)
    got = load_all(qtbot, view)
    assert got and {r.transaction for r in got} == {"Værgemål"}
    assert [r.id for r in got] == sorted(r.id for r in got)  # import order
    qtbot.waitUntil(lambda: view.model.total == len(got), timeout=WAIT_MS)

    apply(qtbot, view, start="27-10-2024", end="27.10.2024")
    got = load_all(qtbot, view)
    assert got and {r.local_time.date().isoformat() for r in got} == {"2024-10-27"}
    assert {r.transaction for r in got} == {"Værgemål"}

    apply(qtbot, view, start="28-10-2024")  # ends before it starts
    assert "ends before it starts" in view.hint.text()
    view.clear_filters()
    view.source.setCurrentIndex(view.source.findData(Source.SYSTEM.value))
    qtbot.waitUntil(lambda: view.model.total == 300, timeout=WAIT_MS)
    got = load_all(qtbot, view)
    assert {r.source for r in got} == {Source.SYSTEM} and len(got) == 300
    assert {view.model.data(view.model.index(i, 7)) for i in range(3)} == {"System log"}
    assert view.model.data(view.model.index(0, 6)) in ("ESDH", "Ydelsessystem")

    # Typing in the table goes to the user ID filter (no type-ahead over the loaded rows).
    view.clear_filters()
    qtbot.waitUntil(lambda: view.model.total == ROWS, timeout=WAIT_MS)
    fetched = view.model.pages_fetched
    qtbot.keyClicks(view.table, "kom011")
    assert view.user.text() == "kom011" and view.model.pages_fetched == fetched
    view.apply_filter()
    qtbot.waitUntil(lambda: view.model.filter.user == "kom011" and view.model.done,
                    timeout=WAIT_MS)
    assert {r.user_id for r in rows(view.model)} == {"KOM011"}

    apply(qtbot, view, user="NOBODY")
    assert view.model.rowCount() == 0 and view.count.text() == "No rows match the filter."


def test_a_sparse_filter_shows_at_least_n_until_counted(
        view: LogView, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Search and count go in short steps: meanwhile the count reads "≥ N rows"."""
    monkeypatch.setattr(log_queries, "SCAN_IDS", 60)
    monkeypatch.setattr(log_queries, "STEP_SECONDS", 0.0)
    view.model.page_size = 20
    counting_while_searching: list[bool] = []
    count_step = log_queries.count_step

    def watched(*args: Any, **kwargs: Any) -> Any:
        counting_while_searching.append(view.model.searching)
        return count_step(*args, **kwargs)

    monkeypatch.setattr(log_queries, "count_step", watched)
    texts: list[str] = []
    view.model.status_changed.connect(lambda: texts.append(view.count_text()))
    view.transaction.setCurrentIndex(view.transaction.findData("Værgemål"))
    qtbot.waitUntil(lambda: view.model.total is not None, timeout=WAIT_MS)
    assert texts[0] == "Loading…"
    assert any(t.startswith("≥ ") and "searching…" in t for t in texts)
    assert view.model.total == 46 and view.count.text() == "46 rows"
    # The count waited while the rows the view wanted were searched for.
    assert len(counting_while_searching) > 1 and not any(counting_while_searching)
    # Counted before every row was loaded (the view asked only for what fills it).
    assert not view.model.done and view.model.rowCount() < 46
    assert len(load_all(qtbot, view)) == 46


def test_local_time_text_across_the_clock_changes() -> None:
    """Only the hour is converted (Danish time is UTC plus whole hours): checked against
    zoneinfo around both changes of 2024 and at random instants."""
    spring, autumn = 1711846800, 1729990800  # 31 March and 27 October 2024, 01:00 UTC
    instants = [t + i for t in (spring, autumn) for i in range(-7300, 7300, 7)]
    instants += [946_684_800 + i * 7_919_993 for i in range(120)]
    for ts in instants:
        assert local_text(ts) == to_local(ts).strftime("%d-%m-%Y %H:%M:%S"), ts
    assert local_text(autumn - 1) == "27-10-2024 02:59:59"  # summer time, the first time
    assert local_text(autumn) == "27-10-2024 02:00:00"  # winter time: the hour again


def test_newest_first_and_the_ambiguous_autumn_hour(view: LogView, qtbot: Any) -> None:
    header = view.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.model.descending,
                    timeout=WAIT_MS)
    assert view.model.data(view.model.index(0, 0), RawRole).id == ROWS
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # no other column sorts
    assert header.sortIndicatorSection() == 0 and view.model.descending
    apply(qtbot, view, user="KOM000")
    got = load_all(qtbot, view)
    assert [r.ts for r in got] == sorted((r.ts for r in got), reverse=True)
    ambiguous = next(i for i, r in enumerate(got) if r.ambiguous)
    index = view.model.index(ambiguous, 0)
    assert view.model.data(index).endswith("(ambiguous)")
    assert "happens twice" in view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert view.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    view.table.setCurrentIndex(index)
    assert "happens twice" in view.panel.note.text()
    assert view.panel.fields["time"].text().startswith("27-10-2024 02:")


def test_only_this_person_keeps_the_number_off_the_screen(view: LogView, qtbot: Any,
                                                           vault: Vault) -> None:
    view.table.setCurrentIndex(view.model.index(6, 0))
    row = view.selected_row()
    assert row is not None and row.cpr_masked == "150285-XXXX"
    assert view.panel.fields["cpr"].text() == "150285-XXXX"
    assert view.panel.fields["criterion"].text() == "CPR-nummer"
    view.panel.person_button.click()
    qtbot.waitUntil(lambda: view.model.filter.cpr == CPRS[1], timeout=WAIT_MS)
    assert view.cpr.text() == "150285-XXXX"  # the field shows it masked
    got = load_all(qtbot, view)
    assert len(got) == persons(vault, CPRS[1])
    assert {r.cpr_masked for r in got} == {"150285-XXXX"}
    for text in shown_texts(view):
        assert not FULL_CPR.search(text), text
    for r in range(view.model.rowCount()):
        for c in range(view.model.columnCount()):
            assert not FULL_CPR.search(str(view.model.data(view.model.index(r, c))))
    # Typing in the field forgets the hidden number.
    view.cpr.setFocus()
    view.cpr.end(False)
    view.cpr.backspace()
    qtbot.keyClick(view.cpr, Qt.Key.Key_X)
    view.apply_filter()
    assert "whole CPR number" in view.hint.text()
    # Only this user.
    view.clear_filters()
    qtbot.waitUntil(lambda: view.model.total == ROWS, timeout=WAIT_MS)
    view.table.setCurrentIndex(view.model.index(4, 0))
    view.panel.user_button.click()
    qtbot.waitUntil(lambda: view.model.filter.user == "KOM004", timeout=WAIT_MS)
    assert {r.user_id for r in load_all(qtbot, view)} == {"KOM004"}


def test_the_imports_panel(view: LogView, qtbot: Any, vault: Vault, tmp_path: Path,
                           logged: dict[str, int]) -> None:
    bad = log_rows(6, offset=400_000)
    bad[1][3] = "321390-1234"
    bad[3][1] = "31-02-2024 10:00"
    bad[4][1] = "31-02-2024 10:00"
    import_log(vault, write_log(tmp_path / "fejl.csv", bad))
    view.refresh()
    model = view.imports_model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT_MS)
    cells = [[model.data(model.index(r, c)) for c in range(10)] for r in range(3)]
    assert [c[2:8] for c in cells] == [
        ["CPR log", "fejl.csv", "6", "3", "0", "3"],
        ["System log", "esdh.csv", "300", "300", "0", "0"],
        ["CPR log", "logsøgning.csv", "2,000", "2,000", "0", "0"],
    ]
    assert cells[0][1] == "PH" and len(cells[0][9]) == 12
    assert cells[2][8] == "26-10-2024 20:00 – 27-10-2024 16:32"
    tooltip = model.data(model.index(0, 7), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "time not readable: 2\nCPR number not valid: 1"
    assert len(model.data(model.index(0, 9), Qt.ItemDataRole.ToolTipRole)) == 64
    # The new rows are in the view, and the transaction list knows the import.
    assert view.model.total == ROWS + 3
    # Enter (or a double-click) on an import shows only its rows.
    view.imports.setFocus()
    view.imports.setCurrentIndex(model.index(1, 3))
    qtbot.keyClick(view.imports, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.filter.import_id == logged["system"]
                    and view.model.total == 300, timeout=WAIT_MS)
    assert view.import_choice.currentText() == f"#{logged['system']} esdh.csv"


def test_import_buttons_open_the_dialog_and_refresh_the_view(
        view: LogView, qtbot: Any, tmp_path: Path) -> None:
    path = write_log(tmp_path / "ny.csv", log_rows(10, offset=500_000))
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LogImportDialog):
            QTimer.singleShot(20, drive)
            return
        seen.append(dialog.windowTitle())
        dialog.set_path(path)
        dialog.import_button.click()
        seen.append(dialog.summary.text())
        dialog.close_button.click()

    QTimer.singleShot(0, drive)
    view.import_buttons[next(iter(view.import_buttons))].click()
    assert seen[0] == "Import a log" and "ny.csv is imported" in seen[1]
    qtbot.waitUntil(lambda: view.model.total == ROWS + 10, timeout=WAIT_MS)
    assert view.imports_model.rowCount() == 3


def test_showing_the_view_again_after_an_import_elsewhere(
        view: LogView, qtbot: Any, vault: Vault, tmp_path: Path) -> None:
    view.table.setCurrentIndex(view.model.index(150, 0))
    view.hide()
    view.show()  # nothing new: the rows and the selection stay
    assert view.model.rowCount() == 200 and view.table.currentIndex().row() == 150
    view.hide()
    import_log(vault, write_log(tmp_path / "senere.csv", log_rows(7, offset=900_000)))
    view.show()
    qtbot.waitUntil(lambda: view.model.total == ROWS + 7, timeout=WAIT_MS)
    assert view.imports_model.rowCount() == 3
    assert view.import_choice.count() == 4  # "All imports" and the three log files


def test_an_auditor_sees_the_log_but_imports_nothing(vault: Vault, logged: dict[str, int],
                                                      qtbot: Any) -> None:
    vault.account = replace(vault.account, role=Role.AUDITOR)
    widget = LogView(ViewContext(vault, VaultWorker(inline=True)))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.total == ROWS, timeout=WAIT_MS)
    assert all(b.isHidden() for b in widget.import_buttons.values())


def test_on_the_threaded_worker_late_pages_of_an_old_filter_are_dropped(
        vault: Vault, logged: dict[str, int], qtbot: Any) -> None:
    worker = VaultWorker()
    try:
        widget = LogView(ViewContext(vault, worker))
        qtbot.addWidget(widget)
        widget.show()
        for user in ("KOM001", "KOM002", "KOM003", ""):  # faster than the answers come
            widget.user.setText(user)
            widget.apply_filter()
        widget.user.setText("KOM007")
        widget.apply_filter()
        qtbot.waitUntil(lambda: widget.model.done, timeout=WAIT_MS)
        got = rows(widget.model)
        assert got and {r.user_id for r in got} == {"KOM007"}
        assert widget.count.text() == f"{len(got)} rows"
        started = datetime.now()
        widget.clear_filters()
        qtbot.waitUntil(lambda: widget.model.total == ROWS, timeout=WAIT_MS)
        assert (datetime.now() - started).total_seconds() < 5
    finally:
        worker.shutdown()

