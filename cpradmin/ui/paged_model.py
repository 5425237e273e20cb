"""A table model that holds ids, not rows, and fetches rows a page at a time (Anki's DataModel).

For 10,000 employees the model keeps the ordered list of matching ids (cheap) and asks the
vault for the rows of one page of ~200 only when the view paints that page; a small LRU
cache keeps the pages around the viewport, so scrolling back and forth costs nothing and
memory stays flat however long the list. Sorting and filtering never happen here: they
ask the vault's worker for the ordered ids again (a proxy model would have to load every
row first to sort or filter them).

Two custom roles let views, tests and delegates work on values rather than on text:
``RawRole`` is the accessor's value (dates as ``date`` objects), ``RowRole`` the row object.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

RawRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

F = TypeVar("F")  # the filter
R = TypeVar("R")  # the row object

#: (filter, sort key, descending) -> every matching id in display order
FetchIds = Callable[[F, str, bool], list[int]]
#: ids of one page -> their rows by id (an id missing from the answer was deleted meanwhile)
FetchRows = Callable[[list[int]], dict[int, R]]


class Column(NamedTuple):
    """One column: the English header (marked with ``QT_TRANSLATE_NOOP`` in the model's
    translation context), how to get the raw value from a row, and the sort key the id
    query understands (None: the column cannot be sorted)."""

    header: str
    accessor: Callable[[Any], Any]
    sort_key: str | None


class PagedTableModel(QAbstractTableModel, Generic[F, R]):
    """Rows are fetched through *fetch_rows* (a ``ViewContext.read`` on the vault's worker)."""

    #: Context the column headers are translated in; subclasses set their own.
    TR_CONTEXT = "PagedTableModel"

    def __init__(self, columns: Sequence[Column], fetch_ids: FetchIds[F],
                 fetch_rows: FetchRows[R], initial_filter: F, *, page_size: int = 200,
                 cached_pages: int = 8) -> None:
        super().__init__()
        self.columns = list(columns)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self.filter: F = initial_filter
        self.page_size = page_size
        self.cached_pages = max(2, cached_pages)
        self.ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, R]] = OrderedDict()
        first_sortable = next((i for i, c in enumerate(columns) if c.sort_key), 0)
        self.sort_column = first_sortable
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.loaded = False
        #: How many pages were fetched so far (tests and the benchmark watch it).
        self.pages_fetched = 0

    # -- the ids -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-query the ids for the current filter and sort; drops every cached page."""
        sort_key = self.columns[self.sort_column].sort_key or ""
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        ids = self._fetch_ids(self.filter, sort_key, descending)
        self.beginResetModel()
        self.ids = ids
        self._pages.clear()
        self.loaded = True
        self.endResetModel()

    def set_filter(self, flt: F) -> None:
        self.filter = flt
        self.reload()

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort_key is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the new order; a column without a sort key is ignored."""
        if not self.sortable(column):
            return
        if self.loaded and (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        self.reload()

    def invalidate(self) -> None:
        """Rows changed but not their order: drop the cache and let the view repaint."""
        self._pages.clear()
        if self.ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1)
            )

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, id_: int) -> int | None:
        try:
            return self.ids.index(id_)
        except ValueError:
            return None

    # -- the rows ------------------------------------------------------------------------------

    def row_object(self, row: int) -> R | None:
        """The row at *row*, fetching its page if needed (None if deleted meanwhile)."""
        if not 0 <= row < len(self.ids):
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            start = number * self.page_size
            page = self._fetch_rows(self.ids[start:start + self.page_size])
            self.pages_fetched += 1
            self._pages[number] = page
            while len(self._pages) > self.cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self.ids[row])

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.TR_CONTEXT, self.columns[section].header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_object(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        column = self.columns[index.column()]
        if role == RawRole:
            return column.accessor(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(column.accessor(row))
        return self.decorate(row, index.column(), role)

    def display(self, value: Any) -> str:
        """Text for a raw value: dates as dd-mm-yyyy, the Danish convention."""
        if value is None:
            return ""
        if isinstance(value, date):
            return value.strftime("%d-%m-%Y")
        return str(value)

    def decorate(self, row: R, column: int, role: int) -> Any:
        """Other roles (colours, icons, tool tips): nothing by default."""
        return None
