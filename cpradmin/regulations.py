"""The internal regulations (section 4: updated at least once a year), kept as versions.

Each version stores its document inside the encrypted vault with its SHA-256, so the officer
can hand the CPR Administration exactly the text that was in force.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError, error
from cpradmin.models.accounts import Permission
from cpradmin.models.storage.connection import Connection
from cpradmin.vault import Vault

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


def one_year_after(day: date) -> date:
    """The yearly review date; 29 February falls back to 28 February."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


@dataclass(frozen=True)
class Regulation:
    id: int
    title: str
    version: str
    approved_on: date
    review_due: date
    file_name: str
    sha256: str


def add_version(vault: Vault, *, title: str, version: str, approved_on: date,
                document: bytes | None = None, file_name: str = "") -> Regulation:
    vault.require(Permission.EDIT_RECORDS)
    if not title.strip() or not version.strip():
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "The regulations need a title and a version."),
        )
    if document is not None and len(document) > MAX_DOCUMENT_BYTES:
        raise error(
            ValidationError,
            QT_TRANSLATE_NOOP("Errors", "The document is larger than {limit} MB."),
            limit=MAX_DOCUMENT_BYTES // (1024 * 1024),
        )
    digest = hashlib.sha256(document).hexdigest() if document is not None else ""
    due = one_year_after(approved_on)
    with vault.change("regulations-version-added") as conn:
        exists = conn.execute(
            "SELECT 1 FROM regulations WHERE title = ? AND version = ?",
            (title.strip(), version.strip()),
        ).fetchone()
        if exists:
            raise error(
                ValidationError,
                QT_TRANSLATE_NOOP("Errors", "Version {version} of {title} already exists."),
                version=version.strip(), title=title.strip(),
            )
        cursor = conn.execute(
            "INSERT INTO regulations (title, version, approved_on, review_due, file_name, "
            "document, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (title.strip(), version.strip(), approved_on.isoformat(), due.isoformat(),
             file_name, document, digest, vault.clock.now().isoformat()),
        )
        regulation = Regulation(int(cursor.lastrowid or 0), title.strip(), version.strip(),
                                approved_on, due, file_name, digest)
        vault.describe(f"regulations:{regulation.id}", {
            "title": regulation.title, "version": regulation.version,
            "approved_on": approved_on.isoformat(), "sha256": digest,
        })
    return regulation


def list_versions(conn: Connection) -> list[Regulation]:
    rows = conn.execute(
        "SELECT id, title, version, approved_on, review_due, file_name, sha256 "
        "FROM regulations ORDER BY approved_on DESC, id DESC"
    )
    return [Regulation(r[0], r[1], r[2], date.fromisoformat(r[3]), date.fromisoformat(r[4]),
                       r[5], r[6]) for r in rows]


def current(conn: Connection) -> Regulation | None:
    versions = list_versions(conn)
    return versions[0] if versions else None


def document(vault: Vault, regulation_id: int) -> bytes:
    """The stored document; opening it is recorded."""
    vault.require(Permission.READ)
    row = vault.db.execute(
        "SELECT document FROM regulations WHERE id = ?", (regulation_id,)
    ).fetchone()
    if row is None or row[0] is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "No document is stored."))
    vault.record("regulations-document-opened", f"regulations:{regulation_id}")
    return bytes(row[0])
