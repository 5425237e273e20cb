"""Exports: every register, CPR always masked (also inside free text), private atomic files
without plaintext temp files, audited, and an employees export that imports as unchanged."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import stat
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from cpradmin import audit, exports, registers, regulations, unlocks
from cpradmin.errors import ValidationError
from cpradmin.models.registers import Verification
from cpradmin.register_import import Outcome, apply_import, plan_import
from cpradmin.vault import Vault

CPR_A, CPR_B, CPR_C = "0101901009", "1502851000", "3107771009"
FULL_CPR = re.compile(r"\d{6}-?\d{4}")

HEADERS = ["Navn", "Initialer", "Afdeling", "CPR-nummer", "E-mail", "Bruger-ID", "Gældende fra",
           "Gældende til", "Formål", "Transaktionstyper", "Profiler", "Tildelt af",
           "Bemærkninger"]
ROWS = [
    ["Søren Ærø", "SÆ", "Borgerservice", CPR_A, "sa@kommune.dk", "KOMSA01", "2024-01-15",
     "2025-01-14", "Sagsbehandling", "A1, B2", "100", "PH", "Ringede fra 010190-1009 i går"],
    ["Søren Ærø", "SÆ", "Borgerservice", CPR_A, "", "KOMSA02", "2024-02-01", "", "Opslag",
     "A1", "127", "PH", ""],
    ["Åse Øberg", "ÅØ", "Løn", CPR_B, "", "KOMAO01", "2024-01-15", "", "Løn", "A1", "", "PH",
     "=HYPERLINK(\"http://x\")"],
    ["Bo Berg", "BB", "IT", "", "", "", "", "", "", "", "", "", "-kun læseadgang"],
    ["Dorte Dam", "DD", "IT", "", "", "KOMDD01", "", "", "", "", "", "", "linje 1\r\nlinje 2"],
]


def document_without_digit_runs() -> bytes:
    """A regulations document whose SHA-256 (exported verbatim) has no ten digits in a row,
    so the masking check below cannot trip over the checksum."""
    for n in range(1000):
        doc = f"Interne retningslinjer for CPR, udgave {n}".encode()
        if not FULL_CPR.search(hashlib.sha256(doc).hexdigest()):
            return doc
    raise AssertionError("unreachable")


@pytest.fixture
def full_vault(vault: Vault, tmp_path: Path) -> Vault:
    """Every register with something in it, including revoked and changed authorisations."""
    source = tmp_path / "source.csv"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([HEADERS, *ROWS])
    source.write_text(buffer.getvalue(), encoding="utf-8")
    apply_import(vault, plan_import(vault, source))
    db = vault.db
    soren = registers.find_employee(db, cpr=CPR_A)
    assert soren is not None
    program = registers.add_program(vault, name="Lønsystem", responsible_id=soren.id,
                                    supplier="KMD", purpose="Lønudbetaling")
    system = registers.add_user_id(vault, "SYSLON01", program_id=program.id)
    registers.grant_authorisation(vault, system.id, registers.AuthorisationInput(
        granted_on=date(2023, 1, 1), expires_on=None, purpose="Batch", transaction_types=("B9",)))
    revoked_uid = registers.get_user_id(db, "KOMAO01")
    assert revoked_uid is not None
    auth = registers.authorisations_of(db, revoked_uid.id)[0]
    registers.change_authorisation(vault, auth.id, registers.AuthorisationInput(
        granted_on=auth.granted_on, expires_on=date(2024, 12, 31), purpose="Løn",
        transaction_types=("A1",), granted_by="PH"), "forlænget til årsskiftet")
    registers.revoke_authorisation(vault, auth.id, date(2024, 3, 1), "fratrådt 3107771009")
    unlocker = unlocks.authorise_unlocker(vault, name="Lars Kjær",
                                          authorised_from=date(2024, 1, 1))
    unlocks.record_lockout(vault, "KOMSA01", datetime(2024, 5, 1, 8, 30, tzinfo=UTC))
    unlocks.record_unlock(vault, "KOMSA01", unlocked_at=datetime(2024, 5, 1, 9, 0, tzinfo=UTC),
                          verification=Verification.CALL_BACK, unlocker_id=unlocker.id)
    unlocks.record_lockout(vault, "KOMDD01", datetime(2024, 6, 1, 8, 0, tzinfo=UTC),
                           note="ringede 150285 1000")
    registers.add_to_watchlist(vault, CPR_C, "Navne- og adressebeskyttelse",
                               f"se også {CPR_B}")
    regulations.add_version(vault, title="Interne retningslinjer", version="2024.1",
                            approved_on=date(2024, 2, 1), document=document_without_digit_runs(),
                            file_name="retningslinjer.pdf")
    return vault


def xlsx_texts(path: Path) -> dict[str, list[list[str]]]:
    workbook = openpyxl.load_workbook(path)
    try:
        return {ws.title: [["" if v is None else str(v) for v in row]
                           for row in ws.iter_rows(values_only=True)]
                for ws in workbook.worksheets}
    finally:
        workbook.close()


def test_xlsx_has_every_register_masked_and_formatted(full_vault: Vault,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "out" / "registre.xlsx"
    result = exports.export_registers(full_vault, path)
    assert result.registers == exports.REGISTERS
    sheets = xlsx_texts(path)
    assert list(sheets) == [exports.TITLES[r][0] for r in exports.REGISTERS]
    everything = "\n".join("\t".join(row) for rows in sheets.values() for row in rows)
    assert not FULL_CPR.search(everything)
    assert "010190-XXXX" in everything and "310777-XXXX" in everything
    assert "Ringede fra 010190-XXXX i går" in everything
    employees = sheets["Medarbejdere"]
    assert employees[0][:4] == ["Navn", "Initialer", "Afdeling", "CPR-nummer"]
    assert [r[0] for r in employees[1:]] == ["Bo Berg", "Dorte Dam", "Søren Ærø", "Søren Ærø",
                                             "Åse Øberg"]  # Danish order: Å last
    auths = sheets["Autorisationer"]
    revoked = next(r for r in auths if r[0] == "KOMAO01")
    assert revoked[9].startswith("2024-03-01") and revoked[10] == "fratrådt 310777-XXXX"
    assert revoked[11] == "3"
    history = [r for r in sheets["Autorisationshistorik"] if r[0] == "KOMAO01"]
    assert [r[4] for r in history] == ["tildelt", "ændret", "tilbagekaldt"]
    assert history[1][5] == "forlænget til årsskiftet"
    assert sheets["Programmer"][1] == ["Lønsystem", "Søren Ærø", "KMD", "Lønudbetaling",
                                       "SYSLON01"]
    lockouts = sheets["Låsninger"]
    assert {r[0] for r in lockouts[1:]} == {"KOMSA01", "KOMDD01"}
    assert "Opringning til kendt nummer" in "\t".join(lockouts[2] + lockouts[1])
    assert sheets["Overvågningsliste"][1][:3] == ["310777-XXXX", "Navne- og adressebeskyttelse",
                                                  "se også 150285-XXXX"]
    assert sheets["Interne regler"][1][5] == hashlib.sha256(
        document_without_digit_runs()).hexdigest()

    workbook = openpyxl.load_workbook(path)
    ws = workbook["Medarbejdere"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:R6"
    assert ws["A1"].font.b and not ws["A2"].font.b
    assert ws.column_dimensions["A"].width >= len("Søren Ærø")
    assert ws["F2"].is_date or ws["F2"].value is None
    formula = next(c for row in ws.iter_rows() for c in row if c.value and
                   str(c.value).startswith("=HYPERLINK"))
    assert formula.data_type == "s"  # shown as text, never run
    workbook.close()


def test_files_are_private_and_exports_are_audited(full_vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "registre.xlsx"
    exports.export_registers(full_vault, path, registers=["employees", "watchlist"], lang="en")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(tmp_path.glob(".registre.xlsx.*")) == []
    entry = next(audit.entries(full_vault.db, newest_first=True, limit=1))
    assert entry.action == "register-exported"
    assert entry.details_dict() == {"file": "registre.xlsx",
                                    "registers": ["employees", "watchlist"], "rows": 6}
    assert list(xlsx_texts(path)) == ["Employees", "Watchlist"]


def test_no_plaintext_temp_file_is_written(full_vault: Vault, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl.worksheet._writer as sheet_writer

    def refuse(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("openpyxl tried to write a temporary file")

    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(sheet_writer, "create_temporary_file", refuse)
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    exports.export_registers(full_vault, tmp_path / "registre.xlsx")
    assert list(spool.iterdir()) == []


def test_csv_is_excel_friendly_and_masked(full_vault: Vault, tmp_path: Path) -> None:
    for register in exports.REGISTERS:
        path = tmp_path / f"{register}.csv"
        exports.export_registers(full_vault, path, registers=[register])
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        text = data.decode("utf-8-sig")
        assert "\r\n" in text and ";" in text.splitlines()[0]
        if register != "regulations":
            assert not FULL_CPR.search(text), register
    text = (tmp_path / "employees.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'-kun læseadgang" in text
    assert "010190-XXXX" in text


@pytest.mark.parametrize(("suffix", "lang"), [(".csv", "da"), (".xlsx", "da"),
                                               (".csv", "en"), (".xlsx", "en")])
def test_an_employees_export_imports_as_unchanged(full_vault: Vault, tmp_path: Path,
                                                  suffix: str, lang: str) -> None:
    path = tmp_path / f"medarbejdere{suffix}"
    exports.export_registers(full_vault, path, registers=["employees"], lang=lang)
    plan = plan_import(full_vault, path)
    assert plan.errors == [] and plan.notes == []
    assert plan.actions == []
    assert plan.outcomes == {Outcome.UNCHANGED: 5}


def test_refusals(full_vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="one register"):
        exports.export_registers(full_vault, tmp_path / "x.csv", registers=["employees",
                                                                            "watchlist"])
    with pytest.raises(ValidationError, match=r"ending in \.xlsx or \.csv"):
        exports.export_registers(full_vault, tmp_path / "x.ods")
    with pytest.raises(ValidationError, match="no register called"):
        exports.export_registers(full_vault, tmp_path / "x.xlsx", registers=["passwords"])
    assert not list(tmp_path.glob("x.*"))


def test_an_empty_vault_exports_headers_only(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "tom.xlsx"
    result = exports.export_registers(vault, path)
    assert result.rows == 0
    assert all(len(rows) == 1 for rows in xlsx_texts(path).values())
