"""Earlier verdicts: what an archive of ClaimReview records holds, and what a match returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Verdict:
    """One earlier verdict on a claim, as read from a file or kept in the archive."""

    claim: str
    ref: str | None = None  # the id the record carried in its file
    title: str = ""  # the published check's headline
    rating: str = ""  # the reviewer's own label ("False", "Misleading", "خاطئ")
    reviewer: str = ""  # who checked it
    url: str = ""  # the published check
    published: date | None = None
    language: str = "und"
    id: int | None = None  # set once stored


@dataclass(frozen=True)
class VerdictMatch:
    """An archived verdict found for a query, best first, with the ranker's score."""

    verdict: Verdict
    score: float


CITED_KIND = "earlier verdict"  # the evidence kind of a cited archive record


def cite_note(verdict: Verdict) -> str:
    """One line that says what the earlier verdict was, kept with the evidence it becomes."""
    parts = [verdict.rating or "no rating"]
    if verdict.reviewer:
        parts.append(f"by {verdict.reviewer}")
    if verdict.published:
        parts.append(verdict.published.isoformat())
    return " · ".join(parts) + f" — {verdict.claim}"
