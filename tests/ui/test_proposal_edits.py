"""The suggestions dock of the real window: accept with Enter, split and merge proposals, each one
undo step on the window's stack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk, save_shot
from workbench.services import cases
from workbench.services.demo import load_demo_case
from workbench.ui.proposal_edits import merge_groups, split_group
from workbench.ui.suggestions import SuggestionsPanel


def _suggest(desk: Desk, qtbot: QtBot) -> SuggestionsPanel:
    window = desk.window
    assert window is not None
    case = load_demo_case(desk.library)  # the articles, nothing marked
    window.open_case(case.id)
    window.resize(1500, 950)
    window.actions_["suggest"].trigger()
    panel = window.assist.panel
    assert panel is not None
    with qtbot.waitSignal(panel.run_finished, timeout=20000) as blocker:
        panel.suggest_button.click()
    assert blocker.args == [True]
    return panel


def _select(panel: SuggestionsPanel, indexes, current=None) -> None:  # type: ignore[no-untyped-def]
    selection = panel.tree.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for index in indexes:
        selection.select(index, flags)
    selection.setCurrentIndex(current or indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
    panel.tree.setFocus()


def test_split_then_merge_then_accept_each_one_undo_step(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    desk.open(index=False)
    panel = _suggest(desk, qtbot)
    stack = desk.window.controller.undo_stack
    model = panel.model
    proposal = next(p for p in model.proposals if len(p.group.members) >= 3)
    row = model.proposals.index(proposal)
    count, members = len(model.proposals), proposal.group.members
    parent = model.index(row, 0)
    panel.tree.expand(parent)
    moved = [model.index(1, 0, parent), model.index(2, 0, parent)]
    _select(panel, moved)
    qtbot.keyClick(panel.tree, Qt.Key.Key_S)
    assert len(model.proposals) == count + 1 and stack.count() == 1
    kept, taken = model.proposals[row], model.proposals[row + 1]
    assert kept.group.members == (members[0], *members[3:])
    assert taken.group.members == members[1:3]
    assert taken.wording == members[1][1].claim and kept.wording == proposal.wording
    assert panel.model.proposal_at(panel.tree.currentIndex()) is taken
    save_shot(panel, tmp_path, "suggestions-after-split")

    stack.undo()
    assert model.proposals[row] is proposal and len(model.proposals) == count

    # merge the first two proposals
    first, second = model.proposals[0], model.proposals[1]
    _select(panel, [model.index(0, 0), model.index(1, 0)])
    qtbot.keyClick(panel.tree, Qt.Key.Key_M)
    merged = model.proposals[0]
    assert len(model.proposals) == count - 1 and stack.count() == 1
    assert set(merged.group.members) == set(first.group.members) | set(second.group.members)
    assert merged.wording == first.wording
    articles = set(merged.group.article_ids)

    # Enter accepts the merged proposal with every passage, as one step
    _select(panel, [model.index(0, 0)])
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert stack.count() == 2
    dossier = cases.case_dossier(desk.library, desk.window.controller.case_id)
    (claim,) = dossier.claims
    assert claim.text == merged.wording
    assert {m.article_id for m in dossier.mentions_of(claim.id)} == articles
    assert len(dossier.mentions_of(claim.id)) == len(merged.group.members)
    assert desk.window.claims.model.rowCount() == 1  # the claim pane shows it at once
    save_shot(desk.window.claims, tmp_path, "claim-pane-after-accept")

    stack.undo()  # the claim and all its mentions go, the merged proposal comes back
    assert cases.case_dossier(desk.library, desk.window.controller.case_id).claims == ()
    assert model.proposals[0] is merged
    stack.undo()  # the merge itself
    assert model.proposals[:2] == [first, second] and len(model.proposals) == count
    stack.redo()
    assert model.proposals[0].group.members == merged.group.members


def test_split_and_merge_explain_what_to_select(desk: Desk, qtbot: QtBot) -> None:
    desk.open(index=False)
    panel = _suggest(desk, qtbot)
    count = len(panel.model.proposals)
    _select(panel, [panel.model.index(0, 0)])
    qtbot.keyClick(panel.tree, Qt.Key.Key_S)  # a proposal row, no article rows
    assert "select some (not all)" in panel.message.text()
    qtbot.keyClick(panel.tree, Qt.Key.Key_M)
    assert "two proposals or more" in panel.message.text()
    assert len(panel.model.proposals) == count
    assert desk.window.controller.undo_stack.count() == 0


def test_split_and_merge_carry_the_groups_structure_with_its_articles() -> None:
    from workbench.assist.candidates import extract_candidates
    from workbench.assist.grouping import ClaimGroup
    from workbench.core.vocabulary import Status

    text = (
        "Three tankers left Ardan at night, the Harbour Ledger reported. "
        "The port authority denied that any tanker left Ardan at night."
    )
    found = extract_candidates(text, "en")
    assert len(found) >= 2
    group = ClaimGroup(
        "Three tankers left Ardan at night",
        ((1, found[0]), (2, found[0]), (3, found[1])),
        origin="Harbour Ledger",
        relays=((1, "Harbour Ledger"), (2, "Harbour Ledger")),
        denials=((3, "port authority"),),
        status=Status.RELAYED,
        reason="relayed from the Harbour Ledger",
    )
    kept, taken = split_group(group, [2])
    assert kept.members == group.members[:2] and taken.members == group.members[2:]
    assert (kept.relays, kept.denials, kept.origin) == (group.relays, (), "Harbour Ledger")
    assert kept.status is Status.RELAYED and kept.reason == group.reason
    assert taken.denials == group.denials and taken.relays == ()
    assert taken.representative == found[1].claim
    assert (taken.status, taken.reason) == (None, "")  # its own, read from its passages
    merged = merge_groups([kept, taken])
    assert merged.members == group.members
    assert (merged.relays, merged.denials, merged.origin) == (
        group.relays,
        group.denials,
        "Harbour Ledger",
    )
    assert merged.representative == group.representative and merged.status is Status.RELAYED
    with pytest.raises(ValueError):
        split_group(group, range(len(group.members)))
    with pytest.raises(ValueError):
        merge_groups([group])
