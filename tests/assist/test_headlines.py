"""Headlines state claims: they are proposed, with the stance their wording gives."""

from __future__ import annotations

import pytest

from workbench.assist.candidates import extract_candidates
from workbench.assist.stance_model import stance_model


def only(text: str, outlet: str | None = None, title: str | None = None):  # type: ignore[no-untyped-def]
    found = extract_candidates(text, None, outlet=outlet, title=title)
    assert len(found) == 1, [c.sentence for c in found]
    return found[0]


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour singer to star in new lighthouse musical",
        "Valley Council Approves Night Ferry Service",
        "TANNERY CLOSES AFTER FLOOD",
        "Mayor quits",
    ],
)
def test_a_headline_without_a_cue_is_proposed_as_the_outlets_own_claim(headline: str) -> None:
    found = only(headline, outlet="Coastline Radio")
    assert found.stance == "asserts"
    assert found.source == "Coastline Radio"
    assert found.claim == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry operator reportedly planning to sell fleet",
        "Lighthouse keeper allegedly kept secret zoo for a decade",
        "Is the Velmar bridge about to close?",
        "Tannery owner accused of dumping dye in river -newspaper",
    ],
)
def test_hedged_headlines_report_without_taking_a_side(headline: str) -> None:
    assert only(headline).stance == "relays"


@pytest.mark.parametrize(
    "headline",
    [
        "Viral photo of shark on flooded motorway is a hoax",
        "No, the Velmar mayor has not been arrested",
        "Mayor denies claims she sold the harbour to a developer",
    ],
)
def test_debunking_headlines_deny(headline: str) -> None:
    assert only(headline).stance == "denies"


def test_the_denier_is_the_subject_of_a_present_tense_denial() -> None:
    found = only("Harbour board denies selling pier to developer")
    assert found.source == "Harbour board"
    arabic = only("الوزارة تنفي إغلاق المعبر الحدودي")
    assert arabic.stance == "denies"
    assert arabic.source == "الوزارة"


def test_a_refused_request_is_no_denial_of_a_claim() -> None:
    text = "Her visa request was denied last week, the ferry captain told the Valley Post."
    assert all(c.stance != "denies" for c in extract_candidates(text, "en"))


def test_labels_and_sources_named_without_a_verb() -> None:
    report = only("Report: ferry company moved fuel through closed port")
    assert report.claim == "ferry company moved fuel through closed port"
    assert (report.stance, report.source) == ("relays", "unnamed reports")
    shown = only("Ferry company paid harbour master, emails show")
    assert (shown.stance, shown.source) == ("asserts", "emails")
    named = only("صحيفة: شركة العبارات نقلت الوقود عبر ميناء مغلق")
    assert named.stance == "relays"


def test_furniture_labels_and_links_below_the_article_are_left_out() -> None:
    text = (
        "Skip to main content\n"
        "Valley Post | News | Sport\n"
        "Ferry company moved fuel through closed port\n"
        "By Ana Rell\n"
        "Updated 3 May 2033, 10:00\n\n"
        "The ferry company moved fuel through the closed port on Sunday, two dockers said.\n\n"
        "What happens next\n\n"
        "The harbour board meets on Monday.\n\n"
        "Tannery Strike Enters Third Week In Lorne\n"
    )
    found = extract_candidates(text, "en", outlet="Valley Post")
    assert [c.sentence for c in found] == [
        "Ferry company moved fuel through closed port",
        "The ferry company moved fuel through the closed port on Sunday, two dockers said.",
    ]


def test_the_title_found_by_the_importer_is_the_headline_not_a_link_above_it() -> None:
    text = (
        "Harbour Board Hails Record Season\n\n"
        "Ferry company moved fuel through closed port\n\n"
        "The ferry company moved fuel through the closed port on Sunday, two dockers said.\n"
    )
    found = extract_candidates(text, "en", title="Ferry company moved fuel through closed port")
    assert found[0].sentence == "Ferry company moved fuel through closed port"
    assert len(found) == 2


def test_the_shipped_model_loads_and_is_deterministic() -> None:
    model = stance_model()
    first = model.predict("Pop star reportedly quits band")
    again = model.predict("Pop star reportedly quits band")
    assert first == again
    assert set(first.scores) == {"asserts", "relays", "denies"}
    assert abs(sum(first.scores.values()) - 1.0) < 1e-9
