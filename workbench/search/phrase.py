"""An exact phrase: the phrase's terms at the same relative positions as in the query.

The index drops stop words but keeps their positions, so "port of Ardan" is the terms ``port`` and
``ardan`` two positions apart. Whoosh's own Phrase only knows a uniform slop, which would let
"port Ardan" match too; this query requires each term at exactly its offset from the first.
Candidates come from an intersection of the term postings (skipping through the rarer term), so
positions are decoded only for documents that contain every term.

The functions below do the same check in bulk for ``matches``, which reads whole posting lists:
``phrase_matches`` on a list of candidates, ``sample_candidates`` choosing which candidates to
check when there are too many to check them all within a search's time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from heapq import nlargest
from itertools import accumulate
from pickle import loads

from whoosh import matching
from whoosh.matching import binary
from whoosh.query import And, Term
from whoosh.query.spans import Span, SpanQuery, SpanWrappingMatcher
from whoosh.util import make_binary_tree

# A phrase with more candidate documents than this has its positions checked for the best
# PHRASE_BEST candidates and an even sample of PHRASE_SAMPLE of the others; the total is then
# an estimate. Below it every candidate is checked.
PHRASE_EXACT = 20_000
PHRASE_BEST = 2_000
PHRASE_SAMPLE = 2_000


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


def sample_candidates(scores: dict[int, float]) -> tuple[list[int], int, int]:
    """The phrase candidates to check, how many of them are the best, and how many the rest."""
    if len(scores) <= PHRASE_EXACT:
        return sorted(scores), len(scores), 0
    # A phrase's score is its words' scores, known before any position is read, so checking the
    # best-scoring candidates finds the best matches; an even sample of the others estimates how
    # many more matches there are without decoding them all.
    # nlargest is sorted(..., reverse=True)[:n] without sorting every candidate.
    best = nlargest(PHRASE_BEST, scores, key=scores.__getitem__)
    rest = sorted(scores.keys() - set(best))
    step = max(1, len(rest) // PHRASE_SAMPLE)
    return best + rest[::step], PHRASE_BEST, len(rest)


def phrase_matches(
    docs: list[int],
    by_doc: list[dict[int, bytes]],
    offsets: list[int],
    decode: Callable[[bytes], Iterable[int]],
) -> list[int]:
    """The documents of ``docs`` where every word sits at its offset from the phrase start."""
    first, first_offset = by_doc[0], offsets[0]
    if len(by_doc) == 2:
        # The common two-word case as one comprehension of C calls: a start position is where
        # the first word's position minus its offset meets the second's minus its own.
        values, shift = by_doc[1], first_offset - offsets[1]
        return [
            d
            for d in docs
            if not set(decode(first[d])).isdisjoint(map(shift.__add__, decode(values[d])))
        ]
    matched = []
    for d in docs:
        starts = {p - first_offset for p in decode(first[d])}
        for values, offset in zip(by_doc[1:], offsets[1:], strict=True):
            starts.intersection_update([p - offset for p in decode(values[d])])
            if not starts:
                break
        if starts:
            matched.append(d)
    return matched


def decode_positions(value: bytes) -> accumulate:
    # Whoosh's Positions format: a 4-byte count, then a pickled list of position deltas.
    return accumulate(loads(value[4:]))
