"""A denial or a refusal to comment answers an existing claim."""

from __future__ import annotations

from workbench.assist.answers import answered_claim
from workbench.core.records import ClaimRecord, MentionRecord
from workbench.core.vocabulary import Stance, Status

ARTICLE = (
    "The Valley Post reported that the ferry company moved fuel through the closed port of Lorne."
    "\n\n"
    "The Lorne Port Authority denied that any fuel passed through the port.\n\n"
    "The harbour board said the new pier would open in June.\n\n"
    "The ferry company's embassy in Velmar said the report was baseless.\n\n"
    "The transport ministry declined to comment on the report.\n"
)
CLAIMS = [
    ClaimRecord(
        1, 1, "The ferry company moved fuel through the closed port of Lorne", Status.RELAYED
    ),
    ClaimRecord(2, 1, "The new pier will open in June", Status.SOURCED),
]
MENTIONS = [
    MentionRecord(1, 1, 7, 0, 90, ARTICLE[:90], Stance.RELAYS),
    MentionRecord(2, 1, 8, 0, 40, "the ferry company moved fuel", Stance.ASSERTS),
    MentionRecord(3, 2, 7, 170, 220, "the new pier would open in June", Stance.ASSERTS),
]


def answer(fragment: str):  # type: ignore[no-untyped-def]
    start = ARTICLE.index(fragment)
    return answered_claim(fragment, ARTICLE, start, CLAIMS, MENTIONS, "en")


def test_a_denial_attaches_to_the_claim_it_denies_with_the_denier_as_source() -> None:
    found = answer("The Lorne Port Authority denied that any fuel passed through the port.")
    assert found is not None
    assert (found.claim_id, found.stance) == (1, Stance.DENIES)
    assert found.source == "The Lorne Port Authority"


def test_a_denial_of_the_report_goes_to_the_most_carried_claim() -> None:
    found = answer("The ferry company's embassy in Velmar said the report was baseless.")
    assert found is not None
    assert (found.claim_id, found.stance) == (1, Stance.DENIES)


def test_a_refusal_is_no_comment_and_an_assertion_answers_nothing() -> None:
    refusal = answer("The transport ministry declined to comment on the report.")
    assert refusal is not None and refusal.stance is Stance.NO_COMMENT
    assert answer("The harbour board said the new pier would open in June.") is None
