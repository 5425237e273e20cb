"""Transaction statistics from imported logs: calendar months in Danish time (DST, month
boundaries an hour or two off UTC), one user's history, system-to-system users, the two ways
of reading rows, progress and cancel, the XLSX export read back, and the CLI.

Real vaults and real imports; the oracle for the counts is the month printed in the log's own
local-time text, never the code under test.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import stat
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cpradmin import audit, cli, log_statistics, registers
from cpradmin.errors import ValidationError
from cpradmin.log_import import compare_statistics, import_log, import_statistics
from cpradmin.log_statistics import (
    export_statistics,
    last_month,
    month_ranges,
    statistics_differences,
    system_statistics,
    transaction_statistics,
    user_history,
)
from cpradmin.registers import EmployeeInput
from cpradmin.vault import Vault

CPR_A, CPR_B = "0101901009", "1502851000"
HEADER = ["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer"]
SYSTEM_HEADER = [*HEADER, "System"]
FULL_CPR = re.compile(r"\d{6}-?\d{4}")


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


def oracle(rows: list[list[str]], start: date, end: date, *, user: str | None = None
           ) -> Counter[tuple[str, str, str]]:
    """(user, transaction, "YYYY-MM") per row, read from the row's own dd-mm-yyyy text."""
    found: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        day = date(int(row[1][6:10]), int(row[1][3:5]), int(row[1][:2]))
        if start <= day <= end and (user is None or row[0].upper() == user):
            found[(row[0].upper(), row[2], f"{day:%Y-%m}")] += 1
    return found


def flat(stats: log_statistics.Statistics) -> Counter[tuple[str, str, str]]:
    found: Counter[tuple[str, str, str]] = Counter()
    for row in stats.rows:
        for label, n in zip(stats.labels, row.counts, strict=True):
            if n:
                found[(row.user_id, row.transaction, label)] += n
    return found


# Each row's local text decides its month; the UTC instant lies in another month for most.
EDGES = [
    ["U1", "31-12-2023 23:59:59", "Opslag", CPR_A],   # before the period
    ["U1", "01-01-2024 00:15:00", "Opslag", CPR_A],   # UTC: 2023-12-31 23:15
    ["U1", "31-01-2024 23:59:59", "Opslag", CPR_B],
    ["U1", "01-02-2024 00:00:00", "Søgning", CPR_A],  # midnight exactly: February
    ["U1", "29-02-2024 23:59:59", "Opslag", CPR_A],   # leap day
    ["U1", "01-03-2024 00:30:00", "Opslag", CPR_A],   # UTC: 2024-02-29 23:30
    ["U2", "31-03-2024 02:30:00", "Opslag", CPR_B],   # the spring hour that does not exist
    ["U2", "31-03-2024 23:30:00", "Opslag", CPR_B],   # summer time: UTC 21:30
    ["U2", "01-04-2024 00:30:00", "Opslag", CPR_B],   # UTC: 2024-03-31 22:30
    ["U2", "01-04-2024 01:59:59", "Søgning", CPR_B],  # UTC: 2024-03-31 23:59:59
    ["U2", "27-10-2024 02:30:00", "Opslag", CPR_A],   # the autumn hour (ambiguous)
    ["U2", "31-10-2024 23:59:59", "Opslag", CPR_A],   # winter time again: UTC 22:59:59
    ["U2", "01-11-2024 00:00:00", "Opslag", CPR_A],   # UTC: 2024-10-31 23:00
    ["U1", "01-01-2025 00:59:59", "Opslag", CPR_A],   # UTC: 2024-12-31 23:59:59
]


@pytest.fixture
def edges(vault: Vault, tmp_path: Path) -> Vault:
    import_log(vault, write(tmp_path / "edges.csv", EDGES))
    return vault


def test_months_are_danish_calendar_months_across_dst(edges: Vault) -> None:
    start, end = date(2024, 1, 1), date(2024, 12, 31)
    stats = transaction_statistics(edges.db, start, end)
    assert stats.labels == [f"2024-{m:02d}" for m in range(1, 13)]
    assert flat(stats) == oracle(EDGES, start, end)
    assert stats.total == 12  # not the row of 2023 nor the one of 2025
    totals = dict(zip(stats.labels, stats.month_totals(), strict=True))
    assert (totals["2024-01"], totals["2024-02"], totals["2024-03"], totals["2024-04"]) == \
        (2, 2, 3, 2)
    assert (totals["2024-10"], totals["2024-11"]) == (2, 1)


def test_a_period_inside_months_is_clipped_to_its_days(edges: Vault) -> None:
    start, end = date(2024, 2, 29), date(2024, 4, 1)
    stats = transaction_statistics(edges.db, start, end)
    assert stats.labels == ["2024-02", "2024-03", "2024-04"]
    assert flat(stats) == oracle(EDGES, start, end)
    assert stats.month_totals() == [1, 3, 2]


def test_month_ranges_are_local_midnights() -> None:
    ranges = month_ranges(date(2024, 3, 15), date(2024, 4, 30))
    assert [r.label for r in ranges] == ["2024-03", "2024-04"]
    # 15 March 00:00 CET = 23:00 UTC the day before; 1 April 00:00 CEST = 22:00 UTC.
    assert ranges[0].low == 1710457200 and ranges[0].high == 1711922400 == ranges[1].low
    with pytest.raises(ValidationError, match="ends"):
        month_ranges(date(2024, 2, 1), date(2024, 1, 31))
    assert last_month(date(2024, 3, 15)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert last_month(date(2024, 1, 1)) == (date(2023, 12, 1), date(2023, 12, 31))


def test_long_periods_count_every_month(vault: Vault, tmp_path: Path) -> None:
    """Two years: the balanced CASE has to put each row in the right one of 24 months."""
    rows = [[f"U{m % 3}", f"{(m * 7) % 28 + 1:02d}-{m % 12 + 1:02d}-{2023 + m // 12} "
             f"{m % 24:02d}:05:00", "Opslag", CPR_A] for m in range(24) for _ in range(m + 1)]
    import_log(vault, write(tmp_path / "years.csv", rows))
    start, end = date(2023, 1, 1), date(2024, 12, 31)
    stats = transaction_statistics(vault.db, start, end)
    assert len(stats.labels) == 24
    assert flat(stats) == oracle(rows, start, end)
    assert stats.month_totals() == [m + 1 for m in range(24)]


# -- users, programs, sources --------------------------------------------------------------------


def register(vault: Vault) -> None:
    jens = registers.add_employee(vault, EmployeeInput("Jens Hansen", department="Borgerservice"))
    registers.add_user_id(vault, "U1", employee_id=jens.id)
    registers.add_program(vault, name="Skattesystem", purpose="Ajourføring",
                          system_user_id="SYS1")
    registers.add_program(vault, name="Ydelser", system_user_id="SYS2")


def test_one_user_and_programs_only(vault: Vault, tmp_path: Path) -> None:
    register(vault)
    rows = [["U1", "10-02-2024 10:00:00", "Opslag", CPR_A],
            ["U1", "11-03-2024 10:00:00", "Søgning", CPR_A],
            ["SYS1", "12-02-2024 03:00:00", "Opslag", CPR_B],
            ["SYS1", "12-02-2024 03:00:01", "Opslag", CPR_B],
            ["sys2", "01-03-2024 00:10:00", "Ajourføring", CPR_B],
            ["X9", "12-02-2024 12:00:00", "Opslag", CPR_B]]
    import_log(vault, write(tmp_path / "log.csv", rows))
    start, end = date(2024, 2, 1), date(2024, 3, 31)
    everyone = transaction_statistics(vault.db, start, end)
    assert [(r.user_id, r.kind, r.unit, r.transaction, r.counts) for r in everyone.rows] == [
        ("SYS1", "program", "Skattesystem", "Opslag", (2, 0)),
        ("SYS2", "program", "Ydelser", "Ajourføring", (0, 1)),
        ("U1", "employee", "Borgerservice", "Opslag", (1, 0)),
        ("U1", "employee", "Borgerservice", "Søgning", (0, 1)),
        ("X9", "unknown", "", "Opslag", (1, 0)),
    ]
    assert everyone.user_totals()[0] == ("SYS1", 2)
    programs = transaction_statistics(vault.db, start, end, programs_only=True)
    assert programs.users() == ["SYS1", "SYS2"] and programs.total == 3
    one = transaction_statistics(vault.db, start, end, user=" u1 ")
    assert one.user == "U1" and flat(one) == oracle(rows, start, end, user="U1")
    assert one == everyone.for_user("u1")
    assert transaction_statistics(vault.db, start, end, user="NOBODY").rows == ()
    monthly = system_statistics(vault.db, date(2024, 3, 17))
    assert (monthly.start, monthly.end, monthly.programs_only) == (
        date(2024, 3, 1), date(2024, 3, 31), True)
    assert [(r.user_id, r.counts) for r in monthly.rows] == [("SYS2", (1,))]


def test_source_filter(vault: Vault, tmp_path: Path) -> None:
    import_log(vault, write(tmp_path / "cpr.csv", [["U1", "10-02-2024 10:00:00", "Opslag",
                                                     CPR_A]]))
    import_log(vault, write(tmp_path / "sys.csv", [
        ["U1", "10-02-2024 10:00:00", "Opslag", CPR_A, "Sag"],
        ["U1", "11-02-2024 10:00:00", "Opslag", CPR_A, "Sag"]], SYSTEM_HEADER),
        source="system")
    period = (date(2024, 2, 1), date(2024, 2, 29))
    assert transaction_statistics(vault.db, *period).total == 3
    assert transaction_statistics(vault.db, *period, source="cpr").total == 1
    stats = transaction_statistics(vault.db, *period, source="system")
    assert (stats.total, stats.source) == (2, "system")


def test_user_history_spans_every_month_of_the_user(vault: Vault, tmp_path: Path) -> None:
    first = [["U1", "15-11-2023 09:00:00", "Opslag", CPR_A],
             ["U2", "15-06-2023 09:00:00", "Opslag", CPR_A]]
    second = [["U1", "01-03-2024 00:30:00", "Søgning", CPR_B],
              ["U1", "20-01-2024 09:00:00", "Opslag", CPR_B],
              ["U2", "15-06-2024 09:00:00", "Opslag", CPR_A]]
    import_log(vault, write(tmp_path / "a.csv", first))
    import_log(vault, write(tmp_path / "b.csv", second))
    history = user_history(vault.db, "u1")
    assert history is not None
    assert (history.start, history.end) == (date(2023, 11, 15), date(2024, 3, 1))
    assert history.labels == ["2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]
    assert history.by_month() == {"Opslag": [1, 0, 1, 0, 0], "Søgning": [0, 0, 0, 0, 1]}
    assert user_history(vault.db, "nobody") is None


# -- the two ways of reading rows ----------------------------------------------------------------


def generated(n: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        day = date(2024, 1, 1).toordinal() + rng.randrange(120)
        when = date.fromordinal(day)
        rows.append([f"K{rng.randrange(40):02d}",
                     f"{when:%d-%m-%Y} {rng.randrange(24):02d}:{rng.randrange(60):02d}:00",
                     rng.choice(["Opslag", "Søgning", "Ajourføring"]),
                     rng.choice([CPR_A, CPR_B])])
    return rows


def test_index_walk_and_scan_count_the_same(vault: Vault, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    rows = generated(3_000)
    import_log(vault, write(tmp_path / "g.csv", rows))
    start, end = date(2024, 1, 10), date(2024, 4, 5)
    ranges = month_ranges(start, end)
    refs = log_statistics._user_refs(vault.db, "K07", False)
    plans = {}
    for share in (0.0, 1.0):  # never / always the index
        monkeypatch.setattr(log_statistics, "INDEX_SHARE", share)
        query = log_statistics._query(vault.db, ranges, refs, None)
        assert query is not None
        plans[query.indexed] = " ".join(
            r[-1] for r in vault.db.execute(f"EXPLAIN QUERY PLAN {query.sql}", query.params))
        stats = transaction_statistics(vault.db, start, end, user="K07")
        assert flat(stats) == oracle(rows, start, end, user="K07")
        assert stats.total > 0
    assert "log_entries_user" in plans[True], plans
    assert "log_entries_user" not in plans[False] and "PRIMARY KEY" in plans[False], plans
    everyone = log_statistics._query(vault.db, ranges, None, None)
    assert everyone is not None and not everyone.indexed
    assert flat(transaction_statistics(vault.db, start, end)) == oracle(rows, start, end)


def test_progress_and_cancel(vault: Vault, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    import_log(vault, write(tmp_path / "g.csv", generated(2_000)))
    monkeypatch.setattr(log_statistics, "CHUNK_ROWS", 300)
    seen: list[tuple[int, int]] = []
    stats = transaction_statistics(vault.db, date(2024, 1, 1), date(2024, 4, 30),
                                   progress=lambda done, total: seen.append((done, total)))
    assert stats.total == 2_000 and stats.counted == 2_000
    assert len(seen) >= 7 and seen[-1] == (2_000, 2_000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    class StopError(Exception):
        pass

    calls = []

    def cancel() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise StopError

    with pytest.raises(StopError):
        transaction_statistics(vault.db, date(2024, 1, 1), date(2024, 4, 30),
                               check_cancel=cancel)
    assert not vault.db.in_transaction
    assert transaction_statistics(vault.db, date(2024, 1, 1), date(2024, 4, 30)).total == 2_000


def test_no_rows_no_imports(vault: Vault) -> None:
    stats = transaction_statistics(vault.db, date(2024, 1, 1), date(2024, 1, 31))
    assert (stats.rows, stats.total, stats.month_totals()) == ((), 0, [0])


# -- comparison, export, CLI ---------------------------------------------------------------------


def test_differences_against_the_imported_report(vault: Vault, tmp_path: Path) -> None:
    register(vault)
    import_log(vault, write(tmp_path / "log.csv", [
        ["U1", "10-02-2024 10:00:00", "Opslag", CPR_A],
        ["SYS1", "12-02-2024 03:00:00", "Opslag", CPR_B]]))
    period = (date(2024, 2, 1), date(2024, 2, 29))
    stats = transaction_statistics(vault.db, *period)
    assert statistics_differences(vault.db, stats) is None  # no report imported
    import_statistics(vault, write(tmp_path / "stat.csv", [
        ["U1", "Opslag", "1", "2024-02"], ["SYS1", "Opslag", "4", "2024-02"]],
        ["Bruger-ID", "Transaktion", "Antal", "Måned"]))
    found = statistics_differences(vault.db, stats)
    assert found is not None
    assert {(d.user_id, d.reported, d.computed) for d in found} == {("U1", 1, 1),
                                                                    ("SYS1", 4, 1)}
    assert found == compare_statistics(vault.db, period)  # its own counts, same answer
    programs = statistics_differences(
        vault.db, transaction_statistics(vault.db, *period, programs_only=True))
    assert programs is not None and [d.user_id for d in programs] == ["SYS1"]
    one = statistics_differences(vault.db, transaction_statistics(vault.db, *period,
                                                                  user="sys1"))
    assert one is not None and [(d.user_id, d.difference) for d in one] == [("SYS1", -3)]
    # With a system log in the period, every-source counts are not the CPR log's: the
    # comparison counts the CPR log itself.
    import_log(vault, write(tmp_path / "sys.csv", [
        ["U1", "11-02-2024 10:00:00", "Opslag", CPR_A, "Sag"]], SYSTEM_HEADER),
        source="system")
    mixed = transaction_statistics(vault.db, *period)
    assert mixed.total == 3
    assert statistics_differences(vault.db, mixed) == compare_statistics(vault.db, period) \
        == found
    only_system = transaction_statistics(vault.db, *period, source="system")
    assert statistics_differences(vault.db, only_system) == found


def test_xlsx_export_reads_back(vault: Vault, tmp_path: Path) -> None:
    registers.add_program(vault, name="System 010190-1009", system_user_id="SYS1")
    import_log(vault, write(tmp_path / "log.csv", [row for row in EDGES if row[0] == "U1"]
                            + [["SYS1", "05-01-2024 10:00:00", "Opslag", CPR_B]]))
    stats = transaction_statistics(vault.db, date(2024, 1, 1), date(2024, 3, 31))
    import_statistics(vault, write(tmp_path / "stat.csv", [["U1", "Opslag", "9", "2024-01"]],
                                   ["Bruger-ID", "Transaktion", "Antal", "Måned"]))
    target = tmp_path / "out" / "statistik.xlsx"
    differences = statistics_differences(
        vault.db, transaction_statistics(vault.db, date(2024, 1, 1), date(2024, 1, 31)))
    result = export_statistics(vault, stats, target, differences=differences)
    assert result.rows == len(stats.rows) == 3
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Transaktionsstatistik", "Om statistikken", "Afvigelser"]
    table = [list(r) for r in book["Transaktionsstatistik"].iter_rows(values_only=True)]
    assert table[0] == ["Bruger-ID", "Type", "Afdeling / program", "Transaktion", "2024-01",
                        "2024-02", "2024-03", "I alt"]
    assert table[1] == ["SYS1", "Program", "System 010190-XXXX", "Opslag", 1, 0, 0, 1]
    assert table[2] == ["U1", "Ikke i registret", None, "Opslag", 2, 1, 1, 4]
    assert table[3] == ["U1", "Ikke i registret", None, "Søgning", 0, 1, 0, 1]
    assert table[4] == ["I alt", None, None, None, 3, 2, 1, 6]
    about = dict(book["Om statistikken"].iter_rows(min_row=2, values_only=True))
    assert about["Periode fra"].date() == date(2024, 1, 1)
    assert about["Transaktioner i alt"] == 6
    assert list(book["Afvigelser"].iter_rows(min_row=2, values_only=True)) == [
        ("U1", "Opslag", 9, 2, -7), ("SYS1", "Opslag", 0, 1, 1)]
    every_text = " ".join(str(c) for ws in book for r in ws.iter_rows(values_only=True)
                          for c in r if c is not None)
    assert not FULL_CPR.search(every_text.replace("010190-XXXX", ""))
    entry = [e for e in audit.entries(vault.db) if e.action == "statistics-exported"]
    assert len(entry) == 1 and entry[0].object == "file:statistik.xlsx"
    english = export_statistics(vault, stats, tmp_path / "s.csv", lang="en")
    text = english.path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "User ID;Kind;Department / program;Transaction;2024-01;" \
                                   "2024-02;2024-03;Total"
    with pytest.raises(ValidationError, match=r"xlsx or \.csv"):
        export_statistics(vault, stats, tmp_path / "s.pdf")


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, vault_path: Path) -> Path:
    from conftest import OFFICER, PASSWORD

    monkeypatch.setenv("CPRADMIN_USER", OFFICER)
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("CPRADMIN_VAULT", str(vault_path))
    return vault_path


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(argv), out), out.getvalue()


def test_cli_statistics(cli_env: Path, tmp_path: Path, capsys: Any) -> None:
    log = write(tmp_path / "log.csv", [["U1", "01-03-2024 00:30:00", "Opslag", CPR_A],
                                       ["U1", "29-02-2024 12:00:00", "Opslag", CPR_A],
                                       ["U2", "29-02-2024 12:00:00", "Søgning", CPR_B]])
    assert run_cli("log", "import", str(log))[0] == 0
    code, out = run_cli("statistics", "--from", "2024-02-01", "--to", "2024-03-31",
                        "--out", str(tmp_path / "s.xlsx"))
    assert code == 0, capsys.readouterr().err
    assert "3 transaction(s), 2 user ID(s), 2 row(s)" in out
    assert "  2024-02: 2" in out and "  2024-03: 1" in out
    assert (tmp_path / "s.xlsx").is_file() and "Written to s.xlsx" in out
    code, out = run_cli("statistics", "--user", "u1", "--history")
    assert code == 0 and "2024-02-29 to 2024-03-01 (U1" in out
    code, out = run_cli("statistics", "--last-month", "--programs-only")
    assert code == 0 and "system-to-system users" in out
    assert run_cli("statistics", "--history")[0] == 1
    assert "--history needs --user" in capsys.readouterr().err
    assert run_cli("statistics", "--from", "2024-02-01")[0] == 1
