"""Importing CPR and system logs: formats, row errors, duplicates, cancel, statistics, cases.

Every import runs against a real SQLCipher vault (a fresh copy per test). Files are small
(at most a few tens of thousands of rows); the million-row figures are in bench/.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpradmin import audit, log_import
from cpradmin.errors import ValidationError
from cpradmin.log_import import (
    compare_statistics,
    get_profile,
    import_cases,
    import_log,
    import_statistics,
    iter_entries,
    list_imports,
    save_profile,
)
from cpradmin.models.logs import (
    AMBIGUOUS,
    NONEXISTENT,
    DateFormat,
    LogProfile,
    Source,
    TimestampParser,
)
from cpradmin.vault import Vault

CPR_A, CPR_B, CPR_C = "0101901009", "1502851000", "2512014472"
MOD11_FAIL = "0101901235"  # a valid birth date; issued since 2007 without modulus 11
SUBSTITUTE = "6101901234"  # day + 60
HEADER = ["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer", "Terminal", "Søgekriterie"]
FULL_CPR = re.compile(r"\d{6}-?\d{4}")


def write(path: Path, rows: list[list[str]], header: list[str] | None = None, *,
          delimiter: str = ";", encoding: str = "cp1252", bom: bool = False,
          above: str = "") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER if header is None else header)
    writer.writerows(rows)
    data = (above + buffer.getvalue()).encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


def count(vault: Vault, table: str = "log_entries") -> int:
    return int(vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def utc(*args: int) -> int:
    return int(datetime(*args, tzinfo=UTC).timestamp())


def generated(n: int, start_day: int = 1, users: int = 50, month: int = 2) -> list[list[str]]:
    """*n* valid rows over a few days of *month* 2024, in time order."""
    cprs = [CPR_A, CPR_B, CPR_C, MOD11_FAIL, SUBSTITUTE]
    rows = []
    for i in range(n):
        seconds = i * 7
        day = start_day + seconds // 86_400
        rest = seconds % 86_400
        rows.append([f"kom{i % users:04d}",
                     f"{day:02d}-{month:02d}-2024 {rest // 3600:02d}:{rest // 60 % 60:02d}:"
                     f"{rest % 60:02d}",
                     ("Opslag", "Søgning", "Ajourføring")[i % 3],
                     cprs[i % 5], f"PC{i % 7}", ("CPR-nummer", "Navn")[i % 2]])
    return rows


# -- formats -----------------------------------------------------------------------------------


def test_danish_export_windows_1252_semicolons(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "logsøgning.csv", [
        ["kom0001", "15-01-2024 09:05:07", "Søgning på navn", "010190-1009", "PC1", "Navn"],
        ["KOM0002", "15-01-2024 10:00", "Opslag", CPR_B, "", ""],
    ])
    result = import_log(vault, path)
    assert (result.rows_read, result.accepted, result.rejected, result.added) == (2, 2, 0, 2)
    assert (result.encoding, result.delimiter, result.date_format) == ("cp1252", ";",
                                                                       "dd-mm-yyyy")
    assert result.period_start == utc(2024, 1, 15, 8, 5, 7)
    assert result.period_end == utc(2024, 1, 15, 9, 0)
    first, second = iter_entries(vault.db)
    assert (first.user_id, first.transaction, first.cpr, first.terminal, first.criterion) == (
        "KOM0001", "Søgning på navn", CPR_A, "PC1", "Navn")
    assert (second.terminal, second.criterion, second.system, second.line) == (None, None,
                                                                                None, 3)
    assert first.masked_cpr == "010190-XXXX" and CPR_A not in repr(first)
    row = vault.db.execute("SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1"
                           ).fetchone()
    assert row[0] == "log-imported" and result.sha256 in row[1]
    assert not FULL_CPR.search(row[1].replace(result.sha256, ""))


def test_utf8_bom_english_headers_iso_and_commas(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "log.csv", [
        ["u1", "2024-01-15T09:05:07", "Lookup", CPR_A, "WS-1", "CPR number"],
        ["u2", "2024-01-15 09:06", "Lookup", "", "WS-1", "Name"],
    ], ["User ID", "Timestamp", "Transaction", "CPR", "Terminal", "Search criterion"],
        delimiter=",", encoding="utf-8", bom=True)
    result = import_log(vault, path)
    assert (result.encoding, result.delimiter, result.date_format) == ("utf-8-sig", ",",
                                                                       "yyyy-mm-dd")
    assert result.added == 2
    assert [e.cpr for e in iter_entries(vault.db)] == [CPR_A, None]


def test_separate_date_and_time_columns(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "log.csv", [
        ["U1", "15.01.2024", "09:05:07", "Opslag", CPR_A],
        ["U1", "16.01.2024", "9:05", "Opslag", CPR_A],
    ], ["Brugerid", "Dato", "Tid", "Transaktionstype", "Personnummer"], encoding="utf-8")
    result = import_log(vault, path)
    assert result.date_format == "dd.mm.yyyy" and result.added == 2
    assert [e.ts for e in iter_entries(vault.db)] == [utc(2024, 1, 15, 8, 5, 7),
                                                      utc(2024, 1, 16, 8, 5)]


def test_title_rows_above_the_header_are_skipped(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "log.csv", [["U1", "15-01-2024 09:05", "Opslag", CPR_A, "", ""]],
                 above="Logsøgning for Testkommune\r\n\r\n")
    result = import_log(vault, path)
    assert result.added == 1 and iter_entries(vault.db)[0].line == 4


def test_xlsx_with_date_cells(vault: Vault, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER[:4])
    sheet.append(["U1", datetime(2024, 10, 27, 2, 30), "Opslag", CPR_A])
    sheet.append(["U1", "27-10-2024 03:30", "Opslag", int(CPR_B)])
    sheet.append(["", None, None, None])
    sheet.append(["U2", "not a time", "Opslag", CPR_A])
    book.save(tmp_path / "log.xlsx")
    result = import_log(vault, tmp_path / "log.xlsx")
    assert (result.rows_read, result.added, result.rejected, result.ambiguous) == (3, 2, 1, 1)
    assert [(e.line, e.cpr) for e in iter_entries(vault.db)] == [(2, CPR_A), (3, CPR_B)]
    assert result.errors[0].line == 5 and result.errors[0].field == "Tidspunkt"


# -- daylight saving time ----------------------------------------------------------------------


def test_spring_forward_day_imports_and_flags(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "marts.csv", [
        ["U1", "31-03-2024 01:59:00", "Opslag", CPR_A, "", ""],
        ["U1", "31-03-2024 02:30:00", "Opslag", CPR_A, "", ""],  # does not exist
        ["U1", "31-03-2024 03:30:00", "Opslag", CPR_A, "", ""],
    ])
    result = import_log(vault, path)
    assert (result.added, result.nonexistent, result.ambiguous) == (3, 1, 0)
    entries = iter_entries(vault.db)
    assert [e.flags for e in entries] == [0, NONEXISTENT, 0]
    assert entries[1].ts == entries[2].ts == utc(2024, 3, 31, 1, 30)


def test_autumn_day_imports_and_flags_both_readings(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "oktober.csv", [
        ["U1", "27-10-2024 01:59:00", "Opslag", CPR_A, "", ""],
        ["U1", "27-10-2024 02:30:00", "Opslag", CPR_A, "", ""],  # happens twice
        ["U1", "27-10-2024 02:30:00", "Opslag", CPR_A, "", ""],  # ... and is logged twice
        ["U1", "27-10-2024 03:00:00", "Opslag", CPR_A, "", ""],
    ])
    result = import_log(vault, path)
    assert (result.added, result.ambiguous, result.nonexistent) == (4, 2, 0)
    entries = iter_entries(vault.db)
    assert [e.flags for e in entries] == [0, AMBIGUOUS, AMBIGUOUS, 0]
    assert entries[1].ts == utc(2024, 10, 27, 0, 30)  # first reading; +3600 is the other
    stored = vault.db.execute("SELECT ambiguous, nonexistent FROM log_imports").fetchone()
    assert stored == (2, 0)


# -- profiles ----------------------------------------------------------------------------------

ODD_HEADER = ["Medarbejder", "Hvornår", "Hvad", "Borger"]


def test_unknown_headers_are_refused_without_a_profile(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "odd.csv", [["U1", "2024/01/15 09:05", "Opslag", CPR_A]],
                 ODD_HEADER)
    with pytest.raises(ValidationError, match="no column for: user, transaction, timestamp"):
        import_log(vault, path)
    assert count(vault) == 0 and count(vault, "log_imports") == 0


def test_profile_maps_unknown_headers(vault: Vault, tmp_path: Path) -> None:
    profile = LogProfile("Fagsystem X", {"user": "Medarbejder", "timestamp": "Hvornår",
                                         "transaction": "Hvad", "cpr": "Borger"},
                         DateFormat.MDY_SLASH)
    save_profile(vault, profile)
    assert get_profile(vault.db, "fagsystem x") == profile
    path = write(tmp_path / "odd.csv", [["U1", "01/02/2024 09:05", "Opslag", CPR_A]],
                 ODD_HEADER)
    result = import_log(vault, path, profile="Fagsystem X")
    assert result.added == 1 and result.profile == "Fagsystem X"
    assert iter_entries(vault.db)[0].local_time.date() == date(2024, 1, 2)  # as the profile says
    with pytest.raises(ValidationError, match="no column profile named Nope"):
        import_log(vault, path, profile="Nope")
    with pytest.raises(ValidationError, match="cannot be saved"):
        save_profile(vault, LogProfile("Bad", {"user": "A"}))


# -- row errors --------------------------------------------------------------------------------


def test_every_kind_of_bad_row_is_reported_with_line_and_field(vault: Vault,
                                                               tmp_path: Path) -> None:
    rows = [
        ["U1", "15-01-2024 09:00:00", "Opslag", CPR_A, "PC1", ""],          # 2 ok
        ["", "15-01-2024 09:00:01", "Opslag", CPR_A, "", ""],               # 3 user missing
        ["U 1", "15-01-2024 09:00:02", "Opslag", CPR_A, "", ""],            # 4 user invalid
        [CPR_B, "15-01-2024 09:00:03", "Opslag", CPR_A, "", ""],            # 5 user = a CPR
        ["U1", "15-01-2024 9.00", "Opslag", CPR_A, "", ""],                 # 6 ok (9.00)
        ["U1", "32-01-2024 09:00:05", "Opslag", CPR_A, "", ""],             # 7 timestamp
        ["U1", "15-01-1999 09:00:06", "Opslag", CPR_A, "", ""],             # 8 range
        ["U1", "15-01-2024 09:00:07", "Opslag", "3113901234", "", ""],      # 9 cpr
        ["U1", "15-01-2024 09:00:08", "Opslag", "150285-XXXX", "", ""],     # 10 cpr (masked)
        ["U1", "15-01-2024 09:00:09", "", CPR_A, "", ""],                   # 11 transaction
        ["U1", "15-01-2024 09:00:10", "Opslag"],                            # 12 columns
        ["U1", "15-01-2024 09:00:11", "Opslag", CPR_A, "", "", "extra"],    # 13 columns
        ["U1", "15-01-2024 09:00:12", "Opslag", MOD11_FAIL, "", "", ""],    # 14 ok (trailing ;)
        ["U1", "15-01-2024 09:00:13", "Opslag", SUBSTITUTE, "PC\r\n2", ""],  # 15-16 ok
        ["", "15-01-2024 09:00:14", "Opslag", CPR_A, "", ""],               # 17 user missing
        ["", "", "", "", "", ""],                                           # 18 blank: skipped
        ["U1", "15-01-2024 09:00:15", "Opslag", CPR_C, "", ""],             # 19 ok
    ]
    path = write(tmp_path / "bad.csv", rows)
    result = import_log(vault, path)
    got = [(e.line, e.field, e.reason) for e in result.errors]
    assert got == [
        (3, "Bruger-ID", "user-missing"), (4, "Bruger-ID", "user-invalid"),
        (5, "Bruger-ID", "user-cpr"), (7, "Tidspunkt", "timestamp"), (8, "Tidspunkt", "range"),
        (9, "CPR-nummer", "cpr"), (10, "CPR-nummer", "cpr"), (11, "Transaktion", "transaction"),
        (12, "*", "columns"), (13, "*", "columns"), (17, "Bruger-ID", "user-missing"),
    ]
    assert (result.rows_read, result.accepted, result.rejected) == (16, 5, 11)
    assert [e.line for e in iter_entries(vault.db)] == [2, 6, 14, 15, 19]
    assert result.rejections["user-missing"] == 2
    stored = vault.db.execute("SELECT rows_read, rows_accepted, rows_rejected, rejections "
                              "FROM log_imports").fetchone()
    assert stored[:3] == (16, 5, 11) and '"columns": 2' in stored[3]
    texts = [str(e) for e in result.errors]
    assert texts[0].startswith("bad.csv:3: Bruger-ID: ")
    assert "150285-XXXX" in texts[2]
    assert all(not FULL_CPR.search(t) for t in texts), texts


def test_not_a_log_refused_clearly(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "log.csv", [["U1", "i går", "Opslag", CPR_A, "", ""]] * 3)
    with pytest.raises(ValidationError, match="no known format"):
        import_log(vault, path)
    with pytest.raises(ValidationError, match="cannot be opened"):
        import_log(vault, tmp_path / "missing.csv")


@pytest.mark.parametrize("rows_before", [3_000, 30_000])
def test_bad_bytes(vault: Vault, tmp_path: Path, rows_before: int) -> None:
    """In the first megabyte (where the encoding is decided) a Windows-1252 byte in a UTF-8
    file refuses the file, naming the line; further down it rejects only its row."""
    good = "U1;15-01-2024 09:00:00;Opslag;{cpr};;\r\n"
    body = "Bruger-ID;Tidspunkt;Transaktion;CPR-nummer;Terminal;Søgekriterie\r\n"
    data = body.encode() + good.format(cpr=CPR_A).encode() * rows_before
    data += b"U1;15-01-2024 09:00:00;S\xf8gning;" + CPR_B.encode() + b";;\r\n"
    data += good.format(cpr=CPR_C).encode()
    (tmp_path / "mixed.csv").write_bytes(data)
    bad_line = rows_before + 2
    if rows_before * len(good) < 1 << 20:
        with pytest.raises(ValidationError, match=f"line {bad_line}: the text is not valid"):
            import_log(vault, tmp_path / "mixed.csv")
        return
    result = import_log(vault, tmp_path / "mixed.csv")
    assert result.encoding == "utf-8"
    assert (result.accepted, result.rejected) == (rows_before + 1, 1)
    assert (result.errors[0].line, result.errors[0].field, result.errors[0].reason) == (
        bad_line, "Transaktion", "encoding")


def test_error_details_are_capped_but_counts_exact(vault: Vault, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(log_import, "MAX_ERRORS", 5)
    rows = [["U1", "15-01-2024 09:00:00", "Opslag", CPR_A, "", ""]] + [
        ["U1", "15-01-2024 09:00:00", "Opslag", "99999999999", "", ""]] * 40
    result = import_log(vault, write(tmp_path / "many.csv", rows))
    assert len(result.errors) == 5 and result.rejections == {"cpr": 40}
    assert result.rejected == 40 and result.accepted == 1


def test_system_log_needs_the_system_on_every_row(vault: Vault, tmp_path: Path) -> None:
    header = ["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer", "System"]
    path = write(tmp_path / "sys.csv", [["SYS1", "15-01-2024 09:00", "Opslag", CPR_A, "ESDH"],
                                        ["SYS1", "15-01-2024 09:01", "Opslag", CPR_A, ""]],
                 header)
    with pytest.raises(ValidationError, match="no column for: system"):
        import_log(vault, write(tmp_path / "nosys.csv", [["S", "15-01-2024 09:00", "X", ""]],
                                header[:4]), source="system")
    result = import_log(vault, path, source=Source.SYSTEM)
    assert (result.added, result.rejected, result.errors[0].reason) == (1, 1, "system")
    assert iter_entries(vault.db)[0].source == "system"
    assert iter_entries(vault.db)[0].system == "ESDH"


# -- idempotency -------------------------------------------------------------------------------


def test_same_file_twice_is_refused_and_adds_nothing(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "q1.csv", generated(300))
    first = import_log(vault, path)
    head = audit.head(vault.db)
    copy = tmp_path / "q1-copy.csv"
    copy.write_bytes(path.read_bytes())
    with pytest.raises(ValidationError, match=rf"import #{first.import_id} \(q1.csv"):
        import_log(vault, copy)
    assert count(vault) == 300 and count(vault, "log_imports") == 1
    assert audit.head(vault.db) == head


def test_overlapping_export_adds_only_new_rows(vault: Vault, tmp_path: Path) -> None:
    rows = generated(40_000)  # 1-4 February
    first = import_log(vault, write(tmp_path / "a.csv", rows[:25_000]))
    second = import_log(vault, write(tmp_path / "b.csv", rows[20_000:]))
    assert (first.added, second.accepted, second.duplicates, second.added) == (
        25_000, 20_000, 5_000, 15_000)
    assert count(vault) == 40_000
    stored = vault.db.execute("SELECT rows_duplicate, rows_added FROM log_imports "
                              "WHERE id = ?", (second.import_id,)).fetchone()
    assert stored == (5_000, 15_000)


def test_identical_rows_within_a_file_are_kept_and_counted_per_copy(vault: Vault,
                                                                   tmp_path: Path) -> None:
    same = ["U1", "15-01-2024 09:00:00", "Opslag", CPR_A, "", ""]
    other = ["U2", "15-01-2024 09:00:00", "Opslag", CPR_A, "", ""]
    assert import_log(vault, write(tmp_path / "a.csv", [same, same, other])).added == 3
    again = import_log(vault, write(tmp_path / "b.csv", [same, same, same, other, other]))
    assert (again.duplicates, again.added) == (3, 2)  # one more copy of each
    assert count(vault) == 5
    other_source = import_log(vault, write(tmp_path / "c.csv", [[*same, "X"]],
                                           [*HEADER, "System"]), source="system")
    assert other_source.duplicates == 0  # the identity includes the source


def test_incremental_import_keeps_indexes_when_the_vault_is_large(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_log(vault, write(tmp_path / "a.csv", generated(5_000)))
    monkeypatch.setattr(log_import, "REBUILD_FACTOR", 0)  # never rebuild: maintain them
    result = import_log(vault, write(tmp_path / "b.csv", generated(100, start_day=20)))
    assert result.added == 100
    names = {r[0] for r in vault.db.execute("SELECT name FROM sqlite_master WHERE type = "
                                            "'index' AND tbl_name = 'log_entries'")}
    assert names == {"log_entries_user", "log_entries_cpr"}
    assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- progress and cancel -----------------------------------------------------------------------


class Cancelled(Exception):  # noqa: N818 - what the GUI's cancel raises is named so
    pass


def _state(vault: Vault) -> tuple[Any, ...]:
    tables = ("log_entries", "log_imports", "log_users", "log_transactions", "log_texts")
    indexes = vault.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                               "tbl_name = 'log_entries'").fetchone()[0]
    return (*(count(vault, t) for t in tables), indexes, audit.head(vault.db))


def test_progress_is_reported_per_chunk(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", generated(60_000))
    calls: list[tuple[int, int, int]] = []
    result = import_log(vault, path, progress=lambda *a: calls.append(a))
    size = path.stat().st_size
    assert len(calls) >= 3 and calls[-1] == (60_000, size, size)
    assert all(a[0] <= b[0] and a[1] <= b[1] and a[2] == size
               for a, b in itertools.pairwise(calls))
    assert result.rows_per_second > 0


@pytest.mark.parametrize("when", ["start", "load", "index build"])
def test_cancel_rolls_everything_back(vault: Vault, tmp_path: Path, when: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import_log(vault, write(tmp_path / "before.csv", generated(100, start_day=20)))
    before = _state(vault)
    path = write(tmp_path / "c.csv", generated(60_000))
    calls = 0
    building = False
    build = log_import._build_indexes

    def flagged(*args: Any) -> None:
        nonlocal building
        building = True
        build(*args)

    monkeypatch.setattr(log_import, "_build_indexes", flagged)

    def check() -> None:
        nonlocal calls
        calls += 1
        if (when == "start" or (when == "load" and calls > 2)
                or (when == "index build" and building)):
            raise Cancelled

    with pytest.raises(Cancelled):
        import_log(vault, path, check_cancel=check)
    assert _state(vault) == before
    assert not vault.db.in_transaction
    assert vault.db.execute("PRAGMA temp_store").fetchone()[0] == 2  # back to memory
    assert import_log(vault, path).added == 60_000  # and it can be imported after all


# -- statistics and cases ----------------------------------------------------------------------


def test_statistics_import_and_comparison(vault: Vault, tmp_path: Path) -> None:
    import_log(vault, write(tmp_path / "log.csv", [
        ["U1", "31-01-2024 23:59:59", "Opslag", CPR_A, "", ""],  # January: not counted
        ["U1", "01-02-2024 00:00:00", "Opslag", CPR_A, "", ""],
        ["U1", "15-02-2024 10:00:00", "Opslag", CPR_B, "", ""],
        ["U1", "15-02-2024 10:00:00", "Søgning", CPR_B, "", ""],
        ["U2", "29-02-2024 23:59:59", "Opslag", CPR_B, "", ""],
    ]))
    stats = write(tmp_path / "stat.csv", [
        ["u1", "Opslag", "2", "01-02-2024", "29-02-2024"],
        ["U1", "Søgning", "3", "01-02-2024", "29-02-2024"],
        ["U3", "Opslag", "1.234", "01-02-2024", "29-02-2024"],
        ["U4", "Opslag", "mange", "01-02-2024", "29-02-2024"],
        ["U5", "Opslag", "1", "29-02-2024", "01-02-2024"],
    ], ["Bruger-ID", "Transaktion", "Antal", "Fra", "Til"])
    result = import_statistics(vault, stats)
    assert (result.accepted, result.rejected) == (3, 2)
    assert [(e.line, e.reason) for e in result.errors] == [(5, "count"), (6, "period")]
    diffs = {(d.user_id, d.transaction): (d.reported, d.computed, d.difference)
             for d in compare_statistics(vault.db, (date(2024, 2, 1), date(2024, 2, 29)))}
    assert diffs == {("U1", "Opslag"): (2, 2, 0), ("U1", "Søgning"): (3, 1, -2),
                     ("U2", "Opslag"): (0, 1, 1), ("U3", "Opslag"): (1234, 0, -1234)}
    again = write(tmp_path / "stat2.csv", [["U1", "Opslag", "2", "2024-02"],
                                           ["U1", "Søgning", "4", "02-2024"]],
                  ["Bruger-ID", "Transaktion", "Antal", "Måned"])
    second = import_statistics(vault, again)
    assert (second.duplicates, second.rejected, second.errors[0].reason) == (1, 1, "conflict")
    with pytest.raises(ValidationError, match="imported already"):
        import_statistics(vault, stats)


def test_cases_import(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "sager.csv", [
        ["u1", CPR_A, "24-000123", "01-02-2024", "31-03-2024"],
        ["U1", CPR_B, "24-000124", "2024-02-01", ""],
        ["U2", "010190-XXXX", "24-000125", "01-02-2024", ""],
        ["U2", CPR_B, "", "01-02-2024", ""],
        ["U2", CPR_B, "24-1", "01-03-2024", "01-02-2024"],
    ], ["Bruger-ID", "CPR-nummer", "Sagsnummer", "Fra", "Til"])
    result = import_cases(vault, path)
    assert (result.accepted, result.rejected) == (2, 3)
    assert [(e.line, e.field, e.reason) for e in result.errors] == [
        (4, "CPR-nummer", "cpr"), (5, "Sagsnummer", "case"), (6, "Fra", "period")]
    assert not any(FULL_CPR.search(str(e)) for e in result.errors)
    stored = vault.db.execute("SELECT user_id, cpr, case_number, valid_from, valid_to "
                              "FROM log_cases ORDER BY id").fetchall()
    assert stored == [("U1", int(CPR_A), "24-000123", "2024-02-01", "2024-03-31"),
                      ("U1", int(CPR_B), "24-000124", "2024-02-01", None)]
    kinds = [r.kind for r in list_imports(vault.db)]
    assert kinds == ["cases"]


# -- reading back --------------------------------------------------------------------------------


def test_keyset_paging_and_filters(vault: Vault, tmp_path: Path) -> None:
    import_log(vault, write(tmp_path / "a.csv", generated(3_000, users=7)))
    everything = iter_entries(vault.db, limit=10_000)
    assert len(everything) == 3_000
    pages: list[Any] = []
    after = 0
    while page := iter_entries(vault.db, limit=128, after_id=after):
        pages += page
        after = page[-1].id
    assert pages == everything
    mine = [e for e in everything if e.user_id == "KOM0003"]
    paged: list[Any] = []
    after = 0
    while page := iter_entries(vault.db, user="kom0003", limit=50, after_id=after):
        paged += page
        after = page[-1].id
    assert paged == mine
    start, end = utc(2024, 2, 1, 2), utc(2024, 2, 1, 3)
    window = iter_entries(vault.db, cpr="010190-1009", start=start, end=end, tx="Opslag")
    assert window == [e for e in everything if e.cpr == CPR_A and start <= e.ts < end
                      and e.transaction == "Opslag"]
    assert window
    assert iter_entries(vault.db, user="nobody") == []
    assert iter_entries(vault.db, start=datetime(2024, 2, 1, 3, tzinfo=UTC), limit=1)[0].ts \
        >= utc(2024, 2, 1, 3)


@pytest.mark.parametrize(
    ("sql", "index"),
    [("SELECT * FROM log_entries e WHERE e.user_ref = 1 AND e.ts BETWEEN 0 AND 9 "
      "AND +e.id > 0 ORDER BY e.id", "log_entries_user"),
     ("SELECT * FROM log_entries e WHERE e.cpr = 101901009 AND e.ts BETWEEN 0 AND 9 "
      "AND +e.id > 0 ORDER BY e.id", "log_entries_cpr")],
)
def test_query_plans_use_the_indexes(vault: Vault, tmp_path: Path, sql: str,
                                     index: str) -> None:
    import_log(vault, write(tmp_path / "a.csv", generated(2_000)))
    plan = " ".join(r[-1] for r in vault.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert index in plan, plan


def test_statistics_aggregate_is_a_scan_not_an_index_walk(vault: Vault, tmp_path: Path) -> None:
    import_log(vault, write(tmp_path / "a.csv", generated(2_000)))
    plan = " ".join(r[-1] for r in vault.db.execute(
        "EXPLAIN QUERY PLAN SELECT user_ref, tx_ref, count(*) FROM log_entries NOT INDEXED "
        "WHERE id BETWEEN 1 AND 9 AND source = 0 GROUP BY user_ref, tx_ref"))
    assert "log_entries_" not in plan, plan


# -- generated files -----------------------------------------------------------------------------

FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # each example imports a new file
cells = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.sampled_from(["U1", "kom01", CPR_A, "010190-1009", "15-01-2024 09:00:00",
                     "27-10-2024 02:30", "31-03-2024 02:30:00", "Opslag", "", " ", '"', ";",
                     "\r\n", "a\nb"]),
)
csv_rows = st.lists(st.lists(cells, min_size=0, max_size=8), min_size=1, max_size=25)


FILE_NUMBERS = itertools.count()


def _data_lines(rows: list[list[str]]) -> int:
    """What a careful reader counts: records that are not entirely blank."""
    return sum(1 for r in rows if any(c.strip() for c in r))


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(rows=csv_rows, delimiter=st.sampled_from([";", ",", "\t"]),
       encoding=st.sampled_from(["utf-8", "cp1252"]), bom=st.booleans())
def test_generated_csv_every_line_accounted_for(vault: Vault, tmp_path: Path,
                                                rows: list[list[str]], delimiter: str,
                                                encoding: str, bom: bool) -> None:
    good = ["U1", "15-01-2024 09:00:00", "Opslag", CPR_A, "", ""]
    rows = [good, *rows]  # one valid row, so the date format is known
    path = tmp_path / f"gen{next(FILE_NUMBERS)}.csv"
    try:
        write(path, rows, delimiter=delimiter, encoding=encoding, bom=bom and encoding == "utf-8")
    except UnicodeEncodeError:
        return  # not representable in Windows-1252: not a file anyone can have
    before = count(vault)
    try:
        result = import_log(vault, path)
    except ValidationError as refused:
        assert not FULL_CPR.search(str(refused.message.english()).replace("010190-XXXX", ""))
        assert count(vault) == before
        return
    assert result.accepted + result.rejected == result.rows_read
    if result.delimiter == delimiter:
        assert result.rows_read == _data_lines(rows)
    assert count(vault) == before + result.added
    for error in result.errors:
        assert not FULL_CPR.search(str(error)), str(error)


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(vault: Vault, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bytes.csv"
    path.write_bytes(b"Bruger-ID;Tidspunkt;Transaktion;CPR-nummer\r\n"
                     b"U1;15-01-2024 09:00:00;Opslag;0101901009\r\n" + data)
    try:
        result = import_log(vault, path)
    except ValidationError:
        return
    assert result.accepted + result.rejected == result.rows_read


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cells, min_size=6, max_size=6), min_size=1, max_size=30))
def test_fast_path_equals_general_path(rows: list[list[str]]) -> None:
    """The column-wise conversion and the per-row one accept, reject and store alike."""
    import sqlite3

    def run(typed: bool) -> tuple[Any, ...]:
        conn = sqlite3.connect(":memory:")
        for table in ("log_users (id INTEGER PRIMARY KEY, user_id TEXT UNIQUE)",
                      "log_transactions (id INTEGER PRIMARY KEY, code TEXT UNIQUE)",
                      "log_texts (id INTEGER PRIMARY KEY, text TEXT UNIQUE)"):
            conn.execute(f"CREATE TABLE {table}")
        columns = log_import._log_columns(HEADER, None, Source.CPR, "f")
        errors = log_import._Errors("f", HEADER)
        parser = log_import._RowParser(conn, columns, Source.CPR, 1,  # type: ignore[arg-type]
                                       TimestampParser(DateFormat.DMY_DASH, latest=2 ** 40),
                                       errors, "utf-8")
        out = parser._convert([list(r) for r in rows], list(range(2, 2 + len(rows))), typed)
        return (sorted(out), sorted((e.line, e.field, e.reason) for e in errors.kept),
                parser.read, parser.accepted, parser.low, parser.high)

    assert run(False) == run(True)


# -- masking -------------------------------------------------------------------------------------


def test_no_full_cpr_in_any_message(vault: Vault, tmp_path: Path) -> None:
    rows = [["U1", "15-01-2024 09:00:00", "Opslag", CPR_A, "", ""],
            ["U1", f"{CPR_B} 09:00", "Opslag", CPR_A, "", ""],
            [CPR_C, "15-01-2024 09:00:00", "Opslag", CPR_A, "", ""],
            ["U1", "15-01-2024 09:00:00", "Opslag", "3113901234", "", ""],
            ["U1", "15-01-2024 09:00:00", "Opslag", "31139012345", "", ""],
            [f"x{CPR_B}", "15-01-2024 09:00:00", "Opslag", CPR_A, "", ""]]
    result = import_log(vault, write(tmp_path / f"{CPR_A}.csv", rows))
    texts = [str(e) for e in result.errors] + [result.file]
    assert len(result.errors) == 4  # "X1502851000" is a user ID, not a CPR number
    for text in texts:
        assert not FULL_CPR.search(text), text
    with pytest.raises(ValidationError) as refused:
        import_log(vault, tmp_path / f"{CPR_A}.csv")
    assert not FULL_CPR.search(refused.value.message.english())



# -- the command line ----------------------------------------------------------------------------


def run_cli(*argv: str) -> tuple[int, str, str]:
    """``cpradmin`` with the log commands, as ``cli.main`` runs them once they are wired in."""
    import argparse

    from cpradmin import cli
    from cpradmin.cli_logs import add_parsers
    from cpradmin.errors import CpradminError

    parser = argparse.ArgumentParser(prog="cpradmin")
    parser.add_argument("--vault")
    add_parsers(parser.add_subparsers(dest="command"), cli._login)
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    try:
        code = args.handler(args, out)
    except CpradminError as exc:
        print(f"cpradmin: {exc.message.english()}", file=err)
        code = exc.exit_code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, vault_path: Path) -> Path:
    from tests.conftest import OFFICER, PASSWORD

    monkeypatch.setenv("CPRADMIN_USER", OFFICER)
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("CPRADMIN_VAULT", str(vault_path))
    return vault_path


def test_cli_log_import_imports_and_refusal(cli_env: Path, tmp_path: Path) -> None:
    rows = [["U1", "27-10-2024 02:30:00", "Opslag", CPR_A, "", ""],
            ["U1", "27-10-2024 02:31:00", "Opslag", "3113901234", "", ""]] + [
        ["", "27-10-2024 02:32:00", "Opslag", CPR_B, "", ""]] * 25
    path = write(tmp_path / "log.csv", rows)
    code, out, err = run_cli("log", "import", str(path))
    assert code == 0, err
    assert "Rows: 27 read, 1 accepted, 26 rejected, 0 duplicates skipped, 1 added" in out
    assert "Period: 2024-10-27 02:30:00 to 2024-10-27 02:30:00 (Danish time)" in out
    assert "log.csv:3: CPR-nummer: 311390-XXXX is not a valid CPR number." in out
    assert "log.csv:4: Bruger-ID: The user ID is missing." in out
    assert out.count("log.csv:") == 20 and "… and 6 more rejected rows" in out
    assert "rows/s" in out and not FULL_CPR.search(out)
    code, out, err = run_cli("log", "import", str(path))
    assert code == 1 and "was imported already: import #1" in err and out == ""
    code, out, err = run_cli("log", "imports")
    assert code == 0 and "log.csv" in out and "1 import(s)" in out


def test_cli_statistics_and_cases(cli_env: Path, tmp_path: Path) -> None:
    stats = write(tmp_path / "stat.csv", [["U1", "Opslag", "2"]],
                  ["Bruger-ID", "Transaktion", "Antal"])
    code, out, err = run_cli("log", "import-statistics", str(stats), "--from", "2024-02-01",
                             "--to", "2024-02-29")
    assert code == 0, err
    assert "Rows: 1 read, 1 accepted, 0 rejected" in out
    code, out, err = run_cli("log", "import-statistics", str(stats), "--from", "1 feb")
    assert code == 1 and "1 feb is not a date" in err
    cases = write(tmp_path / "sager.csv", [["U1", CPR_A, "24-1", "01-02-2024", ""]],
                  ["Bruger-ID", "CPR-nummer", "Sagsnummer", "Fra", "Til"])
    code, out, err = run_cli("cases", "import", str(cases))
    assert code == 0 and "1 accepted" in out, err
    code, out, err = run_cli("log", "imports")
    assert "statistics" in out and "cases" in out


def test_without_a_ram_temp_folder_temp_storage_stays_in_memory(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Temp storage stays in memory: SQLCipher's temp files would hold CPR numbers in clear."""
    seen: list[int] = []
    build = log_import._build_indexes

    def watching(conn: Any, *args: Any) -> None:
        seen.append(conn.execute("PRAGMA temp_store").fetchone()[0])
        build(conn, *args)

    monkeypatch.setattr(log_import, "_build_indexes", watching)
    assert import_log(vault, write(tmp_path / "a.csv", generated(500))).added == 500
    assert seen == [2]  # MEMORY


def test_temp_settings_are_restored(vault: Vault, tmp_path: Path) -> None:
    import_log(vault, write(tmp_path / "a.csv", generated(500)))
    assert vault.db.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert vault.db.execute("PRAGMA temp_store_directory").fetchall() == []
    assert vault.db.execute("PRAGMA cache_size").fetchone()[0] == -65_536
