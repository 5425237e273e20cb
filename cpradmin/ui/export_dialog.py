"""Exporting the registers to a spreadsheet: which registers, which language, which file.

The file name decides the format: ``.xlsx`` holds every chosen register in one workbook (a
sheet each), ``.csv`` exactly one register. The core (``exports.export_registers``) masks
every CPR number, redacts CPR-like numbers in free text, writes the file privately and
atomically, and records the export in the audit trail in the same transaction.

An export takes personal data out of the vault, so the password is asked again first
(Electrum's protected actions), and the dialog reminds the officer to store the file safely.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpradmin.exports import REGISTERS, ExportResult, Lang, export_registers
from cpradmin.models.cpr import redact_cpr
from cpradmin.ui import i18n
from cpradmin.ui.context import ViewContext
from cpradmin.ui.i18n import number_locale
from cpradmin.ui.progress import ProgressDialog
from cpradmin.ui.worker import Operation

SETTINGS_FOLDER = "export/last_folder"
_ALERT_TEXT = "#b00020"


class ExportDialog(QDialog):
    """Choose registers and language, then a file; the export runs on the worker."""

    #: The file was written (the core's ``ExportResult``).
    exported = Signal(object)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export the registers"))
        self.locale_for_numbers = number_locale()
        self.progress: ProgressDialog | None = None
        self.result: ExportResult | None = None

        self.checks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, register in enumerate(REGISTERS):
            box = QCheckBox(self.register_label(register))
            box.setObjectName(register)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._update())
            self.checks[register] = box
            grid.addWidget(box, index % 5, index // 5)
        self.checks["employees"].setToolTip(self.tr(
            "In the layout the import reads: a file exported from here imports again as "
            "unchanged."))
        self.all_button = QPushButton(self.tr("Select &all"))
        self.all_button.setObjectName("all")
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda _c=False: self.select(REGISTERS))
        self.none_button = QPushButton(self.tr("Select &none"))
        self.none_button.setObjectName("none")
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(lambda _c=False: self.select(()))
        select_row = QHBoxLayout()
        select_row.addWidget(self.all_button)
        select_row.addWidget(self.none_button)
        select_row.addStretch(1)
        group = QGroupBox(self.tr("Registers"))
        group_layout = QVBoxLayout(group)
        group_layout.addLayout(grid)
        group_layout.addLayout(select_row)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Danish"), "da")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(self.language.findData(i18n.chosen_language()))
        form = QFormLayout()
        form.addRow(self.tr("Column &headings in:"), self.language)

        format_hint = QLabel(self.tr(
            "Save as .xlsx for all the chosen registers in one workbook (a sheet each), or "
            "as .csv for exactly one register."))
        format_hint.setWordWrap(True)
        self.reminder = QLabel(self.tr(
            "CPR numbers are masked in the file (DDMMYY-XXXX), and CPR-like numbers in notes "
            "are masked too. The file still holds personal data: store it safely, not on a "
            "shared drive or in an e-mail, and delete it when it is no longer needed. The "
            "export is recorded in the audit trail."))
        self.reminder.setObjectName("reminder")
        self.reminder.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda _c=False: self.choose_file())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addLayout(form)
        layout.addWidget(format_hint)
        layout.addWidget(self.reminder)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._update()

    def register_label(self, register: str) -> str:
        return {
            "employees": self.tr("Employees"),
            "user_ids": self.tr("User IDs"),
            "authorisations": self.tr("Authorisations"),
            "authorisation_history": self.tr("Authorisation history"),
            "programs": self.tr("Programs"),
            "unlockers": self.tr("Unlockers"),
            "lockouts": self.tr("Lockouts"),
            "watchlist": self.tr("Watchlist"),
            "regulations": self.tr("Regulations"),
        }.get(register, register)

    # -- choices ---------------------------------------------------------------------------

    def registers(self) -> list[str]:
        """The chosen registers, in the core's order."""
        return [r for r in REGISTERS if self.checks[r].isChecked()]

    def select(self, registers: tuple[str, ...] | list[str]) -> None:
        for register, box in self.checks.items():
            box.setChecked(register in registers)

    def lang(self) -> Lang:
        return "en" if self.language.currentData() == "en" else "da"

    @property
    def busy(self) -> bool:
        return self.progress is not None and self.progress.running

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.registers()) and not self.busy)

    def _problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {_ALERT_TEXT};")

    def suggested_name(self) -> str:
        chosen = self.registers()
        today = self.context.vault.clock.now().astimezone().date()
        stem = (self.register_label(chosen[0]) if len(chosen) == 1
                else self.tr("cpradmin registers"))
        return f"{stem} {today.isoformat()}.xlsx"

    # -- exporting -------------------------------------------------------------------------

    def choose_file(self) -> None:
        if not self.registers() or self.busy:
            return
        settings = QSettings()
        folder = Path(str(settings.value(SETTINGS_FOLDER, "", type=str) or Path.home()))
        name, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(folder / self.suggested_name()),
            self.tr("Excel workbook (*.xlsx);;CSV file, one register (*.csv)"))
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".csv" if "*.csv" in chosen_filter else ".xlsx")
        settings.setValue(SETTINGS_FOLDER, str(path.parent))
        self.export_to(path)

    def export_to(self, path: Path | str) -> bool:
        """Export to *path* (what the file dialog chose; tests call this directly).
        False if refused here; the export itself then runs on the worker."""
        path = Path(path)
        chosen, lang = self.registers(), self.lang()
        if not chosen:
            self._problem(self.tr("Choose at least one register."))
            return False
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            self._problem(self.tr("Export to a file ending in .xlsx or .csv."))
            return False
        if suffix == ".csv" and len(chosen) != 1:
            self._problem(self.tr(
                "A CSV file holds one register, and {count} are chosen. Choose one register, "
                "or save as .xlsx.").format(count=len(chosen)))
            return False
        shown = redact_cpr(str(path))
        if not self.context.confirm_password(self, self.tr(
                "Export {count} register(s) to {file}.").format(count=len(chosen),
                                                                file=shown)):
            return False
        self.status.clear()
        self.status.setStyleSheet("")
        vault = self.context.vault

        def job(_operation: Operation) -> ExportResult:
            return export_registers(vault, path, registers=chosen, lang=lang)

        # export_registers has no cancel check, and it writes: no Cancel button.
        self.progress = ProgressDialog(
            self.context, self, title=self.windowTitle(),
            text=self.tr("Exporting to {file}…").format(file=redact_cpr(path.name)),
            cancellable=False)
        self.progress.ended.connect(lambda _state: self._update())
        self._update()
        self.progress.run(job, self._exported)
        self._update()
        return True

    def done(self, result: int) -> None:
        """Closing while the export runs (the lock does): it cannot be cancelled, as it
        writes without checks, but its window goes with this one."""
        if self.progress is not None and self.progress.running:
            self.progress.dismiss()
        super().done(result)

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        self.status.setStyleSheet("")
        self.status.setText(self.tr(
            "Exported {rows} rows from {count} register(s) to:\n{path}\n\nStore the file "
            "safely and delete it when it is no longer needed.").format(
                rows=self.locale_for_numbers.toString(result.rows),
                count=len(result.registers), path=redact_cpr(str(result.path))))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.exported.emit(result)


__all__ = ["ExportDialog"]
