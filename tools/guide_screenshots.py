"""Make the user guide's screenshots from the real app: `python tools/guide_screenshots.py`.

Opens the main window offscreen on a throwaway library holding the demo case with its answer
key, walks through what the guide shows, and writes small PNGs to resources/guide/images/ (the
light theme) or resources/guide/images/<theme>/. `--theme` and `--size` take the same shots in
the dark or on another screen size: `python tools/guide_screenshots.py --theme dark`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from workbench.core.records import CaseRecord
from workbench.core.vocabulary import Status
from workbench.paths import resource
from workbench.services import bundles, cases, claims, workshop
from workbench.services.demo import load_demo_case
from workbench.store import Library

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

WIDTH = 1200  # the guide's column; wider shots are scaled down
COLOURS = 256  # a palette image: UI shots are flat colours and antialiased text
WINDOW_SIZE = (1280, 800)  # a 13-inch laptop: what the window is laid out for

# Two fictional trainees' readings of the exercise, claim by claim; the rest stay unverified.
TRAINEES = {
    "Rania Khoury": [Status.DENIED, Status.DENIED, Status.RELAYED, Status.UNVERIFIED],
    "Jonas Lind": [Status.RELAYED, Status.DENIED, Status.SOURCED, Status.DENIED],
    "Mei Tanaka": [Status.DENIED, Status.RELAYED, Status.SOURCED, Status.UNVERIFIED],
}


def wait(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()


def settle(window) -> None:  # type: ignore[no-untyped-def]
    wait(lambda: not window.runner.busy())
    for _ in range(5):
        QCoreApplication.processEvents()


def palette_of(image: QImage, colours: int = COLOURS) -> list[int]:
    """The most used colours, counted on 5-bit buckets of a sample of pixels, as ARGB values."""
    data = bytes(image.constBits())[: image.sizeInBytes()]
    pixels = [data[i : i + 3] for i in range(0, len(data), 4 * 3)]  # every third pixel, BGR
    buckets: Counter[tuple[int, int, int]] = Counter()
    sums: dict[tuple[int, int, int], list[int]] = {}
    for b, g, r in pixels:
        key = (r >> 3, g >> 3, b >> 3)
        buckets[key] += 1
        total = sums.setdefault(key, [0, 0, 0])
        total[0] += r
        total[1] += g
        total[2] += b
    table = []
    for key, count in buckets.most_common(colours):
        r, g, b = (round(v / count) for v in sums[key])
        table.append(0xFF000000 | (r << 16) | (g << 8) | b)
    return table


def save(widget: QWidget, path: Path) -> int:
    """Grab, scale to the guide's width, reduce to a palette and write; returns the size."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    indexed = image.convertToFormat(
        QImage.Format.Format_Indexed8,
        palette_of(image),
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    if not indexed.save(str(path), "PNG", 0):
        raise OSError(f"cannot write {path}")
    return path.stat().st_size


def trainee_answers(folder: Path, exercise: Path) -> list[Path]:
    """Each trainee imports the exercise into a library of their own, marks it, and answers."""
    paths = []
    for name, picks in TRAINEES.items():
        short = name.split()[0].lower()
        library = Library.open(folder / short)
        try:
            summary = bundles.import_bundle(library, exercise)
            dossier = cases.case_dossier(library, summary.case_id)
            for claim, status in zip(dossier.claims, picks, strict=False):
                claims.mark_claim(library, claim.id, status)
            path = folder / f"{short}-answers.fcase"
            workshop.export_answers(library, summary.case_id, name, path)
            paths.append(path)
        finally:
            library.close()
    return paths


@contextmanager
def demo_window(size: tuple[int, int]) -> Iterator[tuple[MainWindow, CaseRecord, Path]]:
    """The main window shown on a throwaway library holding the demo case and its answer key."""
    from workbench.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="workbench-guide-") as tmp:
        folder = Path(tmp)
        library = Library.open(folder / "library")
        case = load_demo_case(library, with_answer_key=True)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings, load_demo=False)
        try:
            window.resize(*size)
            # The throwaway folder's random name would change every shot; show a usual one.
            window.status.path.setText("~/.local/share/FactCheckWorkbench/library")
            window.show()
            wait(lambda: window.controller.search is not None)
            yield window, case, folder
        finally:
            window.close()
            library.close()


def take(
    out: Path, theme_name: str = "light", size: tuple[int, int] = WINDOW_SIZE
) -> dict[str, int]:
    from workbench.ui import theme
    from workbench.ui.app import application
    from workbench.ui.i18n import install_language

    app = application()
    install_language("en")  # the English plurals ("1 claim", "9 claims"), as the app loads them
    theme.apply_theme(app, theme_name)
    sizes: dict[str, int] = {}
    with demo_window(size) as (window, case, folder):
        window.open_case(case.id)
        controller = window.controller
        dossier = controller.dossier
        assert dossier is not None
        chronicle = next(a for a in dossier.articles if "Chronicle" in (a.outlet or ""))
        window.open_article(chronicle.id)
        window.claims.select_claim(None)
        settle(window)
        sizes["case.png"] = save(window, out / "case.png")
        claim = next(c for c in dossier.claims if len(controller.articles_of(c.id)) > 2)
        window.claims.select_claim(claim.id)
        first = next(m for m in controller.mentions_of(claim.id) if m.article_id == chronicle.id)
        window.show_mention(first)
        settle(window)
        sizes["main.png"] = save(window, out / "main.png")

        partner = next(
            a.id
            for a in dossier.articles
            if a.language != "ar" and a.id in controller.articles_of(claim.id) - {chronicle.id}
        )
        window.set_compare(True, partner)
        settle(window)
        sizes["compare.png"] = save(window, out / "compare.png")
        window.set_compare(False)

        arabic = next(a for a in dossier.articles if a.language == "ar")
        window.open_article(arabic.id)
        settle(window)
        sizes["arabic.png"] = save(window, out / "arabic.png")

        window.open_article(chronicle.id)
        window.claims.select_claim(claim.id)
        window.assist.show_graph()
        settle(window)
        sizes["map.png"] = save(window, out / "map.png")
        window.assist.graph_dock.hide()

        window.assist.show_suggestions()  # starts reading the articles
        panel = window.assist.panel
        assert panel is not None
        window.resizeDocks([window.assist.suggestions], [380], Qt.Orientation.Vertical)
        wait(lambda: not panel.running())
        settle(window)
        sizes["suggestions.png"] = save(window, out / "suggestions.png")
        window.assist.suggestions.hide()

        key = folder / "key.fcase"
        exercise = folder / "exercise.fcase"
        workshop.save_key(window.library, case.id, key)
        workshop.export_exercise(window.library, case.id, exercise)
        answers = trainee_answers(folder, exercise)
        window.workshop.compare(key, answers)
        wait(lambda: window.workshop.view is not None)
        view = window.workshop.view
        assert view is not None
        view.resize(1200, 640)
        settle(window)
        sizes["workshop.png"] = save(view, out / "workshop.png")
        view.close()
    del app
    return sizes


def _window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give the size as WIDTHxHEIGHT") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        help="where the PNGs go (default: resources/guide/images, a folder per theme but light)",
    )
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument(
        "--size",
        type=_window_size,
        default=WINDOW_SIZE,
        metavar="WxH",
        help=f"the window's size (default: {WINDOW_SIZE[0]}x{WINDOW_SIZE[1]})",
    )
    args = parser.parse_args(argv)
    if args.out is None:
        images = resource("guide", "images")
        args.out = images if args.theme == "light" else images / args.theme
    sizes = take(args.out, args.theme, args.size)
    for name, size in sizes.items():
        print(f"{args.out / name}: {size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
