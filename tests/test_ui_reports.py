"""Printing, print preview and "Verify a report", with real Qt widgets (offscreen).

The printer is Qt's PDF printer writing into the test's folder; the printed file is read
back with pypdf (as many pages as the report). Modal dialogs are accepted or cancelled by a
timer, as a user would.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from cpradmin import audit, signing
from cpradmin.report_pdf import render
from cpradmin.ui import report_dialogs
from cpradmin.ui.context import ViewContext
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault
from tests.conftest import PASSWORD
from tests.test_report_pdf import sample_document

pytestmark = pytest.mark.skipif(not report_dialogs.qtpdf_available(),
                                reason="PySide6 without QtPdf")


@pytest.fixture(scope="module")
def report() -> bytes:
    return render(sample_document(rows=50, findings=4))


@pytest.fixture
def context(vault: Vault) -> Iterator[ViewContext]:
    yield ViewContext(vault, VaultWorker(inline=True))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # small pages: a fast test
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def answer_dialog(kind: type, accept: bool) -> None:
    """Accept or cancel the modal dialog of *kind* as soon as it shows."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            (dialog.accept if accept else dialog.reject)()
        else:
            QTimer.singleShot(20, act)
    QTimer.singleShot(20, act)


def test_the_pages_are_painted_onto_a_printer(report: bytes, tmp_path: Path,
                                              qtbot: QtBot) -> None:
    pages = report_dialogs.PdfPages(report)
    assert pages.count == page_count(report) >= 2
    target = tmp_path / "printed.pdf"
    assert pages.paint(pdf_printer(target)) == pages.count
    assert page_count(target.read_bytes()) == pages.count
    stopped = pdf_printer(tmp_path / "stopped.pdf")
    assert pages.paint(stopped, lambda done, _total: done < 1) == 0  # cancelled after one


def test_print_dialog_prints_and_is_audited(report: bytes, context: ViewContext,
                                            tmp_path: Path, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "print.pdf"
    answer_dialog(QPrintDialog, accept=True)
    assert report_dialogs.print_pdf(parent, report, title="Kontrol", context=context,
                                    printer=pdf_printer(target))
    assert page_count(target.read_bytes()) == page_count(report)
    entry = next(audit.entries(context.vault.db, newest_first=True, limit=1))
    assert entry.action == "report-printed" and entry.object == "Kontrol"
    assert entry.details_dict() == {"pages": page_count(report)}


def test_cancelling_the_print_dialog_prints_nothing(report: bytes, context: ViewContext,
                                                   tmp_path: Path, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "never.pdf"
    before = audit.head(context.vault.db)
    answer_dialog(QPrintDialog, accept=False)
    assert not report_dialogs.print_pdf(parent, report, context=context,
                                        printer=pdf_printer(target))
    assert not target.exists()
    assert audit.head(context.vault.db) == before


def test_print_preview_shows_every_page_and_records_nothing(
        report: bytes, context: ViewContext, qtbot: QtBot) -> None:
    before = audit.head(context.vault.db)
    dialog = report_dialogs.PdfPreviewDialog(report, None, title="Kontrol", context=context)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == page_count(report), timeout=10_000)
    assert dialog.page_count == page_count(report)
    assert audit.head(context.vault.db) == before  # looking is not printing
    dialog.close()


def test_verify_dialog(vault: Vault, context: ViewContext, report: bytes, tmp_path: Path,
                       qtbot: QtBot) -> None:
    signing.create_authority_certificate(vault)
    good = tmp_path / "signed.pdf"
    good.write_bytes(signing.sign_pdf(vault, report, password=PASSWORD))
    dialog = report_dialogs.VerifyReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.verify_file(good)
    assert dialog.result_value is not None and dialog.result_value.ok
    assert dialog.verdict.text().startswith("Valid")
    assert dialog.signer.text() == "Testkommune cpradmin signing"
    assert dialog.intact.text() == "Yes" and dialog.modified.text() == "No"
    assert dialog.trusted.text() == "Yes"
    assert "not been changed" in dialog.message.text()
    assert "signed.pdf" in dialog.file_label.text()

    bad = tmp_path / "bad.pdf"
    data = bytearray(good.read_bytes())
    data[len(report) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    dialog.verify_file(bad)
    assert not dialog.result_value.ok
    assert dialog.verdict.text() == "NOT valid."
    assert dialog.intact.text() == "No"

    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(report)
    dialog.verify_file(unsigned)
    assert dialog.signer.text() == "—" and "no digital signature" in dialog.message.text()


def test_verify_dialog_opens_from_its_function(context: ViewContext, qtbot: QtBot) -> None:
    dialog = report_dialogs.verify_report(context)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Verify a report"
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_certificates_dialog_creates_and_imports(context: ViewContext, qtbot: object,
                                                 tmp_path: Path) -> None:
    """An officer gets a signing certificate without the command line."""
    from cpradmin.ui.certificates_dialog import CertificatesDialog
    from tests.test_signing import p12_file

    dialog = CertificatesDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.create_button.isVisibleTo(dialog) and dialog.import_button.isVisibleTo(dialog)
    dialog.create()
    assert dialog.table.rowCount() == 1
    assert "cpradmin signing" in dialog.table.item(0, 0).text()
    data, _ca = p12_file(b"p12-secret", common_name="Pia Hansen")
    path = tmp_path / "pia.p12"
    path.write_bytes(data)
    dialog.import_file(str(path), "p12-secret")
    assert dialog.table.rowCount() == 2
    owners = {dialog.table.item(r, 1).text() for r in range(2)}
    assert context.vault.account.initials in owners
    info = signing.certificate_for_signing(context.vault)
    assert info.owner == context.vault.account.initials  # one's own comes first
