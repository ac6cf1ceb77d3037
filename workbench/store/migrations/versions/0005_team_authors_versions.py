"""Claims carry a version, so a change made from an outdated view is refused, not lost; team
members get display names for the audit trail.

On PostgreSQL the collation "NOCASE" made by the first migration is what SQLite calls NOCASE.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    with op.batch_alter_table("claim") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.create_table(
        "member",
        sa.Column("login", sa.String(200), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("login", name="pk_member"),
    )
