"""The window's parts on their own: workers, offsets, the reader, the lazy table, dialogs."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, QSortFilterProxyModel, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from tests.conftest import plain
from tests.ui.conftest import DEMO_ARTICLES, Desk
from workbench.core.errors import NotFound
from workbench.core.records import ArticleRecord
from workbench.core.vocabulary import SourceKind, Status
from workbench.services import cases, claims, sources
from workbench.store import Library
from workbench.store import models as m
from workbench.ui.article_model import PAGE, ArticleTableModel
from workbench.ui.offsets import OffsetMap
from workbench.ui.reader import ArticleReader, Highlight
from workbench.ui.tasks import TaskContext, TaskRunner

# --- workers --------------------------------------------------------------------------------


def test_a_task_reports_progress_and_its_result_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, int]] = []
    threads: list[object] = []

    def work(context: TaskContext) -> str:
        threads.append(threading.current_thread())
        for n in range(1, 4):
            context.progress(n, 3)
        return "done"

    results: list[object] = []
    task = runner.start("count", work, results.append, on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: results == ["done"])
    assert threads[0] is not threading.main_thread()
    assert seen[-1] == (3, 3)
    assert not runner.busy() and not task.running


def test_a_failing_task_hands_its_exception_over(qtbot: QtBot) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []
    runner.error_handler = failures.append

    def work(_context: TaskContext) -> None:
        raise NotFound("No article with id 9.")

    runner.start("fail", work)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], NotFound)


def test_a_task_stops_when_cancelled(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    results: list[object] = []

    def work(context: TaskContext) -> int:
        started.set()
        loops = 0
        while not context.cancelled():
            loops += 1
            context.check() if loops > 10**9 else None
        return loops

    task = runner.start("spin", work, results.append)
    started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(results))
    assert runner.shutdown(1000)


# --- offsets --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["plain ascii", "نفت هيئة المنافذ «الخبر» — café", "a😀b 😀😀 c\nd", "😀"],
)
def test_offsets_round_trip_through_utf16(text: str) -> None:
    mapping = OffsetMap(text)
    for i in range(len(text) + 1):
        qt = len(text[:i].encode("utf-16-le")) // 2
        assert mapping.to_qt(i) == qt
        assert mapping.from_qt(qt) == i


def _article(text: str, language: str = "en") -> ArticleRecord:
    return ArticleRecord(1, "A title", text, language, "txt", "a.txt", outlet="Test Post")


def test_the_reader_selects_and_reports_spans_past_emoji_and_arabic(qtbot: QtBot) -> None:
    reader = ArticleReader()
    qtbot.addWidget(reader)
    text = "قال الوزير 😀 إن الشحنة وصلت.\n\nThe minister 😀 said the cargo arrived."
    reader.show_article(_article(text, "ar"))
    start = text.index("الشحنة")
    reader.select_span(start, start + len("الشحنة"))
    assert reader.selected_span() == (start, start + 6)
    assert reader.selected_text() == "الشحنة"
    english = text.index("cargo")
    reader.select_span(english, english + 5)
    assert reader.selected_text() == "cargo"


def test_highlights_carry_the_status_letter_in_their_tooltip(qtbot: QtBot) -> None:
    reader = ArticleReader()
    qtbot.addWidget(reader)
    text = "The port denied it. Officials said the ship left."
    reader.show_article(_article(text))
    reader.set_highlights([Highlight(4, 18, Status.DENIED, 7, "<b>◆ D Denied</b> — claim 7")])
    assert "D Denied" in reader.tooltip_at(reader._map.to_qt(6))
    assert reader.tooltip_at(reader._map.to_qt(30)) == ""
    selections = reader.view.extraSelections()
    assert len(selections) == 1
    assert selections[0].format.background().color().name().upper() == "#F7D9C6"


def test_find_bar_steps_through_matches_and_escape_closes_it(qtbot: QtBot) -> None:
    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.show()
    text = "Tel Safra is a crossing. The Tel Safra post was shut. tel safra again."
    reader.show_article(_article(text))
    reader.open_find()
    qtbot.keyClicks(reader.find_bar.edit, "tel safra")
    assert len(reader.matches) == 3
    assert reader.selected_span() == reader.matches[0]
    assert reader.find_bar.count.text() == "1 of 3"
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.selected_span() == reader.matches[1]
    reader.step(-1)
    assert reader.selected_span() == reader.matches[0]
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Escape)
    assert not reader.find_bar.isVisible() and reader.matches == []


def test_search_hits_step_forward_and_back(qtbot: QtBot) -> None:
    reader = ArticleReader()
    qtbot.addWidget(reader)
    text = "one launcher, two launchers, three launchers"
    spans = [(4, 12), (18, 27), (35, 44)]
    reader.show_article(_article(text), hits=spans)
    assert reader.current_hit == spans[0]
    reader.step(+1)
    assert reader.current_hit == spans[1]
    reader.step(-1)
    reader.step(-1)
    assert reader.current_hit == spans[2]


def test_jump_to_flashes_the_passage_and_the_flash_ends(qtbot: QtBot) -> None:
    reader = ArticleReader()
    qtbot.addWidget(reader)
    text = "\n\n".join(f"Paragraph {n} about the harbour." for n in range(300))
    reader.show_article(_article(text))
    reader.resize(400, 300)
    reader.show()
    target = text.index("Paragraph 250")
    reader.jump_to(target, target + 13)
    assert reader.flashing == (target, target + 13)
    assert reader.view.verticalScrollBar().value() > 0
    qtbot.waitUntil(lambda: reader.flashing is None, timeout=3000)


# --- the lazy article table -----------------------------------------------------------------


def _bulk_articles(library: Library, count: int) -> None:
    rows = [
        {
            "title": f"Harbour report {n}",
            "outlet": "Test Post",
            "language": "en",
            "text": f"Report {n}.",
            "raw_text": f"Report {n}.",
            "content_hash": f"hash-{n}",
            "source_file": f"r{n}.txt",
            "format": "txt",
        }
        for n in range(count)
    ]
    with library.engine.begin() as connection:
        connection.execute(insert(m.Article), rows)


def test_the_article_table_fetches_a_page_at_a_time(qtbot: QtBot, library: Library) -> None:
    _bulk_articles(library, PAGE * 2 + 10)
    model = ArticleTableModel(library)
    model.set_case(None)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE
    target = PAGE * 2 + 5
    assert model.row_of(model.article_at(0).id + target) == target
    assert model.rowCount() == PAGE * 2 + 10
    assert not model.canFetchMore()
    assert plain(model.index(0, 2).data()) == "Harbour report 0"


# --- start-up, dialogs, sources, export -----------------------------------------------------


def test_first_start_opens_the_demo_case_and_a_second_start_reopens_it(desk: Desk) -> None:
    window = desk.open(load_demo=True, index=False)
    dossier = window.controller.dossier
    assert dossier is not None and len(dossier.articles) == 5
    assert window.reader.article_id == dossier.articles[0].id
    arabic = next(a for a in dossier.articles if a.language == "ar")
    window.open_article(arabic.id)
    desk.close()
    window = desk.open(load_demo=True, index=False)
    assert len(cases.list_cases(desk.library)) == 1
    assert window.reader.article_id == arabic.id


def test_the_guide_and_about_are_there(desk: Desk) -> None:
    window = desk.open(index=False)
    window.actions_["guide"].trigger()
    text = window.guide_dialog.browser.toPlainText()
    for words in ("Getting started", "Sourced", "Relayed", "Denied", "Unverified", "report"):
        assert words in text
    window.guide_dialog.close()


def test_sources_are_renamed_with_undo_and_merged(desk: Desk) -> None:
    window = desk.open(index=False)
    case_id = window.new_case("Who said it")
    a = claims.add_claim(
        desk.library, case_id, "Exports rose", source_name="US", source_kind=SourceKind.OFFICIAL
    )
    b = claims.add_claim(
        desk.library, case_id, "Tariffs fell", source_name="U.S.", source_kind=SourceKind.OFFICIAL
    )
    window.controller.reload()
    window.actions_["sources"].trigger()
    dialog = window.sources_dialog
    by_name = {r.name: r for r in dialog.records()}
    dialog.rename(by_name["US"], "United States")
    assert {r.name for r in dialog.records()} == {"United States", "U.S."}
    window.controller.undo_stack.undo()
    assert {r.name for r in dialog.records()} == {"US", "U.S."}
    window.controller.undo_stack.redo()
    by_name = {r.name: r for r in dialog.records()}
    dialog.merge(by_name["United States"], [by_name["U.S."]])
    assert [r.name for r in dialog.records()] == ["United States"]
    dossier = cases.case_dossier(desk.library, case_id)
    assert {dossier.source(c.source_id).name for c in dossier.claims} == {"United States"}
    assert {c.id for c in dossier.claims} == {a.id, b.id}
    assert len(sources.list_sources(desk.library)) == 1
    dialog.close()


def test_the_report_is_exported_in_the_background(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = desk.open(index=False)
    window.new_case("Export me")
    desk.import_and_wait([DEMO_ARTICLES / "01_chronicle_report.txt"])
    target = tmp_path / "out" / "verdict.docx"
    window.export_report(target)
    qtbot.waitUntil(lambda: getattr(window, "last_export", None) == target, timeout=20000)
    assert target.stat().st_size > 5000


def test_window_settings_go_to_the_given_settings_file(desk: Desk, tmp_path: Path) -> None:
    window = desk.open(index=False)
    window.new_case("Remembered")
    desk.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("window/geometry") is not None
    keys = [k for k in settings.allKeys() if k.endswith("/case")]
    assert keys and int(settings.value(keys[0])) > 0


def test_the_assistant_docks_follow_the_open_case(desk: Desk, qtbot: QtBot) -> None:
    window = desk.open(load_demo=True, index=False)
    window.actions_["suggest"].trigger()
    panel = window.assist.panel
    assert panel is not None and panel.case_id == window.controller.case_id
    assert window.assist.suggestions.isVisible()
    article = window.controller.dossier.articles[0]
    spec = claims.MentionSpec(article.id, 0, 40)
    claims.add_claim(desk.library, window.controller.case_id, "A claim to draw", mention=spec)
    window.controller.reload()
    window.actions_["provenance"].trigger()
    assert window.assist.graph.graph is not None
    assert window.assist.graph.nodes
    other = window.new_case("A second case")
    assert window.assist.panel is not None and window.assist.panel.case_id == other


def test_the_case_list_also_offers_the_whole_library(desk: Desk, tmp_path: Path) -> None:
    window = desk.open(load_demo=True, index=False)
    panel = window.library_panel
    desk.import_and_wait([DEMO_ARTICLES / "01_chronicle_report.txt"])  # a duplicate: not added
    other = tmp_path / "elsewhere.txt"
    other.write_text("Harbour notes\n\nThe ferry timetable changes in May.\n", encoding="utf-8")
    window.open_case(None)
    desk.import_and_wait([other])
    panel.cases.clicked.emit(panel.cases_model.index(0, 0))
    assert panel.showing_library and panel.articles_model.total == 6
    assert "in the library" in panel.article_count.text()
    case_row = next(
        r
        for r in range(panel.cases_model.rowCount())
        if panel.cases_model.item(r).data(Qt.ItemDataRole.UserRole + 1)
    )
    panel.cases.clicked.emit(panel.cases_model.index(case_row, 0))
    assert not panel.showing_library and panel.articles_model.total == 5


def test_with_a_runner_pages_arrive_from_a_worker(qtbot: QtBot, library: Library) -> None:
    _bulk_articles(library, PAGE + 3)
    runner = TaskRunner()
    model = ArticleTableModel(library, runner=runner)
    model.set_case(None)
    model.fetchMore()
    assert model.fetching and model.rowCount() == 0
    model.fetchMore()  # asked again while a page is on its way: still one page
    qtbot.waitUntil(lambda: not model.fetching)
    assert model.rowCount() == PAGE
    model.fetchMore()
    model.set_case(None)  # reset while the second page is on its way: it is dropped
    qtbot.waitUntil(lambda: not runner.busy())
    assert model.rowCount() == 0 and model.canFetchMore()


def test_the_qt_binding_keeps_reference_counts(qtbot: QtBot, library: Library) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every virtual call that
    returns nothing, and the app dies after a few thousand repaints; this catches such a build."""
    _bulk_articles(library, 3)
    model = ArticleTableModel(library)
    model.set_case(None)
    model.fetchMore()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(5000):
        proxy.data(index, Qt.ItemDataRole.DecorationRole)  # our data() answers None
        proxy.fetchMore(QModelIndex())  # returns nothing
    # A faulty build loses 10,000 references here; other objects coming and going move the
    # count by far less.
    assert sys.getrefcount(None) > before - 2000
