"""How fast the employee view is on a large municipality's registers, against bare SQLite.

    python bench/bench_employee_view.py [--employees 10000] [--runs 7] [--json FILE] [--plans]

Makes a vault with 10,000 synthetic employees (inserted with SQL in one transaction: this is
a benchmark, not a test of the services), 1.15 user IDs and 2 authorisations each on average,
and measures, in the same run (round-robin, median of the runs):

* **first paint**: ``EmployeesView(context)`` constructed and shown, then events processed until
  the table has fetched its first page of rows (the real threaded ``VaultWorker``);
* **search**: the search text set and the debounce timer fired at once, until the new first
  page is fetched (the debounce itself, ~150 ms of waiting for the typist, is left out);
* **sort by expiry**: a click on the "Expires" header until the first page is fetched (the
  earliest expiry comes from another table: the costliest order the list offers);
* the same queries (``employee_queries``) on the vault's SQLCipher connection without Qt;
* the **baseline**: the same SELECTs, through the same functions, on stdlib ``sqlite3`` holding
  an unencrypted copy of the same rows in memory (in memory, so the house rule "no plaintext
  temp files" holds even for synthetic data; the vault's 64 MiB page cache holds the whole
  file after the first read, so the comparison is fair once warm).

Qt runs with ``QT_QPA_PLATFORM=offscreen``. ``--plans`` prints ``EXPLAIN QUERY PLAN`` of
every statement the list runs. ``--no-memory-security`` opens the vault without
``PRAGMA cipher_memory_security = ON``, to show what that setting costs (an experiment: the
app always sets it).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CPRADMIN_LANGUAGE", "en")

from _common import Series, context, print_table, write_json

from cpradmin import employee_queries as q

FIRST = ("Anne", "Bo", "Camilla", "Dennis", "Emma", "Frederik", "Gitte", "Henrik", "Ida",
         "Jonas", "Karen", "Lasse", "Maja", "Niels", "Olivia", "Peter", "Rikke", "Søren",
         "Tina", "Ulrik", "Vibeke", "William", "Yasmin", "Zainab", "Ali", "Birgitte", "Åse",
         "Ærø", "Øjvind", "Aage")
LAST = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Åberg",
        "Aagaard", "Ærenlund")
AREAS = ("Borgerservice", "Jobcenter", "Familieafdelingen", "Ældreområdet", "Skole",
         "Økonomi og løn", "Folkeregister", "Byggesag", "Sundhed", "Handicap", "Teknik",
         "Miljø")
TRANSACTIONS = ("PERSON", "ADRSOG", "NAVNSOG", "FAMILIE", "ADRHIST", "OPDATER")
PAGE_ROWS = 200


def synthetic_rows(employees: int, today: date, seed: int = 20261127) -> dict[str, list[tuple]]:
    """Rows for employees, user_ids, authorisations: deterministic, with every attention case."""
    rng = random.Random(seed)
    now = f"{today.isoformat()}T08:00:00+00:00"
    out: dict[str, list[tuple]] = {"employees": [], "user_ids": [], "authorisations": []}
    user_number = 0
    auth_number = 0
    for number in range(1, employees + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        department = f"{rng.choice(AREAS)} {rng.randrange(1, 5)}"
        birth = date(1955, 1, 1) + timedelta(days=rng.randrange(365 * 45))
        cpr = f"{birth:%d%m%y}{rng.choice('0123') if birth.year < 2000 else '4'}" \
              f"{rng.randrange(1000):03d}"
        initials = f"{first[:2]}{last[:2]}{number}".upper()
        left = today - timedelta(days=rng.randrange(1, 400)) if number % 25 == 7 else None
        out["employees"].append((
            number, f"{first} {last}", initials, department, cpr,
            f"{initials.lower()}@kommune.dk",
            (today - timedelta(days=rng.randrange(60, 8000))).isoformat(),
            left.isoformat() if left else None, "",
            (today - timedelta(days=rng.randrange(700))).isoformat() if number % 9 else None,
            (today - timedelta(days=rng.randrange(500))).isoformat(), now, now,
        ))
        for _ in range(rng.choice((0, 1, 1, 1, 2, 2))):
            user_number += 1
            out["user_ids"].append((user_number, f"DK{100000 + user_number}", number, None, 0,
                                    now))
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                auth_number += 1
                granted = today - timedelta(days=rng.randrange(10, 900))
                expires: date | None = today + timedelta(days=rng.randrange(-90, 720))
                if auth_number % 40 == 3:
                    expires = None
                revoked = None
                if rng.random() < 0.25:
                    revoked = granted + timedelta(days=rng.randrange(1, 300))
                profiles = ["100"] if rng.random() < 0.2 else []
                if auth_number % 90 == 5:
                    profiles.append(rng.choice(("127", "200")))
                out["authorisations"].append((
                    auth_number, user_number, granted.isoformat(),
                    expires.isoformat() if expires else None, "Sagsbehandling",
                    f"{today.year}-{auth_number:06d}",
                    json.dumps(rng.sample(TRANSACTIONS, rng.randrange(1, 4))),
                    json.dumps(profiles), "BB", revoked.isoformat() if revoked else None,
                    "Stoppet" if revoked else "", 1,
                ))
    return out


_INSERTS = {
    "employees": "INSERT INTO employees (id, name, initials, department, cpr, email, "
                 "employed_from, employed_to, notes, trained_on, acknowledged_on, created_at, "
                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "user_ids": "INSERT INTO user_ids (id, user_id, employee_id, program_id, locked, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
    "authorisations": "INSERT INTO authorisations (id, user_id_id, granted_on, expires_on, "
                      "purpose, case_number, transaction_types, profiles, granted_by, "
                      "revoked_on, revoked_reason, version) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


def insert(conn: Any, data: dict[str, list[tuple]]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    for table, sql in _INSERTS.items():
        conn.executemany(sql, data[table])
    conn.execute("COMMIT")


# -- the measurements -------------------------------------------------------------------------


def first_page(conn: Any, flt: q.EmployeeFilter, today: date) -> int:
    """What the view asks for before its first paint: total, departments, ids, one page."""
    q.count(conn, q.EmployeeFilter(), today)
    q.departments(conn)
    ids = q.ids(conn, flt, "name", False, today)
    q.rows(conn, ids[:PAGE_ROWS], today)
    return len(ids)


def searched_page(conn: Any, flt: q.EmployeeFilter, today: date) -> int:
    """What applying a search costs: the ids and the first page of the new list."""
    ids = q.ids(conn, flt, "name", False, today)
    q.rows(conn, ids[:PAGE_ROWS], today)
    return len(ids)


def timed(series: Series, step: Callable[[], object]) -> object:
    started = time.perf_counter()
    result = step()
    series.seconds.append(time.perf_counter() - started)
    return result


def wait_for_page(app: Any, model: Any, fetched: int, deadline_s: float = 30.0) -> None:
    """Process events until the table has fetched a page beyond *fetched* (it paints)."""
    deadline = time.perf_counter() + deadline_s
    while model.pages_fetched <= fetched:
        if time.perf_counter() > deadline:
            raise RuntimeError("the table fetched no rows")
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--search", default="jen", help="text typed into the search box")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN")
    parser.add_argument("--no-memory-security", action="store_true",
                        help="experiment: open the vault without PRAGMA "
                             "cipher_memory_security = ON (must be the process's first "
                             "SQLCipher connection to take effect)")
    parser.add_argument("--json", help="also write the results to this JSON file")
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from cpradmin.models.storage import connection, migrations
    from cpradmin.ui.context import ViewContext
    from cpradmin.ui.employees_view import EmployeesView, local_today
    from cpradmin.ui.worker import VaultWorker
    from cpradmin.vault import Vault

    if args.no_memory_security:
        def without_memory_security(conn: Any, key: bytes) -> None:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")

        connection._pragmas = without_memory_security  # type: ignore[assignment]

    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"context: {context()}")
    with tempfile.TemporaryDirectory(prefix="cpradmin-bench-") as tmp:
        started = time.perf_counter()
        vault = Vault.create(
            Path(tmp) / "bench.vault", officer_name="Bente Benchmark", initials="BB",
            password="Kobber-Ugle-Vinter-93", password_only=True,
        ).vault
        today = local_today(vault)
        data = synthetic_rows(args.employees, today)
        insert(vault.db, data)
        plain = sqlite3.connect(":memory:", isolation_level=None)
        migrations.migrate(plain)  # type: ignore[arg-type]
        insert(plain, data)
        print(f"{args.employees:,} employees, {len(data['user_ids']):,} user IDs, "
              f"{len(data['authorisations']):,} authorisations; built in "
              f"{time.perf_counter() - started:.1f} s; memory security "
              f"{vault.db.execute('PRAGMA cipher_memory_security').fetchone()[0]}")
        flt = q.EmployeeFilter(text=args.search)
        if args.plans:
            for name, lines in q.query_plans(vault.db, flt, "name", today).items():
                print(f"\n{name}:\n  " + "\n  ".join(lines))
            print()

        worker = VaultWorker()  # the real thread, as in the app
        context_ = ViewContext(vault, worker)
        paint = [Series("sqlite3 (plain, in memory): the queries"),
                 Series("SQLCipher vault: the queries"),
                 Series("EmployeesView: construct + show + first page")]
        search = [Series(f"sqlite3 (plain, in memory): search {args.search!r}"),
                  Series(f"SQLCipher vault: search {args.search!r}"),
                  Series(f"EmployeesView: search {args.search!r} applied")]
        sort = [Series("sqlite3 (plain, in memory): sort by expiry"),
                Series("SQLCipher vault: sort by expiry"),
                Series("EmployeesView: click 'Expires' until painted")]
        matched = 0
        for _run in range(args.runs):
            timed(paint[0], lambda: first_page(plain, q.EmployeeFilter(), today))
            timed(paint[1], lambda: context_.read(
                lambda v: first_page(v.db, q.EmployeeFilter(), today)))

            def open_view() -> EmployeesView:
                view = EmployeesView(context_)
                view.resize(1400, 800)
                view.show()
                wait_for_page(app, view.model, 0)
                return view

            view = timed(paint[2], open_view)
            assert isinstance(view, EmployeesView)

            timed(search[0], lambda: searched_page(plain, flt, today))
            matched = int(timed(search[1], lambda: context_.read(  # type: ignore[arg-type]
                lambda v: searched_page(v.db, flt, today))))

            def apply_search(view: EmployeesView = view) -> None:
                fetched = view.model.pages_fetched
                view.search.setText(args.search)
                view.search_timer.timeout.emit()  # the debounce fires at once
                wait_for_page(app, view.model, fetched)

            timed(search[2], apply_search)

            def expiry(conn: Any) -> None:
                q.rows(conn, q.ids(conn, q.EmployeeFilter(), "expires", False, today)[
                    :PAGE_ROWS], today)

            timed(sort[0], lambda: expiry(plain))
            timed(sort[1], lambda: context_.read(lambda v: expiry(v.db)))

            view.search.setText("")
            view.apply_filter()
            app.processEvents()

            def click_expiry(view: EmployeesView = view) -> None:
                fetched = view.model.pages_fetched
                view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
                wait_for_page(app, view.model, fetched)

            timed(sort[2], click_expiry)
            view.close()
            view.deleteLater()
            app.processEvents()

        print(f"\nsearch {args.search!r} matches {matched:,} employees; "
              f"{args.runs} runs, round-robin\n")
        for rows in (paint, search, sort):
            print_table(rows, [("sqlite3", rows[0]), ("SQLCipher", rows[1])])
            print()
        worker.shutdown()
        vault.lock("benchmark")
        write_json(args.json, "employee_view", args.runs, paint + search + sort,
                   {"employees": args.employees, "search": args.search,
                    "memory_security": not args.no_memory_security})
    return 0


if __name__ == "__main__":
    sys.exit(main())
