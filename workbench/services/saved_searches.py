"""Saved searches: a name for a query a checker runs again and again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from workbench.core.errors import NotFound, WorkbenchError
from workbench.store import Library
from workbench.store import models as m


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str
    kind: str


def save_search(library: Library, name: str, query: str, kind: str = "articles") -> SavedSearch:
    name, query = name.strip(), query.strip()
    if not name or not query:
        raise WorkbenchError("A saved search needs a name and a query.")
    try:
        with library.session() as session:
            row = session.scalars(select(m.SavedSearch).where(m.SavedSearch.name == name)).first()
            if row is None:
                row = m.SavedSearch(name=name, query=query, kind=kind)
                session.add(row)
            else:
                row.query, row.kind = query, kind
            session.flush()
            return SavedSearch(row.id, row.name, row.query, row.kind)
    except IntegrityError as error:
        raise WorkbenchError(f"Cannot save the search {name!r}: {error.orig}") from error


def list_saved_searches(library: Library) -> list[SavedSearch]:
    with library.session() as session:
        rows = session.scalars(select(m.SavedSearch).order_by(m.SavedSearch.name))
        return [SavedSearch(r.id, r.name, r.query, r.kind) for r in rows]


def find_saved_search(library: Library, name: str) -> SavedSearch:
    for saved in list_saved_searches(library):
        if saved.name.lower() == name.strip().lower():
            return saved
    raise NotFound(f"No saved search called {name!r}.")


def delete_saved_search(library: Library, name: str) -> None:
    saved = find_saved_search(library, name)
    with library.session() as session:
        session.delete(session.get(m.SavedSearch, saved.id))
