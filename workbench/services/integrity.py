"""`workbench check`: is the library whole? Database integrity, foreign keys, orphans, spans."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from workbench.core.errors import LibraryDamaged
from workbench.core.vocabulary import Stance, Status
from workbench.store import Library
from workbench.store import models as m
from workbench.store.failures import newest_backup


def check_library(library: Library) -> list[str]:
    """Every problem found, as sentences; an empty list means the library is sound.

    Pages garbled badly enough that SQLite gives up reading are one problem line, not a crash.
    """
    problems: list[str] = []
    try:
        _check_database(library, problems)
    except (DBAPIError, LibraryDamaged) as error:
        original = getattr(error, "orig", None) or error
        problems.append(f"database: damaged, it cannot be read to the end ({original})")
    return problems


def check_index(library: Library) -> list[str]:
    """The search index read through against what was written; a damaged one is rebuilt."""
    from workbench.services.searching import open_search

    search = open_search(library)
    try:
        problems = search.verify()
        if problems:
            search.rebuild()
    finally:
        search.close()
    return problems


def restore_hint(library: Library) -> str:
    """What to do about a damaged database: the newest backup and how to put it back."""
    if library.is_team:
        return f"the team library at {library.address} is restored by its server's administrator"
    newest = newest_backup(library.folder)
    if newest is None:
        return f"there is no backup in {library.backups_dir}"
    return (
        f"the newest backup is {newest}: close Workbench and copy it over {library.db_path} "
        "to restore it"
    )


def _check_database(library: Library, problems: list[str]) -> None:
    # A server checks its own pages and foreign keys; the rows' meaning is checked on both.
    if not library.is_team:
        _check_sqlite_file(library, problems)
    _check_rows(library, problems)


def _check_sqlite_file(library: Library, problems: list[str]) -> None:
    with library.engine.connect() as connection:
        result = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        if result != ["ok"]:
            problems.extend(f"database: {line}" for line in result[:20])
        for table, rowid, parent, _ in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"{table} row {rowid} points to a missing {parent}")


def _check_rows(library: Library, problems: list[str]) -> None:
    with library.session() as session:
        statuses = {s.value for s in Status}
        for claim_id, status in session.execute(select(m.Claim.id, m.Claim.status)):
            if status not in statuses:
                problems.append(f"claim {claim_id} has an unknown status {status!r}")
        stances = {s.value for s in Stance}
        rows = session.execute(
            select(
                m.Mention.id,
                m.Mention.start,
                m.Mention.end,
                m.Mention.quote,
                m.Mention.stance,
                m.Article.text,
            ).join(m.Article, m.Article.id == m.Mention.article_id)
        )
        for mention_id, start, end, quote, stance, article_text in rows:
            if not 0 <= start < end <= len(article_text):
                problems.append(f"mention {mention_id} points outside its article's text")
            elif article_text[start:end] != quote:
                problems.append(f"mention {mention_id} no longer matches its article's text")
            if stance not in stances:
                problems.append(f"mention {mention_id} has an unknown stance {stance!r}")
        empty = session.scalars(select(m.Article.id).where(m.Article.text == "")).all()
        problems.extend(f"article {i} has no text" for i in empty)
