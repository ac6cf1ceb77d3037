"""Helpers for case-file and workshop tests: a marked demo library and ways to compare libraries."""

from __future__ import annotations

import hashlib

from sqlalchemy import text

from workbench.core.records import CaseDossier
from workbench.services.demo import load_demo_case
from workbench.services.workshop import load_answer_key
from workbench.store import Library


def marked_demo(library: Library) -> int:
    """The demo case with its answer key's claims; returns the case id."""
    case = load_demo_case(library)
    load_answer_key(library, case.id)
    return case.id


def db_fingerprint(library: Library, *, skip: tuple[str, ...] = ()) -> str:
    """A checksum of every row of every table: equal before and after means nothing changed."""
    digest = hashlib.sha256()
    with library.engine.connect() as connection:
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ).scalars()
        for table in [t for t in tables if t not in skip]:
            digest.update(table.encode())
            for row in connection.execute(text(f'SELECT * FROM "{table}" ORDER BY rowid')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def comparable(dossier: CaseDossier) -> dict:
    """A dossier with library ids replaced by what they stand for, for comparing libraries."""
    hashes = {a.id: a.content_hash for a in dossier.articles}

    def source(source_id: int | None) -> tuple[str, str] | None:
        found = dossier.source(source_id)
        return (found.name, found.kind.value) if found else None

    case = dossier.case
    return {
        "case": (case.title, case.question, case.verdict, case.summary),
        "articles": sorted(
            (
                a.content_hash,
                a.title,
                a.text,
                a.language,
                a.format,
                a.source_file,
                a.outlet,
                a.url,
                a.byline,
                a.published,
            )
            for a in dossier.articles
        ),
        "claims": sorted(
            (
                c.text,
                c.status.value,
                c.note,
                source(c.source_id),
                tuple(
                    sorted(
                        (
                            hashes[x.article_id],
                            x.start,
                            x.end,
                            x.quote,
                            x.stance.value,
                            source(x.source_id),
                        )
                        for x in dossier.mentions_of(c.id)
                    )
                ),
                tuple(sorted((e.kind, e.reference, e.note) for e in dossier.evidence_of(c.id))),
            )
            for c in dossier.claims
        ),
    }
