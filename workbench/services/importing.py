"""Importing files into the library: read, clean, de-duplicate and store in bounded batches."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.assist.relays import near_copies_of_shingles, shingles
from workbench.core.errors import (
    DiskFull,
    ImportRejected,
    LibraryError,
    LibraryReadOnly,
    NotFound,
)
from workbench.core.records import ImportedArticle
from workbench.ingest import content_hash, iter_article_files, read_article
from workbench.ingest.reader import display_name
from workbench.services.trail import journal
from workbench.store import Library
from workbench.store import models as m

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
BATCH = 200  # articles per transaction: bounds memory and keeps a crash from losing much
NEAR_COPY_WINDOW = 300  # earlier articles of the case each new one is compared with on import
_SAMPLE = 8  # one word run in eight is enough to find a copy that shares most of them

Runs = dict[int, set[tuple[str, ...]]]


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file: imported, duplicate or skipped (with the reason)."""

    path: str
    outcome: str
    article_id: int | None = None
    title: str = ""
    message: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def line(self) -> str:
        if self.outcome == "imported":
            text = f"imported   {self.path} → article {self.article_id}: {self.title[:70]}"
        elif self.outcome == "duplicate":
            text = f"duplicate  {self.path} → same text as article {self.article_id}"
        else:
            text = f"skipped    {self.message}"
        return "\n".join([text, *(f"           note: {n}" for n in self.notes)])


def count_importable(paths: Iterable[Path]) -> int:
    """How many files an import of `paths` will look at, for a progress bar's total."""
    return sum(1 for _ in iter_article_files(paths))


def import_paths(
    library: Library,
    paths: Iterable[Path],
    *,
    case_id: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[ImportOutcome]:
    """Import files and folders, yielding one outcome per file as batches are committed."""
    if case_id is not None:
        with library.session() as session:
            if session.get(m.Case, case_id) is None:
                raise NotFound(f"No case with id {case_id}.")
    batch: list[tuple[str, ImportedArticle]] = []
    runs: Runs = {}  # word runs of the case's articles, made once per import
    saved = [0]
    for done, item in enumerate(iter_article_files(paths), start=1):
        if cancelled is not None and cancelled():
            break
        if isinstance(item, ImportRejected):
            yield ImportOutcome(path="", outcome="skipped", message=str(item))
        else:
            try:
                batch.append((display_name(str(item)), read_article(item, max_bytes=max_bytes)))
            except ImportRejected as error:
                yield ImportOutcome(
                    path=display_name(str(item)), outcome="skipped", message=str(error)
                )
            except (OSError, ValueError, MemoryError) as error:
                yield ImportOutcome(
                    path=display_name(str(item)),
                    outcome="skipped",
                    message=f"{display_name(item.name)}: cannot be read ({error})",
                )
        if len(batch) >= BATCH:
            yield from _store_counting(library, batch, case_id, runs, saved)
            batch = []
        if progress is not None:
            progress(done)
    if batch:
        yield from _store_counting(library, batch, case_id, runs, saved)


def _store_counting(
    library: Library,
    batch: list[tuple[str, ImportedArticle]],
    case_id: int | None,
    runs: Runs,
    saved: list[int],
) -> list[ImportOutcome]:
    """Store a batch; if the library refuses it (a full disk), say exactly what was kept."""
    try:
        outcomes = store_imported(library, batch, case_id, runs)
    except LibraryError as error:
        if isinstance(error, LibraryReadOnly):
            raise
        kept = f"{saved[0]} file{'s' if saved[0] != 1 else ''}"
        again = (
            " Import the folder again once there is room: files already saved come back as "
            "duplicates."
            if isinstance(error, DiskFull)
            else ""
        )
        raise type(error)(
            f"{error} This import saved {kept} (each listed above) before that; the next "
            f"{len(batch)} were not saved.{again}"
        ) from error
    saved[0] += len(outcomes)
    return outcomes


def store_imported(
    library: Library,
    batch: list[tuple[str, ImportedArticle]],
    case_id: int | None,
    runs: Runs | None = None,
) -> list[ImportOutcome]:
    outcomes: list[ImportOutcome] = []
    hashes = [content_hash(article.text) for _, article in batch]
    with library.session() as session:
        known: dict[str, int] = dict(
            session.execute(
                select(m.Article.content_hash, m.Article.id).where(
                    m.Article.content_hash.in_(set(hashes))
                )
            ).all()
        )
        new_ids: list[int] = []
        for (path, article), digest in zip(batch, hashes, strict=True):
            existing = known.get(digest)
            if existing is not None:
                outcomes.append(ImportOutcome(path=path, outcome="duplicate", article_id=existing))
                session.add(m.ArticleFile(article_id=existing, file_name=article.source_file))
                _link(session, case_id, existing)
                continue
            row = _article_row(article, digest)
            session.add(row)
            session.flush()  # the id, so a second copy later in this batch is known
            known[digest] = row.id
            new_ids.append(row.id)
            session.add(m.ArticleFile(article_id=row.id, file_name=article.source_file))
            _link(session, case_id, row.id)
            outcomes.append(
                ImportOutcome(
                    path=path,
                    outcome="imported",
                    article_id=row.id,
                    title=row.title,
                    notes=article.notes,
                )
            )
        journal(session, "article", *new_ids)
        if case_id is not None and new_ids:
            outcomes = _flag_near_copies(
                session, case_id, set(new_ids), outcomes, {} if runs is None else runs
            )
    return outcomes


def _flag_near_copies(
    session: Session, case_id: int, new_ids: set[int], outcomes: list[ImportOutcome], known: Runs
) -> list[ImportOutcome]:
    """Tell the user when a new article mostly repeats another article of the same case.

    Checked against the case's most recent articles only, so a bulk import into one case stays
    linear; the assistant's `suggest` compares every pair of a case.
    """
    rows = session.execute(
        select(m.Article.id, m.Article.title)
        .join(m.CaseArticle, m.CaseArticle.article_id == m.Article.id)
        .where(m.CaseArticle.case_id == case_id)
        .order_by(m.Article.id.desc())
        .limit(NEAR_COPY_WINDOW + len(new_ids))
    ).all()
    titles = {row.id: row.title for row in rows}
    missing = [i for i in titles if i not in known]
    if missing:
        texts = session.execute(
            select(m.Article.id, m.Article.text).where(m.Article.id.in_(missing))
        )
        known.update((i, shingles(text)) for i, text in texts)
    for gone in [i for i in known if i not in titles]:
        del known[gone]  # keeps memory flat however many files are imported
    runs = {i: known[i] for i in titles}
    # A sample of each article's word runs, indexed, so only likely copies are compared in full.
    samples = {i: {h for h in map(hash, run) if h % _SAMPLE == 0} for i, run in runs.items()}
    holders: dict[int, list[int]] = {}
    for article_id, sample in samples.items():
        for h in sample:
            holders.setdefault(h, []).append(article_id)
    flagged = []
    for outcome in outcomes:
        if outcome.outcome != "imported" or outcome.article_id not in runs:
            flagged.append(outcome)
            continue
        shared = Counter(
            other
            for h in samples[outcome.article_id]
            for other in holders[h]
            if other != outcome.article_id
        )
        least = max(1, len(samples[outcome.article_id]) // 3)
        others = ((i, runs[i]) for i, count in shared.items() if count >= least)
        copies = near_copies_of_shingles(runs[outcome.article_id], others)
        notes = tuple(
            f"near-copy of article {other} ({titles[other][:60]}): {score:.0%} shared"
            for other, score in copies[:3]
        )
        flagged.append(dataclasses.replace(outcome, notes=outcome.notes + notes))
    return flagged


def _article_row(article: ImportedArticle, digest: str) -> m.Article:
    return m.Article(
        title=article.title or article.source_file,
        outlet=article.outlet,
        url=article.url,
        byline=article.byline,
        published=article.published,
        language=article.language,
        text=article.text,
        raw_text=article.raw_text,
        content_hash=digest,
        source_file=article.source_file,
        format=article.format,
    )


def _link(session, case_id: int | None, article_id: int) -> None:
    if case_id is not None and session.get(m.CaseArticle, (case_id, article_id)) is None:
        session.add(m.CaseArticle(case_id=case_id, article_id=article_id))
        journal(session, "article", article_id)
