"""The two Whoosh schemas (articles, claims) and how a plain document becomes an index entry.

Both live in one folder as two named Whoosh indexes, so a claims search never pays for filtering out
articles. Searchable text fields use the one analyzer; the exact values shown as facets (outlet,
language, case names, month, status) sit in sortable columns, read in bulk when counting facets.
"""

from __future__ import annotations

from collections.abc import Iterator
from pickle import dumps

from whoosh import fields, formats
from whoosh.analysis import RegexTokenizer
from whoosh.system import pack_uint

from workbench.search.analysis import ANALYZER, WorkbenchAnalyzer
from workbench.search.documents import ArticleDoc, ClaimDoc

SCHEMA_VERSION = 1
ARTICLES = "articles"
CLAIMS = "claims"

# Multi-valued facet columns (an article may belong to several cases) join values with this.
JOIN = "\x1f"
NO_DATE = ""
# Stored fields every hit reads, present even when empty.
_ALWAYS = frozenset({"id", "title", "text"})


class WordPositions(formats.Positions):
    """Whoosh's Positions format, fed by the analyzer's one-pass ``positions`` when it can be.

    The postings written are byte for byte those of ``Positions``; only the Token objects that
    Whoosh's generic path builds for every word are skipped.
    """

    def word_values(self, value: str, analyzer: object, **kwargs: object) -> Iterator[tuple]:
        if not isinstance(analyzer, WorkbenchAnalyzer) or kwargs.get("start_pos"):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        boost = self.field_boost
        for word, poslist in analyzer.positions(value).items():
            deltas = [b - a for a, b in zip([0, *poslist], poslist, strict=False)]
            count = len(poslist)
            yield word, count, float(count) * boost, pack_uint(count) + dumps(deltas, 2)


def _text(*, stored: bool = False, boost: float = 1.0) -> fields.TEXT:
    field = fields.TEXT(analyzer=ANALYZER, stored=stored, phrase=True, field_boost=boost)
    field.format = WordPositions(field_boost=boost)
    return field


def _keys() -> fields.KEYWORD:
    # Exact values (case ids, case names) for filters; the analyzer splits on JOIN only.
    return fields.KEYWORD(lowercase=False, commas=False, analyzer=RegexTokenizer(r"[^\x1f]+"))


def article_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=_text(stored=True, boost=2.0),
        text=_text(stored=True),
        outlet=_text(),
        byline=_text(),
        case=_text(),
        case_key=_keys(),
        case_id=_keys(),
        language=fields.KEYWORD(lowercase=True),
        date=fields.ID(),
        # Stored/sortable copies of what a result row and the facets show.
        outlet_name=fields.ID(stored=True, sortable=True),
        byline_name=fields.STORED(),
        language_code=fields.ID(stored=True, sortable=True),
        published=fields.ID(stored=True, sortable=True),
        month=fields.ID(sortable=True),
        cases=fields.ID(stored=True, sortable=True),
    )


def claim_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        text=_text(stored=True),
        source=_text(),
        case=_text(),
        case_key=_keys(),
        case_id=_keys(),
        status=fields.KEYWORD(lowercase=True),
        status_code=fields.ID(stored=True, sortable=True),
        source_name=fields.STORED(),
        cases=fields.ID(stored=True, sortable=True),
    )


def article_fields(doc: ArticleDoc) -> dict[str, str]:
    """The field values Whoosh stores for an article."""
    day = doc.published.isoformat() if doc.published else NO_DATE
    names = JOIN.join(doc.cases)
    values = {
        "id": str(doc.id),
        "title": doc.title,
        "text": doc.text,
        "outlet": doc.outlet or "",
        "byline": doc.byline or "",
        "case": " ".join(doc.cases),
        "case_key": names,
        "case_id": JOIN.join(str(i) for i in doc.case_ids),
        "language": doc.language,
        "language_code": doc.language.lower(),
        "outlet_name": doc.outlet or "",
        "byline_name": doc.byline or "",
        "published": day,
        "cases": names,
    }
    if day:
        values["date"] = day
        values["month"] = day[:7]
    # Whoosh would index an empty ID as a term of its own; leave the field out instead.
    return {name: value for name, value in values.items() if value or name in _ALWAYS}


def claim_fields(doc: ClaimDoc) -> dict[str, str]:
    """The field values Whoosh stores for a claim."""
    values = {
        "id": str(doc.id),
        "text": doc.text,
        "source": doc.source or "",
        "case": doc.case,
        "case_key": doc.case,
        "case_id": str(doc.case_id),
        "status": doc.status,
        "status_code": doc.status.lower(),
        "source_name": doc.source or "",
        "cases": doc.case,
    }
    return {name: value for name, value in values.items() if value or name in _ALWAYS}
