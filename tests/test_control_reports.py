"""The control reports: a real log control (Q1 2024 logs imported from CSVs written here, the
real rules, every item decided, completed) and a real authorisation control, made into PDFs
and read back with pypdf: every item the CPR terms ask for is there, no full CPR number is,
the signed report verifies and regenerates byte for byte; ``cpradmin report ID --pdf OUT
--sign`` end to end."""

from __future__ import annotations

import ast
import ctypes
import io
import os
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cpradmin import audit, cli, control_reports, registers, reports, signing
from cpradmin import authorisation_control as ac
from cpradmin.controls import (
    complete_control,
    control_items,
    decide,
    get_control,
    start_log_control,
)
from cpradmin.errors import ValidationError
from cpradmin.models.review import ControlType, Decision
from cpradmin.report_texts import DANISH
from cpradmin.review_rules import RULES
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD
from tests.test_controls import (  # noqa: F401 - fixtures: the Q1 2024 vault
    Q1,
    copy_vault,
    files,
    quarter,
    quarter_template,
)
from tests.test_report_pdf import flat_text, metadata_and_outline

# A full CPR number: ten digits not inside a hex digest.
FULL_CPR = re.compile(r"(?<![0-9a-fA-F])\d{6}-?\d{4}(?![0-9a-fA-F])")
SEED = 20240401


def digest_shown(hex_: str) -> str:
    return " ".join(hex_[i:i + 8] for i in range(0, len(hex_), 8))


def decide_all(vault: Vault, control_id: int) -> None:
    """The first finding explained with a case number, the rest false alarms."""
    for n, item in enumerate(control_items(vault.db, control_id, limit=100_000)):
        if n == 0:
            decide(vault, item.id, Decision.EXPLAINED, note="Sag om boligstøtte",
                   case_number="2024-117")
        else:
            decide(vault, item.id, Decision.FALSE_ALARM, note=f"Gennemgået {n}")


@pytest.fixture
def completed(quarter: Vault) -> int:  # noqa: F811 - the imported fixture
    control_id = start_log_control(quarter, type=ControlType.QUARTERLY, start=Q1[0],
                                   end=Q1[1], seed=SEED)
    decide_all(quarter, control_id)
    complete_control(quarter, control_id)
    return control_id


def test_every_control_report_label_has_a_danish_text() -> None:
    source = Path(control_reports.__file__).read_text(encoding="utf-8")
    calls = [node.args[0].value for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t"
             and node.args and isinstance(node.args[0], ast.Constant)]
    assert len(calls) > 60
    assert [c for c in calls if c not in DANISH] == []
    tables = [*control_reports._TYPE_TITLES.values(), *control_reports._DECISIONS.values(),
              *control_reports._AUTH_DECISIONS.values(),
              *control_reports._ACTION_STATES.values(), *ac.FLAG_LABELS.values(),
              *(r.title.template for r in RULES.values())]
    assert [x for x in tables if x not in DANISH] == []


def test_log_control_report_states_everything(quarter: Vault, completed: int) -> None:  # noqa: F811
    control = get_control(quarter.db, completed)
    assert control.findings > 0 and control.sample > 0
    made = control_reports.make_control_report(quarter, completed)
    assert made.kind == "log-control"
    text = flat_text(made.pdf)
    assert "Logkontrol nr." in text and "1. januar 2024 – 31. marts 2024" in text
    assert "Myndighed" in text and "Fortroligt — indeholder personoplysninger" in text
    for imported in control.imports:  # the sources: name, rows and SHA-256 as printed
        assert imported.file_name in text
        assert digest_shown(imported.sha256) in text
    for rule in control.rules:
        assert rule in text and DANISH[RULES[rule].title.template] in text
    for rule in control.by_rule:
        assert f"({rule})" in text  # every finding's rule
    assert str(SEED) in text
    assert "Forklaret" in text and "2024-117" in text and "Falsk alarm" in text
    assert "Poster pr. måned og transaktionstype" in text and "2024-02" in text
    assert "Stikprøve og beslutninger" in text
    count, head = audit.head(quarter.db)
    assert digest_shown(head) in text and "Revisionsspor ved underskrift" in text
    assert f"Poster i revisionssporet {count:,}".replace(",", ".") in text
    assert "Sted og dato" in text and "Underskrift" in text
    assert "XXXX" in text  # the entries name the persons, masked
    assert not FULL_CPR.search(text), FULL_CPR.findall(text)
    assert not FULL_CPR.search(metadata_and_outline(made.pdf))
    assert not FULL_CPR.search(made.file_name)


def test_english_and_the_capped_entry_lists(quarter: Vault, completed: int,  # noqa: F811
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(control_reports, "ENTRIES_SHOWN", 1)
    many = [i for i in control_items(quarter.db, completed, limit=10_000)
            if not i.is_sample and i.entries_total > 1]
    made = control_reports.make_control_report(quarter, completed, lang="en")
    text = flat_text(made.pdf)
    assert "Log control #" in text and "1 January 2024 – 31 March 2024" in text
    assert "Confidential — contains personal data" in text
    if many:
        assert "more entries; the full list is in the evidence workbook" in text


def test_signed_report_verifies_and_regenerates(quarter: Vault, completed: int) -> None:  # noqa: F811
    signing.create_authority_certificate(quarter)
    made = control_reports.make_control_report(quarter, completed)
    stored, data = control_reports.sign_control_report(quarter, made, password=PASSWORD)
    assert stored.control_id == completed and stored.kind == "log-control"
    result = signing.verify_pdf(data, signing.trusted_certificates(quarter.db))
    assert result.ok and result.intact and not result.modified_after_signing
    assert reports.check_regenerates(quarter.db, stored.id)
    # the statistics are stored with the report: gone log rows do not change it
    quarter.db.execute("DELETE FROM log_entries")
    assert reports.check_regenerates(quarter.db, stored.id)
    assert [r.id for r in reports.list_reports(quarter.db, control_id=completed)] == [stored.id]


def test_an_open_control_is_not_signed_but_can_be_previewed(quarter: Vault) -> None:  # noqa: F811
    signing.create_authority_certificate(quarter)
    control_id = start_log_control(quarter, type=ControlType.QUARTERLY, start=Q1[0],
                                   end=Q1[1], seed=SEED)
    made = control_reports.make_control_report(quarter, control_id)
    assert "Ikke besluttet" in flat_text(made.pdf)
    with pytest.raises(ValidationError):
        control_reports.sign_control_report(quarter, made, password=PASSWORD)


def test_adhoc_report_states_reason_and_parent(quarter: Vault) -> None:  # noqa: F811
    control_id = start_log_control(quarter, type=ControlType.QUARTERLY, start=Q1[0],
                                   end=Q1[1], seed=SEED)
    item = next(i for i in control_items(quarter.db, control_id) if i.user_id)
    adhoc = decide(quarter, item.id, Decision.SUSPECTED_ABUSE,
                   note="Opslag på nabo uden sag")
    assert adhoc is not None
    text = flat_text(control_reports.make_control_report(quarter, adhoc).pdf)
    assert "Ad hoc-logkontrol" in text and "Opslag på nabo uden sag" in text
    assert f"#{control_id}" in text and "Udløst af kontrol" in text
    assert f"Bruger-id {item.user_id}" in text
    parent = flat_text(control_reports.make_control_report(quarter, control_id).pdf)
    assert f"ad hoc-kontrol nr. {adhoc}" in parent


def _authorisation_control(vault: Vault) -> int:
    """Two employees with access (one with profile 127 and no expiry); one kept, one revoked
    (the CPR action done), completed."""
    for name, user, profiles, expires, cpr in (
            ("Anna Ågård", "DK100", ("127",), None, "0101901234"),
            ("Bo Berg", "DK200", (), date(2026, 1, 1), "0202802345")):
        person = registers.add_employee(vault, registers.EmployeeInput(
            name=name, department="Borgerservice", cpr=cpr, employed_from=date(2020, 1, 1)))
        uid = registers.add_user_id(vault, user, employee_id=person.id)
        registers.grant_authorisation(vault, uid.id, registers.AuthorisationInput(
            granted_on=date(2024, 1, 1), expires_on=expires, transaction_types=("PERSON",),
            profiles=profiles, purpose=f"Sagsbehandling {cpr}"))
    control_id = ac.start_authorisation_control(vault, on=date(2024, 4, 1))
    items = ac.control_items(vault.db, control_id, limit=100)
    for item in items:
        if item.user_id == "DK100":
            ac.decide_authorisation(vault, item.id, "revoke", note="Profil 127 ikke nødvendig")
        else:
            ac.decide_authorisation(vault, item.id, "keep", note="Fortsat behov")
    for action in ac.actions(vault.db, control_id):
        ac.mark_action_done(vault, action.id, date(2024, 4, 2))
    ac.complete_authorisation_control(vault, control_id)
    return control_id


def test_authorisation_control_report(vault: Vault) -> None:
    control_id = _authorisation_control(vault)
    signing.create_authority_certificate(vault)
    made = control_reports.make_control_report(vault, control_id)
    assert made.kind == "authorisation-control"
    text = flat_text(made.pdf)
    assert "Autorisationskontrol nr." in text and "Øjebliksbillede af autorisationerne" in text
    assert "DK100" in text and "Anna Ågård" in text and "Borgerservice" in text
    assert "Følsom profil" in text and "Tilbagekaldes" in text and "Bevares" in text
    assert "Profil 127 ikke nødvendig" in text and "Udført" in text
    assert "02-04-2024" in text  # the action's done date
    assert not FULL_CPR.search(text), FULL_CPR.findall(text)
    stored, data = control_reports.sign_control_report(vault, made, password=PASSWORD)
    assert signing.verify_pdf(data).intact
    assert reports.check_regenerates(vault.db, stored.id)


# -- the CLI ------------------------------------------------------------------------------------


@pytest.fixture
def cli_vault(quarter: Vault, completed: int,  # noqa: F811
              monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, int]]:
    path = quarter.path
    quarter.lock("the CLI takes over")
    monkeypatch.setenv("CPRADMIN_VAULT", str(path))
    monkeypatch.setenv("CPRADMIN_USER", OFFICER)
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    umask = os.umask(0o077)
    os.umask(umask)
    yield path, completed
    os.umask(umask)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # main() hardens the process; undo for pytest


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(argv), out=out), out.getvalue()


def test_the_issue_form_is_report_control() -> None:
    assert cli.control_report_argv(["report", "12", "--pdf", "x"]) == [
        "report", "control", "12", "--pdf", "x"]
    assert cli.control_report_argv(["--vault", "v", "report", "3"]) == [
        "--vault", "v", "report", "control", "3"]
    assert cli.control_report_argv(["report", "list"]) == ["report", "list"]
    assert cli.control_report_argv(["logs", "report", "1"]) == ["logs", "report", "1"]


def test_cli_report_control_signed_end_to_end(cli_vault: tuple[Path, int],
                                              tmp_path: Path) -> None:
    _path, control_id = cli_vault
    assert run("report", "certificate", "create")[0] == 0
    target = tmp_path / "kontrol.pdf"
    code, out = run("report", str(control_id), "--pdf", str(target), "--sign")
    assert code == 0, out
    assert "kept in the vault as report #1" in out
    assert "Logkontrol nr." in flat_text(target.read_bytes())
    code, out = run("report", "verify", str(target), "--vault-certificates")
    assert code == 0 and "intact: yes" in out and "trusted: yes" in out
    code, out = run("report", "check", "1")
    assert code == 0 and "identical" in out
    english = tmp_path / "en.pdf"
    code, out = run("report", "control", str(control_id), "--pdf", str(english),
                    "--lang", "en")
    assert code == 0 and "Not signed" in out
    assert "Log control #" in flat_text(english.read_bytes())
    code, out = run("report", "evidence", str(control_id), "--xlsx", str(tmp_path / "e.xlsx"))
    assert code == 0 and (tmp_path / "e.xlsx").stat().st_size > 0
    assert (tmp_path / "e.xlsx").stat().st_mode & 0o077 == 0


def test_cli_refuses_to_sign_an_unknown_control(cli_vault: tuple[Path, int],
                                                tmp_path: Path) -> None:
    code, _out = run("report", "999", "--pdf", str(tmp_path / "x.pdf"))
    assert code != 0 and not (tmp_path / "x.pdf").exists()
