from __future__ import annotations

from workbench.assist.sentences import split_sentences


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_abbreviations_initials_and_numbers_do_not_end_a_sentence() -> None:
    text = (
        "Mr. Holt met Dr. Ames at 3.5 km from the U.S. border on Jan. 4. "
        "J. R. Kessler said the talks went well. The U.S. Navy said nothing."
    )
    assert pieces(text) == [
        "Mr. Holt met Dr. Ames at 3.5 km from the U.S. border on Jan. 4.",
        "J. R. Kessler said the talks went well.",
        "The U.S. Navy said nothing.",
    ]


def test_dotted_abbreviation_at_the_end_of_a_sentence_splits_before_an_opener() -> None:
    text = "The aid came from the U.S. The shipment arrived on Monday."
    assert pieces(text) == ["The aid came from the U.S.", "The shipment arrived on Monday."]


def test_a_quotation_of_several_sentences_stays_with_its_attribution() -> None:
    text = '"We saw trucks. They came at night," the farmer said. "Nobody asked why."'
    assert pieces(text) == [
        '"We saw trucks. They came at night," the farmer said.',
        '"Nobody asked why."',
    ]


def test_question_inside_a_quotation_followed_by_lower_case_does_not_split() -> None:
    text = 'He asked "who paid?" and left the room. Then the vote began.'
    assert pieces(text) == ['He asked "who paid?" and left the room.', "Then the vote began."]


def test_lines_are_always_boundaries_and_spans_skip_blank_space() -> None:
    text = "Headline without a stop\n\n  First sentence here. Second one!\n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Headline without a stop",
        "First sentence here.",
        "Second one!",
    ]


def test_arabic_sentences_split_on_full_stop_and_arabic_question_mark() -> None:
    text = "قال المتحدث إن الوفد وصل. هل انتهت المحادثات؟ لم يعلن أحد ذلك."
    assert pieces(text) == ["قال المتحدث إن الوفد وصل.", "هل انتهت المحادثات؟", "لم يعلن أحد ذلك."]


def test_spans_are_offsets_into_mixed_text() -> None:
    text = "Café owners said prices rose. ذكرت الصحيفة أن الأسعار ارتفعت."
    spans = split_sentences(text)
    assert len(spans) == 2
    assert text[spans[1][0] : spans[1][1]] == "ذكرت الصحيفة أن الأسعار ارتفعت."
