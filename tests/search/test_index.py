"""Opening, writing, rebuilding and recognising a damaged index, on real folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.search.conftest import CLAIMS, EXTRA, all_articles
from workbench.search import (
    IndexUnusable,
    RebuildCancelled,
    SearchIndex,
    search,
)
from workbench.search.index import STATE_FILE


def test_open_creates_an_empty_index(tmp_path: Path) -> None:
    with SearchIndex.open(tmp_path / "ix") as ix:
        assert ix.doc_count() == 0
        assert ix.get_marker() == 0


def test_marker_persists_across_reopen(tmp_path: Path) -> None:
    with SearchIndex.open(tmp_path / "ix") as ix:
        ix.set_marker(41)
        ix.set_marker(42)
    with SearchIndex.open(tmp_path / "ix") as ix:
        assert ix.get_marker() == 42
    assert not list((tmp_path / "ix").glob("*.tmp"))


def test_upsert_and_delete_reach_searches(tmp_path: Path) -> None:
    with SearchIndex.open(tmp_path / "ix") as ix:
        ix.upsert_articles(EXTRA)
        assert search(ix, "bakery").total == 1
        changed = EXTRA[2].__class__(**{**EXTRA[2].__dict__, "text": "A quiet day at the mill."})
        ix.upsert_articles([changed])
        assert search(ix, "bakery").total == 1  # the title still says so
        assert search(ix, "mill").total == 1
        assert ix.doc_count("articles") == len(EXTRA)
        ix.delete_articles([changed.id])
        assert search(ix, "mill").total == 0
        ix.upsert_claims(CLAIMS)
        ix.delete_claims([1])
        assert ix.doc_count("claims") == len(CLAIMS) - 1


def test_rebuild_swaps_in_a_new_index(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    with SearchIndex.open(folder) as ix:
        ix.upsert_articles(EXTRA[:1])
    seen: list[int] = []
    with SearchIndex.rebuild(folder, all_articles(), CLAIMS, progress=seen.append, marker=7) as ix:
        assert ix.doc_count("articles") == len(all_articles())
        assert ix.get_marker() == 7
    assert seen[-1] == len(all_articles()) + len(CLAIMS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ix"]


def test_cancelled_rebuild_leaves_the_old_index(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    with SearchIndex.open(folder) as ix:
        ix.upsert_articles(EXTRA)
        ix.set_marker(3)
    many = all_articles() * 100
    with pytest.raises(RebuildCancelled):
        SearchIndex.rebuild(folder, many, CLAIMS, cancelled=lambda: True)
    with SearchIndex.open(folder) as ix:
        assert ix.doc_count("articles") == len(EXTRA)
        assert ix.get_marker() == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ix"]


def test_swap_interrupted_between_renames_is_undone(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    with SearchIndex.open(folder) as ix:
        ix.upsert_articles(EXTRA)
    folder.rename(tmp_path / "ix.old")  # as if the program died mid-swap
    with SearchIndex.open(folder) as ix:
        assert ix.doc_count("articles") == len(EXTRA)


# Whoosh leaves the damaged file's handle to the garbage collector.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_garbage_in_index_files_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    with SearchIndex.open(folder) as ix:
        ix.upsert_articles(all_articles())
    for path in folder.iterdir():
        if path.name != STATE_FILE and not path.name.endswith("LOCK"):
            path.write_bytes(b"\x00garbage\xff" * 50)
    with pytest.raises(IndexUnusable):
        SearchIndex.open(folder)


# Whoosh leaves the damaged file's handle to the garbage collector.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_damaged_segment_file_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    with SearchIndex.open(folder) as ix:
        ix.upsert_articles(all_articles())
    for path in folder.glob("articles_*.pst"):
        path.write_bytes(path.read_bytes()[:40])
    with pytest.raises(IndexUnusable):
        SearchIndex.open(folder)


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    SearchIndex.open(folder).close()
    (folder / STATE_FILE).write_text(json.dumps({"schema_version": 999, "marker": 5}))
    with pytest.raises(IndexUnusable, match="version"):
        SearchIndex.open(folder)


def test_missing_state_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    with SearchIndex.open(folder) as ix:
        ix.upsert_articles(EXTRA)
    (folder / STATE_FILE).unlink()
    with pytest.raises(IndexUnusable):
        SearchIndex.open(folder)


def test_index_locked_by_a_writer_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    SearchIndex.open(folder).close()
    from whoosh.filedb.filestore import FileStorage

    lock = FileStorage(str(folder)).lock("articles_WRITELOCK")
    assert lock.acquire(blocking=False)
    try:
        with pytest.raises(IndexUnusable, match="writing"):
            SearchIndex.open(folder)
    finally:
        lock.release()


# Whoosh leaves the damaged file's handle to the garbage collector.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("part", ["pst", "trm"])
def test_damaged_part_of_a_rebuilt_index_is_detected(tmp_path: Path, part: str) -> None:
    folder = tmp_path / "ix"
    SearchIndex.rebuild(folder, all_articles(), CLAIMS).close()
    # A rebuilt index keeps each part of its segment in a file of its own.
    (damaged,) = folder.glob(f"articles_*.{part}")
    damaged.write_bytes(damaged.read_bytes()[:40])
    with pytest.raises(IndexUnusable):
        SearchIndex.open(folder)


def test_rebuilt_index_is_one_segment_per_process(tmp_path: Path) -> None:
    docs = all_articles() * 3
    SearchIndex.rebuild(tmp_path / "one", docs, CLAIMS).close()
    SearchIndex.rebuild(tmp_path / "two", docs, CLAIMS, procs=2).close()
    rankings = []
    for folder, most in ((tmp_path / "one", 1), (tmp_path / "two", 2)):
        with SearchIndex.open(folder) as ix, ix.searcher() as searcher:
            assert 1 <= len(searcher.leaf_searchers()) <= most
            assert ix.doc_count("articles") == len(docs)
            found = search(ix, "smuggled OR harbour", page_size=100)
            rankings.append(sorted((hit.id, round(hit.score, 9)) for hit in found.hits))
        assert not list(folder.glob("*.seg"))
    assert rankings[0] == rankings[1]
    assert rankings[0]
