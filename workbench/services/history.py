"""A claim's history from the audit trail: who changed what, when, from what to what, and why."""

from __future__ import annotations

from sqlalchemy import select

from workbench.core.errors import NotFound
from workbench.core.records import AuditRecord
from workbench.services.records import audit_record
from workbench.services.trail import display_names
from workbench.store import Library
from workbench.store import models as m


def claim_history(library: Library, claim_id: int) -> list[AuditRecord]:
    """Every change of a claim and of its mentions, oldest first, each with its author's name."""
    with library.session() as session:
        mention_ids = select(m.Mention.id).where(m.Mention.claim_id == claim_id)
        rows = session.scalars(
            select(m.AuditEntry)
            .where(
                ((m.AuditEntry.entity == "claim") & (m.AuditEntry.entity_id == claim_id))
                | ((m.AuditEntry.entity == "mention") & m.AuditEntry.entity_id.in_(mention_ids))
            )
            .order_by(m.AuditEntry.id)
        ).all()
        if not rows and session.get(m.Claim, claim_id) is None:
            raise NotFound(f"No claim with id {claim_id}.")
        names = display_names(session)
        return [audit_record(row, names) for row in rows]


def member_name(library: Library) -> str:
    """The current user's name as the trail shows it: a team member's display name, else the
    login; what a trainee's answers are signed with by default."""
    with library.session() as session:
        return display_names(session).get(library.actor, library.actor)
