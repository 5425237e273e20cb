"""CLI commands for the log control: run one, list them, review items, decide, complete.

``add_parsers(subparsers, login)`` adds ``review`` to ``cpradmin``'s parser, as ``cli_logs``
does. Every command locks the vault when done; a refusal (no log rows for the period, a
decision without its case number) exits 1 with the reason on stderr, bad usage exits 2.
Nothing printed or written holds a full CPR number: entries carry the masked number and
texts pass through ``redact_cpr``. The JSON file is written privately (owner only).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from cpradmin.errors import ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.review import Decision, Scope, ScopeKind
from cpradmin.vault import Vault

Login = Callable[[argparse.Namespace], Vault]


def add_parsers(subparsers: Any, login: Login) -> None:
    """Add ``review run|list|show|decide|complete``."""
    review = subparsers.add_parser("review", help="the log control: run, review, complete")
    sub = review.add_subparsers(dest="action", required=True)

    run = sub.add_parser("run", help="run a log control over imported logs")
    run.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    run.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    run.add_argument("--type", choices=("quarterly", "monthly", "adhoc"), default="quarterly",
                     help="monthly: our own system-to-system users only")
    who = run.add_mutually_exclusive_group()
    who.add_argument("--user", metavar="ID", help="only this CPR user ID")
    who.add_argument("--department", metavar="NAME", help="only this department's user IDs")
    run.add_argument("--seed", type=int, metavar="N",
                     help="the sample's seed (default: a fresh random one, recorded)")
    run.add_argument("--per-user", type=int, metavar="N", default=2,
                     help="sample entries per user ID (default 2)")
    run.add_argument("--share", type=float, metavar="F",
                     help="sample this share of each user's entries too (0-1)")
    run.add_argument("--max-sample", type=int, metavar="N", default=500,
                     help="at most this many sample entries in all (default 500)")
    run.add_argument("--reason", default="", help="why (for an ad hoc control)")
    run.add_argument("--json", metavar="OUT", help="write the control as JSON here")
    run.set_defaults(handler=partial(cmd_review_run, login=login))

    lst = sub.add_parser("list", help="list log controls")
    lst.set_defaults(handler=partial(cmd_review_list, login=login))

    show = sub.add_parser("show", help="a control's summary and items in review order")
    show.add_argument("control", type=int, metavar="ID")
    show.add_argument("--undecided", action="store_true", help="only items without decision")
    show.add_argument("--json", metavar="OUT", help="write the control as JSON here")
    show.set_defaults(handler=partial(cmd_review_show, login=login))

    dec = sub.add_parser("decide", help="record the decision on one item")
    dec.add_argument("item", type=int, metavar="ITEM")
    dec.add_argument("--decision", required=True, choices=[d.value for d in Decision])
    dec.add_argument("--note", default="", metavar="T")
    dec.add_argument("--case", default="", metavar="N", help="the case number (explained)")
    dec.set_defaults(handler=partial(cmd_review_decide, login=login))

    com = sub.add_parser("complete", help="complete a control whose items are all decided")
    com.add_argument("control", type=int, metavar="ID")
    com.set_defaults(handler=partial(cmd_review_complete, login=login))


def _date(text: str) -> date:
    from cpradmin.models.dates import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError(Message("Controls", QT_TRANSLATE_NOOP(
            "Controls", "{value} is not a date. Write dates as YYYY-MM-DD."),
            {"value": redact_cpr(text)})) from None


def _write_json(path: str, document: dict[str, Any]) -> None:
    from cpradmin.securefiles import atomic_write

    data = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    atomic_write(Path(path).expanduser(), data.encode("utf-8"))


def _print_summary(control: Any, out: TextIO) -> None:
    print(f"Log control #{control.id} ({control.type.value}) {control.start.isoformat()} to "
          f"{control.end.isoformat()}, scope {control.scope_label}, status "
          f"{control.status.value}", file=out)
    print(f"Seed: {control.seed}", file=out)
    print(f"Entries in scope: {control.entries_in_scope}", file=out)
    for imp in control.imports:
        print(f"  file {imp.file_name} ({imp.source}, SHA-256 {imp.sha256[:16]}…): "
              f"{imp.rows} rows in scope", file=out)
    print(f"Findings: {control.findings}", file=out)
    for rule in control.rules:
        print(f"  {rule:<26}{control.by_rule.get(rule, 0):>6}", file=out)
    explained = sum(control.explained.values())
    if explained:
        print(f"  (entries explained by case files: {explained})", file=out)
    print(f"Sample: {control.sample} entries", file=out)
    decided = ", ".join(f"{k} {v}" for k, v in control.by_decision.items())
    print(f"Decisions: {decided or 'none'}", file=out)


def cmd_review_run(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import controls
    from cpradmin.models.sampling import SampleSpec

    start, end = _date(args.start), _date(args.end)
    scope = (Scope(ScopeKind.USER, args.user) if args.user
             else Scope(ScopeKind.DEPARTMENT, args.department) if args.department
             else Scope())
    sample = SampleSpec(per_user=args.per_user, share=args.share, max_total=args.max_sample)
    vault = login(args)
    try:
        control_id = controls.start_log_control(
            vault, type=args.type, start=start, end=end, scope=scope, sample=sample,
            seed=args.seed, reason=args.reason)
        control = controls.get_control(vault.db, control_id)
        document = controls.control_document(vault.db, control_id) if args.json else None
        if document is not None:
            _write_json(args.json, document)
            vault.record("log-control-exported", f"log-control:{control_id}",
                         {"format": "json", "file": Path(args.json).name})
    finally:
        vault.lock("cli: done")
    _print_summary(control, out)
    if args.json:
        print(f"JSON written to {args.json}", file=out)
    return 0


def cmd_review_list(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import controls

    vault = login(args)
    try:
        rows = controls.list_controls(vault.db)
    finally:
        vault.lock("cli: done")
    for c in rows:
        parent = f" (from #{c.parent_id})" if c.parent_id else ""
        print(f"#{c.id:<5}{c.type.value:<10}{c.start.isoformat()}..{c.end.isoformat()}  "
              f"{c.status.value:<10}{c.items:>6} items {c.undecided:>6} undecided  "
              f"{c.created_at[:10]} {c.created_by:<5} {c.scope_label}{parent}", file=out)
    print(f"{len(rows)} log control(s)", file=out)
    return 0


def _item_line(item: Any) -> str:
    what = item.rule if item.rule else "sample"
    severity = item.severity.name.lower() if item.severity else "-"
    decision = item.decision.value if item.decision else "undecided"
    extra = f" case {item.case_number}" if item.case_number else ""
    return (f"  item {item.id:<7}{what:<26}{severity:<8}{decision:<16}"
            f"{redact_cpr(item.explanation.english())}{redact_cpr(extra)}")


def cmd_review_show(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import controls

    vault = login(args)
    try:
        control = controls.get_control(vault.db, args.control)
        items: list[Any] = []
        after = 0
        while page := controls.control_items(vault.db, args.control, after=after,
                                             undecided_only=args.undecided):
            items += page
            after = page[-1].position
        if args.json:
            _write_json(args.json, controls.control_document(vault.db, args.control))
            vault.record("log-control-exported", f"log-control:{args.control}",
                         {"format": "json", "file": Path(args.json).name})
    finally:
        vault.lock("cli: done")
    _print_summary(control, out)
    for item in items:
        print(_item_line(item), file=out)
    return 0


def cmd_review_decide(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import controls

    vault = login(args)
    try:
        adhoc = controls.decide(vault, args.item, args.decision, note=args.note,
                                case_number=args.case)
    finally:
        vault.lock("cli: done")
    print(f"Item {args.item}: {args.decision}", file=out)
    if adhoc is not None:
        print(f"Ad hoc control #{adhoc} opened for the suspected abuse.", file=out)
    return 0


def cmd_review_complete(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import controls

    vault = login(args)
    try:
        controls.complete_control(vault, args.control)
    finally:
        vault.lock("cli: done")
    print(f"Log control #{args.control} completed.", file=out)
    return 0
