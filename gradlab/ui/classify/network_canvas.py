"""The painting of the network view: the layout of the boxes, their maps, the weights' lines, hit tests.

A line's colour is its weight's sign (blue positive, orange negative, as on the plane), its
thickness the weight's size (against the network's largest), in WIDTHS steps. Each neuron's map
is a QImage over a numpy buffer that a refill writes into in place.

Painted 20 times a second during a run, on the GUI thread, holding the interpreter's lock that
the training thread needs: the lines (a few hundred antialiased strokes, 1–2 ms), the columns'
titles and the inputs are painted into a pixmap that is kept until a line changes its step of
colour and thickness (during most of a run none does), the layout or the theme; a frame then
copies it and draws the neurons' maps over it, from rectangles made once per layout.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QToolTip, QWidget

from .. import theme
from . import palette

PAD = 8  # around the drawing, in pixels
HEADER = 34  # the columns' titles: the layer's name and its activation
MIN_BOX, MAX_BOX = 12, 56  # a neuron's box, in pixels: past the smallest, the view scrolls
MIN_LINES = 40  # the least room for the weights between two columns
WIDTHS = 8  # line thicknesses: a weight's size, in this many steps
NEAR_LINE = 4  # how near (pixels) the mouse must be to a line to be on it
MAP_PIXELS = 50  # a neuron's picture has at most this many pixels a side (taken from its map)


def layout(sizes: list[int], width: float, height: float) -> tuple[float, list[np.ndarray], float, float]:
    """The box size, each column's boxes (k × 2: left, top), and the least width and height that fit.

    The boxes grow with the room (up to MAX_BOX); below MIN_BOX the least size passes the room
    given, and the view scrolls.
    """
    tallest, columns = max(sizes), len(sizes)
    pitch = (height - HEADER - 2 * PAD) / tallest
    across = (width - 2 * PAD - (columns - 1) * MIN_LINES) / columns  # the widest boxes that fit across
    box = float(np.clip(min(0.8 * pitch, across), MIN_BOX, MAX_BOX))
    pitch = max(pitch, 1.2 * box) if box < MAX_BOX else 1.25 * box
    spacing = max((width - 2 * PAD - box) / max(columns - 1, 1), box + MIN_LINES)
    spacing = min(spacing, 4 * box + 120)  # a wide view keeps its columns together
    used = 2 * PAD + box + (columns - 1) * spacing
    left = PAD + max(0.0, (width - used) / 2)
    rows = []
    for column, count in enumerate(sizes):
        top = HEADER + PAD + (tallest - count) * pitch / 2 + (pitch - box) / 2
        ys = top + pitch * np.arange(count)
        rows.append(np.stack([np.full(count, left + column * spacing), ys], -1))
    least_width = 2 * PAD + MIN_BOX + (columns - 1) * (MIN_BOX + MIN_LINES)
    least_height = HEADER + 2 * PAD + tallest * 1.2 * MIN_BOX
    return box, rows, least_width, least_height


def _mixed(background: QColor, hue: QColor, share: float) -> QColor:
    """``hue`` faded towards ``background`` (share 1: the hue itself)."""
    return QColor.fromRgbF(
        *(b + share * (h - b) for b, h in zip(background.getRgbF()[:3], hue.getRgbF()[:3]))
    )


def _number(value: float) -> str:
    """A value as the tooltips show it: four digits, a true minus sign."""
    return f"{value:.4g}".replace("-", "\u2212")


class NetworkCanvas(QWidget):
    """Paints the network; finds the line or box under the mouse."""

    hovered = Signal(object)  # (layer, row, col) or None
    double_clicked = Signal(object, QPoint)  # (layer, row, col), where

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("classifyNetworkCanvas")
        self.setMouseTracking(True)
        self.sizes: list[int] = []
        self.weights: list[np.ndarray] = []  # per layer, out × in
        self.biases: list[np.ndarray] = []
        self.activations: list[str] = []
        self.maps: list | None = None
        self.images: list[list[QImage]] = []  # per layer, one per neuron, over ``pixels``
        self.pixels: list[np.ndarray] = []  # per layer, (neurons, rows, columns, 4) uint8
        self.paths: list[tuple[QPen, list]] = []  # the lines, one list per colour and thickness
        self.box, self.rows = 0.0, []
        self.ends: list[tuple[np.ndarray, ...]] = []  # per layer: x0, y0, x1, y1 (out × in)
        self.highlight: tuple[int, int, int] | None = None
        self.lines: list[QLineF] = []  # every weight's line, layer by layer (out × in), made per layout
        self.boxes: list[list[QRectF]] = []  # per layer (inputs first), each neuron's box
        self.line_keys: np.ndarray | None = None  # each line's step of colour and thickness, as drawn
        self.backdrop: QPixmap | None = None  # the background, the lines, the titles and the inputs
        self._recolour()

    # --- what the view gives --------------------------------------------------------------

    def set_network(self, sizes, weights, biases, activations, maps) -> None:
        """A new network (see NetworkView.set_network): the layout, the maps and the lines."""
        self.sizes, self.weights, self.biases, self.activations = sizes, weights, biases, activations
        self.images, self.pixels = [], []
        least = layout(sizes, 0, 0)
        self.setMinimumSize(math.ceil(least[2]), math.ceil(least[3]))
        self._lay_out()
        self.refill(weights, biases, maps)

    def refill(self, weights, biases, maps) -> None:
        """New weights (and maps, when given) in the items already made."""
        self.weights, self.biases = weights, biases
        if maps is not None:
            self.maps = maps
            self._paint_maps()
        self._make_paths()
        self.update()

    def forget_backdrop(self) -> None:
        """Paint the lines, titles and inputs again at the next paint (a new layout, theme or language)."""
        self.backdrop = None

    # --- pictures ------------------------------------------------------------------------

    def _paint_maps(self) -> None:
        if self.maps is None:
            return
        for layer, values in enumerate(self.maps):
            values = np.asarray(values)
            if values.dtype.kind != "f":
                values = values.astype(float)
            stride = max(1, math.ceil(max(values.shape[1:]) / MAP_PIXELS))
            values = values[:, ::stride, ::stride]  # a box is a few dozen pixels: more is not seen
            if layer < len(self.pixels) and self.pixels[layer].shape[:3] == values.shape:
                pixels = self.pixels[layer]  # refilled in place: the same QImages show it
            else:
                pixels = np.empty((*values.shape, 4), dtype=np.uint8)
                self.pixels[layer:] = [pixels]
                self.images[layer:] = [self._images(pixels)]
            name = self.activations[layer] if layer < len(self.activations) else "linear"
            np.take(self.lut, self._indices(values, name)[:, ::-1], axis=0, out=pixels)  # row 0 on top

    @staticmethod
    def _images(pixels: np.ndarray) -> list[QImage]:
        _, rows, columns, _ = pixels.shape
        return [
            QImage(pixels[k].data, columns, rows, 4 * columns, QImage.Format.Format_RGBA8888)
            for k in range(len(pixels))
        ]

    @staticmethod
    def _indices(values: np.ndarray, activation: str) -> np.ndarray:
        """Each value's place in the colour table: around 0.5 for a sigmoid, 0 otherwise."""
        centre = 0.5 if activation == "sigmoid" else 0.0
        shifted = np.nan_to_num(values - centre, nan=0.0, posinf=0.0, neginf=0.0)  # not finite: blank
        if activation == "sigmoid":
            half = np.full(len(values), 0.5)
        elif activation == "tanh":
            half = np.ones(len(values))
        else:  # each unit on its own scale: what matters is where it is large
            half = np.abs(shifted).reshape(len(values), -1).max(axis=1, initial=0.0)
            half[half <= 0] = 1.0
        scaled = shifted * (127.5 / half)[:, None, None] + 127.5
        return np.clip(scaled, 0, 255).astype(np.uint8)

    def _make_paths(self) -> None:
        """Each line's step (sign and thickness); the lines grouped by step again only if one moved."""
        finite = [np.abs(w[np.isfinite(w)]) for w in self.weights]
        largest = max((float(f.max()) for f in finite if f.size), default=0.0) or 1.0
        keys = []
        for w in self.weights:
            size = np.where(np.isfinite(w), np.abs(w) / largest, 0.0)
            step = np.minimum((size * WIDTHS).astype(int), WIDTHS - 1)
            keys.append((step + np.where(w >= 0, WIDTHS, 0)).ravel())  # negative: 0 to 7, positive: 8 to 15
        keys = np.concatenate(keys) if keys else np.empty(0, int)
        if self.line_keys is not None and np.array_equal(keys, self.line_keys) and len(self.paths):
            return  # every line as drawn: the backdrop stays
        self.line_keys = keys
        self.paths = []
        if len(self.lines) != len(keys):
            return  # laid out at the next resize
        for key in sorted(set(keys.tolist()), key=lambda k: (k % WIDTHS, k)):  # thick on top
            chosen = np.flatnonzero(keys == key).tolist()
            self.paths.append((self.pens[key], [self.lines[i] for i in chosen]))
        self.backdrop = None

    def _make_pens(self) -> list[QPen]:
        """The pen of each step: negative 0 to WIDTHS − 1, then positive, thin to thick."""
        colours = self.colours
        background = QColor(colours.middle)
        pens = []
        for key in range(2 * WIDTHS):
            step = key % WIDTHS
            hue = QColor(colours.positive if key >= WIDTHS else colours.negative)
            # opaque pens, mixed with the background: semi-transparent ones paint ten times slower
            colour = _mixed(background, hue, 0.3 + 0.7 * (step + 1) / WIDTHS)
            pens.append(QPen(colour, 0.6 + 3.4 * (step + 0.5) / WIDTHS))
        return pens

    # --- layout and painting --------------------------------------------------------------

    def _lay_out(self) -> None:
        if not self.sizes:
            return
        self.box, self.rows, _, _ = layout(self.sizes, self.width(), self.height())
        half = self.box / 2
        self.ends = []
        for layer in range(len(self.sizes) - 1):
            source, target = self.rows[layer], self.rows[layer + 1]
            x0 = np.broadcast_to(source[None, :, 0] + self.box, (len(target), len(source)))
            y0 = np.broadcast_to(source[None, :, 1] + half, (len(target), len(source)))
            x1 = np.broadcast_to(target[:, None, 0], (len(target), len(source)))
            y1 = np.broadcast_to(target[:, None, 1] + half, (len(target), len(source)))
            self.ends.append((x0, y0, x1, y1))
        ends = [np.concatenate([end[k].ravel() for end in self.ends]).tolist() for k in range(4)]
        self.lines = list(map(QLineF, *ends))
        box = self.box
        self.boxes = [[QRectF(left, top, box, box) for left, top in rows.tolist()] for rows in self.rows]
        self.line_keys, self.backdrop = None, None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()
        if self.weights:
            self._make_paths()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        colours = self.colours
        if not self.sizes:
            painter.fillRect(self.rect(), QColor(colours.middle))
            return
        ratio = self.devicePixelRatioF()
        if self.backdrop is None or self.backdrop.size() != self.size() * ratio:
            self.backdrop = self._paint_backdrop(ratio)
        painter.drawPixmap(0, 0, self.backdrop)
        if self.highlight is not None and self.highlight[2] < self.sizes[self.highlight[0]]:
            layer, row, col = self.highlight
            x0, y0, x1, y1 = (end[row, col] for end in self.ends[layer])
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(colours.highlight), 3))
            painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
        self._paint_neurons(painter)

    def _paint_backdrop(self, ratio: float) -> QPixmap:
        """The background, every line, the inputs' boxes and the columns' titles, in a pixmap."""
        backdrop = QPixmap(self.size() * ratio)
        backdrop.setDevicePixelRatio(ratio)
        backdrop.fill(QColor(self.colours.middle))
        painter = QPainter(backdrop)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for pen, lines in self.paths:
            painter.setPen(pen)
            painter.drawLines(lines)
        self._paint_inputs(painter)
        self._paint_titles(painter)
        painter.end()
        return backdrop

    def _paint_inputs(self, painter: QPainter) -> None:
        colours = self.colours
        font = QFont(painter.font())
        font.setPixelSize(max(9, int(self.box * 0.45)))
        painter.setFont(font)
        for index, rect in enumerate(self.boxes[0]):
            painter.setPen(QPen(QColor(colours.muted), 1))
            painter.setBrush(QColor(colours.middle))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor(colours.text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"x{index + 1}")

    def _paint_neurons(self, painter: QPainter) -> None:
        """Each neuron's map in its box, and the boxes' borders (the highlighted bias's in its colour)."""
        for layer, boxes in enumerate(self.boxes[1:]):
            images = self.images[layer] if layer < len(self.images) else []
            for rect, image in zip(boxes, images):
                painter.drawImage(rect, image)
        painter.setPen(QPen(QColor(self.colours.muted), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects([rect for boxes in self.boxes[1:] for rect in boxes])
        if self.highlight is not None and self.highlight[2] == self.sizes[self.highlight[0]]:
            layer, row, _ = self.highlight
            painter.setPen(QPen(QColor(self.colours.highlight), 2.5))
            painter.drawRect(self.boxes[layer + 1][row])

    def _paint_titles(self, painter: QPainter) -> None:
        names = {
            "relu": self.tr("ReLU"),
            "tanh": self.tr("tanh"),
            "sigmoid": self.tr("sigmoid"),
            "linear": self.tr("linear"),
        }
        font = QFont(self.font())
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor(self.colours.muted))
        metrics = painter.fontMetrics()
        spacing = (self.rows[1][0, 0] - self.rows[0][0, 0]) if len(self.rows) > 1 else 80
        last = len(self.sizes) - 1
        for column in range(len(self.sizes)):
            if column == 0:
                title, below = self.tr("inputs"), ""
            else:
                title = self.tr("output") if column == last else self.tr("layer {n}").format(n=column)
                activation = self.activations[column - 1] if column - 1 < len(self.activations) else ""
                below = names.get(activation, activation)
            middle = self.rows[column][0, 0] + self.box / 2
            for line, text in enumerate((title, below)):
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(spacing - 4))
                left = min(max(middle - spacing / 2, 0.0), self.width() - spacing)  # whole at the edges
                rect = QRectF(left, PAD / 2 + line * metrics.height(), spacing, metrics.height())
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)

    # --- the mouse -----------------------------------------------------------------------

    def hit(self, pos: QPointF) -> tuple[int, int, int] | None:
        """The weight (layer, row, col) or the bias (col = the layer's inputs) under ``pos``, or None."""
        x, y = pos.x(), pos.y()
        for column in range(1, len(self.rows)):
            rows = self.rows[column]
            inside = (
                (rows[:, 0] <= x)
                & (x <= rows[:, 0] + self.box)
                & (rows[:, 1] <= y)
                & (y <= rows[:, 1] + self.box)
            )
            if inside.any():
                return column - 1, int(np.argmax(inside)), self.sizes[column - 1]
        for layer, (x0, y0, x1, y1) in enumerate(self.ends):
            if not (x0[0, 0] <= x <= x1[0, 0]):
                continue
            dx, dy = x1 - x0, y1 - y0
            t = np.clip(((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy), 0, 1)
            distance = np.hypot(x0 + t * dx - x, y0 + t * dy - y)
            row, col = np.unravel_index(int(np.argmin(distance)), distance.shape)
            if distance[row, col] <= NEAR_LINE:
                return layer, int(row), int(col)
        return None

    def mouseMoveEvent(self, event) -> None:
        found = self.hit(event.position())
        if found != self.highlight:
            self.highlight = found
            self.hovered.emit(found)
            self.update()
            if QToolTip.isVisible():
                QToolTip.showText(event.globalPosition().toPoint(), self.toolTip(), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        if self.highlight is not None:
            self.highlight = None
            self.hovered.emit(None)
            self.update()
        super().leaveEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        found = self.hit(event.position())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.double_clicked.emit(found, event.position().toPoint())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # --- the theme -----------------------------------------------------------------------

    def _recolour(self) -> None:
        effective = theme.of(self.palette())
        self.colours = palette.colors(effective)
        self.lut = palette.diverging_lut(effective)
        self.pens = self._make_pens()
        self.line_keys, self.backdrop = None, None

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
            self._paint_maps()
            if self.weights:
                self._make_paths()
            self.update()
        elif event.type() == QEvent.Type.LanguageChange:
            self.backdrop = None  # the columns' titles
            self.update()
