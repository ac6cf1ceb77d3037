"""Failures of the disk or the database file, told apart from bugs and put in the user's words.

SQLite reports a full disk, a read-only file, a lock held too long and a damaged file as the same
exception type with different result codes; the window and the command line need to say which.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from workbench.core.errors import (
    DiskFull,
    LibraryDamaged,
    LibraryError,
    LibraryInUse,
    LibraryReadOnly,
)

# SQLite's primary result codes (the low byte of an extended code).
_PERM = 3
_BUSY = 5
_LOCKED = 6
_READONLY = 8
_IOERR = 10
_CORRUPT = 11
_FULL = 13
_CANTOPEN = 14
_NOTADB = 26
_ALMOST_FULL = 1 << 20
_NO_ROOM = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}


def storage_error(error: BaseException, folder: Path) -> LibraryError | None:
    """The project's error for a disk or database-file failure; None for anything else."""
    if isinstance(error, LibraryError):
        return error
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, sqlite3.Error):
        return _sqlite_error(original, folder)
    if isinstance(original, OSError):
        if original.errno in _NO_ROOM:
            return disk_full(folder)
        if original.errno == errno.EROFS:
            return read_only(folder)
    return None


def disk_full(folder: Path) -> DiskFull:
    return DiskFull(
        f"The disk holding the library ({folder}) is full, so the last change was not saved; "
        "everything saved before it is safe. Free some space and try again."
    )


def read_only(folder: Path) -> LibraryReadOnly:
    return LibraryReadOnly(
        f"The library in {folder} is read-only (a write-protected disk or folder): it can be "
        "read, searched and exported to another folder, but not changed."
    )


def damaged(folder: Path, detail: str = "") -> LibraryDamaged:
    why = f" ({detail})" if detail else ""
    newest = newest_backup(folder)
    where = f"the newest backup is {newest}" if newest else "there is no backup of it"
    return LibraryDamaged(
        f"The library's database in {folder} is damaged{why}; {where}. "
        "`workbench check` says what is wrong."
    )


def _no_room(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _ALMOST_FULL
    except OSError:
        return False


def newest_backup(folder: Path) -> Path | None:
    """The most recent copy in the library's backups folder, or None."""
    try:
        copies = [(p.stat().st_mtime, p) for p in (folder / "backups").glob("workbench-*.sqlite")]
    except OSError:
        return None
    return max(copies)[1] if copies else None


def _sqlite_error(error: sqlite3.Error, folder: Path) -> LibraryError | None:
    code = getattr(error, "sqlite_errorcode", None)
    message = str(error).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _FULL or "disk is full" in message:
        return disk_full(folder)
    if primary in (_READONLY, _PERM) or "readonly database" in message:
        return read_only(folder)
    if primary in (_BUSY, _LOCKED) or "database is locked" in message:
        return LibraryInUse(
            f"The library in {folder} is busy: another program kept it locked too long. "
            "Nothing was changed; try again."
        )
    if primary in (_CORRUPT, _NOTADB) or "malformed" in message:
        return damaged(folder, str(error))
    if primary == _IOERR and _no_room(folder):
        # SQLite reports some writes that hit a full disk as a plain I/O error.
        return disk_full(folder)
    if primary == _IOERR:
        return LibraryError(
            f"The disk holding the library ({folder}) could not be read or written ({error}); "
            "the last change was not saved. Check the disk, then try again."
        )
    if primary == _CANTOPEN:
        return LibraryError(f"The library's database in {folder} cannot be opened ({error}).")
    return None
