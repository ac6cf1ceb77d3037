"""An exclusive lock on a library folder, so a second program is told the library is in use."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from workbench.core.errors import LibraryInUse

if os.name == "nt":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class FolderLock:
    """Held for as long as a library is open. The OS drops it if the program dies."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "library.lock"
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip() or "another program"
            handle.close()
            raise LibraryInUse(
                f"The library in {self.path.parent} is open in another Workbench ({holder}). "
                "Close it there, or open a different library with --data."
            )
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None
