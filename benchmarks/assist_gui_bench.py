"""How quickly the claim assistant's widgets fill and draw: the review list and the provenance map.

Run: .venv/bin/python benchmarks/assist_gui_bench.py  (offscreen; prints figures, asserts nothing)
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from workbench.services import assisting, cases
from workbench.services.demo import load_demo_case
from workbench.store import Library
from workbench.ui.provenance_view import ProvenanceView
from workbench.ui.suggestion_model import Proposal
from workbench.ui.suggestions import SuggestionsPanel

COPIES = 50  # proposals repeated to stand for a case of a few hundred articles


def timed(label: str, work, repeat: int = 1) -> object:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(repeat):
        result = work()
    print(f"{label:<52} {(time.perf_counter() - start) / repeat * 1000:8.1f} ms")
    return result


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "library")
        case = load_demo_case(library)
        found = timed(
            "suggest_case on the demo case (5 articles)",
            lambda: assisting.suggest_case(library, case.id),
            5,
        )
        dossier = cases.case_dossier(library, case.id)
        articles = {a.id: a for a in dossier.articles}
        panel = SuggestionsPanel(library, case.id)
        panel.resize(1100, 600)
        panel.show()
        groups = list(found.groups) * COPIES
        timed(
            f"fill the review list with {len(groups)} proposals",
            lambda: panel.model.reset((Proposal.of(g) for g in groups), articles),
        )
        timed(
            "expand all and paint the review list", lambda: (panel.tree.expandAll(), panel.grab())
        )
        for group in found.groups[:6]:
            assisting.accept_group(library, case.id, group)
        marked = cases.case_dossier(library, case.id)
        view = ProvenanceView()
        view.resize(1000, 600)
        timed("build the provenance map (6 claims)", lambda: view.show_dossier(marked), 5)
        print(f"{'  nodes / edges':<52} {len(view.nodes):5d} / {len(view.edges)}")
        timed("export the map as PNG", lambda: view.export(Path(folder) / "map.png"), 3)
        timed("export the map as SVG", lambda: view.export(Path(folder) / "map.svg"), 3)
        size_png = (Path(folder) / "map.png").stat().st_size // 1024
        size_svg = (Path(folder) / "map.svg").stat().st_size // 1024
        print(f"{'  file sizes PNG / SVG':<52} {size_png:5d} KiB / {size_svg} KiB")
        panel.close()
        library.close()
    app.processEvents()


if __name__ == "__main__":
    main()
