"""Derive the Arabic contradiction cues shipped in workbench/assist/models/contradiction_ar.json.

Data: the training split of the Arabic News Stance corpus (Khouja, 2020, Apache-2.0): pairs of real
Arabic headlines labelled paraphrase, contradiction or other. Read from
../shared/corpora/ans-train.jsonl (or --data); no headline is stored, only folded words.

A cue is either a pair of words, one only in each headline (an opposite: rises / falls), that
marks contradictions at least MIN_PAIR times and paraphrases never, or a word found only in the
second headline that marks a contradiction in at least RATIO of its MIN_WORD or more uses (a
negation, a reversal). `benchmarks/corpora_eval.py` scores the cues under a fixed 5-fold split, each
fold with cues derived from the other four.

    .venv/bin/python tools/train_contradiction.py [--data FILE] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from shipped_file import load_jsonl as load  # noqa: E402
from shipped_file import write_or_check  # noqa: E402

from workbench.assist.grouping import words_of  # noqa: E402

DATA = ROOT.parent / "shared" / "corpora" / "ans-train.jsonl"
OUT = ROOT / "workbench" / "assist" / "models" / "contradiction_ar.json"
MIN_PAIR = 2
MIN_WORD = 3
RATIO = 0.9


def derive(rows: Sequence[dict]) -> dict:
    pairs: Counter[tuple[str, str]] = Counter()
    against: Counter[tuple[str, str]] = Counter()
    words: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for row in rows:
        first, second = words_of(row["sentence_1"]), words_of(row["sentence_2"])
        contradiction = row["label"] == "contradiction"
        for word in second - first:
            uses[word] += 1
            words[word] += contradiction
            for other in first - second:
                pair = (min(word, other), max(word, other))
                (pairs if contradiction else against)[pair] += 1
    return {
        "pairs": sorted(
            [a, b] for (a, b), n in pairs.items() if n >= MIN_PAIR and not against[(a, b)]
        ),
        "words": sorted(
            w for w, n in words.items() if uses[w] >= MIN_WORD and n / uses[w] >= RATIO
        ),
        "trained_on": "Arabic News Stance corpus (Khouja 2020), training split",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--check", action="store_true", help="fail if the shipped cues differ")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"training data not found: {args.data}")
        return 2
    data = derive(load(args.data))
    text = json.dumps(data, ensure_ascii=False, indent=0) + "\n"
    print(f"{len(data['pairs'])} pairs, {len(data['words'])} words")
    return write_or_check(OUT, text, args.check, ROOT)


if __name__ == "__main__":
    raise SystemExit(main())
