"""The log import dialog on a real vault and real files: a log with bad rows and the table of
rejected rows (copyable), the same file twice, unknown headers through the column-mapping
dialog into a saved profile, cancel from the progress window on the threaded worker (nothing
left behind), transaction statistics with their differences, and a case file.

File dialogs are bypassed (``set_path`` is what "Choose file…" calls). Jobs run inline except
where the threaded worker is the point.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from test_log_queries import CPRS, HEADER, log_rows, write_log

from cpradmin import audit
from cpradmin.errors import ValidationError
from cpradmin.log_import import get_profile, import_log, list_imports
from cpradmin.models.logs import DateFormat, LogProfile, Source
from cpradmin.ui.column_mapping import ColumnMappingDialog, read_preview
from cpradmin.ui.context import ViewContext
from cpradmin.ui.log_import_dialog import ImportKind, LogImportDialog, is_column_problem
from cpradmin.ui.progress import State
from cpradmin.ui.worker import Operation, VaultWorker
from cpradmin.vault import Vault

FULL_CPR = re.compile(r"\d{6}-?\d{4}")
WAIT_MS = 30_000
#: Headers no alias knows: only a column profile can name them.
ODD_HEADER = ["Medarbejder", "Hvornår", "Handling", "Person", "Maskine"]


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, qapp: Any) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def context(vault: Vault) -> ViewContext:
    return ViewContext(vault, VaultWorker(inline=True))


def open_dialog(context: ViewContext, qtbot: Any, kind: ImportKind = ImportKind.LOG,
                path: Path | None = None) -> LogImportDialog:
    dialog = LogImportDialog(context, kind=kind)
    qtbot.addWidget(dialog)
    dialog.show()
    if path is not None:
        dialog.set_path(path)
    return dialog


def bad_log(path: Path) -> Path:
    """200 rows, four of them bad (lines 4, 11, 51 and 101 of the file)."""
    rows = log_rows(200)
    rows[2][3] = "321390-1234"  # no 32nd day
    rows[9][1] = "31-02-2024 10:00:00"  # no 31 February
    rows[49][0] = ""  # no user ID
    rows[99][2] = ""  # no transaction
    return write_log(path, rows)


def snapshot(vault: Vault) -> dict[str, Any]:
    return {table: vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("log_entries", "log_imports", "log_users", "log_texts",
                          "audit_log", "log_profiles")}


def screen_texts(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QLineEdit)]
    return texts


def test_a_log_with_bad_rows_shows_every_rejected_row(context: ViewContext, qtbot: Any,
                                                       tmp_path: Path, vault: Vault) -> None:
    dialog = open_dialog(context, qtbot, path=bad_log(tmp_path / f"log {CPRS[0]}.csv"))
    assert dialog.file.text() == "log 010190-XXXX.csv"  # a CPR number in a name is masked
    imported: list[Any] = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    assert dialog.pages.currentIndex() == 1 and len(imported) == 1
    assert [dialog.count(k) for k in ("rows_read", "accepted", "rejected", "duplicates",
                                      "added")] == [200, 196, 4, 0, 196]
    summary = dialog.summary.text()
    assert "log 010190-XXXX.csv is imported" in summary
    assert "Period: 26-10-2024 20:00:00 – 26-10-2024 22:02:43 (Danish time)." in summary
    assert "cp1252, dd-mm-yyyy" in summary
    model = dialog.rejected_model
    table = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    assert [row[1:3] for row in table] == [["4", "CPR-nummer"], ["11", "Tidspunkt"],
                                           ["51", "Bruger-ID"], ["101", "Transaktion"]]
    assert {row[0] for row in table} == {"log 010190-XXXX.csv"}
    assert table[0][3] == "321390-XXXX is not a valid CPR number."
    assert "31-02-2024 10:00:00" in table[1][3]
    assert dialog.tabs.tabText(0) == "&Rejected rows (4)"
    for text in [cell for row in table for cell in row] + screen_texts(dialog):
        assert not FULL_CPR.search(text), text
    # Copy: all rows, or the selected ones with Ctrl+C, as tab-separated lines.
    copied = dialog.copy_rejected()
    assert QGuiApplication.clipboard().text() == copied
    lines = copied.splitlines()
    assert lines[0] == "File\tLine\tColumn\tReason" and len(lines) == 5
    assert lines[1].startswith("log 010190-XXXX.csv\t4\tCPR-nummer\t321390-XXXX is not")
    dialog.rejected.selectRow(2)
    qtbot.keyClick(dialog.rejected, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().splitlines()[1:] == [lines[3]]
    # Back: a new file can be chosen.
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == 0 and dialog.path is None
    assert not dialog.import_button.isEnabled()
    assert vault.db.execute("SELECT count(*) FROM log_entries").fetchone()[0] == 196


def test_the_same_file_twice_is_refused_clearly(context: ViewContext, qtbot: Any,
                                                tmp_path: Path, vault: Vault) -> None:
    path = write_log(tmp_path / "kvartal.csv", log_rows(50))
    import_log(vault, path)
    before = snapshot(vault)
    dialog = open_dialog(context, qtbot, path=path)
    dialog.import_button.click()
    assert dialog.pages.currentIndex() == 0 and dialog.mapping is None
    assert dialog.status.text().startswith("kvartal.csv was imported already: import #1")
    assert "Nothing was added." in dialog.status.text()
    assert "b00020" in dialog.status.styleSheet()
    assert snapshot(vault) == before
    assert dialog.import_button.isEnabled()  # may be tried again (and refused again)


def test_unknown_headers_open_the_mapping_dialog_and_the_profile_is_saved(
        context: ViewContext, qtbot: Any, tmp_path: Path, vault: Vault) -> None:
    rows = [[r[0], r[1].replace("-", "."), r[2], r[3], r[4]] for r in log_rows(30)]
    path = write_log(tmp_path / "fagsystem.csv", rows, ODD_HEADER)
    dialog = open_dialog(context, qtbot, path=path)
    dialog.source_system.setChecked(True)
    dialog.import_button.click()
    mapping = dialog.mapping
    assert isinstance(mapping, ColumnMappingDialog) and mapping.isVisible()
    assert "has no column for: user, transaction, timestamp, system" in dialog.status.text()
    assert "has no column for" in mapping.findChild(QLabel, "intro").text()
    # The preview: the file's own headers and first rows, CPR numbers masked.
    preview = mapping.table.model()
    assert [preview.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == ODD_HEADER
    assert preview.rowCount() == 20
    assert preview.data(preview.index(0, 3)) == "010190-XXXX"
    for r in range(preview.rowCount()):
        for c in range(preview.columnCount()):
            assert not FULL_CPR.search(preview.data(preview.index(r, c)) or "")
    assert not mapping.ok_button.isEnabled()
    assert "Choose the column with the user ID." in mapping.problems.text()
    assert "A system log needs the column with the system." in mapping.problems.text()

    def choose(field: str, header: str | None) -> None:
        combo = mapping.combos[field]
        combo.setCurrentIndex(combo.findText(header) if header else 0)

    for field, header in (("user", "Medarbejder"), ("timestamp", "Hvornår"),
                          ("transaction", "Handling"), ("cpr", "Person"),
                          ("system", "Maskine")):
        choose(field, header)
    mapping.date_format.setCurrentIndex(mapping.date_format.findData("dd.mm.yyyy"))
    choose("terminal", "Maskine")
    assert "A column is chosen for two fields." in mapping.problems.text()
    choose("terminal", None)
    assert "Give the profile a name." in mapping.problems.text()
    mapping.name.setText("Fagsystem X")
    assert mapping.ok_button.isEnabled() and not mapping.problems.text()
    mapping.ok_button.click()

    # Saved, chosen, and the import ran again with it.
    assert get_profile(vault.db, "Fagsystem X") == LogProfile(
        "Fagsystem X", {"user": "Medarbejder", "timestamp": "Hvornår", "transaction": "Handling",
                        "cpr": "Person", "system": "Maskine"}, DateFormat.DMY_DOT, Source.SYSTEM)
    assert dialog.pages.currentIndex() == 1 and dialog.mapping is None
    assert dialog.count("added") == 30 and dialog.result is not None
    assert dialog.result.profile == "Fagsystem X" and dialog.result.source == "system"
    assert "profile Fagsystem X" in dialog.summary.text()

    # The next export of the same kind imports with the profile chosen in the list; the
    # profile says it is a system log.
    dialog.back_button.click()
    assert dialog.profile.currentData() == "Fagsystem X"
    dialog.profile.setCurrentIndex(0)
    dialog.source_cpr.setChecked(True)
    dialog.profile.setCurrentIndex(dialog.profile.findData("Fagsystem X"))
    assert dialog.source() is Source.SYSTEM
    later = [[r[0], r[1].replace("-", "."), r[2], r[3], r[4]]
             for r in log_rows(10, offset=200_000)]
    dialog.set_path(write_log(tmp_path / "fagsystem2.csv", later, ODD_HEADER))
    dialog.import_button.click()
    assert dialog.count("added") == 10 and dialog.mapping is None
    # Opening the mapping again starts from the chosen profile.
    dialog.back_button.click()
    dialog.set_path(path)
    dialog.map_button.click()
    assert dialog.mapping is not None
    assert dialog.mapping.name.text() == "Fagsystem X"
    assert dialog.mapping.combos["user"].currentText() == "Medarbejder"
    assert "saving replaces it" in dialog.mapping.problems.text()
    dialog.mapping.reject()


def test_the_mapping_guesses_known_headers_and_separate_date_and_time(
        context: ViewContext, qtbot: Any, tmp_path: Path, vault: Vault) -> None:
    rows = [[r[0], r[1][:10], r[1][11:], r[2], r[3]] for r in log_rows(12)]
    path = write_log(tmp_path / "todelt.csv", rows,
                     ["Bruger", "Dag", "Klokken", "Transaktion", "Personnr"])
    preview = read_preview(path)
    assert preview.headers == ["Bruger", "Dag", "Klokken", "Transaktion", "Personnr"]
    dialog = open_dialog(context, qtbot, path=path)
    dialog.import_button.click()
    mapping = dialog.mapping
    assert mapping is not None
    assert mapping.combos["user"].currentText() == "Bruger"  # an alias
    assert mapping.combos["transaction"].currentText() == "Transaktion"
    assert mapping.combos["cpr"].currentIndex() == 0  # "Personnr" is no alias
    mapping.combos["date"].setCurrentIndex(mapping.combos["date"].findText("Dag"))
    assert "date and time" in mapping.problems.text()
    mapping.combos["time"].setCurrentIndex(mapping.combos["time"].findText("Klokken"))
    mapping.combos["cpr"].setCurrentIndex(mapping.combos["cpr"].findText("Personnr"))
    mapping.name.setText("Todelt")
    mapping.ok_button.click()
    assert dialog.count("added") == 12
    saved = get_profile(vault.db, "Todelt")
    assert saved is not None and saved.columns["date"] == "Dag"


def test_cancel_from_the_progress_window_leaves_nothing(
        vault: Vault, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_log(tmp_path / "stor.csv", log_rows(3000))
    worker = VaultWorker()
    try:
        context = ViewContext(vault, worker)
        dialog = open_dialog(context, qtbot, path=path)
        before = worker.call(lambda: snapshot(vault))
        # The worker waits after its first report until Cancel is pressed, so the cancel
        # lands inside the transaction however fast the machine is.
        pressed = threading.Event()
        original = Operation.progress
        reports: list[tuple[int, int, str]] = []

        def progress(self: Operation, done: int, total: int, text: str = "") -> None:
            original(self, done, total, text)
            if threading.current_thread() is not threading.main_thread():
                pressed.wait(10)

        monkeypatch.setattr(Operation, "progress", progress)

        def on_progress(_operation: object, done: int, total: int, text: str) -> None:
            reports.append((done, total, text))
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
        assert reports[0] == (3000, 0, "")  # one chunk: rows, and no total to expect
        assert dialog.progress.label.text() == "Cancelled — nothing was changed."
        assert dialog.status.text() == "The import was cancelled: nothing was changed."
        assert worker.call(lambda: snapshot(vault)) == before
        assert worker.call(lambda: audit.verify(vault.db)).ok
        # Nothing of the cancelled run is remembered: the same file imports after all.
        monkeypatch.undo()
        dialog.progress.button.click()
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
        assert dialog.count("added") == 3000
        assert len(worker.call(lambda: list_imports(vault.db))) == 1
    finally:
        worker.shutdown()


def test_progress_reports_rows_and_the_rows_expected(vault: Vault, qtbot: Any,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of several chunks: rows so far and the rows the file's size promises."""
    monkeypatch.setattr("cpradmin.log_import.CHUNK_ROWS", 1000)
    context = ViewContext(vault, VaultWorker(inline=True))
    reports: list[tuple[int, int, str]] = []
    context.worker.progressed.connect(lambda _op, d, t, text: reports.append((d, t, text)))
    dialog = open_dialog(context, qtbot, path=write_log(tmp_path / "lang.csv", log_rows(3500)))
    dialog.import_button.click()
    assert dialog.count("added") == 3500
    done = [r[0] for r in reports]
    assert done == sorted(done) and done[-1] == 3500 and len(reports) >= 4
    # The expected rows come from the bytes read so far: low at first (the core reads a
    # sample of 2,000 rows ahead), closer with every chunk, exact at the end.
    totals = [r[1] for r in reports]
    assert totals == sorted(totals) and totals[-1] == 3500 and totals[0] < 3500
    assert all(total >= done for done, total, _t in reports)
    assert reports[-1][2].startswith("Checking for rows already in the vault")


def test_an_xlsx_log_has_no_file_position_to_estimate_from(
        vault: Vault, qtbot: Any, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in log_rows(40):
        sheet.append(row)
    book.save(tmp_path / "log.xlsx")
    context = ViewContext(vault, VaultWorker(inline=True))
    reports: list[tuple[int, int, str]] = []
    context.worker.progressed.connect(lambda _op, d, t, text: reports.append((d, t, text)))
    dialog = open_dialog(context, qtbot, path=tmp_path / "log.xlsx")
    dialog.import_button.click()
    assert dialog.count("added") == 40 and "Read as: dd-mm-yyyy." in dialog.summary.text()
    assert reports and all(total == 0 and not text for _d, total, text in reports)


def test_statistics_are_compared_with_the_log(context: ViewContext, qtbot: Any,
                                              tmp_path: Path, vault: Vault) -> None:
    import_log(vault, write_log(tmp_path / "log.csv", log_rows(300)))
    # KOM000: 25 rows, all on 26 October; the log has Opslag 9, Søgning på navn 8 (...).
    counts: dict[tuple[str, str], int] = {}
    for row in log_rows(300):
        key = (row[0].upper(), row[2])
        counts[key] = counts.get(key, 0) + 1
    stats = [[user, tx, str(n), "01-10-2024", "31-10-2024"] for (user, tx), n in counts.items()]
    stats[0][2] = str(int(stats[0][2]) + 2)  # the CPR office counted two more
    stats.append(["KOM999", "Opslag", "4", "01-10-2024", "31-10-2024"])  # not in the log
    stats.append(["KOM001", "Opslag", "mange", "01-10-2024", "31-10-2024"])  # rejected
    path = write_log(tmp_path / "statistik.csv", stats,
                     ["Bruger-ID", "Transaktion", "Antal", "Fra", "Til"])
    dialog = open_dialog(context, qtbot, ImportKind.STATISTICS, path)
    assert dialog.windowTitle() == "Import transaction statistics"
    dialog.import_button.click()
    assert dialog.pages.currentIndex() == 1
    assert [dialog.count(k) for k in ("rows_read", "accepted", "rejected", "added")] == [
        len(stats), len(stats) - 1, 1, len(stats) - 1]
    model = dialog.differences_model
    shown = [[model.data(model.index(r, c)) for c in range(5)] for r in range(model.rowCount())]
    first = stats[0]
    assert shown == [["KOM999", "Opslag", "4", "0", "-4"],
                     [first[0], first[1], first[2], str(int(first[2]) - 2), "-2"]]
    assert dialog.tabs.tabText(1) == "&Differences (2)"
    assert "01-10-2024 – 31-10-2024" in dialog.differences_note.text()
    assert "for 2 user ID and transaction type pairs" in dialog.differences_note.text()
    dialog.only_differences.setChecked(False)
    assert model.rowCount() == len(counts) + 1
    rejected = dialog.rejected_model
    assert rejected.data(rejected.index(0, 2)) == "Antal"
    # A statistics file with no period columns takes the period typed in the dialog.
    dialog.back_button.click()
    dialog.period_start.setText("01-11-2024")
    dialog.period_end.setText("31-10-2024")
    dialog.set_path(write_log(tmp_path / "uden.csv", [["KOM000", "Opslag", "1"]],
                              ["Bruger-ID", "Transaktion", "Antal"]))
    dialog.import_button.click()
    assert dialog.status.text() == "The period ends before it starts."
    dialog.period_start.setText("01-11-2024")
    dialog.period_end.setText("30-11-2024")
    dialog.import_button.click()
    assert dialog.count("added") == 1
    assert "For 01-11-2024 – 30-11-2024" in dialog.differences_note.text()


def test_a_case_file(context: ViewContext, qtbot: Any, tmp_path: Path, vault: Vault) -> None:
    path = write_log(tmp_path / "sager.csv", [
        ["kom001", CPRS[0], "24-000123", "01-10-2024", "31-12-2024"],
        ["KOM002", f"{CPRS[1][:6]}-{CPRS[1][6:]}", "24-000124", "01-10-2024", ""],
        ["KOM003", "321390-1234", "24-000125", "01-10-2024", ""],
    ], ["Bruger-ID", "CPR-nummer", "Sagsnummer", "Fra", "Til"])
    dialog = open_dialog(context, qtbot, ImportKind.CASES, path)
    assert not dialog.profile.isVisible() and not dialog.period_start.isVisible()
    dialog.import_button.click()
    assert [dialog.count(k) for k in ("rows_read", "accepted", "rejected", "added")] == [
        3, 2, 1, 2]
    model = dialog.rejected_model
    assert [model.data(model.index(0, c)) for c in range(4)] == [
        "sager.csv", "4", "CPR-nummer", "321390-XXXX is not a valid CPR number."]
    assert dialog.tabs.count() == 1
    for text in screen_texts(dialog):
        assert not FULL_CPR.search(text), text
    # Again: refused.
    dialog.back_button.click()
    dialog.set_path(path)
    dialog.import_button.click()
    assert "was imported already" in dialog.status.text()


def test_closing_during_an_import_rolls_it_back(vault: Vault, qtbot: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """What the lock does: it rejects every dialog; the import in flight rolls back."""
    worker = VaultWorker()
    try:
        context = ViewContext(vault, worker)
        dialog = open_dialog(context, qtbot, path=write_log(tmp_path / "x.csv", log_rows(500)))
        before = worker.call(lambda: snapshot(vault))
        closed = threading.Event()
        original = Operation.progress

        def progress(self: Operation, done: int, total: int, text: str = "") -> None:
            original(self, done, total, text)
            if threading.current_thread() is not threading.main_thread():
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
        assert not dialog.isVisible() and not progress_dialog.isVisible()
        assert worker.call(lambda: snapshot(vault)) == before
    finally:
        worker.shutdown()


def test_column_problems_are_told_apart_from_other_refusals(vault: Vault,
                                                            tmp_path: Path) -> None:
    path = write_log(tmp_path / "a.csv", log_rows(3))
    import_log(vault, path)
    with pytest.raises(ValidationError) as again:
        import_log(vault, path)
    assert not is_column_problem(again.value)
    with pytest.raises(ValidationError) as columns:
        import_log(vault, write_log(tmp_path / "b.csv", log_rows(3), [*ODD_HEADER, "x"]))
    assert is_column_problem(columns.value)
    odd_times = [[r[0], "26/10/24 20:00", r[2], r[3], r[4], r[5]] for r in log_rows(3)]
    with pytest.raises(ValidationError) as times:
        import_log(vault, write_log(tmp_path / "c.csv", odd_times))
    assert is_column_problem(times.value)
