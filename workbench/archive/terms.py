"""The words a claim or a post is matched on, in English and Arabic alike.

The same normalising as the search index (accent folding, Porter2 for Latin script, Arabic
normalisation and light stemming, stop words out), so a match here and a search there agree on what
counts as the same word.
"""

from __future__ import annotations

import re

from workbench.search.analysis import TOKEN_PATTERN, WorkbenchAnalyzer

_ANALYZER = WorkbenchAnalyzer()
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def content_terms(text: str) -> list[str]:
    """Stemmed content words in order, stop words left out."""
    term = _ANALYZER.term
    return [t for t in map(term, TOKEN_PATTERN.findall(text)) if t]


def numbers(text: str) -> set[str]:
    """The figures a text states, without thousands separators ("1,200" -> "1200")."""
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def years(text: str) -> set[str]:
    return set(_YEAR.findall(text))
