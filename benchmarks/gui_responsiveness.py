"""How long the window's event loop is held up while heavy work runs in the background.

A QTimer ticks every 5 ms on the GUI thread; the longest gap between ticks is how long the window
could not answer. Measured while a 2,000-article import, a full reindex and a report export run.
Target: no gap over 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_responsiveness.py [--articles 2000]
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import write_corpus
from PySide6.QtCore import QCoreApplication, QSettings, QTimer

from workbench.services import claims
from workbench.store import Library
from workbench.ui.app import application
from workbench.ui.main_window import MainWindow


class GapMeter:
    """Records the intervals between ticks of a 5 ms timer."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.gaps, self.last = [], 0.0
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps


def wait(condition, seconds: float = 600) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    while not condition():
        QCoreApplication.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > seconds:
            raise TimeoutError("the work did not finish in time")
    return time.perf_counter() - started


def report(name: str, seconds: float, gaps: list[float]) -> None:
    gaps_ms = sorted(g * 1000 for g in gaps)
    worst = gaps_ms[-1] if gaps_ms else 0.0
    p99 = gaps_ms[int(len(gaps_ms) * 0.99)] if gaps_ms else 0.0
    over = sum(1 for g in gaps_ms if g > 100)
    print(
        f"{name:<28} {seconds:6.1f} s   longest gap {worst:6.1f} ms   p99 {p99:5.1f} ms   "
        f"gaps over 100 ms: {over}   (target: none over 100 ms, ratio {worst / 100:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        text_dir, _ = write_corpus(root, args.articles, 0)
        library = Library.open(root / "library")
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings, load_demo=False)
        window.show()
        wait(lambda: window.controller.search is not None)
        case_id = window.new_case("Responsiveness")
        meter = GapMeter()

        meter.start()
        window.import_paths([text_dir])
        seconds = wait(lambda: not window.importer.running and not window.runner.busy())
        report(f"import {args.articles} articles", seconds, meter.stop())
        if window.importer.summary_box is not None:
            window.importer.summary_box.close()

        meter.start()
        window.rebuild_index()
        seconds = wait(lambda: not window.runner.busy())
        report("rebuild the search index", seconds, meter.stop())

        dossier = window.controller.dossier
        assert dossier is not None and case_id is not None
        for article in dossier.articles[:40]:
            claims.add_claim(
                library,
                case_id,
                article.title,
                mention=claims.MentionSpec(article.id, 0, min(60, len(article.text))),
            )
        window.controller.reload()
        wait(lambda: not window.runner.busy())
        meter.start()
        target = root / "report.docx"
        window.export_report(target)
        seconds = wait(lambda: target.exists() and not window.runner.busy())
        report("export the report", seconds, meter.stop())
        window.close()
        library.close()
    del app


if __name__ == "__main__":
    main()
