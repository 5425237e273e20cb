"""``cpradmin --self-test``: prove an installed or bundled copy works end to end.

Creates a vault in a private temporary folder, locks it, opens it again, verifies the audit
trail, checks that the keyring backends can be found (a bundle without keyring's package
metadata silently has none) and, unless told not to, builds the login window offscreen (proves
the Qt plugins and translations are in the bundle). Exit 0 only when all of it worked. A
workstation without a keyring daemon passes: the self-test vault is password-only.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path
from typing import TextIO

from cpradmin import audit, keystore
from cpradmin.vault import Vault

# Must pass the password rules, which forbid parts of the officer's name ("Selvtest Bruger")
# and initials: an earlier "Selvtest-…" password made every self-test fail.
_PASSWORD = "Kobber-Ugle-Vinter-93"


#: What the secure backend of each OS imports; a backend module itself loads without it.
_BACKEND_NEEDS = {
    "linux": ("secretstorage", "jeepney.io.blocking"),
    "win32": ("win32ctypes.pywin32.win32cred",),
}


def _keyring_backends(out: TextIO) -> bool:
    """keyring finds its backends through entry points, i.e. through its package metadata."""
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    for module in _BACKEND_NEEDS.get(system, ()):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            print(f"self-test: FAILED: the keyring backend needs {module}: {exc}", file=out)
            return False
    found = sorted(entry_points(group="keyring.backends"), key=lambda ep: ep.name)
    if not found:
        print("self-test: FAILED: no keyring backends (keyring's metadata is not bundled)",
              file=out)
        return False
    for entry in found:
        try:
            entry.load()
        except Exception as exc:  # noqa: BLE001 - reported, and the self-test fails
            print(f"self-test: FAILED: keyring backend {entry.name} does not load: {exc!r}",
                  file=out)
            return False
    in_use = keystore.backend_name() or "none here (bound slots unavailable)"
    print(f"self-test: keyring backends {', '.join(ep.name for ep in found)}; "
          f"secure backend: {in_use}", file=out)
    return True


def _signed_report(vault: Vault, out: TextIO) -> bool:
    """Render, sign and verify a report in memory: the fonts, pyHanko and its certificate
    validator all have to be in the bundle, and the off-hours rule's holiday data too."""
    import holidays

    from cpradmin import reports, signing

    if date(2026, 12, 25) not in holidays.Denmark(years=2026):
        print("self-test: FAILED: the Danish holiday calendar is missing", file=out)
        return False
    try:
        signing.create_authority_certificate(vault)
        made = reports.make_report(vault, "access", {"on": "2026-01-01"}, lang="da")
        _, pdf = reports.sign_and_store(vault, made, password=_PASSWORD)
        check = signing.verify_pdf(pdf, trust=signing.trusted_certificates(vault.db))
    except Exception as exc:  # noqa: BLE001 - one clear line for CI, then exit 1
        print(f"self-test: FAILED: signed report: {exc}", file=out)
        return False
    if not (check.ok and check.trusted):
        print(f"self-test: FAILED: signed report does not verify: {check.message}", file=out)
        return False
    print(f"self-test: report rendered, signed and verified ({len(pdf):,} bytes)", file=out)
    return True


def run(out: TextIO, *, gui: bool = True) -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cpradmin-selftest-") as folder:
        path = Path(folder) / "selftest.vault"
        created = Vault.create(
            path, officer_name="Selvtest Bruger", initials="ST", password=_PASSWORD,
            password_only=True,
        )
        created.vault.lock("self-test")
        vault = Vault.login(path, "ST", _PASSWORD)
        try:
            signed = _signed_report(vault, out)
            result = audit.verify(vault.db, vault.slots.audit_anchor)
        finally:
            vault.lock("self-test")
        if not result.ok:
            print(f"self-test: audit trail broken: {result.problems}", file=out)
            return 1
        if not signed:
            return 1
        print(f"self-test: vault created, opened and locked; audit entries {result.count}",
              file=out)
    if not _keyring_backends(out):
        return 1
    if gui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:
            from cpradmin.ui.app import gui_self_test

            message = gui_self_test()
        except Exception as exc:  # noqa: BLE001 - one clear line for CI, then exit 1
            print(f"self-test: FAILED: GUI: {exc}", file=out)
            return 1
        print(f"self-test: {message}", file=out)
    print(f"self-test: ok in {time.perf_counter() - started:.2f} s", file=out)
    return 0
