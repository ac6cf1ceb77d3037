"""Setting up a team library on a server: its schema, its roles and their grants, its members."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from workbench.core.errors import LibraryError
from workbench.store import team
from workbench.store.library import head_revision, upgrade_database
from workbench.store.server import make_server_engine, server_url, shown_address
from workbench.store.server_failures import server_error


def init_server(address: str) -> str:
    """Create or upgrade the schema at `address`, make the team roles and grant them their rights.

    Run as the database's owner; safe to run again, and needed again after each upgrade of
    Workbench that changes the schema. Returns the schema revision now in place.
    """
    url = server_url(address)
    engine = make_server_engine(url)
    try:
        upgrade_database(engine)
        with engine.begin() as connection:
            team.create_roles(connection)
            team.grant_rights(connection)
    except DBAPIError as error:
        raise _refused(error, shown_address(url)) from error
    finally:
        engine.dispose()
    return head_revision()


def add_member(address: str, login: str, role: str, display_name: str = "") -> None:
    """Give `login` a team role (reader, checker or editor) and the name the trail shows."""
    if role not in team.ROLES:
        raise LibraryError(f"{role!r} is not a team role: reader, checker or editor.")
    try:
        team.role_name(login)
    except ValueError as error:
        raise LibraryError(str(error)) from error
    url = server_url(address)
    engine = make_server_engine(url)
    try:
        with engine.begin() as connection:
            team.add_member(connection, login, role, display_name)
    except DBAPIError as error:
        raise _refused(error, shown_address(url)) from error
    finally:
        engine.dispose()


def members(address: str) -> list[tuple[str, str, str]]:
    """Every login holding a team role, with its role and display name."""
    url = server_url(address)
    engine = make_server_engine(url)
    query = text(
        "SELECT r.rolname, g.rolname, coalesce(m.display_name, '') FROM pg_auth_members a "
        "JOIN pg_roles r ON r.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
        "LEFT JOIN member m ON m.login = r.rolname "
        "WHERE g.rolname = ANY(:groups) AND r.rolcanlogin ORDER BY r.rolname"
    )
    short = {group: name for name, group in team.ROLES.items()}
    try:
        with engine.connect() as connection:
            rows = connection.execute(query, {"groups": list(short)}).all()
    except DBAPIError as error:
        raise _refused(error, shown_address(url)) from error
    finally:
        engine.dispose()
    return [(login, short[group], name) for login, group, name in rows]


def _refused(error: DBAPIError, address: str) -> LibraryError:
    mapped = server_error(error, address)
    if isinstance(mapped, LibraryError):
        return mapped
    detail = str(error.orig).strip().splitlines()[0]
    return LibraryError(
        f"The server at {address} refused to set up the team library ({detail}): run this as "
        "the database's owner, with the right to create roles (CREATEROLE)."
    )
