"""The log control view: the list of log controls, "New log control…", and the review panel.

Issue 4, items 5, 7 and 8 in the GUI. The list shows every log control (quarterly, monthly
system-to-system, ad hoc) with its scope masked and its counts; choosing one shows it in the
review panel below (``review_items.ReviewPanel``, keyboard-driven), and a new control is
started through ``review_start_dialog.ReviewStartDialog``, which runs it on the vault's worker
with progress and Cancel. Everything the view reads or writes goes through the ViewContext.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cpradmin import controls
from cpradmin.controls import ControlSummary
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.models.accounts import Permission
from cpradmin.models.review import ControlType
from cpradmin.models.storage.connection import Connection
from cpradmin.ui.context import ViewContext
from cpradmin.ui.review_items import (
    ReviewPanel,
    local_stamp,
    scope_text,
    status_text,
    type_text,
)
from cpradmin.ui.review_start_dialog import ReviewStartDialog
from cpradmin.ui.table_model import RawRole, RowsModel, rows_table


@dataclass(frozen=True)
class ControlRow:
    """A line of the list: the core's summary and how many of its items are findings."""

    summary: ControlSummary
    findings: int
    sample: int


def control_rows(conn: Connection) -> list[ControlRow]:
    """Every log control, newest first, with its findings and sample counted.

    ``ControlSummary`` counts items and undecided ones only; the findings/sample split comes
    from one query over the ``(control_id, severity, position)`` index (a sample item has no
    severity), rather than one ``get_control`` per control.
    """
    split = {int(control_id): (int(findings), int(items) - int(findings))
             for control_id, items, findings in conn.execute(
                 "SELECT control_id, count(*), count(severity) FROM control_items "
                 "GROUP BY control_id")}
    return [ControlRow(summary, *split.get(summary.id, (0, 0)))
            for summary in controls.list_controls(conn)]


class ControlsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ControlsModel", "No."),
        QT_TRANSLATE_NOOP("ControlsModel", "Type"),
        QT_TRANSLATE_NOOP("ControlsModel", "Period"),
        QT_TRANSLATE_NOOP("ControlsModel", "Scope"),
        QT_TRANSLATE_NOOP("ControlsModel", "Status"),
        QT_TRANSLATE_NOOP("ControlsModel", "Findings"),
        QT_TRANSLATE_NOOP("ControlsModel", "Sample"),
        QT_TRANSLATE_NOOP("ControlsModel", "Undecided"),
        QT_TRANSLATE_NOOP("ControlsModel", "Created"),
    )

    def display(self, row: Any, column: int) -> Any:
        line: ControlRow = row
        s = line.summary
        kind = type_text(s.type)
        if s.parent_id is not None:
            kind = self.tr("{type} (from #{parent})").format(type=kind, parent=s.parent_id)
        values = (
            str(s.id), kind,
            f"{s.start.strftime('%d-%m-%Y')} – {s.end.strftime('%d-%m-%Y')}",
            scope_text(s.scope), status_text(s.status), str(line.findings), str(line.sample),
            str(s.undecided),
            self.tr("{when} by {who}").format(when=local_stamp(s.created_at), who=s.created_by),
        )
        return values[column]

    def decoration(self, index: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 5, 6, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, control_id: int) -> int | None:
        for number, line in enumerate(self.rows):
            if line.summary.id == control_id:
                return number
        return None


class ReviewView(QWidget):
    """The log controls: list, start, review. See the module docstring."""

    def __init__(self, context: ViewContext, *, page_size: int = controls.PAGE) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("ReviewView")
        self.may_control = context.vault.account.may(Permission.DO_CONTROLS)

        self.new_button = QPushButton(self.tr("&New log control…"))
        self.new_button.setObjectName("new")
        self.new_button.setVisible(self.may_control)
        self.new_button.clicked.connect(lambda _c=False: self.new_control())
        self.model = ControlsModel()
        self.list = rows_table(self.model, "controls")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentRowChanged.connect(self._chosen)
        self.list.activated.connect(lambda _index: self.panel.table.setFocus())
        self.panel = ReviewPanel(context, self, page_size=page_size)
        self.panel.changed.connect(lambda _id: self.refresh(reload_panel=False))
        self.panel.open_control.connect(self.open_control)

        top = QHBoxLayout()
        title = QLabel(self.tr(
            "<h3>Log control</h3>Quarterly log control, the monthly control of our own "
            "system-to-system users, and ad hoc controls on suspected abuse. Choose a control "
            "and press Enter to review its items."))
        title.setWordWrap(True)
        top.addWidget(title, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.report_button = QPushButton(self.tr("Re&port…"))
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(lambda _c=False: self.open_report())
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignBottom)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(list_box)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    # -- the list -------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.list.currentIndex()
        line = self.model.data(index, RawRole) if index.isValid() else None
        return line.summary.id if line is not None else None

    def refresh(self, select: int | None = None, *, reload_panel: bool = True) -> None:
        """Read the list again, keeping (or choosing *select*). The panel shows another control
        if the choice changed, else reads its counts again (unless it just did itself)."""
        wanted = select if select is not None else self.selected_id()
        rows = self.context.read(lambda v: control_rows(v.db))
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        self.model.set_rows(rows)
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))
        selection.blockSignals(False)
        chosen = self.selected_id()
        shown = self.panel.control.id if self.panel.control is not None else None
        if chosen != shown:
            self.panel.show_control(chosen)
        elif chosen is not None and reload_panel:
            self.panel.reload_control()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.model.data(current, RawRole) if current.isValid() else None
        self.panel.show_control(line.summary.id if line is not None else None)

    def open_report(self) -> QDialog | None:
        """The selected control's documentation: PDF (signed or not), print, evidence."""
        control_id = self.selected_id()
        if control_id is None:
            return None
        from cpradmin.ui.control_report_dialog import open_control_report

        return open_control_report(self.context, control_id, self)

    def open_control(self, control_id: int) -> None:
        """Show *control_id* (e.g. the ad hoc control a decision opened) with its items."""
        self.refresh(select=control_id)
        self.panel.table.setFocus()

    # -- starting -------------------------------------------------------------------------------

    def new_control(self, kind: ControlType = ControlType.QUARTERLY) -> int | None:
        """The "New log control…" dialog; the new control is shown once it is stored."""
        if not self.may_control:
            return None
        dialog = ReviewStartDialog(self.context, self, kind=kind)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.control_id is None:
                return None
            control_id = dialog.control_id
        finally:
            dialog.deleteLater()
        self.open_control(control_id)
        return control_id

    # -- Qt -------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """The review keys reach the panel also when pressed on the view itself (not when the
        list has the focus: its arrows and letters are its own)."""
        if not self.list.hasFocus() and self.panel.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()


__all__ = ["ControlRow", "ControlsModel", "ReviewView", "control_rows"]
