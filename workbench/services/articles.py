"""Reading articles back: listings without their text (for big libraries), and one whole article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.records import ArticleRecord
from workbench.services.records import article_record
from workbench.services.trail import journal, record_change
from workbench.store import Library
from workbench.store import models as m


@dataclass(frozen=True)
class ArticleSummary:
    """An article as a listing shows it: everything but the text."""

    id: int
    title: str
    outlet: str | None
    url: str | None
    published: date | None
    language: str
    format: str
    source_file: str


_SUMMARY_COLUMNS = (
    m.Article.id,
    m.Article.title,
    m.Article.outlet,
    m.Article.url,
    m.Article.published,
    m.Article.language,
    m.Article.format,
    m.Article.source_file,
)


def list_articles(
    library: Library,
    case_id: int | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
    after_id: int | None = None,
) -> list[ArticleSummary]:
    """Articles in id order; `after_id` pages by key, which stays fast deep into a big library."""
    query = select(*_SUMMARY_COLUMNS).order_by(m.Article.id).limit(limit)
    query = query.where(m.Article.id > after_id) if after_id is not None else query.offset(offset)
    if case_id is not None:
        query = query.join(m.CaseArticle, m.CaseArticle.article_id == m.Article.id).where(
            m.CaseArticle.case_id == case_id
        )
    with library.session() as session:
        return [ArticleSummary(*row) for row in session.execute(query).all()]


def count_articles(library: Library, case_id: int | None = None) -> int:
    query = select(func.count()).select_from(m.Article)
    if case_id is not None:
        query = (
            select(func.count()).select_from(m.CaseArticle).where(m.CaseArticle.case_id == case_id)
        )
    with library.session() as session:
        return session.scalar(query) or 0


def get_article(library: Library, article_id: int) -> ArticleRecord:
    with library.session() as session:
        row = session.get(m.Article, article_id)
        if row is None:
            raise NotFound(f"No article with id {article_id}. `workbench articles` lists them.")
        return article_record(row)


def article_files(library: Library, article_id: int) -> list[str]:
    """Every file name this article was imported from, duplicates included."""
    with library.session() as session:
        return list(
            session.scalars(
                select(m.ArticleFile.file_name)
                .where(m.ArticleFile.article_id == article_id)
                .order_by(m.ArticleFile.id)
            )
        )


def raw_text(library: Library, article_id: int) -> str:
    with library.session() as session:
        row = session.get(m.Article, article_id)
        if row is None:
            raise NotFound(f"No article with id {article_id}.")
        return row.raw_text


ARTICLE_FIELDS = ("title", "outlet", "url", "byline", "published")


def update_article(library: Library, article_id: int, **fields: object) -> ArticleRecord:
    """Correct what the file did not say (outlet, date, link, byline, title); never the text,
    which mention spans point into."""
    with library.session() as session:
        row = session.get(m.Article, article_id)
        if row is None:
            raise NotFound(f"No article with id {article_id}.")
        for name, value in fields.items():
            if name not in ARTICLE_FIELDS:
                raise WorkbenchError(f"Articles have no editable field {name!r}.")
            if isinstance(value, str):
                value = value.strip() or None
            if name == "title" and not value:
                raise WorkbenchError("An article needs a title.")
            if name == "published" and isinstance(value, str):
                value = _parse_date(value)
            old = getattr(row, name)
            if old != value:
                record_change(session, library.actor, "article", article_id, name, old, value)
                setattr(row, name, value)
        journal(session, "article", article_id)
        session.flush()
        return article_record(row)


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise WorkbenchError(f"{text!r} is not a date; write it as YYYY-MM-DD.") from error
