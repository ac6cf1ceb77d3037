from __future__ import annotations

import json

from workbench.assist.suggest import suggest_for_case
from workbench.core.records import ArticleRecord


def test_suggestions_for_the_demo_case(demo: list[ArticleRecord]) -> None:
    steps: list[tuple[int, int]] = []
    result = suggest_for_case(demo, progress=lambda done, total: steps.append((done, total)))
    assert result.complete
    assert set(result.candidates) == {a.id for a in demo}
    assert all(result.candidates[a.id] for a in demo)
    assert steps[-1] == (len(demo) + 2, len(demo) + 2)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    members = sum(len(g.members) for g in result.groups)
    assert members == sum(len(v) for v in result.candidates.values())
    json.dumps(result.to_json(), ensure_ascii=False)


def test_cancelling_stops_early_and_says_so(demo: list[ArticleRecord]) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    result = suggest_for_case(demo, cancelled=cancelled)
    assert not result.complete
    assert len(result.candidates) == 2
    assert result.groups == [] and result.shared == []


def test_an_empty_case() -> None:
    result = suggest_for_case([])
    assert result.complete and result.groups == [] and result.shared == [] and result.copies == []
