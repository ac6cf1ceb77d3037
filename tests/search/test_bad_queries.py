"""Whatever is typed, the user gets results, a notice, or a readable BadQuery: never a traceback."""

from __future__ import annotations

import pytest

from workbench.core.errors import BadQuery
from workbench.search import SearchIndex, search

TRICKY = [
    '"unbalanced quote',
    'launchers "port of',
    "title:",
    "title: launchers",
    "outlet:",
    "*",
    "?",
    "w*",
    "*ardan",
    "AND OR NOT",
    "NOT",
    "AND",
    "( ) ( )",
    "((launchers",
    "launchers)",
    "x" * 5000,
    "launchers " * 600,
    "foo:bar",
    "date:[2031 TO",
    "date:[ TO ]",
    "launchers~~~",
    "launch~9",
    "^^^",
    "launchers^",
    '""',
    "the of and",
    ":::",
    "[]{}",
    "\x00\x01",
    "\u202eمنصات",
    "status:denied",
]


@pytest.mark.parametrize("query", TRICKY)
@pytest.mark.parametrize("kind", ["articles", "claims"])
def test_no_traceback(index: SearchIndex, query: str, kind: str) -> None:
    try:
        found = search(index, query, kind=kind)
    except BadQuery as exc:
        assert str(exc).strip()
        assert "Traceback" not in str(exc)
    else:
        assert found.total >= 0
        for notice in found.notices:
            assert notice.strip()


@pytest.mark.parametrize("query", ["", "   ", "*", "AND OR NOT", "the of and", '""'])
def test_nothing_searchable_is_a_bad_query(index: SearchIndex, query: str) -> None:
    with pytest.raises(BadQuery):
        search(index, query)


def test_long_query_is_cut_and_says_so(index: SearchIndex) -> None:
    found = search(index, "launchers " * 600)
    assert found.total == 4
    assert any("characters long" in notice for notice in found.notices)


def test_unbalanced_quote_still_searches(index: SearchIndex) -> None:
    found = search(index, '"port of Ardan')
    assert {hit.id for hit in found.hits} >= {1, 3}
    assert found.notices


def test_unknown_filter_is_a_bad_query(index: SearchIndex) -> None:
    with pytest.raises(BadQuery, match="filter"):
        search(index, "launchers", filters={"colour": "red"})
