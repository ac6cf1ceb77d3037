"""The same task as the end-to-end test, with the keyboard only (files still arrive by drop)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_ARTICLES, Desk
from workbench.core.vocabulary import SourceKind, Status
from workbench.services import cases

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _answer_dialog(qtbot: QtBot, text: str | None) -> None:
    """Type into the modal dialog a shortcut is about to open, then press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        target = dialog.focusWidget() or dialog
        if text is not None:
            qtbot.keyClicks(target, text)
        qtbot.keyClick(target, Qt.Key.Key_Return)

    QTimer.singleShot(200, answer)


def _key(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _open_row(qtbot: QtBot, window, row: int) -> None:  # type: ignore[no-untyped-def]
    _key(qtbot, Qt.Key.Key_1, CTRL)
    _key(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(row):
        _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)


def _find_and_select(qtbot: QtBot, phrase: str) -> None:
    _key(qtbot, Qt.Key.Key_2, CTRL)
    _key(qtbot, Qt.Key.Key_F, CTRL)
    _type(qtbot, phrase)
    _key(qtbot, Qt.Key.Key_Escape)


def test_keyboard_only_walk(desk: Desk, qtbot: QtBot) -> None:
    window = desk.open()
    _answer_dialog(qtbot, "Keyboard case")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.controller.case_id is not None)  # the dialog does not block
    desk.activate()
    case_id = window.controller.case_id
    assert case_id is not None and window.controller.dossier.case.title == "Keyboard case"
    desk.import_and_wait([DEMO_ARTICLES])
    desk.settle()

    # Search, Down into the results, Enter opens the article with its hits.
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    _type(qtbot, "Kestrel")
    qtbot.waitUntil(lambda: window.library_panel.search.results_model.rowCount() > 0, timeout=10000)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    assert window.reader.hits
    first_hit = window.reader.current_hit
    _key(qtbot, Qt.Key.Key_F3)
    assert len(window.reader.hits) == 1 or window.reader.current_hit != first_hit

    # Open the first article, find the passage (it ends up selected), make it a claim.
    _open_row(qtbot, window, 0)
    chronicle = window.reader.article_id
    _find_and_select(qtbot, "drove them across the Tel Safra crossing")
    assert not window.reader.find_bar.isVisible()
    assert window.reader.selected_text() == "drove them across the Tel Safra crossing"
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.claims.model.rowCount() == 1

    # Attribute it to an official body: name, Tab to the kind, Tab to the button, Space.
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    _type(qtbot, "Qaramar Border Authority")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Official")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Space)

    # Mark it denied from the claim list.
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    _key(qtbot, Qt.Key.Key_3)

    # A second mention from the relaying article (row 2), through "Add as mention of…".
    _open_row(qtbot, window, 2)
    levant = window.reader.article_id
    assert levant != chronicle
    _find_and_select(qtbot, "crossed into Veskaria at Tel Safra")
    _answer_dialog(qtbot, None)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL)

    def check() -> None:
        dossier = cases.case_dossier(desk.library, case_id)
        (claim,) = dossier.claims
        assert claim.status is Status.DENIED
        source = dossier.source(claim.source_id)
        assert (source.name, source.kind) == ("Qaramar Border Authority", SourceKind.OFFICIAL)
        assert {m.article_id for m in dossier.mentions_of(claim.id)} == {chronicle, levant}

    check()
    desk.activate()  # the offscreen platform leaves no window active after a dialog closes
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    claim = cases.case_dossier(desk.library, case_id).claims[0]
    assert claim.status is Status.UNVERIFIED
    assert window.claims.detail.status_buttons[Status.UNVERIFIED].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    check()
    assert "Denied 1" in window.status.count_text()
    desk.settle()
