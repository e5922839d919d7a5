"""The plane's plot and its items: the heat map, the boundary and margins, the points, arrows and rings.

Every item is made once, here; ``PlaneView`` only gives them new data. The view box hands clicks
and drags to the PlaneView first, so that a click can add a point and a drag can move one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt

from .. import theme
from ..plots import ThemedPlot, cache_axes
from . import palette

if TYPE_CHECKING:
    from .plane import PlaneView


class PlaneBox(pg.ViewBox):
    """A ViewBox that hands clicks and drags to the plane first (pans and zooms with what is left)."""

    def __init__(self, plane: PlaneView):
        super().__init__()
        self.plane = plane
        self.setMenuEnabled(False)  # right-click means "add a −1 point" or "this point's menu"

    def mouseClickEvent(self, event) -> None:  # noqa: N802 - pyqtgraph's name
        if not self.plane.clicked_at(event):
            super().mouseClickEvent(event)

    def mouseDragEvent(self, event, axis=None) -> None:  # noqa: N802 - pyqtgraph's name
        if not self.plane.dragged(event):
            super().mouseDragEvent(event, axis)


class Spots(pg.ScatterPlotItem):
    """Points that leave every click to the view box (it picks the nearest point itself)."""

    def mouseClickEvent(self, event) -> None:  # noqa: N802 - pyqtgraph's name
        event.ignore()


class PlanePlot(ThemedPlot):
    """The plot: the heat map, the boundary and margins, four sets of points, arrows and rings."""

    def __init__(self, plane: PlaneView):
        super().__init__(viewBox=PlaneBox(plane))
        self.setObjectName("classifyPlanePlot")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys go to the PlaneView around it
        self.getPlotItem().setMenuEnabled(False)
        self.getPlotItem().hideButtons()
        self.getViewBox().setAspectLocked(True)  # a circle of points looks round
        self.getViewBox().disableAutoRange()
        self.setLabel("bottom", "x1")
        self.setLabel("left", "x2")
        cache_axes(self)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.boundary = pg.PlotCurveItem(connect="finite")
        self.margins = pg.PlotCurveItem(connect="finite")
        self.pulls = pg.PlotCurveItem(connect="pairs")
        # (class, test): +1 train, +1 test, -1 train, -1 test
        self.points = {key: Spots(size=9) for key in ((1, False), (1, True), (-1, False), (-1, True))}
        self.dragging = Spots(size=11)
        self.selection = Spots(size=18, symbol="o", brush=None)
        self.highlight = Spots(size=24, symbol="o", brush=None)
        for item in (self.image, self.margins, self.boundary, self.pulls, *self.points.values()):
            self.addItem(item)
        for item in (self.selection, self.highlight, self.dragging):
            self.addItem(item)
        self.recolour()

    def recolour(self) -> None:
        effective = theme.of(self.palette())
        colours = palette.colors(effective)
        self.image.setLookupTable(palette.diverging_lut(effective, strength=0.55))
        self.boundary.setPen(pg.mkPen(colours.boundary, width=2))
        self.margins.setPen(pg.mkPen(colours.boundary, width=1, style=Qt.PenStyle.DashLine))
        self.pulls.setPen(pg.mkPen(colours.pull, width=2))
        for (label, test), item in self.points.items():
            hue = colours.positive if label > 0 else colours.negative
            symbol = "o" if label > 0 else "s"
            if test:  # hollow: the background shows through
                item.setSymbol(symbol)
                item.setPen(pg.mkPen(hue, width=2))
                item.setBrush(pg.mkBrush(None))
            else:
                item.setSymbol(symbol)
                item.setPen(pg.mkPen(colours.outline, width=1))
                item.setBrush(pg.mkBrush(hue))
        self.dragging.setPen(pg.mkPen(colours.selection, width=1.5))
        self.dragging.setBrush(pg.mkBrush(colours.selection))
        self.selection.setPen(pg.mkPen(colours.selection, width=2))
        self.highlight.setPen(pg.mkPen(colours.highlight, width=3))
