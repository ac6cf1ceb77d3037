"""A fact-checker's whole task through the real window: import, search, read, mark, undo, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_ARTICLES, Desk
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services import cases
from workbench.ui.claim_list import StatusRole

CLAIM_PASSAGE = "drove them across the Tel Safra crossing on 3 March"
RELAY_PASSAGE = "the equipment crossed into Veskaria at Tel Safra"


def _article_with(window, phrase: str):  # type: ignore[no-untyped-def]
    dossier = window.controller.dossier
    return next(a for a in dossier.articles if phrase in a.text)


def _select(window, phrase: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    text = window.reader.article.text
    start = text.index(phrase)
    window.reader.select_span(start, start + len(phrase))
    return start, start + len(phrase)


def test_import_search_mark_undo_and_reopen(desk: Desk, qtbot: QtBot) -> None:
    window = desk.open()
    case_id = window.new_case("Were launchers moved through Tel Safra?")
    assert case_id is not None
    summary = desk.import_and_wait([DEMO_ARTICLES])
    assert len(summary.imported) == 5 and not summary.skipped
    desk.settle()
    assert len(window.controller.dossier.articles) == 5
    table = window.library_panel.articles_model
    assert table.total == 5

    # Search for a phrase and open the article from its hit.
    panel = window.library_panel.search
    panel.query.setText('"Kestrel-9 launcher systems"')
    with qtbot.waitSignal(panel.searched, timeout=10000):
        panel.run_search()
    assert window.errors.last_message == ""
    assert panel.results_model.rowCount() == 1
    hit = panel.results_model.item(0).data(Qt.ItemDataRole.UserRole + 1)
    panel.results.activated.emit(panel.results_model.index(0, 0))
    assert window.reader.article_id == hit.id
    assert window.reader.hits and window.reader.current_hit == window.reader.hits[0]
    start, end = window.reader.current_hit
    assert window.reader.article.text[start:end].lower().startswith("kestrel")

    # Select a passage and make a claim of it; attribute and mark it denied.
    chronicle = _article_with(window, CLAIM_PASSAGE)
    window.open_article(chronicle.id)
    span = _select(window, CLAIM_PASSAGE)
    assert window.actions_["new_claim"].isEnabled()
    claim_id = window.new_claim_from_selection()
    assert claim_id is not None
    window.claims.detail.attribute("Qaramar Border Authority", SourceKind.OFFICIAL)
    window.claims.list.setFocus()
    qtbot.keyClick(window.claims.list, Qt.Key.Key_3)

    # A second mention, from the relaying article.
    levant = _article_with(window, RELAY_PASSAGE)
    window.open_article(levant.id)
    _select(window, RELAY_PASSAGE)
    assert window.add_selection_as_mention(claim_id)
    desk.settle()

    def assert_marked() -> None:
        dossier = cases.case_dossier(desk.library, case_id)
        (claim,) = dossier.claims
        assert claim.status is Status.DENIED
        source = dossier.source(claim.source_id)
        assert (source.name, source.kind) == ("Qaramar Border Authority", SourceKind.OFFICIAL)
        mentions = dossier.mentions_of(claim.id)
        assert {m.article_id for m in mentions} == {chronicle.id, levant.id}
        assert (mentions[0].start, mentions[0].end) == span
        # ...and the widgets say the same.
        model = window.claims.model
        assert model.rowCount() == 1
        assert model.index(0, 0).data() == CLAIM_PASSAGE
        assert window.claims.detail.status_buttons[Status.DENIED].isChecked()
        assert window.claims.detail.mentions.topLevelItemCount() == 2
        assert window.claims.detail.source_name.currentText() == "Qaramar Border Authority"
        assert "Denied 1" in window.status.count_text()
        assert [h.status for h in window.reader.highlights] == [Status.DENIED]

    assert_marked()

    # Undo the mention and the status, then redo both.
    stack = window.controller.undo_stack
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(cases.case_dossier(desk.library, case_id).mentions) == 1
    assert window.reader.highlights == []
    window.actions_["undo"].trigger()
    assert cases.case_dossier(desk.library, case_id).claims[0].status is Status.UNVERIFIED
    assert "Unverified 1" in window.status.count_text()
    assert window.claims.detail.status_buttons[Status.UNVERIFIED].isChecked()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window.actions_["redo"].trigger()
    assert stack.index() == stack.count()
    desk.settle()
    assert_marked()

    # Close and reopen: the case, the article and every marking are back.
    window.central.setSizes([500, 400])
    sizes = window.central.sizes()
    size = window.size()
    desk.close()
    window = desk.open()
    assert window.controller.case_id == case_id
    assert window.reader.article_id == levant.id
    assert window.size() == size
    assert window.central.sizes() == sizes
    assert_marked()


def test_claims_are_found_and_shown_after_a_change_in_another_place(desk: Desk) -> None:
    """A status set from the detail buttons shows in the list, the reader and the status bar."""
    window = desk.open()
    window.new_case("One edit, every view")
    desk.import_and_wait([DEMO_ARTICLES / "01_chronicle_report.txt"])
    article = window.controller.dossier.articles[0]
    window.open_article(article.id)
    _select(window, CLAIM_PASSAGE)
    claim_id = window.new_claim_from_selection()
    window.claims.detail.status_buttons[Status.SOURCED].click()
    assert Status(window.claims.model.index(0, 0).data(StatusRole)) is Status.SOURCED
    assert window.reader.highlights[0].status is Status.SOURCED
    assert "Sourced 1" in window.status.count_text()
    warnings = window.claims.detail.warnings.text()
    assert "single source" in warnings or "no article asserts" in warnings
    (mention,) = claims_of(desk, claim_id)
    window.claims.detail.set_stance(mention, Stance.RELAYS)
    assert claims_of(desk, claim_id)[0].stance is Stance.RELAYS
    desk.settle()


def claims_of(desk: Desk, claim_id: int):  # type: ignore[no-untyped-def]
    dossier = cases.case_dossier(desk.library, desk.window.controller.case_id)
    return dossier.mentions_of(claim_id)


def test_undo_of_a_new_claim_deletes_it_and_redo_brings_back_the_same_claim(desk: Desk) -> None:
    window = desk.open(index=False)
    window.new_case("Undo a claim")
    desk.import_and_wait([DEMO_ARTICLES / "01_chronicle_report.txt"])
    window.open_article(window.controller.dossier.articles[0].id)
    _select(window, CLAIM_PASSAGE)
    claim_id = window.new_claim_from_selection()
    window.controller.undo_stack.undo()
    assert window.claims.model.rowCount() == 0
    assert cases.case_dossier(desk.library, window.controller.case_id).claims == ()
    window.controller.undo_stack.redo()
    assert window.claims.model.claim_at(0).id == claim_id
    assert window.claims.detail.claim_id == claim_id


def test_a_refused_edit_is_shown_as_a_message_not_a_traceback(desk: Desk, tmp_path: Path) -> None:
    window = desk.open(index=False)
    window.new_case("Refusals")
    window.new_case("Refusals")  # the same title twice
    assert "already exists" in window.errors.last_message
    assert window.errors.crashes == 0
    window.reader.show_article(None)
    assert window.new_claim_from_selection() is None
    assert "Select the passage" in window.errors.last_message


def test_an_unexpected_exception_is_logged_and_the_window_keeps_running(desk: Desk) -> None:
    window = desk.open(index=False)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError as error:
        window.errors.excepthook(RuntimeError, error, error.__traceback__)
    assert window.errors.crashes == 1
    log = desk.library.log_path.read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a slot" in log and "Traceback" in log
    assert str(desk.library.log_path) in window.errors.last_message
    assert window.errors.last_box.detailedText().startswith("Traceback")
    assert window.isVisible()
    assert window.new_case("After the crash") is not None
