"""The provenance map of a marked demo case: drawn from its graph, zoomed, exported."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from workbench.assist.provenance import provenance_graph
from workbench.core.errors import ExportError
from workbench.core.records import CaseDossier, CaseRecord
from workbench.core.vocabulary import Status
from workbench.services import assisting, cases, claims
from workbench.store import Library
from workbench.ui.provenance_view import LINE_STYLES, ProvenanceView


@pytest.fixture
def marked(library: Library, demo_case: CaseRecord) -> CaseDossier:
    """The first three proposals accepted; the one carried as a denial marked denied."""
    found = assisting.suggest_case(library, demo_case.id)
    accepted = [assisting.accept_group(library, demo_case.id, g) for g in found.groups[:3]]
    claims.mark_claim(library, accepted[2].id, Status.DENIED, reason="border authority denial")
    return cases.case_dossier(library, demo_case.id)


def open_view(qtbot, dossier: CaseDossier | None = None) -> ProvenanceView:  # type: ignore[no-untyped-def]
    view = ProvenanceView(dossier)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_draws_every_node_and_edge_where_the_graph_puts_them(qtbot, marked, shot) -> None:
    graph = provenance_graph(marked)
    view = open_view(qtbot, marked)
    assert set(view.nodes) == {n.id for n in graph.nodes}
    assert len(view.edges) == len(graph.edges)
    for node_id, item in view.nodes.items():
        assert (item.pos().x(), item.pos().y()) == graph.positions[node_id]
    kinds = {e.edge.kind for e in view.edges}
    assert {"reports", "relays", "denies"} <= kinds
    denial = next(e for e in view.edges if e.edge.kind == "denies")
    report = next(e for e in view.edges if e.edge.kind == "reports")
    assert denial.pen().style() != report.pen().style()  # tells apart in greyscale
    assert denial.label.text() == "denies"
    claim_items = [i for i in view.nodes.values() if i.node.kind == "claim"]
    assert Status.DENIED in {i.status() for i in claim_items}
    shot(view, "provenance")


def test_zoom_by_keys_and_wheel_and_fit(qtbot, marked) -> None:
    view = open_view(qtbot, marked)
    fitted = view.zoom()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted / 1.25)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(fitted)
    view.zoom_in()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    # the whole map, smaller than it opened: it opens no smaller than its labels can be read
    assert view.zoom() <= fitted
    whole = view.mapFromScene(view.scene().sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-8, -8, 8, 8).contains(whole)


def test_exports_png_and_svg(qtbot, marked, tmp_path: Path) -> None:
    view = open_view(qtbot, marked)
    png = view.export(tmp_path / "map.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 400 and image.height() > 200
    # something other than the white background was drawn
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 10
    svg = view.export(tmp_path / "map.SVG")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
    for kind in LINE_STYLES:
        assert kind in text
    assert "The Northern Chronicle" in text and "Gulf Wire" in text
    assert not list(tmp_path.glob(".*partial"))
    with pytest.raises(ExportError):
        view.export(tmp_path / "map.pdf")


def test_an_unmarked_case_says_so(qtbot, library, demo_case) -> None:
    view = open_view(qtbot, cases.case_dossier(library, demo_case.id))
    assert view.nodes == {} and view.edges == []
    texts = [i.text() for i in view.scene().items() if hasattr(i, "text")]
    assert any("No claims" in t for t in texts)
