"""A case of the project's own writing, English and Arabic, whose origin is not in the case:
imported into the real window, marked through its commands, then read in the claim pane, the map
and the suggestions dock."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import plain
from tests.ui.conftest import Desk, save_shot
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services.claims import MentionSpec
from workbench.ui import commands

ARTICLES = {
    "gulf.html": """<html><head><title>Tankers slipped out of Ardan at night, report says</title>
<meta property="og:site_name" content="Gulf Wire">
<meta property="article:published_time" content="2031-05-03">
</head><body><article><h1>Tankers slipped out of Ardan at night, report says</h1>
<p>Three fuel tankers left the port of Ardan at night with their transponders switched off, the
Harbour Ledger reported on Friday.</p>
<p>The Harbour Ledger said the tankers sailed north towards Nordavia.</p>
<p>The Ministry of Transport declined to comment.</p></article></body></html>""",
    "levant.html": """<html><head><title>Report: dark tankers left Ardan</title>
<meta property="og:site_name" content="Levant Daily Online">
<meta property="article:published_time" content="2031-05-04">
</head><body><article><h1>Report: dark tankers left Ardan</h1>
<p>According to the Harbour Ledger, three fuel tankers left the port of Ardan at night with their
transponders switched off.</p>
<p>The Ardan Port Authority denied the report. "No tanker left this port without its transponder
on," a spokeswoman for the authority said.</p></article></body></html>""",
    "rasd.html": """<html lang="ar"><head><title>ناقلات وقود غادرت ميناء أردان ليلاً</title>
<meta property="og:site_name" content="الرصد نيوز">
<meta property="article:published_time" content="2031-05-05">
</head><body><article><h1>ناقلات وقود غادرت ميناء أردان ليلاً</h1>
<p>نقلت صحيفة هاربر ليدجر أن ثلاث ناقلات وقود غادرت ميناء أردان ليلاً وأجهزة التتبع فيها مطفأة.</p>
<p>ونفت هيئة ميناء أردان ما ورد في التقرير.</p></article></body></html>""",
}


def _import(desk: Desk, tmp_path: Path) -> dict[str, int]:
    folder = tmp_path / "tankers"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    window = desk.window
    assert window is not None
    case_id = window.new_case("Did dark tankers leave Ardan?")
    assert case_id is not None
    window.open_case(case_id)
    desk.import_and_wait([folder])
    dossier = window.controller.dossier
    assert dossier is not None and len(dossier.articles) == 3
    return {a.outlet or "": a.id for a in dossier.articles}


def test_a_relayed_story_with_a_denial_and_a_refusal(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = desk.open(index=False)
    window.resize(1500, 950)
    ids = _import(desk, tmp_path)
    controller = window.controller
    ledger = ("Harbour Ledger", SourceKind.OUTLET)

    def spec(outlet: str, quote: str, stance: Stance, who: tuple[str, SourceKind]) -> MentionSpec:
        return MentionSpec(
            ids[outlet], quote=quote, stance=stance, source_name=who[0], source_kind=who[1]
        )

    controller.run(
        commands.AddClaim(
            controller,
            controller.case_id,
            "Three fuel tankers left Ardan at night with their transponders off",
            status=Status.RELAYED,
            mention=spec(
                "Gulf Wire",
                "Three fuel tankers left the port of Ardan at night",
                Stance.RELAYS,
                ledger,
            ),
        )
    )
    claim_id = controller.dossier.claims[0].id
    for outlet, quote, stance, who in (
        ("Levant Daily Online", "three fuel tankers left the port of Ardan", Stance.RELAYS, ledger),
        ("الرصد نيوز", "ثلاث ناقلات وقود غادرت ميناء أردان", Stance.RELAYS, ledger),
        (
            "Levant Daily Online",
            "The Ardan Port Authority denied the report",
            Stance.DENIES,
            ("Ardan Port Authority", SourceKind.OFFICIAL),
        ),
        (
            "الرصد نيوز",
            "ونفت هيئة ميناء أردان ما ورد في التقرير",
            Stance.DENIES,
            ("Ardan Port Authority", SourceKind.OFFICIAL),
        ),
        (
            "Gulf Wire",
            "The Ministry of Transport declined to comment",
            Stance.NO_COMMENT,
            ("Ministry of Transport", SourceKind.OFFICIAL),
        ),
    ):
        controller.run(commands.AddMention(controller, claim_id, spec(outlet, quote, stance, who)))
    window.claims.select_claim(claim_id)
    text = plain(window.claims.detail.structure.text())
    assert "Harbour Ledger (not in the case)" in text
    for line in (
        "Gulf Wire (2031-05-03), citing Harbour Ledger",
        "Levant Daily Online (2031-05-04), citing Harbour Ledger",
        "Ardan Port Authority, in Levant Daily Online (2031-05-04)",
        "Ministry of Transport, in Gulf Wire (2031-05-03)",
    ):
        assert line in text
    assert plain(window.claims.model.summary(claim_id)) == (
        "from Harbour Ledger (not in the case) → 3 relays ← 2 denials, 1 no comment"
    )
    qtbot.wait(100)  # let the pane's layout settle around the new text
    save_shot(window.claims, tmp_path, "fixture-claim-pane")

    window.actions_["provenance"].trigger()
    graph = window.assist.graph.graph
    assert graph is not None
    edges = {(graph.node(e.origin).label, e.kind) for e in graph.edges if e.target.startswith("c")}
    assert ("Harbour Ledger", "reports") in edges
    assert ("Ardan Port Authority", "denies") in edges
    assert ("Ministry of Transport", "no comment") in edges
    window.assist.graph.resize(1300, 650)
    window.assist.graph.fit()
    save_shot(window.assist.graph, tmp_path, "fixture-map")

    controller.undo_stack.undo()  # the refusal
    assert "No comment" not in plain(window.claims.detail.structure.text())

    window.actions_["suggest"].trigger()
    panel = window.assist.panel
    assert panel is not None
    with qtbot.waitSignal(panel.run_finished, timeout=20000):
        panel.suggest_button.click()
    panel.tree.expandAll()
    panel.resize(1400, 420)
    save_shot(panel, tmp_path, "fixture-suggestions")
