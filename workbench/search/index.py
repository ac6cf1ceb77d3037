"""The search index in the library folder: open, rebuild, keep in step with the database.

Whoosh-Reloaded (the maintained fork of Whoosh 2.7, imported as ``whoosh``) was chosen because it is
pure Python (nothing to compile for a desktop install), supports phrases, wildcards, fuzzy terms,
ranges and BM25F out of the box, and imports cleanly under ``python -W error`` on Python 3.11,
unlike the original Whoosh 2.7.4 whose regexes raise SyntaxWarnings.

The database is the source of truth. Each write here is one Whoosh commit; the caller records in the
marker (``get_marker``/``set_marker``) the last database journal entry applied, so a crash between
the database and the index is noticed on the next start. A folder that cannot be used raises
``IndexUnusable`` and the caller rebuilds it from the database with ``SearchIndex.rebuild``.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import struct
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter, SegmentWriter

from workbench.core.errors import WorkbenchError
from workbench.search.codec import FastCodec
from workbench.search.collect import ColumnCache
from workbench.search.documents import ArticleDoc, ClaimDoc
from workbench.search.matches import SegmentData
from workbench.search.postings import LengthsInMemory
from workbench.search.schema import (
    ARTICLES,
    CLAIMS,
    SCHEMA_VERSION,
    article_fields,
    article_schema,
    claim_fields,
    claim_schema,
)
from workbench.search.soundness import record_sums

STATE_FILE = "workbench-index.json"
_REBUILD_SUFFIX = ".rebuilding"
_OLD_SUFFIX = ".old"
_WRITER_MB = 256
_BLOCK_POSTINGS = 512
# The errors Whoosh raises from damaged files are whatever the decoder hit first.
CORRUPTION = (
    EOFError,
    OSError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    struct.error,
    zlib.error,
    pickle.UnpicklingError,
    whoosh_index.IndexError,
)


class IndexUnusable(WorkbenchError):
    """The index folder is missing parts, corrupt, locked or from another version: rebuild it."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The search index cannot be used ({reason}); it will be rebuilt.")
        self.reason = reason


class RebuildCancelled(WorkbenchError):
    """A rebuild was cancelled; the previous index is untouched."""


class SearchIndex:
    """The articles and claims indexes in one folder, plus the marker of the last change applied."""

    def __init__(self, folder: Path, articles: FileIndex, claims: FileIndex) -> None:
        self.folder = folder
        self._indexes = {ARTICLES: articles, CLAIMS: claims}
        # Whoosh searchers read files through shared handles, so each thread keeps its own.
        self._local = threading.local()
        self._all_searchers: list[Searcher] = []
        self._lock = threading.RLock()
        # Shared by searches: parsers are costly to build, facet columns costly to load.
        self.parsers: dict[str, QueryParser] = {}
        self.columns = ColumnCache()
        self.segment_data = SegmentData()
        # Journal ids applied lately: a shared journal's rows may commit out of id order.
        self.recent_journal: set[int] = set()

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path) -> SearchIndex:
        """Open the index in ``folder``, creating an empty one if there is none."""
        folder = Path(folder)
        _finish_interrupted_swap(folder)
        if not (folder / STATE_FILE).exists():
            if folder.exists() and any(folder.iterdir()):
                raise IndexUnusable("its state file is missing")
            return cls._create(folder)
        state = _read_state(folder)
        if state.get("schema_version") != SCHEMA_VERSION:
            raise IndexUnusable(f"it was made by index version {state.get('schema_version')}")
        storage = FileStorage(str(folder))
        indexes = {}
        for name in (ARTICLES, CLAIMS):
            indexes[name] = _open_checked(storage, name)
        return cls(folder, indexes[ARTICLES], indexes[CLAIMS])

    @classmethod
    def _create(cls, folder: Path) -> SearchIndex:
        folder.mkdir(parents=True, exist_ok=True)
        storage = FileStorage(str(folder))
        articles = storage.create_index(article_schema(), indexname=ARTICLES)
        claims = storage.create_index(claim_schema(), indexname=CLAIMS)
        _write_state(folder, {"schema_version": SCHEMA_VERSION, "marker": 0})
        record_sums(folder)
        return cls(folder, articles, claims)

    @classmethod
    def rebuild(
        cls,
        folder: Path,
        articles: Iterable[ArticleDoc],
        claims: Iterable[ClaimDoc],
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        marker: int = 0,
        procs: int = 1,
    ) -> SearchIndex:
        """Build a fresh index next to ``folder`` and swap it in only once it is complete.

        ``progress`` gets the number of documents written so far; when ``cancelled`` returns True
        the half-built copy is thrown away and ``RebuildCancelled`` raised. ``procs`` > 1 indexes in
        worker processes, each writing a segment of its own (about twice as fast on two cores, but
        forks the calling process, so call it from a process without threads to fork, such as a
        child process of the application).
        """
        folder = Path(folder)
        _finish_interrupted_swap(folder)
        staging = folder.with_name(folder.name + _REBUILD_SUFFIX)
        shutil.rmtree(staging, ignore_errors=True)
        built = cls._create(staging)
        try:
            count = 0
            for name, docs, to_fields in (
                (ARTICLES, articles, article_fields),
                (CLAIMS, claims, claim_fields),
            ):
                count = built._bulk_add(name, docs, to_fields, count, progress, cancelled, procs)
            built.set_marker(marker)
            record_sums(staging)
        except BaseException:
            built.close()
            shutil.rmtree(staging, ignore_errors=True)
            raise
        built.close()
        _swap_in(staging, folder)
        return cls.open(folder)

    def _bulk_add(
        self,
        name: str,
        docs: Iterable,
        to_fields: Callable[[Any], dict[str, str]],
        count: int,
        progress: Callable[[int], None] | None,
        cancelled: Callable[[], bool] | None,
        procs: int,
    ) -> int:
        # Long posting blocks: searches read whole posting lists, and the cost is per block.
        codec = FastCodec(compression=0, blocklimit=_BLOCK_POSTINGS)
        # Separate segment files rather than one compound file: Whoosh copies each part of a
        # compound file into memory when it opens it (a second copy of the index, and seconds of
        # start-up on a big library), while a plain file is read where it lies.
        options: dict[str, object] = {"limitmb": _WRITER_MB, "codec": codec, "compound": False}
        if procs > 1:
            # Each worker finishes its own segment. Merging them into one is a serial pass over
            # every posting that takes as long as the indexing itself, while searching a few
            # segments instead of one costs next to nothing.
            options.update(procs=procs, multisegment=True)
        writer = self._indexes[name].writer(**options)
        if isinstance(writer, SegmentWriter):
            open_lengths = writer.per_document_reader
            writer.per_document_reader = lambda: LengthsInMemory(open_lengths())
        try:
            for doc in docs:
                writer.add_document(**to_fields(doc))
                count += 1
                if count % 200 == 0:
                    if cancelled is not None and cancelled():
                        raise RebuildCancelled("The search index rebuild was cancelled.")
                    if progress is not None:
                        progress(count)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        if progress is not None:
            progress(count)
        return count

    # -- keeping in step --------------------------------------------------------------------

    def upsert_articles(self, docs: Iterable[ArticleDoc]) -> None:
        """Add or replace articles, in one commit."""
        self._write(ARTICLES, lambda w: [w.update_document(**article_fields(d)) for d in docs])

    def delete_articles(self, ids: Iterable[int]) -> None:
        self._write(ARTICLES, lambda w: [w.delete_by_term("id", str(i)) for i in ids])

    def upsert_claims(self, docs: Iterable[ClaimDoc]) -> None:
        """Add or replace claims, in one commit."""
        self._write(CLAIMS, lambda w: [w.update_document(**claim_fields(d)) for d in docs])

    def delete_claims(self, ids: Iterable[int]) -> None:
        self._write(CLAIMS, lambda w: [w.delete_by_term("id", str(i)) for i in ids])

    def _write(self, name: str, change: Callable[[IndexWriter], object]) -> None:
        with self._lock:
            try:
                # Plain segment files for the same reason as in a rebuild: a merge of many small
                # commits can make one large segment.
                writer = self._indexes[name].writer(
                    timeout=5.0,
                    compound=False,
                    codec=FastCodec(compression=0, blocklimit=_BLOCK_POSTINGS),
                )
            except whoosh_index.LockError as exc:
                raise IndexUnusable("another program is writing to it") from exc
            try:
                change(writer)
            except BaseException:
                writer.cancel()
                raise
            # Merging small segments on every edit would make a single edit slow on a big index.
            writer.commit(merge=_needs_merge(self._indexes[name]))
            record_sums(self.folder)

    def get_marker(self) -> int:
        """The last database journal id applied to this index (0 for a new index)."""
        return int(_read_state(self.folder).get("marker", 0))

    def set_marker(self, n: int) -> None:
        """Record ``n`` as applied; written to a temporary file and renamed, so it is atomic."""
        with self._lock:
            state = _read_state(self.folder)
            state["marker"] = int(n)
            _write_state(self.folder, state)

    # -- reading ----------------------------------------------------------------------------

    @contextmanager
    def searcher(self, kind: str = ARTICLES) -> Iterator[Searcher]:
        """A searcher over the latest commit; reused between searches while nothing changes."""
        mine: dict[str, Searcher] = self._local.__dict__.setdefault("searchers", {})
        current = mine.get(kind)
        try:
            # Not Searcher.refresh(): it reuses segment readers whose cached set of deleted
            # documents is then out of date, so deleted articles would still match.
            stale = current is None or not current.up_to_date()
            fresh = self._indexes[kind].searcher() if stale else current
        except CORRUPTION as exc:
            raise IndexUnusable(f"the {kind} part is damaged: {type(exc).__name__}") from exc
        if fresh is not current:
            mine[kind] = fresh
            with self._lock:
                if current is not None:
                    self._all_searchers.remove(current)
                    current.close()
                self._all_searchers.append(fresh)
        yield fresh

    def doc_count(self, kind: str | None = None) -> int:
        """Documents of one kind ("articles"/"claims"), or of both when ``kind`` is None."""
        kinds = (ARTICLES, CLAIMS) if kind is None else (kind,)
        return sum(self._indexes[k].doc_count() for k in kinds)

    def close(self) -> None:
        with self._lock:
            for searcher in self._all_searchers:
                searcher.close()
            self._all_searchers.clear()
            for ix in self._indexes.values():
                ix.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _needs_merge(ix: FileIndex) -> bool:
    return len(ix._segments()) > 8  # Whoosh has no public segment count


def _open_checked(storage: FileStorage, name: str) -> FileIndex:
    """Open one named index and touch every file a search reads, so damage shows up now."""
    try:
        if not storage.index_exists(name):
            raise IndexUnusable(f"the {name} part is missing")
        ix = storage.open_index(indexname=name)
        with ix.searcher() as searcher:
            reader = searcher.reader()
            for fieldname in ("id", "text"):
                for _ in zip(range(3), reader.lexicon(fieldname), strict=False):
                    pass
            if searcher.doc_count_all():
                searcher.stored_fields(0)
                first_id = next(iter(reader.lexicon("id")))
                list(reader.postings("id", first_id).all_ids())
        lock = storage.lock(name + "_WRITELOCK")
        if not lock.acquire(blocking=False):
            raise IndexUnusable("another program is writing to it")
        lock.release()
    except IndexUnusable:
        raise
    except whoosh_index.EmptyIndexError as exc:
        raise IndexUnusable(f"the {name} part is missing") from exc
    except CORRUPTION as exc:
        raise IndexUnusable(f"the {name} part is damaged: {type(exc).__name__}") from exc
    except Exception as exc:
        # Whoosh reports a posting file that does not start with its magic number as a bare
        # Exception ("Block tag error"); anything else failing here is damage of some kind too.
        raise IndexUnusable(f"the {name} part is damaged: {exc}") from exc
    return ix


def _read_state(folder: Path) -> dict:
    try:
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexUnusable("its state file is unreadable") from exc
    if not isinstance(state, dict):
        raise IndexUnusable("its state file is unreadable")
    return state


def _write_state(folder: Path, state: dict) -> None:
    target = folder / STATE_FILE
    temp = target.with_suffix(".tmp")
    with temp.open("w", encoding="utf-8") as handle:
        json.dump(state, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)


def _swap_in(staging: Path, folder: Path) -> None:
    old = folder.with_name(folder.name + _OLD_SUFFIX)
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    staging.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def _finish_interrupted_swap(folder: Path) -> None:
    """Complete or undo a swap that a crash interrupted, and clear half-built copies."""
    staging = folder.with_name(folder.name + _REBUILD_SUFFIX)
    old = folder.with_name(folder.name + _OLD_SUFFIX)
    if not folder.exists() and old.exists():
        # The crash came between the two renames; the old index is still whole.
        old.rename(folder)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)
    if staging.exists() and not _rebuild_running(staging):
        shutil.rmtree(staging, ignore_errors=True)


def _rebuild_running(staging: Path) -> bool:
    # A rebuild in this process holds the write lock of its staging copy.
    storage = FileStorage(str(staging))
    lock = storage.lock(ARTICLES + "_WRITELOCK")
    if lock.acquire(blocking=False):
        lock.release()
        return False
    return True
