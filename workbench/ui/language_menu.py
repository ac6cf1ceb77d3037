"""View → Language: the window's language, saved in the settings and used from the next start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from workbench.ui.i18n import LANGUAGES, save_language, saved_language, translate

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


def add_language_menu(window: MainWindow, view: QMenu) -> QActionGroup:
    menu = view.addMenu(translate("Language", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    saved = saved_language(window.state.settings)
    choices = {"": translate("Language", "The system's language"), **LANGUAGES}
    for code, name in choices.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        action.setStatusTip(translate("Language", "Used from the next start of the workbench"))
        action.triggered.connect(lambda _checked=False, c=code: _choose(window, c))
        group.addAction(action)
        menu.addAction(action)
    return group


def _choose(window: MainWindow, code: str) -> None:
    if code == saved_language(window.state.settings):
        return
    save_language(window.state.settings, code)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Language", "Language"),
        translate("Language", "The workbench will speak the chosen language from its next start."),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setModal(False)
    window.last_note = box
    box.show()
