"""Train the headline stance model shipped in workbench/assist/models/stance_en.json.

Data: the training split of the Emergent corpus (Ferreira & Vlachos, NAACL 2016, as distributed in
the fc-aaai18 repository, MIT licence): real news headlines, each labelled with its stance toward
the claim it carries — "for" (asserts), "observing" (reports it without taking a side: relays) and
"against" (denies or debunks). The file is read from ../shared/corpora/emergent-train.jsonl (or
--data); it is not part of the project, and no sentence of it is stored: only word weights.

    .venv/bin/python tools/train_stance.py [--data FILE] [--check]

Prints macro-F1 under a fixed 5-fold split grouped by claim (no claim's headlines are both trained
on and scored), then fits on everything and writes the model. `--check` rebuilds the model and
fails when it differs from the shipped one (the training is deterministic). Needs scikit-learn
(`pip install -e '.[train]'`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from shipped_file import load_jsonl as load  # noqa: E402
from shipped_file import write_or_check  # noqa: E402

from workbench.assist import english  # noqa: E402
from workbench.assist.sources import ActorMemory  # noqa: E402
from workbench.assist.stance_model import LABELS, MODEL_FILE, features, rule_of  # noqa: E402
from workbench.core.vocabulary import SourceKind  # noqa: E402

DATA = ROOT.parent / "shared" / "corpora" / "emergent-train.jsonl"
OUT = ROOT / "workbench" / "assist" / "models" / MODEL_FILE
LABEL_OF = {"for": "asserts", "observing": "relays", "against": "denies"}
C = 0.5
MIN_DF = 2
FOLDS = 5


def rule_feature(text: str) -> str | None:
    reading = english.read_sentence(text, ActorMemory(), None)
    if reading is None:
        return None
    return rule_of(
        reading.kind, [(a.source, a.kind is SourceKind.OUTLET) for a in reading.attributions]
    )


def featurise(rows: list[dict]) -> list[dict[str, float]]:
    return [features(r["headline"], rule_feature(r["headline"])) for r in rows]


def fit(feats: list[dict[str, float]], labels: list[str]):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    df = Counter(name for item in feats for name in item)
    kept = [{k: v for k, v in item.items() if df[k] >= MIN_DF} for item in feats]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(kept)
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(matrix, labels)
    return vectoriser, model


def cross_validate(rows: list[dict], feats: list[dict[str, float]]) -> dict[str, float]:
    """Macro-F1 and per-label recall under a fixed split grouped by claim."""
    from sklearn.metrics import f1_score, recall_score
    from sklearn.model_selection import GroupKFold

    labels = [LABEL_OF[r["stance"]] for r in rows]
    groups = [r["claim_id"] for r in rows]
    predicted = [""] * len(rows)
    for train, test in GroupKFold(n_splits=FOLDS).split(feats, labels, groups):
        vectoriser, model = fit([feats[i] for i in train], [labels[i] for i in train])
        guesses = model.predict(vectoriser.transform([feats[i] for i in test]))
        for i, guess in zip(test, guesses, strict=True):
            predicted[i] = guess
    result = {"macro_f1": float(f1_score(labels, predicted, average="macro"))}
    recalls = recall_score(labels, predicted, average=None, labels=list(LABELS))
    for label, value in zip(LABELS, recalls, strict=True):
        result[f"recall_{label}"] = float(value)
    return result


def export(vectoriser, model) -> dict:  # type: ignore[no-untyped-def]
    order = [list(model.classes_).index(label) for label in LABELS]
    weights = {}
    for name, column in vectoriser.vocabulary_.items():
        row = [round(float(model.coef_[k][column]), 4) for k in order]
        if any(row):
            weights[name] = row
    return {
        "labels": list(LABELS),
        "intercepts": [round(float(model.intercept_[k]), 4) for k in order],
        "weights": dict(sorted(weights.items())),
        "trained_on": "Emergent (Ferreira & Vlachos 2016) training split, headline stance",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--check", action="store_true", help="fail if the shipped model differs")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"training data not found: {args.data}")
        return 2
    rows = load(args.data)
    feats = featurise(rows)
    scores = cross_validate(rows, feats)
    print(
        f"{len(rows)} headlines; {FOLDS}-fold grouped by claim: "
        + ", ".join(f"{k} {v:.3f}" for k, v in scores.items())
    )
    data = export(*fit(feats, [LABEL_OF[r["stance"]] for r in rows]))
    text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    print(f"{len(data['weights'])} weights")
    return write_or_check(OUT, text, args.check, ROOT)


if __name__ == "__main__":
    raise SystemExit(main())
