"""The Regression tab's live plots: the loss history, the data with the model's fit, the parameters.

Each curve is made once and then only given new data; the loss history lives in a numpy buffer
that doubles when full, and long histories are downsampled and clipped to the view.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from ..plots import Buffer, StepPlot, ThemedPlot, cache_axes, peak_decimate

DECADES_ABOVE_START = 2  # the loss axis reaches this many powers of ten above the first loss
# Learning-rate labels: the heights (part of the plot's height, from the bottom) a label may take,
# and how close (part of the run's length) two lines must be for their labels to take different ones.
MARKER_HEIGHTS = (0.8, 0.65, 0.5, 0.35)  # below the top line, where losses past it are marked
MARKER_NEAR = 0.25


class LossHistoryPlot(ThemedPlot):
    """Every loss against its step, log axis; learning-rate changes marked with vertical lines.

    The curve is one PlotCurveItem fed with log10 of a peak-decimated history (at most 800
    points), because redrawing 30,000 points through the general pipeline on the GUI thread takes
    the GIL from the training thread. After a divergence the axis stays readable: it shows whole
    powers of ten (no "×1e+27" multiplier) up to a few decades above the first loss, and losses
    past the top are drawn on it and marked with where they left.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("regressionLossPlot")
        axis = self.getAxis("left")
        axis.setLogMode(False, True)  # the data given is log10 of the loss
        axis.enableAutoSIPrefix(False)  # a log axis names its powers of ten; a multiplier only confuses
        self.setLabel("bottom", self.tr("step"))
        self.setLabel("left", self.tr("loss (log scale)"))
        # no grid: pyqtgraph repaints it with every frame, taking the GIL from the training thread
        cache_axes(self)
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(self.colors.accent, width=1.5), connect="finite")
        self.addItem(self.curve)
        self.beyond = pg.TextItem(anchor=(0, 0), color=self.colors.marker)  # "losses past the top"
        self.beyond.setVisible(False)
        self.addItem(self.beyond, ignoreBounds=True)
        self.losses = Buffer()
        self.markers: list[pg.InfiniteLine] = []
        self._range = None
        self._x_max = 16

    def reset(self) -> None:
        self.losses = Buffer()
        self._range = None
        self.curve.setData([], [])
        self.beyond.setVisible(False)
        for marker in self.markers:
            self.removeItem(marker)
        self.markers = []

    def add(self, losses, draw: bool = True) -> None:
        self.losses.extend(losses)
        if draw:
            self.draw()

    def draw(self, total: int | None = None) -> None:
        values = self.losses.values
        with np.errstate(divide="ignore", invalid="ignore"):
            logs = np.where(values > 0, np.log10(np.where(values > 0, values, 1.0)), np.nan)
        finite = logs[np.isfinite(logs)]
        # ranges that move in jumps (x to the run's length, y in whole decades): axes redraw rarely
        x_max = total or 2 ** int(np.ceil(np.log2(max(len(values), 16))))
        self._x_max = x_max
        if finite.size:
            top = min(int(np.ceil(finite.max())), int(np.ceil(finite[0])) + DECADES_ABOVE_START)
            y_range = (min(int(np.floor(finite.min())), top - 1), top)
        else:
            y_range = (-1, 1)
        past = np.flatnonzero(~(logs <= y_range[1]))  # above the top, inf or nan
        if past.size:
            logs = np.minimum(logs, y_range[1])  # drawn along the top edge
            self.beyond.setText(
                self.tr("↑ loss past 1e{power} from step {step:,}").format(
                    power=y_range[1], step=int(past[0])
                )
            )
            self.beyond.setPos(float(past[0]), y_range[1])
        self.beyond.setVisible(bool(past.size))
        xs, ys = peak_decimate(logs)
        self.curve.setData(xs, ys, connect="finite")
        wanted = (x_max, y_range)
        if wanted != self._range:
            self._range = wanted
            self.setRange(xRange=(0, x_max), yRange=y_range, padding=0.02)

    def mark(self, step: int, text: str) -> None:
        """A dashed line at ``step`` with ``text``; a label near another one is set lower, never on it."""
        for marker in self.markers:
            if marker.value() == step:  # the same step: the newer text replaces the older
                marker.label.setFormat(text)
                return
        near = MARKER_NEAR * self._x_max
        taken = {m.label.orthoPos for m in self.markers if abs(m.value() - step) < near}
        heights = [h for h in MARKER_HEIGHTS if h not in taken] or [MARKER_HEIGHTS[len(self.markers) % 4]]
        line = pg.InfiniteLine(
            pos=step,
            angle=90,
            pen=pg.mkPen(self.colors.marker, style=pg.QtCore.Qt.PenStyle.DashLine),
            label=text,
            labelOpts={"position": heights[0], "color": self.colors.marker},
        )
        self.addItem(line)
        self.markers.append(line)

    def recolour(self) -> None:
        self.curve.setPen(pg.mkPen(self.colors.accent, width=1.5))
        self.beyond.setColor(self.colors.marker)
        for marker in self.markers:
            marker.setPen(pg.mkPen(self.colors.marker, style=pg.QtCore.Qt.PenStyle.DashLine))
            marker.label.setColor(self.colors.marker)


class FitPlot(ThemedPlot):
    """The data as points and the model's prediction as a curve."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("regressionFitPlot")
        self.setLabel("bottom", "x")
        self.setLabel("left", "y")
        # no grid, as in the loss plot
        self.addLegend(offset=(10, 10), labelTextColor=self.colors.foreground)
        cache_axes(self)
        self.data = self.plot(
            [],
            [],
            pen=None,
            symbol="o",
            symbolSize=4,
            symbolBrush=self.colors.data,
            symbolPen=None,
            name=self.tr("data"),
        )
        self.fit = self.plot([], [], pen=pg.mkPen(self.colors.fit, width=2.5), name=self.tr("model"))
        # the data and the legend do not change during a run: paint them once into pixmaps
        self.data.scatter.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.getPlotItem().legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def show_data(self, x, y, samples: int = 400) -> None:
        n = len(x)
        index = np.linspace(0, n - 1, min(samples, n)).round().astype(int)
        xs, ys = np.asarray(x)[index], np.asarray(y)[index]
        self.data.setData(xs, ys)
        self.fit.setData([], [])
        finite = ys[np.isfinite(ys)]
        if finite.size:  # fixed to the data: the axes are not redrawn as the fit moves
            low, high = float(finite.min()), float(finite.max())
            pad = 0.1 * (high - low or 1.0)
            self.setRange(
                xRange=(float(xs.min()), float(xs.max())), yRange=(low - pad, high + pad), padding=0.02
            )

    def show_fit(self, xs, ys) -> None:
        self.fit.setData(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), connect="finite")

    def recolour(self) -> None:
        self.data.setSymbolBrush(self.colors.data)
        self.fit.setPen(pg.mkPen(self.colors.fit, width=2.5))


class ParameterPlot(StepPlot):
    """Each coefficient against the step, with its true value as a dashed line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("regressionParamPlot")
        self.setLabel("bottom", self.tr("step"))
        self.setLabel("left", self.tr("coefficient"))
        self.showGrid(x=True, y=True, alpha=self.colors.grid_alpha)
        self.addLegend(offset=(10, 10), labelTextColor=self.colors.foreground)
        cache_axes(self)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.truths: dict[str, pg.InfiniteLine] = {}  # each coefficient's true value
        self.values: dict[str, Buffer] = {}

    def reset(self, names: list[str], truth: dict[str, float]) -> None:
        self.clear()
        self.getPlotItem().legend.clear()
        self.curves, self.values, self.steps, self.truths = {}, {}, Buffer(256), {}
        for name in names:
            self.curves[name] = self.plot([], [], name=self.tr("coefficient of {name}").format(name=name))
            self.values[name] = Buffer(256)
            if name in truth:
                self.truths[name] = pg.InfiniteLine(pos=truth[name], angle=0)
                self.addItem(self.truths[name])
        self._colour_curves()

    def recolour(self) -> None:
        self.showGrid(x=True, y=True, alpha=self.colors.grid_alpha)
        self._colour_curves()

    def _colour_curves(self) -> None:
        palette = self.colors.curves
        for i, (name, curve) in enumerate(self.curves.items()):
            colour = palette[i % len(palette)]
            curve.setPen(pg.mkPen(colour, width=2))
            if name in self.truths:
                self.truths[name].setPen(pg.mkPen(colour, style=pg.QtCore.Qt.DashLine))

    def add(self, step: int, coefficients: list[tuple[str, float]]) -> None:
        """Record the coefficients; draw them only while the plot is on screen (drawing takes the GIL)."""
        if not self.curves:
            return
        self.steps.extend([step])
        for name, value in coefficients:
            if name in self.values:
                self.values[name].extend([value])
        self.draw_if_shown()

    def draw(self) -> None:
        for name, curve in self.curves.items():
            curve.setData(self.steps.values, self.values[name].values, connect="finite")
