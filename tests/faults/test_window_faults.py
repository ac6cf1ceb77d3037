"""The window on a failing disk: honest messages, never "your work is saved" after a lost write."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.faults.conftest import run_cli
from workbench.search.soundness import damaged_files
from workbench.store import Library
from workbench.ui.main_window import MainWindow


def _window(qtbot: QtBot, library: Library, settings: Path) -> MainWindow:
    window = MainWindow(
        library, QSettings(str(settings), QSettings.Format.IniFormat), load_demo=False
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.controller.search is not None, timeout=30000)
    return window


def test_an_edit_on_a_read_only_library_says_so_and_is_no_crash(
    qtbot: QtBot, tmp_path: Path, read_only_view: Callable[[Path], Path]
) -> None:
    folder = tmp_path / "library"
    assert run_cli(folder, "demo").returncode == 0
    library = Library.open(read_only_view(folder))
    try:
        assert library.read_only
        window = _window(qtbot, library, tmp_path / "settings.ini")
        assert window.errors.last_message == ""
        assert window.windowTitle().endswith("(read-only)")
        assert window.new_case("Cannot be written") is None
        assert "read-only" in window.errors.last_message
        assert window.errors.crashes == 0
        window.close()
    finally:
        library.close()


def test_a_database_error_reaching_the_crash_dialog_is_told_for_what_it_is(
    qtbot: QtBot, tmp_path: Path, read_only_view: Callable[[Path], Path]
) -> None:
    folder = tmp_path / "library"
    Library.open(folder).close()
    window = None
    with Library.open(folder) as library:
        window = _window(qtbot, library, tmp_path / "settings.ini")
        # A real SQLAlchemy error from SQLite: a write to a database opened read-only.
        engine_error = None
        connection = sqlite3.connect(f"{(folder / 'workbench.sqlite').as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("CREATE TABLE scribble (x)")
        except sqlite3.OperationalError as error:
            engine_error = DBAPIError.instance(
                str(text("CREATE TABLE scribble (x)")), None, error, sqlite3.Error
            )
        finally:
            connection.close()
        assert engine_error is not None
        try:
            raise engine_error
        except DBAPIError as error:
            window.errors.excepthook(type(error), error, error.__traceback__)
        assert window.errors.crashes == 0
        assert "read-only" in window.errors.last_message
        assert "Your work is saved" not in window.errors.last_message
        window.close()


def test_a_real_bug_no_longer_claims_all_work_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    with Library.open(tmp_path / "library") as library:
        window = _window(qtbot, library, tmp_path / "settings.ini")
        try:
            raise RuntimeError("a bug in a slot")
        except RuntimeError as error:
            window.errors.excepthook(RuntimeError, error, error.__traceback__)
        assert window.errors.crashes == 1
        assert "Your work is saved" not in window.errors.last_message
        assert "confirmed before this was saved" in window.errors.last_message
        window.close()


def test_the_window_search_meeting_a_damaged_index_rebuilds_it_in_the_background(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "library"
    assert run_cli(folder, "demo").returncode == 0
    assert run_cli(folder, "search", "launchers").returncode == 0
    with Library.open(folder) as library:
        window = _window(qtbot, library, tmp_path / "settings.ini")
        # Damaged after the window opened the index: the next search meets it.
        for path in (folder / "index").glob("articles_*.pst"):
            data = bytearray(path.read_bytes())
            start = len(data) // 10
            data[start : start + 200] = bytes(0xFF ^ b for b in data[start : start + 200])
            path.write_bytes(bytes(data))
        panel = window.library_panel.search
        with qtbot.waitSignal(panel.searched, timeout=60000):
            panel.query.setText("launchers")
            panel.run_search()
        assert panel.results_model.rowCount() > 0
        assert "rebuilt" in panel.message.text()
        assert window.errors.crashes == 0
        assert not damaged_files(folder / "index")
        window.close()
