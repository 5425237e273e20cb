"""The log control's record: run it, review its items, decide, complete; and read it back.

A log control (quarterly, monthly for our system-to-system users, or ad hoc) is made in ONE
transaction: the review rules run (``cpradmin.review_rules``), the random sample is drawn
(``cpradmin.sampling``), and the control, the imports it used, its items and a COPY of every
log entry behind an item are stored with one audit entry. A cancel (``check_cancel``
raising) rolls all of it back. The copy keeps the documentation whole after log rows are
deleted; it names each entry by its file's SHA-256 and line, which an auditor can check
against the file itself.

What makes a control reproducible is recorded with it: period, scope, each rule's version and
parameters, the sample specification and its algorithm version, and the seed. Running the
same rules over the same inputs gives the same findings (:func:`rerun_findings`), and drawing
with the same seed from the same files gives the same sample, whatever order the files were
imported in (see ``cpradmin.models.sampling``).

Sample entries that a finding also covers stay in the sample: the sample is a uniform draw
that must not depend on which rules ran (leaving them out would make it neither uniform nor
reproducible from the files alone). Such an item says so in its details
(``also_in_findings``), and the officer may decide it by pointing at the finding.

Review: each item gets a decision (explained, with a case number; false alarm; follow-up;
suspected abuse, with a note, which opens an ad hoc control scoped to the user, same period,
in the same transaction). Decisions may change until the control is completed, each change
audited. A control is completed only when every item has a decision; after that its items
are read-only (enforced by triggers as well as here).
"""

from __future__ import annotations

import json
import secrets
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from cpradmin import review_rules
from cpradmin.errors import ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import mask_cpr, redact_cpr
from cpradmin.models.logs import CprChecker, format_cpr, local_day_bounds, to_local
from cpradmin.models.review import (
    ControlStatus,
    ControlType,
    Decision,
    Finding,
    Scope,
    ScopeKind,
    Severity,
)
from cpradmin.models.sampling import SampleSpec
from cpradmin.models.storage.connection import Connection
from cpradmin.sampling import SampledEntry, count_scope, draw_sample
from cpradmin.vault import Vault

Progress = Callable[[int, int], object]  # steps done, steps in all
CheckCancel = Callable[[], object]

#: Seeds are drawn from [SEED_LOW, SEED_HIGH): never ten digits (CPR masking in texts and the
#: audit trail would otherwise garble one), and exact in any JSON reader (below 2**53).
SEED_LOW = 10**12
SEED_HIGH = 2**53

#: Review page size when the caller gives none.
PAGE = 200

_SOURCE_NAMES = {0: "cpr", 1: "system"}
_READ_ONLY = (ControlStatus.COMPLETED.value, ControlStatus.SIGNED.value)


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ControlImport:
    """A log file a control used: *rows* of its rows lay in the control's scope."""

    import_id: int
    file_name: str
    sha256: str
    source: str
    file_rows: int
    rows: int


@dataclass(frozen=True)
class ControlSummary:
    """One line of the controls list; *scope_label* is safe to show (a CPR number masked)."""

    id: int
    type: ControlType
    start: date
    end: date
    scope: Scope
    scope_label: str
    status: ControlStatus
    items: int
    undecided: int
    created_at: str
    created_by: str
    parent_id: int | None


@dataclass(frozen=True)
class Control:
    """A whole control record with its counts (items per rule, per decision)."""

    id: int
    type: ControlType
    start: date
    end: date
    scope: Scope
    scope_label: str
    status: ControlStatus
    seed: int
    parameters: dict[str, Any]
    reason: str
    parent_id: int | None
    created_at: str
    created_by: str
    completed_at: str | None
    completed_by: str | None
    imports: list[ControlImport]
    findings: int
    sample: int
    undecided: int
    by_rule: dict[str, int]
    by_decision: dict[str, int]
    entries_in_scope: int
    explained: dict[str, int] = field(default_factory=dict)

    @property
    def items(self) -> int:
        return self.findings + self.sample

    @property
    def read_only(self) -> bool:
        return self.status.value in _READ_ONLY

    @property
    def rules(self) -> dict[str, dict[str, Any]]:
        """``{rule: {"version": n, "params": {...}}}`` as the control ran them."""
        return dict(self.parameters.get("rules", {}))

    @property
    def sample_spec(self) -> SampleSpec:
        return SampleSpec.from_json(self.parameters.get("sample", {}))


@dataclass(frozen=True)
class ControlItem:
    """A finding or a sample entry and the officer's decision on it.

    *position* is the review order within the control (pass the last one as ``after`` to
    :func:`control_items` for the next page); *severity* and *rule* are None for samples.
    """

    id: int
    control_id: int
    position: int
    kind: str
    rule: str | None
    severity: Severity | None
    user_id: str | None
    explanation: Message
    key: str
    details: dict[str, Any]
    entries_total: int
    decision: Decision | None
    note: str
    case_number: str
    decided_at: str | None
    decided_by: str | None
    followup_control_id: int | None

    @property
    def is_sample(self) -> bool:
        return self.kind == "sample"


@dataclass(frozen=True)
class ItemEntry:
    """A copied log entry behind an item; *cpr* holds 10 digits (use ``masked_cpr`` outside
    the vault's own screens)."""

    seq: int
    entry_id: int
    sha256: str
    line: int
    source: str
    user_id: str
    ts: int
    flags: int
    transaction: str
    cpr: str | None = field(repr=False)

    @property
    def local_time(self) -> datetime:
        return to_local(self.ts)

    @property
    def masked_cpr(self) -> str | None:
        return mask_cpr(self.cpr) if self.cpr else None


# -- messages --------------------------------------------------------------------------------


def _refusal(template: str, **args: Any) -> ValidationError:
    return ValidationError(Message("Controls", template, args))


def _message_json(message: Message) -> str:
    return json.dumps({"context": message.context, "template": message.template,
                       "args": message.args}, ensure_ascii=False, sort_keys=True, default=str)


def _message(text: str) -> Message:
    data = json.loads(text)
    return Message(data["context"], data["template"], dict(data.get("args", {})))


def scope_label(scope: Scope) -> str:
    """The scope in words for lists and the CLI: a CPR number masked."""
    if scope.kind is ScopeKind.ALL:
        return "all"
    value = scope.value or ""
    if scope.kind is ScopeKind.PERSON:
        value = mask_cpr(value)
    return f"{scope.kind.value}: {redact_cpr(value)}"


# -- validation ------------------------------------------------------------------------------


def normalise_scope(scope: Scope) -> Scope:
    """The scope as stored: user IDs upper case, a CPR number as its 10 digits."""
    kind = ScopeKind(scope.kind)
    value = (scope.value or "").strip()
    if kind is ScopeKind.ALL:
        return Scope()
    if not value:
        raise _refusal(QT_TRANSLATE_NOOP(
            "Controls", "A control scoped to a user ID, a department or a person needs the "
            "user ID, department or CPR number."))
    if kind is ScopeKind.USER:
        return Scope(kind, value.upper())
    if kind is ScopeKind.PERSON:
        digits = CprChecker().digits(value)
        if digits is None:
            raise _refusal(QT_TRANSLATE_NOOP(
                "Controls", "{value} is not a valid CPR number."), value=mask_cpr(value))
        return Scope(kind, digits)
    return Scope(kind, value)


def _check_period(conn: Connection, start: date, end: date) -> tuple[int, int]:
    if end < start:
        raise _refusal(QT_TRANSLATE_NOOP(
            "Controls", "The period ends ({end}) before it starts ({start})."),
            start=start.isoformat(), end=end.isoformat())
    low, high = local_day_bounds(start, end)
    row = conn.execute(
        "SELECT min(first_id), max(last_id) FROM log_imports WHERE kind = 'log' "
        "AND rows_added > 0 AND period_end >= ? AND period_start < ?", (low, high)).fetchone()
    found = row[0] is not None and conn.execute(
        "SELECT 1 FROM log_entries WHERE id BETWEEN ? AND ? AND ts >= ? AND ts < ? LIMIT 1",
        (row[0], row[1], low, high)).fetchone() is not None
    if not found:
        raise _refusal(QT_TRANSLATE_NOOP(
            "Controls", "No log rows are imported for {start} to {end}. Import the CPR log "
            "search (and our own system logs) for the period first."),
            start=start.isoformat(), end=end.isoformat())
    return low, high


def _check_seed(seed: int | None) -> int:
    if seed is None:
        return SEED_LOW + secrets.randbelow(SEED_HIGH - SEED_LOW)
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63:
        raise _refusal(QT_TRANSLATE_NOOP(
            "Controls", "The seed must be a whole number from 0 to 9223372036854775807."))
    return seed


def _control_row(conn: Connection, control_id: int) -> tuple[Any, ...]:
    row = conn.execute(
        "SELECT id, type, period_start, period_end, scope_kind, scope_value, status, seed, "
        "parameters, reason, parent_id, created_at, created_by, completed_at, completed_by "
        "FROM controls WHERE id = ? AND kind = 'log'", (control_id,)).fetchone()
    if row is None:
        raise _refusal(QT_TRANSLATE_NOOP("Controls", "There is no log control #{id}."),
                       id=control_id)
    return tuple(row)


def _refuse_read_only(control_id: int, status: str) -> None:
    if status in _READ_ONLY:
        raise _refusal(QT_TRANSLATE_NOOP(
            "Controls", "Log control #{id} is {status}: its decisions can no longer change."),
            id=control_id, status=status)


# -- running a control -----------------------------------------------------------------------


def start_log_control(
    vault: Vault,
    *,
    type: ControlType | str,
    start: date,
    end: date,
    scope: Scope = Scope(),  # noqa: B008 - frozen dataclass, safe as a default
    rules: Mapping[str, Mapping[str, Any]] | None = None,
    sample: SampleSpec = SampleSpec(),  # noqa: B008 - frozen dataclass
    seed: int | None = None,
    parent_id: int | None = None,
    reason: str = "",
    progress: Progress | None = None,
    check_cancel: CheckCancel | None = None,
) -> int:
    """Run a log control and store it, status in-review; returns its id.

    *rules* None runs every rule with its defaults; else the named rules with their parameter
    overrides. The monthly control looks at system-to-system users only. *seed* None draws a
    fresh one (recorded). Refused if the period is backwards or has no imported log rows.
    *progress* gets (steps done, steps in all): one per rule, then the sample, then storing.
    """
    vault.require(Permission.DO_CONTROLS)
    with vault.change("log-control-started") as conn:
        control_id, details = _create_control(
            vault, conn, type=ControlType(type), start=start, end=end, scope=scope,
            rules=rules, sample=sample, seed=seed, parent_id=parent_id, reason=reason,
            progress=progress, check_cancel=check_cancel)
        vault.describe(f"log-control:{control_id}", details)
    return control_id


def _create_control(
    vault: Vault, conn: Connection, *, type: ControlType,
    start: date, end: date, scope: Scope, rules: Mapping[str, Mapping[str, Any]] | None,
    sample: SampleSpec, seed: int | None, parent_id: int | None, reason: str,
    progress: Progress | None, check_cancel: CheckCancel | None,
) -> tuple[int, dict[str, Any]]:
    """The body of :func:`start_log_control`, inside an open ``vault.change``: the new id
    and what the audit entry says about it."""
    scope = normalise_scope(scope)
    low, high = _check_period(conn, start, end)
    seed = _check_seed(seed)
    if not isinstance(sample, SampleSpec):
        raise TypeError("sample must be a SampleSpec")
    if parent_id is not None:
        _control_row(conn, parent_id)
    programs_only = type is ControlType.MONTHLY

    def rules_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total + 2)

    run = review_rules.run_rules(
        conn, start=start, end=end, scope=scope, programs_only=programs_only, rules=rules,
        progress=rules_progress, check_cancel=check_cancel)
    steps = len(run.parameters) + 2
    where, params = review_rules.scope_filter(conn, start=start, end=end, scope=scope,
                                              programs_only=programs_only)
    files = _overlapping_imports(conn, low, high)
    counts = count_scope(conn, where, params, [(f[0], f[5], f[6]) for f in files],
                         user_index=scope.kind is not ScopeKind.PERSON)
    drawn = draw_sample(conn, where, params, counts, sample, seed, check_cancel=check_cancel)
    if progress is not None:
        progress(steps - 1, steps)
    if check_cancel is not None:
        check_cancel()
    parameters = {
        "rules": run.parameters,
        "programs_only": programs_only,
        "sample": sample.to_json(),
        "results": {"entries_in_scope": counts.total, "explained": dict(run.explained),
                    "sample_users": len({s.user_id for s in drawn}),
                    "users_in_scope": len(counts.per_user)},
    }
    now = vault.clock.now().astimezone(UTC).isoformat(timespec="seconds")
    control_id = int(conn.execute(
        "INSERT INTO controls (kind, type, period_start, period_end, scope_kind, scope_value, "
        "parameters, seed, status, parent_id, reason, created_at, created_by) "
        "VALUES ('log', ?, ?, ?, ?, ?, ?, ?, 'in-review', ?, ?, ?, ?)",
        (type.value, start.isoformat(), end.isoformat(), scope.kind.value, scope.value,
         json.dumps(parameters, sort_keys=True, default=str), seed, parent_id,
         reason.strip(), now, vault.account.initials)).lastrowid or 0)
    _store_imports(conn, control_id, files, counts.per_import)
    _store_items(conn, control_id, _new_items(run.findings, drawn), check_cancel)
    if check_cancel is not None:
        check_cancel()
    if progress is not None:
        progress(steps, steps)
    return control_id, {
        "type": type.value, "from": start.isoformat(), "to": end.isoformat(),
        "scope": scope_label(scope), "seed": str(seed), "parent": parent_id,
        "findings": len(run.findings), "sample": len(drawn),
        "entries_in_scope": counts.total,
        "rules": {rule: spec["version"] for rule, spec in sorted(run.parameters.items())},
    }


def _overlapping_imports(conn: Connection, low: int, high: int) -> list[tuple[Any, ...]]:
    """Every log file whose period meets [low, high) and that left rows in the vault:
    (id, sha256, file name, source, rows added, first id, last id)."""
    return [tuple(r) for r in conn.execute(
        "SELECT id, sha256, file_name, source, rows_added, first_id, last_id FROM log_imports "
        "WHERE kind = 'log' AND rows_added > 0 AND period_end >= ? AND period_start < ? "
        "ORDER BY id", (low, high))]


def _store_imports(conn: Connection, control_id: int, files: list[tuple[Any, ...]],
                   rows_in_scope: Mapping[int, int]) -> None:
    conn.executemany(
        "INSERT INTO control_imports (control_id, import_id, sha256, file_name, source, "
        "file_rows, rows) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(control_id, import_id, sha, name, source, rows, rows_in_scope.get(import_id, 0))
         for import_id, sha, name, source, rows, _first, _last in files])


# The entries behind an item are read in one query and written as plain values: a per-row
# INSERT ... SELECT over the joins was measured at 150 us a row on SQLCipher, values at 10 us.
_ENTRY_COPY_SELECT = (
    "SELECT e.id, i.sha256, e.line, e.source, u.user_id, e.ts, e.flags, t.code, e.cpr "
    "FROM log_entries AS e JOIN log_imports AS i ON i.id = e.import_id "
    "JOIN log_users AS u ON u.id = e.user_ref JOIN log_transactions AS t ON t.id = e.tx_ref "
    "WHERE e.id IN (SELECT value FROM json_each(?))"
)
_ENTRY_COPY_INSERT = (
    "INSERT INTO control_item_entries (item_id, seq, entry_id, sha256, line, source, user_id, "
    "ts, flags, tx, cpr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_ITEM = (
    "INSERT INTO control_items (id, control_id, kind, rule, severity, user_id, explanation, "
    "key, details, entries_total, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
#: Items written per batch (one read of their entries, two executemany, one cancel check):
#: statement by statement, a quarter's 7,000 findings took 15 s, in batches well under 1 s.
ITEM_BATCH = 1_000


def _entry_rows(conn: Connection, entry_ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The values to copy for each entry id (read in chunks: one query per 10,000 ids)."""
    rows: dict[int, tuple[Any, ...]] = {}
    ids = sorted({int(i) for i in entry_ids})
    for chunk in range(0, len(ids), 10_000):
        for r in conn.execute(_ENTRY_COPY_SELECT, (json.dumps(ids[chunk:chunk + 10_000]),)):
            _id, sha256, line, source, user_id, ts, flags, code, cpr = r
            rows[int(_id)] = (int(_id), sha256, line, _SOURCE_NAMES[source], user_id, ts,
                              flags, code, format_cpr(cpr))
    if len(rows) != len(ids):
        raise RuntimeError("a log entry behind a control item is missing")
    return rows


@dataclass(frozen=True)
class _NewItem:
    kind: str
    rule: str | None
    severity: int | None
    user_id: str | None
    key: str
    details: dict[str, Any]
    entries_total: int
    entry_ids: tuple[int, ...]
    explanation: Message | None  # None: a sample entry, worded from its copied row


def _sample_explanation(user: str, row: tuple[Any, ...]) -> Message:
    ts, code, cpr = row[5], row[7], row[8]
    when = to_local(int(ts)).strftime("%Y-%m-%d %H:%M:%S")
    if cpr is None:
        return Message("Controls", QT_TRANSLATE_NOOP(
            "Controls", "Random sample: {user} used transaction {transaction} at {time}."),
            {"user": user, "transaction": code, "time": when})
    return Message("Controls", QT_TRANSLATE_NOOP(
        "Controls", "Random sample: {user} used transaction {transaction} at {time} on "
        "{person}."), {"user": user, "transaction": code, "time": when,
                       "person": mask_cpr(cpr)})


def _new_items(findings: list[Finding], drawn: list[SampledEntry]) -> list[_NewItem]:
    """Findings in the rules' order, then the sample (by user ID, then the user's order)."""
    items = [_NewItem("finding", f.rule, int(f.severity), f.user_id, f.key, dict(f.details),
                      int(f.details.get("entries_total", len(f.entry_ids))),
                      tuple(f.entry_ids), f.explanation) for f in findings]
    behind: dict[int, list[str]] = {}
    for finding in findings:
        for entry_id in finding.entry_ids:
            rules = behind.setdefault(entry_id, [])
            if finding.rule not in rules:
                rules.append(finding.rule)
    for entry in drawn:
        details: dict[str, Any] = {"position": entry.position, "available": entry.available,
                                   "draw": entry.draw}
        if entry.entry_id in behind:
            details["also_in_findings"] = behind[entry.entry_id]
        items.append(_NewItem("sample", None, None, entry.user_id,
                              f"{entry.user_id}|{entry.position}", details, 1,
                              (entry.entry_id,), None))
    return items


def _store_items(conn: Connection, control_id: int, items: list[_NewItem],
                 check_cancel: CheckCancel | None) -> None:
    """Write the items (positions 1..n) and a copy of every entry behind them, in batches."""
    next_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM control_items")
                  .fetchone()[0]) + 1
    for first in range(0, len(items), ITEM_BATCH):
        if check_cancel is not None:
            check_cancel()
        batch = items[first:first + ITEM_BATCH]
        rows = _entry_rows(conn, [e for item in batch for e in item.entry_ids])
        values, copies = [], []
        for offset, item in enumerate(batch):
            item_id, position = next_id + first + offset, first + offset + 1
            explanation = item.explanation or _sample_explanation(
                str(item.user_id), rows[item.entry_ids[0]])
            values.append((item_id, control_id, item.kind, item.rule, item.severity,
                           item.user_id, _message_json(explanation), item.key,
                           json.dumps(item.details, ensure_ascii=False, sort_keys=True,
                                      default=str), item.entries_total, position))
            copies += [(item_id, seq, *rows[int(e)]) for seq, e in enumerate(item.entry_ids)]
        conn.executemany(_INSERT_ITEM, values)
        conn.executemany(_ENTRY_COPY_INSERT, copies)


def rerun_findings(conn: Connection, control_id: int) -> review_rules.RuleRun:
    """Run the control's rules again, with the versions and parameters it recorded, over what
    the vault holds now; returns the ``RuleRun``. Refused if a rule's logic has changed since
    (its version differs), since the findings could then differ for that reason alone."""
    control = get_control(conn, control_id)
    for rule, spec in control.rules.items():
        current = review_rules.RULES.get(rule)
        if current is None or current.version != spec.get("version"):
            raise _refusal(QT_TRANSLATE_NOOP(
                "Controls", "The rule {rule} has changed since control #{id} ran (version "
                "{then}, now {now}): its findings cannot be reproduced with this program."),
                rule=rule, id=control_id, then=spec.get("version"),
                now=current.version if current else "-")
    return review_rules.run_rules(
        conn, start=control.start, end=control.end, scope=control.scope,
        programs_only=bool(control.parameters.get("programs_only")),
        rules={rule: dict(spec.get("params", {})) for rule, spec in control.rules.items()})


# -- decisions -------------------------------------------------------------------------------


def decide(vault: Vault, item_id: int, decision: Decision | str, note: str = "",
           case_number: str = "") -> int | None:
    """Record (or change) the decision on one item; returns the id of the ad hoc control a
    "suspected abuse" decision opens (None otherwise).

    Explained needs a case number; suspected abuse needs a note, and opens an ad hoc control
    over the same period scoped to the item's user ID (or, for a finding about one person
    without a single user, to that person), with the same rules and sample specification.
    Deciding suspected abuse again later reuses that control rather than opening another.
    """
    vault.require(Permission.DO_CONTROLS)
    decision = Decision(decision)
    note, case_number = note.strip(), case_number.strip()
    if decision is Decision.EXPLAINED and not case_number:
        raise _refusal(QT_TRANSLATE_NOOP(
            "Controls", "An explained item needs the case number that explains it."))
    if decision is Decision.SUSPECTED_ABUSE and not note:
        raise _refusal(QT_TRANSLATE_NOOP(
            "Controls", "Suspected abuse needs a note saying what is suspected."))
    with vault.change("log-control-decision") as conn:
        item = get_item(conn, item_id)
        control = _control_row(conn, item.control_id)
        _refuse_read_only(item.control_id, control[6])
        followup, opened = item.followup_control_id, None
        if decision is Decision.SUSPECTED_ABUSE and followup is None:
            followup, opened = _open_adhoc(vault, conn, item, control, note)
        conn.execute(
            "UPDATE control_items SET decision = ?, note = ?, case_number = ?, decided_at = ?, "
            "decided_by = ?, followup_control_id = ? WHERE id = ?",
            (decision.value, note, case_number,
             vault.clock.now().astimezone(UTC).isoformat(timespec="seconds"),
             vault.account.initials, followup, item_id))
        vault.describe(f"log-control-item:{item_id}", {
            "control": item.control_id, "position": item.position,
            "before": item.decision.value if item.decision else None,
            "after": decision.value, "note": note, "case_number": case_number,
            "followup_control": followup, "opened": opened,
        })
    return followup if decision is Decision.SUSPECTED_ABUSE else None


def _open_adhoc(vault: Vault, conn: Connection, item: ControlItem, control: tuple[Any, ...],
                note: str) -> tuple[int, dict[str, Any]]:
    if item.user_id:
        scope = Scope(ScopeKind.USER, item.user_id)
    else:
        people = {e.cpr for e in item_entries(conn, item.id) if e.cpr}
        if len(people) != 1:
            raise _refusal(QT_TRANSLATE_NOOP(
                "Controls", "This item names no single user ID or person to open an ad hoc "
                "control for. Start an ad hoc control by hand, then decide follow-up here."))
        scope = Scope(ScopeKind.PERSON, people.pop())
    parameters = json.loads(control[8])
    rules = {rule: dict(spec.get("params", {}))
             for rule, spec in parameters.get("rules", {}).items()}
    return _create_control(
        vault, conn, type=ControlType.ADHOC, start=date.fromisoformat(control[2]),
        end=date.fromisoformat(control[3]), scope=scope, rules=rules or None,
        sample=SampleSpec.from_json(parameters.get("sample", {})), seed=None,
        parent_id=int(control[0]), reason=note, progress=None, check_cancel=None)


def complete_control(vault: Vault, control_id: int) -> None:
    """Mark the control completed (who, when) once every item has a decision."""
    vault.require(Permission.DO_CONTROLS)
    with vault.change("log-control-completed", f"log-control:{control_id}") as conn:
        row = _control_row(conn, control_id)
        if row[6] in _READ_ONLY:
            raise _refusal(QT_TRANSLATE_NOOP(
                "Controls", "Log control #{id} is already {status}."),
                id=control_id, status=row[6])
        left = int(conn.execute(
            "SELECT count(*) FROM control_items WHERE control_id = ? AND decision IS NULL",
            (control_id,)).fetchone()[0])
        if left:
            raise _refusal(QT_TRANSLATE_NOOP(
                "Controls", "Log control #{id} cannot be completed: {count} item(s) have no "
                "decision yet."), id=control_id, count=left)
        counts = dict(conn.execute(
            "SELECT decision, count(*) FROM control_items WHERE control_id = ? "
            "GROUP BY decision ORDER BY decision", (control_id,)).fetchall())
        conn.execute(
            "UPDATE controls SET status = 'completed', completed_at = ?, completed_by = ? "
            "WHERE id = ?",
            (vault.clock.now().astimezone(UTC).isoformat(timespec="seconds"),
             vault.account.initials, control_id))
        vault.describe(f"log-control:{control_id}", {"decisions": counts})


# -- reading ---------------------------------------------------------------------------------


def _scope(kind: str, value: str | None) -> Scope:
    return Scope(ScopeKind(kind), value)


def list_controls(conn: Connection, kind: str = "log") -> list[ControlSummary]:
    """Every control of *kind*, newest first, with its item counts."""
    rows = conn.execute(
        "SELECT c.id, c.type, c.period_start, c.period_end, c.scope_kind, c.scope_value, "
        "c.status, c.created_at, c.created_by, c.parent_id, "
        "(SELECT count(*) FROM control_items AS i WHERE i.control_id = c.id), "
        "(SELECT count(*) FROM control_items AS i WHERE i.control_id = c.id "
        " AND i.decision IS NULL) "
        "FROM controls AS c WHERE c.kind = ? ORDER BY c.id DESC", (kind,)).fetchall()
    out = []
    for (id_, type_, start, end, scope_kind, scope_value, status, created_at, created_by,
         parent, items, undecided) in rows:
        scope = _scope(scope_kind, scope_value)
        out.append(ControlSummary(
            int(id_), ControlType(type_), date.fromisoformat(start), date.fromisoformat(end),
            scope, scope_label(scope), ControlStatus(status), int(items), int(undecided),
            created_at, created_by, parent))
    return out


def get_control(conn: Connection, control_id: int) -> Control:
    (id_, type_, start, end, scope_kind, scope_value, status, seed, parameters, reason,
     parent, created_at, created_by, completed_at, completed_by) = _control_row(
        conn, control_id)
    params = json.loads(parameters)
    results = params.get("results", {})
    scope = _scope(scope_kind, scope_value)
    by_rule: Counter[str] = Counter()
    by_decision: Counter[str] = Counter()
    findings = sample = undecided = 0
    for kind, rule, decision, count in conn.execute(
        "SELECT kind, rule, decision, count(*) FROM control_items WHERE control_id = ? "
        "GROUP BY kind, rule, decision", (control_id,)
    ):
        if kind == "finding":
            findings += count
            by_rule[rule] += count
        else:
            sample += count
        by_decision[decision or "undecided"] += count
        undecided += count if decision is None else 0
    order = list(params.get("rules", {}))
    imports = [ControlImport(*row) for row in conn.execute(
        "SELECT import_id, file_name, sha256, source, file_rows, rows FROM control_imports "
        "WHERE control_id = ? ORDER BY import_id", (control_id,))]
    return Control(
        id=int(id_), type=ControlType(type_), start=date.fromisoformat(start),
        end=date.fromisoformat(end), scope=scope, scope_label=scope_label(scope),
        status=ControlStatus(status), seed=int(seed), parameters=params, reason=reason,
        parent_id=parent, created_at=created_at, created_by=created_by,
        completed_at=completed_at, completed_by=completed_by, imports=imports,
        findings=findings, sample=sample, undecided=undecided,
        by_rule={r: by_rule[r] for r in sorted(by_rule, key=lambda r: (
            order.index(r) if r in order else len(order), r))},
        by_decision={d: by_decision[d] for d in
                     [*(d.value for d in Decision), "undecided"] if by_decision[d]},
        entries_in_scope=int(results.get("entries_in_scope", 0)),
        explained=dict(results.get("explained", {})),
    )


_ITEM_COLUMNS = (
    "id, control_id, position, kind, rule, severity, user_id, explanation, key, details, "
    "entries_total, decision, note, case_number, decided_at, decided_by, followup_control_id"
)


def _item(row: tuple[Any, ...]) -> ControlItem:
    (id_, control_id, position, kind, rule, severity, user_id, explanation, key, details,
     total, decision, note, case, decided_at, decided_by, followup) = row
    return ControlItem(
        int(id_), int(control_id), int(position), kind, rule,
        Severity(severity) if severity is not None else None, user_id, _message(explanation),
        key, json.loads(details), int(total), Decision(decision) if decision else None,
        note, case, decided_at, decided_by, followup)


def get_item(conn: Connection, item_id: int) -> ControlItem:
    row = conn.execute(f"SELECT {_ITEM_COLUMNS} FROM control_items WHERE id = ?",
                       (item_id,)).fetchone()
    if row is None:
        raise _refusal(QT_TRANSLATE_NOOP("Controls", "There is no control item #{id}."),
                       id=item_id)
    return _item(tuple(row))


def control_items(conn: Connection, control_id: int, *, after: int | None = None,
                  limit: int = PAGE, undecided_only: bool = False) -> list[ControlItem]:
    """One page of items in review order: high severity first, then the rules' order and
    each finding's key, the sample last. *after* is the last ``position`` of the page
    before (keyset paging: a page costs the same wherever it lies)."""
    where = "control_id = ? AND position > ?" + (" AND decision IS NULL" if undecided_only
                                                  else "")
    return [_item(tuple(r)) for r in conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM control_items WHERE {where} ORDER BY position LIMIT ?",
        (control_id, after if after is not None else 0, limit))]


def item_entries(conn: Connection, item_id: int) -> list[ItemEntry]:
    """The copied log entries behind an item, in time order."""
    return [ItemEntry(*row) for row in conn.execute(
        "SELECT seq, entry_id, sha256, line, source, user_id, ts, flags, tx, cpr "
        "FROM control_item_entries WHERE item_id = ? ORDER BY seq", (item_id,))]


# -- the document ----------------------------------------------------------------------------


def _entry_json(entry: ItemEntry) -> dict[str, Any]:
    return {"user_id": entry.user_id, "timestamp": to_local(entry.ts).isoformat(),
            "transaction": entry.transaction, "cpr": entry.masked_cpr,
            "file_sha256": entry.sha256, "line": entry.line}


def _decision_json(item: ControlItem) -> dict[str, Any]:
    return {"decision": item.decision.value if item.decision else None,
            "note": redact_cpr(item.note), "case_number": redact_cpr(item.case_number),
            "decided_by": item.decided_by, "decided_at": item.decided_at,
            "followup_control": item.followup_control_id}


def control_document(conn: Connection, control_id: int) -> dict[str, Any]:
    """The control as a JSON-able document: what the CLI writes and the report prints.

    No full CPR number appears in it: entries carry the masked number, texts are redacted.
    Times are Danish local time with their offset.
    """
    control = get_control(conn, control_id)
    doc: dict[str, Any] = {
        "control": {
            "id": control.id, "type": control.type.value,
            "period": {"from": control.start.isoformat(), "to": control.end.isoformat()},
            "scope": {"kind": control.scope.kind.value,
                      "value": (mask_cpr(control.scope.value or "")
                                if control.scope.kind is ScopeKind.PERSON
                                else control.scope.value)},
            "rules": control.rules, "seed": control.seed,
            "sample": control.parameters.get("sample", {}),
            "imports": [{"file": i.file_name, "sha256": i.sha256, "source": i.source,
                         "rows": i.rows, "file_rows": i.file_rows} for i in control.imports],
            "status": control.status.value, "parent_id": control.parent_id,
            "reason": redact_cpr(control.reason),
            "created": {"at": control.created_at, "by": control.created_by},
            "completed": ({"at": control.completed_at, "by": control.completed_by}
                          if control.completed_at else None),
            "entries_in_scope": control.entries_in_scope, "explained": control.explained,
            "counts": {"findings": control.findings, "sample": control.sample,
                       "by_rule": control.by_rule, "by_decision": control.by_decision},
        },
        "findings": [],
        "sample": [],
    }
    after = 0
    while True:
        page = control_items(conn, control_id, after=after, limit=1000)
        if not page:
            break
        for item in page:
            entries = [_entry_json(e) for e in item_entries(conn, item.id)]
            if item.is_sample:
                doc["sample"].append({"item": item.id, **entries[0], **_decision_json(item)})
                continue
            doc["findings"].append({
                "item": item.id, "rule": item.rule,
                "severity": item.severity.name.lower() if item.severity else None,
                "explanation": redact_cpr(item.explanation.english()),
                "user_id": item.user_id, "key": redact_cpr(item.key),
                "entries": entries, "entries_total": item.entries_total,
                **_decision_json(item),
            })
        after = page[-1].position
    return doc
