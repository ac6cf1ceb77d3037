"""Finding the earlier verdicts closest to a query: BM25 for candidates, then a learned reranker.

BM25 over the claim's wording, with the fact-check's headline as a second, down-weighted field:
headlines are written to be clicked ("Does This Photo Show…?"), so their words say less about
the claim than the claim's own. The best candidates are then re-scored by a linear model over a
few features that BM25 cannot see: word beginnings in common (names written differently, words
that share a root the stemmer misses), how much of the claim the query covers, figures and years
that agree or clash with the post's date, word pairs in common. The weights come from
`weights.py`, written by `tools/learn_checked_ranking.py` from real pairs of posts and the checks
they repeat.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from workbench.archive import weights as learned
from workbench.archive.posts import MONTH_NAMES as _MONTH_NAMES
from workbench.archive.posts import normalise_post, post_date
from workbench.archive.terms import content_terms, numbers, years
from workbench.core.verdicts import Verdict, VerdictMatch

FEATURES = (
    "bm25",  # the combined BM25 score over the best candidate's
    "claim_bm25",
    "title_bm25",
    "prefixes",  # word beginnings in common: "photoshopped" ~ "photograph", names spelt apart
    "claim_cover",  # share of the claim's weight the query holds
    "query_cover",  # share of the query's weight the claim (or headline) holds
    "numbers",  # figures in common
    "number_clash",  # both state figures, none in common
    "year",  # +1 a year the post was signed in, -1 only other years
    "pairs",  # adjacent word pairs in common
    "rank",  # 1 / BM25 rank
    "month",  # the claim names the month and year the post was signed in
)


PREFIX = 5  # letters of a stem that make a "word beginning"


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
        self._entry_facts: dict[int, _EntryFacts] = {}
        self._prefix_df: Counter[str] = Counter()
        for entry in self.entries:
            self._prefix_df.update({t[:PREFIX] for t in entry.claim_terms + entry.title_terms})

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
        query_prefixes = {t[:PREFIX] for t in unique}
        prefix_weight = sum(self._prefix_idf(x) for x in query_prefixes) or 1.0
        query_numbers = numbers(plain)
        signed = post_date(text)
        query_pairs = set(pairwise(query))
        query_weight = sum(self.idf(t) for t in unique) or 1.0
        month = f"{_MONTH_NAMES[signed.month - 1]} {signed.year}" if signed else ""
        rows = []
        for rank, (position, score) in enumerate(candidates):
            facts = self._facts(position)
            claim_terms, all_terms = facts.claim_terms, facts.all_terms
            shared_numbers = len(query_numbers & facts.numbers)
            rows.append(
                (
                    position,
                    [
                        score / best,
                        claim_scores.get(position, 0.0),
                        title_scores.get(position, 0.0),
                        sum(self._prefix_idf(x) for x in query_prefixes & facts.prefixes)
                        / prefix_weight,
                        sum(self.idf(t) for t in unique & claim_terms) / facts.claim_weight,
                        sum(self.idf(t) for t in unique & all_terms) / query_weight,
                        float(shared_numbers),
                        float(bool(query_numbers and facts.numbers and not shared_numbers)),
                        _year_agreement(signed, facts.years),
                        float(len(query_pairs & facts.pairs)),
                        1.0 / (rank + 1),
                        float(bool(month) and month in facts.lowered),
                    ],
                )
            )
        return rows

    def _facts(self, position: int) -> _EntryFacts:
        found = self._entry_facts.get(position)
        if found is None:
            entry = self.entries[position]
            terms = set(entry.claim_terms)
            both = terms | set(entry.title_terms)
            text = entry.verdict.claim + " " + entry.verdict.title
            found = _EntryFacts(
                claim_terms=terms,
                all_terms=both,
                pairs=set(pairwise(entry.claim_terms)),
                prefixes={t[:PREFIX] for t in both},
                claim_weight=sum(self.idf(t) for t in terms) or 1.0,
                numbers=numbers(text),
                years=years(text),
                lowered=text.lower(),
            )
            self._entry_facts[position] = found
        return found

    def _prefix_idf(self, prefix: str) -> float:
        return math.log(1 + len(self.entries) / (1 + self._prefix_df.get(prefix, 0)))


@dataclass(frozen=True)
class _EntryFacts:
    """What the reranker compares of one archived verdict, worked out on first use."""

    claim_terms: set[str]
    all_terms: set[str]
    pairs: set[tuple[str, str]]
    prefixes: set[str]
    claim_weight: float
    numbers: set[str]
    years: set[str]
    lowered: str


def _year_agreement(signed: date | None, stated: set[str]) -> float:
    if signed is None:
        return 0.0
    if not stated:
        return 0.0
    return 1.0 if str(signed.year) in stated else -1.0
