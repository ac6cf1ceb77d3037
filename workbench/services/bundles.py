"""Exporting a case to a `.fcase` file and importing one: ids remapped, nothing duplicated."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.bundle import (
    BundleArticle,
    BundleCase,
    BundleClaim,
    BundleContents,
    BundleEvidence,
    BundleKind,
    BundleMention,
    BundleSource,
    read_bundle,
    write_bundle,
)
from workbench.core.errors import BundleRejected
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.ingest import content_hash
from workbench.services.cases import case_rows
from workbench.services.sources import source_in_session
from workbench.services.trail import journal, record_change
from workbench.store import Library
from workbench.store import models as m

# Exercises get a case identity of their own, derived from the key's, so a trainee's answers can
# be traced back to the key without the exercise ever carrying the key's markings.
_EXERCISE_SPACE = uuid.UUID("6f0b8f5e-4a8e-4d5c-9a43-3b1d2f7c9e01")


def exercise_uuid(key_uuid: str, *, claims_hidden: bool) -> str:
    """The case identity of the exercise made from the case `key_uuid`."""
    label = "exercise-hidden-claims" if claims_hidden else "exercise"
    return str(uuid.uuid5(_EXERCISE_SPACE, f"{key_uuid}:{label}"))


@dataclass(frozen=True)
class ImportSummary:
    """What importing a case file did; all zeros but `claims_present` when it was already in."""

    case_id: int
    case_title: str
    kind: BundleKind
    new_case: bool
    articles_added: int
    articles_linked: int
    claims_added: int
    claims_present: int
    sources_added: int

    @property
    def changed(self) -> bool:
        return self.new_case or bool(
            self.articles_added or self.articles_linked or self.claims_added
        )

    def lines(self) -> list[str]:
        verb = "new case" if self.new_case else "existing case"
        lines = [
            f"{self.kind.value} file → {verb} {self.case_id}: {self.case_title}",
            f"articles: {self.articles_added} added, {self.articles_linked} already in the "
            "library and linked",
            f"claims: {self.claims_added} added, {self.claims_present} already present",
            f"sources: {self.sources_added} added",
        ]
        if not self.changed:
            lines.append("nothing changed: this case file was imported before")
        return lines


def export_case(
    library: Library,
    case_id: int,
    path: Path,
    *,
    exercise: bool = False,
    hide_claims: bool = False,
    overwrite: bool = False,
    kind: BundleKind | None = None,
) -> BundleContents:
    """Write a case to `path` as a `.fcase` file; returns what was written.

    An exercise keeps the articles and, unless `hide_claims`, the claims and where they appear,
    but not statuses, sources, stances, notes, evidence or the verdict.
    """
    chosen = kind or (BundleKind.EXERCISE if exercise or hide_claims else BundleKind.CASE)
    contents = case_contents(library, case_id, chosen, hide_claims=hide_claims)
    write_bundle(contents, path, overwrite=overwrite)
    return contents


def case_contents(
    library: Library, case_id: int, kind: BundleKind, *, hide_claims: bool = False
) -> BundleContents:
    """A case as case-file contents, with library ids replaced by the file's own keys."""
    with library.session() as session:
        rows = case_rows(session, case_id)
        case, claims, mentions = rows.case, rows.claims, rows.mentions
        articles, sources, evidence = rows.articles, rows.sources, rows.evidence
        case_uuid = _ensure_uuid(case)
        for claim in claims:
            _ensure_uuid(claim)
        article_key = {a.id: f"a{n}" for n, a in enumerate(articles, 1)}
        source_key = {s.id: f"s{n}" for n, s in enumerate(sources, 1)}
        claim_key = {c.id: f"c{n}" for n, c in enumerate(claims, 1)}
        bundle_articles = tuple(
            BundleArticle(
                key=article_key[a.id],
                title=a.title,
                text=a.text,
                raw_text=a.raw_text,
                content_hash=a.content_hash,
                language=a.language,
                format=a.format,
                source_file=a.source_file,
                outlet=a.outlet,
                url=a.url,
                byline=a.byline,
                published=a.published,
            )
            for a in articles
        )
        bundle_case = BundleCase(
            uuid=case_uuid,
            title=case.title,
            question=case.question,
            verdict=case.verdict,
            summary=case.summary,
        )
        if kind is BundleKind.EXERCISE:
            return BundleContents(
                kind=kind,
                case=BundleCase(
                    uuid=exercise_uuid(case_uuid, claims_hidden=hide_claims),
                    title=f"{case.title} (exercise)",
                    question=case.question,
                ),
                articles=bundle_articles,
                claims=()
                if hide_claims
                else tuple(
                    BundleClaim(
                        key=claim_key[c.id], uuid=str(c.uuid), text=c.text, status=Status.UNVERIFIED
                    )
                    for c in claims
                ),
                mentions=()
                if hide_claims
                else tuple(
                    BundleMention(
                        claim=claim_key[x.claim_id],
                        article=article_key[x.article_id],
                        start=x.start,
                        end=x.end,
                        quote=x.quote,
                        stance=Stance.ASSERTS,
                    )
                    for x in mentions
                ),
                claims_hidden=hide_claims,
            )
        return BundleContents(
            kind=kind,
            case=bundle_case,
            articles=bundle_articles,
            sources=tuple(
                BundleSource(key=source_key[s.id], name=s.name, kind=SourceKind(s.kind))
                for s in sources
            ),
            claims=tuple(
                BundleClaim(
                    key=claim_key[c.id],
                    uuid=str(c.uuid),
                    text=c.text,
                    status=Status(c.status),
                    note=c.note,
                    source=source_key.get(c.source_id) if c.source_id else None,
                )
                for c in claims
            ),
            mentions=tuple(
                BundleMention(
                    claim=claim_key[x.claim_id],
                    article=article_key[x.article_id],
                    start=x.start,
                    end=x.end,
                    quote=x.quote,
                    stance=Stance(x.stance),
                    source=source_key.get(x.source_id) if x.source_id else None,
                )
                for x in mentions
            ),
            evidence=tuple(
                BundleEvidence(
                    claim=claim_key[e.claim_id], kind=e.kind, reference=e.reference, note=e.note
                )
                for e in evidence
            ),
        )


def import_bundle(library: Library, path: Path) -> ImportSummary:
    """Bring a case file into the library in one transaction; a refused file changes nothing."""
    contents = read_bundle(Path(path))
    if contents.kind is BundleKind.ANSWERS:
        raise BundleRejected(
            f"{Path(path).name} holds a trainee's answers, not a case; "
            "score it against the key with `workbench workshop score`."
        )
    return import_contents(library, contents, origin=Path(path).name)


def import_contents(library: Library, contents: BundleContents, origin: str) -> ImportSummary:
    """Store checked case-file contents: articles matched by content, sources by name, the case
    and its claims by their lasting identity, so a second import of the same file adds nothing."""
    for article in contents.articles:
        if content_hash(article.text) != article.content_hash:
            raise BundleRejected(
                f"{origin}: article {article.title[:60]!r} does not match its own fingerprint."
            )
    actor = library.actor
    with library.session() as session:
        case = session.scalars(select(m.Case).where(m.Case.uuid == contents.case.uuid)).first()
        new_case = case is None
        if case is None:
            case = m.Case(
                uuid=contents.case.uuid,
                title=_free_title(session, contents.case.title),
                question=contents.case.question,
                verdict=contents.case.verdict,
                summary=contents.case.summary,
            )
            session.add(case)
            session.flush()
            record_change(session, actor, "case", case.id, "import", new=origin)
        article_ids, added, linked = _store_articles(session, case.id, contents, origin)
        sources_before = session.scalar(select(m.Source.id).order_by(m.Source.id.desc())) or 0
        source_ids = {
            s.key: source_in_session(session, s.name, s.kind).id for s in contents.sources
        }
        present = set(session.scalars(select(m.Claim.uuid).where(m.Claim.case_id == case.id)))
        claim_ids: dict[str, int] = {}
        for claim in contents.claims:
            if claim.uuid in present:
                continue
            row = m.Claim(
                uuid=claim.uuid,
                case_id=case.id,
                text=claim.text,
                status=claim.status.value,
                note=claim.note,
                source_id=source_ids.get(claim.source) if claim.source else None,
            )
            session.add(row)
            session.flush()
            record_change(session, actor, "claim", row.id, "import", new=claim.text)
            claim_ids[claim.key] = row.id
        for mention in contents.mentions:
            if mention.claim in claim_ids:
                session.add(
                    m.Mention(
                        claim_id=claim_ids[mention.claim],
                        article_id=article_ids[mention.article],
                        start=mention.start,
                        end=mention.end,
                        quote=mention.quote,
                        stance=mention.stance.value,
                        source_id=source_ids.get(mention.source) if mention.source else None,
                    )
                )
        for evidence in contents.evidence:
            if evidence.claim in claim_ids:
                session.add(
                    m.Evidence(
                        claim_id=claim_ids[evidence.claim],
                        kind=evidence.kind,
                        reference=evidence.reference,
                        note=evidence.note,
                    )
                )
        journal(session, "claim", *claim_ids.values())
        sources_added = len(
            session.scalars(select(m.Source.id).where(m.Source.id > sources_before)).all()
        )
        return ImportSummary(
            case_id=case.id,
            case_title=case.title,
            kind=contents.kind,
            new_case=new_case,
            articles_added=added,
            articles_linked=linked,
            claims_added=len(claim_ids),
            claims_present=len(contents.claims) - len(claim_ids),
            sources_added=sources_added,
        )


def _store_articles(
    session: Session, case_id: int, contents: BundleContents, origin: str
) -> tuple[dict[str, int], int, int]:
    """Article ids by file key; how many were added and how many already present were linked."""
    hashes = {a.content_hash for a in contents.articles}
    known: dict[str, int] = dict(
        session.execute(
            select(m.Article.content_hash, m.Article.id).where(m.Article.content_hash.in_(hashes))
        ).all()
    )
    ids: dict[str, int] = {}
    added = linked = 0
    for article in contents.articles:
        existing = known.get(article.content_hash)
        created = existing is None
        if existing is None:
            row = m.Article(
                title=article.title or article.source_file or origin,
                outlet=article.outlet,
                url=article.url,
                byline=article.byline,
                published=article.published,
                language=article.language,
                text=article.text,
                raw_text=article.raw_text,
                content_hash=article.content_hash,
                source_file=article.source_file or origin,
                format=article.format,
            )
            session.add(row)
            session.flush()
            session.add(m.ArticleFile(article_id=row.id, file_name=origin))
            known[article.content_hash] = existing = row.id
            added += 1
        ids[article.key] = existing
        if session.get(m.CaseArticle, (case_id, existing)) is None:
            session.add(m.CaseArticle(case_id=case_id, article_id=existing))
            journal(session, "article", existing)
            linked += not created
    return ids, added, linked


def _free_title(session: Session, title: str) -> str:
    """The title, or the title marked as imported when another case already has it."""
    candidate, number = title, 1
    while session.scalars(select(m.Case.id).where(m.Case.title == candidate)).first() is not None:
        number += 1
        candidate = f"{title} (imported)" if number == 2 else f"{title} (imported {number - 1})"
    return candidate


def _ensure_uuid(row: m.Case | m.Claim) -> str:
    # Rows made before identities existed get one the first time they leave the library.
    if not row.uuid:
        row.uuid = str(uuid.uuid4())
    return row.uuid
