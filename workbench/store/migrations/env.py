"""Alembic environment: runs on the connection the Library hands over, in batch mode for SQLite."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
