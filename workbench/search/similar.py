""" "More like this": other articles telling the same story as a given one."""

from __future__ import annotations

from time import monotonic

from whoosh import query as wq

from workbench.core.errors import NotFound
from workbench.search.index import SearchIndex
from workbench.search.matches import Budget, all_matches
from workbench.search.parsing import QueryPlan
from workbench.search.query import SearchHit, best_scores, make_hit
from workbench.search.schema import ARTICLES

# Enough distinctive words to pin the story (names, places, the object of the claim) without
# letting generic news vocabulary pull in unrelated articles.
KEY_TERMS = 25


def more_like_this(
    index: SearchIndex, article_id: int, limit: int = 10, time_limit: float = 1.0
) -> list[SearchHit]:
    """Articles sharing the most distinctive words of ``article_id``, best first."""
    started = monotonic()
    with index.searcher(ARTICLES) as searcher:
        docnum = searcher.document_number(id=str(article_id))
        if docnum is None:
            raise NotFound(f"Article {article_id} is not in the search index.")
        stored = searcher.stored_fields(docnum)
        source = f"{stored.get('title', '')}\n{stored.get('text', '')}"
        key_terms = searcher.key_terms_from_text("text", source, numterms=KEY_TERMS)
        if not key_terms:
            return []
        q = wq.AndNot(
            wq.Or([wq.Term("text", term, boost=weight) for term, weight in key_terms]),
            wq.Term("id", str(article_id)),
        )
        found = all_matches(searcher, q, Budget(started + time_limit), index.segment_data)
        planned = QueryPlan(q, terms={"text": {term for term, _ in key_terms}})
        return [
            make_hit(searcher, ARTICLES, d, score, planned, snippets=False)
            for d, score in best_scores(found, limit)
        ]
