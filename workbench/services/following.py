"""What other people changed in a team library since a window last looked.

Every change writes audit rows (who changed which claim, case or source) and index-journal rows
(which claims and articles the search index must read again) in its own transaction; a window
reads on from the last ids it saw. Ids are handed out before commit, so a later id can become
visible first: the last few are read again, and rows already seen are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from workbench.store import Library
from workbench.store import models as m
from workbench.store.server_failures import settled

OVERLAP = 200


@dataclass(frozen=True)
class TeamChanges:
    claim_ids: frozenset[int] = frozenset()
    article_ids: frozenset[int] = frozenset()
    case_ids: frozenset[int] = frozenset()  # cases whose own fields changed
    sources_changed: bool = False
    # Changes whose commit a stopped server never answered, settled now: audit id → saved.
    settled: dict[int, bool] = field(default_factory=dict)

    @property
    def any(self) -> bool:
        return bool(self.claim_ids or self.article_ids or self.case_ids or self.sources_changed)


class ChangeFollower:
    """Reads a team library's journal and audit trail on from where it last stopped."""

    def __init__(self, library: Library) -> None:
        self.library = library
        with library.session() as session:
            self.journal = session.scalar(select(func.max(m.IndexJournal.id))) or 0
            self.audit = session.scalar(select(func.max(m.AuditEntry.id))) or 0
            # What is already there is what the window read when it opened.
            self._seen_journal = set(
                session.scalars(
                    select(m.IndexJournal.id).where(m.IndexJournal.id > self.journal - OVERLAP)
                )
            )
            self._seen_audit = set(
                session.scalars(
                    select(m.AuditEntry.id).where(m.AuditEntry.id > self.audit - OVERLAP)
                )
            )

    def poll(self) -> TeamChanges:
        """The claims, articles, cases and sources changed since the last poll."""
        library = self.library
        outcome = settled(library.engine, library.unconfirmed) if library.unconfirmed else {}
        if outcome:
            library.unconfirmed = [i for i in library.unconfirmed if i not in outcome]
        with library.session() as session:
            rows = session.execute(
                select(m.IndexJournal.id, m.IndexJournal.entity, m.IndexJournal.entity_id).where(
                    m.IndexJournal.id > self.journal - OVERLAP
                )
            ).all()
            trail = session.execute(
                select(m.AuditEntry.id, m.AuditEntry.entity, m.AuditEntry.entity_id).where(
                    m.AuditEntry.id > self.audit - OVERLAP
                )
            ).all()
        rows = [r for r in rows if r.id not in self._seen_journal]
        trail = [r for r in trail if r.id not in self._seen_audit]
        self.journal = max([self.journal, *(r.id for r in rows)])
        self.audit = max([self.audit, *(r.id for r in trail)])
        self._seen_journal = _recent(self._seen_journal | {r.id for r in rows}, self.journal)
        self._seen_audit = _recent(self._seen_audit | {r.id for r in trail}, self.audit)
        return TeamChanges(
            claim_ids=frozenset(r.entity_id for r in (*rows, *trail) if r.entity == "claim"),
            article_ids=frozenset(r.entity_id for r in rows if r.entity == "article"),
            case_ids=frozenset(r.entity_id for r in trail if r.entity == "case"),
            sources_changed=any(r.entity == "source" for r in trail),
            settled=outcome,
        )


def _recent(ids: set[int], high: int) -> set[int]:
    return {i for i in ids if i > high - OVERLAP}
