"""The network of the Neural Network tab: every neuron as a box showing its own map, every weight a line.

``NetworkView`` draws what it is given: the layers' weights and biases (the core's
``models.layers``) and each neuron's activation over the plane (``models.neuron_maps``: what that
unit has learned). Hover a line, or a box for its bias, for the value; double-click to type a new
one: the view only asks for it (``weight_edited``) and the tab gives back the new weights. During
training ``update_weights`` refills the same pictures and paths: nothing is made again.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from .. import theme
from ..widgets import MessageLabel
from . import palette
from .keys import network_key
from .network_canvas import NetworkCanvas, _number

EDITOR_WIDTH = 96


class WeightEdit(QLineEdit):
    """The inline editor: Return asks for the value, Escape (or clicking elsewhere) leaves it."""

    cancelled = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # taken: the canvas behind must not open the editor again

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.isVisible():
            self.cancelled.emit()


class NeuronZoom(QWidget):
    """One neuron's map, as large as the network view, over it (live); a click or Escape closes it."""

    def __init__(self, view: NetworkView):
        super().__init__(view)
        self.setObjectName("classifyNeuronZoom")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = view
        self.neuron: tuple[int, int] | None = None  # (layer, row) shown
        self.title = ""
        self.hide()

    def show_neuron(self, layer: int, row: int, title: str) -> None:
        self.neuron, self.title = (layer, row), title
        self.setToolTip(title)
        self.setAccessibleName(title)
        self.setGeometry(self.view.rect())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()

    def close_neuron(self) -> None:
        if self.isVisible():
            self.hide()
            self.view.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        self.neuron = None

    def picture_rect(self) -> QRectF:
        top = self.fontMetrics().height() * 2 + 8
        side = max(min(self.width() - 16, self.height() - top - 8), 0)
        return QRectF((self.width() - side) / 2, top, side, side)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        colours = palette.colors(theme.of(self.palette()))
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(colours.middle))
        painter.setPen(QColor(colours.text))
        text_rect = QRectF(8, 4, self.width() - 16, self.fontMetrics().height() * 2 + 4)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.title)
        images = self.view.canvas.images
        if (
            self.neuron is not None
            and self.neuron[0] < len(images)
            and self.neuron[1] < len(images[self.neuron[0]])
        ):
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.picture_rect(), images[self.neuron[0]][self.neuron[1]])
        painter.setPen(QPen(QColor(colours.muted), 1))
        painter.drawRect(self.picture_rect())

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.close_neuron()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close_neuron()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.update()


class NetworkView(QWidget):
    """The network's boxes and lines; typing a weight emits ``weight_edited``, never changes one."""

    weight_edited = Signal(
        int, int, int, float
    )  # layer, row, col (col = the layer's inputs: the bias), value
    edit_started = Signal()  # an editor opened: the tab pauses its run

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("classifyNetwork")
        self.canvas = NetworkCanvas()
        self.scroll = QScrollArea(objectName="classifyNetworkScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # every column in sight: the canvas fits the width (its boxes shrink) and scrolls down only
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.canvas)
        self.message = MessageLabel(objectName="classifyNetworkMessage", max_lines=2)
        theme.tint(self.message, "error")
        self.message.hide()
        self.key = MessageLabel(objectName="classifyNetworkKey", max_lines=2)
        theme.tint(self.key, "note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.key)
        self.zoom = NeuronZoom(self)
        self.editor = WeightEdit(self.canvas, objectName="classifyWeightEdit")
        self.editor.setFixedWidth(EDITOR_WIDTH)
        self.editor.hide()
        self.editor.returnPressed.connect(self._commit)
        self.editor.cancelled.connect(self._close_editor)
        self.editing: tuple[int, int, int] | None = None
        self.canvas.hovered.connect(self._on_hovered)
        self.canvas.double_clicked.connect(self._open_editor)
        self.canvas.neuron_clicked.connect(self.show_neuron)
        self._retranslate()

    def _retranslate(self) -> None:
        self.scroll.setAccessibleName(self.tr("The network: its neurons' maps and its weights"))
        self.canvas.setAccessibleName(
            self.tr("The neurons and weights: arrow keys choose a weight, Enter or F2 types a new one")
        )
        self.scroll.setAccessibleDescription(
            self.tr(
                "Hover a line or a neuron for its weight or bias; double-click it (or select it with the "
                "arrow keys and press Enter) to type a new value; click a neuron to see its map large"
            )
        )
        self.key.setText(network_key())
        if self.zoom.neuron is not None:
            self.show_neuron(*self.zoom.neuron)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.canvas.update()  # the columns' titles

    def show_neuron(self, layer: int, row: int) -> None:
        """Neuron ``row`` of layer ``layer`` (0: the first hidden) over the whole view, its map large."""
        sizes = self.canvas.sizes
        if not 0 <= layer < len(sizes) - 1 or not 0 <= row < sizes[layer + 1]:
            return
        last = layer == len(sizes) - 2
        title = (
            self.tr("The output: its value over the plane (click or Esc to close)")
            if last
            else self.tr(
                "Layer {layer}, neuron {row}: its output over the plane (click or Esc to close)"
            ).format(layer=layer + 1, row=row + 1)
        )
        self.zoom.show_neuron(layer, row, title)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.zoom.isVisible():
            self.zoom.setGeometry(self.rect())

    # --- what the tab gives ----------------------------------------------------------------

    def set_network(self, layer_sizes, layers, maps=None, activation_names=()) -> None:
        """A network to draw, from its sizes (inputs first, e.g. [2, 16, 16, 1]).

        ``layers``: per layer, (weight rows out × in, biases); ``maps``: per layer, a (neurons,
        rows, columns) array of each neuron's activation over the plane (or None); one activation
        name per layer ("relu", "tanh", "sigmoid", "linear"), the last the output's.

        Raises ValueError, with one line, when the weights do not have the sizes' shapes.
        """
        sizes = [int(size) for size in layer_sizes]
        weights, biases = self._arrays(sizes, layers)
        self._close_editor()
        self.zoom.close_neuron()  # another network: its neurons are others
        self.canvas.set_network(sizes, weights, biases, [str(name) for name in activation_names], maps)

    def update_weights(self, layers, maps=None) -> None:
        """New weights (and maps, or None to keep the last ones) for the same network: only redrawn."""
        sizes = self.canvas.sizes
        if not sizes or len(layers) != len(sizes) - 1:
            raise ValueError("update_weights needs the network of set_network: call set_network first")
        weights, biases = self._arrays(sizes, layers)
        self.canvas.refill(weights, biases, maps)
        if maps is not None and self.zoom.isVisible():
            self.zoom.update()  # the neuron shown large, live

    @staticmethod
    def _arrays(sizes, layers) -> tuple[list[np.ndarray], list[np.ndarray]]:
        if len(layers) != len(sizes) - 1:
            raise ValueError(f"{len(layers)} layers of weights for {len(sizes)} layer sizes")
        weights, biases = [], []
        for k, (rows, bias) in enumerate(layers):
            w, b = np.asarray(rows, dtype=float), np.asarray(bias, dtype=float)
            if w.shape != (sizes[k + 1], sizes[k]) or b.shape != (sizes[k + 1],):
                raise ValueError(f"layer {k + 1}'s weights are {w.shape}, not {(sizes[k + 1], sizes[k])}")
            weights.append(w)
            biases.append(b)
        return weights, biases

    # --- values and their names ------------------------------------------------------------

    def value(self, hit: tuple[int, int, int]) -> float:
        """The weight (or bias) at ``hit`` = (layer, row, col), as given."""
        layer, row, col = hit
        if col == self.canvas.sizes[layer]:
            return float(self.canvas.biases[layer][row])
        return float(self.canvas.weights[layer][row, col])

    def name(self, hit: tuple[int, int, int]) -> str:
        """What the tooltip and the messages call it: the table's name and what it is (``classify.names``)."""
        from ...classify.names import weight_meaning

        return weight_meaning(self.canvas.sizes, *hit)

    def _on_hovered(self, hit) -> None:
        self.canvas.setToolTip("" if hit is None else f"{self.name(hit)} = {_number(self.value(hit))}")

    # --- the inline editor -----------------------------------------------------------------

    def _open_editor(self, hit, where: QPoint) -> None:
        self.zoom.close_neuron()
        self.editing = hit
        self.editor.setText(f"{self.value(hit):.6g}")
        self.editor.setToolTip(self.name(hit))
        self.editor.setAccessibleName(self.name(hit))
        x = min(max(where.x() - EDITOR_WIDTH // 2, 0), max(self.canvas.width() - EDITOR_WIDTH, 0))
        y = min(max(where.y() - self.editor.sizeHint().height() - 4, 0), self.canvas.height() - 24)
        self.editor.move(x, y)
        self.editor.show()
        self.editor.raise_()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.selectAll()
        self._say("")
        self.edit_started.emit()

    def _commit(self) -> None:
        if self.editing is None:
            return
        text = self.editor.text().strip()
        try:
            value = float(text.replace("\u2212", "-"))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self._say(
                self.tr("“{text}” is not a finite number: {name} keeps its value {value}").format(
                    text=text, name=self.name(self.editing), value=_number(self.value(self.editing))
                )
            )
            self.editor.selectAll()
            return
        hit = self.editing
        self._close_editor()
        self.weight_edited.emit(*hit, value)

    def _close_editor(self) -> None:
        self.editing = None
        self._say("")
        if self.editor.isVisible():
            self.editor.hide()
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
