"""A team library's roles: readers read, checkers mark, editors also decide and delete.

The server enforces them with grants, so a client that skips the window's checks is refused all
the same. Three group roles hold the grants; each person logs in with a role of their own made a
member of one of them (`workbench server add-user`). Roles belong to the whole PostgreSQL cluster;
the grants are made in each team library's database by `workbench server init`.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

READER, CHECKER, EDITOR = "workbench_reader", "workbench_checker", "workbench_editor"
ROLES = {"reader": READER, "checker": CHECKER, "editor": EDITOR}

# What a checker may write. Everything else is read-only to them; editors may change and delete
# any row (verdicts, merged sources, deleted claims and cases); nobody rewrites the audit trail.
CHECKER_WRITES: dict[str, str] = {
    "claim": "INSERT, UPDATE",
    "mention": "INSERT, UPDATE, DELETE",
    "evidence": "INSERT, UPDATE, DELETE",
    "source": "INSERT, UPDATE",
    "article": "INSERT, UPDATE",
    "article_file": "INSERT",
    "case_article": "INSERT",
    "saved_search": "INSERT, UPDATE, DELETE",
    "checked_verdict": "INSERT",
    "audit": "INSERT",
    "index_journal": "INSERT",
    # Checking a case out and in: the lent record is written, closed, or removed if the copy fails.
    "checkout": "INSERT, UPDATE, DELETE",
}
# A checker may open a case and word its question; its verdict and summary are the editor's.
CHECKER_CASE_COLUMNS = ("title", "question", "updated_at")
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def role_name(name: str) -> str:
    """A login name safe to write into a statement: lower-case letters, digits and underscores."""
    if not _NAME.match(name):
        raise ValueError(
            f"{name!r} cannot be a team member's login: use lower-case letters, digits and "
            "underscores, starting with a letter"
        )
    return name


def team_role(connection: Connection) -> str:
    """The current user's role on the team library: owner, editor, checker or reader."""
    row = connection.execute(
        text(
            "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            "pg_has_role(current_user, (SELECT nspowner FROM pg_namespace "
            "WHERE nspname = current_schema()), 'MEMBER'), "
            "EXISTS (SELECT 1 FROM pg_class WHERE relname = 'claim' "
            "AND pg_has_role(current_user, relowner, 'MEMBER'))"
        )
    ).one()
    if any(row):
        return "owner"
    for short in ("editor", "checker", "reader"):
        granted = connection.execute(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :role) "
                "AND pg_has_role(current_user, :role, 'MEMBER')"
            ),
            {"role": ROLES[short]},
        ).scalar()
        if granted:
            return short
    return "reader"


def create_roles(connection: Connection) -> None:
    """The three group roles, each holding the one below it; made once per cluster."""
    for role in (READER, CHECKER, EDITOR):
        connection.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                f"'{role}') THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
            )
        )
    connection.execute(text(f"GRANT {READER} TO {CHECKER}"))
    connection.execute(text(f"GRANT {CHECKER} TO {EDITOR}"))


def grant_rights(connection: Connection) -> None:
    """The grants of this database's tables, made again after every upgrade of the schema."""
    tables = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    ).scalars()
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {READER}'))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {READER}"))
    for role in (READER, CHECKER, EDITOR):
        connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"))
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {CHECKER}"))
    present = set(tables)
    for table, rights in CHECKER_WRITES.items():
        if table in present:
            connection.execute(text(f'GRANT {rights} ON "{table}" TO {CHECKER}'))
    columns = ", ".join(CHECKER_CASE_COLUMNS)
    connection.execute(text(f'GRANT INSERT, UPDATE ({columns}) ON "case" TO {CHECKER}'))
    for table in sorted(present - {"audit", "alembic_version"}):
        connection.execute(text(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {EDITOR}'))


def add_member(connection: Connection, login: str, role: str, display_name: str = "") -> None:
    """Make `login` a member of a team role (creating the login role without a password: the
    administrator sets one with psql's \\password, or the server trusts certificates or peers)."""
    login = role_name(login)
    group = ROLES[role]
    connection.execute(
        text(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{login}') THEN CREATE ROLE {login} LOGIN; END IF; END $$"
        )
    )
    for other in ROLES.values():
        if other != group:
            connection.execute(text(f"REVOKE {other} FROM {login}"))
    connection.execute(text(f"GRANT {group} TO {login}"))
    if display_name:
        connection.execute(
            text(
                "INSERT INTO member (login, display_name) VALUES (:login, :name) "
                "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name"
            ),
            {"login": login, "name": display_name},
        )
