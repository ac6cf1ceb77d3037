"""The audit trail and the search-index journal, both written inside the caller's transaction."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from workbench.store import models as m


def record_change(
    session: Session,
    actor: str,
    entity: str,
    entity_id: int,
    action: str,
    old: object = None,
    new: object = None,
    reason: str = "",
) -> None:
    entry = m.AuditEntry(
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        action=action,
        old=None if old is None else str(old),
        new=None if new is None else str(new),
        reason=reason,
    )
    session.add(entry)
    # The last audit row of a transaction tells afterwards whether a commit left unanswered
    # by a stopped server was saved.
    session.info["audit"] = entry


def journal(session: Session, entity: str, *entity_ids: int) -> None:
    """Note that these rows changed, so the search index catches up even after a crash."""
    if entity_ids:
        # One statement for them all, through the table: a check-in journals thousands of rows.
        table = cast(Table, m.IndexJournal.__table__)
        session.execute(insert(table), [{"entity": entity, "entity_id": i} for i in entity_ids])
        session.info["journalled"] = True


def display_names(session: Session) -> dict[str, str]:
    """Team members' display names by login; empty for a library folder."""
    rows = session.execute(select(m.Member.login, m.Member.display_name))
    return {login: name for login, name in rows}


def last_change(session: Session, entity: str, entity_id: int) -> tuple[str, object] | None:
    """Who last changed a row, by display name, and when; None when the trail has nothing."""
    row = session.scalars(
        select(m.AuditEntry)
        .where(m.AuditEntry.entity == entity, m.AuditEntry.entity_id == entity_id)
        .order_by(m.AuditEntry.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return display_names(session).get(row.actor, row.actor), row.at
