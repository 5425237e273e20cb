"""The authorisation control (CPR terms, section 4): every authorisation reviewed each quarter.

A control is a state machine in the core (the GUI and the CLI only render it):

1. **start** freezes a snapshot of every authorisation in force on the control day into
   ``authorisation_control_items`` (copied, not referenced: later register changes do not
   alter what was controlled) and flags what needs attention first;
2. **decide** keep / change / revoke per item, with a note for change and revoke; a change or
   revoke decision creates a CPR action ("remove authorisation 12 of user ID KOM001 in the
   CPR"), which is later **marked done** with the date it was carried out, or explicitly
   **left open** with a note saying why (e.g. waiting for the CPR office);
3. **complete** when every item is decided and every action is done or left open. Completion
   writes each revocation whose CPR action is done to the register through
   ``registers.revoke_authorisation`` (so the authorisation's history has the event, dated
   the day it was removed in the CPR), then records who completed the control and when.

Decisions: a revocation whose CPR action is left open is NOT written to the register at
completion, because the authorisation still exists in the CPR; marking that action done later
(allowed after completion) writes it then. Writing to the register needs the officer's
``EDIT_RECORDS``: a deputy may start, decide and mark actions done, but a control whose
completion revokes authorisations must be completed by the officer. A decision whose CPR
action is already done cannot change (the CPR was changed accordingly). One authorisation
control is open at a time. Ad hoc controls snapshot the same way; only the scope differs in
the calendar (``control_calendar``).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from cpradmin import registers
from cpradmin.dashboard import TRAINING_MAX_AGE_DAYS
from cpradmin.employee_queries import danish_key
from cpradmin.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError, error
from cpradmin.i18n import Message
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.dates import date_or_none
from cpradmin.models.logs import local_day_bounds
from cpradmin.models.registers import SENSITIVE_PROFILES
from cpradmin.models.review import Severity
from cpradmin.models.schedule import add_months
from cpradmin.models.storage.connection import Connection
from cpradmin.vault import Vault

CONTEXT = "AuthorisationControl"
TYPES = ("quarterly", "adhoc")

#: Imported CPR logs "cover" the control period when their first and last rows lie within
#: this many days of its ends and no gap between files is longer than twice this: a log
#: search export starts with the first lookup, not at midnight on the first day.
COVERAGE_SLACK_DAYS = 4

#: Bumped when the flag rules change, so a control's parameters say which rules flagged it.
FLAG_RULES_VERSION = 1


class Flag(enum.StrEnum):
    """What makes an authorisation need attention, most serious first (declaration order)."""

    EMPLOYEE_LEFT = "employee-left"
    SENSITIVE_PROFILE = "sensitive-profile"
    NO_ACTIVITY = "no-activity"
    NO_EXPIRY = "no-expiry"
    TRAINING_MISSING = "training-missing"
    ACKNOWLEDGEMENT_MISSING = "acknowledgement-missing"


FLAG_SEVERITY: dict[Flag, Severity] = {
    Flag.EMPLOYEE_LEFT: Severity.HIGH,
    Flag.SENSITIVE_PROFILE: Severity.HIGH,
    Flag.NO_ACTIVITY: Severity.MEDIUM,
    Flag.NO_EXPIRY: Severity.MEDIUM,
    Flag.TRAINING_MISSING: Severity.LOW,
    Flag.ACKNOWLEDGEMENT_MISSING: Severity.LOW,
}
_FLAG_RANK = {flag: rank for rank, flag in enumerate(Flag)}

FLAG_LABELS: dict[Flag, str] = {
    Flag.EMPLOYEE_LEFT: QT_TRANSLATE_NOOP("AuthorisationControl", "Employee has left"),
    Flag.SENSITIVE_PROFILE: QT_TRANSLATE_NOOP("AuthorisationControl", "Sensitive profile"),
    Flag.NO_ACTIVITY: QT_TRANSLATE_NOOP("AuthorisationControl", "No CPR activity"),
    Flag.NO_EXPIRY: QT_TRANSLATE_NOOP("AuthorisationControl", "No expiry date"),
    Flag.TRAINING_MISSING: QT_TRANSLATE_NOOP("AuthorisationControl", "CPR training missing"),
    Flag.ACKNOWLEDGEMENT_MISSING: QT_TRANSLATE_NOOP(
        "AuthorisationControl", "Regulations not acknowledged"),
}


class AuthorisationDecision(enum.StrEnum):
    KEEP = "keep"
    CHANGE = "change"
    REVOKE = "revoke"


DECISION_LABELS: dict[AuthorisationDecision, str] = {
    AuthorisationDecision.KEEP: QT_TRANSLATE_NOOP("AuthorisationControl", "Keep"),
    AuthorisationDecision.CHANGE: QT_TRANSLATE_NOOP("AuthorisationControl", "Change"),
    AuthorisationDecision.REVOKE: QT_TRANSLATE_NOOP("AuthorisationControl", "Revoke"),
}


class ActionState(enum.StrEnum):
    PENDING = "pending"
    DONE = "done"
    LEFT_OPEN = "left-open"


class ItemFilter(enum.StrEnum):
    ALL = "all"
    FLAGGED = "flagged"
    UNDECIDED = "undecided"


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuthorisationControl:
    id: int
    type: str
    period_start: date
    period_end: date
    status: str
    reason: str
    parameters: dict[str, Any]
    created_at: str
    created_by: str
    completed_at: str | None
    completed_by: str | None

    @property
    def on(self) -> date:
        """The day the snapshot was taken (the period's last day)."""
        return self.period_end

    @property
    def open(self) -> bool:
        return self.status in ("open", "in-review")

    @property
    def logs_cover(self) -> bool:
        return bool(self.parameters.get("logs_cover"))


@dataclass(frozen=True)
class ControlItem:
    """One authorisation as it was on the control day, with its flags and decision."""

    id: int
    control_id: int
    position: int
    authorisation_id: int
    authorisation_version: int
    user_id: str
    holder_kind: str  # 'employee' | 'program'
    holder_id: int
    holder_name: str
    department: str
    granted_on: date
    expires_on: date | None
    transaction_types: tuple[str, ...]
    profiles: tuple[str, ...]
    purpose: str
    case_number: str
    employed_to: date | None
    trained_on: date | None
    acknowledged_on: date | None
    active_in_logs: bool | None
    flags: tuple[Flag, ...]
    severity: int
    decision: AuthorisationDecision | None
    note: str
    decided_at: str | None
    decided_by: str | None

    @property
    def sensitive_profiles(self) -> tuple[str, ...]:
        return tuple(p for p in self.profiles if p in SENSITIVE_PROFILES)


@dataclass(frozen=True)
class CprAction:
    """What to do in the CPR because of a change or revoke decision."""

    id: int
    control_id: int
    item_id: int
    kind: str  # 'change' | 'revoke'
    authorisation_id: int
    user_id: str
    holder_name: str
    note: str  # the decision's note: what to change, or why revoked
    created_at: str
    done_on: date | None
    done_by: str | None
    open_note: str
    applied_at: str | None

    @property
    def state(self) -> ActionState:
        if self.done_on is not None:
            return ActionState.DONE
        return ActionState.LEFT_OPEN if self.open_note else ActionState.PENDING

    @property
    def message(self) -> Message:
        if self.kind == AuthorisationDecision.REVOKE:
            return Message(CONTEXT, QT_TRANSLATE_NOOP(
                "AuthorisationControl",
                "Remove authorisation {authorisation} of user ID {user_id} ({holder}) in the "
                "CPR."), {"authorisation": self.authorisation_id, "user_id": self.user_id,
                          "holder": self.holder_name})
        return Message(CONTEXT, QT_TRANSLATE_NOOP(
            "AuthorisationControl",
            "Change authorisation {authorisation} of user ID {user_id} ({holder}) in the CPR: "
            "{note}"), {"authorisation": self.authorisation_id, "user_id": self.user_id,
                        "holder": self.holder_name, "note": self.note})


@dataclass(frozen=True)
class ControlCounts:
    items: int = 0
    flagged: int = 0
    undecided: int = 0
    decisions: dict[str, int] = field(default_factory=dict)  # keep/change/revoke -> count
    flags: dict[Flag, int] = field(default_factory=dict)
    actions: int = 0
    actions_done: int = 0
    actions_left_open: int = 0
    actions_pending: int = 0


# -- reading ---------------------------------------------------------------------------------

_CONTROL_COLUMNS = (
    "id, type, period_start, period_end, status, reason, parameters, created_at, created_by, "
    "completed_at, completed_by"
)
_ITEM_COLUMNS = (
    "id, control_id, position, authorisation_id, authorisation_version, user_id, holder_kind, "
    "holder_id, holder_name, department, granted_on, expires_on, transaction_types, profiles, "
    "purpose, case_number, employed_to, trained_on, acknowledged_on, active_in_logs, flags, "
    "severity, decision, note, decided_at, decided_by"
)
_ACTION_SELECT = (
    "SELECT x.id, x.control_id, x.item_id, x.kind, i.authorisation_id, i.user_id, "
    "i.holder_name, i.note, x.created_at, x.done_on, x.done_by, x.open_note, x.applied_at "
    "FROM authorisation_control_actions x JOIN authorisation_control_items i ON i.id = x.item_id"
)


def _control(row: tuple[Any, ...]) -> AuthorisationControl:
    (id_, type_, start, end, status, reason, params, created_at, created_by, completed_at,
     completed_by) = row
    return AuthorisationControl(int(id_), type_, date.fromisoformat(start),
                                date.fromisoformat(end), status, reason, json.loads(params),
                                created_at, created_by, completed_at, completed_by)


def _item(row: tuple[Any, ...]) -> ControlItem:
    (id_, control_id, position, auth_id, version, user_id, kind, holder_id, name, department,
     granted, expires, types, profiles, purpose, case, employed_to, trained, acknowledged,
     active, flags, severity, decision, note, decided_at, decided_by) = row
    return ControlItem(
        int(id_), int(control_id), int(position), int(auth_id), int(version), user_id, kind,
        int(holder_id), name, department, date.fromisoformat(granted), date_or_none(expires),
        tuple(json.loads(types)), tuple(json.loads(profiles)), purpose, case,
        date_or_none(employed_to), date_or_none(trained), date_or_none(acknowledged),
        None if active is None else bool(active), tuple(Flag(f) for f in json.loads(flags)),
        int(severity), AuthorisationDecision(decision) if decision else None, note,
        decided_at, decided_by,
    )


def _action(row: tuple[Any, ...]) -> CprAction:
    (id_, control_id, item_id, kind, auth_id, user_id, holder, note, created_at, done_on,
     done_by, open_note, applied_at) = row
    return CprAction(int(id_), int(control_id), int(item_id), kind, int(auth_id), user_id,
                     holder, note, created_at, date_or_none(done_on), done_by, open_note,
                     applied_at)


def get_control(conn: Connection, control_id: int) -> AuthorisationControl:
    row = conn.execute(
        f"SELECT {_CONTROL_COLUMNS} FROM controls WHERE id = ? AND kind = 'authorisation'",
        (control_id,),
    ).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "No authorisation control with id {id}."), id=control_id)
    return _control(row)


def list_controls(conn: Connection) -> list[AuthorisationControl]:
    """Every authorisation control, newest first (a few a year)."""
    rows = conn.execute(
        f"SELECT {_CONTROL_COLUMNS} FROM controls WHERE kind = 'authorisation' "
        "ORDER BY period_end DESC, id DESC"
    )
    return [_control(r) for r in rows]


def open_control_id(conn: Connection) -> int | None:
    row = conn.execute(
        "SELECT id FROM controls WHERE kind = 'authorisation' AND status IN ('open', "
        "'in-review') ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return int(row[0]) if row else None


def _item_where(item_filter: ItemFilter | str) -> str:
    chosen = ItemFilter(item_filter)
    if chosen is ItemFilter.FLAGGED:
        return " AND severity > 0"
    if chosen is ItemFilter.UNDECIDED:
        return " AND decision IS NULL"
    return ""


def item_ids(conn: Connection, control_id: int,
             item_filter: ItemFilter | str = ItemFilter.ALL) -> list[int]:
    """The matching items' ids in review order (flagged first), for a paged table."""
    return [int(r[0]) for r in conn.execute(
        "SELECT id FROM authorisation_control_items WHERE control_id = ?"
        f"{_item_where(item_filter)} ORDER BY position", (control_id,))]


def items_by_id(conn: Connection, ids: Iterable[int]) -> dict[int, ControlItem]:
    """The rows of one page; an id that no longer exists is simply missing."""
    wanted = list(ids)
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    rows = conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM authorisation_control_items WHERE id IN ({marks})", wanted)
    return {int(r[0]): _item(r) for r in rows}


def control_items(conn: Connection, control_id: int, *, after: int | None = None,
                  limit: int = 200,
                  item_filter: ItemFilter | str = ItemFilter.ALL) -> list[ControlItem]:
    """One page of items in review order; *after* is the last position of the previous page
    (keyset paging: a page costs the same wherever it is)."""
    rows = conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM authorisation_control_items WHERE control_id = ? "
        f"AND position > ?{_item_where(item_filter)} ORDER BY position LIMIT ?",
        (control_id, -1 if after is None else after, limit),
    )
    return [_item(r) for r in rows]


def get_item(conn: Connection, item_id: int) -> ControlItem:
    row = conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM authorisation_control_items WHERE id = ?", (item_id,)
    ).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "No authorisation control item with id {id}."), id=item_id)
    return _item(row)


def actions(conn: Connection, control_id: int) -> list[CprAction]:
    """The CPR actions of a control in the order the decisions made them."""
    return [_action(r) for r in conn.execute(
        f"{_ACTION_SELECT} WHERE x.control_id = ? ORDER BY x.id", (control_id,))]


def get_action(conn: Connection, action_id: int) -> CprAction:
    row = conn.execute(f"{_ACTION_SELECT} WHERE x.id = ?", (action_id,)).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "No CPR action with id {id}."), id=action_id)
    return _action(row)


def _action_of_item(conn: Connection, item_id: int) -> CprAction | None:
    row = conn.execute(f"{_ACTION_SELECT} WHERE x.item_id = ?", (item_id,)).fetchone()
    return _action(row) if row else None


def counts(conn: Connection, control_id: int) -> ControlCounts:
    items, flagged, undecided = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE severity > 0), "
        "count(*) FILTER (WHERE decision IS NULL) FROM authorisation_control_items "
        "WHERE control_id = ?", (control_id,),
    ).fetchone()
    decisions = {str(d): int(n) for d, n in conn.execute(
        "SELECT decision, count(*) FROM authorisation_control_items WHERE control_id = ? "
        "AND decision IS NOT NULL GROUP BY decision", (control_id,))}
    per_flag = {flag: 0 for flag in Flag}
    for (flags,) in conn.execute(
            "SELECT flags FROM authorisation_control_items WHERE control_id = ? "
            "AND severity > 0", (control_id,)):
        for value in json.loads(flags):
            per_flag[Flag(value)] += 1
    total, done, left_open = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE done_on IS NOT NULL), "
        "count(*) FILTER (WHERE done_on IS NULL AND open_note != '') "
        "FROM authorisation_control_actions WHERE control_id = ?", (control_id,),
    ).fetchone()
    return ControlCounts(int(items), int(flagged), int(undecided), decisions, per_flag,
                         int(total), int(done), int(left_open), int(total - done - left_open))


# -- flags -----------------------------------------------------------------------------------


def flag_message(item: ControlItem, flag: Flag, control: AuthorisationControl) -> Message:
    """Why *flag* was raised, in words an auditor understands."""
    def msg(template: str, **args: Any) -> Message:
        return Message(CONTEXT, template, args)

    if flag is Flag.EMPLOYEE_LEFT:
        return msg(QT_TRANSLATE_NOOP(
            "AuthorisationControl", "The employment ended on {date}, but the authorisation is "
            "in force."), date=_iso(item.employed_to))
    if flag is Flag.SENSITIVE_PROFILE:
        return msg(QT_TRANSLATE_NOOP(
            "AuthorisationControl", "Holds the sensitive profile(s) {profiles} (log access, "
            "administration)."), profiles=", ".join(item.sensitive_profiles))
    if flag is Flag.NO_ACTIVITY:
        return msg(QT_TRANSLATE_NOOP(
            "AuthorisationControl", "No CPR lookups by this user ID from {start} to {end} in "
            "the imported logs."), start=control.period_start.isoformat(),
            end=control.period_end.isoformat())
    if flag is Flag.NO_EXPIRY:
        return msg(QT_TRANSLATE_NOOP(
            "AuthorisationControl", "The authorisation has no expiry date."))
    if flag is Flag.TRAINING_MISSING:
        if item.trained_on is None:
            return msg(QT_TRANSLATE_NOOP("AuthorisationControl", "No CPR training recorded."))
        return msg(QT_TRANSLATE_NOOP(
            "AuthorisationControl", "The last CPR training ({date}) is more than a year old."),
            date=item.trained_on.isoformat())
    if item.acknowledged_on is None:
        return msg(QT_TRANSLATE_NOOP(
            "AuthorisationControl", "No acknowledgement of the internal regulations recorded."))
    return msg(QT_TRANSLATE_NOOP(
        "AuthorisationControl", "The internal regulations were last acknowledged on {date}, "
        "more than a year ago."), date=item.acknowledged_on.isoformat())


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _flags(*, on: date, holder_kind: str, expires_on: str | None, profiles: list[str],
           employed_to: str | None, trained_on: str | None, acknowledged_on: str | None,
           active_in_logs: bool | None) -> list[Flag]:
    """The flags of one snapshot row, most serious first (pure: tested through start)."""
    found: list[Flag] = []
    employee = holder_kind == "employee"
    year_ago = (on - timedelta(days=TRAINING_MAX_AGE_DAYS)).isoformat()
    if employee and employed_to is not None and employed_to < on.isoformat():
        found.append(Flag.EMPLOYEE_LEFT)
    if SENSITIVE_PROFILES.intersection(profiles):
        found.append(Flag.SENSITIVE_PROFILE)
    if active_in_logs is False:
        found.append(Flag.NO_ACTIVITY)
    if expires_on is None:
        found.append(Flag.NO_EXPIRY)
    if employee and (trained_on is None or trained_on < year_ago):
        found.append(Flag.TRAINING_MISSING)
    if employee and (acknowledged_on is None or acknowledged_on < year_ago):
        found.append(Flag.ACKNOWLEDGEMENT_MISSING)
    return sorted(found, key=_FLAG_RANK.__getitem__)


def logs_cover(conn: Connection, start: date, end: date) -> bool:
    """Whether imported CPR logs cover the local days *start* through *end* (see
    ``COVERAGE_SLACK_DAYS``): only then does "no lookups" mean "no activity"."""
    low, high = local_day_bounds(start, end)
    slack = COVERAGE_SLACK_DAYS * 86_400
    spans = conn.execute(
        "SELECT period_start, period_end FROM log_imports WHERE kind = 'log' AND source = 'cpr' "
        "AND period_start IS NOT NULL AND period_end IS NOT NULL AND period_end >= ? "
        "AND period_start < ? ORDER BY period_start", (low - slack, high + slack),
    ).fetchall()
    reach = None  # how far the merged spans (each widened by the slack) reach so far
    for first, last in spans:
        if reach is None:
            if first - slack > low:
                return False
            reach = last + slack
        elif first - slack > reach:
            return False
        else:
            reach = max(reach, last + slack)
    return reach is not None and reach >= high


# -- starting --------------------------------------------------------------------------------


def local_today(vault: Vault) -> date:
    """Today where the officer sits (the vault's clock runs in UTC)."""
    return vault.clock.now().astimezone().date()


def default_period_start(conn: Connection, on: date) -> date:
    """The day after the last completed authorisation control, else three months back."""
    row = conn.execute(
        "SELECT max(period_end) FROM controls WHERE kind = 'authorisation' "
        "AND status IN ('completed', 'signed') AND period_end < ?", (on.isoformat(),),
    ).fetchone()
    if row and row[0]:
        return date.fromisoformat(row[0]) + timedelta(days=1)
    return add_months(on, -3) + timedelta(days=1)


#: The snapshot is copied inside SQLite (INSERT … SELECT): binding 25 values per row from
#: Python costs ~0.3 ms a row under ``cipher_memory_security`` (each bound text is an
#: mlocked allocation), 3 s for 10,000 authorisations; copying in SQLite and then updating
#: the few computed columns takes a tenth of that. Positions start negative (the authorisation
#: id) so the final review order never collides with them under UNIQUE (control_id, position).
_SNAPSHOT = (
    "INSERT INTO authorisation_control_items (control_id, position, authorisation_id, "
    "authorisation_version, user_id, holder_kind, holder_id, holder_name, department, "
    "granted_on, expires_on, transaction_types, profiles, purpose, case_number, employed_to, "
    "trained_on, acknowledged_on) "
    "SELECT :control, -a.id, a.id, a.version, u.user_id, CASE WHEN u.employee_id IS NULL "
    "THEN 'program' ELSE 'employee' END, coalesce(u.employee_id, u.program_id), "
    "coalesce(e.name, p.name, ''), coalesce(e.department, ''), a.granted_on, a.expires_on, "
    "a.transaction_types, a.profiles, a.purpose, a.case_number, e.employed_to, e.trained_on, "
    "e.acknowledged_on "
    "FROM authorisations a JOIN user_ids u ON u.id = a.user_id_id "
    "LEFT JOIN employees e ON e.id = u.employee_id LEFT JOIN programs p ON p.id = u.program_id "
    "WHERE a.granted_on <= :on AND (a.expires_on IS NULL OR a.expires_on >= :on) "
    "AND (a.revoked_on IS NULL OR a.revoked_on > :on)"
)


def _active_users(conn: Connection, low: int, high: int) -> set[str]:
    """The (upper-case) user IDs with any log row in [low, high): one probe of the
    (user_ref, ts) index per user ID in the logs, not a scan of the rows."""
    return {str(r[0]) for r in conn.execute(
        "SELECT u.user_id FROM log_users u WHERE EXISTS (SELECT 1 FROM log_entries e "
        "WHERE e.user_ref = u.id AND e.ts >= ? AND e.ts < ?)", (low, high))}


def start_authorisation_control(vault: Vault, *, on: date | None = None,
                                period_start: date | None = None, type: str = "quarterly",
                                reason: str = "") -> int:
    """Freeze the snapshot of every authorisation in force *on* (default today) and return
    the new control's id. The period (*period_start* .. *on*) is what "no CPR activity" looks
    at; it defaults to the day after the last completed control."""
    vault.require(Permission.DO_CONTROLS)
    today = local_today(vault)
    on = on or today
    if type not in TYPES:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "An authorisation control is quarterly or ad hoc, not {type}."), type=type)
    if on > today:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The control day {day} is in the future."), day=on.isoformat())
    start = period_start or default_period_start(vault.db, on)
    if start > on:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The control period starts on {start}, after the control day {day}."),
            start=start.isoformat(), day=on.isoformat())
    running = open_control_id(vault.db)
    if running is not None:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "Authorisation control {id} is still open: complete it first."),
            id=running)
    now = vault.clock.now().isoformat()
    with vault.change("authorisation-control-started") as conn:
        covered = logs_cover(conn, start, on)
        active_users = _active_users(conn, *local_day_bounds(start, on)) if covered else set()
        parameters = {
            "snapshot_on": on.isoformat(), "logs_cover": covered,
            "coverage_slack_days": COVERAGE_SLACK_DAYS, "flag_rules_version": FLAG_RULES_VERSION,
            "sensitive_profiles": sorted(SENSITIVE_PROFILES),
            "training_max_age_days": TRAINING_MAX_AGE_DAYS,
        }
        cursor = conn.execute(
            "INSERT INTO controls (kind, type, period_start, period_end, parameters, status, "
            "reason, created_at, created_by) VALUES ('authorisation', ?, ?, ?, ?, 'in-review', "
            "?, ?, ?)",
            (type, start.isoformat(), on.isoformat(), json.dumps(parameters, sort_keys=True),
             redact_cpr(reason.strip()), now, vault.account.initials),
        )
        control_id = int(cursor.lastrowid or 0)
        conn.execute(_SNAPSHOT, {"control": control_id, "on": on.isoformat()})
        rows = []
        for (item_id, user_id, kind, name, expires, profiles, employed_to, trained,
             acknowledged) in conn.execute(
                "SELECT id, user_id, holder_kind, holder_name, expires_on, profiles, "
                "employed_to, trained_on, acknowledged_on FROM authorisation_control_items "
                "WHERE control_id = ?", (control_id,)).fetchall():
            active = user_id.upper() in active_users if covered else None
            flags = _flags(on=on, holder_kind=kind, expires_on=expires,
                           profiles=json.loads(profiles), employed_to=employed_to,
                           trained_on=trained, acknowledged_on=acknowledged,
                           active_in_logs=active)
            severity = int(max((FLAG_SEVERITY[f] for f in flags), default=0))
            key = (-severity, -len(flags), _FLAG_RANK[flags[0]] if flags else 0,
                   danish_key(name), user_id, item_id)
            rows.append((key, item_id, active, flags, severity))
        rows.sort(key=lambda r: r[0])
        conn.executemany(
            "UPDATE authorisation_control_items SET position = ?, active_in_logs = ?, "
            "flags = ?, severity = ? WHERE id = ?",
            [(position, None if active is None else int(active),
              json.dumps([f.value for f in flags]), severity, item_id)
             for position, (_key, item_id, active, flags, severity) in enumerate(rows)],
        )
        vault.describe(f"control:{control_id}", {
            "kind": "authorisation", "type": type, "period": [start.isoformat(), on.isoformat()],
            "items": len(rows), "flagged": sum(1 for r in rows if r[3]), "logs_cover": covered,
        })
    return control_id


# -- deciding --------------------------------------------------------------------------------


def _require_open(control: AuthorisationControl) -> None:
    if not control.open:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "Authorisation control {id} is completed; it can no longer change."),
            id=control.id)


def _clean(note: str) -> str:
    return redact_cpr(note.replace("\r\n", "\n").replace("\r", "\n").strip())


def decide_authorisation(vault: Vault, item_id: int,
                         decision: AuthorisationDecision | str, note: str = "") -> ControlItem:
    """Keep, change or revoke one authorisation; change and revoke need a note (what to
    change, why revoke) and create the CPR action. A decision can change until the control
    is completed, except once its CPR action is marked done."""
    vault.require(Permission.DO_CONTROLS)
    try:
        chosen = AuthorisationDecision(decision)
    except ValueError:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The decision is keep, change or revoke, not {decision}."),
            decision=redact_cpr(str(decision))) from None
    item = get_item(vault.db, item_id)
    _require_open(get_control(vault.db, item.control_id))
    text = _clean(note)
    if chosen is not AuthorisationDecision.KEEP and not text:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "Write a note: what is to change, or why the authorisation is revoked."))
    action = _action_of_item(vault.db, item_id)
    if action is not None and action.done_on is not None and action.kind != chosen:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The CPR action for this authorisation was carried out on {day}; the "
            "decision can no longer change."), day=action.done_on.isoformat())
    now = vault.clock.now().isoformat()
    with vault.change("authorisation-control-decided", f"control-item:{item_id}") as conn:
        conn.execute(
            "UPDATE authorisation_control_items SET decision = ?, note = ?, decided_at = ?, "
            "decided_by = ? WHERE id = ?",
            (chosen.value, text, now, vault.account.initials, item_id),
        )
        if chosen is AuthorisationDecision.KEEP:
            conn.execute("DELETE FROM authorisation_control_actions WHERE item_id = ?",
                         (item_id,))
        elif action is None:
            conn.execute(
                "INSERT INTO authorisation_control_actions (control_id, item_id, kind, "
                "created_at) VALUES (?, ?, ?, ?)", (item.control_id, item_id, chosen.value, now))
        elif action.kind != chosen:
            conn.execute("UPDATE authorisation_control_actions SET kind = ? WHERE id = ?",
                         (chosen.value, action.id))
        vault.describe(f"control-item:{item_id}", {
            "control": item.control_id, "authorisation": item.authorisation_id,
            "user_id": item.user_id, "decision": chosen.value,
            "before": item.decision.value if item.decision else None, "note": text,
        })
        after = get_item(conn, item_id)
    return after


def mark_action_done(vault: Vault, action_id: int, on: date) -> CprAction:
    """The CPR action was carried out on *on*. After completion (an action left open), a
    revocation is written to the register at once, dated *on*."""
    vault.require(Permission.DO_CONTROLS)
    action = get_action(vault.db, action_id)
    control = get_control(vault.db, action.control_id)
    if action.done_on is not None:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The CPR action was already marked done on {day}."),
            day=action.done_on.isoformat())
    granted = get_item(vault.db, action.item_id).granted_on
    if on < granted or on > local_today(vault):
        # Before the control day is allowed: the CPR may have been changed before the
        # register was (the control is where that is found out).
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The action's date must lie between the day the authorisation was "
            "granted ({start}) and today."), start=granted.isoformat())
    apply_now = not control.open and action.kind == AuthorisationDecision.REVOKE
    if apply_now:
        _require_register_rights(vault, 1)
        _revoke_in_register(vault, action, on)
    with vault.change("authorisation-control-action-done", f"control-action:{action_id}",
                      {"control": action.control_id, "authorisation": action.authorisation_id,
                       "user_id": action.user_id, "kind": action.kind,
                       "done_on": on.isoformat(), "applied": apply_now}) as conn:
        conn.execute(
            "UPDATE authorisation_control_actions SET done_on = ?, done_by = ?, applied_at = ? "
            "WHERE id = ?",
            (on.isoformat(), vault.account.initials,
             vault.clock.now().isoformat() if apply_now else None, action_id),
        )
    return get_action(vault.db, action_id)


def leave_action_open(vault: Vault, action_id: int, note: str) -> CprAction:
    """Complete the control without this CPR action done; the note says why (documented)."""
    vault.require(Permission.DO_CONTROLS)
    action = get_action(vault.db, action_id)
    _require_open(get_control(vault.db, action.control_id))
    if action.done_on is not None:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The CPR action was already marked done on {day}."),
            day=action.done_on.isoformat())
    text = _clean(note)
    if not text:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "Say why the CPR action is left open."))
    with vault.change("authorisation-control-action-left-open", f"control-action:{action_id}",
                      {"control": action.control_id, "authorisation": action.authorisation_id,
                       "note": text}) as conn:
        conn.execute("UPDATE authorisation_control_actions SET open_note = ? WHERE id = ?",
                     (text, action_id))
    return get_action(vault.db, action_id)


# -- completing ------------------------------------------------------------------------------


def _require_register_rights(vault: Vault, revocations: int) -> None:
    if revocations and not vault.account.may(Permission.EDIT_RECORDS):
        raise error(PermissionDenied, QT_TRANSLATE_NOOP(
            "Errors", "This revokes {count} authorisation(s) in the register, which only the "
            "security officer may change: ask the officer to complete the control."),
            count=revocations)


def _revoke_in_register(vault: Vault, action: CprAction, on: date) -> None:
    """Through the register's own function, so the history gets its 'revoked' event; an
    authorisation revoked meanwhile (by hand, or by an interrupted completion) is left."""
    current = registers.get_authorisation(vault.db, action.authorisation_id)
    if current.revoked_on is not None:
        return
    reason = f"Authorisation control {action.control_id}: {action.note}"
    registers.revoke_authorisation(vault, action.authorisation_id, on, reason)


def completion_problems(conn: Connection, control_id: int) -> list[Message]:
    """Why the control cannot be completed yet (empty when it can)."""
    control = get_control(conn, control_id)
    problems: list[Message] = []
    if not control.open:
        problems.append(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "Authorisation control {id} is already completed."), {"id": control_id}))
        return problems
    summary = counts(conn, control_id)
    if summary.undecided:
        problems.append(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "{count} of {total} authorisations have no decision yet."),
            {"count": summary.undecided, "total": summary.items}))
    if summary.actions_pending:
        problems.append(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "{count} CPR action(s) are neither marked done nor left open with a "
            "note."), {"count": summary.actions_pending}))
    return problems


def complete_authorisation_control(vault: Vault, control_id: int) -> AuthorisationControl:
    """Every item decided and every CPR action done or left open: write the done
    revocations to the register, then record the completion (date and who)."""
    vault.require(Permission.DO_CONTROLS)
    problems = completion_problems(vault.db, control_id)
    if problems:
        raise ValidationError(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "Authorisation control {id} cannot be completed yet."), {"id": control_id}),
            tuple(problems))
    to_apply = [a for a in actions(vault.db, control_id)
                if a.kind == AuthorisationDecision.REVOKE and a.done_on is not None
                and a.applied_at is None]
    _require_register_rights(vault, len(to_apply))
    for action in to_apply:
        assert action.done_on is not None
        _revoke_in_register(vault, action, action.done_on)
    summary = counts(vault.db, control_id)
    now = vault.clock.now().isoformat()
    with vault.change("authorisation-control-completed", f"control:{control_id}", {
        "items": summary.items, "decisions": summary.decisions, "actions": summary.actions,
        "actions_done": summary.actions_done, "actions_left_open": summary.actions_left_open,
        "revocations_applied": len(to_apply),
    }) as conn:
        conn.execute(
            "UPDATE authorisation_control_actions SET applied_at = ? WHERE control_id = ? "
            "AND kind = 'revoke' AND done_on IS NOT NULL AND applied_at IS NULL",
            (now, control_id),
        )
        conn.execute(
            "UPDATE controls SET status = 'completed', completed_at = ?, completed_by = ? "
            "WHERE id = ?", (now, vault.account.initials, control_id),
        )
    return get_control(vault.db, control_id)


def completed_on(control: AuthorisationControl) -> date | None:
    """The local date a control was completed."""
    if control.completed_at is None:
        return None
    return datetime.fromisoformat(control.completed_at).astimezone().date()


def control_document(conn: Connection, control_id: int) -> dict[str, Any]:
    """Everything the control's documentation shows, as JSON-ready data in English (the
    report translates labels itself). Free text is passed through ``redact_cpr`` again."""
    control = get_control(conn, control_id)
    summary = counts(conn, control_id)
    items: list[ControlItem] = []
    after = None
    while page := control_items(conn, control_id, after=after, limit=1000):
        items += page
        after = page[-1].position

    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "control": {
            "id": control.id, "kind": "authorisation", "type": control.type,
            "period": {"from": control.period_start.isoformat(),
                       "to": control.period_end.isoformat()},
            "status": control.status, "reason": redact_cpr(control.reason),
            "parameters": control.parameters, "created_at": control.created_at,
            "created_by": control.created_by, "completed_at": control.completed_at,
            "completed_by": control.completed_by,
        },
        "counts": {
            "items": summary.items, "flagged": summary.flagged, "undecided": summary.undecided,
            "decisions": summary.decisions,
            "flags": {flag.value: n for flag, n in summary.flags.items()},
            "actions": summary.actions, "actions_done": summary.actions_done,
            "actions_left_open": summary.actions_left_open,
            "actions_pending": summary.actions_pending,
        },
        "items": [{
            "position": i.position, "authorisation_id": i.authorisation_id,
            "authorisation_version": i.authorisation_version, "user_id": i.user_id,
            "holder_kind": i.holder_kind, "holder": redact_cpr(i.holder_name),
            "department": redact_cpr(i.department), "granted_on": day(i.granted_on),
            "expires_on": day(i.expires_on), "transaction_types": list(i.transaction_types),
            "profiles": list(i.profiles), "purpose": redact_cpr(i.purpose),
            "case_number": redact_cpr(i.case_number), "employed_to": day(i.employed_to),
            "trained_on": day(i.trained_on), "acknowledged_on": day(i.acknowledged_on),
            "active_in_logs": i.active_in_logs,
            "flags": [{"flag": f.value, "label": FLAG_LABELS[f],
                       "severity": FLAG_SEVERITY[f].name.lower(),
                       "explanation": redact_cpr(flag_message(i, f, control).english())}
                      for f in i.flags],
            "decision": i.decision.value if i.decision else None,
            "note": redact_cpr(i.note), "decided_at": i.decided_at, "decided_by": i.decided_by,
        } for i in items],
        "actions": [{
            "id": a.id, "kind": a.kind, "authorisation_id": a.authorisation_id,
            "user_id": a.user_id, "text": redact_cpr(a.message.english()),
            "state": a.state.value, "done_on": day(a.done_on), "done_by": a.done_by,
            "open_note": redact_cpr(a.open_note), "applied_at": a.applied_at,
        } for a in actions(conn, control_id)],
    }
