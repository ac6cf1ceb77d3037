"""The bulk match path gives exactly what Whoosh's own matchers give, on real indexes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from whoosh import formats

from tests.search.conftest import CLAIMS, EXTRA, all_articles
from workbench.search import ArticleDoc, SearchIndex, phrase, search
from workbench.search.analysis import ANALYZER, analyze, initials_of
from workbench.search.matches import Budget, SegmentData, all_matches
from workbench.search.parsing import plan
from workbench.search.postings import LengthsInMemory, read_postings
from workbench.search.query import _parser, best_scores
from workbench.search.schema import WordPositions

QUERIES = [
    "launchers",
    "launchers NOT Westmark",
    "launchers NOT Westmark NOT Kestrel",
    '"port of Ardan" ship',
    '"port of Ardan"',
    '"Tel Safra crossing"',
    "kest*",
    "date:[2031-04-15 TO 2031-04-16]",
    "launchers date:[2031-04-17 TO]",
    "veskaira~",
    "outlet:gazette",
    "language:AR",
    "NOT launchers",
    "launchers^2 OR ship",
    "(bakery OR drums) AND checkpoint",
    "launchers ANDMAYBE ship",
    "launchers ANDNOT ship",
    "case:festival",
    "الشحنة",
    "nothingatall",
]


def _whoosh_scores(index: SearchIndex, query: str) -> tuple[dict[int, float], dict[int, float]]:
    with index.searcher() as searcher:
        planned = plan(query, "articles", _parser(index, "articles", searcher), searcher.reader())
        theirs = {hit.docnum: hit.score for hit in searcher.search(planned.query, limit=None)}
        ours = all_matches(searcher, planned.query, Budget(float("inf")), SegmentData())
    return ours, theirs


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """An index of several segments with replaced and deleted documents."""
    folder = tmp_path_factory.mktemp("edited") / "index"
    index = SearchIndex.rebuild(folder, all_articles()[:6], CLAIMS)
    index.upsert_articles(all_articles()[4:])
    index.upsert_articles(all_articles()[:2])
    index.delete_articles([EXTRA[0].id])
    yield index
    index.close()


@pytest.mark.parametrize("query", QUERIES)
def test_bulk_scores_equal_whoosh_scores(index: SearchIndex, query: str) -> None:
    ours, theirs = _whoosh_scores(index, query)
    assert ours.keys() == theirs.keys()
    for docnum, score in theirs.items():
        assert ours[docnum] == pytest.approx(score, rel=1e-9)


@pytest.mark.parametrize("query", QUERIES)
def test_bulk_scores_equal_whoosh_scores_across_segments(edited: SearchIndex, query: str) -> None:
    with edited.searcher() as searcher:
        assert len(searcher.leaf_searchers()) > 1
    ours, theirs = _whoosh_scores(edited, query)
    assert ours.keys() == theirs.keys()
    for docnum, score in theirs.items():
        assert ours[docnum] == pytest.approx(score, rel=1e-9)


def test_deleted_and_replaced_articles_are_counted_once(edited: SearchIndex) -> None:
    found = search(edited, "launchers OR smuggled OR bakery")
    assert sorted(hit.id for hit in found.hits) == [1, 2, 3, 4, 13]
    assert found.total == 5 and not found.total_is_estimate
    assert dict(found.facets["outlet"]).get("Harbour Gazette") == 1  # article 11 was deleted


def test_facet_values_from_postings_equal_the_stored_columns(edited: SearchIndex) -> None:
    with edited.searcher() as searcher:
        for column in ("outlet_name", "language_code", "published", "month", "cases"):
            expected: list[str] = []
            for sub, _ in searcher.leaf_searchers():
                reader = sub.reader()
                if reader.has_column(column):
                    expected.extend(reader.column_reader(column))
                else:
                    expected.extend([""] * reader.doc_count_all())
            assert edited.columns.values(searcher, column) == expected, column


def test_postings_span_several_blocks(tmp_path: Path) -> None:
    day = date(2030, 1, 1)
    docs = [
        ArticleDoc(i, f"Note {i}", f"wagon {'wheel ' * (i % 3)}", "Soup", None, day, "en")
        for i in range(1, 1500)
    ]
    with SearchIndex.rebuild(tmp_path / "ix", docs, []) as index, index.searcher() as searcher:
        reader = searcher.reader()
        postings = read_postings(reader, "text", b"wheel", values=True)
        matcher = reader.postings("text", b"wheel")
        assert postings.ids == list(matcher.all_ids())
        assert len(postings.ids) == 1000
        assert postings.weights == [float((d + 1) % 3) for d in postings.ids]
        assert all(isinstance(v, bytes) for v in postings.values or ())
        stopped = read_postings(reader, "text", b"wheel", stop=lambda: True)
        assert 0 < len(stopped.ids) < len(postings.ids)


@pytest.mark.parametrize(
    "text",
    [
        "The port of Ardan, the port of Ardan again; ARDAN's port.",
        "وَصَلَتِ الشُّحْنَةُ إلى الـــمـيـناء، والصواريخ لم تكن ضمن الحمولة",
        "Café Montréal — 2031 figures, the the the 42",
        "",
    ],
)
def test_word_positions_match_whoosh_positions(text: str) -> None:
    ours = list(WordPositions(field_boost=2.0).word_values(text, ANALYZER, mode="index"))
    theirs = list(formats.Positions(field_boost=2.0).word_values(text, ANALYZER, mode="index"))
    assert ours == theirs


def test_lengths_in_memory_answer_like_the_segment(index: SearchIndex) -> None:
    with index.searcher() as searcher:
        perdoc = searcher.reader()._perdoc
        cached = LengthsInMemory(perdoc)
        for docnum in range(searcher.doc_count_all()):
            for field in ("title", "text", "outlet"):
                assert cached.doc_field_length(docnum, field) == perdoc.doc_field_length(
                    docnum, field
                )


def test_best_scores_breaks_ties_by_document_number() -> None:
    found = {7: 1.0, 3: 2.0, 5: 1.0, 9: 1.0, 1: 0.5}
    assert best_scores(found, 3) == [(3, 2.0), (5, 1.0), (7, 1.0)]
    assert best_scores(found, 10)[-1] == (1, 0.5)


def test_a_spent_budget_marks_the_total_as_a_lower_bound(tmp_path: Path) -> None:
    docs = [
        ArticleDoc(i, f"Note {i}", "wagon", "Soup", None, date(2030, 1, 1), "en")
        for i in range(1, 2000)
    ]
    with SearchIndex.rebuild(tmp_path / "ix", docs, []) as index:
        full = search(index, "wagon")
        assert full.total == 1999 and not full.partial and not full.total_is_estimate
        cut = search(index, "wagon", time_limit=0.0)
        assert cut.partial and cut.total_is_estimate and cut.total < 1999


@pytest.fixture(scope="module")
def long_lists(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """Posting lists several blocks long, where a rare word lets reads skip blocks."""
    day = date(2030, 1, 1)
    docs = []
    for i in range(1, 1800):
        words = ["harbour", "crane"]
        if i % 250 == 0:
            words += ["ferry", "harbour"] if i % 500 else ["harbour", "ferry"]
        if i % 7 == 0:
            words.append("tug")
        docs.append(ArticleDoc(i, f"Log {i}", " ".join(words), "Quay Post", None, day, "en"))
    folder = tmp_path_factory.mktemp("long") / "index"
    index = SearchIndex.rebuild(folder, docs, [])
    index.delete_articles([500])
    yield index
    index.close()


@pytest.mark.parametrize(
    "query",
    [
        "ferry harbour",
        '"ferry harbour"',
        '"harbour ferry"',
        "harbour NOT ferry",
        "harbour ANDNOT tug",
        "ferry ANDMAYBE tug",
        "tug ferry crane",
        '"harbour crane" ferry',
    ],
)
def test_bulk_scores_equal_whoosh_scores_on_long_posting_lists(
    long_lists: SearchIndex, query: str
) -> None:
    ours, theirs = _whoosh_scores(long_lists, query)
    assert ours.keys() == theirs.keys()
    for docnum, score in theirs.items():
        assert ours[docnum] == pytest.approx(score, rel=1e-9)


def test_a_rare_word_skips_the_blocks_of_a_common_one(long_lists: SearchIndex) -> None:
    with long_lists.searcher() as searcher:
        reader = searcher.leaf_searchers()[0][0].reader()
        full = read_postings(reader, "text", b"harbour")
        near = read_postings(reader, "text", b"harbour", near=[3, 10])
        assert len(full.ids) == reader.doc_count_all()
        assert near.ids == full.ids[: len(near.ids)] and 2 < len(near.ids) < len(full.ids)


@pytest.mark.parametrize(
    "terms",
    [{"launcher"}, {"smuggl", "checkpoint"}, {"ardan", "port"}, {"cafe", "montreal"}, {"شحن"}],
)
def test_highlighting_skips_only_tokens_that_cannot_match(terms: set[str]) -> None:
    for doc in all_articles():
        every = [t for t in analyze(doc.text) if t[0] in terms]
        filtered = [t for t in ANALYZER.spans(doc.text, initials_of(terms)) if t[0] in terms]
        assert filtered == every
    assert initials_of({"port", "ardan"}) == frozenset("pa")
    assert initials_of({"port", "شحن"}) is None


def test_a_very_common_phrase_is_checked_on_a_sample(
    long_lists: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    exact = search(long_lists, '"harbour crane"', page_size=10)
    assert exact.total == 1798 and not exact.total_is_estimate
    # Thresholds scaled down so a small index has "too many" candidates.
    monkeypatch.setattr(phrase, "PHRASE_EXACT", 300)
    monkeypatch.setattr(phrase, "PHRASE_BEST", 100)
    monkeypatch.setattr(phrase, "PHRASE_SAMPLE", 100)
    sampled = search(long_lists, '"harbour crane"', page_size=10)
    assert sampled.total_is_estimate and not sampled.partial
    assert abs(sampled.total - 1798) < 1798 * 0.1
    assert any("sample" in notice for notice in sampled.notices)
    assert [hit.id for hit in sampled.hits] == [hit.id for hit in exact.hits]
    assert dict(sampled.facets["outlet"])["Quay Post"] < 1798  # counted over the checked
    rare = search(long_lists, '"crane ferry"')
    assert sorted(hit.id for hit in rare.hits) == [250, 750, 1250, 1750]
    assert rare.total == 4 and not rare.total_is_estimate


def test_positions_decode_like_whoosh() -> None:
    fmt = WordPositions()
    for positions in ([0], [3, 4, 90, 1000], list(range(0, 700, 7))):
        value = fmt.encode(positions)
        assert list(phrase.decode_positions(value)) == fmt.decode_positions(value) == positions


def test_scores_in_bulk_equal_the_formula_to_the_last_bit() -> None:
    import random

    from workbench.search.matches import _bm25_in_bulk

    rng = random.Random(3)
    ids = sorted(rng.sample(range(50_000), 5_000))
    weights = [float(rng.randint(1, 9)) for _ in ids]
    lengths = bytes(rng.randrange(256) for _ in range(50_000))
    table = [1.2 * (0.25 + 0.75 * rng.random() * 3) for _ in range(256)]
    idf, k = 3.7182818, 2.2
    expected = {
        d: idf * ((w * k) / (w + table[lengths[d]])) for d, w in zip(ids, weights, strict=True)
    }
    assert _bm25_in_bulk(ids, weights, lengths, table, idf, k) == expected


def test_a_posting_list_scored_in_bulk_ranks_as_whoosh_does(tmp_path: Path) -> None:
    from workbench.search.matches import _IN_BULK

    day = date(2030, 1, 1)
    docs = [
        ArticleDoc(
            id=i,
            title=f"Note {i}",
            text="quay " * (1 + i % 5) + "ferry" * (i % 3 == 0),
            outlet="Wire",
            byline=None,
            published=day,
            language="en",
            cases=(),
            case_ids=(),
        )
        for i in range(1, _IN_BULK + 300)
    ]
    index = SearchIndex.rebuild(tmp_path / "bulk", docs, [])
    try:
        for query in ("quay", "quay OR ferry", "quay ferry"):
            ours, theirs = _whoosh_scores(index, query)
            assert ours.keys() == theirs.keys() and len(ours) > 100
            for docnum, score in theirs.items():
                assert ours[docnum] == pytest.approx(score, rel=1e-12)
    finally:
        index.close()


def test_facets_counted_from_arrays_equal_the_plain_count(edited: SearchIndex) -> None:
    from workbench.search.collect import count_coded, count_facet
    from workbench.search.query import FACETS

    with edited.searcher() as searcher:
        every = range(searcher.doc_count_all())
        for column, multi in FACETS["articles"].values():
            values = edited.columns.values(searcher, column)
            codes, labels = edited.columns.coded(searcher, column)
            for docs in (list(every), list(every)[::2], [], [0]):
                assert count_coded(codes, labels, docs, multi) == count_facet(values, docs, multi)
    found = search(edited, "launchers OR ship OR drums")
    assert found.facets["outlet"] and sum(n for _, n in found.facets["outlet"]) <= found.total
