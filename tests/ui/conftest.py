"""The real main window on a temporary library, opened and reopened as a user would."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from workbench.store import Library
from workbench.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
DEMO_ARTICLES = ROOT / "resources" / "demo" / "articles"
SHOTS = Path("/tmp/workbench-shots")


class Desk:
    """Opens the window on one library folder; `reopen()` closes everything and starts again."""

    def __init__(self, qtbot: QtBot, folder: Path) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.library: Library | None = None
        self.window: MainWindow | None = None

    def open(self, *, load_demo: bool = False, index: bool = True) -> MainWindow:
        self.close()
        self.library = Library.open(self.folder / "library")
        settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.library, settings, load_demo=load_demo, open_index=index)
        self.qtbot.addWidget(self.window)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        self.activate()
        if index:
            self.qtbot.waitUntil(lambda: self.window.controller.search is not None, timeout=20000)
        return self.window

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window = None
        if self.library is not None:
            self.library.close()
            self.library = None

    def import_and_wait(self, paths: list[Path]) -> object:
        window = self.window
        assert window is not None
        with self.qtbot.waitSignal(window.importer.finished, timeout=60000) as blocker:
            window.import_paths(paths)
        box = window.importer.summary_box
        if box is not None:
            box.close()
        self.activate()
        return blocker.args[0]

    def activate(self) -> None:
        """Give the window the focus back (a closed message box leaves no active window)."""
        window = self.window
        assert window is not None
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)

    def settle(self) -> None:
        """Wait for background work (index catch-up) so the next step sees a quiet window."""
        window = self.window
        assert window is not None
        self.qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path) -> Iterator[Desk]:
    opened = Desk(qtbot, tmp_path)
    yield opened
    opened.close()


def save_shot(widget, tmp_path: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "screenshots"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(path, SHOTS / path.name)
    return path
