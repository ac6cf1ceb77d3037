"""A broken or tampered case refuses the whole check-out or check-in: nothing half-merged."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from tests.checkout.conftest import SECOND, article, build_case
from tests.checkout.test_round_trip import picture
from workbench.core.errors import CheckoutCancelled, CheckoutRefused
from workbench.core.vocabulary import Status
from workbench.services import cases, claims
from workbench.services.checkout import check_in, check_out
from workbench.services.checkout_records import checkout_marks
from workbench.services.importing import store_imported
from workbench.store import Library
from workbench.store import models as m


def _count(library: Library, model: type) -> int:
    with library.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _tamper(library: Library, sql: str, *params: object) -> None:
    connection = sqlite3.connect(library.db_path)
    with connection:
        connection.execute(sql, params)
    connection.close()


def _offline_work(laptop: Library, case_id: int) -> int:
    """New claims (written early in a check-in) and a passage in a new article (written late)."""
    for n in range(20):
        claims.add_claim(laptop, case_id, f"Offline finding number {n}", status=Status.SOURCED)
    (radio,) = store_imported(laptop, [("radio.txt", article(SECOND, "radio.txt"))], case_id)
    assert radio.article_id is not None
    claims.add_claim(
        laptop,
        case_id,
        "Radio relayed it",
        mention=claims.MentionSpec(article_id=radio.article_id, quote="relayed the report"),
    )
    return radio.article_id


def test_a_passage_moved_off_its_text_rolls_the_whole_check_in_back(
    team: Library, laptop: Library
) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    radio = _offline_work(laptop, out.case_id)
    _tamper(laptop, "UPDATE mention SET start = start + 3 WHERE article_id = ?", radio)
    before = picture(team, made.case_id)
    audit, journal = _count(team, m.AuditEntry), _count(team, m.IndexJournal)
    with pytest.raises(CheckoutRefused, match=r"is not at .* of its article"):
        check_in(laptop, team, out.case_id)
    assert picture(team, made.case_id) == before
    assert (_count(team, m.AuditEntry), _count(team, m.IndexJournal)) == (audit, journal)
    assert _count(team, m.Article) == 2
    assert checkout_marks(team)[made.case_id].side == "lent"
    assert checkout_marks(laptop)[out.case_id].side == "borrowed"
    # mended, the same check-in goes through
    _tamper(laptop, "UPDATE mention SET start = start - 3 WHERE article_id = ?", radio)
    check_in(laptop, team, out.case_id)
    assert len(picture(team, made.case_id)["claims"]) == 24


def test_an_altered_article_text_is_refused(team: Library, laptop: Library) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    radio = _offline_work(laptop, out.case_id)
    _tamper(laptop, "UPDATE article SET text = 'Nothing happened at all.' WHERE id = ?", radio)
    before = picture(team, made.case_id)
    with pytest.raises(CheckoutRefused, match="does not match its own fingerprint"):
        check_in(laptop, team, out.case_id)
    assert picture(team, made.case_id) == before


def test_an_unknown_status_is_refused(team: Library, laptop: Library) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    _offline_work(laptop, out.case_id)
    _tamper(laptop, "UPDATE claim SET status = 'certainly' WHERE text = 'Radio relayed it'")
    with pytest.raises(CheckoutRefused, match="unknown status 'certainly'"):
        check_in(laptop, team, out.case_id)
    assert len(picture(team, made.case_id)["claims"]) == 3


def test_a_broken_team_case_is_not_checked_out_and_not_marked(
    team: Library, laptop: Library
) -> None:
    made = build_case(team)
    _tamper(team, "UPDATE mention SET stance = 'shrugs' WHERE article_id = ?", made.arabic)
    with pytest.raises(CheckoutRefused, match="unknown stance 'shrugs'"):
        check_out(team, laptop, made.title)
    assert cases.list_cases(laptop) == []
    assert _count(laptop, m.Article) == 0
    assert checkout_marks(team) == {}


def test_a_cancelled_check_in_changes_nothing(team: Library, laptop: Library) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    _offline_work(laptop, out.case_id)
    before = picture(team, made.case_id)
    with pytest.raises(CheckoutCancelled):
        check_in(laptop, team, out.case_id, cancelled=lambda: True)
    assert picture(team, made.case_id) == before
    assert checkout_marks(laptop)[out.case_id].side == "borrowed"
