"""Batch import: folders walked in order, hidden and foreign files left out, missing paths told."""

from __future__ import annotations

from pathlib import Path

from workbench.core.errors import ImportRejected
from workbench.ingest import iter_article_files


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")
    return path


def test_folders_are_walked_sorted_and_filtered(tmp_path: Path) -> None:
    root = tmp_path / "case"
    expected = [
        _touch(root / "a.txt"),
        _touch(root / "b.HTML"),
        _touch(root / "c.md"),
        _touch(root / "sub" / "d.pdf"),
        _touch(root / "sub" / "deeper" / "e.docx"),
        _touch(root / "z.htm"),
    ]
    _touch(root / ".hidden.txt")
    _touch(root / ".cache" / "f.txt")
    _touch(root / "image.png")
    _touch(root / "notes.rtf")
    assert list(iter_article_files([root])) == expected


def test_missing_and_unsupported_paths_are_reported_not_raised(tmp_path: Path) -> None:
    article = _touch(tmp_path / "one.txt")
    other = _touch(tmp_path / "photo.jpg")
    results = list(iter_article_files([tmp_path / "gone.txt", article, other]))
    assert isinstance(results[0], ImportRejected) and "gone.txt" in str(results[0])
    assert results[1] == article
    assert isinstance(results[2], ImportRejected) and "photo.jpg" in str(results[2])


def test_files_keep_the_order_given(tmp_path: Path) -> None:
    second, first = _touch(tmp_path / "b.txt"), _touch(tmp_path / "a.txt")
    assert list(iter_article_files([second, first])) == [second, first]
