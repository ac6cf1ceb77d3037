"""What a marking that survives a power cut costs: synchronous=FULL against NORMAL (WAL mode).

Marks claims one transaction each (as the window does when a checker presses 1-4) and imports
text articles, once per setting, in fresh libraries on the same disk as the working folder.
Prints milliseconds per marking, articles per second, and FULL's cost as a ratio.

    .venv/bin/python benchmarks/durability_bench.py [--marks 300] [--articles 300] [--dir DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.core.vocabulary import Status
from workbench.services import claims as claim_service
from workbench.services.cases import create_case
from workbench.services.importing import import_paths
from workbench.store import Library
from workbench.store import library as library_module

CYCLE = (Status.SOURCED, Status.RELAYED, Status.DENIED, Status.UNVERIFIED)


def _write_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        body = " ".join(
            f"Officials in district {n} said the shipment number {i} crossed the border on day {i}."
            for i in range(40)
        )
        (folder / f"article_{n:04d}.txt").write_text(
            f"Border shipment report number {n}\n\n{body}\n", encoding="utf-8"
        )


def _run(mode: str, root: Path, marks: int, articles: Path) -> tuple[float, float]:
    library_module.SYNCHRONOUS = mode
    with Library.open(root / mode) as library:
        case = create_case(library, "Durability")
        claim = claim_service.add_claim(library, case.id, "The shipment crossed the border")
        started = time.perf_counter()
        for n in range(marks):
            claim_service.mark_claim(library, claim.id, CYCLE[n % len(CYCLE)])
        per_mark = (time.perf_counter() - started) / marks * 1000
        started = time.perf_counter()
        imported = sum(1 for _ in import_paths(library, [articles], case_id=case.id))
        per_second = imported / (time.perf_counter() - started)
    return per_mark, per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--marks", type=int, default=300)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=Path.cwd(), help="where the libraries go")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        _write_articles(root / "articles", args.articles)
        results = {
            mode: _run(mode, root, args.marks, root / "articles") for mode in ("NORMAL", "FULL")
        }
    for mode, (per_mark, per_second) in results.items():
        print(f"{mode:6}  marking {per_mark:6.2f} ms each   import {per_second:7.1f} articles/s")
    normal, full = results["NORMAL"], results["FULL"]
    print(
        f"FULL / NORMAL: marking {full[0] / normal[0]:.2f}x the time, "
        f"import {normal[1] / full[1]:.2f}x the time"
    )


if __name__ == "__main__":
    main()
