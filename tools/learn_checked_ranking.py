"""Learn the ranking of earlier verdicts from real posts and the fact-checks they repeat.

Data: the CLEF-2020 CheckThat! Task 2 training split (`clef2020-checked-claims-train.jsonl`: real
posts with the ids of the checked claims each repeats) and its verified-claims collection
(`clef2020-verified-claims.jsonl`), both in the shared corpora folder beside the checkout
(`../shared/corpora`, free for research use). Nothing of them is copied into the project:
this script only writes the numbers in `workbench/archive/weights.py`.

The split is fixed: posts whose id is a multiple of four are held out and never seen here; the rest
tune the parameters. `benchmarks/checked_eval.py` reports both parts.

    python tools/learn_checked_ranking.py [--corpora DIR] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.archive.ranking import (  # noqa: E402
    FEATURES,
    ArchiveIndex,
    RankingParameters,
    entry_for,
)
from workbench.core.verdicts import Verdict  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
WEIGHTS_FILE = ROOT / "workbench" / "archive" / "weights.py"

Rows = list[tuple[str, list[float]]]


def held_out(post_id: str) -> bool:
    """The fixed split: a quarter of the posts, by id, are kept for the report."""
    return int(post_id) % 4 == 0


def load(corpora: Path) -> tuple[list[Verdict], list[dict]]:
    with open(corpora / "clef2020-verified-claims.jsonl", encoding="utf-8") as f:
        claims = [json.loads(line) for line in f]
    with open(corpora / "clef2020-checked-claims-train.jsonl", encoding="utf-8") as f:
        posts = [json.loads(line) for line in f]
    verdicts = [Verdict(claim=c["claim"], title=c["title"], ref=c["id"]) for c in claims]
    return verdicts, posts


def feature_rows(index: ArchiveIndex, posts: list[dict]) -> list[tuple[set[str], Rows]]:
    out = []
    for post in posts:
        found = index.features(post["tweet"])
        rows = [(index.entries[pos].verdict.ref or "", f) for pos, f in found]
        out.append((set(post["relevant"]), rows))
    return out


def mean_ap(data: list[tuple[set[str], Rows]], weights: list[float], k: int = 5) -> float:
    total = 0.0
    for relevant, rows in data:
        ranked = sorted(rows, key=lambda r: -sum(w * x for w, x in zip(weights, r[1], strict=True)))
        hits = 0
        ap = 0.0
        for rank, (ref, _) in enumerate(ranked[:k]):
            if ref in relevant:
                hits += 1
                ap += hits / (rank + 1)
        total += ap / min(len(relevant), k)
    return total / len(data)


def learn_weights(data: list[tuple[set[str], Rows]]) -> list[float]:
    """Pairwise logistic regression on standardised features, then coordinate ascent on MAP@5."""
    count = len(FEATURES)
    values = [f for _, rows in data for _, f in rows]
    mean = [sum(f[j] for f in values) / len(values) for j in range(count)]
    spread = [
        math.sqrt(sum((f[j] - mean[j]) ** 2 for f in values) / len(values)) or 1.0
        for j in range(count)
    ]

    def z(f: list[float]) -> list[float]:
        return [(f[j] - mean[j]) / spread[j] for j in range(count)]

    pairs = []
    for relevant, rows in data:
        good = [z(f) for ref, f in rows if ref in relevant]
        bad = [z(f) for ref, f in rows if ref not in relevant]
        pairs += [[a - b for a, b in zip(g, n, strict=True)] for g in good for n in bad]
    rng = random.Random(7)
    w = [1.0] + [0.0] * (count - 1)
    for _ in range(20):
        rng.shuffle(pairs)
        for x in pairs:
            s = sum(a * b for a, b in zip(w, x, strict=True))
            g = 1.0 / (1.0 + math.exp(min(50.0, s)))
            w = [wi + 0.05 * (g * xi - 1e-3 * wi) for wi, xi in zip(w, x, strict=True)]
    raw = [w[j] / spread[j] for j in range(count)]  # the same ranking on unscaled features
    best = mean_ap(data, raw)
    for _ in range(2):
        for j in range(count):
            for step in (-0.5, -0.25, 0.25, 0.5):
                trial = list(raw)
                trial[j] += step * (abs(raw[j]) or 0.1)
                score = mean_ap(data, trial)
                if score > best + 1e-9:
                    best, raw = score, trial
    return raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write weights.py")
    args = parser.parse_args()
    if not (args.corpora / "clef2020-verified-claims.jsonl").exists():
        print(f"skipped: {args.corpora} is absent")
        return 0
    verdicts, posts = load(args.corpora)
    tune = [p for p in posts if not held_out(p["id"])]
    entries = [entry_for(v) for v in verdicts]
    best: tuple[float, RankingParameters, list[float]] | None = None
    for title_weight in (0.5, 0.8):
        for k1, b in ((1.2, 0.75),):
            params = RankingParameters(k1=k1, b=b, title_weight=title_weight, depth=40)
            index = ArchiveIndex(entries, params)
            data = feature_rows(index, tune)
            weights = learn_weights(data)
            score = mean_ap(data, weights)
            print(f"title {title_weight} k1 {k1} b {b}: tune MAP@5 {score:.4f}", flush=True)
            if best is None or score > best[0]:
                best = (score, params, weights)
    assert best is not None
    score, params, weights = best
    print(f"chosen: {params}, tune MAP@5 {score:.4f}")
    params = replace(params, weights=tuple(weights))
    if not args.dry_run:
        write_weights(params)
        print(f"written: {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


def write_weights(params: RankingParameters) -> None:
    lines = [
        '"""Ranking parameters; rewritten by tools/learn_checked_ranking.py."""',
        "",
        f"K1 = {params.k1}",
        f"B = {params.b}",
        f"TITLE_WEIGHT = {params.title_weight}",
        f"DEPTH = {params.depth}",
        "WEIGHTS = {",
        *(f'    "{n}": {w:.6g},' for n, w in zip(FEATURES, params.weights, strict=True)),
        "}",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
