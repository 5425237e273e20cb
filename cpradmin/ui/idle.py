"""The idle lock: an app-wide event filter measures time since the last input.

The CPR terms (section 7) require a lock after at most ten idle minutes. The clock counts
through suspend (``CLOCK_BOOTTIME`` on Linux, wall time elsewhere), so waking from a sleep
longer than the limit locks at the first tick. A modal dialog does not stop the timer: the
filter sits on the application, not on a window.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def suspend_aware_clock() -> float:
    """Seconds that keep counting while the machine sleeps."""
    if sys.platform.startswith("linux"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.time()


class IdleWatcher(QObject):
    """Emits ``expired`` once when no input arrived for ``limit_seconds``."""

    expired = Signal()

    def __init__(
        self,
        limit_seconds: float,
        *,
        clock: Callable[[], float] = suspend_aware_clock,
        tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit_seconds = limit_seconds
        self._clock = clock
        self._last_input = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last_input = self._clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        """Called every tick (and directly by tests): lock when the limit is reached."""
        if self._armed and self.idle_seconds() >= self.limit_seconds:
            self.stop()
            self.expired.emit()
