"""Library-wide settings: the newsroom that publishes the checks, where they are published, and
whose name the Word report carries as its author."""

from __future__ import annotations

from sqlalchemy import select

from workbench.core.errors import WorkbenchError
from workbench.store import Library
from workbench.store import models as m

NEWSROOM_NAME = "newsroom.name"
NEWSROOM_URL = "newsroom.url"
CHECKS_URL = "checks.url"  # the published check's address, for cases that have none of their own
REPORT_AUTHOR = "report.author"
KNOWN = {
    NEWSROOM_NAME: "the newsroom's name, the author of exported ClaimReview",
    NEWSROOM_URL: "the newsroom's web address",
    CHECKS_URL: "the address where checks are published (a case may have its own)",
    REPORT_AUTHOR: "the name the Word report gives as its author (default: the newsroom's name)",
}


def case_url_key(case_id: int) -> str:
    return f"case.{case_id}.url"


def get_setting(library: Library, key: str) -> str:
    with library.session() as session:
        row = session.get(m.Setting, key)
        return row.value if row else ""


def all_settings(library: Library) -> dict[str, str]:
    with library.session() as session:
        return {r.key: r.value for r in session.scalars(select(m.Setting).order_by(m.Setting.key))}


def set_setting(library: Library, key: str, value: str) -> str:
    """Set (or, with an empty value, clear) one setting; addresses must be web addresses."""
    value = value.strip()
    if key not in KNOWN and not (key.startswith("case.") and key.endswith(".url")):
        raise WorkbenchError(f"Unknown setting {key!r}; the settings are: {', '.join(KNOWN)}.")
    if value and key.endswith("url") and not value.startswith(("https://", "http://")):
        raise WorkbenchError(f"{key} must be a web address starting with https:// ({value!r}).")
    with library.session() as session:
        row = session.get(m.Setting, key)
        if not value:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(m.Setting(key=key, value=value))
        else:
            row.value = value
    return value


def check_url(library: Library, case_id: int) -> str:
    """Where a case's check is published: its own address, else the library's."""
    return get_setting(library, case_url_key(case_id)) or get_setting(library, CHECKS_URL)


def report_author(library: Library) -> str:
    """Who the report says wrote it: the name set for reports, else the newsroom's name.

    The computer's login name is never used: it is rarely how a checker signs their work.
    """
    return get_setting(library, REPORT_AUTHOR) or get_setting(library, NEWSROOM_NAME)
