"""Importing a CPR or system log, the CPR office's transaction statistics, or a case file.

One dialog for the three files of the log control (issue 4, items 1-4):

* a **log** runs ``log_import.import_log`` on the vault's worker with a progress window
  (rows, rows/s, time left) whose Cancel rolls the whole import back. When the file's headers
  are not recognised the column-mapping dialog opens (``column_mapping``): the mapping is saved
  as a profile and the import retried with it;
* **transaction statistics** run ``import_statistics`` and then ``compare_statistics`` over the
  period the file covers: every difference between the CPR office's counts and the imported
  log is listed;
* a **case file** runs ``import_cases``.

Afterwards the dialog shows what was read, accepted, rejected, already held and added, the
period, and every rejected row with file, line, column and reason (the core masks CPR numbers
in them), in a table that can be copied. A file imported before is refused by the core; the
dialog says so in plain words and nothing is written.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpradmin import log_queries
from cpradmin.errors import CpradminError, ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.log_import import (
    LogImportResult,
    RowError,
    StatisticsDifference,
    compare_statistics,
    import_cases,
    import_log,
    import_statistics,
    list_profiles,
    save_profile,
)
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.dates import parse_date
from cpradmin.models.logs import LogProfile, Source
from cpradmin.tabular import shown_name
from cpradmin.ui import i18n
from cpradmin.ui.column_mapping import ColumnMappingDialog, read_preview
from cpradmin.ui.common import copy_to_clipboard, error_text, push_button, show_error
from cpradmin.ui.context import ViewContext
from cpradmin.ui.import_dialog import SETTINGS_FOLDER
from cpradmin.ui.progress import ProgressDialog
from cpradmin.ui.table_model import RowsModel, rows_table
from cpradmin.ui.worker import Operation

_ALERT = "color: #b00020;"

#: The core's refusals that a column profile can cure (their English templates, as marked
#: in ``log_import``): missing columns, and times in no known format.
_COLUMN_PROBLEMS = ("has no column for:", "the times are in no known format")


class ImportKind(enum.Enum):
    LOG = "log"
    STATISTICS = "statistics"
    CASES = "cases"


@dataclass(frozen=True)
class StatisticsOutcome:
    """A statistics import and its comparison with the imported log over *period*."""

    result: LogImportResult
    period: tuple[date, date] | None
    differences: list[StatisticsDifference]


#: Short words for the core's rejection reasons (``RowError.reason``, ``rejections`` keys).
REJECTION_LABELS = {
    "user-missing": QT_TRANSLATE_NOOP("RejectionReason", "user ID missing"),
    "user-invalid": QT_TRANSLATE_NOOP("RejectionReason", "user ID not valid"),
    "user-cpr": QT_TRANSLATE_NOOP("RejectionReason", "user ID looks like a CPR number"),
    "timestamp": QT_TRANSLATE_NOOP("RejectionReason", "time not readable"),
    "range": QT_TRANSLATE_NOOP("RejectionReason", "time out of range"),
    "cpr": QT_TRANSLATE_NOOP("RejectionReason", "CPR number not valid"),
    "cpr-missing": QT_TRANSLATE_NOOP("RejectionReason", "CPR number missing"),
    "transaction": QT_TRANSLATE_NOOP("RejectionReason", "transaction missing"),
    "system": QT_TRANSLATE_NOOP("RejectionReason", "system missing"),
    "columns": QT_TRANSLATE_NOOP("RejectionReason", "wrong number of columns"),
    "encoding": QT_TRANSLATE_NOOP("RejectionReason", "characters not readable"),
    "malformed": QT_TRANSLATE_NOOP("RejectionReason", "not readable as CSV"),
    "count": QT_TRANSLATE_NOOP("RejectionReason", "count not a number"),
    "period": QT_TRANSLATE_NOOP("RejectionReason", "period missing or not valid"),
    "conflict": QT_TRANSLATE_NOOP("RejectionReason", "a different count is stored"),
    "case": QT_TRANSLATE_NOOP("RejectionReason", "case number missing"),
}


def rejection_text(counts: Mapping[str, int], separator: str = "\n") -> str:
    """"time not readable: 3, CPR number not valid: 1", most frequent first."""
    numbers = i18n.number_locale()
    return separator.join(
        QCoreApplication.translate("RejectionReason", "{reason}: {count}").format(
            reason=QCoreApplication.translate("RejectionReason", REJECTION_LABELS[code])
            if code in REJECTION_LABELS else code, count=numbers.toString(count))
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def is_column_problem(exc: BaseException) -> bool:
    """Whether the core refused the file for columns or times a profile can name."""
    return isinstance(exc, ValidationError) and any(
        marker in exc.message.template for marker in _COLUMN_PROBLEMS)


# -- the two result tables ---------------------------------------------------------------------


class RejectedModel(RowsModel):
    """Rejected rows: file, line, the column as headed in the file, and why."""

    HEADERS = (
        QT_TRANSLATE_NOOP("RejectedModel", "File"),
        QT_TRANSLATE_NOOP("RejectedModel", "Line"),
        QT_TRANSLATE_NOOP("RejectedModel", "Column"),
        QT_TRANSLATE_NOOP("RejectedModel", "Reason"),
    )

    def display(self, row: RowError, column: int) -> Any:
        # The core masks CPR numbers in its messages; redacting again costs nothing.
        return redact_cpr((row.file, str(row.line), row.field, i18n.text(row.message))[column])

    def decoration(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return self.display(self.rows[index.row()], 3)
        return None


class DifferencesModel(RowsModel):
    """Reported (the CPR office's statistics) against computed (the imported log)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DifferencesModel", "User ID"),
        QT_TRANSLATE_NOOP("DifferencesModel", "Transaction"),
        QT_TRANSLATE_NOOP("DifferencesModel", "Reported"),
        QT_TRANSLATE_NOOP("DifferencesModel", "In the log"),
        QT_TRANSLATE_NOOP("DifferencesModel", "Difference"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.numbers = i18n.number_locale()

    def display(self, row: StatisticsDifference, column: int) -> Any:
        if column < 2:
            return (row.user_id, row.transaction)[column]
        value = (row.reported, row.computed, row.difference)[column - 2]
        text = self.numbers.toString(value)
        return f"+{text}" if column == 4 and value > 0 else text

    def decoration(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


def table_text(model: RowsModel, rows: list[int] | None = None) -> str:
    """The header and the rows (all, or those given) as tab-separated lines, for pasting
    into a spreadsheet or an e-mail."""
    columns = range(model.columnCount())
    lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    for row in range(model.rowCount()) if rows is None else rows:
        lines.append("\t".join(str(model.data(model.index(row, c))) for c in columns))
    return "\n".join(lines) + "\n"


# -- the dialog --------------------------------------------------------------------------------


class LogImportDialog(QDialog):
    """Choose a file (and for a log its source and profile), import it, see the outcome."""

    #: The import was written: its ``LogImportResult`` (statistics: ``StatisticsOutcome``).
    imported = Signal(object)

    def __init__(self, context: ViewContext, parent: QWidget | None = None, *,
                 kind: ImportKind = ImportKind.LOG) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.setObjectName("LogImportDialog")
        self.numbers = i18n.number_locale()
        self.path: Path | None = None
        self.progress: ProgressDialog | None = None
        self.mapping: ColumnMappingDialog | None = None
        self.result: LogImportResult | None = None
        self.outcome: StatisticsOutcome | None = None
        self.setWindowTitle({
            ImportKind.LOG: self.tr("Import a log"),
            ImportKind.STATISTICS: self.tr("Import transaction statistics"),
            ImportKind.CASES: self.tr("Import a case file"),
        }[kind])
        self.resize(900, 620)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._result_page())
        self.back_button = push_button(self.tr("< &Back"), "back", self.back)
        self.import_button = push_button(self.tr("&Import"), "import", self.import_)
        self.close_button = push_button(self.tr("Close"), "close", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._go(0)


    # -- step 1: choose ----------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        intro = QLabel({
            ImportKind.LOG: self.tr(
                "Import a log as CSV or XLSX: the CPR office's log search export, or a log of "
                "our own system-to-system users. Danish and English headers are recognised "
                "(Bruger-ID, Tidspunkt or Dato and Tid, Transaktion, CPR-nummer, Terminal…); "
                "for other headers, map the columns once and save them as a profile.\n\n"
                "The import is one step: if it is cancelled or fails, nothing is written. "
                "Rows already in the vault from an overlapping file are not added twice."),
            ImportKind.STATISTICS: self.tr(
                "Import the CPR office's transaction statistics (counts per user ID and "
                "transaction type) as CSV or XLSX, with the columns Bruger-ID, Transaktion, "
                "Antal and the period (Fra and Til, or Måned). They are compared with the "
                "imported log, and every difference is listed."),
            ImportKind.CASES: self.tr(
                "Import case explanations as CSV or XLSX, with the columns Bruger-ID, "
                "CPR-nummer, Sagsnummer, Fra and Til. A lookup covered by an open case of "
                "that user is explained and not shown as a finding."),
        }[self.kind])
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setObjectName("file")
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = push_button(self.tr("&Choose file…"), "browse", self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)

        self.source_cpr = QRadioButton(self.tr("The CPR office's log search"))
        self.source_cpr.setObjectName("source_cpr")
        self.source_cpr.setChecked(True)
        self.source_system = QRadioButton(self.tr("Our own system-to-system log"))
        self.source_system.setObjectName("source_system")
        self.sources = QButtonGroup(self)
        self.sources.addButton(self.source_cpr)
        self.sources.addButton(self.source_system)
        source_row = QVBoxLayout()
        source_row.addWidget(self.source_cpr)
        source_row.addWidget(self.source_system)
        self.profile = QComboBox()
        self.profile.setObjectName("profile")
        self.profiles: dict[str, LogProfile] = {}
        self.profile.currentIndexChanged.connect(lambda _i: self._profile_chosen())
        self.map_button = push_button(self.tr("&Map the columns…"), "map",
                                       lambda: self.map_columns())
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(self.map_button)
        self.period_start = QLineEdit()
        self.period_start.setObjectName("period_start")
        self.period_end = QLineEdit()
        self.period_end.setObjectName("period_end")
        for line in (self.period_start, self.period_end):
            line.setPlaceholderText(self.tr("dd-mm-yyyy"))
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_start)
        period_row.addWidget(QLabel(self.tr("to")))
        period_row.addWidget(self.period_end)
        form.addRow(self.tr("Source:"), source_row)
        form.addRow(self.tr("Columns:"), profile_row)
        form.addRow(self.tr("Period, if the file has none:"), period_row)
        form.setRowVisible(source_row, self.kind is ImportKind.LOG)
        form.setRowVisible(profile_row, self.kind is ImportKind.LOG)
        form.setRowVisible(period_row, self.kind is ImportKind.STATISTICS)
        if self.kind is ImportKind.LOG:
            self._load_profiles()

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        return page

    def _load_profiles(self, select: str | None = None) -> None:
        self.profiles = {p.name: p for p in self.context.read(lambda v: list_profiles(v.db))}
        current = select if select is not None else self.profile.currentData()
        with QSignalBlocker(self.profile):
            self.profile.clear()
            self.profile.addItem(self.tr("Recognise the columns from the headers"), None)
            for name in self.profiles:
                self.profile.addItem(name, name)
            self.profile.setCurrentIndex(max(0, self.profile.findData(current)))
        self._profile_chosen()

    def _profile_chosen(self) -> None:
        """A profile was made for a CPR or a system log: choosing it chooses the source."""
        profile = self.profiles.get(self.profile.currentData() or "")
        if profile is not None:
            (self.source_system if profile.source is Source.SYSTEM
             else self.source_cpr).setChecked(True)

    def browse(self) -> None:
        settings = QSettings()
        folder = settings.value(SETTINGS_FOLDER, "", type=str)
        name, _filter = QFileDialog.getOpenFileName(
            self, self.windowTitle(), folder,
            self.tr("Logs and spreadsheets (*.csv *.txt *.xlsx);;All files (*)"))
        if name:
            settings.setValue(SETTINGS_FOLDER, str(Path(name).parent))
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path = Path(path)
        self.file.setText(shown_name(self.path))
        self._say("")
        self._update_buttons()

    def source(self) -> Source:
        return Source.SYSTEM if self.source_system.isChecked() else Source.CPR

    def _say(self, text: str, *, alert: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(_ALERT if alert else "")

    # -- step 2: import ----------------------------------------------------------------------

    def import_(self) -> None:
        """Run the import on the worker with a progress window; see the module docstring."""
        if self.path is None or self.busy:
            return
        path, vault = self.path, self.context.vault
        if self.kind is ImportKind.STATISTICS:
            try:
                period = self._period()
            except ValueError as exc:
                self._say(str(exc), alert=True)
                return

            def statistics_job(_operation: Operation) -> StatisticsOutcome:
                result = import_statistics(vault, path, period=period)
                covered = log_queries.statistics_period(vault.db, result.import_id)
                differences = compare_statistics(vault.db, covered) if covered else []
                return StatisticsOutcome(result, covered, differences)

            # The statistics and case imports have no cancel check (a few thousand rows).
            self._start(statistics_job, cancellable=False)
            return
        if self.kind is ImportKind.CASES:
            self._start(lambda _operation: import_cases(vault, path), cancellable=False)
            return
        source, profile = self.source(), self.profile.currentData()
        sorting = self.tr("Checking for rows already in the vault and building the indexes…")

        def log_job(operation: Operation) -> LogImportResult:
            partial = False  # a report came from the middle of the file

            def progress(rows: int, done: int, size: int) -> None:
                # Rows are what the officer counts; the share of the file read says how many
                # to expect. Without a position in the file (XLSX, or a file read in one
                # chunk) the bar just shows that work goes on.
                nonlocal partial
                partial = partial or 0 < done < size
                if not partial:
                    operation.progress(rows, 0, "")
                    return
                total = max(rows, round(rows * size / done))
                operation.progress(rows, total, sorting if done >= size else "")

            return import_log(vault, path, source=source, profile=profile, progress=progress,
                              check_cancel=operation.check)

        self._start(log_job, cancellable=True)

    def _period(self) -> tuple[date, date] | None:
        """The statistics period typed, None if none; ``ValueError`` with the text to show
        if it is not a valid one."""
        texts = [self.period_start.text().strip(), self.period_end.text().strip()]
        if not any(texts):
            return None
        try:
            start, end = (parse_date(text) for text in texts)
        except ValueError:
            raise ValueError(self.tr("Type the period as two dates, dd-mm-yyyy.")) from None
        if end < start:
            raise ValueError(self.tr("The period ends before it starts."))
        return start, end

    def _start(self, job: Callable[[Operation], Any], *, cancellable: bool) -> None:
        assert self.path is not None
        progress = ProgressDialog(
            self.context, self, title=self.windowTitle(),
            text=self.tr("Importing {file}…").format(file=shown_name(self.path)),
            items=self.tr("rows"), cancellable=cancellable)
        self.progress = progress
        self._say("")
        progress.ended.connect(lambda _state: self._update_buttons())
        progress.run(job, self._imported, self._failed, self._cancelled)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CpradminError):
            show_error(self, exc)
            return
        self._say(error_text(exc), alert=True)
        if self.kind is ImportKind.LOG and is_column_problem(exc):
            self.map_columns(reason=error_text(exc))

    def _cancelled(self) -> None:
        self._say(self.tr("The import was cancelled: nothing was changed."))

    def _imported(self, result: LogImportResult | StatisticsOutcome) -> None:
        if isinstance(result, StatisticsOutcome):
            self.outcome, self.result = result, result.result
        else:
            self.result = result
        self._fill_result()
        self._go(1)
        self.imported.emit(result)

    # -- the column profile ------------------------------------------------------------------

    def map_columns(self, reason: str = "") -> None:
        """Open the column-mapping dialog over the chosen file (window-modal, not blocking):
        once accepted the profile is saved and the import runs again with it."""
        if self.path is None or self.busy or not self.isVisible():
            return  # (not after the dialog was closed while the import ran)
        try:
            preview = read_preview(self.path)
        except CpradminError as exc:
            self._say(error_text(exc), alert=True)
            return
        self._load_profiles()
        dialog = ColumnMappingDialog(self, preview, source=self.source(), reason=reason,
                                     taken=list(self.profiles),
                                     start=self.profiles.get(self.profile.currentData() or ""))
        self.mapping = dialog
        dialog.finished.connect(lambda _r: self._mapping_closed(dialog))
        dialog.accepted.connect(lambda: self._mapped(dialog.profile()))
        dialog.open()

    def _mapping_closed(self, dialog: ColumnMappingDialog) -> None:
        # ``finished`` comes before ``accepted``: the profile is still readable then.
        if self.mapping is dialog:
            self.mapping = None
        dialog.deleteLater()

    def _mapped(self, profile: LogProfile) -> None:
        self.context.write(self, lambda v: save_profile(v, profile),
                           lambda _r: self._profile_saved(profile.name))

    def _profile_saved(self, name: str) -> None:
        self._load_profiles(select=name)
        self._say(self.tr("The column profile {name} is saved.").format(name=name))
        self.import_()

    # -- step 3: the outcome -----------------------------------------------------------------

    def _result_page(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_labels: dict[str, QLabel] = {}
        counts = QFormLayout()
        for key, label in (("rows_read", self.tr("Rows read:")),
                           ("accepted", self.tr("Accepted:")),
                           ("rejected", self.tr("Rejected:")),
                           ("duplicates", self.tr("Already in the vault:")),
                           ("added", self.tr("Added:"))):
            number = QLabel()
            number.setObjectName(f"count_{key}")
            counts.addRow(label, number)
            self.count_labels[key] = number

        self.rejected_model = RejectedModel()
        self.rejected = rows_table(self.rejected_model, "rejected")
        self.rejected.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Qt's table copies only the current cell on Ctrl+C: the filter copies the rows.
        self.rejected.installEventFilter(self)
        self.rejected_note = QLabel()
        self.rejected_note.setObjectName("rejected_note")
        self.rejected_note.setWordWrap(True)
        self.copy_button = push_button(self.tr("&Copy the rejected rows"), "copy",
                                        lambda: self.copy_rejected())
        rejected_page = QWidget()
        rejected_layout = QVBoxLayout(rejected_page)
        rejected_layout.addWidget(self.rejected_note)
        rejected_layout.addWidget(self.rejected, 1)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        rejected_layout.addLayout(copy_row)

        self.differences_model = DifferencesModel()
        self.differences = rows_table(self.differences_model, "differences")
        self.only_differences = QCheckBox(self.tr("Only di&fferences"))
        self.only_differences.setObjectName("only_differences")
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(lambda _on: self._fill_differences())
        self.differences_note = QLabel()
        self.differences_note.setObjectName("differences_note")
        self.differences_note.setWordWrap(True)
        differences_page = QWidget()
        differences_layout = QVBoxLayout(differences_page)
        differences_layout.addWidget(self.differences_note)
        differences_layout.addWidget(self.only_differences)
        differences_layout.addWidget(self.differences, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(rejected_page, "")
        if self.kind is ImportKind.STATISTICS:
            self.tabs.addTab(differences_page, "")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addLayout(counts)
        layout.addWidget(self.tabs, 1)
        return page

    def count(self, key: str) -> int:
        """A shown count as a number (tests, accessibility tools)."""
        return self.numbers.toInt(self.count_labels[key].text())[0]

    def _fill_result(self) -> None:
        result = self.result
        assert result is not None
        number = self.numbers.toString
        for key, value in (("rows_read", result.rows_read), ("accepted", result.accepted),
                           ("rejected", result.rejected), ("duplicates", result.duplicates),
                           ("added", result.added)):
            self.count_labels[key].setText(number(value))
            self.count_labels[key].setStyleSheet(_ALERT if key == "rejected" and value else "")
        self.summary.setText("\n".join(self._summary_lines(result)))
        self.rejected_model.set_rows(list(result.errors))
        self.tabs.setTabText(0, self.tr("&Rejected rows ({count})").format(
            count=number(result.rejected)))
        note = [self.tr("Every rejected row, with the column and the reason; CPR numbers are "
                        "masked. Ctrl+C copies the selected rows.")]
        if result.rejected > len(result.errors):
            note.append(self.tr("The first {shown} of {total} rejected rows are listed. By "
                                "reason: {reasons}.").format(
                shown=number(len(result.errors)), total=number(result.rejected),
                reasons=rejection_text(result.rejections, ", ")))
        self.rejected_note.setText(" ".join(note))
        self.copy_button.setEnabled(bool(result.errors))
        if self.outcome is not None:
            self._fill_differences()

    def _summary_lines(self, result: LogImportResult) -> list[str]:
        number = self.numbers.toString
        lines = [self.tr("{file} is imported, in one step with one entry in the audit trail "
                         "(SHA-256 {sha}…).").format(file=result.file, sha=result.sha256[:16])]
        if result.kind == "log":
            period = result.period
            if period is not None:
                lines.append(self.tr("Period: {start} – {end} (Danish time).").format(
                    start=period[0].strftime("%d-%m-%Y %H:%M:%S"),
                    end=period[1].strftime("%d-%m-%Y %H:%M:%S")))
            details = [result.encoding or "", result.date_format or ""]
            if result.profile:
                details.append(self.tr("profile {name}").format(name=result.profile))
            lines.append(self.tr("Read as: {details}.").format(
                details=", ".join(d for d in details if d)))
            if result.ambiguous:
                lines.append(self.tr(
                    "{count} rows fall in the autumn hour that happens twice (02:00-02:59 on "
                    "the last Sunday of October); they are kept and marked in the log view."
                ).format(count=number(result.ambiguous)))
            if result.nonexistent:
                lines.append(self.tr(
                    "{count} rows give a time in the spring hour that does not exist; they "
                    "are kept, one hour later, and marked.").format(
                        count=number(result.nonexistent)))
        if result.duplicates:
            lines.append(self.tr("{count} rows were in the vault already (from an earlier, "
                                 "overlapping file) and were not added again.").format(
                count=number(result.duplicates)))
        return lines

    def _fill_differences(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        shown = [d for d in outcome.differences
                 if d.difference or not self.only_differences.isChecked()]
        self.differences_model.set_rows(shown)
        differing = sum(1 for d in outcome.differences if d.difference)
        self.tabs.setTabText(1, self.tr("&Differences ({count})").format(
            count=self.numbers.toString(differing)))
        if outcome.period is None:
            text = self.tr("The file added no statistics, so there is nothing to compare.")
        elif differing:
            text = self.tr(
                "For {start} – {end}, the CPR office's counts differ from the imported log "
                "for {count} user ID and transaction type pairs. A missing log file, or "
                "lookups outside the log, are the usual causes.").format(
                    start=outcome.period[0].strftime("%d-%m-%Y"),
                    end=outcome.period[1].strftime("%d-%m-%Y"),
                    count=self.numbers.toString(differing))
        else:
            text = self.tr("For {start} – {end}, the CPR office's counts agree with the "
                           "imported log for every user ID and transaction type.").format(
                start=outcome.period[0].strftime("%d-%m-%Y"),
                end=outcome.period[1].strftime("%d-%m-%Y"))
        self.differences_note.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.rejected and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy)):
            self.copy_rejected(selected=True)
            return True
        return super().eventFilter(watched, event)

    def copy_rejected(self, *, selected: bool = False) -> str:
        """Copy the rejected rows (the selected ones, or all) as tab-separated text."""
        rows = None
        if selected:
            chosen = sorted({i.row() for i in self.rejected.selectionModel().selectedRows()})
            rows = chosen or None
        text = table_text(self.rejected_model, rows)
        copy_to_clipboard(text)
        return text

    # -- moving, closing ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.progress is not None and self.progress.running

    def back(self) -> None:
        """From the outcome to a new choice (the same kind of file)."""
        if self.busy:
            return
        self.path, self.result, self.outcome = None, None, None
        self.file.clear()
        self._say("")
        self.rejected_model.set_rows([])
        self.differences_model.set_rows([])
        self._go(0)

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()
        (self.close_button if page == 1 else self.browse_button).setFocus()

    def _update_buttons(self) -> None:
        page, busy = self.pages.currentIndex(), self.busy
        self.back_button.setVisible(page == 1)
        self.import_button.setVisible(page == 0)
        self.import_button.setEnabled(self.path is not None and not busy)
        self.import_button.setDefault(page == 0 and self.path is not None)
        self.browse_button.setEnabled(not busy)
        self.map_button.setEnabled(self.path is not None and not busy)
        self.close_button.setDefault(page == 1)

    def done(self, result: int) -> None:
        """Closing (Escape, Close, or the lock) cancels a running log import: it rolls
        back."""
        if self.progress is not None and self.progress.running:
            self.progress.dismiss()
        if self.mapping is not None:
            self.mapping.reject()
        super().done(result)


def open_log_import(context: ViewContext, parent: QWidget, kind: ImportKind,
                    on_imported: Callable[[Any], None] | None = None) -> None:
    """Show the dialog modally; *on_imported* runs once an import is written."""
    dialog = LogImportDialog(context, parent, kind=kind)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


__all__ = [
    "REJECTION_LABELS",
    "DifferencesModel",
    "ImportKind",
    "LogImportDialog",
    "RejectedModel",
    "StatisticsOutcome",
    "is_column_problem",
    "open_log_import",
    "rejection_text",
    "table_text",
]
