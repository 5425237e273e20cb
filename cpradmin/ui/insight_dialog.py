"""An insight request (GDPR art. 15): one person's CPR number and a period; a preview of the
lookups concerning the person (time, transaction type, the authority's purpose) without
employee names or user IDs; then the export for the reply.

The CPR number is checked as it is typed (``models.cpr.parse_cpr``) and shown as dots once
the field loses focus (as in the watchlist). Everything after that uses the core's report,
which keeps only the masked number. The preview is itself recorded in the audit trail (a look
into who searched for the person); the export asks for the password again and is recorded
with the masked number. Changing the number or the period clears the preview, so the file
written is always the report on screen.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.insight import (
    InsightExport,
    InsightLookup,
    InsightReport,
    export_insight,
    insight_request,
    note_text,
    purpose_text,
    record_preview,
)
from cpradmin.models.cpr import CprError, parse_cpr, redact_cpr
from cpradmin.ui import i18n
from cpradmin.ui.common import push_button
from cpradmin.ui.context import ViewContext
from cpradmin.ui.progress import ProgressDialog
from cpradmin.ui.table_model import RowsModel, rows_table
from cpradmin.ui.worker import Operation

SETTINGS_FOLDER = "insight/last_folder"
_ALERT_TEXT = "#b00020"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InsightModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("InsightModel", "Date"),
        QT_TRANSLATE_NOOP("InsightModel", "Time"),
        QT_TRANSLATE_NOOP("InsightModel", "Transaction"),
        QT_TRANSLATE_NOOP("InsightModel", "Purpose"),
        QT_TRANSLATE_NOOP("InsightModel", "Note"),
    )

    def display(self, row: InsightLookup, column: int) -> Any:
        lang = "da" if i18n.chosen_language() == "da" else "en"
        values = (f"{row.at:%Y-%m-%d}", f"{row.at:%H:%M:%S}", row.transaction,
                  purpose_text(row, lang), note_text(row, lang))
        return values[column]

    def decoration(self, index: Any, role: int) -> Any:
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and row.basis == "unknown":
            return QColor(_ALERT_TEXT)
        return None


class InsightDialog(QDialog):
    """CPR number, period, preview, export."""

    #: The reply file was written (the core's ``InsightExport``).
    exported = Signal(object)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("InsightDialog")
        self.setWindowTitle(self.tr("Insight request"))
        self.setMinimumWidth(640)
        self.report: InsightReport | None = None
        self.progress: ProgressDialog | None = None
        self.result: InsightExport | None = None
        self._valid = False

        self.cpr = QLineEdit()
        self.cpr.setObjectName("cpr")
        self.cpr.setPlaceholderText(self.tr("DDMMYY-SSSS"))
        self.cpr.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.cpr.setMaxLength(13)
        self.cpr_status = QLabel()
        self.cpr_status.setObjectName("cprStatus")
        self.cpr_status.setWordWrap(True)
        self.cpr_status.setTextFormat(Qt.TextFormat.PlainText)
        today = context.vault.clock.now().astimezone().date()
        self.start = QDateEdit(_qdate(today - timedelta(days=365)))
        self.start.setObjectName("start")
        self.end = QDateEdit(_qdate(today))
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self._changed())
        form = QFormLayout()
        form.addRow(self.tr("The person's &CPR number:"), self.cpr)
        form.addRow("", self.cpr_status)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)

        self.summary = QLabel(self.tr(
            "The preview lists every lookup concerning the person in the imported logs: date, "
            "time, transaction type and the authority's purpose. Employees' names and user "
            "IDs are not shown and not exported."))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = InsightModel()
        self.table = rows_table(self.model, "lookups")

        self.preview_button = push_button(self.tr("&Show lookups"), "preview", self.preview)
        self.preview_button.setDefault(True)
        self.export_button = push_button(self.tr("&Export…"), "export", self.choose_file)
        self.close_button = push_button(self.tr("Close"), "close", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.cpr.textChanged.connect(lambda _t: self._changed())
        self._changed()


    # -- input -------------------------------------------------------------------------------

    def cpr_problem(self) -> str | None:
        """Why the typed number is not accepted (never quoting it); None if valid."""
        try:
            number = parse_cpr(self.cpr.text(),
                               today=self.context.vault.clock.now().astimezone().date())
        except CprError as exc:
            return i18n.text(exc.message)
        self.cpr_status.setText("\n".join(i18n.text(w) for w in number.warnings))
        return None

    def period(self) -> tuple[date, date]:
        return _pydate(self.start.date()), _pydate(self.end.date())

    @property
    def busy(self) -> bool:
        return self.progress is not None and self.progress.running

    def _changed(self) -> None:
        """New input: the preview no longer matches it."""
        typed = bool(self.cpr.text().strip())
        problem = self.cpr_problem() if typed else None
        if problem is not None or not typed:
            self.cpr_status.setText(problem or "")
        self.cpr_status.setStyleSheet(f"color: {_ALERT_TEXT};" if problem else "")
        start, end = self.period()
        if self.report is not None:
            self.report = None
            self.model.set_rows([])
            self.summary.setText(self.tr("Press Show lookups to see the lookups again."))
        self._valid = typed and problem is None and start <= end
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(self._valid and not self.busy)
        self.export_button.setEnabled(self.report is not None and not self.busy)

    # -- preview -----------------------------------------------------------------------------

    def preview(self) -> None:
        """Find the lookups on the worker (the (cpr, ts) index: milliseconds)."""
        if not self._valid or self.busy:
            return
        cpr, (start, end), vault = self.cpr.text(), self.period(), self.context.vault

        def job(_operation: Operation) -> InsightReport:
            report = insight_request(vault.db, cpr, start, end)
            record_preview(vault, report)
            return report

        # It writes one audit entry at the end, so it cannot be cancelled half-way.
        self.progress = ProgressDialog(self.context, self, title=self.windowTitle(),
                                       text=self.tr("Finding the lookups…"), cancellable=False)
        self.progress.ended.connect(lambda _state: self._update_buttons())
        self.progress.run(job, self.show_report)
        self._update_buttons()

    def show_report(self, report: InsightReport) -> None:
        self.report = report
        self.model.set_rows(list(report.lookups))
        lines = [self.tr("{count} lookup(s) concerning {cpr} from {start} to {end}.").format(
            count=len(report.lookups), cpr=report.masked_cpr, start=report.start.isoformat(),
            end=report.end.isoformat())]
        if report.without_purpose:
            lines.append(self.tr(
                "{count} lookup(s) have no registered purpose (the user ID is not in the "
                "register, or it has no authorisation, program or department): find the "
                "purpose before the reply is sent.").format(count=report.without_purpose))
        if any(x.ambiguous for x in report.lookups):
            lines.append(self.tr("Times in the hour the clocks go back may be summer or "
                                 "winter time; they are marked."))
        self.summary.setText("\n".join(lines))
        self._update_buttons()

    # -- export ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        report = self.report
        if report is None or self.busy:
            return
        settings = QSettings()
        folder = Path(str(settings.value(SETTINGS_FOLDER, "", type=str) or Path.home()))
        suggested = folder / (self.tr("Insight {cpr} {today}").format(
            cpr=report.masked_cpr.replace("-", " "),
            today=self.context.vault.clock.now().astimezone().date().isoformat()) + ".xlsx")
        name, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the insight reply to"), str(suggested),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".csv" if "*.csv" in chosen_filter else ".xlsx")
        settings.setValue(SETTINGS_FOLDER, str(path.parent))
        self.export_to(path)

    def export_to(self, path: Path | str) -> bool:
        """Export the report shown to *path* (.xlsx or .csv) after the password is typed
        again; False if refused here. Tests call this instead of the file dialog."""
        report, path = self.report, Path(path)
        if report is None or self.busy:
            return False
        if path.suffix.lower() not in (".xlsx", ".csv"):
            self._problem(self.tr("Export to a file ending in .xlsx or .csv."))
            return False
        if not self.context.confirm_password(self, self.tr(
                "Export the lookups concerning {cpr} to {file}.").format(
                    cpr=report.masked_cpr, file=redact_cpr(str(path)))):
            return False
        vault = self.context.vault
        lang = "da" if i18n.chosen_language() == "da" else "en"

        def job(_operation: Operation) -> InsightExport:
            return export_insight(vault, report, path, lang=lang)

        def done(result: InsightExport) -> None:
            self.result = result
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr(
                "{count} lookup(s) were exported to {file}. The CPR number is masked in the "
                "file; it still holds personal data: store it safely and delete it when the "
                "reply has been sent. The export is recorded in the audit trail.").format(
                    count=result.lookups, file=redact_cpr(result.path.name)))
            self.exported.emit(result)

        self.progress = ProgressDialog(self.context, self, title=self.windowTitle(),
                                       text=self.tr("Exporting to {file}…").format(
                                           file=redact_cpr(path.name)), cancellable=False)
        self.progress.ended.connect(lambda _state: self._update_buttons())
        self.progress.run(job, done)
        self._update_buttons()
        return True

    def _problem(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {_ALERT_TEXT};")

    def done(self, result: int) -> None:
        """Closing clears the typed number; a running job's window goes with this one."""
        if self.progress is not None and self.progress.running:
            self.progress.dismiss()
        self.cpr.clear()
        super().done(result)
