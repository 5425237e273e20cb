"""The registers: employees, programs, CPR user IDs and their authorisations.

Every change goes through ``Vault.change`` so it lands in the audit trail with its before and
after (CPR numbers masked). Authorisations are never overwritten: a change bumps the version
and appends an event with a snapshot, who and why; revoking keeps the row.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any

from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError, error
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import mask_cpr, parse_cpr, redact_cpr
from cpradmin.models.dates import date_or_none, iso_or_none
from cpradmin.models.registers import Authorisation, Employee, Program, UserId
from cpradmin.models.storage.connection import Connection
from cpradmin.vault import Vault

EMPLOYEE_COLUMNS = (
    "id, name, initials, department, cpr, email, employed_from, employed_to, notes, "
    "trained_on, acknowledged_on"
)
AUTH_COLUMNS = (
    "id, user_id_id, granted_on, expires_on, purpose, case_number, transaction_types, "
    "profiles, granted_by, revoked_on, revoked_reason, version"
)
_EMPLOYEE_FIELDS = ("name", "initials", "department", "cpr", "email", "employed_from",
                    "employed_to", "notes", "trained_on", "acknowledged_on")
_DATE_FIELDS = frozenset({"employed_from", "employed_to", "trained_on", "acknowledged_on"})


def employee_from_row(row: tuple[Any, ...]) -> Employee:
    (id_, name, initials, department, cpr, email, start, end, notes, trained, ack) = row
    return Employee(
        id=int(id_), name=name, initials=initials, department=department, cpr=cpr, email=email,
        employed_from=date_or_none(start), employed_to=date_or_none(end), notes=notes,
        trained_on=date_or_none(trained), acknowledged_on=date_or_none(ack),
    )


def authorisation_from_row(row: tuple[Any, ...]) -> Authorisation:
    (id_, uid, granted, expires, purpose, case, types, profiles, by, revoked, why, ver) = row
    return Authorisation(
        id=int(id_), user_id_id=int(uid), granted_on=date.fromisoformat(granted),
        expires_on=date_or_none(expires), purpose=purpose, case_number=case,
        transaction_types=tuple(json.loads(types)), profiles=tuple(json.loads(profiles)),
        granted_by=by, revoked_on=date_or_none(revoked), revoked_reason=why, version=int(ver),
    )


def _public(record: Any) -> dict[str, Any]:
    """A record as the audit trail sees it: dates as text, the CPR number masked."""
    out: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if f.name == "cpr":
            value = mask_cpr(value) if value else None
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


def _diff(before: Any, after: Any) -> dict[str, Any]:
    old, new = _public(before), _public(after)
    changed = [key for key in new if old.get(key) != new.get(key)]
    return {"before": {k: old[k] for k in changed}, "after": {k: new[k] for k in changed}}


def _one_newline(text: str) -> str:
    """Line breaks as ``\n``: spreadsheets and XML writers disagree about ``\r\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_cpr(text: str | None) -> str | None:
    """Validated digits or None; a failed modulus-11 check is accepted (only a warning)."""
    if text is None or not str(text).strip():
        return None
    return parse_cpr(str(text)).digits


# -- employees -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmployeeInput:
    """What a form or an import row supplies for an employee."""

    name: str
    initials: str = ""
    department: str = ""
    cpr: str | None = None
    email: str = ""
    employed_from: date | None = None
    employed_to: date | None = None
    notes: str = ""
    trained_on: date | None = None
    acknowledged_on: date | None = None

    def validated(self) -> EmployeeInput:
        name = self.name.strip()
        if not name:
            raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "The name is required."))
        if self.employed_from and self.employed_to and self.employed_to < self.employed_from:
            raise error(
                ValidationError,
                QT_TRANSLATE_NOOP("Errors", "The employment ends before it starts."),
            )
        return replace(
            self, name=name, initials=self.initials.strip().upper(),
            department=self.department.strip(), cpr=normalise_cpr(self.cpr),
            email=self.email.strip(), notes=_one_newline(self.notes).strip(),
        )


def _employee_values(data: EmployeeInput) -> list[Any]:
    return [iso_or_none(v) if k in _DATE_FIELDS else v
            for k, v in ((k, getattr(data, k)) for k in _EMPLOYEE_FIELDS)]


def add_employee(vault: Vault, data: EmployeeInput) -> Employee:
    vault.require(Permission.EDIT_RECORDS)
    data = data.validated()
    now = vault.clock.now().isoformat()
    with vault.change("employee-created", None) as conn:
        cursor = conn.execute(
            f"INSERT INTO employees ({', '.join(_EMPLOYEE_FIELDS)}, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(_EMPLOYEE_FIELDS))}, ?, ?)",
            (*_employee_values(data), now, now),
        )
        employee = get_employee(conn, int(cursor.lastrowid or 0))
        vault.describe(f"employee:{employee.id}", {"after": _public(employee)})
    return employee


def update_employee(vault: Vault, employee_id: int, data: EmployeeInput) -> Employee:
    vault.require(Permission.EDIT_RECORDS)
    data = data.validated()
    before = get_employee(vault.db, employee_id)
    assignments = ", ".join(f"{k} = ?" for k in _EMPLOYEE_FIELDS)
    with vault.change("employee-changed", f"employee:{employee_id}") as conn:
        conn.execute(
            f"UPDATE employees SET {assignments}, updated_at = ? WHERE id = ?",
            (*_employee_values(data), vault.clock.now().isoformat(), employee_id),
        )
        after = get_employee(conn, employee_id)
        vault.describe(f"employee:{employee_id}", _diff(before, after))
    return after


def get_employee(conn: Connection, employee_id: int) -> Employee:
    row = conn.execute(
        f"SELECT {EMPLOYEE_COLUMNS} FROM employees WHERE id = ?", (employee_id,)
    ).fetchone()
    if row is None:
        raise error(
            ValidationError, QT_TRANSLATE_NOOP("Errors", "No employee with id {id}."),
            id=employee_id,
        )
    return employee_from_row(row)


def find_employee(conn: Connection, *, initials: str = "", cpr: str | None = None,
                  name: str = "") -> Employee | None:
    """The employee an import row means: by CPR number, else initials, else exact name."""
    for column, value in (("cpr", cpr), ("initials", initials.strip().upper()),
                          ("name", name.strip())):
        if value:
            rows = conn.execute(
                f"SELECT {EMPLOYEE_COLUMNS} FROM employees WHERE {column} = ? "
                "COLLATE NOCASE LIMIT 2", (value,),
            ).fetchall()
            if len(rows) == 1:
                return employee_from_row(rows[0])
    return None


def reveal_cpr(vault: Vault, employee_id: int) -> str:
    """The full CPR number, for the screen only; every reveal is in the audit trail."""
    vault.require(Permission.READ)
    employee = get_employee(vault.db, employee_id)
    if not employee.cpr:
        return ""
    vault.record("cpr-revealed", f"employee:{employee_id}")
    return parse_cpr(employee.cpr).formatted


def record_training(vault: Vault, employee_id: int, *, trained_on: date | None = None,
                    acknowledged_on: date | None = None) -> Employee:
    """Date of CPR training and/or of acknowledging the internal regulations."""
    before = get_employee(vault.db, employee_id)
    data = EmployeeInput(**{k: getattr(before, k) for k in _EMPLOYEE_FIELDS})
    data = replace(
        data,
        trained_on=trained_on or before.trained_on,
        acknowledged_on=acknowledged_on or before.acknowledged_on,
    )
    return update_employee(vault, employee_id, data)


# -- programs and user IDs -------------------------------------------------------------------


def add_program(vault: Vault, *, name: str, responsible_id: int | None = None,
                supplier: str = "", purpose: str = "", system_user_id: str = "") -> Program:
    """A system-to-system program, with its system user ID when given (one transaction)."""
    vault.require(Permission.EDIT_RECORDS)
    name = name.strip()
    if not name:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "The name is required."))
    if vault.db.execute("SELECT 1 FROM programs WHERE name = ?", (name,)).fetchone():
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "A program named {name} is already registered."),
            name=name,
        )
    system_user_id = system_user_id.strip().upper()
    if system_user_id and get_user_id(vault.db, system_user_id) is not None:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "The user ID {user_id} is already registered."),
            user_id=system_user_id,
        )
    now = vault.clock.now().isoformat()
    with vault.change("program-created") as conn:
        cursor = conn.execute(
            "INSERT INTO programs (name, responsible_id, supplier, purpose, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (name, responsible_id, supplier.strip(), redact_cpr(purpose.strip()), now, now),
        )
        program = Program(int(cursor.lastrowid or 0), name, responsible_id,
                          supplier.strip(), redact_cpr(purpose.strip()))
        if system_user_id:
            conn.execute(
                "INSERT INTO user_ids (user_id, program_id, created_at) VALUES (?, ?, ?)",
                (system_user_id, program.id, now),
            )
        vault.describe(f"program:{program.id}",
                       {"after": asdict(program), "system_user_id": system_user_id or None})
    return program


def list_programs(conn: Connection) -> list[Program]:
    rows = conn.execute(
        "SELECT id, name, responsible_id, supplier, purpose FROM programs ORDER BY name"
    )
    return [Program(*row) for row in rows]


def add_user_id(vault: Vault, user_id: str, *, employee_id: int | None = None,
                program_id: int | None = None) -> UserId:
    """A CPR user ID belongs to exactly one employee or one system-to-system program."""
    vault.require(Permission.EDIT_RECORDS)
    user_id = user_id.strip().upper()
    if not user_id:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "The user ID is required."))
    if (employee_id is None) == (program_id is None):
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP(
                "Errors", "A user ID belongs to one employee or to one system-to-system program."
            ),
        )
    if get_user_id(vault.db, user_id) is not None:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "The user ID {user_id} is already registered."),
            user_id=user_id,
        )
    with vault.change("user-id-created") as conn:
        cursor = conn.execute(
            "INSERT INTO user_ids (user_id, employee_id, program_id, created_at) "
            "VALUES (?, ?, ?, ?)",
            (user_id, employee_id, program_id, vault.clock.now().isoformat()),
        )
        record = UserId(int(cursor.lastrowid or 0), user_id, employee_id, program_id)
        vault.describe(f"user-id:{user_id}", {"after": asdict(record)})
    return record


def get_user_id(conn: Connection, user_id: str) -> UserId | None:
    row = conn.execute(
        "SELECT id, user_id, employee_id, program_id, locked FROM user_ids WHERE user_id = ?",
        (user_id.strip().upper(),),
    ).fetchone()
    return UserId(row[0], row[1], row[2], row[3], bool(row[4])) if row else None


def user_ids_of(conn: Connection, employee_id: int) -> list[UserId]:
    rows = conn.execute(
        "SELECT id, user_id, employee_id, program_id, locked FROM user_ids "
        "WHERE employee_id = ? ORDER BY user_id", (employee_id,),
    )
    return [UserId(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


# -- authorisations --------------------------------------------------------------------------


@dataclass(frozen=True)
class AuthorisationInput:
    granted_on: date
    expires_on: date | None
    purpose: str = ""
    case_number: str = ""
    transaction_types: tuple[str, ...] = ()
    profiles: tuple[str, ...] = ()
    granted_by: str = ""

    def validated(self) -> AuthorisationInput:
        if self.expires_on is not None and self.expires_on < self.granted_on:
            raise error(
                ValidationError,
                QT_TRANSLATE_NOOP("Errors", "The authorisation expires before it is granted."),
            )
        return replace(
            self, purpose=self.purpose.strip(), case_number=self.case_number.strip(),
            transaction_types=tuple(dict.fromkeys(t.strip().upper() for t in
                                                  self.transaction_types if t.strip())),
            profiles=tuple(dict.fromkeys(p.strip() for p in self.profiles if p.strip())),
            granted_by=self.granted_by.strip(),
        )

    def row(self) -> tuple[Any, ...]:
        return (self.granted_on.isoformat(), iso_or_none(self.expires_on), self.purpose,
                self.case_number, json.dumps(list(self.transaction_types)),
                json.dumps(list(self.profiles)), self.granted_by)


def get_authorisation(conn: Connection, authorisation_id: int) -> Authorisation:
    row = conn.execute(
        f"SELECT {AUTH_COLUMNS} FROM authorisations WHERE id = ?", (authorisation_id,)
    ).fetchone()
    if row is None:
        raise error(
            ValidationError, QT_TRANSLATE_NOOP("Errors", "No authorisation with id {id}."),
            id=authorisation_id,
        )
    return authorisation_from_row(row)


def authorisations_of(conn: Connection, user_id_id: int) -> list[Authorisation]:
    rows = conn.execute(
        f"SELECT {AUTH_COLUMNS} FROM authorisations WHERE user_id_id = ? ORDER BY granted_on",
        (user_id_id,),
    )
    return [authorisation_from_row(r) for r in rows]


def _event(conn: Connection, vault: Vault, auth: Authorisation, kind: str, reason: str) -> None:
    conn.execute(
        "INSERT INTO authorisation_events (authorisation_id, at, actor, kind, reason, snapshot) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (auth.id, vault.clock.now().isoformat(), vault.account.initials, kind, reason,
         json.dumps(_public(auth))),
    )


def grant_authorisation(vault: Vault, user_id_id: int, data: AuthorisationInput,
                        reason: str = "") -> Authorisation:
    vault.require(Permission.EDIT_RECORDS)
    data = data.validated()
    with vault.change("authorisation-granted") as conn:
        cursor = conn.execute(
            "INSERT INTO authorisations (user_id_id, granted_on, expires_on, purpose, "
            "case_number, transaction_types, profiles, granted_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id_id, *data.row()),
        )
        auth = get_authorisation(conn, int(cursor.lastrowid or 0))
        _event(conn, vault, auth, "granted", reason)
        vault.describe(f"authorisation:{auth.id}", {"after": _public(auth), "reason": reason})
    return auth


def change_authorisation(vault: Vault, authorisation_id: int, data: AuthorisationInput,
                         reason: str) -> Authorisation:
    """A new version; the old one stays in the history with who and why."""
    vault.require(Permission.EDIT_RECORDS)
    data = data.validated()
    before = get_authorisation(vault.db, authorisation_id)
    if before.revoked_on is not None:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "A revoked authorisation cannot be changed."),
        )
    with vault.change("authorisation-changed") as conn:
        conn.execute(
            "UPDATE authorisations SET granted_on = ?, expires_on = ?, purpose = ?, "
            "case_number = ?, transaction_types = ?, profiles = ?, granted_by = ?, "
            "version = version + 1 WHERE id = ?",
            (*data.row(), authorisation_id),
        )
        after = get_authorisation(conn, authorisation_id)
        if after == replace(before, version=after.version):
            raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "Nothing was changed."))
        _event(conn, vault, after, "changed", reason)
        vault.describe(f"authorisation:{authorisation_id}",
                       {**_diff(before, after), "reason": reason})
    return after


def revoke_authorisation(vault: Vault, authorisation_id: int, on: date,
                         reason: str) -> Authorisation:
    vault.require(Permission.EDIT_RECORDS)
    before = get_authorisation(vault.db, authorisation_id)
    if before.revoked_on is not None:
        raise error(
            ValidationError, QT_TRANSLATE_NOOP("Errors", "The authorisation is already revoked.")
        )
    if not reason.strip():
        raise error(
            ValidationError, QT_TRANSLATE_NOOP("Errors", "Say why the authorisation is revoked.")
        )
    with vault.change("authorisation-revoked") as conn:
        conn.execute(
            "UPDATE authorisations SET revoked_on = ?, revoked_reason = ?, "
            "version = version + 1 WHERE id = ?",
            (on.isoformat(), reason.strip(), authorisation_id),
        )
        after = get_authorisation(conn, authorisation_id)
        _event(conn, vault, after, "revoked", reason.strip())
        vault.describe(f"authorisation:{authorisation_id}",
                       {**_diff(before, after), "reason": reason.strip()})
    return after


@dataclass(frozen=True)
class AuthorisationEvent:
    at: str
    actor: str
    kind: str
    reason: str
    snapshot: dict[str, Any]


def authorisation_history(conn: Connection, authorisation_id: int) -> list[AuthorisationEvent]:
    rows = conn.execute(
        "SELECT at, actor, kind, reason, snapshot FROM authorisation_events "
        "WHERE authorisation_id = ? ORDER BY id", (authorisation_id,),
    )
    return [AuthorisationEvent(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]


# -- watchlist -------------------------------------------------------------------------------


@dataclass(frozen=True)
class WatchEntry:
    id: int
    cpr: str = field(repr=False)
    reason: str
    note: str
    added_on: str
    active: bool

    @property
    def masked(self) -> str:
        return mask_cpr(self.cpr)


def add_to_watchlist(vault: Vault, cpr: str, reason: str, note: str = "") -> WatchEntry:
    """A person of special interest for the log control (e.g. name/address protection)."""
    vault.require(Permission.EDIT_RECORDS)
    digits = normalise_cpr(cpr)
    if digits is None or not reason.strip():
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "A watchlist entry needs a CPR number and a reason."),
        )
    today = vault.clock.now().date().isoformat()
    with vault.change("watchlist-added") as conn:
        conn.execute(
            "INSERT INTO watchlist (cpr, reason, note, added_on, added_by) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (cpr) DO UPDATE SET reason = excluded.reason, note = excluded.note, "
            "added_on = excluded.added_on, added_by = excluded.added_by, active = 1",
            (digits, reason.strip(), redact_cpr(note.strip()), today, vault.account.initials),
        )
        row = conn.execute(
            "SELECT id, cpr, reason, note, added_on, active FROM watchlist WHERE cpr = ?",
            (digits,),
        ).fetchone()
        entry = WatchEntry(row[0], row[1], row[2], row[3], row[4], bool(row[5]))
        vault.describe(f"watchlist:{entry.id}", {"cpr": entry.masked, "reason": entry.reason})
    return entry


def watchlist(conn: Connection, *, active_only: bool = True) -> list[WatchEntry]:
    where = "WHERE active = 1" if active_only else ""
    rows = conn.execute(
        f"SELECT id, cpr, reason, note, added_on, active FROM watchlist {where} ORDER BY id"
    )
    return [WatchEntry(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]


def remove_from_watchlist(vault: Vault, entry_id: int, reason: str) -> None:
    vault.require(Permission.EDIT_RECORDS)
    if not reason.strip():
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "Say why the entry is removed."))
    row = vault.db.execute("SELECT active FROM watchlist WHERE id = ?", (entry_id,)).fetchone()
    if row is None or not row[0]:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "No such watchlist entry."))
    with vault.change("watchlist-removed", f"watchlist:{entry_id}",
                      {"reason": reason.strip()}) as conn:
        conn.execute("UPDATE watchlist SET active = 0 WHERE id = ?", (entry_id,))


@dataclass(frozen=True)
class UserIdListing:
    """A user ID with its owner's name, for pickers (unlock register, programs)."""

    user_id: str
    owner: str
    program: bool
    locked: bool


def list_user_ids(conn: Connection) -> list[UserIdListing]:
    rows = conn.execute(
        "SELECT u.user_id, coalesce(e.name, p.name, ''), u.program_id IS NOT NULL, u.locked "
        "FROM user_ids u LEFT JOIN employees e ON e.id = u.employee_id "
        "LEFT JOIN programs p ON p.id = u.program_id ORDER BY u.user_id"
    )
    return [UserIdListing(r[0], r[1], bool(r[2]), bool(r[3])) for r in rows]


def program_user_ids(conn: Connection, program_id: int) -> list[UserId]:
    rows = conn.execute(
        "SELECT id, user_id, employee_id, program_id, locked FROM user_ids "
        "WHERE program_id = ? ORDER BY user_id", (program_id,),
    )
    return [UserId(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]
