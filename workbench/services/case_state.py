"""A case read as a flat map of entities (see core.casemerge), as check-out and check-in see it.

Reading gives what the merge compares, plus what another library needs to recreate the case:
article texts and files, source kinds, and the audit trail named by lasting identities. Writing
it back is services/case_writing.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workbench.core.casemerge import CaseState, EntityKey, evidence_key, mention_key
from workbench.store import models as m

CASE_FIELDS = ("title", "question", "verdict", "summary")

# An audit entry named by what it is about rather than by row ids, which differ between libraries:
# (at, actor, entity, identity, action, old, new, reason).
AuditItem = tuple[str, str, str, str, str, str | None, str | None, str]


@dataclass(frozen=True)
class ArticleContent:
    """What a library needs to hold an article it does not have yet."""

    text: str
    raw_text: str
    language: str
    format: str
    source_file: str
    files: tuple[str, ...]


@dataclass
class CaseSnapshot:
    """One library's copy of a case: its state, and the ids its entities have there."""

    case_id: int
    case_uuid: str
    state: CaseState
    ids: dict[EntityKey, int]
    contents: dict[str, ArticleContent] = field(default_factory=dict)
    source_kinds: dict[str, str] = field(default_factory=dict)
    audit: list[AuditItem] = field(default_factory=list)


def read_case(
    session: Session, case: m.Case, *, contents: bool = True, audit: bool = True
) -> CaseSnapshot:
    """Everything of `case` that travels between libraries; without article texts and files
    (`contents`) or the history (`audit`) when only the state is needed.

    Read as plain columns rather than ORM objects: a case of thousands of claims and passages is
    read several times in one check-in.
    """
    _give_identities(session, case)
    state: CaseState = {}
    ids: dict[EntityKey, int] = {}
    case_key = ("case", str(case.uuid))
    state[case_key] = {name: getattr(case, name) for name in CASE_FIELDS}
    ids[case_key] = case.id
    claims = session.execute(
        select(
            m.Claim.id, m.Claim.uuid, m.Claim.text, m.Claim.status, m.Claim.note, m.Claim.source_id
        )
        .where(m.Claim.case_id == case.id)
        .order_by(m.Claim.id)
    ).all()
    mentions = session.execute(
        select(
            m.Mention.id,
            m.Mention.claim_id,
            m.Mention.article_id,
            m.Mention.start,
            m.Mention.end,
            m.Mention.quote,
            m.Mention.stance,
            m.Mention.source_id,
        )
        .join(m.Claim, m.Claim.id == m.Mention.claim_id)
        .where(m.Claim.case_id == case.id)
        .order_by(m.Mention.id)
    ).all()
    evidence = session.execute(
        select(
            m.Evidence.id,
            m.Evidence.claim_id,
            m.Evidence.kind,
            m.Evidence.reference,
            m.Evidence.note,
        )
        .join(m.Claim, m.Claim.id == m.Evidence.claim_id)
        .where(m.Claim.case_id == case.id)
        .order_by(m.Evidence.id)
    ).all()
    linked = set(
        session.scalars(select(m.CaseArticle.article_id).where(m.CaseArticle.case_id == case.id))
    )
    article_ids = linked | {x.article_id for x in mentions}
    articles = session.execute(
        select(
            m.Article.id,
            m.Article.content_hash,
            m.Article.title,
            m.Article.outlet,
            m.Article.url,
            m.Article.byline,
            m.Article.published,
        )
        .where(m.Article.id.in_(article_ids))
        .order_by(m.Article.id)
    ).all()
    source_ids = {c.source_id for c in claims} | {x.source_id for x in mentions}
    sources = session.execute(
        select(m.Source.id, m.Source.name, m.Source.kind).where(
            m.Source.id.in_(source_ids - {None})
        )
    ).all()
    source_names = {s.id: s.name for s in sources}
    hashes = {a.id: a.content_hash for a in articles}
    for article in articles:
        key = ("article", article.content_hash)
        state[key] = {
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "byline": article.byline,
            "published": article.published.isoformat() if article.published else None,
        }
        ids[key] = article.id
    claim_uuids: dict[int, str] = {}
    for claim in claims:
        claim_uuids[claim.id] = claim.uuid
        key = ("claim", claim.uuid)
        state[key] = {
            "text": claim.text,
            "status": claim.status,
            "note": claim.note,
            "source": source_names.get(claim.source_id) if claim.source_id else None,
        }
        ids[key] = claim.id
    for mention in mentions:
        owner = claim_uuids[mention.claim_id]
        key = mention_key(owner, hashes[mention.article_id], mention.start, mention.end)
        state[key] = {
            "claim": owner,
            "article": hashes[mention.article_id],
            "start": mention.start,
            "end": mention.end,
            "quote": mention.quote,
            "stance": mention.stance,
            "source": source_names.get(mention.source_id) if mention.source_id else None,
        }
        ids[key] = mention.id
    for item in evidence:
        owner = claim_uuids[item.claim_id]
        key = evidence_key(owner, item.kind, item.reference, item.note)
        state[key] = {"kind": item.kind, "reference": item.reference, "note": item.note}
        ids[key] = item.id
    snapshot = CaseSnapshot(case.id, str(case.uuid), state, ids)
    snapshot.source_kinds = {s.name: s.kind for s in sources}
    if contents:
        snapshot.contents = article_contents(session, hashes)
    if audit:
        snapshot.audit = read_audit(session, case.id, ids)
    return snapshot


def _give_identities(session: Session, case: m.Case) -> None:
    # Rows made before identities existed get one the first time they leave the library.
    if not case.uuid:
        case.uuid = m.new_uuid()
    bare = session.scalars(
        select(m.Claim.id).where(m.Claim.case_id == case.id, m.Claim.uuid.is_(None))
    ).all()
    for claim_id in bare:
        session.execute(update(m.Claim).where(m.Claim.id == claim_id).values(uuid=m.new_uuid()))


def article_contents(session: Session, hashes: dict[int, str]) -> dict[str, ArticleContent]:
    """The texts and file names of these articles (by id), by content hash."""
    files: dict[int, list[str]] = {}
    for article_id, name in session.execute(
        select(m.ArticleFile.article_id, m.ArticleFile.file_name)
        .where(m.ArticleFile.article_id.in_(hashes))
        .order_by(m.ArticleFile.id)
    ):
        files.setdefault(article_id, []).append(name)
    rows = session.execute(
        select(
            m.Article.id,
            m.Article.text,
            m.Article.raw_text,
            m.Article.language,
            m.Article.format,
            m.Article.source_file,
        ).where(m.Article.id.in_(hashes))
    )
    return {
        hashes[a.id]: ArticleContent(
            text=a.text,
            raw_text=a.raw_text,
            language=a.language,
            format=a.format,
            source_file=a.source_file,
            files=tuple(files.get(a.id, ())),
        )
        for a in rows
    }


_AUDIT_COLUMNS = (
    m.AuditEntry.at,
    m.AuditEntry.actor,
    m.AuditEntry.entity,
    m.AuditEntry.entity_id,
    m.AuditEntry.action,
    m.AuditEntry.old,
    m.AuditEntry.new,
    m.AuditEntry.reason,
)


def read_audit(session: Session, case_id: int, ids: dict[EntityKey, int]) -> list[AuditItem]:
    """The case's history, each entry named by the lasting identity of what it is about."""
    refs: dict[tuple[str, int], str] = {(kind, i): key for (kind, key), i in ids.items()}
    audit = m.AuditEntry
    claim_rows = (
        select(*_AUDIT_COLUMNS, audit.id)
        .join(m.Claim, m.Claim.id == audit.entity_id)
        .where(audit.entity == "claim", m.Claim.case_id == case_id)
    )
    mention_rows = (
        select(*_AUDIT_COLUMNS, audit.id)
        .join(m.Mention, m.Mention.id == audit.entity_id)
        .join(m.Claim, m.Claim.id == m.Mention.claim_id)
        .where(audit.entity == "mention", m.Claim.case_id == case_id)
    )
    article_ids = [i for (kind, _), i in ids.items() if kind == "article"]
    other_rows = select(*_AUDIT_COLUMNS, audit.id).where(
        ((audit.entity == "case") & (audit.entity_id == case_id))
        | ((audit.entity == "article") & audit.entity_id.in_(article_ids))
    )
    items: list[tuple[int, AuditItem]] = []
    for query in (claim_rows, mention_rows, other_rows):
        for at, actor, entity, entity_id, action, old, new, reason, row_id in session.execute(
            query
        ):
            ref = refs.get((entity, entity_id))
            if ref is not None:
                items.append(
                    (row_id, (at.isoformat(), actor, entity, ref, action, old, new, reason))
                )
    return [item for _row_id, item in sorted(items)]


def read_ids(session: Session, case: m.Case) -> dict[EntityKey, int]:
    """Row ids by lasting identity, as the case now stands (the audit trail is written by them)."""
    return read_case(session, case, contents=False, audit=False).ids
