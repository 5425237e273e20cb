"""Drawing the log control's random sample from the vault (the rules are in models/sampling).

The sample must come out the same when an auditor imports the same files into another vault,
in another order. Database ids and the interned ids of users, transactions and texts all
follow import order, so each user's entries are put in an order that comes from the files
alone: the instant (UTC), then the row's content (transaction code, CPR number, source,
terminal, search criterion, system), then the file's SHA-256 and the line. The content comes
before the file so that rows two overlapping files both hold (the vault keeps the copy of
whichever file came first) still take the same place. Only rows that share a user and a
second need that content; all others are ordered by the ``(user_ref, ts)`` index alone.

Memory stays bounded and Python touches few rows: for a few positions per user (the usual
sample) SQLite skips along the index to each position (``LIMIT 1 OFFSET p``); for many, the
user's rows are streamed in index order, holding only the rows of one second at a time, up to
the last position drawn. Both find the same entries (tests/test_controls.py checks it).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cpradmin.models.sampling import SampleSpec, allocate, draw_positions
from cpradmin.models.storage.connection import Connection

#: Rows streamed between two cancel checks.
CHECK_EVERY = 50_000
#: Up to this many positions per user are found by SQL offsets, more by streaming the rows.
OFFSET_UP_TO = 8

CheckCancel = Callable[[], object]

_CONTENT = (
    "SELECT e.id, t.code, e.cpr, e.source, x1.text, x2.text, x3.text, i.sha256, e.line "
    "FROM log_entries AS e JOIN log_transactions AS t ON t.id = e.tx_ref "
    "JOIN log_imports AS i ON i.id = e.import_id "
    "LEFT JOIN log_texts AS x1 ON x1.id = e.terminal_ref "
    "LEFT JOIN log_texts AS x2 ON x2.id = e.criterion_ref "
    "LEFT JOIN log_texts AS x3 ON x3.id = e.system_ref "
    "WHERE e.id IN (SELECT value FROM json_each(?))"
)


@dataclass(frozen=True)
class SampledEntry:
    """One drawn entry: *position* in the user's fixed order out of *available*; *draw* is
    the step of the user's shuffle that picked it (0 first)."""

    user_id: str
    entry_id: int
    position: int
    available: int
    draw: int


@dataclass(frozen=True)
class ScopeCounts:
    """The entries in a control's scope, per user ID and per import."""

    per_user: dict[str, int] = field(default_factory=dict)
    per_import: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.per_user.values())


def count_scope(conn: Connection, where: str, params: Sequence[Any],
                imports: Sequence[tuple[int, int, int]] = (), *,
                user_index: bool = True) -> ScopeCounts:
    """Count the rows the filter selects (``log_entries AS e``) per user and per import.

    *imports* are ``(import id, first id, last id)``: each import's rows lie in its own id
    range, so the rows per import are sums over ``e.id`` and the whole count walks the
    ``(user_ref, ts)`` index alone (it holds the rowid). Grouping by ``e.import_id`` instead
    reads every table row: measured 40x slower over a million rows. SQLite itself prefers a
    rowid range when the filter has one (``e.id BETWEEN``), and then sorts for the GROUP BY:
    10x slower, so *user_index* names the index (pass False when the filter selects one CPR
    number: its own index is the better one). Should the ranges ever not account for every
    row, the exact (slow) grouping is used.
    """
    users = dict(conn.execute("SELECT id, user_id FROM log_users"))
    ranges = list(imports)
    sums = "".join(", sum(e.id BETWEEN ? AND ?)" for _ in ranges)
    hint = "INDEXED BY log_entries_user" if user_index else ""
    per_user: dict[str, int] = {}
    per_import = dict.fromkeys((r[0] for r in ranges), 0)
    for user_ref, count, *in_imports in conn.execute(
        f"SELECT e.user_ref, count(*){sums} FROM log_entries AS e {hint} WHERE {where} "
        "GROUP BY e.user_ref", [v for r in ranges for v in r[1:]] + list(params)
    ):
        per_user[str(users[user_ref])] = int(count)
        for (import_id, _first, _last), rows in zip(ranges, in_imports, strict=True):
            per_import[import_id] += int(rows)
    if sum(per_import.values()) != sum(per_user.values()):
        per_import = {int(i): int(n) for i, n in conn.execute(
            f"SELECT e.import_id, count(*) FROM log_entries AS e WHERE {where} "
            "GROUP BY e.import_id", list(params))}
    return ScopeCounts(dict(sorted(per_user.items())),
                       {i: n for i, n in sorted(per_import.items()) if n})


def _content_key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    _id, code, cpr, source, terminal, criterion, system, sha256, line = row
    return (str(code), -1 if cpr is None else int(cpr), int(source),
            terminal is not None, terminal or "", criterion is not None, criterion or "",
            system is not None, system or "", str(sha256), int(line))


def _ordered_group(conn: Connection, ids: list[int]) -> list[int]:
    """The ids of rows sharing a user and a second, in their file-derived order."""
    if len(ids) == 1:
        return ids
    rows = conn.execute(_CONTENT, (json.dumps(ids),)).fetchall()
    return [int(r[0]) for r in sorted(rows, key=_content_key)]


def _by_offset(conn: Connection, where: str, params: Sequence[Any], user_ref: int,
               wanted: list[int]) -> dict[int, int]:
    """Entry id at each wanted position, found by letting SQLite skip along the index: for
    a few positions this is far cheaper than streaming the user's rows through Python."""
    base = f"FROM log_entries AS e WHERE ({where}) AND e.user_ref = ?"
    found: dict[int, int] = {}
    groups: dict[int, tuple[int, list[int]]] = {}
    for position in wanted:
        row = conn.execute(f"SELECT e.ts {base} ORDER BY e.ts LIMIT 1 OFFSET ?",
                           [*params, user_ref, position]).fetchone()
        if row is None:
            break
        ts = int(row[0])
        if ts not in groups:
            before = conn.execute(f"SELECT count(*) {base} AND e.ts < ?",
                                  [*params, user_ref, ts]).fetchone()[0]
            ids = [int(r[0]) for r in conn.execute(f"SELECT e.id {base} AND e.ts = ?",
                                                   [*params, user_ref, ts])]
            groups[ts] = (int(before), _ordered_group(conn, ids))
        start, ordered = groups[ts]
        found[position] = ordered[position - start]
    return found


def _by_stream(conn: Connection, where: str, params: Sequence[Any], user_ref: int,
               wanted: list[int], check_cancel: CheckCancel | None) -> dict[int, int]:
    """Entry id at each wanted position, walking the user's rows in order (many positions)."""
    found: dict[int, int] = {}
    cursor = conn.execute(
        f"SELECT e.id, e.ts FROM log_entries AS e WHERE ({where}) AND e.user_ref = ? "
        "ORDER BY e.ts", [*params, user_ref])
    start, next_wanted = 0, 0  # the group's first position; the next wanted position's index
    group: list[int] = []
    group_ts = None

    def flush() -> None:
        nonlocal next_wanted
        end = start + len(group)
        if next_wanted < len(wanted) and wanted[next_wanted] < end:
            ordered = _ordered_group(conn, group)
            while next_wanted < len(wanted) and wanted[next_wanted] < end:
                found[wanted[next_wanted]] = ordered[wanted[next_wanted] - start]
                next_wanted += 1

    for seen, (entry_id, ts) in enumerate(cursor, start=1):
        if check_cancel is not None and seen % CHECK_EVERY == 0:
            check_cancel()
        if ts != group_ts:
            if group:
                flush()
                start += len(group)
                if next_wanted == len(wanted):
                    break
            group, group_ts = [], ts
        group.append(int(entry_id))
    else:
        if group:
            flush()
    cursor.close()
    return found


def _draw_user(conn: Connection, where: str, params: Sequence[Any], user_ref: int, user: str,
               available: int, count: int, seed: int,
               check_cancel: CheckCancel | None) -> list[SampledEntry]:
    drawn = draw_positions(seed, user, available, count)
    wanted = sorted(drawn)
    if count <= OFFSET_UP_TO:
        found = _by_offset(conn, where, params, user_ref, wanted)
    else:
        found = _by_stream(conn, where, params, user_ref, wanted, check_cancel)
    if len(found) != count:  # the rows changed between counting and drawing: never silently
        raise RuntimeError("the log rows changed while the sample was drawn")
    return [SampledEntry(user, found[p], p, available, step)
            for step, p in sorted(enumerate(drawn), key=lambda d: d[1])]


def draw_sample(conn: Connection, where: str, params: Sequence[Any], counts: ScopeCounts,
                spec: SampleSpec, seed: int, *,
                check_cancel: CheckCancel | None = None) -> list[SampledEntry]:
    """The sample: per user ID (in user ID order), the drawn entries in the user's order."""
    wanted = allocate(spec, counts.per_user, seed)
    if not wanted:
        return []
    refs = {str(u): int(i) for i, u in conn.execute("SELECT id, user_id FROM log_users")}
    sample: list[SampledEntry] = []
    for user, count in wanted.items():
        if check_cancel is not None:
            check_cancel()
        sample += _draw_user(conn, where, params, refs[user], user, counts.per_user[user],
                             count, seed, check_cancel)
    return sample
