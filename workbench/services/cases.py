"""Cases: create, find, edit, and gather everything about one case into a dossier."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.records import CaseDossier, CaseRecord, ClaimsPart
from workbench.services.records import (
    article_record,
    audit_record,
    case_record,
    claim_record,
    evidence_record,
    mention_record,
    source_record,
)
from workbench.services.trail import display_names, journal, record_change
from workbench.store import Library
from workbench.store import models as m

CASE_FIELDS = ("title", "question", "verdict", "summary")


def create_case(library: Library, title: str, question: str = "") -> CaseRecord:
    title = title.strip()
    if not title:
        raise WorkbenchError("A case needs a title.")
    try:
        with library.session() as session:
            row = m.Case(title=title, question=question, verdict="", summary="")
            session.add(row)
            session.flush()
            record_change(session, library.actor, "case", row.id, "create", new=title)
            return case_record(row)
    except IntegrityError as error:
        raise WorkbenchError(f"A case called {title!r} already exists.") from error


def list_cases(library: Library) -> list[tuple[CaseRecord, int, int]]:
    """Each case with its number of articles and claims."""
    with library.session() as session:
        articles = select(func.count()).where(m.CaseArticle.case_id == m.Case.id).scalar_subquery()
        claims = select(func.count()).where(m.Claim.case_id == m.Case.id).scalar_subquery()
        rows = session.execute(select(m.Case, articles, claims).order_by(m.Case.title)).all()
        return [(case_record(case), n_articles, n_claims) for case, n_articles, n_claims in rows]


def find_case(library: Library, reference: str | int) -> CaseRecord:
    """A case by id or by title (case-insensitive, unique prefix accepted)."""
    with library.session() as session:
        text = str(reference).strip()
        if text.isdigit():
            row = session.get(m.Case, int(text))
            if row is not None:
                return case_record(row)
        rows = session.scalars(select(m.Case).where(m.Case.title.ilike(text))).all()
        if not rows:
            pattern = text.replace("%", r"\%").replace("_", r"\_") + "%"
            rows = session.scalars(
                select(m.Case).where(m.Case.title.ilike(pattern, escape="\\"))
            ).all()
        if len(rows) == 1:
            return case_record(rows[0])
        if rows:
            names = ", ".join(repr(r.title) for r in rows[:5])
            raise NotFound(f"{text!r} matches several cases: {names}; give more of the title.")
        raise NotFound(f"No case called {text!r}. `workbench cases` lists them.")


def update_case(library: Library, case_id: int, **fields: str) -> CaseRecord:
    """Change a case's title, question, verdict or summary; each change goes to the audit trail."""
    with library.session() as session:
        row = _case(session, case_id)
        for name, value in fields.items():
            if name not in CASE_FIELDS:
                raise ValueError(f"cases have no field {name!r}")
            old = getattr(row, name)
            if old != value:
                setattr(row, name, value)
                record_change(session, library.actor, "case", case_id, name, old, value)
        if "title" in fields:
            claim_ids = session.scalars(select(m.Claim.id).where(m.Claim.case_id == case_id))
            journal(session, "claim", *claim_ids)
            article_ids = session.scalars(
                select(m.CaseArticle.article_id).where(m.CaseArticle.case_id == case_id)
            )
            journal(session, "article", *article_ids)
        session.flush()
        return case_record(row)


def add_articles_to_case(library: Library, case_id: int, article_ids: list[int]) -> int:
    """Link articles to a case; returns how many were newly linked."""
    with library.session() as session:
        _case(session, case_id)
        present = set(
            session.scalars(
                select(m.CaseArticle.article_id).where(m.CaseArticle.case_id == case_id)
            )
        )
        new = [i for i in dict.fromkeys(article_ids) if i not in present]
        for article_id in new:
            if session.get(m.Article, article_id) is None:
                raise NotFound(f"No article with id {article_id}.")
            session.add(m.CaseArticle(case_id=case_id, article_id=article_id))
        journal(session, "article", *new)
        return len(new)


@dataclass(frozen=True)
class CaseRows:
    """The rows of one case, read in one session: what dossiers and case files are made from."""

    case: m.Case
    claims: Sequence[m.Claim]
    mentions: Sequence[m.Mention]
    articles: Sequence[m.Article]
    sources: Sequence[m.Source]
    evidence: Sequence[m.Evidence]


def case_rows(session: Session, case_id: int) -> CaseRows:
    """Every row of a case: its claims, their mentions, its articles (linked or quoted),
    the sources named, and the evidence."""
    case = _case(session, case_id)
    claims = session.scalars(
        select(m.Claim).where(m.Claim.case_id == case_id).order_by(m.Claim.id)
    ).all()
    claim_ids = [c.id for c in claims]
    mentions = session.scalars(
        select(m.Mention)
        .where(m.Mention.claim_id.in_(claim_ids))
        .order_by(m.Mention.claim_id, m.Mention.id)
    ).all()
    linked = select(m.CaseArticle.article_id).where(m.CaseArticle.case_id == case_id)
    article_ids = set(session.scalars(linked)) | {x.article_id for x in mentions}
    articles = session.scalars(
        select(m.Article)
        .where(m.Article.id.in_(article_ids))
        .order_by(m.Article.published.is_(None), m.Article.published, m.Article.id)
    ).all()
    source_ids = {c.source_id for c in claims} | {x.source_id for x in mentions}
    sources = session.scalars(
        select(m.Source).where(m.Source.id.in_(source_ids - {None})).order_by(m.Source.name)
    ).all()
    evidence = session.scalars(
        select(m.Evidence).where(m.Evidence.claim_id.in_(claim_ids)).order_by(m.Evidence.id)
    ).all()
    return CaseRows(case, claims, mentions, articles, sources, evidence)


def case_dossier(library: Library, case_id: int, *, audit: bool = True) -> CaseDossier:
    """Everything about one case, as plain records, read in one transaction.

    ``audit=False`` leaves out the audit trail, which only the report reads: the window's
    dossier then costs the same however long the trail has grown.
    """
    with library.session() as session:
        rows = case_rows(session, case_id)
        claim_ids = [c.id for c in rows.claims]
        mention_ids = [x.id for x in rows.mentions]
        trail = (
            ()
            if not audit
            else session.scalars(
                select(m.AuditEntry)
                .where(
                    ((m.AuditEntry.entity == "claim") & m.AuditEntry.entity_id.in_(claim_ids))
                    | ((m.AuditEntry.entity == "case") & (m.AuditEntry.entity_id == case_id))
                    | ((m.AuditEntry.entity == "mention") & m.AuditEntry.entity_id.in_(mention_ids))
                )
                .order_by(m.AuditEntry.id)
            ).all()
        )
        names = display_names(session) if trail else {}
        return CaseDossier(
            case=case_record(rows.case),
            articles=tuple(article_record(a) for a in rows.articles),
            sources=tuple(source_record(s) for s in rows.sources),
            claims=tuple(claim_record(c) for c in rows.claims),
            mentions=tuple(mention_record(x) for x in rows.mentions),
            evidence=tuple(evidence_record(e) for e in rows.evidence),
            audit=tuple(audit_record(a, names) for a in trail),
        )


def claims_part(library: Library, case_id: int, claim_ids: Iterable[int]) -> ClaimsPart:
    """Some claims of a case as they stand, with their mentions, evidence, sources and the
    articles they quote: what an edit of those claims changed."""
    wanted = tuple(dict.fromkeys(claim_ids))
    with library.session() as session:
        claims = session.scalars(
            select(m.Claim)
            .where(m.Claim.id.in_(wanted), m.Claim.case_id == case_id)
            .order_by(m.Claim.id)
        ).all()
        found = [c.id for c in claims]
        mentions = session.scalars(
            select(m.Mention)
            .where(m.Mention.claim_id.in_(found))
            .order_by(m.Mention.claim_id, m.Mention.id)
        ).all()
        evidence = session.scalars(
            select(m.Evidence).where(m.Evidence.claim_id.in_(found)).order_by(m.Evidence.id)
        ).all()
        source_ids = {c.source_id for c in claims} | {x.source_id for x in mentions}
        sources = session.scalars(select(m.Source).where(m.Source.id.in_(source_ids - {None})))
        article_ids = {x.article_id for x in mentions}
        articles = session.scalars(select(m.Article).where(m.Article.id.in_(article_ids)))
        return ClaimsPart(
            claim_ids=wanted,
            claims=tuple(claim_record(c) for c in claims),
            mentions=tuple(mention_record(x) for x in mentions),
            evidence=tuple(evidence_record(e) for e in evidence),
            sources=tuple(source_record(s) for s in sources),
            articles=tuple(article_record(a) for a in articles),
        )


def _case(session: Session, case_id: int) -> m.Case:
    row = session.get(m.Case, case_id)
    if row is None:
        raise NotFound(f"No case with id {case_id}.")
    return row
