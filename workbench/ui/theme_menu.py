"""View → Theme: follow the system's colour scheme, or keep the window light or dark."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from workbench.ui import theme
from workbench.ui.i18n import translate

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


def _names() -> dict[str, str]:
    return {
        "system": translate("Theme", "Like the &system"),
        "light": translate("Theme", "&Light"),
        "dark": translate("Theme", "&Dark"),
    }


def add_theme_menu(window: MainWindow, view: QMenu) -> QActionGroup:
    menu = view.addMenu(translate("Theme", "&Theme"))
    menu.setObjectName("themeMenu")
    group = QActionGroup(menu)
    for choice, name in _names().items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(choice == theme.choice())
        action.setData(choice)
        action.triggered.connect(lambda _checked=False, c=choice: choose_theme(window, c))
        group.addAction(action)
        menu.addAction(action)
    window.theme_actions = group
    return group


def choose_theme(window: MainWindow, choice: str) -> None:
    """Switch now and remember the choice for the next start."""
    theme.save_theme(window.state.settings, choice)
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        theme.apply_theme(app, choice)
    if window.theme_actions is not None:
        for action in window.theme_actions.actions():
            action.setChecked(action.data() == choice)
