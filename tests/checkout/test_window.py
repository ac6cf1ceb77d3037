"""Check-out and check-in from the window: the File menu, progress, the conflict dialog."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.checkout.conftest import build_case
from tests.conftest import plain
from tests.ui.conftest import Desk, save_shot
from tests.ui2.conftest import wait_idle
from workbench.core.casemerge import Side
from workbench.core.vocabulary import Status
from workbench.services import cases, claims
from workbench.services.checkout_records import checkout_marks
from workbench.store import Library
from workbench.ui.checkout_dialogs import CheckOutDialog, ConflictDialog
from workbench.ui.library_dock import CheckoutRole


def _case_rows(window) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
    model = window.library_panel.cases_model
    return [
        (plain(str(model.index(r, 0).data())), model.index(r, 0).data(CheckoutRole))
        for r in range(model.rowCount())
    ]


def test_check_out_settle_a_conflict_and_check_in_from_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    team_folder = tmp_path / "team-desk" / "library"
    with Library.open(team_folder) as team:
        made = build_case(team)
        ships = made.claim_ids[1]
    laptop_desk = Desk(qtbot, tmp_path / "laptop-desk")
    team_desk = Desk(qtbot, tmp_path / "team-desk")
    try:
        window = laptop_desk.open(index=False)
        window.actions_["check_out"].trigger()
        dialog = window.checkout.dialog
        assert isinstance(dialog, CheckOutDialog) and dialog.isVisible()
        dialog.location.setText(str(team_folder))
        dialog.location_set.emit(str(team_folder))
        qtbot.waitUntil(lambda: dialog.cases.count() == 1, timeout=20000)
        dialog.select_case(made.case_id)
        save_shot(dialog, tmp_path, "checkout-dialog")
        with qtbot.waitSignal(window.checkout.checked_out, timeout=30000) as blocker:
            dialog.check_out_button.click()
        summary = blocker.args[0]
        assert not dialog.isVisible()
        shown = window.controller.dossier
        assert shown is not None and shown.case.id == summary.case_id
        assert len(shown.claims) == 3 and len(shown.articles) == 2
        assert (f"{made.title}  ⇄ checked out here", "borrowed") in _case_rows(window)
        window.checkout.summary_box.close()

        # the team sees it as checked out, in its own window
        team_window = team_desk.open(index=False)
        assert any(
            side == "lent" and "checked out by" in text for text, side in _case_rows(team_window)
        )
        save_shot(team_window.library_panel.cases, tmp_path, "checkout-team-case-list")
        claims.mark_claim(team_window.library, ships, Status.RELAYED, "two outlets")
        team_desk.close()

        laptop_ships = next(c for c in shown.claims if c.text == "No ship was damaged")
        claims.mark_claim(window.library, laptop_ships.id, Status.SOURCED, "ministry document")
        window.actions_["check_in"].trigger()
        qtbot.waitUntil(
            lambda: (
                isinstance(window.checkout.conflict_dialog, ConflictDialog)
                and window.checkout.conflict_dialog.isVisible()
            ),
            timeout=20000,
        )
        conflicts = window.checkout.conflict_dialog
        assert conflicts.table.rowCount() == 1
        assert conflicts.table.item(0, 1).text() == "sourced"
        assert conflicts.table.item(0, 2).text() == "relayed"
        assert not conflicts.check_in_button.isEnabled()
        save_shot(conflicts, tmp_path, "checkout-conflict-dialog")
        conflicts.choose(0, Side.MINE)
        assert conflicts.check_in_button.isEnabled()
        with qtbot.waitSignal(window.checkout.checked_in, timeout=30000):
            conflicts.check_in_button.click()
        wait_idle(qtbot, window)
        assert (made.title, None) in _case_rows(window)
        assert "kept mine" in window.checkout.summary_box.text()
        save_shot(window.checkout.summary_box, tmp_path, "checkout-checked-in")
        window.checkout.summary_box.close()
        laptop_desk.close()
        with Library.open(team_folder) as team:
            back = cases.case_dossier(team, made.case_id)
            assert next(c for c in back.claims if c.id == ships).status is Status.SOURCED
            assert checkout_marks(team) == {}
    finally:
        laptop_desk.close()
        team_desk.close()
