"""How far raters agree: percent agreement, Cohen's kappa (two raters), Fleiss' kappa (many).

Pure functions over labels. A kappa is None where it is undefined: when chance alone would
already give perfect agreement (everyone used one and the same category), there is nothing
left for skill to explain.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence

Label = Hashable


def percent_agreement(first: Sequence[Label], second: Sequence[Label]) -> float:
    """The share of items (0-1) on which two raters gave the same label."""
    _same_length(first, second)
    if not first:
        raise ValueError("agreement needs at least one rated item")
    return sum(a == b for a, b in zip(first, second, strict=True)) / len(first)


def cohen_kappa(first: Sequence[Label], second: Sequence[Label]) -> float | None:
    """Cohen's kappa: agreement between two raters beyond what their label rates give by chance."""
    observed = percent_agreement(first, second)
    n = len(first)
    counts_a, counts_b = Counter(first), Counter(second)
    expected = sum(counts_a[label] * counts_b[label] for label in counts_a) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def fleiss_kappa_counts(table: Sequence[Sequence[int]]) -> float | None:
    """Fleiss' kappa from a table: one row per item, one column per category, cells = raters.

    Every row must add up to the same number of raters, at least two.
    """
    if not table:
        raise ValueError("Fleiss' kappa needs at least one rated item")
    raters = sum(table[0])
    if raters < 2:
        raise ValueError("Fleiss' kappa needs at least two raters per item")
    width = len(table[0])
    for row in table:
        if len(row) != width or sum(row) != raters or any(cell < 0 for cell in row):
            raise ValueError("every item needs the same number of raters and categories")
    items = len(table)
    shares = [sum(row[j] for row in table) / (items * raters) for j in range(width)]
    observed = sum(item_agreement(row) for row in table) / items
    expected = sum(share * share for share in shares)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def fleiss_kappa(ratings: Sequence[Sequence[Label]], categories: Sequence[Label]) -> float | None:
    """Fleiss' kappa from labels: one row per item holding each rater's label."""
    index = {category: j for j, category in enumerate(categories)}
    table = []
    for row in ratings:
        counts = [0] * len(categories)
        for label in row:
            if label not in index:
                raise ValueError(f"{label!r} is not one of the categories")
            counts[index[label]] += 1
        table.append(counts)
    return fleiss_kappa_counts(table)


def item_agreement(counts: Sequence[int]) -> float:
    """The share of rater pairs that agree on one item (Fleiss' P_i); 1 when all agree."""
    raters = sum(counts)
    if raters < 2:
        return 1.0
    return (sum(c * c for c in counts) - raters) / (raters * (raters - 1))


def describe_kappa(kappa: float | None) -> str:
    """Landis and Koch's words for a kappa, the scale trainers usually quote."""
    if kappa is None:
        return "undefined"
    if kappa < 0:
        return "poor"
    for bound, words in (
        (0.2, "slight"),
        (0.4, "fair"),
        (0.6, "moderate"),
        (0.8, "substantial"),
    ):
        if kappa <= bound:
            return words
    return "almost perfect"


def _same_length(first: Sequence[Label], second: Sequence[Label]) -> None:
    if len(first) != len(second):
        raise ValueError("both raters must rate the same items")
