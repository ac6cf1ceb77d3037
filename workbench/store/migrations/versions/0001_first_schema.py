"""The first schema: cases, articles, sources, claims, mentions, evidence and the audit trail.

Tables are written out here, not imported from the models, so this migration stays what it was.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Source names compare without regard to case, as SQLite's NOCASE has them compare.
        op.execute(
            'CREATE COLLATION IF NOT EXISTS "NOCASE" '
            "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
        )
    op.create_table(
        "case",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("verdict", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_case"),
        sa.UniqueConstraint("title", name="uq_case_title"),
    )
    op.create_table(
        "article",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("outlet", sa.String(300)),
        sa.Column("url", sa.Text),
        sa.Column("byline", sa.String(500)),
        sa.Column("published", sa.Date),
        sa.Column("language", sa.String(12), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("raw_text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source_file", sa.Text, nullable=False),
        sa.Column("format", sa.String(12), nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_article"),
        sa.UniqueConstraint("content_hash", name="uq_article_content_hash"),
    )
    op.create_index("ix_article_published", "article", ["published"])
    op.create_table(
        "case_article",
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case.id"], name="fk_case_article_case_id_case", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name="fk_case_article_article_id_article",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "article_id", name="pk_case_article"),
    )
    op.create_index("ix_case_article_article_id", "case_article", ["article_id"])
    op.create_table(
        "source",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(300, collation="NOCASE"), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_source"),
        sa.UniqueConstraint("name", name="uq_source_name"),
    )
    op.create_table(
        "claim",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("source_id", sa.Integer),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case.id"], name="fk_claim_case_id_case", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name="fk_claim_source_id_source", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_claim"),
    )
    op.create_index("ix_claim_case_id", "claim", ["case_id"])
    op.create_index("ix_claim_source_id", "claim", ["source_id"])
    op.create_table(
        "mention",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("claim_id", sa.Integer, nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("source_id", sa.Integer),
        sa.Column("stance", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name="fk_mention_claim_id_claim", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name="fk_mention_article_id_article",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name="fk_mention_source_id_source", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_mention"),
    )
    op.create_index("ix_mention_claim_id", "mention", ["claim_id"])
    op.create_index("ix_mention_article_id", "mention", ["article_id"])
    op.create_index("ix_mention_source_id", "mention", ["source_id"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("claim_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("reference", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name="fk_evidence_claim_id_claim", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
    )
    op.create_index("ix_evidence_claim_id", "evidence", ["claim_id"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("entity", sa.String(30), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("reason", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit"),
    )
    op.create_index("ix_audit_entity", "audit", ["entity", "entity_id"])
