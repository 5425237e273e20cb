"""The dashboard's attention items and the regulations' yearly review."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime

from cpradmin import dashboard, registers, regulations, unlocks
from cpradmin.dashboard import Attention
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.vault import Vault

TODAY = date(2026, 11, 27)


def _person(vault: Vault, name: str, user_id: str, granted: date, expires: date | None,
            **employee: object) -> None:
    e = registers.add_employee(vault, EmployeeInput(name=name, **employee))  # type: ignore[arg-type]
    uid = registers.add_user_id(vault, user_id, employee_id=e.id)
    registers.grant_authorisation(vault, uid.id, AuthorisationInput(granted, expires))


def _counts(vault: Vault) -> dict[Attention, int]:
    return {item.kind: item.count for item in dashboard.attention(vault.db, TODAY)}


def test_each_attention_item_counts_what_it_says(vault: Vault) -> None:
    fresh = {"trained_on": date(2026, 3, 1), "acknowledged_on": date(2026, 3, 1)}
    _person(vault, "Fine", "U1", date(2026, 1, 1), date(2027, 12, 31), **fresh)
    _person(vault, "Expiring", "U2", date(2026, 1, 1), date(2026, 12, 27), **fresh)
    _person(vault, "Boundary", "U3", date(2026, 1, 1), date(2026, 11, 27), **fresh)
    _person(vault, "Expired", "U4", date(2025, 1, 1), date(2026, 11, 26), **fresh)
    _person(vault, "Forever", "U5", date(2025, 1, 1), None, **fresh)
    _person(vault, "Left", "U6", date(2025, 1, 1), date(2027, 1, 1),
            employed_to=date(2026, 10, 31), **fresh)
    _person(vault, "Untrained", "U7", date(2025, 1, 1), date(2027, 6, 1),
            trained_on=date(2025, 11, 26), acknowledged_on=date(2026, 1, 1))
    counts = _counts(vault)
    assert counts[Attention.EXPIRING] == 2  # 27 Dec and today itself
    assert counts[Attention.EXPIRED_ACTIVE] == 1
    assert counts[Attention.NO_EXPIRY] == 1
    assert counts[Attention.LEFT_WITH_ACCESS] == 1
    assert counts[Attention.TRAINING] == 1
    assert counts[Attention.ACKNOWLEDGEMENT] == 0
    assert counts[Attention.REGULATIONS_DUE] == 1  # none recorded yet
    assert counts[Attention.LOCKED_WAITING] == 0
    items = {i.kind: i for i in dashboard.attention(vault.db, TODAY)}
    assert items[Attention.LEFT_WITH_ACCESS].examples == ["U6 — Left"]
    assert items[Attention.TRAINING].examples == ["Untrained"]


def test_revoked_authorisations_need_no_attention(vault: Vault) -> None:
    _person(vault, "Gone", "U1", date(2025, 1, 1), date(2026, 1, 1))
    auth_id = vault.db.execute("SELECT id FROM authorisations").fetchone()[0]
    registers.revoke_authorisation(vault, auth_id, date(2026, 1, 1), "expired")
    assert _counts(vault)[Attention.EXPIRED_ACTIVE] == 0


def test_locked_user_ids_waiting(vault: Vault) -> None:
    _person(vault, "Locked", "U1", date(2026, 1, 1), date(2027, 1, 1))
    unlocks.record_lockout(vault, "U1", datetime(2026, 11, 27, 8))
    assert _counts(vault)[Attention.LOCKED_WAITING] == 1


def test_regulations_review_is_yearly(vault: Vault) -> None:
    regulation = regulations.add_version(
        vault, title="Interne retningslinjer for CPR", version="3.0",
        approved_on=date(2026, 2, 1), document=b"%PDF-1.4 test", file_name="r.pdf")
    assert regulation.review_due == date(2027, 2, 1)
    assert _counts(vault)[Attention.REGULATIONS_DUE] == 0
    assert regulations.document(vault, regulation.id) == b"%PDF-1.4 test"
    assert regulations.one_year_after(date(2024, 2, 29)) == date(2025, 2, 28)
    regulations.add_version(vault, title="Interne retningslinjer for CPR", version="2.0",
                            approved_on=date(2025, 11, 1))
    assert regulations.current(vault.db).version == "3.0"


def test_audit_keeps_document_digest_whole(vault: Vault) -> None:
    """A SHA-256 can hold ten digits in a row; the CPR masking must not touch it."""
    document = b"doc-10"  # its SHA-256 holds the run 5626666012
    digest = hashlib.sha256(document).hexdigest()
    assert re.search(r"(?<!\d)\d{10}(?!\d)", digest)
    regulations.add_version(vault, title="R", version="1", approved_on=TODAY,
                            document=document)
    details = json.loads(vault.db.execute(
        "SELECT details FROM audit_log WHERE action = 'regulations-version-added'").fetchone()[0])
    assert details["sha256"] == digest
