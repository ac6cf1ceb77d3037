"""Case details: edited in the dialog, saved as one undoable step, shown in the window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk, save_shot
from tests.ui2.conftest import open_marked_demo
from workbench.services import cases
from workbench.ui.case_details import CaseDetailsDialog


def _listed_titles(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {case.title for case, _, _ in cases.list_cases(window.library)}


def test_details_are_saved_undone_and_redone(desk: Desk, qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_marked_demo(desk)
    case = window.controller.dossier.case
    window.actions_["case_details"].trigger()
    dialog = window.case_details_dialog
    assert isinstance(dialog, CaseDetailsDialog) and dialog.isVisible()
    assert dialog.title.text() == case.title
    dialog.title.setText("Launchers across Tel Safra?")
    dialog.verdict.setPlainText("No evidence that the launchers crossed; the claim was relayed.")
    save_shot(dialog, tmp_path, "ui2-case-details")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()

    stored = cases.find_case(window.library, case.id)
    assert stored.title == "Launchers across Tel Safra?"
    assert stored.verdict.startswith("No evidence")
    assert stored.question == case.question  # untouched fields stay as they were
    assert "Launchers across Tel Safra?" in window.windowTitle()
    assert "Launchers across Tel Safra?" in _listed_titles(window)
    model = window.library_panel.cases.model()
    shown = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert any("Launchers across Tel Safra?" in str(s) for s in shown)

    window.actions_["undo"].trigger()
    stored = cases.find_case(window.library, case.id)
    assert (stored.title, stored.verdict) == (case.title, case.verdict)
    assert case.title in window.windowTitle()

    window.actions_["redo"].trigger()
    assert cases.find_case(window.library, case.id).title == "Launchers across Tel Safra?"
    assert window.controller.dossier.case.verdict.startswith("No evidence")


def test_a_title_already_taken_is_refused_and_the_dialog_stays(desk: Desk, qtbot: QtBot) -> None:
    window = open_marked_demo(desk)
    other = cases.create_case(window.library, "Another story")
    case = window.controller.dossier.case
    dialog = window.actions_["case_details"].trigger() or window.case_details_dialog
    dialog.title.setText("another story")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "already exists" in window.errors.last_message
    assert cases.find_case(window.library, case.id).title == case.title
    assert cases.find_case(window.library, other.id).title == "Another story"
    assert not window.controller.undo_stack.canUndo()
    dialog.title.setText("")
    dialog.buttons.accepted.emit()
    assert "needs a title" in window.errors.last_message
    dialog.reject()
