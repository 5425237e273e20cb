"""A progress window for long jobs on the vault worker: imports, exports, later log imports.

Anki's habit: the window appears only when a job lasts longer than ``SHOW_AFTER_MS``, so a
quick job never flashes a window. While it shows, it has a bar (a busy bar until the job
reports a total), a line like "12,340 of 50,000 rows — 8,200 rows/s — about 5 s left", and
Cancel. Cancel asks the operation to stop; the job raises ``Cancelled`` at its next check,
inside its transaction, so everything rolls back, and the window then says so.

A read-only job that cannot check for cancel part-way (a core function without
``check_cancel``) is still cancelled honestly: with ``read_only=True``, :meth:`ProgressDialog.run`
checks once more when it returns and drops the result. A job that writes without checks of
its own must be started with ``cancellable=False``; its window has no Cancel button. (A
writing job is never checked after it returned: its transaction has committed, and saying
"nothing was changed" would be false.)

The window never touches the vault; it filters ``VaultWorker.progressed`` by its operation.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpradmin.ui import i18n
from cpradmin.ui.common import show_error
from cpradmin.ui.context import ViewContext
from cpradmin.ui.worker import Cancelled, Operation

#: A job that ends sooner than this never shows the window (Anki waits about as long).
SHOW_AFTER_MS = 600
#: The rate (and so the time left) is shown once the job has reported for this long.
RATE_AFTER_S = 0.5
#: The text line is redrawn at most this often; the bar follows every report.
TEXT_EVERY_S = 0.1


class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    CANCELLING = "cancelling"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class ProgressDialog(QDialog):
    """Runs one job on the context's worker and shows its progress if it takes a while.

    Create one per job, then call :meth:`run`. *items* names what the job counts, in the
    plural ("rows", "changes"); *text* is the first line ("Checking the file…").
    """

    #: The job ended: "done", "failed" or "cancelled" (after the callbacks ran).
    ended = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None, *, title: str,
                 text: str = "", items: str = "", cancellable: bool = True,
                 cancelled_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProgressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                               else Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(460)
        self.context = context
        self.items = items
        self.cancellable = cancellable
        self.cancelled_text = cancelled_text or self.tr("Cancelled — nothing was changed.")
        self.state = State.IDLE
        self.operation: Operation | None = None
        self.locale_for_numbers = i18n.number_locale()
        self._started = 0.0
        self._first: tuple[float, int] | None = None  # (time, done) of the first report
        self._text_drawn = 0.0
        self._connected = False
        self._dismissed = False  # the window that started the job closed: show nothing

        self.label = QLabel(text)
        self.label.setObjectName("text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setObjectName("bar")
        self.bar.setRange(0, 0)  # busy until the job reports a total
        self.bar.setTextVisible(False)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Cancel"))
        self.button.setObjectName("cancel")
        self.button.setVisible(cancellable)
        self.button.clicked.connect(self._button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

        self.show_timer = QTimer(self)
        self.show_timer.setSingleShot(True)
        self.show_timer.setInterval(SHOW_AFTER_MS)
        self.show_timer.timeout.connect(self._show_now)

    # -- running ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.state in (State.RUNNING, State.CANCELLING)

    def run(self, job: Callable[[Operation], Any],
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            on_cancelled: Callable[[], None] | None = None, *,
            read_only: bool = False) -> Operation:
        """Submit *job*; exactly one callback runs on the GUI thread when it ends (none if
        the vault was locked meanwhile). A failure without *on_failure* is shown as an error.
        *read_only*: the job writes nothing, so its result may be dropped after a late cancel.
        """
        if self.state is not State.IDLE:
            raise RuntimeError("a ProgressDialog runs one job")
        self.state = State.RUNNING
        self._started = time.monotonic()
        self.context.worker.progressed.connect(self._progressed)
        self._connected = True
        self.show_timer.start()

        def wrapped(operation: Operation) -> Any:
            self.operation = operation  # before the job's first report (inline worker)
            operation.check()  # cancelled while it waited behind another job
            result = job(operation)
            if read_only:
                operation.check()  # it had no checks of its own: drop the result
            return result

        def succeeded(result: Any) -> None:
            if self._ending(State.DONE):
                self.hide()
                if on_success is not None:
                    on_success(result)
                self.ended.emit(State.DONE.value)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                if self._ending(State.CANCELLED):
                    if not self._dismissed:
                        self._show_cancelled()
                    if on_cancelled is not None:
                        on_cancelled()
                    self.ended.emit(State.CANCELLED.value)
            elif self._ending(State.FAILED):
                self.hide()
                if on_failure is not None:
                    on_failure(exc)
                else:
                    show_error(self.parentWidget(), exc)
                self.ended.emit(State.FAILED.value)

        operation = self.context.worker.submit(wrapped, succeeded, failed)
        if self.operation is None:
            self.operation = operation
        return operation

    def _ending(self, state: State) -> bool:
        """Record the end; False if nothing may be shown any more (window gone, vault
        locked: nothing appears on top of the login window)."""
        if not shiboken6.isValid(self):
            return False
        self.show_timer.stop()
        if self._connected:
            self._connected = False
            self.context.worker.progressed.disconnect(self._progressed)
        self.state = state
        if not self.context.vault.is_open:
            self.hide()
            return False
        return True

    def cancel(self) -> None:
        """Ask the job to stop; it rolls back at its next check."""
        if self.state is not State.RUNNING or not self.cancellable:
            return
        self.state = State.CANCELLING
        if self.operation is not None:
            self.operation.cancel()
        self.label.setText(self.tr("Cancelling — waiting for the current step to finish…"))
        self.button.setEnabled(False)
        self._show_now()

    def dismiss(self) -> None:
        """The window that started the job is closing (the officer closed it, or the vault
        locks): cancel if possible, and show nothing more. The callbacks still run."""
        self.cancel()
        self._dismissed = True
        self.show_timer.stop()
        self.hide()

    # -- showing ---------------------------------------------------------------------------

    def _show_now(self) -> None:
        if self.running and not self.isVisible() and not self._dismissed:
            self.show()
            self.raise_()

    def _show_cancelled(self) -> None:
        self.label.setText(self.cancelled_text)
        self.bar.hide()
        self.detail.clear()
        self.button.setText(self.tr("Close"))
        self.button.setEnabled(True)
        self.button.setVisible(True)
        self.button.setDefault(True)
        self.show()
        self.button.setFocus()

    def _progressed(self, operation: object, done: int, total: int, text: str) -> None:
        if operation is not self.operation or not self.running:
            return
        now = time.monotonic()
        if self._first is None:
            self._first = (now, done)
        if total > 0:
            if self.bar.maximum() != total:
                self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text and self.state is State.RUNNING:
            self.label.setText(text)
        if now - self._text_drawn >= TEXT_EVERY_S or (total > 0 and done >= total):
            self._text_drawn = now
            self.detail.setText(self.describe(done, total, now))

    def describe(self, done: int, total: int, now: float | None = None) -> str:
        """"12,340 of 50,000 rows — 8,200 rows/s — about 5 s left" (as far as known)."""
        fmt = self.locale_for_numbers.toString
        if total > 0:
            parts = [self.tr("{done} of {total} {items}").format(
                done=fmt(done), total=fmt(total), items=self.items).strip()]
        else:
            parts = [self.tr("{done} {items}").format(done=fmt(done), items=self.items).strip()]
        now = time.monotonic() if now is None else now
        if self._first is not None:
            since, first_done = self._first
            elapsed = now - since
            if elapsed >= RATE_AFTER_S and done > first_done:
                rate = (done - first_done) / elapsed
                parts.append(self.tr("{rate} {items}/s").format(
                    rate=fmt(round(rate)), items=self.items) if self.items
                    else self.tr("{rate}/s").format(rate=fmt(round(rate))))
                if total > done:
                    parts.append(self.time_left((total - done) / rate))
        return " — ".join(parts)

    def time_left(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("about {seconds} s left").format(seconds=max(1, math.ceil(seconds)))
        minutes = math.ceil(seconds / 60)
        if minutes < 60:
            return self.tr("about {minutes} min left").format(minutes=minutes)
        hours, rest = divmod(minutes, 60)
        return self.tr("about {hours} h {minutes} min left").format(hours=hours, minutes=rest)

    # -- closing ---------------------------------------------------------------------------

    def _button_clicked(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.accept()

    def reject(self) -> None:
        """Escape or the window's close button: cancel a running job, close a finished one.

        While a job runs the window stays (saying it is cancelling); a lock closes it anyway
        with its parent."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
