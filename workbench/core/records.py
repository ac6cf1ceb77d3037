"""Plain records passed between the store and everything above it.

Workers, reports and the search index receive these, never live ORM objects, so they can cross
threads and be built in tests without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from workbench.core.vocabulary import SourceKind, Stance, Status


@dataclass(frozen=True)
class ImportedArticle:
    """One article as read from a file, before it is stored."""

    title: str
    text: str  # cleaned: boilerplate removed, whitespace tidied; spans point into this
    raw_text: str  # as extracted from the file, before cleaning
    format: str  # txt, md, html, docx, pdf
    source_file: str
    language: str = "und"  # ISO 639-1 code ("en", "ar") or "und"
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    published: date | None = None
    notes: tuple[str, ...] = ()  # things the import report should tell the user


@dataclass(frozen=True)
class CaseRecord:
    id: int
    title: str
    question: str = ""
    verdict: str = ""
    summary: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str
    text: str
    language: str
    format: str
    source_file: str
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    published: date | None = None
    imported_at: datetime | None = None
    content_hash: str = ""


@dataclass(frozen=True)
class SourceRecord:
    id: int
    name: str
    kind: SourceKind


@dataclass(frozen=True)
class ClaimRecord:
    id: int
    case_id: int
    text: str
    status: Status
    note: str = ""
    source_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    uuid: str | None = None  # lasting identity across case files and workshop answers
    version: int = 1  # raised by every change; a change made from an older one is refused


@dataclass(frozen=True)
class MentionRecord:
    id: int
    claim_id: int
    article_id: int
    start: int
    end: int
    quote: str
    stance: Stance
    source_id: int | None = None


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    claim_id: int
    kind: str
    reference: str
    note: str = ""


@dataclass(frozen=True)
class AuditRecord:
    """One change kept forever: who changed what, when, from what to what, and why."""

    id: int
    at: datetime
    actor: str
    entity: str  # "claim", "mention", "case", ...
    entity_id: int
    action: str  # "create", "status", "text", "delete", ...
    old: str | None
    new: str | None
    reason: str = ""
    author: str = ""  # the actor's display name on a team library; the actor elsewhere

    @property
    def by(self) -> str:
        return self.author or self.actor


@dataclass(frozen=True)
class CaseDossier:
    """Everything known about one case: what reports, exports and bundles are made from."""

    case: CaseRecord
    articles: tuple[ArticleRecord, ...]
    sources: tuple[SourceRecord, ...]
    claims: tuple[ClaimRecord, ...]
    mentions: tuple[MentionRecord, ...]
    evidence: tuple[EvidenceRecord, ...] = ()
    audit: tuple[AuditRecord, ...] = ()
    _index: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def article(self, article_id: int) -> ArticleRecord:
        return self._lookup("article", self.articles)[article_id]

    def source(self, source_id: int | None) -> SourceRecord | None:
        if source_id is None:
            return None
        return self._lookup("source", self.sources).get(source_id)

    def mentions_of(self, claim_id: int) -> list[MentionRecord]:
        return list(self._mentions_by_claim().get(claim_id, ()))

    def _mentions_by_claim(self) -> dict[int, list[MentionRecord]]:
        # grouped once: every view, export and structure asks for each claim in turn
        if "mentions_of" not in self._index:
            grouped: dict[int, list[MentionRecord]] = {}
            for mention in self.mentions:
                grouped.setdefault(mention.claim_id, []).append(mention)
            self._index["mentions_of"] = grouped
        return self._index["mentions_of"]

    def evidence_of(self, claim_id: int) -> list[EvidenceRecord]:
        return [e for e in self.evidence if e.claim_id == claim_id]

    def audit_of(self, entity: str, entity_id: int) -> list[AuditRecord]:
        return [a for a in self.audit if a.entity == entity and a.entity_id == entity_id]

    def with_claims(self, part: ClaimsPart) -> CaseDossier:
        """This dossier with the claims of ``part`` as they now stand (absent ones removed).

        What an edit of a few claims changes, without reading the whole case again; the order of
        every list is the one a fresh read gives. The work is in the size of the edit, not of the
        case: claims edited in place keep their positions, the grouping of mentions by claim is
        carried over, and articles are sorted again only when the edit brought a new one.
        """
        ids = set(part.claim_ids)
        grouped = dict(self._mentions_by_claim())
        for claim_id in ids:
            grouped.pop(claim_id, None)
        for mention in part.mentions:
            grouped.setdefault(mention.claim_id, []).append(mention)
        mentions = tuple(x for claim_id in sorted(grouped) for x in grouped[claim_id])
        evidence = [e for e in self.evidence if e.claim_id not in ids] + list(part.evidence)
        claims = self._claims_with(part)
        index = {"mentions_of": grouped}
        articles = self.articles
        known_articles = self._lookup("article", self.articles)
        if any(known_articles.get(a.id) != a for a in part.articles):
            merged = known_articles | {a.id: a for a in part.articles}
            articles = tuple(
                sorted(
                    merged.values(),
                    key=lambda a: (a.published is None, a.published or date.min, a.id),
                )
            )
        else:
            index["article"] = known_articles
        known = {s.id: s for s in self.sources} | {s.id: s for s in part.sources}
        used = {c.source_id for c in claims} | {x.source_id for x in mentions}
        patched = replace(
            self,
            claims=claims,
            mentions=mentions,
            evidence=tuple(sorted(evidence, key=lambda e: e.id)),
            articles=articles,
            sources=tuple(
                sorted((s for i, s in known.items() if i in used), key=lambda s: s.name.lower())
            ),
        )
        patched._index.update(index)
        return patched

    def _claims_with(self, part: ClaimsPart) -> tuple[ClaimRecord, ...]:
        position = {c.id: k for k, c in enumerate(self.claims)}
        if len(part.claims) == len(part.claim_ids) and all(c.id in position for c in part.claims):
            edited = list(self.claims)
            for claim in part.claims:
                edited[position[claim.id]] = claim
            return tuple(edited)
        ids = set(part.claim_ids)
        kept = [c for c in self.claims if c.id not in ids] + list(part.claims)
        return tuple(sorted(kept, key=lambda c: c.id))

    def _lookup(self, name: str, items: tuple) -> dict:
        if name not in self._index:
            self._index[name] = {item.id: item for item in items}
        return self._index[name]


@dataclass(frozen=True)
class ClaimsPart:
    """Some claims of a case as they stand after an edit: what a view redraws.

    ``claim_ids`` are the claims asked for; one missing from ``claims`` has been deleted.
    """

    claim_ids: tuple[int, ...]
    claims: tuple[ClaimRecord, ...]
    mentions: tuple[MentionRecord, ...]
    evidence: tuple[EvidenceRecord, ...]
    sources: tuple[SourceRecord, ...]
    articles: tuple[ArticleRecord, ...]
