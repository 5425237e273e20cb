"""A demo vault with synthetic data, so a new user can try cpradmin at once.

The password is public and the slot is password-only (works on any machine): the demo holds
invented people and must never be used for real records.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from cpradmin import accounts
from cpradmin.models.accounts import Role
from cpradmin.vault import Vault

OFFICER_NAME = "Sofie Holm"
OFFICER_INITIALS = "SH"
DEMO_PASSWORD = "Demo-Kode-Vinter-Ugle-47"
AUTHORITY = "Demo Kommune (syntetiske data)"

DEPUTIES = (
    ("LK", "Lars Kjær", Role.DEPUTY),
    ("AJ", "Amira Jensen", Role.DEPUTY),
    ("MA", "Mette Andersen", Role.AUDITOR),
)


def demo_vault_path() -> Path:
    return Path(platformdirs.user_data_dir("cpradmin", appauthor=False)) / "demo" / "demo.vault"


def ensure_demo_vault(path: Path) -> bool:
    """Create the demo vault at *path* unless it exists; True when it was created."""
    if path.exists():
        return False
    created = Vault.create(
        path, officer_name=OFFICER_NAME, initials=OFFICER_INITIALS, password=DEMO_PASSWORD,
        authority=AUTHORITY, password_only=True,
    )
    vault = created.vault
    try:
        populate(vault)
    finally:
        vault.lock("demo created")
    return True


def populate(vault: Vault) -> None:
    """Fill the registers with synthetic records (grows with each register cpradmin gains)."""
    for initials, name, role in DEPUTIES:
        accounts.add_account(vault, initials=initials, name=name, role=role, password_only=True)
    accounts.update_account(vault, "LK", may_unlock_accounts=True)
