"""CLI commands for the registers: import/export/list employees, the watchlist, unlocks.

``add_parsers(subparsers, login)`` adds them to ``cpradmin``'s parser; *login* opens the
vault from the parsed arguments (``cli._login``). Every command locks the vault when done.
CPR numbers are printed masked only. Exit codes as in ``cli``: 0 done, 1 refused or invalid.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any, TextIO

from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError, error
from cpradmin.models.cpr import mask_cpr
from cpradmin.models.registers import Verification
from cpradmin.vault import Vault

Login = Callable[[argparse.Namespace], Vault]


def add_parsers(subparsers: Any, login: Login) -> None:
    """Add ``employees``, ``watchlist`` and ``unlocks`` to *subparsers*."""
    emp = subparsers.add_parser("employees", help="the register of employees with CPR access")
    emp_sub = emp.add_subparsers(dest="action", required=True)

    imp = emp_sub.add_parser("import", help="import employees, user IDs and authorisations")
    imp.add_argument("file", help="CSV or XLSX, Danish or English column names")
    imp.add_argument("--dry-run", action="store_true", help="check and show; write nothing")
    imp.add_argument("--on-error", choices=("skip", "refuse"), default="refuse",
                     help="skip rows with errors, or refuse the file (default)")
    imp.set_defaults(handler=partial(cmd_employees_import, login=login))

    lst = emp_sub.add_parser("list", help="list employees (CPR numbers masked)")
    lst.add_argument("--format", choices=("table", "csv", "json"), default="table")
    lst.add_argument("--search", default="", help="part of a name, initials, department, "
                     "e-mail or user ID")
    lst.set_defaults(handler=partial(cmd_employees_list, login=login))

    exp = emp_sub.add_parser("export", help="export the registers (CPR numbers masked)")
    exp.add_argument("file", help="FILE.xlsx (every register) or FILE.csv (one register)")
    exp.add_argument("--lang", choices=("da", "en"), default="da", help="column names")
    exp.add_argument("--register", action="append", dest="registers", metavar="REGISTER",
                     help="only this register (repeatable); a CSV holds one, default employees")
    exp.set_defaults(handler=partial(cmd_employees_export, login=login))

    watch = subparsers.add_parser("watchlist", help="persons of special interest for log control")
    watch_sub = watch.add_subparsers(dest="action", required=True)
    wimp = watch_sub.add_parser("import", help="import CPR numbers with reason and note")
    wimp.add_argument("file")
    wimp.add_argument("--dry-run", action="store_true")
    wimp.add_argument("--on-error", choices=("skip", "refuse"), default="refuse")
    wimp.set_defaults(handler=partial(cmd_watchlist_import, login=login))
    wlst = watch_sub.add_parser("list", help="list the active watchlist (CPR numbers masked)")
    wlst.set_defaults(handler=partial(cmd_watchlist_list, login=login))

    unl = subparsers.add_parser("unlocks", help="the unlock register for CPR user IDs")
    unl_sub = unl.add_subparsers(dest="action", required=True)
    rec = unl_sub.add_parser("record", help="record that a locked user ID was unlocked")
    rec.add_argument("user_id")
    rec.add_argument("--verified", required=True, choices=[v.value for v in Verification],
                     help="how the identity of whoever asked was checked")
    rec.add_argument("--by", type=int, metavar="UNLOCKER_ID",
                     help="the authorised unlocker (default: you)")
    rec.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help="when (default: now), local time")
    rec.add_argument("--note", default="")
    rec.set_defaults(handler=partial(cmd_unlocks_record, login=login))
    ulst = unl_sub.add_parser("list", help="lockouts and unlocks, newest first")
    ulst.add_argument("--waiting", action="store_true", help="only user IDs still locked")
    ulst.set_defaults(handler=partial(cmd_unlocks_list, login=login))


# -- employees -------------------------------------------------------------------------------


def cmd_employees_import(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import register_import

    vault = login(args)
    try:
        plan = register_import.plan_import(vault, args.file, on_error=args.on_error)
        _print_plan(plan, out)
        if plan.refused:
            print("Refused: nothing was written.", file=out)
            return 1
        if args.dry_run:
            print("Dry run: nothing was written.", file=out)
            return 0
        register_import.apply_import(vault, plan)
        print("Imported." if plan.has_changes else
              "Nothing to change; the check was recorded in the audit trail.", file=out)
        return 0
    finally:
        vault.lock("cli: done")


def _print_plan(plan: Any, out: TextIO) -> None:
    from cpradmin.register_import import ActionKind, Outcome

    where = plan.kind if plan.kind == "xlsx" else (
        f"{plan.kind}, {plan.encoding}, delimiter {plan.delimiter!r}")
    print(f"File: {plan.file} ({where}), {plan.rows} data rows", file=out)
    print(f"Employees: {plan.count(ActionKind.CREATE_EMPLOYEE)} new, "
          f"{plan.count(ActionKind.UPDATE_EMPLOYEE)} changed", file=out)
    print(f"User IDs: {plan.count(ActionKind.CREATE_USER_ID)} new", file=out)
    print(f"Authorisations: {plan.count(ActionKind.GRANT_AUTHORISATION)} new, "
          f"{plan.count(ActionKind.CHANGE_AUTHORISATION)} changed", file=out)
    print("Rows: " + ", ".join(f"{plan.outcomes[o]} {o.value}" for o in Outcome), file=out)
    for action in plan.actions:
        if action.kind in (ActionKind.UPDATE_EMPLOYEE, ActionKind.CHANGE_AUTHORISATION):
            changes = "; ".join(f"{c.field}: {c.before or '-'} -> {c.after or '-'}"
                                for c in action.changes)
            print(f"  line {action.line}: {action.kind.value} {action.subject}: {changes}",
                  file=out)
    for note in plan.notes:
        print(f"note: {note.english()}", file=out)
    _print_issues(plan.warnings, out, "warning: ")
    _print_issues(plan.errors, out)


def _print_issues(issues: Any, out: TextIO, prefix: str = "") -> None:
    for issue in issues:
        print(f"{prefix}{issue.file}:{issue.line}: {issue.field}: {issue.problem.english()}",
              file=out)


_LIST_FIELDS = ("id", "name", "initials", "department", "cpr", "email", "employed_from",
                "employed_to", "user_ids")


def _employee_rows(vault: Vault, search: str) -> list[dict[str, Any]]:
    from cpradmin.employee_queries import danish_key
    from cpradmin.registers import EMPLOYEE_COLUMNS, employee_from_row

    uids: dict[int, list[str]] = {}
    for employee_id, value in vault.db.execute(
        "SELECT employee_id, user_id FROM user_ids WHERE employee_id IS NOT NULL "
        "ORDER BY user_id"
    ):
        uids.setdefault(employee_id, []).append(value)
    needle = search.strip().casefold()
    rows = []
    employees = [employee_from_row(r)
                 for r in vault.db.execute(f"SELECT {EMPLOYEE_COLUMNS} FROM employees")]
    for e in sorted(employees, key=lambda e: (danish_key(e.name), e.id)):
        record = {
            "id": e.id, "name": e.name, "initials": e.initials, "department": e.department,
            "cpr": mask_cpr(e.cpr) if e.cpr else "", "email": e.email,
            "employed_from": e.employed_from.isoformat() if e.employed_from else "",
            "employed_to": e.employed_to.isoformat() if e.employed_to else "",
            "user_ids": uids.get(e.id, []),
        }
        haystack = " ".join([e.name, e.initials, e.department, e.email, *record["user_ids"]])
        if needle in haystack.casefold():
            rows.append(record)
    return rows


def cmd_employees_list(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    vault = login(args)
    try:
        rows = _employee_rows(vault, args.search)
    finally:
        vault.lock("cli: done")
    if args.format == "json":
        json.dump(rows, out, indent=2, ensure_ascii=False)
        print(file=out)
    elif args.format == "csv":
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(_LIST_FIELDS)
        for row in rows:
            writer.writerow([" ".join(row[k]) if k == "user_ids" else row[k]
                             for k in _LIST_FIELDS])
    else:
        for row in rows:
            print(f"{row['id']:>5}  {row['initials']:<6}{row['name'][:30]:<31}"
                  f"{row['department'][:16]:<17}{row['cpr']:<12}{' '.join(row['user_ids'])}",
                  file=out)
        print(f"{len(rows)} employee(s)", file=out)
    return 0


def cmd_employees_export(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import exports

    vault = login(args)
    try:
        result = exports.export_registers(vault, args.file, registers=args.registers,
                                          lang=args.lang)
    finally:
        vault.lock("cli: done")
    print(f"Exported {result.rows} rows ({', '.join(result.registers)}) to {result.path}; "
          "CPR numbers are masked.", file=out)
    return 0


# -- watchlist -------------------------------------------------------------------------------


def cmd_watchlist_import(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.register_import import import_watchlist

    vault = login(args)
    try:
        result = import_watchlist(vault, args.file, on_error=args.on_error,
                                  dry_run=args.dry_run)
    finally:
        vault.lock("cli: done")
    print(f"File: {result.file}, {result.rows} data rows: {result.added} new, "
          f"{result.updated} changed, {result.unchanged} unchanged, "
          f"{len(result.errors)} with errors", file=out)
    for note in result.notes:
        print(f"note: {note.english()}", file=out)
    _print_issues(result.warnings, out, "warning: ")
    _print_issues(result.errors, out)
    if result.refused:
        print("Refused: nothing was written.", file=out)
        return 1
    print("Dry run: nothing was written." if args.dry_run else "Imported.", file=out)
    return 0


def cmd_watchlist_list(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin.registers import watchlist

    vault = login(args)
    try:
        entries = watchlist(vault.db)
    finally:
        vault.lock("cli: done")
    for entry in entries:
        print(f"{entry.id:>5}  {entry.masked}  {entry.added_on}  {entry.reason}"
              f"{'  (' + entry.note + ')' if entry.note else ''}", file=out)
    print(f"{len(entries)} active entr{'y' if len(entries) == 1 else 'ies'}", file=out)
    return 0


# -- unlocks ---------------------------------------------------------------------------------


def _local_time(text: str | None, vault: Vault) -> datetime:
    if not text:
        return vault.clock.now().astimezone()
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").astimezone()
    except ValueError:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "Give the time as YYYY-MM-DD HH:MM, for example 2024-05-01 09:30.")
        ) from None


def cmd_unlocks_record(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import unlocks

    vault = login(args)
    try:
        at = _local_time(args.at, vault)
        unlocks.record_unlock(vault, args.user_id, unlocked_at=at,
                              verification=Verification(args.verified), unlocker_id=args.by,
                              note=args.note)
    finally:
        vault.lock("cli: done")
    print(f"Unlock of {args.user_id.strip().upper()} recorded "
          f"({at.strftime('%Y-%m-%d %H:%M')}).", file=out)
    return 0


def cmd_unlocks_list(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import unlocks
    from cpradmin.exports import local_stamp, verification_label

    vault = login(args)
    try:
        lockouts = unlocks.list_lockouts(vault.db, waiting_only=args.waiting)
    finally:
        vault.lock("cli: done")
    for x in lockouts:
        state = (f"unlocked {local_stamp(x.unlocked_at)} by {x.unlocked_by} "
                 f"({verification_label(x.verification, 'en')})" if x.unlocked_at
                 else "WAITING")
        print(f"{x.user_id:<12}{x.employee_name[:28]:<29}locked {local_stamp(x.locked_at)}  "
              f"{state}{'  ' + x.note if x.note else ''}", file=out)
    print(f"{len(lockouts)} lockout(s)", file=out)
    return 0
