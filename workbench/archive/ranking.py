"""Finding the earlier verdicts closest to a query: BM25 for candidates, then a learned reranker.

BM25 over the claim's wording, with the fact-check's headline as a second, down-weighted field:
headlines are written to be clicked ("Does This Photo Show…?"), so their words say less about
the claim than the claim's own. The best candidates are then re-scored by a linear model over a
few features that BM25 cannot see: letter n-gram likeness (names written differently, words that
share a stem BM25 misses), how much of the claim the query covers, figures and years that agree or
clash with the post's date, word pairs in common. The weights come from `weights.py`, written by
`tools/learn_checked_ranking.py` from real pairs of posts and the checks they repeat.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from workbench.archive import weights as learned
from workbench.archive.posts import normalise_post, post_date
from workbench.archive.terms import char_grams, content_terms, numbers, years
from workbench.core.verdicts import Verdict, VerdictMatch

FEATURES = (
    "bm25",  # the combined BM25 score over the best candidate's
    "claim_bm25",
    "title_bm25",
    "grams",  # cosine of letter n-grams
    "claim_cover",  # share of the claim's weight the query holds
    "query_cover",  # share of the query's weight the claim (or headline) holds
    "numbers",  # figures in common
    "number_clash",  # both state figures, none in common
    "year",  # +1 a year the post was signed in, -1 only other years
    "pairs",  # adjacent word pairs in common
    "rank",  # 1 / BM25 rank
)


@dataclass(frozen=True)
class RankingParameters:
    k1: float = 1.2
    b: float = 0.75
    title_weight: float = 0.5
    depth: int = 40  # how many BM25 candidates the reranker sees
    weights: tuple[float, ...] = (1.0,) + (0.0,) * (len(FEATURES) - 1)


def shipped_parameters() -> RankingParameters:
    """The parameters learned from real pairs (see `tools/learn_checked_ranking.py`)."""
    return RankingParameters(
        k1=learned.K1,
        b=learned.B,
        title_weight=learned.TITLE_WEIGHT,
        depth=learned.DEPTH,
        weights=tuple(learned.WEIGHTS[name] for name in FEATURES),
    )


@dataclass
class _Field:
    """One BM25 field: postings of term -> [(entry, count)] and each entry's length."""

    lengths: list[int] = field(default_factory=list)
    postings: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, position: int, terms: Sequence[str]) -> None:
        self.lengths.append(len(terms))
        for term, count in Counter(terms).items():
            self.postings[term].append((position, count))

    def score(self, terms: set[str], k1: float, b: float, into: dict[int, float], w: float) -> None:
        total = len(self.lengths)
        if not total:
            return
        average = (sum(self.lengths) / total) or 1.0
        lengths = self.lengths
        for term in terms:
            posting = self.postings.get(term)
            if not posting:
                continue
            idf = math.log(1 + (total - len(posting) + 0.5) / (len(posting) + 0.5)) * w
            for position, count in posting:
                norm = k1 * (1 - b + b * lengths[position] / average)
                into[position] = into.get(position, 0.0) + idf * count * (k1 + 1) / (count + norm)


@dataclass(frozen=True)
class ArchiveEntry:
    """A verdict with the terms it is matched on (stored with it, so loading does not analyse)."""

    verdict: Verdict
    claim_terms: tuple[str, ...]
    title_terms: tuple[str, ...]


def entry_for(verdict: Verdict) -> ArchiveEntry:
    return ArchiveEntry(
        verdict, tuple(content_terms(verdict.claim)), tuple(content_terms(verdict.title))
    )


class ArchiveIndex:
    """Every archived verdict in memory, ready to be matched against pasted text."""

    def __init__(
        self, entries: Sequence[ArchiveEntry], parameters: RankingParameters | None = None
    ) -> None:
        self.entries = list(entries)
        self.parameters = parameters or shipped_parameters()
        self._claims = _Field()
        self._titles = _Field()
        for position, entry in enumerate(self.entries):
            self._claims.add(position, entry.claim_terms)
            self._titles.add(position, entry.title_terms)
        self._grams: dict[int, tuple[dict[str, float], set[str], set[str], set]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def idf(self, term: str) -> float:
        return math.log(1 + len(self.entries) / (1 + len(self._claims.postings.get(term, ()))))

    def match(self, text: str, limit: int = 5) -> list[VerdictMatch]:
        """The verdicts closest to `text`, best first; any text at all is a valid query."""
        scored = self.features(text)
        weights = self.parameters.weights
        totals = [(sum(w * f for w, f in zip(weights, x, strict=True)), pos) for pos, x in scored]
        ranked = sorted(totals, key=lambda pair: (-pair[0], pair[1]))
        return [VerdictMatch(self.entries[pos].verdict, round(s, 4)) for s, pos in ranked[:limit]]

    def features(self, text: str) -> list[tuple[int, list[float]]]:
        """The BM25 candidates for `text`, each with its feature values in `FEATURES` order."""
        p = self.parameters
        plain = normalise_post(text)
        query = content_terms(plain)
        unique = set(query)
        claim_scores: dict[int, float] = {}
        title_scores: dict[int, float] = {}
        self._claims.score(unique, p.k1, p.b, claim_scores, 1.0)
        self._titles.score(unique, p.k1, p.b, title_scores, 1.0)
        combined = dict(claim_scores)
        for position, score in title_scores.items():
            combined[position] = combined.get(position, 0.0) + p.title_weight * score
        candidates = sorted(combined.items(), key=lambda pair: (-pair[1], pair[0]))[: p.depth]
        if not candidates:
            return []
        best = candidates[0][1] or 1.0
        query_grams = _unit(char_grams(plain))
        query_numbers = numbers(plain)
        signed = post_date(text)
        query_pairs = set(pairwise(query))
        query_weight = sum(self.idf(t) for t in unique) or 1.0
        rows = []
        for rank, (position, score) in enumerate(candidates):
            grams, claim_terms, all_terms, pairs = self._entry_grams(position)
            verdict = self.entries[position].verdict
            claim_weight = sum(self.idf(t) for t in claim_terms) or 1.0
            entry_numbers = numbers(verdict.claim + " " + verdict.title)
            shared_numbers = len(query_numbers & entry_numbers)
            rows.append(
                (
                    position,
                    [
                        score / best,
                        claim_scores.get(position, 0.0),
                        title_scores.get(position, 0.0),
                        sum(v * grams.get(g, 0.0) for g, v in query_grams.items()),
                        sum(self.idf(t) for t in unique & claim_terms) / claim_weight,
                        sum(self.idf(t) for t in unique & all_terms) / query_weight,
                        float(shared_numbers),
                        float(bool(query_numbers and entry_numbers and not shared_numbers)),
                        _year_agreement(signed, verdict),
                        float(len(query_pairs & pairs)),
                        1.0 / (rank + 1),
                    ],
                )
            )
        return rows

    def _entry_grams(self, position: int) -> tuple[dict[str, float], set[str], set[str], set]:
        cached = self._grams.get(position)
        if cached is None:
            entry = self.entries[position]
            terms = entry.claim_terms
            cached = (
                _unit(char_grams(entry.verdict.claim + " " + entry.verdict.title)),
                set(terms),
                set(terms) | set(entry.title_terms),
                set(pairwise(terms)),
            )
            self._grams[position] = cached
        return cached


def _unit(counts: Counter[str]) -> dict[str, float]:
    weights = {g: 1.0 + math.log(c) for g, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {g: v / norm for g, v in weights.items()}


def _year_agreement(signed: date | None, verdict: Verdict) -> float:
    if signed is None:
        return 0.0
    stated = years(verdict.claim + " " + verdict.title)
    if not stated:
        return 0.0
    return 1.0 if str(signed.year) in stated else -1.0
