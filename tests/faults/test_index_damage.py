"""Flipped bytes in the search index: a search rebuilds it, `check` reads it through."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import run_cli
from workbench.search.soundness import damaged_files
from workbench.services.demo import load_demo_case
from workbench.services.searching import open_search
from workbench.store import Library


@pytest.fixture
def demo_library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    with Library.open(folder) as library:
        load_demo_case(library)
        open_search(library).close()
    return folder


def _flip(folder: Path, suffix: str, fraction: float, width: int = 200) -> list[Path]:
    """Overwrite `width` bytes at `fraction` of each article file with `suffix` with 0xFF."""
    files = sorted((folder / "index").glob(f"articles_*{suffix}"))
    assert files
    for path in files:
        data = bytearray(path.read_bytes())
        start = int(len(data) * fraction)
        data[start : start + width] = bytes(0xFF ^ b for b in data[start : start + width])
        path.write_bytes(bytes(data))
    return files


def test_a_search_that_meets_a_damaged_posting_file_rebuilds_and_answers(
    demo_library: Path,
) -> None:
    with Library.open(demo_library) as library:
        search = open_search(library)
        before = search.search("launchers").total
        search.close()
    _flip(demo_library, ".pst", 0.1)
    assert damaged_files(demo_library / "index")

    with Library.open(demo_library) as library:
        search = open_search(library)
        try:
            results = search.search("launchers")
        finally:
            search.close()
    assert results.total == before
    assert any("rebuilt" in notice for notice in results.notices)
    assert not damaged_files(demo_library / "index")


def test_the_command_line_search_rebuilds_a_damaged_index_with_one_note(
    demo_library: Path,
) -> None:
    _flip(demo_library, ".pst", 0.1)
    result = run_cli(demo_library, "search", "launchers")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "4 found" in result.stdout
    assert "rebuilt" in result.stdout + result.stderr


@pytest.mark.parametrize("suffix", [".pst", ".trm"])
def test_check_reads_the_index_through_and_repairs_it(demo_library: Path, suffix: str) -> None:
    # Damage in the middle of a file changes answers without any error: only reading it tells.
    _flip(demo_library, suffix, 0.5, width=40)
    result = run_cli(demo_library, "check")
    assert result.returncode == 1
    assert "search index" in result.stdout
    assert "rebuilt" in result.stdout
    assert run_cli(demo_library, "check").returncode == 0


def test_the_window_opening_the_index_finds_silent_damage(demo_library: Path) -> None:
    _flip(demo_library, ".pst", 0.5, width=40)
    with Library.open(demo_library) as library:
        search = open_search(library, in_child=True)
        search.close()
    assert not damaged_files(demo_library / "index")
