"""Fuzzy words and prefixes from the lexicon arrays: exactly the words Whoosh itself finds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from whoosh.reading import IndexReader

from tests.search.conftest import CLAIMS, all_articles
from workbench.search import ArticleDoc, SearchIndex, search
from workbench.search.lexicon import Lexicon, terms_within
from workbench.search.matches import SegmentData

WORDS = [
    "veskaira",
    "vesakira",
    "launcher",
    "launchrs",
    "ardan",
    "kestrel",
    "ship",
    "smugled",
    "qaramar",
    "الشحنة",
    "شحنة",
    "x",
    "checkpoint",
    "zzzzzz",
]


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder = tmp_path_factory.mktemp("fuzzy") / "index"
    index = SearchIndex.rebuild(folder, all_articles()[:5], CLAIMS)
    index.upsert_articles(all_articles()[5:])
    index.upsert_articles(
        [
            ArticleDoc(
                id=900,
                title="Vesakira and the launchrs",
                text="A misspelt note: the launchrs reached Vesakira, said the smugled ledger.",
                outlet="Test Wire",
                byline=None,
                published=date(2031, 1, 2),
                language="en",
                cases=(),
                case_ids=(),
            )
        ]
    )
    yield index
    index.close()


def _whoosh_within(reader: IndexReader, field: str, word: str, dist: int, prefix: int) -> set:
    # The base class's comparison of the word with every word of the lexicon.
    return set(IndexReader.terms_within(reader, field, word, dist, prefix))


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize(("dist", "prefix"), [(1, 0), (2, 0), (2, 1), (1, 2)])
def test_the_words_found_are_whooshs(
    segmented: SearchIndex, word: str, dist: int, prefix: int
) -> None:
    with segmented.searcher() as searcher:
        reader = searcher.reader()
        assert len(reader.leaf_readers()) > 1
        for field in ("text", "title"):
            expected = _whoosh_within(reader, field, word, dist, prefix)
            data = SegmentData()
            assert terms_within(reader, field, word, dist, prefix, data=data) == expected
            # A second run reads the kept lexicon arrays.
            assert terms_within(reader, field, word, dist, prefix, data=data) == expected


def test_a_swap_of_two_letters_is_one_edit(segmented: SearchIndex) -> None:
    with segmented.searcher() as searcher:
        assert "vesakira" in terms_within(searcher.reader(), "text", "veskaira", 1)


def test_the_filter_never_drops_a_close_word() -> None:
    words = ["abcd", "abdc", "abc", "abcde", "xbcd", "dcba", "aabb", "ab", "abcdef", "ضصثق"]
    lexicon = Lexicon(words)
    for dist in (1, 2):
        near = set(lexicon.near("abcd", dist, ""))
        assert {w for w in words if _edits(w, "abcd") <= dist} <= near
    assert "aabb" not in lexicon.near("abcd", 1, "")  # two letters too many, two missing
    assert lexicon.near("abcd", 2, "x") == ["xbcd"]


def _edits(a: str, b: str) -> int:
    from whoosh.support.levenshtein import distance

    return distance(a, b)


def test_a_fuzzy_search_past_its_time_gives_a_partial_answer(segmented: SearchIndex) -> None:
    found = search(segmented, "veskaira~", time_limit=0.0)
    assert found.partial
    assert any("stopped" in n for n in found.notices)


def test_a_fuzzy_search_finds_the_misspelt_article(segmented: SearchIndex, tmp_path: Path) -> None:
    found = search(segmented, "launchers~")
    assert 900 in {hit.id for hit in found.hits}


def test_the_words_read_in_one_piece_are_the_lexicons(segmented: SearchIndex) -> None:
    from workbench.search.lexicon import _read_words

    with segmented.searcher() as searcher:
        for leaf, _ in searcher.reader().leaf_readers():
            for field in ("text", "title", "outlet", "language", "nosuchfield"):
                if field not in leaf.schema:
                    continue
                expected = [b.decode("utf-8") for b in leaf.lexicon(field)]
                words, frequencies = _read_words(leaf, field)
                assert words == expected
                assert frequencies == [leaf.doc_frequency(field, w) for w in expected]


@pytest.mark.parametrize("stem", ["l", "la", "launch", "ves", "a", "ال", "zz", ""])
@pytest.mark.parametrize("limit", [1, 3, 20_001])
def test_the_words_of_a_prefix_are_whooshs(segmented: SearchIndex, stem: str, limit: int) -> None:
    from workbench.search.lexicon import words_with_prefix

    with segmented.searcher() as searcher:
        reader = searcher.reader()
        for field in ("text", "title", "outlet"):
            expected = [
                (b.decode("utf-8"), info.doc_frequency())
                for b, info in reader.iter_prefix(field, stem)
            ][:limit]
            data = SegmentData()
            assert words_with_prefix(reader, field, stem, limit, data=data) == expected
            assert words_with_prefix(reader, field, stem, limit, data=data) == expected


def test_the_distances_in_bulk_are_whooshs() -> None:
    import random

    from whoosh.support.levenshtein import distance

    from workbench.search.lexicon import within

    rng = random.Random(7)
    for _ in range(300):
        typed = "".join(rng.choice("abcا") for _ in range(rng.randrange(1, 7)))
        words = ["".join(rng.choice("abcا") for _ in range(rng.randrange(1, 8))) for _ in range(40)]
        for dist in (1, 2):
            expected = {w for w in words if distance(w, typed, limit=dist) <= dist}
            assert set(within(words, typed, dist)) == expected, (typed, dist)
