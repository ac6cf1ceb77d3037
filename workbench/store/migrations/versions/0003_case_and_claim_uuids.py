"""Give cases and claims a lasting identity that survives export to a case file and back.

Ids are remapped on every import, so a case file and a trainee's answers name cases and claims by
a UUID instead; rows made under earlier schemas get one here.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"

# Frozen copies of the two tables, as they stand after this migration.
_case = sa.table("case", sa.column("id", sa.Integer), sa.column("uuid", sa.String(36)))
_claim = sa.table("claim", sa.column("id", sa.Integer), sa.column("uuid", sa.String(36)))


def upgrade() -> None:
    with op.batch_alter_table("case") as batch:
        batch.add_column(sa.Column("uuid", sa.String(36), nullable=True))
    with op.batch_alter_table("claim") as batch:
        batch.add_column(sa.Column("uuid", sa.String(36), nullable=True))
    bind = op.get_bind()
    for table in (_case, _claim):
        ids = bind.execute(sa.select(table.c.id)).scalars().all()
        for row_id in ids:
            bind.execute(
                sa.update(table).where(table.c.id == row_id).values(uuid=str(uuid.uuid4()))
            )
    op.create_index("ix_case_uuid", "case", ["uuid"], unique=True)
    op.create_index("ix_claim_case_id_uuid", "claim", ["case_id", "uuid"], unique=True)
