"""CLI commands for reports: make, sign, verify and keep the PDF documentation.

``add_parsers(subparsers, login)`` adds ``report`` to ``cpradmin``'s parser:

* ``report verify FILE.pdf [--trust CERT.pem …] [--vault-certificates]``: who signed, when,
  whether the signed bytes are intact and whether anything was added after signing.
  Exit 0 only when the signature is valid, the document intact and unchanged since (and
  trusted, when trusted certificates were given); 1 otherwise. Needs no login unless the
  vault's own certificates are to be trusted.
* ``report unlocks --from D --to D --pdf OUT [--sign] [--lang da|en]`` and
  ``report access [--on D] --pdf OUT [--sign] [--lang da|en]``: the register reports.
  ``--sign`` asks for the password again (``CPRADMIN_PASSWORD`` or a prompt, as login
  does), signs in memory and keeps the signed report in the vault; only the signed PDF is
  written to OUT.
* ``report control ID --pdf OUT [--sign] [--lang da|en]`` (also ``report ID …``): the
  documentation of a log or authorisation control; ``report evidence ID --xlsx OUT``: its
  evidence workbook (findings, decisions, sample, statistics, sources; CPR masked).
* ``report list``, ``report fetch ID --pdf OUT``, ``report check ID`` (made again from
  the vault, is it byte for byte what was signed?).
* ``report certificate list|create|import|export|retire``: the signing certificates.
  A PKCS#12's own password comes from ``CPRADMIN_P12_PASSWORD`` or a prompt.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError
from cpradmin.i18n import Message
from cpradmin.models.cpr import redact_cpr
from cpradmin.securefiles import atomic_write
from cpradmin.vault import Vault

if TYPE_CHECKING:  # imported where used: the report stack is heavy for the other commands
    from cpradmin import reports

Login = Callable[[argparse.Namespace], Vault]


def add_parsers(subparsers: Any, login: Login) -> None:
    report = subparsers.add_parser("report", help="signed PDF documentation")
    sub = report.add_subparsers(dest="action", required=True)

    verify = sub.add_parser("verify", help="check a signed report")
    verify.add_argument("file", help="the PDF")
    verify.add_argument("--trust", action="append", default=[], metavar="CERT",
                        help="a trusted certificate (PEM or DER); may be repeated")
    verify.add_argument("--vault-certificates", action="store_true",
                        help="trust the signing certificates in the vault (logs in)")
    verify.set_defaults(handler=partial(cmd_verify, login=login))

    unlocks = sub.add_parser("unlocks", help="the unlock register for a period")
    unlocks.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    unlocks.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    _output_options(unlocks)
    unlocks.set_defaults(handler=partial(cmd_make, login=login, kind="unlocks"))

    access = sub.add_parser("access", help="employees and programs with CPR access on a day")
    access.add_argument("--on", metavar="YYYY-MM-DD", help="the day (default: today)")
    _output_options(access)
    access.set_defaults(handler=partial(cmd_make, login=login, kind="access"))

    control = sub.add_parser("control", help="the documentation of a log or authorisation "
                             "control (also: report CONTROL_ID …)")
    control.add_argument("id", type=int, help="the control's number")
    _output_options(control)
    control.set_defaults(handler=partial(cmd_control, login=login))

    evidence = sub.add_parser("evidence", help="a control's evidence workbook (XLSX)")
    evidence.add_argument("id", type=int, help="the control's number")
    evidence.add_argument("--xlsx", required=True, metavar="OUT", help="the workbook to write")
    evidence.add_argument("--lang", choices=("da", "en"), default="da")
    evidence.set_defaults(handler=partial(cmd_evidence, login=login))

    lst = sub.add_parser("list", help="the signed reports kept in the vault")
    lst.set_defaults(handler=partial(cmd_list, login=login))
    fetch = sub.add_parser("fetch", help="write a kept report to a file")
    fetch.add_argument("id", type=int)
    fetch.add_argument("--pdf", required=True, metavar="OUT")
    fetch.set_defaults(handler=partial(cmd_fetch, login=login))
    check = sub.add_parser("check", help="make a kept report again and compare it")
    check.add_argument("id", type=int)
    check.set_defaults(handler=partial(cmd_check, login=login))

    cert = sub.add_parser("certificate", help="signing certificates")
    cert_sub = cert.add_subparsers(dest="certificate_action", required=True)
    cert_sub.add_parser("list", help="list the signing certificates").set_defaults(
        handler=partial(cmd_certificate_list, login=login))
    create = cert_sub.add_parser("create", help="create the authority's signing certificate")
    create.add_argument("--rsa", action="store_true", help="RSA 3072 instead of EC P-256")
    create.set_defaults(handler=partial(cmd_certificate_create, login=login))
    imp = cert_sub.add_parser("import", help="import a PKCS#12 (.p12/.pfx) certificate")
    imp.add_argument("file")
    imp.add_argument("--authority", action="store_true",
                     help="the authority's certificate, for every account (default: yours)")
    imp.set_defaults(handler=partial(cmd_certificate_import, login=login))
    export = cert_sub.add_parser("export", help="write a certificate (public part) as PEM")
    export.add_argument("id", type=int)
    export.add_argument("--pem", required=True, metavar="OUT")
    export.set_defaults(handler=partial(cmd_certificate_export, login=login))
    retire = cert_sub.add_parser("retire", help="stop signing with a certificate")
    retire.add_argument("id", type=int)
    retire.set_defaults(handler=partial(cmd_certificate_retire, login=login))


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", required=True, metavar="OUT", help="the PDF to write")
    parser.add_argument("--sign", action="store_true",
                        help="sign it (asks for your password again) and keep it in the vault")
    parser.add_argument("--lang", choices=("da", "en"), default="da")


def _date(text: str | None) -> date | None:
    from cpradmin.models.dates import parse_date

    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError(Message("Reports", QT_TRANSLATE_NOOP(
            "Reports", "{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or "
            "DD.MM.YYYY."), {"value": redact_cpr(text)})) from None


def _password() -> str:
    from cpradmin.cli import _secret  # the login's own env/prompt rule

    return _secret("CPRADMIN_PASSWORD", "Password (to sign): ")


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def cmd_verify(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import signing

    trust: list[bytes] = []
    for name in args.trust:
        trust += signing.load_certificates(Path(name).read_bytes())
    if args.vault_certificates:
        vault = login(args)
        try:
            trust += signing.trusted_certificates(vault.db)
        finally:
            vault.lock("cli: done")
    result = signing.verify_pdf(Path(args.file).read_bytes(), trust)
    print(f"file: {Path(args.file).name}", file=out)
    print(f"signed: {_yes(result.signed)}", file=out)
    if result.signed:
        print(f"signer: {result.signer or '-'}", file=out)
        stamp = (result.signed_at.isoformat(timespec="seconds") if result.signed_at
                 else "not stated")
        print(f"signed at: {stamp}", file=out)
        print(f"intact: {_yes(result.intact and result.valid)}", file=out)
        print(f"modified after signing: {_yes(result.modified_after_signing)}", file=out)
        trusted = _yes(result.trusted) if result.trust_checked else "not checked"
        print(f"trusted: {trusted}", file=out)
        if result.fingerprint:
            print(f"certificate SHA-256: {result.fingerprint}", file=out)
    print(result.message.english(), file=out)
    if result.signed:
        print(result.trust_message.english(), file=out)
    print("VALID" if result.ok else "NOT VALID", file=out)
    return 0 if result.ok else 1


def cmd_make(args: argparse.Namespace, out: TextIO, *, login: Login, kind: str) -> int:
    from cpradmin import reports

    if kind == "unlocks":
        start, end = _date(args.start), _date(args.end)
        assert start is not None and end is not None
        arguments: dict[str, Any] = {"start": start.isoformat(), "end": end.isoformat()}
    else:
        on = _date(args.on)
        arguments = {"on": on.isoformat()} if on else {}
    password = _password() if args.sign else ""
    target = Path(args.pdf).expanduser()
    vault = login(args)
    try:
        if kind == "access" and "on" not in arguments:
            arguments["on"] = vault.clock.now().date().isoformat()
        made = reports.make_report(vault, kind, arguments, lang=args.lang)
        sign = (lambda: reports.sign_and_store(vault, made, password=password)) \
            if args.sign else None
        stored, data = export_report(vault, made, target, sign)
    finally:
        vault.lock("cli: done")
    return print_written(out, made, target, stored, data)


SignReport = Callable[[], "tuple[reports.StoredReport, bytes]"]


def export_report(vault: Vault, made: reports.MadeReport, target: Path, sign: SignReport | None,
                  details: dict[str, Any] | None = None
                  ) -> tuple[reports.StoredReport | None, bytes]:
    """Sign (if *sign*) and write a made report to *target* privately, audited."""
    stored, data = sign() if sign is not None else (None, made.pdf)
    atomic_write(target, data)
    vault.record("report-exported", f"report:{stored.id if stored else made.kind}", {
        "file": target.name, "sha256": hashlib.sha256(data).hexdigest(),
        "signed": bool(stored), **(details or {})})
    return stored, data


def print_written(out: TextIO, made: reports.MadeReport, target: Path,
                  stored: reports.StoredReport | None, data: bytes) -> int:
    print(f"Report: {made.title}", file=out)
    print(f"Written: {target} ({len(data):,} bytes, SHA-256 {hashlib.sha256(data).hexdigest()})",
          file=out)
    if stored is not None:
        print(f"Signed by {stored.signer}; kept in the vault as report #{stored.id}.", file=out)
    else:
        print("Not signed (add --sign to sign it and keep it in the vault).", file=out)
    return 0


def cmd_control(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    """``report control ID --pdf OUT [--sign] [--lang da|en]``: only a completed control's
    report is signed (and kept in the vault); an unsigned one is written only to OUT."""
    from cpradmin import control_reports

    password = _password() if args.sign else ""
    target = Path(args.pdf).expanduser()
    vault = login(args)
    try:
        made = control_reports.make_control_report(vault, args.id, lang=args.lang)
        sign = (lambda: control_reports.sign_control_report(vault, made, password=password)) \
            if args.sign else None
        stored, data = export_report(vault, made, target, sign, {"control": args.id})
    finally:
        vault.lock("cli: done")
    return print_written(out, made, target, stored, data)


def cmd_evidence(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import evidence

    target = Path(args.xlsx).expanduser()
    vault = login(args)
    try:
        result = evidence.export_evidence(vault, args.id, target, lang=args.lang)
    finally:
        vault.lock("cli: done")
    print(f"Written: {target} ({result.rows:,} rows, sheets: "
          f"{', '.join(evidence.SHEETS)})", file=out)
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import reports

    vault = login(args)
    try:
        kept = reports.list_reports(vault.db)
    finally:
        vault.lock("cli: done")
    for r in kept:
        print(f"#{r.id:<5}{r.kind:<12}{r.created_at[:16]:<17}{r.created_by:<6}"
              f"{'signed' if r.signed else 'unsigned':<9}{r.sha256[:16]}…  {r.title}", file=out)
    print(f"{len(kept)} report(s)", file=out)
    return 0


def cmd_fetch(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import reports

    target = Path(args.pdf).expanduser()
    vault = login(args)
    try:
        data = reports.fetch_report(vault.db, args.id)
        atomic_write(target, data)
        vault.record("report-exported", f"report:{args.id}",
                     {"file": target.name, "sha256": hashlib.sha256(data).hexdigest()})
    finally:
        vault.lock("cli: done")
    print(f"Written: {target} ({len(data):,} bytes)", file=out)
    return 0


def cmd_check(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import reports

    vault = login(args)
    try:
        same = reports.check_regenerates(vault.db, args.id)
    finally:
        vault.lock("cli: done")
    print("The report made again is identical to the signed one." if same else
          "The report made again differs from the signed one (the records changed since, or "
          "another cpradmin version made it).", file=out)
    return 0 if same else 1


def cmd_certificate_list(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import signing

    vault = login(args)
    try:
        certificates = signing.list_certificates(vault.db)
    finally:
        vault.lock("cli: done")
    for c in certificates:
        owner = c.owner or "authority"
        state = "active" if c.active else "retired"
        print(f"#{c.id:<4}{c.origin:<9}{owner:<10}{state:<8}valid to "
              f"{c.not_after.date().isoformat()}  {c.subject}  SHA-256 {c.fingerprint}",
              file=out)
    print(f"{len(certificates)} certificate(s)", file=out)
    return 0


def cmd_certificate_create(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import signing

    vault = login(args)
    try:
        info = signing.create_authority_certificate(vault, algorithm="rsa" if args.rsa else "ec")
    finally:
        vault.lock("cli: done")
    print(f"Created certificate #{info.id}: {info.subject}, valid to "
          f"{info.not_after.date().isoformat()}, SHA-256 {info.fingerprint}", file=out)
    print("Give its public part (report certificate export) to whoever checks the reports.",
          file=out)
    return 0


def cmd_certificate_import(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import signing
    from cpradmin.cli import _secret

    data = Path(args.file).read_bytes()
    passphrase = _secret("CPRADMIN_P12_PASSWORD", "Password of the PKCS#12 file: ")
    vault = login(args)
    try:
        info = signing.import_pkcs12(vault, data, passphrase, personal=not args.authority)
    finally:
        vault.lock("cli: done")
    print(f"Imported certificate #{info.id}: {info.subject}, valid to "
          f"{info.not_after.date().isoformat()}", file=out)
    return 0


def cmd_certificate_export(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import signing

    vault = login(args)
    try:
        pem = signing.certificate_pem(vault.db, args.id)
    finally:
        vault.lock("cli: done")
    atomic_write(Path(args.pem).expanduser(), pem)
    print(f"Written: {args.pem}", file=out)
    return 0


def cmd_certificate_retire(args: argparse.Namespace, out: TextIO, *, login: Login) -> int:
    from cpradmin import signing

    vault = login(args)
    try:
        signing.retire_certificate(vault, args.id)
    finally:
        vault.lock("cli: done")
    print(f"Certificate #{args.id} retired.", file=out)
    return 0
