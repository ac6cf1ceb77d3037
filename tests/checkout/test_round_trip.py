"""Check a case out of the team library, work on it offline, check it back in."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.checkout.conftest import ARABIC, SECOND, article, build_case
from workbench.core.casemerge import Side, UnsettledConflicts
from workbench.core.errors import CheckoutRefused
from workbench.core.vocabulary import Stance, Status
from workbench.services import cases, claims, integrity
from workbench.services.checkout import check_in, check_out
from workbench.services.checkout_records import BORROWED, LENT, checkout_marks
from workbench.services.importing import store_imported
from workbench.services.searching import open_search
from workbench.store import Library
from workbench.store import models as m


def claim_ids_by_uuid(library: Library, case_id: int) -> dict[str, int]:
    with library.session() as session:
        rows = session.execute(
            select(m.Claim.uuid, m.Claim.id).where(m.Claim.case_id == case_id)
        ).all()
        return {str(u): i for u, i in rows}


def uuid_of(library: Library, claim_id: int) -> str:
    with library.session() as session:
        row = session.get(m.Claim, claim_id)
        assert row is not None
        return str(row.uuid)


def picture(library: Library, case_id: int) -> dict:
    """The case as both libraries must agree on it, without row ids."""
    dossier = cases.case_dossier(library, case_id)
    hashes = {a.id: a.content_hash for a in dossier.articles}
    by_claim = {
        c.uuid: (
            c.text,
            c.status.value,
            c.note,
            dossier.source(c.source_id).name if c.source_id else None,
            sorted(
                (hashes[x.article_id], x.start, x.end, x.stance.value, x.quote)
                for x in dossier.mentions_of(c.id)
            ),
            sorted((e.kind, e.reference, e.note) for e in dossier.evidence_of(c.id)),
        )
        for c in dossier.claims
    }
    case = dossier.case
    return {
        "case": (case.question, case.verdict, case.summary),
        "claims": by_claim,
        "articles": sorted((a.content_hash, a.title, a.outlet) for a in dossier.articles),
    }


def test_a_case_travels_to_the_laptop_with_everything_and_is_shown_as_checked_out(
    team: Library, laptop: Library
) -> None:
    made = build_case(team)
    summary = check_out(team, laptop, made.title)
    assert summary.claims == 3 and summary.articles == 2
    assert picture(laptop, summary.case_id) == picture(team, made.case_id)
    team_mark = checkout_marks(team)[made.case_id]
    assert team_mark.side == LENT and laptop.actor in team_mark.line()
    assert "checked out by" in team_mark.line()
    assert checkout_marks(laptop)[summary.case_id].side == BORROWED
    # the history came along: the claims' creation and status entries
    trail = cases.case_dossier(laptop, summary.case_id).audit
    assert {"create", "status", "check-out"} <= {a.action for a in trail}
    assert integrity.check_library(laptop) == []


def test_offline_edits_on_both_sides_merge_without_loss(team: Library, laptop: Library) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    mine = claim_ids_by_uuid(laptop, out.case_id)
    cracked, ships, arabic = (uuid_of(team, i) for i in made.claim_ids)
    # offline, on the laptop: a new article and claim, a status change, an Arabic note
    (new_article,) = store_imported(
        laptop, [("radio.txt", article(SECOND, "radio.txt"))], out.case_id
    )
    assert new_article.article_id is not None
    added = claims.add_claim(
        laptop,
        out.case_id,
        "Radio relayed the crack overnight",
        status=Status.RELAYED,
        mention=claims.MentionSpec(
            article_id=new_article.article_id, quote="relayed the report", stance=Stance.RELAYS
        ),
    )
    claims.mark_claim(laptop, mine[ships], Status.UNVERIFIED, "the ministry retracted")
    claims.edit_claim(laptop, mine[arabic], note="ملاحظة: المتحدث لم يُذكر اسمه")
    # meanwhile at the desk: the verdict and another claim's status
    cases.update_case(team, made.case_id, verdict="Partly true")
    claims.mark_claim(team, made.claim_ids[0], Status.RELAYED, "only one outlet")

    summary = check_in(laptop, team, out.case_id)
    assert summary.settled == ()
    after = picture(team, made.case_id)
    assert after == picture(laptop, out.case_id)
    assert after["case"][1] == "Partly true"
    assert after["claims"][cracked][1] == "relayed"
    assert after["claims"][ships][1] == "unverified"
    assert after["claims"][arabic][2] == "ملاحظة: المتحدث لم يُذكر اسمه"
    assert after["claims"][added.uuid][4][0][3] == "relays"
    assert len(after["articles"]) == 3
    # the reason given offline is in the team's history, under the laptop user's name
    trail = cases.case_dossier(team, made.case_id).audit
    assert any(a.reason == "the ministry retracted" and a.actor == laptop.actor for a in trail)
    assert checkout_marks(team) == {} and checkout_marks(laptop) == {}
    assert integrity.check_library(team) == [] and integrity.check_library(laptop) == []


def test_the_team_search_index_finds_what_came_back(team: Library, laptop: Library) -> None:
    made = build_case(team)
    search = open_search(team)  # as an open window keeps it
    try:
        assert search.search("breakwater", kind="claims").total == 1
        out = check_out(team, laptop, made.title)
        mine = claim_ids_by_uuid(laptop, out.case_id)
        claims.add_claim(laptop, out.case_id, "The lighthouse keeper saw the wave first")
        claims.delete_claim(laptop, mine[uuid_of(team, made.claim_ids[0])])
        check_in(laptop, team, out.case_id)
        assert search.search("lighthouse keeper", kind="claims").total == 1
        assert search.search("breakwater", kind="claims").total == 0
        with team.session() as session:
            assert session.scalar(select(func.count()).select_from(m.IndexJournal)) == 0
    finally:
        search.close()
    laptop_search = open_search(laptop)
    try:
        assert laptop_search.search("lighthouse keeper", kind="claims").total == 1
    finally:
        laptop_search.close()


def test_articles_already_in_the_laptop_library_are_not_duplicated(
    team: Library, laptop: Library
) -> None:
    made = build_case(team)
    store_imported(laptop, [("mine.txt", article(ARABIC, "mine.txt", "ar"))], None)
    out = check_out(team, laptop, made.title)
    assert out.applied.added.get("article") == 1
    with laptop.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Article)) == 2
        files = session.scalars(select(m.ArticleFile.file_name).order_by(m.ArticleFile.id)).all()
        assert "velan-ar.txt" in files and "mine.txt" in files


def test_deletions_on_either_side_come_through(team: Library, laptop: Library) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    mine = claim_ids_by_uuid(laptop, out.case_id)
    cracked, ships, arabic = (uuid_of(team, i) for i in made.claim_ids)
    claims.delete_claim(laptop, mine[arabic])
    dossier = cases.case_dossier(team, made.case_id)
    (ar_mention,) = [x for x in dossier.mentions if x.article_id == made.arabic]
    claims.remove_mention(team, ar_mention.id)
    check_in(laptop, team, out.case_id)
    after = picture(team, made.case_id)
    assert set(after["claims"]) == {cracked, ships}
    assert len(after["claims"][cracked][4]) == 1
    assert after == picture(laptop, out.case_id)
    trail = cases.case_dossier(team, made.case_id, audit=True).audit
    assert any(a.action == "check-in" for a in trail)


def test_the_same_case_checks_out_and_in_again(team: Library, laptop: Library) -> None:
    made = build_case(team)
    for round_number in range(3):
        out = check_out(team, laptop, made.title)
        claims.add_claim(laptop, out.case_id, f"Round {round_number} finding")
        claims.add_claim(team, made.case_id, f"Desk finding {round_number}")
        check_in(laptop, team, out.case_id)
    texts = {c.text for c in cases.case_dossier(team, made.case_id).claims}
    assert {f"Round {n} finding" for n in range(3)} <= texts
    assert {f"Desk finding {n}" for n in range(3)} <= texts
    assert picture(team, made.case_id) == picture(laptop, out.case_id)
    # history is carried once, not once per trip
    trail = cases.case_dossier(team, made.case_id).audit
    creations = [a for a in trail if a.action == "create" and a.new == "Round 0 finding"]
    assert len(creations) == 1


def test_a_case_cannot_be_checked_out_twice(team: Library, laptop: Library, tmp_path) -> None:
    made = build_case(team)
    check_out(team, laptop, made.title)
    with (
        Library.open(tmp_path / "other-laptop") as other,
        pytest.raises(CheckoutRefused, match="already checked out by"),
    ):
        check_out(team, other, made.title)
    with pytest.raises(CheckoutRefused, match="already checked out"):
        check_out(team, laptop, made.title)


def test_checking_in_a_case_not_checked_out_is_refused(team: Library, laptop: Library) -> None:
    made = build_case(laptop)
    with pytest.raises(CheckoutRefused, match="not checked out"):
        check_in(laptop, team, made.case_id)


def test_a_title_taken_on_the_laptop_gets_a_local_one_and_goes_back_unchanged(
    team: Library, laptop: Library
) -> None:
    made = build_case(team)
    cases.create_case(laptop, made.title)
    out = check_out(team, laptop, made.title)
    assert out.title == f"{made.title} (checked out)"
    claims.add_claim(laptop, out.case_id, "Checked offline")
    check_in(laptop, team, out.case_id, keep=Side.MINE)
    assert cases.find_case(team, made.case_id).title == made.title
    assert cases.find_case(laptop, out.case_id).title == out.title


def test_unsettled_conflicts_change_neither_library(team: Library, laptop: Library) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    mine = claim_ids_by_uuid(laptop, out.case_id)
    ships = uuid_of(team, made.claim_ids[1])
    claims.mark_claim(laptop, mine[ships], Status.SOURCED)
    claims.mark_claim(team, made.claim_ids[1], Status.RELAYED)
    before_team, before_laptop = picture(team, made.case_id), picture(laptop, out.case_id)
    with pytest.raises(UnsettledConflicts) as raised:
        check_in(laptop, team, out.case_id)
    assert len(raised.value.conflicts) == 1
    assert picture(team, made.case_id) == before_team
    assert picture(laptop, out.case_id) == before_laptop
    assert checkout_marks(team)[made.case_id].side == LENT
