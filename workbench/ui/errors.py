"""Errors reach the user as a sentence; unexpected ones are logged and shown; the app goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench.core.errors import WorkbenchError
from workbench.store.failures import storage_error
from workbench.ui.i18n import isolate, translate

log = logging.getLogger("workbench.ui")


def log_exception(log_path: Path, error: BaseException) -> str:
    """Append the traceback to the library's log file; returns the text written."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        with log_path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')} unexpected error\n")
            handle.write(text)
    except OSError:
        log.exception("cannot write the log file %s", log_path)
    return text


class ErrorReporter(QObject):
    """Shows failures without blocking the event loop; remembers the last one for tests."""

    def __init__(self, window: QWidget, log_path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.log_path = log_path
        self.last_box: QMessageBox | None = None
        self.last_message = ""
        self.crashes = 0
        self._previous_hook = sys.excepthook

    def report(self, error: BaseException) -> None:
        # A full or read-only disk, a locked or damaged database is not a bug: say which it is.
        mapped = storage_error(error, self.log_path.parent)
        if mapped is not None:
            if not isinstance(error, WorkbenchError):
                log_exception(self.log_path, error)
            error = mapped
        if isinstance(error, WorkbenchError):
            self._show(
                QMessageBox.Icon.Warning,
                translate("Errors", "Fact-Check Workbench"),
                str(error),
                "",
            )
            return
        self.crashes += 1
        details = log_exception(self.log_path, error)
        self._show(
            QMessageBox.Icon.Critical,
            translate("Errors", "Unexpected problem"),
            translate(
                "Errors",
                "Something went wrong: {error}\n\n"
                "Every change confirmed before this was saved; the one under way may not have "
                "been. The details were written to {log}; please send that file with a note of "
                "what you were doing.",
            ).format(error=f"{type(error).__name__}: {error}", log=isolate(self.log_path)),
            details,
        )

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, tb)
            return
        error.__traceback__ = tb
        self.report(error)

    def install(self) -> None:
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        self.last_message = text
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        if details:
            box.setDetailedText(details)
        box.setModal(False)
        box.show()
        self.last_box = box
