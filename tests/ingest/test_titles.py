"""Titles of pasted pages: the real headline, not a section label, a teaser or a dateline."""

from __future__ import annotations

from workbench.ingest.text_reader import find_title_and_byline

BODY = (
    "Port officials in Ardan said on Monday that two cargo ships carrying grain had been held "
    "for inspection, and that the grain would be released once the papers were checked. The port "
    "authority said the inspection was routine and that grain exports would go on as planned."
)


def title_of(*lines: str) -> str:
    return find_title_and_byline("\n\n".join(lines), "fallback").title


def test_a_section_label_above_the_headline_is_skipped() -> None:
    assert title_of("World News", "Ardan holds two grain ships for inspection", BODY) == (
        "Ardan holds two grain ships for inspection"
    )


def test_a_teaser_for_another_story_loses_to_the_headline_the_body_is_about() -> None:
    teaser = "Mayor opens new football stadium after years of delay"
    headline = "Grain ships held at Ardan port for inspection: officials"
    assert title_of(teaser, headline, BODY) == headline


def test_a_headline_further_down_after_the_body_starts_is_not_taken() -> None:
    second = "Council approves tram line"
    assert title_of("Grain ships held in Ardan", BODY, second, BODY) == "Grain ships held in Ardan"


def test_datelines_and_credits_are_not_titles() -> None:
    assert title_of("Ardan, 9 February", "Grain ships held in Ardan", BODY) == (
        "Grain ships held in Ardan"
    )
    assert title_of("Published by Harbour Wire", "Grain ships held in Ardan", BODY) == (
        "Grain ships held in Ardan"
    )


def test_no_headline_gives_the_opening_words_of_the_first_paragraph() -> None:
    title = title_of("Ardan", BODY)
    assert title.startswith("Port officials in Ardan said on Monday")
    assert title.endswith("…") and len(title) <= 92
