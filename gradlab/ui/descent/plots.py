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
        """Draw f over ``region`` (xmin, xmax, ymin, ymax): evaluated on a grid in one go."""
        self.clear()
        self.paths, self.points, self.arrows, self.heads = {}, {}, {}, {}
        self.drawn = {}
        self.objective, self.region = objective, region
        xmin, xmax, ymin, ymax = region
        self.line = None
        if objective.dims == 2:
            xs, ys, values = objective.grid(region, 200)
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
            xs, _, values = objective.grid(region, 400)
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
    """f against the step on a log axis, one curve per optimizer."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("descentLossPlot")
        self.setLogMode(y=True)
        self.setLabel("bottom", self.tr("step"))
        self.setLabel("left", self.tr("f (log scale)"))
        left = self.getPlotItem().getAxis("left")
        left.enableAutoSIPrefix(False)  # 10⁻³…10⁸ as they are, never "(x1e+27)"
        left.setToolTip(
            self.tr(
                "Values at or below 0 have no logarithm and are not drawn; values past the top are drawn "
                "at the top edge and marked ▲"
            )
        )
        self.showGrid(x=True, y=True, alpha=self.colors.grid_alpha)
        self.addLegend(offset=(-10, 10), labelTextColor=self.colors.foreground)
        cache_axes(self)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.clipped: dict[str, pg.ScatterPlotItem] = {}  # ▲ where a curve passes the top
        self.marked: dict[str, tuple | None] = {}

    def reset(self) -> None:
        for item in (*self.curves.values(), *self.clipped.values()):
            self.removeItem(item)
        self.curves, self.clipped, self.marked = {}, {}, {}
        self._range = None
        self.getPlotItem().legend.clear()

    def rename(self, names: dict[str, str]) -> None:
        """New names in the legend (another language), keeping the curves."""
        legend = self.getPlotItem().legend
        for kind, curve in self.curves.items():
            label = legend.getLabel(curve) if legend is not None else None
            if label is not None:
                label.setText(names[kind])

    def show_runs(self, runs: dict[str, Run], names: dict[str, str]) -> None:
        """Each run's f against the step, within a range fixed by where the runs started."""
        starts = [float(run.path.values[0]) for run in runs.values() if run.path.size]
        positive = [v for v in starts if math.isfinite(v) and v > 0]
        top = math.ceil(math.log10(max(positive))) + HEADROOM_DECADES if positive else HEADROOM_DECADES
        ceiling = 10.0**top
        low, longest = math.inf, 1
        for kind, run in runs.items():
            if kind not in self.curves:
                pen = pg.mkPen(self.colors.optimizers[kind], width=2)
                self.curves[kind] = self.plot([], [], pen=pen, name=names[kind])
                self._cache_legend()
                self.clipped[kind] = pg.ScatterPlotItem(symbol="t1", size=10, brush=pg.mkBrush(pen.color()))
                self.addItem(self.clipped[kind])
            values = run.path.values
            with np.errstate(invalid="ignore"):
                shown = np.where(values > 0, np.minimum(values, ceiling), np.nan)  # inf: at the top too
                over = np.flatnonzero(values > ceiling)
            steps, decimated = peak_decimate(shown)  # a few hundred pixels wide: keep each bin's extremes
            self.curves[kind].setData(steps, decimated, connect="finite")
            marker = (int(over[0]), top) if len(over) else None
            if self.marked.get(kind) != marker:  # ▲ at the first step past the top, in log10 units
                self.marked[kind] = marker
                self.clipped[kind].setData(*(([marker[0]], [float(top)]) if marker else ([], [])))
            finite = shown[np.isfinite(shown)]
            if finite.size:
                low = min(low, float(finite.min()))
            longest = max(longest, len(values))
        self._set_range(low, ceiling, longest)

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

    def _set_range(self, low: float, high: float, longest: int) -> None:
        """Ranges that change in jumps (ten decades, x four times longer), so the axes are rarely redrawn."""
        x_max = 4 ** math.ceil(math.log(max(longest, 256), 4))  # 256, 1024, 4096…: few axis redraws
        top = round(math.log10(high))
        lowest = math.floor(math.log10(low)) if math.isfinite(low) and low > 0 else top - 1
        # down in steps of ten decades (a falling loss redraws the axis rarely), at most forty
        bottom = top - min(40, 10 * math.ceil(max(top - lowest, 1) / 10))
        y_range = (bottom, top)
        wanted = (x_max, y_range)
        if wanted != getattr(self, "_range", None):
            self._range = wanted
            self.setRange(xRange=(0, x_max), yRange=y_range, padding=0.02)
