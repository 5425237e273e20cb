"""CLI commands for the obligations checklist of the CPR terms.

``add_parsers(subparsers, login)`` adds ``obligations list|show|assess|document|report``:

* ``list [--due] [--on D]``: every obligation with its status, last review and hint.
* ``show REF``: one obligation in full, with the history of its assessments.
* ``assess REF --status S [--note T] [--document FILE] [--remove-document] [--reviewed-on D]``:
  record a review (officer only); the previous one stays in the history.
* ``document REF --out FILE``: write the attached document out (its SHA-256 is checked).
* ``report --pdf OUT [--sign] [--lang da|en] [--on D]``: the checklist as a PDF, as
  ``cpradmin report`` makes the other reports.

Every command locks the vault when done; a refusal exits 1 with the reason on stderr.
Notes are masked when stored and passed through ``redact_cpr`` again on the way out.
"""

from __future__ import annotations

import argparse
import hashlib
import textwrap
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError
from cpradmin.i18n import Message
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.obligations import STATUS_LABELS, Status
from cpradmin.securefiles import atomic_write
from cpradmin.vault import Vault

Login = Callable[[argparse.Namespace], Vault]


def add_parsers(subparsers: Any, login: Login) -> None:
    """Add ``obligations`` to *subparsers*."""
    group = subparsers.add_parser("obligations", help="the checklist of the CPR terms")
    sub = group.add_subparsers(dest="action", required=True)

    lst = sub.add_parser("list", help="every obligation: status, last review, hint")
    lst.add_argument("--due", action="store_true", help="only items due for review")
    lst.add_argument("--on", metavar="YYYY-MM-DD", help="the day to compute for")
    lst.set_defaults(handler=partial(cmd_list, login=login))

    show = sub.add_parser("show", help="one obligation in full with its history")
    show.add_argument("ref", help='the reference, e.g. "4.3"')
    show.set_defaults(handler=partial(cmd_show, login=login))

    assess = sub.add_parser("assess", help="record a review of one obligation")
    assess.add_argument("ref", help='the reference, e.g. "4.3"')
    assess.add_argument("--status", required=True, choices=[s.value for s in Status])
    assess.add_argument("--note", default="", help="the evidence note (required unless met)")
    assess.add_argument("--document", metavar="FILE", help="attach a document as evidence")
    assess.add_argument("--remove-document", action="store_true",
                        help="detach the document attached before")
    assess.add_argument("--reviewed-on", metavar="YYYY-MM-DD", help="default: today")
    assess.set_defaults(handler=partial(cmd_assess, login=login))

    doc = sub.add_parser("document", help="write an obligation's attached document to a file")
    doc.add_argument("ref")
    doc.add_argument("--out", required=True, metavar="FILE")
    doc.set_defaults(handler=partial(cmd_document, login=login))

    report = sub.add_parser("report", help="the checklist as a PDF report")
    report.add_argument("--pdf", required=True, metavar="OUT", help="the PDF to write")
    report.add_argument("--sign", action="store_true",
                        help="sign it (asks for your password again) and keep it in the vault")
    report.add_argument("--lang", choices=("da", "en"), default="da")
    report.add_argument("--on", metavar="YYYY-MM-DD", help="the day (default: today)")
    report.set_defaults(handler=partial(cmd_report, login=login))


def _date_arg(text: str | None) -> date | None:
    from cpradmin.models.dates import parse_date

    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or "
            "DD.MM.YYYY."), {"value": redact_cpr(text)})) from None


def _today(vault: Vault) -> date:
    return vault.clock.now().astimezone().date()


def cmd_list(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import obligations

    on = _date_arg(args.on)
    vault = login(args)
    try:
        today = on or _today(vault)
        items = obligations.checklist(vault.db, today)
    finally:
        vault.lock("cli: done")
    counts, due = obligations.summary(items)
    shown = [i for i in items if i.review_due] if args.due else items
    for item in shown:
        latest = item.latest
        reviewed = f"{latest.reviewed_on.isoformat()} {latest.reviewed_by}" if latest else "never"
        flag = "REVIEW DUE" if item.review_due else ""
        print(f"{item.ref:<6}{item.status.value:<16}{reviewed:<18}{flag:<12}"
              f"{item.obligation.title}", file=out)
        if latest is not None and latest.note:
            print(f"        note: {redact_cpr(latest.note)}", file=out)
        if latest is not None and latest.file_name:
            print(f"        document: {redact_cpr(latest.file_name)} "
                  f"(SHA-256 {latest.sha256})", file=out)
        if item.hint is not None:
            print(f"        cpradmin: {item.hint.english()}", file=out)
    tally = ", ".join(f"{STATUS_LABELS[s].lower()} {counts.get(s, 0)}" for s in Status)
    print(f"{len(items)} obligations on {today.isoformat()}: {tally}; {due} due for review",
          file=out)
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import obligations
    from cpradmin.models.obligations import find

    vault = login(args)
    try:
        past = obligations.history(vault.db, args.ref)
    finally:
        vault.lock("cli: done")
    obligation = find(args.ref)
    assert obligation is not None  # history() refused an unknown reference
    print(f"{obligation.ref} {obligation.title}", file=out)
    print(textwrap.fill(obligation.text, 90, initial_indent="  ", subsequent_indent="  "),
          file=out)
    if not past:
        print("Never assessed.", file=out)
    for a in past:
        document = f", document {redact_cpr(a.file_name)} (SHA-256 {a.sha256})" \
            if a.file_name else ""
        print(f"#{a.id:<5}{a.reviewed_on.isoformat()} {a.reviewed_by:<5}{a.status.value}"
              f"{document}", file=out)
        if a.note:
            print(f"       {redact_cpr(a.note)}", file=out)
    return 0


def cmd_assess(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import obligations

    reviewed_on = _date_arg(args.reviewed_on)
    data, name = None, ""
    if args.document:
        path = Path(args.document).expanduser()
        if path.stat().st_size > obligations.MAX_DOCUMENT_BYTES:
            raise ValidationError(Message("Errors", QT_TRANSLATE_NOOP(
                "Errors", "The document is larger than {limit} MB."),
                {"limit": obligations.MAX_DOCUMENT_BYTES // (1024 * 1024)}))
        data, name = path.read_bytes(), path.name
    vault = login(args)
    try:
        done = obligations.assess(vault, args.ref, args.status, args.note,
                                  reviewed_on=reviewed_on, document=data, file_name=name,
                                  remove_document=args.remove_document)
    finally:
        vault.lock("cli: done")
    print(f"{done.ref}: {done.status.value}, reviewed {done.reviewed_on.isoformat()} by "
          f"{done.reviewed_by} (assessment #{done.id}).", file=out)
    if done.file_name:
        print(f"Document: {redact_cpr(done.file_name)}, {done.size:,} bytes, "
              f"SHA-256 {done.sha256}", file=out)
    return 0


def cmd_document(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import obligations

    target = Path(args.out).expanduser()
    vault = login(args)
    try:
        past = obligations.history(vault.db, args.ref)
        if not past or past[0].document_id is None:
            raise ValidationError(Message("Errors", QT_TRANSLATE_NOOP(
                "Errors", "No document is stored.")))
        _name, data = obligations.document(vault, past[0].document_id)
        atomic_write(target, data)
    finally:
        vault.lock("cli: done")
    print(f"Written: {target} ({len(data):,} bytes, SHA-256 "
          f"{hashlib.sha256(data).hexdigest()})", file=out)
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import obligations_report, reports  # noqa: F401 - registers the builder
    from cpradmin.cli_reports import export_report, print_written

    on = _date_arg(args.on)
    password = ""
    if args.sign:
        from cpradmin.cli import _secret  # the login's own env/prompt rule

        password = _secret("CPRADMIN_PASSWORD", "Password (to sign): ")
    target = Path(args.pdf).expanduser()
    vault = login(args)
    try:
        arguments = {"on": (on or _today(vault)).isoformat()}
        made = reports.make_report(vault, "obligations", arguments, lang=args.lang)
        sign = (lambda: reports.sign_and_store(vault, made, password=password)) \
            if args.sign else None
        stored, data = export_report(vault, made, target, sign)
    finally:
        vault.lock("cli: done")
    return print_written(out, made, target, stored, data)
