"""The computational graph drawn in a QGraphicsView: boxes for nodes, arrows for edges.

A node shows its name, its operation, its value and its gradient (blank until the walk computes
them, 4 significant digits, the full numbers in the tooltip). A node used twice by the same
operation (x in x·x) gets two arrows, one per use, so both contributions to x.g are visible.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..engine import Graph, Stepper, Value, format_number
from ..graph.layout import layout
from . import theme
from .theme import CanvasColors

SYMBOLS = {"add": "+", "sub": "−", "mul": "×", "div": "÷", "pow": "^", "neg": "−x"}

BOX_WIDTH, BOX_HEIGHT = 140, 86


def short(value) -> str:
    """4 significant digits for the canvas."""
    return format_number(value, 4)


class NodeItem(QGraphicsItem):
    """One node's box."""

    def __init__(self, node: Value, is_output: bool, colors: CanvasColors):
        super().__init__()
        self.node = node
        self.is_output = is_output
        self.colors = colors
        self.value_text = ""
        self.grad_text = ""
        self.current = False
        self.nonfinite = False
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def kind(self) -> str:
        if self.node._prev:
            return "operation"
        return "constant" if self.node._op == "const" else "variable"

    def operation_text(self) -> str:
        if self.kind == "operation":
            return SYMBOLS.get(self.node._op, self.node._op)
        if self.kind == "constant":
            return QCoreApplication.translate("GraphCanvas", "const")
        return QCoreApplication.translate("GraphCanvas", "var")

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, BOX_WIDTH + 6, BOX_HEIGHT + 6)

    def show(self, value: str, grad: str, current: bool, nonfinite: bool, tooltip: str) -> None:
        if (value, grad, current, nonfinite) != (
            self.value_text,
            self.grad_text,
            self.current,
            self.nonfinite,
        ):
            self.value_text, self.grad_text, self.current, self.nonfinite = value, grad, current, nonfinite
            self.update()
        self.setToolTip(tooltip)

    def recolour(self, colors: CanvasColors) -> None:
        self.colors = colors
        self.update()  # also drops the cached pixmap

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colors = self.colors
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = colors.current if self.current else colors.output if self.is_output else colors.border
        painter.setPen(QPen(border, 3.0 if self.current or self.is_output else 1.2))
        painter.setBrush(QBrush(getattr(colors, self.kind)))
        painter.drawRoundedRect(QRectF(0, 0, BOX_WIDTH, BOX_HEIGHT), 10, 10)
        font = QFont(painter.font())
        font.setPointSizeF(10.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colors.text)
        painter.drawText(QRectF(10, 6, BOX_WIDTH - 60, 22), Qt.AlignmentFlag.AlignLeft, self.node.label)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(colors.muted)
        painter.drawText(
            QRectF(BOX_WIDTH - 62, 6, 52, 22), Qt.AlignmentFlag.AlignRight, self.operation_text()
        )
        painter.drawLine(QPointF(8, 30), QPointF(BOX_WIDTH - 8, 30))
        font.setPointSizeF(9.5)
        painter.setFont(font)
        painter.drawText(QRectF(10, 36, 40, 20), Qt.AlignmentFlag.AlignLeft, "v")
        painter.drawText(QRectF(10, 58, 40, 20), Qt.AlignmentFlag.AlignLeft, "g")
        painter.setPen(colors.warning if self.nonfinite else colors.text)
        painter.drawText(QRectF(28, 36, BOX_WIDTH - 38, 20), Qt.AlignmentFlag.AlignRight, self.value_text)
        painter.setPen(colors.grad)
        painter.drawText(QRectF(28, 58, BOX_WIDTH - 38, 20), Qt.AlignmentFlag.AlignRight, self.grad_text)


class EdgeItem(QGraphicsPathItem):
    """An arrow from an input (child) to the operation (parent) that uses it, with a label."""

    def __init__(self, start: QPointF, end: QPointF, colors: CanvasColors):
        super().__init__()
        self.start, self.end = start, end
        self.colors = colors
        path = QPainterPath(start)
        dx = max(40.0, (end.x() - start.x()) / 2)
        path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end)
        self.setPath(path)
        self.arrow = QGraphicsPathItem(self)
        head = QPolygonF([end, QPointF(end.x() - 10, end.y() - 5), QPointF(end.x() - 10, end.y() + 5)])
        arrow_path = QPainterPath()
        arrow_path.addPolygon(head)
        arrow_path.closeSubpath()
        self.arrow.setPath(arrow_path)
        self.label = QGraphicsSimpleTextItem(self)
        font = self.label.font()
        font.setPointSizeF(8.5)
        self.label.setFont(font)
        self.set_state("idle")

    def recolour(self, colors: CanvasColors) -> None:
        self.colors = colors
        self.set_state(self.state, self.label.text(), self.toolTip())

    def set_state(self, state: str, text: str = "", tooltip: str = "") -> None:
        """``idle``, ``done`` (its contribution has been added) or ``current``."""
        self.state = state
        colour = getattr(self.colors, {"idle": "edge", "done": "edge_done", "current": "current"}[state])
        width = {"idle": 1.4, "done": 1.8, "current": 3.2}[state]
        self.setPen(QPen(colour, width))
        self.arrow.setPen(QPen(colour, 1))
        self.arrow.setBrush(QBrush(colour))
        self.label.setBrush(QBrush(colour))
        self.label.setText(text)
        middle = self.path().pointAtPercent(0.5)
        rect = self.label.boundingRect()
        self.label.setPos(middle.x() - rect.width() / 2, middle.y() - rect.height() - 2)
        self.setToolTip(tooltip)


class GraphCanvas(QGraphicsView):
    """Draws a Graph and the state of a walk over it. Wheel zooms, dragging pans."""

    node_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphCanvas")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.colors = theme.canvas_colors(theme.of(self.palette()))
        self.setBackgroundBrush(QBrush(self.colors.background))
        self.nodes: dict[int, NodeItem] = {}
        self.edges: dict[tuple[int, int], EdgeItem] = {}
        self.graph: Graph | None = None
        self._auto_fit = True  # until the student zooms, resizing refits the graph

    def set_graph(self, graph: Graph) -> None:
        """Lay out and draw ``graph`` (all its nodes, used by the output or not)."""
        self.graph = graph
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges = {}, {}
        nodes = graph.all_nodes
        boxes = layout(nodes, BOX_WIDTH, BOX_HEIGHT, gap_x=110)  # room for the edges' labels
        for node in nodes:
            item = NodeItem(node, node is graph.output, self.colors)
            box = boxes[id(node)]
            item.setPos(box.x, box.y)
            item.setZValue(1)
            scene.addItem(item)
            self.nodes[id(node)] = item
        uses: dict[int, int] = {}
        outgoing = {id(n): sum(1 for m in nodes for p in m._prev if p is n) for n in nodes}
        for parent in nodes:
            count = len(parent._prev)
            for index, child in enumerate(parent._prev):
                source = boxes[id(child)]
                target = boxes[id(parent)]
                k = uses.get(id(child), 0)
                uses[id(child)] = k + 1
                spread = (k + 1) / (outgoing[id(child)] + 1)
                start = QPointF(source.x + source.width, source.y + source.height * (0.25 + 0.5 * spread))
                end = QPointF(target.x, target.y + target.height * (index + 1) / (count + 1))
                edge = EdgeItem(start, end, self.colors)
                scene.addItem(edge)
                self.edges[(id(parent), index)] = edge
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.fit_to_view()

    def show_walk(self, stepper: Stepper | None) -> None:
        """Values, gradients and highlights as the walk ``stepper`` has them."""
        if self.graph is None:
            return
        last = stepper.history[-1] if stepper and stepper.history else None
        for node in self.graph.all_nodes:
            item = self.nodes[id(node)]
            value_known = stepper.value_known(node) if stepper else True
            grad_known = stepper.grad_known(node) if stepper else False
            value = short(node.data) if value_known else ""
            grad = short(node.grad) if grad_known else ""
            current = last is not None and last.kind in ("forward", "seed") and last.node is node
            nonfinite = value_known and not math.isfinite(node.data)
            tooltip = (
                f"{node.label}\nvalue = {node.data!r}"
                if value_known
                else f"{node.label}\nvalue not computed yet"
            )
            if grad_known:
                tooltip += f"\ngradient = {node.grad!r}"
            item.show(value, grad, current, nonfinite, tooltip)
        latest: dict[tuple[int, int], object] = {}
        for event in stepper.history if stepper else []:
            if event.kind == "backward":
                latest[(id(event.parent), event.index)] = event
        for key, edge in self.edges.items():
            event = latest.get(key)
            if event is None:
                edge.set_state("idle")
                continue
            state = "current" if event is last else "done"
            text = f"∂={short(event.local)}  +{short(event.contribution)}"
            tooltip = event.explain(times="·", arrow="→")
            edge.set_state(state, text, tooltip)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            colors = theme.canvas_colors(theme.of(self.palette()))
            if colors is not self.colors:
                self.colors = colors
                self.setBackgroundBrush(QBrush(colors.background))
                for item in [*self.nodes.values(), *self.edges.values()]:
                    item.recolour(colors)

    def fit_to_view(self) -> None:
        self._auto_fit = True
        rect = self.sceneRect()
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1.4:  # small graphs: don't blow the boxes up
                self.resetTransform()
                self.scale(1.4, 1.4)
                self.centerOn(rect.center())

    def wheelEvent(self, event) -> None:
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        scale = self.transform().m11() * factor
        if 0.1 <= scale <= 6:
            self._auto_fit = False
            self.scale(factor, factor)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_to_view()

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        if isinstance(item, NodeItem):
            self.node_clicked.emit(item.node.label)
        super().mouseDoubleClickEvent(event)

    def export(self, path: str) -> None:
        """Save the whole graph as PNG (twice the screen's resolution) or SVG, by the file's suffix."""
        scene = self.scene()
        source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if str(path).lower().endswith(".svg"):
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(source.size().toSize())
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            generator.setTitle(self.tr("gradlab computational graph"))
            painter = QPainter(generator)
            scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
            painter.end()
            return
        image = QImage((source.size() * 2).toSize(), QImage.Format.Format_ARGB32)
        image.fill(self.colors.paper)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(image.rect()), source)
        painter.end()
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")

    def overlapping_boxes(self) -> int:
        """How many pairs of node boxes overlap (zero, by the layout's construction)."""
        rects = [item.sceneBoundingRect().adjusted(3, 3, -3, -3) for item in self.nodes.values()]
        return sum(1 for i, a in enumerate(rects) for b in rects[i + 1 :] if a.intersects(b))
