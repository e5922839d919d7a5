"""What every tab's plots share: theme colours, cached axes, step plots, a growing buffer, peak decimation."""

from __future__ import annotations

import math
import types
import warnings

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem

from . import theme, zoom

LEGEND_POINTS = 9.0  # pyqtgraph's legend text at 100%
TITLE_HEIGHT = 30  # pyqtgraph's title row at 100%, in pixels


def cache_axes(plot: pg.PlotWidget) -> None:
    """Paint each axis into a pixmap and reuse it until the axis changes (replaying text is slow)."""
    for name in ("left", "bottom"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class ThemedPlot(pg.PlotWidget):
    """A PlotWidget in the theme's colours (``self.colors``), recoloured when the palette changes.

    Subclasses draw their items in ``self.colors`` and recolour them in ``recolour()``; that runs
    only when the theme changes, never per frame.
    """

    colors: theme.PlotColors | None = None  # None while PlotWidget.__init__ runs

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self.colors = theme.plot_colors(theme.of(self.palette()))
        self._title_points: float | None = None  # a title's own size at 100% (setTitle's ``size``)
        theme.style_plot(self, self.colors)
        if zoom.factor() != 1.0:
            scale_plot_fonts(self)

    def addLegend(self, *args, **kwargs) -> pg.LegendItem:
        """A legend shown only where it fits inside the plot, never cut at the plot's edge.

        A legend wider than a narrow plot (the Descent tab's at 1024 px) is hidden instead; the
        curves' colours are named wherever the tabs list what they draw (their tables, settings).
        """
        legend = self.getPlotItem().addLegend(*args, **kwargs)
        legend.setLabelTextSize(f"{zoom.scaled(LEGEND_POINTS):g}pt")
        # checked in the next turn, once for any number of changes
        self._legend_check = QTimer(self, singleShot=True, interval=0)
        self._legend_check.timeout.connect(self.fit_legend)
        check = self._legend_check
        self.getPlotItem().vb.sigResized.connect(lambda _box: check.start())
        return legend

    def plot(self, *args, **kwargs) -> pg.PlotDataItem:
        item = self.getPlotItem().plot(*args, **kwargs)
        if kwargs.get("name"):
            self.legend_changed()
        return item

    def legend_changed(self) -> None:
        """The legend's names changed (added, renamed, translated): fit it again, in the next turn."""
        check = getattr(self, "_legend_check", None)  # made with the legend (addLegend)
        if check is not None:
            check.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.legend_changed()

    def fit_legend(self) -> None:
        """Size the legend to its names (they may have been renamed), then show it if it fits.

        Only while the plot is on screen (a closed one's items are gone); it is checked when shown.
        """
        if not self.isVisible():
            return
        legend = self.getPlotItem().legend
        legend.updateSize()
        box, size = self.getPlotItem().vb.boundingRect(), legend.boundingRect()
        fits = size.width() + 20 <= box.width() and size.height() + 20 <= box.height()
        if legend.isVisible() != fits:
            legend.setVisible(fits)

    def setTitle(self, title=None, **args) -> None:
        """PlotItem's ``setTitle``; a ``size`` given ("9pt") is the title's size at 100%, zoomed."""
        size = args.get("size")
        if isinstance(size, str) and size.endswith("pt"):
            self._title_points = float(size[:-2])
            args["size"] = f"{zoom.scaled(self._title_points):g}pt"
        self.getPlotItem().setTitle(title, **args)
        if title is not None and zoom.factor() != 1.0:
            scale_plot_fonts(self)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.colors is not None:
            scale_plot_fonts(self)  # the window's zoom changed the application's font
        if event.type() == QEvent.Type.PaletteChange and self.colors is not None:
            colors = theme.plot_colors(theme.of(self.palette()))
            if colors is not self.colors:
                self.colors = colors
                self.recolour()
                theme.style_plot(self, colors)

    def recolour(self) -> None:
        """Give this plot's own items ``self.colors`` (the background, axes and legend are done)."""


def scale_plot_fonts(plot: ThemedPlot) -> None:
    """The plot's texts at the window's zoom: tick labels, axis titles, legend, title and text items.

    pyqtgraph draws its texts in fonts of its own, which the application's font does not reach.
    """
    item = plot.getPlotItem()
    font = QFont(plot.font())  # the application's, zoomed
    points = f"{font.pointSizeF():g}pt" if font.pointSizeF() > 0 else f"{font.pixelSize()}px"
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setTickFont(font)
        axis.setTickDensity(zoom.factor() ** -0.5)  # as many ticks as the axis held at 100%, for its length
        if "tickSpacing" not in vars(axis):
            axis.tickSpacing = types.MethodType(_roomy_tick_spacing, axis)
        if axis.labelStyle.get("font-size") != points:
            shown = axis.label.isVisibleTo(axis)
            axis.setLabel(axis.labelText, axis.labelUnits, **{**axis.labelStyle, "font-size": points})
            axis.showLabel(shown)
    if item.legend is not None:
        item.legend.setLabelTextSize(f"{zoom.scaled(LEGEND_POINTS):g}pt")
        for _sample, label in item.legend.items:
            label.setText(label.text)  # rendered again at that size
        plot.fit_legend()  # sized again; shown only if it still fits
    title = item.titleLabel
    title.setAttr("size", f"{zoom.scaled(plot._title_points):g}pt" if plot._title_points else points)
    if title.isVisible():
        height = round(zoom.scaled(TITLE_HEIGHT))
        title.setMaximumHeight(height)
        item.layout.setRowFixedHeight(0, height)
        title.setText(title.text)
    for child in item.getViewBox().addedItems:
        if isinstance(child, pg.TextItem):
            child.setFont(font)


def _roomy_tick_spacing(axis: pg.AxisItem, low: float, high: float, size: float) -> list:
    """The axis's tick spacing, its labelled step widened (1, 2, 5, 10, …) until zoomed labels fit.

    pyqtgraph always labels its first level, two or more intervals whatever the text's size: a small
    plot at 200% would print "0.20.40.60.8". At 100% its spacing is kept as it is.
    """
    levels = pg.AxisItem.tickSpacing(axis, low, high, size)
    span = abs(high - low)
    if zoom.factor() == 1.0 or not levels or span == 0:
        return levels
    metrics = QFontMetricsF(axis.style["tickFont"] or QFont())
    across = axis.orientation in ("bottom", "top")
    label = metrics.horizontalAdvance("−0.00") + metrics.averageCharWidth()
    room = label if across else 1.6 * metrics.height()
    most = max(2, int(size // room))  # how many labels the axis has room for
    spacing = levels[0][0]
    while span / spacing > most:
        spacing = _next_step(spacing)
    if spacing == levels[0][0]:
        return levels
    return [(spacing, 0), *(level for level in levels[1:] if level[0] < spacing)]


def _next_step(spacing: float) -> float:
    """The next of 1, 2, 5, 10, 20, … (times a power of ten) above ``spacing``."""
    power = 10.0 ** math.floor(math.log10(spacing))
    mantissa = spacing / power
    for step in (2, 5, 10):
        if mantissa < step * 0.999:
            return step * power
    return 20 * power


class StepPlot(ThemedPlot):
    """Values recorded against the step all along, drawn only while the plot is on screen.

    Drawing takes the GIL from the training thread, so a hidden plot only records; it draws what it
    holds when it is shown. A subclass keeps its curves' buffers beside ``steps`` and draws them in
    ``draw``.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.steps = Buffer(256)

    def draw(self) -> None:
        """Give every curve what is recorded (the subclass's)."""

    def draw_if_shown(self) -> None:
        if self.isVisible():
            self.draw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.draw()


class Buffer:
    """A growing float array (doubles when full), so appending a batch is cheap."""

    def __init__(self, capacity: int = 4096):
        self._data = np.empty(capacity)
        self.size = 0

    def extend(self, values) -> None:
        values = np.asarray(values, dtype=float)
        if self.size + len(values) > len(self._data):  # one copy, however much comes at once
            grown = np.empty(max(2 * len(self._data), self.size + len(values)))
            grown[: self.size] = self._data[: self.size]
            self._data = grown
        self._data[self.size : self.size + len(values)] = values
        self.size += len(values)

    @property
    def values(self) -> np.ndarray:
        return self._data[: self.size]


def peak_decimate(values: np.ndarray, bins: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """At most 2 × ``bins`` points that keep every bin's lowest and highest value (spikes stay visible)."""
    n = len(values)
    steps = np.arange(n, dtype=float)
    if n <= 2 * bins:
        return steps, values
    width = n // bins
    usable = width * bins
    blocks = values[:usable].reshape(bins, width)
    with warnings.catch_warnings():  # a bin of nan only (a run past its end) stays nan, quietly
        warnings.simplefilter("ignore", RuntimeWarning)  # np.errstate does not cover "All-NaN slice"
        low, high = np.nanmin(blocks, axis=1), np.nanmax(blocks, axis=1)
    xs = steps[:usable].reshape(bins, width)[:, [0, -1]].ravel()
    ys = np.column_stack([low, high]).ravel()
    return np.concatenate([xs, steps[usable:]]), np.concatenate([ys, values[usable:]])
