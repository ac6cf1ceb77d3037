"""Presentation mode and zoom: the reader and claims grow together, and the level is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk, save_shot
from tests.ui2.conftest import open_marked_demo
from workbench.ui.presentation import PRESENTATION_DEFAULT, ZOOM_STEP


def _sizes(window) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    return (
        window.reader.view.font().pointSizeF(),
        window.reader.header.font().pointSizeF(),
        window.claims.list.font().pointSizeF(),
    )


def test_zoom_grows_reader_and_claims_and_is_remembered(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    window.open_article(window.controller.dossier.articles[0].id)
    reader, header, claims = _sizes(window)
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    window.actions_["zoom_in"].trigger()
    factor = window.presentation.factor
    assert abs(factor - ZOOM_STEP**2) < 0.01
    grown = _sizes(window)
    assert abs(grown[0] - reader * factor) < 0.1
    assert abs(grown[1] - header * factor) < 0.1  # the title keeps its proportion to the text
    assert abs(grown[2] - claims * factor) < 0.1

    desk.open(load_demo=False, index=False)
    window = desk.window
    assert window.presentation.factor == factor
    assert abs(_sizes(window)[0] - reader * factor) < 0.1

    window.actions_["zoom_reset"].trigger()
    assert window.presentation.factor == 1.0
    assert abs(_sizes(window)[0] - reader) < 0.1
    window.actions_["zoom_out"].trigger()
    assert _sizes(window)[0] < reader


def test_presentation_mode_toggles_and_keeps_its_own_zoom(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    window.open_article(window.controller.dossier.articles[0].id)
    base = _sizes(window)[0]
    assert window.dock.isVisible()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_F11)
    assert window.presentation.presenting and window.actions_["presentation"].isChecked()
    assert window.isFullScreen()
    assert not window.dock.isVisible()
    assert abs(window.presentation.factor - PRESENTATION_DEFAULT) < 0.01
    assert abs(_sizes(window)[0] - base * PRESENTATION_DEFAULT) < 0.1
    window.actions_["zoom_in"].trigger()
    presenting = window.presentation.factor
    window.resize(1280, 800)
    save_shot(window, tmp_path, "ui2-presentation")

    window.actions_["presentation"].trigger()
    assert not window.presentation.presenting and not window.isFullScreen()
    assert window.dock.isVisible()
    assert window.presentation.factor == 1.0
    assert abs(_sizes(window)[0] - base) < 0.1
    window.presentation.set_presenting(True)
    assert window.presentation.factor == presenting
    window.presentation.set_presenting(False)


def test_zoom_keys_belong_to_the_map_when_it_has_focus(desk: Desk, qtbot: QtBot) -> None:
    window = open_marked_demo(desk)
    window.actions_["provenance"].trigger()
    graph = window.assist.graph
    graph.setFocus()
    qtbot.waitUntil(graph.hasFocus)
    before = graph.zoom()
    window.actions_["zoom_in"].trigger()
    assert graph.zoom() > before
    assert window.presentation.factor == 1.0
    window.reader.view.setFocus()
    qtbot.waitUntil(window.reader.view.hasFocus)
    window.actions_["zoom_in"].trigger()
    assert window.presentation.factor > 1.0
