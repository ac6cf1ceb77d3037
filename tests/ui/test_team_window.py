"""A window on a team library: others' changes appear, the selection and the reader's place stay,
and a change made from an older view asks whose version to keep.

How soon they appear is measured by benchmarks/team_bench.py --window, not asserted here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import plain
from tests.ui.conftest import save_shot
from workbench.core.errors import ClaimChanged
from workbench.core.vocabulary import Status
from workbench.services import cases, claims
from workbench.services.demo import load_demo_case
from workbench.store import Library
from workbench.ui import commands
from workbench.ui.conflict_dialog import ConflictDialog
from workbench.ui.main_window import MainWindow
from workbench.ui.team_connect import ADDRESS_KEY, open_team_window


@pytest.fixture
def team_window(
    qtbot: QtBot, server_address: str, tmp_path: Path
) -> Iterator[tuple[MainWindow, Library]]:
    mine = Library.connect(server_address, folder=tmp_path / "mine")
    other = Library.connect(server_address, folder=tmp_path / "other")
    case = load_demo_case(other)
    for text in ("Launchers crossed at night", "The ministry denied the shipment"):
        claims.add_claim(other, case.id, text)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(mine, settings, open_index=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.controller.search is not None, timeout=20000)
    yield window, other
    window.close()
    mine.close()
    other.close()


def test_anothers_marking_appears_without_moving_the_reader(
    team_window: tuple[MainWindow, Library], qtbot: QtBot
) -> None:
    window, other = team_window
    case_id = cases.list_cases(other)[0][0].id
    window.open_case(case_id)
    controller, pane = window.controller, window.claims
    selected, changed = controller.dossier.claims[0], controller.dossier.claims[1]
    pane.select_claim(selected.id)
    article = controller.dossier.articles[0]
    window.reading.show_article(article.id)
    bar = window.reader.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()

    claims.mark_claim(other, changed.id, Status.DENIED)
    qtbot.waitUntil(lambda: controller.claim(changed.id).status is Status.DENIED, timeout=10000)
    assert pane.detail.claim_id == selected.id
    assert window.reader.article_id == article.id and bar.value() == place
    added = claims.add_claim(other, case_id, "The convoy turned back at the border")
    qtbot.waitUntil(lambda: controller.claim(added.id) is not None, timeout=10000)
    hits = lambda: controller.search.search("convoy turned back", kind="claims").total  # noqa: E731
    qtbot.waitUntil(lambda: hits() == 1, timeout=10000)


def test_a_stale_marking_asks_whose_version_to_keep(
    team_window: tuple[MainWindow, Library], qtbot: QtBot, tmp_path: Path
) -> None:
    window, other = team_window
    controller = window.controller
    window.open_case(cases.list_cases(other)[0][0].id)
    window.team.stop()  # this window has not yet seen the other change
    claim = controller.dossier.claims[0]
    claims.mark_claim(other, claim.id, Status.DENIED, "the ministry denied it")

    asked: list[ClaimChanged] = []
    controller.settle_conflict = lambda conflict: asked.append(conflict) or False
    controller.run(commands.MarkClaim(controller, claim, Status.SOURCED))
    assert asked and asked[0].theirs.status is Status.DENIED
    assert asked[0].by == other.actor
    assert controller.claim(claim.id).status is Status.DENIED  # theirs kept, and shown

    dialog = ConflictDialog(asked[0], None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    shot = save_shot(dialog, tmp_path, "team-conflict")
    assert shot.stat().st_size > 0
    shown = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert shown["theirs"] == "Denied" and shown["mine"] == "Sourced"
    dialog.close()

    stale = controller.dossier.claims[0]
    claims.mark_claim(other, claim.id, Status.RELAYED)
    controller.settle_conflict = lambda conflict: True
    controller.run(commands.MarkClaim(controller, stale, Status.SOURCED))
    assert controller.claim(claim.id).status is Status.SOURCED
    trail = cases.case_dossier(other, claim.case_id).audit
    statuses = [a.new for a in trail if a.entity_id == claim.id and a.action == "status"]
    assert statuses[-3:] == ["denied", "relayed", "sourced"]


def test_connect_opens_the_team_library_in_a_window_beside(
    qtbot: QtBot, server_address: str, tmp_path: Path
) -> None:
    laptop = Library.open(tmp_path / "laptop")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(laptop, settings, open_index=False)
    qtbot.addWidget(window)
    team = open_team_window(window, server_address)
    assert team is not None and team.library.is_team
    assert team.library.folder.parent.parent == laptop.folder  # its index, in the laptop library
    assert "team library (postgres, owner)" in plain(team.windowTitle())
    assert settings.value(ADDRESS_KEY) == server_address
    window.close()  # closes the team window and its connection too
    assert not team.isVisible()
    laptop.close()
