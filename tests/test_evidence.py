"""The evidence workbook of a control, read back with openpyxl: five sheets, every item and
every entry behind a finding (uncapped), CPR numbers masked, written private and audited."""

from __future__ import annotations

import io
import re
from pathlib import Path

from openpyxl import load_workbook

from cpradmin import audit, evidence
from cpradmin.controls import control_items, get_control, item_entries
from cpradmin.vault import Vault
from tests.test_control_reports import (  # noqa: F401 - fixtures
    FULL_CPR,
    _authorisation_control,
    completed,
    files,
    quarter,
    quarter_template,
)

SHA = re.compile(r"^[0-9a-f]{64}$")


def cells(workbook_bytes: bytes) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(io.BytesIO(workbook_bytes), read_only=True)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def no_full_cpr(sheets: dict[str, list[tuple[object, ...]]]) -> None:
    for title, rows in sheets.items():
        for row in rows:
            for value in row:
                if isinstance(value, str) and not SHA.match(value):
                    assert not FULL_CPR.search(value), (title, "a full CPR number")


def test_log_control_evidence(quarter: Vault, completed: int, tmp_path: Path) -> None:  # noqa: F811
    control = get_control(quarter.db, completed)
    target = tmp_path / "bevis.xlsx"
    result = evidence.export_evidence(quarter, completed, target, lang="en")
    assert target.stat().st_mode & 0o077 == 0
    sheets = cells(target.read_bytes())
    assert list(sheets) == ["Findings", "Decisions", "Random sample", "Statistics", "Sources"]
    items = control_items(quarter.db, completed, limit=100_000)
    entries = sum(len(item_entries(quarter.db, i.id)) for i in items if not i.is_sample)
    assert len(sheets["Findings"]) - 1 == entries  # every entry, nothing capped
    assert len(sheets["Decisions"]) - 1 == len(items) == control.items
    assert len(sheets["Random sample"]) - 1 == control.sample
    assert {r[4] for r in sheets["Decisions"][1:]} == {"explained", "false-alarm"}
    assert any("XXXX" in str(r[4]) for r in sheets["Random sample"][1:] if r[4])
    sources = [r for r in sheets["Sources"][1:]]
    for imported in control.imports:
        assert (imported.file_name, imported.source, imported.file_rows, imported.rows,
                imported.sha256) in sources
    assert ("seed", None, None, None, str(control.seed)) in sources
    total = sheets["Statistics"][1:]
    assert sum(r[-1] for r in total) == control.entries_in_scope
    no_full_cpr(sheets)
    assert result.rows > 0
    (last,) = audit.entries(quarter.db, newest_first=True, limit=1)
    assert last.action == "evidence-exported"


def test_authorisation_control_evidence_in_danish(vault: Vault) -> None:
    control_id = _authorisation_control(vault)
    sheets = cells(evidence.evidence_bytes(vault.db, control_id, "da"))
    names = list(sheets)  # a sheet's name is cut at Excel's 31 characters
    assert names[:2] == ["Fund", "Beslutninger"] and names[3:] == ["Statistik", "Kilder"]
    assert names[2].startswith("Øjebliksbillede af autorisation")
    assert len(sheets["Beslutninger"]) == 3
    assert {r[3] for r in sheets["Beslutninger"][1:]} == {"keep", "revoke"}
    assert any(r[3] == "Følsom profil" for r in sheets["Fund"][1:])
    no_full_cpr(sheets)
