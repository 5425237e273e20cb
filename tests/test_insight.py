"""Insight requests: the lookups concerning one person, with the authority's purpose and
without employee names or user IDs; the exports (XLSX, CSV) read back, audited with the CPR
number masked; the CLI reading the CPR number from standard input.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cpradmin import audit, cli, registers
from cpradmin.errors import ValidationError
from cpradmin.insight import export_insight, insight_request, record_preview, summary_lines
from cpradmin.log_import import import_log
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.vault import Vault

PERSON = "0101901009"  # the person asking
OTHER = "1502851000"
HEADER = ["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer", "Terminal", "Søgekriterie"]
FULL_CPR = re.compile(r"(?<!\d)\d{6}-?\d{4}(?!\d)")
SECRETS = ("Jens Hansen", "Hanne Berg", "KOM1", "KOM2", "KOM3", "SYS1", "KOM9", "PC0042",
           "Hansen Jens")


def write(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


def setup_registers(vault: Vault) -> None:
    jens = registers.add_employee(vault, EmployeeInput("Jens Hansen",
                                                       department="Borgerservice"))
    kom1 = registers.add_user_id(vault, "KOM1", employee_id=jens.id)
    registers.grant_authorisation(vault, kom1.id, AuthorisationInput(
        date(2024, 1, 1), date(2024, 1, 31), purpose="Boligstøtte"))
    registers.grant_authorisation(vault, kom1.id, AuthorisationInput(
        date(2024, 2, 1), None, purpose="Opkrævning af ejendomsskat"))
    hanne = registers.add_employee(vault, EmployeeInput("Hanne Berg", department="Jobcenter"))
    registers.add_user_id(vault, "KOM2", employee_id=hanne.id)  # never authorised
    kom3 = registers.add_user_id(vault, "KOM3", employee_id=hanne.id)
    revoked = registers.grant_authorisation(vault, kom3.id, AuthorisationInput(
        date(2024, 1, 1), None, purpose="Sygedagpenge"))
    registers.revoke_authorisation(vault, revoked.id, date(2024, 2, 10), "stopped")
    registers.add_program(vault, name="Skattesystem", purpose="Automatisk ajourføring",
                          system_user_id="SYS1")


ROWS = [
    ["KOM1", "31-12-2023 23:59:00", "Opslag", PERSON, "PC0042", "Hansen Jens"],  # before
    ["KOM1", "15-01-2024 09:00:00", "Opslag", PERSON, "PC0042", "Hansen Jens"],
    ["KOM1", "01-02-2024 00:30:00", "Søgning", PERSON, "PC0042", ""],  # second auth
    ["KOM2", "05-02-2024 10:00:00", "Opslag", PERSON, "PC0042", ""],  # department
    ["KOM3", "09-02-2024 10:00:00", "Opslag", PERSON, "", ""],  # authorised that day
    ["KOM3", "10-02-2024 10:00:00", "Opslag", PERSON, "", ""],  # revoked that day
    ["SYS1", "12-02-2024 03:00:00", "Ajourføring", PERSON, "", ""],  # program
    ["KOM9", "13-02-2024 12:00:00", "Opslag", PERSON, "", ""],  # not in the register
    ["KOM1", "13-02-2024 12:00:00", "Opslag", OTHER, "", ""],  # someone else
    ["KOM1", "27-10-2024 02:30:00", "Opslag", PERSON, "", ""],  # ambiguous autumn hour
    ["KOM1", "01-11-2024 00:00:00", "Opslag", PERSON, "", ""],  # after the period
]


@pytest.fixture
def logged(vault: Vault, tmp_path: Path) -> Vault:
    setup_registers(vault)
    import_log(vault, write(tmp_path / "log.csv", ROWS))
    return vault


def test_lookups_purposes_and_nothing_about_the_employees(logged: Vault) -> None:
    report = insight_request(logged.db, "010190-1009", date(2024, 1, 1), date(2024, 10, 31))
    assert report.masked_cpr == "010190-XXXX"
    got = [(f"{x.at:%Y-%m-%d %H:%M}", x.transaction, x.purpose, x.basis, x.ambiguous)
           for x in report.lookups]
    assert got == [
        ("2024-01-15 09:00", "Opslag", "Boligstøtte", "authorisation", False),
        ("2024-02-01 00:30", "Søgning", "Opkrævning af ejendomsskat", "authorisation", False),
        ("2024-02-05 10:00", "Opslag", "Jobcenter", "department", False),
        ("2024-02-09 10:00", "Opslag", "Sygedagpenge", "authorisation", False),
        ("2024-02-10 10:00", "Opslag", "Jobcenter", "department", False),
        ("2024-02-12 03:00", "Ajourføring", "Automatisk ajourføring", "program", False),
        ("2024-02-13 12:00", "Opslag", "", "unknown", False),
        ("2024-10-27 02:30", "Opslag", "Opkrævning af ejendomsskat", "authorisation", True),
    ]
    assert report.per_transaction() == {"Opslag": 6, "Ajourføring": 1, "Søgning": 1}
    assert report.without_purpose == 1
    shown = repr(report) + " ".join(summary_lines(report))
    assert PERSON not in shown and "010190-1009" not in shown
    assert not any(secret in shown for secret in SECRETS)


def test_no_lookups_and_refusals(logged: Vault) -> None:
    assert insight_request(logged.db, "2512014472", date(2024, 1, 1),
                           date(2024, 12, 31)).lookups == ()
    with pytest.raises(ValidationError) as bad:
        insight_request(logged.db, "321390-1234", date(2024, 1, 1), date(2024, 12, 31))
    assert "321390-XXXX" in str(bad.value) and "1234" not in str(bad.value)
    with pytest.raises(ValidationError, match="ends"):
        insight_request(logged.db, PERSON, date(2024, 2, 1), date(2024, 1, 1))


def every_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return " ".join(str(c) for ws in book for r in ws.iter_rows(values_only=True)
                        for c in r if c is not None)
    return path.read_bytes().decode("utf-8-sig")


def test_xlsx_export_masked_no_names_no_user_ids(logged: Vault, tmp_path: Path) -> None:
    report = insight_request(logged.db, PERSON, date(2024, 1, 1), date(2024, 2, 29))
    target = tmp_path / "svar" / "indsigt.xlsx"
    result = export_insight(logged, report, target)
    assert (result.format, result.lookups) == ("xlsx", 7)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Opslag", "Om udtrækket"]
    rows = list(book["Opslag"].iter_rows(values_only=True))
    assert rows[0] == ("CPR-nummer", "Dato", "Klokkeslæt", "Transaktion", "Formål",
                       "Bemærkning")
    assert rows[1][0] == "010190-XXXX" and rows[1][1].date() == date(2024, 1, 15)
    assert rows[1][2:5] == ("09:00:00", "Opslag", "Boligstøtte")
    assert rows[3][4] == "Enhed: Jobcenter"
    assert rows[7][4] == "Formålet er ikke registreret"
    about = dict(book["Om udtrækket"].iter_rows(min_row=2, values_only=True))
    assert about["Myndighed"] == "Testkommune" and about["Antal opslag"] == 7
    text = every_text(target)
    assert "010190-XXXX" in text
    assert not FULL_CPR.search(text.replace("010190-XXXX", ""))
    assert not any(secret in text for secret in SECRETS)


def test_csv_export_and_the_audit_trail(logged: Vault, tmp_path: Path) -> None:
    report = insight_request(logged.db, PERSON, date(2024, 10, 1), date(2024, 10, 31))
    target = tmp_path / "indsigt.csv"
    export_insight(logged, report, target, lang="en")
    lines = target.read_bytes().decode("utf-8-sig").splitlines()
    assert lines == ["CPR number;Date;Time;Transaction;Purpose;Note",
                     "010190-XXXX;2024-10-27;02:30:00;Opslag;Opkrævning af ejendomsskat;"
                     "Summer or winter time (the hour the clocks go back)"]
    record_preview(logged, report)
    entries = [e for e in audit.entries(logged.db)
               if e.action in ("insight-exported", "insight-viewed")]
    assert [e.action for e in entries] == ["insight-exported", "insight-viewed"]
    exported = entries[0].details_dict()
    assert (exported["cpr"], exported["lookups"], exported["format"]) == ("010190-XXXX", 1,
                                                                          "csv")
    trail = " ".join(f"{e.object} {e.details}" for e in audit.entries(logged.db))
    assert PERSON not in trail and "010190-1009" not in trail
    with pytest.raises(ValidationError, match=r"\.xlsx or \.csv"):
        export_insight(logged, report, tmp_path / "indsigt.txt")


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, vault_path: Path) -> Path:
    from conftest import OFFICER, PASSWORD

    monkeypatch.setenv("CPRADMIN_USER", OFFICER)
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("CPRADMIN_VAULT", str(vault_path))
    return vault_path


def test_cli_reads_the_cpr_number_from_stdin(cli_env: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: Any) -> None:
    log = write(tmp_path / "log.csv", ROWS)
    assert cli.main(["log", "import", str(log)], io.StringIO()) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("010190-1009\n"))
    out = io.StringIO()
    code = cli.main(["insight", "--from", "2024-01-01", "--to", "2024-02-29", "--out",
                     str(tmp_path / "svar.csv")], out)
    assert code == 0, capsys.readouterr().err
    text = out.getvalue()
    assert "Insight request for 010190-XXXX, 2024-01-01 to 2024-02-29: 7 lookup(s)" in text
    assert "  Opslag: 5" in text and "Written to svar.csv (csv)" in text
    assert "7 lookup(s) without a registered purpose" in text  # no registers here
    assert not FULL_CPR.search(text.replace("010190-XXXX", ""))
    assert len((tmp_path / "svar.csv").read_text(encoding="utf-8-sig").splitlines()) == 8
    monkeypatch.setattr("sys.stdin", io.StringIO("3213901234\n"))
    code = cli.main(["insight", "--from", "2024-01-01", "--to", "2024-02-29", "--out",
                     str(tmp_path / "x.xlsx")], io.StringIO())
    err = capsys.readouterr().err
    assert code == 1 and "321390-XXXX" in err and "3213901234" not in err
    assert not (tmp_path / "x.xlsx").exists()
