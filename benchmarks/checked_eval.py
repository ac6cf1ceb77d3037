"""Earlier verdicts: ranking quality on real posts, import speed, and match latency.

Data: the CLEF-2020 CheckThat! Task 2 training split and its verified-claims collection in the
shared corpora folder beside the checkout (`../shared/corpora`; set WORKBENCH_CORPORA to use another
folder). Nothing of them is copied into the project; the verified claims are written to a temporary
JSONL file and imported into a temporary library with `checked import`'s own service, as a user's
archive would be. Without the folder the benchmark says it is skipped.

The split is the one `tools/learn_checked_ranking.py` tunes on: posts whose id is a multiple of
four are held out. Printed: MAP@5 and P@1 on the tuning and the held-out posts, for the shipped
ranker and for plain BM25 over the same words; the time to import 10,000 verdicts; match latency.

    .venv/bin/python benchmarks/checked_eval.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.archive.ranking import FEATURES, ArchiveIndex  # noqa: E402
from workbench.services import checked  # noqa: E402
from workbench.store import Library  # noqa: E402

CORPORA = Path(os.environ.get("WORKBENCH_CORPORA", ROOT.parent / "shared" / "corpora"))
CLAIMS = "clef2020-verified-claims.jsonl"
POSTS = "clef2020-checked-claims-train.jsonl"


def held_out(post_id: str) -> bool:
    return int(post_id) % 4 == 0


def scores(index: ArchiveIndex, posts: list[dict]) -> tuple[float, float]:
    """MAP@5 and P@1 of `index` on `posts`."""
    total_ap = 0.0
    first = 0
    for post in posts:
        relevant = set(post["relevant"])
        ranked = [m.verdict.ref for m in index.match(post["tweet"], limit=5)]
        hits = 0
        ap = 0.0
        for rank, ref in enumerate(ranked):
            if ref in relevant:
                hits += 1
                ap += hits / (rank + 1)
        total_ap += ap / min(len(relevant), 5)
        first += bool(ranked) and ranked[0] in relevant
    return total_ap / len(posts), first / len(posts)


def timed_import(folder: Path, source: Path) -> tuple[float, int]:
    with Library.open(folder) as library:
        start = time.perf_counter()
        outcome = checked.import_archive(library, [source])
        return time.perf_counter() - start, outcome.added


def main() -> int:
    if not (CORPORA / CLAIMS).exists() or not (CORPORA / POSTS).exists():
        print(f"skipped: the corpora folder {CORPORA} is absent")
        return 0
    with open(CORPORA / POSTS, encoding="utf-8") as f:
        posts = [json.loads(line) for line in f]
    tune = [p for p in posts if not held_out(p["id"])]
    held = [p for p in posts if held_out(p["id"])]
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        lines = (CORPORA / CLAIMS).read_text(encoding="utf-8").splitlines()
        ten_thousand = work / "ten_thousand.jsonl"
        ten_thousand.write_text("\n".join(lines[:10_000]) + "\n", encoding="utf-8")
        seconds, added = timed_import(work / "speed", ten_thousand)
        print(f"import: {added:,} verdicts from 10,000 records in {seconds:.2f} s "
              f"({added / seconds:,.0f} a second; the goal is under 10 s)")  # fmt: skip

        everything = work / "archive.jsonl"
        everything.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Library.open(work / "lib") as library:
            checked.import_archive(library, [everything])
            start = time.perf_counter()
            index = checked.archive_index(library)
            load = time.perf_counter() - start
            print(f"archive: {len(index):,} verdicts loaded for matching in {load:.2f} s")
            latencies = []
            for post in held:
                start = time.perf_counter()
                checked.match(library, post["tweet"], 5)
                latencies.append((time.perf_counter() - start) * 1000)
            latencies.sort()
            print(
                f"match latency over {len(latencies)} posts: median "
                f"{statistics.median(latencies):.1f} ms, 95th percentile "
                f"{latencies[int(len(latencies) * 0.95)]:.1f} ms, slowest {latencies[-1]:.1f} ms "
                "(the goal is under 100 ms)"
            )
            shipped = index.parameters
            plain = ArchiveIndex(
                index.entries,
                replace(shipped, weights=(1.0,) + (0.0,) * (len(FEATURES) - 1)),
            )
            print(f"\n{'ranker':<28}{'part':<10}{'posts':>6}{'MAP@5':>8}{'P@1':>8}")
            for name, ranker in (("plain BM25 (same words)", plain), ("shipped ranker", index)):
                for part, chosen in (("tuning", tune), ("held-out", held)):
                    ap, p1 = scores(ranker, chosen)
                    print(f"{name:<28}{part:<10}{len(chosen):>6}{ap:>8.3f}{p1:>8.3f}")
            print("\nthe goal on held-out posts is MAP@5 >= 0.93")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
