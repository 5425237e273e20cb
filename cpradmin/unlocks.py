"""The unlock register: who may unlock CPR user IDs, and every lockout and unlock.

Lockout and unlock times are the Danish wall-clock times the officer records (to the minute,
no offset), because that is how a phoned-in lockout is reported and how an auditor reads it.

The CPR terms (section 3): a user ID disabled after five failed password attempts is unlocked
only by the security officer or the persons the officer has authorised. Anyone else is
refused here, and the refusal names why.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from cpradmin.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError, error
from cpradmin.models.accounts import Permission, Role
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.dates import date_or_none, iso_or_none
from cpradmin.models.registers import UserId, Verification
from cpradmin.models.storage.connection import Connection
from cpradmin.registers import get_user_id
from cpradmin.vault import Vault


@dataclass(frozen=True)
class Unlocker:
    """A person the officer authorised to unlock user IDs, for a period."""

    id: int
    name: str
    account: str | None
    employee_id: int | None
    authorised_from: date
    authorised_to: date | None
    authorised_by: str
    note: str = ""

    def authorised_on(self, day: date) -> bool:
        return self.authorised_from <= day and (
            self.authorised_to is None or day <= self.authorised_to
        )


@dataclass(frozen=True)
class Lockout:
    id: int
    user_id: str
    employee_name: str
    locked_at: str
    unlocked_at: str | None
    unlocked_by: str | None
    verification: str | None
    note: str
    recorded_by: str


def _unlocker(row: tuple[Any, ...]) -> Unlocker:
    id_, name, account, employee_id, start, end, by, note = row
    return Unlocker(id_, name, account, employee_id, date.fromisoformat(start),
                    date_or_none(end), by, note)


_UNLOCKER_COLUMNS = (
    "id, name, account, employee_id, authorised_from, authorised_to, authorised_by, note"
)


def authorise_unlocker(vault: Vault, *, name: str, authorised_from: date,
                       authorised_to: date | None = None, account: str | None = None,
                       employee_id: int | None = None, note: str = "") -> Unlocker:
    """Only the security officer authorises unlockers."""
    if vault.account.role is not Role.OFFICER:
        raise error(
            PermissionDenied,
            QT_TRANSLATE_NOOP("Errors", "Only the security officer authorises unlockers."),
        )
    if not name.strip():
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "The name is required."))
    if account and vault.db.execute(
        "SELECT 1 FROM accounts WHERE initials = ?", (account.strip(),)
    ).fetchone() is None:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "No account with initials {initials}."),
            initials=account.strip().upper(),
        )
    if authorised_to is not None and authorised_to < authorised_from:
        raise error(
            ValidationError, QT_TRANSLATE_NOOP("Errors", "The period ends before it starts.")
        )
    with vault.change("unlocker-authorised") as conn:
        cursor = conn.execute(
            "INSERT INTO unlockers (name, account, employee_id, authorised_from, authorised_to, "
            "authorised_by, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name.strip(), account.upper() if account else None, employee_id,
             authorised_from.isoformat(), iso_or_none(authorised_to), vault.account.initials,
             note.strip()),
        )
        unlocker = get_unlocker(conn, int(cursor.lastrowid or 0))
        vault.describe(f"unlocker:{unlocker.id}", {"after": asdict(unlocker)})
    return unlocker


def end_unlocker(vault: Vault, unlocker_id: int, on: date) -> Unlocker:
    if vault.account.role is not Role.OFFICER:
        raise error(
            PermissionDenied,
            QT_TRANSLATE_NOOP("Errors", "Only the security officer authorises unlockers."),
        )
    before = get_unlocker(vault.db, unlocker_id)
    if on < before.authorised_from or (
        before.authorised_to is not None and on > before.authorised_to
    ):
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP(
                "Errors", "The last day must fall within the authorisation's own period."
            ),
        )
    with vault.change("unlocker-ended", f"unlocker:{unlocker_id}", {
        "before": iso_or_none(before.authorised_to), "after": on.isoformat(),
    }) as conn:
        conn.execute("UPDATE unlockers SET authorised_to = ? WHERE id = ?",
                     (on.isoformat(), unlocker_id))
        return get_unlocker(conn, unlocker_id)


def get_unlocker(conn: Connection, unlocker_id: int) -> Unlocker:
    row = conn.execute(
        f"SELECT {_UNLOCKER_COLUMNS} FROM unlockers WHERE id = ?", (unlocker_id,)
    ).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "No such unlocker."))
    return _unlocker(row)


def list_unlockers(conn: Connection) -> list[Unlocker]:
    return [_unlocker(r) for r in conn.execute(
        f"SELECT {_UNLOCKER_COLUMNS} FROM unlockers ORDER BY name, authorised_from")]


def record_lockout(vault: Vault, user_id: str, locked_at: datetime, note: str = "") -> int:
    """A user ID reported locked after five failed attempts; waits for an unlock."""
    vault.require(Permission.UNLOCK_USER_IDS)
    record = _known_user_id(vault.db, user_id)
    if record.locked:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "The user ID {user_id} is already recorded as locked."),
            user_id=record.user_id,
        )
    with vault.change("user-id-locked") as conn:
        cursor = conn.execute(
            "INSERT INTO lockouts (user_id_id, locked_at, note, recorded_by) VALUES (?, ?, ?, ?)",
            (record.id, locked_at.isoformat(timespec="minutes"), redact_cpr(note.strip()),
             vault.account.initials),
        )
        conn.execute("UPDATE user_ids SET locked = 1 WHERE id = ?", (record.id,))
        lockout_id = int(cursor.lastrowid or 0)
        vault.describe(f"user-id:{record.user_id}", {"lockout": lockout_id, "note": note})
    return lockout_id


def record_unlock(vault: Vault, user_id: str, *, unlocked_at: datetime,
                  verification: Verification, unlocker_id: int | None = None,
                  note: str = "") -> None:
    """Record an unlock by the officer (unlocker_id None) or by an authorised unlocker.

    Refused when the unlocker is not authorised on the day of the unlock, when the account
    recording it is not the officer and no unlocker is named, or when verification is
    "other" without a note.
    """
    vault.require(Permission.UNLOCK_USER_IDS)
    record = _known_user_id(vault.db, user_id)
    if unlocker_id is None:
        if vault.account.role is not Role.OFFICER and not _account_is_unlocker(
            vault, unlocked_at.date()
        ):
            raise error(
                PermissionDenied,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only the security officer or a person the officer has authorised may "
                    "unlock user IDs. {initials} is not authorised on {day}.",
                ),
                initials=vault.account.initials, day=unlocked_at.date().isoformat(),
            )
        unlocked_by = vault.account.initials
    else:
        unlocker = get_unlocker(vault.db, unlocker_id)
        if not unlocker.authorised_on(unlocked_at.date()):
            raise error(
                PermissionDenied,
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is not authorised to unlock user IDs on {day}."
                ),
                name=unlocker.name, day=unlocked_at.date().isoformat(),
            )
        unlocked_by = unlocker.name
    if verification is Verification.OTHER and not note.strip():
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "Describe in the note how the identity was verified."),
        )
    open_lockout = vault.db.execute(
        "SELECT id, locked_at FROM lockouts WHERE user_id_id = ? AND unlocked_at IS NULL "
        "ORDER BY id DESC LIMIT 1", (record.id,),
    ).fetchone()
    stamp = unlocked_at.isoformat(timespec="minutes")
    if open_lockout is not None and stamp < open_lockout[1]:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP(
                "Errors", "The user ID was locked at {time}; the unlock cannot be earlier."
            ),
            time=open_lockout[1].replace("T", " "),
        )
    note = redact_cpr(note)
    details = {"by": unlocked_by, "verification": verification.value, "note": note.strip()}
    with vault.change("user-id-unlocked", f"user-id:{record.user_id}", details) as conn:
        if open_lockout is None:  # unlocked on the spot: lockout and unlock in one entry
            conn.execute(
                "INSERT INTO lockouts (user_id_id, locked_at, unlocked_at, unlocker_id, "
                "unlocked_by, verification, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (record.id, stamp, stamp, unlocker_id, unlocked_by, verification.value,
                 note.strip(), vault.account.initials),
            )
        else:
            conn.execute(
                "UPDATE lockouts SET unlocked_at = ?, unlocker_id = ?, unlocked_by = ?, "
                "verification = ?, note = trim(note || ' ' || ?) WHERE id = ?",
                (stamp, unlocker_id, unlocked_by, verification.value, note.strip(),
                 open_lockout[0]),
            )
        conn.execute("UPDATE user_ids SET locked = 0 WHERE id = ?", (record.id,))


def _account_is_unlocker(vault: Vault, day: date) -> bool:
    return any(
        u.account == vault.account.initials and u.authorised_on(day)
        for u in list_unlockers(vault.db)
    )


def _known_user_id(conn: Connection, user_id: str) -> UserId:
    record = get_user_id(conn, user_id)
    if record is None:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "The user ID {user_id} is not in the register."),
            user_id=user_id.strip().upper(),
        )
    return record


_LOCKOUT_QUERY = (
    "SELECT l.id, u.user_id, coalesce(e.name, p.name, ''), l.locked_at, l.unlocked_at, "
    "l.unlocked_by, l.verification, l.note, l.recorded_by FROM lockouts l "
    "JOIN user_ids u ON u.id = l.user_id_id LEFT JOIN employees e ON e.id = u.employee_id "
    "LEFT JOIN programs p ON p.id = u.program_id"
)


def list_lockouts(conn: Connection, *, waiting_only: bool = False) -> list[Lockout]:
    where = " WHERE l.unlocked_at IS NULL" if waiting_only else ""
    rows = conn.execute(f"{_LOCKOUT_QUERY}{where} ORDER BY l.locked_at DESC, l.id DESC")
    return [Lockout(*row) for row in rows]
