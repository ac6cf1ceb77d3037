"""Record which cases are checked out to which library, and what each check-out started from.

Both libraries keep a row for one check-out, under the same uuid: the team library's says the
case is lent (shown to the team), the laptop's says it is borrowed and holds the state of the case
as it was lent, which check-in needs to tell each side's changes from the other's.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.create_table(
        "checkout",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("other", sa.Text, nullable=False),
        sa.Column("other_id", sa.String(36), nullable=False),
        sa.Column("local_title", sa.Text, nullable=True),
        sa.Column("base", sa.Text, nullable=True),
        sa.Column("returned_at", sa.DateTime, nullable=True),
        sa.Column("returned_by", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_checkout"),
    )
    op.create_index("ix_checkout_uuid_side", "checkout", ["uuid", "side"], unique=True)
    op.create_index("ix_checkout_case_uuid", "checkout", ["case_uuid"])
