"""Suggestions for a whole case: candidates per article, claims grouped across articles, shared
passages.

This is what the command line and the window call; it only proposes, nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from workbench.assist.candidates import Candidate, extract_candidates
from workbench.assist.grouping import ClaimGroup, group_candidates
from workbench.assist.proposals import shape
from workbench.assist.relays import (
    SharedPassage,
    near_copies_of_shingles,
    shared_passages,
    shingles,
)
from workbench.assist.topics import unrelated_tail
from workbench.core.records import ArticleRecord


@dataclass(frozen=True)
class CaseSuggestions:
    """What the assistant proposes for a case. `complete` is False when the user cancelled."""

    candidates: dict[int, list[Candidate]]
    groups: list[ClaimGroup]
    shared: list[SharedPassage]
    copies: list[tuple[int, int, float]]  # (article id, the earlier or other article id, score)
    complete: bool = True
    set_apart: dict[int, list[Candidate]] = field(default_factory=dict)  # from unrelated articles

    def to_json(self) -> dict:
        return {
            "complete": self.complete,
            "candidates": {
                str(article_id): [c.to_json() for c in items]
                for article_id, items in self.candidates.items()
            },
            "groups": [group.to_json() for group in self.groups],
            "shared_passages": [passage.to_json() for passage in self.shared],
            "near_copies": [
                {"article_id": a, "copy_of": b, "score": score} for a, b, score in self.copies
            ],
            "set_apart": {
                str(article_id): [c.to_json() for c in items]
                for article_id, items in self.set_apart.items()
            },
        }


def suggest_for_case(
    articles: Sequence[ArticleRecord],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CaseSuggestions:
    """Propose claims, groups and relays for `articles`; `progress(done, total)` after each step."""
    total = len(articles) + 2
    candidates: dict[int, list[Candidate]] = {}
    apart: dict[int, list[Candidate]] = {}
    for done, article in enumerate(articles, start=1):
        if cancelled and cancelled():
            return CaseSuggestions(candidates, [], [], [], complete=False)
        found = extract_candidates(
            article.text, article.language, outlet=article.outlet, title=article.title
        )
        tail = unrelated_tail(article.text)
        if tail is not None:
            apart[article.id] = [c for c in found if c.start >= tail]
            found = [c for c in found if c.start < tail]
        candidates[article.id] = found
        if progress:
            progress(done, total)
    if cancelled and cancelled():
        return CaseSuggestions(candidates, [], [], [], complete=False)
    groups = shape(
        group_candidates([(aid, c) for aid, items in candidates.items() for c in items]), articles
    )
    if progress:
        progress(len(articles) + 1, total)
    if cancelled and cancelled():
        return CaseSuggestions(candidates, groups, [], [], complete=False)
    shared = shared_passages(articles)
    copies = _copies(articles)
    if progress:
        progress(total, total)
    return CaseSuggestions(candidates, groups, shared, copies, set_apart=apart)


def _copies(articles: Sequence[ArticleRecord]) -> list[tuple[int, int, float]]:
    """Each article that nearly repeats one published before it (or listed before it, undated)."""
    runs = [shingles(article.text) for article in articles]
    found: list[tuple[int, int, float]] = []
    for pos, article in enumerate(articles):
        earlier = [
            (other.id, runs[other_pos])
            for other_pos, other in enumerate(articles)
            if other.id != article.id and _before(other, article, other_pos, pos)
        ]
        for other_id, score in near_copies_of_shingles(runs[pos], earlier)[:1]:
            found.append((article.id, other_id, score))
    return found


def _before(other: ArticleRecord, article: ArticleRecord, other_pos: int, pos: int) -> bool:
    if other.published and article.published and other.published != article.published:
        return other.published < article.published
    return other_pos < pos
