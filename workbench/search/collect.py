"""Per-document values for facets and date sorting, and counting facets over a result set.

Each facet value is also an indexed term of an ID field (the whole value as one term), so a
segment's values are read from its posting lists, a block of documents at a time, rather than from
the sortable column one document at a time: on 100,000 articles that is a few dozen milliseconds
instead of over a second, and nothing extra has to be stored. They are loaded once per segment and
reused until the segment goes away, so after an edit only the new small segment is read.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Collection, Iterable

import numpy as np
from whoosh import fields
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from workbench.search.matches import segment_key
from workbench.search.postings import read_postings
from workbench.search.schema import JOIN


class ColumnCache:
    """Column values per segment, kept while the segment lives."""

    def __init__(self) -> None:
        self._segments: dict[tuple[str, str], list[str]] = {}
        self._coded: dict[str, tuple[tuple[str, ...], np.ndarray, list[str]]] = {}
        self._lock = threading.Lock()

    def coded(self, searcher: Searcher, column: str) -> tuple[np.ndarray, list[str]]:
        """Each document's value as a number into the list of distinct values, for counting
        facets with array operations; made again only when the segments change."""
        segments = tuple(segment_key(sub) for sub, _ in searcher.leaf_searchers())
        cached = self._coded.get(column)
        if cached is None or cached[0] != segments:
            values = self.values(searcher, column)
            labels: dict[str, int] = {}
            codes = np.fromiter(
                (labels.setdefault(v, len(labels)) for v in values),
                dtype=np.int32,
                count=len(values),
            )
            cached = (segments, codes, list(labels))
            with self._lock:
                self._coded[column] = cached
        return cached[1], cached[2]

    def values(self, searcher: Searcher, column: str) -> list[str]:
        """The column's value for every document number of ``searcher`` ("" when it has none)."""
        leaves = searcher.leaf_searchers()
        live = {(segment_key(sub), column) for sub, _ in leaves}
        with self._lock:
            for key in [k for k in self._segments if k[1] == column and k not in live]:
                del self._segments[key]
        if len(leaves) == 1:
            return self._segment_values(leaves[0][0], column)
        combined: list[str] = []
        for sub, _offset in leaves:
            combined.extend(self._segment_values(sub, column))
        return combined

    def _segment_values(self, sub: Searcher, column: str) -> list[str]:
        key = (segment_key(sub), column)
        cached = self._segments.get(key)
        if cached is None:
            cached = _load(sub.reader(), column)
            with self._lock:
                self._segments[key] = cached
        return cached


def _load(reader: IndexReader, column: str) -> list[str]:
    count = reader.doc_count_all()
    try:
        field = reader.schema[column]
    except KeyError:
        field = None
    # Only an ID field indexes the whole value as its one term.
    if not isinstance(field, fields.ID):
        if reader.has_column(column):
            return list(reader.column_reader(column))
        return [""] * count
    values = [""] * count
    for btext in reader.lexicon(column):
        text = btext.decode("utf-8")
        for docnum in read_postings(reader, column, btext).ids:
            values[docnum] = text
    return values


def count_coded(
    codes: np.ndarray, labels: list[str], docs: Collection[int], multi: bool = False
) -> Counter[str]:
    """``count_facet`` over ``ColumnCache.coded`` values: one bincount instead of a Counter."""
    picked = codes[np.fromiter(docs, dtype=np.int64, count=len(docs))]
    tally = np.bincount(picked, minlength=len(labels)).tolist()
    counts: Counter[str] = Counter({labels[i]: n for i, n in enumerate(tally) if n})
    return _split(counts, multi)


def count_facet(values: list[str], docs: Iterable[int], multi: bool = False) -> Counter[str]:
    """How many of ``docs`` carry each value (each of several values when ``multi``)."""
    return _split(Counter(map(values.__getitem__, docs)), multi)


def _split(counts: Counter[str], multi: bool) -> Counter[str]:
    counts.pop("", None)
    if not multi:
        return counts
    split: Counter[str] = Counter()
    for joined, n in counts.items():
        for value in joined.split(JOIN):
            if value:
                split[value] += n
    return split
