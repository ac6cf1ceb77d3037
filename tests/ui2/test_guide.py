"""The user guide: its screenshots come from the real app, are small, and show in the guide."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from pytestqt.qtbot import QtBot

from tests.ui.conftest import save_shot
from tools.guide_screenshots import main as make_screenshots
from workbench.paths import resource
from workbench.ui.guide_view import UserGuide as GuideDialog

GUIDE = resource("guide", "guide.html")
MAX_BYTES = 150 * 1024


def _images() -> list[str]:
    return re.findall(r'<img[^>]+src="([^"]+)"', GUIDE.read_text(encoding="utf-8"))


def test_every_screenshot_the_guide_shows_is_shipped_and_small() -> None:
    names = _images()
    assert {Path(n).name for n in names} >= {
        "main.png",
        "compare.png",
        "arabic.png",
        "suggestions.png",
        "workshop.png",
    }
    for name in names:
        path = GUIDE.parent / name
        assert path.stat().st_size < MAX_BYTES, name
        image = QImage(str(path))
        assert not image.isNull() and 600 <= image.width() <= 1200, name


def test_the_guide_dialog_loads_its_pictures(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    document = dialog.browser.document()
    for name in _images():
        url = dialog.browser.source().resolved(QUrl(name))
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert isinstance(loaded, QPixmap | QImage) and not loaded.isNull(), name
    text = document.toPlainText()
    for topic in ("Getting started", "The four statuses", "The report", "Workshops", "F11"):
        assert topic in text
    dialog.browser.scrollToAnchor("workshops")
    save_shot(dialog, tmp_path, "ui2-guide-workshops")
    dialog.close()


def test_the_screenshot_script_runs_on_the_real_window(tmp_path: Path) -> None:
    """In the dark on the other laptop size: the options the shots in other looks are made with."""
    assert make_screenshots(["-o", str(tmp_path), "--theme", "dark", "--size", "1366x768"]) == 0
    made = sorted(p.name for p in tmp_path.glob("*.png"))
    assert made == [
        "arabic.png",
        "case.png",
        "compare.png",
        "main.png",
        "map.png",
        "suggestions.png",
        "workshop.png",
    ]
    for path in tmp_path.glob("*.png"):
        assert 10_000 < path.stat().st_size < MAX_BYTES
    main = QImage(str(tmp_path / "main.png"))
    assert main.width() == 1200 and abs(main.height() - round(768 * 1200 / 1366)) <= 1
    assert _mean_lightness(main) < 80  # dark, not the light theme


def test_the_guide_shows_the_window_light_and_dark() -> None:
    names = _images()
    for state in ("case", "main", "compare", "map", "suggestions"):
        assert f"images/{state}.png" in names
        assert f"images/dark/{state}.png" in names
    assert _mean_lightness(QImage(str(GUIDE.parent / "images" / "main.png"))) > 160
    assert _mean_lightness(QImage(str(GUIDE.parent / "images" / "dark" / "main.png"))) < 80


def _mean_lightness(image: QImage) -> float:
    samples = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 23)
        for y in range(0, image.height(), 23)
    ]
    return sum(samples) / len(samples)
