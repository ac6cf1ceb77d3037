"""An exact phrase: the phrase's terms at the same relative positions as in the query.

The index drops stop words but keeps their positions, so "port of Ardan" is the terms ``port`` and
``ardan`` two positions apart. Whoosh's own Phrase only knows a uniform slop, which would let
"port Ardan" match too; this query requires each term at exactly its offset from the first.
Candidates come from an intersection of the term postings (skipping through the rarer term), so
positions are decoded only for documents that contain every term.
"""

from __future__ import annotations

from whoosh import matching
from whoosh.matching import binary
from whoosh.query import And, Term
from whoosh.query.spans import Span, SpanQuery, SpanWrappingMatcher
from whoosh.util import make_binary_tree


class ExactPhrase(SpanQuery):
    """Terms of one field at fixed position offsets (``offsets[0]`` is 0)."""

    def __init__(
        self, fieldname: str, words: list[str], offsets: list[int], boost: float = 1.0
    ) -> None:
        self.fieldname = fieldname
        self.words = list(words)
        self.offsets = list(offsets)
        self.boost = boost
        self.q = And([Term(fieldname, w) for w in words])

    def __repr__(self) -> str:
        return f"ExactPhrase({self.fieldname!r}, {self.words!r}, {self.offsets!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ExactPhrase) and (self.fieldname, self.words, self.offsets) == (
            other.fieldname,
            other.words,
            other.offsets,
        )

    def __hash__(self) -> int:
        return hash((self.fieldname, tuple(self.words), tuple(self.offsets)))

    def field(self) -> str:
        return self.fieldname

    def is_leaf(self) -> bool:
        return True

    def has_terms(self) -> bool:
        return True

    def terms(self, phrases: bool = True):
        if phrases:
            for word in self.words:
                yield (self.fieldname, word)

    def estimate_size(self, ixreader) -> int:
        return self.q.estimate_size(ixreader)

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        for word in self.words:
            if (self.fieldname, word) not in reader:
                return matching.NullMatcher()
        # The rarest term drives the intersection; order does not matter for the offsets check.
        ms = [Term(self.fieldname, w).matcher(searcher, context) for w in self.words]
        m = _ExactPhraseMatcher(ms, self.offsets)
        if self.boost != 1.0:
            m = matching.WrappingMatcher(m, boost=self.boost)
        return m


class _ExactPhraseMatcher(SpanWrappingMatcher):
    def __init__(self, ms: list, offsets: list[int]) -> None:
        self.ms = ms
        self.offsets = offsets
        super().__init__(make_binary_tree(binary.IntersectionMatcher, ms))

    def copy(self) -> _ExactPhraseMatcher:
        return _ExactPhraseMatcher([m.copy() for m in self.ms], self.offsets)

    def replace(self, minquality: float = 0):
        return self if self.is_active() else matching.NullMatcher()

    def _get_spans(self) -> list[Span]:
        # Set intersections run in C; shifting each term's positions back by its offset leaves
        # exactly the phrase start positions.
        starts = set(self.ms[0].value_as("positions"))
        for offset, m in zip(self.offsets[1:], self.ms[1:], strict=True):
            starts.intersection_update([p - offset for p in m.value_as("positions")])
            if not starts:
                return []
        last = self.offsets[-1]
        return [Span(start, start + last) for start in sorted(starts)]
