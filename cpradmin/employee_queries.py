"""The employee list as SQL: search, filters, sorting and pages, for 10,000+ employees.

The list view holds only the ordered ids of what matches (``ids``) and asks for the rows of
one page at a time (``rows``); a page costs three indexed queries whatever its size (no query
per employee). The full CPR number never leaves SQLite here: rows carry ``DDMMYY-XXXX``,
masked by the query itself, and a CPR search compares inside the database.

Danish text. SQLite's ``NOCASE`` and ``LIKE`` fold only ASCII, and its byte order puts
Å < Æ < Ø and every lower-case æøå after every capital. So:

* searching registers ``da_fold`` (``str.casefold``) on the connection and uses it for
  search words with non-ASCII letters only ("øster" finds "Østergaard"); plain ASCII words
  use SQLite's own ``LIKE``, as correct for them and all in C;
* ordering uses ``danish_key``: case-folded, accents removed, æ/ä < ø/ö < å after z, ü as y,
  and "aa" as å, as Danish dictionaries and ICU's ``da`` collation do ("Aagaard" sorts
  with "Ågård", after "Østergaard").

Where the order is made. SQL selects the matching ids with their sort value (one flat scan,
no ORDER BY) and Python orders them with a cached ``danish_key``, on the vault's worker.
Measured on 10,000 employees (``bench/bench_employee_view.py``): ``ORDER BY da_key(name)``
calls back into Python 10,000 times and runs SQLite's sorter, 14 ms, and 35-70 ms once the
vault's ``cipher_memory_security`` has to lock and wipe the sorter's memory; a correlated
subquery per employee (earliest expiry, first user ID) took 600 ms under it. The flat
select plus a Python sort takes 5-25 ms either way. The model never sorts rows itself: a
click on a header asks this module for the ids again.

Nothing here imports Qt; the module works on any DB-API connection with ``create_function``
(the vault's SQLCipher one, or stdlib ``sqlite3`` for the benchmark's baseline).
"""

from __future__ import annotations

import enum
import functools
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from cpradmin import registers
from cpradmin.dashboard import EXPIRY_WARNING_DAYS
from cpradmin.models.cpr import mask_cpr
from cpradmin.models.dates import date_or_none
from cpradmin.models.registers import SENSITIVE_PROFILES, Authorisation, UserId
from cpradmin.models.storage.connection import Connection

# An authorisation expiring within EXPIRY_WARNING_DAYS needs attention: the dashboard's rule.


class Queryable(Protocol):
    """What this module needs of a connection (SQLCipher's or stdlib sqlite3's)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def create_function(self, name: str, narg: int, func: Callable[..., Any] | None, *,
                        deterministic: bool = ...) -> None: ...


class Status(enum.StrEnum):
    ALL = "all"
    ACTIVE = "active"  # at least one authorisation in force today
    LEFT = "left"  # employed_to before today
    ATTENTION = "attention"  # an authorisation expiring soon, expired but not revoked, or open


@dataclass(frozen=True)
class EmployeeFilter:
    """What the officer typed and picked; the default matches every employee."""

    text: str = ""
    department: str | None = None
    status: Status = Status.ALL


class EmployeeFlag(enum.Flag):
    NONE = 0
    LEFT = enum.auto()
    EXPIRING = enum.auto()  # not revoked, expires within EXPIRY_WARNING_DAYS
    NO_EXPIRY = enum.auto()  # not revoked, no expiry date (legacy imports)
    EXPIRED_ACTIVE = enum.auto()  # expired, yet never revoked
    SENSITIVE = enum.auto()  # an authorisation in force has profile 127 or 200
    ACTIVE = enum.auto()  # an authorisation is in force today (with LEFT: a leaver with access)


ATTENTION = EmployeeFlag.EXPIRING | EmployeeFlag.NO_EXPIRY | EmployeeFlag.EXPIRED_ACTIVE


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the list. Holds the masked CPR only, so no widget can leak the number."""

    id: int
    name: str
    initials: str
    department: str
    cpr_masked: str
    email: str
    user_ids: str
    earliest_expiry: date | None  # of the authorisations in force today
    employed_to: date | None
    trained_on: date | None
    acknowledged_on: date | None
    flags: EmployeeFlag


# -- Danish text ------------------------------------------------------------------------------

# Placeholders just after "z" in ASCII, so plain string order is Danish order.
_DANISH_LETTERS = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y"})


def danish_key(text: str | None) -> str:
    """Sort key in Danish alphabetical order (see the module docstring)."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFC", text).casefold().replace("aa", "å")
    folded = folded.translate(_DANISH_LETTERS)
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold(text: str | None) -> str:
    return text.casefold() if text else ""


# Names, departments and initials repeat from one sort to the next: computing their keys
# once makes re-sorting 10,000 rows a matter of milliseconds.
_cached_key = functools.lru_cache(maxsize=32_768)(danish_key)
_FUNCTIONS: tuple[tuple[str, Callable[[str | None], str]], ...] = (("da_fold", _fold),)


def register_functions(conn: Queryable) -> None:
    """Add the SQL functions the search needs; ``_execute`` does it on first use."""
    for name, func in _FUNCTIONS:
        conn.create_function(name, 1, func, deterministic=True)


def _execute(conn: Queryable, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> Any:
    """Execute, registering ``da_fold`` the first time a connection lacks it.

    Registering on every call would be simpler, but SQLite refuses to replace a function
    while another statement of the connection is still stepping; on first use there is none.
    """
    try:
        return conn.execute(sql, params)
    except Exception as exc:
        if "no such function" not in str(exc):
            raise
    register_functions(conn)
    return conn.execute(sql, params)


# -- the WHERE clause -------------------------------------------------------------------------

_IN_FORCE = (
    "a.granted_on <= :today AND (a.expires_on IS NULL OR a.expires_on >= :today) "
    "AND (a.revoked_on IS NULL OR a.revoked_on > :today)"
)
_ATTENTION = "a.revoked_on IS NULL AND (a.expires_on IS NULL OR a.expires_on <= :soon)"
_AUTHS_OF = "user_ids u JOIN authorisations a ON a.user_id_id = u.id"
# ``profiles`` is a JSON array of strings: '"127"' occurs in it only as a whole element.
# instr() on the text is ten times cheaper than json_each() per authorisation.
_SENSITIVE = " OR ".join(
    f"instr(a.profiles, '{json.dumps(code)}') > 0" for code in sorted(SENSITIVE_PROFILES)
)

#: Six digits and optionally the hyphen and up to four more: a CPR number or its start.
_CPR_PREFIX = re.compile(r"(\d{6})(?: ?-? ?(\d{0,4}))?")


def _like(term: str) -> str:
    """``%term%`` with LIKE's own wildcards escaped, so "50%" and "a_b" mean themselves."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def cpr_prefix(text: str) -> str | None:
    """The digits to look up if *text* looks like a CPR number or its first six digits."""
    match = _CPR_PREFIX.fullmatch(text.strip())
    if match is None:
        return None
    return match.group(1) + (match.group(2) or "")


def _where(flt: EmployeeFilter, today: date) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {
        "today": today.isoformat(),
        "soon": (today + timedelta(days=EXPIRY_WARNING_DAYS)).isoformat(),
    }
    clauses: list[str] = []
    text = flt.text.strip()
    whole_cpr = cpr_prefix(text)
    # Each word must match somewhere ("anne jobcenter"); a CPR typed with a space is one term.
    terms = [text] if whole_cpr else text.split()
    for number, term in enumerate(terms):
        key = f"t{number}"
        if term.isascii():
            params[key] = _like(term)
            columns = ("e.name", "e.initials", "e.department", "e.email")
        else:
            params[key] = _like(term.casefold())
            columns = ("da_fold(e.name)", "da_fold(e.initials)", "da_fold(e.department)",
                       "da_fold(e.email)")
        options = [f"{column} LIKE :{key} ESCAPE '\\'" for column in columns]
        options.append(
            "e.id IN (SELECT u.employee_id FROM user_ids u WHERE u.employee_id IS NOT NULL "
            f"AND u.user_id LIKE :{key} ESCAPE '\\')"
        )
        prefix = whole_cpr if number == 0 and whole_cpr else cpr_prefix(term)
        if prefix:
            # Digits sort before ':' in ASCII: a range on the stored 10 digits, no LIKE.
            params[f"{key}_lo"], params[f"{key}_hi"] = prefix, prefix + ":"
            options.append(f"(e.cpr >= :{key}_lo AND e.cpr < :{key}_hi)")
        clauses.append("(" + " OR ".join(options) + ")")
    if flt.department is not None:
        params["department"] = flt.department
        clauses.append("e.department = :department")
    if flt.status is Status.ACTIVE:
        clauses.append(f"e.id IN (SELECT u.employee_id FROM {_AUTHS_OF} WHERE {_IN_FORCE})")
    elif flt.status is Status.LEFT:
        clauses.append("e.employed_to < :today")
    elif flt.status is Status.ATTENTION:
        clauses.append(f"e.id IN (SELECT u.employee_id FROM {_AUTHS_OF} WHERE {_ATTENTION})")
    return (" AND ".join(clauses) or "1"), params


# -- sorting ----------------------------------------------------------------------------------

#: Sort keys on the employee's own columns: the SQL value over ``employees e``. Text is
#: ordered by ``danish_key``; dates are ISO text and order as stored.
SORT_KEYS: dict[str, str] = {
    "name": "e.name",
    "initials": "e.initials",
    "department": "e.department",
    "email": "e.email",
    "employed_to": "e.employed_to",
    "trained_on": "e.trained_on",
    "acknowledged_on": "e.acknowledged_on",
}
_TEXT_KEYS = frozenset({"name", "initials", "department", "email"})

#: Sort keys computed from other tables: one flat query of (employee id, value) pairs, the
#: lowest value per employee counts (user IDs are stored upper-case, dates as ISO text).
DERIVED_SORT_KEYS: dict[str, str] = {
    "user_ids": "SELECT u.employee_id, u.user_id FROM user_ids u "
                "WHERE u.employee_id IS NOT NULL",
    "expires": f"SELECT u.employee_id, a.expires_on FROM {_AUTHS_OF} "
               f"WHERE a.expires_on IS NOT NULL AND {_IN_FORCE}",
}


def _select_ids(where: str, sort_key: str) -> str:
    if sort_key in DERIVED_SORT_KEYS or sort_key == "name":
        return f"SELECT e.id, e.name FROM employees e WHERE {where}"
    column = SORT_KEYS.get(sort_key)
    if column is None:
        raise ValueError(f"unknown sort key {sort_key!r}")
    return f"SELECT e.id, e.name, {column} FROM employees e WHERE {where}"


def _ordered(matched: list[tuple[Any, ...]], value: Callable[[tuple[Any, ...]], Any],
             descending: bool) -> list[int]:
    """By *value* (empty values last either way), then by name, then by id (stable sorts)."""
    matched.sort(key=lambda r: (_cached_key(r[1]), r[0]))
    valued = [r for r in matched if value(r) not in (None, "")]
    valued.sort(key=value, reverse=descending)
    empty = [r for r in matched if value(r) in (None, "")]
    return [int(r[0]) for r in valued + empty]


# -- the queries ------------------------------------------------------------------------------


def departments(conn: Queryable) -> list[str]:
    """Departments in use, in Danish order, for the filter."""
    rows = _execute(conn, "SELECT DISTINCT department FROM employees WHERE department <> ''")
    return sorted((str(r[0]) for r in rows), key=lambda d: (danish_key(d), d))


def count(conn: Queryable, flt: EmployeeFilter, today: date) -> int:
    where, params = _where(flt, today)
    row = _execute(conn, f"SELECT count(*) FROM employees e WHERE {where}", params).fetchone()
    return int(row[0])


def ids(conn: Queryable, flt: EmployeeFilter, sort_key: str, descending: bool,
        today: date) -> list[int]:
    """Every matching id in display order: 10,000 ints are cheap to hold; rows are not."""
    where, params = _where(flt, today)
    matched = _execute(conn, _select_ids(where, sort_key), params).fetchall()
    if sort_key == "name":
        matched.sort(key=lambda r: r[0])  # ties by id, whichever way the names go
        matched.sort(key=lambda r: _cached_key(r[1]), reverse=descending)
        return [int(r[0]) for r in matched]
    if sort_key in DERIVED_SORT_KEYS:
        lowest: dict[int, str] = {}
        for employee_id, value in _execute(conn, DERIVED_SORT_KEYS[sort_key], params):
            if value and (employee_id not in lowest or value < lowest[employee_id]):
                lowest[employee_id] = value
        return _ordered(matched, lambda r: lowest.get(r[0]), descending)
    if sort_key in _TEXT_KEYS:
        return _ordered(matched, lambda r: _cached_key(r[2]), descending)
    return _ordered(matched, lambda r: r[2], descending)


_ROW_SQL = (
    "SELECT e.id, e.name, e.initials, e.department, "
    "CASE WHEN length(e.cpr) = 10 THEN substr(e.cpr, 1, 6) || '-XXXX' "
    "WHEN coalesce(e.cpr, '') = '' THEN '' ELSE 'XXXXXX-XXXX' END, "
    "e.email, e.employed_to, e.trained_on, e.acknowledged_on "
    "FROM employees e WHERE e.id IN (SELECT value FROM json_each(:ids))"
)
_USER_IDS_SQL = (
    "SELECT u.employee_id, u.user_id FROM user_ids u "
    "WHERE u.employee_id IN (SELECT value FROM json_each(:ids))"
)
# One row per authorisation, the flags are worked out below: a GROUP BY with six aggregates
# cost five times as much (10 ms a page under cipher_memory_security, against 2 ms).
_AUTHS_SQL = (
    f"SELECT u.employee_id, a.granted_on, a.expires_on, a.revoked_on, ({_SENSITIVE}) "
    f"FROM {_AUTHS_OF} WHERE u.employee_id IN (SELECT value FROM json_each(:ids))"
)


def _authorisation_flags(granted: str, expires: str | None, revoked: str | None,
                         sensitive: int, day: str, soon: str) -> EmployeeFlag:
    """The flags one authorisation gives its holder; ISO dates compare as text.

    In force as ``Authorisation.in_force`` (and ``_IN_FORCE`` above); expiring, open-ended
    and expired-but-active as the dashboard counts them (not revoked).
    """
    flags = EmployeeFlag.NONE
    in_force = (granted <= day and (expires is None or expires >= day)
                and (revoked is None or revoked > day))
    if in_force:
        flags |= EmployeeFlag.ACTIVE
        if sensitive:
            flags |= EmployeeFlag.SENSITIVE
    if revoked is None:
        if expires is None:
            flags |= EmployeeFlag.NO_EXPIRY
        elif expires < day:
            flags |= EmployeeFlag.EXPIRED_ACTIVE
        elif expires <= soon:
            flags |= EmployeeFlag.EXPIRING
    return flags


def rows(conn: Queryable, wanted: Sequence[int], today: date) -> dict[int, EmployeeRow]:
    """The rows of one page, by id: three queries whatever the page size.

    The ids go in as one JSON array, so the statements stay the same text (and prepared)
    for every page size, and no page can exceed SQLite's limit on bound variables.
    """
    if not wanted:
        return {}
    day = today.isoformat()
    soon = (today + timedelta(days=EXPIRY_WARNING_DAYS)).isoformat()
    params = {"ids": json.dumps([int(i) for i in wanted])}
    user_ids: dict[int, list[str]] = {}
    for employee_id, user_id in _execute(conn, _USER_IDS_SQL, params):
        user_ids.setdefault(int(employee_id), []).append(str(user_id))
    flags_of: dict[int, EmployeeFlag] = {}
    earliest_of: dict[int, str] = {}
    for employee_id, granted, expires, revoked, sensitive in _execute(conn, _AUTHS_SQL, params):
        flags = _authorisation_flags(granted, expires, revoked, sensitive, day, soon)
        flags_of[employee_id] = flags_of.get(employee_id, EmployeeFlag.NONE) | flags
        if expires and EmployeeFlag.ACTIVE in flags and (
                employee_id not in earliest_of or expires < earliest_of[employee_id]):
            earliest_of[employee_id] = expires
    found: dict[int, EmployeeRow] = {}
    for (id_, name, initials, department, masked, email, employed_to, trained,
         acknowledged) in _execute(conn, _ROW_SQL, params):
        flags = flags_of.get(id_, EmployeeFlag.NONE)
        if employed_to and employed_to < day:
            flags |= EmployeeFlag.LEFT
        found[int(id_)] = EmployeeRow(
            id=int(id_), name=name, initials=initials, department=department,
            cpr_masked=masked, email=email,
            user_ids=", ".join(sorted(user_ids.get(int(id_), ()))),
            earliest_expiry=date_or_none(earliest_of.get(id_)),
            employed_to=date_or_none(employed_to),
            trained_on=date_or_none(trained), acknowledged_on=date_or_none(acknowledged),
            flags=flags,
        )
    return found


def query_plans(conn: Queryable, flt: EmployeeFilter, sort_key: str,
                today: date) -> dict[str, list[str]]:
    """``EXPLAIN QUERY PLAN`` of each statement the list runs: for tests and the benchmark."""
    where, params = _where(flt, today)
    statements: dict[str, tuple[str, Mapping[str, Any]]] = {
        "ids": (_select_ids(where, sort_key), params),
        "rows": (_ROW_SQL, {"ids": "[1]"}),
        "user_ids": (_USER_IDS_SQL, {"ids": "[1]"}),
        "authorisations": (_AUTHS_SQL, {"ids": "[1]"}),
    }
    if sort_key in DERIVED_SORT_KEYS:
        statements["sort_values"] = (DERIVED_SORT_KEYS[sort_key], params)
    return {
        name: [str(r[-1]) for r in _execute(conn, f"EXPLAIN QUERY PLAN {sql}", p)]
        for name, (sql, p) in statements.items()
    }


# -- one employee, for the detail panel --------------------------------------------------------


@dataclass(frozen=True)
class UserIdDetail:
    user_id: UserId
    authorisations: tuple[Authorisation, ...]


@dataclass(frozen=True)
class EmployeeDetail:
    """An employee as the detail panel and the edit form see it: the CPR number masked.

    The full number stays in the vault; revealing it is a separate, logged call
    (``registers.reveal_cpr``), and saving an edit re-reads it on the worker.
    """

    id: int
    name: str
    initials: str
    department: str
    cpr_masked: str
    email: str
    employed_from: date | None
    employed_to: date | None
    notes: str
    trained_on: date | None
    acknowledged_on: date | None
    user_ids: tuple[UserIdDetail, ...]


def detail(conn: Connection, employee_id: int) -> EmployeeDetail:
    """The employee, their user IDs and every authorisation of each (revoked ones too)."""
    employee = registers.get_employee(conn, employee_id)
    user_ids = tuple(
        UserIdDetail(uid, tuple(registers.authorisations_of(conn, uid.id)))
        for uid in registers.user_ids_of(conn, employee_id)
    )
    return EmployeeDetail(
        id=employee.id, name=employee.name, initials=employee.initials,
        department=employee.department,
        cpr_masked=mask_cpr(employee.cpr) if employee.cpr else "", email=employee.email,
        employed_from=employee.employed_from, employed_to=employee.employed_to,
        notes=employee.notes, trained_on=employee.trained_on,
        acknowledged_on=employee.acknowledged_on, user_ids=user_ids,
    )
