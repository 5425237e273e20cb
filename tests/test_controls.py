"""The log control's record: run, sample, reproduce, decide, complete, read back.

Real vaults (fresh copies of the session template), logs imported through ``import_log`` from
small Danish-style CSVs written here, the real review rules. The sample's reproducibility is
checked the way an auditor would: the same files into another vault, in another order.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cpradmin import controls, registers, sampling
from cpradmin.controls import (
    complete_control,
    control_document,
    control_items,
    decide,
    get_control,
    item_entries,
    list_controls,
    rerun_findings,
    start_log_control,
)
from cpradmin.errors import PermissionDenied, ValidationError
from cpradmin.keyslots import SlotFile
from cpradmin.log_import import import_log
from cpradmin.models.accounts import Role
from cpradmin.models.review import (
    ControlStatus,
    ControlType,
    Decision,
    Scope,
    ScopeKind,
)
from cpradmin.models.sampling import SampleSpec, allocate, draw_positions
from cpradmin.models.storage.connection import DatabaseError
from cpradmin.registers import EmployeeInput
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD

HEADER = ["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer", "Terminal", "Søgekriterie"]
# Ten digits in a row (with or without the hyphen) that are not a masked DDMMYY-XXXX.
FULL_CPR = re.compile(r"\d{6}-?\d{4}")
Q1 = (date(2024, 1, 1), date(2024, 3, 31))
USERS = ("KOMAA01", "KOMBB02", "KOMCC03", "KOMXX99", "SYSLØN1")
PEOPLE = [f"{i % 28 + 1:02d}{i % 12 + 1:02d}{70 + i % 30:02d}{1000 + i * 7:04d}"
          for i in range(40)]


def write_log(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


def month_rows(month: int, *, extra: int = 0) -> list[list[str]]:
    """A month of lookups by five user IDs; KOMAA01 makes bursts of three in one second
    (the tie-break the sample's order must get right without database ids)."""
    rows = []
    for day in range(1, 21):
        for u, user in enumerate(USERS):
            for k in range(2 + (u + day + extra) % 3):
                i = day * 11 + u * 5 + k + month * 3 + extra
                hour, second = (8, 0) if user == "KOMAA01" else (8 + u + k, k)
                rows.append([user.lower() if k == 1 else user,
                             f"{day:02d}-{month:02d}-2024 {hour:02d}:{day:02d}:{second:02d}",
                             ("Opslag", "Søgning", "Ajourføring")[i % 3], PEOPLE[i % 40],
                             f"PC{u}", ("CPR-nummer", "Navn")[k % 2]])
    return rows


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("files")
    return [write_log(folder / f"logsøgning-2024-{m:02d}.csv", month_rows(m)) for m in (1, 2, 3)]


def register(vault: Vault) -> None:
    """Three employees (one in another department) and a program; KOMXX99 is unknown."""
    for name, initials, user, department in (("Anna Ahl", "AA", "KOMAA01", "Borgerservice"),
                                             ("Bent Bo", "BB", "KOMBB02", "Borgerservice"),
                                             ("Carl Cox", "CC", "KOMCC03", "Løn og personale")):
        employee = registers.add_employee(vault, EmployeeInput(
            name=name, initials=initials, department=department,
            employed_from=date(2020, 1, 1)))
        registers.add_user_id(vault, user, employee_id=employee.id)
    registers.add_program(vault, name="Lønsystem", system_user_id="SYSLØN1")


def copy_vault(source: Path, target: Path) -> Path:
    target.parent.mkdir(mode=0o700)
    shutil.copy2(source, target)
    shutil.copy2(SlotFile.path_for(source), SlotFile.path_for(target))
    return target


def other_vault(template_vault: tuple[Path, str], tmp_path: Path, name: str) -> Vault:
    target = copy_vault(template_vault[0], tmp_path / name / "cpradmin.vault")
    return Vault.login(target, OFFICER, PASSWORD)


@pytest.fixture(scope="module")
def quarter_template(template_vault: tuple[Path, str], files: list[Path],
                     tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The registers and Q1 2024's three monthly files, imported once per module."""
    vault = other_vault(template_vault, tmp_path_factory.mktemp("quarter"), "template")
    try:
        register(vault)
        for path in files:
            import_log(vault, path)
    finally:
        vault.lock("template")
    return vault.path


@pytest.fixture
def quarter(quarter_template: Path, tmp_path: Path) -> Iterator[Vault]:
    vault = Vault.login(copy_vault(quarter_template, tmp_path / "q" / "cpradmin.vault"),
                        OFFICER, PASSWORD)
    yield vault
    vault.lock("test finished")


def sample_of(vault: Vault, control_id: int) -> list[tuple[Any, ...]]:
    """The sample as the files name it: user, file SHA-256, line, time, transaction, CPR."""
    out = []
    for item in control_items(vault.db, control_id, limit=10_000):
        if item.is_sample:
            (entry,) = item_entries(vault.db, item.id)
            out.append((entry.user_id, entry.sha256, entry.line, entry.ts, entry.transaction,
                        entry.cpr))
    return out


def findings_of(vault: Vault, control_id: int) -> list[tuple[Any, ...]]:
    return [(i.rule, i.severity, i.user_id, i.key, i.explanation, i.entries_total,
             tuple((e.sha256, e.line) for e in item_entries(vault.db, i.id)))
            for i in control_items(vault.db, control_id, limit=10_000) if not i.is_sample]


def table_counts(vault: Vault) -> dict[str, int]:
    return {t: int(vault.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("controls", "control_imports", "control_items", "control_item_entries")}


def run_q1(vault: Vault, **kwargs: Any) -> int:
    kwargs.setdefault("type", ControlType.QUARTERLY)
    kwargs.setdefault("seed", 20240401)
    return start_log_control(vault, start=Q1[0], end=Q1[1], **kwargs)


# -- the pure sample rules ---------------------------------------------------------------------


def test_sample_spec_wants_per_user_or_share_whichever_is_larger() -> None:
    assert SampleSpec().wanted(1) == 1 and SampleSpec().wanted(100) == 2
    assert SampleSpec(per_user=None, share=0.1).wanted(95) == 10
    assert SampleSpec(per_user=5, share=0.01).wanted(100) == 5
    assert SampleSpec(per_user=5, share=0.5).wanted(100) == 50
    assert SampleSpec(per_user=0, share=None).empty
    assert SampleSpec.from_json(SampleSpec(3, 0.2, 9).to_json()) == SampleSpec(3, 0.2, 9)
    for bad in ({"per_user": -1}, {"share": 0.0}, {"share": 1.5}, {"max_total": -2},
                {"per_user": 1.5}, {"per_user": True}):
        with pytest.raises(ValidationError):
            SampleSpec(**bad)  # type: ignore[arg-type]


def test_allocation_under_a_cap_is_round_robin_in_a_seeded_user_order() -> None:
    available = {f"U{i:03d}": 10 for i in range(300)}
    given = allocate(SampleSpec(per_user=2, max_total=500), available, seed=1)
    assert sum(given.values()) == 500
    assert sorted(set(given.values())) == [1, 2]  # everyone one, then 200 of them a second
    assert len(given) == 300
    capped = allocate(SampleSpec(per_user=2, max_total=100), available, seed=1)
    assert sum(capped.values()) == 100 and set(capped.values()) == {1}
    assert capped != allocate(SampleSpec(per_user=2, max_total=100), available, seed=2)
    assert capped == allocate(SampleSpec(per_user=2, max_total=100),
                              dict(reversed(available.items())), seed=1)
    uneven = allocate(SampleSpec(per_user=None, share=1.0, max_total=12),
                      {"A": 1, "B": 100, "C": 3}, seed=7)
    assert uneven["A"] == 1 and uneven["C"] == 3 and uneven["B"] == 8
    assert allocate(SampleSpec(max_total=None), {"A": 1, "B": 0}, seed=1) == {"A": 1}


def test_positions_are_distinct_seeded_and_a_prefix_for_smaller_counts() -> None:
    drawn = draw_positions(42, "KOMAA01", 1000, 50)
    assert len(set(drawn)) == 50 and all(0 <= p < 1000 for p in drawn)
    assert draw_positions(42, "KOMAA01", 1000, 5) == drawn[:5]
    assert draw_positions(43, "KOMAA01", 1000, 5) != drawn[:5]
    assert draw_positions(42, "KOMBB02", 1000, 5) != drawn[:5]
    assert sorted(draw_positions(1, "X", 7, 7)) == list(range(7))
    # Pinned: an auditor redrawing a control years later, with another Python, must get
    # these very positions and users (random.Random seeded with text is SHA-512 based).
    assert draw_positions(20240401, "KOMAA01", 100, 3) == [52, 49, 62]
    assert draw_positions(20240401, "SYSLØN1", 10**6, 3) == [14955, 658352, 111703]
    assert allocate(SampleSpec(per_user=1, max_total=3), dict.fromkeys("ABCDE", 5),
                    seed=11) == {"A": 1, "D": 1, "E": 1}
    with pytest.raises(ValueError):
        draw_positions(1, "X", 3, 4)


# -- running a control -------------------------------------------------------------------------


def test_a_control_stores_its_inputs_items_and_copies_of_the_entries(quarter: Vault) -> None:
    vault = quarter
    control_id = run_q1(vault)
    control = get_control(vault.db, control_id)
    assert control.status is ControlStatus.IN_REVIEW and control.type is ControlType.QUARTERLY
    assert (control.start, control.end, control.seed) == (*Q1, 20240401)
    assert control.created_by == OFFICER and control.parent_id is None
    total = int(vault.db.execute("SELECT count(*) FROM log_entries").fetchone()[0])
    assert control.entries_in_scope == total
    assert [i.file_name for i in control.imports] == [
        f"logsøgning-2024-{m:02d}.csv" for m in (1, 2, 3)]
    assert sum(i.rows for i in control.imports) == total
    assert all(len(i.sha256) == 64 for i in control.imports)
    from cpradmin import review_rules

    assert set(control.rules) == set(review_rules.RULES)
    assert all({"version", "params"} <= set(spec) for spec in control.rules.values())
    assert control.parameters["sample"]["per_user"] == 2
    # The unknown user is a finding; every user ID in scope has two sample entries.
    assert control.by_rule.get("unknown-user") == 1
    assert control.sample == 2 * len(USERS)
    items = control_items(vault.db, control_id, limit=10_000)
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    assert all(not i.is_sample for i in items[:control.findings])
    assert all(i.is_sample for i in items[control.findings:])
    severities = [int(i.severity) for i in items if i.severity is not None]
    assert severities == sorted(severities, reverse=True)
    unknown = next(i for i in items if i.rule == "unknown-user")
    assert unknown.user_id == "KOMXX99" and unknown.decision is None
    copied = item_entries(vault.db, unknown.id)
    assert len(copied) == unknown.entries_total > 0
    shas = {i.import_id: i.sha256 for i in control.imports}
    for entry in copied:
        row = vault.db.execute("SELECT import_id, line, ts FROM log_entries WHERE id = ?",
                               (entry.entry_id,)).fetchone()
        assert (shas[row[0]], row[1], row[2]) == (entry.sha256, entry.line, entry.ts)
        assert entry.user_id == "KOMXX99" and entry.source == "cpr"
        assert entry.cpr in PEOPLE and entry.cpr not in repr(entry)
    audit_row = vault.db.execute(
        "SELECT action, object, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert audit_row[0] == "log-control-started" and audit_row[1] == f"log-control:{control_id}"
    assert json.loads(audit_row[2])["seed"] == "20240401"


def test_the_copies_survive_when_the_log_rows_are_deleted(quarter: Vault) -> None:
    vault = quarter
    control_id = run_q1(vault)
    before = control_document(vault.db, control_id)
    with vault.change("test-delete-logs"):
        vault.db.execute("DELETE FROM log_entries")
    assert control_document(vault.db, control_id) == before


def test_refusals(quarter: Vault) -> None:
    vault = quarter
    with pytest.raises(ValidationError, match="ends"):
        start_log_control(vault, type="quarterly", start=date(2024, 3, 1),
                          end=date(2024, 2, 1))
    with pytest.raises(ValidationError, match="No log rows are imported for 2024-04-01"):
        start_log_control(vault, type="quarterly", start=date(2024, 4, 1),
                          end=date(2024, 6, 30))
    with pytest.raises(ValidationError, match="No log rows"):  # between two files
        start_log_control(vault, type="adhoc", start=date(2024, 1, 25), end=date(2024, 1, 31))
    with pytest.raises(ValidationError, match="not a valid CPR number") as caught:
        run_q1(vault, scope=Scope(ScopeKind.PERSON, "3213901234"))
    assert "3213901234" not in str(caught.value)
    with pytest.raises(ValidationError, match="needs the user ID"):
        run_q1(vault, scope=Scope(ScopeKind.USER, " "))
    with pytest.raises(ValidationError, match="seed"):
        run_q1(vault, seed=-1)
    with pytest.raises(ValueError):
        run_q1(vault, type="weekly")
    assert table_counts(vault)["controls"] == 0
    vault.account = replace(vault.account, role=Role.AUDITOR)
    with pytest.raises(PermissionDenied):
        run_q1(vault)


def test_cancel_rolls_everything_back(quarter: Vault) -> None:
    vault = quarter
    audit_before = vault.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    calls: list[int] = []
    steps: list[tuple[int, int]] = []
    run_q1(vault, check_cancel=lambda: calls.append(1),
           progress=lambda d, t: steps.append((d, t)))
    assert steps[-1][0] == steps[-1][1] and steps == sorted(steps)
    stored = table_counts(vault)
    assert all(stored.values())
    total = len(calls)

    for cancel_at in (3, total // 2, total):  # early, midway, the last: after every write
        calls.clear()

        def cancel(at: int = cancel_at) -> None:
            calls.append(1)
            if len(calls) == at:
                raise KeyboardInterrupt("cancelled")

        with pytest.raises(KeyboardInterrupt):
            run_q1(vault, check_cancel=cancel)
        assert table_counts(vault) == stored, cancel_at
        assert not vault.db.in_transaction
    assert vault.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_before + 1


def test_scopes_and_the_monthly_control(quarter: Vault) -> None:
    vault = quarter
    user = get_control(vault.db, run_q1(vault, scope=Scope(ScopeKind.USER, "kombb02")))
    assert user.scope == Scope(ScopeKind.USER, "KOMBB02")
    assert {i.user_id for i in control_items(vault.db, user.id) if i.is_sample} == {"KOMBB02"}
    monthly = get_control(vault.db, start_log_control(
        vault, type="monthly", start=date(2024, 2, 1), end=date(2024, 2, 29), seed=1))
    assert monthly.parameters["programs_only"] is True
    assert {i.user_id for i in control_items(vault.db, monthly.id)} == {"SYSLØN1"}
    assert [i.file_name for i in monthly.imports] == ["logsøgning-2024-02.csv"]
    person = get_control(vault.db, run_q1(vault, scope=Scope(ScopeKind.PERSON, PEOPLE[3])))
    assert person.scope_label == f"person: {PEOPLE[3][:6]}-XXXX"
    for item in control_items(vault.db, person.id):
        assert {e.cpr for e in item_entries(vault.db, item.id)} == {PEOPLE[3]}
    listed = {c.id: c for c in list_controls(vault.db)}
    assert list(listed) == [person.id, monthly.id, user.id]
    assert listed[person.id].scope_label.endswith("-XXXX")
    assert PEOPLE[3] not in repr(listed[person.id])
    assert listed[user.id].items == listed[user.id].undecided == user.items


# -- the sample --------------------------------------------------------------------------------


def test_the_same_seed_draws_the_same_sample_and_another_seed_another(quarter: Vault) -> None:
    vault = quarter
    first = sample_of(vault, run_q1(vault, seed=7))
    assert sample_of(vault, run_q1(vault, seed=7)) == first
    assert sample_of(vault, run_q1(vault, seed=8)) != first
    assert len(first) == 2 * len(USERS) and len(set(first)) == len(first)
    fresh = get_control(vault.db, run_q1(vault, seed=None)).seed
    assert 10**12 <= fresh < 2**53 and fresh != controls._check_seed(None)


def test_the_sample_is_the_same_from_the_same_files_in_another_order(
        quarter: Vault, files: list[Path], template_vault: tuple[Path, str],
        tmp_path: Path) -> None:
    vault = quarter
    other = other_vault(template_vault, tmp_path, "auditor")
    try:
        register(other)
        for path in reversed(files):  # March first: every database id differs
            import_log(other, path)
        ids = [r[0] for r in vault.db.execute("SELECT id FROM log_entries ORDER BY ts, line")]
        assert ids != [r[0] for r in other.db.execute(
            "SELECT id FROM log_entries ORDER BY ts, line")]
        spec = SampleSpec(per_user=6, max_total=None)
        mine = sample_of(vault, run_q1(vault, seed=99, sample=spec))
        theirs = sample_of(other, run_q1(other, seed=99, sample=spec))
        assert mine == theirs and len(mine) == 6 * len(USERS)
        assert findings_of(vault, 1) == findings_of(other, 1)
        # The bursts of three rows in one second are ordered by content, not by id.
        assert any(u == "KOMAA01" for u, *_ in mine)
    finally:
        other.lock("test finished")


def test_overlapping_files_give_the_same_sample_content_in_either_order(
        vault: Vault, template_vault: tuple[Path, str], tmp_path: Path) -> None:
    """A re-export overlapping an earlier file: the vault keeps whichever copy came first, so
    the file and line behind an entry differ, but the entries drawn are the same lookups."""
    a = write_log(tmp_path / "a.csv", month_rows(1))
    b = write_log(tmp_path / "b.csv", month_rows(1)[200:] + month_rows(2))
    other = other_vault(template_vault, tmp_path, "auditor")
    try:
        results = []
        for target, order in ((vault, (a, b)), (other, (b, a))):
            for path in order:
                import_log(target, path)
            control_id = start_log_control(target, type="quarterly", start=date(2024, 1, 1),
                                           end=date(2024, 2, 29), seed=5,
                                           sample=SampleSpec(per_user=10, max_total=None))
            results.append([(u, ts, tx, cpr) for u, _sha, _line, ts, tx, cpr
                            in sample_of(target, control_id)])
        assert results[0] == results[1] and len(results[0]) == 10 * len(USERS)
    finally:
        other.lock("test finished")


def test_few_and_many_positions_find_the_same_entries(quarter: Vault) -> None:
    """A few positions per user are found by SQL offsets, many by streaming the rows: the
    first draws are the same positions either way, so they must name the same entries."""
    vault = quarter
    assert 2 <= sampling.OFFSET_UP_TO < 30
    few = sample_of(vault, run_q1(vault, seed=3, sample=SampleSpec(per_user=2)))
    many = sample_of(vault, run_q1(vault, seed=3, sample=SampleSpec(per_user=30)))
    assert len(few) == 2 * len(USERS) and len(many) == 30 * len(USERS)
    assert set(few) <= set(many)
    items = [i for i in control_items(vault.db, 2, limit=10_000) if i.is_sample]
    firsts = {(i.user_id, i.details["position"]) for i in items if i.details["draw"] < 2}
    assert {(i.user_id, i.details["position"]) for i in control_items(vault.db, 1)
            if i.is_sample} == firsts


def test_rows_in_the_same_second_are_ordered_by_their_content(
        vault: Vault, template_vault: tuple[Path, str], tmp_path: Path) -> None:
    """Two exports of the same lookups, one with the rows of each second in reverse: the
    positions (and so the sample) follow the rows' content, not the file's line order."""
    rows = month_rows(1)
    forward = write_log(tmp_path / "forward.csv", rows)
    backward = write_log(tmp_path / "backward.csv", rows[::-1])
    other = other_vault(template_vault, tmp_path, "auditor")
    try:
        seen = []
        for target, path in ((vault, forward), (other, backward)):
            import_log(target, path)
            drawn = {}
            for spec in (SampleSpec(per_user=2), SampleSpec(per_user=None, share=1.0,
                                                            max_total=None)):
                control_id = start_log_control(target, type="adhoc", start=date(2024, 1, 1),
                                               end=date(2024, 1, 31), seed=11, sample=spec)
                for item in control_items(target.db, control_id, limit=10_000):
                    if item.is_sample:
                        (e,) = item_entries(target.db, item.id)
                        drawn[(spec.per_user, item.user_id, item.details["position"])] = (
                            e.ts, e.transaction, e.cpr)
            seen.append(drawn)
        assert seen[0] == seen[1]
        bursts = [v for (n, u, _p), v in seen[0].items() if n is None and u == "KOMAA01"]
        assert len({ts for ts, _tx, _cpr in bursts}) < len(bursts)  # same-second rows exist
    finally:
        other.lock("test finished")


def test_sample_entries_behind_a_finding_stay_and_say_so(quarter: Vault) -> None:
    vault = quarter
    control_id = run_q1(vault, sample=SampleSpec(per_user=None, share=1.0, max_total=None))
    control = get_control(vault.db, control_id)
    assert control.sample == control.entries_in_scope  # the whole scope: every entry once
    items = control_items(vault.db, control_id, limit=100_000)
    unknown = next(i for i in items if i.rule == "unknown-user")
    behind = {e.entry_id for e in item_entries(vault.db, unknown.id)}
    marked = {item_entries(vault.db, i.id)[0].entry_id for i in items
              if i.is_sample and "unknown-user" in i.details.get("also_in_findings", [])}
    assert marked == behind
    assert all(i.details["available"] > 0 for i in items if i.is_sample)


# -- re-running ----------------------------------------------------------------------------------


def test_running_again_with_the_same_inputs_gives_the_same_findings(quarter: Vault) -> None:
    vault = quarter
    first = run_q1(vault)
    second = run_q1(vault, seed=1)
    assert findings_of(vault, first) == findings_of(vault, second)
    rerun = rerun_findings(vault.db, first)
    stored = [i for i in control_items(vault.db, first, limit=10_000) if not i.is_sample]
    assert [(f.rule, f.key, f.user_id, f.explanation) for f in rerun.findings] == [
        (i.rule, i.key, i.user_id, i.explanation) for i in stored]
    assert [list(f.entry_ids) for f in rerun.findings] == [
        [e.entry_id for e in item_entries(vault.db, i.id)] for i in stored]
    assert rerun.parameters == get_control(vault.db, first).rules


# -- decisions -----------------------------------------------------------------------------------


def test_decisions_rules_and_changes_until_completed(quarter: Vault) -> None:
    vault = quarter
    control_id = run_q1(vault, sample=SampleSpec(per_user=1))
    items = control_items(vault.db, control_id, limit=10_000)
    first = items[0]
    with pytest.raises(ValidationError, match="case number"):
        decide(vault, first.id, Decision.EXPLAINED)
    with pytest.raises(ValidationError, match="note"):
        decide(vault, first.id, Decision.SUSPECTED_ABUSE, note="  ")
    with pytest.raises(ValidationError, match="no control item"):
        decide(vault, 10**9, Decision.FALSE_ALARM)
    with pytest.raises(ValueError):
        decide(vault, first.id, "maybe")
    assert decide(vault, first.id, Decision.EXPLAINED, case_number="24-000123") is None
    assert decide(vault, first.id, "false-alarm", note="Own test user") is None
    changed = controls.get_item(vault.db, first.id)
    assert (changed.decision, changed.note, changed.case_number, changed.decided_by) == (
        Decision.FALSE_ALARM, "Own test user", "", OFFICER)
    actions = [r[0] for r in vault.db.execute(
        "SELECT details FROM audit_log WHERE action = 'log-control-decision' ORDER BY seq")]
    assert [json.loads(a)["after"] for a in actions] == ["explained", "false-alarm"]
    assert json.loads(actions[1])["before"] == "explained"

    with pytest.raises(ValidationError, match=rf"{len(items) - 1} item\(s\) have no decision"):
        complete_control(vault, control_id)
    assert get_control(vault.db, control_id).status is ControlStatus.IN_REVIEW
    for item in items[1:]:
        decide(vault, item.id, Decision.FOLLOW_UP, note="Ask the manager")
    assert control_items(vault.db, control_id, undecided_only=True) == []
    complete_control(vault, control_id)
    done = get_control(vault.db, control_id)
    assert done.status is ControlStatus.COMPLETED and done.read_only
    assert done.completed_by == OFFICER and done.completed_at
    assert done.by_decision == {"false-alarm": 1, "follow-up": len(items) - 1}
    with pytest.raises(ValidationError, match="no longer change"):
        decide(vault, first.id, Decision.EXPLAINED, case_number="1")
    with pytest.raises(ValidationError, match="already completed"):
        complete_control(vault, control_id)
    # Read-only in the file too, whatever code tries.
    with pytest.raises(DatabaseError, match="read-only"), vault.change("test"):
        vault.db.execute("UPDATE control_items SET note = 'x' WHERE id = ?", (first.id,))
    with pytest.raises(DatabaseError, match="read-only"), vault.change("test"):
        vault.db.execute("DELETE FROM control_item_entries WHERE item_id = ?", (first.id,))


def test_suspected_abuse_opens_an_ad_hoc_control_for_the_user(quarter: Vault) -> None:
    vault = quarter
    parent = run_q1(vault)
    item = next(i for i in control_items(vault.db, parent, limit=10_000)
                if i.is_sample and i.user_id == "KOMBB02")
    adhoc = decide(vault, item.id, Decision.SUSPECTED_ABUSE,
                   note="Looked up a neighbour without a case")
    assert adhoc is not None and adhoc != parent
    opened = get_control(vault.db, adhoc)
    assert opened.type is ControlType.ADHOC and opened.parent_id == parent
    assert opened.scope == Scope(ScopeKind.USER, "KOMBB02")
    assert (opened.start, opened.end) == Q1
    assert opened.reason == "Looked up a neighbour without a case"
    assert opened.status is ControlStatus.IN_REVIEW and opened.seed != 20240401
    assert opened.rules == get_control(vault.db, parent).rules
    assert {i.user_id for i in control_items(vault.db, adhoc)} == {"KOMBB02"}
    assert controls.get_item(vault.db, item.id).followup_control_id == adhoc
    # Changing the decision and back does not open a second control.
    decide(vault, item.id, Decision.FOLLOW_UP, note="Wait for the manager")
    assert decide(vault, item.id, Decision.SUSPECTED_ABUSE, note="Confirmed") == adhoc
    assert len(list_controls(vault.db)) == 2
    # The decision and the control it opens commit together, or neither does: with no log
    # rows left for the period, opening fails, and the decision is not recorded either.
    other = next(i for i in control_items(vault.db, parent, limit=10_000)
                 if i.is_sample and i.user_id == "KOMCC03")
    with vault.change("test-delete-logs"):
        vault.db.execute("DELETE FROM log_entries")
    before = table_counts(vault)
    with pytest.raises(ValidationError, match="No log rows"):
        decide(vault, other.id, Decision.SUSPECTED_ABUSE, note="Odd hours")
    assert table_counts(vault) == before
    assert controls.get_item(vault.db, other.id).decision is None


def test_suspected_abuse_of_one_person_opens_an_ad_hoc_control_for_that_person(
        quarter: Vault) -> None:
    """A finding about a person rather than a user (many users, one CPR number)."""
    vault = quarter
    parent = run_q1(vault, rules={"popular-person": {"min_users": 2}})
    item = next(i for i in control_items(vault.db, parent, limit=10_000)
                if i.rule == "popular-person")
    assert item.user_id is None
    (person,) = {e.cpr for e in item_entries(vault.db, item.id)}
    adhoc = decide(vault, item.id, "suspected-abuse", note="A neighbour dispute")
    assert adhoc is not None
    opened = get_control(vault.db, adhoc)
    assert opened.scope == Scope(ScopeKind.PERSON, person)
    assert opened.rules == {"popular-person": get_control(vault.db, parent).rules[
        "popular-person"]}
    summary = next(c for c in list_controls(vault.db) if c.id == adhoc)
    assert summary.scope_label == f"person: {person[:6]}-XXXX"
    audit_details = vault.db.execute(
        "SELECT details FROM audit_log WHERE action = 'log-control-decision'").fetchone()[0]
    assert person not in audit_details and json.loads(audit_details)["followup_control"] == adhoc
    opened_audit = json.loads(audit_details)["opened"]
    assert opened_audit["type"] == "adhoc" and opened_audit["scope"].endswith("-XXXX")


def test_items_page_by_position(quarter: Vault) -> None:
    vault = quarter
    control_id = run_q1(vault, sample=SampleSpec(per_user=4))
    everything = control_items(vault.db, control_id, limit=10_000)
    paged, after = [], None
    while page := control_items(vault.db, control_id, after=after, limit=3):
        assert len(page) <= 3
        paged += page
        after = page[-1].position
    assert paged == everything
    decide(vault, everything[1].id, Decision.FALSE_ALARM)
    undecided = control_items(vault.db, control_id, undecided_only=True, limit=10_000)
    assert [i.id for i in undecided] == [i.id for i in everything if i.id != everything[1].id]
    for extra in ("", " AND decision IS NULL"):
        plan = " ".join(str(r[3]) for r in vault.db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM control_items WHERE control_id = ? "
            f"AND position > ?{extra} ORDER BY position LIMIT 200", (control_id, 0)))
        assert "control_id=?" in plan and "position>?)" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


# -- the document --------------------------------------------------------------------------------


def test_the_document_has_its_shape_and_no_full_cpr_number(quarter: Vault) -> None:
    vault = quarter
    control_id = run_q1(vault, scope=Scope(ScopeKind.ALL))
    item = control_items(vault.db, control_id)[0]
    decide(vault, item.id, Decision.EXPLAINED, case_number="Sag 24-1", note=f"Se {PEOPLE[0]}")
    doc = control_document(vault.db, control_id)
    head = doc["control"]
    assert set(head) >= {"id", "type", "period", "scope", "rules", "seed", "sample", "imports",
                         "status"}
    assert head["period"] == {"from": "2024-01-01", "to": "2024-03-31"}
    assert head["seed"] == 20240401 and head["status"] == "in-review"
    assert head["sample"]["per_user"] == 2 and head["sample"]["algorithm"] == 1
    assert [set(i) >= {"file", "sha256", "rows"} for i in head["imports"]] == [True] * 3
    assert doc["findings"] and doc["sample"]
    for finding in doc["findings"]:
        assert finding["severity"] in ("high", "medium", "low")
        assert isinstance(finding["explanation"], str) and finding["explanation"]
        assert finding["entries_total"] >= len(finding["entries"]) > 0
        for entry in finding["entries"]:
            assert set(entry) >= {"user_id", "timestamp", "transaction", "cpr"}
    for entry in [e for f in doc["findings"] for e in f["entries"]] + doc["sample"]:
        assert re.fullmatch(r"2024-0[1-3]-\d\dT\d\d:\d\d:\d\d\+01:00", entry["timestamp"])
        assert entry["cpr"] is None or re.fullmatch(r"\d{6}-XXXX", entry["cpr"])
    assert doc["findings"][0]["note"] == f"Se {PEOPLE[0][:6]}-XXXX"
    text = json.dumps(doc, ensure_ascii=False)
    for digest in {i["sha256"] for i in head["imports"]}:
        text = text.replace(digest, "")
    text = text.replace(str(head["seed"]), "")
    assert not FULL_CPR.search(text)
    assert all(p not in text for p in PEOPLE)
