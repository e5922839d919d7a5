"""File → Export Figure…: the current tab's main picture as a PNG image at twice its size, or an SVG drawing.

Each tab's picture is found from the window by objectName in PICTURES, so the tabs know nothing of
it. A plot is written by pyqtgraph's exporters (its own right-click Export menu stays as it is); the
Graph tab's canvas by its own ``figure`` (the whole graph, as its Export… button saves it). The
picture is made in memory and then written with Python's ``open``, so that a failure to write
raises an OSError with its reason (``files.why_not`` puts it in words).
"""

from __future__ import annotations

import importlib
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice
from PySide6.QtWidgets import QFileDialog, QWidget

from ..files import shown
from ..translation import translate

# The tab (by objectName) -> its main picture (by objectName): the graph, the map, the loss, the plane.
PICTURES = {
    "graphTab": "graphCanvas",
    "descentTab": "descentMap",
    "regressionTab": "regressionLossPlot",
    "classifyTab": "classifyPlanePlot",  # the plot inside the plane (classifyPlane), without its buttons
}

SUFFIXES = (".png", ".svg")
SCALE = 2  # a PNG has twice the picture's size on screen in each direction


class FigureError(ValueError):
    """A figure that cannot be made: a file name that is not .png or .svg, or a tab without a picture."""


def picture_of(tab: QWidget | None) -> QWidget | None:
    """The main picture of ``tab`` (a tab of the window), or None if it has none."""
    if tab is None or tab.objectName() not in PICTURES:
        return None
    return tab.findChild(QWidget, PICTURES[tab.objectName()])


def ask_path(parent: QWidget, name: str) -> str:
    """Where to save the figure ("" if the student cancels); a name without a suffix takes the filter's."""
    filters = QCoreApplication.translate("GraphCanvas", "PNG image (*.png);;SVG drawing (*.svg)")
    title = translate("figure_export", "Export Figure")
    path, chosen = QFileDialog.getSaveFileName(parent, title, f"{name}.png", filters)
    if path and not Path(path).suffix:
        path += ".svg" if "*.svg" in chosen else ".png"
    return path


def figure(picture: QWidget, suffix: str) -> bytes:
    """``picture`` as the bytes of a PNG image (``SCALE`` times its size) or an SVG drawing (``suffix``)."""
    import pyqtgraph as pg

    svg = suffix == ".svg"
    if isinstance(picture, pg.PlotWidget):
        return _plot_figure(picture, svg)
    if callable(getattr(picture, "figure", None)):  # the graph canvas draws its own
        return picture.figure(svg)
    raise FigureError(translate("figure_export", "This tab has no picture to export."))


def export_figure(tab: QWidget | None, path: str | Path) -> Path:
    """Write the main picture of ``tab`` to ``path``, as PNG or SVG by its suffix; returns the path.

    Raises FigureError for a suffix other than .png or .svg (nothing is written) or a tab without a
    picture, and OSError when the file cannot be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise FigureError(
            translate("figure_export", "{name} was not saved: a figure is a .png or an .svg file").format(
                name=shown(path)
            )
        )
    picture = picture_of(tab)
    if picture is None:
        raise FigureError(translate("figure_export", "This tab has no picture to export."))
    data = figure(picture, suffix)
    with open(path, "wb") as file:
        file.write(data)
    return path


def _plot_figure(plot, svg: bool) -> bytes:
    """The plot's whole view through pyqtgraph's exporters: SVG, or PNG at SCALE times the widget."""
    from pyqtgraph.exporters import ImageExporter, SVGExporter

    scene = plot.scene()
    if svg:
        with _closed_paths_tolerated():
            return SVGExporter(scene).export(toBytes=True)
    exporter = ImageExporter(scene)
    size = plot.rect().size()
    exporter.parameters()["width"] = SCALE * size.width()  # sets the height too, rounded down
    exporter.parameters().param("height").setValue(SCALE * size.height(), blockSignal=exporter.heightChanged)
    image = exporter.export(toBytes=True)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(translate("figure_export", "the picture could not be made"))
    return bytes(buffer.data())


@contextmanager
def _closed_paths_tolerated():
    """While pyqtgraph's SVG exporter runs, the "Z" that closes a path is taken out before it reads one.

    pyqtgraph 0.14 reads Qt's path data as "x,y" pairs and fails on a Z, which closes a ViewBox's
    outline (pyqtgraph issue #3485). Qt writes the line back to the start before a Z: outlines stay whole.
    """
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates

    def without_closing(node, *args, **kwargs):
        for path in node.getElementsByTagName("path"):
            data = path.getAttribute("d")
            if "Z" in data or "z" in data:
                path.setAttribute("d", " ".join(t for t in data.split() if t not in ("Z", "z")))
        return original(node, *args, **kwargs)

    module.correctCoordinates = without_closing
    try:
        yield
    finally:
        module.correctCoordinates = original
