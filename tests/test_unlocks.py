"""The unlock register: only the officer or an authorised person unlocks a CPR user ID."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from cpradmin import accounts, registers, unlocks
from cpradmin.errors import PermissionDenied, ValidationError
from cpradmin.models.accounts import Role
from cpradmin.models.registers import Verification
from cpradmin.registers import EmployeeInput
from cpradmin.vault import Vault
from tests.conftest import PASSWORD


@pytest.fixture
def user_id(vault: Vault) -> str:
    employee = registers.add_employee(vault, EmployeeInput(name="Karen Lund", department="Løn"))
    registers.add_user_id(vault, "KL001", employee_id=employee.id)
    return "KL001"


def test_officer_unlocks_a_locked_user_id(vault: Vault, user_id: str) -> None:
    unlocks.record_lockout(vault, user_id, datetime(2026, 11, 2, 8, 15))
    assert [lo.user_id for lo in unlocks.list_lockouts(vault.db, waiting_only=True)] == [user_id]
    assert registers.get_user_id(vault.db, user_id).locked
    unlocks.record_unlock(vault, user_id, unlocked_at=datetime(2026, 11, 2, 8, 40),
                          verification=Verification.CALL_BACK, note="ringede op på 1234")
    assert unlocks.list_lockouts(vault.db, waiting_only=True) == []
    (entry,) = unlocks.list_lockouts(vault.db)
    assert entry.unlocked_by == "PH"
    assert entry.verification == "call-back"
    assert entry.employee_name == "Karen Lund"
    assert not registers.get_user_id(vault.db, user_id).locked
    action = vault.db.execute(
        "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert action == "user-id-unlocked"


def test_unlock_by_authorised_person_only_within_period(vault: Vault, user_id: str) -> None:
    helper = unlocks.authorise_unlocker(
        vault, name="IT-support Ole", authorised_from=date(2026, 1, 1),
        authorised_to=date(2026, 6, 30))
    with pytest.raises(PermissionDenied) as refused:
        unlocks.record_unlock(vault, user_id, unlocked_at=datetime(2026, 7, 1, 9, 0),
                              verification=Verification.IN_PERSON, unlocker_id=helper.id)
    assert "not authorised" in str(refused.value)
    assert unlocks.list_lockouts(vault.db) == []
    unlocks.record_unlock(vault, user_id, unlocked_at=datetime(2026, 6, 30, 16, 0),
                          verification=Verification.IN_PERSON, unlocker_id=helper.id)
    assert unlocks.list_lockouts(vault.db)[0].unlocked_by == "IT-support Ole"


def test_deputy_must_be_authorised_to_record_own_unlocks(
    vault: Vault, vault_path: Path, user_id: str
) -> None:
    one_time = accounts.add_account(vault, initials="LK", name="Lars Kjær", role=Role.DEPUTY)
    vault.lock("switch")
    deputy = Vault.login(vault_path, "LK", one_time)
    accounts.change_password(deputy, one_time, "Grøn-Bil-Kører-Langt-4")
    when = datetime(2026, 11, 3, 10, 0)
    with pytest.raises(PermissionDenied):
        unlocks.record_unlock(deputy, user_id, unlocked_at=when,
                              verification=Verification.MANAGER)
    with pytest.raises(PermissionDenied):
        unlocks.authorise_unlocker(deputy, name="Lars Kjær", authorised_from=date(2026, 1, 1))
    deputy.lock("switch")
    officer = Vault.login(vault_path, "PH", PASSWORD)
    unlocks.authorise_unlocker(officer, name="Lars Kjær", account="lk",
                               authorised_from=date(2026, 11, 1))
    officer.lock("switch")
    deputy = Vault.login(vault_path, "LK", "Grøn-Bil-Kører-Langt-4")
    try:
        unlocks.record_unlock(deputy, user_id, unlocked_at=when,
                              verification=Verification.MANAGER)
        assert unlocks.list_lockouts(deputy.db)[0].unlocked_by == "LK"
    finally:
        deputy.lock("done")


def test_other_verification_needs_a_note_and_unknown_user_id_refused(
    vault: Vault, user_id: str
) -> None:
    with pytest.raises(ValidationError):
        unlocks.record_unlock(vault, user_id, unlocked_at=datetime(2026, 11, 1, 9),
                              verification=Verification.OTHER)
    with pytest.raises(ValidationError):
        unlocks.record_unlock(vault, "NOPE", unlocked_at=datetime(2026, 11, 1, 9),
                              verification=Verification.IN_PERSON)
    unlocks.record_lockout(vault, user_id, datetime(2026, 11, 1, 8))
    with pytest.raises(ValidationError):
        unlocks.record_lockout(vault, user_id, datetime(2026, 11, 1, 8, 5))
