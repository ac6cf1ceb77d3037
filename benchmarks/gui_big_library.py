"""Opening a 50,000-article library: time until the window is shown, and scrolling its list.

Rows go straight into the `article` table with one executemany, so the figure is about the window,
not the import. Targets: window shown in under 2 s; every page fetched while scrolling in well
under 100 ms, so the list scrolls smoothly.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_big_library.py [--articles 50000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QSettings
from sqlalchemy import insert

from workbench.services.demo import load_demo_case
from workbench.store import Library
from workbench.store import models as m
from workbench.ui.app import application
from workbench.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gui_responsiveness import GapMeter

OUTLETS = ["Gulf Wire", "The Northern Chronicle", "Levant Daily Online", "Ardan City Review"]


def fill(library: Library, count: int) -> None:
    body = "The council met and agreed the harbour budget. " * 40
    rows = [
        {
            "title": f"Harbour budget report number {n}",
            "outlet": OUTLETS[n % len(OUTLETS)],
            "language": "en",
            "text": f"{n}. {body}",
            "raw_text": f"{n}. {body}",
            "content_hash": f"bench-{n:08}",
            "source_file": f"report_{n:06}.txt",
            "format": "txt",
        }
        for n in range(count)
    ]
    with library.engine.begin() as connection:
        for start in range(0, count, 5000):
            connection.execute(insert(m.Article), rows[start : start + 5000])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument(
        "--no-index",
        action="store_true",
        help="do not open the search index (which, being new here, is built in the background)",
    )
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with Library.open(root / "library") as library:
            load_demo_case(library)
            started = time.perf_counter()
            fill(library, args.articles)
            print(f"filled {args.articles:,} articles in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        library = Library.open(root / "library")
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings, open_index=not args.no_index)
        window.show()
        QCoreApplication.processEvents()
        shown = time.perf_counter() - started
        print(f"window shown in {shown:.2f} s (target < 2 s, ratio {shown / 2:.2f})")

        panel = window.library_panel
        started = time.perf_counter()
        panel.show_library()
        listed = time.perf_counter() - started
        rows = panel.articles_model.total
        print(f"whole-library list ready in {listed * 1000:.0f} ms ({rows:,} rows)")

        model, table = panel.articles_model, panel.articles
        meter = GapMeter()
        meter.start()
        started = time.perf_counter()
        while model.canFetchMore() or model.fetching:
            table.scrollToBottom()
            QCoreApplication.processEvents()
        table.scrollToBottom()
        QCoreApplication.processEvents()
        scrolled = time.perf_counter() - started
        gaps = sorted(g * 1000 for g in meter.stop())
        worst = gaps[-1] if gaps else 0.0
        p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
        print(
            f"scrolled to row {model.rowCount():,} in {scrolled:.1f} s; the window answered "
            f"throughout: longest event-loop gap {worst:.0f} ms, p99 {p99:.0f} ms "
            f"(target: none over 100 ms, ratio {worst / 100:.2f})"
        )
        window.close()
        library.close()
    del app


if __name__ == "__main__":
    main()
