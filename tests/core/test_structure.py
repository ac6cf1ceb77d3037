"""A claim's structure read from its marked mentions: origin, relays, denials, refusals."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.core.records import (
    ArticleRecord,
    CaseDossier,
    CaseRecord,
    ClaimRecord,
    MentionRecord,
    SourceRecord,
)
from workbench.core.structure import claim_structure, describe, same_name
from workbench.core.vocabulary import SourceKind, Stance, Status, parse_stance


def article(article_id: int, outlet: str | None, day: int | None, text: str) -> ArticleRecord:
    return ArticleRecord(
        id=article_id,
        title=text.split(".")[0],
        text=text,
        language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en",
        format="txt",
        source_file=f"{article_id}.txt",
        outlet=outlet,
        published=date(2031, 5, day) if day else None,
    )


SOURCES = (
    SourceRecord(1, "The Harbour Ledger", SourceKind.OUTLET),
    SourceRecord(2, "Port Authority of Ardan", SourceKind.OFFICIAL),
    SourceRecord(3, "Ministry of Transport", SourceKind.OFFICIAL),
    SourceRecord(4, "Two customs officers", SourceKind.ANONYMOUS),
    SourceRecord(5, "Gulf Wire", SourceKind.OUTLET),
)
ARTICLES = (
    article(1, "Gulf Wire", 3, "Gulf Wire said, citing the Harbour Ledger, that tankers left."),
    article(2, "Levant Daily", 2, "According to the Harbour Ledger, tankers left at night."),
    article(3, "Ardan City Review", 4, "The port authority denied that any tanker left."),
    article(4, "الرصد نيوز", None, "رفضت وزارة النقل التعليق على التقرير."),
)


def dossier(mentions: tuple[MentionRecord, ...], articles=ARTICLES, claim_source=None):
    return CaseDossier(
        case=CaseRecord(1, "Tankers"),
        articles=articles,
        sources=SOURCES,
        claims=(
            ClaimRecord(7, 1, "Tankers left Ardan at night", Status.RELAYED, "", claim_source),
        ),
        mentions=mentions,
    )


def mention(mid: int, article_id: int, stance: Stance, source: int | None) -> MentionRecord:
    text = ARTICLES[article_id - 1].text
    return MentionRecord(mid, 7, article_id, 0, len(text), text, stance, source)


def test_relays_of_an_outlet_outside_the_case_make_it_the_origin() -> None:
    found = claim_structure(
        dossier(
            (
                mention(1, 1, Stance.RELAYS, 1),
                mention(2, 2, Stance.RELAYS, 1),
                mention(3, 3, Stance.DENIES, 2),
                mention(4, 4, Stance.NO_COMMENT, 3),
            )
        ),
        7,
    )
    assert found.origin is not None
    assert (found.origin.name, found.origin.in_case) == ("The Harbour Ledger", False)
    # relays in publication order, each with whom it cites
    assert [(r.outlet, r.actor) for r in found.relays] == [
        ("Levant Daily", "The Harbour Ledger"),
        ("Gulf Wire", "The Harbour Ledger"),
    ]
    assert [(d.actor, d.outlet) for d in found.denials] == [
        ("Port Authority of Ardan", "Ardan City Review")
    ]
    assert [(r.actor, r.outlet) for r in found.refusals] == [
        ("Ministry of Transport", "الرصد نيوز")
    ]
    lines = describe(found)
    assert lines[0] == ("Origin", "The Harbour Ledger (not in the case)")
    assert ("Relayed by", "Levant Daily (2031-05-02), citing The Harbour Ledger") in lines
    assert ("Denied by", "Port Authority of Ardan, in Ardan City Review (2031-05-04)") in lines
    assert ("No comment from", "Ministry of Transport, in الرصد نيوز\u200e (undated)") in lines


def test_the_earliest_first_hand_report_is_the_origin() -> None:
    found = claim_structure(
        dossier(
            (
                mention(1, 3, Stance.ASSERTS, 4),
                mention(2, 2, Stance.ASSERTS, None),
                mention(3, 1, Stance.RELAYS, None),
            )
        ),
        7,
    )
    assert found.origin is not None
    assert (found.origin.name, found.origin.article_id, found.origin.cites) == (
        "Levant Daily",
        2,
        None,
    )
    assert [(r.outlet, r.actor) for r in found.reports] == [
        ("Ardan City Review", "Two customs officers")
    ]
    assert describe(found)[-1] == ("Relayed by", "Gulf Wire (2031-05-03), citing no one by name")


def test_a_relayed_outlet_with_its_own_article_in_the_case_is_that_article() -> None:
    # Levant Daily relays Gulf Wire, whose article is in the case but not marked first-hand
    found = claim_structure(dossier((mention(1, 2, Stance.RELAYS, 5),)), 7)
    assert found.origin is not None
    assert (found.origin.name, found.origin.article_id) == ("Gulf Wire", 1)
    assert describe(found)[0] == ("Origin", "Gulf Wire (2031-05-03)")


def test_the_claims_own_source_is_cited_but_never_the_outlet_itself() -> None:
    own = claim_structure(dossier((mention(1, 1, Stance.ASSERTS, 5),)), 7)
    assert own.origin is not None and own.origin.cites is None
    attributed = claim_structure(dossier((mention(1, 1, Stance.ASSERTS, None),), claim_source=4), 7)
    assert attributed.origin is not None and attributed.origin.cites == "Two customs officers"
    # a claim attributed to the body that denies it: the report did not cite its denier
    denied = claim_structure(
        dossier(
            (mention(1, 1, Stance.ASSERTS, None), mention(2, 3, Stance.DENIES, 2)), claim_source=2
        ),
        7,
    )
    assert denied.origin is not None and denied.origin.cites is None


def test_a_claim_with_only_a_denial_has_no_origin() -> None:
    found = claim_structure(dossier((mention(1, 3, Stance.DENIES, None),)), 7)
    assert found.origin is None and not found.empty
    assert describe(found) == [
        ("Origin", "unknown: no article in the case reports it first-hand"),
        ("Denied by", "an unnamed actor, in Ardan City Review (2031-05-04)"),
    ]
    assert claim_structure(dossier(()), 7).empty


@pytest.mark.parametrize("text", ["no-comment", "no comment", "No_Comment", " NO  COMMENT "])
def test_parse_stance_reads_the_refusal(text: str) -> None:
    assert parse_stance(text) is Stance.NO_COMMENT


def test_same_name_ignores_articles_and_possessives() -> None:
    assert same_name("the Chronicle", "The Northern Chronicle")
    assert same_name("Guardian's", "The Guardian")
    assert not same_name("Gulf Wire", "Levant Daily")
    assert not same_name(None, "Gulf Wire")
