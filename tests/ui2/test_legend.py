"""The legend's symbols are the shapes the chips and marks draw, status by status."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from workbench.core.vocabulary import Status
from workbench.ui import look
from workbench.ui.claim_pane import legend_html

GLYPH_OF_SHAPE = {"circle": "●", "triangle": "▲", "diamond": "◆", "square": "■"}


def _shape_drawn(status: Status) -> str:
    """Name the shape `look.shape_path` draws, from which points of a 100×100 box it covers."""
    path = look.shape_path(status, QRectF(0, 0, 100, 100))

    def inside(x: float, y: float) -> bool:
        return path.contains(QPointF(x, y))

    assert inside(50, 50)
    if inside(10, 10):
        return "square"
    if inside(3, 97):
        return "triangle"
    if inside(16, 16):
        return "circle"
    return "diamond"


def test_each_legend_symbol_is_the_shape_of_its_chip(qapp) -> None:  # type: ignore[no-untyped-def]
    legend = legend_html()
    drawn = {status: _shape_drawn(status) for status in Status}
    assert sorted(drawn.values()) == sorted(GLYPH_OF_SHAPE)  # four shapes, one each
    for status, shape in drawn.items():
        glyph = look.style(status).glyph
        assert glyph == GLYPH_OF_SHAPE[shape], status
        assert f"{glyph}&nbsp;{status.letter}" in legend
