"""Article details: a pasted file's missing outlet and date, set in a dialog, undone and redone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_ARTICLES, Desk, save_shot
from workbench.services import articles


def test_outlet_and_date_are_set_shown_and_undoable(desk: Desk, qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = desk.open(load_demo=False, index=False)
    case_id = window.controller.create_case("Pasted copy")
    window.open_case(case_id)
    desk.import_and_wait([DEMO_ARTICLES / "04_capital_analysis.txt"])
    (listed,) = articles.list_articles(window.library, case_id)
    window.open_article(listed.id)
    assert window.actions_["article_details"].isEnabled()
    text_before = window.reader.article.text

    window.actions_["article_details"].trigger()
    dialog = window.article_details_dialog
    dialog.outlet.setText("Ardan City Review")
    dialog.dated.setChecked(True)
    dialog.published.setDate(QDate(2031, 4, 18))
    save_shot(dialog, tmp_path, "ui2-article-details")
    dialog.accept()

    stored = articles.get_article(window.library, listed.id)
    assert (stored.outlet, stored.published) == ("Ardan City Review", date(2031, 4, 18))
    assert stored.text == text_before
    assert window.reader.article.outlet == "Ardan City Review"

    window.actions_["undo"].trigger()
    assert articles.get_article(window.library, listed.id).outlet is None
    assert window.reader.article.outlet is None
    window.actions_["redo"].trigger()
    assert window.reader.article.outlet == "Ardan City Review"
