"""Remember every file an article came from, journal index changes, and keep saved searches."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "article_file",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name="fk_article_file_article_id_article",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_article_file"),
    )
    op.create_index("ix_article_file_article_id", "article_file", ["article_id"])
    # Articles imported under the first schema keep the file they came from.
    op.execute(
        "INSERT INTO article_file (article_id, file_name, imported_at) "
        "SELECT id, source_file, imported_at FROM article"
    )
    op.create_table(
        "index_journal",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_index_journal"),
    )
    op.create_table(
        "saved_search",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_saved_search"),
        sa.UniqueConstraint("name", name="uq_saved_search_name"),
    )
