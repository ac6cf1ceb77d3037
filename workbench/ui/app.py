"""Starting the window: the Qt application, the library, the crash dialog, and the self-test."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.core.errors import WorkbenchError
from workbench.paths import resource
from workbench.store.opening import open_library
from workbench.ui import gc_guard, theme
from workbench.ui.i18n import chosen_language, install_language
from workbench.ui.main_window import MainWindow

APP_NAME = "Fact-Check Workbench"
ORGANISATION = "FactCheckWorkbench"


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setWindowIcon(QIcon(str(resource("icons", "workbench.svg"))))
    gc_guard.install(app)
    return app


def run_app(
    data: str | None = None,
    server: str | None = None,
    self_test: bool = False,
    theme_name: str | None = None,
    lang: str | None = None,
) -> int:
    if self_test:
        from workbench.ui.self_test import run_self_test

        return run_self_test()
    app = application()
    install_language(chosen_language(QSettings(), lang))
    theme.apply_theme(app, theme.chosen_theme(QSettings(), theme_name))
    theme.follow_system(app)
    try:
        library = open_library(data, server)
    except WorkbenchError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    try:
        library.backup_if_due()
        window = MainWindow(library, QSettings())
        window.errors.install()
        window.show()
        return app.exec()
    finally:
        library.close()
