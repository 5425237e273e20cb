"""How long importing a 10,000-employee register takes, against plain csv + sqlite3.

    python bench/bench_register_import.py [--runs 3] [--employees 10000] [--json FILE]

Generates a register in Danish style (Windows-1252, ``;``, Danish headers, DD-MM-YYYY dates,
names with æøå, synthetic CPR numbers; every tenth employee has a second authorisation row)
and, round-robin so drift hits every step alike, measures per run on a fresh copy of an
empty vault:

* baseline: stdlib ``csv`` reads the file and ``sqlite3`` (plain, unencrypted file, same
  schema and ``synchronous``/WAL settings) inserts the same employees, user IDs and
  authorisations with ``executemany`` in one transaction: the least any import can cost;
* ``sqlcipher3`` executemany: the same rows through the vault's own connection
  (``connection.connect``): what the encrypted storage alone costs;
* ``plan_import``: reading, validating and comparing with the vault (writes nothing);
* ``apply_import``: writing the plan in one transaction with history events and the audit
  entry;
* plan + apply: the whole import as the officer experiences it.

Vault creation (Argon2id) and login are not timed. Medians, min/max and ratios are printed.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

from _common import Series, context, print_table, write_json

from cpradmin.keyslots import SlotFile
from cpradmin.models.cpr import parse_cpr
from cpradmin.models.dates import parse_date
from cpradmin.models.storage import connection, migrations
from cpradmin.register_import import apply_import, plan_import
from cpradmin.vault import Vault

OFFICER = ("Bente Benchmark", "BB")
PASSWORD = "Kobber-Ugle-Vinter-93"
HEADERS = ["Navn", "Initialer", "Afdeling", "CPR-nummer", "E-mail", "Ansat fra", "Bruger-ID",
           "Gældende fra", "Gældende til", "Formål", "Sagsnr.", "Transaktionstyper",
           "Profiler", "Tildelt af"]
FIRST = ["Søren", "Åse", "Jørgen", "Mette", "Anders", "Bodil", "Kærsten", "Ole", "Ærtebjørn",
         "Birthe"]
LAST = ["Ærø", "Østergaard", "Hansen", "Nielsen", "Kjær", "Sørensen", "Møller", "Aagaard"]
DEPARTMENTS = ["Borgerservice", "Løn og personale", "Jobcenter", "Skat", "Børn og unge"]


def synthetic_cpr(i: int) -> str:
    """A valid-looking CPR number (modulus 11 holds) for a birth date derived from *i*."""
    birth = date(1950, 1, 1) + timedelta(days=(i * 37) % 18000)
    prefix = birth.strftime("%d%m%y")
    seventh = "0" if birth.year < 2000 else "4"
    for serial in range(1000):
        digits = f"{prefix}{seventh}{serial:03d}"
        if parse_cpr(digits).modulus11_ok:
            return digits
    raise RuntimeError("no serial")


def register_rows(employees: int) -> list[list[str]]:
    rows = []
    for i in range(employees):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // 10) % len(LAST)]} {i}"
        base = [name, f"B{i:05d}", DEPARTMENTS[i % len(DEPARTMENTS)], synthetic_cpr(i),
                f"b{i}@kommune.dk", "01-03-2015", f"KOM{i:05d}"]
        rows.append([*base, "15-01-2024", "14-01-2025", "Sagsbehandling", f"24-{i:06d}",
                     "A1, B2", "100", "PH"])
        if i % 10 == 0:
            rows.append([*base, "01-06-2024", "", "Opslag", "", "A1", "", "PH"])
    return rows


def write_register(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp1252"))


def baseline_rows(path: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """The employees, user IDs and authorisations of the file, as a plain importer would
    have them (with explicit ids): stdlib csv plus the minimum of parsing."""
    employees: dict[str, tuple] = {}
    uids: dict[str, tuple] = {}
    auths = []
    with path.open(encoding="cp1252", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        for name, ini, dept, cpr, mail, start, uid, granted, expires, purpose, case, types, \
                profiles, by in reader:
            if cpr not in employees:
                employees[cpr] = (len(employees) + 1, name, ini, dept, cpr, mail,
                                  parse_date(start).isoformat(), None, "", None, None, "x", "x")
            if uid not in uids:
                uids[uid] = (len(uids) + 1, uid, employees[cpr][0], None, "x")
            auths.append((len(auths) + 1, uids[uid][0], parse_date(granted).isoformat(),
                          parse_date(expires).isoformat() if expires else None, purpose, case,
                          json.dumps(types.replace(",", " ").split()),
                          json.dumps(profiles.split()), by))
    return list(employees.values()), list(uids.values()), auths


def insert_many(conn: object, path: Path) -> None:
    employees, uids, auths = baseline_rows(path)
    execute = conn.execute  # type: ignore[attr-defined]
    executemany = conn.executemany  # type: ignore[attr-defined]
    execute("BEGIN IMMEDIATE")
    executemany(
        "INSERT INTO employees (id, name, initials, department, cpr, email, employed_from, "
        "employed_to, notes, trained_on, acknowledged_on, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", employees)
    executemany("INSERT INTO user_ids (id, user_id, employee_id, program_id, created_at) "
                "VALUES (?, ?, ?, ?, ?)", uids)
    executemany("INSERT INTO authorisations (id, user_id_id, granted_on, expires_on, purpose, "
                "case_number, transaction_types, profiles, granted_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", auths)
    execute("COMMIT")


def fresh_copy(template: Path, folder: Path, name: str) -> Path:
    target = folder / name / template.name
    target.parent.mkdir()
    shutil.copy2(template, target)
    shutil.copy2(SlotFile.path_for(template), SlotFile.path_for(target))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--json", help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    os.environ.setdefault("CPRADMIN_NO_KEYRING", "1")  # password-only; never touch a keyring

    with tempfile.TemporaryDirectory(prefix="cpradmin-bench-") as tmp:
        folder = Path(tmp)
        print("building the register and an empty vault…", flush=True)
        source = folder / "autorisationsregister.csv"
        rows = register_rows(args.employees)
        write_register(source, rows)
        template = folder / "template" / "bench.vault"
        created = Vault.create(template, officer_name=OFFICER[0], initials=OFFICER[1],
                               password=PASSWORD, authority="Benchmark Kommune",
                               password_only=True)
        data_key = created.vault.data_key
        created.vault.lock("benchmark: template built")

        base_s = Series("csv + sqlite3 executemany (plain file)")
        cipher_s = Series("csv + sqlcipher3 executemany (vault connection)")
        plan_s = Series("plan_import (read, check, compare)")
        apply_s = Series("apply_import (one transaction)")
        total_s = Series("plan + apply")

        for run in range(args.runs):
            plain_path = folder / f"plain-{run}.sqlite"
            plain = sqlite3.connect(plain_path, isolation_level=None)
            plain.execute("PRAGMA journal_mode = WAL")
            plain.execute("PRAGMA synchronous = FULL")
            plain.execute("PRAGMA foreign_keys = ON")
            migrations.migrate(plain)  # type: ignore[arg-type]
            t = time.perf_counter()
            insert_many(plain, source)
            base_s.seconds.append(time.perf_counter() - t)
            plain.close()

            raw = connection.connect(fresh_copy(template, folder, f"raw-{run}"), data_key)
            t = time.perf_counter()
            insert_many(raw, source)
            cipher_s.seconds.append(time.perf_counter() - t)
            connection.close(raw)

            vault = Vault.login(fresh_copy(template, folder, f"vault-{run}"), OFFICER[1],
                                PASSWORD)
            try:
                t = time.perf_counter()
                plan = plan_import(vault, source)
                planned = time.perf_counter()
                apply_import(vault, plan)
                done = time.perf_counter()
                if plan.errors or not plan.actions:
                    raise RuntimeError(f"unexpected plan: {plan.summary()}")
            finally:
                vault.lock("benchmark")
            plan_s.seconds.append(planned - t)
            apply_s.seconds.append(done - planned)
            total_s.seconds.append(done - t)

        table = [base_s, cipher_s, plan_s, apply_s, total_s]
        size_kib = source.stat().st_size // 1024

    print()
    print(f"cpradmin register import benchmark: {args.runs} runs per step, medians")
    print(f"{args.employees} employees, {len(rows)} rows, {size_kib} KiB (Windows-1252, ';')")
    ctx = context()
    print(f"Python {ctx['python']} on {ctx['platform']}, {ctx['cpus']} CPUs")
    print()
    print_table(table, [("plain", base_s), ("cipher", cipher_s)])
    write_json(args.json, "register_import", args.runs, table,
               {"employees": args.employees, "rows": len(rows), "file_kib": size_kib})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
