"""CLI commands for the control calendar and the authorisation control.

``add_parsers(subparsers, login)`` adds ``controls list|due`` and ``authorisation-control
start|show|decide|action|complete``, as ``cli_logs`` does. Every command locks the vault when
done; a refusal exits 1 with the reason (and what remains to do) on stderr. ``controls due``
always exits 0: it informs, it does not judge. Nothing printed holds a full CPR number: notes
are masked when stored, and free text is passed through ``redact_cpr`` again on the way out.
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


def add_parsers(subparsers: Any, login: Login) -> None:
    """Add ``controls`` and ``authorisation-control`` to *subparsers*."""
    controls = subparsers.add_parser("controls", help="the controls and their calendar")
    controls_sub = controls.add_subparsers(dest="action", required=True)
    lst = controls_sub.add_parser("list", help="every control: id, kind, type, period, status")
    lst.set_defaults(handler=partial(cmd_controls_list, login=login))
    due = controls_sub.add_parser("due", help="when each control was last done and is due")
    due.add_argument("--on", metavar="YYYY-MM-DD", help="the day to compute for (default: today)")
    due.set_defaults(handler=partial(cmd_controls_due, login=login))

    auth = subparsers.add_parser("authorisation-control",
                                 help="the quarterly review of every authorisation")
    auth_sub = auth.add_subparsers(dest="action", required=True)
    start = auth_sub.add_parser("start", help="freeze the authorisations in force and flag them")
    start.add_argument("--on", metavar="YYYY-MM-DD", help="the control day (default: today)")
    start.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                       help="the period's first day (default: after the last control)")
    start.add_argument("--type", choices=("quarterly", "adhoc"), default="quarterly")
    start.add_argument("--reason", default="", help="why (for an ad hoc control)")
    start.set_defaults(handler=partial(cmd_start, login=login))

    show = auth_sub.add_parser("show", help="a control's items (flagged first) and CPR actions")
    show.add_argument("control_id", type=int, metavar="ID")
    show.add_argument("--undecided", action="store_true", help="only items without a decision")
    show.set_defaults(handler=partial(cmd_show, login=login))

    decide = auth_sub.add_parser("decide", help="keep, change or revoke one authorisation")
    decide.add_argument("item_id", type=int, metavar="ITEM")
    decide.add_argument("decision", choices=("keep", "change", "revoke"))
    decide.add_argument("--note", default="", help="required for change and revoke")
    decide.set_defaults(handler=partial(cmd_decide, login=login))

    action = auth_sub.add_parser("action", help="mark a CPR action done, or leave it open")
    action.add_argument("action_id", type=int, metavar="ID")
    what = action.add_mutually_exclusive_group(required=True)
    what.add_argument("--done", metavar="YYYY-MM-DD", help="the day it was done in the CPR")
    what.add_argument("--leave-open", metavar="NOTE", help="why it is not done yet")
    action.set_defaults(handler=partial(cmd_action, login=login))

    complete = auth_sub.add_parser("complete", help="complete the control (revocations done "
                                   "in the CPR are written to the register)")
    complete.add_argument("control_id", type=int, metavar="ID")
    complete.set_defaults(handler=partial(cmd_complete, login=login))


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


# -- controls --------------------------------------------------------------------------------


def cmd_controls_list(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.control_calendar import all_controls

    vault = login(args)
    try:
        rows = all_controls(vault.db)
    finally:
        vault.lock("cli: done")
    for r in rows:
        completed = f"{r.completed_at[:10]} {r.completed_by}" if r.completed_at else "-"
        print(f"#{r.id:<5}{r.kind:<15}{r.type:<11}{r.period_start}..{r.period_end}  "
              f"{r.status:<11}{completed}", file=out)
    print(f"{len(rows)} control(s)", file=out)
    return 0


def cmd_controls_due(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.control_calendar import calendar

    on = _date_arg(args.on)
    vault = login(args)
    try:
        today = on or _today(vault)
        items = calendar(vault.db, today)
    finally:
        vault.lock("cli: done")
    print(f"Control calendar on {today.isoformat()}:", file=out)
    for item in items:
        last = item.last_done.isoformat() if item.last_done else "never"
        note = f"  (control #{item.open_control_id} open)" if item.open_control_id else ""
        print(f"{item.status.value.upper():<15}{item.label:<66}last {last:<11}"
              f"due {item.next_due.isoformat()}{note}", file=out)
    return 0


# -- authorisation control -------------------------------------------------------------------


def _print_counts(conn: Any, control_id: int, out: TextIO) -> None:
    from cpradmin.authorisation_control import FLAG_LABELS, counts

    summary = counts(conn, control_id)
    print(f"Items: {summary.items}, flagged {summary.flagged}, undecided {summary.undecided}; "
          f"keep {summary.decisions.get('keep', 0)}, change {summary.decisions.get('change', 0)}"
          f", revoke {summary.decisions.get('revoke', 0)}", file=out)
    flags = ", ".join(f"{FLAG_LABELS[f]} {n}" for f, n in summary.flags.items() if n)
    if flags:
        print(f"Flags: {flags}", file=out)
    print(f"CPR actions: {summary.actions} ({summary.actions_done} done, "
          f"{summary.actions_left_open} left open, {summary.actions_pending} pending)", file=out)


def cmd_start(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import authorisation_control as ac

    on, start = _date_arg(args.on), _date_arg(args.start)
    vault = login(args)
    try:
        control_id = ac.start_authorisation_control(vault, on=on, period_start=start,
                                                    type=args.type, reason=args.reason)
        control = ac.get_control(vault.db, control_id)
        print(f"Authorisation control #{control_id} started ({control.type}), period "
              f"{control.period_start}..{control.period_end}.", file=out)
        if not control.logs_cover:
            print("No imported CPR log covers the period: \"no CPR activity\" is not checked.",
                  file=out)
        _print_counts(vault.db, control_id, out)
    finally:
        vault.lock("cli: done")
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import authorisation_control as ac

    vault = login(args)
    try:
        control = ac.get_control(vault.db, args.control_id)
        chosen = ac.ItemFilter.UNDECIDED if args.undecided else ac.ItemFilter.ALL
        items: list[ac.ControlItem] = []
        after = None
        while page := ac.control_items(vault.db, control.id, after=after, item_filter=chosen):
            items += page
            after = page[-1].position
        actions = ac.actions(vault.db, control.id)
        done = (f", completed {control.completed_at[:10]} by {control.completed_by}"
                if control.completed_at else "")
        print(f"Authorisation control #{control.id} ({control.type}), period "
              f"{control.period_start}..{control.period_end}, {control.status}{done}", file=out)
        _print_counts(vault.db, control.id, out)
    finally:
        vault.lock("cli: done")
    for item in items:
        decision = item.decision.value if item.decision else "-"
        flags = ", ".join(ac.FLAG_LABELS[f] for f in item.flags) or "-"
        expires = item.expires_on.isoformat() if item.expires_on else "no expiry"
        print(f"item {item.id:<6}{redact_cpr(item.user_id):<12}"
              f"{redact_cpr(item.holder_name)[:28]:<29}"
              f"{item.granted_on}..{expires:<11}  profiles {','.join(item.profiles) or '-':<9}"
              f"{decision:<7}[{flags}]", file=out)
        if item.note:
            print(f"            note: {redact_cpr(item.note)}", file=out)
    for action in actions:
        state = {"done": f"done {action.done_on} ({action.done_by})",
                 "left-open": f"LEFT OPEN: {redact_cpr(action.open_note)}",
                 "pending": "PENDING"}[action.state]
        print(f"action {action.id:<5}{redact_cpr(action.message.english())}  {state}", file=out)
    return 0


def cmd_decide(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import authorisation_control as ac

    vault = login(args)
    try:
        item = ac.decide_authorisation(vault, args.item_id, args.decision, args.note)
        action = next((a for a in ac.actions(vault.db, item.control_id)
                       if a.item_id == item.id), None)
    finally:
        vault.lock("cli: done")
    print(f"Item {item.id} ({item.user_id}): {args.decision}.", file=out)
    if action is not None:
        print(f"CPR action #{action.id}: {redact_cpr(action.message.english())}", file=out)
    return 0


def cmd_action(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import authorisation_control as ac

    done = _date_arg(args.done)
    vault = login(args)
    try:
        if done is not None:
            action = ac.mark_action_done(vault, args.action_id, done)
        else:
            action = ac.leave_action_open(vault, args.action_id, args.leave_open)
    finally:
        vault.lock("cli: done")
    if action.done_on is not None:
        applied = " The register is updated." if action.applied_at else ""
        print(f"CPR action #{action.id} done on {action.done_on}.{applied}", file=out)
    else:
        print(f"CPR action #{action.id} left open: {redact_cpr(action.open_note)}", file=out)
    return 0


def cmd_complete(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import authorisation_control as ac

    vault = login(args)
    try:
        control = ac.complete_authorisation_control(vault, args.control_id)
        revoked = sum(1 for a in ac.actions(vault.db, control.id)
                      if a.kind == "revoke" and a.applied_at)
        left_open = sum(1 for a in ac.actions(vault.db, control.id) if a.state == "left-open")
    finally:
        vault.lock("cli: done")
    print(f"Authorisation control #{control.id} completed by {control.completed_by}; "
          f"{revoked} revocation(s) written to the register.", file=out)
    if left_open:
        print(f"{left_open} CPR action(s) left open: mark them done when carried out.", file=out)
    return 0
