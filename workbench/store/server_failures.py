"""What goes wrong with a team server, in the user's words: unreachable, stopped, or refusing.

A commit the server never answered is the one case where the outcome is unknown; the audit row
written in the same transaction as every change says afterwards whether it was saved, since a
transaction is saved whole or not at all.
"""

from __future__ import annotations

import time

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from workbench.core.errors import NotPermitted, ServerUnavailable, WorkbenchError

# SQLSTATE classes and codes (PostgreSQL appendix A).
_CONNECTION = "08"
_OPERATOR_INTERVENTION = "57"
_INSUFFICIENT_PRIVILEGE = "42501"
_QUERY_CANCELED = "57014"
_RETRY = {"40001", "40P01"}  # serialization failure, deadlock

# What each role may not do, said as the action a user tried.
_NEEDS = {
    "reader": "readers can search, read and export, but not change the library",
    "checker": "setting verdicts, merging sources and deleting need the editor role",
}


def sqlstate(error: BaseException) -> str | None:
    original = error.orig if isinstance(error, DBAPIError) else error
    return getattr(original, "sqlstate", None)


def server_error(
    error: BaseException,
    address: str,
    *,
    saved: bool | None = False,
    role: str = "",
    changing: bool = True,
) -> WorkbenchError | None:
    """The project's error for a server failure; None for anything that is not one (a bug).

    `saved` tells a failed commit's outcome: False not saved, None unknown; `changing` is False
    while connecting or reading, when there is no change to speak of.
    """
    code = sqlstate(error) or ""
    original = error.orig if isinstance(error, DBAPIError) else error
    detail = str(original).strip().splitlines()[0] if str(original).strip() else ""
    if code == _INSUFFICIENT_PRIVILEGE:
        why = _NEEDS.get(role, "your role on the team library does not allow it")
        return NotPermitted(f"The team library refused this change: {why} ({detail}).")
    if code in _RETRY:
        return WorkbenchError(
            "Someone else changed the same records at the same moment, so this change was not "
            "saved; try it again."
        )
    lost = (
        code.startswith((_CONNECTION, _OPERATOR_INTERVENTION))
        or (isinstance(error, DBAPIError) and error.connection_invalidated)
        or (original is not None and _is_operational(original))
    )
    if not lost:
        return None
    if code == _QUERY_CANCELED:
        what = "took too long to answer"
    else:
        what = "cannot be reached" if not detail else f"cannot be reached ({detail})"
    if not changing:
        return ServerUnavailable(f"The team server {address} {what}.")
    if saved is None:
        outcome = (
            "the last change was not confirmed: it was saved whole or not at all, and Workbench "
            "checks which when the server is back"
        )
    else:
        outcome = "the last change was not saved; everything confirmed before it is safe"
    return ServerUnavailable(f"The team server {address} {what}: {outcome}.")


def _is_operational(original: BaseException) -> bool:
    # psycopg's OperationalError, named without importing the driver.
    return any(kind.__name__ == "OperationalError" for kind in type(original).__mro__)


def settle_commit(engine: Engine, audit_id: int | None, attempts: int = 3) -> bool | None:
    """Whether a change whose commit got no answer was saved: True, False, or None (unknown)."""
    if audit_id is None:
        return False
    for attempt in range(attempts):
        try:
            with engine.connect() as connection:
                found = connection.execute(
                    text("SELECT 1 FROM audit WHERE id = :id"), {"id": audit_id}
                ).first()
            return found is not None
        except DBAPIError:
            time.sleep(0.2 * (attempt + 1))
    return None


def settled(engine: Engine, audit_ids: list[int]) -> dict[int, bool]:
    """For changes never confirmed, which were saved; raises when the server is still away."""
    if not audit_ids:
        return {}
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id FROM audit WHERE id = ANY(:ids)"), {"ids": list(audit_ids)}
        )
        found = {row[0] for row in rows}
    return {i: i in found for i in audit_ids}
