"""Accounts: one-time passwords, the CPR password rules on change, roles, bound slots.

Time-dependent rules (24 hours between changes, 90-day expiry, 14-day reminder) run on a
fake clock handed to ``Vault.login`` or set on the session.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cpradmin import accounts, audit, keystore
from cpradmin.errors import AuthenticationError, PermissionDenied, ValidationError
from cpradmin.keyslots import SlotFile
from cpradmin.models.accounts import Role
from cpradmin.vault import Vault, keyring_entry
from tests.conftest import OFFICER, PASSWORD, MemoryKeyring

DEPUTY_PASSWORD = "Spurv-Klokke-Hav-52"
OTHER_PASSWORD = "Mosekone-Tromle-Fyr-64"


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def rule_texts(exc: ValidationError) -> list[str]:
    return [detail.english() for detail in exc.details]


def refused(vault: Vault, current: str | None, new: str) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        accounts.change_password(vault, current, new)
    assert str(caught.value) == "The password does not follow the password rules."
    assert caught.value.details, "a refusal names the rule"
    return rule_texts(caught.value)


def new_account(officer: Vault, initials: str, role: Role = Role.DEPUTY,
                password_only: bool = True) -> str:
    return accounts.add_account(
        officer, initials=initials, name=f"Medarbejder {initials}", role=role,
        password_only=password_only,
    )


def activated(officer: Vault, initials: str, role: Role = Role.DEPUTY,
              password: str = DEPUTY_PASSWORD, password_only: bool = True) -> Vault:
    """A new account that has logged in once and chosen its own password."""
    one_time = new_account(officer, initials, role, password_only)
    session = Vault.login(officer.path, initials, one_time)
    accounts.change_password(session, one_time, password)
    return session


# --------------------------------------------------------------------------- one-time passwords


@pytest.mark.parametrize("role", [Role.DEPUTY, Role.AUDITOR])
def test_one_time_password_forces_a_change(vault: Vault, role: Role) -> None:
    one_time = new_account(vault, "lk", role)
    assert re.fullmatch(r"([A-Z2-9]{4}-){3}[A-Z2-9]{4}", one_time)
    listed = {a.initials: a for a in accounts.list_accounts(vault)}
    assert listed["LK"].role is role and listed["LK"].must_change_password
    assert not accounts.is_bound(vault, "LK")  # one-time slots are never bound

    session = Vault.login(vault.path, "lk", one_time)
    assert session.forced_password_change
    assert session.account.initials == "LK" and session.account.role is role
    with pytest.raises(AuthenticationError, match="current password is wrong"):
        accounts.change_password(session, "not-the-one-time", DEPUTY_PASSWORD)
    with pytest.raises(AuthenticationError, match="current password is wrong"):
        accounts.change_password(session, None, DEPUTY_PASSWORD)  # only after recovery
    accounts.change_password(session, one_time, DEPUTY_PASSWORD)
    assert not session.forced_password_change
    assert not session.account.must_change_password
    session.lock("test")

    with pytest.raises(AuthenticationError, match="Wrong initials or password"):
        Vault.login(vault.path, "LK", one_time)
    session = Vault.login(vault.path, "LK", DEPUTY_PASSWORD)
    assert not session.forced_password_change
    session.lock("test")


def test_reset_password_gives_a_new_one_time_password(vault: Vault) -> None:
    activated(vault, "LK").lock("test")
    one_time = accounts.reset_password(vault, "LK")
    with pytest.raises(AuthenticationError):
        Vault.login(vault.path, "LK", DEPUTY_PASSWORD)
    session = Vault.login(vault.path, "LK", one_time)
    assert session.forced_password_change
    # Forced: the 24-hour rule does not stand in the way, the history still does.
    assert any("used before" in t for t in refused(session, one_time, DEPUTY_PASSWORD))
    accounts.change_password(session, one_time, OTHER_PASSWORD)
    session.lock("test")


def test_account_initials_and_names_are_checked(vault: Vault) -> None:
    for initials in ("P", "P1", "ABCDEFG", "A B"):
        with pytest.raises(ValidationError, match="Initials are 2 to 6 letters"):
            accounts.add_account(vault, initials=initials, name="X Y", role=Role.DEPUTY)
    with pytest.raises(ValidationError, match="name is required"):
        accounts.add_account(vault, initials="ØÅ", name="  ", role=Role.DEPUTY)
    new_account(vault, "ØÅ")
    with pytest.raises(ValidationError, match="already exists"):
        new_account(vault, "øå")
    with pytest.raises(ValidationError, match="No account with initials ZZ"):
        accounts.get_account(vault, "zz")


# --------------------------------------------------------------------------- password rules


def test_rejected_password_names_the_rule(vault: Vault) -> None:
    vault.clock = FakeClock(datetime.now(UTC) + timedelta(days=2))
    texts = refused(vault, PASSWORD, "kort-1")
    assert any("at least 8 characters" in t for t in texts)
    texts = refused(vault, PASSWORD, "Pia-Holm-Sommer-2024")
    assert any("name" in t for t in texts)
    texts = refused(vault, PASSWORD, "password123")
    assert any("too common" in t for t in texts)
    accounts.update_personal_data(vault, birth_date=None, cpr="070761-4285",
                                  family_names=["Bodil Holm"], licence_plates=["AB 12 345"])
    texts = refused(vault, PASSWORD, "Sommer-0707614285")
    assert any("CPR number" in t for t in texts)
    texts = refused(vault, PASSWORD, "Bodil-Sommer-Fjord")
    assert any("name" in t for t in texts)
    texts = refused(vault, PASSWORD, "Fjord-AB12345-Lampe")
    assert any("licence plate" in t for t in texts)
    for text in texts:  # messages name the rule, never the password or the personal data
        assert "AB12345" not in text and "4285" not in text
    with pytest.raises(AuthenticationError):
        accounts.change_password(vault, "wrong-current-1", OTHER_PASSWORD)


def test_earlier_passwords_and_numbered_successors_are_refused(vault: Vault) -> None:
    clock = FakeClock(datetime.now(UTC) + timedelta(days=2))
    vault.clock = clock
    assert any("used before" in t for t in refused(vault, PASSWORD, PASSWORD))
    for successor in ("Ugle-Vinter-Kaffe-82", "Ugle-Vinter-Kaffe-80"):
        texts = refused(vault, PASSWORD, successor)
        assert any("consecutive numbering" in t for t in texts), texts
        assert not any("used before" in t for t in texts)
    accounts.change_password(vault, PASSWORD, OTHER_PASSWORD)
    clock.advance(days=2)
    assert any("used before" in t for t in refused(vault, OTHER_PASSWORD, PASSWORD))
    assert any("consecutive numbering" in t
               for t in refused(vault, OTHER_PASSWORD, "Mosekone-Tromle-Fyr-65"))
    # Unrelated numbers are fine.
    accounts.change_password(vault, OTHER_PASSWORD, "Ugle-Vinter-Kaffe-95")


def test_password_changes_at_most_once_in_24_hours(vault: Vault) -> None:
    clock = FakeClock(datetime.now(UTC) + timedelta(days=3))
    vault.clock = clock
    accounts.change_password(vault, PASSWORD, OTHER_PASSWORD)
    assert vault.account.password_changed_at == clock.now()
    clock.advance(hours=23, minutes=59)
    texts = refused(vault, OTHER_PASSWORD, "Tusmørke-Lygte-Sø-38")
    assert texts == [next(t for t in texts if "every 24 hours" in t)]
    clock.advance(minutes=1)
    accounts.change_password(vault, OTHER_PASSWORD, "Tusmørke-Lygte-Sø-38")
    vault.lock("test")
    session = Vault.login(vault.path, OFFICER, "Tusmørke-Lygte-Sø-38", clock=clock)
    session.lock("test")


def test_password_expires_after_90_days(vault: Vault) -> None:
    changed = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    clock = FakeClock(changed)
    vault.clock = clock
    accounts.change_password(vault, PASSWORD, OTHER_PASSWORD)
    vault.lock("test")

    for days, expired in ((89, False), (90, True)):
        clock.moment = changed + timedelta(days=days)
        session = Vault.login(vault.path, OFFICER, OTHER_PASSWORD, clock=clock)
        assert session.forced_password_change is expired, days
        last_login = next(e for e in audit.entries(session.db, newest_first=True)
                          if e.action == "login")
        assert last_login.details_dict()["password-expired"] is expired
        if not expired:
            session.lock("test")
    # Forced by expiry: the new password is accepted at once and the flag is cleared.
    accounts.change_password(session, OTHER_PASSWORD, "Tusmørke-Lygte-Sø-38")
    assert not session.forced_password_change
    session.lock("test")
    clock.advance(days=1)
    session = Vault.login(vault.path, OFFICER, "Tusmørke-Lygte-Sø-38", clock=clock)
    assert not session.forced_password_change
    session.lock("test")


def test_reminder_in_the_last_14_days(vault: Vault) -> None:
    changed = vault.account.password_changed_at
    assert changed is not None
    expires = changed + timedelta(days=90)
    assert accounts.password_reminder(vault.account, changed + timedelta(days=1)) is None
    assert accounts.password_reminder(vault.account, expires - timedelta(days=14, seconds=1)) \
        is None
    assert accounts.password_reminder(vault.account, expires - timedelta(days=14)) == expires
    assert accounts.password_reminder(vault.account, expires - timedelta(seconds=1)) == expires
    assert accounts.password_reminder(vault.account, expires) is None  # expired, not reminded
    assert accounts.password_expired(vault.account, expires)
    assert not accounts.password_expired(vault.account, expires - timedelta(seconds=1))


# --------------------------------------------------------------------------- roles


def test_auditor_and_deputy_cannot_manage_accounts(vault: Vault) -> None:
    new_account(vault, "LK", Role.DEPUTY)
    activated(vault, "MA", Role.AUDITOR).lock("test")
    deputy = activated(vault, "AJ", Role.DEPUTY, password=OTHER_PASSWORD)
    auditor = Vault.login(vault.path, "MA", DEPUTY_PASSWORD)
    try:
        for session in (auditor, deputy):
            before = audit.head(session.db)
            attempts = [
                lambda s=session: accounts.add_account(
                    s, initials="NY", name="Ny Person", role=Role.OFFICER),
                lambda s=session: accounts.update_account(s, "LK", role=Role.OFFICER),
                lambda s=session: accounts.update_account(s, "MA", may_unlock_accounts=True),
                lambda s=session: accounts.reset_password(s, "LK"),
            ]
            if session is auditor:
                attempts.append(lambda s=session: accounts.unlock_account(s, "LK"))
            for attempt in attempts:
                with pytest.raises(PermissionDenied) as caught:
                    attempt()
                assert session.account.role.value in str(caught.value)
            assert audit.head(session.db) == before  # refused before anything was written
            assert [a.initials for a in accounts.list_accounts(session)] == [
                "AJ", "LK", "MA", OFFICER]  # reading is allowed
    finally:
        auditor.lock("test")
        deputy.lock("test")


def test_the_last_active_officer_stays(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="at least one active officer"):
        accounts.update_account(vault, OFFICER, role=Role.DEPUTY)
    with pytest.raises(ValidationError, match="at least one active officer"):
        accounts.update_account(vault, OFFICER, active=False)
    new_account(vault, "AN", Role.OFFICER)
    changed = accounts.update_account(vault, "AN", role=Role.DEPUTY, name="Anne Nielsen")
    assert changed.role is Role.DEPUTY and changed.name == "Anne Nielsen"
    entry = next(audit.entries(vault.db, newest_first=True, limit=1))
    assert entry.action == "account-changed"
    assert entry.details_dict() == {
        "before": {"name": "Medarbejder AN", "role": "officer"},
        "after": {"name": "Anne Nielsen", "role": "deputy"},
    }
    accounts.update_account(vault, "AN", role=Role.OFFICER)
    accounts.update_account(vault, OFFICER, role=Role.DEPUTY)  # another officer remains
    with pytest.raises(ValidationError, match="at least one active officer"):
        accounts.update_account(vault, "AN", active=False)
    assert accounts.update_account(vault, "AN") == accounts.get_account(vault, "AN")  # no-op


def test_deactivated_account_cannot_log_in(vault: Vault) -> None:
    activated(vault, "LK").lock("test")
    accounts.update_account(vault, "LK", active=False)
    with pytest.raises(AuthenticationError, match="deactivated"):
        Vault.login(vault.path, "LK", DEPUTY_PASSWORD)
    assert SlotFile.load(SlotFile.path_for(vault.path)).failures == {}
    accounts.update_account(vault, "LK", active=True)
    Vault.login(vault.path, "LK", DEPUTY_PASSWORD).lock("test")


def test_recovered_officer_must_choose_a_new_password(vault_path: Path,
                                                      recovery_key: str) -> None:
    session = Vault.recover(vault_path, recovery_key.lower().replace("-", " "))
    assert session.recovered and session.forced_password_change
    assert session.account.initials == OFFICER
    # The rules still apply, the 24-hour limit does not.
    assert any("used before" in t for t in refused(session, None, PASSWORD))
    accounts.change_password(session, None, OTHER_PASSWORD)
    session.lock("test")
    Vault.login(vault_path, OFFICER, OTHER_PASSWORD).lock("test")


# --------------------------------------------------------------------------- bound slots


def test_password_change_binds_the_slot_to_the_workstation(
    vault: Vault, memory_keyring: MemoryKeyring
) -> None:
    assert keystore.available()
    session = activated(vault, "LK", password_only=False)
    assert accounts.is_bound(session, "LK") and session.bound
    entry = keyring_entry(vault.vault_id, "LK")
    assert (keystore.SERVICE, entry) in memory_keyring.store
    session.lock("test")
    Vault.login(vault.path, "LK", DEPUTY_PASSWORD).lock("test")  # the keyring has the key

    memory_keyring.store.clear()  # another workstation, or a wiped keyring
    with pytest.raises(AuthenticationError) as caught:
        Vault.login(vault.path, "LK", DEPUTY_PASSWORD)
    assert "bound to the workstation" in str(caught.value)
    assert "LK" in str(caught.value)
    assert SlotFile.load(SlotFile.path_for(vault.path)).failures == {}  # not a wrong password
    # The officer hands out a new one-time password, which is never bound.
    one_time = accounts.reset_password(vault, "LK")
    session = Vault.login(vault.path, "LK", one_time)
    assert not session.bound
    session.lock("test")


def test_password_only_accounts_are_never_bound(vault: Vault) -> None:
    session = activated(vault, "LK", password_only=True)
    assert not accounts.is_bound(session, "LK")
    session.lock("test")


def test_without_a_keyring_the_slot_is_unbound(
    vault: Vault, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CPRADMIN_NO_KEYRING", "1")
    assert not keystore.available() and keystore.backend_name() == ""
    session = activated(vault, "LK", password_only=False)
    assert not accounts.is_bound(session, "LK")
    assert memory_keyring.store == {}
    session.lock("test")
    Vault.login(vault.path, "LK", DEPUTY_PASSWORD).lock("test")


def test_confirm_password(vault: Vault) -> None:
    accounts.confirm_password(vault, PASSWORD)
    with pytest.raises(AuthenticationError, match="Wrong password"):
        accounts.confirm_password(vault, OTHER_PASSWORD)
    last = next(audit.entries(vault.db, newest_first=True, limit=1))
    assert (last.action, last.actor) == ("confirmation-failed", OFFICER)
