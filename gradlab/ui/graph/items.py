"""What the canvas draws: a box per node (name, operation, value, gradient) and an arrow per edge.

Both draw less when zoomed far out, where texts would be unreadable specks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...engine import Value, format_number
from ..theme import CanvasColors

SYMBOLS = {"add": "+", "sub": "−", "mul": "×", "div": "÷", "pow": "^", "neg": "−x"}

BOX_WIDTH, BOX_HEIGHT = 140, 86
BOX = QRectF(0, 0, BOX_WIDTH, BOX_HEIGHT)
TEXT_DETAIL = 0.3  # below this scale a box's texts would be unreadable specks: they are not drawn


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
        self.shown_key: tuple | None = None  # what the box shows, to redo it only when that changes
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

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
        if option.levelOfDetailFromTransform(painter.worldTransform()) < TEXT_DETAIL:
            # too small to read: the box only, as cheaply as can be (a big graph has a thousand)
            painter.fillRect(BOX, colors.current if self.current else getattr(colors, self.kind))
            return
        border = colors.current if self.current else colors.output if self.is_output else colors.border
        painter.setPen(QPen(border, 3.0 if self.current or self.is_output else 1.2))
        painter.setBrush(QBrush(getattr(colors, self.kind)))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
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


class EdgeLabel(QGraphicsSimpleTextItem):
    """An edge's label ("∂=2 +2"), on the canvas's own colour and above every edge.

    Other edges may cross where a label sits; drawn over them on a patch of the background, it
    stays readable. It is an item of the scene of its own (not the edge's child), since a child is
    stacked with its parent, under every edge drawn after it.
    """

    def __init__(self, background):
        super().__init__()
        self.background = background
        self.setZValue(0.9)  # above the edges (0, and 0.5 for the current one), under the boxes (1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.boundingRect().adjusted(-2, 0, 2, 0), self.background)
        super().paint(painter, option, widget)


class EdgeItem(QGraphicsPathItem):
    """An arrow from an input (child) to the operation (parent) that uses it, with a label.

    ``points`` are where it goes: the child's right side, then for each layer it crosses the
    slot's left and right ends, then the parent's left side. It curves across each gap between
    layers (staying inside the gap) and runs straight through each slot.
    """

    def __init__(self, points: list[QPointF], colors: CanvasColors):
        super().__init__()
        self.colors = colors
        self.start, self.end = points[0], points[-1]
        path = QPainterPath(points[0])
        for i in range(0, len(points) - 1, 2):
            a, b = points[i], points[i + 1]
            dx = (b.x() - a.x()) / 2  # both control points inside the gap: x never leaves it
            path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b)
            if i + 2 < len(points):
                path.lineTo(points[i + 2])
        self.route = QPainterPath(path)  # the line alone, without its head
        # the label sits above the middle of the last gap, where the arrow comes in
        last_a, last_b = points[-2], points[-1]
        self.anchor = QPointF((last_a.x() + last_b.x()) / 2, (last_a.y() + last_b.y()) / 2)
        end = self.end
        path.addPolygon(
            QPolygonF([end, QPointF(end.x() - 9, end.y() - 4.5), QPointF(end.x() - 9, end.y() + 4.5)])
        )
        path.closeSubpath()  # the arrowhead, part of the same path: one item per edge
        self.setPath(path)
        self.label: QGraphicsSimpleTextItem | None = None  # made with its first text
        self.shown: tuple = ("", None)  # (state, the step event shown), to redo it only when that changes
        self.state = ""
        self.set_state("idle")

    def text(self) -> str:
        return self.label.text() if self.label is not None else ""

    def itemChange(self, change, value):
        """The label goes into (and out of) the scene with its edge."""
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged and self.label is not None:
            if self.label.scene() is not None and self.label.scene() is not value:
                self.label.scene().removeItem(self.label)
            if value is not None and self.label.scene() is None:
                value.addItem(self.label)
        return super().itemChange(change, value)

    def recolour(self, colors: CanvasColors) -> None:
        self.colors = colors
        if self.label is not None:
            self.label.background = colors.background
        state, self.state = self.state, ""
        self.set_state(state, self.text(), self.toolTip())

    def set_state(self, state: str, text: str = "", tooltip: str = "") -> bool:
        """``idle``, ``done`` (its contribution has been added) or ``current``; True if the text changed."""
        if state != self.state:
            self.state = state
            colour = getattr(self.colors, {"idle": "edge", "done": "edge_done", "current": "current"}[state])
            width = {"idle": 1.4, "done": 1.8, "current": 3.2}[state]
            pen = QPen(colour, width)
            pen.setCosmetic(True)  # as wide on screen at any zoom, and cheap to draw zoomed far out
            self.setPen(pen)
            if self.label is not None:
                self.label.setBrush(QBrush(colour))
            self.setZValue(0.5 if state == "current" else 0)
        if tooltip != self.toolTip():
            self.setToolTip(tooltip)
        if text == self.text():
            return False
        if self.label is None:
            self.label = EdgeLabel(self.colors.background)
            if self.scene() is not None:
                self.scene().addItem(self.label)
            font = self.label.font()
            font.setPointSizeF(8.5)
            self.label.setFont(font)
            self.label.setBrush(QBrush(self.pen().color()))
        self.label.setText(text)
        return True

    def label_wanted(self) -> tuple[float, float, float, float]:
        """Where the label would go alone: centred above the anchor (x, y, width, height)."""
        if not self.text():
            return (self.anchor.x(), self.anchor.y(), 0.0, 0.0)
        rect = self.label.boundingRect()
        return (
            self.anchor.x() - rect.width() / 2,
            self.anchor.y() - rect.height() - 2,
            rect.width(),
            rect.height(),
        )
