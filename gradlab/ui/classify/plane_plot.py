"""The plane's plot and its items: the heat map, the boundary and margins, the points, arrows and rings.

Every item is made once, here; ``PlaneView`` only gives them new data. The view box hands clicks
and drags to the PlaneView first, so that a click can add a point and a drag can move one.

Drawn 20 times a second while the worker trains, so the parts that change each frame (the map,
the boundary, the margins, the pulls) are Qt's own items (``QGraphicsPixmapItem``,
``QGraphicsPathItem``), which paint in C++: a pyqtgraph item paints in Python, and any Python on
the GUI thread holds the interpreter's lock that the training thread needs between its torch
calls. The points, which do not change during a run, are painted once into a pixmap and reused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainterPath, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsPixmapItem, QGraphicsView

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

    def updateViewRange(self, forceX=False, forceY=False) -> None:  # noqa: N802, N803 - pyqtgraph's names
        # pyqtgraph defers this to its view's paintEvent, which PlanePlot leaves out: done at once
        super().updateViewRange(forceX, forceY)
        self.updateMatrix()


class Spots(pg.ScatterPlotItem):
    """Points that leave every click to the view box (it picks the nearest point itself)."""

    def mouseClickEvent(self, event) -> None:  # noqa: N802 - pyqtgraph's name
        event.ignore()

    def setData(self, *args, **kwargs) -> None:  # noqa: N802 - pyqtgraph's name
        super().setData(*args, **kwargs)
        self.setVisible(len(self.data) > 0)  # an empty item costs a paint all the same


class HeatMap(QGraphicsPixmapItem):
    """Values over a grid coloured through a 256-colour table between two levels, one pixel a value."""

    def __init__(self):
        super().__init__()
        self.lut = np.zeros((256, 4), np.uint8)
        self.levels: tuple[float, float] = (0.0, 1.0)
        self.image: np.ndarray | None = None  # the values shown (rows over y, columns over x)
        self._rect: tuple[float, float, float, float] | None = None

    def setLookupTable(self, lut: np.ndarray) -> None:  # noqa: N802 - as pyqtgraph's ImageItem
        self.lut = np.ascontiguousarray(lut, dtype=np.uint8)
        if self.image is not None:
            self.set_values(self.image, self.levels)

    def set_values(self, values: np.ndarray, levels: tuple[float, float], rect=None) -> None:
        """Show ``values`` (finite), coloured from ``levels[0]`` to ``levels[1]``, over ``rect`` (x, y, w, h).

        ``rect`` None: where the last one put it.
        """
        low, high = float(levels[0]), float(levels[1])
        self.image, self.levels = values, (low, high)
        scaled = (values - low) * (256.0 / (high - low))
        index = np.clip(scaled, 0, 255, out=scaled).astype(np.uint8)
        rgba = np.take(self.lut, index, axis=0)  # rows × columns × 4, row 0 at the bottom (y up)
        rows, columns = index.shape
        picture = QImage(rgba.data, columns, rows, 4 * columns, QImage.Format.Format_RGBA8888)
        self.setPixmap(QPixmap.fromImage(picture))  # copied: rgba may go
        if rect is not None and rect != self._rect:
            self._rect = rect
            x, y, width, height = rect
            self.setTransform(QTransform(width / columns, 0, 0, height / rows, x, y))


class Lines(QGraphicsPathItem):
    """Polylines given as x and y arrays (nan between two lines, or pairs): pyqtgraph's curve data."""

    def __init__(self, connect: str):
        super().__init__()
        self.connect = connect  # "finite" or "pairs", as pyqtgraph's arrayToQPath reads it
        self.x, self.y = np.empty(0), np.empty(0)

    def setData(self, x, y) -> None:  # noqa: N802 - as pyqtgraph's curves
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if len(self.x):
            self.setPath(pg.arrayToQPath(self.x, self.y, connect=self.connect))
        else:
            self.setPath(QPainterPath())
        self.setVisible(len(self.x) > 0)

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 - as pyqtgraph's curves
        return self.x, self.y


class PlanePlot(ThemedPlot):
    """The plot: the heat map, the boundary and margins, four sets of points, arrows and rings."""

    # Qt's own paint: pyqtgraph's only emits prepareForPaint first, which PlaneBox does not need
    # (it updates its matrix at once), and a Python paintEvent would hold the interpreter's lock
    # through the whole scene's C++ painting
    paintEvent = QGraphicsView.paintEvent  # noqa: N815 - Qt's name

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
        self.image = HeatMap()
        self.image.setZValue(-10)
        self.boundary = Lines("finite")
        self.margins = Lines("finite")
        self.pulls = Lines("pairs")
        # (class, test): +1 train, +1 test, -1 train, -1 test
        self.points = {key: Spots(size=9) for key in ((1, False), (1, True), (-1, False), (-1, True))}
        for item in self.points.values():  # unchanged during a run: painted once, then copied
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.dragging = Spots(size=11)
        self.selection = Spots(size=18, symbol="o", brush=None)
        self.highlight = Spots(size=24, symbol="o", brush=None)
        for item in (self.image, self.margins, self.boundary, self.pulls, *self.points.values()):
            self.addItem(item)
        for item in (self.selection, self.highlight, self.dragging):
            self.addItem(item)
            item.setData([], [])
        for item in (self.margins, self.boundary, self.pulls):
            item.setData([], [])
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
