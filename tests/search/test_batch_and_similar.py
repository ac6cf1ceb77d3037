"""Batch search from a query file, and "more like this"."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.errors import NotFound
from workbench.search import SearchIndex, batch_search, more_like_this, read_query_file


def test_read_txt_skips_blanks_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "queries.txt"
    path.write_text("# weekly checks\nlaunchers\n\n  bakery  \n# done\n", encoding="utf-8")
    assert read_query_file(path) == ["launchers", "bakery"]


def test_read_csv_takes_the_first_column(tmp_path: Path) -> None:
    path = tmp_path / "queries.csv"
    path.write_text(
        'query,note\n"""port of Ardan""",phrase\nمعدات,arabic\n,empty\n#x,skip\n',
        encoding="utf-8-sig",
    )
    assert read_query_file(path) == ['"port of Ardan"', "معدات"]


def test_read_mis_encoded_file(tmp_path: Path) -> None:
    path = tmp_path / "queries.txt"
    path.write_bytes("café\nMontréal crossing\n".encode("cp1252"))
    assert read_query_file(path)[0] == "café"


def test_batch_search_counts_and_errors(index: SearchIndex, tmp_path: Path) -> None:
    path = tmp_path / "queries.txt"
    path.write_text('launchers\n"port of Ardan"\n*\nbakery\n', encoding="utf-8")
    rows = batch_search(index, read_query_file(path), limit=2)
    assert [(row.query, row.count) for row in rows] == [
        ("launchers", 4),
        ('"port of Ardan"', 2),
        ("*", 0),
        ("bakery", 1),
    ]
    assert len(rows[0].article_ids) == 2
    assert set(rows[1].article_ids) == {1, 3}
    assert rows[2].error and rows[0].error is None


def test_more_like_this_ranks_relays_above_unrelated(index: SearchIndex) -> None:
    similar = more_like_this(index, 1, limit=10)
    order = [hit.id for hit in similar]
    assert 1 not in order
    assert set(order[:3]) == {2, 3, 4}
    for unrelated in (11, 13):
        if unrelated in order:
            assert order.index(unrelated) > 2


def test_more_like_this_unknown_article(index: SearchIndex) -> None:
    with pytest.raises(NotFound):
        more_like_this(index, 999)
