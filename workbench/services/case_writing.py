"""Writing a case's merged state into a library, inside the caller's transaction.

Every value is checked first, so a broken or hostile case refuses the whole check-out or
check-in. Rows go in as plain statements in bulk: a check-out writes thousands of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from workbench.core.casemerge import CaseState, Fields
from workbench.core.errors import CheckoutCancelled, CheckoutRefused
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.ingest import content_hash
from workbench.services.case_state import CASE_FIELDS, ArticleContent, AuditItem, CaseSnapshot
from workbench.services.sources import source_in_session
from workbench.services.trail import journal, record_change
from workbench.store import models as m


@dataclass
class Applied:
    """What writing a state changed in one library, by kind of entity."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    # Claims the search index must read again.
    claims: set[int] = field(default_factory=set)

    def count(self, table: dict[str, int], kind: str) -> None:
        table[kind] = table.get(kind, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.added.values()) + sum(self.changed.values()) + sum(self.removed.values())


def check_state(state: CaseState, contents: dict[str, ArticleContent]) -> None:
    """Refuse a state no library should hold: unknown statuses or stances, empty wording,
    passages that are not where they say in their article, articles not matching their hash."""
    statuses, stances = {s.value for s in Status}, {s.value for s in Stance}
    for (kind, key), fields in state.items():
        if kind == "claim":
            if fields.get("status") not in statuses:
                raise CheckoutRefused(
                    f"Claim “{str(fields.get('text'))[:60]}” has an unknown status "
                    f"{fields.get('status')!r}; nothing was changed."
                )
            if not str(fields.get("text") or "").strip():
                raise CheckoutRefused(f"Claim {key} has no wording; nothing was changed.")
        elif kind == "mention":
            if fields.get("stance") not in stances:
                raise CheckoutRefused(
                    f"Passage “{str(fields.get('quote'))[:60]}” has an unknown stance "
                    f"{fields.get('stance')!r}; nothing was changed."
                )
        elif kind == "article" and key in contents:
            if content_hash(contents[key].text) != key:
                raise CheckoutRefused(
                    f"Article “{str(fields.get('title'))[:60]}” does not match its own "
                    "fingerprint: its text was altered; nothing was changed."
                )
        elif kind == "case" and not str(fields.get("title") or "").strip():
            raise CheckoutRefused("The case has no title; nothing was changed.")


def write_case(
    session: Session,
    actor: str,
    here: CaseSnapshot,
    target: CaseState,
    incoming: CaseSnapshot,
    *,
    title: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Applied:
    """Make the case `here` match `target`; `incoming` is the other library's copy, which has
    the texts of articles and the kinds of sources this one may lack. `title` overrides the
    case's title in this library (another case here already has the shared one)."""
    check_state(target, incoming.contents)
    applied = Applied()
    case = session.get(m.Case, here.case_id)
    assert case is not None
    for name in CASE_FIELDS:
        value = target[("case", here.case_uuid)][name]
        if name == "title" and title is not None:
            value = title
        if getattr(case, name) != value:
            setattr(case, name, value)
            applied.count(applied.changed, "case")
            if name == "title":
                applied.claims.update(i for (k, _), i in here.ids.items() if k == "claim")
    _stop_if(cancelled)
    article_ids = _write_articles(session, here, target, incoming, applied)
    _stop_if(cancelled)
    sources = _sources(session, target, incoming.source_kinds | here.source_kinds)
    claim_ids = _write_claims(session, actor, here, target, incoming, sources, applied)
    _stop_if(cancelled)
    _write_mentions(session, here, target, incoming, sources, claim_ids, article_ids, applied)
    _write_evidence(session, here, target, incoming, claim_ids, applied)
    session.flush()
    journal(session, "claim", *sorted(applied.claims & set(claim_ids.values())))
    _stop_if(cancelled)
    return applied


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise CheckoutCancelled("Cancelled; nothing was changed.")


def _write_articles(
    session: Session,
    here: CaseSnapshot,
    target: CaseState,
    incoming: CaseSnapshot,
    applied: Applied,
) -> dict[str, int]:
    wanted = {key for kind, key in target if kind == "article"}
    known: dict[str, int] = dict(
        session.execute(
            select(m.Article.content_hash, m.Article.id).where(m.Article.content_hash.in_(wanted))
        ).all()
    )
    new_rows = []
    for digest in sorted(
        wanted - known.keys(), key=lambda d: (incoming.ids.get(("article", d), 0), d)
    ):
        content = incoming.contents.get(digest)
        if content is None:
            raise CheckoutRefused(
                f"Article {digest[:12]} is in the case but its text did not come with it."
            )
        new_rows.append(
            {
                **_article_fields(target[("article", digest)]),
                "title": str(target[("article", digest)]["title"] or content.source_file),
                "language": content.language,
                "text": content.text,
                "raw_text": content.raw_text,
                "content_hash": digest,
                "source_file": content.source_file,
                "format": content.format,
            }
        )
    if new_rows:
        _insert_rows(session, m.Article, new_rows)
        made = session.execute(
            select(m.Article.content_hash, m.Article.id).where(
                m.Article.content_hash.in_([r["content_hash"] for r in new_rows])
            )
        ).all()
        known.update(dict(made))
        applied.added["article"] = len(new_rows)
    files_here = {
        (article_id, name)
        for article_id, name in session.execute(
            select(m.ArticleFile.article_id, m.ArticleFile.file_name).where(
                m.ArticleFile.article_id.in_(known.values())
            )
        )
    }
    new_files = []
    for digest, article_id in known.items():
        content = incoming.contents.get(digest)
        for name in content.files if content else ():
            if (article_id, name) not in files_here:
                files_here.add((article_id, name))
                new_files.append({"article_id": article_id, "file_name": name})
    if new_files:
        _insert_rows(session, m.ArticleFile, new_files)
    new_digests = {r["content_hash"] for r in new_rows}
    edits = [
        {"id": article_id, **_article_fields(target[("article", digest)])}
        for digest, article_id in known.items()
        if digest not in new_digests
        and here.state.get(("article", digest)) != target[("article", digest)]
    ]
    for edit in edits:
        if not edit["title"]:
            del edit["title"]
    if edits:
        session.execute(update(m.Article), edits)
    linked = set(
        session.scalars(
            select(m.CaseArticle.article_id).where(m.CaseArticle.case_id == here.case_id)
        )
    )
    links = [a for a in known.values() if a not in linked]
    if links:
        _insert_rows(
            session, m.CaseArticle, [{"case_id": here.case_id, "article_id": a} for a in links]
        )
    gone = linked - set(known.values())
    if gone:
        session.execute(
            delete(m.CaseArticle).where(
                m.CaseArticle.case_id == here.case_id, m.CaseArticle.article_id.in_(gone)
            )
        )
        applied.removed["article"] = len(gone)
    changed = list(dict.fromkeys([int(str(e["id"])) for e in edits] + links)) + sorted(gone)
    if edits:
        applied.changed["article"] = len(edits)
    journal(session, "article", *changed)
    return known


def _insert_rows(session: Session, model: type[m.Base], rows: list[dict]) -> None:
    # Through the table, not the ORM: one executemany, where the ORM's bulk path would fetch
    # each new row's id with a statement of its own.
    session.execute(insert(cast(Table, model.__table__)), rows)


def _article_fields(fields: Fields) -> dict[str, object]:
    return {
        "title": fields["title"],
        "outlet": fields["outlet"],
        "url": fields["url"],
        "byline": fields["byline"],
        "published": _date(fields["published"]),
    }


def _sources(session: Session, target: CaseState, kinds: dict[str, str]) -> dict[str, int]:
    names = {
        str(fields["source"])
        for (kind, _key), fields in target.items()
        if kind in ("claim", "mention") and fields.get("source")
    }
    found: dict[str, int] = {}
    for name in sorted(names):
        kind = kinds.get(name)
        source = source_in_session(
            session, name, SourceKind(kind) if kind in set(SourceKind) else None
        )
        found[name] = source.id
    return found


def _write_claims(
    session: Session,
    actor: str,
    here: CaseSnapshot,
    target: CaseState,
    incoming: CaseSnapshot,
    sources: dict[str, int],
    applied: Applied,
) -> dict[str, int]:
    present = {key: i for (kind, key), i in here.ids.items() if kind == "claim"}
    wanted = {key for kind, key in target if kind == "claim"}
    gone = [present[u] for u in sorted(present.keys() - wanted)]
    if gone:
        texts = {i: here.state[("claim", u)]["text"] for u, i in present.items()}
        for claim_id in gone:
            record_change(session, actor, "claim", claim_id, "delete", texts[claim_id], None)
        session.execute(delete(m.Mention).where(m.Mention.claim_id.in_(gone)))
        session.execute(delete(m.Evidence).where(m.Evidence.claim_id.in_(gone)))
        session.execute(delete(m.Claim).where(m.Claim.id.in_(gone)))
        journal(session, "claim", *gone)
        applied.removed["claim"] = len(gone)
    ids = {u: i for u, i in present.items() if u in wanted}
    new_rows: dict[str, dict] = {}
    changed_rows: list[dict] = []
    # New claims keep the order they have in the other library: lists sort claims by id.
    for claim_uuid in sorted(wanted, key=lambda u: (incoming.ids.get(("claim", u), 0), u)):
        fields = target[("claim", claim_uuid)]
        source_id = sources.get(str(fields["source"])) if fields["source"] else None
        values = {
            "text": fields["text"],
            "status": fields["status"],
            "note": fields["note"] or "",
            "source_id": source_id,
        }
        if claim_uuid not in ids:
            new_rows[claim_uuid] = {"uuid": claim_uuid, "case_id": here.case_id, **values}
        elif here.state.get(("claim", claim_uuid)) != fields:
            changed_rows.append({"row_id": ids[claim_uuid], "updated_at": m.utcnow(), **values})
    if changed_rows:
        _update_claims(session, changed_rows)
        applied.changed["claim"] = len(changed_rows)
        applied.claims.update(row["row_id"] for row in changed_rows)
    if new_rows:
        # In bulk, as plain rows: the unit of work costs more than the database for thousands.
        _insert_rows(session, m.Claim, list(new_rows.values()))
        made = session.execute(
            select(m.Claim.uuid, m.Claim.id).where(
                m.Claim.case_id == here.case_id, m.Claim.uuid.in_(new_rows)
            )
        ).all()
        ids.update({str(u): i for u, i in made})
        applied.added["claim"] = len(new_rows)
        applied.claims.update(i for _u, i in made)
    return ids


def _update_claims(session: Session, rows: list[dict]) -> None:
    """Rewrite claims in one statement; where claims carry a version, each is raised, so a
    window still showing the claim as it was is told it changed."""
    table = cast(Table, m.Claim.__table__)
    values: dict[str, object] = {name: bindparam(name) for name in rows[0] if name != "row_id"}
    if "version" in table.c:
        values["version"] = table.c.version + 1
    session.execute(update(table).where(table.c.id == bindparam("row_id")).values(values), rows)


def _write_mentions(
    session: Session,
    here: CaseSnapshot,
    target: CaseState,
    incoming: CaseSnapshot,
    sources: dict[str, int],
    claim_ids: dict[str, int],
    article_ids: dict[str, int],
    applied: Applied,
) -> None:
    present = {key: i for (kind, key), i in here.ids.items() if kind == "mention"}
    wanted = {key for kind, key in target if kind == "mention"}
    gone_keys = [k for k in present.keys() - wanted if k.split(" ", 1)[0] in claim_ids]
    gone = [present[k] for k in gone_keys]
    if gone:
        session.execute(delete(m.Mention).where(m.Mention.id.in_(gone)))
        applied.removed["mention"] = len(gone)
        applied.claims.update(claim_ids[k.split(" ", 1)[0]] for k in gone_keys)
    texts: dict[int, str] = {}
    added: list[dict] = []
    changed: list[dict] = []
    for key in sorted(wanted, key=lambda k: (incoming.ids.get(("mention", k), 0), k)):
        fields = target[("mention", key)]
        source_id = sources.get(str(fields["source"])) if fields["source"] else None
        if key in present:
            if here.state.get(("mention", key)) != fields:
                changed.append(
                    {"id": present[key], "stance": str(fields["stance"]), "source_id": source_id}
                )
                applied.claims.add(claim_ids[str(fields["claim"])])
            continue
        article_id = article_ids.get(str(fields["article"]))
        if article_id is None:
            raise CheckoutRefused(
                f"Passage “{str(fields['quote'])[:60]}” quotes an article that is not in the case."
            )
        if article_id not in texts:
            texts[article_id] = str(
                session.scalar(select(m.Article.text).where(m.Article.id == article_id)) or ""
            )
        start, end = int(fields["start"]), int(fields["end"])  # type: ignore[call-overload]
        text = texts[article_id]
        if not 0 <= start < end <= len(text) or text[start:end] != fields["quote"]:
            raise CheckoutRefused(
                f"Passage “{str(fields['quote'])[:60]}” is not at {start}-{end} of its article; "
                "nothing was changed."
            )
        added.append(
            {
                "claim_id": claim_ids[str(fields["claim"])],
                "article_id": article_id,
                "start": start,
                "end": end,
                "quote": text[start:end],
                "stance": str(fields["stance"]),
                "source_id": source_id,
            }
        )
    if changed:
        session.execute(update(m.Mention), changed)
        applied.changed["mention"] = len(changed)
    if added:
        _insert_rows(session, m.Mention, added)
        applied.added["mention"] = len(added)
        applied.claims.update(row["claim_id"] for row in added)


def _write_evidence(
    session: Session,
    here: CaseSnapshot,
    target: CaseState,
    incoming: CaseSnapshot,
    claim_ids: dict[str, int],
    applied: Applied,
) -> None:
    present = {key: i for (kind, key), i in here.ids.items() if kind == "evidence"}
    wanted = {key for kind, key in target if kind == "evidence"}
    gone = [present[k] for k in present.keys() - wanted if k.split(" ", 1)[0] in claim_ids]
    if gone:
        session.execute(delete(m.Evidence).where(m.Evidence.id.in_(gone)))
        applied.removed["evidence"] = len(gone)
    added = [
        {
            "claim_id": claim_ids[key.split(" ", 1)[0]],
            "kind": str(target[("evidence", key)]["kind"]),
            "reference": str(target[("evidence", key)]["reference"]),
            "note": str(target[("evidence", key)]["note"] or ""),
        }
        for key in sorted(
            wanted - present.keys(), key=lambda k: (incoming.ids.get(("evidence", k), 0), k)
        )
    ]
    if added:
        _insert_rows(session, m.Evidence, added)
        applied.added["evidence"] = len(added)


def add_audit(
    session: Session,
    items: Iterable[AuditItem],
    known: Iterable[AuditItem],
    ids: dict,
    authors: dict[str, str] | None = None,
) -> int:
    """Add the other library's audit entries this one lacks, attached to the same entities here;
    entries about what no longer exists here are left out. Returns how many were added."""
    have = set(known)
    rows: list[dict] = []
    for item in items:
        if item in have:
            continue
        at, actor, entity, ref, action, old, new, reason = item
        row_id = ids.get((entity, ref))
        if row_id is None:
            continue
        have.add(item)
        actor = (authors or {}).get(actor, actor)
        rows.append(
            {
                "at": datetime.fromisoformat(at),
                "actor": actor,
                "entity": entity,
                "entity_id": row_id,
                "action": action,
                "old": old,
                "new": new,
                "reason": reason,
            }
        )
    if rows:
        _insert_rows(session, m.AuditEntry, rows)
    return len(rows)


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise CheckoutRefused(f"{value!r} is not a date; nothing was changed.") from error
