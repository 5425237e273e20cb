"""``cpradmin --self-test``: prove an installed or bundled copy works end to end.

Creates a vault in a private temporary folder, locks it, opens it again, verifies the audit
trail and, unless told not to, builds the login window offscreen (proves the Qt plugins and
translations are in the bundle). Exit 0 only when all of it worked.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import TextIO

from cpradmin import audit
from cpradmin.vault import Vault

_PASSWORD = "Selvtest-Ugle-Vinter-93"


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
        result = audit.verify(vault.db, vault.slots.audit_anchor)
        vault.lock("self-test")
        if not result.ok:
            print(f"self-test: audit trail broken: {result.problems}", file=out)
            return 1
        print(f"self-test: vault created, opened and locked; audit entries {result.count}",
              file=out)
    if gui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from cpradmin.ui.app import gui_self_test

        message = gui_self_test()
        print(f"self-test: {message}", file=out)
    print(f"self-test: ok in {time.perf_counter() - started:.2f} s", file=out)
    return 0
