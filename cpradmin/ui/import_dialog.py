"""Importing a spreadsheet into the registers or the watchlist: choose, preview, import.

Three steps, so the officer sees what will happen before anything is written:

1. *Choose* a CSV or XLSX file and what to do about bad rows (refuse the whole file — the
   default — or skip them).
2. *Preview*: the file is checked on the vault's worker (``register_import.plan_import``, or
   ``import_watchlist(dry_run=True)``), and the dialog shows the counts, every planned change
   (CPR numbers masked) and every row error or warning with file, line and column. Nothing
   has been written; "Import" is disabled when the file is refused or there is nothing to do.
3. *Import*: ``apply_import`` writes the plan in one transaction with one audit entry, with a
   progress window whose Cancel rolls everything back; then the counts of what was written.

The dialog never holds a full CPR number in a widget: the core masks what it reports, and
every text shown here goes through ``redact_cpr`` as well (file names, headers, free text).
The plan itself (which does hold full numbers, to write them) is dropped when the dialog
closes.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpradmin.errors import ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.cpr import redact_cpr
from cpradmin.register_import import (
    EMPLOYEE_IMPORT_COLUMNS,
    WATCHLIST_IMPORT_COLUMNS,
    Action,
    ActionKind,
    Column,
    ImportPlan,
    OnError,
    Outcome,
    RowIssue,
    WatchlistImport,
    apply_import,
    import_watchlist,
    plan_import,
)
from cpradmin.tabular import header_map, normalise_header, open_table
from cpradmin.ui import i18n
from cpradmin.ui.common import push_button
from cpradmin.ui.context import ViewContext
from cpradmin.ui.i18n import number_locale
from cpradmin.ui.progress import ProgressDialog
from cpradmin.ui.worker import Operation

RawRole = Qt.ItemDataRole.UserRole + 1
SETTINGS_FOLDER = "import/last_folder"

_ERROR_BACKGROUND = QColor("#f8d7da")
_WARNING_BACKGROUND = QColor("#fff3cd")
_DARK_TEXT = QColor("#1a1a1a")
_ALERT_TEXT = QColor("#b00020")


class Mode(enum.Enum):
    REGISTERS = "registers"
    WATCHLIST = "watchlist"


# -- what the file's header says ---------------------------------------------------------------


@dataclass(frozen=True)
class ColumnOverview:
    """The known columns the file has (as headed there) and those it lacks (named in the
    file's language: Danish unless most of its headings are the English names)."""

    found: list[str]
    missing: list[str]


def column_overview(path: Path, specs: Sequence[Column], header_key: str) -> ColumnOverview:
    """Read only the header row, the way the import finds it (the first row naming the
    *header_key* column, within the first rows), and match it to *specs*."""
    names = {normalise_header(n) for c in specs if c.key == header_key for n in c.names}
    with open_table(path, is_header=lambda hs: any(normalise_header(h) in names
                                                    for h in hs)) as table:
        columns = header_map(table.headers, {c.key: c.names for c in specs})
        headers = {c.key: table.headers[columns[c.key]] for c in specs if c.key in columns}
    english = sum(normalise_header(headers[c.key]) == normalise_header(c.en)
                  for c in specs if c.key in headers)
    danish = sum(normalise_header(headers[c.key]) == normalise_header(c.da)
                 for c in specs if c.key in headers)
    language = "en" if english > danish else "da"
    return ColumnOverview([redact_cpr(h) for h in headers.values()],
                          [c.header(language) for c in specs if c.key in columns.missing])


@dataclass
class Preview:
    """What the worker hands back from checking a file."""

    path: Path
    result: ImportPlan | WatchlistImport
    columns: ColumnOverview
    sha256: str


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


# -- the two tables ----------------------------------------------------------------------------


class _ListModel(QAbstractTableModel):
    """A read-only table over a list that sorts itself by the raw value of a column.

    Not a ``QSortFilterProxyModel``: a proxy compares through ``data()``, half a million
    Python calls for a 10,000-row file; a list sort computes each row's key once.
    """

    #: Context the headers are marked and translated in (``self.tr`` here would look them
    #: up under this base class); subclasses set their own.
    TR_CONTEXT = "_ListModel"
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        if self.sorted_by is not None:
            self._sort_rows(*self.sorted_by)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.beginResetModel()
        self._sort_rows(column, order)
        self.endResetModel()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.sorted_by = (column, order)
        self.rows.sort(key=lambda row: self.cell(row, column)[1],
                       reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.TR_CONTEXT, self.HEADERS[section])
        return None

    def cell(self, row: Any, column: int) -> tuple[str, Any]:
        raise NotImplementedError

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RawRole):
            shown, raw = self.cell(row, index.column())
            if role == RawRole:
                return raw
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tooltip(row, index.column())
            return shown
        return self.decorate(row, index.column(), role)

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def decorate(self, row: Any, column: int, role: int) -> Any:
        return None


class ActionsModel(_ListModel):
    """The planned changes: line, what, who, and each field before → after."""

    TR_CONTEXT = "ActionsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ActionsModel", "Line"),
        QT_TRANSLATE_NOOP("ActionsModel", "What"),
        QT_TRANSLATE_NOOP("ActionsModel", "Who"),
        QT_TRANSLATE_NOOP("ActionsModel", "Changes"),
    )

    def kind_label(self, kind: ActionKind) -> str:
        return {
            ActionKind.CREATE_EMPLOYEE: self.tr("New employee"),
            ActionKind.UPDATE_EMPLOYEE: self.tr("Changed employee"),
            ActionKind.CREATE_USER_ID: self.tr("New user ID"),
            ActionKind.GRANT_AUTHORISATION: self.tr("New authorisation"),
            ActionKind.CHANGE_AUTHORISATION: self.tr("Changed authorisation"),
        }[kind]

    def change_lines(self, action: Action) -> list[str]:
        lines = []
        for change in action.changes:
            if change.before:
                line = self.tr("{field}: {before} → {after}").format(
                    field=change.field, before=change.before, after=change.after)
            else:
                line = self.tr("{field}: {after}").format(field=change.field,
                                                          after=change.after)
            lines.append(redact_cpr(line))
        return lines

    def cell(self, row: Action, column: int) -> tuple[str, Any]:
        if column == 0:
            return str(row.line), row.line
        if column == 1:
            label = self.kind_label(row.kind)
            return label, label
        if column == 2:
            subject = redact_cpr(row.subject)
            return subject, subject.casefold()
        text = "; ".join(self.change_lines(row))
        return text, text.casefold()

    def tooltip(self, row: Action, column: int) -> str | None:
        if column != 3:
            return None
        return "\n".join(self.change_lines(row)) or None


class IssuesModel(_ListModel):
    """Row errors and warnings: kind, file, line, column and the translated problem."""

    TR_CONTEXT = "IssuesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("IssuesModel", "Kind"),
        QT_TRANSLATE_NOOP("IssuesModel", "File"),
        QT_TRANSLATE_NOOP("IssuesModel", "Line"),
        QT_TRANSLATE_NOOP("IssuesModel", "Column"),
        QT_TRANSLATE_NOOP("IssuesModel", "Problem"),
    )

    def set_issues(self, errors: Sequence[RowIssue], warnings: Sequence[RowIssue]) -> None:
        rows = [(True, e) for e in errors] + [(False, w) for w in warnings]
        rows.sort(key=lambda r: (r[1].line, not r[0]))
        self.set_rows(rows)

    def cell(self, row: tuple[bool, RowIssue], column: int) -> tuple[str, Any]:
        is_error, issue = row
        if column == 0:
            label = self.tr("Error") if is_error else self.tr("Warning")
            return label, (not is_error, issue.line)
        if column == 1:
            return redact_cpr(issue.file), issue.file.casefold()
        if column == 2:
            return str(issue.line), issue.line
        if column == 3:
            return redact_cpr(issue.field), issue.field.casefold()
        text = redact_cpr(i18n.text(issue.problem))
        return text, text.casefold()

    def tooltip(self, row: tuple[bool, RowIssue], column: int) -> str | None:
        return redact_cpr(i18n.text(row[1].message)) if column == 4 else None

    def decorate(self, row: tuple[bool, RowIssue], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_ERROR_BACKGROUND if row[0] else _WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_DARK_TEXT)
        return None


def _table(model: QAbstractTableModel, name: str, widths: Sequence[int]) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


# -- the dialog --------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Choose a file, see what importing it would do, then import it (or not)."""

    #: The import was written; the summary of what it did.
    imported = Signal(object)

    def __init__(self, context: ViewContext, parent: QWidget | None = None, *,
                 mode: Mode = Mode.REGISTERS) -> None:
        super().__init__(parent)
        self.context = context
        self.mode = mode
        self.setObjectName("ImportDialog")
        self.locale_for_numbers = number_locale()
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.progress: ProgressDialog | None = None
        self.applied = False
        self.summary: dict[str, int] = {}
        if mode is Mode.REGISTERS:
            self.setWindowTitle(self.tr("Import employees, user IDs and authorisations"))
        else:
            self.setWindowTitle(self.tr("Import the watchlist"))
        self.resize(980, 640)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._result_page())

        self.back_button = push_button(self.tr("< &Back"), "back", self.back)
        self.check_button = push_button(self.tr("&Check the file"), "check", self.check)
        self.import_button = push_button(self.tr("&Import"), "import", self.import_)
        self.close_button = push_button(self.tr("Close"), "close", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._go(0)


    # -- step 1: choose --------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        if self.mode is Mode.REGISTERS:
            intro = self.tr(
                "Import employees with their CPR user IDs and authorisations from a CSV or "
                "XLSX file, for example one exported from cpradmin or from the HR system.\n\n"
                "The file needs a column Navn (Name). The other columns are read by their "
                "headings as cpradmin exports them: Initialer, Afdeling, CPR-nummer, "
                "Bruger-ID, Gældende fra, Gældende til, Formål, Transaktionstyper and more. "
                "An empty cell never erases what is stored.")
        else:
            intro = self.tr(
                "Import persons of special interest from a CSV or XLSX file with the columns "
                "CPR-nummer (the full number), Årsag (Reason) and Bemærkning (Note).")
        intro += "\n\n" + self.tr(
            "The file is checked first and you see exactly what would change. Nothing is "
            "written until you press Import.")
        text = QLabel(intro)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)

        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("file")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = push_button(self.tr("&Browse…"), "browse", self.choose_file)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.browse_button)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        self.refuse_radio = QRadioButton(self.tr(
            "&Refuse the whole file if any row has an error (recommended)"))
        self.refuse_radio.setObjectName("refuse")
        self.skip_radio = QRadioButton(self.tr(
            "&Skip the rows with errors and import the other rows"))
        self.skip_radio.setObjectName("skip")
        self.refuse_radio.setChecked(True)
        self.policy = QButtonGroup(self)
        self.policy.addButton(self.refuse_radio)
        self.policy.addButton(self.skip_radio)
        group = QGroupBox(self.tr("If a row has an error"))
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.refuse_radio)
        group_layout.addWidget(self.skip_radio)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addLayout(file_row)
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def on_error(self) -> OnError:
        return "skip" if self.skip_radio.isChecked() else "refuse"

    def set_on_error(self, on_error: OnError) -> None:
        (self.skip_radio if on_error == "skip" else self.refuse_radio).setChecked(True)

    def choose_file(self) -> None:
        settings = QSettings()
        folder = str(settings.value(SETTINGS_FOLDER, "", type=str) or "")
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), folder,
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path | str) -> None:
        """The file to import (what the file dialog sets; tests set it directly)."""
        self.path = Path(path)
        self.file_edit.setText(redact_cpr(str(self.path)))
        QSettings().setValue(SETTINGS_FOLDER, str(self.path.parent))
        self._update_buttons()

    # -- step 2: check and preview ---------------------------------------------------------

    def _preview_page(self) -> QWidget:
        heading = QLabel(self.tr("<b>What importing the file would do</b>"))
        self.file_info = QLabel()
        self.file_info.setObjectName("fileInfo")
        self.file_info.setWordWrap(True)
        self.file_info.setTextFormat(Qt.TextFormat.PlainText)
        self.count_labels: dict[str, QLabel] = {}
        self.count_grid = QGridLayout()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.actions_model = ActionsModel(self)
        self.actions_view = _table(self.actions_model, "actions", (60, 160, 240))
        self.issues_model = IssuesModel(self)
        self.issues_view = _table(self.issues_model, "issues", (80, 160, 60, 140))
        self.columns_list = QListWidget()
        self.columns_list.setObjectName("columns")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.actions_view, "")
        self.tabs.addTab(self.issues_view, "")
        self.tabs.addTab(self.columns_list, "")
        self.tabs.setTabVisible(0, self.mode is Mode.REGISTERS)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(self.file_info)
        layout.addLayout(self.count_grid)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        return page

    def check(self) -> None:
        """Check the file on the worker; the preview shows what importing it would do."""
        path = self.path
        if path is None or self.busy:
            return
        on_error, mode, vault = self.on_error(), self.mode, self.context.vault

        def job(_operation: Operation) -> Preview:
            if mode is Mode.REGISTERS:
                result: ImportPlan | WatchlistImport = plan_import(vault, path,
                                                                   on_error=on_error)
                columns = column_overview(path, EMPLOYEE_IMPORT_COLUMNS, "name")
            else:
                result = import_watchlist(vault, path, on_error=on_error, dry_run=True)
                columns = column_overview(path, WATCHLIST_IMPORT_COLUMNS, "cpr")
            return Preview(path, result, columns, result.sha256)

        self._start(
            ProgressDialog(self.context, self, title=self.windowTitle(),
                           text=self.tr("Checking {file}…").format(file=redact_cpr(path.name)),
                           items=self.tr("rows")),
            job, self._show_preview, read_only=True)

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.applied = False
        result = preview.result
        self.file_info.setText(self._describe_file(preview))
        if isinstance(result, ImportPlan):
            self.actions_model.set_rows(list(result.actions))
        else:
            self.actions_model.set_rows([])
        self.issues_model.set_issues(result.errors, result.warnings)
        self._fill_columns(preview)
        self._fill_counts(self._counts(result))
        self.status.setText(self._status_text(result))
        self.status.setStyleSheet(f"color: {_ALERT_TEXT.name()};" if result.refused else "")
        self._retitle_tabs()
        self._go(1)
        if result.errors and (result.refused or not self._has_work(result)):
            self.tabs.setCurrentWidget(self.issues_view)
        elif self.mode is Mode.REGISTERS:
            self.tabs.setCurrentWidget(self.actions_view)
        else:
            self.tabs.setCurrentWidget(self.issues_view)
        self.tabs.currentWidget().setFocus()

    def _describe_file(self, preview: Preview) -> str:
        result = preview.result
        parts = [redact_cpr(result.file)]
        if isinstance(result, ImportPlan):
            if result.kind == "xlsx":
                parts.append(self.tr("Excel workbook (XLSX)"))
            else:
                encoding = {"cp1252": "Windows-1252", "utf-8": "UTF-8",
                            "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}.get(
                                result.encoding or "", result.encoding or "")
                delimiter = {";": self.tr("semicolons"), ",": self.tr("commas"),
                             "\t": self.tr("tabs"), "|": self.tr("vertical bars")}.get(
                                 result.delimiter or "", result.delimiter or "")
                parts.append(self.tr("CSV, {encoding}, separated by {delimiter}").format(
                    encoding=encoding, delimiter=delimiter))
        parts.append(self.tr("{rows} data rows").format(rows=self._n(result.rows)))
        return " — ".join(parts)

    def _n(self, value: int) -> str:
        return self.locale_for_numbers.toString(value)

    @staticmethod
    def _has_work(result: ImportPlan | WatchlistImport) -> bool:
        if isinstance(result, ImportPlan):
            return result.has_changes
        return bool(result.added or result.updated)

    @staticmethod
    def _error_rows(result: ImportPlan | WatchlistImport) -> int:
        if isinstance(result, ImportPlan):
            return result.outcomes[Outcome.ERROR]
        return len({e.line for e in result.errors})

    def _counts(self, result: ImportPlan | WatchlistImport) -> list[tuple[str, str, int]]:
        """(key, label, count) in the order shown."""
        errors = self._error_rows(result)
        if isinstance(result, ImportPlan):
            counts = [
                ("new_employees", self.tr("New employees"),
                 result.count(ActionKind.CREATE_EMPLOYEE)),
                ("changed_employees", self.tr("Changed employees"),
                 result.count(ActionKind.UPDATE_EMPLOYEE)),
                ("new_user_ids", self.tr("New user IDs"),
                 result.count(ActionKind.CREATE_USER_ID)),
                ("new_authorisations", self.tr("New authorisations"),
                 result.count(ActionKind.GRANT_AUTHORISATION)),
                ("changed_authorisations", self.tr("Changed authorisations"),
                 result.count(ActionKind.CHANGE_AUTHORISATION)),
                ("unchanged", self.tr("Unchanged rows"), result.outcomes[Outcome.UNCHANGED]),
            ]
        else:
            counts = [
                ("added", self.tr("New entries"), result.added),
                ("updated", self.tr("Changed entries"), result.updated),
                ("unchanged", self.tr("Unchanged rows"), result.unchanged),
            ]
        return [("rows", self.tr("Rows in the file"), result.rows), *counts,
                ("errors", self.tr("Rows with errors"), errors),
                ("warnings", self.tr("Warnings"), len(result.warnings))]

    def _fill_counts(self, counts: list[tuple[str, str, int]]) -> None:
        while self.count_grid.count():
            item = self.count_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.count_labels = {}
        per_column = (len(counts) + 1) // 2
        for index, (key, label, value) in enumerate(counts):
            row, column = index % per_column, (index // per_column) * 3
            name = QLabel(self.tr("{label}:").format(label=label))
            number = QLabel(self._n(value))
            number.setObjectName(f"count_{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if value and key == "errors":
                number.setStyleSheet(f"color: {_ALERT_TEXT.name()}; font-weight: bold;")
            name.setBuddy(number)
            self.count_grid.addWidget(name, row, column)
            self.count_grid.addWidget(number, row, column + 1)
            self.count_labels[key] = number
        self.count_grid.setColumnMinimumWidth(1, 60)
        self.count_grid.setColumnMinimumWidth(2, 40)  # between the two groups
        self.count_grid.setColumnMinimumWidth(4, 60)
        self.count_grid.setColumnStretch(5, 1)

    def count(self, key: str) -> int:
        """A shown count as a number (for tests and accessibility tools)."""
        return self.locale_for_numbers.toInt(self.count_labels[key].text())[0]

    def _status_text(self, result: ImportPlan | WatchlistImport) -> str:
        errors = self._error_rows(result)
        if result.rows == 0:
            return self.tr("The file has no data rows: there is nothing to import.")
        if result.refused:
            return self.tr(
                "{errors} row(s) have errors, and you chose to refuse the whole file if any "
                "row has an error, so nothing can be imported. Correct the rows listed under "
                "Errors and warnings and check the file again, or go back and choose to skip "
                "the rows with errors.").format(errors=self._n(errors))
        if not self._has_work(result):
            if errors:
                return self.tr(
                    "Apart from the {errors} row(s) with errors, everything in the file is "
                    "already recorded: there is nothing to import.").format(
                        errors=self._n(errors))
            return self.tr("Everything in the file is already recorded: there is nothing to "
                           "import.")
        text = self.tr(
            "Nothing has been written yet. Press Import to write these changes in one step; "
            "if anything goes wrong, or you cancel, nothing is written.")
        if errors:
            text = self.tr("{errors} row(s) with errors will be skipped.").format(
                errors=self._n(errors)) + " " + text
        return text

    def _fill_columns(self, preview: Preview) -> None:
        self.columns_list.clear()
        overview = preview.columns
        self.columns_list.addItem(self.tr("Columns read: {columns}").format(
            columns=", ".join(overview.found) or "-"))
        if overview.missing:
            self.columns_list.addItem(self.tr(
                "Columns not in the file (those values stay as they are): {columns}").format(
                    columns=", ".join(overview.missing)))
        for note in preview.result.notes:
            self.columns_list.addItem(redact_cpr(i18n.text(note)))

    def _retitle_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("C&hanges ({count})").format(
            count=self._n(self.actions_model.rowCount())))
        self.tabs.setTabText(1, self.tr("&Errors and warnings ({count})").format(
            count=self._n(self.issues_model.rowCount())))
        self.tabs.setTabText(2, self.tr("C&olumns ({count})").format(
            count=self._n(self.columns_list.count())))

    # -- step 3: import --------------------------------------------------------------------

    def _result_page(self) -> QWidget:
        self.result_text = QLabel()
        self.result_text.setObjectName("result")
        self.result_text.setWordWrap(True)
        self.result_text.setTextFormat(Qt.TextFormat.PlainText)
        self.result_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_text, 1)
        return page

    def may_import(self) -> bool:
        preview = self.preview
        return (preview is not None and not preview.result.refused
                and self._has_work(preview.result) and not self.applied)

    def import_(self) -> None:
        """Write the previewed import on the worker, with progress and Cancel."""
        preview = self.preview
        if preview is None or not self.may_import() or self.busy:
            return
        result = preview.result
        if isinstance(result, ImportPlan):
            plan, vault = result, self.context.vault

            def job(operation: Operation) -> dict[str, int]:
                return apply_import(vault, plan,
                                    progress=lambda done, total: operation.progress(done, total),
                                    check_cancel=operation.check)

            progress = ProgressDialog(
                self.context, self, title=self.windowTitle(),
                text=self.tr("Importing {file}…").format(file=redact_cpr(plan.file)),
                items=self.tr("changes"))
        else:
            path, on_error, sha256 = preview.path, result.on_error, preview.sha256
            vault = self.context.vault

            def job(_operation: Operation) -> dict[str, int]:
                # import_watchlist reads the file again: it must be the file previewed.
                if _sha256(path) != sha256:
                    raise ValidationError(Message("ImportDialog", QT_TRANSLATE_NOOP(
                        "ImportDialog", "{file} has changed since it was checked, so nothing "
                        "was imported. Check the file again."),
                        {"file": redact_cpr(path.name)}))
                written = import_watchlist(vault, path, on_error=on_error)
                return written.summary()

            # import_watchlist has no cancel check: a Cancel could not undo it.
            progress = ProgressDialog(
                self.context, self, title=self.windowTitle(),
                text=self.tr("Importing {file}…").format(file=redact_cpr(result.file)),
                cancellable=False)
        self._start(progress, job, self._imported, on_cancelled=self._import_cancelled)

    def _imported(self, summary: dict[str, int]) -> None:
        self.applied = True
        self.summary = summary
        preview = self.preview
        if preview is not None:  # None: the dialog was closed meanwhile (too late to cancel)
            self.result_text.setText("\n".join(self._result_lines(preview, summary)))
            self._go(2)
        self.imported.emit(summary)

    def _result_lines(self, preview: Preview, summary: dict[str, int]) -> list[str]:
        result = preview.result
        lines = [self.tr("The import of {file} is done. It was written in one step, with one "
                         "entry in the audit trail.").format(file=redact_cpr(result.file)), ""]
        lines += [self.tr("{label}: {count}").format(label=label, count=self._n(value))
                  for key, label, value in self._counts(result)
                  if key not in ("rows", "warnings")]
        if isinstance(result, WatchlistImport) and (
                summary.get("added"), summary.get("updated")) != (result.added, result.updated):
            lines += ["", self.tr("Written: {added} new and {updated} changed entries.").format(
                added=self._n(summary.get("added", 0)),
                updated=self._n(summary.get("updated", 0)))]
        errors = self._error_rows(result)
        if errors:
            lines += ["", self.tr(
                "The {errors} row(s) with errors were not imported. Press Back to see them; "
                "correct them in the file and import it again (the rows imported now will "
                "then show as unchanged).").format(errors=self._n(errors))]
        return lines

    def _import_cancelled(self) -> None:
        self.status.setText(self.tr("The import was cancelled: nothing was changed. You can "
                                    "press Import to try again."))
        self.status.setStyleSheet("")

    # -- running jobs, moving between steps ------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.progress is not None and self.progress.running

    def _start(self, progress: ProgressDialog, job: Callable[[Operation], Any],
               on_success: Callable[[Any], None], *,
               on_cancelled: Callable[[], None] | None = None, read_only: bool = False) -> None:
        self.progress = progress
        self._update_buttons()

        def finished(_state: str) -> None:
            self._update_buttons()

        progress.ended.connect(finished)
        progress.run(job, on_success, on_cancelled=on_cancelled, read_only=read_only)
        self._update_buttons()

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()
        if page == 0:
            (self.check_button if self.path else self.browse_button).setFocus()
        elif page == 2:
            self.close_button.setFocus()

    def back(self) -> None:
        """From the result to the preview (read-only now); from the preview to the start."""
        if self.busy:
            return
        if self.pages.currentIndex() == 2:
            self._go(1)
            return
        self._clear_preview()
        self._go(0)

    def _update_buttons(self) -> None:
        page, busy = self.pages.currentIndex(), self.busy
        self.back_button.setVisible(page in (1, 2))
        self.check_button.setVisible(page == 0)
        self.import_button.setVisible(page == 1)
        self.back_button.setEnabled(not busy)
        self.check_button.setEnabled(self.path is not None and not busy)
        self.import_button.setEnabled(self.may_import() and not busy)
        self.browse_button.setEnabled(not busy)
        self.refuse_radio.setEnabled(not busy)
        self.skip_radio.setEnabled(not busy)
        self.check_button.setDefault(page == 0 and self.path is not None)
        self.close_button.setDefault(page == 2)

    def _clear_preview(self) -> None:
        self.preview = None
        self.actions_model.set_rows([])
        self.issues_model.set_rows([])
        self.columns_list.clear()

    def done(self, result: int) -> None:
        """Closing (Escape, Close, or the lock) cancels a running job, which rolls back,
        and drops the plan, which holds full CPR numbers."""
        if self.progress is not None and self.progress.running:
            self.progress.dismiss()
        super().done(result)
        self._clear_preview()


class RegisterImportDialog(ImportDialog):
    """Import employees, user IDs and authorisations (``register_import``)."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, mode=Mode.REGISTERS)


class WatchlistImportDialog(ImportDialog):
    """Import the watchlist (``register_import.import_watchlist``)."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, mode=Mode.WATCHLIST)


def open_import(context: ViewContext, parent: QWidget, mode: Mode,
                on_imported: Callable[[dict[str, int]], None] | None = None) -> None:
    """Show the import dialog modally; *on_imported* runs once the import is written."""
    dialog = ImportDialog(context, parent, mode=mode)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


__all__ = [
    "ActionsModel",
    "ImportDialog",
    "IssuesModel",
    "Mode",
    "RegisterImportDialog",
    "WatchlistImportDialog",
    "column_overview",
    "open_import",
]
