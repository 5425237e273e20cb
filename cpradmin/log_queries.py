"""The imported log read a page at a time, for the log view: 10 million rows open at once.

The view never asks for "all rows", nor for a row by its position (``OFFSET`` walks every
row before it). It asks for the next page after the last row it has (keyset paging), so a
page costs the same at the top and at row 9,999,800, and memory holds pages, not the log.

Which order the rows come in follows from the indexes the log has (migration 3):

* with a user ID or a person (CPR number) in the filter, in **time order** ``(ts, id)``:
  the index ``(user_ref, ts)`` or ``(cpr, ts)`` holds the rows in that order (the row id is
  the last column of every index), so a page is a short range scan and nothing is sorted;
* otherwise in **import order** (by id: file by file, line by line; an export is in time
  order, so this is nearly time order). There is no index on the time alone, and one on
  10 million rows would cost what the import can least afford (bench/README.md). The rows
  of one import are one id range (``log_imports.first_id``/``last_id``), so a period, a
  source or an import narrows the scan to the id ranges that can match.

A filter that no index narrows (a transaction type; a long period) may need many rows
scanned to fill one page when it matches few. Such a scan goes in windows of
:data:`SCAN_IDS` ids and stops after :data:`STEP_SECONDS`, returning what it found and where
it stopped, so every job on the vault's single worker stays short: the GUI's other reads
never wait long behind it, and the view shows rows as they are found ("≥ N rows, searching… 40 %").

Counting all matches is free only from the imports' own counts (no filter, or only a
source or an import: :func:`quick_count`). Otherwise the view shows "≥ N rows" and counts
in short steps (:func:`count_step`) behind the pages: over the index in time order, window
by window in import order.

Measured on 10 million rows (one quarter's file, 2 shared cores): a page takes 2-3 ms with
no filter, a transaction type or a user, 1 ms for a person, 20 ms for a user and a
transaction type; counting a transaction type's 4 million rows takes ~4 s of worker time
in ~45 steps. A period with no user or person inside one big file is the slow case: the
scan reaches the period's first row at ~5 million rows a second, unless the period is
short enough to be located over the user index first (a week of 10M rows: 0.25 s).

CPR numbers never leave here in full: a row carries the masked number only (``DDMMYY-XXXX``);
free texts (terminal, search criterion, system) pass through ``redact_cpr``. The one way to
the full number is :func:`entry_cpr`, for a filter on "this person" that stays in memory.
"""

from __future__ import annotations

import contextlib
import enum
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from cpradmin.errors import ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.cpr import mask_cpr, redact_cpr
from cpradmin.models.logs import (
    AMBIGUOUS,
    NONEXISTENT,
    SOURCE_CODES,
    CprChecker,
    Source,
    format_cpr,
    local_day_bounds,
    to_local,
)
from cpradmin.models.storage.connection import Connection, DatabaseError

#: Rows per page the view asks for.
PAGE_ROWS = 200
#: Ids one window of an unindexed scan covers (a window is one statement).
SCAN_IDS = 50_000
#: A page or count step stops after this long and reports where it got to.
STEP_SECONDS = 0.08
#: SQLite VM steps between two cancel checks in a long statement.
CHECK_EVERY = 20_000
#: Keys a time-order count reads between two looks at the clock.
COUNT_BATCH = 2_000
#: A period shorter than this share of what the imports cover is located over an index.
NARROW_PERIOD = 0.25

CheckCancel = Callable[[], object]


class Order(enum.Enum):
    """``TIME``: by (ts, id), over an index; ``IMPORT``: by id (file, then line)."""

    TIME = "time"
    IMPORT = "import"


class Cursor(NamedTuple):
    """Where a page ends: the next page starts after it. In import order only ``id``
    counts (it may be a scanned position rather than a row's id)."""

    ts: int
    id: int


@dataclass(frozen=True)
class LogFilter:
    """What the officer filters on. *cpr* is typed in full (with or without the hyphen);
    *start*/*end* are local dates, both inclusive."""

    user: str = ""
    cpr: str = field(default="", repr=False)
    transaction: str = ""
    start: date | None = None
    end: date | None = None
    source: Source | None = None
    import_id: int | None = None

    @property
    def order(self) -> Order:
        return Order.TIME if self.user.strip() or self.cpr.strip() else Order.IMPORT

    @property
    def is_empty(self) -> bool:
        return self == LogFilter()


@dataclass(frozen=True)
class LogRow:
    """One log row as the view shows it: the CPR number masked, free texts redacted."""

    id: int
    ts: int
    flags: int
    source: Source
    user_id: str
    transaction: str
    cpr_masked: str | None
    terminal: str | None
    criterion: str | None
    system: str | None
    import_id: int
    file: str
    line: int

    @property
    def local_time(self) -> datetime:
        return to_local(self.ts)

    @property
    def ambiguous(self) -> bool:
        """An autumn wall-clock time that happened twice (stored as the first one)."""
        return bool(self.flags & AMBIGUOUS)

    @property
    def nonexistent(self) -> bool:
        """A spring wall-clock time that did not exist (shown one hour later)."""
        return bool(self.flags & NONEXISTENT)

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.ts, self.id)


@dataclass(frozen=True)
class LogQuery:
    """A :class:`LogFilter` resolved against the vault once (the view re-resolves after an
    import): the interned ids it compares with, and the id range that can match.
    ``nothing``: a user ID, transaction or import the vault does not hold, or a period no
    import meets."""

    filter: LogFilter
    order: Order
    nothing: bool
    first_id: int
    last_id: int
    user_ref: int | None = None
    tx_ref: int | None = None
    cpr: int | None = field(default=None, repr=False)
    low: int | None = None
    high: int | None = None
    files: dict[int, str] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class LogPage:
    """Rows found after a cursor, where to go on from (*cursor*), whether the end was
    reached (*done*), and in import order how far the scan got (0..1, for the view)."""

    rows: list[LogRow]
    cursor: Cursor | None
    done: bool
    scanned: float = 1.0


def _refusal(template: str, **args: Any) -> ValidationError:
    return ValidationError(Message("LogQueries", template, args))


# -- resolving a filter ------------------------------------------------------------------------


def cpr_digits(text: str) -> str | None:
    """The 10 digits of a CPR number typed in a filter (``DDMMYY-SSSS`` or ``DDMMYYSSSS``,
    spaces ignored), or None when it is not a valid one."""
    return CprChecker().digits("".join(text.split()))


def resolve(conn: Connection, flt: LogFilter,
            check_cancel: CheckCancel | None = None) -> LogQuery:
    """Look the filter's texts up once; raises ``ValidationError`` for a CPR number that is
    not valid or a period that ends before it starts (the view checks both first).

    A period narrower than :data:`NARROW_PERIOD` of the time the matching imports cover,
    with no user or person, is first located over the user index (:func:`_period_ids`),
    so the scan in import order starts at the period's first row instead of reading its
    way there (*check_cancel* may stop that statement)."""
    user, typed_cpr, tx = flt.user.strip().upper(), flt.cpr.strip(), flt.transaction.strip()
    digits = cpr_digits(typed_cpr) if typed_cpr else None
    if typed_cpr and digits is None:
        raise _refusal(QT_TRANSLATE_NOOP("LogQueries", "{value} is not a valid CPR number."),
                       value=mask_cpr(typed_cpr))
    if flt.start and flt.end and flt.end < flt.start:
        raise _refusal(QT_TRANSLATE_NOOP("LogQueries", "The period ends before it starts."))
    low = local_day_bounds(flt.start, flt.start)[0] if flt.start else None
    high = local_day_bounds(flt.end, flt.end)[1] if flt.end else None
    files: dict[int, str] = {}
    first_id, last_id = 1 << 62, -1
    span_start, span_end = 1 << 62, -(1 << 62)
    for import_id, name, source, first, last, start, end in conn.execute(
            "SELECT id, file_name, source, first_id, last_id, period_start, period_end "
            "FROM log_imports WHERE kind = 'log'"):
        files[int(import_id)] = name
        if first is None or (flt.import_id is not None and import_id != flt.import_id):
            continue
        if (flt.source is not None and source != flt.source.value) or (
                low is not None and end < low) or (high is not None and start >= high):
            continue
        first_id, last_id = min(first_id, int(first)), max(last_id, int(last))
        span_start, span_end = min(span_start, int(start)), max(span_end, int(end))
    if (flt.order is Order.IMPORT and (low is not None or high is not None)
            and first_id <= last_id):
        period = (high if high is not None else span_end + 1) - (
            low if low is not None else span_start)
        if period < NARROW_PERIOD * (span_end + 1 - span_start):
            first_id, last_id = _period_ids(conn, low, high, first_id, last_id, check_cancel)
    user_ref = _ref(conn, "log_users", "user_id", user) if user else None
    tx_ref = _ref(conn, "log_transactions", "code", tx) if tx else None
    nothing = (last_id < first_id or (bool(user) and user_ref is None)
               or (bool(tx) and tx_ref is None))
    return LogQuery(flt, flt.order, nothing, first_id, last_id, user_ref, tx_ref,
                    int(digits) if digits else None, low, high, files)


def _period_ids(conn: Connection, low: int | None, high: int | None, first: int, last: int,
                check_cancel: CheckCancel | None) -> tuple[int, int]:
    """The first and last id of the rows in [low, high): for each user ID a range of the
    index ``(user_ref, ts)``, read from the index alone (CROSS JOIN keeps SQLite from
    scanning the whole index instead: 1.7 s against 0.25 s for a week of 10M rows)."""
    sql = ("SELECT coalesce(min(e.id), 0), coalesce(max(e.id), -1) FROM log_users u "
           "CROSS JOIN log_entries e ON e.user_ref = u.id AND e.ts >= ? AND e.ts < ? "
           "AND +e.id BETWEEN ? AND ?")
    with _interruptible(conn, check_cancel):
        row = conn.execute(sql, (-(1 << 62) if low is None else low,
                                 1 << 62 if high is None else high, first, last)).fetchone()
    return int(row[0]), int(row[1])


def _ref(conn: Connection, table: str, column: str, value: str) -> int | None:
    row = conn.execute(f"SELECT id FROM {table} WHERE {column} = ?", (value,)).fetchone()
    return int(row[0]) if row else None


# -- the statements ----------------------------------------------------------------------------

# CROSS JOIN keeps ``log_entries`` the outer loop: the page's rows are found first, and
# their texts looked up by primary key, a few hundred lookups a page.
_SELECT = (
    "SELECT e.id, e.ts, e.flags, e.source, u.user_id, t.code, e.cpr, x1.text, x2.text, "
    "x3.text, e.import_id, e.line FROM log_entries e "
    "CROSS JOIN log_users u ON u.id = e.user_ref "
    "CROSS JOIN log_transactions t ON t.id = e.tx_ref "
    "LEFT JOIN log_texts x1 ON x1.id = e.terminal_ref "
    "LEFT JOIN log_texts x2 ON x2.id = e.criterion_ref "
    "LEFT JOIN log_texts x3 ON x3.id = e.system_ref "
)
_SOURCES = {code: source for source, code in SOURCE_CODES.items()}


def _conditions(query: LogQuery) -> tuple[list[str], dict[str, Any]]:
    """The filter as SQL terms, the cursor left out. In time order the index that drives
    the scan is named by the one equality left indexable: with both a person and a user,
    the person's index (a few rows) wins and ``+`` keeps SQLite off the user's."""
    flt, where, params = query.filter, [], {}
    if query.cpr is not None:
        where.append("e.cpr = :cpr")
        params["cpr"] = query.cpr
    if query.user_ref is not None:
        where.append("+e.user_ref = :user" if query.cpr is not None else "e.user_ref = :user")
        params["user"] = query.user_ref
    if query.tx_ref is not None:
        where.append("e.tx_ref = :tx")
        params["tx"] = query.tx_ref
    if query.low is not None:
        where.append("e.ts >= :low")
        params["low"] = query.low
    if query.high is not None:
        where.append("e.ts < :high")
        params["high"] = query.high
    if flt.source is not None:
        where.append("e.source = :source")
        params["source"] = SOURCE_CODES[flt.source]
    if flt.import_id is not None:
        where.append("e.import_id = :import")
        params["import"] = flt.import_id
    if query.order is Order.TIME:
        where.append("+e.id BETWEEN :first AND :last")
        params.update(first=query.first_id, last=query.last_id)
    return where, params


def _time_sql(query: LogQuery, descending: bool, after: bool) -> tuple[str, dict[str, Any]]:
    where, params = _conditions(query)
    if after:  # row values: SQLite continues the index range right after the cursor
        where.append("(e.ts, e.id) < (:ts, :id)" if descending else "(e.ts, e.id) > (:ts, :id)")
    direction = "DESC" if descending else ""
    return (f"{_SELECT} WHERE {' AND '.join(where)} "
            f"ORDER BY e.ts {direction}, e.id {direction} LIMIT :limit"), params


def _window_sql(query: LogQuery, descending: bool) -> tuple[str, dict[str, Any]]:
    where, params = _conditions(query)
    where.append("e.id BETWEEN :from AND :to")
    return (f"{_SELECT} WHERE {' AND '.join(where)} "
            f"ORDER BY e.id {'DESC' if descending else ''} LIMIT :limit"), params


def _row(query: LogQuery, r: tuple[Any, ...]) -> LogRow:
    cpr = format_cpr(r[6])
    return LogRow(
        id=r[0], ts=r[1], flags=r[2], source=_SOURCES[r[3]], user_id=r[4], transaction=r[5],
        cpr_masked=mask_cpr(cpr) if cpr else None,
        terminal=redact_cpr(r[7]) if r[7] else None,
        criterion=redact_cpr(r[8]) if r[8] else None,
        system=redact_cpr(r[9]) if r[9] else None,
        import_id=r[10], file=query.files.get(r[10], "?"), line=r[11])


@contextlib.contextmanager
def _interruptible(conn: Connection, check_cancel: CheckCancel | None) -> Iterator[None]:
    """Let *check_cancel* stop a long statement: SQLite interrupts it, *check_cancel*'s own
    exception is raised. Reads only, so there is nothing to roll back."""
    if check_cancel is None:
        yield
        return
    raised: list[BaseException] = []

    def handler() -> int:
        try:
            check_cancel()
        except BaseException as exc:  # noqa: BLE001 - re-raised below, after SQLite unwinds
            raised.append(exc)
            return 1
        return 0

    conn.set_progress_handler(handler, CHECK_EVERY)
    try:
        yield
    except DatabaseError:
        if raised:
            raise raised[0] from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


# -- pages -------------------------------------------------------------------------------------


def fetch_page(conn: Connection, query: LogQuery, after: Cursor | None = None, *,
               limit: int = PAGE_ROWS, descending: bool = False,
               seconds: float | None = None, check_cancel: CheckCancel | None = None
               ) -> LogPage:
    """Up to *limit* rows after *after* (None: from the start) in the query's order.

    In import order the scan may stop after *seconds* (default :data:`STEP_SECONDS`) with
    fewer rows and ``done`` False: call again from the returned cursor. In time order the
    index finds the page at once (a residual filter, a transaction type within one user's
    rows, is what *check_cancel* is for)."""
    if query.nothing or limit <= 0:
        return LogPage([], after, True)
    with _interruptible(conn, check_cancel):
        if query.order is Order.TIME:
            sql, params = _time_sql(query, descending, after is not None)
            if after is not None:
                params.update(ts=after.ts, id=after.id)
            rows = [_row(query, r) for r in conn.execute(sql, {**params, "limit": limit})]
            cursor = rows[-1].cursor if rows else after
            return LogPage(rows, cursor, len(rows) < limit)
        return _scan(conn, query, after, limit, descending,
                     STEP_SECONDS if seconds is None else seconds)


def _scan(conn: Connection, query: LogQuery, after: Cursor | None, limit: int,
          descending: bool, seconds: float) -> LogPage:
    """Import order, window by window, until the page is full, the range ends, or time
    is up."""
    sql, params = _window_sql(query, descending)
    first, last = query.first_id, query.last_id
    start = last + 1 if descending else first - 1
    position = start if after is None else after.id
    started = time.perf_counter()
    rows: list[LogRow] = []
    while True:
        if descending:
            low, high = max(first, position - SCAN_IDS), position - 1
        else:
            low, high = position + 1, min(last, position + SCAN_IDS)
        if low > high:
            return LogPage(rows, Cursor(0, position), True, 1.0)
        found = [_row(query, r) for r in conn.execute(
            sql, {**params, "from": low, "to": high, "limit": limit - len(rows)})]
        rows += found
        full = len(rows) >= limit
        position = rows[-1].id if full else low if descending else high
        done = position <= first if descending else position >= last
        span = max(last - first + 1, 1)
        scanned = (last + 1 - position if descending else position - first + 1) / span
        if done or full or time.perf_counter() - started >= seconds:
            return LogPage(rows, Cursor(0, position), done, min(1.0, max(0.0, scanned)))


# -- counting ----------------------------------------------------------------------------------


def quick_count(conn: Connection, query: LogQuery) -> int | None:
    """The number of matching rows from the imports' own counts, when the filter allows
    it (nothing, a source, an import); else None: count with :func:`count_step`."""
    if query.nothing:
        return 0
    flt = query.filter
    if (query.order is Order.TIME or query.tx_ref is not None or query.low is not None
            or query.high is not None):
        return None
    where, params = ["kind = 'log'"], []
    if flt.source is not None:
        where.append("source = ?")
        params.append(flt.source.value)
    if flt.import_id is not None:
        where.append("id = ?")
        params.append(flt.import_id)
    row = conn.execute(f"SELECT coalesce(sum(rows_added), 0) FROM log_imports WHERE "
                       f"{' AND '.join(where)}", params).fetchone()
    return int(row[0])


def count_step(conn: Connection, query: LogQuery, after: Cursor | None = None, *,
               seconds: float | None = None) -> tuple[int, Cursor | None]:
    """Count matches after *after* (None: from the start) for about *seconds* (default
    :data:`STEP_SECONDS`): (matches found, where to go on; None once all are counted).

    In import order window by window of ids; in time order along the index, reading only
    the keys (from the index alone, unless a transaction type or source needs the row)."""
    if query.nothing:
        return 0, None
    seconds = STEP_SECONDS if seconds is None else seconds
    started, found = time.perf_counter(), 0
    where, params = _conditions(query)
    if query.order is Order.TIME:
        if after is not None:
            where.append("(e.ts, e.id) > (:ts, :id)")
            params.update(ts=after.ts, id=after.id)
        keys = conn.execute(f"SELECT e.ts, e.id FROM log_entries e WHERE "
                            f"{' AND '.join(where)} ORDER BY e.ts, e.id", params)
        while batch := keys.fetchmany(COUNT_BATCH):
            found += len(batch)
            if time.perf_counter() - started >= seconds:
                return found, Cursor(*batch[-1])
        return found, None
    where.append("e.id BETWEEN :from AND :to")
    sql = f"SELECT count(*) FROM log_entries e WHERE {' AND '.join(where)}"
    position = query.first_id - 1 if after is None else after.id
    while position < query.last_id:
        high = min(query.last_id, position + SCAN_IDS)
        found += int(conn.execute(sql, {**params, "from": position + 1, "to": high})
                     .fetchone()[0])
        position = high
        if time.perf_counter() - started >= seconds:
            break
    return found, (Cursor(0, position) if position < query.last_id else None)


def query_plans(conn: Connection, flt: LogFilter) -> dict[str, list[str]]:
    """``EXPLAIN QUERY PLAN`` of the statements a filter runs: for tests and bench/."""
    query = resolve(conn, flt)
    params_fill = {"cpr": 1, "user": 1, "tx": 1, "low": 0, "high": 1, "source": 0,
                   "import": 1, "first": 0, "last": 1, "ts": 0, "id": 0, "from": 0, "to": 1,
                   "limit": 1}
    if query.order is Order.TIME:
        page, _ = _time_sql(query, False, True)
    else:
        page, _ = _window_sql(query, False)
    where, _ = _conditions(query)
    count = f"SELECT count(*) FROM log_entries e WHERE {' AND '.join(where) or '1'}"
    return {name: [str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params_fill)]
            for name, sql in (("page", page), ("count", count))}


# -- the rest of the view ----------------------------------------------------------------------


def entry_cpr(conn: Connection, entry_id: int) -> str | None:
    """The full CPR number of one row, for a filter on "this person" (kept in memory, never
    shown: the view shows the masked number in the filter field)."""
    row = conn.execute("SELECT cpr FROM log_entries WHERE id = ?", (entry_id,)).fetchone()
    return format_cpr(row[0]) if row and row[0] is not None else None


def user_ids(conn: Connection) -> list[str]:
    """Every user ID the logs name, for the filter's completion (a few thousand)."""
    return [r[0] for r in conn.execute("SELECT user_id FROM log_users ORDER BY user_id")]


def transactions(conn: Connection) -> list[str]:
    """Every transaction type the logs name, for the filter's list."""
    return [r[0] for r in conn.execute("SELECT code FROM log_transactions ORDER BY code")]


@dataclass(frozen=True)
class ImportRow:
    """One imported file for the imports panel (any kind: log, statistics, cases)."""

    id: int
    kind: str
    source: str
    file_name: str
    sha256: str
    rows_read: int
    rows_accepted: int
    rows_rejected: int
    rows_duplicate: int
    rows_added: int
    period_start: int | None
    period_end: int | None
    imported_at: datetime
    imported_by: str
    rejections: dict[str, int]

    @property
    def period(self) -> tuple[datetime, datetime] | None:
        if self.period_start is None or self.period_end is None:
            return None
        return to_local(self.period_start), to_local(self.period_end)


def imports(conn: Connection) -> list[ImportRow]:
    """Every imported file, newest first, with its rejected rows per reason."""
    found = []
    for row in conn.execute(
            "SELECT id, kind, source, file_name, sha256, rows_read, rows_accepted, "
            "rows_rejected, rows_duplicate, rows_added, period_start, period_end, "
            "imported_at, imported_by, rejections FROM log_imports ORDER BY id DESC"):
        found.append(ImportRow(*row[:12], datetime.fromisoformat(row[12]), row[13],
                               json.loads(row[14] or "{}")))
    return found


def statistics_period(conn: Connection, import_id: int) -> tuple[date, date] | None:
    """The dates a statistics import covers (its first and last period), for
    ``compare_statistics``; None when it added no rows."""
    row = conn.execute("SELECT min(period_start), max(period_end) FROM log_statistics "
                       "WHERE import_id = ?", (import_id,)).fetchone()
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


__all__ = [
    "NARROW_PERIOD",
    "PAGE_ROWS",
    "SCAN_IDS",
    "STEP_SECONDS",
    "Cursor",
    "ImportRow",
    "LogFilter",
    "LogPage",
    "LogQuery",
    "LogRow",
    "Order",
    "count_step",
    "cpr_digits",
    "entry_cpr",
    "fetch_page",
    "imports",
    "query_plans",
    "quick_count",
    "resolve",
    "statistics_period",
    "transactions",
    "user_ids",
]
