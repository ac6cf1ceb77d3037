"""A case's claims added from a file in one call: one transaction, one audit row per claim."""

from __future__ import annotations

from pathlib import Path

from workbench.core.errors import NotFound
from workbench.core.records import ClaimRecord
from workbench.ingest.claim_table import read_claim_table
from workbench.services.records import claim_record
from workbench.services.sources import source_in_session
from workbench.services.trail import journal, record_change
from workbench.store import Library
from workbench.store import models as m


def import_claims(library: Library, case_id: int, path: Path) -> list[ClaimRecord]:
    """Every claim of a .csv or .jsonl file added to a case; all of them or, on a bad row, none."""
    rows = read_claim_table(path)
    with library.session() as session:
        if session.get(m.Case, case_id) is None:
            raise NotFound(f"No case with id {case_id}.")
        added = []
        for row in rows:
            source = source_in_session(session, row.source, row.source_kind) if row.source else None
            claim = m.Claim(
                case_id=case_id,
                text=row.text,
                status=row.status.value,
                note=row.note,
                source_id=source.id if source else None,
            )
            session.add(claim)
            added.append(claim)
        session.flush()
        for claim in added:
            record_change(session, library.actor, "claim", claim.id, "create", new=claim.text)
            record_change(session, library.actor, "claim", claim.id, "status", None, claim.status)
        journal(session, "claim", *(c.id for c in added))
        return [claim_record(c) for c in added]
