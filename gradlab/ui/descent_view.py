"""The Gradient Descent tab's plots: the function's map with every optimizer's path, and the losses.

Curves are made once and then only given new data (pyqtgraph's scrollingPlots pattern); the tab
redraws them from a timer, never at the rate steps are computed.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal

if TYPE_CHECKING:  # torch loads after the window appears; these are only annotations here
    from ..descent import Objective, Run

COLOURS = {
    "sgd": "#d62728",
    "momentum": "#1f77b4",
    "nesterov": "#17becf",
    "adagrad": "#9467bd",
    "rmsprop": "#ff7f0e",
    "adam": "#2ca02c",
}


class FunctionMap(pg.PlotWidget):
    """f as a heat map with contour lines (two variables) or a curve (one variable), runs drawn on it."""

    clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("descentMap")
        self.showGrid(x=True, y=True, alpha=0.15)
        self.image: pg.ImageItem | None = None
        self.region = (-1.0, 1.0, -1.0, 1.0)
        self.objective: Objective | None = None
        self.paths: dict[str, pg.PlotDataItem] = {}
        self.points: dict[str, pg.ScatterPlotItem] = {}
        self.arrows: dict[str, pg.PlotDataItem] = {}
        self.heads: dict[str, pg.ArrowItem] = {}
        self.scene().sigMouseClicked.connect(self._on_click)

    def show_function(self, objective: Objective, region) -> None:
        """Draw f over ``region`` (xmin, xmax, ymin, ymax): evaluated on a grid in one go."""
        self.clear()
        self.paths, self.points, self.arrows, self.heads = {}, {}, {}, {}
        self.objective, self.region = objective, region
        xmin, xmax, ymin, ymax = region
        if objective.dims == 2:
            xs, ys, values = objective.grid(region, 200)
            shade = _shade(values)
            self.image = pg.ImageItem(shade)
            self.image.setColorMap(pg.colormap.get("viridis"))
            self.image.setRect(xmin, ymin, xmax - xmin, ymax - ymin)
            self.image.setZValue(-10)
            self.addItem(self.image)
            finite = shade[np.isfinite(shade)]
            if finite.size:
                for level in np.linspace(finite.min(), finite.max(), 14)[1:-1]:
                    curve = pg.IsocurveItem(data=np.nan_to_num(shade, nan=finite.max()), level=level)
                    curve.setPen(pg.mkPen((255, 255, 255, 110), width=1))
                    curve.setTransform(self.image.transform())
                    curve.setZValue(-5)
                    self.addItem(curve)
            self.setLabel("left", "y")
        else:
            xs, _, values = objective.grid(region, 400)
            self.image = None
            self.plot(xs, np.where(np.isfinite(values), values, np.nan), pen=pg.mkPen("#444", width=2))
            self.setLabel("left", "f(x)")
        self.setLabel("bottom", "x")
        self.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)

    def show_runs(self, runs: dict[str, Run]) -> None:
        """Each run's path, its current point, and its negative gradient (or tangent, in one variable)."""
        for kind, run in runs.items():
            colour = COLOURS[kind]
            if kind not in self.paths:
                self.paths[kind] = self.plot([], [], pen=pg.mkPen(colour, width=2), connect="finite")
                self.points[kind] = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(colour), pen=pg.mkPen("w"))
                self.arrows[kind] = self.plot(
                    [], [], pen=pg.mkPen(colour, width=2, style=pg.QtCore.Qt.DashLine)
                )
                self.heads[kind] = pg.ArrowItem(pen=pg.mkPen(colour), brush=pg.mkBrush(colour), headLen=12)
                self.addItem(self.points[kind])
                self.addItem(self.heads[kind])
            points = run.path.points
            if self.objective is not None and self.objective.dims == 1:
                self._show_1d(kind, run, points)
            else:
                self._show_2d(kind, run, points)

    def _show_2d(self, kind: str, run: Run, points: np.ndarray) -> None:
        if len(points):
            self.paths[kind].setData(points[:, 0], points[:, 1])
        here = points[-1] if len(points) else run.position
        if not np.all(np.isfinite(here)):
            here = points[np.isfinite(points).all(axis=1)][-1] if len(points) > 1 else run.position
        self.points[kind].setData([here[0]], [here[1]])
        g = run.gradient
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
        value = float(run.path.values[-1]) if run.path.size else self.objective.value((here,))
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
        """An arrow head at ``tip`` pointing away from ``base``, measured in pixels (axes are unequal)."""
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


def _shade(values: np.ndarray) -> np.ndarray:
    """Colour by log(1 + f - min): long valleys and steep walls both stay visible."""
    finite = np.isfinite(values)
    if not finite.any():
        return np.zeros_like(values)
    low = values[finite].min()
    with np.errstate(invalid="ignore", over="ignore"):
        return np.where(finite, np.log1p(np.clip(values - low, 0, None)), np.nan)


class LossPlot(pg.PlotWidget):
    """f against the step on a log axis, one curve per optimizer."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("descentLossPlot")
        self.setLogMode(y=True)
        self.setLabel("bottom", "step")
        self.setLabel("left", "f (log scale)")
        self.getPlotItem().getAxis("left").setToolTip(
            "Values at or below 0 have no logarithm and are not drawn"
        )
        self.showGrid(x=True, y=True, alpha=0.2)
        self.addLegend(offset=(-10, 10))
        self.setDownsampling(auto=True, mode="peak")
        self.setClipToView(True)
        self.curves: dict[str, pg.PlotDataItem] = {}

    def reset(self) -> None:
        for curve in self.curves.values():
            self.removeItem(curve)
        self.curves = {}
        self.getPlotItem().legend.clear()

    def show_runs(self, runs: dict[str, Run], names: dict[str, str]) -> None:
        for kind, run in runs.items():
            if kind not in self.curves:
                self.curves[kind] = self.plot([], [], pen=pg.mkPen(COLOURS[kind], width=2), name=names[kind])
            values = run.path.values
            positive = np.where(values > 0, values, np.nan)
            self.curves[kind].setData(np.arange(len(values)), positive, connect="finite")
