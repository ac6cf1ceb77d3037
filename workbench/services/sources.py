"""Sources: the actors claims are attributed to; renaming and merging duplicates."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.records import SourceRecord
from workbench.core.text import collapse_spaces
from workbench.core.vocabulary import SourceKind
from workbench.services.records import source_record
from workbench.services.trail import journal, record_change
from workbench.store import Library
from workbench.store import models as m


def source_in_session(session: Session, name: str, kind: SourceKind | None) -> m.Source:
    """The source called `name` (case-insensitive), created with `kind` if new."""
    name = collapse_spaces(name)
    if not name:
        raise WorkbenchError("A source needs a name.")
    row = session.scalars(select(m.Source).where(m.Source.name == name)).first()
    if row is None:
        row = m.Source(name=name, kind=(kind or SourceKind.OTHER).value)
        session.add(row)
        session.flush()
    return row


def get_or_create_source(
    library: Library, name: str, kind: SourceKind | None = None
) -> SourceRecord:
    with library.session() as session:
        return source_record(source_in_session(session, name, kind))


def list_sources(library: Library) -> list[tuple[SourceRecord, int]]:
    """Every source with the number of claims and mentions attributed to it."""
    with library.session() as session:
        claims = select(func.count()).where(m.Claim.source_id == m.Source.id).scalar_subquery()
        mentions = select(func.count()).where(m.Mention.source_id == m.Source.id).scalar_subquery()
        rows = session.execute(select(m.Source, claims + mentions).order_by(m.Source.name)).all()
        return [(source_record(row), count) for row, count in rows]


def edit_source(
    library: Library, source_id: int, *, name: str | None = None, kind: SourceKind | None = None
) -> SourceRecord:
    with library.session() as session:
        row = session.get(m.Source, source_id)
        if row is None:
            raise NotFound(f"No source with id {source_id}.")
        if name is not None and collapse_spaces(name) != row.name:
            new_name = collapse_spaces(name)
            clash = session.scalars(select(m.Source).where(m.Source.name == new_name)).first()
            if clash is not None and clash.id != source_id:
                raise WorkbenchError(
                    f"A source called {clash.name!r} already exists; merge the two instead."
                )
            record_change(session, library.actor, "source", source_id, "name", row.name, new_name)
            row.name = new_name
            _journal_claims_of(session, [source_id])
        if kind is not None and kind.value != row.kind:
            record_change(session, library.actor, "source", source_id, "kind", row.kind, kind.value)
            row.kind = kind.value
        return source_record(row)


def merge_sources(library: Library, keep_id: int, merged_ids: list[int]) -> SourceRecord:
    """Fold duplicates ("US", "U.S.") into one source; claims and mentions follow."""
    merged_ids = [i for i in merged_ids if i != keep_id]
    with library.session() as session:
        keep = session.get(m.Source, keep_id)
        if keep is None:
            raise NotFound(f"No source with id {keep_id}.")
        _journal_claims_of(session, merged_ids)
        for source_id in merged_ids:
            gone = session.get(m.Source, source_id)
            if gone is None:
                raise NotFound(f"No source with id {source_id}.")
            session.execute(
                update(m.Claim).where(m.Claim.source_id == source_id).values(source_id=keep_id)
            )
            session.execute(
                update(m.Mention).where(m.Mention.source_id == source_id).values(source_id=keep_id)
            )
            record_change(session, library.actor, "source", keep_id, "merge", gone.name, keep.name)
            session.delete(gone)
        return source_record(keep)


def _journal_claims_of(session: Session, source_ids: list[int]) -> None:
    claim_ids = session.scalars(select(m.Claim.id).where(m.Claim.source_id.in_(source_ids)))
    journal(session, "claim", *claim_ids)
