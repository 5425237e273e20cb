"""Importing the officer's spreadsheets: employees with user IDs and authorisations, and the
watchlist.

Two steps, so the officer sees what will happen before anything is written:

* ``plan_import`` reads and checks the whole file and compares it with the vault, writing
  nothing. It returns the planned actions, every row error (file, line, column; CPR masked)
  and the outcome of each data row: created, updated, unchanged or error.
* ``apply_import`` writes the plan in ONE transaction with one audit entry, so an import is
  never half done: an error, a cancel or a crash rolls all of it back.

Rules, chosen so that a file exported by cpradmin imports again as "unchanged":

* One row per (employee, user ID, authorisation); an employee row without a user ID, or a
  user ID without an authorisation, is fine.
* An empty cell never erases a stored value (clearing is done in the app, one record at a
  time, with its own audit entry).
* A masked CPR number (``DDMMYY-XXXX``, as every export writes it) means "keep the stored
  number"; its six digits must fit the stored number. A masked free-text value (a CPR-like
  number that the export redacted) counts as equal to the stored value.
* The employee is found by CPR number, else initials, else exact name (as
  ``registers.find_employee``); a match by initials or name whose stored CPR number differs is
  an error, never a silent change of someone's CPR number.
* Same user ID + same date granted = the same authorisation.
* Rows about the same employee or authorisation must agree; the second of two differing rows
  is an error naming the first.
* A row with any error is skipped as a whole. With ``on_error="refuse"`` one error refuses the
  whole file.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from cpradmin import audit
from cpradmin.errors import ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import CprError, mask_cpr, parse_cpr, redact_cpr
from cpradmin.models.dates import parse_optional_date
from cpradmin.models.registers import Authorisation, Employee, split_codes
from cpradmin.models.storage.connection import Connection
from cpradmin.registers import (
    _EMPLOYEE_FIELDS,  # the column order of the employees table, shared on purpose
    AUTH_COLUMNS,
    EMPLOYEE_COLUMNS,
    AuthorisationInput,
    EmployeeInput,
    _employee_values,
    _event,
    authorisation_from_row,
    employee_from_row,
    get_authorisation,
)
from cpradmin.tabular import (
    Cell,
    HeaderMap,
    Row,
    cell,
    cell_text,
    header_map,
    normalise_header,
    open_table,
)
from cpradmin.tabular import unescape_formula as _unescape
from cpradmin.vault import Vault

OnError = Literal["skip", "refuse"]
Progress = Callable[[int, int], Any]

# -- the columns -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A field of the import: the Danish and English header the export writes, and the other
    names officers use for it."""

    key: str
    da: str
    en: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.da, self.en, *self.aliases)

    def header(self, lang: str) -> str:
        return self.da if lang == "da" else self.en


# In the order the export writes them.
EMPLOYEE_IMPORT_COLUMNS: tuple[Column, ...] = (
    Column("name", "Navn", "Name", ("Fulde navn", "Full name")),
    Column("initials", "Initialer", "Initials"),
    Column("department", "Afdeling", "Department"),
    Column("cpr", "CPR-nummer", "CPR number",
           ("CPR-nr.", "CPR-nr", "CPR nr.", "CPR nr", "CPR", "Personnummer", "CPR no.")),
    Column("email", "E-mail", "Email", ("Mail", "E-mailadresse", "E-mail address")),
    Column("employed_from", "Ansat fra", "Employed from", ("Start", "Ansættelsesdato")),
    Column("employed_to", "Ansat til", "Employed to", ("Fratrådt", "End", "Fratrædelsesdato")),
    Column("trained_on", "CPR-undervisning", "Trained",
           ("Uddannet", "CPR-uddannelse", "Trained on")),
    Column("acknowledged_on", "Interne regler bekræftet læst", "Acknowledged",
           ("Retningslinjer kvitteret", "Acknowledged on", "Kvitteret", "Bekræftet læst")),
    Column("notes", "Bemærkninger", "Notes", ("Noter", "Bemærkning", "Note")),
    Column("user_id", "Bruger-ID", "User ID",
           ("Brugerid", "Bruger id", "CPR bruger-id", "CPR-bruger-id", "User-ID", "Userid")),
    Column("granted_on", "Gældende fra", "Granted on", ("Tildelt", "Granted", "Tildelt den")),
    Column("expires_on", "Gældende til", "Expires", ("Udløber", "Expiry", "Expires on")),
    Column("purpose", "Formål", "Purpose"),
    Column("case_number", "Sagsnr.", "Case number", ("Sagsnummer", "Sagsnr", "Case no.")),
    Column("transaction_types", "Transaktionstyper", "Transaction types"),
    Column("profiles", "Profiler", "Profiles"),
    Column("granted_by", "Tildelt af", "Granted by"),
)
WATCHLIST_IMPORT_COLUMNS: tuple[Column, ...] = (
    Column("cpr", "CPR-nummer", "CPR number",
           ("CPR-nr.", "CPR-nr", "CPR nr.", "CPR nr", "CPR", "Personnummer")),
    Column("reason", "Årsag", "Reason", ("Begrundelse",)),
    Column("note", "Bemærkning", "Note", ("Bemærkninger", "Notes", "Noter")),
)

_EMP_TEXT = ("name", "initials", "department", "email", "notes")
_EMP_DATES = ("employed_from", "employed_to", "trained_on", "acknowledged_on")
_AUTH_TEXT = ("purpose", "case_number", "granted_by")
_AUTH_CODES = ("transaction_types", "profiles")
_AUTH_FIELDS = ("expires_on", *_AUTH_TEXT, *_AUTH_CODES)
_DATES = frozenset({*_EMP_DATES, "granted_on", "expires_on"})

_MASKED_CPR = re.compile(r"(\d{6})-?[xX]{4}")
_MASK_INSIDE = re.compile(r"\d{6}-[xX]{4}")
_MAX_SHOWN = 60


# -- what a plan holds -----------------------------------------------------------------------


class Outcome(enum.StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ERROR = "error"


class ActionKind(enum.StrEnum):
    CREATE_EMPLOYEE = "create-employee"
    UPDATE_EMPLOYEE = "update-employee"
    CREATE_USER_ID = "create-user-id"
    GRANT_AUTHORISATION = "grant-authorisation"
    CHANGE_AUTHORISATION = "change-authorisation"


@dataclass(frozen=True)
class FieldChange:
    """One value that changes, as shown to the officer (dates ISO, CPR masked)."""

    field: str
    before: str
    after: str


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    line: int
    subject: str
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class RowIssue:
    """Something about one cell. *field* is the column header as written in the file.

    ``message`` names file, line and column; ``problem`` is the same without the location
    (for a table with its own File/Line/Column columns). Neither ever holds a full CPR number.
    """

    file: str
    line: int
    field: str
    message: Message

    @property
    def problem(self) -> Message:
        return self.message.args["problem"]  # type: ignore[no-any-return]


class RowError(RowIssue):
    """The row is not imported (and with ``on_error="refuse"`` nothing is)."""


class RowWarning(RowIssue):
    """Not an error: the row is imported, but the officer should look at it."""


def _located(file: str, line: int, column: str, problem: Message) -> Message:
    return _msg(QT_TRANSLATE_NOOP("Import", "{file}, line {line}, column {column}: {problem}"),
                file=file, line=line, column=column, problem=problem)


def _msg(template: str, **args: Any) -> Message:
    """An import message; text arguments are redacted, as they may come from the file."""
    return Message("Import", template,
                   {k: redact_cpr(v) if isinstance(v, str) else v for k, v in args.items()})


def _shown(value: Cell) -> str:
    """A cell value quoted in a message: CPR-like numbers redacted, long text cut."""
    text = redact_cpr(cell_text(value))
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


@dataclass
class ImportPlan:
    """What importing a file would do. Build it with :func:`plan_import`."""

    file: str
    sha256: str
    kind: str
    encoding: str | None
    delimiter: str | None
    on_error: OnError
    rows: int = 0
    outcomes: Counter[Outcome] = field(default_factory=Counter)
    actions: list[Action] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    audit_head: tuple[int, str] = (0, "")
    applied: bool = False
    _work: _Work | None = field(default=None, repr=False)

    @property
    def refused(self) -> bool:
        return self.on_error == "refuse" and bool(self.errors)

    @property
    def has_changes(self) -> bool:
        return bool(self.actions)

    def count(self, kind: ActionKind) -> int:
        return sum(1 for a in self.actions if a.kind is kind)

    def summary(self) -> dict[str, int]:
        """The counts that go into the audit entry and the CLI output."""
        return {
            "rows": self.rows,
            **{f"rows_{o.value}": self.outcomes[o] for o in Outcome},
            **{kind.value: self.count(kind) for kind in ActionKind},
        }


# -- planning --------------------------------------------------------------------------------


class _Record:
    """An employee or authorisation as the plan sees it: stored values, planned values, and
    which line of the file first said what (for conflicts between rows)."""

    __slots__ = ("base", "first_change", "id", "is_new", "set_by", "values")

    def __init__(self, id_: int | None, base: dict[str, Any]) -> None:
        self.id = id_
        self.is_new = id_ is None  # stays True after apply gives it an id
        self.base = base
        self.values = dict(base)
        self.set_by: dict[str, int] = {}
        self.first_change: int | None = None


class _Emp(_Record):
    __slots__ = ("stored",)

    def __init__(self, id_: int | None, base: dict[str, Any],
                 stored: Employee | None = None) -> None:
        super().__init__(id_, base)
        self.stored = stored

    @property
    def label(self) -> str:
        name, initials = self.values.get("name") or "", self.values.get("initials") or ""
        return redact_cpr(f"{name} ({initials})" if initials else name)


@dataclass(eq=False)
class _Uid:
    value: str
    id: int | None
    owner: _Emp | None
    program: str | None = None
    line: int | None = None


class _Auth(_Record):
    __slots__ = ("granted_on", "line", "revoked", "uid")

    def __init__(self, id_: int | None, base: dict[str, Any], uid: _Uid, granted_on: date,
                 revoked: bool = False) -> None:
        super().__init__(id_, base)
        self.uid = uid
        self.granted_on = granted_on
        self.revoked = revoked
        self.line: int | None = None


_EMPTY_EMPLOYEE: dict[str, Any] = {
    "name": "", "initials": "", "department": "", "cpr": None, "email": "",
    "employed_from": None, "employed_to": None, "trained_on": None, "acknowledged_on": None,
    "notes": "",
}
_EMPTY_AUTH: dict[str, Any] = {
    "expires_on": None, "purpose": "", "case_number": "", "transaction_types": (),
    "profiles": (), "granted_by": "",
}


def _employee_values_of(e: Employee) -> dict[str, Any]:
    return {key: getattr(e, key) for key in _EMPTY_EMPLOYEE}


@dataclass
class _Work:
    """The plan's working state; ``apply_import`` writes from it."""

    employees: list[_Emp] = field(default_factory=list)  # in order of first mention
    new_uids: list[_Uid] = field(default_factory=list)
    auths: list[_Auth] = field(default_factory=list)  # new or mentioned


@dataclass
class _Parsed:
    """One row's values, only the non-empty ones."""

    employee: dict[str, Any] = field(default_factory=dict)
    auth: dict[str, Any] = field(default_factory=dict)
    cpr_prefix: str | None = None
    user_id: str = ""
    granted_on: date | None = None


class _Planner:
    def __init__(self, conn: Connection, file: str, columns: HeaderMap,
                 headers: list[str], lang: str) -> None:
        self.file = file
        self.columns = columns
        self.headers = headers
        self.lang = lang
        self.errors: list[RowError] = []
        self.warnings: list[RowWarning] = []
        self.outcomes: Counter[Outcome] = Counter()
        self.work = _Work()
        self._mentioned: set[int] = set()  # id() of records already in work lists
        self.by_cpr: dict[str, list[_Emp]] = {}
        self.by_initials: dict[str, list[_Emp]] = {}
        self.by_name: dict[str, list[_Emp]] = {}
        self.uids: dict[str, _Uid] = {}
        self.auths: dict[tuple[str, date], _Auth] = {}
        self._load(conn)

    # -- the vault as it is ------------------------------------------------------------------

    def _load(self, conn: Connection) -> None:
        employees: dict[int, _Emp] = {}
        for row in conn.execute(f"SELECT {EMPLOYEE_COLUMNS} FROM employees ORDER BY id"):
            stored = employee_from_row(row)
            emp = _Emp(stored.id, _employee_values_of(stored), stored)
            employees[stored.id] = emp
            self._index(emp)
        programs = dict(conn.execute("SELECT id, name FROM programs").fetchall())
        by_id: dict[int, _Uid] = {}
        for id_, value, employee_id, program_id in conn.execute(
            "SELECT id, user_id, employee_id, program_id FROM user_ids"
        ):
            uid = _Uid(value.upper(), id_, employees.get(employee_id),
                       programs.get(program_id) if program_id is not None else None)
            self.uids[uid.value] = uid
            by_id[id_] = uid
        for row in conn.execute(f"SELECT {AUTH_COLUMNS} FROM authorisations ORDER BY id"):
            stored_auth = authorisation_from_row(row)
            uid = by_id[stored_auth.user_id_id]
            key = (uid.value, stored_auth.granted_on)
            previous = self.auths.get(key)
            if previous is not None and not previous.revoked:
                continue  # two with the same date: the one still in force is "the" one
            base = {f: getattr(stored_auth, f) for f in _AUTH_FIELDS}
            self.auths[key] = _Auth(stored_auth.id, base, uid, stored_auth.granted_on,
                                    revoked=stored_auth.revoked_on is not None)

    def _index(self, emp: _Emp) -> None:
        for index, key in ((self.by_cpr, emp.values.get("cpr")),
                           (self.by_initials, emp.values.get("initials")),
                           (self.by_name, (emp.values.get("name") or "").casefold())):
            if key:
                bucket = index.setdefault(key, [])
                if emp not in bucket:
                    bucket.append(emp)

    # -- messages ----------------------------------------------------------------------------

    def column(self, key: str) -> str:
        index = self.columns.get(key)
        if index is not None and index < len(self.headers):
            return self.headers[index]
        spec = next(c for c in EMPLOYEE_IMPORT_COLUMNS if c.key == key)
        return spec.header(self.lang)

    # -- one row -----------------------------------------------------------------------------

    def plan_row(self, line: int, row: Row) -> None:
        problems: list[tuple[str, Message]] = []
        notes: list[tuple[str, Message]] = []
        parsed = self._parse(row, problems, notes)
        if not problems:
            self._decide(line, parsed, problems, notes)
        for key, problem in problems:
            self.errors.append(RowError(self.file, line, self.column(key),
                                        _located(self.file, line, self.column(key), problem)))
        if problems:
            self.outcomes[Outcome.ERROR] += 1
            return
        for key, problem in notes:
            self.warnings.append(RowWarning(self.file, line, self.column(key),
                                            _located(self.file, line, self.column(key), problem)))

    def _get(self, row: Row, key: str) -> Cell:
        return cell(row, self.columns.get(key))

    def _parse(self, row: Row, problems: list[tuple[str, Message]],
               notes: list[tuple[str, Message]]) -> _Parsed:
        parsed = _Parsed()
        for key in _EMP_TEXT:
            text = _unescape(cell_text(self._get(row, key)))
            if text:
                parsed.employee[key] = text.upper() if key == "initials" else text
        for key in (*_EMP_DATES, "granted_on", "expires_on"):
            raw = self._get(row, key)
            try:
                value = parse_optional_date(raw.strip() if isinstance(raw, str) else raw)
            except ValueError:
                problems.append((key, _msg(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or "
                        "DD.MM.YYYY.",
                    ),
                    value=_shown(raw),
                )))
                continue
            if value is None:
                continue
            if key == "granted_on":
                parsed.granted_on = value
            elif key == "expires_on":
                parsed.auth[key] = value
            else:
                parsed.employee[key] = value
        self._parse_cpr(self._get(row, "cpr"), parsed, problems, notes)
        parsed.user_id = _unescape(cell_text(self._get(row, "user_id"))).upper()
        if _MASK_INSIDE.search(parsed.user_id):
            problems.append(("user_id", _msg(QT_TRANSLATE_NOOP(
                "Import",
                "The user ID {user_id} was masked by an export because it looks like a CPR "
                "number. Write the user ID in full.",
            ), user_id=parsed.user_id)))
        for key in _AUTH_TEXT:
            text = _unescape(cell_text(self._get(row, key)))
            if text:
                parsed.auth[key] = text
        for key in _AUTH_CODES:
            codes = split_codes(_unescape(cell_text(self._get(row, key))))
            if codes:
                parsed.auth[key] = codes
        self._check_row(parsed, problems)
        return parsed

    def _parse_cpr(self, raw: Cell, parsed: _Parsed, problems: list[tuple[str, Message]],
                   notes: list[tuple[str, Message]]) -> None:
        text = _unescape(cell_text(raw))
        if not text:
            return
        masked = _MASKED_CPR.fullmatch(text)
        if masked:
            parsed.cpr_prefix = masked.group(1)
            return
        if len(text) == 9 and text.isascii() and text.isdigit():
            # Excel stored the number as a number and dropped the leading zero.
            text = "0" + text
            notes.append(("cpr", _msg(QT_TRANSLATE_NOOP(
                "Import",
                "The CPR number had 9 digits; it was read as {masked}, assuming the "
                "spreadsheet dropped a leading zero. Please check it.",
            ), masked=mask_cpr(text))))
        try:
            number = parse_cpr(text)
        except CprError as exc:
            problems.append(("cpr", _msg(
                QT_TRANSLATE_NOOP("Import", "The CPR number is not valid: {reason}"),
                reason=exc.message,
            )))
            return
        parsed.employee["cpr"] = number.digits
        notes.extend(("cpr", warning) for warning in number.warnings)

    def _check_row(self, parsed: _Parsed, problems: list[tuple[str, Message]]) -> None:
        """Rules that need only the row itself."""
        if "name" not in parsed.employee:
            problems.append(("name", _msg(QT_TRANSLATE_NOOP(
                "Import", "The name is missing; every row needs the employee's name."))))
        start, end = parsed.employee.get("employed_from"), parsed.employee.get("employed_to")
        if start and end and end < start:
            problems.append(("employed_to", _msg(QT_TRANSLATE_NOOP(
                "Import", "The employment ends ({end}) before it starts ({start})."),
                end=end.isoformat(), start=start.isoformat())))
        has_auth = bool(parsed.auth) or parsed.granted_on is not None
        if has_auth and not parsed.user_id:
            problems.append(("user_id", _msg(QT_TRANSLATE_NOOP(
                "Import",
                "The user ID is missing; an authorisation belongs to a CPR user ID."))))
        bad_granted = any(field == "granted_on" for field, _ in problems)
        if parsed.auth and parsed.granted_on is None and not bad_granted:
            problems.append(("granted_on", _msg(QT_TRANSLATE_NOOP(
                "Import",
                "The date the authorisation was granted is missing; it identifies the "
                "authorisation."))))
        expires = parsed.auth.get("expires_on")
        if expires and parsed.granted_on and expires < parsed.granted_on:
            problems.append(("expires_on", _msg(QT_TRANSLATE_NOOP(
                "Import", "The authorisation expires ({expires}) before it is granted "
                "({granted})."), expires=expires.isoformat(),
                granted=parsed.granted_on.isoformat())))

    # -- comparing with the vault and with earlier rows --------------------------------------

    def _match(self, parsed: _Parsed, problems: list[tuple[str, Message]]
               ) -> tuple[_Emp | None, str]:
        """By CPR number, else initials, else exact name, like ``registers.find_employee``;
        the masked CPR number's six digits pick among several with the same initials/name."""
        cpr = parsed.employee.get("cpr")
        if cpr:
            found = self.by_cpr.get(cpr, [])
            if len(found) == 1:
                return found[0], "cpr"
        for key, index, value in (
            ("initials", self.by_initials, parsed.employee.get("initials", "")),
            ("name", self.by_name, parsed.employee.get("name", "").casefold()),
        ):
            if not value:
                continue
            found = index.get(value, [])
            if parsed.cpr_prefix and len(found) > 1:
                narrowed = [e for e in found
                            if (e.values.get("cpr") or "").startswith(parsed.cpr_prefix)]
                found = narrowed if len(narrowed) == 1 else found
            if len(found) != 1:
                continue
            emp = found[0]
            stored_cpr = emp.values.get("cpr")
            if cpr and stored_cpr and stored_cpr != cpr:
                problems.append(("cpr", _msg(QT_TRANSLATE_NOOP(
                    "Import",
                    "The row's {match} match {employee}, who has the CPR number {stored}, "
                    "but the row says {given}. Correct the row, or the employee in cpradmin."),
                    match=self.column(key), employee=emp.label, stored=mask_cpr(stored_cpr),
                    given=mask_cpr(cpr))))
            return emp, key
        return None, ""

    def _diff(self, record: _Record, line: int, values: Mapping[str, Any],
              problems: list[tuple[str, Message]]) -> dict[str, Any]:
        """The values of this row that change *record*; a value another row set differently
        is a conflict."""
        changes: dict[str, Any] = {}
        for key, value in values.items():
            current = record.values.get(key)
            if _same(value, current):
                continue
            other = record.set_by.get(key)
            if other is not None:
                problems.append((key, _msg(QT_TRANSLATE_NOOP(
                    "Import", "{value} differs from line {other}, which says {theirs} for the "
                    "same {what}."),
                    value=_display(key, value), other=other, theirs=_display(key, current),
                    what=self._what(record))))
                continue
            changes[key] = value
        return changes

    def _what(self, record: _Record) -> Message:
        if isinstance(record, _Auth):
            return _msg(QT_TRANSLATE_NOOP("Import", "authorisation"))
        return _msg(QT_TRANSLATE_NOOP("Import", "employee"))

    def _decide(self, line: int, parsed: _Parsed, problems: list[tuple[str, Message]],
                notes: list[tuple[str, Message]]) -> None:
        emp, matched_by = self._match(parsed, problems)
        new_emp = emp is None
        if emp is None:
            emp = _Emp(None, dict(_EMPTY_EMPLOYEE))
        elif matched_by == "initials" and emp.values["name"].casefold() != parsed.employee[
                "name"].casefold() and "name" not in emp.set_by:
            notes.append(("name", _msg(QT_TRANSLATE_NOOP(
                "Import", "The initials {initials} belong to {stored}; the name will be changed "
                "to {name}. Check that this is the same person."),
                initials=parsed.employee["initials"], stored=emp.values["name"],
                name=parsed.employee["name"])))
        if parsed.cpr_prefix:
            stored = emp.values.get("cpr")
            if stored and not stored.startswith(parsed.cpr_prefix):
                problems.append(("cpr", _msg(QT_TRANSLATE_NOOP(
                    "Import", "The masked CPR number {given} does not fit {employee}'s CPR "
                    "number {stored}."),
                    given=f"{parsed.cpr_prefix}-XXXX", employee=emp.label,
                    stored=mask_cpr(stored))))
            elif not stored:
                notes.append(("cpr", _msg(QT_TRANSLATE_NOOP(
                    "Import", "The CPR number is masked, so it cannot be stored. Enter it in "
                    "cpradmin, or import a file with the full number."))))
        emp_changes = self._diff(emp, line, parsed.employee, problems)
        merged = {**emp.values, **emp_changes}
        start, end = merged.get("employed_from"), merged.get("employed_to")
        if start and end and end < start and not problems:
            problems.append(("employed_to", _msg(QT_TRANSLATE_NOOP(
                "Import", "The employment would end ({end}) before it starts ({start})."),
                end=end.isoformat(), start=start.isoformat())))

        uid: _Uid | None = None
        new_uid = False
        if parsed.user_id:
            uid = self.uids.get(parsed.user_id)
            if uid is None:
                uid, new_uid = _Uid(parsed.user_id, None, emp, line=line), True
            elif uid.owner is not emp:
                owner = (_msg(QT_TRANSLATE_NOOP("Import", "the program {name}"),
                              name=uid.program) if uid.owner is None else uid.owner.label)
                problems.append(("user_id", _msg(QT_TRANSLATE_NOOP(
                    "Import", "The user ID {user_id} belongs to {owner}, not to {employee}."),
                    user_id=uid.value, owner=owner, employee=merged["name"])))

        auth: _Auth | None = None
        new_auth = False
        auth_changes: dict[str, Any] = {}
        if uid is not None and parsed.granted_on is not None:
            auth = self.auths.get((uid.value, parsed.granted_on))
            if auth is None:
                auth = _Auth(None, dict(_EMPTY_AUTH), uid, parsed.granted_on)
                new_auth = True
            auth_changes = self._diff(auth, line, parsed.auth, problems)
            if auth_changes and auth.revoked:
                problems.append(("granted_on", _msg(QT_TRANSLATE_NOOP(
                    "Import", "The authorisation of {user_id} granted on {granted} is revoked "
                    "and cannot be changed. Grant a new one with another date."),
                    user_id=uid.value, granted=parsed.granted_on.isoformat())))
            expires = auth_changes.get("expires_on", auth.values.get("expires_on"))
            if expires and expires < parsed.granted_on and not problems:
                problems.append(("expires_on", _msg(QT_TRANSLATE_NOOP(
                    "Import", "The authorisation expires ({expires}) before it is granted "
                    "({granted})."),
                    expires=expires.isoformat(), granted=parsed.granted_on.isoformat())))
        if problems:
            return

        # -- commit the row to the plan ------------------------------------------------------
        self._commit(emp, line, parsed.employee, emp_changes)
        if new_emp:
            emp.first_change = line
        self._index(emp)
        if uid is not None and new_uid:
            self.uids[uid.value] = uid
            self.work.new_uids.append(uid)
        if auth is not None:
            self._commit(auth, line, parsed.auth, auth_changes)
            if new_auth:
                auth.line = line
                self.auths[(auth.uid.value, auth.granted_on)] = auth
            if id(auth) not in self._mentioned:
                self._mentioned.add(id(auth))
                self.work.auths.append(auth)
        if new_emp or new_uid or new_auth:
            self.outcomes[Outcome.CREATED] += 1
        elif emp_changes or auth_changes:
            self.outcomes[Outcome.UPDATED] += 1
        else:
            self.outcomes[Outcome.UNCHANGED] += 1

    def _commit(self, record: _Record, line: int, values: Mapping[str, Any],
                changes: Mapping[str, Any]) -> None:
        record.values.update(changes)
        for key in values:
            record.set_by.setdefault(key, line)
        if changes and record.first_change is None:
            record.first_change = line
        if isinstance(record, _Emp) and id(record) not in self._mentioned:
            self._mentioned.add(id(record))
            self.work.employees.append(record)

    # -- the result --------------------------------------------------------------------------

    def actions(self) -> list[Action]:
        actions: list[Action] = []
        for emp in self.work.employees:
            changes = _changes(emp.base, emp.values, EMPLOYEE_IMPORT_COLUMNS, self.lang)
            if emp.is_new:
                actions.append(Action(ActionKind.CREATE_EMPLOYEE, emp.first_change or 0,
                                      emp.label, changes))
            elif changes:
                actions.append(Action(ActionKind.UPDATE_EMPLOYEE, emp.first_change or 0,
                                      emp.label, changes))
        for uid in self.work.new_uids:
            owner = uid.owner.label if uid.owner else ""
            actions.append(Action(ActionKind.CREATE_USER_ID, uid.line or 0,
                                  f"{uid.value} ({owner})"))
        for auth in self.work.auths:
            subject = f"{auth.uid.value} {auth.granted_on.isoformat()}"
            changes = _changes(auth.base, auth.values, EMPLOYEE_IMPORT_COLUMNS, self.lang)
            if auth.is_new:
                actions.append(Action(ActionKind.GRANT_AUTHORISATION, auth.line or 0, subject,
                                      changes))
            elif changes:
                actions.append(Action(ActionKind.CHANGE_AUTHORISATION, auth.first_change or 0,
                                      subject, changes))
        order = list(ActionKind)
        actions.sort(key=lambda a: (a.line, order.index(a.kind)))
        return actions


def _same(value: Any, current: Any) -> bool:
    """Equal; or *value* is the stored text as an export redacted it; or the same codes in
    another case or order (transaction types and profiles are sets)."""
    if value == current:
        return True
    if isinstance(value, tuple) and isinstance(current, tuple):
        return {v.upper() for v in value} == {c.upper() for c in current}
    return isinstance(current, str) and isinstance(value, str) and redact_cpr(current) == value


def _display(key: str, value: Any) -> str:
    if value is None or value == "" or value == ():
        return ""
    if key == "cpr":
        return mask_cpr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(value)
    return redact_cpr(str(value))


def _changes(before: Mapping[str, Any], after: Mapping[str, Any], columns: Iterable[Column],
             lang: str) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(column.header(lang), _display(column.key, before.get(column.key)),
                    _display(column.key, after[column.key]))
        for column in columns
        if column.key in after and before.get(column.key) != after[column.key]
    )


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def fingerprint(hexdigest: str) -> str:
    """A digest for the audit trail, in groups of four: ``ea08 7826 …``.

    The audit trail passes details through ``redact_cpr``, which would mask any ten digits in
    a row inside a plain hex digest (it happens in several percent of SHA-256 values); with
    at most four digits between spaces nothing there can look like a CPR number.
    """
    return " ".join(hexdigest[i:i + 4] for i in range(0, len(hexdigest), 4))


def _aliases(columns: Iterable[Column]) -> dict[str, tuple[str, ...]]:
    return {c.key: c.names for c in columns}


def _language(headers: list[str], columns: HeaderMap, specs: Iterable[Column]) -> str:
    """English when the file's headers are more often the English names, else Danish."""
    english = danish = 0
    for spec in specs:
        index = columns.get(spec.key)
        if index is not None:
            header = normalise_header(headers[index])
            english += header == normalise_header(spec.en)
            danish += header == normalise_header(spec.da)
    return "en" if english > danish else "da"


def _column_notes(file: str, headers: list[str], columns: HeaderMap) -> list[Message]:
    notes = [
        _msg(QT_TRANSLATE_NOOP("Import", "{file}: the column {column} is not known and was "
                               "ignored."), file=file, column=header)
        for _, header in columns.unknown
    ]
    notes.extend(
        _msg(QT_TRANSLATE_NOOP("Import", "{file}: the column {column} is a second column for "
                               "the same field as {first} and was ignored."),
             file=file, column=header, first=headers[columns[key]])
        for _, header, key in columns.duplicates
    )
    return notes


def _require_name_column(file: str, columns: HeaderMap, headers: list[str]) -> None:
    if "name" not in columns:
        raise ValidationError(_msg(QT_TRANSLATE_NOOP(
            "Import",
            "{file} has no column for the employee's name (Navn or Name), so it cannot be "
            "imported. The columns found are: {columns}."),
            file=file, columns=", ".join(h for h in headers if h) or "-"))


def plan_import(vault: Vault, path: Path | str, *, on_error: OnError = "refuse") -> ImportPlan:
    """Read and check *path* against the vault; writes nothing (see the module docstring)."""
    vault.require(Permission.READ)
    if on_error not in ("skip", "refuse"):
        raise ValueError(f"on_error must be 'skip' or 'refuse', not {on_error!r}")
    path = Path(path)
    names = {normalise_header(n) for c in EMPLOYEE_IMPORT_COLUMNS if c.key == "name"
             for n in c.names}
    with open_table(path, is_header=lambda hs: any(normalise_header(h) in names
                                                   for h in hs)) as table:
        columns = header_map(table.headers, _aliases(EMPLOYEE_IMPORT_COLUMNS))
        _require_name_column(table.name, columns, table.headers)
        lang = _language(table.headers, columns, EMPLOYEE_IMPORT_COLUMNS)
        conn = vault.db
        planner = _Planner(conn, table.name, columns, table.headers, lang)
        plan = ImportPlan(
            file=table.name, sha256=_sha256(path), kind=table.kind, encoding=table.encoding,
            delimiter=table.delimiter, on_error=on_error,
            notes=_column_notes(table.name, table.headers, columns),
            audit_head=audit.head(conn),
        )
        for line, row in table.rows():
            plan.rows += 1
            planner.plan_row(line, row)
    plan.outcomes = planner.outcomes
    plan.errors = planner.errors
    plan.warnings = planner.warnings
    plan.actions = planner.actions()
    plan._work = planner.work
    return plan


# -- applying --------------------------------------------------------------------------------


def _refused(plan: ImportPlan) -> ValidationError:
    return ValidationError(_msg(QT_TRANSLATE_NOOP(
        "Import", "The import of {file} was refused: {count} row error(s), and nothing was "
        "written. Correct the file and import it again."),
        file=plan.file, count=len(plan.errors)))


def apply_import(vault: Vault, plan: ImportPlan, progress: Progress | None = None,
                 check_cancel: Callable[[], object] | None = None) -> dict[str, int]:
    """Write *plan* in one transaction with one ``register-imported`` audit entry.

    An all-unchanged plan still writes that audit entry (and nothing else): it documents that
    the register was reconciled with the file. Refused if the plan was refused, was applied
    already, or the vault changed since it was made (the plan would be stale). *check_cancel*
    raising (the GUI's ``Cancelled``) rolls everything back. Returns the plan's counts.
    """
    vault.require(Permission.EDIT_RECORDS)
    work = plan._work
    if plan.refused:
        raise _refused(plan)
    if plan.applied or work is None:
        raise ValidationError(_msg(QT_TRANSLATE_NOOP(
            "Import", "This import of {file} has already been written."), file=plan.file))
    total = len(plan.actions)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if check_cancel is not None:
            check_cancel()
        if progress is not None and (done % 100 == 0 or done == total):
            progress(done, total)

    now = vault.clock.now().isoformat()
    reason = f"import: {plan.file}"
    employee_changes: list[dict[str, Any]] = []
    try:
        with vault.change("register-imported", f"file:{plan.file}") as conn:
            if audit.head(conn) != plan.audit_head:
                raise ValidationError(_msg(QT_TRANSLATE_NOOP(
                    "Import", "The registers have changed since {file} was checked. Check the "
                    "file again before importing it."), file=plan.file))
            if progress is not None:
                progress(0, total)
            _write(vault, conn, work, now, reason, step, employee_changes)
            details: dict[str, Any] = {"file": plan.file, "sha256": fingerprint(plan.sha256),
                                       **plan.summary()}
            if employee_changes:
                details["employee_changes"] = employee_changes
            vault.describe(f"file:{plan.file}", details)
    except BaseException:
        _forget_ids(work)  # rolled back: the plan must not think its new records exist
        raise
    plan.applied = True
    return plan.summary()


def _forget_ids(work: _Work) -> None:
    for emp in work.employees:
        if emp.is_new:
            emp.id = None
    for uid in work.new_uids:
        uid.id = None


def _write(vault: Vault, conn: Connection, work: _Work, now: str, reason: str,
           step: Callable[[], None], employee_changes: list[dict[str, Any]]) -> None:
    """Every insert and update of the plan, inside the import's one transaction."""
    for emp in work.employees:
        if emp.is_new:
            emp.id = _insert_employee(conn, emp.values, now)
            step()
        elif emp.values != emp.base:
            _update_employee(conn, emp.id or 0, emp.values, now)
            employee_changes.append({
                "employee": emp.id,
                **_masked_diff(emp.base, emp.values),
            })
            step()
    for uid in work.new_uids:
        assert uid.owner is not None and uid.owner.id is not None
        cursor = conn.execute(
            "INSERT INTO user_ids (user_id, employee_id, program_id, created_at) "
            "VALUES (?, ?, ?, ?)", (uid.value, uid.owner.id, None, now),
        )
        uid.id = int(cursor.lastrowid or 0)
        step()
    for auth in work.auths:
        data = _auth_input(auth)
        if auth.is_new:
            assert auth.uid.id is not None
            _grant(vault, conn, auth.uid.id, data, reason)
            step()
        elif auth.values != auth.base:
            _change(vault, conn, auth.id or 0, data, reason)
            step()


def _masked_diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    keys = [k for k in after if before.get(k) != after[k]]
    return {"before": {k: _display(k, before.get(k)) for k in keys},
            "after": {k: _display(k, after[k]) for k in keys}}


def _employee_input(values: Mapping[str, Any]) -> EmployeeInput:
    return EmployeeInput(**{k: values[k] for k in _EMPLOYEE_FIELDS})


def _insert_employee(conn: Connection, values: Mapping[str, Any], now: str) -> int:
    """``registers.add_employee``'s INSERT, inside the import's transaction."""
    cursor = conn.execute(
        f"INSERT INTO employees ({', '.join(_EMPLOYEE_FIELDS)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * len(_EMPLOYEE_FIELDS))}, ?, ?)",
        (*_employee_values(_employee_input(values)), now, now),
    )
    return int(cursor.lastrowid or 0)


def _update_employee(conn: Connection, employee_id: int, values: Mapping[str, Any],
                     now: str) -> None:
    """``registers.update_employee``'s UPDATE, inside the import's transaction."""
    assignments = ", ".join(f"{k} = ?" for k in _EMPLOYEE_FIELDS)
    conn.execute(
        f"UPDATE employees SET {assignments}, updated_at = ? WHERE id = ?",
        (*_employee_values(_employee_input(values)), now, employee_id),
    )


def _auth_input(auth: _Auth) -> AuthorisationInput:
    v = auth.values
    return AuthorisationInput(
        granted_on=auth.granted_on, expires_on=v["expires_on"], purpose=v["purpose"],
        case_number=v["case_number"], transaction_types=tuple(v["transaction_types"]),
        profiles=tuple(v["profiles"]), granted_by=v["granted_by"],
    ).validated()


def _grant(vault: Vault, conn: Connection, user_id_id: int, data: AuthorisationInput,
           reason: str) -> None:
    """``registers.grant_authorisation``'s INSERT and history event, without its own
    transaction."""
    cursor = conn.execute(
        "INSERT INTO authorisations (user_id_id, granted_on, expires_on, purpose, "
        "case_number, transaction_types, profiles, granted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (user_id_id, *data.row()),
    )
    # What get_authorisation() would read back, without a query per row (10,000-row imports).
    auth = Authorisation(
        id=int(cursor.lastrowid or 0), user_id_id=user_id_id, granted_on=data.granted_on,
        expires_on=data.expires_on, purpose=data.purpose, case_number=data.case_number,
        transaction_types=data.transaction_types, profiles=data.profiles,
        granted_by=data.granted_by,
    )
    _event(conn, vault, auth, "granted", reason)


def _change(vault: Vault, conn: Connection, authorisation_id: int, data: AuthorisationInput,
            reason: str) -> None:
    """``registers.change_authorisation``'s new version and history event."""
    conn.execute(
        "UPDATE authorisations SET granted_on = ?, expires_on = ?, purpose = ?, "
        "case_number = ?, transaction_types = ?, profiles = ?, granted_by = ?, "
        "version = version + 1 WHERE id = ?",
        (*data.row(), authorisation_id),
    )
    _event(conn, vault, get_authorisation(conn, authorisation_id), "changed", reason)


# -- the watchlist ---------------------------------------------------------------------------


@dataclass
class WatchlistImport:
    """What :func:`import_watchlist` found and (unless refused or a dry run) wrote."""

    file: str
    sha256: str
    on_error: OnError
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    written: bool = False

    @property
    def refused(self) -> bool:
        return self.on_error == "refuse" and bool(self.errors)

    def summary(self) -> dict[str, int]:
        return {"rows": self.rows, "added": self.added, "updated": self.updated,
                "unchanged": self.unchanged, "errors": len(self.errors)}


def import_watchlist(vault: Vault, path: Path | str, *, on_error: OnError = "refuse",
                     dry_run: bool = False) -> WatchlistImport:
    """Add or update watchlist entries from a file (CPR number, reason, note).

    The same row errors as the register import; an existing entry is updated (and made active
    again) when the reason or note differ; an empty cell keeps the stored value. Written in one
    transaction with one ``watchlist-imported`` audit entry; nothing when refused or a dry run.
    """
    vault.require(Permission.READ if dry_run else Permission.EDIT_RECORDS)
    path = Path(path)
    specs = WATCHLIST_IMPORT_COLUMNS
    cpr_names = {normalise_header(n) for n in specs[0].names}
    with open_table(path, is_header=lambda hs: any(normalise_header(h) in cpr_names
                                                    for h in hs)) as table:
        columns = header_map(table.headers, _aliases(specs))
        file = table.name
        if "cpr" not in columns:
            raise ValidationError(_msg(QT_TRANSLATE_NOOP(
                "Import", "{file} has no column for the CPR number (CPR-nummer or CPR), so it "
                "cannot be imported. The columns found are: {columns}."),
                file=file, columns=", ".join(h for h in table.headers if h) or "-"))
        lang = _language(table.headers, columns, specs)
        result = WatchlistImport(file=file, sha256=_sha256(path), on_error=on_error,
                                 notes=_column_notes(file, table.headers, columns))

        def header(key: str) -> str:
            index = columns.get(key)
            return table.headers[index] if index is not None else next(
                c.header(lang) for c in specs if c.key == key)

        stored: dict[str, tuple[str, str, bool]] = {
            row[0]: (row[1], row[2], bool(row[3])) for row in vault.db.execute(
                "SELECT cpr, reason, note, active FROM watchlist")
        }
        planned: dict[str, tuple[str, str]] = {}
        set_by: dict[tuple[str, str], int] = {}
        for line, row in table.rows():
            result.rows += 1
            problems: list[tuple[str, Message]] = []
            digits = _watch_cpr(cell(row, columns.get("cpr")), problems)
            texts = {key: _unescape(cell_text(cell(row, columns.get(key))))
                     for key in ("reason", "note")}
            if digits is not None:
                old_reason, old_note, active = stored.get(digits, ("", "", False))
                current = dict(zip(texts, planned.get(digits, (old_reason, old_note)),
                                   strict=True))
                for key, mine in texts.items():
                    other = set_by.get((digits, key))
                    if mine and other is not None and not _same(mine, current[key]):
                        problems.append((key, _msg(QT_TRANSLATE_NOOP(
                            "Import", "{value} differs from line {other}, which says {theirs} "
                            "for the same {what}."), value=_shown(mine), other=other,
                            theirs=_shown(current[key]), what=mask_cpr(digits))))
                new = tuple(current[k] if not v or _same(v, current[k]) else v
                            for k, v in texts.items())
                if not new[0]:
                    problems.append(("reason", _msg(QT_TRANSLATE_NOOP(
                        "Import", "The reason is missing; every watchlist entry needs one."))))
            for key, problem in problems:
                result.errors.append(RowError(file, line, header(key),
                                              _located(file, line, header(key), problem)))
            if problems or digits is None:
                continue
            for key, value in texts.items():
                if value:
                    set_by.setdefault((digits, key), line)
            first_time = digits not in planned
            planned[digits] = (new[0], new[1])
            if first_time and digits not in stored:
                result.added += 1
            elif first_time and (planned[digits] != (old_reason, old_note) or not active):
                result.updated += 1
            else:
                result.unchanged += 1
    if dry_run or result.refused:
        return result
    changed = {d: v for d, v in planned.items()
               if d not in stored or v != stored[d][:2] or not stored[d][2]}
    today = vault.clock.now().date().isoformat()
    with vault.change("watchlist-imported", f"file:{file}",
                      {"file": file, "sha256": fingerprint(result.sha256),
                       **result.summary()}) as conn:
        conn.executemany(
            "INSERT INTO watchlist (cpr, reason, note, added_on, added_by) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (cpr) DO UPDATE SET reason = excluded.reason, note = excluded.note, "
            "active = 1",
            [(d, reason, note, today, vault.account.initials)
             for d, (reason, note) in changed.items()],
        )
    result.written = True
    return result


def _watch_cpr(raw: Cell, problems: list[tuple[str, Message]]) -> str | None:
    text = _unescape(cell_text(raw))
    if not text:
        problems.append(("cpr", _msg(QT_TRANSLATE_NOOP(
            "Import", "The CPR number is missing."))))
        return None
    if _MASKED_CPR.fullmatch(text):
        problems.append(("cpr", _msg(QT_TRANSLATE_NOOP(
            "Import", "The CPR number {masked} is masked; the watchlist needs the full "
            "number."), masked=text)))
        return None
    try:
        return parse_cpr(text).digits
    except CprError as exc:
        problems.append(("cpr", _msg(
            QT_TRANSLATE_NOOP("Import", "The CPR number is not valid: {reason}"),
            reason=exc.message)))
        return None


__all__ = [
    "EMPLOYEE_IMPORT_COLUMNS",
    "WATCHLIST_IMPORT_COLUMNS",
    "Action",
    "ActionKind",
    "Column",
    "FieldChange",
    "ImportPlan",
    "Outcome",
    "RowError",
    "RowIssue",
    "RowWarning",
    "WatchlistImport",
    "apply_import",
    "fingerprint",
    "import_watchlist",
    "plan_import",
]
