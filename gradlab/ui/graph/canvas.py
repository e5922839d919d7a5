"""The computational graph drawn in a QGraphicsView: boxes for nodes, arrows for edges.

A node shows its name, its operation, its value and its gradient (blank until the walk computes
them, 4 significant digits, the full numbers in the tooltip). A node used twice by the same
operation (x in x·x) gets two arrows, one per use, so both contributions to x.g are visible.
Edges run only through the gaps between layers and the slots the layout keeps for them, never
behind a box; their labels are stacked so that none covers another. Items are made once per
graph; a step only changes the texts that changed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QImage, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from ...engine import Graph, Stepper
from ...graph.layout import edge_routes, plan, stack_labels
from .. import theme, zoom
from .items import BOX_HEIGHT, BOX_WIDTH, TEXT_DETAIL, EdgeItem, NodeItem, short

SMOOTH_EDGES = 200  # up to this many edges, drawn antialiased
SLICED_FROM = 300  # graphs of this many nodes or more are drawn in slices
SLICE_SECONDS = 0.012  # how long one slice of the drawing may take


class GraphCanvas(QGraphicsView):
    """Draws a Graph and the state of a walk over it. Wheel zooms, dragging pans."""

    node_clicked = Signal(str)
    drawn = Signal()  # a graph's drawing is complete

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphCanvas")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self._smooth = True  # edges antialiased (not for a big graph: see set_graph)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.colors = theme.canvas_colors(theme.of(self.palette()))
        self.setBackgroundBrush(QBrush(self.colors.background))
        self.nodes: dict[int, NodeItem] = {}
        self.edges: dict[tuple[int, int], EdgeItem] = {}
        self.graph: Graph | None = None
        self._work: Iterator[None] | None = None  # what is left of drawing a big graph
        self._walk_waiting: tuple | None = None  # the walk to show once it is drawn
        self._slices = QTimer(self, interval=0)
        self._slices.timeout.connect(self._draw_slice)
        self._auto_fit = True  # until the student zooms, resizing refits the graph
        self._zoom = zoom.factor()  # the window's zoom the drawing was last fitted for

    def set_graph(self, graph: Graph) -> None:
        """Lay out and draw ``graph`` (all its nodes, used by the output or not).

        A graph of up to SLICED_FROM nodes is drawn at once; a bigger one in slices of the event
        loop's turns (the layout, then about SLICE_SECONDS of boxes and arrows each), so that the
        window never stalls on it; ``drawn`` says when it is complete.
        """
        self._slices.stop()
        self._work = self._draw(graph)
        self._walk_waiting = None
        next(self._work)  # the scene cleared and the layout made
        if len(graph.all_nodes) < SLICED_FROM:
            self.finish_drawing()
        else:
            self._slices.start()

    @property
    def drawing(self) -> bool:
        """True while a big graph's boxes and arrows are still being made."""
        return self._work is not None

    def finish_drawing(self) -> None:
        """Make what is left of the drawing now (before an export, say)."""
        while self._work is not None:
            self._draw_slice(deadline=math.inf)

    def _draw_slice(self, deadline: float | None = None) -> None:
        if self._work is None:
            return
        if deadline is None:
            deadline = time.perf_counter() + SLICE_SECONDS
        try:
            while True:
                next(self._work)
                if time.perf_counter() > deadline:
                    return
        except StopIteration:
            self._slices.stop()
            self._work = None
            if self._walk_waiting is not None:
                self.show_walk(self._walk_waiting[0])
            self.drawn.emit()

    def _draw(self, graph: Graph) -> Iterator[None]:
        """The drawing, made step by step: each ``next`` does a little more of it."""
        self.graph = graph
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges = {}, {}
        nodes = graph.all_nodes
        # Smooth edges cost the raster painter about a millisecond each once drawn wider than a pixel
        # (as done edges are): a 1,000-node graph took a second a repaint. A big graph is drawn small
        # anyway, so its edges go without antialiasing (38 ms); texts keep theirs.
        self._smooth = sum(len(node._prev) for node in nodes) <= SMOOTH_EDGES
        self.setRenderHint(QPainter.RenderHint.Antialiasing, self._smooth)
        drawing = plan(nodes, BOX_WIDTH, BOX_HEIGHT, gap_x=110)  # room for the edges' labels
        boxes = drawing.boxes
        yield
        right = max((b.x + b.width for b in boxes.values()), default=0.0)
        bottom = max((b.y + b.height for b in boxes.values()), default=0.0)
        scene.setSceneRect(QRectF(0, 0, right, bottom).adjusted(-40, -40, 40, 40))
        self.fit_to_view()
        for node in nodes:
            item = NodeItem(node, node is graph.output, self.colors)
            box = boxes[id(node)]
            item.setPos(box.x, box.y)
            item.setZValue(1)
            scene.addItem(item)
            self.nodes[id(node)] = item
            yield
        for parent_id, index, points in edge_routes(nodes, drawing):
            edge = EdgeItem([QPointF(x, y) for x, y in points], self.colors)
            scene.addItem(edge)
            self.edges[(parent_id, index)] = edge
            yield

    def show_walk(self, stepper: Stepper | None) -> None:
        """Values, gradients and highlights as the walk ``stepper`` has them."""
        if self.graph is None:
            return
        if self._work is not None:  # shown once the drawing is complete
            self._walk_waiting = (stepper,)
            return
        last = stepper.history[-1] if stepper and stepper.history else None
        for node in self.graph.all_nodes:  # only the boxes whose numbers or highlight changed are redone
            item = self.nodes[id(node)]
            value_known = stepper.value_known(node) if stepper else True
            grad_known = stepper.grad_known(node) if stepper else False
            current = last is not None and last.kind in ("forward", "seed") and last.node is node
            key = (value_known, grad_known, node.data, node.grad if grad_known else None, current)
            if key == item.shown_key:
                continue
            item.shown_key = key
            value = short(node.data) if value_known else ""
            grad = short(node.grad) if grad_known else ""
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
        moved = False
        for key, edge in self.edges.items():
            event = latest.get(key)
            state = "idle" if event is None else "current" if event is last else "done"
            if (state, event) == edge.shown:
                continue
            edge.shown = (state, event)
            if event is None:
                moved |= edge.set_state("idle")
                continue
            text = f"∂={short(event.local)}  +{short(event.contribution)}"
            tooltip = event.explain(times="·", arrow="→")
            moved |= edge.set_state(state, text, tooltip)
        if moved:
            self._place_labels()

    def forget_shown(self) -> None:
        """Redo every box and edge at the next ``show_walk`` (their texts in a new language)."""
        for item in self.nodes.values():
            item.shown_key = None
        for edge in self.edges.values():
            edge.shown = ("", None)
        self.viewport().update()  # the boxes' "var" and "const" labels

    def _place_labels(self) -> None:
        """Every label above its edge, moved down where it would cover another."""
        edges = list(self.edges.values())
        placed = stack_labels([edge.label_wanted() for edge in edges])
        detailed = self.transform().m11() >= TEXT_DETAIL
        for edge, (x, y, _w, _h) in zip(edges, placed):
            if edge.label is not None:
                edge.label.setPos(x, y)
                edge.label.setVisible(detailed)

    def label_rects(self) -> list[QRectF]:
        """The scene rectangles of the edge labels that show a text."""
        return [e.label.sceneBoundingRect() for e in self.edges.values() if e.text()]

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and zoom.factor() != self._zoom:
            # the window's zoom: the boxes and their texts grow with it, as far as the view has room
            by, self._zoom = zoom.factor() / self._zoom, zoom.factor()
            if self._auto_fit:
                self.fit_to_view()
            else:
                self.scale(by, by)
                self._update_detail()
        if event.type() == QEvent.Type.PaletteChange:
            colors = theme.canvas_colors(theme.of(self.palette()))
            if colors is not self.colors:
                self.colors = colors
                self.setBackgroundBrush(QBrush(colors.background))
                for item in [*self.nodes.values(), *self.edges.values()]:
                    item.recolour(colors)

    def _update_detail(self) -> None:
        """Below TEXT_DETAIL texts would be specks: edge labels hidden, lines not smoothed (cheap to draw)."""
        detailed = self.transform().m11() >= TEXT_DETAIL
        self.setRenderHint(QPainter.RenderHint.Antialiasing, detailed and self._smooth)
        for edge in self.edges.values():
            if edge.label is not None and edge.label.isVisible() != detailed:
                edge.label.setVisible(detailed)

    def fit_to_view(self) -> None:
        self._auto_fit = True
        rect = self.sceneRect()
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            largest = 1.4 * zoom.factor()  # small graphs: don't blow the boxes up (more when zoomed)
            if self.transform().m11() > largest:
                self.resetTransform()
                self.scale(largest, largest)
                self.centerOn(rect.center())
        self._update_detail()

    def wheelEvent(self, event) -> None:
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        scale = self.transform().m11() * factor
        if scale <= 6 if factor > 1 else scale >= 0.005:  # a big graph's fit can be smaller than 0.1
            self._auto_fit = False
            self.scale(factor, factor)
            self._update_detail()

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

    def ask_export_path(self) -> str:
        """Ask where to export the drawing ("" if the student cancels)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the graph"), "graph.png", self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        return path

    def export(self, path: str) -> None:
        """Save the whole graph as PNG (twice the screen's resolution) or SVG, by the file's suffix.

        Raises OSError (with the system's reason) when the file cannot be written.
        """
        data = self.figure(svg=str(path).lower().endswith(".svg"))
        with open(path, "wb") as file:
            file.write(data)

    def figure(self, svg: bool = False) -> bytes:
        """The whole graph, however it is zoomed or panned: an SVG drawing, or a PNG image at 2×."""
        self.finish_drawing()
        scene = self.scene()
        source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if svg:
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(source.size().toSize())
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            generator.setTitle(self.tr("gradlab computational graph"))
            painter = QPainter(generator)
            scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
            painter.end()
        else:
            image = QImage((source.size() * 2).toSize(), QImage.Format.Format_ARGB32)
            image.fill(self.colors.paper)
            painter = QPainter(image)
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            scene.render(painter, QRectF(image.rect()), source)
            painter.end()
            if not image.save(buffer, "PNG"):
                raise OSError(self.tr("the picture could not be made"))
        return bytes(buffer.data())

    def overlapping_boxes(self) -> int:
        """How many pairs of node boxes overlap (zero, by the layout's construction)."""
        rects = [item.sceneBoundingRect().adjusted(3, 3, -3, -3) for item in self.nodes.values()]
        return sum(1 for i, a in enumerate(rects) for b in rects[i + 1 :] if a.intersects(b))
