"""Shapes of attribution met in real reporting beyond the demo case, each in fictional sentences:
denials voiced as assertions, refusals without "comment", relays through "quoted by", end tags,
documents as sources, quotations carried over two sentences, and organisations with two-word names.
"""

from __future__ import annotations

from workbench.assist.candidates import Candidate, extract_candidates
from workbench.core.vocabulary import SourceKind, Status

SPILL = (
    "Fishers in Lorne say the river turned brown after Kestrel Agrochem released waste water from "
    "its plant in March, the Valley Post has learned.\n"
    "Kestrel Agrochem said its plant had operated within its permit at all times.\n"
    "A spokesman for Kestrel Agrochem said the company had fully complied with every inspection.\n"
    "The mayor, Oda Renn, said the river had been clear on Sunday.\n"
    "The mayor said the town had never seen so many dead fish.\n"
)
TRADES = (
    "The governor of the Dovrian central bank, Paul Aster, traded bank shares days before a rate "
    "cut, two brokers told the Valley Post.\n"
    "The bank said the governor had no knowledge of the trades.\n"
)


def one(found: list[Candidate], fragment: str) -> Candidate:
    matches = [c for c in found if fragment in c.sentence]
    assert len(matches) == 1, f"{len(matches)} candidates for {fragment!r}"
    return matches[0]


def test_the_accused_asserting_the_opposite_is_a_denial() -> None:
    found = extract_candidates(SPILL, "en", outlet="Valley Post")
    permit = one(found, "within its permit")
    assert permit.stance == "denies" and permit.suggested_status is Status.DENIED
    assert permit.source == "Kestrel Agrochem"
    assert one(found, "fully complied").stance == "denies"
    bank = one(extract_candidates(TRADES, "en", outlet="Valley Post"), "no knowledge")
    assert bank.stance == "denies" and bank.source == "The bank"
    answers = (
        '"We have always paid every fine on time," the company said.\n'
        "The firm said the allegations were misleading and would be answered in court.\n"
    )
    assert [c.stance for c in extract_candidates(answers, "en", outlet="Valley Post")] == [
        "denies",
        "denies",
    ]


def test_a_witness_asserting_is_not_a_denial() -> None:
    found = extract_candidates(SPILL, "en", outlet="Valley Post")
    assert one(found, "clear on Sunday").stance == "asserts"
    # "never" about something other than the speaker is testimony, not a rebuttal
    assert one(found, "never seen so many").stance == "asserts"
    assert one(found, "turned brown").stance == "asserts"


def test_refusals_that_never_say_comment() -> None:
    text = (
        "The ministry declined to say whether the inspectors had visited the plant.\n"
        "Kestrel Agrochem would not say how much waste water it released in March.\n"
        "The regulator refused to say when its review would end.\n"
        '"I am not going to speculate about the cause," the plant manager, Ilse Varga, said.\n'
        "The water board would not be drawn on whether fines would follow.\n"
        "The company referred questions to its statement of March 3.\n"
        "The governor's office did not respond to questions sent on Monday.\n"
    )
    found = extract_candidates(text, "en", outlet="Valley Post")
    assert len(found) == 7
    assert all(c.stance == "no comment" for c in found)
    assert all(c.suggested_status is Status.UNVERIFIED for c in found)
    sources = [c.source for c in found]
    assert sources == [
        "The ministry",
        "Kestrel Agrochem",
        "The regulator",
        "Ilse Varga",
        "The water board",
        "The company",
        "The governor's office",
    ]


def test_to_say_is_not_a_speech_verb() -> None:
    text = "The inspectors plan to say more about the samples at a hearing in May."
    assert extract_candidates(text, "en", outlet="Valley Post") == []


def test_voices_quoted_by_another_outlet_are_relays_of_that_outlet() -> None:
    text = (
        "The engineers quoted by the Harbour Ledger said the valves had been left open for days.\n"
        "A former guard quoted by the Ledger described trucks leaving the plant at night.\n"
    )
    found = extract_candidates(text, "en", outlet="Valley Post")
    assert [(c.stance, c.source, c.source_kind) for c in found] == [
        ("relays", "the Harbour Ledger", SourceKind.OUTLET),
        ("relays", "the Ledger", SourceKind.OUTLET),
    ]
    own = extract_candidates(text, "en", outlet="Harbour Ledger")
    assert all(c.stance == "asserts" for c in own)


def test_arabic_told_the_newspaper_relays_the_newspaper_without_swallowing_it() -> None:
    text = (
        "ذكرت صحيفة المرفأ أن الشركة ألقت نفايات في النهر طوال شهر آذار.\n"
        "وقال أحد المهندسين للصحيفة إن الصمامات تركت مفتوحة لمدة يومين.\n"
    )
    found = extract_candidates(text, "ar", outlet="إذاعة الوادي")
    engineer = one(found, "المهندسين")
    assert engineer.stance == "relays"
    assert engineer.source == "صحيفة المرفأ"
    assert all("للصحيفة" not in (c.source or "") for c in found)


def test_a_speaker_tag_at_the_end_owns_the_sentence() -> None:
    text = (
        "Samples taken from the river last week showed ammonia at nine times the legal limit, "
        "the cooperative's chairman, Milo Brandt, said.\n"
        "The loans were approved by the board in a single sitting, according to the bank's "
        "website.\n"
        "It was reported earlier this week that the plant would close for repairs.\n"
    )
    found = extract_candidates(text, "en", outlet="Valley Post")
    samples = one(found, "Samples taken")
    assert samples.source == "Milo Brandt" and samples.source_kind is SourceKind.PERSON
    website = one(found, "bank's website")
    assert website.source == "the bank's website"
    assert website.source_kind is SourceKind.OTHER and website.stance == "asserts"
    reported = one(found, "It was reported")
    assert reported.source is None and reported.stance == "relays"
    assert reported.suggested_status is Status.UNVERIFIED


def test_boilerplate_words_are_not_sources() -> None:
    text = "News said the festival would go ahead despite the rain over the weekend."
    assert all(c.source != "News" for c in extract_candidates(text, "en", outlet="Valley Post"))


def test_documents_and_the_outlets_own_findings() -> None:
    text = (
        "Trading records reviewed by the Review show the governor's brother bought shares two days "
        "before the cut.\n"
        "The emails describe a meeting between the governor and a broker in May.\n"
        "Documents seen by the Harbour Ledger show the loan was approved in a single day.\n"
        "It has also been reported that the broker left the country in June.\n"
        "The Review could find no disclosure of the trades in the bank's annual filings.\n"
    )
    found = extract_candidates(text, "en", outlet="Dovria Financial Review")
    records = one(found, "Trading records")
    assert records.stance == "asserts" and "Trading records" in (records.source or "")
    emails = one(found, "The emails")
    assert emails.stance == "asserts" and emails.source == "The emails"
    assert emails.source_kind is SourceKind.OTHER
    seen = one(found, "Documents seen")
    assert seen.stance == "relays" and seen.source == "the Harbour Ledger"
    passive = one(found, "also been reported")
    assert passive.stance == "relays" and passive.source is None
    assert passive.suggested_status is Status.UNVERIFIED
    finding = one(found, "could find no disclosure")
    assert finding.stance == "asserts" and finding.source_kind is SourceKind.OUTLET
    assert "own reporting" in finding.reason


def test_a_quotation_carried_past_its_tag_stays_with_the_speaker() -> None:
    text = (
        "Milo Brandt has fished the Lorne estuary for thirty years.\n"
        '"We lost a season in a week," Brandt said. "Nobody from the company came to see us."\n'
        "The harbour reopened on Friday.\n"
    )
    found = extract_candidates(text, "en", outlet="Valley Post")
    assert len(found) == 1
    quote = found[0]
    assert quote.source == "Brandt"
    assert quote.sentence.endswith('came to see us."')
    assert text[quote.start : quote.end] == quote.sentence


def test_two_word_organisations_are_not_people() -> None:
    text = (
        "Kestrel Agrochem said the spill was small.\n"
        "Aska Fishers' Cooperative said forty boats had stayed in harbour.\n"
        "Norvatech Systems said its sensors had failed.\n"
        "Milo Brandt said he had warned the company in February.\n"
    )
    kinds = [c.source_kind for c in extract_candidates(text, "en", outlet="Valley Post")]
    assert kinds == [SourceKind.OTHER, SourceKind.OTHER, SourceKind.OTHER, SourceKind.PERSON]


def test_more_shapes_of_the_same_categories() -> None:
    text = (
        "Fishers blame Kestrel Agrochem for the dead fish found in the estuary.\n"
        "The loan was signed in a single day, according to documents seen by the Harbour Ledger.\n"
        "Speaking to the Harbour Ledger, a broker said the shares were sold within the hour.\n"
        "The broker's lawyer was unavailable for comment on Friday.\n"
        "Kestrel Agrochem released the water legitimately, according to the company.\n"
        "Samples from the estuary showed high ammonia levels, said Milo Brandt, the "
        "cooperative's chairman.\n"
    )
    found = extract_candidates(text, "en", outlet="Valley Post")
    loan = one(found, "signed in a single day")
    assert (loan.stance, loan.source) == ("relays", "the Harbour Ledger")
    broker = one(found, "Speaking to")
    assert (broker.stance, broker.source) == ("relays", "the Harbour Ledger")
    assert one(found, "unavailable").stance == "no comment"
    assert one(found, "legitimately").stance == "denies"
    assert one(found, "Samples from the estuary").source == "Milo Brandt"
    own = extract_candidates(text, "en", outlet="Harbour Ledger")
    assert one(own, "signed in a single day").stance == "asserts"
