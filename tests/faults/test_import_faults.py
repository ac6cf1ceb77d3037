"""Hostile folders and damaged text: each odd file gets its line, the rest of the batch goes on."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.conftest import DEMO
from workbench.services.importing import ImportOutcome, import_paths
from workbench.store import Library
from workbench.store import models as m


def _import(library: Library, *paths: Path) -> list[ImportOutcome]:
    outcomes: list[ImportOutcome] = []
    worker = threading.Thread(
        target=lambda: outcomes.extend(import_paths(library, list(paths))), daemon=True
    )
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "the import hung"
    return outcomes


def _demo(folder: Path, count: int = 2) -> None:
    folder.mkdir(exist_ok=True)
    for source in sorted((DEMO / "articles").glob("*.txt"))[:count]:
        (folder / source.name).write_bytes(source.read_bytes())


@pytest.mark.skipif(os.name == "nt", reason="names are UTF-16 on Windows")
def test_a_file_name_that_is_not_utf8_does_not_abort_the_batch(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "incoming"
    _demo(folder)
    text = (DEMO / "articles" / "04_capital_analysis.txt").read_bytes()
    (Path(os.fsdecode(bytes(folder) + b"/caf\xe9 report.txt"))).write_bytes(text)
    outcomes = _import(library, folder)
    assert [o.outcome for o in outcomes] == ["imported"] * 3
    assert any("caf\ufffd report.txt" in o.path for o in outcomes)
    assert all(o.line() for o in outcomes)  # printable
    with library.session() as session:
        names = session.query(m.Article.source_file).all()
    assert any("caf\ufffd report.txt" in name for (name,) in names)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_txt_is_skipped_not_waited_on(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    _demo(folder)
    os.mkfifo(folder / "00_pipe.txt")
    outcomes = _import(library, folder)
    skipped = [o for o in outcomes if o.outcome == "skipped"]
    assert len(skipped) == 1
    assert "00_pipe.txt" in skipped[0].message
    assert "pipe" in skipped[0].message
    assert sum(o.outcome == "imported" for o in outcomes) == 2
    # Named directly, it is refused too, never opened for reading.
    direct = _import(library, folder / "00_pipe.txt")
    assert [o.outcome for o in direct] == ["skipped"]


def test_a_link_leading_out_of_the_folder_is_skipped(library: Library, tmp_path: Path) -> None:
    secret = tmp_path / "private" / "accounts.txt"
    secret.parent.mkdir()
    secret.write_text("Private ledger of accounts\n\nNot for any library.\n", encoding="utf-8")
    folder = tmp_path / "incoming"
    _demo(folder, count=1)
    (folder / "accounts.txt").symlink_to(secret)
    (folder / "again.txt").symlink_to(folder / sorted(os.listdir(folder))[0])  # stays inside
    outcomes = _import(library, folder)
    skipped = [o for o in outcomes if o.outcome == "skipped"]
    assert len(skipped) == 1
    assert "accounts.txt" in skipped[0].message
    assert "outside the folder" in skipped[0].message
    with library.session() as session:
        texts = [t for (t,) in session.query(m.Article.text).all()]
    assert not any("Private ledger" in t for t in texts)
    assert {o.outcome for o in outcomes} == {"imported", "duplicate", "skipped"}


def test_utf8_with_two_bad_bytes_keeps_its_curly_quotes(library: Library, tmp_path: Path) -> None:
    text = (
        "Harbour master denies “ghost cargo” story\n\n"
        "The harbour master said on Tuesday that the “ghost cargo” never docked. “We logged "
        "every vessel,” she said, adding that the port’s records were open to anyone. "
        "Officials in Qaramar called the account ‘a fabrication’ — and asked for a correction.\n"
    )
    data = text.encode("utf-8")
    middle = data.index(b"every vessel")
    data = data[:middle] + b"\xff" + data[middle : middle + 30] + b"\xfe" + data[middle + 30 :]
    path = tmp_path / "harbour.txt"
    path.write_bytes(data)
    (outcome,) = _import(library, path)
    assert outcome.outcome == "imported"
    assert any("not valid UTF-8" in note for note in outcome.notes)
    with library.session() as session:
        stored = session.get(m.Article, outcome.article_id)
        assert stored is not None
        assert stored.raw_text.count("\ufffd") == 2
        assert "“ghost cargo”" in stored.text
        assert "port’s" in stored.text
        assert "â€" not in stored.raw_text  # no mojibake
