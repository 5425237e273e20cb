"""The authorisation control on a real vault: the frozen snapshot, every flag, decisions, CPR
actions, completion (and its refusals), revocations through the register's history, the
control calendar, reminders and the dashboard items."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cpradmin import accounts, audit, control_calendar, dashboard, registers, regulations
from cpradmin import authorisation_control as ac
from cpradmin.authorisation_control import AuthorisationDecision, Flag, ItemFilter
from cpradmin.dashboard import Attention
from cpradmin.errors import PermissionDenied, ValidationError
from cpradmin.log_import import import_log
from cpradmin.models.accounts import Role
from cpradmin.models.review import Severity
from cpradmin.models.schedule import DueStatus, Obligation
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.vault import Vault

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
ON = date(2026, 10, 31)
START = date(2026, 8, 1)
FRESH = {"trained_on": date(2026, 3, 1), "acknowledged_on": date(2026, 3, 1)}
DEPUTY_PASSWORD = "Sommer-Fugl-Regn-47"


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.moment = now

    def now(self) -> datetime:
        return self.moment


@pytest.fixture
def clock(vault: Vault) -> FakeClock:
    fake = FakeClock(NOW)
    vault.clock = fake
    return fake


@pytest.fixture
def officer(vault: Vault, clock: FakeClock) -> Vault:
    return vault


def person(vault: Vault, name: str, user_id: str, *, granted: date = date(2026, 1, 1),
           expires: date | None = date(2027, 12, 31), profiles: tuple[str, ...] = (),
           department: str = "Borgerservice", **employee: object) -> int:
    """An employee with one user ID and one authorisation; returns the authorisation id."""
    fields = {**FRESH, **employee}
    e = registers.add_employee(vault, EmployeeInput(name=name, department=department,
                                                    **fields))  # type: ignore[arg-type]
    uid = registers.add_user_id(vault, user_id, employee_id=e.id)
    return registers.grant_authorisation(vault, uid.id, AuthorisationInput(
        granted, expires, purpose="Sagsbehandling", case_number="24-000123",
        transaction_types=("A1", "B2"), profiles=profiles)).id


def log_file(tmp_path: Path, name: str, rows: list[tuple[str, datetime]], *,
             system: bool = False) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer"]
                    + (["System"] if system else []))
    for user, when in rows:
        writer.writerow([user, when.strftime("%d-%m-%Y %H:%M:%S"), "Opslag", "0101901009"]
                        + (["Ydelser"] if system else []))
    path = tmp_path / name
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


def items_of(vault: Vault, control_id: int) -> dict[str, ac.ControlItem]:
    return {i.user_id: i for i in ac.control_items(vault.db, control_id, limit=1000)}


# -- the snapshot -----------------------------------------------------------------------------


def test_snapshot_holds_what_was_in_force_and_stays_frozen(officer: Vault) -> None:
    vault = officer
    kept = person(vault, "Anna Andersen", "KOMAA1", profiles=("100",))
    person(vault, "Future Frida", "KOMFF1", granted=ON + timedelta(days=1))
    person(vault, "Expired Erik", "KOMEE1", granted=date(2025, 1, 1),
           expires=ON - timedelta(days=1))
    person(vault, "Boundary Bo", "KOMBB1", granted=ON, expires=ON)  # in force on the day
    revoked = person(vault, "Revoked Rita", "KOMRR1")
    registers.revoke_authorisation(vault, revoked, date(2026, 6, 1), "left the team")
    later = person(vault, "Later Revoked", "KOMLR1")
    registers.revoke_authorisation(vault, later, ON + timedelta(days=1), "after the day")
    program = registers.add_program(vault, name="Ydelsessystem", system_user_id="SYSYD1")
    uid = registers.get_user_id(vault.db, "SYSYD1")
    assert uid is not None
    registers.grant_authorisation(vault, uid.id, AuthorisationInput(
        date(2025, 1, 1), date(2027, 1, 1), transaction_types=("A1",)))

    control_id = ac.start_authorisation_control(vault, on=ON, period_start=START)
    control = ac.get_control(vault.db, control_id)
    assert (control.type, control.period_start, control.period_end, control.status) == (
        "quarterly", START, ON, "in-review")
    assert control.created_by == "PH" and control.open
    items = items_of(vault, control_id)
    assert set(items) == {"KOMAA1", "KOMBB1", "KOMLR1", "SYSYD1"}
    anna = items["KOMAA1"]
    assert (anna.authorisation_id, anna.holder_kind, anna.holder_name, anna.department) == (
        kept, "employee", "Anna Andersen", "Borgerservice")
    assert (anna.granted_on, anna.expires_on, anna.transaction_types, anna.profiles) == (
        date(2026, 1, 1), date(2027, 12, 31), ("A1", "B2"), ("100",))
    assert (anna.purpose, anna.case_number, anna.trained_on) == (
        "Sagsbehandling", "24-000123", date(2026, 3, 1))
    assert anna.flags == () and anna.decision is None and anna.active_in_logs is None
    system = items["SYSYD1"]
    assert (system.holder_kind, system.holder_id, system.holder_name) == (
        "program", program.id, "Ydelsessystem")
    assert system.flags == ()  # no training or acknowledgement asked of a program

    # Later register changes do not alter what was controlled.
    registers.change_authorisation(vault, kept, AuthorisationInput(
        date(2026, 1, 1), None, profiles=("200",)), "more rights")
    employee_id = vault.db.execute("SELECT id FROM employees WHERE name = 'Anna Andersen'"
                                   ).fetchone()[0]
    registers.update_employee(vault, employee_id, EmployeeInput(
        name="Anna Berg", department="Jobcenter"))
    assert items_of(vault, control_id)["KOMAA1"] == anna


def test_every_flag_in_severity_order(officer: Vault, tmp_path: Path) -> None:
    vault = officer
    person(vault, "Fine Finn", "KOMFI1")
    person(vault, "Left Lis", "KOMLL1", employed_to=ON - timedelta(days=1))
    person(vault, "Leaves Today", "KOMLT1", employed_to=ON)  # the last day still employed
    person(vault, "Sensitive Sif", "KOMSS1", profiles=("100", "127"))
    person(vault, "Admin Aage", "KOMAD1", profiles=("200",))
    person(vault, "Forever Frank", "KOMFO1", expires=None)
    person(vault, "Untrained Ulla", "KOMUU1", trained_on=None)
    person(vault, "Old Training", "KOMOT1", trained_on=ON - timedelta(days=366))
    person(vault, "Unacknowledged Uffe", "KOMUA1", acknowledged_on=None)
    person(vault, "Idle Ida", "KOMII1")
    person(vault, "Everything Eva", "KOMEV1", expires=None, profiles=("200",),
           employed_to=date(2026, 9, 30), trained_on=None, acknowledged_on=None)
    active = ["KOMFI1", "KOMLL1", "KOMLT1", "KOMSS1", "KOMAD1", "KOMFO1", "KOMUU1", "KOMOT1",
              "KOMUA1"]
    # A CPR log covering the period (first row a few days in, as a real export), with every
    # user but Ida and Eva.
    rows = [(user, datetime(2026, 8, 3, 9, i)) for i, user in enumerate(active)]
    rows += [("KOMFI1", datetime(2026, 10, 30, 15, 0))]
    import_log(vault, log_file(tmp_path, "q3.csv", rows))
    assert ac.logs_cover(vault.db, START, ON)

    control_id = ac.start_authorisation_control(vault, on=ON, period_start=START)
    assert ac.get_control(vault.db, control_id).logs_cover
    items = items_of(vault, control_id)
    assert items["KOMFI1"].flags == () and items["KOMFI1"].active_in_logs is True
    assert items["KOMLL1"].flags == (Flag.EMPLOYEE_LEFT,)
    assert items["KOMLT1"].flags == ()
    assert items["KOMSS1"].flags == (Flag.SENSITIVE_PROFILE,)
    assert items["KOMSS1"].sensitive_profiles == ("127",)
    assert items["KOMAD1"].flags == (Flag.SENSITIVE_PROFILE,)
    assert items["KOMFO1"].flags == (Flag.NO_EXPIRY,)
    assert items["KOMUU1"].flags == (Flag.TRAINING_MISSING,)
    assert items["KOMOT1"].flags == (Flag.TRAINING_MISSING,)
    assert items["KOMUA1"].flags == (Flag.ACKNOWLEDGEMENT_MISSING,)
    assert items["KOMII1"].flags == (Flag.NO_ACTIVITY,)
    assert items["KOMII1"].active_in_logs is False
    assert items["KOMEV1"].flags == (
        Flag.EMPLOYEE_LEFT, Flag.SENSITIVE_PROFILE, Flag.NO_ACTIVITY, Flag.NO_EXPIRY,
        Flag.TRAINING_MISSING, Flag.ACKNOWLEDGEMENT_MISSING)
    assert items["KOMEV1"].severity == Severity.HIGH
    assert items["KOMII1"].severity == Severity.MEDIUM
    assert items["KOMUU1"].severity == Severity.LOW

    ordered = ac.control_items(vault.db, control_id, limit=1000)
    assert [i.position for i in ordered] == list(range(len(ordered)))
    assert ordered[0].user_id == "KOMEV1"  # most flags of the highest severity first
    assert [i.severity for i in ordered] == sorted((i.severity for i in ordered), reverse=True)
    assert ordered[-1].flags == ()
    control = ac.get_control(vault.db, control_id)
    texts = [ac.flag_message(items["KOMEV1"], f, control).english()
             for f in items["KOMEV1"].flags]
    assert texts[0] == "The employment ended on 2026-09-30, but the authorisation is in force."
    assert "200" in texts[1]
    assert texts[2] == ("No CPR lookups by this user ID from 2026-08-01 to 2026-10-31 in the "
                        "imported logs.")
    assert ac.flag_message(items["KOMOT1"], Flag.TRAINING_MISSING, control).english() == (
        "The last CPR training (2025-10-30) is more than a year old.")

    summary = ac.counts(vault.db, control_id)
    assert (summary.items, summary.flagged, summary.undecided) == (11, 9, 11)
    assert summary.flags[Flag.SENSITIVE_PROFILE] == 3
    assert summary.flags[Flag.NO_ACTIVITY] == 2
    assert ac.item_ids(vault.db, control_id, ItemFilter.FLAGGED) == [
        i.id for i in ordered if i.flags]


def test_no_activity_is_only_flagged_when_logs_cover_the_period(officer: Vault,
                                                                tmp_path: Path) -> None:
    vault = officer
    person(vault, "Idle Ida", "KOMII1")
    # Only September: the period's first month is not covered.
    import_log(vault, log_file(tmp_path, "sep.csv", [
        ("KOMXX1", datetime(2026, 9, 1, 9)), ("KOMXX1", datetime(2026, 10, 30, 9))]))
    assert not ac.logs_cover(vault.db, START, ON)
    control_id = ac.start_authorisation_control(vault, on=ON, period_start=START)
    item = items_of(vault, control_id)["KOMII1"]
    assert item.flags == () and item.active_in_logs is None
    assert not ac.get_control(vault.db, control_id).logs_cover


def test_log_coverage_tolerates_file_edges_but_not_gaps(officer: Vault, tmp_path: Path) -> None:
    vault = officer
    import_log(vault, log_file(tmp_path, "aug.csv", [
        ("U1", datetime(2026, 8, 4, 8)), ("U1", datetime(2026, 8, 31, 16))]))
    import_log(vault, log_file(tmp_path, "oct.csv", [
        ("U1", datetime(2026, 10, 1, 8)), ("U1", datetime(2026, 10, 28, 16))]))
    assert ac.logs_cover(vault.db, date(2026, 8, 1), date(2026, 8, 31))
    assert not ac.logs_cover(vault.db, date(2026, 7, 20), date(2026, 8, 31))  # starts late
    assert not ac.logs_cover(vault.db, START, ON)  # September is missing
    import_log(vault, log_file(tmp_path, "sep.csv", [
        ("U1", datetime(2026, 9, 2, 8)), ("U1", datetime(2026, 9, 29, 16))]))
    assert ac.logs_cover(vault.db, START, ON)
    assert not ac.logs_cover(vault.db, START, date(2026, 11, 20))  # ends too early
    # A system log says nothing about CPR lookups of every user ID.
    import_log(vault, log_file(tmp_path, "sys.csv", [
        ("SYS1", datetime(2026, 11, 1, 8)), ("SYS1", datetime(2026, 11, 20, 8))], system=True),
        source="system")
    assert not ac.logs_cover(vault.db, START, date(2026, 11, 20))


def test_start_refusals_and_the_default_period(officer: Vault, clock: FakeClock) -> None:
    vault = officer
    person(vault, "Anna", "KOMAA1")
    with pytest.raises(ValidationError, match="in the future"):
        ac.start_authorisation_control(vault, on=date(2026, 11, 28))
    with pytest.raises(ValidationError, match="after the control day"):
        ac.start_authorisation_control(vault, on=ON, period_start=ON + timedelta(days=1))
    with pytest.raises(ValidationError, match="quarterly or ad hoc"):
        ac.start_authorisation_control(vault, on=ON, type="monthly")
    assert ac.default_period_start(vault.db, ON) == date(2026, 8, 1)
    first = ac.start_authorisation_control(vault)  # today, three months back
    control = ac.get_control(vault.db, first)
    assert (control.period_start, control.period_end) == (date(2026, 8, 28), NOW.date())
    with pytest.raises(ValidationError, match=f"control {first} is still open"):
        ac.start_authorisation_control(vault, on=ON)
    item = ac.control_items(vault.db, first)[0]
    ac.decide_authorisation(vault, item.id, "keep")
    ac.complete_authorisation_control(vault, first)
    clock.moment = NOW + timedelta(days=90)
    assert ac.default_period_start(vault.db, date(2027, 2, 25)) == date(2026, 11, 28)
    second = ac.start_authorisation_control(vault, type="adhoc", reason="ny leder")
    assert ac.get_control(vault.db, second).period_start == date(2026, 11, 28)
    assert [c.id for c in ac.list_controls(vault.db)] == [second, first]


# -- decisions and actions --------------------------------------------------------------------


def test_decisions_need_notes_and_make_cpr_actions(officer: Vault) -> None:
    vault = officer
    auth_id = person(vault, "Anna Andersen", "KOMAA1")
    control_id = ac.start_authorisation_control(vault, on=ON, period_start=START)
    item = ac.control_items(vault.db, control_id)[0]

    for decision in ("change", "revoke"):
        with pytest.raises(ValidationError, match="Write a note"):
            ac.decide_authorisation(vault, item.id, decision, "   ")
    with pytest.raises(ValidationError, match="keep, change or revoke"):
        ac.decide_authorisation(vault, item.id, "delete")

    kept = ac.decide_authorisation(vault, item.id, AuthorisationDecision.KEEP)
    assert (kept.decision, kept.decided_by) == (AuthorisationDecision.KEEP, "PH")
    assert ac.actions(vault.db, control_id) == []

    changed = ac.decide_authorisation(vault, item.id, "change", "Remove B2 (0101901009 asked)")
    assert changed.note == "Remove B2 (010190-XXXX asked)"  # a CPR number in a note is masked
    [action] = ac.actions(vault.db, control_id)
    assert (action.kind, action.state, action.authorisation_id) == ("change", "pending", auth_id)
    assert action.message.english() == (
        f"Change authorisation {auth_id} of user ID KOMAA1 (Anna Andersen) in the CPR: "
        "Remove B2 (010190-XXXX asked)")

    ac.decide_authorisation(vault, item.id, "revoke", "No longer handles cases")
    [action] = ac.actions(vault.db, control_id)
    assert action.kind == "revoke"
    assert action.message.english() == (
        f"Remove authorisation {auth_id} of user ID KOMAA1 (Anna Andersen) in the CPR.")

    ac.decide_authorisation(vault, item.id, "keep")  # back to keep: the action goes
    assert ac.actions(vault.db, control_id) == []
    ac.decide_authorisation(vault, item.id, "revoke", "No longer handles cases")
    [action] = ac.actions(vault.db, control_id)

    with pytest.raises(ValidationError, match=r"granted \(2026-01-01\) and today"):
        ac.mark_action_done(vault, action.id, date(2025, 12, 31))
    with pytest.raises(ValidationError, match="and today"):
        ac.mark_action_done(vault, action.id, date(2026, 11, 28))
    with pytest.raises(ValidationError, match="Say why"):
        ac.leave_action_open(vault, action.id, "")
    done = ac.mark_action_done(vault, action.id, date(2026, 11, 3))
    assert (done.state, done.done_on, done.done_by) == ("done", date(2026, 11, 3), "PH")
    with pytest.raises(ValidationError, match="already marked done"):
        ac.mark_action_done(vault, action.id, date(2026, 11, 4))
    with pytest.raises(ValidationError, match="already marked done"):
        ac.leave_action_open(vault, action.id, "why")
    with pytest.raises(ValidationError, match="carried out on 2026-11-03"):
        ac.decide_authorisation(vault, item.id, "keep")
    # the same decision with a better note is fine
    ac.decide_authorisation(vault, item.id, "revoke", "Moved to another department")
    assert ac.get_action(vault.db, action.id).note == "Moved to another department"

    decided = [e for e in audit.entries(vault.db) if e.action == "authorisation-control-decided"]
    assert len(decided) == 6
    assert decided[-1].details_dict()["before"] == "revoke"
    assert decided[-1].object == f"control-item:{item.id}"


def test_completion_refusals_then_revocations_land_in_the_history(officer: Vault) -> None:
    vault = officer
    gone = person(vault, "Gone Gorm", "KOMGG1", employed_to=date(2026, 9, 30))
    waiting = person(vault, "Waiting Walter", "KOMWW1", profiles=("200",))
    fine = person(vault, "Fine Finn", "KOMFI1")
    changed = person(vault, "Change Carl", "KOMCC1", expires=None)
    control_id = ac.start_authorisation_control(vault, on=ON, period_start=START)
    items = items_of(vault, control_id)

    with pytest.raises(ValidationError) as caught:
        ac.complete_authorisation_control(vault, control_id)
    assert str(caught.value) == f"Authorisation control {control_id} cannot be completed yet."
    assert [d.english() for d in caught.value.details] == [
        "4 of 4 authorisations have no decision yet."]

    ac.decide_authorisation(vault, items["KOMGG1"].id, "revoke", "Employment ended")
    ac.decide_authorisation(vault, items["KOMWW1"].id, "revoke", "Profile 200 not needed")
    ac.decide_authorisation(vault, items["KOMFI1"].id, "keep")
    ac.decide_authorisation(vault, items["KOMCC1"].id, "change", "Set expiry 2027-06-30")
    with pytest.raises(ValidationError) as caught:
        ac.complete_authorisation_control(vault, control_id)
    assert [d.english() for d in caught.value.details] == [
        "3 CPR action(s) are neither marked done nor left open with a note."]

    by_auth = {a.authorisation_id: a for a in ac.actions(vault.db, control_id)}
    ac.mark_action_done(vault, by_auth[gone].id, date(2026, 11, 2))
    ac.mark_action_done(vault, by_auth[changed].id, date(2026, 11, 5))
    ac.leave_action_open(vault, by_auth[waiting].id, "CPR-kontoret har ikke svaret")
    summary = ac.counts(vault.db, control_id)
    assert (summary.actions, summary.actions_done, summary.actions_left_open,
            summary.actions_pending) == (3, 2, 1, 0)
    assert summary.decisions == {"keep": 1, "change": 1, "revoke": 2}

    completed = ac.complete_authorisation_control(vault, control_id)
    assert (completed.status, completed.completed_by) == ("completed", "PH")
    assert ac.completed_on(completed) == NOW.astimezone().date()

    # The done revocation is in the register, dated the day it was removed in the CPR.
    revoked = registers.get_authorisation(vault.db, gone)
    assert revoked.revoked_on == date(2026, 11, 2)
    history = registers.authorisation_history(vault.db, gone)
    assert [e.kind for e in history] == ["granted", "revoked"]
    assert history[-1].reason == f"Authorisation control {control_id}: Employment ended"
    assert ac.get_action(vault.db, by_auth[gone].id).applied_at is not None
    # The one left open is not (the CPR still has it); nor are keep and change.
    for auth in (waiting, fine, changed):
        assert registers.get_authorisation(vault.db, auth).revoked_on is None
    assert ac.get_action(vault.db, by_auth[waiting].id).applied_at is None

    # A completed control is read only...
    with pytest.raises(ValidationError, match="is completed"):
        ac.decide_authorisation(vault, items["KOMFI1"].id, "revoke", "late")
    with pytest.raises(ValidationError, match="is completed"):
        ac.leave_action_open(vault, by_auth[waiting].id, "still waiting")
    with pytest.raises(ValidationError) as caught:
        ac.complete_authorisation_control(vault, control_id)
    assert [d.english() for d in caught.value.details] == [
        f"Authorisation control {control_id} is already completed."]
    # ...but the action left open can be done later, and is then written to the register.
    ac.mark_action_done(vault, by_auth[waiting].id, date(2026, 11, 20))
    assert registers.get_authorisation(vault.db, waiting).revoked_on == date(2026, 11, 20)
    later = ac.get_action(vault.db, by_auth[waiting].id)
    assert later.state == "done" and later.applied_at is not None
    assert later.open_note == "CPR-kontoret har ikke svaret"  # the history of why it waited

    result = audit.verify(vault.db, None)
    assert result.ok
    logged = [r[0] for r in vault.db.execute("SELECT action FROM audit_log ORDER BY seq")]
    for action in ("authorisation-control-started", "authorisation-control-decided",
                   "authorisation-control-action-done", "authorisation-control-action-left-open",
                   "authorisation-control-completed", "authorisation-revoked"):
        assert action in logged, action
    details = json.loads(vault.db.execute(
        "SELECT details FROM audit_log WHERE action = 'authorisation-control-completed'"
    ).fetchone()[0])
    assert details["revocations_applied"] == 1


def test_a_revocation_done_by_hand_meanwhile_is_not_repeated(officer: Vault) -> None:
    vault = officer
    auth = person(vault, "Gone Gorm", "KOMGG1")
    control_id = ac.start_authorisation_control(vault, on=ON, period_start=START)
    item = ac.control_items(vault.db, control_id)[0]
    ac.decide_authorisation(vault, item.id, "revoke", "Left")
    [action] = ac.actions(vault.db, control_id)
    ac.mark_action_done(vault, action.id, date(2026, 11, 2))
    registers.revoke_authorisation(vault, auth, date(2026, 11, 1), "by hand")
    ac.complete_authorisation_control(vault, control_id)
    assert registers.get_authorisation(vault.db, auth).revoked_on == date(2026, 11, 1)
    assert [e.kind for e in registers.authorisation_history(vault.db, auth)] == [
        "granted", "revoked"]


def test_deputies_do_controls_but_only_the_officer_changes_the_register(
        officer: Vault, clock: FakeClock) -> None:
    vault = officer
    person(vault, "Gone Gorm", "KOMGG1")
    person(vault, "Fine Finn", "KOMFI1")
    one_time = accounts.add_account(vault, initials="DP", name="Dorte Deputy",
                                    role=Role.DEPUTY, password_only=True)
    deputy = Vault.login(vault.path, "DP", one_time)
    deputy.clock = clock
    auditor_pw = accounts.add_account(vault, initials="AU", name="Revisor",
                                      role=Role.AUDITOR, password_only=True)
    auditor = Vault.login(vault.path, "AU", auditor_pw)
    try:
        with pytest.raises(PermissionDenied):
            ac.start_authorisation_control(auditor, on=ON, period_start=START)
        control_id = ac.start_authorisation_control(deputy, on=ON, period_start=START)
        items = items_of(deputy, control_id)
        with pytest.raises(PermissionDenied):
            ac.decide_authorisation(auditor, items["KOMFI1"].id, "keep")
        ac.decide_authorisation(deputy, items["KOMFI1"].id, "keep")
        ac.decide_authorisation(deputy, items["KOMGG1"].id, "revoke", "Left")
        [action] = ac.actions(deputy.db, control_id)
        ac.mark_action_done(deputy, action.id, date(2026, 11, 2))
        with pytest.raises(PermissionDenied, match="only the security officer"):
            ac.complete_authorisation_control(deputy, control_id)
        assert ac.get_control(vault.db, control_id).status == "in-review"
        completed = ac.complete_authorisation_control(vault, control_id)
        assert completed.completed_by == "PH"
        assert items_of(vault, control_id)["KOMFI1"].decided_by == "DP"
    finally:
        deputy.lock("test")
        auditor.lock("test")


def test_a_deputy_completes_a_control_without_revocations(officer: Vault,
                                                         clock: FakeClock) -> None:
    vault = officer
    person(vault, "Fine Finn", "KOMFI1")
    one_time = accounts.add_account(vault, initials="DP", name="Dorte Deputy",
                                    role=Role.DEPUTY, password_only=True)
    deputy = Vault.login(vault.path, "DP", one_time)
    deputy.clock = clock
    try:
        control_id = ac.start_authorisation_control(deputy, on=ON, period_start=START)
        ac.decide_authorisation(deputy, ac.control_items(deputy.db, control_id)[0].id, "keep")
        assert ac.complete_authorisation_control(deputy, control_id).completed_by == "DP"
    finally:
        deputy.lock("test")


def test_items_are_paged_by_position(officer: Vault) -> None:
    vault = officer
    for n in range(7):
        person(vault, f"Person {n}", f"KOMP{n}", expires=None if n % 3 == 0 else ON)
    control_id = ac.start_authorisation_control(vault, on=ON, period_start=START)
    first = ac.control_items(vault.db, control_id, limit=3)
    second = ac.control_items(vault.db, control_id, after=first[-1].position, limit=3)
    third = ac.control_items(vault.db, control_id, after=second[-1].position, limit=3)
    everything = first + second + third
    assert len(everything) == 7 and len({i.id for i in everything}) == 7
    assert [i.flags for i in everything[:3]] == [(Flag.NO_EXPIRY,)] * 3
    ac.decide_authorisation(vault, everything[0].id, "keep")
    undecided = ac.item_ids(vault.db, control_id, ItemFilter.UNDECIDED)
    assert undecided == [i.id for i in everything[1:]]
    assert ac.control_items(vault.db, control_id, item_filter="undecided", limit=2)[0].id == (
        everything[1].id)
    page = ac.items_by_id(vault.db, undecided[:2])
    assert set(page) == set(undecided[:2])
    with pytest.raises(ValidationError, match="No authorisation control item"):
        ac.get_item(vault.db, 99999)
    with pytest.raises(ValidationError, match="No authorisation control with id"):
        ac.get_control(vault.db, 99999)


# -- the calendar -----------------------------------------------------------------------------


def _complete_quick(vault: Vault, on: date) -> int:
    control_id = ac.start_authorisation_control(vault, on=on, period_start=on)
    for item in ac.control_items(vault.db, control_id, limit=1000):
        ac.decide_authorisation(vault, item.id, "keep")
    ac.complete_authorisation_control(vault, control_id)
    return control_id


def _by_obligation(vault: Vault, today: date) -> dict[Obligation, control_calendar.CalendarItem]:
    return {c.obligation: c for c in control_calendar.calendar(vault.db, today)}


def test_calendar_never_done_then_due_three_months_after_completion(
        officer: Vault, clock: FakeClock) -> None:
    vault = officer
    person(vault, "Anna", "KOMAA1")
    today = NOW.date()
    fresh = _by_obligation(vault, today)
    assert list(fresh) == [Obligation.AUTHORISATION_CONTROL, Obligation.LOG_CONTROL,
                           Obligation.SYSTEM_STATISTICS, Obligation.REGULATIONS]
    assert fresh[Obligation.AUTHORISATION_CONTROL].status is DueStatus.OVERDUE
    assert fresh[Obligation.AUTHORISATION_CONTROL].never_done
    assert fresh[Obligation.AUTHORISATION_CONTROL].next_due == today
    assert fresh[Obligation.SYSTEM_STATISTICS].status is DueStatus.NOT_APPLICABLE
    assert fresh[Obligation.REGULATIONS].status is DueStatus.OVERDUE

    # Completed on 30 November 2027 (local noon): next due 29 February 2028, a leap day.
    clock.moment = datetime(2027, 11, 30, 12, 0, tzinfo=UTC)
    control_id = _complete_quick(vault, date(2027, 11, 30))
    entry = _by_obligation(vault, date(2027, 12, 1))[Obligation.AUTHORISATION_CONTROL]
    assert (entry.last_done, entry.next_due, entry.status, entry.last_control_id) == (
        date(2027, 11, 30), date(2028, 2, 29), DueStatus.OK, control_id)
    assert _by_obligation(vault, date(2028, 2, 15))[
        Obligation.AUTHORISATION_CONTROL].status is DueStatus.DUE_SOON
    assert _by_obligation(vault, date(2028, 2, 29))[
        Obligation.AUTHORISATION_CONTROL].status is DueStatus.DUE_SOON
    assert _by_obligation(vault, date(2028, 3, 1))[
        Obligation.AUTHORISATION_CONTROL].status is DueStatus.OVERDUE

    # An open control shows in the calendar; only a completed one moves the due date.
    clock.moment = datetime(2028, 2, 20, 12, 0, tzinfo=UTC)
    open_id = ac.start_authorisation_control(vault, on=date(2028, 2, 20))
    entry = _by_obligation(vault, date(2028, 2, 20))[Obligation.AUTHORISATION_CONTROL]
    assert (entry.open_control_id, entry.next_due) == (open_id, date(2028, 2, 29))


def test_calendar_counts_log_controls_programs_and_regulations(officer: Vault,
                                                               clock: FakeClock) -> None:
    vault = officer
    registers.add_program(vault, name="Ydelsessystem", system_user_id="SYSYD1")
    regulations.add_version(vault, title="Interne retningslinjer", version="1",
                            approved_on=date(2025, 12, 10))
    # Log controls as the log control's own module records them: rows of ``controls``.
    now = NOW.isoformat()
    with vault.change("test-log-controls") as conn:
        for type_, completed in (("quarterly", "2026-09-30T10:00:00+00:00"),
                                 ("monthly", "2026-10-31T10:00:00+00:00"),
                                 ("adhoc", "2026-11-20T10:00:00+00:00")):
            conn.execute(
                "INSERT INTO controls (kind, type, period_start, period_end, status, "
                "created_at, created_by, completed_at, completed_by) VALUES "
                "('log', ?, '2026-07-01', '2026-09-30', 'completed', ?, 'PH', ?, 'PH')",
                (type_, now, completed))
    today = NOW.date()
    entries = _by_obligation(vault, today)
    log = entries[Obligation.LOG_CONTROL]
    assert (log.last_done, log.next_due, log.status) == (
        date(2026, 9, 30), date(2026, 12, 30), DueStatus.OK)  # the ad hoc one does not count
    monthly = entries[Obligation.SYSTEM_STATISTICS]
    assert (monthly.last_done, monthly.next_due, monthly.status) == (
        date(2026, 10, 31), date(2026, 11, 30), DueStatus.DUE_SOON)
    rules = entries[Obligation.REGULATIONS]
    assert (rules.last_done, rules.next_due, rules.status) == (
        date(2025, 12, 10), date(2026, 12, 10), DueStatus.DUE_SOON)

    reminders = control_calendar.reminders(vault.db, today)
    assert [r.obligation for r in reminders] == [
        Obligation.AUTHORISATION_CONTROL, Obligation.SYSTEM_STATISTICS, Obligation.REGULATIONS]
    assert [r.message.english() for r in reminders] == [
        "Authorisation control: never done; it is due now.",
        "System-to-system transaction statistics (monthly log control): due on 2026-11-30, "
        "in 3 days.",
        "Review of the internal regulations: due on 2026-12-10, in 13 days.",
    ]
    late = control_calendar.reminders(vault.db, date(2026, 12, 3))
    assert late[1].days_left == -3
    assert late[1].message.english().endswith("overdue since 2026-11-30 (3 days).")
    assert control_calendar.reminders(vault.db, date(2026, 11, 30))[1].message.english() == (
        "System-to-system transaction statistics (monthly log control): due today.")

    items = {i.kind: i for i in dashboard.attention(vault.db, today)}
    overdue, soon = items[Attention.CONTROLS_OVERDUE], items[Attention.CONTROLS_DUE_SOON]
    assert (overdue.count, soon.count) == (1, 2)
    assert overdue.examples == [f"Authorisation control: {today.isoformat()}"]
    assert [m.english() for m in soon.messages] == [r.message.english()
                                                    for r in reminders[1:]]

    listed = control_calendar.all_controls(vault.db)
    assert [(c.kind, c.type, c.status) for c in listed] == [
        ("log", "adhoc", "completed"), ("log", "monthly", "completed"),
        ("log", "quarterly", "completed")]


@pytest.fixture(autouse=True)
def _no_leak(vault: Vault) -> Iterator[None]:
    """Nothing this module writes to the audit trail holds a full CPR number."""
    yield
    if vault.is_open:
        for (details,) in vault.db.execute("SELECT details FROM audit_log"):
            assert "0101901009" not in details


def test_the_control_document_for_the_report(officer: Vault) -> None:
    vault = officer
    auth = person(vault, "Gone Gorm", "KOMGG1", employed_to=date(2026, 9, 30),
                  cpr="0101901009")
    person(vault, "Fine Finn", "KOMFI1")
    control_id = ac.start_authorisation_control(vault, on=ON, period_start=START)
    items = items_of(vault, control_id)
    ac.decide_authorisation(vault, items["KOMGG1"].id, "revoke", "Fratrådt (0101901009)")
    ac.decide_authorisation(vault, items["KOMFI1"].id, "keep")
    [action] = ac.actions(vault.db, control_id)
    ac.mark_action_done(vault, action.id, date(2026, 11, 2))
    ac.complete_authorisation_control(vault, control_id)
    document = ac.control_document(vault.db, control_id)
    text = json.dumps(document, ensure_ascii=False)
    assert not re.search(r"\d{6}-?\d{4}", text)
    assert document["control"]["period"] == {"from": "2026-08-01", "to": "2026-10-31"}
    assert document["control"]["status"] == "completed"
    assert document["counts"]["decisions"] == {"keep": 1, "revoke": 1}
    first = document["items"][0]
    assert (first["user_id"], first["decision"], first["note"]) == (
        "KOMGG1", "revoke", "Fratrådt (010190-XXXX)")
    assert first["flags"][0] == {
        "flag": "employee-left", "label": "Employee has left", "severity": "high",
        "explanation": "The employment ended on 2026-09-30, but the authorisation is in force."}
    assert document["actions"] == [{
        "id": action.id, "kind": "revoke", "authorisation_id": auth, "user_id": "KOMGG1",
        "text": f"Remove authorisation {auth} of user ID KOMGG1 (Gone Gorm) in the CPR.",
        "state": "done", "done_on": "2026-11-02", "done_by": "PH", "open_note": "",
        "applied_at": document["actions"][0]["applied_at"]}]
    assert document["actions"][0]["applied_at"] is not None
