"""The obligations checklist: catalogue, assessments and history, review due, documents,
the CLI and the PDF, on a real vault."""

from __future__ import annotations

import argparse
import ast
import ctypes
import io
import os
import re
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest

from cpradmin import accounts, cli, obligations, registers, regulations, report_texts
from cpradmin.cli_obligations import add_parsers
from cpradmin.errors import CpradminError, PermissionDenied, ValidationError
from cpradmin.models.accounts import Role
from cpradmin.models.obligations import (
    CATALOGUE,
    SECTIONS,
    STATUS_DANISH,
    STATUS_LABELS,
    Evidence,
    Status,
    find,
    review_due,
)
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD

ROOT = Path(__file__).resolve().parents[1]
CPR_LIKE = re.compile(r"\d{6}-?\d{4}")
FULL_CPR = "0101901234"


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.moment = now

    def now(self) -> datetime:
        return self.moment


def _today(vault: Vault) -> date:
    return vault.clock.now().astimezone().date()


# -- the catalogue -----------------------------------------------------------------------------


def test_catalogue_covers_every_section_of_the_terms_that_binds_the_officer() -> None:
    assert [s.number for s in SECTIONS] == ["3", "4", "5", "6", "7", "8", "9"]
    for section in SECTIONS:
        items = [o for o in CATALOGUE if o.section == section.number]
        assert len(items) >= 3, section.number
        # numbered 1..n in order, no gaps
        assert [o.ref for o in items] == [f"{section.number}.{i}" for i in
                                          range(1, len(items) + 1)]
    refs = [o.ref for o in CATALOGUE]
    assert len(refs) == len(set(refs))
    for o in CATALOGUE:
        assert o.title and o.text and o.title_da and o.text_da, o.ref
        assert o.text != o.text_da and o.title != o.title_da, o.ref
        assert not CPR_LIKE.search(o.text + o.text_da)
    # the duties the brief names by topic are there
    texts = " ".join(o.text.lower() for o in CATALOGUE)
    for topic in ("every third month", "90 days", "ten idle minutes", "window envelopes",
                  "protected names and addresses", "ip address", "five failed attempts"):
        assert topic in texts, topic
    assert find("4.3") is not None and find("4.3").evidence is Evidence.AUTHORISATION_CONTROL
    assert find("10.1") is None
    assert set(STATUS_LABELS) == set(STATUS_DANISH) == set(Status)


def test_catalogue_texts_are_marked_for_translation_in_context_obligations() -> None:
    tree = ast.parse((ROOT / "cpradmin/models/obligations.py").read_text(encoding="utf-8"))
    marked = {node.args[1].value for node in ast.walk(tree)
              if isinstance(node, ast.Call) and getattr(node.func, "id", "") ==
              "QT_TRANSLATE_NOOP" and isinstance(node.args[1], ast.Constant)}
    contexts = {node.args[0].id if isinstance(node.args[0], ast.Name) else node.args[0].value
                for node in ast.walk(tree) if isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"}
    assert contexts == {"Obligations"}
    for o in CATALOGUE:
        assert o.title in marked and o.text in marked, o.ref
    for s in SECTIONS:
        assert s.title in marked


# -- review due ------------------------------------------------------------------------------


def test_review_due_after_a_year_across_the_year_end_and_in_leap_years() -> None:
    assert review_due(None, date(2025, 1, 1))
    assert not review_due(date(2024, 12, 31), date(2025, 12, 30))
    assert review_due(date(2024, 12, 31), date(2025, 12, 31))
    assert review_due(date(2024, 12, 31), date(2026, 1, 1))
    # reviewed on 29 February: due on 28 February the next year
    assert not review_due(date(2024, 2, 29), date(2025, 2, 27))
    assert review_due(date(2024, 2, 29), date(2025, 2, 28))
    # regulations approved after the review make it due at once; on the same day they do not
    assert review_due(date(2025, 3, 1), date(2025, 3, 10), regulations_approved=date(2025, 3, 2))
    assert not review_due(date(2025, 3, 2), date(2025, 3, 10),
                          regulations_approved=date(2025, 3, 2))
    assert not review_due(date(2025, 3, 5), date(2025, 3, 10),
                          regulations_approved=date(2024, 3, 2))


def test_checklist_review_due_follows_the_regulations_in_force(vault: Vault) -> None:
    today = _today(vault)
    obligations.assess(vault, "3.1", "met", reviewed_on=today - timedelta(days=30))
    obligations.assess(vault, "3.2", "met", reviewed_on=today - timedelta(days=400))
    items = {i.ref: i for i in obligations.checklist(vault.db, today)}
    assert not items["3.1"].review_due
    assert items["3.2"].review_due
    assert items["3.3"].review_due and items["3.3"].status is Status.NOT_ASSESSED
    regulations.add_version(vault, title="Regler", version="2",
                            approved_on=today - timedelta(days=10))
    items = {i.ref: i for i in obligations.checklist(vault.db, today)}
    assert items["3.1"].review_due  # reviewed before the new regulations were approved
    obligations.assess(vault, "3.1", "met")
    items = {i.ref: i for i in obligations.checklist(vault.db, today)}
    assert not items["3.1"].review_due
    counts, due = obligations.summary(items.values())
    assert counts[Status.MET] == 2 and due == len(CATALOGUE) - 1


# -- assessments and history -------------------------------------------------------------


def test_assessments_are_kept_as_history_and_audited(vault: Vault) -> None:
    today = _today(vault)
    first = obligations.assess(vault, "7.8", "not-met", "Hjemme-pc'er låser ikke selv",
                               reviewed_on=today - timedelta(days=3))
    second = obligations.assess(vault, "7.8", Status.MET, f"Politik udrullet, se {FULL_CPR}")
    assert second.id > first.id
    assert second.note == "Politik udrullet, se 010190-XXXX"  # masked when stored
    assert (second.reviewed_by, second.reviewer_name, second.reviewed_on) == (
        OFFICER, "Pia Holm", today)
    assert [a.status for a in obligations.history(vault.db, "7.8")] == [Status.MET,
                                                                       Status.NOT_MET]
    assert obligations.latest(vault.db)["7.8"].id == second.id
    rows = vault.db.execute(
        "SELECT action, object, details FROM audit_log WHERE action = 'obligation-assessed' "
        "ORDER BY seq").fetchall()
    assert [r[1] for r in rows] == ["obligation:7.8", "obligation:7.8"]
    assert '"status": "not-met"' in rows[0][2] and FULL_CPR not in rows[1][2]
    # append-only, whatever code runs against the file
    with pytest.raises(Exception, match="append-only"):
        vault.db.execute("UPDATE obligation_assessments SET status = 'met'")
    with pytest.raises(Exception, match="append-only"):
        vault.db.execute("DELETE FROM obligation_assessments")


def test_assess_refuses_bad_input(vault: Vault) -> None:
    with pytest.raises(ValidationError, match=r"no obligation 11\.1"):
        obligations.assess(vault, "11.1", "met")
    with pytest.raises(ValidationError, match="not a status"):
        obligations.assess(vault, "3.1", "fine")
    with pytest.raises(ValidationError, match="needs an explanation"):
        obligations.assess(vault, "3.1", "not-met", "  ")
    with pytest.raises(ValidationError, match="future"):
        obligations.assess(vault, "3.1", "met", reviewed_on=_today(vault) + timedelta(days=2))
    assert obligations.history(vault.db, "3.1") == []


def test_only_the_officer_assesses_deputies_read(vault: Vault) -> None:
    one_time = accounts.add_account(vault, initials="DP", name="Dorte Deputy",
                                    role=Role.DEPUTY, password_only=True)
    obligations.assess(vault, "4.3", "met", "Kontrolleret")
    deputy = Vault.login(vault.path, "DP", one_time)
    try:
        with pytest.raises(PermissionDenied):
            obligations.assess(deputy, "4.3", "not-met", "Nej")
        items = {i.ref: i for i in obligations.checklist(deputy.db, _today(deputy))}
        assert items["4.3"].status is Status.MET
    finally:
        deputy.lock("test")


def test_document_stored_encrypted_and_read_back_with_hash_checked(vault: Vault) -> None:
    content = b"HOME-WORKSTATION-POLICY-" + os.urandom(64) + b"-PLAINTEXT-MARKER" * 50
    done = obligations.assess(vault, "7.1", "met", "Retningslinjer godkendt",
                              document=content, file_name="hjemme.pdf")
    assert done.file_name == "hjemme.pdf" and done.size == len(content)
    assert done.sha256 and done.document_id is not None
    name, data = obligations.document(vault, done.document_id)
    assert (name, data) == ("hjemme.pdf", content)
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in vault.path.parent.iterdir():
        raw = path.read_bytes()
        assert b"PLAINTEXT-MARKER" not in raw and b"hjemme.pdf" not in raw, path.name
    # a later review without a document keeps the evidence; removing it detaches it
    again = obligations.assess(vault, "7.1", "met")
    assert again.document_id == done.document_id and again.sha256 == done.sha256
    removed = obligations.assess(vault, "7.1", "met", remove_document=True)
    assert removed.document_id is None and removed.file_name == ""
    assert obligations.history(vault.db, "7.1")[-1].sha256 == done.sha256
    last = vault.db.execute("SELECT action FROM audit_log WHERE action LIKE 'obligation-doc%' "
                            "ORDER BY seq DESC LIMIT 1").fetchone()
    assert last == ("obligation-document-opened",)


def test_document_with_a_wrong_hash_is_refused(vault: Vault) -> None:
    done = obligations.assess(vault, "7.1", "met", document=b"abc", file_name="a.txt")
    assert done.document_id is not None
    vault.db.execute("DROP TRIGGER obligation_documents_update_append_only")
    vault.db.execute("UPDATE obligation_documents SET document = ? WHERE id = ?",
                     (b"abd", done.document_id))
    with pytest.raises(ValidationError, match="does not match"):
        obligations.document(vault, done.document_id)


# -- hints -----------------------------------------------------------------------------------


def test_hints_come_from_the_records_not_the_status(vault: Vault) -> None:
    today = _today(vault)
    items = {i.ref: i for i in obligations.checklist(vault.db, today)}
    assert "never completed" in items["4.3"].hint.english()
    assert items["4.3"].status is Status.NOT_ASSESSED
    assert "No version of the internal regulations" in items["4.1"].hint.english()
    assert items["3.1"].hint is None
    assert "0 employees and 0 programs" in items["3.11"].hint.english()
    employee = registers.add_employee(vault, EmployeeInput(
        name="Ane Andersen", department="Løn", trained_on=today - timedelta(days=20)))
    uid = registers.add_user_id(vault, "KOMAA1", employee_id=employee.id)
    registers.grant_authorisation(vault, uid.id, AuthorisationInput(
        today - timedelta(days=5), today + timedelta(days=300)))
    regulations.add_version(vault, title="Regler", version="7", approved_on=today)
    vault.db.execute(
        "INSERT INTO controls (kind, type, period_start, period_end, status, created_at, "
        "created_by, completed_at, completed_by) VALUES ('authorisation', 'quarterly', ?, ?, "
        "'completed', ?, 'PH', ?, 'PH')",
        ((today - timedelta(days=90)).isoformat(), today.isoformat(),
         datetime.now(UTC).isoformat(), datetime.now(UTC).isoformat()))
    items = {i.ref: i for i in obligations.checklist(vault.db, today)}
    assert items["4.3"].hint.english().startswith(
        f"Authorisation control: last completed {today.isoformat()}")
    assert "version 7" in items["4.1"].hint.english()
    assert "1 employees and 0 programs" in items["3.11"].hint.english()
    assert items["3.7"].hint.english().startswith("1 of 1 employees")
    assert items["3.8"].hint.english().startswith("0 of 1 employees")
    assert all(i.status is Status.NOT_ASSESSED for i in items.values())


# -- the PDF ---------------------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["da", "en"])
def test_pdf_has_every_item_and_no_cpr_number(vault: Vault, lang: str) -> None:
    from cpradmin import obligations_report, reports

    assert "obligations" in reports.BUILDERS and obligations_report.obligations_report
    obligations.assess(vault, "8.3", "partly-met", f"Rudekuverter med {FULL_CPR} fundet",
                       document=b"evidence", file_name=f"scan {FULL_CPR}.pdf")
    obligations.assess(vault, "9.3", "met", "Beskyttelse vises i fagsystemet")
    made = reports.make_report(vault, "obligations", {"on": _today(vault).isoformat()},
                               lang=lang)
    text = pdf_text(made.pdf)
    flat = _flat(text)
    for o in CATALOGUE:
        title = o.title_da if lang == "da" else o.title
        assert re.search(rf"(^|\s){re.escape(o.ref)}\s", text), o.ref
        assert _flat(title)[:25] in flat, o.ref
    for s in SECTIONS:
        assert _flat(s.title_da if lang == "da" else s.title) in flat
    assert ("Delvist opfyldt" if lang == "da" else "Partly met") in flat
    assert "010190-XXXX" in flat
    assert not CPR_LIKE.search(text)
    meta = pypdf.PdfReader(io.BytesIO(made.pdf)).metadata
    assert not CPR_LIKE.search(" ".join(str(v) for k, v in meta.items()
                                        if k not in ("/CreationDate", "/ModDate")))
    assert ("Fortroligt" if lang == "da" else "Confidential") in flat
    if lang == "da":
        assert "Tjekliste over CPR-forpligtelser" in flat
        assert "aldrig gennemført i cpradmin" in flat  # the hint in Danish


def test_report_labels_have_danish_texts() -> None:
    found = []
    for path in (ROOT / "cpradmin/obligations_report.py", ROOT / "cpradmin/obligations.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in {"t", "label"} and isinstance(node.args[0], ast.Constant):
                found.append(node.args[0].value)
            if (name == "QT_TRANSLATE_NOOP" and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value == "Obligations"):
                found.append(node.args[1].value)  # the hints, printed in the report
    assert len(found) > 25
    missing = [text for text in found if text not in report_texts.DANISH]
    assert not missing, missing


# -- the CLI ---------------------------------------------------------------------------------


@pytest.fixture
def logged_in(monkeypatch: pytest.MonkeyPatch, vault_path: Path) -> Iterator[Path]:
    monkeypatch.setenv("CPRADMIN_USER", OFFICER)
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("CPRADMIN_VAULT", str(vault_path))
    umask = os.umask(0o077)
    os.umask(umask)
    yield vault_path
    os.umask(umask)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)


def run(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="cpradmin")
    parser.add_argument("--vault")
    add_parsers(parser.add_subparsers(dest="command"), cli._login)
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    try:
        code = args.handler(args, out)
    except CpradminError as exc:
        cli._print_rules(exc, err)
        code = exc.exit_code
    return code, out.getvalue(), err.getvalue()


def test_cli_assess_list_show_document_and_report(logged_in: Path, tmp_path: Path) -> None:
    evidence = tmp_path / "netplan.pdf"
    evidence.write_bytes(b"%PDF-1.4 network plan " * 20)
    code, out, err = run("obligations", "assess", "6.4", "--status", "met", "--note",
                         f"Adskilt VLAN, sag {FULL_CPR}", "--document", str(evidence))
    assert code == 0, err
    assert "6.4: met" in out and "netplan.pdf" in out
    code, out, err = run("obligations", "assess", "6.4", "--status", "not-met")
    assert code == 1 and "needs an explanation" in err
    code, out, _ = run("obligations", "list")
    assert code == 0
    assert re.search(r"^6\.4\s+met\s+\d{4}-\d\d-\d\d PH", out, re.M)
    assert "sag 010190-XXXX" in out and not CPR_LIKE.search(out)
    assert f"{len(CATALOGUE)} obligations on" in out and "met 1" in out
    assert "cpradmin: Authorisation control: never completed" in out
    code, out, _ = run("obligations", "list", "--due")
    assert "6.4 " not in out and "3.1 " in out
    code, out, _ = run("obligations", "show", "6.4")
    assert code == 0 and "Administrative network separated" in out and "#1" in out
    copy = tmp_path / "copy.pdf"
    code, out, err = run("obligations", "document", "6.4", "--out", str(copy))
    assert code == 0, err
    assert copy.read_bytes() == evidence.read_bytes()
    code, out, err = run("obligations", "document", "3.1", "--out", str(tmp_path / "x"))
    assert code == 1 and "No document" in err
    pdf = tmp_path / "out" / "tjekliste.pdf"
    pdf.parent.mkdir()
    code, out, err = run("obligations", "report", "--pdf", str(pdf), "--lang", "en")
    assert code == 0, err
    text = pdf_text(pdf.read_bytes())
    assert "Administrative network separated" in _flat(text)
    assert "Not signed" in out


def test_cli_through_main_and_signed_report(logged_in: Path, tmp_path: Path) -> None:
    vault = Vault.login(logged_in, OFFICER, PASSWORD)
    try:
        from cpradmin import signing

        signing.create_authority_certificate(vault)
    finally:
        vault.lock("test")
    out = io.StringIO()
    assert cli.main(["obligations", "assess", "3.1", "--status", "met"], out) == 0
    pdf = tmp_path / "signed.pdf"
    out = io.StringIO()
    assert cli.main(["obligations", "report", "--pdf", str(pdf), "--sign"], out) == 0
    assert "kept in the vault as report #" in out.getvalue()
    assert b"/ByteRange" in pdf.read_bytes()
    assert "Sikkerhedsansvarlig udpeget" in _flat(pdf_text(pdf.read_bytes()))
