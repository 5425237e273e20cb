"""The evidence workbook of a control (issue 5, item 6): an XLSX with every finding, decision,
sample entry, the statistics and the sources, for the auditor who wants the full lists the
PDF caps ("and 12 more").

Log control: sheets Findings (one row per log entry behind a finding, so nothing is capped),
Decisions (one row per item), Sample, Statistics, Sources. Authorisation control: Findings
(one row per flag), Decisions, Sample (the whole snapshot), Statistics, Sources (the CPR
actions and the snapshot's digest) — the same five sheets, so one reader fits both.

CPR numbers are masked (the records hold them masked for display; free text goes through
``redact_cpr`` in ``exports.xlsx_bytes``). The workbook is built in memory by
``exports.xlsx_bytes`` (no openpyxl temp files) and written only where the officer chose,
with ``securefiles.atomic_write``; the export is audited in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cpradmin import authorisation_control as ac
from cpradmin import controls as lc
from cpradmin.control_reports import (
    LOG_KIND,
    control_kind,
    log_control_statistics,
)
from cpradmin.exports import Lang, Sheet, Value, xlsx_bytes
from cpradmin.i18n import Message
from cpradmin.models.accounts import Permission
from cpradmin.models.logs import to_local
from cpradmin.models.storage.connection import Connection
from cpradmin.report_texts import label
from cpradmin.reports import _rows_digest
from cpradmin.securefiles import atomic_write
from cpradmin.vault import Vault

SHEETS = ("Findings", "Decisions", "Sample", "Statistics", "Sources")


@dataclass(frozen=True)
class EvidenceExport:
    path: Path
    control_id: int
    rows: int
    details: dict[str, Any]


def _stamp(text: str | None) -> str:
    """A stored UTC ISO time as Danish wall-clock time to the minute."""
    return to_local(int(datetime.fromisoformat(text).timestamp())).strftime(
        "%Y-%m-%d %H:%M") if text else ""


def _translated(message: Message, lang: Lang) -> str:
    return label(message.template, lang, **message.args)


def _log_sheets(conn: Connection, control_id: int, lang: Lang) -> list[Sheet]:
    def t(text: str) -> str:
        return label(text, lang)

    control = lc.get_control(conn, control_id)
    files = {i.sha256: i.file_name for i in control.imports}
    findings: list[list[Value]] = []
    decisions: list[list[Value]] = []
    sample: list[list[Value]] = []
    after = 0
    while page := lc.control_items(conn, control_id, after=after, limit=1000):
        after = page[-1].position
        for item in page:
            decision = item.decision.value if item.decision else "undecided"
            decisions.append([item.position, item.kind, item.rule or "", item.user_id or "",
                              decision, item.case_number, item.note, item.decided_by or "",
                              _stamp(item.decided_at), item.followup_control_id])
            for entry in lc.item_entries(conn, item.id):
                row: list[Value] = [
                    item.position, entry.user_id,
                    to_local(entry.ts).strftime("%Y-%m-%d %H:%M:%S"), entry.transaction,
                    entry.masked_cpr or "", files.get(entry.sha256, ""), entry.sha256,
                    entry.line]
                if item.is_sample:
                    sample.append([*row, decision, item.case_number, item.note])
                else:
                    findings.append([item.position, item.rule or "",
                                     item.severity.name.lower() if item.severity else "",
                                     _translated(item.explanation, lang), *row[1:],
                                     item.entries_total, decision])
    stats = log_control_statistics(conn, control_id)
    months = list(stats["months"])
    statistics: list[list[Value]] = [[name, *values, sum(values)]
                                     for name, values in stats["types"].items()]
    sources: list[list[Value]] = [[i.file_name, i.source, i.file_rows, i.rows, i.sha256]
                                  for i in control.imports]
    sources += [[f"rule {rule}", "", None, None, json.dumps(spec, sort_keys=True)]
                for rule, spec in control.rules.items()]
    sources.append(["seed", "", None, None, str(control.seed)])
    entry_columns = [t("User ID"), t("Time"), t("Transaction"), t("CPR number"), t("File"),
                     "SHA-256", t("Line")]
    return [
        Sheet("findings", t("Findings"),
              [t("Item"), t("Rule"), t("Severity"), t("Explanation"), *entry_columns,
               t("Entries"), t("Decision")], findings, frozenset({9})),
        Sheet("decisions", t("Decisions"),
              [t("Item"), t("Kind"), t("Rule"), t("User ID"), t("Decision"), t("Case number"),
               t("Note"), t("By"), t("Decided"), t("Ad hoc control")], decisions),
        Sheet("sample", t("Random sample"),
              [t("Item"), *entry_columns, t("Decision"), t("Case number"), t("Note")], sample,
              frozenset({6})),
        Sheet("statistics", t("Statistics"), [t("Transaction type"), *months, t("Total")],
              statistics),
        Sheet("sources", t("Sources"),
              [t("Source"), t("Kind"), t("Rows"), t("Rows in scope"), "SHA-256 / parameters"],
              sources, frozenset({4})),
    ]


def _authorisation_sheets(conn: Connection, control_id: int, lang: Lang) -> list[Sheet]:
    def t(text: str) -> str:
        return label(text, lang)

    control = ac.get_control(conn, control_id)
    items: list[ac.ControlItem] = []
    after = None
    while page := ac.control_items(conn, control_id, after=after, limit=1000):
        items += page
        after = page[-1].position
    findings: list[list[Value]] = [
        [i.position, i.user_id, i.holder_name, t(ac.FLAG_LABELS[f]),
         _translated(ac.flag_message(i, f, control), lang)] for i in items for f in i.flags]
    decisions: list[list[Value]] = [
        [i.position, i.user_id, i.holder_name, i.decision.value if i.decision else "undecided",
         i.note, i.decided_by or "", _stamp(i.decided_at)] for i in items]
    snapshot: list[list[Value]] = [
        [i.position, i.user_id, i.holder_name, i.department, i.granted_on, i.expires_on,
         ", ".join(i.transaction_types), ", ".join(i.profiles),
         ", ".join(f.value for f in i.flags)] for i in items]
    summary = ac.counts(conn, control_id)
    statistics: list[list[Value]] = [
        [t("Authorisations in the snapshot"), summary.items],
        [t("Flagged for attention"), summary.flagged],
        *([t(k.capitalize()), v] for k, v in sorted(summary.decisions.items())),
        [t("CPR actions"), summary.actions], [t("Done"), summary.actions_done],
        *([t(ac.FLAG_LABELS[f]), n] for f, n in summary.flags.items()),
    ]
    digest_rows = [(i.user_id, i.holder_name, i.department, i.granted_on, i.expires_on,
                    ", ".join(i.profiles)) for i in items]
    sources: list[list[Value]] = [[t("Snapshot of the authorisations"), len(items),
                                   _rows_digest(digest_rows)]]
    sources += [[_translated(a.message, lang), None, f"{a.state.value} {a.done_on or ''}".strip()]
                for a in ac.actions(conn, control_id)]
    return [
        Sheet("findings", t("Findings"),
              [t("No."), t("User ID"), t("Name"), t("Flags"), t("Explanation")], findings),
        Sheet("decisions", t("Decisions"),
              [t("No."), t("User ID"), t("Name"), t("Decision"), t("Note"), t("By"),
               t("Decided")], decisions),
        Sheet("sample", t("Snapshot of the authorisations"),
              [t("No."), t("User ID"), t("Name"), t("Department"), t("Granted"), t("Expires"),
               t("Transaction types"), t("Profiles"), t("Flags")], snapshot),
        Sheet("statistics", t("Statistics"), [t("Statistics"), t("Count")], statistics),
        Sheet("sources", t("Sources"), [t("Source"), t("Rows"), "SHA-256 / state"], sources,
              frozenset({2})),
    ]


def evidence_sheets(conn: Connection, control_id: int, lang: Lang = "da") -> list[Sheet]:
    """The five sheets of a control's evidence workbook."""
    if control_kind(conn, control_id) == LOG_KIND:
        return _log_sheets(conn, control_id, lang)
    return _authorisation_sheets(conn, control_id, lang)


def evidence_bytes(conn: Connection, control_id: int, lang: Lang = "da") -> bytes:
    """The workbook, in memory."""
    return xlsx_bytes(evidence_sheets(conn, control_id, lang))


def export_evidence(vault: Vault, control_id: int, path: Path | str, *,
                    lang: Lang = "da") -> EvidenceExport:
    """Write the control's evidence workbook to *path* (private, atomic), audited as
    ``evidence-exported`` in the same transaction."""
    vault.require(Permission.READ)
    path = Path(path)
    sheets = evidence_sheets(vault.db, control_id, lang)
    data = xlsx_bytes(sheets)
    rows = sum(len(s.rows) for s in sheets)
    details = {"file": path.name, "control": control_id, "rows": rows}
    with vault.change("evidence-exported", f"control:{control_id}", details):
        atomic_write(path, data)
    return EvidenceExport(path, control_id, rows, details)
