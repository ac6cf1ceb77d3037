"""The provenance map: who reported, relayed or denied each claim, drawn from `provenance_graph`.

The layout comes from the graph; this view only draws it. Every kind of link has its own line style
(reports solid, relays dotted, denies dashed and heavier, quotes dash-dot, no comment dash-dot-dot)
and every claim its status letter and shape, so the map reads in greyscale print too. Ctrl+wheel,
Ctrl+= and Ctrl+- zoom, Ctrl+0 fits; `export(path)` writes PNG or SVG by the file's suffix.
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
from workbench.ui import look

NODE_WIDTH = 200.0
NODE_HEIGHT = 62.0
INK = QColor("#202020")
LINE_STYLES: dict[str, tuple[Qt.PenStyle, float, str]] = {
    "reports": (Qt.PenStyle.SolidLine, 1.6, "#202020"),
    "relays": (Qt.PenStyle.DotLine, 1.8, "#8a5a00"),
    "denies": (Qt.PenStyle.DashLine, 2.4, look.style(Status.DENIED).colour),
    "quotes": (Qt.PenStyle.DashDotLine, 1.2, "#505050"),
    "no comment": (Qt.PenStyle.DashDotDotLine, 1.4, "#6E6E6E"),
}
ZOOM_STEP = 1.25
EXPORT_SCALE = 2.0  # PNG pixels per scene unit: sharp enough to print
MARGIN = 24.0


class NodeItem(QGraphicsItem):
    """A box for an article or claim, an ellipse for a source; the label wraps and elides."""

    def __init__(self, node: GraphNode) -> None:
        super().__init__()
        self.node = node
        self.rect = QRectF(-NODE_WIDTH / 2, -NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)
        self.setToolTip(f"{node.label}\n({self.caption()})")
        self.setZValue(2)

    def caption(self) -> str:
        if self.node.kind == "claim":
            return f"claim · {look.style(self.status()).label}"
        if self.node.kind == "article":
            return "relaying article" if self.node.detail == "relay" else "original report"
        if self.node.detail == SourceKind.OUTLET.value:
            return "outlet · not in the case"  # an outlet in the case is drawn as its article
        return self.node.detail

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
        if self.node.kind == "claim":
            status = self.status()
            painter.setPen(QPen(look.colour(status), 2.0))
            painter.setBrush(QBrush(look.tint(status)))
            painter.drawRoundedRect(self.rect, 6, 6)
            mark = QRectF(self.rect.left() + 6, self.rect.top() + 6, 22, 22)
            look.paint_mark(painter, status, mark)
            text_rect.setLeft(mark.right() + 6)
        elif self.node.kind == "article":
            relay = self.node.detail == "relay"
            pen = QPen(INK, 1.4, Qt.PenStyle.DotLine if relay else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(QBrush(QColor("#F4F4F4" if relay else "#FFFFFF")))
            painter.drawRect(self.rect)
        else:
            painter.setPen(QPen(INK, 1.4))
            painter.setBrush(QBrush(QColor("#EAF2FB")))
            painter.drawEllipse(self.rect)
            text_rect = self.rect.adjusted(22, 6, -22, -16)
        font = QFont(painter.font())
        font.setPixelSize(12)
        font.setBold(self.node.kind != "claim")
        painter.setFont(font)
        painter.setPen(INK)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(text_rect, int(flags), elide_to_fit(self.node.label, font, text_rect))
        small = QFont(font)
        small.setPixelSize(10)
        small.setBold(False)
        small.setItalic(True)
        painter.setFont(small)
        painter.setPen(QColor("#404040"))
        caption_rect = QRectF(self.rect.left(), self.rect.bottom() - 15, self.rect.width(), 13)
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
        style, width, colour = LINE_STYLES.get(edge.kind, LINE_STYLES["reports"])
        pen = QPen(QColor(colour), width, style)
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
        self.arrow = self._arrow_head(path, QColor(colour))
        self.label = self._label(path.pointAtPercent(0.5), edge.kind, QColor(colour))

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
        label = QGraphicsSimpleTextItem(text, self)
        font = QFont()
        font.setPixelSize(11)
        font.setItalic(text == "denies")
        font.setBold(text == "denies")
        label.setFont(font)
        label.setBrush(QBrush(colour.darker(130)))
        bounds = label.boundingRect()
        label.setPos(at - QPointF(bounds.width() / 2, bounds.height() / 2))
        backing = QGraphicsPathItem(self)
        plate = QPainterPath()
        plate.addRoundedRect(label.mapRectToParent(bounds).adjusted(-3, -1, 3, 1), 3, 3)
        backing.setPath(plate)
        backing.setBrush(QBrush(QColor(255, 255, 255, 230)))
        backing.setPen(QPen(Qt.PenStyle.NoPen))
        label.setZValue(3)
        backing.setZValue(2.5)
        return label


class ProvenanceView(QGraphicsView):
    """Draws a case's provenance graph; give it a dossier, or a graph made elsewhere."""

    def __init__(self, dossier: CaseDossier | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.graph: ProvenanceGraph | None = None
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.following_size = True
        if dossier is not None:
            self.show_dossier(dossier)

    # --- what is drawn -------------------------------------------------------------------

    def show_dossier(self, dossier: CaseDossier) -> None:
        self.show_graph(provenance_graph(dossier))

    def show_graph(self, graph: ProvenanceGraph) -> None:
        scene = self.scene()
        scene.clear()
        self.graph = graph
        self.nodes = {}
        self.edges = []
        for node in graph.nodes:
            item = NodeItem(node)
            x, y = graph.positions.get(node.id, (0.0, 0.0))
            item.setPos(x, y)
            scene.addItem(item)
            self.nodes[node.id] = item
        for edge in graph.edges:
            if edge.origin in self.nodes and edge.target in self.nodes:
                line = EdgeItem(edge, self.nodes[edge.origin], self.nodes[edge.target])
                scene.addItem(line)
                self.edges.append(line)
        if not graph.nodes:
            hint = scene.addSimpleText("No claims are marked in this case yet.")
            hint.setBrush(QBrush(QColor("#606060")))
        self._add_legend()
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.fit()

    def _add_legend(self) -> None:
        """A key under the map, so an exported picture explains its own line styles."""
        scene = self.scene()
        bounds = scene.itemsBoundingRect()
        x, y = bounds.left(), bounds.bottom() + 36
        font = QFont()
        font.setPixelSize(11)
        for kind, (style, width, colour) in LINE_STYLES.items():
            pen = QPen(QColor(colour), width, style)
            scene.addLine(QLineF(x, y, x + 46, y), pen)
            text = scene.addSimpleText(kind, font)
            text.setPos(x + 52, y - text.boundingRect().height() / 2)
            x += 52 + text.boundingRect().width() + 28
        for status in Status:
            mark = _MarkItem(status)
            mark.setPos(x, y - 8)
            scene.addItem(mark)
            text = scene.addSimpleText(look.style(status).label, font)
            text.setPos(x + 20, y - text.boundingRect().height() / 2)
            x += 20 + text.boundingRect().width() + 18

    # --- zoom ----------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.following_size = False
        self.scale(ZOOM_STEP, ZOOM_STEP)

    def zoom_out(self) -> None:
        self.following_size = False
        self.scale(1 / ZOOM_STEP, 1 / ZOOM_STEP)

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """The whole map in the window; it keeps fitting as the window resizes until a zoom."""
        self.following_size = True
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.following_size:
            self.fit()

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
            raise ExportError(f"{path.name}: the map can be saved as .png or .svg")
        partial = path.with_name(f".{path.name}.partial")
        source = self.scene().sceneRect()
        try:
            if suffix == ".png":
                self._write_png(partial, source)
            else:
                self._write_svg(partial, source)
            os.replace(partial, path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise ExportError(f"{path}: could not write the map ({error.strerror})") from error
        return path

    def _write_png(self, target: Path, source: QRectF) -> None:
        size = QSize(
            math.ceil(source.width() * EXPORT_SCALE), math.ceil(source.height() * EXPORT_SCALE)
        )
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        # PySide6's stub types the format as bytes, but the binding only accepts a str.
        if not image.save(str(target), "PNG"):  # type: ignore[call-overload]
            raise OSError(0, "the picture could not be saved")

    def _write_svg(self, target: Path, source: QRectF) -> None:
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(QSize(math.ceil(source.width()), math.ceil(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle("Provenance map")
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(0, "the file could not be opened for writing")
        self.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
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
