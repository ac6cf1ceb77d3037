"""The provenance map: who reported, relayed or denied each claim, drawn from `provenance_graph`.

The layout comes from the graph; this view only draws it. Every kind of link has its own line style
(reports solid, relays dotted, denies dashed and heavier, quotes dash-dot, no comment dash-dot-dot)
and every claim its status letter and shape, so the map reads in greyscale print too. It opens
as large as fits, but never so small that its labels drop under 9 pt; Ctrl+wheel, Ctrl+= and
Ctrl+- zoom, Ctrl+0 fits the whole map; `export(path)` writes PNG or SVG by the file's suffix,
always in the light scheme, for paper and slides.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from workbench.assist.provenance import GraphEdge, GraphNode, ProvenanceGraph, provenance_graph
from workbench.core.errors import ExportError
from workbench.core.records import CaseDossier
from workbench.core.vocabulary import SourceKind, Status
from workbench.ui import look, theme
from workbench.ui.i18n import isolate, translate
from workbench.ui.vocabulary_names import edge_kind_name, source_kind_name

NODE_WIDTH = 200.0
NODE_HEIGHT = 62.0
LINE_STYLES: dict[str, tuple[Qt.PenStyle, float]] = {
    "reports": (Qt.PenStyle.SolidLine, 1.6),
    "relays": (Qt.PenStyle.DotLine, 1.8),
    "denies": (Qt.PenStyle.DashLine, 2.4),
    "quotes": (Qt.PenStyle.DashDotLine, 1.2),
    "no comment": (Qt.PenStyle.DashDotDotLine, 1.4),
}
# Text sizes in scene units (pixels at zoom 1); the smallest sets how far the map may shrink.
LABEL_PX = 13
CAPTION_PX = 12
EDGE_LABEL_PX = 12
SMALLEST_TEXT_PX = min(LABEL_PX, CAPTION_PX, EDGE_LABEL_PX)
MIN_LABEL_PT = 9.0
ZOOM_STEP = 1.25
EXPORT_SCALE = 2.0  # PNG pixels per scene unit: sharp enough to print
MARGIN = 24.0


class NodeItem(QGraphicsItem):
    """A box for an article or claim, an ellipse for a source; the label wraps and elides."""

    def __init__(self, node: GraphNode) -> None:
        super().__init__()
        self.node = node
        self.rect = QRectF(-NODE_WIDTH / 2, -NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)
        self.setToolTip(f"{isolate(node.label)}\n({self.caption()})")
        self.setZValue(2)

    def caption(self) -> str:
        if self.node.kind == "claim":
            return translate("ProvenanceView", "claim · {status}").format(
                status=look.name(self.status())
            )
        if self.node.kind == "article":
            if self.node.detail == "relay":
                return translate("ProvenanceView", "relaying article")
            return translate("ProvenanceView", "original report")
        if self.node.detail == SourceKind.OUTLET.value:
            # an outlet in the case is drawn as its article
            return translate("ProvenanceView", "outlet · not in the case")
        return source_kind_name(self.node.detail)

    def status(self) -> Status:
        return Status(self.node.detail)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def is_round(self) -> bool:
        return self.node.kind == "source"

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_rect = self.rect.adjusted(8, 4, -8, -16)
        scheme = theme.current()
        ink = QColor(scheme.map_ink)
        if self.node.kind == "claim":
            status = self.status()
            ink = QColor(scheme.tint_text)
            painter.setPen(QPen(look.colour(status), 2.0))
            painter.setBrush(QBrush(look.tint(status)))
            painter.drawRoundedRect(self.rect, 6, 6)
            mark = QRectF(self.rect.left() + 6, self.rect.top() + 6, 22, 22)
            look.paint_mark(painter, status, mark)
            text_rect.setLeft(mark.right() + 6)
        elif self.node.kind == "article":
            relay = self.node.detail == "relay"
            pen = QPen(ink, 1.4, Qt.PenStyle.DotLine if relay else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(QBrush(QColor(scheme.map_relay if relay else scheme.map_article)))
            painter.drawRect(self.rect)
        else:
            painter.setPen(QPen(ink, 1.4))
            painter.setBrush(QBrush(QColor(scheme.map_source)))
            painter.drawEllipse(self.rect)
            text_rect = self.rect.adjusted(22, 6, -22, -16)
        font = QFont(painter.font())
        font.setPixelSize(LABEL_PX)
        font.setBold(self.node.kind != "claim")
        painter.setFont(font)
        painter.setPen(ink)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(text_rect, int(flags), elide_to_fit(self.node.label, font, text_rect))
        small = QFont(font)
        small.setPixelSize(CAPTION_PX)
        small.setBold(False)
        small.setItalic(True)
        painter.setFont(small)
        painter.setPen(ink if self.node.kind == "claim" else QColor(scheme.map_caption))
        caption_rect = QRectF(self.rect.left(), self.rect.bottom() - 16, self.rect.width(), 15)
        painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, self.caption())

    def border_point(self, toward: QPointF) -> QPointF:
        """Where the line from this node's centre toward `toward` leaves its outline."""
        centre = self.pos()
        dx, dy = toward.x() - centre.x(), toward.y() - centre.y()
        if dx == 0 and dy == 0:
            return QPointF(centre)
        half_w, half_h = self.rect.width() / 2, self.rect.height() / 2
        if self.is_round():
            t = 1 / math.sqrt((dx / half_w) ** 2 + (dy / half_h) ** 2)
        else:
            t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
        return QPointF(centre.x() + dx * t, centre.y() + dy * t)


def elide_to_fit(text: str, font: QFont, rect: QRectF) -> str:
    """Drop words from the end until the wrapped text fits `rect`, marking the cut with '…'."""
    metrics = QFontMetricsF(font)
    flags = int(Qt.TextFlag.TextWordWrap)

    def fits(candidate: str) -> bool:
        bounds = metrics.boundingRect(QRectF(0, 0, rect.width(), 10_000), flags, candidate)
        return bounds.height() <= rect.height() + 0.5 and bounds.width() <= rect.width() + 0.5

    if fits(text):
        return text
    words = text.split()
    while len(words) > 1 and not fits(" ".join(words) + "…"):
        words.pop()
    return " ".join(words) + "…"


class EdgeItem(QGraphicsPathItem):
    """An arrow from origin to target in its kind's line style, the kind written at the middle."""

    def __init__(self, edge: GraphEdge, origin: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.edge = edge
        style, width = LINE_STYLES.get(edge.kind, LINE_STYLES["reports"])
        colour = edge_colour(edge.kind)
        pen = QPen(colour, width, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)
        self.setZValue(1)
        start_centre, end_centre = origin.pos(), target.pos()
        # A link that jumps over a column bends, so it does not run through the boxes between.
        span = abs(end_centre.x() - start_centre.x())
        bend = 0.0 if span <= NODE_WIDTH * 1.6 else min(140.0, span * 0.18)
        middle = (start_centre + end_centre) / 2 + QPointF(0, -bend)
        start = origin.border_point(middle)
        end = target.border_point(middle)
        path = QPainterPath(start)
        path.quadTo(middle, end)
        self.setPath(path)
        self.arrow = self._arrow_head(path, colour)
        self.label = self._label(path.pointAtPercent(0.5), edge.kind, colour)

    def _arrow_head(self, path: QPainterPath, colour: QColor) -> QGraphicsPathItem:
        tip = path.pointAtPercent(1.0)
        angle = math.radians(-path.angleAtPercent(0.98))
        size = 10.0
        left = tip - QPointF(
            size * math.cos(angle - math.pi / 7), size * math.sin(angle - math.pi / 7)
        )
        right = tip - QPointF(
            size * math.cos(angle + math.pi / 7), size * math.sin(angle + math.pi / 7)
        )
        head = QPainterPath()
        head.addPolygon(QPolygonF([tip, left, right, tip]))
        item = QGraphicsPathItem(head, self)
        item.setPen(QPen(colour, 1.0))
        item.setBrush(QBrush(colour))
        return item

    def _label(self, at: QPointF, text: str, colour: QColor) -> QGraphicsSimpleTextItem:
        label = QGraphicsSimpleTextItem(edge_kind_name(text), self)
        font = QFont()
        font.setPixelSize(EDGE_LABEL_PX)
        font.setItalic(text == "denies")
        font.setBold(text == "denies")
        label.setFont(font)
        label.setBrush(QBrush(colour))
        bounds = label.boundingRect()
        label.setPos(at - QPointF(bounds.width() / 2, bounds.height() / 2))
        backing = QGraphicsPathItem(self)
        plate = QPainterPath()
        plate.addRoundedRect(label.mapRectToParent(bounds).adjusted(-3, -1, 3, 1), 3, 3)
        backing.setPath(plate)
        plate_colour = QColor(theme.current().map_background)
        plate_colour.setAlpha(235)
        backing.setBrush(QBrush(plate_colour))
        backing.setPen(QPen(Qt.PenStyle.NoPen))
        label.setZValue(3)
        backing.setZValue(2.5)
        return label


def edge_colour(kind: str) -> QColor:
    scheme = theme.current()
    return QColor(scheme.edges.get(kind, scheme.edges["reports"]))


def draw_graph(
    scene: QGraphicsScene, graph: ProvenanceGraph
) -> tuple[dict[str, NodeItem], list[EdgeItem]]:
    """Fill `scene` with the graph and its legend in the scheme in effect; returns the items."""
    scene.clear()
    nodes: dict[str, NodeItem] = {}
    edges: list[EdgeItem] = []
    for node in graph.nodes:
        item = NodeItem(node)
        x, y = graph.positions.get(node.id, (0.0, 0.0))
        item.setPos(x, y)
        scene.addItem(item)
        nodes[node.id] = item
    for edge in graph.edges:
        if edge.origin in nodes and edge.target in nodes:
            line = EdgeItem(edge, nodes[edge.origin], nodes[edge.target])
            scene.addItem(line)
            edges.append(line)
    ink = QBrush(QColor(theme.current().map_ink))
    if not graph.nodes:
        hint = scene.addSimpleText(
            translate("ProvenanceView", "No claims are marked in this case yet.")
        )
        hint.setBrush(QBrush(QColor(theme.current().map_caption)))
    _add_legend(scene, ink)
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
    scene.setBackgroundBrush(QBrush(QColor(theme.current().map_background)))
    return nodes, edges


def _add_legend(scene: QGraphicsScene, ink: QBrush) -> None:
    """A key under the map, so an exported picture explains its own line styles."""
    bounds = scene.itemsBoundingRect()
    x, y = bounds.left(), bounds.bottom() + 36
    font = QFont()
    font.setPixelSize(EDGE_LABEL_PX)
    for kind, (style, width) in LINE_STYLES.items():
        pen = QPen(edge_colour(kind), width, style)
        scene.addLine(QLineF(x, y, x + 46, y), pen)
        text = scene.addSimpleText(edge_kind_name(kind), font)
        text.setBrush(ink)
        text.setPos(x + 52, y - text.boundingRect().height() / 2)
        x += 52 + text.boundingRect().width() + 28
    for status in Status:
        mark = _MarkItem(status)
        mark.setPos(x, y - 8)
        scene.addItem(mark)
        text = scene.addSimpleText(look.name(status), font)
        text.setBrush(ink)
        text.setPos(x + 20, y - text.boundingRect().height() / 2)
        x += 20 + text.boundingRect().width() + 18


class ProvenanceView(QGraphicsView):
    """Draws a case's provenance graph; give it a dossier, or a graph made elsewhere."""

    def __init__(self, dossier: CaseDossier | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.graph: ProvenanceGraph | None = None
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.following_size = True  # the zoom follows the window until the user zooms
        self.whole = False  # following: the whole map (Fit), else as large as labels need
        if dossier is not None:
            self.show_dossier(dossier)

    # --- what is drawn -------------------------------------------------------------------

    def show_dossier(self, dossier: CaseDossier) -> None:
        self.show_graph(provenance_graph(dossier))

    def show_graph(self, graph: ProvenanceGraph) -> None:
        self.graph = graph
        self.nodes, self.edges = draw_graph(self.scene(), graph)
        if self.following_size:
            self._follow()  # a zoom the user chose is kept while the case changes

    def restyle(self) -> None:
        """Redraw in the scheme now in effect, keeping the zoom and the place."""
        if self.graph is not None:
            transform, centre = self.transform(), self.mapToScene(self.viewport().rect().center())
            self.nodes, self.edges = draw_graph(self.scene(), self.graph)
            self.setTransform(transform)
            self.centerOn(centre)

    # --- zoom ----------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.following_size = False
        self.scale(ZOOM_STEP, ZOOM_STEP)

    def zoom_out(self) -> None:
        self.following_size = False
        self.scale(1 / ZOOM_STEP, 1 / ZOOM_STEP)

    def zoom(self) -> float:
        return self.transform().m11()

    def readable_zoom(self) -> float:
        """The zoom at which the map's smallest text is MIN_LABEL_PT points on this screen."""
        dpi = self.logicalDpiY() or 96
        return MIN_LABEL_PT * dpi / 72 / SMALLEST_TEXT_PX

    def label_points(self) -> float:
        """How large, in points, the smallest text of the map is drawn now."""
        dpi = self.logicalDpiY() or 96
        return SMALLEST_TEXT_PX * self.zoom() * 72 / dpi

    def open_zoom(self) -> None:
        """As much of the map as fits with readable labels, from its start (the first reports)."""
        self.following_size = True
        self.whole = False
        self._follow()

    def fit(self) -> None:
        """The whole map in the window, however small; it keeps fitting as the window resizes."""
        self.following_size = True
        self.whole = True
        self._follow()

    def _follow(self) -> None:
        rect = self.scene().sceneRect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        readable = self.readable_zoom()
        if not self.whole and self.zoom() < readable:
            self.resetTransform()
            self.scale(readable, readable)
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.following_size:
            self._follow()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys rather than window shortcuts: the map's zoom must not fight the main window's
        # own Ctrl+= / Ctrl+- (reader text size) when both are on screen.
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            control and event.key() in (Qt.Key.Key_Equal, Qt.Key.Key_Plus)
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
            control and event.key() == Qt.Key.Key_Minus
        ):
            self.zoom_out()
        elif control and event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # --- export --------------------------------------------------------------------------

    def export(self, path: Path) -> Path:
        """Write the whole map, not just what is on screen, as PNG or SVG by the suffix."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".png", ".svg"):
            raise ExportError(
                translate("ProvenanceView", "{name}: the map can be saved as .png or .svg").format(
                    name=isolate(path.name)
                )
            )
        partial = path.with_name(f".{path.name}.partial")
        scene = QGraphicsScene()
        try:
            with theme.scheme_in_effect(theme.LIGHT):
                if self.graph is not None:
                    draw_graph(scene, self.graph)
                source = scene.sceneRect()
                if suffix == ".png":
                    self._write_png(scene, partial, source)
                else:
                    self._write_svg(scene, partial, source)
            os.replace(partial, path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise ExportError(
                translate("ProvenanceView", "{path}: could not write the map ({reason})").format(
                    path=isolate(path), reason=error.strerror
                )
            ) from error
        return path

    def _write_png(self, scene: QGraphicsScene, target: Path, source: QRectF) -> None:
        size = QSize(
            math.ceil(source.width() * EXPORT_SCALE), math.ceil(source.height() * EXPORT_SCALE)
        )
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        # PySide6's stub types the format as bytes, but the binding only accepts a str.
        if not image.save(str(target), "PNG"):  # type: ignore[call-overload]
            raise OSError(0, "the picture could not be saved")

    def _write_svg(self, scene: QGraphicsScene, target: Path, source: QRectF) -> None:
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(QSize(math.ceil(source.width()), math.ceil(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(translate("ProvenanceView", "Provenance map"))
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(0, "the file could not be opened for writing")
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()


class _MarkItem(QGraphicsItem):
    """A status mark in the legend, the same shape and letter as in the lists."""

    def __init__(self, status: Status) -> None:
        super().__init__()
        self.status = status

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 16, 16)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        look.paint_mark(painter, self.status, QRectF(0.5, 0.5, 15, 15))
