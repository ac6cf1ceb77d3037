"""The words a claim or a post is matched on, in English and Arabic alike.

The same normalising as the search index (accent folding, Porter2 for Latin script, Arabic
normalisation and light stemming, stop words out), so a match here and a search there agree on what
counts as the same word.
"""

from __future__ import annotations

import re
from collections import Counter

from workbench.search.analysis import TOKEN_PATTERN, WorkbenchAnalyzer, normalise

_ANALYZER = WorkbenchAnalyzer()
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def content_terms(text: str) -> list[str]:
    """Stemmed content words in order, stop words left out."""
    term = _ANALYZER.term
    return [t for t in map(term, TOKEN_PATTERN.findall(text)) if t]


def char_grams(text: str) -> Counter[str]:
    """Letter 3-, 4- and 5-grams of the normalised words: catches "photoshopped" ~ "photo"."""
    joined = " " + " ".join(normalise(w) for w in TOKEN_PATTERN.findall(text)) + " "
    grams: Counter[str] = Counter()
    for size in (3, 4, 5):
        grams.update(joined[i : i + size] for i in range(len(joined) - size + 1))
    return grams


def numbers(text: str) -> set[str]:
    """The figures a text states, without thousands separators ("1,200" -> "1200")."""
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def years(text: str) -> set[str]:
    return set(_YEAR.findall(text))
