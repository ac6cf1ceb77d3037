"""Qt's own messages while the window runs headless: the platform's notices dropped, the rest kept.

The offscreen platform says "This plugin does not support …" for every window hint it ignores;
that is the platform talking, not a fault of the workbench. Any other warning is kept, so the
self-test can report it as a problem instead of printing it between its own lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

PLATFORM_NOTICES = ("This plugin does not support",)


@contextmanager
def collected_warnings() -> Iterator[list[str]]:
    """Collect Qt warnings (and worse) while the block runs; platform notices are dropped."""
    warnings: list[str] = []

    def handle(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if message.startswith(PLATFORM_NOTICES):
            return
        warnings.append(message)

    previous = qInstallMessageHandler(handle)
    try:
        yield warnings
    finally:
        qInstallMessageHandler(previous)
