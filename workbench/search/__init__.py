"""Full-text search over articles and claims: a Whoosh index kept in step with the library.

Nothing here touches the database or Qt: services hand in plain documents and ask questions.
"""

from workbench.search.batch import BatchRow, batch_search, read_query_file
from workbench.search.documents import ArticleDoc, ClaimDoc
from workbench.search.highlight import Snippet, snippet_html, snippet_marked
from workbench.search.index import IndexUnusable, RebuildCancelled, SearchIndex
from workbench.search.query import SearchHit, SearchResults, search
from workbench.search.similar import more_like_this

__all__ = [
    "ArticleDoc",
    "BatchRow",
    "ClaimDoc",
    "IndexUnusable",
    "RebuildCancelled",
    "SearchHit",
    "SearchIndex",
    "SearchResults",
    "Snippet",
    "batch_search",
    "more_like_this",
    "read_query_file",
    "search",
    "snippet_html",
    "snippet_marked",
]
