"""Every document a query matches, with its score, computed a posting list at a time.

The total, the facet counts and a date-sorted page all need the whole result set, not just the top
of it. Walking Whoosh's matchers costs several microseconds of Python per match; here each term's
postings are read in bulk (see ``postings``), scored with the same BM25F formula and statistics
Whoosh uses, and combined with dictionary and set operations that run in C. The scores equal
Whoosh's own, so the ranking does not change.

The parts of an AND run rarest first, and each later part only reads the posting blocks that hold a
document still in the running, so one rare word makes the common ones cheap. Exact phrases are
checked on that narrowed candidate set: only documents holding every word have their positions
decoded, and when even that is a huge set (two very common words), the best-scoring candidates and
an even sample of the rest are checked and the total extrapolated (``Budget.sampled``). Query
types without a bulk form fall back to Whoosh's matcher. Every loop looks at the clock; past the
deadline the work stops, and what was found so far is returned with ``Budget.timed_out`` set.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from operator import add
from time import monotonic

import numpy as np
from whoosh import query as wq
from whoosh.formats import Positions
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from workbench.search.phrase import ExactPhrase, decode_positions, phrase_matches, sample_candidates
from workbench.search.postings import Postings, length_bytes, read_postings

Scores = dict[int, float]
# Posting lists at least this long are scored with numpy; shorter ones cost less in plain Python.
_IN_BULK = 2048
_CHECK_EVERY = 512


class Budget:
    """A deadline shared by every step of one search, and what was only estimated under it."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.timed_out = False
        # Matches believed to exist but not returned (phrases checked on a sample), and the
        # phrases concerned.
        self.unchecked = 0.0
        self.sampled: list[str] = []

    def estimate(self, q: ExactPhrase, unchecked: float) -> None:
        self.unchecked += unchecked
        shown = " ".join(q.words)
        if shown not in self.sampled:
            self.sampled.append(shown)

    def spent(self) -> bool:
        if not self.timed_out and monotonic() > self.deadline:
            self.timed_out = True
        return self.timed_out


class SegmentData:
    """Values derived from one segment's files, kept while the segment lives."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], object] = {}
        self._live: set[str] = set()
        # Searches run in several threads (typing, results, batch); pruning must not race them.
        self._lock = threading.Lock()

    def get(self, segment: str, name: str, build: Callable[[], object]) -> object:
        key = (segment, name)
        try:
            return self._items[key]
        except KeyError:
            value = build()
            with self._lock:
                self._items[key] = value
            return value

    def keep_only(self, segments: set[str]) -> None:
        """Forget everything about segments no longer in the index."""
        with self._lock:
            if segments != self._live:
                for key in [k for k in self._items if k[0] not in segments]:
                    del self._items[key]
                self._live = set(segments)


def segment_key(sub: Searcher) -> str:
    reader = sub.reader()
    segment = reader.segment() if hasattr(reader, "segment") else None
    return segment.segment_id() if segment is not None else f"reader-{id(reader)}"


def all_matches(searcher: Searcher, q: wq.Query, budget: Budget, data: SegmentData) -> Scores:
    """Document number -> score for every live document matching ``q``."""
    leaves = searcher.leaf_searchers()
    data.keep_only({segment_key(sub) for sub, _ in leaves})
    combined: Scores = {}
    for sub, offset in leaves:
        found = _Segment(searcher, sub, budget, data).run(q)
        if offset:
            combined.update({d + offset: s for d, s in found.items()})
        elif combined:
            combined.update(found)
        else:
            combined = found
        if budget.timed_out:
            break
    return combined


class _Segment:
    def __init__(self, top: Searcher, sub: Searcher, budget: Budget, data: SegmentData) -> None:
        self.top = top
        self.sub = sub
        self.reader = sub.reader()
        self.budget = budget
        self.data = data
        self.key = segment_key(sub)
        self.weighting = top.weighting

    def run(self, q: wq.Query) -> Scores:
        found = self.scores(q)
        if self.reader.has_deletions():
            for docnum in self.reader.deleted_docs_set:
                found.pop(docnum, None)
        return found

    # -- query nodes ------------------------------------------------------------------------
    # ``within``, when given, holds the only documents the caller can still use (the matches of
    # an AND's rarer parts): a node may then skip any other document.

    def scores(self, q: wq.Query, within: _Within | None = None) -> Scores:
        if self.budget.timed_out:
            return {}
        kind = type(q)
        if kind is wq.Term:
            return self._term(q.fieldname, q.text, q.boost, within)
        if kind is wq.Or and not q.minmatch and not q.scale:
            parts = [self.scores(s, within) for s in q.subqueries]
            return _boosted(self._union(parts), q.boost)
        if kind is wq.And:
            return self._and(q, within)
        if kind is wq.AndNot:
            found = self.scores(q.a, within)
            return _minus(found, self.scores(q.b, _Within.of(found)))
        if kind is wq.Require:
            found = self.scores(q.a, within)
            kept = self.scores(q.b, _Within.of(found))
            return {d: s for d, s in found.items() if d in kept}
        if kind is wq.AndMaybe:
            found = self.scores(q.a, within)
            extra = self.scores(q.b, _Within.of(found))
            return {d: s + extra[d] if d in extra else s for d, s in found.items()}
        if kind is wq.ConstantScoreQuery:
            return dict.fromkeys(self.scores(q.child, within), q.score)
        if kind is wq.TermRange and q.constantscore:
            return self._constant_terms(q, within)
        if kind is ExactPhrase:
            return self._phrase(q, within)
        if kind is wq.NullQuery.__class__:
            return {}
        found = self._by_matcher(q)
        return found if within is None else {d: s for d, s in found.items() if d in within.docs}

    def _and(self, q: wq.And, within: _Within | None) -> Scores:
        plain = [s for s in q.subqueries if not isinstance(s, wq.Not)]
        nots = [s for s in q.subqueries if isinstance(s, wq.Not)]
        if not plain:
            found = self._by_matcher(q)
            return found if within is None else {d: s for d, s in found.items() if d in within.docs}
        # The rarest part first; every later part only looks at the documents still in the
        # running, so a rare word makes the common words cheap.
        reader = self.reader
        plain.sort(key=lambda s: s.estimate_size(reader))
        found = self.scores(plain[0], within)
        for part in plain[1:]:
            if not found:
                return {}
            other = self.scores(part, _Within.of(found))
            found = {d: s + other[d] for d, s in found.items() if d in other}
        for n in nots:
            if not found:
                return {}
            # Whoosh's inverse matcher adds a score of 1 (times the Not's boost) to each survivor.
            gone = self.scores(n.query, _Within.of(found))
            found = {d: s + n.boost for d, s in found.items() if d not in gone}
        return _boosted(found, q.boost)

    def _union(self, parts: list[Scores]) -> Scores:
        parts = [p for p in parts if p]
        if not parts:
            return {}
        parts.sort(key=len, reverse=True)
        # Every part is a fresh dict made for this query, so the largest can take in the rest.
        found = parts[0]
        for other in parts[1:]:
            get = found.get
            found.update({d: get(d, 0.0) + s for d, s in other.items()})
        return found

    def _term(
        self, fieldname: str, text: str | bytes, boost: float, within: _Within | None
    ) -> Scores:
        found = self._postings(fieldname, text, within=within)
        if found is None:
            return {}
        btext, postings = found
        return self._score_postings(fieldname, btext, postings, boost, within)

    def _postings(
        self,
        fieldname: str,
        text: str | bytes,
        values: bool = False,
        within: _Within | None = None,
    ) -> tuple[bytes, Postings] | None:
        schema = self.top.schema
        if fieldname not in schema:
            return None
        try:
            btext = schema[fieldname].to_bytes(text)
        except ValueError:
            return None
        if (fieldname, btext) not in self.reader:
            return None
        postings = read_postings(
            self.reader,
            fieldname,
            btext,
            values=values,
            stop=self.budget.spent,
            near=None if within is None else within.ordered(),
        )
        return btext, postings

    def _score_postings(
        self,
        fieldname: str,
        btext: bytes,
        postings: Postings,
        boost: float,
        within: _Within | None = None,
    ) -> Scores:
        ids, weights = postings.ids, postings.weights
        if within is not None:
            keep = within.docs
            pairs = [(d, w) for d, w in zip(ids, weights, strict=True) if d in keep]
        else:
            pairs = zip(ids, weights, strict=True)  # type: ignore[assignment]
        if self.weighting is None:
            return dict(pairs)
        weighting = self.weighting
        field = self.top.schema[fieldname]
        if type(weighting) is BM25F and field.scorable:
            # BM25FScorer's own statistics, without building it: its constructor also works out
            # a quality bound that scans the whole length column, which only block skipping uses.
            parent = self.sub.get_parent()
            idf = parent.idf(fieldname, btext)
            avgfl = parent.avg_field_length(fieldname) or 1
            b = weighting._field_B.get(fieldname, weighting.B)
            k1 = weighting.K1
            table = [k1 * ((1 - b) + b * byte_to_length(i) / avgfl) for i in range(256)]
            lengths = self._lengths(fieldname)
            k = k1 + 1
            # Whoosh's bm25() with the length part looked up: idf * (tf*(K1+1)) / (tf + norm).
            if within is None and len(ids) >= _IN_BULK:
                found = _bm25_in_bulk(ids, weights, lengths, table, idf, k)
            else:
                found = {d: idf * ((w * k) / (w + table[lengths[d]])) for d, w in pairs}
        elif type(weighting) is BM25F:
            # Whoosh's WeightScorer for a field without lengths: the weight is the score.
            found = dict(pairs)
        else:
            m = self.sub.postings(fieldname, btext, weighting=weighting)
            found = {}
            while m.is_active():
                found[m.id()] = m.score()
                m.next()
            if within is not None:
                found = {d: s for d, s in found.items() if d in within.docs}
        return _boosted(found, boost)

    def _lengths(self, fieldname: str) -> bytes:
        return self.data.get(  # type: ignore[return-value]
            self.key, "len:" + fieldname, lambda: length_bytes(self.reader, fieldname)
        )

    def _constant_terms(self, q: wq.TermRange, within: _Within | None) -> Scores:
        # Whoosh scores a constant-score range without weighting: each term's weight, summed.
        found: Scores = {}
        fieldname = q.field()
        keep = None if within is None else within.docs
        for btext in q._btexts(self.reader):
            found_term = self._postings(fieldname, btext, within=within)
            if found_term is None:
                continue
            postings = found_term[1]
            get = found.get
            found.update(
                {
                    d: get(d, 0.0) + w
                    for d, w in zip(postings.ids, postings.weights, strict=True)
                    if keep is None or d in keep
                }
            )
            if self.budget.timed_out:
                break
        return _boosted(found, q.boost)

    def _phrase(self, q: ExactPhrase, within: _Within | None) -> Scores:
        reader = self.reader
        # The rarest word first: its documents are the candidates, and the other words are read
        # only in the blocks that hold a candidate.
        freq = [reader.doc_frequency(q.fieldname, word) for word in q.words]
        order = sorted(range(len(q.words)), key=freq.__getitem__)
        words: list[tuple[bytes, Postings]] = []
        for i in order:
            found_word = self._postings(q.fieldname, q.words[i], values=True, within=within)
            if found_word is None:
                return {}
            words.append(found_word)
            if within is None:
                within = _Within(set(found_word[1].ids))
        fmt = self.top.schema[q.fieldname].format
        # Whoosh's Positions encoding (WordPositions writes the same), decoded without its loop.
        plain = type(fmt).decode_positions is Positions.decode_positions
        decode = decode_positions if isinstance(fmt, Positions) and plain else fmt.decode_positions
        by_doc = [dict(zip(p.ids, p.values or (), strict=True)) for _, p in words]
        offsets = [q.offsets[i] for i in order]
        candidates = within.docs.intersection(*by_doc)  # type: ignore[union-attr]
        # Whoosh scores a phrase as the sum of its words' scores, times the phrase's boost.
        # Only the candidates are scored; each word's weights are looked up for them alone, and
        # the sums are made in the words' order so they equal Whoosh's to the last bit.
        ordered = list(candidates)
        scores = dict.fromkeys(ordered, 0.0)
        for btext, postings in words:
            weight_of = dict(zip(postings.ids, postings.weights, strict=True))
            mine = Postings(ordered, list(map(weight_of.__getitem__, ordered)))
            word_scores = self._score_postings(q.fieldname, btext, mine, q.boost)
            summed = map(add, scores.values(), map(word_scores.__getitem__, ordered))
            scores = dict(zip(ordered, summed, strict=True))
        checked, best, rest = sample_candidates(scores)
        matched: list[int] = []
        for start in range(0, len(checked), _CHECK_EVERY):
            chunk = checked[start : start + _CHECK_EVERY]
            matched.extend(phrase_matches(chunk, by_doc, offsets, decode))
            if self.budget.spent():
                break
        if rest:
            top = set(checked[:best])
            in_top = sum(1 for d in matched if d in top)
            in_sample = len(matched) - in_top
            sampled = len(checked) - best
            self.budget.estimate(q, in_sample * rest / sampled - in_sample)
        return {d: scores[d] for d in matched}

    def _by_matcher(self, q: wq.Query) -> Scores:
        m = q.matcher(self.sub, self.top.context())
        found: Scores = {}
        n = 0
        while m.is_active():
            found[m.id()] = m.score()
            m.next()
            n += 1
            if not n % _CHECK_EVERY and self.budget.spent():
                break
        return found


class _Within:
    """The documents a node may restrict itself to, as a set and (when first asked) sorted."""

    def __init__(self, docs: set[int]) -> None:
        self.docs = docs
        self._ordered: list[int] | None = None

    @classmethod
    def of(cls, found: Scores) -> _Within:
        return cls(set(found))

    def ordered(self) -> list[int]:
        if self._ordered is None:
            self._ordered = sorted(self.docs)
        return self._ordered

    def __contains__(self, docnum: int) -> bool:
        return docnum in self.docs


def _bm25_in_bulk(
    ids: list[int], weights: list[float], lengths: bytes, table: list[float], idf: float, k: float
) -> Scores:
    """The BM25 of a long posting list as array operations: the same operations in the same
    order on the same doubles as the per-posting formula, so the same scores to the last bit."""
    docs = np.fromiter(ids, dtype=np.int64, count=len(ids))
    tf = np.fromiter(weights, dtype=np.float64, count=len(weights))
    norm = np.asarray(table, dtype=np.float64)[np.frombuffer(lengths, dtype=np.uint8)[docs]]
    scores = idf * ((tf * k) / (tf + norm))
    return dict(zip(ids, scores.tolist(), strict=True))


def _boosted(found: Scores, boost: float) -> Scores:
    if boost == 1.0:
        return found
    return {d: s * boost for d, s in found.items()}


def _minus(found: Scores, removed: Scores) -> Scores:
    if not removed:
        return found
    return {d: s for d, s in found.items() if d not in removed}
