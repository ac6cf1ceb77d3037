"""The archive of earlier verdicts: importing ClaimReview, matching text, citing a verdict."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select

from workbench.archive.ranking import ArchiveEntry, ArchiveIndex, entry_for
from workbench.archive.readers import iter_archive_files, read_verdicts
from workbench.core.errors import ImportRejected, NotFound
from workbench.core.records import EvidenceRecord
from workbench.core.verdicts import CITED_KIND, Verdict, VerdictMatch, cite_note
from workbench.search.analysis import normalise
from workbench.services import claims
from workbench.store import Library
from workbench.store import models as m


@dataclass(frozen=True)
class FileOutcome:
    """One file of an archive import: how many verdicts it gave, or why it was refused."""

    path: str
    read: int = 0
    skipped: tuple[str, ...] = ()
    refused: str | None = None


@dataclass
class ArchiveImport:
    """What an import changed: verdicts added, duplicates folded, files and records refused."""

    added: int = 0
    folded: int = 0
    files: list[FileOutcome] = field(default_factory=list)

    @property
    def refused(self) -> list[FileOutcome]:
        return [f for f in self.files if f.refused]


def fingerprint(verdict: Verdict) -> str:
    """The same claim checked by the same reviewer at the same address is one verdict."""
    words = " ".join(normalise(w) for w in verdict.claim.split())
    key = "\x1f".join((words, verdict.reviewer.casefold(), verdict.url.rstrip("/")))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def import_archive(
    library: Library,
    paths: Sequence[Path],
    progress: Callable[[int, int], None] | None = None,
) -> ArchiveImport:
    """Read every file, then store all their verdicts in one transaction, duplicates folded."""
    outcome = ArchiveImport()
    verdicts: list[Verdict] = []
    files = list(iter_archive_files(list(paths)))
    for done, path in enumerate(files, start=1):
        try:
            read = read_verdicts(path)
        except ImportRejected as error:
            outcome.files.append(FileOutcome(str(path), refused=str(error)))
        else:
            verdicts += read.verdicts
            outcome.files.append(FileOutcome(str(path), len(read.verdicts), tuple(read.skipped)))
        if progress:
            progress(done, len(files))
    if not verdicts:
        return outcome
    with library.session() as session:
        known = set(session.scalars(select(m.CheckedVerdict.fingerprint)))
        rows = []
        for verdict, origin in _with_origin(verdicts, outcome.files):
            key = fingerprint(verdict)
            if key in known:
                outcome.folded += 1
                continue
            known.add(key)
            entry = entry_for(verdict)
            rows.append(
                {
                    "ref": verdict.ref,
                    "claim": verdict.claim,
                    "title": verdict.title,
                    "rating": verdict.rating,
                    "reviewer": verdict.reviewer,
                    "url": verdict.url,
                    "published": verdict.published,
                    "language": verdict.language,
                    "fingerprint": key,
                    "claim_terms": " ".join(entry.claim_terms),
                    "title_terms": " ".join(entry.title_terms),
                    "origin": Path(origin).name,
                    "imported_at": m.utcnow(),
                }
            )
        if rows:
            session.execute(insert(m.CheckedVerdict), rows)
        outcome.added = len(rows)
    return outcome


def _with_origin(
    verdicts: list[Verdict], files: list[FileOutcome]
) -> Iterable[tuple[Verdict, str]]:
    position = 0
    for outcome in files:
        for verdict in verdicts[position : position + outcome.read]:
            yield verdict, outcome.path
        position += outcome.read


_cache: dict[Path, tuple[tuple[int, int], ArchiveIndex]] = {}
_cache_lock = threading.Lock()


def archive_index(library: Library) -> ArchiveIndex:
    """The archive in memory, loaded once and again only after it changed."""
    with library.session() as session:
        stamp = session.execute(
            select(func.count(m.CheckedVerdict.id), func.coalesce(func.max(m.CheckedVerdict.id), 0))
        ).one()
    key = library.folder.resolve()
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None and cached[0] == tuple(stamp):
            return cached[1]
        index = ArchiveIndex(_load_entries(library))
        _cache[key] = ((stamp[0], stamp[1]), index)
        return index


def _load_entries(library: Library) -> list[ArchiveEntry]:
    table = m.CheckedVerdict
    with library.session() as session:
        rows = session.execute(
            select(
                table.id, table.ref, table.claim, table.title, table.rating, table.reviewer,
                table.url, table.published, table.language, table.claim_terms, table.title_terms,
            ).order_by(table.id)
        ).all()  # fmt: skip
    entries = []
    for r in rows:
        found = Verdict(
            id=r.id, ref=r.ref, claim=r.claim, title=r.title, rating=r.rating,
            reviewer=r.reviewer, url=r.url, published=r.published, language=r.language,
        )  # fmt: skip
        entries.append(
            ArchiveEntry(found, tuple(r.claim_terms.split()), tuple(r.title_terms.split()))
        )
    return entries


def match(library: Library, text: str, limit: int = 5) -> list[VerdictMatch]:
    """The earlier verdicts closest to `text` (a claim, a passage or a pasted post), best first."""
    return archive_index(library).match(text, limit=max(1, limit))


def archive_size(library: Library) -> int:
    with library.session() as session:
        return session.scalar(select(func.count(m.CheckedVerdict.id))) or 0


def verdict(library: Library, verdict_id: int) -> Verdict:
    with library.session() as session:
        row = session.get(m.CheckedVerdict, verdict_id)
        if row is None:
            raise NotFound(f"No earlier verdict with id {verdict_id}.")
        return Verdict(
            id=row.id, ref=row.ref, claim=row.claim, title=row.title, rating=row.rating,
            reviewer=row.reviewer, url=row.url, published=row.published, language=row.language,
        )  # fmt: skip


def cite_reference(found: Verdict) -> str:
    """What the evidence points at: the published check, or the archive record when it has none."""
    if found.url:
        return found.url
    return f"archive ref {found.ref}" if found.ref else f"archive verdict {found.id}"


def cite_verdict(library: Library, claim_id: int, verdict_id: int) -> EvidenceRecord:
    """Add an earlier verdict to a claim's evidence, with its rating, reviewer and date."""
    found = verdict(library, verdict_id)
    return claims.add_evidence(
        library, claim_id, CITED_KIND, cite_reference(found), cite_note(found)
    )
