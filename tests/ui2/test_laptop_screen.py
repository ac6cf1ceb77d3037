"""A 13-inch laptop's window: 1280×800 and 1366×768, measured by the widgets' own geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk
from tests.ui2.conftest import open_marked_demo
from workbench.ui.i18n import local_date
from workbench.ui.main_window import MainWindow
from workbench.ui.mentions_table import PASSAGE, PASSAGE_LINES, SAMPLE_DATES, STANCE, WHERE

SIZES = [(1280, 800), (1366, 768)]


def _laptop_window(desk: Desk, qtbot: QtBot, size: tuple[int, int]) -> MainWindow:
    window = open_marked_demo(desk)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    dossier = window.controller.dossier
    claim = max(dossier.claims, key=lambda c: len(dossier.mentions_of(c.id)))
    window.open_article(dossier.mentions_of(claim.id)[0].article_id)
    window.claims.select_claim(claim.id)
    qtbot.wait(50)
    return window


def _whole_rows(window: MainWindow) -> int:
    view = window.claims.list
    inside = view.viewport().rect()
    rows = range(view.model().rowCount())
    return sum(inside.contains(view.visualRect(view.model().index(r, 0))) for r in rows)


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown_part(widget: QWidget, window: QWidget) -> QRect:
    """The part of the widget its ancestors leave on screen, in window coordinates."""
    shown = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown &= QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
        parent = parent.parentWidget()
    return shown & window.rect()


def _six_claims_beside_the_detail(window: MainWindow) -> None:
    assert window.claims.detail.claim_id is not None
    assert window.claims.detail.visibleRegion().boundingRect().height() > 150
    assert _whole_rows(window) >= 6
    assert not window.claims.legend.isVisible()  # folded on a small screen
    window.claims.legend_toggle.click()
    assert window.claims.legend.isVisible()
    window.claims.legend_toggle.click()
    assert not window.claims.legend.isVisible()


def _no_button_half_hidden(window: MainWindow) -> None:
    cut = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.isVisible():
            continue
        label = button.text() or button.objectName() or type(button).__name__
        if button.width() < button.minimumSizeHint().width():
            cut.append(f"{label}: squeezed to {button.width()} px")
        if _inside_scroll_area(button):
            continue  # scrolled into view; the scroll bar says there is more
        shown = _shown_part(button, window)
        if not shown.isEmpty() and shown.size() != button.size():
            cut.append(
                f"{label}: {shown.width()}×{shown.height()} of {button.width()}×{button.height()}"
            )
    assert cut == []


def _passages_read_whole(table, *, passage_width: int) -> None:  # type: ignore[no-untyped-def]
    """Whole dates, whole stance words, and each passage as tall as it wraps (up to its cut)."""
    metrics = QFontMetrics(table.font())
    where_width = table.columnWidth(WHERE)
    widest = max(metrics.horizontalAdvance(local_date(day)) for day in SAMPLE_DATES)
    assert widest <= where_width - 8
    assert table.columnWidth(PASSAGE) >= passage_width
    for row in range(table.topLevelItemCount()):
        item = table.topLevelItem(row)
        box = table.stance_box(row)
        assert box is not None and box.width() >= box.minimumSizeHint().width()
        assert table.visualItemRect(item).height() >= min(
            metrics.boundingRect(
                QRect(0, 0, table.columnWidth(PASSAGE) - 10, 100_000),
                int(Qt.TextFlag.TextWordWrap),
                item.text(PASSAGE),
            ).height(),
            metrics.lineSpacing() * PASSAGE_LINES,
        )
    assert table.columnWidth(STANCE) >= table.stance_box(0).sizeHint().width()


def test_presentation_shows_whole_dates_and_stances(desk: Desk, qtbot: QtBot) -> None:
    window = _laptop_window(desk, qtbot, SIZES[0])
    window.presentation.set_presenting(True)
    qtbot.wait(50)
    table = window.claims.detail.mentions
    assert table.font().pointSizeF() > window.font().pointSizeF() * 1.3
    _passages_read_whole(table, passage_width=80)  # the offscreen screen is 800 pixels wide
    window.presentation.set_presenting(False)


def _map_readable_and_fitting(window: MainWindow, qtbot: QtBot, size: tuple[int, int]) -> None:
    window.actions_["provenance"].trigger()
    view = window.assist.graph
    qtbot.wait(50)
    assert view.viewport().height() > size[1] // 4
    assert view.label_points() >= 9.0
    window.assist.graph_dock.findChild(QAbstractButton, "mapFit").click()
    whole = view.mapFromScene(view.scene().sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-8, -8, 8, 8).contains(whole)  # fitInView margins
    window.assist.graph_dock.findChild(QAbstractButton, "mapReadable").click()
    assert view.label_points() >= 9.0


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_window_on_a_laptop(desk: Desk, qtbot: QtBot, size: tuple[int, int]) -> None:
    """Six claims beside the detail, passages that read, the map at a readable zoom, and no
    button cut in half, with the map open or not."""
    window = _laptop_window(desk, qtbot, size)
    _six_claims_beside_the_detail(window)
    table = window.claims.detail.mentions
    assert table.topLevelItemCount() >= 2
    _passages_read_whole(table, passage_width=180)
    _no_button_half_hidden(window)
    _map_readable_and_fitting(window, qtbot, size)
    _no_button_half_hidden(window)
