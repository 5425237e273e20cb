"""The log view: every imported log row, filtered, opening and scrolling at once over 10M rows.

The table's model (:class:`LogModel`) never holds the log. It asks the vault's worker for the
next page after the last row it has (``log_queries.fetch_page``, keyset paging) when the view
scrolls to the bottom (``canFetchMore``/``fetchMore``), keeps the rows of the last
:data:`CACHED_PAGES` pages it used, and for every page one cursor to fetch it again: scrolling
back to a page that was dropped fetches it anew. Ten million rows scrolled through cost one
small tuple per page.

Every read is a job submitted to the worker, never a blocking call: the GUI thread only
receives pages. A filter that matches few rows is searched in short steps (``log_queries``),
so rows appear as they are found and other views' reads never wait long behind the search.
A new filter cancels what the old one still had queued; late answers are recognised by a
generation number and dropped.

The count is shown as "≥ N rows" while unknown; it is exact at once where the imports' own
counts give it, else counted in the background in short steps.

CPR numbers are masked in every cell and in the row panel (``DDMMYY-XXXX``). The person
filter takes the number typed in full; once applied, the field shows it masked and the
number stays in memory only. "Only this person" filters on the selected row's person the
same way, without the number ever reaching the screen.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpradmin import log_queries
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.log_queries import (
    PAGE_ROWS,
    Cursor,
    ImportRow,
    LogFilter,
    LogPage,
    LogQuery,
    LogRow,
    Order,
)
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import mask_cpr
from cpradmin.models.dates import parse_date
from cpradmin.models.logs import AMBIGUOUS, NONEXISTENT, Source, to_local
from cpradmin.ui import i18n
from cpradmin.ui.common import error_text, show_error
from cpradmin.ui.context import ViewContext
from cpradmin.ui.log_import_dialog import ImportKind, open_log_import, rejection_text
from cpradmin.ui.table_model import RawRole, RowsModel, rows_table
from cpradmin.ui.worker import Cancelled, Operation
from cpradmin.vault import Vault

#: Pages whose rows stay in memory (the rest are fetched again when scrolled back to).
CACHED_PAGES = 40
#: Filters typed in a field apply this long after the last keystroke.
FILTER_DEBOUNCE_MS = 300
#: Characters of the SHA-256 shown in the imports panel (the tooltip has all 64).
SHA_SHOWN = 12

_AMBER_BRUSH = QBrush(QColor("#fff3cd"))
_DARK_BRUSH = QBrush(QColor("#1a1a1a"))
_ALERT_TEXT = QColor("#b00020")
#: The roles the log table answers (a repaint asks more).
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, RawRole})
#: A row and its cell texts.
_Entry = tuple[LogRow, tuple[str, ...]]


_HOURS: dict[int, str] = {}  # UTC hour -> its local "dd-mm-yyyy HH:" (see local_text)


def local_text(ts: int) -> str:
    """*ts* as Danish local time, dd-mm-yyyy HH:MM:SS. Danish time differs from UTC by whole
    hours, so minutes and seconds come from *ts* itself and only the hour is converted
    (once per hour met: strftime on every cell of every page cost ~10 ms a page)."""
    hour, rest = divmod(ts, 3600)
    prefix = _HOURS.get(hour)
    if prefix is None:
        if len(_HOURS) >= 50_000:
            _HOURS.clear()
        prefix = _HOURS[hour] = to_local(hour * 3600).strftime("%d-%m-%Y %H:")
    minute, second = divmod(rest, 60)
    return f"{prefix}{minute:02d}:{second:02d}"


# -- the table model ---------------------------------------------------------------------------


class LogModel(QAbstractTableModel):
    """Log rows fetched a page at a time on the worker; see the module docstring."""

    TR_CONTEXT = "LogModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("LogModel", "Time"),
        QT_TRANSLATE_NOOP("LogModel", "User ID"),
        QT_TRANSLATE_NOOP("LogModel", "Transaction"),
        QT_TRANSLATE_NOOP("LogModel", "CPR number"),
        QT_TRANSLATE_NOOP("LogModel", "Terminal"),
        QT_TRANSLATE_NOOP("LogModel", "Search criterion"),
        QT_TRANSLATE_NOOP("LogModel", "System"),
        QT_TRANSLATE_NOOP("LogModel", "Source"),
        QT_TRANSLATE_NOOP("LogModel", "File:line"),
    )
    #: Loading, counts, progress of a search or an error changed: the view updates its line.
    status_changed = Signal()

    def __init__(self, context: ViewContext, *, page_size: int = PAGE_ROWS,
                 cached_pages: int = CACHED_PAGES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page_size = page_size
        self.cached_pages = max(2, cached_pages)
        self.filter = LogFilter()
        self.descending = False
        self.query: LogQuery | None = None
        #: Every matching row counted (None while unknown).
        self.total: int | None = None
        #: The pages reached the end of what matches.
        self.done = False
        #: How far the current search got through the rows it must scan (0..1).
        self.scanned = 0.0
        self.error: str | None = None
        #: Pages fetched so far, first fetches and fetches again (tests watch it).
        self.pages_fetched = 0
        self._generation = 0
        # Jobs on their way, to cancel when the filter changes (weak: a finished job goes).
        self._operations: weakref.WeakSet[Operation] = weakref.WeakSet()
        self._loaded = 0
        self._wanted = page_size
        self._cursor: Cursor | None = None
        self._last: Cursor | None = None
        self._anchors: list[Cursor | None] = []
        # Page number -> its rows, each with its cell texts (made once, not at every paint).
        self._pages: OrderedDict[int, list[_Entry]] = OrderedDict()
        self._fetching = False
        self._refetching: set[int] = set()
        # Where the count stopped while the pages were being searched (they go first).
        self._count_paused: tuple[Cursor | None, int] | None = None

    # -- filter, order, reload ---------------------------------------------------------------

    def set_filter(self, flt: LogFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (new filter, new order, or new rows imported)."""
        self._generation += 1
        for operation in list(self._operations):
            operation.cancel()
        self._operations.clear()
        self.beginResetModel()
        self.query, self.total, self.done, self.scanned, self.error = None, None, False, 0.0, None
        self._loaded, self._wanted = 0, self.page_size
        self._cursor = self._last = None
        self._anchors.clear()
        self._pages.clear()
        self._fetching = False
        self._refetching.clear()
        self._count_paused = None
        self.endResetModel()
        self.status_changed.emit()
        self._pump()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only the time sorts (newest first or last): the other columns have no index."""
        descending = order == Qt.SortOrder.DescendingOrder
        if column != 0 or descending == self.descending:
            return
        self.descending = descending
        self.reload()

    @property
    def loading(self) -> bool:
        """No page has arrived yet for the current filter."""
        return self.query is None and self.error is None

    @property
    def searching(self) -> bool:
        """Rows are still being looked for (the view wants more than it has)."""
        return (self.query is not None and not self.done and self.error is None
                and self._loaded < self._wanted)

    # -- jobs on the worker ------------------------------------------------------------------

    def _alive(self, generation: int) -> bool:
        return (shiboken6.isValid(self) and generation == self._generation
                and self.context.vault.is_open)

    def _submit(self, job: Callable[[Vault, Operation], Any],
                on_success: Callable[[Any], None]) -> None:
        """Run *job* on the worker; *on_success* runs only if the filter is still the one
        it ran for (and the model and the vault are still there)."""
        generation, vault = self._generation, self.context.vault

        def succeeded(result: Any) -> None:
            if self._alive(generation):
                on_success(result)

        def failed(exc: BaseException) -> None:
            if self._alive(generation) and not isinstance(exc, Cancelled):
                self._failed(exc)

        self._operations.add(self.context.worker.submit(lambda op: job(vault, op),
                                                        succeeded, failed))

    def _failed(self, exc: BaseException) -> None:
        self._fetching = False
        self.error = error_text(exc)
        self.status_changed.emit()

    def _later(self, slot: Callable[[], None]) -> None:
        """Run *slot* from the event loop (not inside the callback that asks for it)."""
        generation = self._generation

        def run() -> None:
            if self._alive(generation):
                slot()

        QTimer.singleShot(0, run)

    # -- pages in order ----------------------------------------------------------------------

    def _pump(self) -> None:
        """Fetch the next page if the view wants more rows and none is on its way."""
        if self._fetching or self.done or self.error is not None or self._loaded >= self._wanted:
            return
        self._fetching = True
        flt, query, cursor = self.filter, self.query, self._cursor
        limit, descending = self.page_size, self.descending

        def job(vault: Vault, operation: Operation) -> tuple[LogQuery, LogPage]:
            resolved = query or log_queries.resolve(vault.db, flt, operation.check)
            return resolved, log_queries.fetch_page(
                vault.db, resolved, cursor, limit=limit, descending=descending,
                check_cancel=operation.check)

        self._submit(job, self._fetched)

    def _fetched(self, result: tuple[LogQuery, LogPage]) -> None:
        query, page = result
        first = self.query is None
        self.query, self._fetching = query, False
        self.pages_fetched += 1
        if page.rows:
            self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + len(page.rows) - 1)
            for row in page.rows:
                self._append(row)
            self.endInsertRows()
            self._evict()
        self._cursor, self.done, self.scanned = page.cursor, page.done, page.scanned
        if self.done:
            self.total = self._loaded
        elif first:
            self._count()
        self.status_changed.emit()
        if self.searching:
            self._later(self._pump)
        elif self._count_paused is not None:
            paused, self._count_paused = self._count_paused, None
            self._count_on(*paused)

    def _append(self, row: LogRow) -> None:
        number, offset = divmod(self._loaded, self.page_size)
        if offset == 0:
            self._anchors.append(self._last)
            self._pages[number] = []
        self._pages[number].append((row, self.texts(row)))
        self._pages.move_to_end(number)
        self._last = row.cursor
        self._loaded += 1

    def _evict(self) -> None:
        """Drop the least recently used pages; the last page (still filling) stays."""
        tail = (self._loaded - 1) // self.page_size
        while len(self._pages) > self.cached_pages:
            oldest = next(n for n in self._pages if n != tail)
            del self._pages[oldest]

    # -- pages again -------------------------------------------------------------------------

    def _refetch(self, number: int) -> None:
        """A dropped page is needed again: fetch it from its cursor (same filter, same
        order, so the same rows)."""
        if number in self._refetching or self.query is None:
            return
        self._refetching.add(number)
        query, anchor, descending = self.query, self._anchors[number], self.descending
        size = min(self.page_size, self._loaded - number * self.page_size)

        def job(vault: Vault, operation: Operation) -> list[LogRow]:
            rows: list[LogRow] = []
            cursor = anchor
            while len(rows) < size:  # a sparse filter may take a few steps
                page = log_queries.fetch_page(vault.db, query, cursor, limit=size - len(rows),
                                              descending=descending,
                                              check_cancel=operation.check)
                rows += page.rows
                cursor = page.cursor
                if page.done:
                    break
            return rows

        def fetched(rows: list[LogRow]) -> None:
            self._refetching.discard(number)
            self.pages_fetched += 1
            self._pages[number] = [(row, self.texts(row)) for row in rows]
            self._evict()
            first = number * self.page_size
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(first + len(rows) - 1, len(self.HEADERS) - 1))

        self._submit(job, fetched)

    def _entry(self, row: int) -> _Entry | None:
        if not 0 <= row < self._loaded:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            self._refetch(number)
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_object(self, row: int) -> LogRow | None:
        """The row at *row*, or None while its page is on its way."""
        entry = self._entry(row)
        return entry[0] if entry is not None else None

    @property
    def cached_rows(self) -> int:
        """Rows held in memory now."""
        return sum(len(page) for page in self._pages.values())

    # -- the count ---------------------------------------------------------------------------

    def _count(self) -> None:
        query = self.query
        assert query is not None

        def job(vault: Vault, _operation: Operation) -> int | None:
            return log_queries.quick_count(vault.db, query)

        def counted(total: int | None) -> None:
            if total is None:
                self._count_on(None, 0)
            else:
                self.total = total
                self.status_changed.emit()

        self._submit(job, counted)

    def _count_on(self, after: Cursor | None, found: int) -> None:
        """Count in steps (each some ten milliseconds on the worker) until every match is
        counted, or until the pages got to the end first. While rows the view wants are
        still being searched for, the count waits: the rows are what the officer waits for,
        and both would read the same pages."""
        query = self.query
        if self.done or query is None:
            return
        if self.searching:
            self._count_paused = (after, found)
            return

        def step(vault: Vault, _operation: Operation) -> tuple[int, Cursor | None]:
            return log_queries.count_step(vault.db, query, after)

        def stepped(result: tuple[int, Cursor | None]) -> None:
            more, reached = result
            if self.done:
                return
            if reached is None:
                self.total = found + more
                self.status_changed.emit()
            else:
                self._later(lambda: self._count_on(reached, found + more))

        self._submit(step, stepped)

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and not self.done and self.error is None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid():
            return
        self._wanted = max(self._wanted, self._loaded + self.page_size)
        self._pump()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.TR_CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint asks ~8 roles of each visible cell: the others leave at once.
        if role not in _ROLES or not index.isValid():
            return None
        entry = self._entry(index.row())
        column = index.column()
        if entry is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and column == 0 else None
        row, texts = entry
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == RawRole:
            return row
        marked = column == 0 and bool(row.flags & (AMBIGUOUS | NONEXISTENT))
        if role == Qt.ItemDataRole.ToolTipRole:
            if marked:
                return self.time_note(row)
            return texts[column] or None if column in (4, 5, 6, 8) else None
        if marked:
            return _AMBER_BRUSH if role == Qt.ItemDataRole.BackgroundRole else _DARK_BRUSH
        return None

    def texts(self, row: LogRow) -> tuple[str, ...]:
        """What each column shows for *row*."""
        return (self.time_text(row), row.user_id, row.transaction, row.cpr_masked or "",
                row.terminal or "", row.criterion or "", row.system or "",
                self.source_text(row.source), f"{row.file}:{row.line}")

    def time_text(self, row: LogRow) -> str:
        shown = local_text(row.ts)
        if row.ambiguous:
            return self.tr("{time} (ambiguous)").format(time=shown)
        if row.nonexistent:
            return self.tr("{time} (clock change)").format(time=shown)
        return shown

    def time_note(self, row: LogRow) -> str | None:
        if row.ambiguous:
            return self.tr(
                "The last Sunday of October the hour 02:00-02:59 happens twice (summer time, "
                "then winter time). The log does not say which: this lookup may also have "
                "happened one hour later.")
        if row.nonexistent:
            return self.tr(
                "The file gives a time between 02:00 and 02:59 on the last Sunday of March, "
                "an hour that does not exist (the clocks go forward). It is shown one hour "
                "later, as the clock would have shown it.")
        return None

    def source_text(self, source: Source) -> str:
        return self.tr("CPR log") if source is Source.CPR else self.tr("System log")


# -- the imports panel -------------------------------------------------------------------------



class ImportsModel(RowsModel):
    """Every imported file: what, when, by whom, how many rows, and which were rejected."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportsModel", "Imported"),
        QT_TRANSLATE_NOOP("ImportsModel", "By"),
        QT_TRANSLATE_NOOP("ImportsModel", "Kind"),
        QT_TRANSLATE_NOOP("ImportsModel", "File"),
        QT_TRANSLATE_NOOP("ImportsModel", "Rows read"),
        QT_TRANSLATE_NOOP("ImportsModel", "Added"),
        QT_TRANSLATE_NOOP("ImportsModel", "Duplicates"),
        QT_TRANSLATE_NOOP("ImportsModel", "Rejected"),
        QT_TRANSLATE_NOOP("ImportsModel", "Period"),
        QT_TRANSLATE_NOOP("ImportsModel", "SHA-256"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.numbers = i18n.number_locale()

    def kind_text(self, row: ImportRow) -> str:
        if row.kind == "statistics":
            return self.tr("Transaction statistics")
        if row.kind == "cases":
            return self.tr("Case file")
        return self.tr("CPR log") if row.source == Source.CPR.value else self.tr("System log")

    def display(self, row: ImportRow, column: int) -> Any:
        number = self.numbers.toString
        if column == 0:
            return row.imported_at.astimezone().strftime("%d-%m-%Y %H:%M")
        values = (row.imported_by, self.kind_text(row), row.file_name,
                  number(row.rows_read), number(row.rows_added), number(row.rows_duplicate),
                  number(row.rows_rejected), self.period_text(row), row.sha256[:SHA_SHOWN])
        return values[column - 1]

    def period_text(self, row: ImportRow) -> str:
        period = row.period
        if period is None:
            return ""
        return self.tr("{start} – {end}").format(start=period[0].strftime("%d-%m-%Y %H:%M"),
                                                  end=period[1].strftime("%d-%m-%Y %H:%M"))

    def decoration(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        row: ImportRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 9:
                return row.sha256
            if index.column() == 7 and row.rows_rejected:
                return rejection_text(row.rejections)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 7 and row.rows_rejected:
            return QBrush(_ALERT_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and 4 <= index.column() <= 7:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


# -- one row in full ---------------------------------------------------------------------------


class LogRowPanel(QWidget):
    """The selected row, every field in words, and two ways to narrow the view to it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("LogRowPanel")
        self.row: LogRow | None = None
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("time", self.tr("Time:")), ("user", self.tr("User ID:")),
            ("transaction", self.tr("Transaction:")), ("cpr", self.tr("CPR number:")),
            ("terminal", self.tr("Terminal:")), ("criterion", self.tr("Search criterion:")),
            ("system", self.tr("System:")), ("source", self.tr("Source:")),
            ("file", self.tr("File and line:")),
        ):
            field = QLabel()
            field.setObjectName(key)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = field
            form.addRow(label, field)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.user_button = QPushButton(self.tr("O&nly this user"))
        self.user_button.setObjectName("only_user")
        self.person_button = QPushButton(self.tr("Onl&y this person"))
        self.person_button.setObjectName("only_person")
        buttons = QHBoxLayout()
        buttons.addWidget(self.user_button)
        buttons.addWidget(self.person_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_row(None, None)

    def show_row(self, row: LogRow | None, model: LogModel | None) -> None:
        self.row = row
        if row is None or model is None:
            for field in self.fields.values():
                field.clear()
            self.note.setText(self.tr("Select a row to see it in full."))
        else:
            values = {
                "time": model.time_text(row), "user": row.user_id,
                "transaction": row.transaction, "cpr": row.cpr_masked or "",
                "terminal": row.terminal or "", "criterion": row.criterion or "",
                "system": row.system or "", "source": model.source_text(row.source),
                "file": self.tr("{file}, line {line}").format(file=row.file, line=row.line),
            }
            for key, value in values.items():
                self.fields[key].setText(value)
            self.note.setText(model.time_note(row) or "")
        self.user_button.setEnabled(row is not None)
        self.person_button.setEnabled(row is not None and row.cpr_masked is not None)


# -- the view ----------------------------------------------------------------------------------


class LogTable(QTableView):
    """Typing in the table filters on the user ID: Qt's own type-ahead would read row after
    row of what is loaded, fetching again every page it had dropped."""

    typed = Signal(str)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        self.typed.emit(search)



class LogView(QWidget):
    """Filters over the table of log rows, the selected row in full, and the imports."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("LogView")
        self.numbers = i18n.number_locale()
        #: (masked, digits) of the person filtered on: the field shows only the mask.
        self._person: tuple[str, str] | None = None
        self._imports_seen: list[int] = []

        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setStyleSheet(f"color: {_ALERT_TEXT.name()};")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.hide()

        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self.filter_timer.timeout.connect(self.apply_filter)

        self.user = self._line("user", self.tr("e.g. KOM01234"))
        self.user_completer = QCompleter([], self)
        self.user_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.user.setCompleter(self.user_completer)
        self.cpr = self._line("cpr", self.tr("DDMMYY-SSSS, in full"))
        self.cpr.setMaxLength(13)
        self.cpr.textEdited.connect(lambda _t: self._forget_person())
        self.start = self._line("start", self.tr("dd-mm-yyyy"))
        self.end = self._line("end", self.tr("dd-mm-yyyy"))
        self.transaction = self._combo("transaction")
        self.source = self._combo("source")
        self.source.addItem(self.tr("All logs"), None)
        self.source.addItem(self.tr("CPR log"), Source.CPR.value)
        self.source.addItem(self.tr("System logs"), Source.SYSTEM.value)
        self.import_choice = self._combo("import")
        self.clear_button = QPushButton(self.tr("Cl&ear filters"))
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(lambda _c=False: self.clear_filters())

        grid = QGridLayout()
        for column, (text, widget) in enumerate((
                (self.tr("&User ID:"), self.user), (self.tr("&Person:"), self.cpr),
                (self.tr("&Transaction:"), self.transaction), (self.tr("Sou&rce:"), self.source))):
            self._add(grid, 0, column, text, widget)
        for column, (text, widget) in enumerate((
                (self.tr("&From:"), self.start), (self.tr("T&o:"), self.end),
                (self.tr("&Import:"), self.import_choice))):
            self._add(grid, 1, column, text, widget)
        grid.addWidget(self.clear_button, 1, 7)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 2)
        grid.setColumnStretch(7, 1)

        may_import = context.vault.account.may(Permission.DO_CONTROLS)
        self.import_buttons: dict[ImportKind, QPushButton] = {}
        import_row = QHBoxLayout()
        import_row.addWidget(self.count, 1)
        for kind, text in ((ImportKind.LOG, self.tr("Import &log…")),
                           (ImportKind.STATISTICS, self.tr("Import transaction &statistics…")),
                           (ImportKind.CASES, self.tr("Import &case file…"))):
            button = QPushButton(text)
            button.setObjectName(f"import_{kind.value}")
            button.clicked.connect(lambda _c=False, k=kind: self.import_file(k))
            button.setVisible(may_import)
            self.import_buttons[kind] = button
            import_row.addWidget(button)

        self.model = LogModel(context, parent=self)
        self.model.status_changed.connect(self._update_count)
        self.model.modelReset.connect(lambda: self.panel.show_row(None, None))
        self.table = LogTable()
        self.table.setObjectName("log")
        self.table.typed.connect(self._typed_in_table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # Fixed heights and widths: fitting to contents would read every row.
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(0)  # fit a column to the visible rows only
        for column, width in enumerate((190, 100, 150, 105, 90, 150, 110, 80, 160)):
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.panel = LogRowPanel()
        self.panel.user_button.clicked.connect(lambda _c=False: self.only_user())
        self.panel.person_button.clicked.connect(lambda _c=False: self.only_person())
        self.model.dataChanged.connect(lambda *_: self._refresh_panel())

        self.imports_model = ImportsModel()
        self.imports = rows_table(self.imports_model, "imports")
        self.imports.activated.connect(self._import_activated)  # Enter or double-click
        imports_box = QGroupBox(self.tr("Imported files"))
        imports_layout = QVBoxLayout(imports_box)
        imports_layout.addWidget(self.imports)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(self.panel)
        top.setStretchFactor(0, 4)
        top.setStretchFactor(1, 1)
        top.setSizes([900, 260])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(imports_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        title = QLabel(self.tr(
            "<h3>Log</h3>Every imported log row. With a user ID or a person the rows are in "
            "time order; otherwise in the order they were imported (file by file, line by "
            "line). CPR numbers are masked; the person filter takes the number in full."))
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addLayout(import_row)
        layout.addWidget(self.splitter, 1)

        self._load_lists()
        for combo in (self.transaction, self.source, self.import_choice):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.reload()

    # -- building ------------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        line.textChanged.connect(lambda _t: self.filter_timer.start())
        line.returnPressed.connect(self.apply_filter)
        return line

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(12)
        return combo

    @staticmethod
    def _add(grid: QGridLayout, row: int, column: int, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        grid.addWidget(label, row, column * 2)
        grid.addWidget(widget, row, column * 2 + 1)

    def _load_lists(self) -> None:
        """The imports panel and the choices of the filters (small lists: a quick read)."""
        found = self.context.read(lambda v: (log_queries.imports(v.db),
                                             log_queries.transactions(v.db),
                                             log_queries.user_ids(v.db)))
        imports, transactions, users = found
        self._imports_seen = [row.id for row in imports]
        self.imports_model.set_rows(imports)
        self.user_completer.model().setStringList(users)  # type: ignore[attr-defined]
        with QSignalBlocker(self.transaction), QSignalBlocker(self.import_choice):
            current = self.transaction.currentData()
            self.transaction.clear()
            self.transaction.addItem(self.tr("All transactions"), None)
            for code in transactions:
                self.transaction.addItem(code, code)
            self.transaction.setCurrentIndex(max(0, self.transaction.findData(current)))
            chosen = self.import_choice.currentData()
            self.import_choice.clear()
            self.import_choice.addItem(self.tr("All imports"), None)
            for row in imports:
                if row.kind == "log":
                    self.import_choice.addItem(
                        self.tr("#{id} {file}").format(id=row.id, file=row.file_name), row.id)
            self.import_choice.setCurrentIndex(max(0, self.import_choice.findData(chosen)))

    # -- filtering -----------------------------------------------------------------------------

    def _forget_person(self) -> None:
        self._person = None

    def current_filter(self) -> LogFilter | None:
        """The filter the fields say, or None (with a hint shown) while one is not valid."""
        problems = []
        cpr = self.cpr.text().strip()
        if self._person is not None and cpr == self._person[0]:
            cpr = self._person[1]
        elif cpr:
            digits = log_queries.cpr_digits(cpr)
            if digits is None:
                problems.append(self.tr("Type the person's whole CPR number (DDMMYY-SSSS)."))
            cpr = digits or ""
        dates: list[date | None] = []
        for field in (self.start, self.end):
            text = field.text().strip()
            try:
                dates.append(parse_date(text) if text else None)
            except ValueError:
                dates.append(None)
                problems.append(self.tr("Type dates as dd-mm-yyyy."))
        start, end = dates
        if start and end and end < start:
            problems.append(self.tr("The period ends before it starts."))
        self.hint.setText(" ".join(dict.fromkeys(problems)))
        self.hint.setVisible(bool(problems))
        if problems:
            return None
        source = self.source.currentData()
        return LogFilter(user=self.user.text().strip(), cpr=cpr,
                         transaction=self.transaction.currentData() or "",
                         start=start, end=end, source=Source(source) if source else None,
                         import_id=self.import_choice.currentData())

    def apply_filter(self) -> None:
        self.filter_timer.stop()
        flt = self.current_filter()
        if flt is None:
            return
        if flt.cpr and self._person is None:
            self._hide_person(flt.cpr)
        if flt != self.model.filter:
            self.model.set_filter(flt)

    def _hide_person(self, typed: str) -> None:
        """Once a whole number is typed and applied, the field shows it masked (the number
        stays in memory for the filter): masked is what stays on the screen."""
        digits = log_queries.cpr_digits(typed)
        if digits is None:
            return
        masked = mask_cpr(digits)
        self._person = (masked, digits)
        with QSignalBlocker(self.cpr):
            self.cpr.setText(masked)

    def clear_filters(self) -> None:
        widgets = (self.user, self.cpr, self.start, self.end, self.transaction, self.source,
                   self.import_choice)
        blockers = [QSignalBlocker(w) for w in widgets]
        for line in (self.user, self.cpr, self.start, self.end):
            line.clear()
        for combo in (self.transaction, self.source, self.import_choice):
            combo.setCurrentIndex(0)
        for blocker in blockers:
            blocker.unblock()
        self._person = None
        self.apply_filter()

    def only_user(self) -> None:
        row = self.panel.row
        if row is not None:
            self.user.setText(row.user_id)
            self.apply_filter()

    def only_person(self) -> None:
        """Filter on the selected row's person: the number is read on the worker and kept
        here; the field shows it masked."""
        row = self.panel.row
        if row is None or row.cpr_masked is None:
            return
        entry, vault = row.id, self.context.vault
        self.context.worker.submit(lambda _op: log_queries.entry_cpr(vault.db, entry),
                                   self._filter_on_person,
                                   lambda exc: show_error(self, exc))

    def _filter_on_person(self, digits: str | None) -> None:
        if not digits:
            return
        self._hide_person(digits)
        self.apply_filter()

    def _typed_in_table(self, text: str) -> None:
        self.user.setFocus(Qt.FocusReason.OtherFocusReason)
        self.user.setText(self.user.text() + text)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column != 0:  # only the time sorts: put the indicator back
            header = self.table.horizontalHeader()
            with QSignalBlocker(header):
                header.setSortIndicator(0, Qt.SortOrder.DescendingOrder if self.model.descending
                                        else Qt.SortOrder.AscendingOrder)
            return
        self.model.sort(column, order)

    def _import_activated(self, index: QModelIndex) -> None:
        """An import chosen in the panel: show only its rows."""
        row: ImportRow = self.imports_model.rows[index.row()]
        position = self.import_choice.findData(row.id)
        if position >= 0:
            self.import_choice.setCurrentIndex(position)

    # -- status and selection ------------------------------------------------------------------

    def count_text(self) -> str:
        model, number = self.model, self.numbers.toString
        if model.error is not None:
            return model.error
        if model.loading:
            return self.tr("Loading…")
        if model.total is not None:
            if model.total == 0:
                return (self.tr("No log rows are imported yet.") if model.filter.is_empty
                        else self.tr("No rows match the filter."))
            return self.tr("{count} rows").format(count=number(model.total))
        text = self.tr("≥ {count} rows").format(count=number(model.rowCount()))
        if model.searching and model.query is not None and model.query.order is Order.IMPORT:
            text += " " + self.tr("(searching… {percent} %)").format(
                percent=int(model.scanned * 100))
        return text

    def _update_count(self) -> None:
        self.count.setText(self.count_text())
        self.count.setStyleSheet(f"color: {_ALERT_TEXT.name()};" if self.model.error else "")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_object(current.row()) if current.isValid() else None
        self.panel.show_row(row, self.model)

    def _refresh_panel(self) -> None:
        current = self.table.currentIndex()
        if current.isValid() and self.panel.row is None:
            self._current_changed(current, current)

    def selected_row(self) -> LogRow | None:
        return self.panel.row

    # -- imports -------------------------------------------------------------------------------

    def import_file(self, kind: ImportKind) -> None:
        open_log_import(self.context, self, kind, lambda _result: self.refresh())

    def refresh(self) -> None:
        """After an import: the lists, and the rows from the first page."""
        self._load_lists()
        self.model.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Coming back to the view after files were imported elsewhere (a control, the
        command line): start again. Otherwise the rows stay where the officer left them."""
        super().showEvent(event)
        seen = self._imports_seen
        self._load_lists()
        if self._imports_seen != seen:
            self.model.reload()


__all__ = ["CACHED_PAGES", "ImportsModel", "LogModel", "LogRowPanel", "LogTable", "LogView",
           "local_text"]
