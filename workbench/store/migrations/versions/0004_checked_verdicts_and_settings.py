"""Keep an archive of earlier verdicts (ClaimReview records) and library-wide settings."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "checked_verdict",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("ref", sa.String(200), nullable=True),
        sa.Column("claim", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("rating", sa.String(300), nullable=False),
        sa.Column("reviewer", sa.String(300), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("language", sa.String(12), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("claim_terms", sa.Text, nullable=False),
        sa.Column("title_terms", sa.Text, nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_checked_verdict"),
        sa.UniqueConstraint("fingerprint", name="uq_checked_verdict_fingerprint"),
    )
    op.create_index("ix_checked_verdict_ref", "checked_verdict", ["ref"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )
