"""CLI commands for the log control's files: CPR/system logs, transaction statistics, cases.

``add_parsers(subparsers, login)`` adds ``log`` and ``cases`` to ``cpradmin``'s parser, as
``cli_registers`` does. Every command locks the vault when done; a refusal (the same file
again, missing columns) exits 1 with the reason on stderr. Nothing printed holds a full CPR
number: row errors are masked where they are made.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, TextIO

from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError
from cpradmin.i18n import Message
from cpradmin.models.cpr import redact_cpr
from cpradmin.vault import Vault

Login = Callable[[argparse.Namespace], Vault]

#: Row errors printed after an import (the rest are counted per reason).
SHOWN_ERRORS = 20


def add_parsers(subparsers: Any, login: Login) -> None:
    """Add ``log import|imports|import-statistics`` and ``cases import``."""
    log = subparsers.add_parser("log", help="CPR and system logs for the log control")
    log_sub = log.add_subparsers(dest="action", required=True)

    imp = log_sub.add_parser("import", help="import a CPR log-search export or a system log")
    imp.add_argument("file", help="CSV (or XLSX); Danish or English column names")
    imp.add_argument("--source", choices=("cpr", "system"), default="cpr",
                     help="cpr: the CPR office's log search; system: our own programs' log")
    imp.add_argument("--profile", metavar="NAME", help="a saved column profile")
    imp.set_defaults(handler=partial(cmd_log_import, login=login))

    lst = log_sub.add_parser("imports", help="list imported log, statistics and case files")
    lst.set_defaults(handler=partial(cmd_log_imports, login=login))

    stat = log_sub.add_parser("import-statistics",
                              help="import the CPR transaction statistics report")
    stat.add_argument("file")
    stat.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                      help="the period, if the file has no period columns")
    stat.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    stat.set_defaults(handler=partial(cmd_log_import_statistics, login=login))

    cases = subparsers.add_parser("cases", help="case explanations for the log control")
    cases_sub = cases.add_subparsers(dest="action", required=True)
    cimp = cases_sub.add_parser("import", help="import user ID, CPR, case number, from/to")
    cimp.add_argument("file")
    cimp.set_defaults(handler=partial(cmd_cases_import, login=login))


def _print_result(result: Any, out: TextIO) -> None:
    from cpradmin.models.logs import to_local

    print(f"File: {result.file} (import #{result.import_id}, SHA-256 {result.sha256[:16]}…)",
          file=out)
    print(f"Rows: {result.rows_read} read, {result.accepted} accepted, {result.rejected} "
          f"rejected, {result.duplicates} duplicates skipped, {result.added} added", file=out)
    if result.period_start is not None:
        first, last = to_local(result.period_start), to_local(result.period_end)
        print(f"Period: {first:%Y-%m-%d %H:%M:%S} to {last:%Y-%m-%d %H:%M:%S} (Danish time)",
              file=out)
    if result.ambiguous or result.nonexistent:
        print(f"Daylight saving: {result.ambiguous} rows in the repeated autumn hour "
              f"(flagged, either reading possible), {result.nonexistent} in the skipped "
              "spring hour (flagged)", file=out)
    if result.kind == "log":
        print(f"Speed: {result.rows_per_second:,.0f} rows/s ({result.seconds:.1f} s)", file=out)
    for reason, count in sorted(result.rejections.items()):
        print(f"  rejected ({reason}): {count}", file=out)
    for row_error in result.errors[:SHOWN_ERRORS]:
        print(str(row_error), file=out)
    hidden = result.rejected - min(len(result.errors), SHOWN_ERRORS)
    if hidden > 0:
        print(f"… and {hidden} more rejected rows", file=out)


def cmd_log_import(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.log_import import import_log

    vault = login(args)
    try:
        result = import_log(vault, args.file, source=args.source, profile=args.profile)
    finally:
        vault.lock("cli: done")
    _print_result(result, out)
    return 0


def cmd_log_imports(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.log_import import list_imports
    from cpradmin.models.logs import to_local

    vault = login(args)
    try:
        records = list_imports(vault.db)
    finally:
        vault.lock("cli: done")
    for r in records:
        period = (f"{to_local(r.period_start):%Y-%m-%d}..{to_local(r.period_end):%Y-%m-%d}"
                  if r.period_start is not None and r.period_end is not None else "-")
        print(f"#{r.id:<5}{r.kind:<11}{r.source:<7}{r.imported_at[:16]:<17}{r.imported_by:<6}"
              f"{r.rows_added:>10} added {r.rows_rejected:>7} rejected {r.rows_duplicate:>7} "
              f"dup  {period:<22} {r.file_name}", file=out)
    print(f"{len(records)} import(s)", file=out)
    return 0


def _date_arg(text: str | None) -> date | None:
    from cpradmin.models.dates import parse_date

    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or "
            "DD.MM.YYYY."), {"value": redact_cpr(text)})) from None


def cmd_log_import_statistics(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.log_import import import_statistics

    start, end = _date_arg(args.start), _date_arg(args.end)
    period = (start, end) if start and end else None
    vault = login(args)
    try:
        result = import_statistics(vault, args.file, period=period)
    finally:
        vault.lock("cli: done")
    _print_result(result, out)
    return 0


def cmd_cases_import(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.log_import import import_cases

    vault = login(args)
    try:
        result = import_cases(vault, args.file)
    finally:
        vault.lock("cli: done")
    _print_result(result, out)
    return 0
