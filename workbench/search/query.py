"""Searching the index: one page of ranked hits with snippets, positions, facets and notices."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from heapq import nlargest
from time import monotonic
from typing import Literal

from whoosh import query as wq
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from workbench.core.errors import BadQuery
from workbench.search.collect import count_coded
from workbench.search.highlight import Snippet, Span, hit_spans, make_snippet
from workbench.search.index import IndexUnusable, SearchIndex
from workbench.search.matches import Budget, Scores, all_matches
from workbench.search.parsing import QueryPlan, make_parser, plan
from workbench.search.schema import ARTICLES, CLAIMS, JOIN

Kind = Literal["articles", "claims"]

# Facet name -> (column, holds several values joined by JOIN).
FACETS: dict[str, dict[str, tuple[str, bool]]] = {
    ARTICLES: {
        "outlet": ("outlet_name", False),
        "language": ("language_code", False),
        "case": ("cases", True),
        "month": ("month", False),
    },
    CLAIMS: {"status": ("status_code", False), "case": ("cases", True)},
}
# Filter name -> indexed field holding the exact value.
FILTERS: dict[str, dict[str, str]] = {
    ARTICLES: {
        "outlet": "outlet_name",
        "language": "language",
        "case": "case_key",
        "month": "month",
    },
    CLAIMS: {"status": "status", "case": "case_key"},
}
_LOWERCASE_FILTERS = {"language", "status"}
# Damaged posting or stored-field files surface as these while reading.
_READ_DAMAGE = (EOFError, OSError, struct.error, zlib.error)


@dataclass(frozen=True)
class SearchHit:
    """One result row. For a claim, ``title`` is the claim's wording."""

    id: int
    kind: str
    title: str
    score: float
    snippet: Snippet = ()
    positions: tuple[Span, ...] = ()
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    cases: tuple[str, ...] = ()
    byline: str | None = None
    status: str | None = None
    source: str | None = None


@dataclass
class SearchResults:
    """One page of hits. ``total_is_estimate`` is set when ``total`` is not an exact count: when
    ``partial`` it counts only the matches found in time (a lower bound, "at least"); when a very
    common phrase was checked on a sample it is extrapolated ("about")."""

    hits: list[SearchHit]
    total: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    partial: bool = False
    page: int = 1
    page_size: int = 20
    seconds: float = 0.0
    total_is_estimate: bool = False

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def search(
    index: SearchIndex,
    query: str,
    *,
    kind: Kind = "articles",
    case_id: int | None = None,
    filters: dict[str, str] | None = None,
    sort: Literal["score", "date"] = "score",
    page: int = 1,
    page_size: int = 20,
    time_limit: float = 1.0,
    snippets: bool = True,
    facets: bool = True,
) -> SearchResults:
    """Run ``query`` and return page ``page``; BadQuery only when nothing in it can be searched.

    Every match is found (the total is exact), but only the page shown is read from disk and given
    snippets. ``facets=False`` skips the facet counts: a view that searches as the user types
    should pass it, and ask for facets once typing stops. When ``time_limit`` seconds pass before
    every match has been seen, the best documents found so far are returned with ``partial`` set
    and a notice saying so.
    """
    started = monotonic()
    if kind not in (ARTICLES, CLAIMS):
        raise BadQuery(f"Unknown kind of search {kind!r}; use 'articles' or 'claims'.")
    page = max(1, page)
    page_size = max(1, page_size)
    with index.searcher(kind) as searcher:
        try:
            return _run(
                index,
                searcher,
                query,
                kind=kind,
                restrict=_restrictions(kind, case_id, filters),
                sort=sort,
                page=page,
                page_size=page_size,
                deadline=started + time_limit,
                snippets=snippets,
                want_facets=facets,
                started=started,
            )
        except _READ_DAMAGE as exc:
            raise IndexUnusable(f"the {kind} part is damaged: {type(exc).__name__}") from exc


def _run(
    index: SearchIndex,
    searcher: Searcher,
    text: str,
    *,
    kind: str,
    restrict: list[wq.Query],
    sort: str,
    page: int,
    page_size: int,
    deadline: float,
    snippets: bool,
    want_facets: bool,
    started: float,
) -> SearchResults:
    budget = Budget(deadline)
    planned = plan(
        text,
        kind,
        _parser(index, kind, searcher),
        searcher.reader(),
        data=index.segment_data,
        spent=budget.spent,
    )
    q = planned.query
    if restrict:
        q = wq.And([q, wq.ConstantScoreQuery(wq.And(restrict), 0.0)])
    wanted = page * page_size
    docs = all_matches(searcher, q, budget, index.segment_data)
    if sort == "date":
        published = index.columns.values(searcher, "published")
        ranked = [(d, 0.0) for d in best_by(docs, wanted, published.__getitem__)]
    else:
        ranked = best_scores(docs, wanted)
    shown = ranked[(page - 1) * page_size : wanted]
    notices = list(planned.notices)
    if budget.timed_out:
        notices.append(
            f"The search stopped after {deadline - started:.1f} s; the list shows the best "
            f"{len(docs):,} matches found so far and may be incomplete."
        )
    total = len(docs)
    if budget.sampled and not budget.timed_out:
        total += round(budget.unchecked)
        phrases = ", ".join(f'"{words}"' for words in budget.sampled)
        notices.append(
            f"{phrases} could occur in so many {kind} that only the best-scoring candidates and "
            f"a sample of the rest were checked: the total of about {total:,} is an estimate, "
            f"and the facet counts cover the {len(docs):,} matches checked."
        )
    hits = [make_hit(searcher, kind, d, score, planned, snippets) for d, score in shown]
    return SearchResults(
        hits=hits,
        total=total,
        facets=_facets(index, searcher, kind, docs) if want_facets else {},
        notices=notices,
        partial=budget.timed_out,
        page=page,
        page_size=page_size,
        seconds=monotonic() - started,
        total_is_estimate=budget.timed_out or bool(budget.sampled),
    )


def best_scores(found: Scores, n: int) -> list[tuple[int, float]]:
    """The ``n`` best (docnum, score) pairs, best first; ties go to the lower document number."""
    items: Iterable[tuple[int, float]] = found.items()
    if len(found) > n:
        # Finding the n-th best score on bare floats runs in C; only the few at or above it are
        # then sorted with the tie-break.
        cut = nlargest(n, found.values())[-1]
        items = [(d, s) for d, s in items if s >= cut]
    return sorted(items, key=lambda item: (-item[1], item[0]))[:n]


def best_by(docs: Scores, n: int, key: Callable[[int], str]) -> list[int]:
    """The ``n`` documents with the largest ``key``, ties to the lower document number."""
    chosen: Iterable[int] = docs
    if len(docs) > n:
        cut = nlargest(n, map(key, docs))[-1]
        chosen = [d for d in docs if key(d) >= cut]
    return sorted(chosen, key=lambda d: (key(d), -d), reverse=True)[:n]


def _parser(index: SearchIndex, kind: str, searcher: Searcher) -> QueryParser:
    if kind not in index.parsers:
        index.parsers[kind] = make_parser(kind, searcher.schema)
    return index.parsers[kind]


def _restrictions(kind: str, case_id: int | None, filters: dict[str, str] | None) -> list[wq.Query]:
    terms: list[wq.Query] = []
    if case_id is not None:
        terms.append(wq.Term("case_id", str(case_id)))
    for name, value in (filters or {}).items():
        fieldname = FILTERS[kind].get(name)
        if fieldname is None:
            raise BadQuery(
                f"Cannot filter {kind} by {name!r}; use one of: {', '.join(FILTERS[kind])}."
            )
        terms.append(wq.Term(fieldname, value.lower() if name in _LOWERCASE_FILTERS else value))
    return terms


def _facets(
    index: SearchIndex, searcher: Searcher, kind: str, docs: Scores
) -> dict[str, list[tuple[str, int]]]:
    columns = index.columns
    result: dict[str, list[tuple[str, int]]] = {}
    for name, (column, multi) in FACETS[kind].items():
        counts = count_coded(*columns.coded(searcher, column), docs, multi)
        if name == "month":
            result[name] = sorted(counts.items(), reverse=True)
        else:
            result[name] = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return result


def make_hit(
    searcher: Searcher, kind: str, docnum: int, score: float, planned: QueryPlan, snippets: bool
) -> SearchHit:
    stored = searcher.stored_fields(docnum)
    text = stored.get("text", "")
    spans: list[Span] = []
    snippet: Snippet = ()
    if snippets:
        spans = hit_spans(text, planned.terms.get("text", ()), planned.phrases.get("text", ()))
        snippet = make_snippet(text, spans)
    cases = tuple(c for c in stored.get("cases", "").split(JOIN) if c)
    if kind == CLAIMS:
        return SearchHit(
            id=int(stored["id"]),
            kind=kind,
            title=text,
            score=score,
            snippet=snippet,
            positions=tuple(spans),
            cases=cases,
            status=stored.get("status_code"),
            source=stored.get("source_name") or None,
        )
    day = stored.get("published") or ""
    return SearchHit(
        id=int(stored["id"]),
        kind=kind,
        title=stored.get("title", ""),
        score=score,
        snippet=snippet,
        positions=tuple(spans),
        outlet=stored.get("outlet_name") or None,
        published=date.fromisoformat(day) if day else None,
        language=stored.get("language_code") or None,
        cases=cases,
        byline=stored.get("byline_name") or None,
    )
