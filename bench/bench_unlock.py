"""How long unlocking the vault takes, against plain SQLite and raw SQLCipher baselines.

    python bench/bench_unlock.py [--runs 5] [--audit-entries 2000] [--json FILE]

Creates a password-only vault in a temporary folder, fills it with the demo's synthetic
accounts plus synthetic audit entries, and exports an unencrypted copy with the same schema
and content (``sqlcipher_export``). Then, round-robin so drift hits every step alike, each run
measures:

* ``sqlite3`` (stdlib): open the plain copy and do the first reads (the baseline);
* ``sqlcipher3``: open the vault with its raw 256-bit data key and do the same reads;
* ``connection.connect``: cpradmin's open with the raw key (pragmas and the full
  ``cipher_integrity_check``), without any key derivation;
* Argon2id: deriving one password slot's key, alone;
* ``Vault.login``: the whole unlock with initials and password (Argon2id, open, integrity
  check, migrations check, audit entry, key-file write);
* ``Vault.recover``: the whole unlock with the recovery key (HKDF, no Argon2id).

Locking after a login or recovery is not timed. Medians, min/max and ratios are printed.
"""

from __future__ import annotations

import argparse
import base64
import os
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

import sqlcipher3
from _common import Series, context, print_table, write_json

from cpradmin import audit, demo
from cpradmin.keyslots import SlotFile, derive_kek
from cpradmin.models.storage import connection
from cpradmin.vault import ACCOUNT_COLUMNS, Vault

OFFICER = ("Bente Benchmark", "BB")
PASSWORD = "Kobber-Ugle-Vinter-93"
FIRST_READS = (
    ("SELECT count(*) FROM sqlite_master", ()),
    (f"SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE initials = ?", (OFFICER[1],)),
)


def first_reads(conn: sqlite3.Connection | sqlcipher3.Connection) -> None:
    """The reads a login does first: the schema, then the account row."""
    for sql, args in FIRST_READS:
        if conn.execute(sql, args).fetchone() is None:
            raise RuntimeError(f"no row for {sql!r}")


def build_vault(folder: Path, audit_entries: int) -> tuple[Path, Path, bytes, str, str]:
    """The vault (demo accounts + *audit_entries* synthetic entries) and its plain copy.

    Returns the vault's path, the plain copy's path, the data key, the recovery key and the
    SQLCipher version.
    """
    path = folder / "bench.vault"
    created = Vault.create(
        path, officer_name=OFFICER[0], initials=OFFICER[1], password=PASSWORD,
        authority="Benchmark Kommune", password_only=True,
    )
    vault = created.vault
    data_key = vault.data_key
    try:
        demo.populate(vault)
        start = datetime(2025, 1, 2, 8, 0, tzinfo=UTC)
        with vault.change("bench-fill", None, {"entries": audit_entries}) as conn:
            for i in range(audit_entries):
                audit.append(
                    conn, at=start + timedelta(minutes=7 * i), actor=OFFICER[1],
                    action="record-viewed", obj=f"account:{demo.DEPUTIES[i % 3][0]}",
                    details={"n": i, "reason": "periodic review of access rights"},
                )
    finally:
        vault.lock("benchmark: vault built")

    plain = folder / "plain.sqlite"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA plain.user_version = {int(version)}")
        conn.execute("DETACH DATABASE plain")
        cipher = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
    _check_same_content(path, data_key, plain)
    versions = f"SQLCipher {cipher} / SQLite {sqlcipher3.sqlite_version}"
    return path, plain, data_key, created.recovery_key, versions


def _check_same_content(path: Path, key: bytes, plain: Path) -> None:
    enc = connection.connect(path, key)
    ref = sqlite3.connect(plain)
    try:
        tables = [r[0] for r in ref.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            a = enc.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            b = ref.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if a != b:
                raise RuntimeError(f"plain copy differs in {table}: {a} vs {b} rows")
    finally:
        ref.close()
        connection.close(enc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--audit-entries", type=int, default=2000,
                        help="synthetic audit entries, so the file has a realistic size")
    parser.add_argument("--json", help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    os.environ.setdefault("CPRADMIN_NO_KEYRING", "1")  # password-only; never touch a keyring

    with tempfile.TemporaryDirectory(prefix="cpradmin-bench-") as tmp:
        folder = Path(tmp)
        print("building the benchmark vault…", flush=True)
        path, plain, key, recovery_key, cipher = build_vault(folder, args.audit_entries)
        officer_slot = SlotFile.load(SlotFile.path_for(path)).slots[OFFICER[1]]
        params = officer_slot.params()
        salt = base64.b64decode(officer_slot.salt)

        plain_s = Series("sqlite3: open + first reads (plain copy)")
        raw_s = Series("sqlcipher3: raw-key open + first reads")
        connect_s = Series("connection.connect (raw key, integrity check)")
        kdf_s = Series("Argon2id: derive one slot key")
        login_s = Series("Vault.login (password)")
        recover_s = Series("Vault.recover (recovery key)")

        for _ in range(args.runs):
            t = time.perf_counter()
            conn = sqlite3.connect(plain, isolation_level=None)
            first_reads(conn)
            plain_s.seconds.append(time.perf_counter() - t)
            conn.close()

            t = time.perf_counter()
            raw = sqlcipher3.connect(str(path), isolation_level=None)
            raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            first_reads(raw)
            raw_s.seconds.append(time.perf_counter() - t)
            raw.close()

            t = time.perf_counter()
            conn2 = connection.connect(path, key)
            first_reads(conn2)
            connect_s.seconds.append(time.perf_counter() - t)
            connection.close(conn2)

            t = time.perf_counter()
            derive_kek(PASSWORD, salt, params, None)
            kdf_s.seconds.append(time.perf_counter() - t)

            t = time.perf_counter()
            vault = Vault.login(path, OFFICER[1], PASSWORD)
            login_s.seconds.append(time.perf_counter() - t)
            vault.lock("benchmark")

            t = time.perf_counter()
            vault = Vault.recover(path, recovery_key)
            recover_s.seconds.append(time.perf_counter() - t)
            vault.lock("benchmark")

        size_kib = path.stat().st_size // 1024
        rows = [plain_s, raw_s, connect_s, kdf_s, login_s, recover_s]

    print()
    print(f"cpradmin unlock benchmark: {args.runs} runs per step, medians")
    print(f"vault {size_kib} KiB with {args.audit_entries} synthetic audit entries; "
          f"{cipher}; Argon2id m={params.memory_kib} KiB t={params.time_cost} "
          f"p={params.parallelism}")
    ctx = context()
    print(f"Python {ctx['python']} on {ctx['platform']}, {ctx['cpus']} CPUs")
    print()
    print_table(rows, [("plain", plain_s), ("raw cipher", raw_s)])
    write_json(args.json, "unlock", args.runs, rows,
               {"vault_kib": size_kib, "audit_entries": args.audit_entries, "cipher": cipher,
                "argon2": {"memory_kib": params.memory_kib, "time_cost": params.time_cost,
                           "parallelism": params.parallelism}})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
