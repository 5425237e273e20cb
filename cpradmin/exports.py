"""Exporting the registers to XLSX (one sheet per register) and CSV (one register per file).

What leaves the vault is masked: a CPR number is always ``DDMMYY-XXXX``, and every free-text
cell goes through ``redact_cpr`` in case someone typed a CPR number into a note. The employees
register uses exactly the columns ``register_import`` reads, so an export imports again as
"unchanged" (a masked CPR number there means "keep the stored one").

The file is built in memory and written with ``securefiles.atomic_write`` (private, atomic);
openpyxl would otherwise spool each sheet through a plaintext file in the system temp folder,
so the workbook is serialised by :class:`_MemoryExcelWriter`. The export and its audit entry
commit together: if the file cannot be written, no export is recorded.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from cpradmin.employee_queries import danish_key
from cpradmin.errors import ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import mask_cpr, redact_cpr
from cpradmin.models.dates import date_or_none
from cpradmin.models.registers import VERIFICATION_LABELS, Verification
from cpradmin.models.storage.connection import Connection
from cpradmin.register_import import EMPLOYEE_IMPORT_COLUMNS, WATCHLIST_IMPORT_COLUMNS
from cpradmin.registers import (
    AUTH_COLUMNS,
    EMPLOYEE_COLUMNS,
    authorisation_from_row,
    employee_from_row,
    list_programs,
)
from cpradmin.regulations import list_versions
from cpradmin.securefiles import atomic_write
from cpradmin.tabular import escape_formula
from cpradmin.unlocks import list_lockouts, list_unlockers
from cpradmin.vault import Vault

Lang = Literal["da", "en"]
Value = str | date | int | None

REGISTERS: tuple[str, ...] = (
    "employees", "user_ids", "authorisations", "authorisation_history", "programs",
    "unlockers", "lockouts", "watchlist", "regulations",
)
# Sheet names (at most 31 characters) and CSV file stems.
TITLES: dict[str, tuple[str, str]] = {
    "employees": ("Medarbejdere", "Employees"),
    "user_ids": ("Bruger-ID'er", "User IDs"),
    "authorisations": ("Autorisationer", "Authorisations"),
    "authorisation_history": ("Autorisationshistorik", "Authorisation history"),
    "programs": ("Programmer", "Programs"),
    "unlockers": ("Bemyndigede til oplåsning", "Unlockers"),
    "lockouts": ("Låsninger", "Lockouts"),
    "watchlist": ("Overvågningsliste", "Watchlist"),
    "regulations": ("Interne regler", "Regulations"),
}
_XLSX_MAX_TEXT = 32767  # Excel's limit for one cell
_MAX_WIDTH = 60


@dataclass(frozen=True)
class Sheet:
    """One register as a table; ``verbatim`` columns (checksums) are not redacted."""

    register: str
    title: str
    headers: list[str]
    rows: list[list[Value]]
    verbatim: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    registers: tuple[str, ...]
    rows: int
    details: dict[str, Any] = field(default_factory=dict)


def _pick(lang: Lang, da: str, en: str) -> str:
    return da if lang == "da" else en


def _yes(lang: Lang, value: bool) -> str:
    return _pick(lang, "Ja", "Yes") if value else _pick(lang, "Nej", "No")


def _codes(raw: str) -> str:
    return ", ".join(json.loads(raw))


def local_stamp(text: str | None) -> str:
    """A stored timestamp as local time to the minute (what the officer expects to read)."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


# -- the registers as tables -----------------------------------------------------------------


def _employees(conn: Connection, lang: Lang) -> Sheet:
    """The import layout: one row per (employee, user ID, authorisation in force or not yet
    revoked); an employee without user IDs, or a user ID without one, gets one row."""
    uids: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for id_, value, employee_id in conn.execute(
        "SELECT id, user_id, employee_id FROM user_ids WHERE employee_id IS NOT NULL "
        "ORDER BY user_id"
    ):
        uids[employee_id].append((id_, value))
    auths: dict[int, list[Any]] = defaultdict(list)
    for row in conn.execute(
        f"SELECT {AUTH_COLUMNS} FROM authorisations WHERE revoked_on IS NULL "
        "ORDER BY granted_on, id"
    ):
        auth = authorisation_from_row(row)
        auths[auth.user_id_id].append(auth)
    rows: list[list[Value]] = []
    employees = [employee_from_row(r)
                 for r in conn.execute(f"SELECT {EMPLOYEE_COLUMNS} FROM employees")]
    employees.sort(key=lambda e: (danish_key(e.name), e.id))  # Å after Z, as in Danish
    for e in employees:
        person: list[Value] = [
            e.name, e.initials, e.department, mask_cpr(e.cpr) if e.cpr else "", e.email,
            e.employed_from, e.employed_to, e.trained_on, e.acknowledged_on, e.notes,
        ]
        if not uids[e.id]:
            rows.append([*person, *([None] * 8)])
        for uid_id, value in uids[e.id]:
            if not auths[uid_id]:
                rows.append([*person, value, *([None] * 7)])
            for a in auths[uid_id]:
                rows.append([
                    *person, value, a.granted_on, a.expires_on, a.purpose, a.case_number,
                    ", ".join(a.transaction_types), ", ".join(a.profiles), a.granted_by,
                ])
    return Sheet("employees", TITLES["employees"][lang == "en"],
                 [c.header(lang) for c in EMPLOYEE_IMPORT_COLUMNS], rows)


_OWNER = (
    "FROM user_ids u LEFT JOIN employees e ON e.id = u.employee_id "
    "LEFT JOIN programs p ON p.id = u.program_id"
)


def _user_ids(conn: Connection, lang: Lang) -> Sheet:
    rows: list[list[Value]] = [
        [value, _pick(lang, "Program", "Program") if program else
         _pick(lang, "Medarbejder", "Employee"), name or "", initials or "",
         _yes(lang, bool(locked)), date_or_none((created or "")[:10])]
        for value, program, name, initials, locked, created in conn.execute(
            "SELECT u.user_id, u.program_id, coalesce(e.name, p.name), e.initials, u.locked, "
            f"u.created_at {_OWNER} ORDER BY u.user_id"
        )
    ]
    headers = (["Bruger-ID", "Tilhører", "Navn", "Initialer", "Spærret", "Oprettet"]
               if lang == "da" else
               ["User ID", "Belongs to", "Name", "Initials", "Locked", "Created"])
    return Sheet("user_ids", TITLES["user_ids"][lang == "en"], headers, rows)


def _authorisations(conn: Connection, lang: Lang) -> Sheet:
    rows: list[list[Value]] = []
    for row in conn.execute(
        f"SELECT u.user_id, coalesce(e.name, p.name), {_prefixed(AUTH_COLUMNS, 'a')} "
        f"FROM authorisations a JOIN user_ids u ON u.id = a.user_id_id "
        "LEFT JOIN employees e ON e.id = u.employee_id "
        "LEFT JOIN programs p ON p.id = u.program_id ORDER BY u.user_id, a.granted_on, a.id"
    ):
        value, owner, a = row[0], row[1], authorisation_from_row(row[2:])
        rows.append([
            value, owner or "", a.granted_on, a.expires_on, a.purpose, a.case_number,
            ", ".join(a.transaction_types), ", ".join(a.profiles), a.granted_by, a.revoked_on,
            a.revoked_reason, a.version,
        ])
    headers = (["Bruger-ID", "Navn", "Gældende fra", "Gældende til", "Formål", "Sagsnr.",
                "Transaktionstyper", "Profiler", "Tildelt af", "Tilbagekaldt",
                "Årsag til tilbagekaldelse", "Version"]
               if lang == "da" else
               ["User ID", "Name", "Granted on", "Expires", "Purpose", "Case number",
                "Transaction types", "Profiles", "Granted by", "Revoked", "Reason for revoking",
                "Version"])
    return Sheet("authorisations", TITLES["authorisations"][lang == "en"], headers, rows)


def _prefixed(columns: str, alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


_EVENT_KINDS = {"granted": ("tildelt", "granted"), "changed": ("ændret", "changed"),
                "revoked": ("tilbagekaldt", "revoked")}


def _history(conn: Connection, lang: Lang) -> Sheet:
    rows: list[list[Value]] = []
    for value, granted, at, actor, kind, reason, snapshot in conn.execute(
        "SELECT u.user_id, a.granted_on, ev.at, ev.actor, ev.kind, ev.reason, ev.snapshot "
        "FROM authorisation_events ev JOIN authorisations a ON a.id = ev.authorisation_id "
        "JOIN user_ids u ON u.id = a.user_id_id ORDER BY u.user_id, a.granted_on, ev.id"
    ):
        snap = json.loads(snapshot)
        labels = _EVENT_KINDS.get(kind, (kind, kind))
        rows.append([
            value, date_or_none(granted), local_stamp(at), actor, labels[lang == "en"], reason,
            snap.get("version"), date_or_none(snap.get("expires_on")),
            ", ".join(snap.get("transaction_types") or ()), ", ".join(snap.get("profiles") or ()),
        ])
    headers = (["Bruger-ID", "Gældende fra", "Tidspunkt", "Udført af", "Hændelse",
                "Begrundelse", "Version", "Gældende til", "Transaktionstyper", "Profiler"]
               if lang == "da" else
               ["User ID", "Granted on", "At", "By", "Event", "Reason", "Version", "Expires",
                "Transaction types", "Profiles"])
    return Sheet("authorisation_history", TITLES["authorisation_history"][lang == "en"],
                 headers, rows)


def _programs(conn: Connection, lang: Lang) -> Sheet:
    names = dict(conn.execute("SELECT id, name FROM employees").fetchall())
    uids: dict[int, list[str]] = defaultdict(list)
    for program_id, value in conn.execute(
        "SELECT program_id, user_id FROM user_ids WHERE program_id IS NOT NULL ORDER BY user_id"
    ):
        uids[program_id].append(value)
    rows: list[list[Value]] = [
        [p.name, names.get(p.responsible_id, "") if p.responsible_id else "", p.supplier,
         p.purpose, ", ".join(uids[p.id])]
        for p in list_programs(conn)
    ]
    headers = (["Navn", "Ansvarlig", "Leverandør", "Formål", "Bruger-ID'er"] if lang == "da"
               else ["Name", "Responsible", "Supplier", "Purpose", "User IDs"])
    return Sheet("programs", TITLES["programs"][lang == "en"], headers, rows)


def _unlockers(conn: Connection, lang: Lang) -> Sheet:
    names = dict(conn.execute("SELECT id, name FROM employees").fetchall())
    rows: list[list[Value]] = [
        [u.id, u.name, u.account or "", names.get(u.employee_id, "") if u.employee_id else "",
         u.authorised_from, u.authorised_to, u.authorised_by, u.note]
        for u in list_unlockers(conn)
    ]
    headers = (["Nr.", "Navn", "Konto", "Medarbejder", "Bemyndiget fra", "Bemyndiget til",
                "Bemyndiget af", "Note"] if lang == "da" else
               ["No.", "Name", "Account", "Employee", "Authorised from", "Authorised to",
                "Authorised by", "Note"])
    return Sheet("unlockers", TITLES["unlockers"][lang == "en"], headers, rows)


_VERIFICATION_DA = {
    Verification.IN_PERSON: "Personligt, med legitimation",
    Verification.CALL_BACK: "Opringning til kendt nummer",
    Verification.MANAGER: "Bekræftet af lederen",
    Verification.OTHER: "Andet (se note)",
}


def verification_label(value: str | None, lang: Lang) -> str:
    if not value:
        return ""
    try:
        kind = Verification(value)
    except ValueError:
        return value
    return _VERIFICATION_DA[kind] if lang == "da" else VERIFICATION_LABELS[kind]


def _lockouts(conn: Connection, lang: Lang) -> Sheet:
    rows: list[list[Value]] = [
        [x.user_id, x.employee_name, local_stamp(x.locked_at), local_stamp(x.unlocked_at),
         x.unlocked_by or "", verification_label(x.verification, lang), x.note, x.recorded_by]
        for x in list_lockouts(conn)
    ]
    headers = (["Bruger-ID", "Navn", "Spærret", "Låst op", "Låst op af", "Identitet kontrolleret",
                "Note", "Registreret af"] if lang == "da" else
               ["User ID", "Name", "Locked", "Unlocked", "Unlocked by", "Identity verified",
                "Note", "Recorded by"])
    return Sheet("lockouts", TITLES["lockouts"][lang == "en"], headers, rows)


def _watchlist(conn: Connection, lang: Lang) -> Sheet:
    rows: list[list[Value]] = [
        [mask_cpr(cpr), reason, note, date_or_none(added_on), added_by, _yes(lang, bool(active))]
        for cpr, reason, note, added_on, added_by, active in conn.execute(
            "SELECT cpr, reason, note, added_on, added_by, active FROM watchlist ORDER BY id"
        )
    ]
    importable = [c.header(lang) for c in WATCHLIST_IMPORT_COLUMNS]
    headers = importable + (["Tilføjet", "Tilføjet af", "Aktiv"] if lang == "da"
                            else ["Added", "Added by", "Active"])
    return Sheet("watchlist", TITLES["watchlist"][lang == "en"], headers, rows)


def _regulations(conn: Connection, lang: Lang) -> Sheet:
    rows: list[list[Value]] = [
        [r.title, r.version, r.approved_on, r.review_due, r.file_name, r.sha256]
        for r in list_versions(conn)
    ]
    headers = (["Titel", "Version", "Godkendt", "Revideres senest", "Filnavn", "SHA-256"]
               if lang == "da" else
               ["Title", "Version", "Approved", "Review due", "File name", "SHA-256"])
    return Sheet("regulations", TITLES["regulations"][lang == "en"], headers, rows,
                 verbatim=frozenset({5}))


_BUILDERS: dict[str, Callable[[Connection, Lang], Sheet]] = {
    "employees": _employees, "user_ids": _user_ids, "authorisations": _authorisations,
    "authorisation_history": _history, "programs": _programs, "unlockers": _unlockers,
    "lockouts": _lockouts, "watchlist": _watchlist, "regulations": _regulations,
}


def build_sheet(conn: Connection, register: str, lang: Lang = "da") -> Sheet:
    """One register as headers and rows (CPR masked; free text not yet redacted)."""
    if register not in _BUILDERS:
        raise ValidationError(Message("Export", QT_TRANSLATE_NOOP(
            "Export", "There is no register called {register}. The registers are: {known}."),
            {"register": register, "known": ", ".join(REGISTERS)}))
    return _BUILDERS[register](conn, lang)


# -- writing ---------------------------------------------------------------------------------


def _text(value: str, verbatim: bool) -> str:
    return value if verbatim else redact_cpr(value)


def csv_bytes(sheet: Sheet) -> bytes:
    """``;``-separated, CRLF, UTF-8 with BOM: what Excel on a Danish Windows opens right.

    Text that Excel would run as a formula gets a leading ``'`` (undone by the import).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(sheet.headers)
    for row in sheet.rows:
        writer.writerow([_csv_value(v, i in sheet.verbatim) for i, v in enumerate(row)])
    return out.getvalue().encode("utf-8-sig")


def _csv_value(value: Value, verbatim: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return escape_formula(_text(value, verbatim))


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """A workbook with one sheet per register: bold frozen header, autofilter, widths."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for sheet in sheets:
        ws = workbook.create_sheet(sheet.title[:31])
        widths = [len(h) for h in sheet.headers]
        for col, header in enumerate(sheet.headers, start=1):
            ws.cell(row=1, column=col, value=header).font = bold
        for r, row in enumerate(sheet.rows, start=2):
            for col, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    text = ILLEGAL_CHARACTERS_RE.sub(
                        "", _text(value, col - 1 in sheet.verbatim))[:_XLSX_MAX_TEXT]
                    target = ws.cell(row=r, column=col, value=text)
                    target.data_type = "s"  # "=..." is text here, never a formula
                    width = max(len(part) for part in text.split("\n"))
                else:
                    target = ws.cell(row=r, column=col, value=value)
                    if isinstance(value, date):
                        target.number_format = "yyyy-mm-dd"
                        width = 10
                    else:
                        width = len(str(value))
                widths[col - 1] = max(widths[col - 1], width)
        ws.freeze_panes = "A2"
        last = get_column_letter(max(len(sheet.headers), 1))
        ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = min(width + 2, _MAX_WIDTH)
    return _save_in_memory(workbook)


class _MemoryExcelWriter(ExcelWriter):  # type: ignore[misc]
    """openpyxl's writer, except that each sheet's XML goes to memory instead of a temp file
    (``WorksheetWriter`` defaults to ``NamedTemporaryFile``). Mirrors openpyxl 3.1's
    ``ExcelWriter.write_worksheet`` for normal (not write-only) workbooks."""

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = WorksheetWriter(ws, out=io.BytesIO())
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def _save_in_memory(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _MemoryExcelWriter(workbook, archive).save()
    return buffer.getvalue()


def export_registers(vault: Vault, path: Path | str, *, registers: Sequence[str] | None = None,
                     lang: Lang = "da") -> ExportResult:
    """Write *registers* to *path*: ``.xlsx`` (default: all registers, one sheet each) or
    ``.csv`` (exactly one register; default: employees). Recorded as ``register-exported``
    in the same transaction as the file is written."""
    vault.require(Permission.READ)
    path = Path(path)
    if lang not in ("da", "en"):
        raise ValueError(f"lang must be 'da' or 'en', not {lang!r}")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        chosen = tuple(registers) if registers else REGISTERS
    elif suffix == ".csv":
        chosen = tuple(registers) if registers else ("employees",)
        if len(chosen) != 1:
            raise ValidationError(Message("Export", QT_TRANSLATE_NOOP(
                "Export", "A CSV file holds one register; choose one, or export to .xlsx."), {}))
    else:
        raise ValidationError(Message("Export", QT_TRANSLATE_NOOP(
            "Export", "Export to a file ending in .xlsx or .csv, not {name}."),
            {"name": path.name}))
    sheets = [build_sheet(vault.db, register, lang) for register in chosen]
    data = xlsx_bytes(sheets) if suffix == ".xlsx" else csv_bytes(sheets[0])
    rows = sum(len(s.rows) for s in sheets)
    details = {"file": path.name, "registers": list(chosen), "rows": rows}
    with vault.change("register-exported", f"file:{path.name}", details):
        atomic_write(path, data)
    return ExportResult(path, chosen, rows, details)
