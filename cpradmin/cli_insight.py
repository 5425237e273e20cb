"""CLI commands for transaction statistics and insight requests.

``add_parsers(subparsers, login)`` adds ``statistics`` and ``insight`` to ``cpradmin``'s
parser, as ``cli_logs`` does. The insight request's CPR number is read from standard input
(the first line; typed without echo at a terminal), never from an argument: arguments are
visible to every user in the process list. Nothing printed holds a CPR number in clear.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError
from cpradmin.i18n import Message
from cpradmin.models.cpr import redact_cpr
from cpradmin.vault import Vault

Login = Callable[[argparse.Namespace], Vault]

#: Busiest users printed by ``cpradmin statistics``.
SHOWN_USERS = 10


def add_parsers(subparsers: Any, login: Login) -> None:
    """Add ``statistics`` and ``insight``."""
    stat = subparsers.add_parser(
        "statistics", help="transaction statistics per user, type and month from the logs")
    stat.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    stat.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    stat.add_argument("--last-month", action="store_true",
                      help="last calendar month (with --programs-only: the monthly "
                           "system-to-system statistics)")
    stat.add_argument("--user", metavar="ID", help="one user ID only")
    stat.add_argument("--history", action="store_true",
                      help="every month of --user's imported rows (no --from/--to)")
    stat.add_argument("--programs-only", action="store_true",
                      help="only system-to-system user IDs (programs in the register)")
    stat.add_argument("--source", choices=("cpr", "system"),
                      help="only the CPR log or only our own system logs (default: both)")
    stat.add_argument("--out", metavar="FILE", help="write the table to .xlsx or .csv")
    stat.add_argument("--lang", choices=("da", "en"), default="da",
                      help="column headings in the file")
    stat.set_defaults(handler=partial(cmd_statistics, login=login))

    ins = subparsers.add_parser(
        "insight", help="an insight request (GDPR art. 15): the lookups concerning one "
                        "person; the CPR number is read from standard input")
    ins.add_argument("--from", dest="start", metavar="YYYY-MM-DD", required=True)
    ins.add_argument("--to", dest="end", metavar="YYYY-MM-DD", required=True)
    ins.add_argument("--out", metavar="FILE", required=True, help=".xlsx or .csv")
    ins.add_argument("--format", choices=("xlsx", "csv"),
                     help="default: from the file name's suffix")
    ins.add_argument("--lang", choices=("da", "en"), default="da")
    ins.set_defaults(handler=partial(cmd_insight, login=login))


def _refusal(template: str, **args: Any) -> ValidationError:
    return ValidationError(Message("Statistics", template, args))


def _date_arg(text: str | None) -> date | None:
    from cpradmin.models.dates import parse_date

    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise _refusal(QT_TRANSLATE_NOOP(
            "Statistics", "{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or "
            "DD.MM.YYYY."), value=redact_cpr(text)) from None


def cmd_statistics(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.log_statistics import (
        export_statistics,
        last_month,
        statistics_differences,
        transaction_statistics,
        user_history,
    )

    start, end = _date_arg(args.start), _date_arg(args.end)
    if args.history and not args.user:
        raise _refusal(QT_TRANSLATE_NOOP("Statistics", "--history needs --user."))
    if not args.history and not args.last_month and (start is None or end is None):
        raise _refusal(QT_TRANSLATE_NOOP(
            "Statistics", "Give the period with --from and --to, or use --last-month."))
    vault = login(args)
    try:
        if args.history:
            stats = user_history(vault.db, args.user, source=args.source)
            if stats is None:
                print(f"No imported log rows for {args.user.strip().upper()}.", file=out)
                return 0
        else:
            if args.last_month:
                start, end = last_month(vault.clock.now().astimezone().date())
            assert start is not None and end is not None
            stats = transaction_statistics(vault.db, start, end, user=args.user,
                                           programs_only=args.programs_only,
                                           source=args.source)
        differences = statistics_differences(vault.db, stats)
        if args.out:
            export_statistics(vault, stats, args.out, lang=args.lang, differences=differences)
    finally:
        vault.lock("cli: done")
    scope = (stats.user or ("system-to-system users" if stats.programs_only else "all users"))
    print(f"Transaction statistics {stats.start.isoformat()} to {stats.end.isoformat()} "
          f"({scope}, {stats.source or 'all'} logs): {stats.total} transaction(s), "
          f"{len(stats.users())} user ID(s), {len(stats.rows)} row(s)", file=out)
    for label, total in zip(stats.labels, stats.month_totals(), strict=True):
        print(f"  {label}: {total}", file=out)
    for user_id, total in stats.user_totals()[:SHOWN_USERS]:
        print(f"  {user_id:<20}{total:>10}", file=out)
    if differences is not None:
        off = [d for d in differences if d.difference]
        print(f"Against the imported CPR statistics: {len(off)} difference(s)", file=out)
        for d in off[:SHOWN_USERS]:
            print(f"  {d.user_id:<20}{d.transaction:<24} reported {d.reported}, "
                  f"log {d.computed} ({d.difference:+d})", file=out)
    if args.out:
        print(f"Written to {Path(args.out).name}", file=out)
    return 0


def _read_cpr(stdin: TextIO) -> str:
    """The CPR number: without echo at a terminal, else the first line of standard input."""
    if stdin.isatty():
        return getpass.getpass("CPR number: ")
    return stdin.readline().strip()


def cmd_insight(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.insight import export_insight, insight_request, summary_lines

    start, end = _date_arg(args.start), _date_arg(args.end)
    assert start is not None and end is not None
    cpr = _read_cpr(sys.stdin)  # before logging in: the initials prompt reads stdin too
    vault = login(args)
    try:
        report = insight_request(vault.db, cpr, start, end)
        written = export_insight(vault, report, args.out, args.format, lang=args.lang)
    finally:
        vault.lock("cli: done")
    for line in summary_lines(report):
        print(line, file=out)
    print(f"Written to {written.path.name} ({written.format}); the export is recorded in the "
          "audit trail. The file holds personal data: store it safely.", file=out)
    return 0
