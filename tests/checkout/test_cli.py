"""`workbench case checkout` / `case checkin` and the check-out marker in `workbench cases`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.checkout.conftest import build_case
from tests.cli.test_cli import run
from workbench.core.vocabulary import Status
from workbench.services import claims
from workbench.store import Library


@pytest.fixture
def team_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    with Library.open(folder) as team:
        made = build_case(team)
        assert made.claim_ids[1] == 2
    return folder


def test_check_out_mark_both_sides_and_settle_from_the_command_line(
    tmp_path: Path, team_folder: Path, capsys
) -> None:
    laptop = tmp_path / "laptop"
    code, out, _ = run(capsys, laptop, "case", "checkout", "Port Velan", "--from", str(team_folder))
    assert code == 0 and "3 claims, 2 articles (2 new to this library)" in out

    code, out, _ = run(capsys, team_folder, "cases")
    assert "by " in out.splitlines()[1]
    assert "checked out by" in out and str(laptop) in out
    code, out, _ = run(capsys, team_folder, "cases", "--json")
    (listed,) = json.loads(out)
    assert listed["checked_out"]["side"] == "lent"
    assert listed["checked_out"]["library"].endswith(str(laptop))
    code, out, _ = run(capsys, laptop, "cases", "--json")
    assert json.loads(out)[0]["checked_out"]["library"] == str(team_folder)

    code, out, _ = run(capsys, laptop, "claims", "Port Velan", "--json")
    ships = next(c for c in json.loads(out) if c["text"] == "No ship was damaged")
    run(capsys, laptop, "claim", "mark", str(ships["id"]), "sourced", "--note", "وثيقة رسمية")
    with Library.open(team_folder) as team:
        claims.mark_claim(team, 2, Status.RELAYED)

    code, out, err = run(capsys, laptop, "case", "checkin", "Port Velan")
    assert code == 1
    assert "1 conflict: both sides changed these since check-out" in out
    assert "mine:   sourced" in out and "theirs: relayed" in out
    assert "--choose ID=mine|theirs" in err
    code, out, _ = run(capsys, laptop, "case", "checkin", "Port Velan", "--dry-run", "--json")
    (conflict,) = json.loads(out)["conflicts"]
    assert conflict["subject"] == "claim “No ship was damaged”: status"

    code, out, err = run(capsys, laptop, "case", "checkin", "Port Velan", "--choose", "x=maybe")
    assert code == 2 and "ID=mine or ID=theirs" in err
    code, out, _ = run(
        capsys,
        laptop,
        "case",
        "checkin",
        "Port Velan",
        "--choose",
        f"{conflict['id']}=mine",
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert result["settled"][0]["kept"] == "mine"
    assert result["to_team"]["changed"] == {"claim": 1}
    code, out, _ = run(capsys, team_folder, "claims", "Port Velan", "--json")
    assert next(c for c in json.loads(out) if c["id"] == 2)["status"] == "sourced"
    code, out, _ = run(capsys, team_folder, "cases", "--json")
    assert json.loads(out)[0]["checked_out"] is None

    code, _, err = run(capsys, laptop, "case", "checkin", "Port Velan")
    assert code == 2 and "is not checked out into this library" in err


def test_a_folder_with_no_library_is_named(tmp_path: Path, capsys) -> None:
    code, _, err = run(
        capsys, tmp_path / "laptop", "case", "checkout", "x", "--from", str(tmp_path / "nothing")
    )
    assert code == 2 and "There is no Workbench library in" in err
