"""`claim mention`: a denial or a refusal recorded as a passage of the claim it answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import DEMO
from workbench.cli.main import main
from workbench.services import cases
from workbench.store import Library


@pytest.fixture
def marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, dict, dict]:
    data = tmp_path / "lib"
    assert run(capsys, data, "import", str(DEMO / "articles"), "--case", "Launchers")[0] == 0
    _, out, _ = run(capsys, data, "articles", "--case", "Launchers", "--json")
    ids = {Path(a["source_file"]).name[:2]: a["id"] for a in json.loads(out)}
    for key, outlet in (("01", "The Northern Chronicle"), ("04", "Ardan City Review")):
        assert run(capsys, data, "article", "set", str(ids[key]), "--outlet", outlet)[0] == 0
    code, out, _ = run(
        capsys,
        data,
        "claim",
        "add",
        "Launchers",
        "Launchers crossed at Tel Safra",
        "--article",
        str(ids["01"]),
        "--quote",
        "drove them across the Tel Safra crossing",
        "--json",
    )
    assert code == 0
    return data, ids, json.loads(out)


def test_a_denial_and_a_refusal_become_mentions_of_the_claim(marked, capsys) -> None:
    data, ids, claim = marked
    code, out, err = run(
        capsys,
        data,
        "claim",
        "mention",
        str(claim["id"]),
        "--article",
        str(ids["04"]),
        "--quote",
        "no such   shipment was recorded",  # spacing differs from the text: still found
        "--stance",
        "denies",
        "--source",
        "Border Crossings Authority",
        "--source-kind",
        "official",
        "--json",
    )
    assert code == 0, err
    denial = json.loads(out)
    assert denial["claim"] == claim["id"]
    assert (denial["stance"], denial["source"], denial["source_kind"]) == (
        "denies",
        "Border Crossings Authority",
        "official body",
    )
    code, out, _ = run(
        capsys,
        data,
        "claim",
        "mention",
        str(claim["id"]),
        "--article",
        str(ids["04"]),
        "--quote",
        "declined to comment",
        "--stance",
        "no-comment",
        "--source",
        "Joint Operations Command",
    )
    assert code == 0
    assert out.startswith("mention ") and "no comment (Joint Operations Command)" in out

    _, out, _ = run(capsys, data, "claims", "Launchers", "--json")
    (listed,) = json.loads(out)
    shown = [(x["article"], x["stance"], x["source"]) for x in listed["mentions"]]
    assert shown == [
        (ids["01"], "asserts", None),
        (ids["04"], "denies", "Border Crossings Authority"),
        (ids["04"], "no comment", "Joint Operations Command"),
    ]
    structure = listed["structure"]
    assert structure["origin"]["name"] == "The Northern Chronicle"
    assert structure["origin"]["in_case"] and structure["origin"]["article"] == ids["01"]
    assert [(d["by"], d["outlet"]) for d in structure["denials"]] == [
        ("Border Crossings Authority", "Ardan City Review")
    ]
    assert [r["by"] for r in structure["refusals"]] == ["Joint Operations Command"]
    assert structure["relays"] == [] and structure["reports"] == []
    article = json.loads(run(capsys, data, "show", str(ids["04"]), "--json")[1])
    start, end = listed["mentions"][1]["start"], listed["mentions"][1]["end"]
    assert article["text"][start:end] == "no such shipment was recorded"

    with Library.open(data) as library:
        dossier = cases.case_dossier(library, 1)
    created = [a for a in dossier.audit if a.entity == "mention" and a.action == "create"]
    assert [a.new for a in created][-2:] == ["no such shipment was recorded", "declined to comment"]


def test_a_quote_not_in_the_article_is_one_line_and_changes_nothing(marked, capsys) -> None:
    data, ids, claim = marked
    code, _, err = run(
        capsys,
        data,
        "claim",
        "mention",
        str(claim["id"]),
        "--article",
        str(ids["04"]),
        "--quote",
        "not in the article at all",
        "--stance",
        "denies",
    )
    assert code != 0 and "not in article" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    _, out, _ = run(capsys, data, "claims", "Launchers", "--json")
    assert len(json.loads(out)[0]["mentions"]) == 1


def test_an_unknown_stance_names_the_allowed_ones(marked, capsys) -> None:
    data, ids, claim = marked
    with pytest.raises(SystemExit):
        main(
            [
                "--data",
                str(data),
                "claim",
                "mention",
                str(claim["id"]),
                "--article",
                str(ids["04"]),
                "--quote",
                "declined to comment",
                "--stance",
                "rebuts",
            ]
        )
    assert "asserts, relays, denies, no comment" in capsys.readouterr().err


def test_an_unknown_claim_is_one_line(marked, capsys) -> None:
    data, ids, _ = marked
    code, _, err = run(
        capsys,
        data,
        "claim",
        "mention",
        "999",
        "--article",
        str(ids["04"]),
        "--quote",
        "declined to comment",
        "--stance",
        "no comment",
    )
    assert code != 0 and "No claim with id 999" in err
