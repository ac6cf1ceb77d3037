"""A full disk and a read-only library: one clear line, nothing lost, the two told apart."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import DEMO
from tests.faults.conftest import fill, one_clear_line, run_cli
from workbench.core.errors import DiskFull
from workbench.store import Library


def _articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        body = " ".join(
            f"Harbour clerk {n} said crate {i} left the quay at dawn on day {n + i}."
            for i in range(60)
        )
        (folder / f"note_{n:03d}.txt").write_text(
            f"Quay ledger number {n} goes missing\n\n{body}\n", encoding="utf-8"
        )
    return folder


def _count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()


def test_disk_full_during_import_reports_exactly_what_was_saved(
    small_disk: Path, tmp_path: Path
) -> None:
    library = small_disk / "library"
    assert run_cli(library, "demo").returncode == 0
    filler = fill(small_disk, leave=600_000)
    result = run_cli(library, "import", str(_articles(tmp_path / "incoming", 200)))
    line = one_clear_line(result)
    assert result.returncode == 2
    assert "full" in line
    reported = result.stdout.count("\nimported ") + result.stdout.startswith("imported ")
    filler.unlink()
    # Every file the command said was imported is in the library, and no other.
    assert _count(library / "workbench.sqlite", "article") == 5 + reported
    assert f"saved {reported} file" in line

    check = run_cli(library, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "damaged" not in check.stdout + check.stderr


def test_a_full_disk_is_not_reported_as_damage(small_disk: Path) -> None:
    library = small_disk / "library"
    assert run_cli(library, "demo").returncode == 0
    shutil.rmtree(library / "index")
    filler = fill(small_disk, leave=0)
    for args in (
        ("cases",),
        ("claims", "1"),
        ("search", "launchers"),
        ("claim", "mark", "1", "sourced"),
    ):
        result = run_cli(library, *args)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert "damaged" not in result.stderr, (args, result.stderr)
        if result.returncode:
            assert "full" in one_clear_line(result), (args, result.stderr)
    filler.unlink()
    assert run_cli(library, "check").returncode == 0


def test_a_read_only_library_can_be_read_searched_and_exported_elsewhere(
    tmp_path: Path, read_only_view: Callable[[Path], Path]
) -> None:
    library = tmp_path / "library"
    assert run_cli(library, "demo").returncode == 0
    view = read_only_view(library)

    for args in (("cases",), ("claims", "1"), ("articles",), ("check",)):
        result = run_cli(view, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert "read-only" in result.stderr  # said once, as a note
    found = run_cli(view, "search", "launchers")
    assert found.returncode == 0, found.stderr
    assert "found" in found.stdout
    report = tmp_path / "elsewhere" / "report.docx"
    report.parent.mkdir()
    assert run_cli(view, "report", "1", "-o", str(report)).returncode == 0
    assert report.stat().st_size > 0

    refused = run_cli(view, "claim", "mark", "1", "sourced")
    assert refused.returncode == 2
    assert "read-only" in one_clear_line(refused)
    refused = run_cli(view, "import", str(DEMO / "articles"))
    assert "read-only" in one_clear_line(refused)


def test_a_read_only_library_with_its_index_gone_still_searches(
    tmp_path: Path, read_only_view: Callable[[Path], Path]
) -> None:
    library = tmp_path / "library"
    assert run_cli(library, "demo").returncode == 0
    shutil.rmtree(library / "index")
    view = read_only_view(library)
    found = run_cli(view, "search", "launchers")
    assert found.returncode == 0, found.stderr
    assert "found" in found.stdout
    assert not (view / "index").exists()  # built in a scratch folder, not on the read-only disk


def test_an_empty_read_only_folder_is_not_made_a_library(
    tmp_path: Path, read_only_view: Callable[[Path], Path]
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    view = read_only_view(folder)
    result = run_cli(view, "cases")
    assert result.returncode == 2
    assert "read-only" in one_clear_line(result)


def test_a_backup_that_does_not_fit_is_removed_and_does_not_stop_the_library(
    small_disk: Path,
) -> None:
    library_folder = small_disk / "library"
    assert run_cli(library_folder, "demo").returncode == 0
    with Library.open(library_folder) as library:
        before = (
            sorted(library.backups_dir.glob("*.sqlite")) if library.backups_dir.exists() else []
        )
        filler = fill(small_disk, leave=0)
        with pytest.raises(DiskFull):
            library.backup()
        assert library.backup_if_due(every=timedelta(0)) is None
        after = sorted(library.backups_dir.glob("*.sqlite")) if library.backups_dir.exists() else []
        assert after == before  # no half-written copy left to be mistaken for a backup
        filler.unlink()
        assert library.backup().stat().st_size > 0
