"""The tamper-evident audit trail: every change appended to a SHA-256 hash chain.

Each row's hash covers its own fields and the previous row's hash, so a changed, removed,
inserted or reordered row breaks the chain at that point. Removing rows from the end is
caught by the anchor (count and head) kept in the key slot file when the vault locks.
Details never hold a password; CPR-like numbers in the details and the object are
masked before they are hashed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cpradmin.clock import iso
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.storage.connection import Connection

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str | None
    action: str
    object: str | None
    details: str
    prev_hash: str
    hash: str

    def details_dict(self) -> dict[str, Any]:
        return dict(json.loads(self.details))


def entry_hash(
    prev_hash: str, seq: int, at: str, actor: str | None, action: str, obj: str | None, details: str
) -> str:
    canonical = json.dumps(
        [prev_hash, seq, at, actor, action, obj, details], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_DIGEST = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


def _scrub(value: Any) -> Any:
    """Mask CPR-like numbers in every key and value, but leave hex digests whole: a SHA-256
    may hold ten digits in a row, and masking it would make the recorded hash useless."""
    if isinstance(value, str):
        return value if _DIGEST.fullmatch(value) else redact_cpr(value)
    if isinstance(value, Mapping):
        return {str(_scrub(str(k))): _scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_scrub(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return value
    if isinstance(value, int):
        text = str(value)
        return value if redact_cpr(text) == text else redact_cpr(text)
    return redact_cpr(str(value))


def _details_json(details: Mapping[str, Any] | None) -> str:
    return json.dumps(_scrub(dict(details or {})), ensure_ascii=False, sort_keys=True)


def head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def append(
    conn: Connection,
    *,
    at: datetime,
    actor: str | None,
    action: str,
    obj: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry; call inside the transaction that makes the change it records."""
    seq, prev = head(conn)
    seq += 1
    stamp = iso(at)
    text = _details_json(details)
    obj = redact_cpr(obj) if obj else obj  # an object named by a CPR number is masked too
    digest = entry_hash(prev, seq, stamp, actor, action, obj, text)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, object, details, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, stamp, actor, action, obj, text, prev, digest),
    )
    return AuditEntry(seq, stamp, actor, action, obj, text, prev, digest)


def entries(conn: Connection, *, newest_first: bool = False, limit: int = -1,
            offset: int = 0) -> Iterator[AuditEntry]:
    order = "DESC" if newest_first else "ASC"
    cursor = conn.execute(
        "SELECT seq, at, actor, action, object, details, prev_hash, hash FROM audit_log "
        f"ORDER BY seq {order} LIMIT ? OFFSET ?",
        (limit, offset),
    )
    for row in cursor:
        yield AuditEntry(*row)


@dataclass
class Verification:
    """What ``verify`` found: ``ok`` only when every link holds and nothing was cut off."""

    count: int = 0
    head: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(conn: Connection, anchor: Mapping[str, Any] | None = None) -> Verification:
    """Walk the chain in order (streamed: constant memory at any length)."""
    result = Verification()
    prev = GENESIS
    expected_seq = 1
    for entry in entries(conn):
        if entry.seq != expected_seq:
            result.problems.append(f"entry {expected_seq}: missing (next found is {entry.seq})")
            expected_seq = entry.seq
        if entry.prev_hash != prev:
            result.problems.append(f"entry {entry.seq}: does not follow the entry before it")
        recomputed = entry_hash(
            entry.prev_hash, entry.seq, entry.at, entry.actor, entry.action, entry.object,
            entry.details,
        )
        if recomputed != entry.hash:
            result.problems.append(f"entry {entry.seq}: content changed after it was written")
        prev = entry.hash
        expected_seq += 1
        result.count += 1
    result.head = prev
    if anchor and int(anchor.get("count", 0)) > result.count:
        result.problems.append(
            f"the trail ends at entry {result.count} but held {anchor['count']} when last closed"
        )
    elif anchor and anchor.get("count"):
        seq = int(anchor["count"])
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        if row is None or row[0] != anchor.get("head"):
            result.problems.append(f"entry {seq}: differs from the head recorded at last close")
    return result
