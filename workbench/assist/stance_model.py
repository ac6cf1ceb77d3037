"""A linear stance model for headlines and lead sentences: asserts, relays (reports without taking
a side) or denies.

Features are the words and word pairs of the text, cue features (hedges, debunking words, a
question, a "..., X says" tail) and what the rules read in it (a denial, a refusal, an attribution
to another outlet or to a voice). The weights are trained by `tools/train_stance.py` on real
headlines labelled with their stance toward the claim they carry, and ship as JSON beside this
module: loading needs no network and no numerical library, and scoring is deterministic.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from workbench.assist import cues, hedges
from workbench.assist.shipped import Shipped

LABELS = ("asserts", "relays", "denies")
_TOKEN = re.compile(r"\w+|[?!:]")
MODEL_FILE = "stance_en.json"


def features(text: str, rule: str | None = None) -> dict[str, float]:
    """The features of `text`; `rule` is what the rules read in it ("denial", "refusal",
    "outlet", "voice", "unsourced" or None)."""
    clean = text.replace("’", "'").replace("‘", "'").strip()
    words = _TOKEN.findall(clean.lower())
    found: dict[str, float] = {}
    for word in words:
        found[f"w:{word}"] = 1.0
    for first, second in itertools.pairwise(words):
        found[f"b:{first} {second}"] = 1.0
    found["cue:question"] = 1.0 if hedges.QUESTION.search(clean) else 0.0
    found["cue:hedge"] = float(min(len(hedges.HEDGE_EN.findall(clean)), 3))
    found["cue:debunk"] = float(min(len(hedges.DEBUNK_EN.findall(clean)), 3))
    found["cue:says_tail"] = 1.0 if hedges.SAYS_TAIL.search(clean) else 0.0
    found["cue:report_tail"] = 1.0 if hedges.REPORT_TAIL.search(clean) else 0.0
    found["cue:source_colon"] = 1.0 if hedges.SOURCE_COLON.match(clean) else 0.0
    found["cue:negation_start"] = 1.0 if hedges.NEGATION_START.match(clean) else 0.0
    found["cue:capitals"] = 1.0 if re.search(r"\b[A-Z]{3,}\b", clean) else 0.0
    found["cue:denial_rule"] = 1.0 if cues.DENIAL_EN.search(clean) else 0.0
    if rule:
        found[f"rule:{rule}"] = 1.0
    return {name: value for name, value in found.items() if value}


@dataclass(frozen=True)
class StanceGuess:
    stance: str  # one of LABELS
    probability: float
    scores: dict[str, float]


class StanceModel:
    """Multinomial logistic regression over sparse features, read from JSON."""

    def __init__(self, data: dict) -> None:
        self.labels: tuple[str, ...] = tuple(data["labels"])
        self.intercepts: list[float] = list(data["intercepts"])
        self.weights: dict[str, list[float]] = data["weights"]

    def predict(self, text: str, rule: str | None = None) -> StanceGuess:
        totals = list(self.intercepts)
        for name, value in features(text, rule).items():
            row = self.weights.get(name)
            if row is None:
                continue
            for k, weight in enumerate(row):
                totals[k] += weight * value
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        probs = {label: e / norm for label, e in zip(self.labels, exps, strict=True)}
        best = max(self.labels, key=lambda label: probs[label])
        return StanceGuess(best, probs[best], probs)


_SHIPPED: Shipped[StanceModel] = Shipped(MODEL_FILE, StanceModel)
# the model in use: the shipped one, unless an evaluation put another in its place
stance_model = _SHIPPED.current
replaced_by = _SHIPPED.replaced_by


def rule_of(kind: str | None, sources: list[tuple[str | None, bool]]) -> str | None:
    """The rules' reading as one feature: `kind` is the reading's kind, `sources` each
    attribution's (name, is another outlet)."""
    if kind in ("denial", "refusal", "unsourced"):
        return kind
    if kind == "attribution":
        return "outlet" if any(other for _, other in sources) else "voice"
    return None
