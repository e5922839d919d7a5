"""The network view's keys and clicks: select a weight or a bias, type a new value, see a neuron large.

``NetworkKeys`` is part of ``NetworkCanvas`` (a mixin). The arrows walk the weights and biases
layer by layer (a neuron's weights, then its bias); Enter or F2 opens the editor as a
double-click does; Space, or a single click on a neuron's box, asks to show its map large.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolTip


class NetworkKeys:
    """The keyboard and the single click of ``NetworkCanvas`` (its sizes, hits and signals)."""

    def _init_keys(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._click_timer = QTimer(self, singleShot=True, objectName="classifyNeuronClickTimer")
        self._click_timer.timeout.connect(self._clicked_box)
        self._clicked: tuple[int, int] | None = None
        self._after_double = False  # the release that ends a double-click shows nothing large

    def every_hit(self) -> list[tuple[int, int, int]]:
        """Every weight and bias as (layer, row, col), in the order the arrows walk them."""
        return [
            (layer, row, col)
            for layer in range(len(self.sizes) - 1)
            for row in range(self.sizes[layer + 1])
            for col in range(self.sizes[layer] + 1)
        ]

    def hit_point(self, hit: tuple[int, int, int]) -> QPoint:
        """The middle of a weight's line, or of a bias's box."""
        layer, row, col = hit
        if col == self.sizes[layer]:
            return self.boxes[layer + 1][row].center().toPoint()
        x0, y0, x1, y1 = (end[row, col] for end in self.ends[layer])
        return QPointF((x0 + x1) / 2, (y0 + y1) / 2).toPoint()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key, hits = event.key(), self.every_hit() if self.sizes else []
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self and self.isAncestorOf(focus):
            # a key the editor (a child) passed on (a line edit lets Return go): not the canvas's
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and hits:
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            at = hits.index(self.highlight) if self.highlight in hits else (-1 if step > 0 else 0)
            self._select(hits[(at + step) % len(hits)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self.highlight is not None:
            self.double_clicked.emit(self.highlight, self.hit_point(self.highlight))
        elif key == Qt.Key.Key_Space and self.highlight is not None:
            layer, row, _ = self.highlight
            self.neuron_clicked.emit(layer, row)
        else:
            super().keyPressEvent(event)

    def _select(self, hit: tuple[int, int, int]) -> None:
        self.highlight = hit
        self.hovered.emit(hit)  # the view names it in the tooltip
        self.update()
        QToolTip.showText(self.mapToGlobal(self.hit_point(hit)), self.toolTip(), self)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        found, after_double = self.hit(event.position()), self._after_double
        self._after_double = False
        on_box = found is not None and found[2] == self.sizes[found[0]]
        if event.button() == Qt.MouseButton.LeftButton and on_box and not after_double:
            self._clicked = found[:2]  # a box: shown large unless a double-click (its bias's editor) follows
            self._click_timer.start(QApplication.doubleClickInterval())
        super().mouseReleaseEvent(event)

    def _clicked_box(self) -> None:
        if self._clicked is not None:
            self.neuron_clicked.emit(*self._clicked)
            self._clicked = None

    def cancel_click(self) -> None:
        """A double-click came: no map shown large for its first click."""
        self._click_timer.stop()
        self._clicked = None
        self._after_double = True
