"""The vault: create it, open it with a password or the recovery key, lock it.

An open ``Vault`` is the session of one account: it owns the SQLCipher connection and the
data key (kept in a ``bytearray`` so locking can wipe it). Every write goes through
``Vault.change()``, a transaction that appends to the audit trail in the same commit.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import secrets
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import platformdirs

from cpradmin import audit, keyslots, keystore
from cpradmin.clock import Clock, SystemClock, iso, parse_iso
from cpradmin.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationError,
    PermissionDenied,
    VaultError,
    error,
)
from cpradmin.keyslots import (
    MAX_FAILURES,
    KdfParams,
    Slot,
    SlotFile,
    generate_recovery_key,
    new_recovery_slot,
    open_password_slot,
    open_recovery_slot,
)
from cpradmin.models.accounts import Account, Permission, Role
from cpradmin.models.storage import connection, migrations
from cpradmin.models.storage.connection import Connection, transaction

VAULT_FILE = "cpradmin.vault"


def default_vault_path() -> Path:
    """Per-user data folder (platformdirs): ``~/.local/share/cpradmin`` on Linux."""
    return Path(platformdirs.user_data_dir("cpradmin", appauthor=False)) / VAULT_FILE


def keyring_entry(vault_id: str, initials: str) -> str:
    return f"{vault_id}/{initials.upper()}"


@dataclass(frozen=True)
class Created:
    """What creating a vault hands back once: the session and the recovery key to print."""

    vault: Vault
    recovery_key: str


def _row_to_account(row: tuple[Any, ...]) -> Account:
    (id_, initials, name, role, may_unlock, active, password_only, must_change, changed,
     birth, cpr, family, plates) = row
    return Account(
        id=int(id_),
        initials=str(initials),
        name=str(name),
        role=Role(role),
        may_unlock_accounts=bool(may_unlock),
        active=bool(active),
        password_only=bool(password_only),
        must_change_password=bool(must_change),
        password_changed_at=parse_iso(changed) if changed else None,
        birth_date=date.fromisoformat(birth) if birth else None,
        cpr=cpr,
        family_names=tuple(json.loads(family)),
        licence_plates=tuple(json.loads(plates)),
    )


ACCOUNT_COLUMNS = (
    "id, initials, name, role, may_unlock_accounts, active, password_only, "
    "must_change_password, password_changed_at, birth_date, cpr, family_names, licence_plates"
)


class Vault:
    """An unlocked vault and the account working in it."""

    def __init__(
        self,
        path: Path,
        conn: Connection,
        slots: SlotFile,
        data_key: bytes,
        account: Account,
        clock: Clock,
    ) -> None:
        self.path = path
        self.conn: Connection | None = conn
        self.slots = slots
        self._key = bytearray(data_key)
        self.account = account
        self.clock = clock
        self.forced_password_change = account.must_change_password
        self.recovered = False
        self._described: tuple[str | None, Mapping[str, Any] | None] = (None, None)

    # -- creation and login ---------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        officer_name: str,
        initials: str,
        password: str,
        authority: str = "",
        password_only: bool = False,
        clock: Clock | None = None,
    ) -> Created:
        """Create the database, the officer account and its slot, and the recovery slot.

        The officer's password is checked against the CPR rules like any later change.
        """
        from cpradmin import accounts  # the password rules live with the accounts service

        clock = clock or SystemClock()
        path = Path(path)
        slot_path = SlotFile.path_for(path)
        if path.exists() or slot_path.exists():
            raise error(
                VaultError,
                QT_TRANSLATE_NOOP("Errors", "A vault already exists at {path}."),
                path=str(path),
            )
        initials = accounts.normalise_initials(initials)
        accounts.check_new_password(
            password,
            accounts.personal_data_for(officer_name, initials, None, None, (), ()),
            is_earlier=lambda _p: False,
        )
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data_key = secrets.token_bytes(32)
        vault_id = str(uuid.uuid4())
        now = clock.now()
        conn = connection.connect(path, data_key, create=True)
        try:
            migrations.migrate(conn)
            recovery_key = generate_recovery_key()
            slots = SlotFile(vault_id=vault_id)
            slots.recovery = new_recovery_slot(data_key, vault_id, recovery_key)
            with transaction(conn):
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("vault_id", vault_id), ("created_at", iso(now)), ("authority", authority)],
                )
                account_id = accounts.insert_account(
                    conn, initials=initials, name=officer_name, role=Role.OFFICER,
                    password_only=password_only, now=now, created_by=None,
                )
                audit.append(
                    conn, at=now, actor=initials, action="vault-created",
                    obj=f"vault:{vault_id}", details={"authority": authority},
                )
                audit.append(
                    conn, at=now, actor=initials, action="account-created",
                    obj=f"account:{initials}",
                    details={"after": {"name": officer_name, "role": Role.OFFICER.value}},
                )
                slots.slots[initials] = accounts.password_slot(
                    conn, data_key, vault_id, account_id, initials, password,
                    password_only=password_only, now=now,
                )
                slots.save(slot_path)
        except BaseException:
            connection.close(conn)
            for leftover in (path, slot_path):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        account = cls._load_account(conn, initials)
        vault = cls(path, conn, slots, data_key, account, clock)
        with vault.change("login", f"account:{initials}", {"method": "vault-created"}):
            pass
        return Created(vault, recovery_key)

    @staticmethod
    def _load_slots(path: Path) -> SlotFile:
        path = Path(path)
        if not path.is_file():
            raise error(
                VaultError,
                QT_TRANSLATE_NOOP("Errors", "No vault file at {path}."),
                path=str(path),
            )
        slot_path = SlotFile.path_for(path)
        try:
            return SlotFile.load(slot_path)
        except FileNotFoundError:
            raise error(
                VaultError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key file {slots} that belongs to the vault is missing. Restore it "
                    "from the backup together with the vault.",
                ),
                slots=str(slot_path),
            ) from None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise error(
                VaultError,
                QT_TRANSLATE_NOOP(
                    "Errors", "The key file {slots} is damaged or is not a cpradmin key file."
                ),
                slots=str(slot_path),
            ) from None

    @classmethod
    def login(
        cls, path: Path, initials: str, password: str, *, clock: Clock | None = None
    ) -> Vault:
        """Open the vault as *initials*; five failures disable the account."""
        from cpradmin import accounts

        clock = clock or SystemClock()
        path = Path(path)
        slots = cls._load_slots(path)
        initials = accounts.normalise_initials(initials, strict=False)
        now = clock.now()
        if initials in slots.disabled:
            with keyslots.editing(SlotFile.path_for(path)) as fresh:
                fresh.pending_events.append(
                    {"at": iso(now), "actor": initials, "action": "login-refused-disabled"}
                )
            raise _disabled_error()
        slot = slots.slots.get(initials)
        data_key = None
        if slot is not None:
            secret = cls._workstation_secret(slots, initials, slot)
            data_key = open_password_slot(slot, slots.vault_id, initials, password, secret)
        else:  # the same work as a real slot, so timing does not tell which initials exist
            open_password_slot(_decoy_slot(), slots.vault_id, initials, password, None)
        if data_key is None:
            cls._record_failure(path, slots, initials, known=slot is not None, now=now)
        assert data_key is not None
        conn = connection.connect(path, data_key)
        try:
            vault = cls._session(path, conn, slots, data_key, initials, clock)
        except BaseException:
            connection.close(conn)
            raise
        return vault

    @staticmethod
    def _workstation_secret(slots: SlotFile, initials: str, slot: Slot) -> bytes | None:
        if not slot.bound:
            return None
        secret = keystore.load_secret(slot.keyring_entry)
        if secret is None:
            raise error(
                AuthenticationError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The account {initials} is bound to the workstation where its password was "
                    "last set, and this workstation's keyring does not hold its key. Log in "
                    "there, or ask the security officer for a new one-time password.",
                ),
                initials=initials,
            )
        return secret

    @classmethod
    def _record_failure(
        cls, path: Path, slots: SlotFile, initials: str, *, known: bool, now: datetime
    ) -> None:
        with keyslots.editing(SlotFile.path_for(path)) as fresh:
            cls._count_failure(fresh, initials, known=known, now=now)
            disabled = initials in fresh.disabled
        if disabled:
            raise _disabled_error()
        raise error(
            AuthenticationError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Wrong initials or password. After {limit} failed attempts in a row the account "
                "is disabled until the security officer unlocks it.",
            ),
            limit=MAX_FAILURES,
        )

    @staticmethod
    def _count_failure(slots: SlotFile, initials: str, *, known: bool, now: datetime) -> None:
        from cpradmin.accounts import _INITIALS

        # Unknown "initials" may be a password or a CPR number typed into the wrong field, and
        # the key file is not encrypted: keep them only if they have the shape of initials.
        actor = initials if known or _INITIALS.match(initials) else None
        event: dict[str, Any] = {"at": iso(now), "actor": actor, "action": "login-failed"}
        left = MAX_FAILURES
        if known:
            count = slots.failures.get(initials, 0) + 1
            slots.failures[initials] = count
            left = MAX_FAILURES - count
            event["details"] = {"attempt": count}
        slots.pending_events.append(event)
        if known and left <= 0:
            slots.disabled[initials] = iso(now)
            slots.pending_events.append(
                {"at": iso(now), "actor": initials, "action": "account-disabled",
                 "details": {"reason": "five failed logins"}}
            )

    @classmethod
    def recover(cls, path: Path, recovery_key: str, *, clock: Clock | None = None) -> Vault:
        """Open with the recovery key as the officer, who must then choose a new password."""
        clock = clock or SystemClock()
        path = Path(path)
        slots = cls._load_slots(path)
        data_key = (
            open_recovery_slot(slots.recovery, slots.vault_id, recovery_key)
            if slots.recovery
            else None
        )
        now = clock.now()
        if data_key is None:
            with keyslots.editing(SlotFile.path_for(path)) as fresh:
                fresh.pending_events.append(
                    {"at": iso(now), "actor": None, "action": "recovery-failed"}
                )
            raise error(
                AuthenticationError,
                QT_TRANSLATE_NOOP("Errors", "The recovery key does not open this vault."),
            )
        conn = connection.connect(path, data_key)
        try:
            row = conn.execute(
                "SELECT initials FROM accounts WHERE role = 'officer' AND active = 1 "
                "ORDER BY id LIMIT 1"
            ).fetchone()
            if row is None:
                raise error(
                    VaultError,
                    QT_TRANSLATE_NOOP("Errors", "The vault has no active security officer."),
                )
            initials = str(row[0])
            slots.pending_events.append(
                {"at": iso(now), "actor": initials, "action": "recovery-key-used"}
            )
            vault = cls._session(path, conn, slots, data_key, initials, clock, recovered=True)
        except BaseException:
            connection.close(conn)
            raise
        return vault

    @classmethod
    def _session(
        cls,
        path: Path,
        conn: Connection,
        slots: SlotFile,
        data_key: bytes,
        initials: str,
        clock: Clock,
        *,
        recovered: bool = False,
    ) -> Vault:
        from cpradmin import accounts

        migrations.migrate(conn)
        stored_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if stored_id is None or stored_id[0] != slots.vault_id:
            raise error(
                VaultError,
                QT_TRANSLATE_NOOP(
                    "Errors", "The key file and the vault file {path} do not belong together."
                ),
                path=str(path),
            )
        account = cls._load_account(conn, initials)
        if not account.active:
            raise error(
                AuthenticationError,
                QT_TRANSLATE_NOOP(
                    "Errors", "The account {initials} has been deactivated by the officer."
                ),
                initials=initials,
            )
        vault = cls(path, conn, slots, data_key, account, clock)
        vault.recovered = recovered
        now = clock.now()
        expired = accounts.password_expired(account, now)
        with transaction(conn):
            for event in slots.pending_events:
                audit.append(
                    conn, at=parse_iso(event["at"]), actor=event.get("actor"),
                    action=event["action"], obj=None, details=event.get("details"),
                )
            if recovered or expired:
                conn.execute(
                    "UPDATE accounts SET must_change_password = 1 WHERE id = ?", (account.id,)
                )
            audit.append(
                conn, at=now, actor=initials, action="login", obj=f"account:{initials}",
                details={
                    "method": "recovery-key" if recovered else "password",
                    "bound": slots.slots[initials].bound if initials in slots.slots else False,
                    "password-expired": expired,
                },
            )
        flushed = list(slots.pending_events)
        with vault.editing_slots() as fresh:
            fresh.pending_events = [e for e in fresh.pending_events if e not in flushed]
            fresh.failures.pop(initials, None)
            if recovered:  # the recovery key lifts the officer's own lock
                fresh.disabled.pop(initials, None)
        vault.account = cls._load_account(conn, initials)
        vault.forced_password_change = vault.account.must_change_password
        return vault

    @staticmethod
    def _load_account(conn: Connection, initials: str) -> Account:
        row = conn.execute(
            f"SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE initials = ?", (initials,)
        ).fetchone()
        if row is None:
            raise error(
                AuthenticationError,
                QT_TRANSLATE_NOOP("Errors", "Wrong initials or password."),
            )
        return _row_to_account(row)

    # -- the open session -----------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    @property
    def db(self) -> Connection:
        if self.conn is None:
            raise error(VaultError, QT_TRANSLATE_NOOP("Errors", "The vault is locked."))
        return self.conn

    @property
    def data_key(self) -> bytes:
        if not self.is_open:
            raise error(VaultError, QT_TRANSLATE_NOOP("Errors", "The vault is locked."))
        return bytes(self._key)

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def bound(self) -> bool:
        """Whether the logged-in account's slot needs this workstation's keyring."""
        slot = self.slots.slots.get(self.account.initials)
        return bool(slot and slot.bound)

    def require(self, permission: Permission) -> None:
        if not self.account.may(permission):
            raise error(
                PermissionDenied,
                QT_TRANSLATE_NOOP(
                    "Errors", "Your role ({role}) does not allow this."
                ),
                role=self.account.role.value,
            )

    def save_slots(self) -> None:
        self.slots.save(SlotFile.path_for(self.path))

    def reload_slots(self) -> None:
        """Re-read the key file before changing it: while this session was open, failed logins
        (here or in another process) may have added failures, locks and pending events that
        saving the session's old copy would silently undo."""
        try:
            fresh = SlotFile.load(SlotFile.path_for(self.path))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return  # keep this session's copy: saving it restores a lost or damaged file
        if fresh.vault_id == self.slots.vault_id:
            self.slots = fresh

    @contextlib.contextmanager
    def editing_slots(self) -> Iterator[SlotFile]:
        """Change the key file under its lock, starting from what is on disk now."""
        slot_path = SlotFile.path_for(self.path)
        with keyslots.locked_file(slot_path):
            self.reload_slots()
            yield self.slots
            self.save_slots()

    @contextlib.contextmanager
    def change(
        self, action: str, obj: str | None = None, details: Mapping[str, Any] | None = None
    ) -> Iterator[Connection]:
        """A write transaction whose audit entry commits with it, or not at all."""
        conn = self.db
        self._described = (obj, details)
        with transaction(conn):
            yield conn
            obj, details = self._described
            audit.append(
                conn, at=self.clock.now(), actor=self.account.initials, action=action,
                obj=obj, details=details,
            )

    def describe(self, obj: str | None, details: Mapping[str, Any] | None = None) -> None:
        """Inside ``change()``: name the object and details once they are known (a new id)."""
        self._described = (obj, details)

    def record(self, action: str, obj: str | None = None,
               details: Mapping[str, Any] | None = None) -> None:
        """Audit an event that changes no record (a reveal, an export, a print)."""
        with self.change(action, obj, details):
            pass

    def refresh_account(self) -> None:
        self.account = self._load_account(self.db, self.account.initials)

    def setting(self, key: str, default: str) -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def lock(self, reason: str) -> None:
        """Roll back any write in flight, record why, anchor the audit trail, wipe the key."""
        conn = self.conn
        if conn is None:
            return
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            with transaction(conn):
                audit.append(
                    conn, at=self.clock.now(), actor=self.account.initials, action="lock",
                    obj=f"account:{self.account.initials}", details={"reason": reason},
                )
            count, head = audit.head(conn)
            with self.editing_slots() as slots:
                slots.audit_anchor = {"count": count, "head": head}
        finally:
            self.conn = None
            connection.close(conn)
            for i in range(len(self._key)):
                self._key[i] = 0


@functools.cache
def _decoy_slot() -> Slot:
    """A slot nothing opens, for initials that have none: same Argon2 work, same timing."""
    return Slot(
        salt=base64.b64encode(secrets.token_bytes(16)).decode(),
        nonce=base64.b64encode(secrets.token_bytes(12)).decode(),
        sealed=base64.b64encode(secrets.token_bytes(48)).decode(),
        kdf=asdict(KdfParams()),
    )


def _disabled_error() -> AuthenticationError:
    return error(  # type: ignore[return-value]
        AuthenticationError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This account is disabled after five failed logins. The security officer (or a "
            "deputy authorised to do so) must unlock it; the officer's own account is "
            "unlocked with the recovery key.",
        ),
    )
