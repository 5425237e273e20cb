"""Naming a log file's columns when its headers are not ones cpradmin knows: a column profile.

CPR log exports and our own systems' logs do not all head their columns "Bruger-ID",
"Tidspunkt" and so on. This dialog shows the first rows of the file (every CPR-like number
masked), lets the officer say which column holds which field and how dates are written,
and names the mapping: ``log_import.save_profile`` stores it in the vault, and the next
export of the same kind imports with it (``import_log(profile=…)``).

The file is read here on the GUI thread, but only its first :data:`PREVIEW_ROWS` rows: the
same few milliseconds the file dialog itself costs. Nothing of it is written anywhere.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.logs import LOG_ALIASES, LOG_FIELDS, DateFormat, LogProfile, Source
from cpradmin.tabular import cell_text, header_map, open_table, shown_name
from cpradmin.ui.common import ok_cancel_buttons

#: Rows of the file shown under its headers.
PREVIEW_ROWS = 20
#: A row is taken for the header row when it has at least this many non-empty cells
#: (a title line above the table has one or two).
HEADER_MIN_CELLS = 3

FIELD_LABELS: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("ColumnMappingDialog", "User ID"),
    "timestamp": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Date and time (one column)"),
    "date": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Date (without the time)"),
    "time": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Time (without the date)"),
    "transaction": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Transaction type"),
    "cpr": QT_TRANSLATE_NOOP("ColumnMappingDialog", "CPR number"),
    "terminal": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Terminal"),
    "criterion": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Search criterion"),
    "system": QT_TRANSLATE_NOOP("ColumnMappingDialog", "System"),
}


@dataclass(frozen=True)
class FilePreview:
    """The header row as written in the file (the profile stores these texts) and the first
    rows as text with every CPR-like number masked."""

    file: str
    headers: list[str]
    rows: list[list[str]]


def _looks_like_header(headers: list[str]) -> bool:
    return sum(1 for h in headers if h.strip()) >= HEADER_MIN_CELLS


def read_preview(path: Path, rows: int = PREVIEW_ROWS) -> FilePreview:
    """The header and first *rows* rows of a CSV or XLSX file (``ValidationError`` if it
    cannot be read as a table)."""
    with open_table(path, is_header=_looks_like_header) as table:
        found = [[redact_cpr(cell_text(c)) for c in cells]
                 for _line, cells in itertools.islice(table.rows(), rows)]
        headers = list(table.headers)
    return FilePreview(shown_name(path), headers, found)


class ColumnMappingDialog(QDialog):
    """A combo per field, a date format, a name: the profile. OK only once it is usable."""

    def __init__(self, parent: QWidget | None, preview: FilePreview, *, source: Source,
                 reason: str = "", taken: list[str] | None = None,
                 start: LogProfile | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ColumnMappingDialog")
        self.setWindowTitle(self.tr("Map the columns of {file}").format(file=preview.file))
        self.resize(900, 620)
        self.preview = preview
        self.source = source
        self.taken = {name.casefold() for name in taken or []}

        intro = QLabel((reason + "\n\n" if reason else "") + self.tr(
            "Say which column holds which field. The user ID, the transaction type and the "
            "time (one column, or a date and a time column) are needed; a system log also "
            "needs the system. The mapping is saved as a profile under the name you give, "
            "for the next file of the same kind."))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.table = self._preview_table(preview)

        self.combos: dict[str, QComboBox] = {}
        guessed = header_map(preview.headers, LOG_ALIASES)
        chosen = dict(start.columns) if start is not None else {}
        grid = QGridLayout()
        for index, field in enumerate(LOG_FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"field_{field}")
            combo.addItem(self.tr("(not in the file)"), None)
            for column, header in enumerate(preview.headers):
                if header.strip():
                    combo.addItem(redact_cpr(header), column)
            column_of = self._column_of(chosen.get(field))
            if column_of is None:
                column_of = guessed.get(field)
            combo.setCurrentIndex(max(0, combo.findData(column_of)))
            combo.currentIndexChanged.connect(lambda _i: self._check())
            label = QLabel(self.tr(FIELD_LABELS[field]) + ":")
            label.setBuddy(combo)
            row, col = divmod(index, 3)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
            self.combos[field] = combo

        self.date_format = QComboBox()
        self.date_format.setObjectName("date_format")
        self.date_format.addItem(self.tr("Recognise from the file"), None)
        for fmt in DateFormat:
            self.date_format.addItem(fmt.value, fmt.value)
        if start is not None and start.date_format is not None:
            self.date_format.setCurrentIndex(self.date_format.findData(start.date_format.value))
        self.name = QLineEdit(start.name if start is not None else "")
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Jobcenter system log"))
        self.name.textChanged.connect(lambda _t: self._check())
        form = QFormLayout()
        form.addRow(self.tr("&Dates are written as:"), self.date_format)
        form.addRow(self.tr("Profile &name:"), self.name)

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet("color: #b00020;")
        buttons, self.ok_button = ok_cancel_buttons(self)
        self.ok_button.setText(self.tr("&Save and import"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._check()

    def _column_of(self, header: str | None) -> int | None:
        if header is None:
            return None
        found = header_map(self.preview.headers, {"x": (header,)})
        return found.get("x")

    def _preview_table(self, preview: FilePreview) -> QTableView:
        model = QStandardItemModel(len(preview.rows), len(preview.headers), self)
        model.setHorizontalHeaderLabels([redact_cpr(h) for h in preview.headers])
        for r, cells in enumerate(preview.rows):
            for c, text in enumerate(cells[:len(preview.headers)]):
                item = QStandardItem(text)
                item.setEditable(False)
                model.setItem(r, c, item)
        table = QTableView()
        table.setObjectName("preview")
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- the profile -------------------------------------------------------------------------

    def columns(self) -> dict[str, str]:
        """Field → the header text as written in the file."""
        found = {}
        for field, combo in self.combos.items():
            column = combo.currentData()
            if column is not None:
                found[field] = self.preview.headers[column]
        return found

    def profile(self) -> LogProfile:
        fmt = self.date_format.currentData()
        return LogProfile(self.name.text().strip(), self.columns(),
                          DateFormat(fmt) if fmt else None, self.source)

    def problem_texts(self) -> list[str]:
        columns = self.columns()
        problems = []
        if "user" not in columns:
            problems.append(self.tr("Choose the column with the user ID."))
        if "transaction" not in columns:
            problems.append(self.tr("Choose the column with the transaction type."))
        if "timestamp" not in columns and not {"date", "time"} <= set(columns):
            problems.append(self.tr("Choose the column with the date and time, or both a "
                                    "date and a time column."))
        if self.source is Source.SYSTEM and "system" not in columns:
            problems.append(self.tr("A system log needs the column with the system."))
        used = [c.currentData() for c in self.combos.values() if c.currentData() is not None]
        if len(used) != len(set(used)):
            problems.append(self.tr("A column is chosen for two fields."))
        if not self.name.text().strip():
            problems.append(self.tr("Give the profile a name."))
        return problems

    def _check(self) -> None:
        problems = self.problem_texts()
        lines = list(problems)
        if self.name.text().strip().casefold() in self.taken:
            lines.append(self.tr("A profile of this name exists: saving replaces it."))
        self.problems.setText("\n".join(lines))
        self.ok_button.setEnabled(not problems)

    def accept(self) -> None:
        if self.problem_texts():
            return
        super().accept()


__all__ = ["FIELD_LABELS", "PREVIEW_ROWS", "ColumnMappingDialog", "FilePreview", "read_preview"]
