"""Turning rows into the plain records that cross threads and feed reports."""

from __future__ import annotations

from workbench.core.records import (
    ArticleRecord,
    AuditRecord,
    CaseRecord,
    ClaimRecord,
    EvidenceRecord,
    MentionRecord,
    SourceRecord,
)
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.store import models as m


def case_record(row: m.Case) -> CaseRecord:
    return CaseRecord(
        id=row.id,
        title=row.title,
        question=row.question,
        verdict=row.verdict,
        summary=row.summary,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def article_record(row: m.Article) -> ArticleRecord:
    return ArticleRecord(
        id=row.id,
        title=row.title,
        text=row.text,
        language=row.language,
        format=row.format,
        source_file=row.source_file,
        outlet=row.outlet,
        url=row.url,
        byline=row.byline,
        published=row.published,
        imported_at=row.imported_at,
        content_hash=row.content_hash,
    )


def source_record(row: m.Source) -> SourceRecord:
    return SourceRecord(id=row.id, name=row.name, kind=SourceKind(row.kind))


def claim_record(row: m.Claim) -> ClaimRecord:
    return ClaimRecord(
        id=row.id,
        case_id=row.case_id,
        text=row.text,
        status=Status(row.status),
        note=row.note,
        source_id=row.source_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        uuid=row.uuid,
        version=row.version,
    )


def mention_record(row: m.Mention) -> MentionRecord:
    return MentionRecord(
        id=row.id,
        claim_id=row.claim_id,
        article_id=row.article_id,
        start=row.start,
        end=row.end,
        quote=row.quote,
        stance=Stance(row.stance),
        source_id=row.source_id,
    )


def evidence_record(row: m.Evidence) -> EvidenceRecord:
    return EvidenceRecord(
        id=row.id, claim_id=row.claim_id, kind=row.kind, reference=row.reference, note=row.note
    )


def audit_record(row: m.AuditEntry, names: dict[str, str] | None = None) -> AuditRecord:
    """An audit row with its author's display name, when `names` (login → name) has one."""
    return AuditRecord(
        id=row.id,
        at=row.at,
        actor=row.actor,
        entity=row.entity,
        entity_id=row.entity_id,
        action=row.action,
        old=row.old,
        new=row.new,
        reason=row.reason,
        author=(names or {}).get(row.actor, row.actor),
    )
