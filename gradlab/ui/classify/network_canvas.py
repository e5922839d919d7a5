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
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QToolTip, QWidget

from .. import theme, zoom
from . import palette
from .network_keys import NetworkKeys
from .network_layout import HEADER, MAP_PIXELS, NEAR_LINE, PAD, WIDTHS, _mixed, _number, layout  # noqa: F401


class NetworkCanvas(NetworkKeys, QWidget):
    """Paints the network; finds the line or box under the mouse."""

    hovered = Signal(object)  # (layer, row, col) or None
    double_clicked = Signal(object, QPoint)  # (layer, row, col), where
    neuron_clicked = Signal(int, int)  # layer (0: the first hidden), neuron: show its map large

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
        self._init_keys()

    # --- what the view gives --------------------------------------------------------------

    def set_network(self, sizes, weights, biases, activations, maps) -> None:
        """A new network (see NetworkView.set_network): the layout, the maps and the lines."""
        self.sizes, self.weights, self.biases, self.activations = sizes, weights, biases, activations
        self.images, self.pixels = [], []
        least = layout(sizes, 0, 0, self.header())
        self.setMinimumSize(math.ceil(least[2]), 0)  # the height: what the width leaves (_lay_out)
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
        self.box, self.rows, _, least_height = layout(self.sizes, self.width(), self.height(), self.header())
        self.setMinimumHeight(math.ceil(least_height))  # taller than the view: it scrolls down
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

    def titles(self) -> list[tuple[str, str, str]]:
        """Each column's (title, activation, tooltip); short titles if the long do not fit."""
        names = {
            "relu": self.tr("ReLU"),
            "tanh": self.tr("tanh"),
            "sigmoid": self.tr("sigmoid"),
            "linear": self.tr("linear"),
        }
        last, titles = len(self.sizes) - 1, []
        for column in range(len(self.sizes)):
            if column == 0:
                long, short, below = self.tr("inputs"), self.tr("in"), ""
            elif column == last:
                long, short = self.tr("output"), self.tr("out")
            else:
                long, short = self.tr("layer {n}").format(n=column), self.tr("L{n}").format(n=column)
            if column:
                activation = self.activations[column - 1] if column - 1 < len(self.activations) else ""
                below = names.get(activation, activation)
            whole = (
                self.tr("{title}: {count} × {activation}").format(
                    title=long, count=self.sizes[column], activation=below
                )
                if column
                else self.tr("inputs: x1, x2")
            )
            titles.append((long, short, below, whole))
        metrics = QFontMetricsF(self._title_font())
        room = self._title_room() - 4
        fits = all(metrics.horizontalAdvance(long) <= room for long, _, _, _ in titles)
        return [(long if fits else short, below, whole) for long, short, below, whole in titles]

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(round(zoom.scaled(11)))
        return font

    @staticmethod
    def header() -> float:
        """The room above the boxes for the columns' two-line titles, at the window's zoom."""
        return zoom.scaled(HEADER)

    def _title_room(self) -> float:
        """The width of a column's title: the distance between two columns (never overlapping)."""
        return (self.rows[1][0, 0] - self.rows[0][0, 0]) if len(self.rows) > 1 else 80.0

    def title_rect(self, column: int, line: int, height: float) -> QRectF:
        """Where a column's title is: its own room between its neighbours', cut at the edges (never moved)."""
        room = self._title_room()
        middle = self.rows[column][0, 0] + self.box / 2
        left, right = max(middle - room / 2, 0.0), min(middle + room / 2, float(self.width()))
        return QRectF(left, PAD / 2 + line * height, max(right - left, 0.0), height)

    def _paint_titles(self, painter: QPainter) -> None:
        painter.setFont(self._title_font())
        painter.setPen(QColor(self.colours.muted))
        metrics = painter.fontMetrics()
        for column, (title, below, _) in enumerate(self.titles()):
            for line, text in enumerate((title, below)):
                rect = self.title_rect(column, line, metrics.height())
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 2))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)

    def title_at(self, pos: QPointF) -> str:
        """The whole title of the column whose title is under ``pos`` (else "")."""
        if not self.sizes or pos.y() > self.header():
            return ""
        for column, (_, _, whole) in enumerate(self.titles()):
            rect = self.title_rect(column, 0, self.header() / 2)
            if rect.left() <= pos.x() <= rect.right():
                return whole
        return ""

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
        title = self.title_at(event.position())
        if found != self.highlight or title:
            self.highlight = found
            self.hovered.emit(found)
            if title:
                self.setToolTip(title)  # a column's whole title (the drawn one may be short)
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
            self.cancel_click()
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
        elif event.type() == QEvent.Type.FontChange and self.sizes:  # the window's zoom: larger titles
            self.set_network(self.sizes, self.weights, self.biases, self.activations, self.maps)
