"""Real faults for real files: a small full disk, a read-only mount, a second process.

A tmpfs and a read-only bind mount need root (CI runs as root); elsewhere a read-only folder is
made with permissions, and the full-disk tests are skipped.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from workbench.cli.main import main


def _root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB tmpfs of its own, so filling it fills nothing else."""
    target = tmp_path / "disk"
    target.mkdir()
    if not _root() or not _mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(target)):
        pytest.skip("a tmpfs cannot be mounted here (needs root)")
    yield target
    _unmount(target)


def fill(disk: Path, leave: int) -> Path:
    """Fill `disk` until only about `leave` bytes are free; returns the filler to delete."""
    filler = disk / "filler.bin"
    free = shutil.disk_usage(disk).free
    with filler.open("wb") as handle:
        chunk = b"\0" * 65536
        remaining = max(0, free - leave)
        while remaining > 0:
            try:
                handle.write(chunk[: min(len(chunk), remaining)])
                handle.flush()
            except OSError:
                break
            remaining -= len(chunk)
    return filler


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """Make a read-only view of a folder: a read-only bind mount as root, permissions otherwise."""
    mounted: list[Path] = []
    protected: list[Path] = []

    def make(folder: Path) -> Path:
        if _root():
            view = tmp_path / f"ro-{len(mounted)}"
            view.mkdir()
            if _mount("--bind", "-o", "ro", str(folder), str(view)):
                mounted.append(view)
                return view
            pytest.skip("a read-only bind mount cannot be made here")
        for path in [folder, *folder.rglob("*")]:
            mode = path.stat().st_mode
            path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
            protected.append(path)
        return folder

    yield make
    for view in mounted:
        _unmount(view)
    for path in reversed(protected):
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def run_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line, run in this process with its output captured."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data", str(data), *args])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def run_process(data: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--data", str(data), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    """The error line of a failed command, after checking it is the only one and no traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    return errors[0]
