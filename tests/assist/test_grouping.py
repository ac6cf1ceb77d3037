from __future__ import annotations

from workbench.assist.candidates import extract_candidates
from workbench.assist.grouping import group_candidates
from workbench.core.records import ArticleRecord


def test_the_same_claim_in_two_outlets_is_one_group() -> None:
    first = "Two Kestrel-9 launchers crossed at Tel Safra on 3 March, officials said."
    second = (
        "The Kestrel-9 launchers, two of them, crossed the Tel Safra border on 3 March, "
        "the Chronicle reported."
    )
    third = "The mayor said the tram line along the old harbour will open in three years."
    items = [(1, c) for c in extract_candidates(first, "en")]
    items += [(2, c) for c in extract_candidates(second, "en", outlet="Gulf Wire")]
    items += [(3, c) for c in extract_candidates(third, "en")]
    groups = group_candidates(items)
    assert len(groups) == 2
    assert groups[0].article_ids == [1, 2]
    assert {c.stance for _, c in groups[0].members} == {"asserts", "relays"}
    assert groups[0].representative  # a wording the user can accept
    assert groups[1].article_ids == [3]


def test_refusals_are_never_merged(demo: list[ArticleRecord]) -> None:
    items = [
        (1, c) for c in extract_candidates("The embassy declined to comment on the report.", "en")
    ]
    items += [
        (2, c) for c in extract_candidates("The ministry declined to comment on the report.", "en")
    ]
    assert len(group_candidates(items)) == 2


def test_demo_case_groups_the_tel_safra_crossing_across_outlets(
    demo: list[ArticleRecord],
) -> None:
    items = [
        (a.id, c) for a in demo for c in extract_candidates(a.text, a.language, outlet=a.outlet)
    ]
    groups = group_candidates(items)
    assert sum(len(g.members) for g in groups) == len(items)
    crossing = [
        g
        for g in groups
        if any("Tel Safra" in c.sentence and "Kestrel" in c.sentence for _, c in g.members)
    ]
    assert crossing and len(crossing[0].article_ids) >= 2
    assert "members" in crossing[0].to_json()


def test_nothing_in_nothing_out() -> None:
    assert group_candidates([]) == []
