"""Reading earlier verdicts from every shape publishers use, and refusing what is not one."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.archive.verdicts import (
    as_dicts,
    claimreview_node,
    write_csv,
    write_feed,
    write_jsonl,
    write_page,
)
from workbench.archive.readers import read_verdicts
from workbench.core.errors import ImportRejected


def test_a_single_claimreview_keeps_its_fields(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonld"
    path.write_text(json.dumps(claimreview_node(as_dicts()[0])), encoding="utf-8")
    [verdict] = read_verdicts(path).verdicts
    assert verdict.ref == "v-101"
    assert verdict.claim.startswith("The Halden dam")
    assert (verdict.rating, verdict.reviewer) == ("False", "Lantern Check")
    assert verdict.url == "https://lanterncheck.example/halden-dam"
    assert verdict.published == date(2031, 4, 2)
    assert verdict.title == "Did the Halden Dam Collapse?"


def test_list_graph_and_feed_all_give_every_record(tmp_path: Path) -> None:
    nodes = [claimreview_node(r) for r in as_dicts()]
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps(nodes, ensure_ascii=False), encoding="utf-8")
    graph = tmp_path / "graph.jsonld"
    graph.write_text(
        json.dumps({"@context": "https://schema.org", "@graph": nodes}), encoding="utf-8"
    )
    feed = write_feed(tmp_path / "feed.json")
    for path in (listed, graph, feed):
        refs = [v.ref for v in read_verdicts(path).verdicts]
        assert sorted(refs) == sorted(r["id"] for r in as_dicts()), path.name


def test_saved_fact_check_page_gives_its_embedded_review(tmp_path: Path) -> None:
    arabic = as_dicts()[5]
    [verdict] = read_verdicts(write_page(tmp_path / "page.html", arabic)).verdicts
    assert verdict.claim == arabic["claim"]
    assert verdict.rating == "خاطئ"
    assert verdict.language == "ar"


def test_csv_and_jsonl_columns(tmp_path: Path) -> None:
    for path in (write_csv(tmp_path / "a.csv"), write_jsonl(tmp_path / "a.jsonl")):
        verdicts = read_verdicts(path).verdicts
        assert [v.ref for v in verdicts] == [r["id"] for r in as_dicts()]
        assert verdicts[4].published == date(2031, 5, 1)


def test_rows_without_a_claim_are_counted_not_fatal(tmp_path: Path) -> None:
    rows = [*as_dicts()[:2], {"id": "x", "claim": "  ", "title": "empty"}]
    found = read_verdicts(write_jsonl(tmp_path / "gaps.jsonl", rows))
    assert len(found.verdicts) == 2
    assert found.skipped == ["line 3: no claim"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.json", b"", "empty"),
        ("binary.json", bytes(range(256)) * 40, "binary"),
        ("broken.jsonld", b'{"@type": "ClaimReview", ', "not valid JSON"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("none.json", b'{"@type": "NewsArticle", "headline": "x"}', "no ClaimReview"),
        ("nocolumn.csv", b"headline,rating\nx,False\n", "no 'claim' column"),
        ("notes.txt", b"some text", "not an archive file"),
        ("page.html", b"<html><body><p>No data here</p></body></html>", "no ClaimReview"),
    ],
)
def test_hostile_or_useless_files_are_refused_with_a_line(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportRejected, match=reason) as caught:
        read_verdicts(path)
    assert str(caught.value).startswith(name)
    assert "\n" not in str(caught.value)


def test_control_characters_and_script_urls_do_not_get_through(tmp_path: Path) -> None:
    record = dict(as_dicts()[0], claim="A claim\x00 with\x07 controls", url="javascript:alert(1)")
    [verdict] = read_verdicts(write_jsonl(tmp_path / "odd.jsonl", [record])).verdicts
    assert verdict.claim == "A claim with controls"
    assert verdict.url == ""
