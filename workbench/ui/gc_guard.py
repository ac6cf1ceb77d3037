"""Cyclic garbage collection on the GUI thread only.

Python runs its cycle collector in whichever thread happens to allocate past the threshold. When
that is a worker, it can finalise Qt wrappers that belong to the GUI thread, and Qt crashes. The
guard turns automatic collection off and runs the same generational collection from a timer on
the GUI thread instead, so garbage is still reclaimed at the usual pace.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


class GarbageGuard(QObject):
    """While alive, collects cycles on the thread that owns it (the GUI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def install(app: QObject) -> GarbageGuard:
    """Install the guard once per application; later calls return the same one."""
    existing = app.findChild(GarbageGuard)
    if isinstance(existing, GarbageGuard):
        return existing
    return GarbageGuard(app)
