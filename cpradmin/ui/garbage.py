"""Python's garbage collection, on the GUI thread only.

The cyclic collector runs on whichever thread happens to allocate; if that is the vault's
worker, it may free Qt objects there and crash the process (reproduced: a segfault after a
large import). As Anki does, automatic collection is switched off and a timer on the GUI
thread collects instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 10_000


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        # A cheap young-generation pass usually; a full pass when the old heap has grown.
        gc.collect(0 if gc.get_count()[0] < 700 else 2)
