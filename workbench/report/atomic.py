"""Write a file so that a crash or a full disk never leaves a half-written export behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from workbench.core.errors import ExportError


def atomic_write(path: Path, writer: Callable[[Path], None], overwrite: bool) -> Path:
    """Let `writer` fill a temporary file next to `path`, flush it to disk, then move it into place.

    Without `overwrite`, an existing file is left alone and ExportError says so; the final link is
    exclusive, so a file that appears meanwhile is not clobbered either.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise ExportError(f"{path} already exists; choose another name or allow overwriting it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        os.close(handle)
    except OSError as error:
        raise ExportError(f"cannot write to {path.parent}: {error.strerror or error}") from error
    temp = Path(temp_name)
    try:
        writer(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        _move_into_place(temp, path, overwrite)
        _sync_folder(path.parent)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return path


def _move_into_place(temp: Path, path: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)  # fails if the name was taken since the check above
    except FileExistsError as error:
        raise ExportError(
            f"{path} already exists; choose another name or allow overwriting it"
        ) from error
    except OSError:
        # Some file systems (FAT, certain network shares) cannot hard-link.
        if path.exists():
            raise ExportError(
                f"{path} already exists; choose another name or allow overwriting it"
            ) from None
        os.replace(temp, path)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
