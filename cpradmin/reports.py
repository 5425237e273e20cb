"""Report documents made from the vault, and the signed reports kept in it.

A report kind is a *builder*: a function ``(conn, arguments, lang, context) ->
ReportDocument`` registered under its name with ``@builder("kind")``. The arguments are
JSON-able (dates as ISO text) and the ``ReportContext`` carries everything that would
otherwise come from "now": the creation time, the authority's name, who prepared it and
the audit trail's count and head hash. Both are stored with a signed report, so
:func:`regenerate` makes the same PDF again byte for byte as long as the records it shows
are unchanged, and :func:`check_regenerates` proves it against the signed file.

The log control's report plugs in the same way: ``@builder("log-control")`` taking
``{"control_id": …}``, building findings, decisions, sample and statistics into sections.

Here so far: the unlock register for a period (:func:`unlock_register_report`) and the
list of employees and programs with CPR access on a day (:func:`access_list_report`).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from cpradmin import __version__, audit
from cpradmin.clock import iso, parse_iso
from cpradmin.dashboard import EXPIRY_WARNING_DAYS, TRAINING_MAX_AGE_DAYS
from cpradmin.employee_queries import danish_key
from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError, error
from cpradmin.models.accounts import Permission
from cpradmin.models.registers import SENSITIVE_PROFILES, VERIFICATION_LABELS, Verification
from cpradmin.models.storage.connection import Connection
from cpradmin.report_pdf import (
    AuditAnchor,
    BarChart,
    ChartSeries,
    DataTable,
    Finding,
    Findings,
    Heading,
    KeyValues,
    ReportDocument,
    SignatureBlock,
    Source,
    Sources,
    Text,
    clean,
    file_name,
    render,
    utc_now,
)
from cpradmin.report_texts import Language, check_language, label, long_date, short_datetime
from cpradmin.signing import authority_name
from cpradmin.vault import Vault

# -- what a builder gets ----------------------------------------------------------------------


@dataclass(frozen=True)
class ReportContext:
    """The parts of a report that are not in the records it shows."""

    authority: str
    created: datetime
    prepared_by: str
    role: str
    audit_entries: int
    audit_head: str

    @classmethod
    def current(cls, conn: Connection, *, prepared_by: str = "", role: str = "",
                now: datetime | None = None) -> ReportContext:
        count, head = audit.head(conn)
        return cls(authority_name(conn), (now or utc_now()).replace(microsecond=0),
                   prepared_by, role, count, head)

    def to_json(self) -> dict[str, Any]:
        return {"authority": self.authority, "created": iso(self.created),
                "prepared_by": self.prepared_by, "role": self.role,
                "audit_entries": self.audit_entries, "audit_head": self.audit_head}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReportContext:
        return cls(data["authority"], parse_iso(data["created"]), data["prepared_by"],
                   data.get("role", ""), int(data["audit_entries"]), data["audit_head"])

    def closing_sections(self, lang: Language) -> tuple[Any, ...]:
        """What ends every report: the audit anchor and the signature block."""
        return (AuditAnchor(self.audit_entries, self.audit_head),
                SignatureBlock(self.prepared_by or "", self.role))


Builder = Callable[[Connection, Mapping[str, Any], Language, ReportContext], ReportDocument]
BUILDERS: dict[str, Builder] = {}


def builder(kind: str) -> Callable[[Builder], Builder]:
    """Register a report kind: ``@builder("log-control")``."""
    def register(function: Builder) -> Builder:
        BUILDERS[kind] = function
        return function
    return register


def _rows_digest(rows: Sequence[Sequence[Any]]) -> str:
    """SHA-256 of the rows a table shows (canonical JSON), the "source" of a register report."""
    canonical = json.dumps([[str(v) if v is not None else None for v in r] for r in rows],
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _local(text: str | None) -> datetime | None:
    """The unlock register's times: Danish wall-clock, to the minute, no offset."""
    return datetime.fromisoformat(text) if text else None


def _months(start: date, end: date) -> list[tuple[int, int]]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


# -- the unlock register ---------------------------------------------------------------------


def unlock_register_report(conn: Connection, *, start: date, end: date, lang: Language = "da",
                           context: ReportContext | None = None) -> ReportDocument:
    """Who was authorised to unlock user IDs in the period, and every lockout and unlock."""
    lang = check_language(lang)
    if end < start:
        raise error(ValidationError,
                    QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."))
    context = context or ReportContext.current(conn)
    first, after = start.isoformat(), (end + timedelta(days=1)).isoformat()
    unlockers = conn.execute(
        "SELECT id, name, account, authorised_from, authorised_to, authorised_by, note "
        "FROM unlockers WHERE authorised_from <= ? AND (authorised_to IS NULL OR "
        "authorised_to >= ?) ORDER BY name, authorised_from", (end.isoformat(), first),
    ).fetchall()
    all_unlockers = {r[0]: r for r in conn.execute(
        "SELECT id, name, account, authorised_from, authorised_to FROM unlockers")}
    officers = {r[0] for r in conn.execute(
        "SELECT initials FROM accounts WHERE role = 'officer'")}
    lockouts = conn.execute(
        "SELECT u.user_id, coalesce(e.name, p.name, ''), l.locked_at, l.unlocked_at, "
        "l.unlocked_by, l.unlocker_id, l.verification, l.note, l.recorded_by FROM lockouts l "
        "JOIN user_ids u ON u.id = l.user_id_id LEFT JOIN employees e ON e.id = u.employee_id "
        "LEFT JOIN programs p ON p.id = u.program_id "
        "WHERE l.locked_at < ? AND (l.unlocked_at IS NULL OR l.unlocked_at >= ?) "
        "ORDER BY l.locked_at, l.id", (after, first),
    ).fetchall()

    def authorised(unlocker_id: int | None, by: str | None, day: date) -> bool:
        if unlocker_id is not None:
            row = all_unlockers.get(unlocker_id)
            return bool(row) and row[3] <= day.isoformat() and (
                row[4] is None or day.isoformat() <= row[4])
        if by in officers:
            return True
        return any(r[2] == by and r[3] <= day.isoformat() and (
            r[4] is None or day.isoformat() <= r[4]) for r in all_unlockers.values())

    def t(text: str, **args: object) -> str:
        return label(text, lang, **args)

    def verification(value: str | None) -> str:
        if not value:
            return ""
        try:
            return t(VERIFICATION_LABELS[Verification(value)])
        except ValueError:
            return value

    unlocker_rows = [(r[1], r[2] or "", date.fromisoformat(r[3]),
                      date.fromisoformat(r[4]) if r[4] else None, r[5], r[6])
                     for r in unlockers]
    lockout_rows = []
    findings: list[Finding] = []
    locked_in_period = unlocked_in_period = still_locked = unauthorised = 0
    per_month: Counter[tuple[int, int]] = Counter()
    end_of_period = datetime.combine(end, datetime.max.time())
    for (user_id, owner, locked, unlocked, by, unlocker_id, how, note, recorded) in lockouts:
        locked_at, unlocked_at = _local(locked), _local(unlocked)
        assert locked_at is not None
        lockout_rows.append((user_id, owner, locked_at, unlocked_at, by or "", verification(how),
                             note, recorded))
        if start <= locked_at.date() <= end:
            locked_in_period += 1
            per_month[(locked_at.year, locked_at.month)] += 1
        if unlocked_at is not None and start <= unlocked_at.date() <= end:
            unlocked_in_period += 1
            if not authorised(unlocker_id, by, unlocked_at.date()):
                unauthorised += 1
                findings.append(Finding(
                    t("Unlock by a person without authorisation"),
                    t("{user_id} was unlocked at {unlocked} by {by}, who was not authorised to "
                      "unlock user IDs on that day.", user_id=user_id,
                      unlocked=short_datetime(unlocked_at, lang), by=by or "?"),
                    "high"))
            if how == Verification.OTHER.value:
                findings.append(Finding(
                    t("Identity verified in another way"),
                    t("{user_id} was unlocked at {unlocked}; the identity was verified in "
                      "another way: {note}", user_id=user_id,
                      unlocked=short_datetime(unlocked_at, lang), note=note), "info"))
        if unlocked_at is None or unlocked_at > end_of_period:
            still_locked += 1
            findings.append(Finding(
                t("User ID still locked"),
                t("{user_id} ({owner}) was locked at {locked} and not unlocked by {end}.",
                  user_id=user_id, owner=owner, locked=short_datetime(locked_at, lang),
                  end=long_date(end, lang)), "medium"))
    months = _months(start, end)
    sections: list[Any] = [
        Text(t("The CPR terms, section 3: a user ID locked after five failed password attempts "
               "may be unlocked only by the security officer or by persons the security "
               "officer has authorised. This report lists the persons authorised to unlock "
               "user IDs in the period and every lockout and unlock recorded in the period.")),
        Heading(t("Statistics")),
        KeyValues((
            (t("Lockouts in the period"), locked_in_period),
            (t("Unlocked in the period"), unlocked_in_period),
            (t("Still locked at the end of the period"), still_locked),
            (t("Unlocked by a person not authorised that day"), unauthorised),
        )),
        BarChart(t("Lockouts per month"),
                 tuple(f"{m:02d}-{y}" for y, m in months),
                 (ChartSeries(t("Lockouts"), tuple(float(per_month[k]) for k in months)),)),
        Heading(t("Persons authorised to unlock user IDs")),
        DataTable((t("Name"), t("Account"), t("From"), t("To"), t("Authorised by"), t("Note")),
                  unlocker_rows, weights=(22, 9, 11, 11, 11, 26)),
        Heading(t("Lockouts and unlocks")),
        DataTable((t("User ID"), t("Employee or program"), t("Locked at"), t("Unlocked at"),
                   t("Unlocked by"), t("Verification"), t("Note"), t("Recorded by")),
                  lockout_rows, weights=(10, 17, 13, 13, 10, 13, 16, 8)),
        Heading(t("Findings")),
        Findings(findings),
        Sources((
            Source(t("Register: authorised unlockers"), len(unlocker_rows),
                   _rows_digest(unlocker_rows)),
            Source(t("Register: lockouts and unlocks"), len(lockout_rows),
                   _rows_digest(lockout_rows)),
        ), note=t("The sources are the vault's registers; the SHA-256 is that of the rows "
                  "shown, so a report made again from unchanged records has the same digest.")),
        *context.closing_sections(lang),
    ]
    title = t("Unlock register {start} – {end}", start=long_date(start, lang),
              end=long_date(end, lang))
    return ReportDocument(
        title=title, authority=context.authority, language=lang, created=context.created,
        sections=tuple(sections), period=(start, end), author=context.prepared_by,
        subject=t("Unlock register"), keywords=("cpradmin", "unlocks"), kind="unlocks",
    )


@builder("unlocks")
def _build_unlocks(conn: Connection, arguments: Mapping[str, Any], lang: Language,
                   context: ReportContext) -> ReportDocument:
    return unlock_register_report(conn, start=date.fromisoformat(arguments["start"]),
                                  end=date.fromisoformat(arguments["end"]), lang=lang,
                                  context=context)


# -- employees and programs with access --------------------------------------------------------

_ACCESS_SQL = (
    "SELECT u.user_id, u.employee_id, u.program_id, e.name, e.department, e.employed_to, "
    "e.trained_on, e.acknowledged_on, p.name, p.supplier, r.name, a.granted_on, a.expires_on, "
    "a.transaction_types, a.profiles, a.purpose FROM authorisations a "
    "JOIN user_ids u ON u.id = a.user_id_id LEFT JOIN employees e ON e.id = u.employee_id "
    "LEFT JOIN programs p ON p.id = u.program_id LEFT JOIN employees r ON r.id = p.responsible_id "
    "WHERE a.granted_on <= :day AND (a.expires_on IS NULL OR a.expires_on >= :day) "
    "AND (a.revoked_on IS NULL OR a.revoked_on > :day)"
)


def access_list_report(conn: Connection, *, on: date, lang: Language = "da",
                       context: ReportContext | None = None) -> ReportDocument:
    """Every employee and system-to-system program with an authorisation in force on *on*."""
    lang = check_language(lang)
    context = context or ReportContext.current(conn)

    def t(text: str, **args: object) -> str:
        return label(text, lang, **args)

    day = on.isoformat()
    soon = on + timedelta(days=EXPIRY_WARNING_DAYS)
    year_ago = on - timedelta(days=TRAINING_MAX_AGE_DAYS)
    rows = conn.execute(_ACCESS_SQL, {"day": day}).fetchall()
    employees, programs = [], []
    findings: list[Finding] = []
    per_department: Counter[str] = Counter()
    sensitive = no_expiry = expiring = 0
    left: set[int] = set()
    checked_people: set[int] = set()
    for (user_id, employee_id, _program_id, name, department, employed_to, trained,
         acknowledged, program, supplier, responsible, granted, expires, types, profiles,
         _purpose) in sorted(rows, key=lambda r: (r[1] is None, danish_key(r[3] or r[8]),
                                                  r[0], r[11])):
        granted_on, expires_on = date.fromisoformat(granted), (
            date.fromisoformat(expires) if expires else None)
        type_list = ", ".join(json.loads(types))
        profile_list = json.loads(profiles)
        who = name or program or ""
        if employee_id is not None:
            employees.append((name, department, user_id, granted_on, expires_on, type_list,
                              ", ".join(profile_list)))
            per_department[department or t("(no department)")] += 1
        else:
            programs.append((program, supplier, responsible or "", user_id, granted_on,
                             expires_on, type_list, ", ".join(profile_list)))
            per_department[t("System-to-system programs")] += 1
        risky = sorted(SENSITIVE_PROFILES.intersection(profile_list))
        if risky:
            sensitive += 1
            findings.append(Finding(t("Sensitive profile"), t(
                "{who} ({user_id}) holds profile {profiles} (log access or administration).",
                who=who, user_id=user_id, profiles=", ".join(risky)), "medium"))
        if expires_on is None:
            no_expiry += 1
            findings.append(Finding(t("Authorisation without an expiry date"), t(
                "The authorisation of {who} ({user_id}) granted on {granted} has no expiry "
                "date.", who=who, user_id=user_id, granted=long_date(granted_on, lang)),
                "medium"))
        elif expires_on <= soon:
            expiring += 1
            findings.append(Finding(t("Authorisation expires within 30 days"), t(
                "The authorisation of {who} ({user_id}) expires on {expires}.", who=who,
                user_id=user_id, expires=long_date(expires_on, lang)), "low"))
        if employee_id is None:
            continue
        if employed_to and employed_to < day:
            left.add(employee_id)
            findings.append(Finding(t("Has left, but an authorisation is in force"), t(
                "{who} ({user_id}) left on {left}, yet an authorisation granted on {granted} "
                "is in force.", who=who, user_id=user_id,
                left=long_date(date.fromisoformat(employed_to), lang),
                granted=long_date(granted_on, lang)), "high"))
        if employee_id in checked_people:
            continue
        checked_people.add(employee_id)
        if not trained or trained < year_ago.isoformat():
            findings.append(Finding(t("CPR training missing or older than a year"), t(
                "{who} has access, but CPR training is missing or older than a year (last: "
                "{trained}).", who=who,
                trained=long_date(date.fromisoformat(trained), lang) if trained
                else t("none")), "medium"))
        if not acknowledged or acknowledged < year_ago.isoformat():
            findings.append(Finding(t("Regulations not acknowledged within a year"), t(
                "{who} has access, but has not acknowledged the internal regulations within a "
                "year (last: {acknowledged}).", who=who,
                acknowledged=long_date(date.fromisoformat(acknowledged), lang) if acknowledged
                else t("none")), "low"))
    order = {"high": 0, "medium": 1, "low": 2, "info": 3}
    findings.sort(key=lambda f: order.get(f.severity, 9))  # stable: register order within
    departments = sorted(per_department, key=danish_key)
    people = {r[1] for r in rows if r[1] is not None}
    progs = {r[2] for r in rows if r[2] is not None}
    sections: list[Any] = [
        Text(t("The CPR terms, section 3: the security officer keeps a list of the employees "
               "and the system-to-system programs with access to the CPR, with the date each "
               "authorisation was granted and the date it expires. This report lists every "
               "authorisation in force on the day of the report.")),
        Heading(t("Statistics")),
        KeyValues((
            (t("Authorisations in force"), len(rows)),
            (t("Employees with access"), len(people)),
            (t("Programs with access"), len(progs)),
            (t("With sensitive profiles (127, 200)"), sensitive),
            (t("Without an expiry date"), no_expiry),
            (t("Expiring within 30 days"), expiring),
            (t("Employees who have left"), len(left)),
        )),
        BarChart(t("Authorisations per department"), tuple(departments),
                 (ChartSeries(t("Authorisations"),
                              tuple(float(per_department[d]) for d in departments)),)),
        Heading(t("Employees")),
        DataTable((t("Name"), t("Department"), t("User ID"), t("Granted"), t("Expires"),
                   t("Transaction types"), t("Profiles")), employees,
                  weights=(22, 15, 10, 10, 10, 20, 9)),
        Heading(t("System-to-system programs")),
        DataTable((t("Program"), t("Supplier"), t("Responsible"), t("User ID"), t("Granted"),
                   t("Expires"), t("Transaction types"), t("Profiles")), programs,
                  weights=(16, 13, 14, 10, 10, 10, 17, 9)),
        Heading(t("Findings")),
        Findings(findings),
        Sources((
            Source(t("Register: employees and user IDs"), len(employees),
                   _rows_digest(employees)),
            Source(t("Register: programs and user IDs"), len(programs), _rows_digest(programs)),
        ), note=t("The sources are the vault's registers; the SHA-256 is that of the rows "
                  "shown, so a report made again from unchanged records has the same digest.")),
        *context.closing_sections(lang),
    ]
    return ReportDocument(
        title=t("Employees and programs with CPR access on {day}", day=long_date(on, lang)),
        authority=context.authority, language=lang, created=context.created,
        sections=tuple(sections), period=(on, on), author=context.prepared_by,
        subject=t("Employees and programs with CPR access"), keywords=("cpradmin", "access"),
        kind="access",
    )


@builder("access")
def _build_access(conn: Connection, arguments: Mapping[str, Any], lang: Language,
                  context: ReportContext) -> ReportDocument:
    return access_list_report(conn, on=date.fromisoformat(arguments["on"]), lang=lang,
                              context=context)


# -- making, signing and keeping reports --------------------------------------------------------


@dataclass(frozen=True)
class MadeReport:
    """A rendered (unsigned) report and what makes it again."""

    kind: str
    title: str
    language: Language
    pdf: bytes
    parameters: dict[str, Any]
    file_name: str


def _document(conn: Connection, parameters: Mapping[str, Any]) -> ReportDocument:
    kind = parameters["kind"]
    if kind not in BUILDERS:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "Unknown report kind {kind}."),
                    kind=clean(kind))
    return BUILDERS[kind](conn, parameters["arguments"], parameters["language"],
                          ReportContext.from_json(parameters["context"]))


_ROLES = {"officer": "security officer", "deputy": "deputy security officer"}


def make_report(vault: Vault, kind: str, arguments: Mapping[str, Any], *,
                lang: Language = "da") -> MadeReport:
    """Render a report of *kind* now, as the logged-in account; nothing is written."""
    vault.require(Permission.READ)
    lang = check_language(lang)
    role = label(_ROLES[vault.account.role.value], lang) if vault.account.role.value in _ROLES \
        else ""
    context = ReportContext.current(vault.db, prepared_by=vault.account.name, role=role,
                                    now=vault.clock.now())
    parameters = {"kind": kind, "arguments": dict(arguments), "language": lang,
                  "context": context.to_json(), "engine": __version__}
    document = _document(vault.db, parameters)
    stamp = context.created.date().isoformat()
    return MadeReport(kind, document.title, lang, render(document), parameters,
                      file_name(context.authority, document.subject, stamp))


def regenerate(conn: Connection, parameters: Mapping[str, Any]) -> bytes:
    """The unsigned PDF made again from stored parameters (and today's records)."""
    return render(_document(conn, parameters))


@dataclass(frozen=True)
class StoredReport:
    id: int
    kind: str
    control_id: int | None
    title: str
    language: str
    file_name: str
    sha256: str
    unsigned_sha256: str | None
    signed: bool
    signer: str | None
    created_at: str
    created_by: str


_STORED = ("id, kind, control_id, title, language, file_name, sha256, unsigned_sha256, signed, "
           "signer, created_at, created_by")


def store_report(vault: Vault, kind: str, control_id: int | None, pdf_bytes: bytes,
                 signed: bool, *, title: str = "", language: Language = "da",
                 parameters: Mapping[str, Any] | None = None, name: str = "",
                 unsigned_sha256: str | None = None, signer: str | None = None,
                 certificate_id: int | None = None) -> StoredReport:
    """Keep a (signed) report in the vault with its SHA-256; audited."""
    vault.require(Permission.DO_CONTROLS)
    digest = hashlib.sha256(pdf_bytes).hexdigest()
    title = clean(title or kind)
    name = name or file_name(title)
    details = {"kind": kind, "control": control_id, "sha256": digest, "signed": signed,
               "file": name}
    with vault.change("report-stored", None, details) as conn:
        cursor = conn.execute(
            "INSERT INTO reports (kind, control_id, title, language, parameters, file_name, pdf, "
            "sha256, unsigned_sha256, signed, signer, certificate_id, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, control_id, title, language, json.dumps(dict(parameters or {})), name,
             pdf_bytes, digest, unsigned_sha256, int(signed), signer, certificate_id,
             iso(vault.clock.now()), vault.account.initials),
        )
        report_id = int(cursor.lastrowid or 0)
        vault.describe(f"report:{report_id}", details)
    return get_report(vault.db, report_id)


def sign_and_store(vault: Vault, made: MadeReport, *, password: str,
                   control_id: int | None = None,
                   certificate_id: int | None = None) -> tuple[StoredReport, bytes]:
    """Sign a made report (password asked again) and keep it; returns the record and PDF."""
    from cpradmin import signing

    info = signing.certificate_for_signing(vault, certificate_id)
    signed = signing.sign_pdf(vault, made.pdf, password=password, certificate_id=info.id,
                              reason=made.title)
    stored = store_report(
        vault, made.kind, control_id, signed, True, title=made.title, language=made.language,
        parameters=made.parameters, name=made.file_name,
        unsigned_sha256=hashlib.sha256(made.pdf).hexdigest(), signer=info.common_name,
        certificate_id=info.id,
    )
    return stored, signed


def get_report(conn: Connection, report_id: int) -> StoredReport:
    row = conn.execute(f"SELECT {_STORED} FROM reports WHERE id = ?", (report_id,)).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "No report with id {id}."),
                    id=report_id)
    return _stored(row)


def _stored(row: tuple[Any, ...]) -> StoredReport:
    (id_, kind, control, title, language, name, digest, unsigned, signed, signer, created,
     by) = row
    return StoredReport(int(id_), kind, control, title, language, name, digest, unsigned,
                        bool(signed), signer, created, by)


def list_reports(conn: Connection, *, kind: str | None = None,
                 control_id: int | None = None) -> list[StoredReport]:
    where, params = [], []
    if kind is not None:
        where.append("kind = ?")
        params.append(kind)
    if control_id is not None:
        where.append("control_id = ?")
        params.append(control_id)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return [_stored(r) for r in conn.execute(
        f"SELECT {_STORED} FROM reports{clause} ORDER BY id", params)]


def fetch_report(conn: Connection, report_id: int) -> bytes:
    """The stored PDF, checked against its recorded SHA-256."""
    row = conn.execute("SELECT pdf, sha256 FROM reports WHERE id = ?", (report_id,)).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "No report with id {id}."),
                    id=report_id)
    data = bytes(row[0])
    if hashlib.sha256(data).hexdigest() != row[1]:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The stored report {id} does not match its recorded SHA-256."),
            id=report_id)
    return data


def check_regenerates(conn: Connection, report_id: int) -> bool:
    """Whether the report, made again from the vault, is exactly what was signed: the
    unsigned PDF's SHA-256 matches and it is the signed file's first revision."""
    row = conn.execute("SELECT parameters, unsigned_sha256 FROM reports WHERE id = ?",
                       (report_id,)).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "No report with id {id}."),
                    id=report_id)
    parameters = json.loads(row[0])
    if not parameters or not row[1]:
        return False
    again = regenerate(conn, parameters)
    return (hashlib.sha256(again).hexdigest() == row[1]
            and fetch_report(conn, report_id).startswith(again))


# The control reports register their builders on import (``regenerate`` and
# ``check_regenerates`` must know every kind); imported last: it builds on this module.
from cpradmin import control_reports as _control_reports  # noqa: E402, F401
from cpradmin import obligations_report as _obligations_report  # noqa: E402, F401
