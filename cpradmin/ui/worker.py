"""The vault's single worker: every database call runs on one thread, off the GUI thread.

SQLCipher connections belong to one thread, so the vault gets exactly one worker (Anki's
single-worker executor). A job is an ``Operation``: it reports progress, can be cancelled
(the job raises ``Cancelled`` inside its transaction, which rolls back), and its success
or failure callback runs on the GUI thread. The worker never touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class Cancelled(Exception):  # noqa: N818 - reads as what happened
    """Raised inside a job when the user pressed Cancel; the transaction rolls back."""


class Operation:
    """Handed to a job: report progress, check for cancel."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._relay.progressed.emit(self, done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Call between steps of a long job: raises ``Cancelled`` once cancel was asked."""
        if self._cancel.is_set():
            raise Cancelled


Job = Callable[[Operation], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued to it."""

    finished = Signal(object, object, object, object)
    progressed = Signal(object, int, int, str)

    @Slot(object, object, object, object)
    def deliver(self, callback: Any, errback: Any, result: Any, exc: Any) -> None:
        if exc is None:
            if callback is not None:
                callback(result)
        elif errback is not None:
            errback(exc)


class VaultWorker(QObject):
    """Runs jobs one after another on a dedicated thread (or inline, for tests)."""

    progressed = Signal(object, int, int, str)
    busy_changed = Signal(bool)

    def __init__(self, *, inline: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inline = inline
        self._relay = _Relay(self)
        self._relay.finished.connect(self._relay.deliver)
        self._relay.progressed.connect(self.progressed)
        self._executor = (
            None if inline else ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        )
        self._pending = 0

    def submit(
        self,
        job: Job,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> Operation:
        operation = Operation(self._relay)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def run() -> None:
            try:
                result = job(operation)
            except BaseException as exc:  # noqa: BLE001 - delivered to the failure callback
                self._relay.finished.emit(None, self._done(on_failure), None, exc)
            else:
                self._relay.finished.emit(self._done(on_success), None, result, None)

        if self._executor is None:
            run()
        else:
            self._executor.submit(run)
        return operation

    def _done(self, callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def wrapped(value: Any) -> None:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
            if callback is not None:
                callback(value)

        return wrapped

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def call(self, job: Callable[[], Any]) -> Any:
        """Run *job* on the worker and wait for it: for short reads and for shutdown."""
        if self._executor is None:
            return job()
        future: Future[Any] = self._executor.submit(job)
        return future.result()

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
