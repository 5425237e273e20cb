"""Insight requests (GDPR art. 15, as Datatilsynet applies it to logs): which lookups
concerned one person in a period, when, of which transaction type and for which purpose.

Datatilsynet's practice: the person is told the date and time of each lookup, what was looked
up and the authority's purpose, but not who in the authority did it. So a report holds no
employee name, no user ID, no terminal and no search criterion (free text that may name
someone); the purpose is the authority's:

1. the purpose text of the authorisation in force for that user ID on that (Danish) day;
2. else the purpose of the system-to-system program the user ID belongs to;
3. else the employee's department, given as the unit ("Unit: Borgerservice");
4. else nothing: the user ID is not in the register, and the officer must find out.

The person's CPR number is kept in the report only masked (``DDMMYY-XXXX``), so a report can
be shown, exported and audited without the number in clear; the query itself uses the
``(cpr, ts)`` index and reads only that person's rows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from cpradmin.errors import ValidationError
from cpradmin.exports import Lang, Sheet, Value, csv_bytes, xlsx_bytes
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import CprError, mask_cpr, parse_cpr, redact_cpr
from cpradmin.models.logs import AMBIGUOUS, local_day_bounds, to_local
from cpradmin.models.storage.connection import Connection
from cpradmin.securefiles import atomic_write
from cpradmin.vault import Vault

Basis = Literal["authorisation", "program", "department", "unknown"]
Format = Literal["xlsx", "csv"]


@dataclass(frozen=True)
class InsightLookup:
    """One lookup concerning the person: when (Danish time), what and why. *ambiguous*: the
    time lies in the repeated autumn hour (summer or winter time, the log does not say)."""

    at: datetime
    ambiguous: bool
    transaction: str
    purpose: str
    basis: Basis


@dataclass(frozen=True)
class InsightReport:
    """The lookups concerning one person in the local days *start* through *end*."""

    masked_cpr: str
    start: date
    end: date
    lookups: tuple[InsightLookup, ...]

    def per_transaction(self) -> dict[str, int]:
        """Transaction type → lookups, the most frequent first."""
        counts = Counter(x.transaction for x in self.lookups)
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    @property
    def without_purpose(self) -> int:
        """Lookups without a registered purpose (the officer must find it)."""
        return sum(1 for x in self.lookups if x.basis == "unknown")

    def summary(self) -> dict[str, Any]:
        """For the audit entry and the CLI: the masked number, the period and counts."""
        return {"cpr": self.masked_cpr, "from": self.start.isoformat(),
                "to": self.end.isoformat(), "lookups": len(self.lookups),
                "without_purpose": self.without_purpose}


def _refusal(template: str, **args: Any) -> ValidationError:
    return ValidationError(Message("Insight", template, args))


def _digits(cpr: str) -> str:
    try:
        return parse_cpr(cpr).digits
    except CprError as exc:  # its message is already masked
        raise ValidationError(exc.message) from None


@dataclass(frozen=True)
class _Owner:
    kind: Basis
    text: str  # the program's purpose or the employee's department
    authorisations: tuple[tuple[date, date | None, date | None, int, str], ...]

    def purpose(self, day: date) -> tuple[str, Basis]:
        """The purpose in force on *day*: the newest authorisation in force with a purpose,
        else the program's purpose, else the department."""
        for granted, expires, revoked, _id, text in self.authorisations:  # newest first
            if granted <= day and (expires is None or expires >= day) and (
                    revoked is None or revoked > day) and text:
                return text, "authorisation"
        if self.text:
            return self.text, self.kind
        return "", "unknown"


def _owners(conn: Connection, user_refs: set[int]) -> dict[int, _Owner]:
    """The register's owner of each log user ref (only those that occur)."""
    if not user_refs:
        return {}
    listed = ", ".join(str(int(r)) for r in user_refs)
    owners: dict[int, _Owner] = {}
    auths: dict[int, list[tuple[date, date | None, date | None, int, str]]] = {}
    rows = conn.execute(
        "SELECT l.id, u.id, p.id, p.purpose, e.department FROM log_users l "
        "JOIN user_ids u ON u.user_id = l.user_id "
        "LEFT JOIN programs p ON p.id = u.program_id "
        f"LEFT JOIN employees e ON e.id = u.employee_id WHERE l.id IN ({listed})").fetchall()
    if rows:
        ids = ", ".join(str(int(r[1])) for r in rows)
        for uid, granted, expires, revoked, auth_id, purpose in conn.execute(
            "SELECT user_id_id, granted_on, expires_on, revoked_on, id, purpose "
            f"FROM authorisations WHERE user_id_id IN ({ids})"
        ):
            auths.setdefault(uid, []).append((
                date.fromisoformat(granted), date.fromisoformat(expires) if expires else None,
                date.fromisoformat(revoked) if revoked else None, auth_id,
                redact_cpr(purpose.strip())))
    for ref, uid, program, program_purpose, department in rows:
        newest = tuple(sorted(auths.get(uid, ()), key=lambda a: (a[0], a[3]), reverse=True))
        if program is not None:
            owners[ref] = _Owner("program", redact_cpr((program_purpose or "").strip()), newest)
        else:
            owners[ref] = _Owner("department", redact_cpr((department or "").strip()), newest)
    return owners


def insight_request(conn: Connection, cpr: str, start: date, end: date) -> InsightReport:
    """The lookups concerning the person with *cpr* in the local days *start* through *end*
    (inclusive), oldest first, from every imported log; raises ``ValidationError`` for a CPR
    number that is not valid (its message is masked) or a period that ends before it starts.
    """
    digits = _digits(cpr)
    if end < start:
        raise _refusal(QT_TRANSLATE_NOOP(
            "Insight", "The period ends ({end}) before it starts ({start})."),
            start=start.isoformat(), end=end.isoformat())
    low, high = local_day_bounds(start, end)
    found = conn.execute(
        "SELECT e.ts, e.flags, e.user_ref, t.code FROM log_entries e "
        "JOIN log_transactions t ON t.id = e.tx_ref "
        "WHERE e.cpr = ? AND e.ts >= ? AND e.ts < ? ORDER BY e.ts, e.id",
        (int(digits), low, high)).fetchall()
    owners = _owners(conn, {int(r[2]) for r in found})
    unknown = _Owner("department", "", ())
    lookups = []
    for ts, flags, user_ref, code in found:
        at = to_local(int(ts))
        purpose, basis = owners.get(user_ref, unknown).purpose(at.date())
        lookups.append(InsightLookup(at, bool(flags & AMBIGUOUS), code, purpose, basis))
    return InsightReport(mask_cpr(digits), start, end, tuple(lookups))


# -- export ------------------------------------------------------------------------------------


def _pick(lang: Lang, da: str, en: str) -> str:
    return da if lang == "da" else en


def purpose_text(lookup: InsightLookup, lang: Lang = "da") -> str:
    """The purpose as the reply states it (a department is named as the unit)."""
    if lookup.basis == "department":
        return _pick(lang, f"Enhed: {lookup.purpose}", f"Unit: {lookup.purpose}")
    if lookup.basis == "unknown":
        return _pick(lang, "Formålet er ikke registreret", "The purpose is not registered")
    return lookup.purpose


def note_text(lookup: InsightLookup, lang: Lang = "da") -> str:
    if not lookup.ambiguous:
        return ""
    return _pick(lang, "Sommertid eller vintertid (timen hvor uret stilles tilbage)",
                 "Summer or winter time (the hour the clocks go back)")


def insight_sheets(report: InsightReport, lang: Lang = "da", *,
                   authority: str = "", made: datetime | None = None) -> list[Sheet]:
    """The lookups (one row each, the person's CPR number masked) and what the file covers."""
    headers = [_pick(lang, "CPR-nummer", "CPR number"), _pick(lang, "Dato", "Date"),
               _pick(lang, "Klokkeslæt", "Time"), _pick(lang, "Transaktion", "Transaction"),
               _pick(lang, "Formål", "Purpose"), _pick(lang, "Bemærkning", "Note")]
    rows: list[list[Value]] = [
        [report.masked_cpr, x.at.date(), f"{x.at:%H:%M:%S}", x.transaction,
         purpose_text(x, lang), note_text(x, lang)] for x in report.lookups]
    about: list[list[Value]] = [
        [_pick(lang, "Person (CPR-nummer)", "Person (CPR number)"), report.masked_cpr],
        [_pick(lang, "Periode fra", "Period from"), report.start],
        [_pick(lang, "Periode til", "Period to"), report.end],
        [_pick(lang, "Antal opslag", "Lookups"), len(report.lookups)],
        [_pick(lang, "Tidspunkter", "Times"), _pick(lang, "Dansk tid", "Danish time")],
        [_pick(lang, "Indhold", "Content"), _pick(
            lang, "Opslag i CPR om personen: tidspunkt, transaktionstype og myndighedens "
            "formål. Medarbejderes navne og bruger-id'er indgår ikke.",
            "Lookups in the CPR concerning the person: time, transaction type and the "
            "authority's purpose. Employees' names and user IDs are not included.")],
    ]
    if authority:
        about.insert(0, [_pick(lang, "Myndighed", "Authority"), authority])
    if made is not None:
        about.append([_pick(lang, "Udarbejdet", "Made"), made.date()])
    return [Sheet("lookups", _pick(lang, "Opslag", "Lookups"), headers, rows),
            Sheet("about", _pick(lang, "Om udtrækket", "About"),
                  [_pick(lang, "Felt", "Field"), _pick(lang, "Værdi", "Value")], about)]


@dataclass(frozen=True)
class InsightExport:
    path: Path
    format: Format
    lookups: int
    details: dict[str, Any]


def _authority(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'authority'").fetchone()
    return str(row[0]) if row else ""


def export_insight(vault: Vault, report: InsightReport, path: Path | str,
                   fmt: Format | None = None, *, lang: Lang = "da") -> InsightExport:
    """Write *report* for the reply: ``xlsx`` (the lookups and what the file covers) or
    ``csv`` (the lookups; ``;``, UTF-8 with BOM); *fmt* None: from the file's suffix.
    Written privately and atomically (built in memory, no temp file), and recorded as
    ``insight-exported`` with the masked CPR number in the same transaction."""
    vault.require(Permission.DO_CONTROLS)
    path = Path(path)
    chosen = fmt or path.suffix.lower().lstrip(".")
    if chosen not in ("xlsx", "csv"):
        raise _refusal(QT_TRANSLATE_NOOP(
            "Insight", "Export to an .xlsx or .csv file, not {name}."), name=path.name)
    if lang not in ("da", "en"):
        raise ValueError(f"lang must be 'da' or 'en', not {lang!r}")
    sheets = insight_sheets(report, lang, authority=_authority(vault.db),
                            made=vault.clock.now().astimezone())
    data = xlsx_bytes(sheets) if chosen == "xlsx" else csv_bytes(sheets[0])
    details = {"file": path.name, "format": chosen, **report.summary()}
    with vault.change("insight-exported", f"file:{path.name}", details):
        atomic_write(path, data)
    return InsightExport(path, chosen, len(report.lookups), details)  # type: ignore[arg-type]


def record_preview(vault: Vault, report: InsightReport) -> None:
    """Audit that the officer looked at one person's lookups (an insight preview is itself
    a look into who searched for the person): masked number, period and count."""
    vault.require(Permission.DO_CONTROLS)
    vault.record("insight-viewed", f"person:{report.masked_cpr}", report.summary())


def summary_lines(report: InsightReport) -> list[str]:
    """A plain-English summary (the CLI's output): no CPR number in clear, no user ID."""
    lines = [f"Insight request for {report.masked_cpr}, {report.start.isoformat()} to "
             f"{report.end.isoformat()}: {len(report.lookups)} lookup(s)"]
    if report.lookups:
        first, last = report.lookups[0].at, report.lookups[-1].at
        lines.append(f"First {first:%Y-%m-%d %H:%M}, last {last:%Y-%m-%d %H:%M} (Danish time)")
        lines += [f"  {tx}: {n}" for tx, n in report.per_transaction().items()]
    if report.without_purpose:
        lines.append(f"{report.without_purpose} lookup(s) without a registered purpose (the "
                     "user ID is not in the register, or no purpose or department is "
                     "recorded): find it before the reply is sent")
    return [redact_cpr(line) for line in lines]


__all__ = [
    "InsightExport",
    "InsightLookup",
    "InsightReport",
    "export_insight",
    "insight_request",
    "insight_sheets",
    "note_text",
    "purpose_text",
    "record_preview",
    "summary_lines",
]
