"""The library on disk: SQLAlchemy models over SQLite, opening, upgrading and backing up."""

from workbench.store.library import Library

__all__ = ["Library"]
