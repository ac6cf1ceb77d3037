"""`workbench extract` and `workbench suggest` on the demo articles."""

from __future__ import annotations

import json

from tests.cli.test_cli import run
from tests.conftest import DEMO
from workbench.cli.main import main


def test_extract_gives_candidates_with_stable_keys(capsys) -> None:
    code = main(["extract", str(DEMO / "articles" / "04_capital_analysis.txt"), "--json"])
    assert code == 0
    candidates = json.loads(capsys.readouterr().out)
    keys = {
        "span",
        "sentence",
        "claim",
        "source",
        "source_kind",
        "cue",
        "stance",
        "suggested_status",
        "reason",
    }
    assert candidates and all(set(c) == keys for c in candidates)
    denials = [c for c in candidates if c["stance"] == "denies"]
    assert any("Border Crossings Authority" in (c["source"] or "") for c in denials)
    text = (DEMO / "articles" / "04_capital_analysis.txt").read_text(encoding="utf-8")
    for c in candidates:
        start, end = c["span"]
        assert c["claim"] in text[start:end] or text[start:end] in c["sentence"]


def test_suggest_then_accept_makes_a_claim_with_mentions_in_several_outlets(tmp_path, capsys):
    data = tmp_path / "lib"
    run(capsys, data, "demo", "--unmarked")
    code, out, _ = run(capsys, data, "suggest", "1", "--json")
    assert code == 0
    groups = json.loads(out)["groups"]
    widest = max(range(len(groups)), key=lambda i: len(groups[i]["members"]))
    assert len({m["article_id"] for m in groups[widest]["members"]}) >= 2
    code, out, _ = run(capsys, data, "suggest", "1", "--accept", str(widest + 1))
    assert code == 0 and "accepted" in out
    code, out, _ = run(capsys, data, "claims", "1", "--json")
    (claim,) = json.loads(out)
    assert len({m["article"] for m in claim["mentions"]}) >= 2
    assert run(capsys, data, "check")[0] == 0
