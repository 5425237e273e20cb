"""Opening the SQLCipher database with a raw data key, and the transaction helper.

A raw 256-bit key (``x'…'``) skips SQLCipher's own KDF, so opening is instant; the slow
password derivation happens once, in the key slot. SQLCipher authenticates every page
with an HMAC, so a flipped byte anywhere is detected by ``cipher_integrity_check``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from cpradmin.errors import QT_TRANSLATE_NOOP, VaultError, error

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError

_SIDE_FILES = ("-wal", "-shm", "-journal")

#: With ``cipher_memory_security`` on, SQLCipher mlocks and wipes every allocation that misses
#: the connection's lookaside slots. Statements kept in Python's statement cache hold some of
#: those slots; once they run out, every row of a bulk insert or sort costs an
#: ``mlock``/``munlock`` pair: measured 10-30x slower (bench/README.md). Not caching
#: statements costs a re-prepare per ``execute`` (microseconds) and keeps the slots free.
CACHED_STATEMENTS = 0


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in _SIDE_FILES]


def _pragmas(conn: Connection, key: bytes) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_memory_security = ON")


def connect(path: Path, key: bytes, *, create: bool = False, check: bool = True) -> Connection:
    """Open (or create) the vault database and prove the key and the file are right.

    On any failure the connection is closed and side files this call created are removed,
    so a wrong key or a damaged file leaves the folder exactly as it was.
    """
    path = Path(path)
    if len(key) != 32:
        raise ValueError("the data key is 256 bits")
    if not create:
        if not path.is_file():
            raise error(
                VaultError,
                QT_TRANSLATE_NOOP("Errors", "No vault file at {path}."),
                path=str(path),
            )
        if path.stat().st_size < 1024:
            raise error(
                VaultError,
                QT_TRANSLATE_NOOP(
                    "Errors", "The vault file {path} is truncated or is not a cpradmin vault."
                ),
                path=str(path),
            )
    existing = {side for side in _side_files(path) if side.exists()}
    if create and not path.exists():
        # Private whatever the umask: SQLite gives the -wal and -shm files the mode of the
        # database file, and a library or test caller has not run harden_process().
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False,
        cached_statements=CACHED_STATEMENTS,
    )
    try:
        _pragmas(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if check and not create:
            _check_integrity(conn, path)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -65536")
    except DatabaseError as exc:
        conn.close()
        _remove_new_side_files(path, existing)
        raise error(
            VaultError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The vault file {path} cannot be read with this key: it is damaged, "
                "changed outside cpradmin, or belongs to another vault.",
            ),
            path=str(path),
        ) from exc
    except BaseException:
        conn.close()
        _remove_new_side_files(path, existing)
        raise
    return conn


def _check_integrity(conn: Connection, path: Path) -> None:
    """Read every page: HMAC failures (flipped bytes) and structural damage (truncation)."""
    problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    if not problems:
        quick = conn.execute("PRAGMA quick_check").fetchone()
        if quick and quick[0] != "ok":
            problems = [quick]
    if problems:
        raise DatabaseError(f"integrity check failed on {path.name}: {len(problems)} problem(s)")


def _remove_new_side_files(path: Path, existing: set[Path]) -> None:
    for side in _side_files(path):
        if side not in existing:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(side)


def close(conn: Connection) -> None:
    """Checkpoint and close, so the WAL is folded back and removed."""
    with contextlib.suppress(DatabaseError):
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception (including cancel) rolls back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
