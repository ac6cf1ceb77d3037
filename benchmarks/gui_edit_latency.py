"""How long a status change and its undo hold the window, by case size and audit trail length.

A case of 50, 300 and 1,000 claims (each quoted in about five of its articles, with a named
source) is opened in the real window; the claim list's selected claim is marked with the 1–4 keys'
own path (`ClaimPane.mark_current`) and undone through the undo stack, 20 times each. The time is
from the call until the window has drawn again (events processed). The 1,000-claim case is then
measured again after 5,000 more audit-trail rows, which must not slow an edit. Last, the longest
event-loop gap while 2,000 articles import (`gui_responsiveness.py`'s meter). Targets: ≤ 30 ms
at 1,000 claims, flat as the trail grows; import gap ≤ 50 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_edit_latency.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_edit_latency.py --no-import
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_responsiveness import GapMeter, wait
from import_bench import write_corpus
from PySide6.QtCore import QCoreApplication, QSettings
from sqlalchemy import insert, select

from workbench.core.vocabulary import Status
from workbench.store import Library
from workbench.store import models as m
from workbench.ui.app import application
from workbench.ui.main_window import MainWindow

ROUNDS = 20
BODY = (
    "The harbour council met on Tuesday and agreed the budget for the new quay. "
    "Officials said the ferry timetable would change in spring, and a spokesperson denied "
    "that the fishing fleet had been told to move. "
) * 6


def fill_case(library: Library, title: str, claims: int) -> int:
    """A case of ``claims`` claims over claims // 3 articles, written straight into the tables."""
    articles = max(10, claims // 3)
    with library.engine.begin() as connection:
        case_id = connection.execute(insert(m.Case).values(title=title)).inserted_primary_key[0]
        first = connection.execute(select(m.Article.id).order_by(m.Article.id.desc())).first()
        base = (first[0] if first else 0) + 1
        connection.execute(
            insert(m.Article),
            [
                {
                    "id": base + n,
                    "title": f"{title}: report {n}",
                    "outlet": f"Outlet {n % 12}",
                    "language": "en",
                    "text": f"{n}. {BODY}",
                    "raw_text": f"{n}. {BODY}",
                    "content_hash": f"{title}-{n:06}",
                    "source_file": f"{title}-{n:06}.txt",
                    "format": "txt",
                }
                for n in range(articles)
            ],
        )
        connection.execute(
            insert(m.CaseArticle),
            [{"case_id": case_id, "article_id": base + n} for n in range(articles)],
        )
        source = connection.execute(
            insert(m.Source).values(name=f"{title} spokesperson", kind="official body")
        ).inserted_primary_key[0]
        statuses = list(Status)
        connection.execute(
            insert(m.Claim),
            [
                {
                    "case_id": case_id,
                    "text": f"Claim {n} about the quay and the ferry timetable",
                    "status": statuses[n % 4].value,
                    "source_id": source,
                }
                for n in range(claims)
            ],
        )
        claim_ids = connection.scalars(
            select(m.Claim.id).where(m.Claim.case_id == case_id).order_by(m.Claim.id)
        ).all()
        mentions = []
        for n, claim_id in enumerate(claim_ids):
            for k in range(5):
                article = base + (n + k * 7) % articles
                start = (k * 37) % 300
                mentions.append(
                    {
                        "claim_id": claim_id,
                        "article_id": article,
                        "start": start,
                        "end": start + 30,
                        "quote": BODY[start - 3 : start + 27] if start >= 3 else BODY[:30],
                        "stance": "asserts" if k else "relays",
                    }
                )
        connection.execute(insert(m.Mention), mentions)
    return case_id


def add_audit_rows(library: Library, case_id: int, count: int) -> None:
    with library.engine.begin() as connection:
        claim_ids = connection.scalars(select(m.Claim.id).where(m.Claim.case_id == case_id)).all()
        connection.execute(
            insert(m.AuditEntry),
            [
                {
                    "actor": "bench",
                    "entity": "claim",
                    "entity_id": claim_ids[n % len(claim_ids)],
                    "action": "status",
                    "old": "unverified",
                    "new": "sourced",
                }
                for n in range(count)
            ],
        )


def measure_edits(window: MainWindow, case_id: int) -> tuple[list[float], list[float]]:
    controller, pane = window.controller, window.claims
    controller.open_case(case_id)
    QCoreApplication.processEvents()
    dossier = controller.dossier
    assert dossier is not None
    pane.select_claim(dossier.claims[len(dossier.claims) // 2].id)
    QCoreApplication.processEvents()
    marks, undos = [], []
    for n in range(ROUNDS):
        current = pane.current_claim
        assert current is not None
        target = list(Status)[(list(Status).index(current.status) + 1 + n % 3) % 4]
        started = time.perf_counter()
        pane.mark_current(target)
        QCoreApplication.processEvents()
        marks.append(time.perf_counter() - started)
        assert pane.current_claim is not None and pane.current_claim.status == target
        started = time.perf_counter()
        controller.undo_stack.undo()
        QCoreApplication.processEvents()
        undos.append(time.perf_counter() - started)
        assert pane.current_claim is not None and pane.current_claim.status == current.status
    return marks, undos


def line(name: str, times: list[float], goal: float | None = None) -> None:
    ms = sorted(t * 1000 for t in times)
    text = f"  {name:<36} median {statistics.median(ms):6.1f} ms   max {ms[-1]:6.1f} ms"
    if goal:
        text += f"   (goal ≤ {goal:.0f} ms, ratio {statistics.median(ms) / goal:.2f})"
    print(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 300, 1000])
    parser.add_argument("--audit", type=int, default=5000)
    parser.add_argument("--articles", type=int, default=2000, help="articles in the import")
    parser.add_argument("--no-import", action="store_true", help="skip the import gap")
    args = parser.parse_args()
    app = application()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with Library.open(root / "library") as library:
            cases = {n: fill_case(library, f"Case of {n}", n) for n in args.sizes}
        library = Library.open(root / "library")
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings, load_demo=False)
        window.show()
        wait(lambda: window.controller.search is not None and not window.runner.busy())
        print("status change and undo, on the GUI thread, until the window has redrawn:")
        for n, case_id in cases.items():
            marks, undos = measure_edits(window, case_id)
            goal = 30.0 if n == max(args.sizes) else None
            line(f"{n:,} claims: status change", marks, goal)
            line(f"{n:,} claims: undo", undos, goal)
        biggest = max(args.sizes)
        add_audit_rows(library, cases[biggest], args.audit)
        marks, undos = measure_edits(window, cases[biggest])
        line(f"{biggest:,} claims + {args.audit:,} audit rows: change", marks, 30.0)
        line(f"{biggest:,} claims + {args.audit:,} audit rows: undo", undos, 30.0)
        if not args.no_import:
            text_dir, _ = write_corpus(root, args.articles, 0)
            window.new_case("Import")
            meter = GapMeter()
            meter.start()
            window.import_paths([text_dir])
            seconds = wait(lambda: not window.importer.running and not window.runner.busy())
            gaps = sorted(g * 1000 for g in meter.stop())
            print(
                f"import of {args.articles:,} articles: {seconds:.1f} s, longest event-loop gap "
                f"{gaps[-1]:.0f} ms, p99 {gaps[int(len(gaps) * 0.99)]:.0f} ms "
                f"(goal ≤ 50 ms, ratio {gaps[-1] / 50:.2f})"
            )
            if window.importer.summary_box is not None:
                window.importer.summary_box.close()
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        window.close()
        library.close()
    del app


if __name__ == "__main__":
    main()
