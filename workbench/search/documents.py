"""The plain documents the store hands to the search index: one per article, one per claim."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ArticleDoc:
    """An article as the index sees it; ``cases`` and ``case_ids`` run in the same order."""

    id: int
    title: str
    text: str
    outlet: str | None
    byline: str | None
    published: date | None
    language: str
    cases: tuple[str, ...] = ()
    case_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ClaimDoc:
    """A claim as the index sees it: its wording, status and the case it belongs to."""

    id: int
    text: str
    status: str
    case: str
    case_id: int
    source: str | None = None
