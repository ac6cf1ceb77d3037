"""An exclusive lock on a library folder, so a second program is told the library is in use.

The lock is an OS lock on open files, never a file's presence: the OS drops it when the program
dies, and deleting `library.lock` does not release it. On POSIX the folder itself is locked too,
since a deleted lock file would otherwise let a second program lock a new file of the same name;
on Windows an open file cannot be deleted in the first place.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from workbench.core.errors import LibraryError, LibraryInUse

LOCK_NAME = "library.lock"
_BUSY = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int, *, shared: bool = False) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _lock_folder(folder: Path, *, shared: bool) -> int | None:
        return None

else:
    import fcntl

    def _try_lock(fd: int, *, shared: bool = False) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in _BUSY:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _lock_folder(folder: Path, *, shared: bool) -> int | None:
        """Lock the folder itself; None where the file system cannot lock a folder."""
        try:
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            return None
        try:
            locked = _try_lock(fd, shared=shared)
        except OSError:  # e.g. a network file system that only locks files opened for writing
            os.close(fd)
            return None
        if not locked:
            os.close(fd)
            raise _in_use(folder, _holder(folder / LOCK_NAME))
        return fd


class FolderLock:
    """Held for as long as a library is open. The OS drops it if the program dies.

    `shared` is for a read-only library: several readers may hold it, a writer may not.
    """

    def __init__(self, folder: Path, *, shared: bool = False) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self.shared = shared
        self._file: int | None = None
        self._folder: int | None = None

    def acquire(self) -> None:
        fd = self._open_lock_file()
        try:
            if fd is not None and not _try_lock(fd, shared=self.shared):
                raise _in_use(self.folder, _holder(self.path))
            self._folder = _lock_folder(self.folder, shared=self.shared)
        except BaseException:
            if fd is not None:
                os.close(fd)
            raise
        self._file = fd
        if fd is not None and not self.shared:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"process {os.getpid()}".encode())

    def release(self) -> None:
        for fd in (self._folder, self._file):
            if fd is not None:
                try:
                    _unlock(fd)
                finally:
                    os.close(fd)
        self._folder = self._file = None

    def _open_lock_file(self) -> int | None:
        """The lock file, opened without following a link; None for a reader with no file."""
        nofollow = getattr(os, "O_NOFOLLOW", 0)
        flags = (os.O_RDONLY if self.shared else os.O_RDWR | os.O_CREAT) | nofollow
        try:
            fd = os.open(self.path, flags, 0o644)
        except FileNotFoundError:
            if self.shared:
                return None
            raise self._not_a_lock("cannot be created") from None
        except IsADirectoryError:
            raise self._not_a_lock("is a folder") from None
        except OSError as error:
            if self.path.is_symlink():
                raise self._not_a_lock("is a link") from error
            if self.path.is_dir():
                raise self._not_a_lock("is a folder") from error
            raise LibraryError(
                f"Cannot use the library in {self.folder}: {self.path.name} cannot be opened "
                f"({error.strerror or error})."
            ) from error
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise self._not_a_lock("is not a plain file")
        return fd

    def _not_a_lock(self, what: str) -> LibraryError:
        return LibraryError(
            f"Cannot use the library in {self.folder}: {self.path} {what}, where Workbench keeps "
            "its lock file. Make sure no Workbench has the library open, then remove it."
        )


def _holder(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read(200).strip() or "another program"
    except OSError:
        return "another program"


def _in_use(folder: Path, holder: str) -> LibraryInUse:
    return LibraryInUse(
        f"The library in {folder} is open in another Workbench ({holder}). "
        "Close it there, or open a different library with --data."
    )
