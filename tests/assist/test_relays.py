from __future__ import annotations

from dataclasses import replace
from datetime import date

from workbench.assist.relays import near_copies, shared_passages
from workbench.core.records import ArticleRecord

ORIGINAL = (
    "Mill owners in Brask closed four weaving sheds on Monday after the price of cotton yarn "
    "doubled in a month, the Brask Ledger has learned.\n\n"
    "The closures leave about 600 weavers without work before the winter, according to the "
    "regional labour office.\n\n"
    "The town's mayor said the council would ask the government for emergency support."
)
RELAY = (
    "Four weaving sheds in Brask were closed on Monday after cotton yarn prices doubled within a "
    "month, the Brask Ledger reported.\n\n"
    "Ferry services on the lake were suspended because of fog.\n\n"
    "About 600 weavers are left without work before winter, the regional labour office said."
)
OTHER = (
    "The lake ferry will run a reduced timetable until March while the pier is rebuilt.\n\n"
    "Tickets bought before the change remain valid on any crossing."
)


def record(article_id: int, text: str, published: date | None) -> ArticleRecord:
    return ArticleRecord(
        id=article_id,
        title=f"article {article_id}",
        text=text,
        language="en",
        format="txt",
        source_file=f"{article_id}.txt",
        published=published,
    )


def test_reworded_passages_are_found_with_the_earlier_article_first() -> None:
    relay = record(2, RELAY, date(2031, 5, 2))
    original = record(1, ORIGINAL, date(2031, 5, 1))
    found = shared_passages([relay, original, record(3, OTHER, date(2031, 5, 3))])
    assert len(found) == 2
    for passage in found:
        assert passage.article_a == 1 and passage.article_b == 2
        assert passage.earlier == 1
        assert 0.6 <= passage.similarity <= 1.0
    first = found[0]
    assert "weaving sheds" in ORIGINAL[first.start_a : first.end_a]
    assert "weaving sheds" in RELAY[first.start_b : first.end_b]
    assert "Ferry" not in RELAY[found[1].start_b : found[1].end_b]


def test_undated_articles_have_no_earlier_one() -> None:
    found = shared_passages([record(1, ORIGINAL, None), record(2, RELAY, None)])
    assert found and all(p.earlier is None for p in found)


def test_consecutive_copied_sentences_merge_into_one_passage() -> None:
    copy = "Local news in brief.\n\n" + ORIGINAL
    found = shared_passages([record(1, ORIGINAL, None), record(2, copy, None)])
    assert len(found) == 1
    assert found[0].to_json()["span_a"] == [0, len(ORIGINAL)]


def test_near_copies_flags_a_trimmed_copy_but_not_a_relay() -> None:
    trimmed = ORIGINAL.rsplit("\n\n", 1)[0] + "\n\nShare this story."
    found = near_copies(trimmed, [(1, ORIGINAL), (2, RELAY), (3, OTHER)])
    assert [article_id for article_id, _ in found] == [1]
    assert found[0][1] >= 0.7
    assert near_copies("", [(1, ORIGINAL)]) == []


def test_a_case_of_one_article_shares_nothing() -> None:
    assert shared_passages([record(1, ORIGINAL, None)]) == []
    assert shared_passages([replace(record(1, ORIGINAL, None), text="")]) == []
