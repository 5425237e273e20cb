"""Importing CPR log-search exports and our own system-to-system logs into the vault.

A quarter's log has millions of rows, so the import streams: the file is read once for its
SHA-256 and once for its rows, in chunks of :data:`CHUNK_ROWS`; memory does not grow with the
file. Everything happens in ONE transaction with one ``log-imported`` audit entry, so a cancel
(``check_cancel`` raising), an error or a crash leaves the vault as it was.

Why it is built this way (figures in ``bench/bench_log_import.py``):

* CSV rows are read with ``csv.reader`` straight over the decoded file. ``tabular`` decides
  encoding, delimiter and header row; its per-line decoding would cost more than all the rest
  of the import together. A byte that is not valid in the file's encoding rejects its row.
* Rows are compact integers (see migration 3). They are checked a batch at a time, column by
  column, through per-value and per-hour caches with ``map``: Python code runs per distinct
  value, not per row (a million rows hold some 3,000 users and 2,200 hours).
* The two indexes of ``log_entries`` are dropped and rebuilt after the load when the import is
  large compared with what is stored: on SQLCipher, maintaining them row by row is several
  times slower. Temp storage stays in memory: SQLCipher's temp files would be plaintext
  (see :func:`_bulk_settings`).
* Duplicates: the same bytes twice are refused (SHA-256). A different file overlapping an
  earlier one (a re-export of the same days) adds only rows the vault does not already hold:
  per row identity (source, user, time, transaction, CPR, extras) the vault keeps as many
  copies as the larger of the two files has. Repeated identical rows inside one file are kept:
  they are separate lookups, and the CPR office's statistics count them. The comparison runs
  only over the time range the new file shares with earlier imports of the same source.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
import itertools
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from cpradmin.errors import ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import mask_cpr, redact_cpr
from cpradmin.models.dates import parse_optional_date
from cpradmin.models.logs import (
    AMBIGUOUS,
    CASE_ALIASES,
    FUTURE_SLACK,
    LOG_ALIASES,
    NONEXISTENT,
    SOURCE_CODES,
    STATISTICS_ALIASES,
    CprChecker,
    DateFormat,
    LogProfile,
    Source,
    TimestampError,
    TimestampParser,
    detect_date_format,
    format_cpr,
    local_day_bounds,
    to_local,
)
from cpradmin.models.storage.connection import Connection, DatabaseError
from cpradmin.tabular import (
    Cell,
    HeaderMap,
    cell,
    cell_text,
    header_map,
    normalise_header,
    open_table,
    shown_name,
)
from cpradmin.vault import Vault

#: Rows parsed and written between two progress reports and cancel checks.
CHUNK_ROWS = 25_000
#: Rows converted column by column at a time: small enough to stay in the CPU's cache.
BATCH_ROWS = 512
#: Row errors kept with their details; beyond this only the counts per reason grow.
MAX_ERRORS = 1_000
#: Rows read to decide the date format.
SAMPLE_ROWS = 2_000
#: Distinct extra texts (search criteria may be free text) kept in memory while importing.
TEXT_CACHE_LIMIT = 200_000
#: Rebuild the indexes after the load unless the vault holds this many times the new rows.
REBUILD_FACTOR = 4
#: Bytes of sort memory per row when building an index (record plus sorter overhead).
SORT_BYTES_PER_ROW = 40
MAX_USER_ID = 64
_DEFAULT_CACHE_KIB = 65_536  # connection.connect's cache_size
# Appending rows needs few pages in the cache (full pages go on to the WAL, encrypted).
_LOAD_CACHE_KIB = 16_384
# The page cache for an index build: holds the sort of about 2.5M rows.
_MAX_SORT_KIB = 98_304

LogProgress = Callable[[int, int, int], object]  # rows done, bytes done, bytes in the file
CheckCancel = Callable[[], object]

_USER_MAX_SHOWN = 40
_BAD = "\udcff"  # what an undecodable byte becomes (a lone surrogate never occurs in text)


_BAD_SEEN = [0]  # undecodable bytes met so far (in any import): rows are checked once > 0


def _bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _BAD_SEEN[0] += 1
    return _BAD, exc.end


codecs.register_error("cpradmin-log-bytes", _bad_bytes)


# -- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """A rejected row: *field* is the column header as written in the file (``*`` for the
    whole row); *reason* a stable code; *message* says why, with any CPR number masked."""

    file: str
    line: int
    field: str
    reason: str
    message: Message

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message.english()}"


@dataclass
class LogImportResult:
    """What an import read, kept, rejected and skipped; ``errors`` holds the first
    :data:`MAX_ERRORS` rejected rows, ``rejections`` the exact count per reason."""

    import_id: int
    file: str
    sha256: str
    source: str
    kind: str = "log"
    encoding: str | None = None
    delimiter: str | None = None
    date_format: str | None = None
    profile: str | None = None
    rows_read: int = 0
    accepted: int = 0
    rejected: int = 0
    duplicates: int = 0
    ambiguous: int = 0
    nonexistent: int = 0
    period_start: int | None = None
    period_end: int | None = None
    errors: list[RowError] = field(default_factory=list)
    rejections: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    #: Where the time went (seconds): read + check, insert, duplicates, indexes, commit.
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def added(self) -> int:
        return self.accepted - self.duplicates

    @property
    def rows_per_second(self) -> float:
        return self.rows_read / self.seconds if self.seconds > 0 else 0.0

    @property
    def period(self) -> tuple[datetime, datetime] | None:
        """First and last instant, as Danish local time."""
        if self.period_start is None or self.period_end is None:
            return None
        return to_local(self.period_start), to_local(self.period_end)

    def summary(self) -> dict[str, Any]:
        """The counts for the audit entry and the CLI (no CPR number, no cell text)."""
        return {
            "rows": self.rows_read, "accepted": self.accepted, "rejected": self.rejected,
            "duplicates": self.duplicates, "added": self.added, "ambiguous": self.ambiguous,
            "nonexistent": self.nonexistent, "rejections": dict(sorted(self.rejections.items())),
        }


@dataclass(frozen=True)
class ImportRecord:
    """One row of ``log_imports``, as :func:`list_imports` returns it."""

    id: int
    kind: str
    source: str
    file_name: str
    file_size: int
    sha256: str
    profile: str | None
    rows_read: int
    rows_accepted: int
    rows_rejected: int
    rows_duplicate: int
    rows_added: int
    period_start: int | None
    period_end: int | None
    imported_at: str
    imported_by: str


@dataclass(frozen=True)
class LogEntry:
    """One stored log row; ``cpr`` holds the 10 digits (use ``masked_cpr`` outside the
    vault's own screens); ``ts`` is UTC epoch seconds, see ``models.logs.readings``."""

    id: int
    import_id: int
    line: int
    source: str
    user_id: str
    ts: int
    flags: int
    transaction: str
    cpr: str | None = field(repr=False)
    terminal: str | None
    criterion: str | None
    system: str | None

    @property
    def local_time(self) -> datetime:
        return to_local(self.ts)

    @property
    def masked_cpr(self) -> str | None:
        return mask_cpr(self.cpr) if self.cpr else None


# -- messages --------------------------------------------------------------------------------


def _msg(template: str, **args: Any) -> Message:
    """A message for the officer; text from the file is redacted (CPR-like numbers masked)."""
    return Message("LogImport", template,
                   {k: redact_cpr(v) if isinstance(v, str) else v for k, v in args.items()})


def _shown(text: str) -> str:
    text = redact_cpr(text.replace(_BAD, "?"))
    return text if len(text) <= _USER_MAX_SHOWN else text[: _USER_MAX_SHOWN - 1] + "…"


def _refusal(template: str, **args: Any) -> ValidationError:
    return ValidationError(_msg(template, **args))


_REASONS: dict[str, str] = {
    "user-missing": QT_TRANSLATE_NOOP("LogImport", "The user ID is missing."),
    "user-invalid": QT_TRANSLATE_NOOP(
        "LogImport", "The user ID {value} is not valid (spaces, control characters or more "
        "than 64 characters)."),
    "user-cpr": QT_TRANSLATE_NOOP(
        "LogImport", "The user ID {value} looks like a CPR number: check the columns."),
    "timestamp": QT_TRANSLATE_NOOP(
        "LogImport", "The time {value} cannot be read as {format} HH:MM[:SS]."),
    "range": QT_TRANSLATE_NOOP(
        "LogImport", "The time {value} lies outside what a log can hold (2000 until today)."),
    "cpr": QT_TRANSLATE_NOOP("LogImport", "{value} is not a valid CPR number."),
    "transaction": QT_TRANSLATE_NOOP("LogImport", "The transaction type is missing."),
    "system": QT_TRANSLATE_NOOP(
        "LogImport", "The system is missing: a system-to-system log names it on every row."),
    "columns": QT_TRANSLATE_NOOP(
        "LogImport", "The row has {found} columns, the header has {expected}."),
    "encoding": QT_TRANSLATE_NOOP("LogImport", "The line is not valid {encoding} text."),
    "malformed": QT_TRANSLATE_NOOP("LogImport", "The line cannot be read as CSV."),
    "count": QT_TRANSLATE_NOOP("LogImport", "{value} is not a whole number of transactions."),
    "period": QT_TRANSLATE_NOOP(
        "LogImport", "The period is missing or not a valid date range."),
    "conflict": QT_TRANSLATE_NOOP(
        "LogImport", "The vault already holds a different count for this user, transaction "
        "and period."),
    "case": QT_TRANSLATE_NOOP("LogImport", "The case number is missing."),
    "cpr-missing": QT_TRANSLATE_NOOP("LogImport", "The CPR number is missing."),
}


class _Errors:
    """Counts per reason and the first :data:`MAX_ERRORS` detailed rows, in line order
    (a batch's errors are found column by column, so :meth:`commit` sorts them)."""

    def __init__(self, file: str, headers: list[str]) -> None:
        self.file = file
        self.headers = headers
        self.kept: list[RowError] = []
        self.counts: Counter[str] = Counter()
        self._pending: list[tuple[int, int | None, str, dict[str, Any]]] = []

    def add(self, line: int, column: int | None, reason: str, **args: Any) -> None:
        self.counts[reason] += 1
        if len(self.kept) + len(self._pending) < MAX_ERRORS + BATCH_ROWS:
            self._pending.append((line, column, reason, args))

    def commit(self) -> None:
        self._pending.sort(key=itemgetter(0))
        for line, column, reason, args in self._pending[: MAX_ERRORS - len(self.kept)]:
            name = self.headers[column] if column is not None and column < len(
                self.headers) else "*"
            self.kept.append(RowError(self.file, line, name or "*", reason,
                                      _msg(_REASONS[reason], **args)))
        self._pending.clear()

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# -- reading the file ------------------------------------------------------------------------


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


_MALFORMED: list[Any] = ["\x00"]  # stands for a line the CSV reader cannot parse


class _Replay:
    """Rows already read, with their lines (the sample; an XLSX sheet's rows)."""

    def __init__(self, pairs: Iterable[tuple[int, list[Any]]]) -> None:
        self._pairs = iter(pairs)

    def take(self, count: int) -> tuple[list[list[Any]], list[int], bool]:
        """The next *count* rows with their lines, and whether none are left."""
        taken = list(itertools.islice(self._pairs, count))
        return [c for _, c in taken], [line for line, _ in taken], len(taken) < count


@dataclass
class _Rows:
    """An open file's header and its rows after the header: first ``sample`` (read to decide
    the date format), then ``rest`` (a ``csv.reader`` or a :class:`_Replay`); both are read
    in batches by :func:`_read_batch`."""

    headers: list[str]
    sample: list[tuple[int, list[Any]]]
    rest: Any
    kind: str
    encoding: str | None
    delimiter: str | None
    position: Callable[[], int]

    @property
    def readers(self) -> list[Any]:
        return [_Replay(self.sample), self.rest]


def _is_log_header(headers: list[str]) -> bool:
    names = {normalise_header(h) for h in headers}
    return any(normalise_header(a) in names for a in LOG_ALIASES["user"] + LOG_ALIASES["cpr"])


@contextlib.contextmanager
def _open_rows(path: Path, is_header: Callable[[list[str]], bool]) -> Iterator[_Rows]:
    """``tabular`` finds encoding, delimiter and header; CSV rows then come from a plain
    ``csv.reader`` (XLSX rows from ``tabular``: a sheet holds at most a million rows)."""
    with open_table(path, is_header=is_header) as table:
        if table.kind == "xlsx":
            rows = iter(table.rows())
            sample = list(itertools.islice(rows, SAMPLE_ROWS))
            yield _Rows(table.headers, sample, _Replay(rows), "xlsx", None, None, lambda: 0)
            return
        codec, delimiter, header_line = table.encoding or "utf-8", table.delimiter, \
            table.header_line
        headers = table.headers
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=codec, errors="cpradmin-log-bytes", newline="")
        reader = csv.reader(text, delimiter=delimiter or ";", strict=False)
        sample = _csv_sample(reader, header_line)
        yield _Rows(headers, sample, reader, "csv", codec, delimiter, raw.tell)


def _csv_sample(reader: Any, header_line: int) -> list[tuple[int, list[Any]]]:
    """Skip to the end of the header record, then read up to :data:`SAMPLE_ROWS` records
    with their first physical line."""
    sample: list[tuple[int, list[Any]]] = []
    while len(sample) < SAMPLE_ROWS:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            cells = _MALFORMED
        if start > header_line:
            sample.append((start, cells))
    return sample


def _blank(row: list[Any]) -> bool:
    return all(c is None or not str(c).strip() for c in row)


# -- columns ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Columns:
    user: int
    transaction: int
    timestamp: int | None
    date: int | None
    time: int | None
    cpr: int | None
    extras: tuple[int | None, int | None, int | None]  # terminal, criterion, system
    width: int


def _log_columns(headers: list[str], profile: LogProfile | None, source: Source,
                 file: str) -> _Columns:
    if profile is not None:
        aliases = {name: (header,) for name, header in profile.columns.items()}
    else:
        aliases = dict(LOG_ALIASES)
    found = header_map(headers, aliases)
    missing = [name for name in ("user", "transaction") if name not in found]
    if "timestamp" not in found and not {"date", "time"} <= set(found):
        missing.append("timestamp")
    if source is Source.SYSTEM and "system" not in found:
        missing.append("system")
    if missing:
        raise _refusal(QT_TRANSLATE_NOOP(
            "LogImport", "{file} has no column for: {missing}. The columns found are: "
            "{columns}. Use a column profile (--profile) for this export."),
            file=file, missing=", ".join(missing),
            columns=", ".join(h for h in headers if h) or "-")
    return _Columns(
        user=found["user"], transaction=found["transaction"],
        timestamp=found.get("timestamp"), date=found.get("date"), time=found.get("time"),
        cpr=found.get("cpr"),
        extras=(found.get("terminal"), found.get("criterion"), found.get("system")),
        width=len(headers),
    )


# -- interning -------------------------------------------------------------------------------


class _Interner:
    """Text → small integer id of a lookup table, assigned in Python and written in batches
    (:meth:`flush`) before the rows that use them. With *limit*, at most that many texts stay
    in memory; the rest are looked up in the vault when met again."""

    def __init__(self, conn: Connection, table: str, column: str,
                 limit: int | None = None) -> None:
        self.conn = conn
        self.table, self.column = table, column
        self.limit = limit
        self.ids: dict[str, int] = {}
        self.pending: list[tuple[int, str]] = []
        self.next_id = int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}")
                           .fetchone()[0]) + 1
        query = f"SELECT {column}, id FROM {table}"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        self.ids.update(conn.execute(query).fetchall())

    def id(self, text: str) -> int:
        found = self.ids.get(text)
        if found is not None:
            return found
        if self.limit is not None and len(self.ids) >= self.limit:
            self.flush()
            self.ids.clear()
            row = self.conn.execute(
                f"SELECT id FROM {self.table} WHERE {self.column} = ?", (text,)).fetchone()
            if row is not None:
                self.ids[text] = int(row[0])
                return int(row[0])
        new = self.next_id
        self.next_id += 1
        self.ids[text] = new
        self.pending.append((new, text))
        return new

    def flush(self) -> None:
        if self.pending:
            self.conn.executemany(
                f"INSERT INTO {self.table} (id, {self.column}) VALUES (?, ?)", self.pending)
            self.pending.clear()


# -- parsing rows ----------------------------------------------------------------------------


class _Reject(Exception):  # noqa: N818 - a control-flow signal, caught in the row loop
    def __init__(self, column: int | None, reason: str, **args: Any) -> None:
        self.column, self.reason, self.args_ = column, reason, args


class _RowParser:
    """Turns cells into the integer tuples of ``log_entries``, counting what it rejects.

    Two paths with the same rules: :meth:`_columns` converts a chunk of regular CSV rows
    column by column with ``map``/``zip`` over caches (no Python code per row on the usual
    path; a cache miss or a bad value goes to the per-value methods), :meth:`_one` handles
    a single irregular row (odd width, bad bytes, XLSX cells) with the same methods.

    A row tuple holds only what varies from row to row: (line, user, ts, flags, tx), then the
    CPR number and the extra texts the file has columns for. The import, the source and the
    columns the file lacks are constants in :attr:`insert_sql`: binding is paid per row and
    per column, and 11 bound columns cost about a third more CPU than 8 (bench/README.md).
    """

    def __init__(self, conn: Connection, columns: _Columns, source: Source, import_id: int,
                 times: TimestampParser, errors: _Errors, encoding: str) -> None:
        self.columns = columns
        self.source = source
        self.import_id = import_id
        self.times = times
        self.errors = errors
        self.encoding = encoding
        self.users = _Interner(conn, "log_users", "user_id")
        self.transactions = _Interner(conn, "log_transactions", "code")
        self.texts = _Interner(conn, "log_texts", "text", TEXT_CACHE_LIMIT)
        self.cprs = CprChecker()
        self._user_cells: dict[Any, int] = {}
        self._tx_cells: dict[Any, int] = {}
        self._text_cells: dict[Any, int | None] = {"": None}
        self._cpr_cells: dict[Any, int | None] = {"": None}
        #: Which of (cpr, terminal, criterion, system) the file has a column for.
        self.optional = tuple(i is not None for i in (columns.cpr, *columns.extras))
        self.read = self.accepted = self.ambiguous = self.nonexistent = 0
        self.low: int | None = None
        self.high: int | None = None
        self._bad_seen = _BAD_SEEN[0]

    def flush(self) -> None:
        for interner in (self.users, self.transactions, self.texts):
            interner.flush()

    @property
    def insert_sql(self) -> str:
        """The INSERT for this file's row tuples (constants inline; ints, so no injection)."""
        names = ("cpr", "terminal_ref", "criterion_ref", "system_ref")
        values = ["?" if present else "NULL" for present in self.optional]
        return (f"INSERT INTO log_entries (import_id, source, line, user_ref, ts, flags, tx_ref, "
                f"{', '.join(names)}) VALUES ({int(self.import_id)}, "
                f"{int(SOURCE_CODES[self.source])}, ?, ?, ?, ?, ?, {', '.join(values)})")

    # -- chunks ------------------------------------------------------------------------------

    def chunks(self, readers: Iterable[Any], typed: bool = False
               ) -> Iterator[list[tuple[Any, ...]]]:
        """Lists of row tuples, one per :data:`CHUNK_ROWS` records read. *typed*: cells may
        be dates or None (XLSX), so every row takes the general path."""
        chunk: list[tuple[Any, ...]] = []
        reported = 0
        for reader in readers:
            done = False
            while not done:
                batch, lines, done = _read_batch(reader)
                if batch:
                    chunk += self._convert(batch, lines, typed)
                if self.read - reported >= CHUNK_ROWS:
                    reported = self.read
                    yield chunk
                    chunk = []
        yield chunk

    def _convert(self, batch: list[list[Any]], lines: list[int], typed: bool
                 ) -> list[tuple[Any, ...]]:
        width = self.columns.width
        out: list[tuple[Any, ...]] = []
        if typed:
            regular: list[list[Any]] = []
            regular_lines: list[int] = []
            odd = list(zip(lines, batch, strict=True))
        elif set(map(len, batch)) == {width} and _BAD_SEEN[0] == self._bad_seen:
            regular, regular_lines, odd = batch, lines, []
        else:
            regular, regular_lines, odd = [], [], []
            checking = _BAD_SEEN[0] != self._bad_seen
            for line, cells in zip(lines, batch, strict=True):
                if len(cells) == width and not (checking and _first_bad(cells) is not None):
                    regular.append(cells)
                    regular_lines.append(line)
                else:
                    odd.append((line, cells))
        for line, cells in odd:
            self._one(line, cells, out)
        if regular:
            out += self._columns(regular, regular_lines)
            if odd:
                out.sort(key=itemgetter(0))  # file order, so ids follow the lines
        self.errors.commit()
        if out:
            stamps = list(map(itemgetter(2), out))
            low, high = min(stamps), max(stamps)
            self.low = low if self.low is None else min(low, self.low)
            self.high = high if self.high is None else max(high, self.high)
            flags = list(map(itemgetter(3), out))
            self.ambiguous += flags.count(AMBIGUOUS)
            self.nonexistent += flags.count(NONEXISTENT)
        self.accepted += len(out)
        return out

    def _columns(self, rows: list[list[Any]], lines: list[int]) -> list[tuple[Any, ...]]:
        c = self.columns
        n = len(rows)
        cols = _Transposed(rows)
        failed: dict[int, _Reject] = {}
        users = _mapped(cols[c.user], self._user_cells, self._user, failed)
        epochs, flags = self._times_of(cols, n, failed)
        txs = _mapped(cols[c.transaction], self._tx_cells, self._transaction, failed)
        optional: list[Any] = []
        if c.cpr is not None:
            optional.append(_mapped(cols[c.cpr], self._cpr_cells, self._cpr, failed))
        optional += [_mapped(cols[i], self._text_cells, self._text, failed)
                     for i in c.extras if i is not None]
        if self.source is Source.SYSTEM:
            for index, value in enumerate(optional[-1]):  # the system column is required
                if value is None and index not in failed:
                    failed[index] = _Reject(c.extras[2], "system")
        out = list(zip(lines, users, epochs, flags, txs, *optional, strict=True))
        if not failed:
            self.read += n
            return out
        skipped = 0
        for index in sorted(failed):
            rejected = failed[index]
            if rejected.reason == "user-missing" and _blank(rows[index]):
                skipped += 1
            elif isinstance(rejected, _TimeReject):
                self._time_error(lines[index], rows[index], rejected.error)
            else:
                self.errors.add(lines[index], rejected.column, rejected.reason,
                                **rejected.args_)
        self.read += n - skipped
        return [row for index, row in enumerate(out) if index not in failed]

    def _times_of(self, cols: _Transposed, n: int, failed: dict[int, _Reject]
                  ) -> tuple[list[int | None], list[int]]:
        c = self.columns
        if c.timestamp is not None:
            texts: Any = cols[c.timestamp]
        else:
            texts = list(map(" ".join, zip(cols[c.date or 0], cols[c.time or 0],
                                            strict=True)))
        epochs, flags = self.times.parse_many(texts)
        if None in epochs:
            for index, epoch in enumerate(epochs):
                if epoch is None and index not in failed:
                    try:
                        self.times.parse(cell_text(texts[index]))
                    except TimestampError as exc:
                        failed[index] = _TimeReject(exc)
        return epochs, flags

    def _one(self, line: int, cells: list[Any], out: list[tuple[Any, ...]]) -> None:
        """One row on the general path: skipped if blank, else accepted or rejected."""
        if cells is not _MALFORMED and _blank(cells):
            return
        self.read += 1
        try:
            out.append(self._row(line, cells))
        except TimestampError as exc:
            self._time_error(line, cells, exc)
        except _Reject as rejected:
            self.errors.add(line, rejected.column, rejected.reason, **rejected.args_)

    def _row(self, line: int, cells: list[Any]) -> tuple[Any, ...]:
        c = self.columns
        if cells is _MALFORMED:
            raise _Reject(None, "malformed")
        if len(cells) < c.width or (len(cells) > c.width and not _blank(cells[c.width:])):
            raise _Reject(None, "columns", found=len(cells), expected=c.width)
        bad = _first_bad(cells)
        if bad is not None:
            raise _Reject(bad, "encoding", encoding=self.encoding)
        user = self._user_cells.get(cells[c.user]) or self._user(cells[c.user])
        ts, flags = self._time(cells)
        tx = self._tx_cells.get(cells[c.transaction]) or self._transaction(cells[c.transaction])
        cpr = self._cpr(cells[c.cpr]) if c.cpr is not None else None
        terminal, criterion, system = (None if i is None else self._text(cells[i])
                                       for i in c.extras)
        if system is None and self.source is Source.SYSTEM:
            raise _Reject(c.extras[2], "system")
        optional = (cpr, terminal, criterion, system)
        return (line, user, ts, flags, tx,
                *(value for value, present in zip(optional, self.optional, strict=True)
                  if present))

    # -- one value ---------------------------------------------------------------------------

    def _user(self, raw: Any) -> int:
        text = cell_text(raw).upper()
        column = self.columns.user
        if not text:
            raise _Reject(column, "user-missing")
        if len(text) > MAX_USER_ID or not text.isprintable() or " " in text:
            raise _Reject(column, "user-invalid", value=_shown(text))
        if self.cprs.digits(text) is not None:
            raise _Reject(column, "user-cpr", value=mask_cpr(text))
        ref = self.users.id(text)
        _remember(self._user_cells, raw, ref)
        return ref

    def _transaction(self, raw: Any) -> int:
        text = cell_text(raw)
        if not text:
            raise _Reject(self.columns.transaction, "transaction")
        ref = self.transactions.id(text)
        _remember(self._tx_cells, raw, ref)
        return ref

    def _text(self, raw: Any) -> int | None:
        text = cell_text(raw)
        ref = self.texts.id(text) if text else None
        _remember(self._text_cells, raw, ref)
        return ref

    def _cpr(self, raw: Any) -> int | None:
        text = raw.strip() if raw.__class__ is str else cell_text(raw)
        if not text:
            return None
        digits = self.cprs.digits(text)
        if digits is None:
            raise _Reject(self.columns.cpr, "cpr", value=mask_cpr(text))
        _remember(self._cpr_cells, raw, int(digits))
        return int(digits)

    def _time(self, cells: list[Any]) -> tuple[int, int]:
        """The general path: XLSX date cells, separate date and time columns."""
        c = self.columns
        if c.timestamp is not None:
            value = cells[c.timestamp]
            if isinstance(value, datetime):
                return self.times.from_datetime(value)
            return self.times.parse(cell_text(value))
        day, clock = cells[c.date or 0], cells[c.time or 0]
        if isinstance(day, datetime | date):
            day = day.strftime(_STRFTIME[self.times.format])
        return self.times.parse(f"{cell_text(day)} {cell_text(clock)}")

    def _time_error(self, line: int, cells: list[Any], exc: TimestampError) -> None:
        c = self.columns
        if c.timestamp is not None:
            column, value = c.timestamp, cell_text(cells[c.timestamp])
        else:
            column = c.date
            value = f"{cell_text(cells[c.date or 0])} {cell_text(cells[c.time or 0])}"
        self.errors.add(line, column, exc.reason, value=_shown(value),
                        format=self.times.format.value)


class _Transposed:
    """Columns of a list of rows, each built on first use (``zip(*rows)`` is 7x slower)."""

    def __init__(self, rows: list[list[Any]]) -> None:
        self.rows = rows
        self._built: dict[int, list[Any]] = {}

    def __getitem__(self, index: int) -> list[Any]:
        column = self._built.get(index)
        if column is None:
            column = self._built[index] = list(map(itemgetter(index), self.rows))
        return column


def _read_batch(reader: Any) -> tuple[list[list[Any]], list[int], bool]:
    """Up to :data:`BATCH_ROWS` records with the physical line each starts on, and whether
    the reader is exhausted. A record the CSV module cannot parse becomes ``_MALFORMED``.

    Read with ``list.extend`` (no Python code per row); the lines follow from the count: if
    the batch used as many lines as it has records, record *k* starts on line ``first + k``.
    Otherwise some record spans lines, and each record's line breaks (kept inside its cells)
    say how many it used.
    """
    if isinstance(reader, _Replay):
        return reader.take(BATCH_ROWS)
    batch: list[list[Any]] = []
    bad: dict[int, int] = {}  # index of a malformed record -> lines it used
    first = reader.line_num
    while True:
        wanted = BATCH_ROWS - len(batch)
        try:
            batch.extend(itertools.islice(reader, wanted))
            break
        except csv.Error:
            used = reader.line_num - first - sum(_lines_used(batch, bad))
            bad[len(batch)] = used
            batch.append(_MALFORMED)
            if len(batch) >= BATCH_ROWS:
                break
    if reader.line_num - first == len(batch) and not bad:
        starts = list(range(first + 1, first + 1 + len(batch)))
    else:
        starts = list(itertools.accumulate(_lines_used(batch, bad), initial=first + 1))[:-1]
    return batch, starts, len(batch) < BATCH_ROWS


def _lines_used(batch: list[list[Any]], bad: Mapping[int, int]) -> Iterator[int]:
    for index, cells in enumerate(batch):
        if index in bad:
            yield bad[index]
        else:
            yield 1 + sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in cells)


def _mapped(column: list[Any], cache: dict[Any, Any], resolve: Callable[[Any], Any],
            failed: dict[int, _Reject]) -> list[Any]:
    """*column* through *cache* (in C); misses through *resolve*, whose rejections are noted
    in *failed* (the first per row wins, in the order the columns are checked)."""
    values = list(map(cache.get, column, repeat(_MISS)))  # -1: list.index compares ints fast
    index = -1
    with contextlib.suppress(ValueError):
        while True:
            index = values.index(_MISS, index + 1)
            if index in failed:
                continue
            try:
                values[index] = resolve(column[index])
            except _Reject as rejected:
                failed[index] = rejected
    return values


def _remember(cache: dict[Any, Any], raw: Any, value: Any) -> None:
    """Cache a cell's meaning; bounded (search criteria may be free text), and only for
    hashable cells."""
    if len(cache) >= TEXT_CACHE_LIMIT:
        cache.clear()
        cache[""] = None
    try:  # noqa: SIM105 - a cache miss path: contextlib.suppress costs more than the work
        cache[raw] = value
    except TypeError:  # an unhashable cell: not cached
        pass


class _Skip(Exception):  # noqa: N818 - a control-flow signal: the row is blank
    pass


class _TimeReject(_Reject):
    def __init__(self, error: TimestampError) -> None:
        super().__init__(None, error.reason)
        self.error = error


_MISS = -1  # no id, CPR number or epoch is negative


_STRFTIME = {DateFormat.ISO: "%Y-%m-%d", DateFormat.DMY_DASH: "%d-%m-%Y",
             DateFormat.DMY_DOT: "%d.%m.%Y", DateFormat.DMY_SLASH: "%d/%m/%Y",
             DateFormat.MDY_SLASH: "%m/%d/%Y"}


def _first_bad(cells: list[Any]) -> int | None:
    return next((i for i, c in enumerate(cells) if isinstance(c, str) and _BAD in c), None)


# -- the date format -------------------------------------------------------------------------


def _sample_times(rows: list[tuple[int, list[Any]]], columns: _Columns) -> list[str]:
    texts = []
    for _line, cells in rows:
        if len(cells) < columns.width:
            continue
        if columns.timestamp is not None:
            value = cells[columns.timestamp]
        else:
            value = f"{cell_text(cells[columns.date or 0])} {cell_text(cells[columns.time or 0])}"
        if isinstance(value, str):
            texts.append(value)
    return texts


def _date_format(sample: list[str], profile: LogProfile | None, file: str) -> DateFormat:
    if profile is not None and profile.date_format is not None:
        return profile.date_format
    found = detect_date_format(sample)
    if found is None and not sample:
        return DateFormat.ISO  # no text timestamps (empty file, or XLSX date cells)
    if found is None:
        raise _refusal(QT_TRANSLATE_NOOP(
            "LogImport", "{file}: the times are in no known format (YYYY-MM-DD, DD-MM-YYYY "
            "or DD.MM.YYYY, each with HH:MM or HH:MM:SS). Use a column profile with a date "
            "format."), file=file)
    return found


# -- storage steps ---------------------------------------------------------------------------

_INDEXES = (
    ("log_entries_user", "CREATE INDEX log_entries_user ON log_entries (user_ref, ts)"),
    ("log_entries_cpr",
     "CREATE INDEX log_entries_cpr ON log_entries (cpr, ts) WHERE cpr IS NOT NULL"),
)
_IDENTITY = ("user_ref", "ts", "tx_ref", "cpr", "terminal_ref", "criterion_ref", "system_ref")


def _refuse_repeat(conn: Connection, sha256: str, kind: str, file: str) -> None:
    row = conn.execute(
        "SELECT id, file_name, imported_at, imported_by FROM log_imports "
        "WHERE sha256 = ? AND kind = ? AND rows_accepted > 0 ORDER BY id LIMIT 1",
        (sha256, kind)).fetchone()
    if row is not None:
        raise _refusal(QT_TRANSLATE_NOOP(
            "LogImport", "{file} was imported already: import #{id} ({earlier}, {at} by {by}) "
            "has the same content (SHA-256). Nothing was added."),
            file=file, id=row[0], earlier=row[1], at=row[2][:16].replace("T", " "), by=row[3])


def _new_import(vault: Vault, conn: Connection, kind: str, source: Source, file: str,
                size: int, sha256: str, profile: str | None) -> int:
    cursor = conn.execute(
        "INSERT INTO log_imports (kind, source, file_name, file_size, sha256, profile, "
        "rows_read, rows_accepted, rows_rejected, rows_added, imported_at, imported_by) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?)",
        (kind, source.value, file, size, sha256, profile,
         vault.clock.now().astimezone(UTC).isoformat(timespec="seconds"),
         vault.account.initials))
    return int(cursor.lastrowid or 0)


def _index_names(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'log_entries'")}


@contextlib.contextmanager
def _cancellable(conn: Connection, check_cancel: CheckCancel | None) -> Iterator[None]:
    """Let *check_cancel* interrupt a long statement (an index build, the duplicate check)."""
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

    conn.set_progress_handler(handler, 100_000)
    try:
        yield
    except DatabaseError:
        if raised:
            if not conn.in_transaction:
                # SQLite rolls the whole transaction back when a statement in it is
                # interrupted; open an empty one so the caller's ROLLBACK still has one.
                conn.execute("BEGIN IMMEDIATE")
            raise raised[0] from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _build_indexes(conn: Connection, rows: int, check_cancel: CheckCancel | None) -> None:
    """Create the missing indexes with a cache that holds the sort of up to a few million
    rows; temp storage stays in memory (see :func:`_bulk_settings`)."""
    missing = [sql for name, sql in _INDEXES if name not in _index_names(conn)]
    if not missing:
        return
    kib = max(_LOAD_CACHE_KIB, min(rows * SORT_BYTES_PER_ROW // 1024, _MAX_SORT_KIB))
    conn.execute(f"PRAGMA cache_size = -{kib}")
    try:
        with _cancellable(conn, check_cancel):
            for sql in missing:
                conn.execute(sql)
    finally:
        conn.execute(f"PRAGMA cache_size = -{_LOAD_CACHE_KIB}")


def _remove_duplicates(conn: Connection, source: Source, first_id: int, low: int, high: int,
                       check_cancel: CheckCancel | None) -> int:
    """Delete new rows (ids from *first_id*) that earlier imports of *source* already hold,
    per identity as many as they hold; only over the time range both share."""
    earlier = conn.execute(
        "SELECT min(first_id), max(last_id), min(period_start), max(period_end) "
        "FROM log_imports WHERE kind = 'log' AND source = ? AND rows_added > 0 "
        "AND period_start <= ? AND period_end >= ?", (source.value, high, low)).fetchone()
    if earlier is None or earlier[0] is None:
        return 0
    old_first, old_last = earlier[0], earlier[1]
    low, high = max(low, earlier[2]), min(high, earlier[3])
    keys = ", ".join(_IDENTITY)
    joined = " AND ".join(f"n.{k} IS o.{k}" for k in _IDENTITY)
    sql = f"""
        DELETE FROM log_entries WHERE id IN (
            WITH n AS (
                SELECT id, {keys}, row_number() OVER (PARTITION BY {keys} ORDER BY id) AS k
                FROM log_entries WHERE id >= ? AND ts BETWEEN ? AND ?),
            o AS (
                SELECT {keys}, count(*) AS copies FROM log_entries NOT INDEXED
                WHERE id BETWEEN ? AND ? AND id < ? AND source = ? AND ts BETWEEN ? AND ?
                GROUP BY {keys})
            SELECT n.id FROM n JOIN o ON {joined} WHERE n.k <= o.copies)
    """
    with _cancellable(conn, check_cancel):
        cursor = conn.execute(sql, (first_id, low, high, old_first, old_last, first_id,
                                    SOURCE_CODES[source], low, high))
    return max(cursor.rowcount, 0)


@contextlib.contextmanager
def _bulk_settings(conn: Connection) -> Iterator[None]:
    """A smaller page cache while appending rows (temp storage cannot change inside a
    transaction, so this wraps it).

    Temp storage stays in memory. SQLCipher does not encrypt temp files, and a file on a
    RAM-backed folder (tmpfs) is still a plaintext file other processes of the user can read
    and the kernel can swap out: index keys there would be CPR numbers in clear. The price is
    speed and memory. With temp storage in memory SQLite's sorter (vdbesort.c) allocates each
    index entry on its own instead of in one block, and with ``cipher_memory_security`` each
    allocation costs an ``mlock`` and its free a wipe and an ``munlock``: strace counts 2.08
    million of each for the two indexes of a million rows, and the build takes 2.5-3.5x as
    long as with memory security off or with a sorter block (bench/README.md). Memory
    security cannot be switched off around the build: once on, SQLCipher keeps it on for
    the whole process. Each entry costs ~48 bytes until the index is written, so 10 million
    rows need ~0.5 GB for the sort of one index.
    """
    conn.execute(f"PRAGMA cache_size = -{_LOAD_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute(f"PRAGMA cache_size = -{_DEFAULT_CACHE_KIB}")


# -- the log import --------------------------------------------------------------------------


def _resolve_profile(conn: Connection, profile: LogProfile | str | None) -> LogProfile | None:
    if profile is None or isinstance(profile, LogProfile):
        return profile
    found = get_profile(conn, profile)
    if found is None:
        raise _refusal(QT_TRANSLATE_NOOP("LogImport", "There is no column profile named "
                                         "{name}."), name=profile)
    return found


def import_log(vault: Vault, path: Path | str, *, source: Source | str = Source.CPR,
               profile: LogProfile | str | None = None, progress: LogProgress | None = None,
               check_cancel: CheckCancel | None = None) -> LogImportResult:
    """Import one CPR or system log file (CSV or XLSX) in one transaction.

    Refused (``ValidationError``, nothing written) if the same bytes were imported before,
    if required columns are missing or the times are in no known format. Rejected rows are
    reported, not fatal. *progress* gets (rows read, bytes read, file size) every chunk;
    *check_cancel* is called as often and may raise to cancel: everything rolls back.
    """
    vault.require(Permission.DO_CONTROLS)
    started = time.perf_counter()
    path, source = Path(path), Source(source)
    conn = vault.db
    file = shown_name(path)
    size = path.stat().st_size if path.is_file() else 0
    sha256 = file_sha256(path) if path.is_file() else ""
    chosen = _resolve_profile(conn, profile)
    _refuse_repeat(conn, sha256, "log", file)
    with _open_rows(path, _is_log_header if chosen is None else _profile_header(chosen)) as rows:
        columns = _log_columns(rows.headers, chosen, source, file)
        fmt = _date_format(_sample_times(rows.sample, columns), chosen, file)
        latest = int(vault.clock.now().timestamp()) + FUTURE_SLACK
        result = LogImportResult(0, file, sha256, source.value, encoding=rows.encoding,
                                 delimiter=rows.delimiter, date_format=fmt.value,
                                 profile=chosen.name if chosen else None)
        with _bulk_settings(conn), vault.change("log-imported", f"file:{file}") as tx:
            result.import_id = _new_import(vault, tx, "log", source, file, size, sha256,
                                           result.profile)
            first_id = _load(tx, result, rows, columns, fmt, latest, size, progress,
                             check_cancel)
            result.seconds = time.perf_counter() - started
            _finish_record(tx, result, first_id)
            vault.describe(f"log-import:{result.import_id}",
                           {"file": file, "sha256": sha256, "source": source.value,
                            **result.summary()})
            committing = time.perf_counter()
    result.timings["commit"] = time.perf_counter() - committing
    result.seconds = time.perf_counter() - started
    return result


def _profile_header(profile: LogProfile) -> Callable[[list[str]], bool]:
    wanted = {normalise_header(h) for h in profile.columns.values()}
    return lambda headers: wanted <= {normalise_header(h) for h in headers}


def _load(conn: Connection, result: LogImportResult, rows: _Rows,
          columns: _Columns, fmt: DateFormat,
          latest: int, size: int, progress: LogProgress | None,
          check_cancel: CheckCancel | None) -> int:
    """Parse, insert, remove duplicates, index: the body of :func:`import_log`. Returns the
    first id the new rows may have."""
    errors = _Errors(result.file, rows.headers)
    parser = _RowParser(conn, columns, Source(result.source), result.import_id,
                        TimestampParser(fmt, latest=latest), errors, rows.encoding or "utf-8")
    first_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM log_entries")
                   .fetchone()[0]) + 1
    estimate = max(size // 60, 1)
    rebuild = first_id - 1 < REBUILD_FACTOR * estimate
    if rebuild:
        for name, _sql in _INDEXES:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
    insert = parser.insert_sql
    clock = time.perf_counter
    started, inserting = clock(), 0.0
    for chunk in parser.chunks(rows.readers, typed=rows.kind == "xlsx"):
        if check_cancel is not None:
            check_cancel()
        before = clock()
        parser.flush()
        conn.executemany(insert, chunk)
        inserting += clock() - before
        if progress is not None:
            progress(parser.read, rows.position() or size, size)
    parser.flush()
    result.timings.update({"read and check": clock() - started - inserting,
                           "insert": inserting})
    if check_cancel is not None:
        check_cancel()
    result.rows_read, result.accepted = parser.read, parser.accepted
    result.rejected, result.rejections, result.errors = errors.total, errors.counts, errors.kept
    result.ambiguous, result.nonexistent = parser.ambiguous, parser.nonexistent
    result.period_start, result.period_end = parser.low, parser.high
    started = clock()
    if parser.low is not None and parser.high is not None:
        result.duplicates = _remove_duplicates(conn, Source(result.source), first_id,
                                               parser.low, parser.high, check_cancel)
    result.timings["duplicates"] = clock() - started
    started = clock()
    _build_indexes(conn, first_id - 1 + result.added, check_cancel)
    result.timings["indexes"] = clock() - started
    if progress is not None:
        progress(parser.read, size, size)
    return first_id


def _finish_record(conn: Connection, result: LogImportResult, first_id: int) -> None:
    assert result.accepted + result.rejected == result.rows_read
    ids = conn.execute("SELECT min(id), max(id) FROM log_entries WHERE id >= ?",
                       (first_id,)).fetchone() if result.added else (None, None)
    conn.execute(
        "UPDATE log_imports SET encoding = ?, delimiter = ?, date_format = ?, rows_read = ?, "
        "rows_accepted = ?, rows_rejected = ?, rows_duplicate = ?, rows_added = ?, "
        "ambiguous = ?, nonexistent = ?, rejections = ?, period_start = ?, period_end = ?, "
        "first_id = ?, last_id = ? WHERE id = ?",
        (result.encoding, result.delimiter, result.date_format, result.rows_read,
         result.accepted, result.rejected, result.duplicates, result.added, result.ambiguous,
         result.nonexistent, json.dumps(dict(sorted(result.rejections.items()))),
         result.period_start, result.period_end, ids[0], ids[1], result.import_id))


# -- reading back ----------------------------------------------------------------------------

_RECORD_COLUMNS = ("id, kind, source, file_name, file_size, sha256, profile, rows_read, "
                   "rows_accepted, rows_rejected, rows_duplicate, rows_added, period_start, "
                   "period_end, imported_at, imported_by")


def list_imports(conn: Connection, kind: str | None = None) -> list[ImportRecord]:
    """Every imported file, newest first (a few hundred rows at most)."""
    where, params = ("WHERE kind = ?", (kind,)) if kind else ("", ())
    return [ImportRecord(*row) for row in conn.execute(
        f"SELECT {_RECORD_COLUMNS} FROM log_imports {where} ORDER BY id DESC", params)]


def _ref(conn: Connection, table: str, column: str, value: str) -> int | None:
    row = conn.execute(f"SELECT id FROM {table} WHERE {column} = ?", (value,)).fetchone()
    return int(row[0]) if row else None


def _epoch(value: datetime | int | None) -> int | None:
    if value is None or isinstance(value, int):
        return value
    if value.tzinfo is None:
        raise ValueError("give start and end as aware datetimes or epoch seconds")
    return int(value.timestamp())


_ENTRY_SELECT = (
    "SELECT e.id, e.import_id, e.line, e.source, u.user_id, e.ts, e.flags, t.code, e.cpr, "
    "x1.text, x2.text, x3.text FROM log_entries e "
    "JOIN log_users u ON u.id = e.user_ref JOIN log_transactions t ON t.id = e.tx_ref "
    "LEFT JOIN log_texts x1 ON x1.id = e.terminal_ref "
    "LEFT JOIN log_texts x2 ON x2.id = e.criterion_ref "
    "LEFT JOIN log_texts x3 ON x3.id = e.system_ref ")
_SOURCES = {code: source.value for source, code in SOURCE_CODES.items()}


def iter_entries(conn: Connection, *, user: str | None = None, cpr: str | None = None,
                 tx: str | None = None, start: datetime | int | None = None,
                 end: datetime | int | None = None, limit: int = 500,
                 after_id: int = 0) -> list[LogEntry]:
    """One page of log rows in id order after *after_id* (keyset paging: pass the last id of
    the previous page; the cost of a page does not grow with its position). *start*
    inclusive, *end* exclusive. With *user* or *cpr* the matching index is used (``+e.id``
    keeps SQLite from walking the whole table in id order instead)."""
    where, params = [], []
    if user is not None:
        ref = _ref(conn, "log_users", "user_id", user.strip().upper())
        if ref is None:
            return []
        where.append("e.user_ref = ?")
        params.append(ref)
    if cpr is not None:
        digits = CprChecker().digits(cpr.strip())
        if digits is None:
            return []
        where.append("e.cpr = ?")
        params.append(int(digits))
    if tx is not None:
        ref = _ref(conn, "log_transactions", "code", tx)
        if ref is None:
            return []
        where.append("e.tx_ref = ?")
        params.append(ref)
    low, high = _epoch(start), _epoch(end)
    if low is not None:
        where.append("e.ts >= ?")
        params.append(low)
    if high is not None:
        where.append("e.ts < ?")
        params.append(high)
    indexed = user is not None or cpr is not None
    where.append("+e.id > ?" if indexed else "e.id > ?")
    params.append(after_id)
    if not indexed and (low is not None or high is not None):
        first, last = _id_range(conn, low, high)
        where.append("e.id BETWEEN ? AND ?")
        params += [first, last]
    sql = f"{_ENTRY_SELECT} WHERE {' AND '.join(where)} ORDER BY e.id LIMIT ?"
    return [LogEntry(r[0], r[1], r[2], _SOURCES[r[3]], r[4], r[5], r[6], r[7],
                     format_cpr(r[8]), r[9], r[10], r[11])
            for r in conn.execute(sql, (*params, limit))]


def _id_range(conn: Connection, low: int | None, high: int | None) -> tuple[int, int]:
    """The ids of every import whose period meets [low, high): rows lie in id ranges."""
    row = conn.execute(
        "SELECT coalesce(min(first_id), 0), coalesce(max(last_id), -1) FROM log_imports "
        "WHERE kind = 'log' AND rows_added > 0 AND period_end >= ? AND period_start < ?",
        (low if low is not None else -(1 << 62), high if high is not None else 1 << 62),
    ).fetchone()
    return int(row[0]), int(row[1])


# -- column profiles -------------------------------------------------------------------------


def save_profile(vault: Vault, profile: LogProfile) -> None:
    """Store (or replace) a named column profile."""
    vault.require(Permission.DO_CONTROLS)
    problems = profile.problems()
    if problems:
        raise _refusal(QT_TRANSLATE_NOOP("LogImport", "The column profile {name} cannot be "
                                         "saved: {problems}."),
                       name=profile.name, problems="; ".join(problems))
    with vault.change("log-profile-saved", f"log-profile:{profile.name}",
                      {"columns": dict(profile.columns)}) as conn:
        conn.execute(
            "INSERT INTO log_profiles (name, source, columns, date_format, created_at, "
            "created_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
            "source = excluded.source, columns = excluded.columns, "
            "date_format = excluded.date_format",
            (profile.name.strip(), profile.source.value, json.dumps(dict(profile.columns)),
             profile.date_format.value if profile.date_format else None,
             vault.clock.now().isoformat(), vault.account.initials))


def get_profile(conn: Connection, name: str) -> LogProfile | None:
    row = conn.execute("SELECT name, columns, date_format, source FROM log_profiles "
                       "WHERE name = ?", (name.strip(),)).fetchone()
    if row is None:
        return None
    return LogProfile(row[0], json.loads(row[1]), DateFormat(row[2]) if row[2] else None,
                      Source(row[3]))


def list_profiles(conn: Connection) -> list[LogProfile]:
    return [p for (name,) in conn.execute("SELECT name FROM log_profiles ORDER BY name")
            if (p := get_profile(conn, name)) is not None]


# -- small files: statistics and cases -------------------------------------------------------


@dataclass
class _SmallFile:
    """The shared frame of the statistics and case imports (a few thousand rows each)."""

    result: LogImportResult
    errors: _Errors
    columns: HeaderMap
    rows: list[tuple[int, dict[str, Cell]]]


def _read_small(vault: Vault, path: Path, kind: str, aliases: Mapping[str, tuple[str, ...]],
                required: tuple[str, ...]) -> _SmallFile:
    vault.require(Permission.DO_CONTROLS)
    file = shown_name(path)
    sha256 = file_sha256(path) if path.is_file() else ""
    _refuse_repeat(vault.db, sha256, kind, file)
    first = {normalise_header(a) for a in aliases[required[0]]}
    with open_table(path, is_header=lambda hs: any(normalise_header(h) in first
                                                    for h in hs)) as table:
        columns = header_map(table.headers, aliases)
        missing = [name for name in required if name not in columns]
        if missing:
            raise _refusal(QT_TRANSLATE_NOOP(
                "LogImport", "{file} has no column for: {missing}. The columns found are: "
                "{columns}."), file=file, missing=", ".join(missing),
                columns=", ".join(h for h in table.headers if h) or "-")
        result = LogImportResult(0, file, sha256, "cpr", kind=kind, encoding=table.encoding,
                                 delimiter=table.delimiter)
        rows = [(line, {name: cell(cells, index) for name, index in columns.items()})
                for line, cells in table.rows()]
    return _SmallFile(result, _Errors(file, table.headers), columns, rows)


def _user_text(value: Cell) -> str | None:
    text = cell_text(value).upper()
    ok = text and len(text) <= MAX_USER_ID and text.isprintable() and " " not in text
    return text if ok and CprChecker().digits(text) is None else None


def _count(value: Cell) -> int | None:
    text = cell_text(value).replace(".", "").replace(" ", "").replace("\u00a0", "")
    return int(text) if text.isdigit() else None


def _month(value: Cell) -> tuple[date, date] | None:
    text = cell_text(value)
    for year, month in ((text[:4], text[5:7]), (text[3:7], text[:2])):
        if len(text) == 7 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
            first = date(int(year), int(month), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, date.fromordinal(following.toordinal() - 1)
    return None


def _dates(values: Mapping[str, Cell], default: tuple[date, date] | None
           ) -> tuple[date, date] | None:
    try:
        start = parse_optional_date(values.get("start"))
        end = parse_optional_date(values.get("end"))
    except ValueError:
        return None
    if start is not None and end is not None:
        return (start, end) if start <= end else None
    if values.get("month") is not None and cell_text(values.get("month")):
        return _month(values.get("month"))
    return default


def import_statistics(vault: Vault, path: Path | str, *,
                      period: tuple[date, date] | None = None) -> LogImportResult:
    """Import the CPR office's transaction statistics (count per user per transaction type
    and period) into ``log_statistics``. The period comes from From/To or Month columns, or
    from *period* for the whole file. A row the vault already holds with the same count is a
    duplicate; with a different count it is rejected (``conflict``)."""
    small = _read_small(vault, Path(path), "statistics", STATISTICS_ALIASES,
                        ("user", "transaction", "count"))
    result, errors, columns = small.result, small.errors, small.columns
    accepted: list[tuple[int, tuple[str, str, str, str, int]]] = []
    for line, values in small.rows:
        user, tx = _user_text(values.get("user")), cell_text(values.get("transaction"))
        count, dates = _count(values.get("count")), _dates(values, period)
        reason, column = next(((r, columns.get(f)) for ok, r, f in (
            (user, "user-invalid" if cell_text(values.get("user")) else "user-missing", "user"),
            (tx, "transaction", "transaction"), (count is not None, "count", "count"),
            (dates, "period", "start" if "start" in columns else "month"))
            if not ok), (None, None))
        if reason is not None:
            errors.add(line, column, reason, value=_shown(cell_text(
                values.get("count") if reason == "count" else values.get("user"))))
            continue
        assert user and dates and count is not None
        accepted.append((line, (user, tx, dates[0].isoformat(), dates[1].isoformat(), count)))
    with vault.change("log-statistics-imported", f"file:{result.file}") as conn:
        result.import_id = _new_import(vault, conn, "statistics", Source.CPR, result.file,
                                       Path(path).stat().st_size, result.sha256, None)
        for line, row in accepted:
            stored = conn.execute(
                "SELECT count FROM log_statistics WHERE user_id = ? AND tx = ? AND "
                "period_start = ? AND period_end = ?", row[:4]).fetchone()
            if stored is None:
                conn.execute("INSERT INTO log_statistics (import_id, user_id, tx, period_start, "
                             "period_end, count) VALUES (?, ?, ?, ?, ?, ?)",
                             (result.import_id, *row))
            elif stored[0] == row[4]:
                result.duplicates += 1
            else:
                errors.add(line, columns.get("count"), "conflict")
        _finish_small(vault, conn, result, errors, len(small.rows))
    return result


def _finish_small(vault: Vault, conn: Connection, result: LogImportResult, errors: _Errors,
                  read: int) -> None:
    errors.commit()
    result.rows_read, result.rejected = read, errors.total
    result.accepted = read - errors.total
    result.rejections, result.errors = errors.counts, errors.kept
    conn.execute(
        "UPDATE log_imports SET encoding = ?, delimiter = ?, rows_read = ?, rows_accepted = ?, "
        "rows_rejected = ?, rows_duplicate = ?, rows_added = ?, rejections = ? WHERE id = ?",
        (result.encoding, result.delimiter, result.rows_read, result.accepted, result.rejected,
         result.duplicates, result.added, json.dumps(dict(sorted(result.rejections.items()))),
         result.import_id))
    vault.describe(f"log-import:{result.import_id}",
                   {"file": result.file, "sha256": result.sha256, **result.summary()})


@dataclass(frozen=True)
class StatisticsDifference:
    """Reported (CPR office) against computed (our imported log) for one user and type."""

    user_id: str
    transaction: str
    reported: int
    computed: int

    @property
    def difference(self) -> int:
        return self.computed - self.reported


def compare_statistics(conn: Connection, period: tuple[date, date]
                       ) -> list[StatisticsDifference]:
    """Per (user, transaction type): the count in the statistics reported for periods inside
    *period* (local dates, inclusive) against the count of CPR log rows in it. Sorted with the
    largest absolute differences first. The log side is one aggregate over the rows of the
    imports that meet the period (a full scan of those, which is faster than an index walk)."""
    reported: Counter[tuple[str, str]] = Counter()
    for user, tx, count in conn.execute(
        "SELECT user_id, tx, sum(count) FROM log_statistics WHERE period_start >= ? AND "
        "period_end <= ? GROUP BY user_id, tx",
        (period[0].isoformat(), period[1].isoformat())):
        reported[(user, tx)] = int(count)
    low, high = local_day_bounds(*period)
    first, last = _id_range(conn, low, high)
    computed: Counter[tuple[str, str]] = Counter()
    for user, tx, count in conn.execute(
        "SELECT u.user_id, t.code, c.n FROM (SELECT user_ref, tx_ref, count(*) AS n "
        "FROM log_entries NOT INDEXED WHERE id BETWEEN ? AND ? AND source = 0 AND ts >= ? "
        "AND ts < ? GROUP BY user_ref, tx_ref) c JOIN log_users u ON u.id = c.user_ref "
        "JOIN log_transactions t ON t.id = c.tx_ref", (first, last, low, high)):
        computed[(user, tx)] = int(count)
    keys = sorted(set(reported) | set(computed))
    found = [StatisticsDifference(u, t, reported[(u, t)], computed[(u, t)]) for u, t in keys]
    return sorted(found, key=lambda d: (-abs(d.difference), d.user_id, d.transaction))


def import_cases(vault: Vault, path: Path | str) -> LogImportResult:
    """Import case explanations (user ID, CPR number, case number, from/to date) into
    ``log_cases``: a lookup covered by an open case of that user is explained. Rows the vault
    already holds are duplicates."""
    small = _read_small(vault, Path(path), "cases", CASE_ALIASES,
                        ("user", "cpr", "case", "start"))
    result, errors, columns = small.result, small.errors, small.columns
    checker = CprChecker()
    accepted: list[tuple[str, int, str, str, str | None]] = []
    for line, values in small.rows:
        user = _user_text(values.get("user"))
        cpr_text = cell_text(values.get("cpr"))
        digits = checker.digits(cpr_text)
        case = cell_text(values.get("case"))
        try:
            start = parse_optional_date(values.get("start"))
            end = parse_optional_date(values.get("end"))
        except ValueError:
            start = end = None
        bad_period = start is None or (end is not None and end < start)
        reason, column = next(((r, columns.get(f)) for ok, r, f in (
            (user, "user-invalid" if cell_text(values.get("user")) else "user-missing", "user"),
            (digits, "cpr" if cpr_text else "cpr-missing", "cpr"), (case, "case", "case"),
            (not bad_period, "period", "start")) if not ok), (None, None))
        if reason is not None:
            errors.add(line, column, reason, value=mask_cpr(cpr_text) if reason == "cpr"
                       else _shown(cell_text(values.get("user"))))
            continue
        assert user and digits and start
        accepted.append((user, int(digits), case, start.isoformat(),
                         end.isoformat() if end else None))
    with vault.change("log-cases-imported", f"file:{result.file}") as conn:
        result.import_id = _new_import(vault, conn, "cases", Source.CPR, result.file,
                                       Path(path).stat().st_size, result.sha256, None)
        for row in accepted:
            cursor = conn.execute(
                "INSERT INTO log_cases (import_id, user_id, cpr, case_number, valid_from, "
                "valid_to) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (result.import_id, *row))
            result.duplicates += 1 - max(cursor.rowcount, 0)
        _finish_small(vault, conn, result, errors, len(small.rows))
    return result


__all__ = [
    "CHUNK_ROWS",
    "MAX_ERRORS",
    "ImportRecord",
    "LogEntry",
    "LogImportResult",
    "RowError",
    "StatisticsDifference",
    "compare_statistics",
    "file_sha256",
    "get_profile",
    "import_cases",
    "import_log",
    "import_statistics",
    "iter_entries",
    "list_imports",
    "list_profiles",
    "save_profile",
]
