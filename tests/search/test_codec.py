"""Posting blocks pickled with a current protocol, and indexes written by Whoosh's own codec."""

from __future__ import annotations

from pathlib import Path

from whoosh.codec.whoosh3 import W3Codec

from tests.search.conftest import all_articles
from workbench.search import SearchIndex, search
from workbench.search.postings import read_postings
from workbench.search.schema import ARTICLES, article_fields

QUERIES = ["smuggled", "harbour checkpoint", '"fuel drums"', "launch*", "Qaramar Nordavia"]


def _ranking(index: SearchIndex, q: str) -> list[tuple[int, float]]:
    found = search(index, q, page_size=50)
    return [(hit.id, round(hit.score, 9)) for hit in found.hits]


def test_rebuilt_blocks_use_pickle_protocol_5(tmp_path: Path) -> None:
    built = SearchIndex.rebuild(tmp_path / "ix", all_articles(), [])
    with built as index, index.searcher() as searcher:
        matcher = searcher.reader().postings("text", b"smuggl")
        datalen = matcher._nextoffset - matcher._dataoffset
        raw = matcher._postfile.get(matcher._dataoffset, datalen)
    assert raw[:2] == b"\x80\x05"


def test_index_written_by_whoosh_codec_searches_the_same(tmp_path: Path) -> None:
    docs = all_articles()
    with SearchIndex.rebuild(tmp_path / "ours", docs, []) as ours:
        expected = {q: _ranking(ours, q) for q in QUERIES}
    with SearchIndex.open(tmp_path / "plain") as plain:
        # Small blocks so that several protocol-2 blocks make up one posting list.
        writer = plain._indexes[ARTICLES].writer(codec=W3Codec(blocklimit=4), compound=False)
        for doc in docs:
            writer.add_document(**article_fields(doc))
        writer.commit()
    with SearchIndex.open(tmp_path / "plain") as plain:
        assert {q: _ranking(plain, q) for q in QUERIES} == expected
        assert all(expected[q] for q in QUERIES)
        with plain.searcher() as searcher:
            reader = searcher.reader()
            postings = read_postings(reader, "text", b"smuggl", values=True)
            assert postings.ids == list(reader.postings("text", b"smuggl").all_ids())
