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


def _v3_logs(conn: Connection) -> None:
    """The log control's data: imported CPR and system logs, statistics and case files.

    ``log_entries`` is the big table (millions of rows per quarter), so it is compact: user
    IDs, transaction types and the extra texts are interned into small tables and referenced
    by integer; the CPR number is an INTEGER (format back with ``zfill(10)``); ``ts`` is UTC
    epoch seconds (``flags``: 1 = ambiguous autumn hour, stored as its first occurrence;
    2 = a spring-forward time that does not exist). No FOREIGN KEY clauses there: with
    ``foreign_keys`` on, each would cost a lookup per inserted row; the importer guarantees
    the references. Its two indexes are dropped and rebuilt around a large import (building
    an index after loading is many times faster than maintaining it while loading).
    ``log_imports`` records every file (log, statistics, cases) with its SHA-256.
    """
    _script(
        conn,
        """
        CREATE TABLE log_imports (
            id             INTEGER PRIMARY KEY,
            kind           TEXT NOT NULL CHECK (kind IN ('log', 'statistics', 'cases')),
            source         TEXT NOT NULL CHECK (source IN ('cpr', 'system')),
            file_name      TEXT NOT NULL,
            file_size      INTEGER NOT NULL,
            sha256         TEXT NOT NULL,
            encoding       TEXT,
            delimiter      TEXT,
            date_format    TEXT,
            profile        TEXT,
            rows_read      INTEGER NOT NULL,
            rows_accepted  INTEGER NOT NULL,
            rows_rejected  INTEGER NOT NULL,
            rows_duplicate INTEGER NOT NULL DEFAULT 0,
            rows_added     INTEGER NOT NULL,
            ambiguous      INTEGER NOT NULL DEFAULT 0,
            nonexistent    INTEGER NOT NULL DEFAULT 0,
            rejections     TEXT NOT NULL DEFAULT '{}',
            period_start   INTEGER,
            period_end     INTEGER,
            first_id       INTEGER,
            last_id        INTEGER,
            imported_at    TEXT NOT NULL,
            imported_by    TEXT NOT NULL,
            CHECK (rows_accepted + rows_rejected = rows_read),
            CHECK (rows_added + rows_duplicate = rows_accepted)
        );
        CREATE INDEX log_imports_sha256 ON log_imports (sha256);
        CREATE TABLE log_users (
            id      INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL UNIQUE
        );
        CREATE TABLE log_transactions (
            id   INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE
        );
        CREATE TABLE log_texts (
            id   INTEGER PRIMARY KEY,
            text TEXT NOT NULL UNIQUE
        );
        CREATE TABLE log_entries (
            id            INTEGER PRIMARY KEY,
            import_id     INTEGER NOT NULL,
            line          INTEGER NOT NULL,
            source        INTEGER NOT NULL,
            user_ref      INTEGER NOT NULL,
            ts            INTEGER NOT NULL,
            flags         INTEGER NOT NULL,
            tx_ref        INTEGER NOT NULL,
            cpr           INTEGER,
            terminal_ref  INTEGER,
            criterion_ref INTEGER,
            system_ref    INTEGER
        );
        CREATE INDEX log_entries_user ON log_entries (user_ref, ts);
        CREATE INDEX log_entries_cpr ON log_entries (cpr, ts) WHERE cpr IS NOT NULL;
        CREATE TABLE log_profiles (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
            source      TEXT NOT NULL CHECK (source IN ('cpr', 'system')),
            columns     TEXT NOT NULL,
            date_format TEXT,
            created_at  TEXT NOT NULL,
            created_by  TEXT NOT NULL
        );
        CREATE TABLE log_statistics (
            id            INTEGER PRIMARY KEY,
            import_id     INTEGER NOT NULL REFERENCES log_imports (id),
            user_id       TEXT NOT NULL,
            tx            TEXT NOT NULL,
            period_start  TEXT NOT NULL,
            period_end    TEXT NOT NULL,
            count         INTEGER NOT NULL CHECK (count >= 0),
            UNIQUE (user_id, tx, period_start, period_end)
        );
        CREATE TABLE log_cases (
            id          INTEGER PRIMARY KEY,
            import_id   INTEGER NOT NULL REFERENCES log_imports (id),
            user_id     TEXT NOT NULL,
            cpr         INTEGER NOT NULL,
            case_number TEXT NOT NULL,
            valid_from  TEXT NOT NULL,
            valid_to    TEXT,
            UNIQUE (user_id, cpr, case_number, valid_from)
        );
        CREATE INDEX log_cases_cpr ON log_cases (cpr);
        """,
    )


def _v4_controls(conn: Connection) -> None:
    """Every control the CPR terms, section 4, require, and what it found.

    ``controls`` is shared by the log control (``kind = 'log'``: quarterly, monthly for
    system-to-system users, ad hoc) and the authorisation control (``kind = 'authorisation'``);
    each kind keeps its items in its own tables. Dates are local ISO dates, inclusive.
    ``parameters`` is the JSON of everything needed to run the control again (rules, their
    versions and parameters, the sample specification); ``parent_id`` links an ad hoc control to
    the control whose "suspected abuse" decision opened it.
    """
    _script(
        conn,
        """
        CREATE TABLE controls (
            id           INTEGER PRIMARY KEY,
            kind         TEXT NOT NULL CHECK (kind IN ('log', 'authorisation')),
            type         TEXT NOT NULL CHECK (type IN ('quarterly', 'monthly', 'adhoc')),
            period_start TEXT NOT NULL,
            period_end   TEXT NOT NULL,
            scope_kind   TEXT NOT NULL DEFAULT 'all'
                         CHECK (scope_kind IN ('all', 'user', 'department', 'person')),
            scope_value  TEXT,
            parameters   TEXT NOT NULL DEFAULT '{}',
            seed         INTEGER,
            status       TEXT NOT NULL DEFAULT 'open'
                         CHECK (status IN ('open', 'in-review', 'completed', 'signed')),
            parent_id    INTEGER REFERENCES controls (id),
            reason       TEXT NOT NULL DEFAULT '',
            created_at   TEXT NOT NULL,
            created_by   TEXT NOT NULL,
            completed_at TEXT,
            completed_by TEXT,
            CHECK (period_start <= period_end)
        );
        CREATE INDEX controls_kind ON controls (kind, period_end);
        """,
    )
    # The log control's record (cpradmin/controls.py). An item is a finding or a sample entry;
    # ``position`` is the review order (severity, rule order, key; the sample after the
    # findings), so paging is a keyset walk over (control_id, position). The entries behind
    # an item are COPIED into control_item_entries, identified by the file's SHA-256 and line,
    # so the documentation survives even when the log rows are later deleted; ``entry_id``
    # and ``import_id`` are therefore plain numbers, not foreign keys. The decision's CHECK is
    # an OR chain on purpose: ``IN ('a', 'b')`` builds a small table for every row written
    # (measured 300 us a row on SQLCipher with memory security, against 30 us).
    _script(
        conn,
        """
        CREATE TABLE control_imports (
            control_id INTEGER NOT NULL REFERENCES controls (id),
            import_id  INTEGER NOT NULL,
            sha256     TEXT NOT NULL,
            file_name  TEXT NOT NULL,
            source     TEXT NOT NULL,
            file_rows  INTEGER NOT NULL,
            rows       INTEGER NOT NULL,
            PRIMARY KEY (control_id, import_id)
        );
        CREATE TABLE control_items (
            id                  INTEGER PRIMARY KEY,
            control_id          INTEGER NOT NULL REFERENCES controls (id),
            kind                TEXT NOT NULL CHECK (kind IN ('finding', 'sample')),
            rule                TEXT,
            severity            INTEGER CHECK (severity BETWEEN 1 AND 3),
            user_id             TEXT,
            explanation         TEXT NOT NULL,
            key                 TEXT NOT NULL,
            details             TEXT NOT NULL DEFAULT '{}',
            entries_total       INTEGER NOT NULL DEFAULT 0,
            position            INTEGER NOT NULL,
            decision            TEXT CHECK (decision = 'explained' OR decision = 'false-alarm'
                                OR decision = 'follow-up' OR decision = 'suspected-abuse'),
            note                TEXT NOT NULL DEFAULT '',
            case_number         TEXT NOT NULL DEFAULT '',
            decided_at          TEXT,
            decided_by          TEXT,
            followup_control_id INTEGER REFERENCES controls (id),
            UNIQUE (control_id, position),
            CHECK ((kind = 'finding') = (rule IS NOT NULL AND severity IS NOT NULL)),
            CHECK ((decision IS NULL) = (decided_at IS NULL))
        );
        CREATE INDEX control_items_decision ON control_items (control_id, decision, position);
        CREATE INDEX control_items_severity ON control_items (control_id, severity, position);
        CREATE TABLE control_item_entries (
            item_id   INTEGER NOT NULL REFERENCES control_items (id),
            seq       INTEGER NOT NULL,
            entry_id  INTEGER NOT NULL,
            sha256    TEXT NOT NULL,
            line      INTEGER NOT NULL,
            source    TEXT NOT NULL,
            user_id   TEXT NOT NULL,
            ts        INTEGER NOT NULL,
            flags     INTEGER NOT NULL,
            tx        TEXT NOT NULL,
            cpr       TEXT,
            PRIMARY KEY (item_id, seq)
        ) WITHOUT ROWID;
        """,
    )
    # A completed (or signed) control is read-only, whatever code runs against the file.
    # Trigger bodies hold semicolons, so they do not go through _script.
    for table, event, owner in (
        ("control_items", "UPDATE", "OLD.control_id"),
        ("control_items", "DELETE", "OLD.control_id"),
        ("control_item_entries", "UPDATE",
         "(SELECT control_id FROM control_items WHERE id = OLD.item_id)"),
        ("control_item_entries", "DELETE",
         "(SELECT control_id FROM control_items WHERE id = OLD.item_id)"),
    ):
        conn.execute(
            f"CREATE TRIGGER {table}_{event.lower()}_read_only BEFORE {event} ON {table} "
            f"WHEN (SELECT status FROM controls WHERE id = {owner}) "
            "IN ('completed', 'signed') "
            "BEGIN SELECT RAISE(ABORT, 'a completed control is read-only'); END"
        )


def _v5_reports(conn: Connection) -> None:
    """Signing certificates and signed control reports.

    ``signing_certificates`` holds the officer's imported PKCS#12 (an OCES/MitID Erhverv
    certificate) or the authority certificate cpradmin made, as PKCS#12 bytes re-encrypted
    under a key derived from the vault's data key: key material is never written anywhere
    but into the encrypted vault. ``owner`` is the account a personal certificate belongs to
    (only that account signs with it); NULL is the authority's, for any account that does
    controls. ``reports`` keeps every signed report whole, with the SHA-256 of the file and
    of the unsigned PDF (the signed file's first revision), and ``parameters``: the JSON that
    makes the same PDF again (builder arguments, creation time, audit anchor).
    """
    _script(
        conn,
        """
        CREATE TABLE signing_certificates (
            id          INTEGER PRIMARY KEY,
            origin      TEXT NOT NULL CHECK (origin IN ('imported', 'created')),
            owner       TEXT,
            subject     TEXT NOT NULL,
            issuer      TEXT NOT NULL,
            serial      TEXT NOT NULL,
            not_before  TEXT NOT NULL,
            not_after   TEXT NOT NULL,
            fingerprint TEXT NOT NULL UNIQUE,
            certificate BLOB NOT NULL,
            key_p12     BLOB NOT NULL,
            active      INTEGER NOT NULL DEFAULT 1,
            created_at  TEXT NOT NULL,
            created_by  TEXT NOT NULL
        );
        CREATE TABLE reports (
            id              INTEGER PRIMARY KEY,
            kind            TEXT NOT NULL,
            control_id      INTEGER REFERENCES controls (id),
            title           TEXT NOT NULL,
            language        TEXT NOT NULL CHECK (language IN ('da', 'en')),
            parameters      TEXT NOT NULL DEFAULT '{}',
            file_name       TEXT NOT NULL,
            pdf             BLOB NOT NULL,
            sha256          TEXT NOT NULL,
            unsigned_sha256 TEXT,
            signed          INTEGER NOT NULL CHECK (signed IN (0, 1)),
            signer          TEXT,
            certificate_id  INTEGER REFERENCES signing_certificates (id),
            created_at      TEXT NOT NULL,
            created_by      TEXT NOT NULL
        );
        CREATE INDEX reports_control ON reports (control_id);
        CREATE INDEX reports_kind ON reports (kind, created_at);
        """,
    )


def _v6_authorisation_controls(conn: Connection) -> None:
    """The authorisation control's frozen snapshot, decisions and CPR actions.

    ``authorisation_control_items`` is a SNAPSHOT taken when the control starts: every
    authorisation in force that day with its holder, dates, transaction types, profiles,
    purpose, case number and the employee's employment, training and acknowledgement dates,
    copied (not referenced), so later changes to the registers do not alter what was
    controlled. ``flags`` is the JSON list of attention flags in severity order, ``severity``
    the highest of them and ``position`` the review order (flagged first). ``active_in_logs``
    is NULL when no imported CPR log covers the period, else 0/1. A 'change' or 'revoke'
    decision has one row in ``authorisation_control_actions``: what to do in the CPR, done on
    which date (or left open with a note); ``applied_at`` is when a revocation was written to
    the register (through ``registers.revoke_authorisation``, so its history has the event).
    """
    _script(
        conn,
        """
        CREATE TABLE authorisation_control_items (
            id                    INTEGER PRIMARY KEY,
            control_id            INTEGER NOT NULL REFERENCES controls (id),
            position              INTEGER NOT NULL,
            authorisation_id      INTEGER NOT NULL REFERENCES authorisations (id),
            authorisation_version INTEGER NOT NULL,
            user_id               TEXT NOT NULL,
            holder_kind           TEXT NOT NULL CHECK (holder_kind IN ('employee', 'program')),
            holder_id             INTEGER NOT NULL,
            holder_name           TEXT NOT NULL,
            department            TEXT NOT NULL DEFAULT '',
            granted_on            TEXT NOT NULL,
            expires_on            TEXT,
            transaction_types     TEXT NOT NULL DEFAULT '[]',
            profiles              TEXT NOT NULL DEFAULT '[]',
            purpose               TEXT NOT NULL DEFAULT '',
            case_number           TEXT NOT NULL DEFAULT '',
            employed_to           TEXT,
            trained_on            TEXT,
            acknowledged_on       TEXT,
            active_in_logs        INTEGER,
            flags                 TEXT NOT NULL DEFAULT '[]',
            severity              INTEGER NOT NULL DEFAULT 0,
            decision              TEXT CHECK (decision IN ('keep', 'change', 'revoke')),
            note                  TEXT NOT NULL DEFAULT '',
            decided_at            TEXT,
            decided_by            TEXT,
            UNIQUE (control_id, authorisation_id),
            UNIQUE (control_id, position)
        );
        CREATE INDEX authorisation_control_items_decision
            ON authorisation_control_items (control_id, decision, position);
        CREATE TABLE authorisation_control_actions (
            id          INTEGER PRIMARY KEY,
            control_id  INTEGER NOT NULL REFERENCES controls (id),
            item_id     INTEGER NOT NULL UNIQUE REFERENCES authorisation_control_items (id),
            kind        TEXT NOT NULL CHECK (kind IN ('change', 'revoke')),
            created_at  TEXT NOT NULL,
            done_on     TEXT,
            done_by     TEXT,
            open_note   TEXT NOT NULL DEFAULT '',
            applied_at  TEXT
        );
        CREATE INDEX authorisation_control_actions_control
            ON authorisation_control_actions (control_id, id);
        """,
    )


def _v7_obligations(conn: Connection) -> None:
    """The obligations checklist (cpradmin/obligations.py): the officer's assessments.

    The catalogue of obligations is code (models/obligations.py); the vault holds only what
    the officer decided about each, by its reference ("3.7"). ``obligation_assessments`` is
    append-only (triggers refuse UPDATE and DELETE): each review adds a row, the newest per
    ``ref`` is the one in force, the older ones are its history. An attached document is
    stored once in ``obligation_documents`` (inside the encrypted vault, with its SHA-256)
    and referenced by every later assessment that keeps it as evidence.
    """
    _script(
        conn,
        """
        CREATE TABLE obligation_documents (
            id        INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            document  BLOB NOT NULL,
            sha256    TEXT NOT NULL,
            size      INTEGER NOT NULL,
            added_at  TEXT NOT NULL,
            added_by  TEXT NOT NULL
        );
        CREATE TABLE obligation_assessments (
            id            INTEGER PRIMARY KEY,
            ref           TEXT NOT NULL,
            status        TEXT NOT NULL CHECK (status IN ('not-assessed', 'met', 'partly-met',
                          'not-met', 'not-applicable')),
            note          TEXT NOT NULL DEFAULT '',
            document_id   INTEGER REFERENCES obligation_documents (id),
            reviewed_on   TEXT NOT NULL,
            reviewed_by   TEXT NOT NULL,
            reviewer_name TEXT NOT NULL,
            recorded_at   TEXT NOT NULL
        );
        CREATE INDEX obligation_assessments_ref ON obligation_assessments (ref, id);
        """,
    )
    for table in ("obligation_assessments", "obligation_documents"):
        for event in ("UPDATE", "DELETE"):
            conn.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_append_only BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


MIGRATIONS: tuple[Migration, ...] = (
    _v1_foundation, _v2_registers, _v3_logs, _v4_controls, _v5_reports, _v6_authorisation_controls,
    _v7_obligations,
)


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
