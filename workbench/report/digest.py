"""The case read once for every export: mentions by claim, outlets, source chains, corrections.

Built in one pass so that a case of hundreds of claims and thousands of mentions costs linear time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from workbench.core.checks import MethodWarning, method_checks
from workbench.core.records import (
    ArticleRecord,
    AuditRecord,
    CaseDossier,
    ClaimRecord,
    MentionRecord,
    SourceRecord,
)
from workbench.core.vocabulary import Stance, Status, parse_status

CORRECTION_PREFIX = "correction:"
# The stances under which an article carries a claim as a report; denials and refusals answer it.
CARRYING = (Stance.ASSERTS, Stance.RELAYS)


@dataclass(frozen=True)
class Correction:
    """A status change after a claim's first marking, as published in "Corrections and updates"."""

    claim_id: int
    at: datetime
    actor: str  # who made the change, by display name on a team library
    old: str
    new: str
    reason: str

    @property
    def label(self) -> str:
        """CORRECTION when the checker says so (reason starting "Correction:"), UPDATE otherwise."""
        return (
            "CORRECTION" if self.reason.strip().lower().startswith(CORRECTION_PREFIX) else "UPDATE"
        )


def _article_order(article: ArticleRecord) -> tuple[bool, date, int]:
    return (article.published is None, article.published or date.min, article.id)


def status_name(value: str | None) -> str:
    """A status value from the audit trail as a reader sees it; unknown values are kept as is."""
    if not value:
        return "none"
    try:
        return parse_status(value).value
    except ValueError:
        return value


class CaseDigest:
    """Lookups every section of every export needs, computed once from the dossier."""

    def __init__(self, dossier: CaseDossier) -> None:
        self.dossier = dossier
        self.case = dossier.case
        self.articles: list[ArticleRecord] = sorted(dossier.articles, key=_article_order)
        self._article_rank = {a.id: rank for rank, a in enumerate(self.articles)}
        self._articles = {a.id: a for a in dossier.articles}
        self._sources = {s.id: s for s in dossier.sources}
        grouped: dict[int, list[MentionRecord]] = defaultdict(list)
        for mention in dossier.mentions:
            if mention.article_id in self._articles:
                grouped[mention.claim_id].append(mention)
        for mentions in grouped.values():
            mentions.sort(key=lambda m: (self._article_rank[m.article_id], m.start, m.id))
        self._mentions = grouped
        self.outlets: list[str] = []
        for article in self.articles:
            name = self.outlet_of(article)
            if name not in self.outlets:
                self.outlets.append(name)
        self.warnings: list[MethodWarning] = method_checks(dossier)
        self._warnings: dict[int | None, list[MethodWarning]] = defaultdict(list)
        for warning in self.warnings:
            self._warnings[warning.claim_id].append(warning)
        self.corrections: list[Correction] = _corrections(dossier.audit)
        self._claim_numbers = {c.id: n for n, c in enumerate(dossier.claims, start=1)}

    def article(self, article_id: int) -> ArticleRecord:
        return self._articles[article_id]

    def source(self, source_id: int | None) -> SourceRecord | None:
        return None if source_id is None else self._sources.get(source_id)

    def claim_number(self, claim_id: int) -> int:
        """The claim's position in the report (1, 2, …), stable across all sections."""
        return self._claim_numbers.get(claim_id, 0)

    def outlet_of(self, article: ArticleRecord) -> str:
        return (article.outlet or "").strip() or f"Article {article.id} (no outlet)"

    def mentions(self, claim_id: int) -> list[MentionRecord]:
        """The claim's mentions in publication order."""
        return self._mentions.get(claim_id, [])

    def by_stance(self, claim_id: int, stance: Stance) -> list[MentionRecord]:
        return [m for m in self.mentions(claim_id) if m.stance is stance]

    def first_report(self, claim_id: int) -> MentionRecord | None:
        """The earliest mention that asserts the claim with its own source."""
        asserting = self.by_stance(claim_id, Stance.ASSERTS)
        return asserting[0] if asserting else None

    def carriers(self, claim_id: int) -> list[ArticleRecord]:
        """Articles carrying the claim as a report (assert or relay), earliest first, once each."""
        seen: dict[int, ArticleRecord] = {}
        for mention in self.mentions(claim_id):
            if mention.stance in CARRYING and mention.article_id not in seen:
                seen[mention.article_id] = self.article(mention.article_id)
        return list(seen.values())

    def matrix_row(self, claim_id: int) -> dict[str, list[Stance]]:
        """Each outlet carrying the claim, with its stances in order (asserts, relays, denies, no
        comment)."""
        row: dict[str, set[Stance]] = defaultdict(set)
        for mention in self.mentions(claim_id):
            row[self.outlet_of(self.article(mention.article_id))].add(mention.stance)
        order = list(Stance)
        return {outlet: sorted(found, key=order.index) for outlet, found in row.items()}

    def warnings_for(self, claim_id: int | None) -> list[MethodWarning]:
        return self._warnings.get(claim_id, [])

    def attributed(self, claim: ClaimRecord) -> SourceRecord | None:
        return self.source(claim.source_id)

    def claims_of_source(self, source_id: int) -> list[ClaimRecord]:
        return [c for c in self.dossier.claims if c.source_id == source_id]


def _corrections(audit: tuple[AuditRecord, ...]) -> list[Correction]:
    """Status changes after each claim's first marking, oldest first.

    A claim starts unverified; its first move away from that is the first marking, not a correction.
    Any later change, or a change away from a status the claim already carried, is published.
    """
    by_claim: dict[int, list[AuditRecord]] = defaultdict(list)
    for record in audit:
        if record.entity == "claim" and record.action == "status":
            by_claim[record.entity_id].append(record)
    found: list[Correction] = []
    for claim_id, records in by_claim.items():
        records.sort(key=lambda r: (r.at, r.id))
        for position, record in enumerate(records):
            old = status_name(record.old)
            first_marking = position == 0 and old in ("none", Status.UNVERIFIED.value)
            if first_marking or status_name(record.old) == status_name(record.new):
                continue
            found.append(
                Correction(
                    claim_id=claim_id,
                    at=record.at,
                    actor=record.by,
                    old=old,
                    new=status_name(record.new),
                    reason=record.reason,
                )
            )
    found.sort(key=lambda c: (c.at, c.claim_id))
    return found
