"""The report engine and the register reports, read back from the PDF (pypdf and pdftotext).

Every test parses the real PDF: the items are there, Danish letters survive, every page has
its number and the confidentiality footer, no CPR number is in the text, the metadata or the
bookmarks, and the same document gives the same bytes (in another process too).
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import string
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest

from cpradmin import registers, report_pdf, report_texts, reports, unlocks
from cpradmin.models.registers import VERIFICATION_LABELS, Verification
from cpradmin.report_pdf import (
    AuditAnchor,
    BarChart,
    ChartSeries,
    DataTable,
    Digest,
    Finding,
    Findings,
    Heading,
    KeyValues,
    ReportDocument,
    ReportError,
    SignatureBlock,
    Source,
    Sources,
    Text,
    render,
)
from cpradmin.vault import Vault

ROOT = Path(__file__).resolve().parents[1]
CPR_LIKE = re.compile(r"\d{6}-?\d{4}")
FULL_CPR = "0101901234"
# Digests without ten digits in a row, so the CPR scan cannot trip over them.
SOURCE_SHA = "ab" * 32
HEAD_SHA = "cd" * 32
CREATED = datetime(2025, 4, 1, 10, 30, tzinfo=UTC)
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler-utils not installed")


# -- helpers (test_signing and test_ui_reports use them too) --------------------------------


def sample_document(lang: str = "da", *, rows: int = 60, findings: int = 12,
                    cpr: str = FULL_CPR, created: datetime = CREATED) -> ReportDocument:
    """One of every section, a CPR number planted in every kind of text."""
    dashed = f"{cpr[:6]}-{cpr[6:]}"
    return ReportDocument(
        title=f"Logkontrol æøå ÆØÅ {dashed}",
        authority=f"Testkommune {cpr}",
        language=lang,  # type: ignore[arg-type]
        created=created,
        period=(date(2025, 1, 1), date(2025, 3, 31)),
        author=f"Pia Holm {cpr}",
        subject=f"Kontrol {dashed}",
        keywords=("cpradmin", dashed),
        sections=(
            Heading(f"Indledning {dashed}"),
            Text(f"Personen {dashed} og {cpr[:6]} {cpr[6:]} blev slået op.\nNy linje."),
            KeyValues(((f"Nøgle {cpr}", f"Værdi {dashed}"), ("Antal", 123456),
                       ("Dato", date(2025, 4, 1)))),
            DataTable(("Bruger-id", "Person", "Antal", "Tidspunkt"),
                      [(f"U{i:03d}", f"Navn {dashed}" if i % 7 == 0 else f"Navn {i}", i * 10,
                        datetime(2025, 2, 1, 8, i % 60, tzinfo=UTC)) for i in range(rows)],
                      title=f"Opslag {dashed}"),
            BarChart(f"Opslag pr. bruger {dashed}", ("U001", f"U {dashed}", "U003"),
                     (ChartSeries(f"Opslag {cpr}", (3.0, 5.0, 8.0)),
                      ChartSeries("Andet", (1.0, 2.0, 0.0)))),
            Heading("Fund", 1),
            Findings([Finding(f"Opslag uden sag {i}", f"Opslag på {dashed} uden sag.", "high",
                              (("Bruger", f"U{i:03d}"), ("CPR", dashed)),
                              decision=f"Godkendt, sag om {cpr}", decided_by="PH",
                              decided_at=date(2025, 4, 2)) for i in range(findings)]),
            Sources((Source(f"log-{cpr}.csv", 1000, SOURCE_SHA),)),
            AuditAnchor(4321, HEAD_SHA),
            SignatureBlock(f"Pia Holm {dashed}", "sikkerhedsansvarlig"),
        ),
    )


def grouped(digest: str) -> str:
    """A digest as reports print it: groups of eight."""
    return " ".join(digest[i:i + 8] for i in range(0, len(digest), 8))


def pdf_text(data: bytes) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def flat_text(data: bytes) -> str:
    """All pages' text with runs of white space as one space (table cells wrap)."""
    return " ".join("\n".join(pdf_text(data)).split())


def poppler_text(data: bytes) -> str:
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data,
                            capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def metadata_and_outline(data: bytes) -> str:
    """Every metadata text and bookmark title. The two PDF dates (``D:YYYYMMDDHHmmSS``) are
    left out: fourteen digits in a row would match any CPR pattern without boundaries; their
    format is checked in ``test_same_document_same_bytes_and_the_date_is_the_documents``."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    meta = reader.metadata or {}
    texts = [str(v) for k, v in meta.items() if k not in ("/CreationDate", "/ModDate")]

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                texts.append(str(item.title))

    walk(reader.outline)
    return "\n".join(texts)


def raw_strings(data: bytes) -> str:
    """Every uncompressed byte and every decompressed stream, as Latin-1 text."""
    import zlib

    parts = [data.decode("latin-1")]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        with contextlib.suppress(zlib.error):
            parts.append(zlib.decompress(match.group(1)).decode("latin-1"))
    return "\n".join(parts)


# -- the engine ----------------------------------------------------------------------------------


def test_every_item_is_in_the_pdf_with_page_numbers_and_footer() -> None:
    data = render(sample_document("da"))
    pages = pdf_text(data)
    assert len(pages) >= 3
    everything = "\n".join(pages)
    for expected in ("Logkontrol æøå ÆØÅ", "Myndighed", "Periode",
                     "1. januar 2025 – 31. marts 2025", "Udarbejdet", "01-04-2025 12:30",
                     "Indledning", "Ny linje", "123.456", "Opslag pr. bruger", "Fund",
                     "Opslag uden sag 11", "Godkendt, sag om", "Kilder", "Kilde", "Rækker",
                     grouped(SOURCE_SHA), "Revisionsspor ved underskrift", "4.321",
                     grouped(HEAD_SHA),
                     "Underskrift", "Sted og dato", "Pia Holm", "sikkerhedsansvarlig"):
        assert expected in everything, expected
    for number, text in enumerate(pages, start=1):
        assert "Fortroligt — indeholder personoplysninger" in text
        assert f"Side {number} af {len(pages)}" in text
    # Every heading is a bookmark to the page it is on.
    reader = pypdf.PdfReader(io.BytesIO(data))
    marks = {str(m.title): reader.get_destination_page_number(m)
             for m in reader.outline if not isinstance(m, list)}
    assert marks["Indledning 010190-XXXX"] == 0
    assert marks["Underskrift"] == len(pages) - 1
    assert 0 < marks["Fund"] <= marks["Kilder"] <= len(pages) - 1
    assert "Fund" in pages[marks["Fund"]] and "Kilder" in pages[marks["Kilder"]]


def test_english_labels_and_number_formats() -> None:
    pages = pdf_text(render(sample_document("en")))
    everything = "\n".join(pages)
    for expected in ("Authority", "1 January 2025 – 31 March 2025", "2025-04-01 12:30",
                     "123,456", "Sources", "Audit trail at signing", "4,321", "Place and date"):
        assert expected in everything, expected
    assert all("Confidential — contains personal data" in p for p in pages)
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_a_long_table_splits_across_pages_with_its_header_repeated() -> None:
    data = render(sample_document(rows=200, findings=0))
    pages = pdf_text(data)
    with_rows = [p for p in pages if re.search(r"U1\d\d", p)]
    assert len(with_rows) >= 2
    assert all("Bruger-id" in p and "Tidspunkt" in p for p in with_rows)
    everything = "\n".join(pages)
    assert all(f"U{i:03d}" in everything for i in range(200))


def test_no_cpr_number_reaches_text_metadata_bookmarks_or_streams() -> None:
    data = render(sample_document())
    text = "\n".join(pdf_text(data))
    assert "010190-XXXX" in text  # masked where it was
    assert not CPR_LIKE.search(text), CPR_LIKE.findall(text)
    meta = metadata_and_outline(data)
    assert "Indledning" in meta and "Fund" in meta  # the bookmarks are there
    assert "Logkontrol" in meta and "cpradmin" in meta
    assert not CPR_LIKE.search(meta), meta
    assert FULL_CPR not in raw_strings(data)


@needs_pdftotext
def test_poppler_reads_the_same_masked_text() -> None:
    text = poppler_text(render(sample_document()))
    assert "Logkontrol æøå ÆØÅ" in text and "Fortroligt — indeholder personoplysninger" in text
    assert not CPR_LIKE.search(text)


def test_the_final_guard_refuses_what_masking_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the masking switched off, the canvas guard still refuses to draw a CPR number."""
    monkeypatch.setattr(report_pdf, "clean", lambda text: "" if text is None else str(text))
    plain = ReportDocument("Kontrol", "Testkommune", "da", CREATED,
                           (Text("Intet at se her."),))
    render(plain)  # the guard lets ordinary text through
    for leak in (
        replace(plain, sections=(Text(f"CPR {FULL_CPR}"),)),
        replace(plain, sections=(DataTable(("A",), [("010190 1234",)]),)),
        replace(plain, title=f"Kontrol {FULL_CPR}"),  # metadata and page header
        replace(plain, keywords=("010190-1234",)),  # metadata only
        replace(plain, sections=(Findings([Finding("x", decided_by=FULL_CPR)]),)),
    ):
        with pytest.raises(ReportError, match="CPR number unmasked"):
            render(leak)


def test_digests_are_shown_whole_in_groups_but_only_exact_digests() -> None:
    digest = "a0123456789" + "b" * 53  # ten digits in a row: would look like a CPR number
    data = render(ReportDocument("Kilder", "Testkommune", "da", CREATED, (
        Sources((Source("fil.csv", 3, digest),)), Text(f"Ikke en hash: x{digest[1:11]}x"))))
    text = "\n".join(pdf_text(data))
    assert "a0123456 789bbbbb" in text and grouped(digest) in text
    assert "x012345-XXXXx" in text
    assert not CPR_LIKE.search(text)
    with pytest.raises(ValueError):
        Digest("0101901234")


def test_same_document_same_bytes_and_the_date_is_the_documents() -> None:
    document = sample_document()
    first = render(document)
    assert render(document) == first
    later = render(replace(document, created=CREATED + timedelta(days=1)))
    assert later != first
    info = pypdf.PdfReader(io.BytesIO(first)).metadata
    assert info is not None
    assert str(info["/CreationDate"]) == str(info["/ModDate"]) == "D:20250401103000+00'00'"
    # The file ID is a digest of the content, not of the time of day.
    ids = {str(pypdf.PdfReader(io.BytesIO(d)).trailer["/ID"][0])
           for d in (first, later, render(replace(document, title="Andet")))}
    assert len(ids) == 3


def test_same_bytes_in_another_process() -> None:
    script = (
        "import hashlib, sys\n"
        "from tests.test_report_pdf import sample_document\n"
        "from cpradmin.report_pdf import render\n"
        "sys.stdout.write(hashlib.sha256(render(sample_document())).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout == hashlib.sha256(render(sample_document())).hexdigest()


def test_empty_sections_say_so() -> None:
    data = render(ReportDocument("Tom", "Testkommune", "en", CREATED, (
        DataTable(("A", "B"), []), Findings([]), Sources(()),
        BarChart("Nothing", (), ()))))
    text = "\n".join(pdf_text(data))
    assert "No rows." in text and "No findings." in text and "No sources." in text


def test_file_names_are_masked_and_safe() -> None:
    name = report_pdf.file_name("Testkommune", f"Kontrol {FULL_CPR}/../x", "2025-04-01")
    assert name.endswith(".pdf") and "/" not in name and ".." not in name.replace(".pdf", "")
    assert not CPR_LIKE.search(name)
    assert "010190-XXXX" in name


# -- the label table ----------------------------------------------------------------------------


def _tr_calls() -> list[tuple[str, int, str]]:
    found = []
    for path in [*(ROOT / "cpradmin").glob("report*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(
                    node.func, "attr", None)) in {"label", "t"} and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append((path.name, node.lineno, node.args[0].value))
    return found


def test_every_report_label_has_a_danish_text() -> None:
    calls = _tr_calls()
    assert len(calls) > 80
    missing = [f"{f}:{n}: {text!r}" for f, n, text in calls if text not in report_texts.DANISH]
    assert not missing, "\n".join(missing)
    labels = [VERIFICATION_LABELS[v] for v in Verification]
    assert all(label in report_texts.DANISH for label in labels)


def test_danish_texts_keep_their_placeholders() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    bad = [k for k, v in report_texts.DANISH.items() if fields(k) != fields(v)]
    assert not bad, bad


# -- the register reports --------------------------------------------------------------------


def _people(vault: Vault) -> None:
    """Two employees (one left, one with profile 127 and no expiry) and a program."""
    today = vault.clock.now().date()
    anna = registers.add_employee(vault, registers.EmployeeInput(
        name="Anna Ågård", department="Borgerservice", cpr="010190-1234",
        trained_on=today - timedelta(days=30), acknowledged_on=today - timedelta(days=30)))
    bo = registers.add_employee(vault, registers.EmployeeInput(
        name="Bo Østergaard 0202804321", department="Jobcenter",
        employed_to=today - timedelta(days=10)))
    for person, user, expires, profiles in ((anna, "DK100", None, ("127",)),
                                            (bo, "DK200", today + timedelta(days=10), ())):
        uid = registers.add_user_id(vault, user, employee_id=person.id)
        registers.grant_authorisation(vault, uid.id, registers.AuthorisationInput(
            granted_on=today - timedelta(days=100), expires_on=expires,
            transaction_types=("PERSON", "ADRSOG"), profiles=profiles,
            purpose=f"Sagsbehandling af {FULL_CPR}"))
    program = registers.add_program(vault, name="Lønsystem", supplier="KMD",
                                    system_user_id="SYS01")
    uid = registers.get_user_id(vault.db, "SYS01")
    assert uid is not None and program.id
    registers.grant_authorisation(vault, uid.id, registers.AuthorisationInput(
        granted_on=today - timedelta(days=5), expires_on=today + timedelta(days=300),
        transaction_types=("PERSON",)))
    old = registers.add_user_id(vault, "DK300", employee_id=anna.id)
    registers.grant_authorisation(vault, old.id, registers.AuthorisationInput(
        granted_on=today - timedelta(days=400), expires_on=today - timedelta(days=1)))


def test_access_list_report(vault: Vault) -> None:
    _people(vault)
    today = vault.clock.now().date()
    document = reports.access_list_report(vault.db, on=today, lang="da")
    data = render(document)
    text = flat_text(data)
    for expected in ("Medarbejdere og programmer med CPR-adgang", "Testkommune",
                     "Anna Ågård", "DK100", "Bo Østergaard 020280-XXXX", "DK200", "Lønsystem",
                     "SYS01", "KMD", "Gældende autorisationer", "Er fratrådt, men har en "
                     "gældende autorisation", "Autorisation uden udløbsdato", "Følsom profil",
                     "Autorisation udløber inden for 30 dage", "CPR-undervisning mangler",
                     "Register: medarbejdere og bruger-id'er", "Autorisationer pr. afdeling"):
        assert expected in text, expected
    assert "DK300" not in text  # expired yesterday: not in force today
    assert not CPR_LIKE.search(text)
    stats = dict(next(s for s in document.sections if isinstance(s, KeyValues)).rows)
    assert stats["Gældende autorisationer"] == 3
    assert stats["Medarbejdere med adgang"] == 2 and stats["Programmer med adgang"] == 1
    assert stats["Fratrådte medarbejdere"] == 1
    findings = next(s for s in document.sections if isinstance(s, Findings)).items
    assert findings[0].severity == "high"  # the leaver first


def test_unlock_register_report(vault: Vault) -> None:
    _people(vault)
    unlocker = unlocks.authorise_unlocker(vault, name="Kim Kvist", account=None,
                                          authorised_from=date(2025, 1, 1),
                                          authorised_to=date(2025, 2, 28))
    unlocks.record_lockout(vault, "DK100", datetime(2025, 1, 10, 9, 15))
    unlocks.record_unlock(vault, "DK100", unlocked_at=datetime(2025, 1, 10, 9, 40),
                          verification=Verification.CALL_BACK, unlocker_id=unlocker.id)
    unlocks.record_unlock(vault, "DK200", unlocked_at=datetime(2025, 2, 3, 14, 0),
                          verification=Verification.OTHER,
                          note=f"Kendt stemme, CPR {FULL_CPR}")
    unlocks.record_lockout(vault, "DK100", datetime(2025, 3, 30, 16, 0))
    unlocks.record_lockout(vault, "SYS01", datetime(2025, 5, 2, 8, 0))  # after the period
    document = reports.unlock_register_report(vault.db, start=date(2025, 1, 1),
                                              end=date(2025, 3, 31), lang="en")
    text = flat_text(render(document))
    for expected in ("Unlock register 1 January 2025 – 31 March 2025", "Kim Kvist",
                     "2025-01-10 09:15", "2025-01-10 09:40", "Call-back to a known number",
                     "Other (see note)", "Identity verified in another way",
                     "User ID still locked", "Lockouts per month", "Findings",
                     "Register: lockouts and unlocks"):
        assert expected in text, expected
    assert "SYS01" not in text
    assert not CPR_LIKE.search(text)
    stats = dict(next(s for s in document.sections if isinstance(s, KeyValues)).rows)
    assert stats == {"Lockouts in the period": 3, "Unlocked in the period": 2,
                     "Still locked at the end of the period": 1,
                     "Unlocked by a person not authorised that day": 0}
    chart = next(s for s in document.sections if isinstance(s, BarChart))
    assert chart.series[0].values == (1.0, 1.0, 1.0)  # DK200 locked and unlocked in February


def test_a_report_made_again_from_its_parameters_is_identical(vault: Vault) -> None:
    _people(vault)
    made = reports.make_report(vault, "access", {"on": vault.clock.now().date().isoformat()})
    vault.record("something-else")  # the trail moves on; the stored anchor does not
    assert reports.regenerate(vault.db, json.loads(json.dumps(made.parameters))) == made.pdf
    assert not CPR_LIKE.search(made.file_name)
    registers.add_employee(vault, registers.EmployeeInput(name="Ny Medarbejder"))
    assert reports.regenerate(vault.db, made.parameters) == made.pdf  # no access: same rows
    uid = registers.get_user_id(vault.db, "DK100")
    assert uid is not None
    auth = registers.authorisations_of(vault.db, uid.id)[0]
    registers.revoke_authorisation(vault, auth.id, vault.clock.now().date() - timedelta(days=1),
                                   "Stopped")
    assert reports.regenerate(vault.db, made.parameters) != made.pdf
