"""Every service test runs on a library folder (SQLite) and on a team library (PostgreSQL)."""

from tests.engines import library

__all__ = ["library"]
