"""The log control's review rules, each against a real vault with real registers.

Registers are built through the real services (employees, user IDs, authorisations,
watchlist, lockouts); log rows are inserted with the real schema by :class:`Quarter` (one
import record per batch, as the importer leaves them), and a few tests import CSV files
through ``import_log``/``import_cases``. Times are Danish wall-clock times, converted as the
importer converts them (``local_epoch``), so boundary and DST cases are the real ones.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cpradmin import registers, unlocks
from cpradmin.errors import ValidationError
from cpradmin.log_import import import_cases, import_log
from cpradmin.models.logs import AMBIGUOUS, NONEXISTENT, local_epoch
from cpradmin.models.registers import Employee, UserId, Verification
from cpradmin.models.review import Finding, Scope, ScopeKind, Severity
from cpradmin.models.rules import (
    Grant,
    LocalCalendar,
    WorkingHours,
    closed_dates,
    episodes,
    robust_threshold,
    uncovered,
)
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.review_rules import (
    MAX_ENTRIES,
    RULES,
    RuleRun,
    default_parameters,
    run_rules,
    scope_filter,
)
from cpradmin.vault import Vault

FULL_CPR = re.compile(r"\d{6}-?\d{4}")
Q1 = (date(2024, 1, 1), date(2024, 3, 31))
ALL = Scope()


def cpr(n: int) -> str:
    """A valid CPR number (born 1985), distinct for n < 9000."""
    return f"{1 + n % 28:02d}{1 + (n // 28) % 12:02d}85{1000 + n:04d}"


def at(*args: int) -> datetime:
    return datetime(*args)  # naive: Danish wall-clock time, as log files give it


class Quarter:
    """Registers through the services, log rows through the schema the importer fills."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.pending: list[tuple[str, datetime, str | None, str, int | None]] = []
        self._n = 0

    # -- registers ----------------------------------------------------------------------------

    def employee(self, name: str, department: str = "Jobcenter", *, person: str | None = None,
                 employed_from: date | None = None, employed_to: date | None = None
                 ) -> Employee:
        self._n += 1
        return registers.add_employee(self.vault, EmployeeInput(
            name=name, department=department, cpr=person or cpr(self._n + 4000),
            employed_from=employed_from, employed_to=employed_to))

    def user(self, user_id: str, department: str = "Jobcenter", *,
             granted: date | None = date(2023, 1, 1), expires: date | None = None,
             types: Iterable[str] = (), person: str | None = None,
             employed_to: date | None = None) -> UserId:
        """A user ID of a new employee, with one authorisation (unless *granted* is None)."""
        emp = self.employee(f"Ansat {user_id}", department, person=person,
                            employed_to=employed_to)
        uid = registers.add_user_id(self.vault, user_id, employee_id=emp.id)
        if granted is not None:
            registers.grant_authorisation(self.vault, uid.id, AuthorisationInput(
                granted_on=granted, expires_on=expires, transaction_types=tuple(types)))
        return uid

    def program(self, user_id: str) -> UserId:
        registers.add_program(self.vault, name=f"System {user_id}", system_user_id=user_id)
        found = registers.get_user_id(self.vault.db, user_id)
        assert found is not None
        registers.grant_authorisation(self.vault, found.id, AuthorisationInput(
            granted_on=date(2020, 1, 1), expires_on=None))
        return found

    # -- log rows -----------------------------------------------------------------------------

    def log(self, user: str, when: datetime, person: str | None = None, tx: str = "OPSLAG",
            flags: int | None = None) -> None:
        self.pending.append((user, when, person, tx, flags))

    def many(self, user: str, day: date, count: int, *, start: int = 9, person: str | None =
             None, tx: str = "OPSLAG", spread: int = 6 * 3600) -> None:
        """*count* lookups spread over working hours from *start* o'clock."""
        for i in range(count):
            when = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=start, seconds=i * spread // max(count, 1))
            self.log(user, when, person or cpr(100 + i % 50), tx)

    def commit(self) -> list[int]:
        """Insert the pending rows as one import (ids in insertion order)."""
        rows, self.pending = self.pending, []
        with self.vault.change("test-log") as conn:
            first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM log_entries")
                        .fetchone()[0])
            cursor = conn.execute(
                "INSERT INTO log_imports (kind, source, file_name, file_size, sha256, "
                "rows_read, rows_accepted, rows_rejected, rows_added, imported_at, "
                "imported_by) VALUES ('log', 'cpr', 'test.csv', 0, ?, 0, 0, 0, 0, "
                "'2024-04-01T00:00:00+00:00', 'PH')", (f"sha-{first}",))
            import_id = int(cursor.lastrowid or 0)
            ids, stamps = [], []
            for line, (user, when, person, tx, flags) in enumerate(rows, start=1):
                ts, found = local_epoch(when)
                conn.execute("INSERT OR IGNORE INTO log_users (user_id) VALUES (?)", (user,))
                conn.execute("INSERT OR IGNORE INTO log_transactions (code) VALUES (?)", (tx,))
                cursor = conn.execute(
                    "INSERT INTO log_entries (import_id, line, source, user_ref, ts, flags, "
                    "tx_ref, cpr) VALUES (?, ?, 0, (SELECT id FROM log_users WHERE user_id = ?), "
                    "?, ?, (SELECT id FROM log_transactions WHERE code = ?), ?)",
                    (import_id, line, user, ts, found if flags is None else flags, tx,
                     int(person) if person else None))
                ids.append(int(cursor.lastrowid or 0))
                stamps.append(ts)
            conn.execute(
                "UPDATE log_imports SET rows_read = ?, rows_accepted = ?, rows_added = ?, "
                "period_start = ?, period_end = ?, first_id = ?, last_id = ? WHERE id = ?",
                (len(rows), len(rows), len(rows), min(stamps), max(stamps), min(ids),
                 max(ids), import_id))
        return ids

    def case(self, user: str, person: str, valid_from: date, valid_to: date | None = None,
             number: str = "SAG-1") -> None:
        with self.vault.change("test-case") as conn:
            conn.execute(
                "INSERT INTO log_imports (id, kind, source, file_name, file_size, sha256, "
                "rows_read, rows_accepted, rows_rejected, rows_added, imported_at, imported_by) "
                "VALUES (9999, 'cases', 'cpr', 'cases.csv', 0, 'c', 0, 0, 0, 0, '2024', 'PH') "
                "ON CONFLICT DO NOTHING")
            conn.execute(
                "INSERT INTO log_cases (import_id, user_id, cpr, case_number, valid_from, "
                "valid_to) VALUES (9999, ?, ?, ?, ?, ?)",
                (user.upper(), int(person), number, valid_from.isoformat(),
                 valid_to.isoformat() if valid_to else None))


@pytest.fixture
def q(vault: Vault) -> Quarter:
    return Quarter(vault)


def run(vault: Vault, *rules: str, period: tuple[date, date] = Q1, scope: Scope = ALL,
        programs_only: bool = False, **params: dict[str, Any]) -> RuleRun:
    chosen = {r: params.get(r.replace("-", "_"), {}) for r in rules} if rules else None
    return run_rules(vault.db, start=period[0], end=period[1], scope=scope,
                     programs_only=programs_only, rules=chosen)


def of(result: RuleRun, rule: str) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule]


def keys(result: RuleRun, rule: str) -> list[str]:
    return [f.key for f in of(result, rule)]


# -- the pure helpers --------------------------------------------------------------------------


def test_local_calendar_matches_zoneinfo_across_dst() -> None:
    calendar = LocalCalendar(date(2024, 3, 30), date(2024, 10, 28))
    assert calendar.changes == 2
    for when in (at(2024, 3, 31, 1, 59), at(2024, 3, 31, 3, 0), at(2024, 10, 27, 1, 30),
                 at(2024, 10, 27, 3, 30), at(2024, 10, 28, 0, 0)):
        ts = local_epoch(when)[0]
        assert calendar.wall(ts) == when
        assert calendar.day(ts) == when.date()
    ambiguous, flags = local_epoch(at(2024, 10, 27, 2, 30))
    assert flags == AMBIGUOUS
    # Both readings of the doubled hour are the same wall-clock time.
    assert calendar.wall(ambiguous) == calendar.wall(ambiguous + 3600) == at(2024, 10, 27, 2, 30)


def test_robust_threshold_ignores_the_outlier_and_closed_dates_expand() -> None:
    centre, mad, limit = robust_threshold([10, 11, 9, 10, 12, 10, 500], 5)
    assert (centre, mad) == (10, 1)
    assert limit == pytest.approx(10 + 5 * 1.4826)
    assert closed_dates(["12-24", "2025-01-02", "02-29"], date(2023, 6, 1),
                        date(2025, 3, 1)) == {date(2023, 12, 24), date(2024, 12, 24),
                                              date(2025, 1, 2), date(2024, 2, 29)}


def test_working_hours_sql_agrees_with_python_every_half_hour() -> None:
    calendar = LocalCalendar(date(2024, 3, 25), date(2024, 6, 10))
    hours = WorkingHours.of(calendar, {**default_parameters()["off-hours"],
                                       "start": "07:30", "end": "17:45"})
    conn = sqlite3.connect(":memory:")
    instants = range(calendar.low, calendar.high, 1800)
    in_sql = [bool(conn.execute(f"SELECT {hours.sql('?1')}", (ts,)).fetchone()[0])
              for ts in instants]
    assert in_sql == [hours.is_off(ts) for ts in instants]
    assert hours.closed[19_813] == "Påskedag"  # 2024-03-31, also the day of the DST change


def test_uncovered_and_episodes() -> None:
    def ts(day: date) -> int:
        return local_epoch(datetime.combine(day, datetime.min.time()))[0]

    grants = [Grant.of(date(2024, 1, 10), date(2024, 1, 31), None, ["OPSLAG"]),
              Grant.of(date(2024, 1, 20), None, date(2024, 2, 5), [])]
    assert grants[1].types is None and grants[1].revoked
    runs = uncovered(grants, date(2024, 2, 20), ts(date(2024, 1, 1)), ts(date(2024, 3, 1)))
    assert [(r[2], r[3]) for r in runs] == [("before-grant", date(2024, 1, 10)),
                                           ("after-revocation", date(2024, 2, 5)),
                                           ("after-employee-left", date(2024, 2, 20))]
    assert runs[1][0] == ts(date(2024, 2, 6)) and runs[2][0] == ts(date(2024, 2, 21))
    days = {10: {1, 2}, 11: {3}, 12: {1}, 20: {4, 5}, 22: {6}, 40: {1, 2, 3}}
    assert episodes(days, 3, 3) == [(10, 12), (20, 22), (40, 40)]
    assert episodes(days, 3, 2) == [(10, 11), (40, 40)]
    assert episodes(days, 5, 13) == [(10, 22)]  # windows from day 10 and day 11 overlap
    assert episodes(days, 7, 40) == []


# -- parameters --------------------------------------------------------------------------------


def test_specs_and_defaults_are_complete_and_json_able() -> None:
    assert list(RULES) == ["unknown-user", "outside-authorisation", "locked-user-activity",
                           "self-lookup", "watchlist", "out-of-scope-transaction",
                           "colleague-lookup", "volume-spike", "popular-person", "off-hours"]
    defaults = default_parameters()
    assert json.loads(json.dumps(defaults)) == defaults
    for rule, spec in RULES.items():
        assert spec.id == rule and spec.version >= 1
        assert spec.title.context == spec.description.context == "ReviewRules"
        assert defaults[rule] == dict(spec.defaults)
    defaults["off-hours"]["closed_days"].append("01-02")  # a copy: the spec is unchanged
    assert RULES["off-hours"].defaults["closed_days"] == ["12-24", "12-31"]


BAD_PARAMETERS: list[tuple[dict[str, Any], str]] = [
    ({"no-such-rule": {}}, "There is no review rule no-such-rule"),
    ({"off-hours": {"starts": "08:00"}}, "has no parameter starts"),
    ({"off-hours": {"start": "8"}}, "must be a time of day"),
    ({"off-hours": {"start": "19:00"}}, "must start before they end"),
    ({"off-hours": {"min_entries": 0}}, "whole number of at least 1"),
    ({"off-hours": {"min_entries": True}}, "whole number"),
    ({"off-hours": {"workdays": [0, 1]}}, "1 (Monday) to 7 (Sunday)"),
    ({"off-hours": {"closed_days": ["24-12"]}}, "MM-DD"),
    ({"off-hours": {"public_holidays": "yes"}}, "true or false"),
    ({"off-hours": {"shift_share": 1.5}}, "at most 1"),
    ({"volume-spike": {"k": -1}}, "number above 0"),
    ({"colleague-lookup": {"exempt_departments": "HR"}}, "list of texts"),
    ({"popular-person": {"min_users": 1}}, "at least 2"),
]


def test_bad_rules_and_parameters_are_refused(vault: Vault) -> None:
    for rules, words in BAD_PARAMETERS:  # one vault for all: each is refused before any query
        with pytest.raises(ValidationError, match=re.escape(words)):
            run_rules(vault.db, start=Q1[0], end=Q1[1], rules=rules)


def test_parameters_record_versions_and_merged_values(vault: Vault, q: Quarter) -> None:
    q.user("A1")
    q.log("A1", at(2024, 1, 8, 10))
    q.commit()
    result = run(vault, "popular-person", "unknown-user", popular_person={"min_users": 4})
    assert list(result.parameters) == ["unknown-user", "popular-person"]  # review order
    assert result.parameters["popular-person"] == {
        "version": RULES["popular-person"].version,
        "params": {"min_users": 4, "window_days": 3}}
    assert result.parameters["unknown-user"]["params"] == {}
    assert set(result.explained) == {"unknown-user", "popular-person"}
    assert result.entries_in_scope == 1


# -- scope -------------------------------------------------------------------------------------


def _scope_rows(vault: Vault, scope: Scope, programs_only: bool = False,
                period: tuple[date, date] = Q1) -> tuple[int, str]:
    where, params = scope_filter(vault.db, start=period[0], end=period[1], scope=scope,
                                 programs_only=programs_only)
    count = vault.db.execute(f"SELECT count(*) FROM log_entries AS e WHERE {where}",
                             params).fetchone()[0]
    plan = " / ".join(r[-1] for r in vault.db.execute(
        f"EXPLAIN QUERY PLAN SELECT e.id FROM log_entries AS e WHERE {where}", params))
    return int(count), plan


def test_scope_filter_selects_period_user_department_person_and_programs(
        vault: Vault, q: Quarter) -> None:
    q.user("JC1", "Jobcenter")
    q.user("JC2", "jobcenter ")  # the department compares case-insensitively and trimmed
    q.user("BS1", "Borgerservice")
    q.program("SYS1")
    person = cpr(1)
    q.log("JC1", at(2024, 1, 1, 0, 0), person)  # the first second of the period
    q.log("JC1", at(2023, 12, 31, 23, 59, 59), person)  # the last second before it
    q.log("JC2", at(2024, 3, 31, 23, 59, 59))  # the last second of the period
    q.log("JC2", at(2024, 4, 1, 0, 0))  # after it
    q.log("BS1", at(2024, 2, 1, 10), person)
    q.log("SYS1", at(2024, 2, 1, 3), person)
    q.log("GHOST", at(2024, 2, 1, 10))
    q.commit()
    assert _scope_rows(vault, Scope())[0] == 5
    count, plan = _scope_rows(vault, Scope(ScopeKind.USER, " jc1 "))
    assert count == 1 and "log_entries_user" in plan
    assert _scope_rows(vault, Scope(ScopeKind.USER, "nobody"))[0] == 0
    count, plan = _scope_rows(vault, Scope(ScopeKind.DEPARTMENT, "JOBCENTER"))
    assert count == 2 and "log_entries_user" in plan
    count, plan = _scope_rows(vault, Scope(ScopeKind.PERSON, f"{person[:6]}-{person[6:]}"))
    assert count == 3 and "log_entries_cpr" in plan
    count, plan = _scope_rows(vault, Scope(), programs_only=True)
    assert count == 1 and "log_entries_user" in plan
    assert _scope_rows(vault, Scope(ScopeKind.DEPARTMENT, "Borgerservice"), True)[0] == 0
    assert _scope_rows(vault, Scope(), period=(date(2024, 4, 1), date(2024, 4, 1)))[0] == 1


def test_scope_filter_refuses_bad_scopes(vault: Vault) -> None:
    for scope, words in ((Scope(ScopeKind.PERSON, "3213991234"), "not a valid CPR number"),
                         (Scope(ScopeKind.DEPARTMENT, "Nowhere"),
                          "No employee in the register works in"),
                         (Scope(ScopeKind.USER, " "), "Say which user")):
        with pytest.raises(ValidationError, match=words) as caught:
            scope_filter(vault.db, start=Q1[0], end=Q1[1], scope=scope)
        assert not FULL_CPR.search(str(caught.value))


def test_period_must_not_end_before_it_starts(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="ends"):
        run_rules(vault.db, start=date(2024, 2, 1), end=date(2024, 1, 31))


def test_rules_respect_the_scope(vault: Vault, q: Quarter) -> None:
    q.user("JC1", "Jobcenter")
    q.user("BS1", "Borgerservice")
    for user in ("JC1", "BS1", "XX1"):
        for hour in (19, 20, 21):
            q.log(user, at(2024, 1, 10, hour), cpr(hour))
    q.commit()
    everyone = run(vault, "unknown-user", "off-hours")
    assert keys(everyone, "off-hours") == ["BS1|2024-01-10", "JC1|2024-01-10",
                                           "XX1|2024-01-10"]
    assert keys(everyone, "unknown-user") == ["XX1"]
    one = run(vault, "unknown-user", "off-hours", scope=Scope(ScopeKind.USER, "jc1"))
    assert [f.key for f in one.findings] == ["JC1|2024-01-10"]
    assert one.entries_in_scope == 3
    department = run(vault, scope=Scope(ScopeKind.DEPARTMENT, "Borgerservice"))
    assert [f.key for f in department.findings] == ["BS1|2024-01-10"]
    person = run(vault, "unknown-user", scope=Scope(ScopeKind.PERSON, cpr(19)))
    assert keys(person, "unknown-user") == ["XX1"] and person.entries_in_scope == 3
    assert of(person, "unknown-user")[0].details["count"] == 1


# -- unknown-user ------------------------------------------------------------------------------


def test_unknown_user_one_finding_per_user_capped_entries(vault: Vault, q: Quarter) -> None:
    q.user("KNOWN1")
    for i in range(MAX_ENTRIES + 20):
        q.log("GHOST1", at(2024, 2, 5, 8) + timedelta(seconds=30 * (MAX_ENTRIES + 20 - i)))
    q.log("known1", at(2024, 2, 5, 9))  # the register is case-insensitive
    ids = q.commit()
    result = run(vault, "unknown-user")
    (finding,) = result.findings
    assert (finding.key, finding.user_id, finding.severity) == ("GHOST1", "GHOST1",
                                                                Severity.HIGH)
    assert len(finding.entry_ids) == MAX_ENTRIES
    assert finding.details["entries_total"] == MAX_ENTRIES + 20
    assert finding.entry_ids[0] == ids[MAX_ENTRIES + 19]  # time order, not insertion order
    assert "GHOST1 is not in the register" in finding.explanation.english()
    assert "520 lookups" in finding.explanation.english()


def test_user_ids_compare_case_insensitively_beyond_ascii(vault: Vault, q: Quarter) -> None:
    q.user("ÆBLE1")
    q.log("ÆBLE1", at(2024, 2, 5, 10))
    q.commit()
    vault.db.execute("UPDATE log_users SET user_id = 'æble1'")  # as a lower-case export
    assert run(vault, "unknown-user").findings == []


# -- outside-authorisation ---------------------------------------------------------------------


def test_authorisation_days_are_whole_local_days(vault: Vault, q: Quarter) -> None:
    q.user("A1", granted=date(2024, 2, 1), expires=date(2024, 2, 29))
    q.log("A1", at(2024, 1, 31, 23, 59, 59))  # the evening before the grant
    q.log("A1", at(2024, 2, 1, 0, 0))  # the grant day from 00:00: fine
    q.log("A1", at(2024, 2, 29, 23, 59, 59))  # the last valid day, to the end: fine
    q.log("A1", at(2024, 3, 1, 0, 0))  # the day after expiry
    q.log("A1", at(2024, 3, 5, 10, 0))
    ids = q.commit()
    result = run(vault, "outside-authorisation")
    assert keys(result, "outside-authorisation") == ["A1|after-expiry|2024-03-01",
                                                     "A1|before-grant|2024-01-31"]
    after, before = of(result, "outside-authorisation")
    assert before.entry_ids == (ids[0],) and after.entry_ids == (ids[3], ids[4])
    assert before.details["day"] == "2024-02-01" and after.details["day"] == "2024-02-29"
    assert "before its authorisation was granted on 2024-02-01" in before.explanation.english()
    assert "2024-02-29 was the last valid day" in after.explanation.english()
    assert before.severity is Severity.HIGH


def test_revocation_departure_gaps_and_no_authorisation(vault: Vault, q: Quarter) -> None:
    uid = q.user("R1")
    (auth,) = registers.authorisations_of(vault.db, uid.id)
    registers.revoke_authorisation(vault, auth.id, date(2024, 2, 10), "left the team")
    q.user("L1", employed_to=date(2024, 3, 15))
    q.user("N1", granted=None)
    gap = q.user("G1", expires=date(2024, 1, 31))
    registers.grant_authorisation(vault, gap.id, AuthorisationInput(
        granted_on=date(2024, 2, 15), expires_on=None))
    q.log("R1", at(2024, 2, 10, 16))  # the revocation day is the last valid day
    q.log("R1", at(2024, 2, 11, 9))
    q.log("L1", at(2024, 3, 15, 15))
    q.log("L1", at(2024, 3, 16, 9))
    q.log("N1", at(2024, 1, 3, 9))
    q.log("G1", at(2024, 2, 1, 9))  # between the two grants
    q.log("G1", at(2024, 2, 15, 9))
    q.commit()
    found = {f.key: f for f in run(vault, "outside-authorisation").findings}
    assert sorted(found) == ["G1|after-expiry|2024-02-01",
                             "L1|after-employee-left|2024-03-16",
                             "N1|no-authorisation|2024-01-03",
                             "R1|after-revocation|2024-02-11"]
    assert found["L1|after-employee-left|2024-03-16"].details["day"] == "2024-03-15"
    assert "after the employee left" in found["L1|after-employee-left|2024-03-16"] \
        .explanation.english()


def test_one_finding_per_reason_run(vault: Vault, q: Quarter) -> None:
    q.user("A1", expires=date(2024, 1, 31))
    for day in (2, 3, 20):
        q.log("A1", at(2024, 2, day, 10))
    q.commit()
    (finding,) = run(vault, "outside-authorisation").findings
    assert finding.details["count"] == 3 and len(finding.entry_ids) == 3


# -- out-of-scope-transaction ------------------------------------------------------------------


def test_transaction_types_outside_the_authorisation(vault: Vault, q: Quarter) -> None:
    q.user("T1", types=["opslag", "ADRESSE"])
    q.user("FREE1")  # no types listed: not checked
    q.log("T1", at(2024, 1, 10, 10), tx="Opslag")  # types compare case-insensitively
    q.log("T1", at(2024, 1, 10, 11), tx="VÆRGEMÅL")
    q.log("T1", at(2024, 1, 12, 11), tx="VÆRGEMÅL")
    q.log("T1", at(2024, 1, 12, 12), tx="UDSKRIFT")
    q.log("FREE1", at(2024, 1, 10, 10), tx="VÆRGEMÅL")
    q.commit()
    result = run(vault, "out-of-scope-transaction")
    assert keys(result, "out-of-scope-transaction") == ["T1|UDSKRIFT", "T1|VÆRGEMÅL"]
    finding = of(result, "out-of-scope-transaction")[1]
    assert finding.details["count"] == 2 and finding.severity is Severity.MEDIUM
    assert finding.details["allowed"] == ["ADRESSE", "OPSLAG"]
    assert "allowed only ADRESSE, OPSLAG" in finding.explanation.english()


def test_the_authorisation_in_force_at_the_time_decides(vault: Vault, q: Quarter) -> None:
    uid = q.user("T1", types=["OPSLAG"], expires=date(2024, 1, 31))
    registers.grant_authorisation(vault, uid.id, AuthorisationInput(
        granted_on=date(2024, 2, 1), expires_on=None, transaction_types=("OPSLAG", "RET")))
    q.log("T1", at(2024, 1, 15, 10), tx="RET")  # not yet allowed
    q.log("T1", at(2024, 2, 15, 10), tx="RET")  # allowed by the new authorisation
    ids = q.commit()
    (finding,) = run(vault, "out-of-scope-transaction").findings
    assert finding.entry_ids == (ids[0],)


# -- self-lookup, colleague-lookup, watchlist --------------------------------------------------


def test_self_lookup_is_never_explained(vault: Vault, q: Quarter) -> None:
    me = cpr(1)
    q.user("S1", person=me)
    q.log("S1", at(2024, 1, 10, 10), me)
    q.log("S1", at(2024, 1, 10, 11), cpr(2))
    q.case("S1", me, date(2024, 1, 1))
    q.commit()
    result = run(vault, "self-lookup")
    (finding,) = result.findings
    assert (finding.key, finding.severity, finding.details["count"]) == ("S1", Severity.HIGH, 1)
    assert finding.details["cpr"] == f"{me[:6]}-XXXX"
    assert result.explained["self-lookup"] == 0


def test_colleague_lookups_exemptions_cases_and_former_staff(vault: Vault, q: Quarter) -> None:
    colleague = q.employee("Kim Kollega", "Teknik og Miljø")
    former = q.employee("Fie Fratrådt", "Skole", employed_to=date(2023, 12, 31))
    assert colleague.cpr and former.cpr
    q.user("C1", "Jobcenter")
    q.user("HR1", "Løn og personale")
    q.program("SYS1")
    q.log("C1", at(2024, 1, 10, 10), colleague.cpr)
    q.log("C1", at(2024, 1, 11, 10), colleague.cpr)
    q.log("C1", at(2024, 1, 12, 10), former.cpr)
    q.log("HR1", at(2024, 1, 10, 10), colleague.cpr)
    q.log("SYS1", at(2024, 1, 10, 3), colleague.cpr)
    q.commit()
    result = run(vault, "colleague-lookup")
    assert keys(result, "colleague-lookup") == [f"C1|employee:{colleague.id}",
                                                f"HR1|employee:{colleague.id}"]
    finding = of(result, "colleague-lookup")[0]
    assert finding.details["count"] == 2
    assert "colleague Kim Kollega (Teknik og Miljø)" in finding.explanation.english()
    exempt = run(vault, "colleague-lookup",
                 colleague_lookup={"exempt_departments": ["løn og personale"]})
    assert keys(exempt, "colleague-lookup") == [f"C1|employee:{colleague.id}"]
    q.user("TM1", "Teknik og Miljø")
    q.log("TM1", at(2024, 1, 15, 10), colleague.cpr)
    q.commit()
    same = run(vault, "colleague-lookup", colleague_lookup={"same_department_only": True})
    assert keys(same, "colleague-lookup") == [f"TM1|employee:{colleague.id}"]
    q.case("C1", colleague.cpr, date(2024, 1, 11), date(2024, 1, 11))
    explained = run(vault, "colleague-lookup")
    assert of(explained, "colleague-lookup")[0].details["count"] == 1  # the 10th is not covered
    assert explained.explained["colleague-lookup"] == 1


def test_watchlist_lookups_unless_a_case_explains_them(vault: Vault, q: Quarter) -> None:
    watched, dropped = cpr(7), cpr(8)
    entry = registers.add_to_watchlist(vault, watched, "Navne- og adressebeskyttelse")
    gone = registers.add_to_watchlist(vault, dropped, "Tidligere ansat")
    registers.remove_from_watchlist(vault, gone.id, "no longer relevant")
    q.user("W1")
    q.user("W2")
    q.log("W1", at(2024, 3, 1, 10), watched)
    q.log("W1", at(2024, 3, 1, 10, 5), dropped)
    q.log("W2", at(2024, 3, 2, 10), watched)
    q.case("W2", watched, date(2024, 1, 1))
    q.commit()
    result = run(vault, "watchlist")
    (finding,) = result.findings
    assert (finding.key, finding.severity) == (f"W1|watchlist:{entry.id}", Severity.HIGH)
    assert "watchlist (Navne- og adressebeskyttelse)" in finding.explanation.english()
    assert result.explained["watchlist"] == 1


# -- off-hours ---------------------------------------------------------------------------------


def test_off_hours_needs_several_lookups_outside_working_hours(vault: Vault, q: Quarter) -> None:
    q.user("O1")
    q.user("O2")
    for minute in (0, 10, 20):
        q.log("O1", at(2024, 1, 9, 19, minute))  # Tuesday from 19:00: off
        q.log("O1", at(2024, 1, 10, 18, 50 + minute // 10))  # before 19:00: fine
        q.log("O1", at(2024, 1, 11, 5, 30 + minute))  # before 06:00: off
    q.log("O2", at(2024, 1, 9, 20))
    q.log("O2", at(2024, 1, 9, 21))  # two are not enough
    q.commit()
    result = run(vault, "off-hours")
    assert keys(result, "off-hours") == ["O1|2024-01-09", "O1|2024-01-11"]
    finding = of(result, "off-hours")[0]
    assert finding.severity is Severity.LOW and finding.details["reason"] == "hours"
    assert "outside working hours (06:00-19:00), between 19:00 and 19:20" in \
        finding.explanation.english()
    later = run(vault, "off-hours", off_hours={"start": "05:00", "end": "20:00",
                                               "min_entries": 2})
    assert keys(later, "off-hours") == ["O2|2024-01-09"]


def test_weekends_and_danish_holidays(vault: Vault, q: Quarter) -> None:
    q.user("H1")
    days = [date(2024, 1, 13),  # Saturday
            date(2024, 3, 28),  # Skærtorsdag (Maundy Thursday)
            date(2024, 4, 26),  # Store Bededag: abolished from 2024, a workday
            date(2023, 5, 5),  # Store Bededag 2023: still a holiday
            date(2024, 12, 24),  # closed day (default)
            date(2024, 6, 5)]  # Constitution Day: closed from 12:00
    for day in days:
        for hour in (10, 11, 12, 13, 14):
            q.log("H1", datetime.combine(day, datetime.min.time()) + timedelta(hours=hour))
    q.commit()
    result = run(vault, "off-hours", period=(date(2023, 1, 1), date(2024, 12, 31)))
    found = {f.details["day"]: f for f in result.findings}
    assert sorted(found) == ["2023-05-05", "2024-01-13", "2024-03-28", "2024-06-05",
                             "2024-12-24"]
    assert found["2024-03-28"].details["holiday"] == "Skærtorsdag"
    assert found["2023-05-05"].details["holiday"] == "Store bededag"
    assert found["2024-01-13"].details["reason"] == "weekend"
    assert found["2024-12-24"].details["reason"] == "closed"
    assert found["2024-06-05"].details["count"] == 3  # from 12:00
    assert "when the offices close early" in found["2024-06-05"].explanation.english()
    plain = run(vault, "off-hours", period=(date(2023, 1, 1), date(2024, 12, 31)),
                off_hours={"public_holidays": False, "closed_days": [], "half_days": []})
    assert sorted(f.details["day"] for f in plain.findings) == ["2024-01-13"]


def test_shift_workers_exempt_departments_and_programs(vault: Vault, q: Quarter) -> None:
    q.user("V1", "Vagtcentral")
    q.user("N1", "Jobcenter")
    q.program("SYS1")
    weekdays = [d for d in (date(2024, 1, 8) + timedelta(days=i) for i in range(28))
                if d.weekday() < 5]
    for i, day in enumerate(weekdays):  # nights on 8 of 20 active days: a shift worker
        q.many("V1", day, 3, start=22 if i % 5 < 2 else 9, spread=3600)
        q.many("SYS1", day, 5, start=1)
    q.many("N1", date(2024, 1, 6), 4, start=10)  # a Saturday
    q.commit()
    result = run(vault, "off-hours")
    assert keys(result, "off-hours") == ["N1|2024-01-06"]
    strict = run(vault, "off-hours", off_hours={"shift_share": 0.5})
    assert len(keys(strict, "off-hours")) == 1 + 8
    exempt = run(vault, "off-hours", off_hours={"shift_share": 1.0,
                                                "exempt_departments": ["VAGTCENTRAL"]})
    assert keys(exempt, "off-hours") == ["N1|2024-01-06"]


def test_off_hours_lookups_a_case_explains_do_not_count(vault: Vault, q: Quarter) -> None:
    q.user("O1")
    for minute in (0, 10, 20):
        q.log("O1", at(2024, 1, 9, 20, minute), cpr(minute))
    q.case("O1", cpr(10), date(2024, 1, 1))
    q.commit()
    result = run(vault, "off-hours")
    assert result.findings == [] and result.explained["off-hours"] == 1


def test_autumn_hour_both_readings_and_spring_hour(vault: Vault, q: Quarter) -> None:
    q.user("D1")
    for minute in (10, 20, 30):  # the doubled hour, 02:xx, in both readings
        q.log("D1", at(2024, 10, 27, 2, minute))
    for minute in (10, 20, 30):
        q.log("D1", at(2024, 10, 27, 2, 50 + minute // 10))
    for minute in (10, 20, 30):  # 02:xx does not exist on 31 March: stored as 03:xx
        q.log("D1", at(2024, 3, 31, 2, minute))
    ids = q.commit()
    flags = [r[0] for r in vault.db.execute("SELECT flags FROM log_entries ORDER BY id")]
    assert flags == [AMBIGUOUS] * 6 + [NONEXISTENT] * 3
    params = {"workdays": [1, 2, 3, 4, 5, 6, 7], "public_holidays": False,
              "start": "02:45", "end": "03:20"}
    result = run(vault, "off-hours", period=(date(2024, 3, 1), date(2024, 10, 31)),
                 off_hours=params)
    found = {f.key: f for f in result.findings}
    # 02:10-02:30 is before 02:45 in either reading; 02:50-02:52 is inside in both.
    assert sorted(found) == ["D1|2024-10-27"]
    assert found["D1|2024-10-27"].entry_ids == tuple(ids[:3])
    params["end"] = "03:15"  # the spring rows read 03:10-03:30: two are after 03:15
    spring = run(vault, "off-hours", period=(date(2024, 3, 1), date(2024, 10, 31)),
                 off_hours={**params, "min_entries": 2})
    assert keys(spring, "off-hours") == ["D1|2024-03-31", "D1|2024-10-27"]
    assert of(spring, "off-hours")[0].entry_ids == tuple(ids[7:9])


def test_rules_over_an_imported_csv_with_the_autumn_hour(vault: Vault, q: Quarter,
                                                         tmp_path: Path) -> None:
    q.user("KOM1")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer"])
    for minute in (5, 15, 25):
        writer.writerow(["kom1", f"27-10-2024 02:{minute:02d}:00", "Opslag",
                         f"{cpr(3)[:6]}-{cpr(3)[6:]}"])
    writer.writerow(["kom1", "28-10-2024 10:00:00", "Opslag", cpr(3)])
    path = tmp_path / "logsoegning.csv"
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    import_log(vault, path)
    result = run(vault, period=(date(2024, 10, 1), date(2024, 10, 31)))
    assert keys(result, "off-hours") == ["KOM1|2024-10-27"]  # a Sunday night
    assert of(result, "off-hours")[0].details["first"] == "02:05"
    cases = tmp_path / "sager.csv"
    cases.write_text(f"Bruger-ID;CPR-nummer;Sagsnummer;Fra;Til\nKOM1;{cpr(3)};S-1;"
                     f"2024-10-01;\n", encoding="utf-8")
    import_cases(vault, cases)
    explained = run(vault, period=(date(2024, 10, 1), date(2024, 10, 31)))
    assert keys(explained, "off-hours") == [] and explained.explained["off-hours"] == 3


# -- volume-spike ------------------------------------------------------------------------------


def _busy_quarter(q: Quarter, spike: int) -> None:
    for user, normal in (("V1", 10), ("V2", 12), ("V3", 8), ("HEAVY1", 120)):
        q.user(user, "Ydelsescenter")
        for i in range(30):
            day = date(2024, 1, 2) + timedelta(days=i)
            if day.weekday() < 5:
                q.many(user, day, normal + i % 3)
    q.many("V1", date(2024, 2, 14), spike)
    q.many("HEAVY1", date(2024, 2, 15), 130)


def test_volume_spike_far_above_own_and_department_normal(vault: Vault, q: Quarter) -> None:
    _busy_quarter(q, 110)
    q.commit()
    result = run(vault, "volume-spike")
    (finding,) = result.findings
    assert finding.key == "V1|2024-02-14" and finding.severity is Severity.MEDIUM
    assert finding.details["count"] == 110 and finding.details["user_median"] == 11
    assert "made 110 lookups on 2024-02-14; its normal day has 11" in \
        finding.explanation.english()
    # HEAVY1's 130 is far above the department's normal but normal for HEAVY1.
    assert run(vault, "volume-spike", volume_spike={"k": 50}).findings == []


def test_volume_spike_minimum_and_cases(vault: Vault, q: Quarter) -> None:
    _busy_quarter(q, 40)
    q.commit()
    assert keys(run(vault, "volume-spike"), "volume-spike") == ["V1|2024-02-14"]
    assert run(vault, "volume-spike", volume_spike={"min_count": 41}).findings == []
    # 40 is more than 3 times the normal 11; 30 would not be.
    assert run(vault, "volume-spike", volume_spike={"ratio": 4.0}).findings == []
    for i in range(10):
        q.case("V1", cpr(100 + i), date(2024, 2, 1), date(2024, 2, 29), number=f"S{i}")
    result = run(vault, "volume-spike")
    assert result.findings == [] and result.explained["volume-spike"] == 10


def test_volume_spike_for_one_user_still_compares_with_the_department(
        vault: Vault, q: Quarter) -> None:
    _busy_quarter(q, 110)
    q.commit()
    result = run(vault, "volume-spike", scope=Scope(ScopeKind.USER, "V1"),
                 period=(date(2024, 2, 12), date(2024, 2, 18)))
    (finding,) = result.findings
    assert finding.details["department_median"] == pytest.approx(11, abs=2)
    assert finding.details["user_days"] >= 20  # the baseline reaches back before the period


# -- popular-person ----------------------------------------------------------------------------


def test_popular_person_many_users_within_days(vault: Vault, q: Quarter) -> None:
    star, quiet = cpr(50), cpr(51)
    for i in range(8):
        q.user(f"P{i}")
    q.program("SYS1")
    for i in range(6):  # six users within two days
        q.log(f"P{i}", at(2024, 3, 12 + i % 2, 10 + i), star)
    q.log("P0", at(2024, 3, 13, 15), star)
    for i in range(5):  # five users: not unusual
        q.log(f"P{i}", at(2024, 3, 20, 10 + i), quiet)
    q.log("SYS1", at(2024, 3, 20, 3), quiet)  # programs do not count
    for i in range(6):  # six users over six days
        q.log(f"P{i}", at(2024, 2, 1 + i, 10), quiet)
    q.commit()
    result = run(vault, "popular-person")
    (finding,) = result.findings
    assert finding.key == f"{star[:6]}-XXXX#1|2024-03-12" and finding.user_id is None
    assert finding.details["users"] == [f"P{i}" for i in range(6)]
    assert finding.details["count"] == 7 and len(finding.entry_ids) == 7
    assert "6 different users looked up the person" in finding.explanation.english()
    assert run(vault, "popular-person", popular_person={"min_users": 7}).findings == []
    wide = run(vault, "popular-person", popular_person={"window_days": 6})
    assert len(wide.findings) == 2
    person = run(vault, "popular-person", scope=Scope(ScopeKind.PERSON, star))
    assert [f.key for f in person.findings] == [finding.key]
    department = run(vault, "popular-person", scope=Scope(ScopeKind.DEPARTMENT, "Jobcenter"))
    assert [f.key for f in department.findings] == [finding.key]
    assert run(vault, "popular-person", scope=Scope(ScopeKind.USER, "P1")).findings == []


def test_popular_person_explained_users_do_not_count(vault: Vault, q: Quarter) -> None:
    star = cpr(50)
    for i in range(6):
        q.user(f"P{i}")
        q.log(f"P{i}", at(2024, 3, 12, 10 + i), star)
    q.case("P5", star, date(2024, 3, 1))
    q.commit()
    result = run(vault, "popular-person")
    assert result.findings == [] and result.explained["popular-person"] == 1


# -- locked-user-activity ----------------------------------------------------------------------


def test_activity_while_locked_with_grace(vault: Vault, q: Quarter) -> None:
    q.user("L1")
    q.user("L2")
    unlocks.record_lockout(vault, "L1", at(2024, 2, 8, 8, 0))
    unlocks.record_unlock(vault, "L1", unlocked_at=at(2024, 2, 8, 14, 0),
                          verification=Verification.CALL_BACK)
    unlocks.record_lockout(vault, "L2", at(2024, 3, 1, 9, 0))  # never unlocked
    q.log("L1", at(2024, 2, 8, 7, 59))  # before
    q.log("L1", at(2024, 2, 8, 8, 3))  # inside the grace minutes
    q.log("L1", at(2024, 2, 8, 10, 0))
    q.log("L1", at(2024, 2, 8, 13, 58))  # inside the grace minutes
    q.log("L2", at(2024, 3, 20, 9, 0))
    ids = q.commit()
    result = run(vault, "locked-user-activity")
    assert keys(result, "locked-user-activity") == ["L1|2024-02-08T08:00",
                                                    "L2|2024-03-01T09:00"]
    assert of(result, "locked-user-activity")[0].entry_ids == (ids[2],)
    assert "not yet unlocked" in of(result, "locked-user-activity")[1].explanation.english()
    exact = run(vault, "locked-user-activity", locked_user_activity={"grace_minutes": 0})
    assert of(exact, "locked-user-activity")[0].entry_ids == tuple(ids[1:4])


def test_locked_during_the_autumn_hour_needs_both_readings(vault: Vault, q: Quarter) -> None:
    q.user("L1")
    q.user("L2")
    # Locked 02:40 (first reading, summer time); unlocked 02:55 in the first reading, so a
    # row at 02:50 is inside only in its first reading.
    with vault.change("test-lockouts") as conn:
        for user, unlocked in (("L1", "2024-10-27T02:55"), ("L2", "2024-10-27T03:30")):
            conn.execute("INSERT INTO lockouts (user_id_id, locked_at, unlocked_at, "
                         "recorded_by) VALUES ((SELECT id FROM user_ids WHERE user_id = ?), "
                         "'2024-10-27T02:40', ?, 'PH')", (user, unlocked))
    q.log("L1", at(2024, 10, 27, 2, 50))
    q.log("L2", at(2024, 10, 27, 2, 50))
    q.commit()
    result = run(vault, "locked-user-activity", period=(date(2024, 10, 1), date(2024, 10, 31)),
                 locked_user_activity={"grace_minutes": 0})
    assert keys(result, "locked-user-activity") == ["L2|2024-10-27T02:40"]


# -- the whole run -----------------------------------------------------------------------------


def _planted(q: Quarter, registered: bool = False) -> None:
    """A little of everything, inserted in the order given."""
    me = cpr(9)
    if not registered:
        q.user("A1", types=["OPSLAG"])
        q.user("A2", expires=date(2024, 2, 1))
        q.user("A3", person=me)
    q.log("A1", at(2024, 1, 8, 10), tx="RET")
    q.log("A2", at(2024, 2, 20, 10))
    q.log("A3", at(2024, 1, 9, 10), me)
    q.log("ZZ9", at(2024, 1, 10, 10))
    for minute in (0, 10, 20):
        q.log("A1", at(2024, 1, 13, 12, minute))


def test_findings_sorted_and_deterministic_across_runs_and_vaults(
        vault: Vault, q: Quarter, vault_path: Path) -> None:
    _planted(q)
    q.commit()
    first, second = run(vault), run(vault)
    assert first == second
    assert [(f.rule, f.key) for f in first.findings] == [
        ("unknown-user", "ZZ9"), ("outside-authorisation", "A2|after-expiry|2024-02-20"),
        ("self-lookup", "A3"), ("out-of-scope-transaction", "A1|RET"),
        ("off-hours", "A1|2024-01-13")]
    severities = [f.severity for f in first.findings]
    assert severities == sorted(severities, reverse=True)
    # The same facts inserted in the opposite order: the same findings (ids aside).
    other = Quarter(vault)
    with vault.change("test-clear") as conn:
        conn.execute("DELETE FROM log_entries")
    _planted(other, registered=True)
    other.pending.reverse()
    other.commit()
    again = run(vault)
    assert [(f.rule, f.key, f.explanation, f.details) for f in again.findings] == [
        (f.rule, f.key, f.explanation, f.details) for f in first.findings]


def test_nothing_leaves_a_full_cpr_number(vault: Vault, q: Quarter) -> None:
    _planted(q)
    colleague = q.employee("Kim Kollega", "Skole")
    assert colleague.cpr
    q.log("A1", at(2024, 1, 8, 11), colleague.cpr)
    registers.add_to_watchlist(vault, cpr(20), f"Søster til {cpr(21)}")
    q.log("A1", at(2024, 1, 8, 12), cpr(20))
    for i in range(6):
        q.user(f"P{i}")
        q.log(f"P{i}", at(2024, 3, 12, 10 + i), cpr(22))
    q.commit()
    result = run(vault)
    assert {f.rule for f in result.findings} >= {"colleague-lookup", "watchlist",
                                                 "popular-person", "self-lookup"}
    for finding in result.findings:
        text = " ".join([finding.key, finding.explanation.english(),
                         json.dumps(finding.details, ensure_ascii=False),
                         json.dumps(finding.explanation.args, ensure_ascii=False)])
        assert not FULL_CPR.search(text), finding.rule


def test_progress_cancel_and_an_empty_period(vault: Vault, q: Quarter) -> None:
    _planted(q)
    q.commit()
    seen: list[tuple[int, int]] = []
    run_rules(vault.db, start=Q1[0], end=Q1[1], progress=lambda d, t: seen.append((d, t)))
    assert seen == [(i, len(RULES)) for i in range(1, len(RULES) + 1)]

    class StopError(Exception):
        pass

    calls = []

    def cancel() -> None:
        calls.append(1)
        if len(calls) > 3:
            raise StopError

    with pytest.raises(StopError), vault.change("test-cancel"):  # inside a write, as controls runs
        run_rules(vault.db, start=Q1[0], end=Q1[1], check_cancel=cancel)
    assert not vault.db.in_transaction
    empty = run_rules(vault.db, start=date(2025, 1, 1), end=date(2025, 3, 31))
    assert empty.findings == [] and empty.entries_in_scope == 0
    assert set(empty.explained) == set(RULES)


def test_a_quarter_among_many_sees_only_its_own_rows(vault: Vault, q: Quarter) -> None:
    """The period is a small part of the vault: the rules seek the period's rows per user
    rather than walking every quarter, with the same result."""
    q.user("M1")
    for month in (7, 8, 9, 10, 11, 12):  # half a year before the quarter, off hours
        q.many("M1", date(2023, month, 2), 30, start=19, spread=3000)
    q.commit()
    q.many("M1", date(2024, 2, 3), 3, start=10)  # a Saturday in the quarter
    q.log("GHOST", at(2024, 2, 5, 10))
    q.commit()
    q.many("M1", date(2024, 5, 4), 30, start=10)  # after it
    q.commit()
    result = run(vault)
    assert [(f.rule, f.key) for f in result.findings] == [
        ("unknown-user", "GHOST"), ("off-hours", "M1|2024-02-03")]
    assert result.entries_in_scope == 4


def test_popular_person_dense_logs_take_the_bulk_path_with_the_same_result(
        vault: Vault, q: Quarter, monkeypatch: pytest.MonkeyPatch) -> None:
    """When many persons have enough rows in a window, distinct users are counted in bulk
    over passes of the table; the findings and the explained count are the same."""
    import cpradmin.review_rules as review_rules

    star, near, quiet = cpr(60), cpr(61), cpr(62)
    for i in range(8):
        q.user(f"P{i}")
    q.program("SYS1")
    for i in range(7):
        q.log(f"P{i}", at(2024, 3, 12 + i % 2, 10 + i), star)
        q.log(f"P{i}", at(2024, 3, 13, 16), star)
    for i in range(6):
        q.log(f"P{i}", at(2024, 2, 5 + i % 3, 10 + i), near)
    q.log("SYS1", at(2024, 2, 6, 3), near)
    for day in range(1, 29):  # one user, many rows: no crowd
        q.log("P7", at(2024, 2, day, 9), quiet)
    q.case("P6", star, date(2024, 3, 1))
    q.case("P5", near, date(2024, 2, 1))
    q.commit()
    expected = run(vault, "popular-person")
    (finding,) = expected.findings
    assert finding.details["users"] == [f"P{i}" for i in range(6)]
    assert expected.explained["popular-person"] == 2 + 1  # P6's two rows, P5's one
    monkeypatch.setattr(review_rules, "_POPULAR_FEW", 0)
    monkeypatch.setattr(review_rules, "_POPULAR_PASS_ROWS", 10)  # several passes
    assert run(vault, "popular-person") == expected
    monkeypatch.setattr(review_rules, "_PACK_BITS", 0)  # (person, day, user) as tuples
    assert run(vault, "popular-person") == expected


def test_colleague_lookups_routine_in_a_department_are_one_low_finding(
        vault: Vault, q: Quarter) -> None:
    """Payroll looks up staff all day, and in citizen service staff turn up as citizens:
    one summary per department, except for a user who looked up far more colleagues than
    the others there (a snooper among chance lookups keeps a finding per colleague)."""
    staff = [q.employee(f"Kollega {n}", "Skole") for n in range(10)]
    for n in range(5):
        q.user(f"LP{n}", "Løn og personale")
        for person in staff[n:n + 6]:
            q.log(f"LP{n}", at(2024, 2, 5 + n, 10), person.cpr)
    q.user("LP9", "Løn og personale")  # active, but no colleague lookups
    q.log("LP9", at(2024, 2, 5, 11))
    for n in range(5):
        q.user(f"J{n}", "Jobcenter")
        q.log(f"J{n}", at(2024, 2, 6, 10 + n), staff[n].cpr)
    for n in (7, 8):
        q.log("J0", at(2024, 2, 7, n), staff[n].cpr)
    q.commit()
    result = run(vault, "colleague-lookup")
    found = of(result, "colleague-lookup")
    snooper = sorted(f"J0|employee:{staff[n].id}" for n in (0, 7, 8))
    assert [f.key for f in found] == [*snooper, "department:Jobcenter",
                                      "department:Løn og personale"]
    assert {f.severity for f in found[:3]} == {Severity.MEDIUM}
    jobcenter, payroll = found[3], found[4]
    assert jobcenter.severity is payroll.severity is Severity.LOW
    assert jobcenter.user_id is None and len(jobcenter.entry_ids) == 4  # J1-J4
    assert payroll.details["users"] == [f"LP{n}" for n in range(5)]
    assert len(payroll.entry_ids) == 30
    assert "4 of the 5 active users looked up colleagues: 4 lookups of 4 colleagues" in \
        jobcenter.explanation.english()
    assert "5 of the 6 active users looked up colleagues: 30 lookups of 10 colleagues" in \
        payroll.explanation.english()
    # Stricter: no department is routine, a finding per (user, colleague) again.
    strict = run(vault, "colleague-lookup", colleague_lookup={"routine_min_users": 10})
    assert len(of(strict, "colleague-lookup")) == 30 + 7
