"""Transaction statistics: a table per user ID and transaction type with a column per month,
a stacked bar chart, and the differences against the CPR office's imported report.

The counting runs on the vault's worker (``log_statistics.transaction_statistics``; about a
second per million rows) inside a ``ProgressDialog``, which appears only if it lasts and can
cancel. The table holds one row per user ID and type (tens of thousands at most, never the
log rows). The chart shows the user of the selected row month by month, or, with no row
selected, the busiest users stacked by transaction type. "Last month, system-to-system" is
the monthly statistics the CPR terms ask of an authority with system-to-system access.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.log_import import StatisticsDifference
from cpradmin.log_statistics import (
    TOP_USERS,
    Statistics,
    StatisticsExport,
    StatisticsRow,
    export_statistics,
    last_month,
    log_users,
    statistics_differences,
    transaction_statistics,
    user_history,
)
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.logs import to_local
from cpradmin.ui import i18n
from cpradmin.ui.common import push_button
from cpradmin.ui.context import ViewContext
from cpradmin.ui.progress import ProgressDialog
from cpradmin.ui.table_model import RawRole, RowsModel, rows_table
from cpradmin.ui.worker import Operation

SETTINGS_FOLDER = "statistics/last_folder"
#: Transaction types drawn as their own bar segment; the rest are summed as "Other".
MAX_SERIES = 9
#: Rows measured to size the table's columns.
SIZE_FROM_ROWS = 200
_ALERT_TEXT = "#b00020"

_Index = QModelIndex | QPersistentModelIndex
Result = tuple[Statistics | None, list[StatisticsDifference] | None]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StatisticsModel(QAbstractTableModel):
    """One row per user ID and transaction type; a column per month, then the total.
    Sorting works on the raw values (numbers as numbers)."""

    FIXED = (
        QT_TRANSLATE_NOOP("StatisticsModel", "User ID"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Department / program"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Transaction"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.stats: Statistics | None = None
        self.rows: list[StatisticsRow] = []
        self.locale_for_numbers = i18n.number_locale()

    def set_statistics(self, stats: Statistics | None) -> None:
        self.beginResetModel()
        self.stats = stats
        self.rows = list(stats.rows) if stats is not None else []
        self.endResetModel()

    @property
    def months(self) -> int:
        return len(self.stats.months) if self.stats is not None else 0

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.FIXED) + self.months + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(self.FIXED):
            return QCoreApplication.translate("StatisticsModel", self.FIXED[section])
        if section < len(self.FIXED) + self.months and self.stats is not None:
            return self.stats.labels[section - len(self.FIXED)]
        return self.tr("Total")

    def raw(self, row: StatisticsRow, column: int) -> Any:
        if column == 0:
            return row.user_id
        if column == 1:
            return row.unit
        if column == 2:
            return row.transaction
        if column < len(self.FIXED) + self.months:
            return row.counts[column - len(self.FIXED)]
        return row.total

    def unit_text(self, row: StatisticsRow) -> str:
        if row.kind == "unknown":
            return self.tr("Not in the register")
        if row.kind == "program":
            return self.tr("Program: {name}").format(name=redact_cpr(row.unit))
        return redact_cpr(row.unit)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == RawRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return self.unit_text(row)
            value = self.raw(row, column)
            return self.locale_for_numbers.toString(value) if isinstance(value, int) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= len(self.FIXED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.rows or not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: (self.raw(r, column), r.user_id, r.transaction),
                       reverse=order is Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class DifferencesModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("DifferencesModel", "User ID"),
        QT_TRANSLATE_NOOP("DifferencesModel", "Transaction"),
        QT_TRANSLATE_NOOP("DifferencesModel", "CPR office's statistics"),
        QT_TRANSLATE_NOOP("DifferencesModel", "Counted in the log"),
        QT_TRANSLATE_NOOP("DifferencesModel", "Difference"),
    )

    def display(self, row: Any, column: int) -> Any:
        values = (row.user_id, row.transaction, str(row.reported), str(row.computed),
                  f"{row.difference:+d}")
        return values[column]


class StatisticsView(QWidget):
    """Period, filters, the table, the chart and the differences."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("StatisticsView")
        self.locale_for_numbers = i18n.number_locale()
        self.progress: ProgressDialog | None = None
        self.stats: Statistics | None = None
        self.differences: list[StatisticsDifference] | None = None
        self.chart_user: str | None = None
        self._loaded = False

        today = self._reference_day()
        first, _ = last_month(today)
        start = (first - timedelta(days=1)).replace(day=1)
        start = (start - timedelta(days=1)).replace(day=1)  # three whole months
        self.start = QDateEdit(_qdate(start))
        self.start.setObjectName("start")
        self.end = QDateEdit(_qdate(last_month(today)[1]))
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user.setMinimumContentsLength(12)
        self.user.lineEdit().setPlaceholderText(self.tr("All users"))
        self.user.lineEdit().returnPressed.connect(self.show_statistics)
        self.user.currentTextChanged.connect(lambda _t: self._update_buttons())
        self.source = QComboBox()
        self.source.setObjectName("source")
        self.source.addItem(self.tr("All logs"), None)
        self.source.addItem(self.tr("CPR log"), "cpr")
        self.source.addItem(self.tr("Our system logs"), "system")
        self.programs_only = QCheckBox(self.tr("&System-to-system users only"))
        self.programs_only.setObjectName("programsOnly")
        self.show_button = push_button(self.tr("S&how"), "show", self.show_statistics)
        self.show_button.setDefault(True)
        self.history_button = push_button(self.tr("User's &history"), "history",
                                           self.show_history)
        self.monthly_button = push_button(self.tr("&Last month, system-to-system"),
                                           "monthly", self.show_last_month_programs)
        self.export_button = push_button(self.tr("&Export…"), "export", self.choose_file)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("&From:"), self.start), (self.tr("&To:"), self.end),
                              (self.tr("&User ID:"), self.user),
                              (self.tr("Lo&gs:"), self.source)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.programs_only)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.show_button, self.history_button, self.monthly_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)

        self.summary = QLabel(self.tr("Choose a period and press Show."))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.model = StatisticsModel()
        self.table = QTableView()
        self.table.setObjectName("statistics")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the core's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # Tens of thousands of rows: size the columns once per result, from the first rows
        # (ResizeToContents would measure every row again on each change).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.chart = QChart()
        self.chart.setObjectName("chart")
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.axis_x = QBarCategoryAxis()
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%d")
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("chartView")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)

        self.differences_model = DifferencesModel()
        self.differences_table = rows_table(self.differences_model, "differences")
        self.differences_label = QLabel()
        self.differences_label.setObjectName("differencesText")
        self.differences_label.setWordWrap(True)
        self.differences_label.setTextFormat(Qt.TextFormat.PlainText)
        differences = QWidget()
        differences_layout = QVBoxLayout(differences)
        differences_layout.addWidget(self.differences_label)
        differences_layout.addWidget(self.differences_table)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.chart_view, self.tr("Chart"))
        self.tabs.addTab(differences, self.tr("Against the CPR office's statistics"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Transaction statistics</h3>Transactions per user ID, transaction type and "
            "month (Danish calendar months), counted from the imported logs.")))
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._update_buttons()


    def today(self) -> date:
        return self.context.vault.clock.now().astimezone().date()

    # -- state ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.progress is not None and self.progress.running

    def _update_buttons(self) -> None:
        idle = not self.busy
        for button in (self.show_button, self.monthly_button):
            button.setEnabled(idle)
        self.history_button.setEnabled(idle and bool(self.user_filter()))
        self.export_button.setEnabled(idle and self.stats is not None)

    def user_filter(self) -> str | None:
        text = self.user.currentText().strip().upper()
        return text or None

    def period(self) -> tuple[date, date]:
        return _pydate(self.start.date()), _pydate(self.end.date())

    def _reference_day(self) -> date:
        """Today, or the month after the newest imported log when that is older: the view
        opens on the last three months that have rows, not on months nobody imported yet."""
        today = self.today()
        newest = self.context.read(lambda vault: vault.db.execute(
            "SELECT max(period_end) FROM log_imports WHERE kind = 'log'").fetchone()[0])
        if newest is None:
            return today
        day = to_local(int(newest)).date()
        following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return min(today, following)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous() and not self._loaded:
            self._loaded = True
            self.load_users()
            self.show_statistics()

    def load_users(self) -> None:
        """The user IDs of the imported logs, for the filter's list and completer."""
        users = self.context.read(lambda vault: log_users(vault.db))
        typed = self.user.currentText()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem("")
        self.user.addItems(users)
        self.user.setEditText(typed)
        self.user.blockSignals(False)
        completer = QCompleter(users, self.user)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.user.setCompleter(completer)

    # -- computing -------------------------------------------------------------------------------

    def show_statistics(self) -> None:
        """Count the chosen period and filters on the worker."""
        start, end = self.period()
        if end < start:
            self._problem(self.tr("The period ends before it starts."))
            return
        user, programs_only = self.user_filter(), self.programs_only.isChecked()
        source, vault = self.source.currentData(), self.context.vault

        def job(operation: Operation) -> Result:
            stats = transaction_statistics(
                vault.db, start, end, user=user, programs_only=programs_only, source=source,
                progress=lambda done, total: operation.progress(done, total),
                check_cancel=operation.check)
            return stats, statistics_differences(vault.db, stats)

        self._run(job, self.tr("Counting transactions {start} to {end}…").format(
            start=start.isoformat(), end=end.isoformat()))

    def show_history(self) -> None:
        """Every month of the chosen user ID's imported rows."""
        user = self.user_filter()
        if user is None:
            return
        source, vault = self.source.currentData(), self.context.vault

        def job(operation: Operation) -> Result:
            stats = user_history(vault.db, user, source=source,
                                 progress=lambda done, total: operation.progress(done, total),
                                 check_cancel=operation.check)
            return stats, statistics_differences(vault.db, stats) if stats else None

        self._run(job, self.tr("Counting the history of {user}…").format(user=user),
                  empty=self.tr("The imported logs hold no rows for {user}.").format(
                      user=user))

    def show_last_month_programs(self) -> None:
        """The monthly statistics of the system-to-system users, for last month."""
        first, last = last_month(self.today())
        self.start.setDate(_qdate(first))
        self.end.setDate(_qdate(last))
        self.user.setEditText("")
        self.programs_only.setChecked(True)
        self.source.setCurrentIndex(0)
        self.show_statistics()

    def _run(self, job: Any, text: str, *, empty: str = "") -> None:
        if self.busy:
            return
        self.progress = ProgressDialog(self.context, self, title=self.tr("Transaction statistics"),
                                       text=text, items=self.tr("rows"))
        self.progress.ended.connect(lambda _state: self._update_buttons())

        def done(result: Result) -> None:
            stats, differences = result
            if stats is None:
                self._problem(empty)
                return
            self.set_result(stats, differences)

        self.progress.run(job, done, read_only=True)
        self._update_buttons()

    def _problem(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {_ALERT_TEXT};")

    # -- showing ---------------------------------------------------------------------------------

    def set_result(self, stats: Statistics,
                   differences: list[StatisticsDifference] | None) -> None:
        self.stats, self.differences = stats, differences
        self.model.set_statistics(stats)
        header = self.table.horizontalHeader()
        if 0 <= header.sortIndicatorSection() < self.model.columnCount():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        self.summary.setStyleSheet("")
        self.summary.setText(self.describe(stats))
        self.show_differences(differences)
        self.chart_user = stats.user
        self.draw_chart()
        self._update_buttons()

    def describe(self, stats: Statistics) -> str:
        n = self.locale_for_numbers.toString
        who = (stats.user if stats.user is not None
               else self.tr("system-to-system user IDs") if stats.programs_only
               else self.tr("all user IDs"))
        source = {None: self.tr("all logs"), "cpr": self.tr("the CPR log"),
                  "system": self.tr("our system logs")}[stats.source]
        return self.tr("{total} transactions by {users} user ID(s), {start} to {end} ({who}, "
                       "{source}).").format(total=n(stats.total), users=n(len(stats.users())),
                                            start=stats.start.isoformat(),
                                            end=stats.end.isoformat(), who=who, source=source)

    def show_differences(self, differences: list[StatisticsDifference] | None) -> None:
        if differences is None:
            self.differences_model.set_rows([])
            self.differences_label.setText(self.tr(
                "No imported CPR transaction statistics lie inside this period. Import the "
                "CPR office's report to compare it with the log."))
            return
        off = [d for d in differences if d.difference]
        self.differences_model.set_rows(off)
        if off:
            self.differences_label.setText(self.tr(
                "{count} user ID and transaction type pair(s) differ between the CPR office's "
                "statistics and the CPR log imported here. A missing log file, or a report "
                "for another period, are the usual causes.").format(count=len(off)))
        else:
            self.differences_label.setText(self.tr(
                "The CPR office's statistics and the imported CPR log agree ({count} pair(s) "
                "compared).").format(count=len(differences)))

    def _selection_changed(self, *_: object) -> None:
        indexes = self.table.selectionModel().selectedRows()
        row = self.model.data(indexes[0], RawRole) if indexes else None
        user = row.user_id if row is not None else (self.stats.user if self.stats else None)
        if user != self.chart_user:
            self.chart_user = user
            self.draw_chart()

    def draw_chart(self) -> None:
        """A bar per month for one user (its transaction types stacked), or a bar per user
        for the busiest users. The two axes stay; only their values and the series change
        (a removed axis left its labels drawn in the chart)."""
        chart = self.chart
        chart.removeAllSeries()
        self.axis_x.clear()
        stats = self.stats
        if stats is None or not stats.rows:
            chart.setTitle(self.tr("No transactions"))
            self.axis_y.setRange(0, 1)
            return
        if self.chart_user is not None:
            shown = stats.for_user(self.chart_user)
            categories, values = shown.labels, shown.by_month()
            chart.setTitle(self.tr("{user}: transactions per month").format(
                user=self.chart_user))
        else:
            top = [u for u, _ in stats.user_totals()[:TOP_USERS]]
            categories, values = top, stats.by_user(top)
            chart.setTitle(self.tr("The {count} busiest user IDs, {start} to {end}").format(
                count=len(top), start=stats.start.isoformat(), end=stats.end.isoformat()))
        series = QStackedBarSeries()
        series.setObjectName("bars")
        kept = list(values.items())[:MAX_SERIES]
        rest = list(values.values())[MAX_SERIES:]
        if rest:
            kept.append((self.tr("Other"), [sum(col) for col in zip(*rest, strict=True)]))
        for name, counts in kept:
            bar_set = QBarSet(name)
            bar_set.append([float(c) for c in counts])
            series.append(bar_set)
        chart.addSeries(series)
        self.axis_x.append(categories)
        highest = max((sum(col) for col in zip(*values.values(), strict=True)), default=0)
        self.axis_y.setRange(0, max(highest, 1))
        self.axis_y.applyNiceNumbers()
        series.attachAxis(self.axis_x)
        series.attachAxis(self.axis_y)

    # -- export ----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        stats = self.stats
        if stats is None or self.busy:
            return
        settings = QSettings()
        folder = Path(str(settings.value(SETTINGS_FOLDER, "", type=str) or Path.home()))
        suggested = folder / (self.tr("Transaction statistics {start} {end}").format(
            start=stats.start.isoformat(), end=stats.end.isoformat()) + ".xlsx")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the statistics to"), str(suggested),
            self.tr("Excel workbook (*.xlsx);;CSV file, the table only (*.csv)"))
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        settings.setValue(SETTINGS_FOLDER, str(path.parent))
        self.export_to(path)

    def export_to(self, path: Path | str) -> bool:
        """Export the statistics shown to *path* (what the file dialog chose; tests call
        this directly) after the password is typed again. False if refused here."""
        stats, differences = self.stats, self.differences
        path = Path(path)
        if stats is None or self.busy:
            return False
        if path.suffix.lower() not in (".xlsx", ".csv"):
            self._problem(self.tr("Export to a file ending in .xlsx or .csv."))
            return False
        if not self.context.confirm_password(self, self.tr(
                "Export the transaction statistics to {file}.").format(
                    file=redact_cpr(str(path)))):
            return False
        vault = self.context.vault
        lang = "da" if i18n.chosen_language() == "da" else "en"

        def job(_operation: Operation) -> StatisticsExport:
            return export_statistics(vault, stats, path, lang=lang, differences=differences)

        def exported(result: StatisticsExport) -> None:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr(
                "The statistics were exported to {file} ({rows} rows). The export is recorded "
                "in the audit trail.").format(file=redact_cpr(result.path.name),
                                              rows=result.rows))

        # export_statistics writes without cancel checks: no Cancel button.
        self.progress = ProgressDialog(self.context, self, title=self.tr("Export"),
                                       text=self.tr("Exporting to {file}…").format(
                                           file=redact_cpr(path.name)), cancellable=False)
        self.progress.ended.connect(lambda _state: self._update_buttons())
        self.progress.run(job, exported)
        self._update_buttons()
        return True
