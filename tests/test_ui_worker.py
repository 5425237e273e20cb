"""The vault's single worker thread: order, threads, callbacks, progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from cpradmin import audit
from cpradmin.errors import ValidationError, error
from cpradmin.ui.worker import Cancelled, Operation, VaultWorker
from cpradmin.vault import Vault

WAIT_MS = 10000


@pytest.fixture
def worker(qapp: Any) -> Iterator[VaultWorker]:
    threaded = VaultWorker()
    yield threaded
    threaded.shutdown()


def test_jobs_run_in_order_on_one_thread_that_is_not_the_gui_thread(
        qtbot: Any, worker: VaultWorker) -> None:
    gui = threading.get_ident()
    ran: list[tuple[int, int]] = []
    delivered: list[tuple[int, int]] = []
    busy: list[bool] = []
    worker.busy_changed.connect(busy.append)
    gate = threading.Event()

    def job(n: int) -> Any:
        def run(_op: Operation) -> int:
            if n == 0:
                gate.wait(5)  # the later jobs are queued behind this one
            ran.append((n, threading.get_ident()))
            return n * 10
        return run

    for n in range(6):
        worker.submit(job(n), lambda r: delivered.append((r, threading.get_ident())))
    assert worker.busy and busy == [True]
    gate.set()
    qtbot.waitUntil(lambda: len(delivered) == 6, timeout=WAIT_MS)

    assert [n for n, _ in ran] == list(range(6))
    threads = {t for _, t in ran}
    assert len(threads) == 1 and gui not in threads
    assert delivered == [(n * 10, gui) for n in range(6)]
    assert not worker.busy and busy == [True, False]
    assert worker.call(threading.get_ident) in threads  # call() uses the same thread


def test_failure_callback_gets_the_exception_on_the_gui_thread(
        qtbot: Any, worker: VaultWorker) -> None:
    boom = error(ValidationError, "The name is required.")
    got: list[tuple[BaseException, int]] = []
    succeeded: list[Any] = []

    def job(_op: Operation) -> None:
        raise boom

    worker.submit(job, succeeded.append, lambda e: got.append((e, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert got == [(boom, threading.get_ident())]
    assert succeeded == []
    assert not worker.busy
    with pytest.raises(ZeroDivisionError):
        worker.call(lambda: 1 / 0)


def test_inline_worker_runs_at_once_on_the_calling_thread(qtbot: Any) -> None:
    inline = VaultWorker(inline=True)
    got: list[int] = []
    inline.submit(lambda _op: threading.get_ident(), got.append)
    assert got == [threading.get_ident()]


def _employees(vault: Vault) -> int:
    return int(vault.db.execute("SELECT count(*) FROM employees").fetchone()[0])


def test_cancel_midway_rolls_back_rows_and_audit(
        qtbot: Any, worker: VaultWorker, vault: Vault) -> None:
    rows_before = worker.call(lambda: _employees(vault))
    head_before = worker.call(lambda: audit.head(vault.db))
    total = 50
    halfway = threading.Event()
    go_on = threading.Event()
    seen: dict[str, Any] = {}
    progress: list[tuple[int, int, str]] = []
    failures: list[BaseException] = []
    successes: list[Any] = []

    def job(op: Operation) -> int:
        with vault.change("test-import", "employees", {"rows": total}) as conn:
            for i in range(total):
                conn.execute(
                    "INSERT INTO employees (name, created_at, updated_at) VALUES (?, ?, ?)",
                    (f"Medarbejder {i}", "2025-01-01", "2025-01-01"),
                )
                op.progress(i + 1, total, f"row {i + 1}")
                if i == 9:
                    seen["inside"] = _employees(vault)  # the transaction sees its own rows
                    halfway.set()
                    go_on.wait(5)
                op.check()
                seen["last_row"] = i
        return total

    worker.progressed.connect(lambda o, d, t, text: progress.append((d, t, text)))
    operation = worker.submit(job, successes.append, failures.append)
    assert halfway.wait(5)
    operation.cancel()
    assert operation.cancelled
    go_on.set()
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)

    assert successes == []
    assert isinstance(failures[0], Cancelled)
    assert seen["inside"] == rows_before + 10
    assert seen["last_row"] == 8  # row 9 was written, then check() raised
    qtbot.waitUntil(lambda: len(progress) == 10, timeout=WAIT_MS)
    assert progress == [(d, total, f"row {d}") for d in range(1, 11)]
    assert worker.call(lambda: _employees(vault)) == rows_before
    assert worker.call(lambda: audit.head(vault.db)) == head_before
    actions = worker.call(lambda: [e.action for e in audit.entries(vault.db)])
    assert "test-import" not in actions
    assert not vault.db.in_transaction


def test_an_uncancelled_long_job_commits_with_its_audit_entry(
        qtbot: Any, worker: VaultWorker, vault: Vault) -> None:
    """The same job run to the end: the control for the cancel test above."""
    rows_before = worker.call(lambda: _employees(vault))
    progress: list[int] = []
    done: list[int] = []

    def job(op: Operation) -> int:
        with vault.change("test-import", "employees", {"rows": 20}) as conn:
            for i in range(20):
                conn.execute(
                    "INSERT INTO employees (name, created_at, updated_at) VALUES (?, ?, ?)",
                    (f"Medarbejder {i}", "2025-01-01", "2025-01-01"),
                )
                op.progress(i + 1, 20)
                op.check()
        return 20

    worker.progressed.connect(lambda _o, d, _t, _text: progress.append(d))
    worker.submit(job, done.append)
    qtbot.waitUntil(lambda: done == [20] and len(progress) == 20, timeout=WAIT_MS)
    assert progress == list(range(1, 21))
    assert worker.call(lambda: _employees(vault)) == rows_before + 20
    last = worker.call(lambda: next(audit.entries(vault.db, newest_first=True, limit=1)))
    assert (last.action, last.object) == ("test-import", "employees")
