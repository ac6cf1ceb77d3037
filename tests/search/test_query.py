"""Searches over the demo case and fictional extras: language handling, syntax, facets, hits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.search.conftest import CASE, OTHER_CASE, all_articles
from workbench.search import ArticleDoc, SearchIndex, search, snippet_html, snippet_marked
from workbench.search.parsing import MAX_EXPANSIONS

TEXT = {doc.id: doc.text for doc in all_articles()}


def ids(index: SearchIndex, query: str, **options: object) -> set[int]:
    return {hit.id for hit in search(index, query, **options).hits}


def test_stemming_finds_other_inflections(index: SearchIndex) -> None:
    assert ids(index, "smuggling") == {11}
    assert ids(index, "launcher") == {1, 2, 3, 4}


def test_accents_fold_both_ways(index: SearchIndex) -> None:
    assert ids(index, "montreal cafe") == {11}
    assert ids(index, "Montréal") == {11}


@pytest.mark.parametrize(
    "query",
    ["الشحنة", "شحنه", "الـشـحـنـة", "اعلنت", "إعلنت", "الميناء", "ميناء", "مستشفي", "مدرسه"],
)
def test_arabic_spelling_variants_find_the_text(index: SearchIndex, query: str) -> None:
    assert 12 in ids(index, query)


def test_arabic_light_stemming_prefixes_and_plural(index: SearchIndex) -> None:
    assert ids(index, "معدات") == {5, 12}  # المعدات / معدات
    assert ids(index, "صواريخ") >= {5, 12}  # الصواريخ / والصواريخ


def test_phrases_are_exact(index: SearchIndex) -> None:
    assert ids(index, '"port of Ardan"') == {1, 3}
    assert ids(index, '"Ardan port"') == set()
    assert ids(index, '"port Ardan"') == set()
    assert ids(index, '"Tel Safra crossing"') == {1, 2}


def test_boolean_operators_and_groups(index: SearchIndex) -> None:
    assert ids(index, "launchers NOT Westmark") == {1, 3, 4}
    assert ids(index, "bakery OR smuggled") == {11, 13}
    assert ids(index, "(bakery OR drums) AND checkpoint") == {11}


def test_fields(index: SearchIndex) -> None:
    assert ids(index, "outlet:chronicle") == {1}
    assert ids(index, "outlet:gazette") == {11, 13}
    assert ids(index, "title:denials") == {4}
    assert ids(index, "language:AR") == {5, 12}
    assert ids(index, "case:festival") == {11, 12, 13}
    assert ids(index, "byline:marsh") == {1}


def test_date_range(index: SearchIndex) -> None:
    assert ids(index, "date:[2031-04-15 TO 2031-04-16]") == {2, 3}
    assert ids(index, "launchers date:[2031-04-17 TO]") == {4}


def test_prefix_and_fuzzy_terms(index: SearchIndex) -> None:
    assert ids(index, "kest*") == {1, 2, 3}
    found = search(index, "veskaira~")
    assert {1, 2, 4} <= {hit.id for hit in found.hits}
    assert any("broadened" in notice for notice in found.notices)


def test_facets_count_the_whole_result(index: SearchIndex) -> None:
    found = search(index, "launchers", page_size=1)
    assert found.total == 4 and len(found.hits) == 1
    assert dict(found.facets["outlet"])["The Northern Chronicle"] == 1
    assert found.facets["language"] == [("en", 4)]
    assert found.facets["case"] == [(CASE, 4)]
    assert found.facets["month"] == [("2031-04", 4)]


def test_filters_and_case_restriction(index: SearchIndex) -> None:
    assert ids(index, "harbour", filters={"outlet": "Harbour Gazette"}) == {11}
    assert ids(index, "harbour OR launchers", case_id=2) == {11}
    assert ids(index, "launchers", filters={"month": "2031-04", "language": "en"}) == {1, 2, 3, 4}
    assert ids(index, "launchers", filters={"case": OTHER_CASE}) == set()


def test_sort_by_date_and_paging(index: SearchIndex) -> None:
    first = search(index, "launchers", sort="date", page_size=2)
    second = search(index, "launchers", sort="date", page_size=2, page=2)
    order = [hit.id for hit in first.hits + second.hits]
    assert order == [4, 3, 2, 1]  # newest first
    assert first.pages == 2


def test_positions_are_exact_offsets_into_the_text(index: SearchIndex) -> None:
    found = search(index, "launchers")
    for hit in found.hits:
        assert hit.positions
        for start, end in hit.positions:
            assert TEXT[hit.id][start:end].lower().startswith("launcher")


def test_arabic_positions_include_diacritics(index: SearchIndex) -> None:
    (hit,) = search(index, "الشحنة", filters={"language": "ar"}).hits[:1]
    words = {TEXT[hit.id][s:e] for s, e in hit.positions}
    assert words == {"الشُّحْنَةَ"}


def test_phrase_positions_cover_the_whole_phrase(index: SearchIndex) -> None:
    for hit in search(index, '"port of Ardan"').hits:
        assert [TEXT[hit.id][s:e] for s, e in hit.positions] == ["port of Ardan"]


def test_snippet_marks_the_hits(index: SearchIndex) -> None:
    hit = search(index, "smuggled").hits[0]
    assert "[[smuggled]]" in snippet_marked(hit.snippet)
    assert "<b>smuggled</b>" in snippet_html(hit.snippet)
    assert not search(index, "smuggled", snippets=False).hits[0].snippet


def test_claims_search_with_status_filter(index: SearchIndex) -> None:
    assert ids(index, "crossed", kind="claims") == {1, 2, 4}  # "crossing" shares the stem
    found = search(index, "crossed", kind="claims", filters={"status": "Denied"})
    assert [(hit.id, hit.status) for hit in found.hits] == [(2, "denied")]
    assert dict(search(index, "crossed", kind="claims").facets["status"]) == {
        "unverified": 1,
        "denied": 1,
        "sourced": 1,
    }
    assert ids(index, "status:relayed", kind="claims") == {3}


def _word_soup(tmp_path: Path, count: int) -> SearchIndex:
    docs = [
        ArticleDoc(
            i, f"Report {i}", f"walker w3x{i:04d} wagon", "Soup Times", None, date(2030, 1, 1), "en"
        )
        for i in range(count)
    ]
    return SearchIndex.rebuild(tmp_path / "soup", docs, [])


def test_wildcard_expansions_are_capped_with_a_notice(tmp_path: Path) -> None:
    with _word_soup(tmp_path, 300) as soup:
        found = search(soup, "w3x*")
        assert found.total == MAX_EXPANSIONS
        assert any("most frequent" in notice for notice in found.notices)


def test_time_limit_returns_partial_results(tmp_path: Path) -> None:
    with _word_soup(tmp_path, 1200) as soup:
        found = search(soup, "wagon", time_limit=0.0)
        assert found.partial
        assert 0 < found.total < 1200
        assert len(found.hits) == 20
        assert any("incomplete" in notice for notice in found.notices)
        assert search(soup, "wagon").total == 1200
