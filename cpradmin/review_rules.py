"""The log control's review rules (issue 4, items 4 and 6).

Each rule is named, versioned and parameterised (:data:`RULES`); :func:`run_rules` runs them
over the log rows a control looks at (:func:`scope_filter`) and returns findings that explain
themselves in words an auditor understands and name the log entries behind them.

Defaults are chosen for a Danish municipality. A control that drowns the security officer in
false alarms has failed as surely as one that misses misuse, so every rule groups what it finds
(one finding per user, per user and person, per user-day …), person-centred rules drop lookups a
case explains, and the statistical rules compare each user with their own habits as well as
with their department's. The reasoning behind each default is in the rule's docstring below.

**Case explanations.** A log row is *explained* when ``log_cases`` holds a case of the same user
ID (case-insensitive) about the same CPR number whose ``valid_from <= local date <= valid_to``
(an empty ``valid_to`` is open). Research on insider snooping finds that lookups with a
documented case behind them are where most false alarms come from. Explained rows are dropped
by the rules about *whom* a user looked up and *when*: ``colleague-lookup``, ``watchlist``,
``popular-person``, ``off-hours`` and ``volume-spike``. They are *not* dropped by rules about
the user's rights (``unknown-user``, ``outside-authorisation``, ``out-of-scope-transaction``,
``locked-user-activity``: a case does not grant an authorisation or a transaction type) nor by
``self-lookup`` (no case makes handling one's own case right). :attr:`RuleRun.explained`
counts, per rule, the entries that would have been behind a finding had no case explained them.

**Speed** (figures in ``bench/bench_review.py``). SQLCipher with ``cipher_memory_security`` pays
an ``mlock`` per record it sorts, so a ``GROUP BY`` or ``ORDER BY`` that needs a temporary
B-tree over a million rows costs seconds, while walking an index in its own order or scanning
the table with a filter costs a tenth of that. So every query here either walks the
``(user_ref, ts)`` or ``(cpr, ts)`` index in index order (covering where possible), or scans
with a filter pushed into SQL (local time as arithmetic, lists as ``json_each`` sets), and
only the few candidate rows reach Python. Nothing fetches the whole quarter; per-user-day counts
arrive as one small integer per row into a ``Counter``, and shared results (the day profile,
the lookups of employees) are computed once and freed when no later rule needs them.
Measured on 2 cores: 1,000,000 rows in about 3.6 s and 180 MB, 10,000,000 in about 68 s and
300 MB (``bench/bench_review.py``; the 10M figure is dominated by popular-person on a
deliberately dense log).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from cpradmin.errors import ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.cpr import mask_cpr, redact_cpr
from cpradmin.models.logs import (
    CprChecker,
    format_cpr,
    local_day_bounds,
    local_epoch,
    readings,
)
from cpradmin.models.review import Finding, Scope, ScopeKind, Severity
from cpradmin.models.rules import (
    DAY,
    FOREVER,
    Grant,
    LocalCalendar,
    WorkingHours,
    day_number,
    day_of,
    episodes,
    parse_closed_day,
    parse_hhmm,
    robust_threshold,
    uncovered,
)
from cpradmin.models.storage.connection import Connection, DatabaseError

CONTEXT = "ReviewRules"
#: The default scope: every user ID (a frozen value, safe as a default argument).
ALL = Scope()
#: Log entries named by one finding; beyond this ``details["entries_total"]`` has the count.
MAX_ENTRIES = 500
#: CPR numbers per ``json_each`` batch in the candidate queries.
_BATCH = 2_000
#: Bits for the transaction or day part of an integer key computed in SQL.
_TX_BITS = 20
_FIRST = operator.itemgetter(0)


@dataclass(frozen=True)
class RuleSpec:
    """What a rule is called, what it looks for, and its parameters with their defaults."""

    id: str  # e.g. "off-hours"
    version: int  # bump when the logic changes
    title: Message  # short, translatable (context "ReviewRules")
    description: Message  # one or two sentences for the report and the GUI
    defaults: Mapping[str, Any]  # the parameters and their sensible municipal defaults


def _spec(rule_id: str, version: int, title: str, description: str,
          defaults: Mapping[str, Any] | None = None) -> RuleSpec:
    return RuleSpec(rule_id, version, Message(CONTEXT, title), Message(CONTEXT, description),
                    dict(defaults or {}))


#: The rules in review order: what needs the officer first (HIGH) comes first.
RULES: dict[str, RuleSpec] = {spec.id: spec for spec in (
    _spec("unknown-user", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Unknown user ID"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "Lookups by a user ID that is not in the register of CPR user IDs. "
                            "Every user ID with CPR access must be registered.")),
    _spec("outside-authorisation", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Activity outside the authorisation"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "Lookups by a registered user ID at a time no authorisation "
                            "covered: before it was granted, after it expired or was revoked, "
                            "or after the employee left.")),
    _spec("locked-user-activity", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Activity while locked"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "Lookups by a user ID while the unlock register records it as "
                            "locked. Either the register is wrong or someone else had access."),
          {"grace_minutes": 5}),
    _spec("self-lookup", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Own CPR number"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "An employee looked up their own CPR number. No one may handle "
                            "their own case.")),
    _spec("watchlist", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Person on the watchlist"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "Lookups of a CPR number on the watchlist that no case of the user "
                            "explains.")),
    _spec("out-of-scope-transaction", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Transaction type not authorised"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "A transaction type that is not among those the user ID's "
                            "authorisation allowed at the time. An authorisation without "
                            "listed types is not checked.")),
    _spec("colleague-lookup", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Colleague looked up"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "Lookups of the CPR number of another employee of the authority "
                            "that no case of the user explains."),
          {"exempt_departments": [], "same_department_only": False, "routine_share": 0.5,
           "routine_min_users": 4, "outlier_min": 3}),
    _spec("volume-spike", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Unusually many lookups in a day"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "A day with far more lookups than both the user's own normal day "
                            "and their department's, measured with robust statistics (median "
                            "and median absolute deviation), not a fixed count."),
          {"k": 5.0, "ratio": 3.0, "min_count": 25, "min_days": 5, "baseline_days": 90}),
    _spec("popular-person", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Person looked up by many"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "One CPR number looked up by unusually many different users within "
                            "a few days, as when a known person is in the news."),
          {"min_users": 6, "window_days": 3}),
    _spec("off-hours", 1,
          QT_TRANSLATE_NOOP("ReviewRules", "Outside working hours"),
          QT_TRANSLATE_NOOP("ReviewRules",
                            "Several lookups by one user on one day outside working hours, on "
                            "a weekend or on a Danish public holiday. Shift workers (users "
                            "who often work at such times) are left out."),
          {"start": "06:00", "end": "19:00", "workdays": [1, 2, 3, 4, 5],
           "public_holidays": True, "closed_days": ["12-24", "12-31"],
           "half_days": ["06-05"], "half_day_end": "12:00", "min_entries": 3,
           "exempt_departments": [], "shift_share": 0.3, "shift_min_days": 10,
           "baseline_days": 90}),
)}

#: How serious a finding of each rule is (the review order is by severity first).
SEVERITIES: dict[str, Severity] = {
    "unknown-user": Severity.HIGH,
    "outside-authorisation": Severity.HIGH,
    "locked-user-activity": Severity.HIGH,
    "self-lookup": Severity.HIGH,
    "watchlist": Severity.HIGH,
    "out-of-scope-transaction": Severity.MEDIUM,
    "colleague-lookup": Severity.MEDIUM,
    "volume-spike": Severity.MEDIUM,
    "popular-person": Severity.MEDIUM,
    "off-hours": Severity.LOW,
}


def default_parameters() -> dict[str, dict[str, Any]]:
    """Every rule's parameters with their defaults (a fresh, JSON-able copy)."""
    return {rule: json.loads(json.dumps(dict(spec.defaults))) for rule, spec in RULES.items()}


# -- parameters ------------------------------------------------------------------------------


def _refusal(template: str, **args: Any) -> ValidationError:
    return ValidationError(Message(CONTEXT, template, args))


def _whole(minimum: int) -> Callable[[Any], Any]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise _Bad(QT_TRANSLATE_NOOP(
                "ReviewRules", "The parameter {param} of the rule {rule} must be a whole number "
                "of at least {minimum}."), minimum=minimum)
        return value
    return check


def _number(minimum: float, maximum: float | None = None) -> Callable[[Any], Any]:
    def check(value: Any) -> float:
        ok = not isinstance(value, bool) and isinstance(value, int | float) and \
            math.isfinite(value) and value > minimum and (maximum is None or value <= maximum)
        if not ok:
            if maximum is None:
                raise _Bad(QT_TRANSLATE_NOOP(
                    "ReviewRules", "The parameter {param} of the rule {rule} must be a number "
                    "above {minimum}."), minimum=minimum)
            raise _Bad(QT_TRANSLATE_NOOP(
                "ReviewRules", "The parameter {param} of the rule {rule} must be a number above "
                "{minimum} and at most {maximum}."), minimum=minimum, maximum=maximum)
        return float(value)
    return check


def _clock(value: Any) -> str:
    try:
        parse_hhmm(value)
    except ValueError:
        raise _Bad(QT_TRANSLATE_NOOP(
            "ReviewRules", "The parameter {param} of the rule {rule} must be a time of day as "
            "HH:MM, e.g. 07:30.")) from None
    return str(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Bad(QT_TRANSLATE_NOOP(
            "ReviewRules", "The parameter {param} of the rule {rule} must be true or false."))
    return value


def _texts(value: Any) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise _Bad(QT_TRANSLATE_NOOP(
            "ReviewRules", "The parameter {param} of the rule {rule} must be a list of texts."))
    return [v.strip() for v in value if v.strip()]


def _days(value: Any) -> list[str]:
    try:
        if not isinstance(value, list | tuple):
            raise ValueError
        for v in value:
            parse_closed_day(v)
    except ValueError:
        raise _Bad(QT_TRANSLATE_NOOP(
            "ReviewRules", "The parameter {param} of the rule {rule} must be a list of dates, "
            "each MM-DD (every year) or YYYY-MM-DD (once).")) from None
    return list(value)


def _weekdays(value: Any) -> list[int]:
    ok = isinstance(value, list | tuple) and all(
        isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 7 for v in value)
    if not ok:
        raise _Bad(QT_TRANSLATE_NOOP(
            "ReviewRules", "The parameter {param} of the rule {rule} must be a list of weekdays, "
            "1 (Monday) to 7 (Sunday)."))
    return sorted(set(value))


class _Bad(Exception):  # noqa: N818 - carries a message template, caught in _parameters
    def __init__(self, template: str, **args: Any) -> None:
        super().__init__(template)
        self.template, self.args_ = template, args


_CHECKS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "locked-user-activity": {"grace_minutes": _whole(0)},
    "colleague-lookup": {"exempt_departments": _texts, "same_department_only": _flag,
                         "routine_share": _number(0, 1), "routine_min_users": _whole(1),
                         "outlier_min": _whole(1)},
    "volume-spike": {"k": _number(0), "ratio": _number(0), "min_count": _whole(1),
                     "min_days": _whole(1), "baseline_days": _whole(1)},
    "popular-person": {"min_users": _whole(2), "window_days": _whole(1)},
    "off-hours": {"start": _clock, "end": _clock, "workdays": _weekdays,
                  "public_holidays": _flag, "closed_days": _days, "half_days": _days,
                  "half_day_end": _clock, "min_entries": _whole(1),
                  "exempt_departments": _texts, "shift_share": _number(0, 1),
                  "shift_min_days": _whole(1), "baseline_days": _whole(1)},
}


def _parameters(rules: Mapping[str, Mapping[str, Any]] | None) -> dict[str, dict[str, Any]]:
    """The rules to run, in review order, each with its defaults merged with the overrides."""
    if rules is None:
        return default_parameters()
    if not isinstance(rules, Mapping):
        raise TypeError("rules must be a mapping of rule id to parameters")
    unknown = sorted(str(r) for r in rules if r not in RULES)
    if unknown:
        raise _refusal(QT_TRANSLATE_NOOP("ReviewRules", "There is no review rule {rule}. The "
                                         "rules are: {rules}."),
                       rule=", ".join(unknown), rules=", ".join(RULES))
    chosen: dict[str, dict[str, Any]] = {}
    defaults = default_parameters()
    for rule in RULES:
        if rule not in rules:
            continue
        overrides = rules[rule] or {}
        if not isinstance(overrides, Mapping):
            raise TypeError(f"the parameters of {rule} must be a mapping")
        merged = defaults[rule]
        for name, value in overrides.items():
            if name not in merged:
                raise _refusal(QT_TRANSLATE_NOOP(
                    "ReviewRules", "The rule {rule} has no parameter {param}. Its parameters "
                    "are: {params}."), rule=rule, param=str(name),
                    params=", ".join(merged) or "-")
            try:
                merged[name] = _CHECKS[rule][name](value)
            except _Bad as bad:
                raise _refusal(bad.template, rule=rule, param=name, **bad.args_) from None
        if rule == "off-hours" and parse_hhmm(merged["start"]) >= parse_hhmm(merged["end"]):
            raise _refusal(QT_TRANSLATE_NOOP(
                "ReviewRules", "The working hours of the rule {rule} must start before they "
                "end ({start}-{end})."), rule=rule, start=merged["start"], end=merged["end"])
        chosen[rule] = merged
    return chosen


# -- the rows a control looks at -------------------------------------------------------------


def _refs_of(conn: Connection, user_ids: Iterable[str]) -> list[int]:
    """``log_users`` ids of these user IDs, compared case-insensitively (Unicode-aware: the
    import upper-cases with Python, SQLite's NOCASE folds only ASCII)."""
    wanted = {u.strip().casefold() for u in user_ids if u and u.strip()}
    if not wanted:
        return []
    return sorted(int(ref) for ref, text in conn.execute("SELECT id, user_id FROM log_users")
                  if text.casefold() in wanted)


def _id_range(conn: Connection, low: int, high: int) -> tuple[int, int]:
    """The ids of the log imports whose period meets [low, high): each import's rows lie
    between its first and last id, so a scan of a quarter skips the other quarters' pages."""
    row = conn.execute(
        "SELECT coalesce(min(first_id), 0), coalesce(max(last_id), -1) FROM log_imports "
        "WHERE kind = 'log' AND rows_added > 0 AND period_end >= ? AND period_start < ?",
        (low, high)).fetchone()
    return int(row[0]), int(row[1])


def scope_filter(conn: Connection, *, start: date, end: date, scope: Scope = ALL,
                 programs_only: bool = False) -> tuple[str, list[Any]]:
    """SQL boolean over ``log_entries AS e`` + parameters: the rows a control looks at.

    Local dates *start*..*end* inclusive (Copenhagen midnights as UTC epoch bounds); the scope
    (a user ID, case-insensitive; the user IDs of a department's employees; one CPR number;
    or all); *programs_only*: only user IDs of system-to-system programs (the monthly control).
    User lists are ``e.user_ref IN (json_each)`` and a person ``e.cpr = ?``, which SQLite
    answers from the ``(user_ref, ts)`` and ``(cpr, ts)`` indexes; "all" adds the id range of
    the imports that meet the period, so a full scan reads only those rows.
    """
    if end < start:
        raise _refusal(QT_TRANSLATE_NOOP("ReviewRules", "The period ends ({end}) before it "
                                         "starts ({start})."),
                       start=start.isoformat(), end=end.isoformat())
    low, high = local_day_bounds(start, end)
    clauses, params = ["e.ts >= ?", "e.ts < ?"], [low, high]
    kind = ScopeKind(scope.kind)
    value = (scope.value or "").strip()
    if kind is not ScopeKind.ALL and not value:
        raise _refusal(QT_TRANSLATE_NOOP("ReviewRules", "Say which {kind} the control is "
                                         "about."), kind=kind.value)
    if kind is ScopeKind.ALL:
        if not programs_only:
            first, last = _id_range(conn, low, high)
            clauses.append("e.id BETWEEN ? AND ?")
            params += [first, last]
    elif kind is ScopeKind.USER:
        clauses.append("e.user_ref IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(_refs_of(conn, [value])))
    elif kind is ScopeKind.DEPARTMENT:
        folded = value.casefold()
        employees = [int(r[0]) for r in conn.execute("SELECT id, department FROM employees")
                     if r[1].strip().casefold() == folded]
        if not employees:
            raise _refusal(QT_TRANSLATE_NOOP("ReviewRules", "No employee in the register works "
                                             "in the department {department}."),
                           department=value)
        users = [r[0] for r in conn.execute(
            "SELECT user_id FROM user_ids WHERE employee_id IN (SELECT value FROM json_each(?))",
            (json.dumps(employees),))]
        clauses.append("e.user_ref IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(_refs_of(conn, users)))
    elif kind is ScopeKind.PERSON:
        digits = CprChecker().digits(value)
        if digits is None:
            raise _refusal(QT_TRANSLATE_NOOP("ReviewRules", "The control's CPR number is not a "
                                             "valid CPR number."))
        clauses.append("e.cpr = ?")
        params.append(int(digits))
    if programs_only:
        programs = [r[0] for r in conn.execute(
            "SELECT user_id FROM user_ids WHERE program_id IS NOT NULL")]
        clauses.append("e.user_ref IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(_refs_of(conn, programs)))
    return " AND ".join(clauses), params


# -- the result --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleRun:
    findings: list[Finding]  # sorted: severity desc, then RULES order, then key
    parameters: dict[str, dict[str, Any]]  # {rule_id: {"version": n, "params": {...}}} as used
    entries_in_scope: int
    explained: dict[str, int]  # per rule: entries suppressed as explained by a case


# -- what the rules share -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Employee:
    id: int
    name: str
    department: str
    cpr: int | None
    employed_from: date | None
    employed_to: date | None

    def employed_on(self, day: date) -> bool:
        return ((self.employed_from is None or self.employed_from <= day)
                and (self.employed_to is None or day <= self.employed_to))


@dataclass(frozen=True)
class _User:
    """A user ID as the log has it, and its registration (if any)."""

    ref: int
    user_id: str
    reg_id: int | None = None
    employee: _Employee | None = None
    program_id: int | None = None

    @property
    def department(self) -> str | None:
        """Case-folded department of the employee; None for programs, unregistered users and
        employees without one."""
        if self.employee is None or not self.employee.department.strip():
            return None
        return self.employee.department.strip().casefold()


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class _Guard:
    """Cancel checks between rules and inside long statements (SQLite's progress handler)."""

    def __init__(self, conn: Connection, check_cancel: Callable[[], object] | None) -> None:
        self.conn, self.check = conn, check_cancel
        self.depth = 0  # a query started while another is being read keeps its handler

    def __call__(self) -> None:
        if self.check is not None:
            self.check()

    @contextlib.contextmanager
    def running(self) -> Iterator[None]:
        if self.check is None or self.depth:
            self.depth += 1
            try:
                yield
            finally:
                self.depth -= 1
            return
        raised: list[BaseException] = []
        check = self.check

        def handler() -> int:
            try:
                check()
            except BaseException as exc:  # noqa: BLE001 - re-raised below, after SQLite unwinds
                raised.append(exc)
                return 1
            return 0

        was_in_transaction = self.conn.in_transaction
        self.conn.set_progress_handler(handler, 200_000)
        self.depth += 1
        try:
            yield
        except DatabaseError:
            if raised:
                if was_in_transaction and not self.conn.in_transaction:
                    # An interrupted statement may roll the caller's transaction back; open an
                    # empty one so the caller's own ROLLBACK still finds one.
                    self.conn.execute("BEGIN IMMEDIATE")
                raise raised[0] from None
            raise
        finally:
            self.depth -= 1
            self.conn.set_progress_handler(None, 0)


class _Context:
    """The period, the scope and the registers, loaded once for all rules (a few thousand rows
    at most; the log itself is only ever queried)."""

    def __init__(self, conn: Connection, start: date, end: date, scope: Scope,
                 programs_only: bool, guard: _Guard) -> None:
        self.conn, self.start, self.end, self.guard = conn, start, end, guard
        self.scope = Scope(ScopeKind(scope.kind), scope.value)
        self.programs_only = programs_only
        self.where, self.params = scope_filter(conn, start=start, end=end, scope=self.scope,
                                               programs_only=programs_only)
        self.low, self.high = local_day_bounds(start, end)
        self.by_user = self.scope.kind is not ScopeKind.PERSON  # walk the user index?
        self.employees = {
            int(r[0]): _Employee(int(r[0]), r[1], r[2] or "", int(r[3]) if r[3] else None,
                                 _date(r[4]), _date(r[5]))
            for r in conn.execute("SELECT id, name, department, cpr, employed_from, "
                                  "employed_to FROM employees")}
        registered = {r[1].casefold(): r for r in conn.execute(
            "SELECT id, user_id, employee_id, program_id FROM user_ids")}
        self.users: dict[int, _User] = {}
        for ref, text in conn.execute("SELECT id, user_id FROM log_users"):
            reg = registered.get(text.casefold())
            if reg is None:
                self.users[int(ref)] = _User(int(ref), text)
            else:
                self.users[int(ref)] = _User(int(ref), text, int(reg[0]),
                                             self.employees.get(reg[2]) if reg[2] else None,
                                             reg[3])
        self.refs_of_reg: dict[int, list[int]] = defaultdict(list)
        for user in self.users.values():
            if user.reg_id is not None:
                self.refs_of_reg[user.reg_id].append(user.ref)
        self.calendars: dict[tuple[date, date], LocalCalendar] = {}
        self.calendar = self.calendar_for(start, end)
        self._cases: dict[int, list[tuple[str, date, date | None]]] = {}
        # Rows per user in scope, with the first and last instant: one walk of the user index
        # in its own order (no sort), or the person's rows from the CPR index.
        hint = "INDEXED BY log_entries_user" if self.by_user else ""
        self.seek = ""  # see below
        if self.scope.kind is ScopeKind.ALL and not programs_only:
            # Walking the whole user index costs what the vault holds, not what the period
            # holds. When the period is a small part of the vault (a quarter of several years),
            # seek each user's range of the period instead.
            first_id, last_id = _id_range(conn, self.low, self.high)
            lowest, highest = conn.execute("SELECT min(id), max(id) FROM log_entries").fetchone()
            if lowest is not None and (last_id - first_id + 1) * 2 < highest - lowest + 1:
                self.seek = " AND e.user_ref IN (SELECT id FROM log_users)"
        self.summary: dict[int, tuple[int, int, int]] = {}
        for ref, count, first, last in self.query(
                f"SELECT e.user_ref, count(*), min(e.ts), max(e.ts) FROM log_entries AS e "
                f"{hint} WHERE {self.where}{self.seek} GROUP BY e.user_ref", self.params):
            self.summary[int(ref)] = (int(count), int(first), int(last))
        self.entries_in_scope = sum(c for c, _, _ in self.summary.values())
        self.memo: dict[str, Any] = {}
        self.chosen: dict[str, dict[str, Any]] = {}

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """Rows of *sql*, cancellable while SQLite works on them."""
        with self.guard.running():
            yield from self.conn.execute(sql, params)

    def calendar_for(self, first: date, last: date) -> LocalCalendar:
        key = (first, last)
        if key not in self.calendars:
            self.calendars[key] = LocalCalendar(first, last)
        return self.calendars[key]

    def user(self, ref: int) -> _User:
        return self.users.get(ref) or _User(ref, f"#{ref}")

    def stamp(self, ts: int) -> str:
        """An instant as local wall-clock text for explanations: 2024-03-05 14:02."""
        return self.calendar.wall(ts).strftime("%Y-%m-%d %H:%M")

    def day(self, ts: int) -> date:
        return self.calendar.day(ts)

    # -- case explanations --------------------------------------------------------------------

    def load_cases(self, cprs: Iterable[int]) -> None:
        missing = sorted({c for c in cprs if c not in self._cases})
        for i in range(0, len(missing), _BATCH):
            chunk = missing[i:i + _BATCH]
            for cpr in chunk:
                self._cases[cpr] = []
            for user, cpr, valid_from, valid_to in self.query(
                    "SELECT user_id, cpr, valid_from, valid_to FROM log_cases "
                    "WHERE cpr IN (SELECT value FROM json_each(?))", (json.dumps(chunk),)):
                self._cases[int(cpr)].append((str(user).casefold(), date.fromisoformat(
                    valid_from), _date(valid_to)))

    def explained(self, ref: int, cpr: int | None, ts: int) -> bool:
        """A case of this user about this person is open on the row's local date. Call
        :meth:`load_cases` with the CPR numbers first (else one query per person)."""
        return cpr is not None and self.explained_on(ref, cpr, self.day(ts))

    def explained_on(self, ref: int, cpr: int, day: date) -> bool:
        cases = self._cases.get(cpr)
        if cases is None:
            self.load_cases([cpr])
            cases = self._cases[cpr]
        if not cases:
            return False
        user = self.user(ref).user_id.casefold()
        return any(u == user and start <= day and (stop is None or day <= stop)
                   for u, start, stop in cases)

    # -- entries behind a finding -------------------------------------------------------------

    def user_rows(self, ref: int, low: int, high: int) -> tuple[list[int], int, int, int]:
        """(ids in time order, at most MAX_ENTRIES; count; first; last instant) of one user's
        rows in scope between *low* and *high* (the user index, no sort)."""
        sql = (f"FROM log_entries AS e INDEXED BY log_entries_user WHERE e.user_ref = ? "
               f"AND e.ts >= ? AND e.ts < ? AND {self.where}")
        params = [ref, low, high, *self.params]
        ((count, first, last),) = list(self.query(
            f"SELECT count(*), min(e.ts), max(e.ts) {sql}", params))
        if not count:
            return [], 0, 0, 0
        ids = [int(r[0]) for r in self.query(
            f"SELECT e.id {sql} ORDER BY e.ts, e.id LIMIT {MAX_ENTRIES}", params)]
        return ids, int(count), int(first), int(last)


def _capped(rows: Sequence[tuple[int, int]]) -> tuple[tuple[int, ...], dict[str, Any]]:
    """Entry ids of (ts, id) rows in time order, at most MAX_ENTRIES, and the details that say
    how many there were when capped."""
    ordered = sorted(rows)
    ids = tuple(i for _, i in ordered[:MAX_ENTRIES])
    return ids, ({"entries_total": len(ordered)} if len(ordered) > MAX_ENTRIES else {})


def _finding(ctx: _Context, rule: str, user: str | None, key: str, template: str,
             args: Mapping[str, Any], ids: Sequence[int], total: int,
             details: Mapping[str, Any]) -> Finding:
    facts = dict(details)
    if total > len(ids):
        facts["entries_total"] = total
    return Finding(rule=rule, severity=SEVERITIES[rule], user_id=user,
                   explanation=Message(CONTEXT, template, dict(args)), entry_ids=tuple(ids),
                   key=key, details=facts)


Result = tuple[list[Finding], int]


# -- unknown-user ----------------------------------------------------------------------------


def _unknown_user(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """Every log user ID the register does not know, one finding each (HIGH).

    No parameters: the CPR terms require every user ID with access to be registered, so even
    one lookup is worth a look. Case explanations do not apply (a case does not make an
    unregistered user ID legitimate).
    """
    found = []
    for ref in sorted(ctx.summary):
        user = ctx.user(ref)
        if user.reg_id is not None:
            continue
        ctx.guard()
        ids, count, first, last = ctx.user_rows(ref, ctx.low, ctx.high)
        found.append(_finding(
            ctx, "unknown-user", user.user_id, user.user_id,
            QT_TRANSLATE_NOOP("ReviewRules", "The user ID {user} is not in the register of CPR "
                              "user IDs, yet the log has {count} lookups by it from {first} to "
                              "{last}."),
            {"user": user.user_id, "count": count, "first": ctx.stamp(first),
             "last": ctx.stamp(last)}, ids, count,
            {"count": count, "first": ctx.stamp(first), "last": ctx.stamp(last)}))
    return found, 0


# -- outside-authorisation -------------------------------------------------------------------


_OUTSIDE_TEXTS = {
    "before-grant": QT_TRANSLATE_NOOP(
        "ReviewRules", "{user} made {count} lookups from {first} to {last}, before its "
        "authorisation was granted on {day}."),
    "after-expiry": QT_TRANSLATE_NOOP(
        "ReviewRules", "{user} made {count} lookups from {first} to {last}, after its "
        "authorisation expired ({day} was the last valid day)."),
    "after-revocation": QT_TRANSLATE_NOOP(
        "ReviewRules", "{user} made {count} lookups from {first} to {last}, after its "
        "authorisation was revoked ({day} was the last valid day)."),
    "after-employee-left": QT_TRANSLATE_NOOP(
        "ReviewRules", "{user} made {count} lookups from {first} to {last}, after the employee "
        "left ({day} was the last day of employment)."),
    "no-authorisation": QT_TRANSLATE_NOOP(
        "ReviewRules", "{user} made {count} lookups from {first} to {last}, but the register "
        "holds no authorisation for this user ID."),
}


def _grants(ctx: _Context) -> dict[int, list[Grant]]:
    """Authorisations per ``user_ids.id``, as intervals (see :class:`Grant`)."""
    if "grants" in ctx.memo:
        return ctx.memo["grants"]  # type: ignore[no-any-return]
    grants: dict[int, list[Grant]] = defaultdict(list)
    for reg, granted, expires, revoked, types in ctx.conn.execute(
            "SELECT user_id_id, granted_on, expires_on, revoked_on, transaction_types "
            "FROM authorisations ORDER BY user_id_id, granted_on, id"):
        grants[int(reg)].append(Grant.of(date.fromisoformat(granted), _date(expires),
                                         _date(revoked),
                                         [str(t) for t in json.loads(types or "[]")]))
    ctx.memo["grants"] = grants
    return grants


def _outside_authorisation(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """Lookups by a registered user ID at a time none of its authorisations covered (HIGH).

    One finding per user per run of uncovered time with one reason (before the grant, after
    expiry, after revocation, after the employee left, no authorisation at all). Only the
    uncovered stretches are queried, on the user index; a fully covered user costs nothing.
    """
    grants = _grants(ctx)
    found = []
    for ref in sorted(ctx.summary):
        user = ctx.user(ref)
        if user.reg_id is None:
            continue  # unknown-user's
        _, first_ts, last_ts = ctx.summary[ref]
        left = user.employee.employed_to if user.employee else None
        for a, b, reason, day in uncovered(grants.get(user.reg_id, []), left,
                                            first_ts, last_ts + 1):
            ctx.guard()
            ids, count, first, last = ctx.user_rows(ref, a, b)
            if not count:
                continue
            found.append(_finding(
                ctx, "outside-authorisation", user.user_id,
                f"{user.user_id}|{reason}|{ctx.day(first).isoformat()}", _OUTSIDE_TEXTS[reason],
                {"user": user.user_id, "count": count, "first": ctx.stamp(first),
                 "last": ctx.stamp(last), "day": day.isoformat() if day else ""},
                ids, count,
                {"reason": reason, "count": count, "first": ctx.stamp(first),
                 "last": ctx.stamp(last), "day": day.isoformat() if day else None}))
    return found, 0


# -- locked-user-activity --------------------------------------------------------------------


def _instant(text: str) -> int:
    """A lockout time as recorded (local wall clock to the minute, or with an offset)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        return int(moment.timestamp())
    return local_epoch(moment)[0]


def _locked_user_activity(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """Lookups while the unlock register says the user ID was locked (HIGH): ``locked_at <= t
    < unlocked_at``, or not yet unlocked. One finding per lockout.

    ``grace_minutes`` (default 5) shrinks each lockout at both ends: lockouts and unlocks are
    recorded by hand to the minute, often from a phone call ("I was locked out just now"), so a
    lookup a minute or two from the recorded time is more likely a clock than a misuse. An
    ambiguous autumn-hour row counts only if both its readings fall inside the lockout.
    """
    grace = int(params["grace_minutes"]) * 60
    found = []
    for reg, locked_at, unlocked_at in ctx.conn.execute(
            "SELECT user_id_id, locked_at, unlocked_at FROM lockouts "
            "ORDER BY user_id_id, locked_at, id"):
        start = _instant(locked_at) + grace
        stop = _instant(unlocked_at) - grace if unlocked_at else FOREVER
        low, high = max(start, ctx.low), min(stop, ctx.high)
        if low >= high:
            continue
        for ref in sorted(ctx.refs_of_reg.get(int(reg), [])):
            if ref not in ctx.summary:
                continue
            ctx.guard()
            rows = [(int(ts), int(i)) for i, ts, flags in ctx.query(
                f"SELECT e.id, e.ts, e.flags FROM log_entries AS e INDEXED BY log_entries_user "
                f"WHERE e.user_ref = ? AND e.ts >= ? AND e.ts < ? AND {ctx.where}",
                [ref, low, high, *ctx.params])
                if all(start <= t < stop for t in readings(int(ts), int(flags)))]
            if not rows:
                continue
            user = ctx.user(ref)
            ids, capped = _capped(rows)
            first, last = min(rows)[0], max(rows)[0]
            args = {"user": user.user_id, "count": len(rows), "first": ctx.stamp(first),
                    "last": ctx.stamp(last), "locked": locked_at.replace("T", " "),
                    "unlocked": (unlocked_at or "").replace("T", " ")}
            template = QT_TRANSLATE_NOOP(
                "ReviewRules", "{user} made {count} lookups from {first} to {last} while the "
                "unlock register records it as locked (locked {locked}, unlocked {unlocked}).") \
                if unlocked_at else QT_TRANSLATE_NOOP(
                "ReviewRules", "{user} made {count} lookups from {first} to {last} while the "
                "unlock register records it as locked since {locked} and not yet unlocked.")
            found.append(_finding(ctx, "locked-user-activity", user.user_id,
                                  f"{user.user_id}|{locked_at}", template, args, ids, len(rows),
                                  {"count": len(rows), "locked_at": locked_at,
                                   "unlocked_at": unlocked_at, **capped}))
    return found, 0


# -- lookups of employees: self-lookup and colleague-lookup ----------------------------------


def _employee_lookups(ctx: _Context) -> dict[str, Any]:
    """One pass over the rows about employees' CPR numbers (the CPR index, one probe per
    employee) feeds both self-lookup and colleague-lookup."""
    if "employee-lookups" in ctx.memo:
        return ctx.memo["employee-lookups"]  # type: ignore[no-any-return]
    by_cpr: dict[int, list[_Employee]] = defaultdict(list)
    for emp in ctx.employees.values():
        if emp.cpr is not None:
            by_cpr[emp.cpr].append(emp)
    own: dict[int, list[tuple[int, int]]] = defaultdict(list)  # user ref -> (ts, id)
    colleague: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
    cprs = sorted(by_cpr)
    # Thousands of employees: for all users one scan of the period with the CPR numbers as a
    # set (a Bloom filter) beats a probe of the CPR index per employee plus a table read per
    # row found (measured 5x at 10M rows); for a few users SQLite picks an index.
    hint = "NOT INDEXED" if ctx.scope.kind is ScopeKind.ALL and not ctx.programs_only else ""
    for i in range(0, len(cprs), 100_000):
        for entry_id, ref, ts, cpr in ctx.query(
                f"SELECT e.id, e.user_ref, e.ts, e.cpr FROM log_entries AS e {hint} "
                f"WHERE {ctx.where} AND e.cpr IN (SELECT value FROM json_each(?))",
                [*ctx.params, json.dumps(cprs[i:i + 100_000])]):
            user = ctx.user(ref)
            if user.employee is None:
                continue  # programs and unregistered user IDs
            if user.employee.cpr == cpr:
                own[ref].append((ts, entry_id))
                continue
            day = ctx.day(ts)
            targets = [e.id for e in by_cpr[cpr] if e.employed_on(day)]
            if targets:
                colleague[(ref, min(targets))].append((ts, entry_id, cpr))
    ctx.memo["employee-lookups"] = {"own": own, "colleague": colleague}
    return ctx.memo["employee-lookups"]  # type: ignore[no-any-return]


def _self_lookup(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """An employee's user ID looked up the employee's own CPR number (HIGH), one finding per
    user ID. Never explained by a case: no one may handle their own case."""
    own = _employee_lookups(ctx)["own"]
    found = []
    for ref in sorted(own):
        user = ctx.user(ref)
        assert user.employee is not None and user.employee.cpr is not None
        rows = own[ref]
        ids, capped = _capped(rows)
        first, last = min(rows)[0], max(rows)[0]
        masked = mask_cpr(format_cpr(user.employee.cpr) or "")
        found.append(_finding(
            ctx, "self-lookup", user.user_id, user.user_id,
            QT_TRANSLATE_NOOP("ReviewRules", "{user} ({name}) looked up the employee's own CPR "
                              "number {cpr} {count} times from {first} to {last}."),
            {"user": user.user_id, "name": user.employee.name, "cpr": masked,
             "count": len(rows), "first": ctx.stamp(first), "last": ctx.stamp(last)},
            ids, len(rows), {"count": len(rows), "cpr": masked, "employee_id": user.employee.id,
                             **capped}))
    return found, 0


def _colleague_lookup(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """Lookups of another employee's CPR number (MEDIUM), one finding per (user, colleague).

    A colleague is an employee of the authority employed on the day of the lookup (the
    employees register is the whole staff, not only CPR users). Lookups a case of the user
    explains are dropped: a municipality's employees are also its citizens, and most lookups of
    them are ordinary casework. ``exempt_departments`` (default none: names differ between
    authorities) lists departments whose work is looking up colleagues, such as payroll and
    HR ("Løn og personale"). Programs are left out: a payroll integration looks up employees by
    design. A former employee is not a colleague.

    ``same_department_only`` (default false) keeps only colleagues of the user's own
    department. Where staff live in the municipality and no case file is imported, citizen
    service looks up colleagues as citizens every day (in ``bench/bench_review.py``'s
    synthetic quarter: thousands of findings); coworker snooping, the documented insider
    pattern, stays visible with it on. It is off by default because a snooper's target in
    another department would then be missed.
    """
    exempt = {d.casefold() for d in params["exempt_departments"]}
    same = bool(params["same_department_only"])
    share, min_users = float(params["routine_share"]), int(params["routine_min_users"])
    rows = {key: group for key, group in _employee_lookups(ctx)["colleague"].items()
            if ctx.user(key[0]).department not in exempt and (
                not same or ctx.user(key[0]).department
                == ctx.employees[key[1]].department.strip().casefold())}
    ctx.load_cases({cpr for group in rows.values() for _, _, cpr in group})
    found, explained = [], 0
    unexplained: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for key in sorted(rows):
        kept = [(ts, i) for ts, i, cpr in rows[key] if not ctx.explained(key[0], cpr, ts)]
        explained += len(rows[key]) - len(kept)
        if kept:
            unexplained[key] = kept
    routine = _routine_departments(ctx, unexplained, share, min_users)
    standing_out = _standing_out(ctx, unexplained, routine, int(params["outlier_min"]))
    summarised = {key: kept for key, kept in unexplained.items()
                  if _department_of(ctx, key[0]) in routine and key not in standing_out}
    found += _routine_findings(ctx, summarised, routine)
    for (ref, emp_id), kept in unexplained.items():
        if (ref, emp_id) in summarised:
            continue
        user, colleague = ctx.user(ref), ctx.employees[emp_id]
        ids, capped = _capped(kept)
        first, last = min(kept)[0], max(kept)[0]
        masked = mask_cpr(format_cpr(colleague.cpr) or "")
        assert user.employee is not None
        found.append(_finding(
            ctx, "colleague-lookup", user.user_id, f"{user.user_id}|employee:{emp_id}",
            QT_TRANSLATE_NOOP("ReviewRules", "{user} ({department}) looked up the CPR number "
                              "{cpr} of the colleague {name} ({colleague_department}) {count} "
                              "times from {first} to {last}, and no case of the user explains "
                              "it."),
            {"user": user.user_id, "department": user.employee.department or "-",
             "cpr": masked, "name": colleague.name,
             "colleague_department": colleague.department or "-", "count": len(kept),
             "first": ctx.stamp(first), "last": ctx.stamp(last)},
            ids, len(kept), {"count": len(kept), "cpr": masked, "employee_id": emp_id,
                             "department": user.employee.department,
                             "colleague_department": colleague.department, **capped}))
    return found, explained


def _department_of(ctx: _Context, ref: int) -> str:
    employee = ctx.user(ref).employee
    return (employee.department if employee is not None else "").strip()


def _standing_out(ctx: _Context, unexplained: Mapping[tuple[int, int], list[Any]],
                  routine: set[str], minimum: int) -> set[tuple[int, int]]:
    """The (user, colleague) pairs of a routine department that keep a finding of their own:

    * every pair of a user who looked up far more different colleagues than the department's
      others: at least *minimum*, and above its median + 5 MAD on a log scale (robust, and
      busy clerks look up proportionally more) — a payroll clerk trawling;
    * the pairs of a day on which a user looked up at least *minimum* different colleagues
      and half again as many as the department's 99th percentile of such days — a burst,
      where colleagues otherwise turn up one at a time by chance.
    """
    per_user: dict[int, int] = defaultdict(int)
    per_day: dict[tuple[int, date], list[tuple[int, int]]] = defaultdict(list)
    for key, kept in unexplained.items():
        per_user[key[0]] += 1
        for day in {ctx.day(ts) for ts, _ in kept}:
            per_day[(key[0], day)].append(key)
    keep: set[tuple[int, int]] = set()
    for dept in routine:
        counts = {r: n for r, n in per_user.items() if _department_of(ctx, r) == dept}
        logs = sorted(math.log(n) for n in counts.values())  # workloads are lognormal
        middle = logs[len(logs) // 2]
        spread = sorted(abs(v - middle) for v in logs)[len(logs) // 2]
        limit = middle + 5 * 1.4826 * spread
        trawlers = {r for r, n in counts.items() if n >= minimum and math.log(n) > limit + 1e-9}
        keep |= {key for key in unexplained if key[0] in trawlers}
        days = {k: v for k, v in per_day.items() if k[0] in counts}
        sizes = sorted(len(v) for v in days.values())
        burst = max(minimum, 1.5 * sizes[min(len(sizes) - 1, int(0.99 * len(sizes)))])
        keep |= {key for pairs in days.values() if len(pairs) >= burst for key in pairs}
    return keep


def _routine_departments(ctx: _Context, unexplained: Mapping[tuple[int, int], Any],
                         share: float, min_users: int) -> set[str]:
    """Departments where at least *share* of the users active in the period (and at least
    *min_users*) looked up colleagues: payroll and HR by their work, citizen service because
    staff are citizens too. A finding per colleague for each would bury the officer, so their
    lookups become one summary, except for the users who stand out (:func:`_standing_out`)."""
    active: dict[str, int] = defaultdict(int)
    for ref in ctx.summary:
        if ctx.user(ref).employee is not None:
            active[_department_of(ctx, ref)] += 1
    looking: dict[str, set[int]] = defaultdict(set)
    for ref, _ in unexplained:
        looking[_department_of(ctx, ref)].add(ref)
    return {dept for dept, refs in looking.items()
            if dept and len(refs) >= max(min_users, share * active[dept])}


def _routine_findings(ctx: _Context, unexplained: Mapping[tuple[int, int], list[Any]],
                      routine: set[str]) -> list[Finding]:
    """One LOW finding per department where looking up colleagues is routine."""
    found = []
    for dept in sorted(routine):
        keys = [k for k in unexplained if _department_of(ctx, k[0]) == dept]
        if not keys:
            continue
        kept = sorted(entry for k in keys for entry in unexplained[k])
        users = {k[0] for k in keys}
        active = sum(1 for ref in ctx.summary if _department_of(ctx, ref) == dept
                     and ctx.user(ref).employee is not None)
        ids, capped = _capped(kept)
        finding = _finding(
            ctx, "colleague-lookup", None, f"department:{dept}",
            QT_TRANSLATE_NOOP("ReviewRules", "In {department}, {users} of the {active} active "
                              "users looked up colleagues: {count} lookups of {colleagues} "
                              "colleagues from {first} to {last} that no case explains. That "
                              "looks like part of the work there; check a sample, and import "
                              "case files or add the department to the rule's exempt "
                              "departments if it is. Users who looked up far more colleagues "
                              "than the others have findings of their own."),
            {"department": dept, "users": len(users), "active": active, "count": len(kept),
             "colleagues": len({k[1] for k in keys}), "first": ctx.stamp(kept[0][0]),
             "last": ctx.stamp(kept[-1][0])},
            ids, len(kept), {"department": dept, "users": sorted(ctx.user(r).user_id
                                                                 for r in users),
                             "count": len(kept), "routine": True, **capped})
        found.append(replace(finding, severity=Severity.LOW))
    return found


# -- watchlist -------------------------------------------------------------------------------


def _watchlist(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """Lookups of a CPR number on the active watchlist (HIGH), one finding per (user, person),
    unless a case of the user explains them. Every user counts, programs too: the officer put
    the person on the list to see every lookup."""
    watched = {int(r[1]): (int(r[0]), redact_cpr(r[2] or "")) for r in ctx.conn.execute(
        "SELECT id, cpr, reason FROM watchlist WHERE active = 1 ORDER BY id")
        if CprChecker().digits(r[1] or "")}
    if not watched:
        return [], 0
    groups: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for entry_id, ref, ts, cpr in ctx.query(
            f"SELECT e.id, e.user_ref, e.ts, e.cpr FROM log_entries AS e "
            f"INDEXED BY log_entries_cpr WHERE {ctx.where} AND e.cpr IS NOT NULL "
            f"AND e.cpr IN (SELECT value FROM json_each(?))",
            [*ctx.params, json.dumps(sorted(watched))]):
        groups[(ref, cpr)].append((ts, entry_id))
    ctx.load_cases({cpr for _, cpr in groups})
    found, explained = [], 0
    for ref, cpr in sorted(groups, key=lambda k: (ctx.user(k[0]).user_id, watched[k[1]][0])):
        kept = [(ts, i) for ts, i in groups[(ref, cpr)] if not ctx.explained(ref, cpr, ts)]
        explained += len(groups[(ref, cpr)]) - len(kept)
        if not kept:
            continue
        user = ctx.user(ref)
        watch_id, reason = watched[cpr]
        ids, capped = _capped(kept)
        first, last = min(kept)[0], max(kept)[0]
        masked = mask_cpr(format_cpr(cpr) or "")
        found.append(_finding(
            ctx, "watchlist", user.user_id, f"{user.user_id}|watchlist:{watch_id}",
            QT_TRANSLATE_NOOP("ReviewRules", "{user} looked up {cpr}, a person on the watchlist "
                              "({reason}), {count} times from {first} to {last}, and no case "
                              "of the user explains it."),
            {"user": user.user_id, "cpr": masked, "reason": reason or "-", "count": len(kept),
             "first": ctx.stamp(first), "last": ctx.stamp(last)},
            ids, len(kept), {"count": len(kept), "cpr": masked, "watchlist_id": watch_id,
                             **capped}))
    return found, explained


# -- out-of-scope-transaction ----------------------------------------------------------------


def _out_of_scope_transaction(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """Transaction types the authorisation in force did not list (MEDIUM), one finding per
    (user, transaction type). Several authorisations in force at once allow the union of their
    types; one without listed types is not restricted (nothing recorded, nothing to check);
    a time with no authorisation at all is outside-authorisation's. Not explained by cases: a
    case does not widen an authorisation. Types compare case-insensitively.

    One scan of the period: SQL keeps only rows of restricted users whose (user, type) pair
    is outside what the user was allowed at every time (a ``json_each`` set), so the few rows
    left are checked against the authorisation in force at their own time in Python.
    """
    grants = _grants(ctx)
    codes = {int(r[0]): str(r[1]) for r in ctx.conn.execute(
        "SELECT id, code FROM log_transactions")}
    by_code: dict[str, list[int]] = defaultdict(list)
    for ref, code in codes.items():
        by_code[code.strip().casefold()].append(ref)
    restricted: dict[int, list[Grant]] = {}
    allowed_keys: list[int] = []
    for ref in sorted(ctx.summary):
        user = ctx.user(ref)
        mine = grants.get(user.reg_id, []) if user.reg_id is not None else []
        _, first, last = ctx.summary[ref]
        live = [g for g in mine if g.start <= last and g.stop > first]
        if not live or all(g.types is None for g in live):
            continue
        restricted[ref] = live
        # Types allowed throughout: in every restricted grant (a pair outside this set may be
        # allowed at its own time; those rows are checked one by one below).
        always = frozenset.intersection(*(g.types for g in live if g.types is not None))
        allowed_keys += [(ref << _TX_BITS) + tx for code in sorted(always)
                         for tx in by_code.get(code, [])]
    if not restricted:
        return [], 0
    # All users: one scan of the period's rows (a walk of the user index would fetch each row
    # from the table, several times slower); a few users: their index entries.
    hint = "NOT INDEXED" if ctx.scope.kind is ScopeKind.ALL and not ctx.programs_only else (
        "INDEXED BY log_entries_user" if ctx.by_user else "")
    groups: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for entry_id, ref, ts, tx in ctx.query(
            f"SELECT e.id, e.user_ref, e.ts, e.tx_ref FROM log_entries AS e {hint} "
            f"WHERE {ctx.where} AND e.user_ref IN (SELECT value FROM json_each(?)) "
            f"AND (e.user_ref << {_TX_BITS}) + e.tx_ref NOT IN "
            f"(SELECT value FROM json_each(?))",
            [*ctx.params, json.dumps(sorted(restricted)), json.dumps(allowed_keys)]):
        code = codes.get(tx, "").strip().casefold()
        in_force = [g for g in restricted[ref] if g.start <= ts < g.stop]
        if not in_force or any(g.types is None or code in g.types for g in in_force):
            continue
        groups[(ref, tx)].append((ts, entry_id))
    found = []
    for ref, tx in sorted(groups, key=lambda k: (ctx.user(k[0]).user_id, codes[k[1]])):
        rows, user, code = groups[(ref, tx)], ctx.user(ref), codes[tx]
        ids, capped = _capped(rows)
        first, last = min(rows)[0], max(rows)[0]
        allowed = sorted({t for g in restricted[ref] if g.start <= first < g.stop
                          for t in (g.types or ())})
        found.append(_finding(
            ctx, "out-of-scope-transaction", user.user_id, f"{user.user_id}|{code}",
            QT_TRANSLATE_NOOP("ReviewRules", "{user} used the transaction type {transaction} "
                              "{count} times from {first} to {last}; its authorisation allowed "
                              "only {allowed}."),
            {"user": user.user_id, "transaction": code, "count": len(rows),
             "first": ctx.stamp(first), "last": ctx.stamp(last),
             "allowed": ", ".join(t.upper() for t in allowed) or "-"},
            ids, len(rows), {"transaction": code, "count": len(rows),
                             "allowed": [t.upper() for t in allowed], **capped}))
    return found, 0


# -- per user-day profile: off-hours and volume-spike ---------------------------------------


def _baseline_start(ctx: _Context, days: int) -> date:
    """A user's normal is measured over at least *days* days ending with the period, so an ad
    hoc control of one week still compares with months of habits."""
    return min(ctx.start, ctx.end - timedelta(days=days - 1))


def _profile(ctx: _Context, first: date, users: Sequence[int] | None,
             off: WorkingHours | None) -> dict[int, dict[int, list[int]]]:
    """{user ref: {local day number: [lookups, off-hours lookups]}} from *first* to the end of
    the period, for *users* (None: everyone). One walk of the user index in its own order; each
    row arrives as one integer (user, day and off-hours bit packed in SQL) into a Counter."""
    calendar = ctx.calendar_for(first, ctx.end)
    low, high = calendar.low, calendar.high
    local = calendar.sql_local("e.ts")
    flag = off.sql("e.ts") if off is not None else "0"
    where, params = "e.ts >= ? AND e.ts < ?", [low, high]
    if users is not None:
        where += " AND e.user_ref IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(users)))
    else:
        where += ctx.seek
    # Straight from the cursor, one int per row kept (a million rows, no Python per row, no
    # tuples left for the cyclic GC to walk).
    with ctx.guard.running():
        counts: Counter[int] = Counter(map(_FIRST, ctx.conn.execute(
            f"SELECT (e.user_ref << {_TX_BITS}) + ({local} / {DAY} - {day_number(first)}) * 2 "
            f"+ {flag} FROM log_entries AS e INDEXED BY log_entries_user WHERE {where}",
            params)))
    out: dict[int, dict[int, list[int]]] = defaultdict(dict)
    base = day_number(first)
    mask = (1 << _TX_BITS) - 1
    for key, n in counts.items():
        ref, rest = key >> _TX_BITS, key & mask
        cell = out[ref].setdefault(base + (rest >> 1), [0, 0])
        cell[0] += n
        if rest & 1:
            cell[1] += n
    return out


def _profile_users(ctx: _Context, with_departments: bool) -> list[int] | None:
    """Whose day profile a rule needs: the users in scope, plus (for comparisons with the
    department) their departments' users; None means everyone (the scope is all users, or a
    user without a department is compared with all users)."""
    if ctx.scope.kind is ScopeKind.ALL and not ctx.programs_only:
        return None
    refs = set(ctx.summary)
    if with_departments:
        departments = {ctx.user(r).department for r in refs}
        if None in departments:
            return None
        refs |= {u.ref for u in ctx.users.values() if u.department in departments}
    return sorted(refs)


def _shared_profile(ctx: _Context) -> tuple[dict[int, dict[int, list[int]]], WorkingHours | None]:
    """The day profile off-hours and volume-spike share (one index walk for both): from the
    earlier of their baseline starts, with the off-hours bit when off-hours runs."""
    if "profile" in ctx.memo:
        return ctx.memo["profile"]  # type: ignore[no-any-return]
    starts, off_params = [], ctx.chosen.get("off-hours")
    spikes = "volume-spike" in ctx.chosen and ctx.scope.kind is not ScopeKind.PERSON
    if off_params is not None:
        starts.append(_baseline_start(ctx, int(off_params["baseline_days"])))
    if spikes:
        starts.append(_baseline_start(ctx, int(ctx.chosen["volume-spike"]["baseline_days"])))
    first = min(starts, default=ctx.start)
    off = WorkingHours.of(ctx.calendar_for(first, ctx.end), off_params) if off_params else None
    ctx.memo["profile"] = (_profile(ctx, first, _profile_users(ctx, spikes), off), off)
    return ctx.memo["profile"]  # type: ignore[no-any-return]


def _off_hours(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """Several lookups by one user on one local day outside working hours (LOW), one finding
    per user-day.

    Defaults: Monday-Friday 06:00-19:00 (the usual frame of a municipality's flexible working
    hours, "fleksramme"; an early start or a case finished at 18:30 is ordinary, outside the
    frame is rare in case work), Danish public holidays from ``holidays`` (Store
    Bededag only until 2023, as the law changed), 24 and 31 December as closed days and
    Constitution Day (5 June) closed from 12:00 (municipal agreements give those off; change
    the lists for local practice). ``min_entries`` = 3: a single lookup at 18:05 is someone
    finishing a case, not a finding. ``exempt_departments`` (default none) is for departments
    whose work is round the clock. Shift workers are found from their own habits: a user with
    off-hours activity (at least ``min_entries``) on at least ``shift_share`` (30 %) of their
    active days over ``baseline_days`` (90) is not flagged, if they have at least
    ``shift_min_days`` (10) active days to judge by. Programs never are (they run at night).
    Lookups a case of the user explains do not count. Times are real local time: an
    ambiguous autumn-hour row has the same wall-clock time in both readings, so both are off
    hours or neither is.
    """
    own_first = day_number(_baseline_start(ctx, int(params["baseline_days"])))
    minimum = int(params["min_entries"])
    exempt = {d.casefold() for d in params["exempt_departments"]}
    candidates = sorted(r for r in ctx.summary if ctx.user(r).program_id is None
                        and ctx.user(r).department not in exempt)
    if not candidates:
        return [], 0
    profile, off = _shared_profile(ctx)
    assert off is not None
    skip: set[int] = set()
    for ref in candidates:
        days = [cell for number, cell in profile.get(ref, {}).items() if number >= own_first]
        active = sum(1 for total, _ in days if total)
        off_days = sum(1 for _, n in days if n >= minimum)
        if active >= int(params["shift_min_days"]) and \
                off_days >= float(params["shift_share"]) * active:
            skip.add(ref)
    low, high = day_number(ctx.start), day_number(ctx.end)
    keep = [r for r in candidates if r not in skip
            and any(n >= minimum and low <= d <= high
                    for d, (_, n) in profile.get(r, {}).items())]
    if not keep:
        return [], 0
    hint = "INDEXED BY log_entries_user" if ctx.by_user else ""
    groups: dict[tuple[int, int], list[tuple[int, int, int | None]]] = defaultdict(list)
    for entry_id, ref, ts, cpr in ctx.query(
            f"SELECT e.id, e.user_ref, e.ts, e.cpr FROM log_entries AS e {hint} "
            f"WHERE {ctx.where} AND e.user_ref IN (SELECT value FROM json_each(?)) "
            f"AND {off.sql('e.ts')}", [*ctx.params, json.dumps(keep)]):
        groups[(ref, ctx.calendar.local_seconds(ts) // DAY)].append((ts, entry_id, cpr))
    groups = {k: v for k, v in groups.items() if len(v) >= minimum}
    ctx.load_cases({cpr for rows in groups.values() for _, _, cpr in rows if cpr is not None})
    found, explained = [], 0
    for ref, number in sorted(groups, key=lambda k: (ctx.user(k[0]).user_id, k[1])):
        rows = groups[(ref, number)]
        kept = [(ts, i) for ts, i, cpr in rows if not ctx.explained(ref, cpr, ts)]
        if len(kept) < minimum:
            explained += len(rows) - len(kept)
            continue
        explained += len(rows) - len(kept)
        user, day = ctx.user(ref), day_of(number)
        ids, capped = _capped(kept)
        first_ts, last_ts = min(kept)[0], max(kept)[0]
        kind, holiday = off.reason(number)
        args = {"user": user.user_id, "count": len(kept), "day": day.isoformat(),
                "first": ctx.calendar.wall(first_ts).strftime("%H:%M"),
                "last": ctx.calendar.wall(last_ts).strftime("%H:%M"),
                "start": params["start"], "end": params["end"], "holiday": holiday,
                "close": params["half_day_end"]}
        found.append(_finding(ctx, "off-hours", user.user_id, f"{user.user_id}|{day}",
                              _OFF_TEXTS[kind], args, ids, len(kept),
                              {"day": day.isoformat(), "count": len(kept), "reason": kind,
                               "holiday": holiday or None, "first": args["first"],
                               "last": args["last"], **capped}))
    return found, explained


_OFF_TEXTS = {
    "holiday": QT_TRANSLATE_NOOP("ReviewRules", "{user} made {count} lookups on {day}, a public "
                                 "holiday ({holiday}), between {first} and {last}."),
    "closed": QT_TRANSLATE_NOOP("ReviewRules", "{user} made {count} lookups on {day}, a day the "
                                "offices are closed, between {first} and {last}."),
    "weekend": QT_TRANSLATE_NOOP("ReviewRules", "{user} made {count} lookups on {day}, a "
                                 "weekend day, between {first} and {last}."),
    "half-day": QT_TRANSLATE_NOOP("ReviewRules", "{user} made {count} lookups on {day} after "
                                  "{close}, when the offices close early, between {first} and "
                                  "{last}."),
    "hours": QT_TRANSLATE_NOOP("ReviewRules", "{user} made {count} lookups on {day} outside "
                               "working hours ({start}-{end}), between {first} and {last}."),
}


def _volume_spike(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """A user-day far above both the user's own normal and their department's (MEDIUM), one
    finding per user-day.

    Normal is the median of the lookups per active day over ``baseline_days`` (90) ending with
    the period; "far above" is more than median + ``k`` * 1.4826 * MAD, for the user's own days
    (when they have at least ``min_days`` = 5 active days) and for the pooled days of their
    department (users without one, and programs, are compared with all users), and at least
    ``ratio`` (3) times the larger median and ``min_count`` (25) lookups. ``k`` = 5 rather
    than the textbook 3.5: a municipality has some 200,000 user-days a quarter, and daily
    counts are skewed, so 3.5 would flag hundreds of ordinary busy days. Lookups a case of
    the user explains do not count. Not meaningful for a control of one person (skipped).
    """
    if ctx.scope.kind is ScopeKind.PERSON:
        return [], 0
    own_first = day_number(_baseline_start(ctx, int(params["baseline_days"])))
    shared, _ = _shared_profile(ctx)
    profile = {ref: {d: cell for d, cell in days.items() if d >= own_first}
               for ref, days in shared.items()}
    k, ratio, minimum = float(params["k"]), float(params["ratio"]), int(params["min_count"])
    pools: dict[str | None, list[int]] = defaultdict(list)
    for ref, days in profile.items():
        counts = [total for total, _ in days.values() if total]
        department = ctx.user(ref).department
        if department is not None:
            pools[department] += counts
        pools[None] += counts
    department_norm = {d: robust_threshold(v, k) for d, v in pools.items() if v}
    low, high = day_number(ctx.start), day_number(ctx.end)
    found, explained = [], 0
    for ref in sorted(ctx.summary, key=lambda r: ctx.user(r).user_id):
        days = profile.get(ref, {})
        counts = [total for total, _ in days.values() if total]
        if not counts:
            continue
        user = ctx.user(ref)
        own = robust_threshold(counts, k) if len(counts) >= int(params["min_days"]) else None
        norm = department_norm.get(user.department) or department_norm[None]

        def spike(n: int, own: tuple[float, float, float] | None = own,
                  norm: tuple[float, float, float] = norm) -> bool:
            centre = max(norm[0], own[0] if own else 0.0)
            return (n >= minimum and n > norm[2] and (own is None or n > own[2])
                    and n >= ratio * centre)

        for number in sorted(d for d in days if low <= d <= high):
            total = days[number][0]
            if not spike(total):
                continue
            ctx.guard()
            day = day_of(number)
            a, b = local_day_bounds(day, day)
            rows = [(int(ts), int(i), cpr) for i, ts, cpr in ctx.query(
                f"SELECT e.id, e.ts, e.cpr FROM log_entries AS e INDEXED BY log_entries_user "
                f"WHERE e.user_ref = ? AND e.ts >= ? AND e.ts < ? AND {ctx.where}",
                [ref, a, b, *ctx.params])]
            ctx.load_cases({cpr for _, _, cpr in rows if cpr is not None})
            kept = [(ts, i) for ts, i, cpr in rows if not ctx.explained(ref, cpr, ts)]
            if not spike(len(kept)):
                explained += len(rows) - len(kept)
                continue
            ids, capped = _capped(kept)
            department = user.employee.department if user.employee else ""
            facts = {"day": day.isoformat(), "count": len(kept),
                     "explained": len(rows) - len(kept),
                     "user_median": own[0] if own else None,
                     "user_mad": own[1] if own else None, "user_days": len(counts),
                     "department": department or None,
                     "department_median": norm[0], "department_mad": norm[1],
                     "threshold": round(max(norm[2], own[2] if own else 0.0,
                                            ratio * max(norm[0], own[0] if own else 0.0),
                                            minimum), 1)}
            template = QT_TRANSLATE_NOOP(
                "ReviewRules", "{user} made {count} lookups on {day}; its normal day has "
                "{own} (median of {days} active days) and a normal day in {department} has "
                "{norm}.") if own else QT_TRANSLATE_NOOP(
                "ReviewRules", "{user} made {count} lookups on {day}; a normal day in "
                "{department} has {norm}, and the user has too few active days ({days}) for "
                "a normal of its own.")
            found.append(_finding(
                ctx, "volume-spike", user.user_id, f"{user.user_id}|{day}", template,
                {"user": user.user_id, "count": len(kept), "day": day.isoformat(),
                 "own": _fmt(own[0]) if own else "", "days": len(counts),
                 "department": department or "-", "norm": _fmt(norm[0])},
                ids, len(kept), {**facts, **capped}))
    return found, explained


def _fmt(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


# -- popular-person ----------------------------------------------------------------------------


def _popular_person(ctx: _Context, params: Mapping[str, Any]) -> Result:
    """One CPR number looked up by at least ``min_users`` (6) different users within
    ``window_days`` (3) consecutive local days (MEDIUM), one finding per person and episode
    (overlapping windows merge).

    Why 6 in 3 days: in case work a citizen meets a handful of caseworkers (reception,
    caseworker, a specialist, payments), and a case explains most of them; six different users
    within three days without a case is what a person in the news looks like. Users whose case
    explains the lookup do not count, nor do programs. Distinct users are counted among the
    rows in scope (a control of one user sees only that user).

    How it stays fast: the user of a row is in neither index with the CPR number. First the
    CPR index alone (covering, no table reads) finds the persons with ``min_users`` rows
    within a window; when they are few, only their rows are read, exactly, with their cases.
    When the log is so dense that many persons qualify by rows (a caseworker looks the same
    citizen up again and again), :func:`_crowded_persons` counts distinct users and applies
    the cases in bulk instead.
    """
    need, width = int(params["min_users"]), int(params["window_days"])
    programs = sorted(u.ref for u in ctx.users.values() if u.program_id is not None)
    if all(ctx.user(ref).program_id is not None for ref in ctx.summary):
        return [], 0
    candidates: list[int] | None = None
    if ctx.scope.kind is ScopeKind.PERSON:
        candidates = [int(CprChecker().digits((ctx.scope.value or "").strip()) or 0)]
    elif ctx.scope.kind is ScopeKind.ALL and not ctx.programs_only:
        # The rows from local midnight width-1 days before a row up to it (an hour more, for
        # a DST change in between): every window of width days ends in such a stretch.
        local = ctx.calendar.sql_local("e.ts")
        since = f"e.ts - ({local} % {DAY}) - {(width - 1) * DAY + 3600}"
        candidates = sorted(int(r[0]) for r in ctx.query(
            f"SELECT DISTINCT e.cpr FROM log_entries AS e INDEXED BY log_entries_cpr "
            f"WHERE {ctx.where} AND e.cpr IS NOT NULL AND (SELECT count(*) FROM log_entries "
            f"AS b INDEXED BY log_entries_cpr WHERE b.cpr = e.cpr AND b.ts >= {since} "
            f"AND b.ts <= e.ts) >= {need} LIMIT {_POPULAR_FEW + 1}", ctx.params))
        if len(candidates) > _POPULAR_FEW:
            candidates = None
    if candidates is not None:
        return _popular_findings(ctx, candidates, need, width, programs, True)
    crowded, explained = _crowded_persons(ctx, need, width, programs)
    found, _ = _popular_findings(ctx, crowded, need, width, programs, False)
    return found, explained


#: Persons with enough rows in a window that are read one by one; more, and popular-person
#: counts distinct users in bulk instead.
_POPULAR_FEW = 5_000
#: Rows in scope per pass of :func:`_crowded_persons` over the CPR numbers: bounds its memory
#: to some 100 MB of packed integers.
_POPULAR_PASS_ROWS = 1_000_000
#: Bits of an SQLite integer that a packed (person, day, user) may use (a 64-bit integer,
#: kept positive with room to spare); longer periods or more users fall back to tuples.
_PACK_BITS = 62


def _crowded_persons(ctx: _Context, need: int, width: int, programs: Sequence[int]
                     ) -> tuple[list[int], int]:
    """The persons with *need* distinct users whose lookups no case explains within *width*
    consecutive days, counted by users rather than rows; and the rows explained by a case in
    the windows that would have been crowded without the cases.

    One scan of the rows in scope (sequential pages; with more than
    :data:`_POPULAR_PASS_ROWS` rows, one pass per share of the CPR numbers, so memory stays
    bounded) counts the rows per (person, day, user) as packed integers; sorted, they give each
    person's users day by day for a sliding window. Cases are matched per (person, user) in
    the same pass.
    """
    first_day = day_number(ctx.start)
    day_bits = max(1, (day_number(ctx.end) - first_day).bit_length())
    user_bits = max(1, max(ctx.users, default=1).bit_length())
    local = ctx.calendar.sql_local("e.ts")
    day = f"(({local}) / {DAY} - {first_day})"
    packed = 32 + day_bits + user_bits <= _PACK_BITS  # CPR numbers are below 2**32
    columns = (f"(e.cpr << {day_bits + user_bits}) | ({day} << {user_bits}) | e.user_ref"
               if packed else f"e.cpr, {day}, e.user_ref")
    hint = "NOT INDEXED" if ctx.scope.kind is ScopeKind.ALL and not ctx.programs_only else (
        "INDEXED BY log_entries_user" if ctx.by_user else "")
    passes = max(1, -(-ctx.entries_in_scope // _POPULAR_PASS_ROWS))
    found: list[int] = []
    explained = 0
    for part in range(passes):
        ctx.guard()
        split = f" AND e.cpr % {passes} = {part}" if passes > 1 else ""
        sql = (f"SELECT {columns} FROM log_entries AS e {hint} WHERE {ctx.where} "
               f"AND e.cpr IS NOT NULL AND e.user_ref NOT IN (SELECT value FROM json_each(?))"
               f"{split}")
        params = [*ctx.params, json.dumps(programs)]
        with ctx.guard.running():
            # Plain ints (packed): no row tuple outlives its fetch, nothing for the GC.
            counted: Counter[Any] = Counter(
                map(_FIRST, ctx.conn.execute(sql, params)) if packed
                else ctx.conn.execute(sql, params))
        crowded: dict[int, list[tuple[int, int, int]]] = {}
        for cpr, rows in _per_person(counted, packed, day_bits, user_bits):
            if len(rows) >= need and len({u for _, u, _ in rows}) >= need \
                    and _crowded([(d, u) for d, u, _ in rows], need, width):
                crowded[cpr] = rows
        del counted
        # Cases only for the few crowded persons (a case file may hold every citizen).
        ctx.load_cases(crowded)
        for cpr, rows in crowded.items():
            kept, dropped = [], []
            for d, u, n in rows:
                if ctx.explained_on(u, cpr, day_of(first_day + d)):
                    dropped.append((d, u, n))
                else:
                    kept.append((d, u))
            if dropped:
                per_day: dict[int, set[int]] = defaultdict(set)
                for d, u, _ in rows:
                    per_day[d].add(u)
                for low, high in episodes(per_day, need, width):
                    explained += sum(n for d, _, n in dropped if low <= d <= high)
            if _crowded(kept, need, width):
                found.append(cpr)
    return sorted(found), explained


def _per_person(counted: Mapping[Any, int], packed: bool, day_bits: int, user_bits: int
                ) -> Iterator[tuple[int, list[tuple[int, int, int]]]]:
    """(cpr, [(day, user, rows)]) in CPR and day order from the counted triples."""
    if packed:
        shift, day_mask, user_mask = day_bits + user_bits, (1 << day_bits) - 1, \
            (1 << user_bits) - 1
        for cpr, keys in itertools.groupby(sorted(counted), key=lambda k: k >> shift):
            yield cpr, [((k >> user_bits) & day_mask, k & user_mask, counted[k]) for k in keys]
    else:
        for cpr, keys in itertools.groupby(sorted(counted), key=_FIRST):
            yield cpr, [(d, u, counted[(c, d, u)]) for c, d, u in keys]


def _crowded(days: Sequence[tuple[int, int]], need: int, width: int) -> bool:
    """Whether (day, user) pairs, in day order, have *need* users within *width* days."""
    users: Counter[int] = Counter()
    left = 0
    for day, user in days:
        users[user] += 1
        while days[left][0] <= day - width:
            gone = days[left][1]
            users[gone] -= 1
            if not users[gone]:
                del users[gone]
            left += 1
        if len(users) >= need:
            return True
    return False


def _popular_findings(ctx: _Context, persons: Sequence[int], need: int, width: int,
                      programs: Sequence[int], count_explained: bool) -> Result:
    """The exact check of the candidate persons: their rows in scope (the CPR index), without
    programs and explained rows, grouped into episodes of crowded days."""
    rows_of: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for i in range(0, len(persons), _BATCH):
        for entry_id, ts, ref, cpr in ctx.query(
                f"SELECT e.id, e.ts, e.user_ref, e.cpr FROM log_entries AS e "
                f"INDEXED BY log_entries_cpr WHERE {ctx.where} AND e.cpr IS NOT NULL AND "
                f"e.cpr IN (SELECT value FROM json_each(?)) "
                f"AND e.user_ref NOT IN (SELECT value FROM json_each(?))",
                [*ctx.params, json.dumps(persons[i:i + _BATCH]), json.dumps(programs)]):
            rows_of[cpr].append((ts, entry_id, ref))
    ctx.load_cases(rows_of)
    found_episodes: list[tuple[int, list[tuple[int, int, int]]]] = []
    explained = 0
    for cpr in sorted(rows_of):
        rows = sorted(rows_of[cpr])
        kept = [r for r in rows if not ctx.explained(r[2], cpr, r[0])]
        if count_explained and len(kept) < len(rows):
            for low, high in _day_episodes(ctx, rows, need, width):
                explained += sum(1 for r in rows if low <= ctx.day(r[0]) <= high
                                 and ctx.explained(r[2], cpr, r[0]))
        for low, high in _day_episodes(ctx, kept, need, width):
            found_episodes.append((cpr, [r for r in kept if low <= ctx.day(r[0]) <= high]))
    masks: dict[str, list[int]] = defaultdict(list)
    for cpr in sorted({c for c, _ in found_episodes}):
        masks[mask_cpr(format_cpr(cpr) or "")].append(cpr)
    found = []
    for cpr, episode in found_episodes:
        masked = mask_cpr(format_cpr(cpr) or "")
        number = masks[masked].index(cpr) + 1
        users = sorted({ctx.user(ref).user_id for _, _, ref in episode})
        ids, capped = _capped([(ts, i) for ts, i, _ in episode])
        first, last = episode[0][0], episode[-1][0]
        found.append(_finding(
            ctx, "popular-person", None, f"{masked}#{number}|{ctx.day(first).isoformat()}",
            QT_TRANSLATE_NOOP("ReviewRules", "{users} different users looked up the person "
                              "{cpr} {count} times from {first} to {last} ({window} or more "
                              "users within {days} days is unusual): {names}."),
            {"users": len(users), "cpr": masked, "count": len(episode),
             "first": ctx.stamp(first), "last": ctx.stamp(last), "window": need,
             "days": width, "names": ", ".join(users)},
            ids, len(episode), {"cpr": masked, "users": users, "count": len(episode),
                                "first": ctx.stamp(first), "last": ctx.stamp(last),
                                **capped}))
    return found, explained


def _day_episodes(ctx: _Context, rows: Sequence[tuple[int, int, int]], need: int,
                  width: int) -> list[tuple[date, date]]:
    users: dict[int, set[int]] = defaultdict(set)
    for ts, _, ref in rows:
        users[day_number(ctx.day(ts))].add(ref)
    return [(day_of(a), day_of(b)) for a, b in episodes(users, need, width)]


# -- running them ----------------------------------------------------------------------------

#: What rules compute once and share (``_Context.memo``), and which rules use it.
_SHARED: dict[str, frozenset[str]] = {
    "grants": frozenset({"outside-authorisation", "out-of-scope-transaction"}),
    "employee-lookups": frozenset({"self-lookup", "colleague-lookup"}),
    "profile": frozenset({"volume-spike", "off-hours"}),
}

_RUNNERS: dict[str, Callable[[_Context, Mapping[str, Any]], Result]] = {
    "unknown-user": _unknown_user,
    "outside-authorisation": _outside_authorisation,
    "locked-user-activity": _locked_user_activity,
    "self-lookup": _self_lookup,
    "watchlist": _watchlist,
    "out-of-scope-transaction": _out_of_scope_transaction,
    "colleague-lookup": _colleague_lookup,
    "volume-spike": _volume_spike,
    "popular-person": _popular_person,
    "off-hours": _off_hours,
}


def run_rules(conn: Connection, *, start: date, end: date, scope: Scope = ALL,
              programs_only: bool = False,
              rules: Mapping[str, Mapping[str, Any]] | None = None,
              progress: Callable[[int, int], object] | None = None,
              check_cancel: Callable[[], object] | None = None) -> RuleRun:
    """Run the review rules over the rows in scope (see :func:`scope_filter`).

    *rules*: None runs every rule with its defaults; otherwise only the named rules, each with
    its parameter overrides merged on the defaults (an unknown rule or parameter, or a bad
    value, is a ``ValidationError``). *progress* gets (rules done, rules total) after each
    rule; *check_cancel* is called between rules and while SQLite works, and may raise to
    cancel. Only reads: the caller stores what it needs. Deterministic: the same vault content
    and arguments give the same findings in the same order.
    """
    chosen = _parameters(rules)
    guard = _Guard(conn, check_cancel)
    guard()
    ctx = _Context(conn, start, end, scope, programs_only, guard)
    ctx.chosen = chosen
    findings: list[Finding] = []
    explained: dict[str, int] = {}
    total = len(chosen)
    pending = list(chosen)
    for done, (rule, params) in enumerate(chosen.items(), start=1):
        guard()
        if ctx.entries_in_scope:
            found, suppressed = _RUNNERS[rule](ctx, params)
        else:
            found, suppressed = [], 0
        findings += found
        explained[rule] = suppressed
        pending.remove(rule)
        for key, users in _SHARED.items():  # free what no later rule needs (10M rows: MBs)
            if key in ctx.memo and not users.intersection(pending):
                del ctx.memo[key]
        if progress is not None:
            progress(done, total)
    order = {rule: i for i, rule in enumerate(RULES)}
    findings.sort(key=lambda f: (-int(f.severity), order[f.rule], f.key))
    return RuleRun(
        findings=findings,
        parameters={rule: {"version": RULES[rule].version, "params": params}
                    for rule, params in chosen.items()},
        entries_in_scope=ctx.entries_in_scope, explained=explained)


__all__ = [
    "MAX_ENTRIES",
    "RULES",
    "SEVERITIES",
    "RuleRun",
    "RuleSpec",
    "default_parameters",
    "run_rules",
    "scope_filter",
]
