"""The audit trail: a SHA-256 chain that detects every kind of tampering, and keeps no secret.

The chain is built on the real vault connection; each tampering case runs inside a
transaction that is rolled back, so the cases are independent (checked after each one).
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import itertools
import os
import re
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cpradmin import accounts, audit, cli
from cpradmin.errors import AuthenticationError, ValidationError
from cpradmin.keyslots import SlotFile
from cpradmin.models.accounts import Role
from cpradmin.models.storage import connection
from cpradmin.models.storage.connection import Connection, transaction
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD

ENTRIES = 10_000
FIELDS = ("at", "actor", "action", "object", "details", "hash", "prev_hash")


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


def build_chain(vault: Vault, count: int = ENTRIES) -> dict[str, object]:
    """Append *count* varied entries in one transaction; return the anchor ``lock`` would."""
    start = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    with transaction(vault.db) as conn:
        for i in range(count):
            audit.append(
                conn, at=start + timedelta(seconds=i), actor=("PH", "LK", None)[i % 3],
                action=("employee-changed", "cpr-revealed", "login")[i % 3],
                obj=f"employee:{i}" if i % 4 else None,
                details={"n": i, "after": {"name": f"Person {i}", "note": "æøå"}},
            )
    total, head = audit.head(vault.db)
    return {"count": total, "head": head}


@contextlib.contextmanager
def rolled_back(conn: Connection) -> Iterator[Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")


def row(conn: Connection, seq: int) -> dict[str, object]:
    names = ("seq", "at", "actor", "action", "object", "details", "prev_hash", "hash")
    values = conn.execute(
        f"SELECT {', '.join(names)} FROM audit_log WHERE seq = ?", (seq,)
    ).fetchone()
    return dict(zip(names, values, strict=True))


def other_value(field: str, value: object) -> object:
    return {
        "at": "2024-03-01T08:00:00.000001+00:00" if value != "2024-03-01T08:00:00.000001+00:00"
        else "2024-03-01T08:00:00.000002+00:00",
        "actor": "XX" if value != "XX" else None,
        "action": "nothing-happened",
        "object": "employee:999999" if value != "employee:999999" else None,
        "details": "{}" if value != "{}" else '{"x":1}',
        "hash": "f" * 64 if value != "f" * 64 else "e" * 64,
        "prev_hash": "0" * 64 if value != "0" * 64 else "1" * 64,
    }[field]


def names_entry(result: audit.Verification, seq: int) -> bool:
    return any(re.match(rf"entry {seq}\b", problem) for problem in result.problems)


@pytest.fixture(scope="module")
def chain(
    template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Connection, dict[str, object]]]:
    """One 10,000-entry chain for the module; every tampering case is rolled back."""
    source, _ = template_vault
    path = tmp_path_factory.mktemp("chain") / "cpradmin.vault"
    shutil.copy2(source, path)
    shutil.copy2(SlotFile.path_for(source), SlotFile.path_for(path))
    session = Vault.login(path, OFFICER, PASSWORD)  # password-only: needs no keyring
    anchor = build_chain(session)
    conn = session.db
    result = audit.verify(conn, anchor)
    assert result.ok, result.problems[:5]
    assert result.count == anchor["count"] > ENTRIES
    assert result.head == anchor["head"]
    yield conn, anchor
    assert audit.verify(conn, anchor).ok  # nothing leaked from one case into the next
    session.lock("test")


def test_chain_of_ten_thousand_verifies(chain: tuple[Connection, dict[str, object]]) -> None:
    conn, anchor = chain
    entries = list(audit.entries(conn))
    assert [e.seq for e in entries] == list(range(1, anchor["count"] + 1))
    assert entries[0].prev_hash == audit.GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
    newest = list(audit.entries(conn, newest_first=True, limit=3))
    assert [e.seq for e in newest] == [anchor["count"], anchor["count"] - 1, anchor["count"] - 2]
    assert newest[0].details_dict()["after"]["note"] == "æøå"


def test_every_changed_field_is_detected(chain: tuple[Connection, dict[str, object]]) -> None:
    conn, anchor = chain
    last = int(anchor["count"])
    for seq in (1, 2, 5_000, last - 1, last):
        original = row(conn, seq)
        for field in FIELDS:
            with rolled_back(conn):
                conn.execute(
                    f"UPDATE audit_log SET {field} = ? WHERE seq = ?",
                    (other_value(field, original[field]), seq),
                )
                assert row(conn, seq)[field] != original[field]
                result = audit.verify(conn, anchor)
            assert not result.ok, (seq, field)
            assert names_entry(result, seq), (seq, field, result.problems)
            if field == "hash" and seq < last:  # the next entry no longer follows it
                assert names_entry(result, seq + 1), result.problems
        assert audit.verify(conn, anchor).ok  # the rollback restored it: cases independent


def test_deleted_entries_are_detected(chain: tuple[Connection, dict[str, object]]) -> None:
    conn, anchor = chain
    last = int(anchor["count"])
    for seq in (1, 2, 4_321, last - 1):
        with rolled_back(conn):
            conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
            result = audit.verify(conn, anchor)
        assert not result.ok and names_entry(result, seq), (seq, result.problems)
    # Cutting off the end leaves a valid chain: only the anchor from the last lock tells.
    for cut in (1, 2, 500):
        with rolled_back(conn):
            conn.execute("DELETE FROM audit_log WHERE seq > ?", (last - cut,))
            without_anchor = audit.verify(conn)
            result = audit.verify(conn, anchor)
        assert without_anchor.ok
        assert not result.ok, cut
        assert any(f"held {last}" in p and f"entry {last - cut}" in p for p in result.problems)
    assert audit.verify(conn, anchor).ok


def test_forged_entries_are_detected(chain: tuple[Connection, dict[str, object]]) -> None:
    conn, anchor = chain
    last = int(anchor["count"])
    # A forged row in the middle: later rows are renumbered to make room, with a correct
    # hash for the forged row itself.
    for position in (1, 3_000, last):
        with rolled_back(conn):
            conn.execute("UPDATE audit_log SET seq = -seq WHERE seq >= ?", (position,))
            conn.execute("UPDATE audit_log SET seq = 1 - seq WHERE seq < 0")
            prev = row(conn, position - 1)["hash"] if position > 1 else audit.GENESIS
            at, details = "2024-03-01T07:59:59.000000+00:00", '{"forged":true}'
            digest = audit.entry_hash(str(prev), position, at, "PH", "cpr-revealed", None, details)
            conn.execute(
                "INSERT INTO audit_log VALUES (?, ?, 'PH', 'cpr-revealed', NULL, ?, ?, ?)",
                (position, at, details, prev, digest),
            )
            result = audit.verify(conn, anchor)
        assert not result.ok, position
        assert names_entry(result, position + 1), (position, result.problems[:3])
    # A forged row with a made-up hash anywhere.
    with rolled_back(conn):
        conn.execute(
            "INSERT INTO audit_log VALUES (?, 'x', 'PH', 'login', NULL, '{}', ?, ?)",
            (last + 1, "1" * 64, "2" * 64),
        )
        result = audit.verify(conn, anchor)
    assert not result.ok and names_entry(result, last + 1)
    assert audit.verify(conn, anchor).ok


def test_swapped_entries_are_detected(chain: tuple[Connection, dict[str, object]]) -> None:
    conn, anchor = chain
    columns = "at, actor, action, object, details, prev_hash, hash"
    for first, second in ((1, 2), (10, 9_000), (int(anchor["count"]) - 1, int(anchor["count"]))):
        with rolled_back(conn):
            a = conn.execute(f"SELECT {columns} FROM audit_log WHERE seq = ?", (first,)).fetchone()
            b = conn.execute(f"SELECT {columns} FROM audit_log WHERE seq = ?", (second,)).fetchone()
            assignments = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
            conn.execute(f"UPDATE audit_log SET {assignments} WHERE seq = ?", (*b, first))
            conn.execute(f"UPDATE audit_log SET {assignments} WHERE seq = ?", (*a, second))
            result = audit.verify(conn, anchor)
        assert not result.ok
        assert names_entry(result, first) and names_entry(result, second), result.problems
    assert audit.verify(conn, anchor).ok


def test_rewritten_chain_is_caught_by_the_anchor(
    chain: tuple[Connection, dict[str, object]],
) -> None:
    """Someone with the key edits entry 5 and recomputes every hash after it."""
    conn, anchor = chain
    with rolled_back(conn):
        conn.execute("UPDATE audit_log SET details = '{\"edited\":true}' WHERE seq = 5")
        prev = row(conn, 4)["hash"]
        for entry in list(audit.entries(conn, offset=4)):
            digest = audit.entry_hash(str(prev), entry.seq, entry.at, entry.actor, entry.action,
                                      entry.object, entry.details)
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                         (prev, digest, entry.seq))
            prev = digest
        assert audit.verify(conn).ok
        result = audit.verify(conn, anchor)
    assert not result.ok and names_entry(result, int(anchor["count"]))


def test_verification_streams(chain: tuple[Connection, dict[str, object]]) -> None:
    """Entries come one at a time from the cursor (constant memory at any length)."""
    conn, _ = chain
    stream = audit.entries(conn)
    assert isinstance(stream, Iterator)
    assert next(stream).seq == 1


# --------------------------------------------------------------------------- the CLI


def _cli(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setenv("CPRADMIN_USER", OFFICER)
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    out = io.StringIO()
    code = cli.main(["--vault", str(vault_path), "audit", "verify"], out=out)
    return code, out.getvalue()


@pytest.fixture(autouse=True)
def undo_hardening() -> Iterator[None]:
    """cli.main() hardens the process (umask 077, not dumpable): keep that out of other tests."""
    previous = os.umask(0o077)
    os.umask(previous)
    yield
    os.umask(previous)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE


def test_cli_verify_prints_count_and_head(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, output = _cli(vault_path, monkeypatch)
    assert code == 0, output
    count = int(re.search(r"^entries: (\d+)$", output, re.M).group(1))
    head = re.search(r"^head: ([0-9a-f]{64})$", output, re.M).group(1)
    assert "audit trail intact" in output
    session = Vault.login(vault_path, OFFICER, PASSWORD)
    stored = session.db.execute("SELECT hash FROM audit_log WHERE seq = ?", (count,)).fetchone()
    after_cli = session.slots.audit_anchor["count"]
    session.lock("test")
    assert stored == (head,)
    assert after_cli == count + 1  # the CLI's own lock entry came after the check


def test_cli_verify_fails_on_a_tampered_chain(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_chain(vault, 50)
    vault.db.execute("UPDATE audit_log SET actor = 'XX' WHERE seq = 20")
    vault.lock("test")
    code, output = _cli(vault.path, monkeypatch)
    assert code == 1
    assert "problem: entry 20:" in output and "AUDIT TRAIL BROKEN" in output
    assert re.search(r"^entries: \d+$", output, re.M)


def test_cli_verify_fails_when_the_end_was_cut_off(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last entries deleted while the vault was closed (by someone holding the key)."""
    build_chain(vault, 50)
    vault.lock("test")
    anchor = audit_anchor(vault.path)
    session = Vault.login(vault.path, OFFICER, PASSWORD)
    assert session.slots.audit_anchor == anchor
    session.db.execute("DELETE FROM audit_log WHERE seq > ?", (anchor["count"] - 3,))
    conn, session.conn = session.conn, None
    connection.close(conn)  # closed without lock(): the anchor in the key file is unchanged
    assert audit_anchor(vault.path) == anchor
    code, output = _cli(vault.path, monkeypatch)
    assert code == 1, output
    assert "AUDIT TRAIL BROKEN" in output


def audit_anchor(path: Path) -> dict[str, object]:
    return SlotFile.load(SlotFile.path_for(path)).audit_anchor


# --------------------------------------------------------------------------- no secrets


def test_cpr_numbers_are_masked_in_the_trail(vault: Vault) -> None:
    numbers = ("0101901234", "010190-1234", "010190 1234", "311299–5678")
    vault.record("cpr-revealed", "employee:0101901234", {
        "note": f"asked about {numbers[0]} and {numbers[1]}",
        "nested": {"list": [numbers[2], numbers[3]]},
        numbers[0]: "as a key",
    })
    entry = next(audit.entries(vault.db, newest_first=True, limit=1))
    stored = vault.db.execute(
        "SELECT object || details FROM audit_log WHERE seq = ?", (entry.seq,)
    ).fetchone()[0]
    for digits in ("1234", "5678"):
        assert digits not in stored
    assert "010190-XXXX" in stored and "311299-XXXX" in stored
    assert entry.object == "employee:010190-XXXX"
    assert audit.verify(vault.db).ok  # masked before hashing: the chain holds
    # Eleven digits and more are not CPR numbers and stay as they are.
    vault.record("note", None, {"phone": "004512345678", "case": "2024-123456"})
    details = next(audit.entries(vault.db, newest_first=True, limit=1)).details
    assert "004512345678" in details and "2024-123456" in details


def _all_text(conn: Connection) -> str:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return "\n".join(repr(r) for t in tables for r in conn.execute(f'SELECT * FROM "{t}"'))


def test_passwords_never_reach_the_trail(vault: Vault, vault_path: Path) -> None:
    new = "Mosekone-Tromle-Fyr-64"
    vault.clock = FakeClock(datetime.now(UTC) + timedelta(days=2))
    refused = "Pia-Holm-1990"
    with pytest.raises(ValidationError, match="rules"):
        accounts.change_password(vault, PASSWORD, refused)  # refused, and not recorded either
    accounts.change_password(vault, PASSWORD, new)
    with pytest.raises(AuthenticationError, match="Wrong password"):
        accounts.confirm_password(vault, "Gættet-Kodeord-Forkert-1")
    one_time = accounts.add_account(vault, initials="LK", name="Lars Kjær", role=Role.DEPUTY)
    vault.lock("test")
    for typed in (PASSWORD, new, "Gættet-Kodeord-Forkert-1"):
        with pytest.raises(AuthenticationError, match="Wrong initials or password"):
            Vault.login(vault_path, typed, typed)  # even typed into the initials field
    session = Vault.login(vault_path, OFFICER, new)
    trail = "\n".join(
        " ".join(map(str, (e.actor, e.action, e.object, e.details)))
        for e in audit.entries(session.db)
    )
    everything = _all_text(session.db)
    session.lock("test")
    assert "password-changed" in trail and "confirmation-failed" in trail
    for secret in (PASSWORD, new, refused, "Gættet-Kodeord-Forkert-1", one_time):
        for form in (secret, secret.upper(), secret.lower()):
            assert form not in trail, form
            assert form not in everything, form
    keys_text = SlotFile.path_for(vault_path).read_text("utf-8")
    for secret in (PASSWORD, new, one_time):
        assert secret.upper() not in keys_text.upper()
