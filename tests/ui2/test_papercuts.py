"""What a new user trips over first: each slip found by trying the window as one, kept fixed."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk
from tests.ui2.conftest import open_marked_demo, wait_idle
from workbench.services import cases, settings
from workbench.store import Library
from workbench.ui.main_window import MainWindow
from workbench.ui.new_case import NewCaseDialog

QUESTION = "Did the Qaramar border authority close the Tel Safra crossing on 3 March?"


def _new_case_dialog(window: MainWindow) -> NewCaseDialog:
    window.actions_["new_case"].trigger()
    dialog = window.new_case_dialog
    assert isinstance(dialog, NewCaseDialog) and dialog.isVisible()
    return dialog


def test_new_case_stores_the_question_as_the_question(desk: Desk) -> None:
    window = desk.open(index=False)
    dialog = _new_case_dialog(window)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing typed yet
    dialog.question.setText(QUESTION)
    assert ok.isEnabled()
    assert dialog.title.placeholderText() == "Did the Qaramar border authority close the Tel Safra…"
    ok.click()
    case = cases.case_dossier(desk.library, window.controller.case_id).case
    assert case.question == QUESTION
    assert case.title == "Did the Qaramar border authority close the Tel Safra…"

    dialog = _new_case_dialog(window)
    dialog.question.setText("Was the port of Ardan used to ship launchers?")
    dialog.title.setText("Ardan shipments")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    case = cases.case_dossier(desk.library, window.controller.case_id).case
    assert (case.title, case.question) == (
        "Ardan shipments",
        "Was the port of Ardan used to ship launchers?",
    )


def test_an_empty_case_shows_no_source_from_another(desk: Desk) -> None:
    window = open_marked_demo(desk)
    detail = window.claims.detail
    attributed = next(c for c in window.controller.dossier.claims if c.source_id is not None)
    window.claims.select_claim(attributed.id)
    assert detail.source_name.currentText()
    window.new_case("Nothing in it yet")
    assert detail.claim_id is None
    assert not detail.source_name.isEnabled()
    assert detail.source_name.currentText() == ""
    assert detail.source_name.count() == 0


def test_suggest_claims_starts_reading_when_opened(desk: Desk, qtbot: QtBot) -> None:
    window = desk.open(load_demo=True, index=False)
    window.assist.suggestions.show()  # a dock shown by hand (or restored) does not run by itself
    panel = window.assist.panel
    assert panel is not None and not panel.running() and not panel.progress.isVisible()
    window.assist.suggestions.hide()
    with qtbot.waitSignal(panel.run_finished, timeout=20000) as blocker:
        window.actions_["suggest"].trigger()
        assert panel.running() and panel.progress.isVisible()
    assert blocker.args == [True]
    assert panel.model.proposals and not panel.progress.isVisible()
    window.actions_["suggest"].trigger()  # opening it again keeps the list under review
    assert not panel.running()


def test_accepting_keeps_the_count_and_the_tab_in_agreement(desk: Desk, qtbot: QtBot) -> None:
    window = desk.open(load_demo=True, index=False)
    panel = window.assist.panel
    assert panel is not None
    with qtbot.waitSignal(panel.run_finished, timeout=20000):
        window.actions_["suggest"].trigger()
    before = len(panel.model.proposals)
    assert before >= 2
    panel._select_row(0)
    panel.accept_selected()
    wait_idle(qtbot, window)
    after = len(panel.model.proposals)
    assert after == before - 1
    assert panel.tabs.tabText(0) == f"Proposed claims ({after})"
    assert panel.message.text().startswith(f"{after} proposed claims")
    window.controller.undo_stack.undo()
    assert panel.tabs.tabText(0) == f"Proposed claims ({before})"
    assert panel.message.text().startswith(f"{before} proposed claims")


def _window_on(qtbot: QtBot, folder: Path, settings_file: Path) -> tuple[MainWindow, Library]:
    library = Library.open(folder)
    ini = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(library, ini, load_demo=False, open_index=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, library


def test_panels_opened_in_one_library_stay_closed_in_another(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    first, library = _window_on(qtbot, tmp_path / "first", ini)
    first.assist.show_graph()
    first.checked_dock.show()
    first.close()
    library.close()

    second, library = _window_on(qtbot, tmp_path / "second", ini)
    assert not second.assist.graph_dock.isVisible()
    assert not second.checked_dock.isVisible()
    second.close()
    library.close()

    again, library = _window_on(qtbot, tmp_path / "first", ini)
    assert again.assist.graph_dock.isVisible()
    assert again.checked_dock.isVisible()
    again.close()
    library.close()


def test_the_report_author_is_set_in_the_export_dialog(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    settings.set_setting(window.library, settings.NEWSROOM_NAME, "Harbour Gazette")
    window.actions_["export"].trigger()
    dialog = window.export_dialog
    assert dialog.author.text() == "Harbour Gazette"  # not the computer's login name
    dialog.author.setText("Lina Sayegh")
    target = tmp_path / "report.docx"
    dialog.destination.setText(str(target))
    dialog.export_button.click()
    wait_idle(qtbot, window)
    written = docx.Document(str(target))
    assert written.core_properties.author == "Lina Sayegh"
    assert any(
        [c.text for c in row.cells] == ["Author", "Lina Sayegh"]
        for table in written.tables
        for row in table.rows
    )
    assert settings.get_setting(window.library, settings.REPORT_AUTHOR) == "Lina Sayegh"
    window.actions_["export"].trigger()
    assert window.export_dialog.author.text() == "Lina Sayegh"  # remembered for the next one
    window.export_dialog.close()
