"""Keeping the search index in step with the database, and searching it.

The database is the source of truth. Every change writes an `index_journal` row in its own
transaction; after the commit the journal is applied to the index and cleared. If the program dies
in between, the rows are still there at the next start and are applied then. A missing, damaged or
stale index is rebuilt from the database.
"""

from __future__ import annotations

import dataclasses
import logging
import pickle
import struct
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import delete, func, select

from workbench.core.errors import BadQuery, LibraryError, WorkbenchError
from workbench.search.batch import batch_search
from workbench.search.documents import ArticleDoc, ClaimDoc
from workbench.search.index import CORRUPTION, IndexUnusable, SearchIndex
from workbench.search.query import SearchHit, SearchResults, search
from workbench.search.schema import ARTICLES, CLAIMS
from workbench.search.similar import more_like_this
from workbench.search.soundness import damaged_files, has_sums, unreadable_parts
from workbench.services.rebuild_child import rebuild_in_child
from workbench.store import Library
from workbench.store import models as m
from workbench.store.failures import storage_error

CHUNK = 500
TEAM_JOURNAL_OVERLAP = 200
log = logging.getLogger(__name__)
_locks: dict[Path, threading.Lock] = {}


def _lock(library: Library) -> threading.Lock:
    return _locks.setdefault(library.folder.resolve(), threading.Lock())


class LibrarySearch:
    """The index of one open library, kept in step with its database after every change."""

    def __init__(self, library: Library, index: SearchIndex, *, in_child: bool = False) -> None:
        self.library = library
        self.index = index
        # How a rebuild forced by damage found while searching runs: the window's choice.
        self.in_child = in_child
        library.after_change.append(self.catch_up)

    def catch_up(self) -> int:
        """Apply the journal to the index; returns how many rows were applied.

        Runs after a change is committed, so the change stands whatever happens here: an index
        that cannot be written (a full disk) keeps the journal, applied at the next catch-up.
        """
        with _lock(self.library):
            try:
                return _apply_journal(self.library, self.index)
            except (OSError, IndexUnusable, LibraryError) as error:
                log.warning("the search index is behind the library: %s", error)
                return 0

    def search(self, query: str, **options: object) -> SearchResults:
        """Search; an index found damaged on the way is rebuilt from the database, then searched.

        The caller is a worker (the window) or the command line, so the rebuild never blocks the
        window; the answer carries a notice that it happened.
        """
        try:
            return search(self.index, query, **options)  # type: ignore[arg-type]
        except IndexUnusable as error:
            reason = error.reason
        except WorkbenchError:
            raise
        except Exception as error:  # Whoosh reports a garbled block as a bare Exception
            damaged = damaged_files(self.index.folder)
            plausible = isinstance(error, CORRUPTION) or "tag error" in str(error).lower()
            if (
                not damaged
                and (has_sums(self.index.folder) or not plausible)
                and not _decoding(error)
            ):
                raise  # the files are as written: a bug, not damage
            reason = f"{type(error).__name__} reading {', '.join(damaged[:3]) or 'its files'}"
        log.warning("search index damaged (%s); rebuilding it", reason)
        self.rebuild(in_child=self.in_child)
        results = search(self.index, query, **options)  # type: ignore[arg-type]
        notice = "The search index was damaged and has been rebuilt from the library."
        return dataclasses.replace(results, notices=[notice, *results.notices])

    def verify(self) -> list[str]:
        """What is wrong with the index on disk, read through: every file and every posting."""
        folder = self.index.folder
        problems = [
            f"search index: {name} has changed since it was written"
            for name in damaged_files(folder)
        ]
        if not problems:  # a damaged file is not decoded: a flipped length can ask for gigabytes
            problems = [f"search index: {p}" for p in unreadable_parts(folder, (ARTICLES, CLAIMS))]
        if not problems and _out_of_step(self.library, self.index):
            problems.append("search index: it does not hold every article and claim")
        return problems

    def more_like_this(self, article_id: int, limit: int = 10) -> list[SearchHit]:
        return more_like_this(self.index, article_id, limit=limit)

    def batch(self, queries: Iterable[str], limit: int = 50) -> list:
        return batch_search(self.index, queries, limit=limit)

    def rebuild(
        self,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        in_child: bool = False,
    ) -> None:
        """Build the index anew; `in_child` runs Whoosh in a child process (the window's choice)."""
        with _lock(self.library), _disk_failures(self.library):
            self.index.close()
            if in_child and _child_can_build(self.library):
                rebuild_in_child(self.library.folder, progress, cancelled)
                self.index = SearchIndex.open(self.library.index_dir)
                _apply_journal(self.library, self.index)
            else:
                self.index = rebuild_index(self.library, progress, cancelled)

    def close(self) -> None:
        if self.catch_up in self.library.after_change:
            self.library.after_change.remove(self.catch_up)
        self.index.close()


def open_search(
    library: Library,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    in_child: bool = False,
) -> LibrarySearch:
    """Open the library's index, rebuilding it when missing, damaged or out of step."""
    in_child = in_child and _child_can_build(library)

    def rebuild() -> SearchIndex:
        if not in_child:
            return rebuild_index(library, progress, cancelled)
        rebuild_in_child(library.folder, progress, cancelled)
        rebuilt = SearchIndex.open(library.index_dir)
        _apply_journal(library, rebuilt)
        return rebuilt

    with _lock(library), _disk_failures(library):
        try:
            index = SearchIndex.open(library.index_dir)
            # The window opens the index in the background, where reading every file is cheap
            # enough to catch damage that would otherwise only change answers silently.
            if in_child and damaged_files(library.index_dir):
                index.close()
                raise IndexUnusable("its files have changed since they were written")
        except IndexUnusable:
            index = rebuild()
        else:
            _apply_journal(library, index)
            if _out_of_step(library, index):
                index.close()
                index = rebuild()
    return LibrarySearch(library, index, in_child=in_child)


def _child_can_build(library: Library) -> bool:
    """A child process opens the library by its folder: a writable one of its own, not a server."""
    return not library.read_only and not library.is_team


@contextmanager
def _disk_failures(library: Library) -> Iterator[None]:
    """A full or read-only disk met while writing the index, in the user's words."""
    try:
        yield
    except OSError as error:
        mapped = storage_error(error, library.folder)
        if mapped is None:
            raise
        raise type(mapped)(
            f"The search index in {library.folder} cannot be written ({error.strerror}). The "
            "library itself is unharmed: free some space, or make the disk writable, and search "
            "again."
        ) from error


def rebuild_index(
    library: Library,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    procs: int = 1,
) -> SearchIndex:
    """Build the index anew from the database; the journal up to now is then cleared."""
    with library.session() as session:
        high = session.scalar(select(func.max(m.IndexJournal.id))) or 0
    index = SearchIndex.rebuild(
        library.index_dir,
        _all_articles(library),
        _all_claims(library),
        progress,
        cancelled,
        marker=high,
        procs=procs,
    )
    _clear_journal(library, high)
    return index


def _out_of_step(library: Library, index: SearchIndex) -> bool:
    with library.session() as session:
        articles = session.scalar(select(func.count()).select_from(m.Article)) or 0
        claims = session.scalar(select(func.count()).select_from(m.Claim)) or 0
    return index.doc_count("articles") != articles or index.doc_count("claims") != claims


def _apply_journal(library: Library, index: SearchIndex) -> int:
    """Bring the index up to the journal. A team library's journal is shared by every client:
    each reads on from the last row its own index applied, and none clears it."""
    query = select(m.IndexJournal.id, m.IndexJournal.entity, m.IndexJournal.entity_id)
    if library.is_team:
        # Ids are handed out before commit, so a row may appear below one already applied:
        # the last few are read again and any not applied yet is applied now.
        since = index.get_marker() - TEAM_JOURNAL_OVERLAP
        query = query.where(m.IndexJournal.id > since).order_by(m.IndexJournal.id)
    with library.session() as session:
        rows = session.execute(query).all()
    if library.is_team:
        rows = [r for r in rows if r.id not in index.recent_journal]
        index.recent_journal.update(r.id for r in rows)
        if len(index.recent_journal) > 4 * TEAM_JOURNAL_OVERLAP:
            keep = sorted(index.recent_journal)[-2 * TEAM_JOURNAL_OVERLAP :]
            index.recent_journal = set(keep)
    if not rows:
        return 0
    high = max(r.id for r in rows)
    if library.is_team:
        high = max(high, index.get_marker())
    articles = sorted({r.entity_id for r in rows if r.entity == "article"})
    claims = sorted({r.entity_id for r in rows if r.entity == "claim"})
    _replay(library, articles, _article_docs, index.upsert_articles, index.delete_articles)
    _replay(library, claims, _claim_docs, index.upsert_claims, index.delete_claims)
    index.set_marker(high)
    _clear_journal(library, high)
    return len(rows)


_Doc = TypeVar("_Doc", ArticleDoc, ClaimDoc)


def _replay(
    library: Library,
    ids: list[int],
    load: Callable[[Library, list[int] | None], list[_Doc]],
    upsert: Callable[[Iterable[_Doc]], None],
    remove: Callable[[Iterable[int]], None],
) -> None:
    """Bring the index's copies of `ids` in line with the database: rewrite or delete each."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        docs = load(library, chunk)
        present = {d.id for d in docs}
        if docs:
            upsert(docs)
        gone = [i for i in chunk if i not in present]
        if gone:
            remove(gone)


def _decoding(error: BaseException) -> bool:
    """Errors only a damaged file produces, whatever the checksums say."""
    return isinstance(error, (pickle.UnpicklingError, struct.error, zlib.error, EOFError))


def _clear_journal(library: Library, high: int) -> None:
    # A read-only library keeps its journal: its index is a scratch copy, made again next time.
    # A team library keeps it for the other clients' indexes.
    if not library.read_only and not library.is_team:
        with library.session() as session:
            session.execute(delete(m.IndexJournal).where(m.IndexJournal.id <= high))


def _article_docs(library: Library, ids: list[int] | None) -> list[ArticleDoc]:
    with library.session() as session:
        query = select(
            m.Article.id,
            m.Article.title,
            m.Article.text,
            m.Article.outlet,
            m.Article.byline,
            m.Article.published,
            m.Article.language,
        ).order_by(m.Article.id)
        links = select(m.CaseArticle.article_id, m.Case.id, m.Case.title).join(
            m.Case, m.Case.id == m.CaseArticle.case_id
        )
        if ids is not None:
            query = query.where(m.Article.id.in_(ids))
            links = links.where(m.CaseArticle.article_id.in_(ids))
        cases: dict[int, list[tuple[int, str]]] = {}
        for article_id, case_id, title in session.execute(links):
            cases.setdefault(article_id, []).append((case_id, title))
        docs = []
        for row in session.execute(query):
            linked = cases.get(row.id, [])
            docs.append(
                ArticleDoc(
                    id=row.id,
                    title=row.title,
                    text=row.text,
                    outlet=row.outlet,
                    byline=row.byline,
                    published=row.published,
                    language=row.language,
                    cases=tuple(t for _, t in linked),
                    case_ids=tuple(c for c, _ in linked),
                )
            )
        return docs


def _claim_docs(library: Library, ids: list[int] | None) -> list[ClaimDoc]:
    with library.session() as session:
        query = (
            select(m.Claim.id, m.Claim.text, m.Claim.status, m.Case.title, m.Case.id, m.Source.name)
            .join(m.Case, m.Case.id == m.Claim.case_id)
            .outerjoin(m.Source, m.Source.id == m.Claim.source_id)
            .order_by(m.Claim.id)
        )
        if ids is not None:
            query = query.where(m.Claim.id.in_(ids))
        return [
            ClaimDoc(id=i, text=t, status=s, case=ct, case_id=ci, source=sn)
            for i, t, s, ct, ci, sn in session.execute(query)
        ]


def _all_articles(library: Library) -> Iterator[ArticleDoc]:
    """Stream every article in id order, a chunk at a time, so memory stays flat."""
    last = 0
    while True:
        with library.session() as session:
            ids = list(
                session.scalars(
                    select(m.Article.id)
                    .where(m.Article.id > last)
                    .order_by(m.Article.id)
                    .limit(CHUNK)
                )
            )
        if not ids:
            return
        yield from _article_docs(library, ids)
        last = ids[-1]


def _all_claims(library: Library) -> Iterator[ClaimDoc]:
    yield from _claim_docs(library, None)


__all__ = ["BadQuery", "LibrarySearch", "SearchResults", "open_search", "rebuild_index"]
