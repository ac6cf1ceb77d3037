"""The new menu entries: where they are, that their keys are unique, and when they are enabled."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk
from tests.ui2.conftest import open_marked_demo

NEW = {
    "&File": ["Case &details…", "Export &case file…", "Import case &file…"],
    "&Workshop": [
        "Save as answer &key…",
        "Export &exercise…",
        "Export my &answers…",
        "&Compare answers…",
    ],
    "&View": ["&Presentation mode", "Zoom &in", "Zoom &out", "&Actual size"],
}


def test_every_shortcut_belongs_to_one_action(desk: Desk, qtbot: QtBot) -> None:
    window = open_marked_demo(desk)
    keys = Counter(
        sequence.toString()
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )
    assert [k for k, n in keys.items() if n > 1] == []
    assert {"Ctrl+I", "Ctrl+E", "F11", "Ctrl+=", "Ctrl+-", "Ctrl+0"} <= set(keys)


def test_the_entries_sit_in_their_menus_and_follow_the_open_case(desk: Desk, qtbot: QtBot) -> None:
    window = open_marked_demo(desk)
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu()}
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Workshop") == titles.index("&Help") - 1
    for menu, entries in NEW.items():
        shown = [a.text() for a in menus[menu].actions()]
        assert all(entry in shown for entry in entries), (menu, shown)
    assert window.actions_["case_details"].isEnabled()
    window.open_case(None)
    for name in ("case_details", "export", "export_case_file", "save_key", "export_exercise"):
        assert not window.actions_[name].isEnabled(), name
    assert window.actions_["import_case_file"].isEnabled()
    assert window.actions_["compare_answers"].isEnabled()


def test_the_map_is_exported_from_the_assistant_menu(desk, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from tests.ui2.conftest import open_marked_demo

    window = open_marked_demo(desk)
    target = tmp_path / "map.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_["export_map"].trigger()
    assert target.exists()
    assert "Northern Chronicle" in target.read_text(encoding="utf-8")
