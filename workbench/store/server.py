"""A team library's address: a PostgreSQL URL, reached with psycopg 3 through libpq.

Credentials never pass through Workbench: libpq finds them itself in ``~/.pgpass`` (or
``PGPASSFILE``), a service file (``?service=desk``), client certificates and ``sslmode``. An
address that carries a password is refused, so none ends up in settings, logs or shell history.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from urllib.parse import unquote

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from workbench.core.errors import LibraryError

SCHEMES = ("postgresql", "postgres")
# A statement that waits this long for a lock or a dead server is stopped, so a marking is
# answered (saved or refused) instead of hanging the window.
STATEMENT_TIMEOUT_MS = 15_000
CONNECT_TIMEOUT_S = 5


def is_server_address(text: str | None) -> bool:
    """Whether a location names a team server rather than a library folder."""
    if not text:
        return False
    scheme = str(text).split(":", 1)[0].split("+", 1)[0].lower()
    return scheme in SCHEMES and "://" in str(text)


def server_url(address: str) -> URL:
    """The SQLAlchemy URL for a ``postgresql://`` address, with psycopg 3 as its driver."""
    try:
        url = make_url(address)
    except ArgumentError as error:
        raise LibraryError(f"{address!r} is not a server address ({error}).") from error
    if url.get_backend_name() not in SCHEMES:
        raise LibraryError(
            f"{address!r} is not a team library address: it starts with postgresql://"
        )
    if url.password:
        raise LibraryError(
            "The server address holds a password. Put the password in ~/.pgpass (or the file "
            "PGPASSFILE names) or in a service file, and give the address without it."
        )
    return url.set(drivername="postgresql+psycopg")


def shown_address(url: URL) -> str:
    """The address as the user typed it, without the driver name."""
    return unquote(url.set(drivername="postgresql").render_as_string(hide_password=True))


def cache_name(url: URL) -> str:
    """A folder name for this server's local search index, readable and unique per address."""
    shown = shown_address(url)
    readable = re.sub(r"[^A-Za-z0-9]+", "-", f"{url.host or 'local'}-{url.database or ''}")
    digest = hashlib.sha1(shown.encode()).hexdigest()[:8]
    return f"{readable.strip('-')[:40]}-{digest}"


def make_server_engine(url: URL) -> Engine:
    """An engine whose connections are checked before use, so a restarted server is reconnected."""
    if importlib.util.find_spec("psycopg") is None:  # an optional dependency: the `team` extra
        raise LibraryError(
            "A team library needs the PostgreSQL driver: "
            "pip install 'factcheck-workbench[team]' (psycopg 3)."
        )
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
            "application_name": "workbench",
        },
    )
