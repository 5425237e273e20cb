"""Numbered schema migrations, applied at open; ``PRAGMA user_version`` says where a file is."""

from __future__ import annotations

from collections.abc import Callable

from cpradmin.errors import QT_TRANSLATE_NOOP, VaultError, error
from cpradmin.models.storage.connection import Connection, transaction

Migration = Callable[[Connection], None]


def _script(conn: Connection, sql: str) -> None:
    """Run DDL statement by statement: ``executescript`` would commit the open transaction."""
    for statement in sql.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_foundation(conn: Connection) -> None:
    _script(
        conn,
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE accounts (
            id                   INTEGER PRIMARY KEY,
            initials             TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name                 TEXT NOT NULL,
            role                 TEXT NOT NULL CHECK (role IN ('officer', 'deputy', 'auditor')),
            may_unlock_accounts  INTEGER NOT NULL DEFAULT 0,
            active               INTEGER NOT NULL DEFAULT 1,
            password_only        INTEGER NOT NULL DEFAULT 0,
            must_change_password INTEGER NOT NULL DEFAULT 0,
            password_changed_at  TEXT,
            history_salt         BLOB NOT NULL,
            birth_date           TEXT,
            cpr                  TEXT,
            family_names         TEXT NOT NULL DEFAULT '[]',
            licence_plates       TEXT NOT NULL DEFAULT '[]',
            created_at           TEXT NOT NULL,
            created_by           INTEGER REFERENCES accounts (id)
        );
        CREATE TABLE password_history (
            account_id INTEGER NOT NULL REFERENCES accounts (id),
            digest     BLOB NOT NULL,
            set_at     TEXT NOT NULL
        );
        CREATE INDEX password_history_account ON password_history (account_id);
        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT,
            action    TEXT NOT NULL,
            object    TEXT,
            details   TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL
        );
        """
    )


def _v2_registers(conn: Connection) -> None:
    """The registers the CPR terms, section 3, require the officer to keep.

    Authorisations are never overwritten: each change appends to ``authorisation_events``
    with a snapshot, who and why. CPR numbers are stored as 10 digits (the vault is encrypted)
    and masked wherever they leave the screen.
    """
    _script(
        conn,
        """
        CREATE TABLE employees (
            id              INTEGER PRIMARY KEY,
            name            TEXT NOT NULL,
            initials        TEXT NOT NULL DEFAULT '',
            department      TEXT NOT NULL DEFAULT '',
            cpr             TEXT,
            email           TEXT NOT NULL DEFAULT '',
            employed_from   TEXT,
            employed_to     TEXT,
            notes           TEXT NOT NULL DEFAULT '',
            trained_on      TEXT,
            acknowledged_on TEXT,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        );
        CREATE INDEX employees_name ON employees (name COLLATE NOCASE);
        CREATE INDEX employees_cpr ON employees (cpr);
        CREATE TABLE programs (
            id             INTEGER PRIMARY KEY,
            name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
            responsible_id INTEGER REFERENCES employees (id),
            supplier       TEXT NOT NULL DEFAULT '',
            purpose        TEXT NOT NULL DEFAULT '',
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL
        );
        CREATE TABLE user_ids (
            id          INTEGER PRIMARY KEY,
            user_id     TEXT NOT NULL UNIQUE COLLATE NOCASE,
            employee_id INTEGER REFERENCES employees (id),
            program_id  INTEGER REFERENCES programs (id),
            locked      INTEGER NOT NULL DEFAULT 0,
            created_at  TEXT NOT NULL,
            CHECK ((employee_id IS NULL) <> (program_id IS NULL))
        );
        CREATE INDEX user_ids_employee ON user_ids (employee_id);
        CREATE TABLE authorisations (
            id                INTEGER PRIMARY KEY,
            user_id_id        INTEGER NOT NULL REFERENCES user_ids (id),
            granted_on        TEXT NOT NULL,
            expires_on        TEXT,
            purpose           TEXT NOT NULL DEFAULT '',
            case_number       TEXT NOT NULL DEFAULT '',
            transaction_types TEXT NOT NULL DEFAULT '[]',
            profiles          TEXT NOT NULL DEFAULT '[]',
            granted_by        TEXT NOT NULL DEFAULT '',
            revoked_on        TEXT,
            revoked_reason    TEXT NOT NULL DEFAULT '',
            version           INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX authorisations_user ON authorisations (user_id_id);
        CREATE TABLE authorisation_events (
            id               INTEGER PRIMARY KEY,
            authorisation_id INTEGER NOT NULL REFERENCES authorisations (id),
            at               TEXT NOT NULL,
            actor            TEXT NOT NULL,
            kind             TEXT NOT NULL CHECK (kind IN ('granted', 'changed', 'revoked')),
            reason           TEXT NOT NULL DEFAULT '',
            snapshot         TEXT NOT NULL
        );
        CREATE INDEX authorisation_events_auth ON authorisation_events (authorisation_id);
        CREATE TABLE regulations (
            id          INTEGER PRIMARY KEY,
            title       TEXT NOT NULL,
            version     TEXT NOT NULL,
            approved_on TEXT NOT NULL,
            review_due  TEXT NOT NULL,
            file_name   TEXT NOT NULL DEFAULT '',
            document    BLOB,
            sha256      TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            UNIQUE (title, version)
        );
        CREATE TABLE unlockers (
            id              INTEGER PRIMARY KEY,
            name            TEXT NOT NULL,
            employee_id     INTEGER REFERENCES employees (id),
            account         TEXT,
            authorised_from TEXT NOT NULL,
            authorised_to   TEXT,
            authorised_by   TEXT NOT NULL,
            note            TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE lockouts (
            id           INTEGER PRIMARY KEY,
            user_id_id   INTEGER NOT NULL REFERENCES user_ids (id),
            locked_at    TEXT NOT NULL,
            unlocked_at  TEXT,
            unlocker_id  INTEGER REFERENCES unlockers (id),
            unlocked_by  TEXT,
            verification TEXT,
            note         TEXT NOT NULL DEFAULT '',
            recorded_by  TEXT NOT NULL
        );
        CREATE INDEX lockouts_user ON lockouts (user_id_id);
        CREATE TABLE watchlist (
            id       INTEGER PRIMARY KEY,
            cpr      TEXT NOT NULL UNIQUE,
            reason   TEXT NOT NULL,
            note     TEXT NOT NULL DEFAULT '',
            added_on TEXT NOT NULL,
            added_by TEXT NOT NULL,
            active   INTEGER NOT NULL DEFAULT 1
        );
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (_v1_foundation, _v2_registers)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring the file to the newest schema, each step in its own transaction."""
    current = schema_version(conn)
    if current > len(MIGRATIONS):
        raise error(
            VaultError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "This vault was written by a newer cpradmin (schema {found}, this program knows "
                "{known}). Update cpradmin to open it.",
            ),
            found=current,
            known=len(MIGRATIONS),
        )
    for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
        with transaction(conn):
            step(conn)
            conn.execute(f"PRAGMA user_version = {number}")
    return schema_version(conn)
