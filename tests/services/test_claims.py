"""Claims, mentions, sources and the audit trail, on a real library."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.records import ImportedArticle
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services import cases, claims, integrity, sources
from workbench.services.importing import store_imported
from workbench.store import Library
from workbench.store import models as m

ARABIC = "نفت هيئة المنافذ الحدودية مرورَ أي شحنة عبر منفذ تل صفرة."
ENGLISH = "The authority denied that any shipment crossed at Tel Safra, a spokesman said."


def _article(text: str, name: str) -> ImportedArticle:
    return ImportedArticle(title=name, text=text, raw_text=text, format="txt", source_file=name)


@pytest.fixture
def case_with_articles(library: Library) -> tuple[int, list[int]]:
    case = cases.create_case(library, "Tel Safra shipment")
    outcomes = store_imported(
        library,
        [("a.txt", _article(ENGLISH, "a.txt")), ("b.txt", _article(ARABIC, "b.txt"))],
        case.id,
    )
    return case.id, [o.article_id for o in outcomes]


def test_claim_with_quoted_mention_gets_exact_span(library, case_with_articles) -> None:
    case_id, (_, ar) = case_with_articles
    claim = claims.add_claim(
        library,
        case_id,
        "No shipment crossed at Tel Safra",
        status=Status.DENIED,
        source_name="Border Crossings Authority",
        source_kind=SourceKind.OFFICIAL,
        mention=claims.MentionSpec(article_id=ar, quote="مرورَ أي شحنة", stance=Stance.DENIES),
    )
    dossier = cases.case_dossier(library, case_id)
    (mention,) = dossier.mentions_of(claim.id)
    assert ARABIC[mention.start : mention.end] == "مرورَ أي شحنة"
    assert mention.stance is Stance.DENIES
    assert dossier.source(claim.source_id).kind is SourceKind.OFFICIAL
    assert integrity.check_library(library) == []


def test_quote_with_other_line_breaks_is_still_found(library, case_with_articles) -> None:
    case_id, (en, _) = case_with_articles
    claim = claims.add_claim(
        library,
        case_id,
        "shipment",
        mention=claims.MentionSpec(article_id=en, quote="any   shipment\ncrossed"),
    )
    (mention,) = cases.case_dossier(library, case_id).mentions_of(claim.id)
    assert mention.quote == "any shipment crossed"


def test_quote_not_in_article_is_refused_and_nothing_is_written(library, case_with_articles):
    case_id, (en, _) = case_with_articles
    with pytest.raises(NotFound, match="not in article"):
        claims.add_claim(
            library, case_id, "x", mention=claims.MentionSpec(article_id=en, quote="no such words")
        )
    assert cases.case_dossier(library, case_id).claims == ()


def test_status_changes_are_kept_in_the_audit_trail(library, case_with_articles) -> None:
    case_id, _ = case_with_articles
    claim = claims.add_claim(library, case_id, "Launchers were shipped")
    assert claim.status is Status.UNVERIFIED
    claims.mark_claim(library, claim.id, Status.SOURCED, "two officials on record")
    claims.mark_claim(library, claim.id, Status.DENIED, "authority denial")
    trail = cases.case_dossier(library, case_id).audit_of("claim", claim.id)
    changes = [(a.old, a.new, a.reason) for a in trail if a.action == "status"]
    assert changes == [
        (None, "unverified", ""),
        ("unverified", "sourced", "two officials on record"),
        ("sourced", "denied", "authority denial"),
    ]
    assert all(a.actor for a in trail)


def test_delete_and_restore_brings_back_mentions_and_evidence(library, case_with_articles):
    case_id, (en, ar) = case_with_articles
    claim = claims.add_claim(
        library,
        case_id,
        "Shipment denied",
        mention=claims.MentionSpec(article_id=en, quote="denied that any shipment"),
    )
    claims.add_mention(library, claim.id, claims.MentionSpec(article_id=ar, start=0, end=3))
    claims.add_evidence(library, claim.id, "statement", "https://authority.example/statement")
    before = cases.case_dossier(library, case_id)
    snapshot = claims.delete_claim(library, claim.id)
    assert cases.case_dossier(library, case_id).claims == ()
    claims.restore_claim(library, snapshot)
    after = cases.case_dossier(library, case_id)
    assert after.claims[0].id == claim.id
    assert after.claims[0].uuid == before.claims[0].uuid is not None
    assert after.mentions == before.mentions
    assert [e.reference for e in after.evidence] == ["https://authority.example/statement"]


def test_span_outside_the_article_is_refused(library, case_with_articles) -> None:
    case_id, (en, _) = case_with_articles
    claim = claims.add_claim(library, case_id, "c")
    with pytest.raises(WorkbenchError, match="outside article"):
        claims.add_mention(library, claim.id, claims.MentionSpec(article_id=en, start=5, end=10**6))


def test_merging_sources_moves_claims_and_mentions(library, case_with_articles) -> None:
    case_id, _ = case_with_articles
    a = claims.add_claim(
        library, case_id, "one", source_name="U.S.", source_kind=SourceKind.OFFICIAL
    )
    b = claims.add_claim(library, case_id, "two", source_name="United States")
    c = claims.add_claim(library, case_id, "three", source_name="united states")  # any case
    listed = {s.name: s for s, _ in sources.list_sources(library)}
    assert set(listed) == {"U.S.", "United States"}
    keep = listed["United States"]
    sources.merge_sources(library, keep.id, [listed["U.S."].id])
    dossier = cases.case_dossier(library, case_id)
    assert {cl.source_id for cl in dossier.claims if cl.id in (a.id, b.id, c.id)} == {keep.id}
    with library.session() as session:
        assert session.scalars(select(m.Source.name)).all() == ["United States"]


def test_renaming_to_an_existing_name_asks_for_a_merge(library, case_with_articles) -> None:
    case_id, _ = case_with_articles
    claims.add_claim(library, case_id, "one", source_name="Gulf Wire")
    claims.add_claim(library, case_id, "two", source_name="Gulf Wire Agency")
    by_name = {s.name: s for s, _ in sources.list_sources(library)}
    with pytest.raises(WorkbenchError, match="merge"):
        sources.edit_source(library, by_name["Gulf Wire Agency"].id, name="gulf wire")


def test_every_change_is_journalled_for_the_search_index(library, case_with_articles) -> None:
    case_id, _ = case_with_articles
    claim = claims.add_claim(library, case_id, "journalled")
    claims.mark_claim(library, claim.id, Status.RELAYED)
    with library.session() as session:
        entries = session.execute(select(m.IndexJournal.entity, m.IndexJournal.entity_id)).all()
    assert ("claim", claim.id) in entries
    assert sum(1 for e in entries if e == ("claim", claim.id)) >= 2


def test_the_passage_a_claim_is_made_from_is_attributed_as_the_claim(library, case_with_articles):
    case_id, (en, _) = case_with_articles
    claim = claims.add_claim(
        library,
        case_id,
        "No shipment crossed",
        source_name="Border Crossings Authority",
        source_kind=SourceKind.OFFICIAL,
        mention=claims.MentionSpec(article_id=en, quote="denied that any shipment crossed"),
    )
    dossier = cases.case_dossier(library, case_id)
    (mention,) = dossier.mentions_of(claim.id)
    assert mention.source_id == claim.source_id is not None
