"""The Gradient Descent tab's plots: the function's map with every optimizer's path, and the losses.

Curves are made once and then only given new data (pyqtgraph's scrollingPlots pattern); the tab
redraws them from a timer, never at the rate steps are computed. The map keeps x and y at one
scale (x² + y² looks round); the loss axis shows plain powers of ten, and a value past its top
(a divergence) is drawn at the top edge, marked with a triangle.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from ..plots import ThemedPlot, cache_axes, peak_decimate
from .contours import contour_path

if TYPE_CHECKING:
    from ...descent import Objective, Run

MAX_DRAWN_POINTS = 1500
HEADROOM_DECADES = 3  # how far above the highest starting value the loss axis reaches


def thinned(points: np.ndarray) -> np.ndarray:
    """At most about MAX_DRAWN_POINTS of a long path: every k-th early point, all of the last 500.

    A path of 10,000 points crowds a few hundred pixels; drawing every segment costs time and
    shows nothing more. The recent part, where the optimizer is moving now, stays exact.
    """
    n = len(points)
    if n <= MAX_DRAWN_POINTS:
        return points
    recent = 500
    stride = int(np.ceil((n - recent) / (MAX_DRAWN_POINTS - recent)))
    return np.concatenate([points[: n - recent : stride], points[n - recent :]])


class FunctionMap(ThemedPlot):
    """f as a heat map with contour lines (two variables) or a curve (one variable), runs drawn on it."""

    clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("descentMap")
        self.image: pg.ImageItem | None = None
        self.line: pg.PlotDataItem | None = None  # f(x), in one variable
        self.region = (-1.0, 1.0, -1.0, 1.0)
        self.objective: Objective | None = None
        self.paths: dict[str, pg.PlotDataItem] = {}
        self.points: dict[str, pg.ScatterPlotItem] = {}
        self.arrows: dict[str, pg.PlotDataItem] = {}
        self.heads: dict[str, pg.ArrowItem] = {}
        self.drawn: dict[str, tuple] = {}  # what each run's items show: (records, status)
        self.scene().sigMouseClicked.connect(self._on_click)
        cache_axes(self)

    def show_function(self, objective: Objective, region) -> None:
        """Draw f over ``region`` (xmin, xmax, ymin, ymax): its map, as fine as its budget allows."""
        self.clear()
        self.paths, self.points, self.arrows, self.heads = {}, {}, {}, {}
        self.drawn = {}
        self.objective, self.region = objective, region
        xmin, xmax, ymin, ymax = region
        self.line = None
        if objective.dims == 2:
            values = objective.map(region).values
            shade = _shade(values)
            self.image = pg.ImageItem(shade)
            self.image.setColorMap(pg.colormap.get("viridis"))
            self.image.setRect(xmin, ymin, xmax - xmin, ymax - ymin)
            self.image.setZValue(-10)
            self.image.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.addItem(self.image)
            self.addItem(_contours(shade, region))
            self.setLabel("left", "y")
            self.getViewBox().setAspectLocked(True)  # one unit of x is one unit of y: circles look round
        else:
            self.getViewBox().setAspectLocked(False)  # f(x) against x: different units
            grid = objective.map(region)
            xs, values = grid.xs, grid.values
            self.image = None
            finite = np.where(np.isfinite(values), values, np.nan)
            self.line = self.plot(xs, finite, pen=pg.mkPen(self.colors.line, width=2))
            self.setLabel("left", "f(x)")
        self.setLabel("bottom", "x")
        self.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)

    def clear_runs(self) -> None:
        """Take every run's path, point and arrow off the map (a new race), keeping the function."""
        for item in (
            *self.paths.values(),
            *self.points.values(),
            *self.arrows.values(),
            *self.heads.values(),
        ):
            self.removeItem(item)
        self.paths, self.points, self.arrows, self.heads = {}, {}, {}, {}
        self.drawn = {}

    def show_runs(self, runs: dict[str, Run]) -> None:
        """Each run's path, its current point, and its negative gradient (or tangent, in one variable)."""
        for kind, run in runs.items():
            colour = self.colors.optimizers[kind]
            if kind not in self.paths:
                self.paths[kind] = self.plot([], [], pen=pg.mkPen(colour, width=2), connect="finite")
                self.points[kind] = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(colour), pen=pg.mkPen("w"))
                self.arrows[kind] = self.plot(
                    [], [], pen=pg.mkPen(colour, width=2, style=pg.QtCore.Qt.DashLine)
                )
                self.heads[kind] = pg.ArrowItem(pen=pg.mkPen(colour), brush=pg.mkBrush(colour), headLen=12)
                self.addItem(self.points[kind])
                self.addItem(self.heads[kind])
            drawn = (run.path.size, run.status)
            if self.drawn.get(kind) == drawn:
                continue  # nothing new since the last frame (a stopped run, say)
            self.drawn[kind] = drawn
            points = run.path.points
            if self.objective is not None and self.objective.dims == 1:
                self._show_1d(kind, run, points)
            else:
                self._show_2d(kind, run, points)

    def recolour(self) -> None:
        if self.line is not None:
            self.line.setPen(pg.mkPen(self.colors.line, width=2))
        for kind, path in self.paths.items():
            colour = self.colors.optimizers[kind]
            path.setPen(pg.mkPen(colour, width=2))
            self.points[kind].setBrush(pg.mkBrush(colour))
            self.arrows[kind].setPen(pg.mkPen(colour, width=2, style=pg.QtCore.Qt.DashLine))
            self.heads[kind].setStyle(pen=pg.mkPen(colour), brush=pg.mkBrush(colour))

    def _show_2d(self, kind: str, run: Run, points: np.ndarray) -> None:
        if len(points):
            drawn = thinned(points)
            self.paths[kind].setData(drawn[:, 0], drawn[:, 1])
        here = points[-1] if len(points) else run.position
        if not np.all(np.isfinite(here)):
            here = points[np.isfinite(points).all(axis=1)][-1] if len(points) > 1 else run.position
        self.points[kind].setData([here[0]], [here[1]])
        g = np.asarray(run.gradient, dtype=float)
        norm = float(np.hypot(*g)) if np.all(np.isfinite(g)) else 0.0
        if norm > 0 and run.running:
            xmin, xmax, ymin, ymax = self.region
            length = 0.12 * max(xmax - xmin, ymax - ymin)
            tip = here - g / norm * length
            self.arrows[kind].setData([here[0], tip[0]], [here[1], tip[1]])
            self._point_head(kind, here, tip)
        else:
            self.arrows[kind].setData([], [])
            self.heads[kind].hide()

    def _show_1d(self, kind: str, run: Run, points: np.ndarray) -> None:
        here = float(points[-1, 0]) if len(points) else float(run.position[0])
        value = float(run.path.values[-1])
        if not (math.isfinite(here) and math.isfinite(value)):
            self.points[kind].setData([], [])
            self.arrows[kind].setData([], [])
            self.heads[kind].hide()
            return
        self.points[kind].setData([here], [value])
        slope = float(run.gradient[0])
        span = 0.12 * (self.region[1] - self.region[0])
        self.arrows[kind].setData([here - span, here + span], [value - slope * span, value + slope * span])
        self.heads[kind].hide()
        self.paths[kind].setData([], [])

    def _point_head(self, kind: str, base, tip) -> None:
        """An arrow head at ``tip`` pointing away from ``base``, its angle measured in pixels."""
        box = self.getViewBox()
        a = box.mapViewToDevice(pg.QtCore.QPointF(*base))
        b = box.mapViewToDevice(pg.QtCore.QPointF(*tip))
        if a is None or b is None:
            return
        angle = math.degrees(math.atan2(b.y() - a.y(), b.x() - a.x()))
        head = self.heads[kind]
        head.setStyle(angle=180 + angle)
        head.setPos(*tip)
        head.show()

    def _on_click(self, event) -> None:
        if event.button() != pg.QtCore.Qt.MouseButton.LeftButton or event.double():
            return
        point = self.getViewBox().mapSceneToView(event.scenePos())
        if self.getViewBox().sceneBoundingRect().contains(event.scenePos()):
            self.clicked.emit(point.x(), point.y())


def _contours(shade: np.ndarray, region) -> QGraphicsPathItem:
    """Twelve iso-lines of the shading, in one cached path (one item paints faster than twelve)."""
    path = QPainterPath()
    finite = shade[np.isfinite(shade)]
    if finite.size:
        filled = np.nan_to_num(shade, nan=float(finite.max()))
        path = contour_path(filled, region, np.linspace(finite.min(), finite.max(), 14)[1:-1])
    item = QGraphicsPathItem(path)
    pen = pg.mkPen((255, 255, 255, 110), width=1)
    pen.setCosmetic(True)
    item.setPen(pen)
    item.setZValue(-5)
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return item


def _shade(values: np.ndarray) -> np.ndarray:
    """Colour by log(1 + f - min): long valleys and steep walls both stay visible."""
    finite = np.isfinite(values)
    if not finite.any():
        return np.zeros_like(values)
    low = values[finite].min()
    with np.errstate(invalid="ignore", over="ignore"):
        return np.where(finite, np.log1p(np.clip(values - low, 0, None)), np.nan)


class LossPlot(ThemedPlot):
    """f against the step, one curve per optimizer: on a log axis, or a linear one once some f is ≤ 0.

    A log axis cannot show 0 or a negative value (the saddle's f falls below 0): then the plot
    switches to a linear axis, labelled "f", and back to log once every value is positive again.
    The step axis never runs past the race's step limit.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("descentLossPlot")
        self.linear = False
        self.setLogMode(y=True)
        left = self.getPlotItem().getAxis("left")
        left.enableAutoSIPrefix(False)  # 10⁻³…10⁸ as they are, never "(x1e+27)"
        self._label()
        self.showGrid(x=True, y=True, alpha=self.colors.grid_alpha)
        self.addLegend(offset=(-10, 10), labelTextColor=self.colors.foreground)
        cache_axes(self)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.clipped: dict[str, pg.ScatterPlotItem] = {}  # ▲ (▼) where a curve passes the top (bottom)
        self.marked: dict[str, tuple | None] = {}

    def _label(self) -> None:
        """The axes' names and the value axis's tooltip, for the scale in use."""
        self.setLabel("bottom", self.tr("step"))
        left = self.getPlotItem().getAxis("left")
        if self.linear:
            self.setLabel("left", "f")
            left.setToolTip(
                self.tr(
                    "Some value of f is 0 or below, which a log scale cannot show: f is drawn on a linear "
                    "axis. Values past the range are drawn at its edge and marked ▲ or ▼"
                )
            )
        else:
            self.setLabel("left", self.tr("f (log scale)"))
            left.setToolTip(
                self.tr(
                    "Values at or below 0 have no logarithm and are not drawn; values past the top are "
                    "drawn at the top edge and marked ▲"
                )
            )

    def reset(self) -> None:
        for item in (*self.curves.values(), *self.clipped.values()):
            self.removeItem(item)
        self.curves, self.clipped, self.marked = {}, {}, {}
        self._range = None
        self.getPlotItem().legend.clear()

    def rename(self, names: dict[str, str]) -> None:
        """New names in the legend and on the axes (another language), keeping the curves."""
        self._label()
        legend = self.getPlotItem().legend
        for kind, curve in self.curves.items():
            label = legend.getLabel(curve) if legend is not None else None
            if label is not None:
                label.setText(names[kind])
        self.legend_changed()  # sized to the new names, and shown if it fits

    def show_runs(self, runs: dict[str, Run], names: dict[str, str]) -> None:
        """Each run's f against the step, within a range fixed by where the runs started."""
        with np.errstate(invalid="ignore"):
            linear = any(bool(np.any(run.path.values <= 0)) for run in runs.values())
        if linear != self.linear:
            self.linear = linear
            self.setLogMode(y=not linear)
            self._label()
            self._range, self.marked = None, {}
        starts = [float(run.path.values[0]) for run in runs.values() if run.path.size]
        starts = [v for v in starts if math.isfinite(v)]
        bottom, top = self._linear_bounds(runs, starts) if linear else (0.0, self._log_ceiling(starts))
        low, longest = math.inf, 1
        for kind, run in runs.items():
            if kind not in self.curves:
                pen = pg.mkPen(self.colors.optimizers[kind], width=2)
                self.curves[kind] = self.plot([], [], pen=pen, name=names[kind])
                self._cache_legend()
                self.clipped[kind] = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(pen.color()))
                self.addItem(self.clipped[kind])
            values = run.path.values
            with np.errstate(invalid="ignore"):
                if linear:  # -inf and inf: at the edges too
                    shown = np.clip(values, bottom, top)
                    under, over = np.flatnonzero(values < bottom), np.flatnonzero(values > top)
                else:
                    shown = np.where(values > 0, np.minimum(values, top), np.nan)
                    under, over = np.array([], dtype=int), np.flatnonzero(values > top)
            steps, decimated = peak_decimate(shown)  # a few hundred pixels wide: keep each bin's extremes
            self.curves[kind].setData(steps, decimated, connect="finite")
            self._mark(kind, under, over, bottom, top)
            finite = shown[np.isfinite(shown)]
            if finite.size:
                low = min(low, float(finite.min()))
            longest = max(longest, len(values))
        limit = max((run.max_steps for run in runs.values()), default=1)
        if linear:
            self._set_linear_range(bottom, top, longest, limit)
        else:
            self._set_range(low, top, longest, limit)

    def _mark(self, kind: str, under: np.ndarray, over: np.ndarray, bottom: float, top: float) -> None:
        """▲ at the first step past the top, ▼ at the first past the bottom (log10 units on a log axis)."""
        at = (lambda v: v) if self.linear else math.log10
        marks = []
        if len(over):
            marks.append((int(over[0]), at(top), "t1"))
        if len(under):
            marks.append((int(under[0]), bottom, "t"))
        marker = tuple(marks) or None
        if self.marked.get(kind) == marker:
            return
        self.marked[kind] = marker
        if marker:
            xs, ys, symbols = zip(*marks)
            self.clipped[kind].setData(list(xs), list(ys), symbol=list(symbols))
        else:
            self.clipped[kind].setData([], [])

    @staticmethod
    def _log_ceiling(starts: list[float]) -> float:
        """The log axis's top: a power of ten, HEADROOM_DECADES above the highest start."""
        positive = [v for v in starts if v > 0]
        return 10.0 ** ((math.ceil(math.log10(max(positive))) if positive else 0) + HEADROOM_DECADES)

    @staticmethod
    def _linear_bounds(runs: dict[str, Run], starts: list[float]) -> tuple[float, float]:
        """The linear axis's range: the starts, then down as far as the values go, in jumps (10 × at most)."""
        high, low = (max(starts), min(starts)) if starts else (0.0, 0.0)
        scale = max((abs(v) for v in starts), default=0.0) or 1.0
        lowest = low
        for run in runs.values():
            finite = run.path.values[np.isfinite(run.path.values)]
            if finite.size:
                lowest = min(lowest, float(finite.min()))
        depth = (low - lowest) / scale
        jump = next((j for j in (0.5, 1.25, 2.5, 5.0) if j >= depth), 10.0)  # few axis redraws
        return low - jump * scale, high + 0.25 * scale

    def _cache_legend(self) -> None:
        """Paint the legend's names into pixmaps, reused until they change (text is slow to paint).

        Only the names: a cached line sample was seen drawn as a dot after a language switch.
        """
        for _, label in self.getPlotItem().legend.items:
            label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def recolour(self) -> None:
        self.showGrid(x=True, y=True, alpha=self.colors.grid_alpha)
        for kind, curve in self.curves.items():
            curve.setPen(pg.mkPen(self.colors.optimizers[kind], width=2))
            self.clipped[kind].setBrush(pg.mkBrush(self.colors.optimizers[kind]))

    @staticmethod
    def _x_max(longest: int, limit: int) -> int:
        """The step axis's end: four times longer in jumps (few axis redraws), never past the step limit."""
        return min(4 ** math.ceil(math.log(max(longest, 256), 4)), max(limit, 1))

    def _set_range(self, low: float, high: float, longest: int, limit: int) -> None:
        """Ranges that change in jumps (ten decades, x four times longer), so the axes are rarely redrawn."""
        top = round(math.log10(high))
        lowest = math.floor(math.log10(low)) if math.isfinite(low) and low > 0 else top - 1
        # down in steps of ten decades (a falling loss redraws the axis rarely), at most forty
        bottom = top - min(40, 10 * math.ceil(max(top - lowest, 1) / 10))
        self._show_range(self._x_max(longest, limit), (bottom, top))

    def _set_linear_range(self, bottom: float, top: float, longest: int, limit: int) -> None:
        self._show_range(self._x_max(longest, limit), (bottom, top))

    def _show_range(self, x_max: int, y_range: tuple[float, float]) -> None:
        wanted = (x_max, y_range)
        if wanted != getattr(self, "_range", None):
            self._range = wanted
            self.setRange(xRange=(0, x_max), yRange=y_range, padding=0.02)
