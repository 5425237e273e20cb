"""The employee list's SQL: search, filters, Danish sorting, CPR prefixes and paging.

~300 employees are inserted with SQL into one real vault per module (the tests only read).
The expected answers are computed in Python from the same rows with the domain's own rules
(``Authorisation.in_force``), not from the SQL under test.

Danish order: SQLite's NOCASE folds only ASCII and its byte order gives Å < Æ < Ø, so the
ids are ordered by ``danish_key`` (on the worker, after a flat SELECT): case-folded, accents
dropped, Æ < Ø < Å after Z, "aa" as Å, ü as y. Searches with æøå fold case through the
``da_fold`` function the module registers on the connection.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import OFFICER, PASSWORD

from cpradmin import employee_queries as q
from cpradmin.employee_queries import EmployeeFilter, EmployeeFlag, Status
from cpradmin.keyslots import SlotFile
from cpradmin.models.registers import Authorisation
from cpradmin.models.storage import migrations
from cpradmin.vault import Vault

TODAY = date(2026, 3, 15)
SOON = TODAY + timedelta(days=30)

FIRST = ("Anne", "Bo", "Camilla", "Dennis", "Emma", "Frederik", "Gitte", "Henrik", "Søren",
         "Tina", "Ulrik", "Ægir", "Øjvind", "Åse", "anders", "Émile")
LAST = ("Nielsen", "Jensen", "Hansen", "Østergaard", "Ågård", "Aagaard", "Ærenlund", "Zeuthen",
        "Müller", "Olsen")
DEPARTMENTS = ("Borgerservice", "Jobcenter", "Ældreområdet", "Økonomi", "Åbent Hus", "Drift 100%")

#: Names whose order in Danish is known by heart, in that order (department "Sortering").
DANISH_ORDER = ("anders Aby", "Anne Bach", "Émile Dufour", "Ulla Ørum", "Ulrik Übel",
                "Zacharias Zeuthen", "Ægir Æbelø", "Øjvind Ørsted", "Aage Aagaard",
                "Åse Åberg")


@dataclass
class Seed:
    employees: list[tuple]
    user_ids: list[tuple]
    authorisations: list[tuple]

    def cpr_of(self, employee_id: int) -> str:
        return next(e[4] for e in self.employees if e[0] == employee_id)

    def auths_of_employee(self, employee_id: int) -> list[Authorisation]:
        uids = {u[0] for u in self.user_ids if u[2] == employee_id}
        return [
            Authorisation(id=a[0], user_id_id=a[1], granted_on=date.fromisoformat(a[2]),
                          expires_on=date.fromisoformat(a[3]) if a[3] else None,
                          profiles=tuple(json.loads(a[7])),
                          revoked_on=date.fromisoformat(a[9]) if a[9] else None)
            for a in self.authorisations if a[1] in uids
        ]


def make_seed() -> Seed:
    rng = random.Random(4711)
    now = f"{TODAY.isoformat()}T08:00:00+00:00"
    employees: list[tuple] = []
    user_ids: list[tuple] = []
    auths: list[tuple] = []

    def employee(name: str, department: str, **extra: object) -> int:
        number = len(employees) + 1
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 50))
        cpr = extra.get("cpr") or f"{birth:%d%m%y}{rng.choice('0123')}{number:03d}"
        initials = extra.get("initials") or f"E{number}"
        employees.append((
            number, name, initials, department, cpr, extra.get("email", f"e{number}@k.dk"),
            None, extra.get("employed_to"), "", extra.get("trained_on"), None, now, now,
        ))
        return number

    def user_id(employee_id: int, text: str) -> int:
        user_ids.append((len(user_ids) + 1, text, employee_id, None, 0, now))
        return len(user_ids)

    def grant(uid: int, expires: date | None, *, revoked: date | None = None,
              profiles: tuple[str, ...] = (), granted: date | None = None) -> None:
        auths.append((
            len(auths) + 1, uid, (granted or TODAY - timedelta(days=200)).isoformat(),
            expires.isoformat() if expires else None, "Sagsbehandling", "", '["PERSON"]',
            json.dumps(list(profiles)), "PH", revoked.isoformat() if revoked else None, "", 1,
        ))

    for number in range(280):
        name = f"{FIRST[number % len(FIRST)]} {LAST[number // len(FIRST) % len(LAST)]}"
        left = TODAY - timedelta(days=10) if number % 17 == 3 else None
        eid = employee(name, DEPARTMENTS[number % len(DEPARTMENTS)],
                       employed_to=left.isoformat() if left else None,
                       trained_on=(TODAY - timedelta(days=number)).isoformat()
                       if number % 4 else None)
        if number % 9 == 8:
            continue  # no user ID at all
        uid = user_id(eid, f"DK{2000 + number}")
        kind = number % 6
        if kind == 0:
            grant(uid, TODAY + timedelta(days=400))
        elif kind == 1:
            grant(uid, TODAY + timedelta(days=number % 30))  # expiring (0..29 days)
        elif kind == 2:
            grant(uid, TODAY - timedelta(days=3))  # expired, not revoked
        elif kind == 3:
            grant(uid, None)  # legacy: no expiry
        elif kind == 4:
            grant(uid, TODAY + timedelta(days=100), revoked=TODAY - timedelta(days=1))
        else:
            grant(uid, TODAY + timedelta(days=200), profiles=("127",))
            grant(uid, TODAY + timedelta(days=50), profiles=("100",))
        if number % 11 == 0:
            second = user_id(eid, f"XB{number:04d}")
            grant(second, TODAY + timedelta(days=31), granted=TODAY + timedelta(days=5))
    for name in DANISH_ORDER:
        employee(name, "Sortering")
    employee("Bo_Test Larsen", "Specials", email="bo.larsen@k.dk")
    employee("Boa Test", "Specials")
    employee("Kim Wild%card", "Specials")
    employee("CPR Twin One", "Specials", cpr="0103801234")
    employee("CPR Twin Two", "Specials", cpr="0103804321")
    employee("CPR Other", "Specials", cpr="0103811234")
    return Seed(employees, user_ids, auths)


SEED = make_seed()
INSERTS = {
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


def insert_seed(conn: object) -> None:
    conn.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
    for table, sql in INSERTS.items():
        conn.executemany(sql, getattr(SEED, table))  # type: ignore[attr-defined]
    conn.execute("COMMIT")  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def db(template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
       ) -> Iterator[object]:
    """One seeded vault for the module: every test here only reads."""
    source, _ = template_vault
    target = tmp_path_factory.mktemp("queries") / "cpradmin.vault"
    shutil.copy2(source, target)
    shutil.copy2(SlotFile.path_for(source), SlotFile.path_for(target))
    vault = Vault.login(target, OFFICER, PASSWORD)
    insert_seed(vault.db)
    yield vault.db
    vault.lock("tests finished")


def names(conn: object, ids: list[int]) -> list[str]:
    rows = q.rows(conn, ids, TODAY)  # type: ignore[arg-type]
    return [rows[i].name for i in ids]


def ids_of(flt: EmployeeFilter, conn: object, key: str = "name",
           descending: bool = False) -> list[int]:
    return q.ids(conn, flt, key, descending, TODAY)  # type: ignore[arg-type]


def all_ids() -> set[int]:
    return {e[0] for e in SEED.employees}


# -- sorting ----------------------------------------------------------------------------------


def test_names_sort_in_danish_alphabetical_order(db: object) -> None:
    listed = names(db, ids_of(EmployeeFilter(department="Sortering"), db))
    assert listed == list(DANISH_ORDER)
    backwards = names(db, ids_of(EmployeeFilter(department="Sortering"), db, descending=True))
    assert backwards == list(reversed(DANISH_ORDER))


def test_danish_key_folds_case_accents_and_aa() -> None:
    key = q.danish_key
    assert key("ANNE") == key("anne")
    assert key("Zeuthen") < key("Ærø") < key("Øster") < key("Åse")
    assert key("Aagaard") == key("Ågaard")
    assert key("Émile") == key("emile")
    assert key("Übel") == key("ybel")
    assert key(None) == key("") == ""


def test_every_employee_listed_once_and_sorted_by_the_key(db: object) -> None:
    listed = ids_of(EmployeeFilter(), db)
    assert sorted(listed) == sorted(all_ids())
    by_id = {e[0]: e[1] for e in SEED.employees}
    expected = sorted(all_ids(), key=lambda i: (q.danish_key(by_id[i]), i))
    assert listed == expected


def test_sort_by_department_then_name(db: object) -> None:
    listed = ids_of(EmployeeFilter(), db, "department")
    departments = {e[0]: (e[3], e[1]) for e in SEED.employees}
    keys = [(q.danish_key(departments[i][0]), q.danish_key(departments[i][1])) for i in listed]
    assert keys == sorted(keys)
    assert departments[listed[0]][0] == "Borgerservice"
    assert departments[listed[-1]][0] == "Åbent Hus"


def test_sort_by_earliest_expiry_in_force_with_empty_last_both_ways(db: object) -> None:
    def earliest(employee_id: int) -> date | None:
        dates = [a.expires_on for a in SEED.auths_of_employee(employee_id)
                 if a.in_force(TODAY) and a.expires_on]
        return min(dates) if dates else None

    for descending in (False, True):
        listed = ids_of(EmployeeFilter(), db, "expires", descending)
        values = [earliest(i) for i in listed]
        dated = [v for v in values if v is not None]
        assert dated == sorted(dated, reverse=descending)
        assert all(v is None for v in values[len(dated):]), "empty values go last"
        rows = q.rows(db, listed[:5], TODAY)  # type: ignore[arg-type]
        assert [rows[i].earliest_expiry for i in listed[:5]] == values[:5]


def test_sort_by_user_id_and_dates(db: object) -> None:
    listed = ids_of(EmployeeFilter(), db, "user_ids")
    first = q.rows(db, listed[:1], TODAY)[listed[0]]  # type: ignore[arg-type]
    assert first.user_ids.startswith("DK2000")
    last = q.rows(db, listed[-1:], TODAY)[listed[-1]]  # type: ignore[arg-type]
    assert last.user_ids == ""
    listed = ids_of(EmployeeFilter(), db, "trained_on", descending=True)
    trained = {e[0]: e[9] for e in SEED.employees}
    values = [trained[i] for i in listed]
    dated = [v for v in values if v]
    assert dated == sorted(dated, reverse=True) and not any(values[len(dated):])


def test_unknown_sort_key_is_refused(db: object) -> None:
    with pytest.raises(ValueError, match="unknown sort key"):
        ids_of(EmployeeFilter(), db, "cpr; DROP TABLE employees")


# -- search -----------------------------------------------------------------------------------


def test_search_is_case_insensitive_for_ascii_and_danish_letters(db: object) -> None:
    expected = {e[0] for e in SEED.employees if "østergaard" in e[1].casefold()}
    assert expected
    for text in ("østergaard", "ØSTERGAARD", "Østergaard", "ØsTeRgAaRd"):
        assert set(ids_of(EmployeeFilter(text=text), db)) == expected
    jensen = {e[0] for e in SEED.employees if "jensen" in e[1].casefold()}
    assert set(ids_of(EmployeeFilter(text="JENSEN"), db)) == jensen


def test_search_matches_initials_department_email_and_user_id(db: object) -> None:
    assert names(db, ids_of(EmployeeFilter(text="bo.larsen@"), db)) == ["Bo_Test Larsen"]
    assert set(ids_of(EmployeeFilter(text="e17"), db)) >= {17}
    by_department = {e[0] for e in SEED.employees if e[3] == "Ældreområdet"}
    assert set(ids_of(EmployeeFilter(text="ældreområdet"), db)) == by_department
    owner = next(u[2] for u in SEED.user_ids if u[1] == "XB0011")
    assert ids_of(EmployeeFilter(text="xb0011"), db) == [owner]


def test_search_escapes_like_wildcards(db: object) -> None:
    assert names(db, ids_of(EmployeeFilter(text="o_T"), db)) == ["Bo_Test Larsen"]
    assert names(db, ids_of(EmployeeFilter(text="wild%"), db)) == ["Kim Wild%card"]
    drift = {e[0] for e in SEED.employees if e[3] == "Drift 100%"}
    assert set(ids_of(EmployeeFilter(text="100%"), db)) == drift
    percent = drift | {e[0] for e in SEED.employees if "%" in e[1]}
    assert set(ids_of(EmployeeFilter(text="%"), db)) == percent


def test_every_word_must_match_somewhere(db: object) -> None:
    found = ids_of(EmployeeFilter(text="åse jobcenter"), db)
    assert found
    for employee_id in found:
        row = next(e for e in SEED.employees if e[0] == employee_id)
        assert "åse" in row[1].casefold() and row[3] == "Jobcenter"


def test_cpr_search_by_birth_date_prefix_and_full_number(db: object) -> None:
    twins = names(db, ids_of(EmployeeFilter(text="010380"), db))
    assert sorted(twins) == ["CPR Twin One", "CPR Twin Two"]
    assert sorted(names(db, ids_of(EmployeeFilter(text="010380-"), db))) == sorted(twins)
    assert names(db, ids_of(EmployeeFilter(text="010380-1234"), db)) == ["CPR Twin One"]
    assert names(db, ids_of(EmployeeFilter(text="0103804321"), db)) == ["CPR Twin Two"]
    assert names(db, ids_of(EmployeeFilter(text=" 010380 1234 "), db)) == ["CPR Twin One"]
    assert ids_of(EmployeeFilter(text="010380-9999"), db) == []
    # Five digits are no CPR prefix: they only match other columns, not the birth date.
    assert "CPR Twin One" not in names(db, ids_of(EmployeeFilter(text="01038"), db))


def test_cpr_prefix_recognises_only_cpr_shapes() -> None:
    assert q.cpr_prefix("010380") == "010380"
    assert q.cpr_prefix("010380-") == "010380"
    assert q.cpr_prefix("010380-12") == "01038012"
    assert q.cpr_prefix("0103801234") == "0103801234"
    for text in ("01038", "0103801234567", "DK010380", "01-03-80", "abc"):
        assert q.cpr_prefix(text) is None


def test_rows_carry_the_masked_cpr_only(db: object) -> None:
    listed = ids_of(EmployeeFilter(), db)
    rows = q.rows(db, listed, TODAY)  # type: ignore[arg-type]
    for employee_id, row in rows.items():
        full = SEED.cpr_of(employee_id)
        assert row.cpr_masked == f"{full[:6]}-XXXX"
        assert full not in repr(row) and full[6:] not in row.cpr_masked


# -- filters ----------------------------------------------------------------------------------


def expected_status(status: Status) -> set[int]:
    def matches(employee: tuple) -> bool:
        auths = SEED.auths_of_employee(employee[0])
        if status is Status.ACTIVE:
            return any(a.in_force(TODAY) for a in auths)
        if status is Status.LEFT:
            return bool(employee[7]) and employee[7] < TODAY.isoformat()
        return any(a.revoked_on is None and (a.expires_on is None or a.expires_on <= SOON)
                   for a in auths)

    return {e[0] for e in SEED.employees if matches(e)}


@pytest.mark.parametrize("status", [Status.ACTIVE, Status.LEFT, Status.ATTENTION])
def test_status_filters(db: object, status: Status) -> None:
    expected = expected_status(status)
    assert expected and expected != all_ids()
    assert set(ids_of(EmployeeFilter(status=status), db)) == expected
    assert q.count(db, EmployeeFilter(status=status), TODAY) == len(expected)  # type: ignore[arg-type]


def test_department_filter_combines_with_status_and_search(db: object) -> None:
    flt = EmployeeFilter(text="a", department="Jobcenter", status=Status.ATTENTION)
    expected = {
        e[0] for e in SEED.employees
        if e[3] == "Jobcenter" and e[0] in expected_status(Status.ATTENTION)
        and any("a" in str(v).casefold() for v in (e[1], e[2], e[3], e[5]))
    }
    expected |= {  # or a user ID with an "a"
        e[0] for e in SEED.employees
        if e[3] == "Jobcenter" and e[0] in expected_status(Status.ATTENTION)
        and any("a" in u[1].casefold() for u in SEED.user_ids if u[2] == e[0])
    }
    assert set(ids_of(flt, db)) == expected
    assert q.count(db, flt, TODAY) == len(expected)  # type: ignore[arg-type]


def test_departments_in_danish_order(db: object) -> None:
    assert q.departments(db) == [  # type: ignore[arg-type]
        "Borgerservice", "Drift 100%", "Jobcenter", "Sortering", "Specials", "Ældreområdet",
        "Økonomi", "Åbent Hus",
    ]


# -- paging -----------------------------------------------------------------------------------


def test_rows_of_a_page_with_flags(db: object) -> None:
    listed = ids_of(EmployeeFilter(), db)
    page = listed[200:400]
    rows = q.rows(db, page, TODAY)  # type: ignore[arg-type]
    assert set(rows) == set(page)
    for employee_id in page:
        auths = SEED.auths_of_employee(employee_id)
        row = rows[employee_id]
        flags = row.flags
        assert bool(flags & EmployeeFlag.EXPIRED_ACTIVE) == any(
            a.revoked_on is None and a.expires_on and a.expires_on < TODAY for a in auths)
        assert bool(flags & EmployeeFlag.NO_EXPIRY) == any(
            a.revoked_on is None and a.expires_on is None for a in auths)
        assert bool(flags & EmployeeFlag.EXPIRING) == any(
            a.revoked_on is None and a.expires_on and TODAY <= a.expires_on <= SOON
            for a in auths)
        assert bool(flags & EmployeeFlag.SENSITIVE) == any(
            a.in_force(TODAY) and a.sensitive for a in auths)
        assert bool(flags & EmployeeFlag.ACTIVE) == any(a.in_force(TODAY) for a in auths)
        employed_to = next(e[7] for e in SEED.employees if e[0] == employee_id)
        assert bool(flags & EmployeeFlag.LEFT) == bool(
            employed_to and employed_to < TODAY.isoformat())
        expected_uids = sorted(u[1] for u in SEED.user_ids if u[2] == employee_id)
        assert row.user_ids == ", ".join(expected_uids)


def test_a_page_costs_three_queries_whatever_its_size(db: object) -> None:
    """No N+1: user IDs and authorisations come in one grouped query per page."""
    statements: list[str] = []
    db.set_trace_callback(statements.append)  # type: ignore[attr-defined]
    try:
        listed = ids_of(EmployeeFilter(), db)
        statements.clear()
        q.rows(db, listed[:10], TODAY)  # type: ignore[arg-type]
        small = len(statements)
        statements.clear()
        q.rows(db, listed[:250], TODAY)  # type: ignore[arg-type]
        large = len(statements)
    finally:
        db.set_trace_callback(None)  # type: ignore[attr-defined]
    assert small == large == 3


def test_query_plans_use_the_indexes(db: object) -> None:
    plans = q.query_plans(db, EmployeeFilter(text="jens", status=Status.ATTENTION),  # type: ignore[arg-type]
                          "expires", TODAY)
    page_plans = plans["rows"] + plans["user_ids"] + plans["authorisations"]
    assert any("INTEGER PRIMARY KEY" in line for line in plans["rows"])
    assert any("user_ids_employee" in line for line in plans["user_ids"])
    assert any("authorisations_user" in line for line in plans["authorisations"])
    # A page never scans a table: only the JSON list of its ids is scanned.
    scans = [line for line in page_plans if line.startswith("SCAN")]
    assert all("json_each" in line or "VIRTUAL TABLE" in line for line in scans), scans
    # The default list (by name) reads each employee once, with no per-row subquery.
    by_name = q.query_plans(db, EmployeeFilter(text="jens"), "name", TODAY)["ids"]  # type: ignore[arg-type]
    assert not any("CORRELATED" in line for line in by_name), by_name


def test_the_queries_run_on_stdlib_sqlite_too() -> None:
    """The benchmark's baseline runs the same SELECTs on an unencrypted in-memory copy."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrations.migrate(conn)  # type: ignore[arg-type]
    insert_seed(conn)
    listed = q.ids(conn, EmployeeFilter(department="Sortering"), "name", False, TODAY)
    assert names(conn, listed) == list(DANISH_ORDER)
    assert q.count(conn, EmployeeFilter(text="østergaard"), TODAY) > 0
