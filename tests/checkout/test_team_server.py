"""Check-out from a team library on PostgreSQL into a laptop's SQLite library, and back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.checkout.conftest import SECOND, article, build_case
from tests.checkout.test_round_trip import claim_ids_by_uuid, picture, uuid_of
from tests.cli.test_cli import run
from workbench.cli.main import main
from workbench.core.casemerge import Side
from workbench.core.errors import CheckoutRefused, NotPermitted
from workbench.core.vocabulary import Stance, Status
from workbench.services import cases, claims, integrity
from workbench.services.checkout import check_in, check_in_conflicts, check_out
from workbench.services.checkout_records import checkout_marks
from workbench.services.importing import store_imported
from workbench.store import Library
from workbench.store.admin import add_member


def test_a_case_travels_from_the_server_to_a_laptop_and_back(
    team_library: Library, laptop: Library
) -> None:
    team = team_library
    made = build_case(team)
    out = check_out(team, laptop, made.title, team_location="team server")
    assert picture(laptop, out.case_id) == picture(team, made.case_id)
    assert checkout_marks(team)[made.case_id].side == "lent"
    cracked, ships, arabic = (uuid_of(team, i) for i in made.claim_ids)
    mine = claim_ids_by_uuid(laptop, out.case_id)
    (radio,) = store_imported(laptop, [("radio.txt", article(SECOND, "radio.txt"))], out.case_id)
    assert radio.article_id is not None
    claims.add_claim(
        laptop,
        out.case_id,
        "بثّت الإذاعة الخبر ليلاً",
        mention=claims.MentionSpec(
            article_id=radio.article_id, quote="relayed the report", stance=Stance.RELAYS
        ),
    )
    claims.mark_claim(laptop, mine[ships], Status.SOURCED, "ministry document")
    claims.delete_claim(laptop, mine[arabic])
    claims.mark_claim(team, made.claim_ids[1], Status.RELAYED, "two outlets")
    claims.edit_claim(team, made.claim_ids[0], note="checked at the desk")
    (conflict,) = check_in_conflicts(laptop, team, out.case_id)
    assert (conflict.mine, conflict.theirs) == ("sourced", "relayed")
    check_in(laptop, team, out.case_id, choices={conflict.id: Side.MINE})
    after = picture(team, made.case_id)
    assert after == picture(laptop, out.case_id)
    assert after["claims"][ships][1] == "sourced" and arabic not in after["claims"]
    assert after["claims"][cracked][2] == "checked at the desk"
    assert len(after["articles"]) == 3
    assert checkout_marks(team) == {}
    trail = cases.case_dossier(team, made.case_id).audit
    assert any(a.reason == "ministry document" for a in trail)
    assert any(a.action == "conflict" and a.old.endswith("relayed") for a in trail)
    assert integrity.check_library(laptop) == []


def test_the_command_line_checks_out_from_a_server_address_and_back(
    server_address: str, tmp_path: Path, capsys
) -> None:
    with Library.connect(server_address, folder=tmp_path / "cache") as team:
        made = build_case(team)
    laptop = tmp_path / "laptop"
    code, out, err = run(capsys, laptop, "case", "checkout", made.title, "--from", server_address)
    assert code == 0, err
    code, out, _ = run(capsys, laptop, "cases", "--json")
    assert json.loads(out)[0]["checked_out"]["library"] == server_address
    code = main(["--server", server_address, "--data", str(tmp_path / "cache"), "cases", "--json"])
    (listed,) = json.loads(capsys.readouterr().out)
    assert code == 0 and listed["checked_out"]["side"] == "lent"
    assert run(capsys, laptop, "case", "set", made.title, "--summary", "ملخص من الميدان")[0] == 0
    code, _out, err = run(capsys, laptop, "case", "checkin", made.title)
    assert code == 0, err
    with Library.connect(server_address, folder=tmp_path / "cache") as team:
        assert cases.find_case(team, made.case_id).summary == "ملخص من الميدان"
        assert checkout_marks(team) == {}


def test_a_broken_passage_leaves_the_server_untouched(
    team_library: Library, laptop: Library
) -> None:
    import sqlite3

    made = build_case(team_library)
    out = check_out(team_library, laptop, made.title, team_location="team server")
    for n in range(10):
        claims.add_claim(laptop, out.case_id, f"Offline finding {n}")
    (radio,) = store_imported(laptop, [("radio.txt", article(SECOND, "radio.txt"))], out.case_id)
    claims.add_claim(
        laptop,
        out.case_id,
        "Radio relayed it",
        mention=claims.MentionSpec(article_id=radio.article_id, quote="relayed the report"),
    )
    connection = sqlite3.connect(laptop.db_path)
    with connection:
        connection.execute(
            "UPDATE mention SET start = start + 2 WHERE article_id = ?", (radio.article_id,)
        )
    connection.close()
    before = picture(team_library, made.case_id)
    with pytest.raises(CheckoutRefused):
        check_in(laptop, team_library, out.case_id)
    assert picture(team_library, made.case_id) == before
    assert checkout_marks(team_library)[made.case_id].side == "lent"


def test_a_checker_checks_out_and_in_and_the_server_keeps_deletions_for_editors(
    server_address: str, laptop: Library, tmp_path: Path
) -> None:
    add_member(server_address, "carl", "checker", "Carl Checker")
    with Library.connect(server_address, folder=tmp_path / "owner") as owner:
        made = build_case(owner)
    signed_in = make_url(server_address).set(username="carl").render_as_string()
    with Library.connect(signed_in, folder=tmp_path / "carl") as team:
        out = check_out(team, laptop, made.title, team_location=signed_in)
        assert checkout_marks(team)[made.case_id].by == "carl"
        mine = claim_ids_by_uuid(laptop, out.case_id)
        deleted = claims.delete_claim(laptop, mine[uuid_of(team, made.claim_ids[2])])
        before = picture(team, made.case_id)
        with pytest.raises(NotPermitted, match="editor"):
            check_in(laptop, team, out.case_id)
        assert picture(team, made.case_id) == before
        # put back offline (undo), the rest of the work goes in under the checker's name
        claims.restore_claim(laptop, deleted)
        claims.mark_claim(laptop, mine[uuid_of(team, made.claim_ids[1])], Status.SOURCED, "memo")
        check_in(laptop, team, out.case_id)
        trail = cases.case_dossier(team, made.case_id).audit
        assert any(a.reason == "memo" and a.actor == "carl" for a in trail)
        assert checkout_marks(team) == {}
