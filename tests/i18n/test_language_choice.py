"""The window's language: `--lang`, else the choice in View → Language, else the system's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.conftest import Desk
from workbench.cli.main import build_parser
from workbench.ui.i18n import SETTING, chosen_language, isolate, saved_language, system_language


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_command_line_wins_then_the_saved_choice_then_the_system(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert chosen_language(settings) == system_language()
    settings.setValue(SETTING, "ar")
    assert chosen_language(settings) == "ar"
    assert chosen_language(settings, "en") == "en"
    settings.setValue(SETTING, "klingon")  # a value from elsewhere is ignored, not trusted
    assert saved_language(settings) == ""
    assert build_parser().parse_args(["--lang", "ar"]).lang == "ar"
    assert build_parser().parse_args([]).lang is None


def test_the_system_language_is_read_from_the_locale() -> None:
    previous = QLocale.system().language()
    expected = "ar" if previous == QLocale.Language.Arabic else "en"
    assert system_language() == expected


def test_view_language_saves_the_choice_for_the_next_start(desk: Desk, qapp: QApplication) -> None:
    window = desk.open(index=False)
    menu = window.menuBar().findChild(QMenu, "languageMenu")
    assert menu is not None
    arabic = next(a for a in menu.actions() if a.data() == "ar")
    arabic.trigger()
    assert saved_language(window.state.settings) == "ar"
    assert window.last_note is not None and window.last_note.isVisible()  # "from the next start"
    window.last_note.close()
    assert QApplication.layoutDirection().name == "LeftToRight"  # nothing changes until then
    system = next(a for a in menu.actions() if a.data() == "")
    system.trigger()
    assert saved_language(window.state.settings) == ""


def test_data_is_isolated_so_it_keeps_its_own_direction() -> None:
    assert isolate("Gulf Wire") == "\u2068Gulf Wire\u2069"
