"""Command-line interface: the same services the GUI uses, for scripts and for CI.

Passwords come from ``CPRADMIN_PASSWORD`` (and ``CPRADMIN_NEW_PASSWORD``) or a prompt, never
from an argument (arguments are visible to every user in the process list). Exit codes:
0 done, 1 refused or invalid input, 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from cpradmin import __version__, accounts, audit, cli_insight, cli_logs, cli_registers, cli_review
from cpradmin.errors import QT_TRANSLATE_NOOP, CpradminError, ValidationError, error
from cpradmin.models.accounts import Role
from cpradmin.securefiles import harden_process
from cpradmin.vault import Vault, default_vault_path

Handler = Callable[[argparse.Namespace, TextIO], int]


def _vault_path(args: argparse.Namespace) -> Path:
    if args.vault:
        return Path(args.vault).expanduser()
    if os.environ.get("CPRADMIN_VAULT"):
        return Path(os.environ["CPRADMIN_VAULT"]).expanduser()
    return default_vault_path()


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"cpradmin: set {env} or run in a terminal to be asked")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise SystemExit("cpradmin: the two entries differ")
    return first


def _login(args: argparse.Namespace, *, allow_forced: bool = False) -> Vault:
    initials = os.environ.get("CPRADMIN_USER") or input("Initials: ")
    vault = Vault.login(_vault_path(args), initials, _secret("CPRADMIN_PASSWORD", "Password: "))
    if vault.forced_password_change and not allow_forced:
        vault.lock("cli: password change required")
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP(
                "Errors", "The password must be changed first: run 'cpradmin accounts passwd'."
            ),
        )
    return vault


def _print_rules(exc: CpradminError, out: TextIO) -> None:
    print(f"cpradmin: {exc.message.english()}", file=out)
    for detail in getattr(exc, "details", ()):
        print(f"  - {detail.english()}", file=out)


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    password = _secret("CPRADMIN_PASSWORD", "New password: ", confirm=True)
    created = Vault.create(
        _vault_path(args), officer_name=args.officer, initials=args.initials,
        password=password, authority=args.authority, password_only=args.password_only,
    )
    vault = created.vault
    print(f"Vault created: {vault.path}", file=out)
    print(f"Security officer: {vault.account.name} ({vault.account.initials}), "
          f"{'bound to this workstation' if vault.bound else 'password only'}", file=out)
    print("Recovery key (shown once; print it and keep it locked away):", file=out)
    print(f"    {created.recovery_key}", file=out)
    vault.lock("cli: done")
    return 0


def cmd_accounts_add(args: argparse.Namespace, out: TextIO) -> int:
    vault = _login(args)
    try:
        one_time = accounts.add_account(
            vault, initials=args.initials, name=args.name, role=Role(args.role),
            password_only=args.password_only,
        )
        print(f"Account {args.initials.upper()} created. One-time password (hand it over "
              f"in person; it must be changed at first login): {one_time}", file=out)
    finally:
        vault.lock("cli: done")
    return 0


def cmd_accounts_list(args: argparse.Namespace, out: TextIO) -> int:
    vault = _login(args)
    try:
        rows = [
            {
                "initials": a.initials,
                "name": a.name,
                "role": a.role.value,
                "active": a.active,
                "disabled": accounts.is_disabled(vault, a.initials),
                "bound": accounts.is_bound(vault, a.initials),
                "may_unlock_accounts": a.may_unlock_accounts,
                "must_change_password": a.must_change_password,
            }
            for a in accounts.list_accounts(vault)
        ]
    finally:
        vault.lock("cli: done")
    if args.format == "json":
        json.dump(rows, out, indent=2)
        print(file=out)
        return 0
    for row in rows:
        flags = [
            "disabled" if row["disabled"] else "",
            "inactive" if not row["active"] else "",
            "bound" if row["bound"] else "password-only",
        ]
        print(f"{row['initials']:<7}{row['role']:<9}{row['name']:<30}"
              f"{' '.join(f for f in flags if f)}", file=out)
    return 0


def cmd_accounts_unlock(args: argparse.Namespace, out: TextIO) -> int:
    vault = _login(args)
    try:
        accounts.unlock_account(vault, args.initials)
    finally:
        vault.lock("cli: done")
    print(f"Account {args.initials.upper()} unlocked.", file=out)
    return 0


def cmd_accounts_passwd(args: argparse.Namespace, out: TextIO) -> int:
    vault = _login(args, allow_forced=True)
    try:
        new = _secret("CPRADMIN_NEW_PASSWORD", "New password: ", confirm=True)
        accounts.change_password(vault, os.environ.get("CPRADMIN_PASSWORD", ""), new)
    finally:
        vault.lock("cli: done")
    print("Password changed.", file=out)
    return 0


def cmd_recover(args: argparse.Namespace, out: TextIO) -> int:
    key = _secret("CPRADMIN_RECOVERY_KEY", "Recovery key: ")
    vault = Vault.recover(_vault_path(args), key)
    try:
        new = _secret("CPRADMIN_NEW_PASSWORD", "New officer password: ", confirm=True)
        accounts.change_password(vault, None, new)
    finally:
        vault.lock("cli: done")
    print(f"Recovered. {vault.account.initials} has a new password.", file=out)
    return 0


def cmd_audit_verify(args: argparse.Namespace, out: TextIO) -> int:
    vault = _login(args, allow_forced=True)
    try:
        result = audit.verify(vault.db, vault.slots.audit_anchor)
    finally:
        vault.lock("cli: done")
    print(f"entries: {result.count}", file=out)
    print(f"head: {result.head}", file=out)
    if result.ok:
        print("audit trail intact", file=out)
        return 0
    for problem in result.problems[:50]:
        print(f"problem: {problem}", file=out)
    print("AUDIT TRAIL BROKEN", file=out)
    return 1


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from cpradmin import demo

    path = Path(args.vault).expanduser() if args.vault else demo.demo_vault_path()
    created = demo.ensure_demo_vault(path)
    print(f"Demo vault: {path}", file=out)
    print(f"Log in as {demo.OFFICER_INITIALS} with password {demo.DEMO_PASSWORD} "
          "(synthetic data only)", file=out)
    if created:
        print("A new demo vault was created.", file=out)
    if args.start:
        from cpradmin.ui.app import run_gui

        return run_gui(path, initials=demo.OFFICER_INITIALS)
    return 0


def cmd_self_test(args: argparse.Namespace, out: TextIO) -> int:
    from cpradmin import selftest

    return selftest.run(out, gui=not args.no_gui)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpradmin",
        description="The CPR security officer's register, controls and documentation.",
    )
    parser.add_argument("--version", action="version", version=f"cpradmin {__version__}")
    parser.add_argument("--vault", help="vault file (default: $CPRADMIN_VAULT or per-user)")
    parser.add_argument("--self-test", action="store_true",
                        help="create, open and lock a temporary vault, then exit")
    parser.add_argument("--no-gui", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")

    init = sub.add_parser("init", help="create a vault and its security officer")
    init.add_argument("--officer", required=True, help="the officer's full name")
    init.add_argument("--initials", required=True, help="the officer's login initials")
    init.add_argument("--authority", default="", help="the authority's name, for reports")
    init.add_argument("--password-only", action="store_true",
                      help="do not bind the key to this workstation's keyring")
    init.set_defaults(handler=cmd_init)

    acc = sub.add_parser("accounts", help="cpradmin accounts").add_subparsers(
        dest="action", required=True)
    add = acc.add_parser("add", help="create an account with a one-time password")
    add.add_argument("--initials", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.DEPUTY.value)
    add.add_argument("--password-only", action="store_true")
    add.set_defaults(handler=cmd_accounts_add)
    lst = acc.add_parser("list", help="list accounts")
    lst.add_argument("--format", choices=("table", "json"), default="table")
    lst.set_defaults(handler=cmd_accounts_list)
    unlock = acc.add_parser("unlock", help="unlock an account disabled by failed logins")
    unlock.add_argument("initials")
    unlock.set_defaults(handler=cmd_accounts_unlock)
    passwd = acc.add_parser("passwd", help="change your password")
    passwd.set_defaults(handler=cmd_accounts_passwd)

    recover = sub.add_parser("recover", help="open with the recovery key; set a new password")
    recover.set_defaults(handler=cmd_recover)

    aud = sub.add_parser("audit", help="the audit trail").add_subparsers(
        dest="action", required=True)
    verify = aud.add_parser("verify", help="check the hash chain")
    verify.set_defaults(handler=cmd_audit_verify)

    cli_registers.add_parsers(sub, _login)
    cli_logs.add_parsers(sub, _login)
    from cpradmin import cli_reports  # signed PDF documentation
    cli_reports.add_parsers(sub, _login)
    from cpradmin import cli_controls  # the control calendar, authorisation control
    cli_controls.add_parsers(sub, _login)
    from cpradmin import cli_obligations  # the obligations checklist
    cli_obligations.add_parsers(sub, _login)
    cli_insight.add_parsers(sub, _login)
    cli_review.add_parsers(sub, _login)

    demo = sub.add_parser("demo", help="create a demo vault with synthetic data")
    demo.add_argument("--start", action="store_true", help="start the app on it")
    demo.set_defaults(handler=cmd_demo)
    return parser


def control_report_argv(argv: Sequence[str]) -> list[str]:
    """``report 12 --pdf OUT …`` (the issue's form) is ``report control 12 --pdf OUT …``: a
    number where the report kind would be names a control."""
    words = list(argv)
    index = 0
    while index < len(words):
        word = words[index]
        if word == "report":
            if index + 1 < len(words) and words[index + 1].isdigit():
                words.insert(index + 1, "control")
            break
        if not word.startswith("-"):
            break  # another command; "report" further on is an argument
        index += 2 if word == "--vault" else 1  # the one global option with a value
    return words


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    harden_process()
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(control_report_argv(sys.argv[1:] if argv is None else argv))
    try:
        if args.self_test:
            return cmd_self_test(args, out)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:  # no command: the GUI (every command group needs an action)
            from cpradmin.ui.app import run_gui

            return run_gui(_vault_path(args))
        return handler(args, out)
    except CpradminError as exc:
        _print_rules(exc, sys.stderr)
        return exc.exit_code
    except OSError as exc:  # a folder that cannot be created, a full disk: no traceback
        print(f"cpradmin: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
