"""The obligations checklist of the CPR terms: a tree grouped by section, a detail panel to
assess the selected obligation, and the report as a PDF.

The status is the officer's judgement; the hint under the obligation's text is what
cpradmin's own records show (the control calendar, the registers) and sets nothing. Reads go
through ``ViewContext.read``, writes through ``ViewContext.write`` (the vault's worker);
deputies and auditors see everything but the editing controls are hidden.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpradmin import obligations
from cpradmin.models.accounts import Permission
from cpradmin.models.obligations import SECTIONS, STATUS_LABELS, Status
from cpradmin.obligations import Assessment, ChecklistItem
from cpradmin.securefiles import atomic_write
from cpradmin.ui.context import ViewContext
from cpradmin.ui.i18n import chosen_language, text
from cpradmin.vault import Vault

STATUS_COLOURS: dict[Status, str] = {
    Status.NOT_ASSESSED: "#757575",
    Status.MET: "#2e7d32",
    Status.PARTLY_MET: "#ef6c00",
    Status.NOT_MET: "#c62828",
    Status.NOT_APPLICABLE: "#455a64",
}
REF_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(source: str) -> str:
    return QCoreApplication.translate("Obligations", source)


class ObligationsView(QWidget):
    COLUMNS = 4  # ref, obligation, status, last review

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("ObligationsView")
        self.items: dict[str, ChecklistItem] = {}
        self.document: bytes | None = None
        self.document_name = ""
        may_edit = context.vault.account.may(Permission.EDIT_RECORDS)

        self.tree = QTreeWidget()
        self.tree.setObjectName("obligations")
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([self.tr("Ref."), self.tr("Obligation"), self.tr("Status"),
                                   self.tr("Last review")])
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())

        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("text")
        self.text.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.history = QLabel()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status")
        for status in Status:
            self.status_combo.addItem(_tr(STATUS_LABELS[status]), status.value)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("The evidence: what shows the obligation is met, "
                                             "or why it is not."))
        self.note.setMaximumHeight(90)
        self.attach_button = QPushButton(self.tr("&Attach document…"))
        self.attach_button.setObjectName("attach")
        self.attach_button.clicked.connect(self.choose_document)
        self.open_button = QPushButton(self.tr("&Save a copy…"))
        self.open_button.setObjectName("openDocument")
        self.open_button.clicked.connect(self.save_document)
        self.document_label = QLabel()
        self.document_label.setObjectName("documentLabel")
        self.document_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Reviewed today"))
        self.save_button.setObjectName("reviewedToday")
        self.save_button.setToolTip(self.tr("Record the status and note as reviewed today by "
                                            "you; the previous review stays in the history."))
        self.save_button.clicked.connect(self.save)
        self.report_button = QPushButton(self.tr("Save report as &PDF…"))
        self.report_button.setObjectName("report")
        self.report_button.clicked.connect(self.save_report)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        documents = QHBoxLayout()
        documents.addWidget(self.attach_button)
        documents.addWidget(self.open_button)
        documents.addWidget(self.document_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("Document:"), documents)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        for widget in (self.status_combo, self.note, self.attach_button, self.save_button):
            widget.setVisible(may_edit)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.text)
        detail_layout.addWidget(self.hint)
        detail_layout.addWidget(self.editor)
        detail_layout.addWidget(QLabel(self.tr("<b>History</b>")))
        detail_layout.addWidget(self.history)
        detail_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Obligations of the CPR terms</h3>Assess every obligation and review the "
            "checklist at least once a year, together with the internal regulations.")))
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.refresh()

    # -- reading -------------------------------------------------------------------------------

    def today(self) -> date:
        return self.context.vault.clock.now().astimezone().date()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        today = self.today()
        rows: list[ChecklistItem] = self.context.read(
            lambda vault: obligations.checklist(vault.db, today))
        self.items = {i.ref: i for i in rows}
        selected = self.selected_ref()
        self.tree.clear()
        for section in SECTIONS:
            top = QTreeWidgetItem([f"§{section.number}", _tr(section.title), "", ""])
            font = top.font(1)
            font.setBold(True)
            top.setFont(0, font)
            top.setFont(1, font)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            for item in (i for i in rows if i.obligation.section == section.number):
                child = QTreeWidgetItem(top, self._cells(item))
                child.setData(0, REF_ROLE, item.ref)
                self._colour(child, item)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 360)
        counts, due = obligations.summary(rows)
        self.summary.setText(self.tr(
            "{total} obligations: {met} met, {partly} partly met, {not_met} not met, "
            "{na} not applicable, {open} not assessed; {due} due for review.").format(
            total=len(rows), met=counts[Status.MET], partly=counts[Status.PARTLY_MET],
            not_met=counts[Status.NOT_MET], na=counts[Status.NOT_APPLICABLE],
            open=counts[Status.NOT_ASSESSED], due=due))
        self.select(selected or rows[0].ref)

    def _cells(self, item: ChecklistItem) -> list[str]:
        latest = item.latest
        reviewed = (f"{latest.reviewed_on.isoformat()} {latest.reviewed_by}" if latest
                    else self.tr("never"))
        if item.review_due:
            reviewed = self.tr("{reviewed} (review due)").format(reviewed=reviewed)
        return [item.ref, _tr(item.obligation.title), _tr(STATUS_LABELS[item.status]),
                reviewed]

    def _colour(self, widget: QTreeWidgetItem, item: ChecklistItem) -> None:
        widget.setForeground(2, QBrush(QColor(STATUS_COLOURS[item.status])))
        if item.review_due:
            widget.setForeground(3, QBrush(QColor("#c62828")))

    def selected_ref(self) -> str | None:
        current = self.tree.currentItem()
        return current.data(0, REF_ROLE) if current is not None else None

    def select(self, ref: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, REF_ROLE) == ref:
                    self.tree.setCurrentItem(top.child(j))
                    self._show_selected()
                    return

    def _show_selected(self) -> None:
        ref = self.selected_ref()
        item = self.items.get(ref or "")
        self.document, self.document_name = None, ""
        self.editor.setEnabled(item is not None)
        if item is None:
            return
        o = item.obligation
        self.title.setText(f"<b>{o.ref} {_tr(o.title)}</b>")
        self.text.setText(_tr(o.text))
        self.hint.setText(self.tr("cpradmin: {hint}").format(hint=text(item.hint))
                          if item.hint else "")
        self.hint.setVisible(item.hint is not None)
        self.status_combo.setCurrentIndex(self.status_combo.findData(item.status.value))
        self.note.setPlainText(item.latest.note if item.latest else "")
        self._show_document(item.latest)
        past: list[Assessment] = self.context.read(
            lambda vault: obligations.history(vault.db, o.ref))
        self.history.setText("\n".join(
            f"{a.reviewed_on.isoformat()} {a.reviewed_by}: {_tr(STATUS_LABELS[a.status])}"
            + (f" — {a.note}" if a.note else "")
            + (f" [{a.file_name}]" if a.file_name else "") for a in past)
            or self.tr("Never assessed."))

    def _show_document(self, latest: Assessment | None) -> None:
        if self.document is not None:
            self.document_label.setText(self.tr("{name} (new), SHA-256 {digest}…").format(
                name=self.document_name,
                digest=hashlib.sha256(self.document).hexdigest()[:12]))
        elif latest is not None and latest.file_name:
            self.document_label.setText(self.tr("{name}, SHA-256 {digest}…").format(
                name=latest.file_name, digest=latest.sha256[:12]))
        else:
            self.document_label.setText(self.tr("No document attached."))
        self.open_button.setEnabled(latest is not None and latest.document_id is not None)

    # -- writing -------------------------------------------------------------------------------

    def choose_document(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attach a document as evidence"), "",
            self.tr("Documents (*.pdf *.docx *.odt *.doc *.txt *.xlsx);;All files (*)"))
        if not name:
            return
        path = Path(name)
        try:
            if path.stat().st_size > obligations.MAX_DOCUMENT_BYTES:
                self.message.setText(self.tr("{name} is larger than {limit} MB.").format(
                    name=path.name, limit=obligations.MAX_DOCUMENT_BYTES // (1024 * 1024)))
                return
            self.document, self.document_name = path.read_bytes(), path.name
        except OSError as exc:
            self.message.setText(self.tr("The file cannot be read: {reason}").format(
                reason=exc.strerror or type(exc).__name__))
            return
        ref = self.selected_ref()
        self._show_document(self.items[ref].latest if ref else None)

    def save(self) -> None:
        ref = self.selected_ref()
        if ref is None:
            return
        status = Status(self.status_combo.currentData())
        note = self.note.toPlainText()
        document, name = self.document, self.document_name

        def done(assessment: Assessment) -> None:
            self.refresh()
            self.select(assessment.ref)
            self.message.setText(self.tr("{ref} recorded as reviewed today.").format(
                ref=assessment.ref))

        self.context.write(self, lambda vault: obligations.assess(
            vault, ref, status, note, document=document, file_name=name), done)

    def save_document(self) -> None:
        ref = self.selected_ref()
        latest = self.items[ref].latest if ref else None
        if latest is None or latest.document_id is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the document"), latest.file_name)
        if not target:
            return
        path, document_id = Path(target), latest.document_id

        def job(vault: Vault) -> Path:
            _name, data = obligations.document(vault, document_id)
            atomic_write(path, data)
            return path

        self.context.write(self, job, lambda saved: self.message.setText(
            self.tr("Saved a copy to {path}.").format(path=saved)))

    def save_report(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the checklist as PDF"), "", self.tr("PDF (*.pdf)"))
        if not target:
            return
        path, day = Path(target), self.today().isoformat()
        language = "da" if chosen_language() == "da" else "en"

        def job(vault: Vault) -> Path:
            from cpradmin import obligations_report, reports  # noqa: F401 - the builder

            made = reports.make_report(vault, "obligations", {"on": day}, lang=language)
            atomic_write(path, made.pdf)
            vault.record("report-exported", "report:obligations", {
                "file": path.name, "sha256": hashlib.sha256(made.pdf).hexdigest(),
                "signed": False})
            return path

        self.context.write(self, job, lambda saved: self.message.setText(
            self.tr("Report saved to {path}.").format(path=saved)))
