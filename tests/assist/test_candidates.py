from __future__ import annotations

from workbench.assist.candidates import extract_candidates
from workbench.core.records import ArticleRecord
from workbench.core.vocabulary import SourceKind, Status


def by_fragment(candidates, fragment: str):
    matches = [c for c in candidates if fragment in c.sentence]
    assert matches, f"no candidate for {fragment!r}"
    return matches[0]


def test_original_report_is_first_hand_and_refusals_are_no_comment(
    demo: list[ArticleRecord],
) -> None:
    article = demo[0]
    found = extract_candidates(article.text, "en", outlet=article.outlet)
    lead = by_fragment(found, "over the past month")
    assert lead.stance == "asserts"
    assert lead.suggested_status is Status.SOURCED
    assert lead.source_kind is SourceKind.ANONYMOUS
    own = by_fragment(found, "has learned")
    assert own.stance == "asserts" and own.source_kind is SourceKind.OUTLET
    assert "own reporting" in own.reason
    commander = by_fragment(found, "loaded onto a cargo ship")
    assert commander.stance == "asserts" and "commander" in (commander.source or "")
    refusal = by_fragment(found, "declined to comment")
    assert refusal.stance == "no comment"
    assert refusal.suggested_status is Status.UNVERIFIED
    assert refusal.source == "Qaramar's defence ministry"
    # background without attribution is not a candidate
    assert not [c for c in found if "struggled to replace" in c.sentence]


def test_relay_of_another_outlet_names_it_in_the_reason(demo: list[ArticleRecord]) -> None:
    article = demo[1]
    found = extract_candidates(article.text, "en", outlet=article.outlet)
    lead = by_fragment(found, "moving weapons")
    assert lead.stance == "relays"
    assert lead.suggested_status is Status.RELAYED
    assert lead.source == "the Northern Chronicle"
    assert lead.reason == "attributed to another outlet: the Northern Chronicle"
    assert lead.claim.startswith("Armed networks backed by Veskaria")
    quoted = by_fragment(found, "quoted a brigade commander")
    assert quoted.stance == "relays"
    assert quoted.claim.startswith("the group was glad")
    # boilerplate lines are not claims
    assert not [c for c in found if "WhatsApp" in c.sentence]


def test_the_same_sentence_is_first_hand_only_in_the_outlets_own_article() -> None:
    text = "The Harbour Gazette reported that the pier will close in June."
    own = extract_candidates(text, "en", outlet="Harbour Gazette")[0]
    other = extract_candidates(text, "en", outlet="Valley News")[0]
    assert own.stance == "asserts"
    assert other.stance == "relays"


def test_denials_of_a_report_and_of_a_fact(demo: list[ArticleRecord]) -> None:
    article = demo[3]
    found = extract_candidates(article.text, "en", outlet=article.outlet)
    authority = by_fragment(found, "denied on Thursday")
    assert authority.stance == "denies"
    assert authority.suggested_status is Status.DENIED
    assert authority.source_kind is SourceKind.OFFICIAL
    assert authority.claim == "any military equipment had passed through Tel Safra"
    embassy = by_fragment(found, "baseless")
    assert embassy.stance == "denies" and "embassy" in (embassy.source or "")
    pronoun = by_fragment(found, "Nobody has shown")
    assert pronoun.source == "Security analyst Rana Haddad"
    assert pronoun.source_kind is SourceKind.PERSON
    anaphora = by_fragment(found, "no such shipment")
    assert anaphora.source == "Qaramar's Border Crossings Authority"


def test_arabic_relay_denial_and_refusal(demo: list[ArticleRecord]) -> None:
    article = demo[4]
    found = extract_candidates(article.text, None, outlet=article.outlet)
    stances = [c.stance for c in found]
    # the headline ("Report: ...") passes the claim on without naming who reported it
    assert stances == ["relays", "relays", "relays", "denies", "denies", "no comment"]
    assert found[0].source == "unnamed reports"
    assert found[0].claim.startswith("فصائل في قرمار")  # the "Report:" label is not the claim
    assert found[1].source_kind is SourceKind.OUTLET
    assert "كرونيكل" in (found[2].source or "")  # "بحسب الصحيفة" resolved to the paper named before
    assert found[3].source == "هيئة المنافذ الحدودية"
    assert found[5].source == "قيادة العمليات المشتركة"


def test_spans_point_at_the_sentence_in_the_text(demo: list[ArticleRecord]) -> None:
    for article in demo:
        for candidate in extract_candidates(article.text, outlet=article.outlet):
            assert article.text[candidate.start : candidate.end] == candidate.sentence


def test_nested_attribution_to_another_outlet_is_a_relay() -> None:
    text = (
        "A farmer near the border told the Valley Courier that lorries crossed every night. "
        "A second farmer told Pine Radio that the lorries carried fuel."
    )
    found = extract_candidates(text, "en", outlet="Valley Courier")
    assert [c.stance for c in found] == ["asserts", "relays"]
    assert found[0].source == "A farmer near the border"
    assert found[1].source == "Pine Radio"


def test_unsourced_reports_and_dev_set_cues() -> None:
    text = (
        "The mill was reportedly sold to a foreign buyer last week. "
        "A source familiar with the matter confirmed the sale had closed. "
        "The mill's owner did not immediately respond to a request for comment. "
        "The owner's lawyer called the reports nothing more than gossip. "
        "The deal would neither be confirmed nor denied by the regulator, which has nothing to add."
    )
    found = extract_candidates(text, "en", outlet="Mill Town Times")
    assert found[0].stance == "relays" and found[0].source is None
    assert found[0].suggested_status is Status.UNVERIFIED
    assert found[1].source_kind is SourceKind.ANONYMOUS and found[1].stance == "asserts"
    assert found[2].stance == "no comment"
    assert found[3].stance == "denies" and found[3].source == "The owner's lawyer"


def test_to_json_has_the_documented_keys() -> None:
    found = extract_candidates("Officials said the bridge will reopen on Friday.", "en")
    data = found[0].to_json()
    assert set(data) == {
        "span",
        "sentence",
        "claim",
        "source",
        "source_kind",
        "cue",
        "stance",
        "suggested_status",
        "reason",
    }
    assert data["span"] == [0, len("Officials said the bridge will reopen on Friday.")]
    assert data["suggested_status"] == "sourced"


def test_empty_and_claimless_text() -> None:
    assert extract_candidates("") == []
    assert extract_candidates("The river rose by two metres overnight.\n\nRain is due.") == []
