"""The obligations checklist as a printed (and signable) report: ``@builder("obligations")``.

Arguments: ``{"on": "YYYY-MM-DD"}``, the day the checklist is stated for (review due and the
hints are computed for that day). One table per section of the CPR terms with every
obligation, its status, the latest review and the evidence (note, attached document with
its SHA-256, and what cpradmin's own records show); then the items that need attention as
findings. Labels are in ``report_texts.DANISH``; the obligations' own text comes from the
catalogue, which carries its Danish wording.

Importing this module registers the builder (``cli_obligations`` and the view import it
before making a report).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from cpradmin.i18n import Message
from cpradmin.models.obligations import SECTIONS, STATUS_DANISH, STATUS_LABELS, Status
from cpradmin.models.storage.connection import Connection
from cpradmin.obligations import ChecklistItem, checklist, summary
from cpradmin.report_pdf import (
    DataTable,
    Finding,
    Findings,
    Heading,
    KeyValues,
    ReportDocument,
    Source,
    Sources,
    Text,
)
from cpradmin.report_texts import Language, check_language, label, long_date
from cpradmin.reports import ReportContext, builder


def _status(status: Status, lang: Language) -> str:
    return STATUS_DANISH[status] if lang == "da" else STATUS_LABELS[status]


def message_text(message: Message, lang: Language) -> str:
    """A core message in the report's language: its template (and nested messages) looked up
    in ``report_texts.DANISH`` as the report's own labels are."""
    args = {k: message_text(v, lang) if isinstance(v, Message) else v
            for k, v in message.args.items()}
    return label(message.template, lang, **args)


def _evidence(item: ChecklistItem, lang: Language) -> str:
    def t(text: str, **args: object) -> str:
        return label(text, lang, **args)

    parts = []
    latest = item.latest
    if latest is not None and latest.note:
        parts.append(latest.note)
    if latest is not None and latest.file_name:
        parts.append(t("Document: {name} (SHA-256 {digest})", name=latest.file_name,
                       digest=latest.sha256[:16]))
    if item.hint is not None:
        parts.append(t("cpradmin: {hint}", hint=message_text(item.hint, lang)))
    return "\n".join(parts)


def obligations_report(conn: Connection, *, on: date, lang: Language = "da",
                       context: ReportContext | None = None) -> ReportDocument:
    """Every obligation of the CPR terms with its status, review and evidence on *on*."""
    lang = check_language(lang)
    context = context or ReportContext.current(conn)

    def t(text: str, **args: object) -> str:
        return label(text, lang, **args)

    items = checklist(conn, on)
    counts, due = summary(items)
    sections: list[Any] = [
        Text(t("The CPR terms (1 February 2023) place these obligations on the authority and "
               "its security officer. The checklist states, for each, the security officer's "
               "assessment, when it was last reviewed and by whom, and the evidence. It is "
               "reviewed at least once a year together with the internal regulations.")),
        Heading(t("Statistics")),
        KeyValues((
            (t("Obligations"), len(items)),
            *((_status(s, lang), counts.get(s, 0)) for s in Status),
            (t("Due for review"), due),
        )),
    ]
    findings: list[Finding] = []
    digest_rows: list[list[str]] = []
    documents: list[Source] = []
    for section in SECTIONS:
        rows = []
        for item in (i for i in items if i.obligation.section == section.number):
            o, latest = item.obligation, item.latest
            title = o.title_da if lang == "da" else o.title
            text = o.text_da if lang == "da" else o.text
            reviewed = (f"{latest.reviewed_on.isoformat()} {latest.reviewed_by}"
                        if latest else t("never"))
            if item.review_due:
                reviewed += "\n" + t("review due")
            rows.append((o.ref, f"{title}\n{text}", _status(item.status, lang), reviewed,
                         _evidence(item, lang)))
            digest_rows.append([o.ref, item.status.value, reviewed,
                                latest.note if latest else "", latest.sha256 if latest else ""])
            if latest is not None and latest.file_name:
                documents.append(Source(t("Document for {ref}: {name}", ref=o.ref,
                                          name=latest.file_name), 1, latest.sha256))
            if item.status in (Status.NOT_MET, Status.PARTLY_MET):
                findings.append(Finding(
                    f"{o.ref} {title}",
                    t("Assessed as {status}: {note}", status=_status(item.status, lang),
                      note=latest.note if latest else ""),
                    "high" if item.status is Status.NOT_MET else "medium"))
            elif item.review_due:
                findings.append(Finding(
                    f"{o.ref} {title}",
                    t("Not assessed yet.") if latest is None else
                    t("Last reviewed on {day}; due for review.",
                      day=long_date(latest.reviewed_on, lang)),
                    "low"))
        section_title = section.title_da if lang == "da" else section.title
        sections += [
            Heading(t("Section {number}: {title}", number=section.number,
                      title=section_title)),
            DataTable((t("Ref."), t("Obligation"), t("Status"), t("Reviewed"),
                       t("Evidence")), rows, weights=(6, 38, 11, 12, 33)),
        ]
    canonical = json.dumps(digest_rows, ensure_ascii=False, separators=(",", ":"))
    sections += [
        Heading(t("Findings")),
        Findings(findings),
        Sources((
            Source(t("Checklist: assessments in force"), len(digest_rows),
                   hashlib.sha256(canonical.encode("utf-8")).hexdigest()),
            *documents,
        ), note=t("The sources are the vault's records; the SHA-256 of the checklist is that "
                  "of the rows shown, and each attached document's is that of the file kept "
                  "in the vault.")),
        *context.closing_sections(lang),
    ]
    return ReportDocument(
        title=t("CPR obligations checklist on {day}", day=long_date(on, lang)),
        authority=context.authority, language=lang, created=context.created,
        sections=tuple(sections), period=(on, on), author=context.prepared_by,
        subject=t("CPR obligations checklist"), keywords=("cpradmin", "obligations"),
        kind="obligations",
    )


@builder("obligations")
def _build_obligations(conn: Connection, arguments: Mapping[str, Any], lang: Language,
                       context: ReportContext) -> ReportDocument:
    return obligations_report(conn, on=date.fromisoformat(arguments["on"]), lang=lang,
                              context=context)
