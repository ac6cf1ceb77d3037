"""The words of the index within a few edits of a typed word, found without comparing them all.

A fuzzy term (``word~``) means every word of the field within ``maxdist`` Damerau-Levenshtein edits
of it. Whoosh compares the word with every word of the lexicon in Python, about 100,000 distance
computations at 100k articles. Here each segment's lexicon is kept as arrays: the word lengths and a
count of each word's letters (hashed into a few buckets). Two words ``k`` edits apart differ by at
most ``k`` in length and by at most ``k`` letters each way (an edit adds, removes or changes one
letter, a swap none), so one numpy pass over those arrays leaves only the few words that can be
close, and only they get the exact distance. The answer is the same set Whoosh's comparison gives.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from whoosh.reading import IndexReader
from whoosh.support.levenshtein import distance

from workbench.search.matches import SegmentData

_BUCKETS = 64
_CHECK_EVERY = 256


class Lexicon:
    """One segment's words of one field, with their lengths and letter counts as arrays."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.lengths = np.fromiter(map(len, words), dtype=np.int32, count=len(words))
        self.bags = np.zeros((len(words), _BUCKETS), dtype=np.int16)
        if words:
            codes = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32)
            rows = np.repeat(np.arange(len(words)), self.lengths)
            np.add.at(self.bags, (rows, codes % _BUCKETS), 1)

    @classmethod
    def of(cls, reader: IndexReader, fieldname: str) -> Lexicon:
        if fieldname not in reader.schema:
            return cls([])
        return cls([b.decode("utf-8") for b in reader.lexicon(fieldname)])

    def near(self, text: str, maxdist: int, prefix: str) -> list[str]:
        """Words that may be within ``maxdist`` edits of ``text``: a superset, cheap to find."""
        if not self.words:
            return []
        fits = np.abs(self.lengths - len(text)) <= maxdist
        bag = np.zeros(_BUCKETS, dtype=np.int16)
        np.add.at(bag, np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) % _BUCKETS, 1)
        rows = np.flatnonzero(fits)
        diff = self.bags[rows] - bag
        extra = np.clip(diff, 0, None).sum(axis=1)
        missing = np.clip(-diff, 0, None).sum(axis=1)
        rows = rows[(extra <= maxdist) & (missing <= maxdist)]
        words = self.words
        return [words[r] for r in rows if words[r].startswith(prefix)]


def terms_within(
    reader: IndexReader,
    fieldname: str,
    text: str,
    maxdist: int,
    prefixlength: int = 0,
    *,
    data: SegmentData | None = None,
    spent: Callable[[], bool] = lambda: False,
) -> set[str]:
    """Every word of ``fieldname`` within ``maxdist`` edits of ``text`` sharing its first letters.

    ``data`` keeps each segment's lexicon arrays between searches. When ``spent()`` turns true the
    words found so far are returned.
    """
    prefix = text[:prefixlength]
    found: set[str] = set()
    checked: set[str] = set()
    for leaf, _offset in reader.leaf_readers():
        lexicon = _lexicon(leaf, fieldname, data)
        for n, word in enumerate(lexicon.near(text, maxdist, prefix)):
            if n % _CHECK_EVERY == 0 and spent():
                return found
            if word in checked:
                continue
            checked.add(word)
            if distance(word, text, limit=maxdist) <= maxdist:
                found.add(word)
    return found


def _lexicon(leaf: IndexReader, fieldname: str, data: SegmentData | None) -> Lexicon:
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    if data is None or segment is None:
        return Lexicon.of(leaf, fieldname)
    build = lambda: Lexicon.of(leaf, fieldname)  # noqa: E731
    return data.get(segment.segment_id(), "lexicon:" + fieldname, build)  # type: ignore[return-value]
