"""The window answers while an import runs; a drop starts the import; cancel stops it."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk

TOWNS = ["Harlow", "Brennick", "Saltmere", "Oakvale", "Dunmore", "Kelby"]


def write_articles(folder: Path, count: int) -> Path:
    """Short fictional council reports, each different so none is a duplicate."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        town = TOWNS[n % len(TOWNS)]
        body = "\n\n".join(
            f"The {town} council met on day {n} and agreed item {k} of its budget for "
            f"the harbour, the library and road number {n * 7 + k}."
            for k in range(12)
        )
        (folder / f"report_{n:04}.txt").write_text(
            f"{town} council report {n}\n\n{body}\n", encoding="utf-8"
        )
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 200)
    return folder


def _drop(window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(50, 50)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point.toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)


# PySide marks the only QDragEnterEvent constructor deprecated; it is what a real drop builds.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_window_answers_input_while_an_import_runs(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "incoming", 400)
    window = desk.open(index=False)
    window.new_case("Council budgets")
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    typed_during_import = False
    with qtbot.waitSignal(window.importer.finished, timeout=120000) as blocker:
        _drop(window, [folder])
        assert window.importer.running
        window.library_panel.tabs.setCurrentIndex(1)
        query = window.library_panel.search.query
        query.setEnabled(True)
        query.setFocus()
        qtbot.keyClicks(query, "harbour")
        typed_during_import = window.importer.running and query.text() == "harbour"
    timer.stop()
    summary = blocker.args[0]
    assert typed_during_import, "the import ended before the window was tested"
    assert len(summary.imported) == 400
    assert len(summary.skipped) == 1 and "broken.txt" in summary.skipped[0]
    assert "broken.txt" in window.importer.summary_box.detailedText()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 0.5
    assert window.library_panel.articles_model.total == 400


def test_an_import_can_be_cancelled(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "many", 600)
    window = desk.open(index=False)
    window.new_case("Cancelled import")
    with qtbot.waitSignal(window.importer.finished, timeout=120000) as blocker:
        window.import_paths([folder])
        qtbot.waitUntil(lambda: window.importer.progress is not None)
        window.importer.cancel()
    summary = blocker.args[0]
    assert summary.cancelled
    assert len(summary.imported) < 600
    assert summary.headline().startswith("Import cancelled")
