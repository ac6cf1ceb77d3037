"""Claims and mentions: every marking a checker makes, each one transaction with its audit row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workbench.core.errors import ClaimChanged, NotFound, WorkbenchError
from workbench.core.records import ClaimRecord, EvidenceRecord, MentionRecord
from workbench.core.text import collapse_spaces, locate_quote
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services.records import claim_record, evidence_record, mention_record
from workbench.services.sources import source_in_session
from workbench.services.trail import journal, last_change, record_change
from workbench.store import Library
from workbench.store import models as m


@dataclass(frozen=True)
class MentionSpec:
    """Where a claim appears: an article and either a span or a quote to find in its text."""

    article_id: int
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    stance: Stance = Stance.ASSERTS
    source_name: str | None = None
    source_kind: SourceKind | None = None


@dataclass(frozen=True)
class ClaimSnapshot:
    """A deleted claim with all it held, so undo can put it back as it was."""

    claim: ClaimRecord
    mentions: tuple[MentionRecord, ...]
    evidence: tuple[EvidenceRecord, ...]


def add_claim(
    library: Library,
    case_id: int,
    text: str,
    *,
    status: Status = Status.UNVERIFIED,
    source_name: str | None = None,
    source_kind: SourceKind | None = None,
    note: str = "",
    mention: MentionSpec | None = None,
) -> ClaimRecord:
    text = collapse_spaces(text)
    if not text:
        raise WorkbenchError("A claim needs some wording.")
    with library.session() as session:
        if session.get(m.Case, case_id) is None:
            raise NotFound(f"No case with id {case_id}.")
        source = source_in_session(session, source_name, source_kind) if source_name else None
        row = m.Claim(
            case_id=case_id,
            text=text,
            status=Status(status).value,
            note=note,
            source_id=source.id if source else None,
        )
        session.add(row)
        session.flush()
        record_change(session, library.actor, "claim", row.id, "create", new=text)
        record_change(session, library.actor, "claim", row.id, "status", None, row.status)
        if mention is not None:
            # The passage the claim was made from is attributed as the claim is, unless told else.
            _add_mention(session, library.actor, row, mention, default_source=source)
        journal(session, "claim", row.id)
        return claim_record(row)


def mark_claim(
    library: Library,
    claim_id: int,
    status: Status,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> ClaimRecord:
    """Set a claim's status; the old and new status and the reason stay in the audit trail.

    `expected_version` is the claim's version as the caller last saw it: if someone has changed
    the claim since, nothing is changed and ClaimChanged shows both versions.
    """
    status = Status(status)
    return _unless_overtaken(
        library,
        claim_id,
        {"status": status.value},
        expected_version,
        lambda: _mark(library, claim_id, status, reason, expected_version),
    )


def _mark(
    library: Library, claim_id: int, status: Status, reason: str, expected_version: int | None
) -> ClaimRecord:
    mine = {"status": status.value}
    with library.session() as session:
        row = _claim(session, claim_id)
        _still_as_seen(session, row, expected_version, mine)
        if row.status != status.value:
            record_change(
                session,
                library.actor,
                "claim",
                claim_id,
                "status",
                row.status,
                status.value,
                reason,
            )
            row.status = status.value
            journal(session, "claim", claim_id)
            session.flush()  # the new version
        return claim_record(row)


def edit_claim(
    library: Library,
    claim_id: int,
    *,
    text: str | None = None,
    note: str | None = None,
    source_name: str | None = None,
    source_kind: SourceKind | None = None,
    clear_source: bool = False,
    expected_version: int | None = None,
) -> ClaimRecord:
    """Change a claim's wording, note or source; `expected_version` as for `mark_claim`."""
    mine = {
        name: value
        for name, value in (("text", text), ("note", note), ("source", source_name))
        if value is not None
    }
    if clear_source:
        mine["source"] = ""

    def change() -> ClaimRecord:
        return _edit(
            library,
            claim_id,
            text,
            note,
            source_name,
            source_kind,
            clear_source,
            mine,
            expected_version,
        )

    return _unless_overtaken(library, claim_id, mine, expected_version, change)


def _edit(
    library: Library,
    claim_id: int,
    text: str | None,
    note: str | None,
    source_name: str | None,
    source_kind: SourceKind | None,
    clear_source: bool,
    mine: dict[str, str],
    expected_version: int | None,
) -> ClaimRecord:
    with library.session() as session:
        row = _claim(session, claim_id)
        _still_as_seen(session, row, expected_version, mine)
        if text is not None and collapse_spaces(text) != row.text:
            if not collapse_spaces(text):
                raise WorkbenchError("A claim needs some wording.")
            record_change(session, library.actor, "claim", claim_id, "text", row.text, text)
            row.text = collapse_spaces(text)
        if note is not None and note != row.note:
            record_change(session, library.actor, "claim", claim_id, "note", row.note, note)
            row.note = note
        if clear_source or source_name:
            source = source_in_session(session, source_name, source_kind) if source_name else None
            new_id = source.id if source else None
            if new_id != row.source_id:
                old = session.get(m.Source, row.source_id) if row.source_id else None
                record_change(
                    session,
                    library.actor,
                    "claim",
                    claim_id,
                    "source",
                    old.name if old else None,
                    source.name if source else None,
                )
                row.source_id = new_id
        journal(session, "claim", claim_id)
        session.flush()  # the new version
        return claim_record(row)


def add_mention(library: Library, claim_id: int, spec: MentionSpec) -> MentionRecord:
    with library.session() as session:
        claim = _claim(session, claim_id)
        return mention_record(_add_mention(session, library.actor, claim, spec))


def set_mention_stance(library: Library, mention_id: int, stance: Stance) -> MentionRecord:
    with library.session() as session:
        row = _mention(session, mention_id)
        if row.stance != stance.value:
            record_change(
                session, library.actor, "mention", mention_id, "stance", row.stance, stance.value
            )
            row.stance = Stance(stance).value
            journal(session, "claim", row.claim_id)
        return mention_record(row)


def remove_mention(library: Library, mention_id: int) -> MentionRecord:
    with library.session() as session:
        row = _mention(session, mention_id)
        record = mention_record(row)
        record_change(session, library.actor, "mention", mention_id, "delete", row.quote, None)
        session.delete(row)
        journal(session, "claim", record.claim_id)
        return record


def restore_mention(library: Library, record: MentionRecord) -> MentionRecord:
    with library.session() as session:
        _claim(session, record.claim_id)
        row = _mention_row(record)
        session.add(row)
        session.flush()
        record_change(session, library.actor, "mention", row.id, "restore", None, row.quote)
        journal(session, "claim", record.claim_id)
        return mention_record(row)


def delete_claim(library: Library, claim_id: int) -> ClaimSnapshot:
    with library.session() as session:
        row = _claim(session, claim_id)
        snapshot = ClaimSnapshot(
            claim=claim_record(row),
            mentions=tuple(mention_record(x) for x in row.mentions),
            evidence=tuple(
                evidence_record(e)
                for e in session.scalars(select(m.Evidence).where(m.Evidence.claim_id == claim_id))
            ),
        )
        record_change(session, library.actor, "claim", claim_id, "delete", row.text, None)
        session.delete(row)
        journal(session, "claim", claim_id)
        return snapshot


def restore_claim(library: Library, snapshot: ClaimSnapshot) -> ClaimRecord:
    """Put a deleted claim back with its id, mentions and evidence (undo of a delete)."""
    c = snapshot.claim
    with library.session() as session:
        if session.get(m.Case, c.case_id) is None:
            raise NotFound(f"The case of claim {c.id} no longer exists.")
        row = m.Claim(
            id=c.id,
            case_id=c.case_id,
            text=c.text,
            status=c.status.value,
            note=c.note,
            source_id=c.source_id if c.source_id and session.get(m.Source, c.source_id) else None,
            created_at=c.created_at,
            uuid=c.uuid or m.new_uuid(),
        )
        session.add(row)
        session.flush()
        session.add_all(_mention_row(x) for x in snapshot.mentions)
        session.add_all(
            m.Evidence(
                id=e.id, claim_id=e.claim_id, kind=e.kind, reference=e.reference, note=e.note
            )
            for e in snapshot.evidence
        )
        record_change(session, library.actor, "claim", c.id, "restore", None, c.text)
        journal(session, "claim", c.id)
        return claim_record(row)


def add_evidence(
    library: Library, claim_id: int, kind: str, reference: str, note: str = ""
) -> EvidenceRecord:
    if not reference.strip():
        raise WorkbenchError("Evidence needs a reference (a link, a document, a call log...).")
    with library.session() as session:
        _claim(session, claim_id)
        row = m.Evidence(
            claim_id=claim_id, kind=kind.strip() or "document", reference=reference, note=note
        )
        session.add(row)
        session.flush()
        record_change(session, library.actor, "claim", claim_id, "evidence", None, reference)
        return evidence_record(row)


def remove_evidence(library: Library, evidence_id: int) -> EvidenceRecord:
    with library.session() as session:
        row = session.get(m.Evidence, evidence_id)
        if row is None:
            raise NotFound(f"No evidence with id {evidence_id}.")
        record = evidence_record(row)
        record_change(
            session, library.actor, "claim", row.claim_id, "evidence", row.reference, None
        )
        session.delete(row)
        return record


def _add_mention(
    session: Session,
    actor: str,
    claim: m.Claim,
    spec: MentionSpec,
    default_source: m.Source | None = None,
) -> m.Mention:
    article = session.get(m.Article, spec.article_id)
    if article is None:
        raise NotFound(f"No article with id {spec.article_id}.")
    start, end = _span(article, spec)
    source = (
        source_in_session(session, spec.source_name, spec.source_kind)
        if spec.source_name
        else default_source
    )
    row = m.Mention(
        claim_id=claim.id,
        article_id=article.id,
        start=start,
        end=end,
        quote=article.text[start:end],
        stance=Stance(spec.stance).value,
        source_id=source.id if source else None,
    )
    session.add(row)
    linked = session.get(m.CaseArticle, (claim.case_id, article.id))
    if linked is None:
        session.add(m.CaseArticle(case_id=claim.case_id, article_id=article.id))
        journal(session, "article", article.id)
    session.flush()
    record_change(session, actor, "mention", row.id, "create", None, row.quote)
    return row


def _span(article: m.Article, spec: MentionSpec) -> tuple[int, int]:
    if spec.quote:
        found = locate_quote(article.text, spec.quote, near=spec.start or 0)
        if found is None:
            raise NotFound(
                f"The quoted passage is not in article {article.id} ({article.title[:60]!r})."
            )
        return found
    if spec.start is None or spec.end is None:
        raise WorkbenchError("A mention needs a quote or a start and end position.")
    if not 0 <= spec.start < spec.end <= len(article.text):
        raise WorkbenchError(
            f"Span {spec.start}-{spec.end} is outside article {article.id} "
            f"({len(article.text)} characters)."
        )
    return spec.start, spec.end


def _mention_row(record: MentionRecord) -> m.Mention:
    return m.Mention(
        id=record.id,
        claim_id=record.claim_id,
        article_id=record.article_id,
        start=record.start,
        end=record.end,
        quote=record.quote,
        stance=record.stance.value,
        source_id=record.source_id,
    )


def _still_as_seen(
    session: Session, row: m.Claim, expected_version: int | None, mine: dict[str, str]
) -> None:
    if expected_version is not None and row.version != expected_version:
        by, at = last_change(session, "claim", row.id) or ("someone", None)
        raise ClaimChanged(claim_record(row), mine, by, at)  # type: ignore[arg-type]


def _unless_overtaken(
    library: Library,
    claim_id: int,
    mine: dict[str, str],
    expected_version: int | None,
    change: Callable[[], ClaimRecord],
) -> ClaimRecord:
    """Run a change of one claim. An UPDATE that finds the claim changed since it was read in
    the same transaction (two people saving at the same moment) is refused like a change made
    from an older view; without a version to keep to, it is simply made on the newer claim."""
    try:
        return change()
    except StaleDataError as error:
        if expected_version is None:
            return change()
        with library.session() as session:
            row = _claim(session, claim_id)
            by, at = last_change(session, "claim", claim_id) or ("someone", None)
            raise ClaimChanged(claim_record(row), mine, by, at) from error  # type: ignore[arg-type]


def _claim(session: Session, claim_id: int) -> m.Claim:
    row = session.get(m.Claim, claim_id)
    if row is None:
        raise NotFound(f"No claim with id {claim_id}.")
    return row


def _mention(session: Session, mention_id: int) -> m.Mention:
    row = session.get(m.Mention, mention_id)
    if row is None:
        raise NotFound(f"No mention with id {mention_id}.")
    return row
