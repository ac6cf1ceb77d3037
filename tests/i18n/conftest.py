"""The window on a temporary library, and the Arabic interface switched on for one test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk
from workbench.ui.i18n import install_language


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    installed = install_language("ar")
    yield
    installed.remove()


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path) -> Iterator[Desk]:
    opened = Desk(qtbot, tmp_path / "library")
    yield opened
    opened.close()
