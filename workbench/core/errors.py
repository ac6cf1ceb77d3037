"""Errors a user can act on. Shells show the message; anything else is a bug for the crash log."""

from __future__ import annotations


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
