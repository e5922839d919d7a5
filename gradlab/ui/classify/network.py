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
from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from .. import theme
from ..widgets import MessageLabel
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

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.isVisible():
            self.cancelled.emit()


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
        self.scroll.setWidget(self.canvas)
        self.message = MessageLabel(objectName="classifyNetworkMessage", max_lines=2)
        theme.tint(self.message, "error")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        self.editor = WeightEdit(self.canvas, objectName="classifyWeightEdit")
        self.editor.setFixedWidth(EDITOR_WIDTH)
        self.editor.hide()
        self.editor.returnPressed.connect(self._commit)
        self.editor.cancelled.connect(self._close_editor)
        self.editing: tuple[int, int, int] | None = None
        self.canvas.hovered.connect(self._on_hovered)
        self.canvas.double_clicked.connect(self._open_editor)
        self._retranslate()

    def _retranslate(self) -> None:
        self.scroll.setAccessibleName(self.tr("The network: its neurons' maps and its weights"))
        self.scroll.setAccessibleDescription(
            self.tr("Hover a line or a neuron for its weight or bias; double-click it to type a new value")
        )

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.canvas.update()  # the columns' titles

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
        self.canvas.set_network(sizes, weights, biases, [str(name) for name in activation_names], maps)

    def update_weights(self, layers, maps=None) -> None:
        """New weights (and maps, or None to keep the last ones) for the same network: only redrawn."""
        sizes = self.canvas.sizes
        if not sizes or len(layers) != len(sizes) - 1:
            raise ValueError("update_weights needs the network of set_network: call set_network first")
        weights, biases = self._arrays(sizes, layers)
        self.canvas.refill(weights, biases, maps)

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
