"""The real window on a temporary library, with the demo case marked as its answer key says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk
from workbench.services.demo import load_demo_case
from workbench.ui.main_window import MainWindow


def open_marked_demo(desk: Desk, *, index: bool = False) -> MainWindow:
    """The window on the demo case with the trainer's markings, as a worked example."""
    window = desk.open(load_demo=False, index=index)
    case = load_demo_case(window.library, with_answer_key=True)
    window.controller.library_changed.emit()
    window.open_case(case.id)
    return window


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path) -> Iterator[Desk]:
    opened = Desk(qtbot, tmp_path / "first")
    yield opened
    opened.close()


@pytest.fixture
def second_desk(qtbot: QtBot, tmp_path: Path) -> Iterator[Desk]:
    opened = Desk(qtbot, tmp_path / "second")
    yield opened
    opened.close()
