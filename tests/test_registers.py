"""Registers: employees, user IDs, authorisations with history, programs, watchlist."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cpradmin import accounts, registers
from cpradmin.errors import PermissionDenied, ValidationError
from cpradmin.models.cpr import CprError
from cpradmin.models.registers import split_codes
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.vault import Vault


def _audit(vault: Vault) -> list[tuple[str, str, dict]]:
    rows = vault.db.execute("SELECT action, object, details FROM audit_log ORDER BY seq")
    return [(a, o, json.loads(d)) for a, o, d in rows]


def test_employee_created_with_masked_cpr_in_audit(vault: Vault) -> None:
    employee = registers.add_employee(
        vault, EmployeeInput(name=" Jens Jensen ", initials="jj", cpr="010180-1234")
    )
    assert employee.name == "Jens Jensen"
    assert employee.initials == "JJ"
    assert employee.cpr == "0101801234"
    assert "1234" not in repr(employee)
    action, obj, details = _audit(vault)[-1]
    assert (action, obj) == ("employee-created", f"employee:{employee.id}")
    assert details["after"]["cpr"] == "010180-XXXX"


@pytest.mark.parametrize("cpr", ["3102801234", "010180123", "abcdefghij", "011380-1234"])
def test_invalid_cpr_is_refused_and_nothing_stored(vault: Vault, cpr: str) -> None:
    with pytest.raises(CprError):
        registers.add_employee(vault, EmployeeInput(name="X Y", cpr=cpr))
    assert vault.db.execute("SELECT count(*) FROM employees").fetchone()[0] == 0


def test_modulus11_failure_and_substitute_numbers_are_accepted(vault: Vault) -> None:
    a = registers.add_employee(vault, EmployeeInput(name="A", cpr="0101801235"))
    b = registers.add_employee(vault, EmployeeInput(name="B", cpr="6101801234"))
    assert a.cpr == "0101801235"
    assert b.cpr == "6101801234"


def test_update_records_before_and_after(vault: Vault) -> None:
    employee = registers.add_employee(vault, EmployeeInput(name="Jens", department="A"))
    registers.update_employee(
        vault, employee.id, EmployeeInput(name="Jens", department="B",
                                          employed_to=date(2026, 6, 30))
    )
    _, _, details = _audit(vault)[-1]
    assert details == {
        "before": {"department": "A", "employed_to": None},
        "after": {"department": "B", "employed_to": "2026-06-30"},
    }


def test_employment_must_not_end_before_it_starts(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        registers.add_employee(vault, EmployeeInput(
            name="X", employed_from=date(2026, 2, 1), employed_to=date(2026, 1, 1)))


def test_authorisation_history_is_kept(vault: Vault) -> None:
    employee = registers.add_employee(vault, EmployeeInput(name="Jens"))
    uid = registers.add_user_id(vault, "ab123", employee_id=employee.id)
    auth = registers.grant_authorisation(
        vault, uid.id,
        AuthorisationInput(date(2026, 1, 1), date(2026, 12, 31), "Sager", "S-1",
                           ("adrsog",), ("100",)),
        "new employee",
    )
    assert auth.transaction_types == ("ADRSOG",)
    changed = registers.change_authorisation(
        vault, auth.id,
        AuthorisationInput(date(2026, 1, 1), date(2027, 3, 31), "Sager", "S-1",
                           ("ADRSOG",), ("100", "127")),
        "extended",
    )
    assert changed.version == 2
    assert changed.sensitive
    revoked = registers.revoke_authorisation(vault, auth.id, date(2026, 11, 1), "left")
    assert revoked.revoked_on == date(2026, 11, 1)
    assert not revoked.in_force(date(2026, 11, 1))
    assert revoked.in_force(date(2026, 10, 31))
    history = registers.authorisation_history(vault.db, auth.id)
    assert [e.kind for e in history] == ["granted", "changed", "revoked"]
    assert history[0].snapshot["expires_on"] == "2026-12-31"
    assert history[1].snapshot["expires_on"] == "2027-03-31"
    assert history[2].reason == "left"
    with pytest.raises(ValidationError):
        registers.change_authorisation(
            vault, auth.id, AuthorisationInput(date(2026, 1, 1), None), "too late")
    with pytest.raises(ValidationError):
        registers.revoke_authorisation(vault, auth.id, date(2026, 11, 2), "again")


def test_authorisation_dates_and_reasons_validated(vault: Vault) -> None:
    employee = registers.add_employee(vault, EmployeeInput(name="Jens"))
    uid = registers.add_user_id(vault, "AB1", employee_id=employee.id)
    with pytest.raises(ValidationError):
        registers.grant_authorisation(
            vault, uid.id, AuthorisationInput(date(2026, 2, 1), date(2026, 1, 1)))
    auth = registers.grant_authorisation(vault, uid.id, AuthorisationInput(date(2026, 2, 1), None))
    with pytest.raises(ValidationError):
        registers.revoke_authorisation(vault, auth.id, date(2026, 3, 1), "  ")
    with pytest.raises(ValidationError):
        registers.change_authorisation(
            vault, auth.id, AuthorisationInput(date(2026, 2, 1), None), "no change")


def test_user_id_belongs_to_employee_or_program(vault: Vault) -> None:
    employee = registers.add_employee(vault, EmployeeInput(name="Jens"))
    program = registers.add_program(vault, name="ESDH", supplier="Leverandør A/S",
                                    purpose="Sagsbehandling")
    with pytest.raises(ValidationError):
        registers.add_user_id(vault, "X1")
    with pytest.raises(ValidationError):
        registers.add_user_id(vault, "X1", employee_id=employee.id, program_id=program.id)
    registers.add_user_id(vault, "SYS01", program_id=program.id)
    with pytest.raises(ValidationError):
        registers.add_user_id(vault, "sys01", employee_id=employee.id)


def test_reveal_is_logged_and_watchlist_masks(vault: Vault) -> None:
    employee = registers.add_employee(vault, EmployeeInput(name="J", cpr="0101801234"))
    assert registers.reveal_cpr(vault, employee.id) == "010180-1234"
    assert _audit(vault)[-1][0] == "cpr-revealed"
    entry = registers.add_to_watchlist(vault, "2512491234", "Navne- og adressebeskyttelse")
    assert entry.masked == "251249-XXXX"
    assert [e.id for e in registers.watchlist(vault.db)] == [entry.id]
    registers.remove_from_watchlist(vault, entry.id, "beskyttelse ophørt")
    assert registers.watchlist(vault.db) == []
    text = vault.db.execute("SELECT group_concat(details) FROM audit_log").fetchone()[0]
    assert "1234" not in text.replace("XXXX", "")


def test_auditor_cannot_change_records(vault: Vault, vault_path: Path) -> None:
    one_time = accounts.add_account(vault, initials="RV", name="Rita Vestergaard",
                                    role=accounts.Role.AUDITOR)
    vault.lock("switch user")
    auditor = Vault.login(vault_path, "RV", one_time)
    try:
        accounts.change_password(auditor, one_time, "Blå-Hest-Spiser-Havre-7")
        with pytest.raises(PermissionDenied):
            registers.add_employee(auditor, EmployeeInput(name="X"))
    finally:
        auditor.lock("done")


def test_split_codes() -> None:
    assert split_codes("ADRSOG, person|127  200;100 100") == (
        "ADRSOG", "PERSON", "127", "200", "100")
    assert split_codes("  ") == ()
