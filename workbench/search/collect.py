"""Gathering matches under a deadline, and counting facets over all of them.

Whoosh's own TimeLimitCollector uses SIGALRM or a timer thread and raises; this collector simply
looks at the clock every few hundred documents and stops, keeping the best documents seen so far,
which works in any thread. It keeps every matching document number too, because the total and the
facet counts cover the whole result set, not just the page.

Facet values come from sortable columns, loaded once per index segment and reused until the segment
goes away, so after an edit only the new small segment is read again.
"""

from __future__ import annotations

from collections import Counter
from heapq import heappush, heapreplace
from time import monotonic

from whoosh.collectors import ScoredCollector
from whoosh.searching import Searcher

from workbench.search.schema import JOIN

_CHECK_EVERY = 256


class DeadlineCollector(ScoredCollector):
    """Top ``limit`` documents by score plus the set of all matches, until ``deadline``."""

    def __init__(self, limit: int, deadline: float) -> None:
        super().__init__()
        self.limit = limit
        self.deadline = deadline
        self.timed_out = False

    def prepare(self, top_searcher: Searcher, q: object, context: object) -> None:
        super().prepare(top_searcher, q, context)
        self.timed_out = False

    def _collect(self, global_docnum: int, score: float) -> float:
        self.docset.add(global_docnum)
        items = self.items
        if len(items) < self.limit:
            heappush(items, (score, -global_docnum))
        elif score > items[0][0]:
            heapreplace(items, (score, -global_docnum))
        return -score

    def collect_matches(self) -> None:
        if self.timed_out:
            return
        collect = self.collect
        deadline = self.deadline
        for n, sub_docnum in enumerate(self.matches(), 1):
            collect(sub_docnum)
            if not n % _CHECK_EVERY and monotonic() > deadline:
                self.timed_out = True
                return

    def top(self) -> list[tuple[int, float]]:
        """(docnum, score) best first."""
        return [(-neg, score) for score, neg in sorted(self.items, key=lambda i: (-i[0], -i[1]))]

    def results(self) -> None:  # the caller reads top() and docset directly
        return None


class ColumnCache:
    """Column values per segment, kept while the segment lives."""

    def __init__(self) -> None:
        self._segments: dict[tuple[str, str], list[str]] = {}

    def values(self, searcher: Searcher, column: str) -> list[str]:
        """The column's value for every document number of ``searcher``."""
        combined: list[str] = []
        live = set()
        for sub, _offset in searcher.leaf_searchers():
            reader = sub.reader()
            segment = reader.segment() if hasattr(reader, "segment") else None
            key = (segment.segment_id() if segment else f"reader-{id(reader)}", column)
            live.add(key)
            cached = self._segments.get(key)
            if cached is None:
                if reader.has_column(column):
                    cached = list(reader.column_reader(column))
                else:
                    cached = [""] * reader.doc_count_all()
                self._segments[key] = cached
            combined.extend(cached)
        for key in [k for k in self._segments if k[1] == column and k not in live]:
            del self._segments[key]
        return combined


def count_facet(values: list[str], docs: set[int], multi: bool = False) -> Counter[str]:
    """How many of ``docs`` carry each value (each of several values when ``multi``)."""
    if multi:
        counts: Counter[str] = Counter()
        for d in docs:
            value = values[d]
            if value:
                counts.update(value.split(JOIN))
        return counts
    counts = Counter(values[d] for d in docs)
    counts.pop("", None)
    return counts
