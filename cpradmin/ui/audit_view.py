"""The audit trail, newest first, fetched a page at a time; and the chain check."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpradmin import audit
from cpradmin.clock import parse_iso
from cpradmin.i18n import QT_TRANSLATE_NOOP
from cpradmin.ui.context import ViewContext
from cpradmin.vault import Vault

PAGE = 500


class AuditModel(QAbstractTableModel):
    """Holds the pages fetched so far; Qt asks for more as the user scrolls (fetchMore)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AuditModel", "#"),
        QT_TRANSLATE_NOOP("AuditModel", "Time"),
        QT_TRANSLATE_NOOP("AuditModel", "Who"),
        QT_TRANSLATE_NOOP("AuditModel", "Action"),
        QT_TRANSLATE_NOOP("AuditModel", "Object"),
        QT_TRANSLATE_NOOP("AuditModel", "Details"),
    )

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.entries: list[audit.AuditEntry] = []
        self.total = 0

    def reload(self) -> None:
        self.beginResetModel()
        self.entries = []
        self.total = self.context.read(
            lambda v: int(v.db.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        )
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.entries) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid():
            return
        offset = len(self.entries)

        def page(vault: Vault) -> list[audit.AuditEntry]:
            return list(audit.entries(vault.db, newest_first=True, limit=PAGE, offset=offset))

        rows = self.context.read(page)
        if not rows:
            self.total = len(self.entries)
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self.entries.extend(rows)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self.entries[index.row()]
        values = (
            entry.seq,
            parse_iso(entry.at).astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            entry.actor or "",
            entry.action,
            entry.object or "",
            "" if entry.details == "{}" else entry.details,
        )
        return values[index.column()]


class AuditView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("AuditView")
        self.model = AuditModel(context)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        verify = QPushButton(self.tr("&Verify the chain"))
        verify.setObjectName("verify")
        verify.clicked.connect(self.verify)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.model.reload)
        row = QHBoxLayout()
        row.addWidget(verify)
        row.addWidget(refresh)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Audit trail</h3>Every login, lock and change, chained with SHA-256 so that "
            "any altered, removed or reordered entry is detected."
        )))
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.model.reload()
        for column, width in enumerate((60, 150, 60, 180, 160)):
            self.table.setColumnWidth(column, width)

    def verify(self) -> None:
        self.result.setText(self.tr("Verifying…"))

        def job(vault: Vault) -> audit.Verification:
            return audit.verify(vault.db, vault.slots.audit_anchor)

        def done(result: audit.Verification) -> None:
            if result.ok:
                self.result.setText(
                    self.tr("Intact: {count} entries, head {head}").format(
                        count=result.count, head=result.head[:16]
                    )
                )
            else:
                self.result.setText(
                    self.tr("BROKEN: {problems}").format(problems="; ".join(result.problems[:5]))
                )

        self.context.write(self, job, done)
