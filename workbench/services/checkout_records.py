"""The records of check-outs: which cases are out, to or from where, and each library's identity."""

from __future__ import annotations

import platform
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.core.errors import NotFound, WorkbenchError
from workbench.services.cases import find_case
from workbench.store import Library
from workbench.store import models as m
from workbench.store.server import is_server_address

LENT, BORROWED = "lent", "borrowed"
LIBRARY_ID = "library.id"


@dataclass(frozen=True)
class CheckoutMark:
    """A case's open check-out, as the case lists show it."""

    case_id: int
    side: str  # LENT: this library lent it out; BORROWED: this is the laptop's copy
    by: str
    at: datetime
    other: str

    def line(self) -> str:
        when = self.at.strftime("%Y-%m-%d %H:%M")
        if self.side == LENT:
            return f"checked out by {self.by} to {self.other} since {when} UTC"
        return f"checked out from {self.other} since {when} UTC"


def library_id(library: Library) -> str:
    """This library's lasting identity, made the first time it is asked for."""
    with library.session() as session:
        row = session.get(m.Setting, LIBRARY_ID)
        if row is None:
            row = m.Setting(key=LIBRARY_ID, value=str(uuid.uuid4()))
            session.add(row)
        return row.value


def known_library_id(library: Library) -> str:
    """The library's identity if it has one; reading it needs no right to write (a team
    library's checkers may not add settings)."""
    with library.session() as session:
        row = session.get(m.Setting, LIBRARY_ID)
        return row.value if row else ""


def library_name(library: Library) -> str:
    """How the team sees a laptop library: who, on which machine, which folder."""
    return f"{library.actor}@{platform.node() or 'laptop'}:{library.folder}"


def location_of(library: Library) -> str:
    """Where to reach the library again: its folder, or its server address (never a password)."""
    return library.address


def open_library_at(location: str) -> Library:
    """The team library at a folder or a ``postgresql://`` address."""
    if is_server_address(location):
        return Library.connect(location)
    if "://" in location:
        raise WorkbenchError(
            f"{location} is neither a library folder nor a team server's postgresql:// address."
        )
    folder = Path(location).expanduser()
    if not (folder / "workbench.sqlite").is_file():
        raise NotFound(f"There is no Workbench library in {folder}.")
    return Library.open(folder)


def borrowed_from(laptop: Library, case: str | int) -> str:
    """Where the laptop's copy of `case` was checked out from (what check-in goes back to)."""
    found = find_case(laptop, case)
    with laptop.session() as session:
        row = session.get(m.Case, found.id)
        record = open_record(session, str(row.uuid), BORROWED) if row and row.uuid else None
        if record is None:
            raise NotFound(f"“{found.title}” is not checked out into this library.")
        return record.other


def open_record(session: Session, case_uuid: str, side: str) -> m.Checkout | None:
    return session.scalars(
        select(m.Checkout)
        .where(
            m.Checkout.case_uuid == case_uuid,
            m.Checkout.side == side,
            m.Checkout.returned_at.is_(None),
        )
        .order_by(m.Checkout.id.desc())
    ).first()


def last_record(session: Session, case_uuid: str, side: str) -> m.Checkout | None:
    return session.scalars(
        select(m.Checkout)
        .where(m.Checkout.case_uuid == case_uuid, m.Checkout.side == side)
        .order_by(m.Checkout.id.desc())
    ).first()


def close_record(session: Session, record_uuid: str, side: str, actor: str) -> m.Checkout | None:
    record = session.scalars(
        select(m.Checkout).where(m.Checkout.uuid == record_uuid, m.Checkout.side == side)
    ).first()
    if record is not None and record.returned_at is None:
        record.returned_at = m.utcnow()
        record.returned_by = actor
    return record


def checkout_marks(library: Library) -> dict[int, CheckoutMark]:
    """Each case of the library that is checked out, lent or borrowed, by case id."""
    with library.session() as session:
        rows = session.execute(
            select(m.Case.id, m.Checkout)
            .join(m.Checkout, m.Checkout.case_uuid == m.Case.uuid)
            .where(m.Checkout.returned_at.is_(None))
            .order_by(m.Checkout.id)
        ).all()
        return {case_id: CheckoutMark(case_id, r.side, r.by, r.at, r.other) for case_id, r in rows}
