"""The tables of a library. The schema only changes through an Alembic migration."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Case(Base):
    __tablename__ = "case"
    __table_args__ = (Index("ix_case_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Lasting identity across case files: ids are remapped on import, this is not.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid)
    title: Mapped[str] = mapped_column(String(500), unique=True)
    question: Mapped[str] = mapped_column(Text, default="")
    verdict: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    claims: Mapped[list[Claim]] = relationship(back_populates="case", cascade="all, delete-orphan")


class Article(Base):
    __tablename__ = "article"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(String(500))
    published: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(12), default="und")
    text: Mapped[str] = mapped_column(Text)
    raw_text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_file: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(12))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ArticleFile(Base):
    """Every file an article was imported from, duplicates included."""

    __tablename__ = "article_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CaseArticle(Base):
    __tablename__ = "case_article"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Source(Base):
    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300, collation="NOCASE"), unique=True)
    kind: Mapped[str] = mapped_column(String(30))


class Claim(Base):
    __tablename__ = "claim"
    __table_args__ = (Index("ix_claim_case_id_uuid", "case_id", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Shared by a key's claim and the same claim in its exercise, so answers can be scored.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="unverified")
    note: Mapped[str] = mapped_column(Text, default="")
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Raised by every change; an UPDATE that finds another version was overtaken and is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)

    case: Mapped[Case] = relationship(back_populates="claims")
    mentions: Mapped[list[Mention]] = relationship(
        back_populates="claim", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Mention(Base):
    __tablename__ = "mention"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )
    stance: Mapped[str] = mapped_column(String(20), default="asserts")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="mentions")


class Evidence(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    reference: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only: every edit and status change, written in the same transaction as the change."""

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


class IndexJournal(Base):
    """Changes the search index has yet to apply: written with the change, cleared once indexed."""

    __tablename__ = "index_journal"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)


class SavedSearch(Base):
    __tablename__ = "saved_search"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    query: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="articles")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CheckedVerdict(Base):
    """An earlier verdict on a claim: the newsroom's own or another fact-checker's ClaimReview."""

    __tablename__ = "checked_verdict"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id the record carried in its file, shown to the user as `ref`.
    ref: Mapped[str | None] = mapped_column(String(200), index=True)
    claim: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[str] = mapped_column(String(300), default="")
    reviewer: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(12), default="und")
    # Folds the same verdict imported twice, from one file or several.
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    # The matcher's terms, worked out once at import so an archive loads without re-analysing.
    claim_terms: Mapped[str] = mapped_column(Text, default="")
    title_terms: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """One library-wide preference, such as the newsroom's name in exports."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Member(Base):
    """A team library's member: the login the audit trail records, and the name it shows."""

    __tablename__ = "member"

    login: Mapped[str] = mapped_column(String(200), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))


class Checkout(Base):
    """One side of a case's check-out: lent from this library, or borrowed into it.

    The same `uuid` names the check-out in both libraries. `base` (borrowed side) is the case as
    it was lent, as JSON; `returned_at` is set when it is checked in.
    """

    __tablename__ = "checkout"
    __table_args__ = (
        Index("ix_checkout_uuid_side", "uuid", "side", unique=True),
        Index("ix_checkout_case_uuid", "case_uuid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid)
    case_uuid: Mapped[str] = mapped_column(String(36))
    side: Mapped[str] = mapped_column(String(10))  # "lent" or "borrowed"
    by: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Where the other side lives: the team library's location, or the laptop library's name.
    other: Mapped[str] = mapped_column(Text)
    other_id: Mapped[str] = mapped_column(String(36))
    # The case's title in this library when another case here already had the lent title.
    local_title: Mapped[str | None] = mapped_column(Text)
    base: Mapped[str | None] = mapped_column(Text)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_by: Mapped[str | None] = mapped_column(String(200))
