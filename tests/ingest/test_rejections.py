"""Every bad file is turned away with one line that names the file and the reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fixtures.builders import demo_articles, write_pdf
from workbench.core.errors import ImportRejected
from workbench.ingest import docx_reader, pdf_reader, read_article

CASES = {
    "empty": "the file is empty",
    "whitespace": "the file is empty",
    "binary_txt": "binary file",
    "textless_html": "no article text",
    "unsupported": "cannot be imported",
    "corrupt_docx": "damaged or is not a Word document",
    "encrypted_docx": "password-protected",
    "old_word_docx": "Word 97-2003",
    "zip_bomb_docx": "zip bomb",
    "not_word_docx": "not a Word document",
    "corrupt_pdf": "damaged",
    "encrypted_pdf": "password-protected",
    "image_only_pdf": "no text layer — it looks like a scanned image",
}


def _rejection(path: Path, **kwargs: int) -> str:
    with pytest.raises(ImportRejected) as caught:
        read_article(path, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path.name}: ")
    return message


@pytest.mark.parametrize("key", list(CASES))
def test_bad_file_is_rejected_with_a_reason(bad_files: dict[str, Path], key: str) -> None:
    assert CASES[key] in _rejection(bad_files[key])


def test_oversize_file_is_rejected_before_reading(bad_files: dict[str, Path]) -> None:
    message = _rejection(bad_files["oversize"], max_bytes=2048)
    assert "over the 2 KB limit" in message
    assert read_article(bad_files["oversize"]).text  # the same file under the default limit


def test_malformed_html_still_imports_its_text(bad_files: dict[str, Path]) -> None:
    imported = read_article(bad_files["malformed_html"])
    first = demo_articles()[0]
    assert imported.title == first.title
    assert first.paragraphs[2] in imported.text
    assert "\ufffd" not in imported.text and "\x00" not in imported.text


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _rejection(tmp_path / "gone.txt")


def test_folder_with_an_article_name(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "folder" in _rejection(folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Locked away\n\nA paragraph nobody may read.", encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission denied" in _rejection(path)
    finally:
        path.chmod(0o600)


def test_docx_declaring_too_much_in_total_is_a_zip_bomb(
    demo_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED_BYTES", 1000)
    assert "would unpack to" in _rejection(demo_files["01_chronicle_report.docx"])


def test_pdf_parser_that_runs_too_long_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_pdf(tmp_path / "slow.pdf", "Slow", ["A short page of text."])
    monkeypatch.setattr(pdf_reader, "TIMEOUT_SECONDS", 0.001)
    assert "took over" in _rejection(path)


def test_binary_with_a_few_stray_nuls_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    body = "Harbour works begin\n\n" + "The dredging of the old harbour began on Monday. " * 20
    path.write_bytes(body.encode("utf-8").replace(b"Monday", b"Mon\x00day", 1))
    imported = read_article(path)
    assert "Monday" in imported.text
