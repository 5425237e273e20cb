"""Printing a report, previewing the print, and checking a signed report.

Reports exist as PDF bytes in memory (``cpradmin.report_pdf``); they are printed without
ever being written to a temporary file. Qt's own PDF module (``QtPdf``: PDFium inside Qt)
renders each page to an image that is painted onto the printer, so no outside program
(poppler, a PDF viewer) is needed at run time. Pages are rasterised at the printer's
resolution, at most ``MAX_PRINT_DPI`` (an A4 page at 300 dpi is a 35 MB image, at 1200 dpi
it would be 560 MB).

* :func:`print_pdf` shows ``QPrintDialog`` (printer, pages, copies) and prints;
* :func:`preview_pdf` shows ``QPrintPreviewDialog``, from which the officer can print;
* :class:`VerifyReportDialog` ("Verify a report") picks a PDF and shows who signed it,
  when, whether it is intact and whether it was changed after signing. The check runs on
  the vault's worker, with the vault's signing certificates as the trusted ones.

A print is an event the audit trail records (``report-printed``) when a ``ViewContext`` is
given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpradmin.models.cpr import redact_cpr
from cpradmin.report_texts import local_time
from cpradmin.ui import i18n
from cpradmin.ui.common import show_error
from cpradmin.ui.context import ViewContext

#: The highest resolution pages are rasterised at for printing.
MAX_PRINT_DPI = 300


def qtpdf_available() -> bool:
    """Whether this installation has Qt's PDF module (a bundle might leave it out)."""
    try:
        from PySide6 import QtPdf  # noqa: F401
    except ImportError:
        return False
    return True


class PdfPages:
    """A PDF held in memory, rendered page by page with ``QPdfDocument``."""

    def __init__(self, pdf_bytes: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument

        self._data = QByteArray(pdf_bytes)
        self._buffer = QBuffer(self._data)  # must live as long as the document
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Loading:
            loop = QEventLoop()
            self.document.statusChanged.connect(lambda _s: loop.quit())
            loop.exec()
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError("not a readable PDF")

    @property
    def count(self) -> int:
        return int(self.document.pageCount())

    def paint(self, printer: QPrinter,
              progress: Callable[[int, int], bool] | None = None) -> int:
        """Paint the pages the printer was asked for; returns how many were painted.

        *progress(done, total)* is called before each page; when it returns False the
        print job is aborted (nothing reaches the printer) and 0 is returned.
        """
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, self.count
        pages = range(max(first, 1) - 1, min(last, self.count))
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        painted = 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            scale_to_device = printer.resolution() / dpi
            for index in pages:
                if progress is not None and not progress(painted, len(pages)):
                    printer.abort()
                    return 0
                if painted:
                    printer.newPage()
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                size = self.document.pagePointSize(index)
                # Fit the page into the printable area, keeping its proportions.
                factor = min(area.width() / (size.width() / 72 * printer.resolution()),
                             area.height() / (size.height() / 72 * printer.resolution()), 1.0)
                width = size.width() / 72 * dpi * factor
                height = size.height() / 72 * dpi * factor
                image = self.document.render(index, QSize(round(width), round(height)))
                target = QRect(0, 0, round(width * scale_to_device),
                               round(height * scale_to_device))
                painter.drawImage(target, image)
                painted += 1
        finally:
            painter.end()
        return painted


def _no_qtpdf(parent: QWidget | None) -> None:
    title = QCoreApplication.translate("ReportDialogs", "Print")
    text = QCoreApplication.translate(
        "ReportDialogs",
        "This installation of cpradmin cannot print PDF documents (Qt's PDF module is "
        "missing). Save the report and print it from a PDF reader.")
    QMessageBox.warning(parent, title, text)


def _unreadable(parent: QWidget | None) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ReportDialogs", "Print"),
                        QCoreApplication.translate("ReportDialogs",
                                                   "The report could not be read."))


def _record_print(context: ViewContext | None, parent: QWidget | None, what: str,
                  pages: int) -> None:
    if context is not None:  # a refusal is shown over *parent* (or on its own)
        context.write(parent, lambda vault: vault.record(  # type: ignore[arg-type]
            "report-printed", what or None, {"pages": pages}))


def print_pdf(parent: QWidget | None, pdf_bytes: bytes, *, title: str = "",
              context: ViewContext | None = None, printer: QPrinter | None = None) -> bool:
    """Ask for a printer (``QPrintDialog``) and print; False if cancelled or impossible."""
    if not qtpdf_available():
        _no_qtpdf(parent)
        return False
    try:
        pages = PdfPages(pdf_bytes)
    except ValueError:
        _unreadable(parent)
        return False
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(redact_cpr(title) or "cpradmin")
    printer.setFromTo(1, pages.count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportDialogs", "Print report"))
    dialog.setMinMax(1, pages.count)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    # Each page is rasterised and handed to the printer (about half a second a page at
    # 300 dpi): a progress window with Cancel shows when it takes a while.
    waiting = QProgressDialog(QCoreApplication.translate("ReportDialogs", "Printing…"),
                              QCoreApplication.translate("ReportDialogs", "Cancel"),
                              0, pages.count, parent)
    waiting.setWindowTitle(QCoreApplication.translate("ReportDialogs", "Print report"))
    waiting.setWindowModality(Qt.WindowModality.WindowModal)
    waiting.setMinimumDuration(600)

    def step(done: int, total: int) -> bool:
        waiting.setMaximum(total)
        waiting.setValue(done)
        return not waiting.wasCanceled()

    try:
        painted = pages.paint(printer, step)
    except OSError as exc:
        show_error(parent, exc)
        return False
    finally:
        waiting.reset()
        waiting.deleteLater()
    if not painted:
        return False
    _record_print(context, parent, title, painted)
    return True


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview, drawing the report's pages; its Print button prints them."""

    def __init__(self, pdf_bytes: bytes, parent: QWidget | None = None, *, title: str = "",
                 context: ViewContext | None = None) -> None:
        self._pages = PdfPages(pdf_bytes)
        super().__init__(parent)
        self.setObjectName("PdfPreviewDialog")
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=redact_cpr(title))
                            if title else self.tr("Print preview"))
        self.printer().setDocName(redact_cpr(title) or "cpradmin")
        self._context, self._title = context, title
        self.paintRequested.connect(self._paint)
        self.resize(900, 1000)

    def _paint(self, printer: QPrinter) -> None:
        from PySide6.QtGui import QPaintEngine

        # The preview paints through Qt's preview engine (a picture); the dialog's Print
        # button paints the same way onto the real printer: only that is a print.
        engine = printer.paintEngine()
        previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
        painted = self._pages.paint(printer)
        if not previewing:
            _record_print(self._context, self, self._title, painted)

    @property
    def page_count(self) -> int:
        return self._pages.count


def preview_pdf(parent: QWidget | None, pdf_bytes: bytes, *, title: str = "",
                context: ViewContext | None = None) -> PdfPreviewDialog | None:
    """Open the print preview (modal to *parent*); None if this installation cannot."""
    if not qtpdf_available():
        _no_qtpdf(parent)
        return None
    try:
        dialog = PdfPreviewDialog(pdf_bytes, parent, title=title, context=context)
    except ValueError:
        _unreadable(parent)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# -- verifying ------------------------------------------------------------------------------


class VerifyReportDialog(QDialog):
    """"Verify a report": choose a PDF, see who signed it and whether it is unchanged."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VerifyReportDialog")
        self.setWindowTitle(self.tr("Verify a report"))
        self.setMinimumWidth(560)
        self._context = context
        self.result_value: Any = None

        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose a PDF…"))
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.signer = QLabel()
        self.signed_at = QLabel()
        self.intact = QLabel()
        self.modified = QLabel()
        self.trusted = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Signed by:"), self.signer)
        form.addRow(self.tr("Signed at:"), self.signed_at)
        form.addRow(self.tr("Intact:"), self.intact)
        form.addRow(self.tr("Changed after signing:"), self.modified)
        form.addRow(self.tr("Trusted certificate:"), self.trusted)
        form.addRow(self.tr("Certificate SHA-256:"), self.fingerprint)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a signed report"), "", self.tr("PDF documents (*.pdf)"))
        if path:
            self.verify_file(Path(path))

    def verify_file(self, path: Path) -> None:
        """Check *path* on the worker, with the vault's certificates as the trusted ones."""
        from cpradmin import signing

        self.file_label.setText(redact_cpr(str(path)))
        self.verdict.setText(self.tr("Checking…"))

        def job(_operation: Any) -> Any:
            data = path.read_bytes()
            vault = self._context.vault
            return signing.verify_pdf(data, signing.trusted_certificates(vault.db))

        def failed(exc: BaseException) -> None:
            self.verdict.setText(self.tr("The file could not be checked."))
            show_error(self, exc)

        self._context.worker.submit(job, self.show_result, failed)

    def _yes_no(self, flag: bool) -> str:
        return self.tr("Yes") if flag else self.tr("No")

    def show_result(self, result: Any) -> None:
        self.result_value = result
        if result.ok:
            self.verdict.setText(self.tr("Valid: signed, intact and unchanged since signing."))
            self.verdict.setStyleSheet("color: #1b6e2d;")
        else:
            self.verdict.setText(self.tr("NOT valid."))
            self.verdict.setStyleSheet("color: #b00020;")
        self.signer.setText(result.signer or "—")
        if result.signed_at is not None:
            local: datetime = local_time(result.signed_at)
            self.signed_at.setText(local.strftime("%Y-%m-%d %H:%M:%S"))
        else:
            self.signed_at.setText("—")
        self.intact.setText(self._yes_no(result.intact and result.valid) if result.signed else "—")
        self.modified.setText(self._yes_no(result.modified_after_signing) if result.signed else "—")
        self.trusted.setText(self._yes_no(result.trusted) if result.signed else "—")
        self.fingerprint.setText(result.fingerprint or "—")
        lines = [i18n.text(result.message)]
        if result.signed:
            lines.append(i18n.text(result.trust_message))
        self.message.setText("\n".join(lines))


def verify_report(context: ViewContext, parent: QWidget | None = None) -> VerifyReportDialog:
    """Open "Verify a report" (modal to *parent*)."""
    dialog = VerifyReportDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
