"""Rebuilding the search index in a child process, so the window's thread never waits on it.

Whoosh is pure Python: a rebuild in a worker thread still competes with the window for the
interpreter, and some of its steps hold it for long stretches. A child process has its own.
The child reads the database (WAL lets it read while the window writes), builds the index beside
the old one and swaps it in; it prints one progress line per thousand documents.

    python -m workbench.services.rebuild_child LIBRARY_FOLDER
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from workbench.core.errors import LibraryError
from workbench.search.index import RebuildCancelled
from workbench.store.library import DB_NAME, Library, make_engine
from workbench.store.lock import FolderLock

CHILD_FLAG = "--rebuild-index"  # how a packaged app is told to act as the child


def child_command(folder: Path) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, str(folder)]
    return [sys.executable, "-m", "workbench.services.rebuild_child", str(folder)]


def rebuild_in_child(
    folder: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Run the rebuild in a child; raises RebuildCancelled or LibraryError, else returns done."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    child = subprocess.Popen(
        child_command(folder),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if cancelled is not None and cancelled():
                child.terminate()
                child.wait()
                raise RebuildCancelled("The rebuild of the search index was cancelled.")
            if line.startswith("progress ") and progress is not None:
                progress(int(line.split()[1]))
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode != 0:
        error = (child.stderr.read() if child.stderr else "").strip().splitlines()
        reason = error[-1] if error else f"exit status {child.returncode}"
        raise LibraryError(f"The search index could not be rebuilt: {reason}")


def _writer_processes() -> int:
    """Whoosh's parallel writer forks; this process runs no threads, so forking is safe here."""
    if os.name != "posix":
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def main(argv: list[str] | None = None) -> int:
    from workbench.services.searching import rebuild_index

    folder = Path((argv or sys.argv[1:])[0])
    # The parent holds the library's lock; this process only reads the database and writes the
    # index, which the parent leaves alone until it hears the rebuild is done.
    library = Library(folder, folder / "exports", make_engine(folder / DB_NAME), FolderLock(folder))
    last = 0

    def report(done: int) -> None:
        nonlocal last
        if done - last >= 1000:
            last = done
            print(f"progress {done}", flush=True)

    try:
        rebuild_index(library, report, procs=_writer_processes()).close()
    finally:
        library.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
