"""Errors a user can act on. Shells show the message; anything else is a bug for the crash log."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.core.records import ClaimRecord


class WorkbenchError(Exception):
    """A failure that is not a bug: its message is written for the user."""


class ImportRejected(WorkbenchError):
    """A file could not be imported; the message names the file and the reason."""


class LibraryError(WorkbenchError):
    """The library folder or database cannot be used as asked."""


class LibraryInUse(LibraryError):
    """Another process holds the library open for writing."""


class LibraryReadOnly(LibraryError):
    """The library is on a read-only disk or folder: it can be read, searched and exported from."""


class DiskFull(LibraryError):
    """The disk holding the library has no room left; the change that needed it was not saved."""


class LibraryDamaged(LibraryError):
    """The database file itself is damaged; the backups folder holds earlier copies."""


class NotFound(WorkbenchError):
    """A case, article or claim named by the user does not exist."""


class BadQuery(WorkbenchError):
    """A search query could not be understood even in part."""


class ExportError(WorkbenchError):
    """A report or export could not be written."""


class BundleRejected(WorkbenchError):
    """A case file is broken, hostile or from a newer version."""


class ServerUnavailable(LibraryError):
    """The team server cannot be reached, or stopped answering during a change."""


class NotPermitted(WorkbenchError):
    """The team server refused a change the user's role does not allow."""


class ClaimChanged(WorkbenchError):
    """Someone else changed a claim after this view of it was read: the change was not made.

    `theirs` is the claim as it now stands, `mine` the fields this change would have set; the
    user picks, and a retry names `theirs.version` as the version it overwrites.
    """

    def __init__(
        self, theirs: ClaimRecord, mine: dict[str, str], by: str, at: datetime | None
    ) -> None:
        when = f" at {at:%H:%M:%S} on {at:%Y-%m-%d}" if at else ""
        super().__init__(
            f"Claim {theirs.id} was changed by {by}{when}, after you read it; your change was "
            "not saved. Both versions are shown: keep theirs or put yours over it."
        )
        self.theirs = theirs
        self.mine = mine
        self.by = by
        self.at = at


class CheckoutRefused(WorkbenchError):
    """A case cannot be checked out or in as it stands; nothing was changed."""


class CheckoutCancelled(WorkbenchError):
    """The user stopped a check-out or check-in before it was saved; nothing changed."""
