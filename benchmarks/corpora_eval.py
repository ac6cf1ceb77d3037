"""The claim assistant on real labelled material: training figures under a fixed split.

Reads the training parts of public corpora from ../shared/corpora (see its README): Emergent
headlines with their stance toward a claim, and Arabic News Stance headline pairs. Nothing of them
is stored in the project. Every figure runs the product's own path (`extract_candidates`,
`suggest_for_case`) on each headline as a one-line article:

- stance of the headline's proposal (asserts / relays / denies against for / observing / against),
  macro-F1 over 5 folds grouped by claim: each fold is scored by a stance model trained on the
  other four, so the figure measures generalisation, not memory;
- headlines that get any proposal;
- grouping: the headlines of 60 stories put in one case, grouped by `suggest_for_case`, scored
  with B-cubed and pairwise precision / recall against the story each headline carries;
- Arabic pairs: both headlines in one case; grouped with one denying and one not is a
  contradiction, grouped alike a paraphrase, apart "other"; macro-F1 and contradiction recall.

    .venv/bin/python benchmarks/corpora_eval.py [--corpora DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from shipped_file import load_jsonl as load  # noqa: E402

from workbench.assist.candidates import extract_candidates  # noqa: E402
from workbench.assist.stance_model import StanceModel, replaced_by  # noqa: E402
from workbench.assist.suggest import suggest_for_case  # noqa: E402
from workbench.core.records import ArticleRecord  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
STANCE_OF = {"for": "asserts", "observing": "relays", "against": "denies"}
STORIES_PER_CASE = 60
SEED = 7


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict:
    result: dict[str, float] = {}
    f1s = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        result[f"recall {label}"] = recall
    result["macro-F1"] = sum(f1s) / len(f1s)
    return result


def one_line(id_: int, text: str, language: str) -> ArticleRecord:
    return ArticleRecord(
        id=id_, title=text, text=text, language=language, format="txt", source_file=f"{id_}.txt"
    )


def headline_stance(rows: list[dict]) -> None:
    import train_stance
    from sklearn.model_selection import GroupKFold

    feats = train_stance.featurise(rows)
    labels = [STANCE_OF[r["stance"]] for r in rows]
    predicted = [""] * len(rows)
    proposed = 0
    folds = GroupKFold(n_splits=train_stance.FOLDS)
    for train, test in folds.split(feats, labels, [r["claim_id"] for r in rows]):
        vectoriser, model = train_stance.fit([feats[i] for i in train], [labels[i] for i in train])
        with replaced_by(StanceModel(train_stance.export(vectoriser, model))):
            for i in test:
                found = extract_candidates(rows[i]["headline"], "en")
                proposed += bool(found)
                predicted[i] = found[0].stance if found else "asserts"
                if predicted[i] == "no comment":
                    predicted[i] = "relays"
    scores = macro_f1(labels, predicted, ["asserts", "relays", "denies"])
    print(
        f"headline stance    {len(rows)} Emergent headlines, 5 folds by claim: "
        + ", ".join(f"{k} {v:.3f}" for k, v in scores.items())
    )
    print(f"headline proposals {proposed} of {len(rows)} headlines get a proposal")


def bcubed(groups: list[list[int]], gold: Sequence[str]) -> tuple[float, float, float]:
    label = {i: k for k, members in enumerate(groups) for i in members}
    by_label: dict[int, set[int]] = defaultdict(set)
    by_gold: dict[str, set[int]] = defaultdict(set)
    for i in range(len(gold)):
        by_label[label[i]].add(i)
        by_gold[gold[i]].add(i)
    precision = recall = 0.0
    for i in range(len(gold)):
        shared = len(by_label[label[i]] & by_gold[gold[i]])
        precision += shared / len(by_label[label[i]])
        recall += shared / len(by_gold[gold[i]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def pairwise(groups: list[list[int]], gold: Sequence[str]) -> tuple[float, float, float]:
    label = {i: k for k, members in enumerate(groups) for i in members}
    tp = fp = fn = 0
    for i in range(len(gold)):
        for j in range(i + 1, len(gold)):
            same, together = gold[i] == gold[j], label[i] == label[j]
            tp += same and together
            fp += together and not same
            fn += same and not together
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if tp else 0.0)


def case_groups(texts: Sequence[str], language: str) -> list[list[int]]:
    """Group one-line articles with the product's suggestions; articles without a proposal, or
    in several groups, count once, in their first group."""
    articles = [one_line(i, text, language) for i, text in enumerate(texts)]
    suggestions = suggest_for_case(articles)
    seen: set[int] = set()
    groups: list[list[int]] = []
    for group in suggestions.groups:
        members = [a for a in group.article_ids if a not in seen]
        seen.update(members)
        if members:
            groups.append(members)
    groups.extend([i] for i in range(len(texts)) if i not in seen)
    return groups


def grouping(rows: list[dict], limit: int | None) -> None:
    stories = sorted({r["claim_id"] for r in rows})
    random.Random(SEED).shuffle(stories)
    chunks = [stories[i : i + STORIES_PER_CASE] for i in range(0, len(stories), STORIES_PER_CASE)]
    totals = {"b-cubed": [0.0, 0.0, 0.0], "pairwise": [0.0, 0.0, 0.0]}
    for chunk in chunks[:limit]:
        wanted = set(chunk)
        case = [r for r in rows if r["claim_id"] in wanted]
        gold = [r["claim_id"] for r in case]
        groups = case_groups([r["headline"] for r in case], "en")
        for name, measure in (("b-cubed", bcubed), ("pairwise", pairwise)):
            for k, value in enumerate(measure(groups, gold)):
                totals[name][k] += value / len(chunks[:limit])
    for name, (p, r, f) in totals.items():
        print(
            f"grouping {name:9} {len(chunks[:limit])} cases of {STORIES_PER_CASE} stories: "
            f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"
        )


def arabic_pairs(rows: list[dict], limit: int | None) -> None:
    """Each fold scored with contradiction cues derived from the other four (a fixed shuffle)."""
    import train_contradiction

    from workbench.assist import contradiction

    rows = list(rows)
    random.Random(SEED).shuffle(rows)
    rows = rows[:limit] if limit else rows
    folds = [rows[k::5] for k in range(5)]
    gold, predicted = [], []
    for k, fold in enumerate(folds):
        train = [row for j, other in enumerate(folds) if j != k for row in other]
        cues = contradiction.load_cues(train_contradiction.derive(train))
        with contradiction.replaced_by(cues):
            for row in fold:
                gold.append(row["label"])
                predicted.append(_pair_label(row))
    scores = macro_f1(gold, predicted, ["paraphrase", "contradiction", "other"])
    print(
        f"arabic pairs       {len(gold)} ANS pairs, 5 folds: "
        + ", ".join(f"{k} {v:.3f}" for k, v in scores.items())
    )


def _pair_label(row: dict) -> str:
    articles = [one_line(1, row["sentence_1"], "ar"), one_line(2, row["sentence_2"], "ar")]
    together = [g for g in suggest_for_case(articles).groups if g.article_ids == [1, 2]]
    if not together:
        return "other"
    stances = {c.stance == "denies" for _, c in together[0].members}
    return "contradiction" if len(stances) == 2 else "paraphrase"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=None, help="at most N cases or pairs")
    args = parser.parse_args()
    run(args.corpora, args.limit)
    return 0


def run(corpora: Path, limit: int | None) -> None:
    emergent = corpora / "emergent-train.jsonl"
    if not emergent.exists():
        print(f"skipped: no training corpora at {corpora}")
        return
    rows = load(emergent)
    try:
        headline_stance(rows)
    except ImportError:
        print("headline stance    skipped: needs scikit-learn (pip install -e '.[train]')")
    grouping(rows, limit)
    arabic_pairs(load(corpora / "ans-train.jsonl"), limit and limit * 100)


if __name__ == "__main__":
    raise SystemExit(main())
