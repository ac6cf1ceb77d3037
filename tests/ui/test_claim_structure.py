"""The claim pane shows each claim's structure: origin → relays → denials and refusals."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import plain
from tests.ui.conftest import Desk, save_shot
from workbench.core.vocabulary import SourceKind, Stance
from workbench.services import claims
from workbench.ui import commands
from workbench.ui.claim_list import StructureRole


def _claim_with(window, words: str) -> int:  # type: ignore[no-untyped-def]
    return next(c.id for c in window.controller.dossier.claims if words in c.text)


def test_the_demo_claims_show_origin_relays_and_denials(desk: Desk, tmp_path: Path) -> None:
    window = desk.open(load_demo=True, index=False)
    window.resize(1500, 950)
    pane = window.claims
    launchers = _claim_with(window, "Tamir Brigades took apart")
    pane.select_claim(launchers)
    shown = plain(pane.detail.structure.text())
    assert "Origin" in shown and "The Northern Chronicle (2031-04-14)" in shown
    assert "Gulf Wire (2031-04-15), citing The Northern Chronicle" in shown
    assert "Border Crossings Authority, in Ardan City Review (2031-04-18)" in shown
    row = pane.model.index(pane.model.row_of(launchers), 0)
    assert plain(row.data(StructureRole)) == "from The Northern Chronicle → 2 relays ← 2 denials"

    # relayed only, from an outlet with no article in the case
    relayed = _claim_with(window, "equipment crossed into Veskaria")
    pane.select_claim(relayed)
    assert "Daily Ledger (not in the case)" in plain(pane.detail.structure.text())
    row = pane.model.index(pane.model.row_of(relayed), 0)
    assert plain(row.data(StructureRole)).startswith(
        "from Daily Ledger (not in the case) → 1 relay"
    )
    pane.select_claim(launchers)
    save_shot(pane, tmp_path, "claim-structure-demo")


def test_a_refusal_marked_in_the_window_joins_the_structure_and_undoes(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = desk.open(load_demo=True, index=False)
    controller = window.controller
    claim_id = _claim_with(window, "Tamir Brigades took apart")
    analysis = next(a for a in controller.dossier.articles if a.outlet == "Ardan City Review")
    spec = claims.MentionSpec(
        analysis.id,
        quote="declined to comment",
        stance=Stance.NO_COMMENT,
        source_name="Joint Operations Command",
        source_kind=SourceKind.OFFICIAL,
    )
    window.claims.select_claim(claim_id)
    controller.run(commands.AddMention(controller, claim_id, spec))
    text = plain(window.claims.detail.structure.text())
    assert "No comment from" in text and "Joint Operations Command, in Ardan City Review" in text
    # the stance editor of the mention offers the refusal too
    tree = window.claims.detail.mentions
    boxes = [tree.stance_box(i) for i in range(tree.topLevelItemCount())]
    assert any(box.currentText() == "no comment" for box in boxes)
    save_shot(window.claims, tmp_path, "claim-structure-refusal")
    controller.undo_stack.undo()
    assert "No comment from" not in plain(window.claims.detail.structure.text())


def test_the_map_draws_the_structure_the_pane_shows(desk: Desk, tmp_path: Path) -> None:
    window = desk.open(load_demo=True, index=False)
    window.resize(1500, 950)
    window.actions_["provenance"].trigger()
    view = window.assist.graph
    assert view.graph is not None
    relayed = _claim_with(window, "equipment crossed into Veskaria")
    ledger = next(n for n in view.graph.nodes if n.label == "Daily Ledger")
    edges = {(e.origin, e.target, e.kind) for e in view.graph.edges}
    assert (ledger.id, f"claim:{relayed}", "reports") in edges
    assert view.nodes[ledger.id].caption() == "outlet · not in the case"
    denied = {e.origin for e in view.graph.edges if e.kind == "denies"}
    assert {view.graph.node(n).label for n in denied if n.startswith("source:")} == {
        "Veskarian embassy in London",
        "Border Crossings Authority",
    }
    view.resize(1400, 800)
    view.fit()
    save_shot(view, tmp_path, "provenance-map-demo")
