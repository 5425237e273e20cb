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


MIGRATIONS: tuple[Migration, ...] = (_v1_foundation,)


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
