"""The suggestions panel on the demo case: run, review by keyboard, accept, edit, reject, cancel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from workbench.core.records import CaseRecord
from workbench.core.vocabulary import Status
from workbench.services import cases
from workbench.store import Library
from workbench.ui.suggestion_model import STATUS, WORDING
from workbench.ui.suggestions import SuggestionsPanel


def open_panel(qtbot, library: Library, case: CaseRecord, **kwargs) -> SuggestionsPanel:  # type: ignore[no-untyped-def]
    panel = SuggestionsPanel(library, case.id, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(1100, 520)
    panel.show()
    return panel


def run(qtbot, panel: SuggestionsPanel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.run_finished, timeout=10000) as blocker:
        panel.suggest_button.click()
    assert blocker.args == [True]


def claims_of(library: Library, case: CaseRecord):  # type: ignore[no-untyped-def]
    dossier = cases.case_dossier(library, case.id)
    return dossier, dossier.claims


def test_a_run_lists_proposals_and_shared_passages(qtbot, library, demo_case, shot) -> None:
    panel = open_panel(qtbot, library, demo_case)
    run(qtbot, panel)
    model = panel.model
    assert model.rowCount() >= 5
    first = model.proposals[0]
    assert len(first.group.article_ids) >= 2
    assert model.rowCount(model.index(0, 0)) == len(first.group.members)
    # an article row names the outlet and shows stance, source and reason
    child = model.index(0, WORDING, model.index(0, 0))
    assert "Northern Chronicle" in child.data()
    assert model.index(0, STATUS, model.index(0, 0)).data() in ("asserts", "relays", "denies")
    assert "in 5 articles" in model.index(0, 4).data()
    assert panel.tabs.tabText(0) == f"Proposed claims ({model.rowCount()})"
    relays = panel.relays.model()
    passages = relays.index(0, 0)
    assert relays.rowCount(passages) >= 2
    assert "Northern Chronicle" in relays.index(0, 0, passages).data()
    assert relays.index(0, 3, passages).data()  # the shared text itself
    assert cases.case_dossier(library, demo_case.id).claims == ()  # nothing written by a run
    panel.tree.expandAll()
    shot(panel, "suggestions")
    panel.tabs.setCurrentIndex(1)
    shot(panel, "shared-passages")


def test_enter_accepts_a_proposal_as_an_undoable_claim(qtbot, library, demo_case) -> None:
    stack = QUndoStack()
    changes: list[int] = []
    panel = open_panel(
        qtbot, library, demo_case, undo_stack=stack, on_changed=lambda: changes.append(1)
    )
    run(qtbot, panel)
    before = panel.model.rowCount()
    proposal = panel.model.proposals[0]
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    dossier, claims = claims_of(library, demo_case)
    assert len(claims) == 1
    assert claims[0].text == proposal.wording
    assert claims[0].status is proposal.status
    assert len({m.article_id for m in dossier.mentions_of(claims[0].id)}) >= 2
    assert panel.model.rowCount() == before - 1 and proposal not in panel.model.proposals
    assert changes and stack.count() == 1
    # the next proposal is selected, so Enter again keeps going down the list
    assert panel.model.proposal_at(panel.tree.currentIndex()) is panel.model.proposals[0]

    stack.undo()
    assert claims_of(library, demo_case)[1] == ()
    assert panel.model.proposals[0] is proposal
    stack.redo()
    _, claims = claims_of(library, demo_case)
    assert [c.text for c in claims] == [proposal.wording]
    assert proposal not in panel.model.proposals


def test_delete_rejects_without_writing(qtbot, library, demo_case) -> None:
    panel = open_panel(qtbot, library, demo_case)
    run(qtbot, panel)
    audit_before = len(cases.case_dossier(library, demo_case.id).audit)
    rejected = panel.model.proposals[0]
    before = panel.model.rowCount()
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == before - 1
    assert rejected not in panel.model.proposals
    dossier = cases.case_dossier(library, demo_case.id)
    assert dossier.claims == () and len(dossier.audit) == audit_before


def test_edited_wording_and_status_are_what_is_written(qtbot, library, demo_case) -> None:
    panel = open_panel(qtbot, library, demo_case, undo_stack=QUndoStack())
    run(qtbot, panel)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Veskarian-backed groups moved launchers through Tel Safra")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the first Enter only ends the edit
    qtbot.waitUntil(lambda: panel.tree.state() != QAbstractItemView.State.EditingState)
    assert claims_of(library, demo_case)[1] == ()
    panel.status_picker.activated.emit(panel.status_picker.findText("Unverified"))
    assert panel.model.proposals[0].status is Status.UNVERIFIED
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    _, claims = claims_of(library, demo_case)
    assert [c.text for c in claims] == ["Veskarian-backed groups moved launchers through Tel Safra"]
    assert claims[0].status is Status.UNVERIFIED


def test_accept_all_selected_is_one_undo_step(qtbot, library, demo_case) -> None:
    stack = QUndoStack()
    panel = open_panel(qtbot, library, demo_case, undo_stack=stack)
    run(qtbot, panel)
    total = panel.model.rowCount()
    selection = panel.tree.selectionModel()
    for row in (0, 2):
        selection.select(
            panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    # an article row under proposal 2 counts for its proposal, not as a third one
    selection.select(
        panel.model.index(0, 0, panel.model.index(2, 0)),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = panel.selected_proposals()
    assert len(chosen) == 2
    panel.accept_button.click()
    _, claims = claims_of(library, demo_case)
    assert sorted(c.text for c in claims) == sorted(p.wording for p in chosen)
    assert panel.model.rowCount() == total - 2
    assert stack.count() == 1
    stack.undo()
    assert claims_of(library, demo_case)[1] == ()
    assert panel.model.rowCount() == total

    qtbot.keyClick(panel.tree, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.selected_proposals()) == total
    panel.reject_button.click()
    assert panel.model.rowCount() == 0
    assert not panel.accept_button.isEnabled()


def test_a_second_run_leaves_out_what_is_already_marked(qtbot, library, demo_case) -> None:
    panel = open_panel(qtbot, library, demo_case)  # no undo stack: accepting writes at once
    run(qtbot, panel)
    total = panel.model.rowCount()
    accepted = panel.model.proposals[0].wording
    panel.accept_selected()
    assert [c.text for c in claims_of(library, demo_case)[1]] == [accepted]
    run(qtbot, panel)
    assert panel.model.rowCount() == total - 1
    assert accepted not in [p.wording for p in panel.model.proposals]
    assert "already marked" in panel.message.text()


def test_cancel_stops_a_run_and_lists_nothing(qtbot, library, demo_case) -> None:
    panel = open_panel(qtbot, library, demo_case)
    assert not panel.cancel_button.isEnabled()
    with qtbot.waitSignal(panel.run_finished, timeout=10000) as blocker:
        panel.suggest()
        assert panel.cancel_button.isEnabled() and not panel.suggest_button.isEnabled()
        panel.cancel_button.click()
    assert blocker.args == [False]
    assert panel.model.rowCount() == 0
    assert "Cancelled" in panel.message.text()
    assert panel.suggest_button.isEnabled() and not panel.running()
    assert cases.case_dossier(library, demo_case.id).claims == ()
    run(qtbot, panel)  # a cancelled run leaves the panel ready for the next
    assert panel.model.rowCount() > 0


def test_a_failed_run_is_reported(qtbot, library, demo_case) -> None:
    panel = SuggestionsPanel(library, 9999)
    qtbot.addWidget(panel)
    with qtbot.waitSignals([panel.run_finished, panel.failed], timeout=10000):
        panel.suggest()
    assert "9999" in panel.message.text()
