"""Paged reading of the imported log (``log_queries``): every filter, both orders, both
directions, pages walked with a tiny window so the step-by-step scan is exercised, counts,
query plans, and no full CPR number in what the view receives.

Expected results are computed in Python from the stored rows, independently of the paging
SQL. The vault is real (SQLCipher); the files are a few thousand rows imported with
``import_log``. Million-row figures: bench/README.md.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import astuple
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import OFFICER, PASSWORD

from cpradmin import log_queries
from cpradmin.errors import ValidationError
from cpradmin.keyslots import SlotFile
from cpradmin.log_import import import_log, import_statistics
from cpradmin.log_queries import Cursor, LogFilter, LogQuery, Order
from cpradmin.models.logs import Source, local_day_bounds
from cpradmin.vault import Vault

FULL_CPR = re.compile(r"\d{6}-?\d{4}")
CPRS = ("0101901009", "1502851000", "2512014472", "0101901235", "6101901234")
HEADER = ["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer", "Terminal", "Søgekriterie"]
#: The rows start the evening before the autumn DST change (27 October 2024, 02:00-02:59
#: happens twice), so some are ambiguous.
START = datetime(2024, 10, 26, 20, 0, 0)


def transaction_of(i: int) -> str:
    return "Værgemål" if i % 50 == 7 else ("Opslag", "Søgning på navn", "Adressesøgning")[i % 3]


def log_rows(n: int, *, step: int = 37, offset: int = 0, users: int = 12,
             system: bool = False) -> list[list[str]]:
    """*n* valid rows in time order; a criterion now and then holds a CPR number."""
    rows = []
    for i in range(n):
        when = START + timedelta(seconds=offset + i * step)
        cpr = "" if i % 17 == 5 else CPRS[i % len(CPRS)]
        criterion = (f"Navn og {CPRS[1][:6]}-{CPRS[1][6:]}" if i % 23 == 0
                     else ("CPR-nummer", "Navn")[i % 2])
        row = [f"kom{i % users:03d}", when.strftime("%d-%m-%Y %H:%M:%S"), transaction_of(i),
               cpr, f"PC{i % 5}", criterion]
        if system:
            row.append(("ESDH", "Ydelsessystem")[i % 2])
        rows.append(row)
    return rows


def write_log(path: Path, rows: list[list[str]], header: list[str] | None = None, *,
              encoding: str = "cp1252") -> Path:
    """What a Danish export looks like: ``;``, Windows-1252, CRLF."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER if header is None else header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def import_both(vault: Vault, folder: Path) -> dict[str, int]:
    """A CPR log of 2,000 rows and a system log of 300 interleaved with it in time."""
    cpr = import_log(vault, write_log(folder / "logsøgning.csv", log_rows(2000)))
    system = import_log(vault, write_log(folder / "esdh.csv",
                                         log_rows(300, step=241, offset=13, system=True),
                                         [*HEADER, "System"]), source="system")
    assert (cpr.added, system.added) == (2000, 300)
    return {"cpr": cpr.import_id, "system": system.import_id}


@pytest.fixture(scope="module")
def shared(template_vault: tuple[Path, str],
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, int]]]:
    """One vault with both logs for the tests that only read (importing for each of them
    would cost most of this file's time)."""
    folder = tmp_path_factory.mktemp("log_queries")
    target = folder / "cpradmin.vault"
    shutil.copy2(template_vault[0], target)
    shutil.copy2(SlotFile.path_for(template_vault[0]), SlotFile.path_for(target))
    session = Vault.login(target, OFFICER, PASSWORD)
    try:
        yield session, import_both(session, folder)
    finally:
        session.lock("module finished")


@pytest.fixture
def logged(shared: tuple[Vault, dict[str, int]]) -> dict[str, int]:
    return shared[1]


@pytest.fixture
def reader(shared: tuple[Vault, dict[str, int]]) -> Vault:
    """The shared vault: read it, never write."""
    return shared[0]


def stored(vault: Vault) -> list[tuple[Any, ...]]:
    return vault.db.execute(
        "SELECT e.id, e.ts, e.source, u.user_id, t.code, e.cpr, e.import_id FROM log_entries e "
        "JOIN log_users u ON u.id = e.user_ref JOIN log_transactions t ON t.id = e.tx_ref"
    ).fetchall()


def expected(vault: Vault, flt: LogFilter, descending: bool) -> list[int]:
    """The ids the filter must give, in the order it must give them (plain Python)."""
    low = local_day_bounds(flt.start, flt.start)[0] if flt.start else None
    high = local_day_bounds(flt.end, flt.end)[1] if flt.end else None
    digits = "".join(flt.cpr.split()).replace("-", "")
    found = [r for r in stored(vault)
             if (not flt.user or r[3] == flt.user.strip().upper())
             and (not digits or r[5] == int(digits))
             and (not flt.transaction or r[4] == flt.transaction)
             and (low is None or r[1] >= low) and (high is None or r[1] < high)
             and (flt.source is None or r[2] == (0 if flt.source is Source.CPR else 1))
             and (flt.import_id is None or r[6] == flt.import_id)]
    key = (lambda r: (r[1], r[0])) if flt.order is Order.TIME else (lambda r: r[0])
    return [r[0] for r in sorted(found, key=key, reverse=descending)]


def walk(vault: Vault, query: LogQuery, *, limit: int, descending: bool = False,
         seconds: float = 0.0) -> Iterator[log_queries.LogPage]:
    cursor: Cursor | None = None
    for _ in range(10_000):
        page = log_queries.fetch_page(vault.db, query, cursor, limit=limit,
                                      descending=descending, seconds=seconds)
        yield page
        if page.done:
            return
        cursor = page.cursor
    raise AssertionError("the pages never ended")


def count_all(vault: Vault, query: LogQuery) -> tuple[int, int]:
    """(matches, steps) counting with no time to spare: one window or batch a step."""
    position, total = None, 0
    for steps in range(1, 10_000):
        found, position = log_queries.count_step(vault.db, query, position, seconds=0.0)
        total += found
        if position is None:
            return total, steps
    raise AssertionError("the count never ended")


FILTERS = {
    "nothing": LogFilter(),
    "user": LogFilter(user="KOM003"),
    "user typed in lower case": LogFilter(user=" kom003 "),
    "person": LogFilter(cpr="010190-1009"),
    "person and user": LogFilter(cpr="0101901009", user="KOM005"),
    "transaction": LogFilter(transaction="Værgemål"),
    "transaction and period": LogFilter(transaction="Opslag", start=date(2024, 10, 27),
                                        end=date(2024, 10, 27)),
    "period": LogFilter(start=date(2024, 10, 27), end=date(2024, 10, 27)),
    "period from": LogFilter(start=date(2024, 10, 27)),
    "short period": LogFilter(end=date(2024, 10, 26)),  # 4 of the logs' 20 hours
    "short period and transaction": LogFilter(end=date(2024, 10, 26),
                                              transaction="Værgemål"),
    "source": LogFilter(source=Source.SYSTEM),
    "user and source": LogFilter(user="KOM002", source=Source.CPR),
    "user and transaction and period": LogFilter(user="KOM001", transaction="Søgning på navn",
                                                 end=date(2024, 10, 26)),
}


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("name", list(FILTERS))
def test_pages_walk_every_match_once_in_order(reader: Vault, logged: dict[str, int], name: str,
                                              descending: bool,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(log_queries, "SCAN_IDS", 97)  # many windows per page
    flt = FILTERS[name]
    query = log_queries.resolve(reader.db, flt)
    want = expected(reader, flt, descending)
    assert want, "every filter here matches something"
    pages = list(walk(reader, query, limit=41, descending=descending))
    got = [row.id for page in pages for row in page.rows]
    assert got == want
    assert all(len(page.rows) <= 41 for page in pages)
    assert pages[-1].done and pages[-1].scanned == 1.0
    quick = log_queries.quick_count(reader.db, query)
    assert quick in (None, len(want))
    assert (quick is None) == (name not in ("nothing", "source"))
    monkeypatch.setattr(log_queries, "COUNT_BATCH", 13)
    counted, steps = count_all(reader, query)
    assert counted == len(want)
    assert steps > 1 or len(want) <= 13  # it went in steps


def test_import_filter_and_order(reader: Vault, logged: dict[str, int]) -> None:
    for source, import_id in logged.items():
        flt = LogFilter(import_id=import_id)
        query = log_queries.resolve(reader.db, flt)
        got = [r.id for page in walk(reader, query, limit=500) for r in page.rows]
        assert got == expected(reader, flt, False)
        assert {r.source.value for page in walk(reader, query, limit=500)
                for r in page.rows} == {source}
        assert log_queries.quick_count(reader.db, query) == len(got)
    # Time order over the user's rows of both files: the system rows fall in between.
    query = log_queries.resolve(reader.db, LogFilter(user="KOM000"))
    rows = [r for page in walk(reader, query, limit=1000) for r in page.rows]
    assert [r.ts for r in rows] == sorted(r.ts for r in rows)
    assert {r.source for r in rows} == {Source.CPR, Source.SYSTEM}
    assert [r.id for r in rows] != sorted(r.id for r in rows)


def test_a_short_period_is_located_over_the_index_first(reader: Vault,
                                                       logged: dict[str, int]) -> None:
    """The scan in import order then starts at the period's first row and ends at its
    last, instead of reading every import that meets the period."""
    long = log_queries.resolve(reader.db, LogFilter(start=date(2024, 10, 27)))
    assert (long.first_id, long.last_id) == (1, 2300)  # most of the span: not narrowed
    flt = LogFilter(end=date(2024, 10, 26))
    query = log_queries.resolve(reader.db, flt)
    ids = expected(reader, flt, False)
    assert (query.first_id, query.last_id) == (min(ids), max(ids)) != (1, 2300)
    system = LogFilter(end=date(2024, 10, 26), source=Source.SYSTEM)
    query = log_queries.resolve(reader.db, system)
    assert (query.first_id, query.last_id) == (2001, max(expected(reader, system, False)))


def test_a_sparse_filter_is_searched_in_short_steps(reader: Vault, logged: dict[str, int],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """With no time left the scan returns after one window, with what it found and how far
    it got; the next call goes on from there."""
    monkeypatch.setattr(log_queries, "SCAN_IDS", 20)
    query = log_queries.resolve(reader.db, LogFilter(transaction="Værgemål"))
    pages = list(walk(reader, query, limit=200, seconds=0.0))
    assert len(pages) == 115  # 2,300 ids in windows of 20
    assert [p.scanned for p in pages] == sorted(p.scanned for p in pages)
    assert sum(len(p.rows) for p in pages) == len(expected(reader, query.filter, False))
    assert any(not p.rows and not p.done for p in pages)  # an empty step is not the end
    # With time to spare one call fills the page from several windows.
    page = log_queries.fetch_page(reader.db, query, limit=30, seconds=10.0)
    assert len(page.rows) == 30 and not page.done


def test_a_filter_that_cannot_match(reader: Vault, logged: dict[str, int]) -> None:
    for flt in (LogFilter(user="NOBODY"), LogFilter(transaction="Ukendt"),
                LogFilter(cpr="3112991234"), LogFilter(start=date(2030, 1, 1)),
                LogFilter(import_id=9999)):
        query = log_queries.resolve(reader.db, flt)
        page = log_queries.fetch_page(reader.db, query)
        assert (page.rows, page.done) == ([], True)
        assert log_queries.quick_count(reader.db, query) in (0, None)
        assert count_all(reader, query) == (0, 1)


def test_an_empty_vault(vault: Vault) -> None:
    query = log_queries.resolve(vault.db, LogFilter())
    assert query.nothing and log_queries.fetch_page(vault.db, query).done
    assert log_queries.quick_count(vault.db, query) == 0
    assert log_queries.imports(vault.db) == []


def test_bad_filters_are_refused_without_the_number(vault: Vault) -> None:
    with pytest.raises(ValidationError) as refused:
        log_queries.resolve(vault.db, LogFilter(cpr="321390-1234"))
    assert "321390-XXXX" in str(refused.value) and "1234" not in str(refused.value)
    with pytest.raises(ValidationError, match="ends before it starts"):
        log_queries.resolve(vault.db, LogFilter(start=date(2024, 2, 2), end=date(2024, 2, 1)))
    assert log_queries.cpr_digits(" 010190 - 1009 ") == "0101901009"  # spaces ignored
    assert log_queries.cpr_digits("010190-1009") == "0101901009"
    assert log_queries.cpr_digits("0101901009") == "0101901009"
    assert log_queries.cpr_digits("01019010") is None


def test_rows_carry_no_full_cpr_number(reader: Vault, logged: dict[str, int]) -> None:
    query = log_queries.resolve(reader.db, LogFilter())
    rows = [r for page in walk(reader, query, limit=2300) for r in page.rows]
    assert len(rows) == 2300
    for row in rows:
        text = " ".join(str(value) for value in astuple(row)) + repr(row)
        assert not any(c in text or f"{c[:6]}-{c[6:]}" in text for c in CPRS), text
        assert row.cpr_masked is None or re.fullmatch(r"\d{6}-XXXX", row.cpr_masked)
    masked_criteria = [r.criterion for r in rows if r.criterion and "XXXX" in r.criterion]
    assert masked_criteria and all(c == f"Navn og {CPRS[1][:6]}-XXXX" for c in masked_criteria)
    assert {r.system for r in rows if r.source is Source.SYSTEM} == {"ESDH", "Ydelsessystem"}
    assert {r.file for r in rows} == {"logsøgning.csv", "esdh.csv"}
    first = rows[0]
    assert (first.line, first.user_id, first.transaction) == (2, "KOM000", "Opslag")
    assert first.local_time.strftime("%d-%m-%Y %H:%M:%S") == "26-10-2024 20:00:00"
    # The autumn hour: 02:00-02:59 on 27 October happened twice.
    ambiguous = [r for r in rows if r.ambiguous]
    assert ambiguous and all(r.local_time.strftime("%d %H") == "27 02" for r in ambiguous)
    assert not any(r.nonexistent for r in rows)
    # The one way to the full number: for a filter on "this person", kept in memory.
    with_cpr = next(r for r in rows if r.cpr_masked)
    digits = log_queries.entry_cpr(reader.db, with_cpr.id)
    assert digits is not None and digits[:6] == with_cpr.cpr_masked[:6] and digits in CPRS
    assert log_queries.entry_cpr(reader.db, next(r.id for r in rows if not r.cpr_masked)) is None


def test_query_plans_use_the_indexes(reader: Vault, logged: dict[str, int]) -> None:
    def plans(flt: LogFilter) -> dict[str, str]:
        return {k: " | ".join(v) for k, v in log_queries.query_plans(reader.db, flt).items()}

    for flt in (LogFilter(user="KOM003"), LogFilter(user="KOM003", start=date(2024, 10, 27)),
                LogFilter(user="KOM003", transaction="Opslag")):
        found = plans(flt)
        assert "USING INDEX log_entries_user (user_ref=? AND ts>?" in found["page"]
        assert "log_entries_user (user_ref=?" in found["count"]
    for flt in (LogFilter(cpr=CPRS[0]), LogFilter(cpr=CPRS[0], user="KOM003")):
        found = plans(flt)
        assert "USING INDEX log_entries_cpr (cpr=? AND ts>?" in found["page"]
        assert "log_entries_cpr (cpr=?)" in found["count"]
    for flt in (LogFilter(), LogFilter(transaction="Opslag"),
                LogFilter(start=date(2024, 10, 27), source=Source.CPR)):
        assert "SEARCH e USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" in plans(flt)["page"]
    for flt in FILTERS.values():
        assert "TEMP B-TREE" not in plans(flt)["page"]  # pages are never sorted


def test_a_long_statement_can_be_cancelled(reader: Vault, logged: dict[str, int],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    class StopError(Exception):
        pass

    def stop() -> None:
        raise StopError

    monkeypatch.setattr(log_queries, "CHECK_EVERY", 1)
    query = log_queries.resolve(reader.db, LogFilter(user="KOM003"))
    with pytest.raises(StopError):
        log_queries.fetch_page(reader.db, query, check_cancel=stop)
    with pytest.raises(StopError):  # locating a short period
        log_queries.resolve(reader.db, LogFilter(end=date(2024, 10, 26)), check_cancel=stop)
    # The connection is fine afterwards, and without a handler.
    assert len(log_queries.fetch_page(reader.db, query, check_cancel=lambda: None).rows) > 0


def test_lists_for_the_filters_and_the_imports_panel(vault: Vault, tmp_path: Path) -> None:
    import_both(vault, tmp_path)
    assert log_queries.user_ids(vault.db) == [f"KOM{i:03d}" for i in range(12)]
    assert log_queries.transactions(vault.db) == sorted(
        ["Opslag", "Søgning på navn", "Adressesøgning", "Værgemål"])
    bad = log_rows(5)
    bad[1][3] = "321390-1234"
    bad[2][1] = "31-02-2024 10:00"
    import_log(vault, write_log(tmp_path / "bad.csv", bad))
    stats = write_log(tmp_path / "stat.csv", [["KOM001", "Opslag", "3", "01-10-2024",
                                               "31-10-2024"]],
                      ["Bruger-ID", "Transaktion", "Antal", "Fra", "Til"])
    result = import_statistics(vault, stats)
    listed = log_queries.imports(vault.db)
    assert [(r.kind, r.source, r.file_name) for r in listed] == [
        ("statistics", "cpr", "stat.csv"), ("log", "cpr", "bad.csv"),
        ("log", "system", "esdh.csv"), ("log", "cpr", "logsøgning.csv")]
    assert listed[1].rejections == {"cpr": 1, "timestamp": 1}
    assert (listed[1].rows_read, listed[1].rows_rejected, listed[1].rows_duplicate) == (5, 2, 3)
    assert listed[3].period is not None and listed[3].imported_by == "PH"
    assert listed[3].period[0].strftime("%d-%m-%Y %H:%M") == "26-10-2024 20:00"
    assert log_queries.statistics_period(vault.db, result.import_id) == (
        date(2024, 10, 1), date(2024, 10, 31))
    assert log_queries.statistics_period(vault.db, 9999) is None
