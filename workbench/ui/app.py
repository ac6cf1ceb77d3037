"""Starting the window: the Qt application, the library, and the crash dialog."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from workbench.core.errors import WorkbenchError
from workbench.paths import data_location
from workbench.store import Library


def run_app(data: str | None = None, self_test: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Fact-Check Workbench")
    app.setOrganizationName("FactCheckWorkbench")
    location = data_location(data)
    try:
        library = Library.open(location.library, exports_dir=location.exports)
    except WorkbenchError as error:
        QMessageBox.critical(None, "Fact-Check Workbench", str(error))
        return 2
    window = QMainWindow()
    window.setWindowTitle(f"Fact-Check Workbench — {library.folder}")
    window.resize(1200, 800)
    window.show()
    try:
        return 0 if self_test else app.exec()
    finally:
        library.close()
