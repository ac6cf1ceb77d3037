from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.errors import ExportError
from workbench.report.atomic import atomic_write


def test_writes_into_a_new_folder(tmp_path: Path) -> None:
    target = tmp_path / "exports" / "out.txt"
    atomic_write(target, lambda temp: temp.write_text("one"), overwrite=False)
    assert target.read_text() == "one"
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


def test_existing_file_needs_consent(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("kept")
    with pytest.raises(ExportError, match="already exists"):
        atomic_write(target, lambda temp: temp.write_text("new"), overwrite=False)
    assert target.read_text() == "kept"
    atomic_write(target, lambda temp: temp.write_text("new"), overwrite=True)
    assert target.read_text() == "new"
    assert len(list(tmp_path.iterdir())) == 1


def test_failed_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("kept")

    def broken(temp: Path) -> None:
        temp.write_text("half")
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken, overwrite=True)
    assert target.read_text() == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_unwritable_folder_is_an_export_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="cannot write"):
        atomic_write(blocker / "out.txt", lambda temp: temp.write_text("x"), overwrite=False)
