"""cpradmin accounts: the officer, deputies and auditors, and their passwords.

Passwords follow the CPR terms, section 3 (see ``models.passwords``). Earlier passwords are
kept only as Argon2id digests under a per-account salt inside the encrypted vault, so a new
password can be compared with every earlier one and with its numbered neighbours
(peter001 → peter002) without storing any password.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Iterable
from datetime import date, datetime

from argon2.low_level import Type, hash_secret_raw

from cpradmin import keystore
from cpradmin.clock import iso
from cpradmin.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationError,
    ValidationError,
    error,
)
from cpradmin.i18n import Message
from cpradmin.keyslots import RECOVERY_ALPHABET, Slot, new_password_slot, normalise_password
from cpradmin.models import passwords
from cpradmin.models.accounts import Account, Permission, Role
from cpradmin.models.storage.connection import Connection
from cpradmin.vault import ACCOUNT_COLUMNS, Vault, _row_to_account, keyring_entry

POLICY = passwords.PasswordPolicy()
_INITIALS = re.compile(r"^[A-ZÆØÅ]{2,6}$")


def normalise_initials(text: str, *, strict: bool = True) -> str:
    initials = text.strip().upper()
    if strict and not _INITIALS.match(initials):
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "Initials are 2 to 6 letters, for example PH."),
        )
    return initials


def personal_data_for(
    name: str,
    initials: str,
    birth_date: date | None,
    cpr: str | None,
    family_names: Iterable[str],
    licence_plates: Iterable[str],
) -> passwords.PersonalData:
    return passwords.PersonalData(
        names=(name, *family_names),
        initials=(initials,),
        birth_dates=(birth_date,) if birth_date else (),
        cpr_numbers=(cpr,) if cpr else (),
        licence_plates=tuple(licence_plates),
    )


def _personal(account: Account) -> passwords.PersonalData:
    return personal_data_for(
        account.name, account.initials, account.birth_date, account.cpr,
        account.family_names, account.licence_plates,
    )


def check_new_password(
    password: str,
    personal: passwords.PersonalData,
    *,
    is_earlier: Callable[[str], bool],
    last_changed: datetime | None = None,
    now: datetime | None = None,
    forced: bool = True,
) -> None:
    """Raise ``ValidationError`` naming every rule the password breaks."""
    violations = passwords.check_password(
        password, policy=POLICY, personal=personal, is_earlier_password=is_earlier,
        last_changed=last_changed, now=now, forced=forced,
    )
    if violations:
        raise ValidationError(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "The password does not follow the password rules."),
            ),
            tuple(v.message for v in violations),
        )


def _digest(salt: bytes, password: str) -> bytes:
    """Cheaper than a slot's KDF (inside the encrypted vault), still a slow hash."""
    return hash_secret_raw(
        normalise_password(password), salt, time_cost=2, memory_cost=19456, parallelism=1,
        hash_len=32, type=Type.ID,
    )


def _history_checker(conn: Connection, account_id: int) -> Callable[[str], bool]:
    salt = conn.execute(
        "SELECT history_salt FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()[0]
    digests = {
        bytes(row[0])
        for row in conn.execute(
            "SELECT digest FROM password_history WHERE account_id = ?", (account_id,)
        )
    }
    return lambda candidate: _digest(salt, candidate) in digests


def insert_account(
    conn: Connection,
    *,
    initials: str,
    name: str,
    role: Role,
    password_only: bool,
    now: datetime,
    created_by: int | None,
    must_change: bool = False,
) -> int:
    cursor = conn.execute(
        "INSERT INTO accounts (initials, name, role, password_only, must_change_password, "
        "history_salt, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (initials, name, role.value, int(password_only), int(must_change),
         secrets.token_bytes(16), iso(now), created_by),
    )
    return int(cursor.lastrowid or 0)


def password_slot(
    conn: Connection,
    data_key: bytes,
    vault_id: str,
    account_id: int,
    initials: str,
    password: str,
    *,
    password_only: bool,
    now: datetime,
    one_time: bool = False,
) -> Slot:
    """Seal the data key for a new password, bound to this workstation where possible.

    A one-time password set by the officer is never bound: the deputy will log in from
    their own workstation, whose keyring the officer's machine cannot reach.
    """
    secret = None
    entry = keyring_entry(vault_id, initials)
    if not password_only and not one_time and keystore.available():
        secret = keystore.create_secret(entry)
    slot = new_password_slot(data_key, vault_id, initials, password, secret, entry)
    if not one_time:
        salt = conn.execute(
            "SELECT history_salt FROM accounts WHERE id = ?", (account_id,)
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO password_history (account_id, digest, set_at) VALUES (?, ?, ?)",
            (account_id, _digest(salt, password), iso(now)),
        )
        conn.execute(
            "UPDATE accounts SET password_changed_at = ?, must_change_password = 0 WHERE id = ?",
            (iso(now), account_id),
        )
    return slot


def password_expired(account: Account, now: datetime) -> bool:
    if account.password_changed_at is None:
        return True
    return passwords.is_expired(account.password_changed_at, now, POLICY)


def password_reminder(account: Account, now: datetime) -> datetime | None:
    """The expiry date when it is within the reminder window (14 days), else None."""
    changed = account.password_changed_at
    if changed and passwords.needs_reminder(changed, now, POLICY):
        return passwords.password_expires(changed, POLICY)
    return None


def change_password(vault: Vault, current: str | None, new: str) -> None:
    """Change the logged-in account's password; rewraps its slot, never the database.

    *current* may be None only in a session opened with the recovery key.
    """
    account = vault.account
    if not (vault.recovered and current is None) and not _verify_current(vault, current or ""):
        raise error(
            AuthenticationError, QT_TRANSLATE_NOOP("Errors", "The current password is wrong.")
        )
    now = vault.clock.now()
    conn = vault.db
    check_new_password(
        new, _personal(account), is_earlier=_history_checker(conn, account.id),
        last_changed=account.password_changed_at, now=now,
        forced=vault.forced_password_change,
    )
    with vault.change("password-changed", f"account:{account.initials}",
                      {"forced": vault.forced_password_change}) as conn:
        slot = password_slot(
            conn, vault.data_key, vault.vault_id, account.id, account.initials, new,
            password_only=account.password_only, now=now,
        )
        with vault.editing_slots() as slots:
            slots.slots[account.initials] = slot
    vault.refresh_account()
    vault.forced_password_change = False


def _verify_current(vault: Vault, password: str) -> bool:
    """Re-ask before the irreversible: the slot itself proves the password."""
    from cpradmin.keyslots import open_password_slot

    initials = vault.account.initials
    slot = vault.slots.slots.get(initials)
    if slot is None:
        return False
    secret = keystore.load_secret(slot.keyring_entry) if slot.bound else None
    if slot.bound and secret is None:
        return False
    return open_password_slot(slot, vault.vault_id, initials, password, secret) is not None


def confirm_password(vault: Vault, password: str) -> None:
    """Raise unless *password* is the logged-in account's: for protected actions."""
    if not _verify_current(vault, password):
        vault.record("confirmation-failed", f"account:{vault.account.initials}")
        raise error(AuthenticationError, QT_TRANSLATE_NOOP("Errors", "Wrong password."))


def one_time_password() -> str:
    """Readable, 16 characters from the recovery alphabet: passes every password rule."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def add_account(
    vault: Vault,
    *,
    initials: str,
    name: str,
    role: Role,
    password_only: bool = False,
) -> str:
    """Create an account with a one-time password, returned once for the officer to hand over."""
    vault.require(Permission.MANAGE_ACCOUNTS)
    initials = normalise_initials(initials)
    name = name.strip()
    if not name:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "The name is required."))
    if vault.db.execute("SELECT 1 FROM accounts WHERE initials = ?", (initials,)).fetchone():
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "An account with initials {initials} already exists."),
            initials=initials,
        )
    password = one_time_password()
    now = vault.clock.now()
    details = {"after": {"name": name, "role": role.value, "password_only": password_only}}
    with vault.change("account-created", f"account:{initials}", details) as conn:
        account_id = insert_account(
            conn, initials=initials, name=name, role=role, password_only=password_only,
            now=now, created_by=vault.account.id, must_change=True,
        )
        slot = password_slot(
            conn, vault.data_key, vault.vault_id, account_id, initials, password,
            password_only=password_only, now=now, one_time=True,
        )
        with vault.editing_slots() as slots:
            slots.slots[initials] = slot
            slots.failures.pop(initials, None)
            slots.disabled.pop(initials, None)
    return password


def reset_password(vault: Vault, initials: str) -> str:
    """A new one-time password for another account (forgotten, or bound elsewhere)."""
    vault.require(Permission.MANAGE_ACCOUNTS)
    account = get_account(vault, initials)
    password = one_time_password()
    now = vault.clock.now()
    with vault.change("password-reset", f"account:{account.initials}") as conn:
        conn.execute(
            "UPDATE accounts SET must_change_password = 1 WHERE id = ?", (account.id,)
        )
        slot = password_slot(
            conn, vault.data_key, vault.vault_id, account.id, account.initials, password,
            password_only=account.password_only, now=now, one_time=True,
        )
        with vault.editing_slots() as slots:
            slots.slots[account.initials] = slot
            slots.failures.pop(account.initials, None)
            slots.disabled.pop(account.initials, None)
    return password


def list_accounts(vault: Vault) -> list[Account]:
    vault.require(Permission.READ)
    vault.reload_slots()  # failed logins elsewhere may have disabled an account meanwhile
    rows = vault.db.execute(f"SELECT {ACCOUNT_COLUMNS} FROM accounts ORDER BY initials")
    return [_row_to_account(row) for row in rows]


def get_account(vault: Vault, initials: str) -> Account:
    row = vault.db.execute(
        f"SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE initials = ?",
        (normalise_initials(initials, strict=False),),
    ).fetchone()
    if row is None:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "No account with initials {initials}."),
            initials=initials.upper(),
        )
    return _row_to_account(row)


def is_disabled(vault: Vault, initials: str) -> bool:
    return initials.upper() in vault.slots.disabled


def is_bound(vault: Vault, initials: str) -> bool:
    slot = vault.slots.slots.get(initials.upper())
    return bool(slot and slot.bound)


def unlock_account(vault: Vault, initials: str) -> None:
    """Lift a lock after five failed logins: the officer, or a deputy the officer authorised."""
    vault.require(Permission.UNLOCK_ACCOUNTS)
    account = get_account(vault, initials)
    vault.reload_slots()  # the lock was most likely recorded after this session opened
    if account.initials not in vault.slots.disabled:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "The account {initials} is not disabled."),
            initials=account.initials,
        )
    if account.role is Role.OFFICER and vault.account.role is not Role.OFFICER:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP(
                "Errors", "A security officer's account is unlocked by an officer or with the "
                "recovery key."
            ),
        )
    with vault.change("account-unlocked", f"account:{account.initials}"), \
            vault.editing_slots() as slots:
        slots.disabled.pop(account.initials, None)
        slots.failures.pop(account.initials, None)


def update_account(
    vault: Vault,
    initials: str,
    *,
    name: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
    may_unlock_accounts: bool | None = None,
) -> Account:
    """Change another account (the officer only); the before/after lands in the audit trail."""
    vault.require(Permission.MANAGE_ACCOUNTS)
    before = get_account(vault, initials)
    changes: dict[str, object] = {}
    if name is not None and name.strip() and name.strip() != before.name:
        changes["name"] = name.strip()
    if role is not None and role is not before.role:
        changes["role"] = role.value
    if active is not None and active != before.active:
        changes["active"] = int(active)
    if may_unlock_accounts is not None and may_unlock_accounts != before.may_unlock_accounts:
        changes["may_unlock_accounts"] = int(may_unlock_accounts)
    if not changes:
        return before
    demotes_officer = before.role is Role.OFFICER and (
        changes.get("role", Role.OFFICER.value) != Role.OFFICER.value
        or changes.get("active", 1) == 0
    )
    if demotes_officer and _active_officers(vault.db) <= 1:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "The vault must keep at least one active officer."),
        )
    snapshot = {key: getattr(before, key) for key in changes}
    snapshot = {k: (v.value if isinstance(v, Role) else v) for k, v in snapshot.items()}
    with vault.change("account-changed", f"account:{before.initials}",
                      {"before": snapshot, "after": changes}) as conn:
        assignments = ", ".join(f"{column} = ?" for column in changes)
        conn.execute(
            f"UPDATE accounts SET {assignments} WHERE id = ?", (*changes.values(), before.id)
        )
    return get_account(vault, before.initials)


def update_personal_data(
    vault: Vault,
    *,
    birth_date: date | None,
    cpr: str | None,
    family_names: Iterable[str],
    licence_plates: Iterable[str],
) -> None:
    """What the logged-in account's password must not contain (kept encrypted, never shown)."""
    from cpradmin.models.cpr import parse_cpr

    digits = parse_cpr(cpr).digits if cpr else None
    with vault.change("account-personal-data-changed", f"account:{vault.account.initials}") as c:
        c.execute(
            "UPDATE accounts SET birth_date = ?, cpr = ?, family_names = ?, licence_plates = ? "
            "WHERE id = ?",
            (
                birth_date.isoformat() if birth_date else None,
                digits,
                json.dumps([n.strip() for n in family_names if n.strip()]),
                json.dumps([p.strip() for p in licence_plates if p.strip()]),
                vault.account.id,
            ),
        )
    vault.refresh_account()


def _active_officers(conn: Connection) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM accounts WHERE role = 'officer' AND active = 1"
        ).fetchone()[0]
    )
