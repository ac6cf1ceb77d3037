"""Web furniture goes, reporting stays, and a second article below the first is pointed out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.builders import DEMO
from workbench.ingest import clean_text

REPORTING = [
    # Real paragraphs that mention the words boilerplate rules look for.
    "The ministry said it would follow our advice on the crossing, a spokesman told reporters.",
    "Readers left more than 400 comments under the minister's post before it was deleted.",
    "Share prices in Ardan fell 3 per cent after the report, traders said.",
    "Continue reading the statement, the spokesman told journalists, and you will find no denial.",
    "Related: the authority said in a separate statement that all crossings were monitored.",
    "شارك الرئيس في القمة التي عقدت في أردان يوم الخميس.",
]


def test_demo_boilerplate_is_removed() -> None:
    raw = (DEMO / "articles" / "02_gulfwire_relay.txt").read_text(encoding="utf-8")
    text, notes = clean_text(raw)
    for furniture in ("follow our WhatsApp channel", "Continue Reading", "Read more:"):
        assert furniture in raw and furniture not in text
    assert "Gulf Wire has asked Qaramar's foreign ministry for comment." in text
    assert any("removed 3 lines" in note for note in notes)


@pytest.mark.parametrize(
    "line",
    [
        "Click to comment",
        "Leave a Reply",
        "Leave a comment",
        "Your e-mail address will not be published. Mandatory fields are marked *",
        "Share this: Facebook Twitter WhatsApp",
        "Share this article",
        "Facebook | Twitter | LinkedIn | Email",
        "For the latest updates, follow our WhatsApp channel or download the app.",
        "Follow us on Telegram",
        "Read more: Ferry operator cuts winter sailings",
        "Continue Reading",
        "ADVERTISEMENT",
        "Connect with us",
        "Sign up for our morning newsletter",
        "© 2031 Harbour Media Group. All rights reserved.",
        "GettyImages 1234567890 scaled",
        "اقرأ أيضا: ارتفاع أسعار الوقود في أردان",
        "تابعونا على تلغرام",
        "شارك على: فيسبوك تويتر واتساب",
        "اترك تعليقاً",
    ],
)
def test_furniture_line_is_dropped(line: str) -> None:
    body = "The council met on Tuesday to discuss the harbour tram route and its cost."
    text, notes = clean_text(f"Tram plan debated\n\n{body}\n\n{line}\n\n{body}")
    assert line not in text
    assert text.count(body) == 2
    assert notes


@pytest.mark.parametrize("paragraph", REPORTING)
def test_reporting_paragraph_survives(paragraph: str) -> None:
    text, notes = clean_text(f"Headline\n\n{paragraph}\n\nAnother paragraph of reporting here.")
    assert paragraph in text
    assert notes == []


def test_second_unrelated_article_is_noted_at_its_headline() -> None:
    raw = (DEMO / "articles" / "03_levant_relay.txt").read_text(encoding="utf-8")
    text, notes = clean_text(raw)
    note = next(n for n in notes if "second, unrelated article" in n)
    line_number = int(note.rsplit(" ", 1)[1])
    lines = text.split("\n")
    assert lines[line_number - 1] == "City council approves new tram line for the old harbour"
    assert "The city council voted on Thursday" in text  # kept, only pointed out


@pytest.mark.parametrize(
    "name", ["01_chronicle_report", "02_gulfwire_relay", "04_capital_analysis", "05_arabic_relay"]
)
def test_no_second_article_note_for_single_articles(name: str) -> None:
    raw = (DEMO / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    _, notes = clean_text(raw)
    assert not any("second" in note for note in notes)


def test_follow_up_on_the_same_story_after_a_comment_form_is_not_flagged() -> None:
    first = (
        "Launchers crossed at Tel Safra, officials say\n\n"
        "Two Kestrel-9 launchers crossed at Tel Safra on 3 March and were shipped from Ardan to "
        "Nordavia, according to regional intelligence officials quoted by the Northern Chronicle."
    )
    second = (
        "Tel Safra crossing authority denies launcher shipment\n\n"
        "The authority that runs the Tel Safra crossing denied that Kestrel-9 launchers were "
        "shipped from Ardan to Nordavia, saying the officials quoted by the Chronicle were wrong."
    )
    _, notes = clean_text(f"{first}\n\nLeave a Reply\n\n{second}")
    assert not any("second" in note for note in notes)


def test_spacing_is_tidied_but_words_are_not_touched() -> None:
    raw = "\ufeffTitle here\r\n\r\n\r\n\r\nFirst  line\u00a0with\tspaces.   \r\nSecond line.\n\n\n"
    text, _ = clean_text(raw)
    assert text == "Title here\n\nFirst line with spaces.\nSecond line."


def test_direction_marks_and_joiners_are_kept() -> None:
    raw = "عنوان\n\nقال \u200fالمتحدث\u200c إن المنفذ مغلق."
    text, _ = clean_text(raw)
    assert "\u200f" in text and "\u200c" in text


def test_seed_shaped_page_keeps_every_reporting_paragraph(tmp_path: Path) -> None:
    paragraphs = [
        "Officials in Ardan said on Monday that the ferry service would resume next week.",
        "The operator told the Review that two vessels had been repaired over the winter.",
        "Passengers have complained for months about cancelled sailings and long queues.",
    ]
    page = "\n\n".join(
        [
            "Connect with us",
            "Ferry service to resume",
            *paragraphs,
            "Continue Reading",
            "Share this article",
            "Click to comment",
            "Post a comment",
            "Your e-mail address will not be published.",
        ]
    )
    text, _ = clean_text(page)
    assert text == "\n\n".join(["Ferry service to resume", *paragraphs])
