"""The library file and its lock, damaged or tampered with: refused with one line, never reset."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.faults.conftest import one_clear_line, run_cli, run_process
from workbench.core.errors import LibraryError, LibraryInUse
from workbench.store import Library


def test_deleting_the_lock_file_does_not_let_a_second_program_write(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    with Library.open(folder):
        (folder / "library.lock").unlink()
        result = run_process(folder, "case", "new", "Written behind the window's back")
        assert result.returncode == 2
        assert "open in another Workbench" in one_clear_line(result)
        with pytest.raises(LibraryInUse):
            Library.open(folder)
    connection = sqlite3.connect(folder / "workbench.sqlite")
    assert connection.execute('SELECT count(*) FROM "case"').fetchone()[0] == 0
    connection.close()
    Library.open(folder).close()  # free again once the holder closes


@pytest.mark.parametrize("kind", ["folder", "dangling link"])
def test_a_lock_path_that_is_not_a_file_gets_a_message(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    lock = folder / "library.lock"
    if kind == "folder":
        lock.mkdir()
    else:
        lock.symlink_to(tmp_path / "nowhere" / "lock")
    result = run_cli(folder, "cases")
    assert result.returncode == 2
    line = one_clear_line(result)
    assert "library.lock" in line
    assert ("folder" if kind == "folder" else "link") in line
    assert not (tmp_path / "nowhere").exists()


def test_an_empty_database_file_is_refused_and_the_backup_named(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    assert run_cli(folder, "demo").returncode == 0
    with Library.open(folder) as library:
        backup = library.backup()
    (folder / "workbench.sqlite").write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (folder / f"workbench.sqlite{suffix}").unlink(missing_ok=True)
    result = run_cli(folder, "cases")
    assert result.returncode == 2
    line = one_clear_line(result)
    assert "empty" in line
    assert str(backup) in line
    assert (folder / "workbench.sqlite").stat().st_size == 0  # not turned into a new library
    with pytest.raises(LibraryError, match="0 bytes"):
        Library.open(folder)


def _garble(db: Path) -> None:
    """Overwrite a page in the middle of the database with noise, as a failing disk does."""
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = connection.execute("PRAGMA page_size").fetchone()[0]
    # A page of article rows: the schema's own pages move as tables are added.
    numbers = [n for (n,) in connection.execute("SELECT pageno FROM dbstat WHERE name = 'article'")]
    connection.close()
    data = bytearray(db.read_bytes())
    pages = len(data) // page
    number = numbers[len(numbers) // 2] if numbers else pages // 2 + 1
    start = (number - 1) * page
    data[start + 8 : start + page - 8] = os.urandom(page - 16)
    db.write_bytes(bytes(data))


def test_check_reports_garbled_pages_as_a_problem_and_offers_the_newest_backup(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "library"
    assert run_cli(folder, "demo").returncode == 0
    with Library.open(folder) as library:
        backup = library.backup()
    _garble(folder / "workbench.sqlite")
    result = run_cli(folder, "check")
    assert "Traceback" not in result.stderr + result.stdout
    assert "SELECT" not in result.stdout + result.stderr  # no SQL dump
    assert result.returncode == 1
    said = result.stdout + result.stderr
    assert "damaged" in said
    assert str(backup) in said
    shutil.copy(backup, tmp_path / "restored.sqlite")  # the backup offered is itself sound
    connection = sqlite3.connect(tmp_path / "restored.sqlite")
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
