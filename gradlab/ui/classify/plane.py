"""The plane of the Neural Network tab: the network's output as a heat map, its boundary, the points.

``PlaneView`` draws what it is given (a map over a grid, the points, the wrong points' pulls) and
turns the mouse and the keyboard into requests (add, move, remove a point; undo; open a point in
the Graph tab): the tab changes its model and gives the view the new points. Every item is made
once; a redraw only hands them new arrays (``setImage``, ``setData``).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from .. import theme
from . import palette
from .isolines import iso_lines
from .plane_plot import PlanePlot

MAX_DRAWN_POINTS = 5_000  # more points than this are drawn decimated (evenly over the data's order)
POINT_SIZES = ((500, 9), (2_000, 6), (MAX_DRAWN_POINTS, 4))  # (up to this many points, pixels)
PICK_PIXELS = 8  # how near (in pixels) a click must be to a point to be on it
PULL_SHARE = 0.12  # the longest pull arrow, as a share of the map's larger side
HEAD_SHARE = 0.3  # an arrow head, as a share of the longest arrow


class PlaneView(QWidget):
    """The points in the plane over the network's output; mouse and keys emit requests, never edits."""

    add_requested = Signal(float, float, int)  # x, y, label (+1 or -1)
    move_requested = Signal(int, float, float)  # point, new x, new y (when the drag ends)
    remove_requested = Signal(int)
    undo_requested = Signal()
    open_point_requested = Signal(int)  # in the Graph tab

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("classifyPlane")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot = PlanePlot(self)
        self.legend = QLabel(objectName="classifyPlaneLegend")
        self.note = QLabel(objectName="classifyPlaneNote")  # "showing 5,000 of 100,000 points"
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        theme.tint(self.note, "note")
        for label in (self.legend, self.note):  # a long class name never widens the window
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.legend, 1)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addLayout(row)
        self.menu: QMenu | None = None  # a point's context menu, while it is open
        # what it was given: the map's extent, the points, the pulls
        self.extent: tuple[float, float, float, float] | None = None
        self.xy = np.empty((0, 2))
        self.labels = np.empty(0, dtype=int)
        self.test_mask = np.empty(0, dtype=bool)
        self.classes = ("+1", "-1")
        self.shown = np.empty(0, dtype=int)  # the indices of the points drawn (all, or a decimated set)
        self.pull_list: list = []
        # what the mouse is doing: the point selected (for Delete), the point being dragged
        self.selected: int | None = None
        self.drag_index: int | None = None
        self.highlight_index: int | None = None  # given by the tab
        self._retranslate()

    # --- what the tab gives ------------------------------------------------------------------

    def set_map(self, xs, ys, values, level: float, margins: bool) -> None:
        """The output over the grid (``values[row, column]`` at ``ys[row]``, ``xs[column]``).

        Coloured around ``level`` (0 for a score, 0.5 for a sigmoid's output): a sigmoid's 0–1 in
        full, a score up to ±1, ±2 or ±3 (the smallest that holds it). The boundary is the line at
        ``level``; with ``margins``, dashed lines at ``level`` ± 1 too.
        """
        xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        values = np.asarray(values, dtype=float)
        finite = np.isfinite(values)
        if level == 0.5:
            half = 0.5
        else:
            largest = float(np.abs(values[finite] - level).max()) if finite.any() else 1.0
            half = float(min(3.0, max(1.0, np.ceil(largest))))
        shown = np.where(finite, values, level)
        plot = self.plot
        dx = (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
        dy = (ys[-1] - ys[0]) / max(len(ys) - 1, 1)
        extent = (float(xs[0]), float(xs[-1]), float(ys[0]), float(ys[-1]))
        # pixel centres on the grid's points
        rect = (
            extent[0] - dx / 2,
            extent[2] - dy / 2,
            extent[1] - extent[0] + dx,
            extent[3] - extent[2] + dy,
        )
        plot.image.set_values(shown, (level - half, level + half), rect)
        plot.boundary.setData(*iso_lines(values, xs, ys, level))
        if margins:
            low_x, low_y = iso_lines(values, xs, ys, level - 1)
            high_x, high_y = iso_lines(values, xs, ys, level + 1)
            plot.margins.setData(np.concatenate((low_x, high_x)), np.concatenate((low_y, high_y)))
        else:
            plot.margins.setData([], [])
        if extent != self.extent:  # a new part of the plane: show all of it (the user's zoom stays otherwise)
            self.extent = extent
            plot.setRange(xRange=extent[:2], yRange=extent[2:], padding=0.0)
        self._draw_pulls()

    def set_points(self, xy, labels, test_mask=None, classes=("+1", "-1")) -> None:
        """The points (n × 2), their labels (±1) and which are test points (drawn hollow)."""
        self.xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        n = len(self.xy)
        self.labels = np.asarray(labels, dtype=int).reshape(n)
        self.test_mask = np.zeros(n, bool) if test_mask is None else np.asarray(test_mask, bool).reshape(n)
        self.classes = (str(classes[0]), str(classes[1]))
        if n > MAX_DRAWN_POINTS:
            self.shown = np.unique(np.linspace(0, n - 1, MAX_DRAWN_POINTS).round().astype(int))
        else:
            self.shown = np.arange(n)
        self.shown = self.shown[np.isfinite(self.xy[self.shown]).all(axis=1)]  # inf and nan have no place
        self._show_note()
        xy, labels, tests = self.xy[self.shown], self.labels[self.shown], self.test_mask[self.shown]
        size = next(size for most, size in POINT_SIZES if len(xy) <= most)  # many points: smaller ones
        for (label, test), item in self.plot.points.items():
            chosen = (labels == label) & (tests == test)
            item.setData(pos=xy[chosen], size=size)
        if self.selected is not None and self.selected >= n:
            self.selected = None
        self._draw_rings()
        self._draw_pulls()
        self._show_legend()

    def set_pulls(self, pulls) -> None:
        """An arrow at each wrong point ``(i, dx, dy)``: the way point ``i`` pulls; [] takes them away.

        The longest is drawn a fixed share of the map's size, the others in proportion.
        """
        self.pull_list = [(int(i), float(dx), float(dy)) for i, dx, dy in pulls]
        self._draw_pulls()

    def set_highlight(self, index: int | None) -> None:
        """Ring one point (the one opened in the Graph tab, say), or none."""
        self.highlight_index = index
        self._draw_rings()

    # --- drawing -----------------------------------------------------------------------------

    def _draw_pulls(self) -> None:
        pulls = [(i, dx, dy) for i, dx, dy in self.pull_list if self._drawable(i) and (dx or dy)]
        if not pulls:
            self.plot.pulls.setData([], [])
            return
        index, direction = np.array([p[0] for p in pulls]), np.array([p[1:] for p in pulls], dtype=float)
        direction[~np.isfinite(direction)] = 0.0
        lengths = np.hypot(direction[:, 0], direction[:, 1])
        x0, x1, y0, y1 = self.extent or self._points_extent()
        longest = PULL_SHARE * max(x1 - x0, y1 - y0)
        scale = longest / lengths.max() if lengths.max() > 0 else 0.0
        start = self.xy[index]
        tip = start + direction * scale
        unit = direction / np.where(lengths > 0, lengths, 1)[:, None]
        head = HEAD_SHARE * np.minimum(lengths * scale, longest)[:, None]
        sides = [tip - head * _turned(unit, angle) for angle in (0.45, -0.45)]
        pairs = np.stack([start, tip, tip, sides[0], tip, sides[1]], 1).reshape(-1, 2)
        self.plot.pulls.setData(pairs[:, 0], pairs[:, 1])

    def _drawable(self, index: int) -> bool:
        return 0 <= index < len(self.xy) and bool(np.isfinite(self.xy[index]).all())

    def _points_extent(self) -> tuple[float, float, float, float]:
        """The drawn points' box (before any map is given), at least 1 wide and high."""
        if not len(self.shown):
            return (-1.0, 1.0, -1.0, 1.0)
        xy = self.xy[self.shown]
        low, high = xy.min(axis=0), xy.max(axis=0)
        return (low[0], max(high[0], low[0] + 1), low[1], max(high[1], low[1] + 1))

    def _draw_rings(self) -> None:
        for item, index in (
            (self.plot.selection, self.selected),
            (self.plot.highlight, self.highlight_index),
        ):
            if index is not None and self._drawable(index):
                item.setData(pos=self.xy[[index]])
            else:
                item.setData([], [])

    def _show_note(self) -> None:
        n = len(self.xy)
        text = ""
        if len(self.shown) < n:
            text = self.tr("showing {shown:,} of {total:,} points").format(shown=len(self.shown), total=n)
        self.note.setText(text)
        self.note.setToolTip(text)  # whole, where a narrow plane cuts it

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("The plane: the points over the network's output"))
        self.setAccessibleDescription(
            self.tr(
                "Click to add a point of class +1, right-click or Shift+click for class −1; drag a point "
                "to move it; click a point and press Delete to remove it; Ctrl+Z undoes"
            )
        )
        self._show_note()
        self._show_legend()

    def _show_legend(self) -> None:
        colours = palette.colors(theme.of(self.palette()))
        plus, minus = (html.escape(name) for name in self.classes)
        text = (
            f'<span style="color:{colours.positive}">●</span> {plus} &nbsp; '
            f'<span style="color:{colours.negative}">■</span> {minus}'
        )
        if self.test_mask.any():
            text += " &nbsp; " + html.escape(self.tr("hollow: test points"))
        self.legend.setText(text)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_legend()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    # --- the mouse ---------------------------------------------------------------------------

    def point_at(self, scene_pos) -> int | None:
        """The drawn point nearest ``scene_pos`` within PICK_PIXELS, or None (empty space)."""
        if not len(self.shown):
            return None
        box = self.plot.getViewBox()
        here = box.mapSceneToView(scene_pos)
        width, height = box.viewPixelSize()
        xy = self.xy[self.shown]
        pixels = np.hypot((xy[:, 0] - here.x()) / width, (xy[:, 1] - here.y()) / height)
        pixels[~np.isfinite(pixels)] = np.inf
        nearest = int(np.argmin(pixels))
        return int(self.shown[nearest]) if pixels[nearest] <= PICK_PIXELS else None

    def clicked_at(self, event) -> bool:
        """A click on the plot: select a point, open its menu, or ask for a new one. True if taken."""
        button, shift = event.button(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton) or event.double():
            return False
        event.accept()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        index = self.point_at(event.scenePos())
        if index is not None:
            self.selected = index
            self._draw_rings()
            if button == Qt.MouseButton.RightButton:
                self._open_menu(index, event.screenPos())
            return True
        self.selected = None
        self._draw_rings()
        where = self.plot.getViewBox().mapSceneToView(event.scenePos())
        label = -1 if button == Qt.MouseButton.RightButton or shift else 1
        self.add_requested.emit(where.x(), where.y(), label)
        return True

    def dragged(self, event) -> bool:
        """A left drag that starts on a point moves it (drawn as it goes, asked for on release)."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if event.isStart():
            self.drag_index = self.point_at(event.buttonDownScenePos())
            if self.drag_index is None:
                return False  # empty space: the plot pans
            self.selected = self.drag_index
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self.drag_index is None:
            return False
        event.accept()
        where = self.plot.getViewBox().mapSceneToView(event.scenePos())
        if event.isFinish():
            index, self.drag_index = self.drag_index, None
            self.plot.dragging.setData([], [])
            self.move_requested.emit(index, where.x(), where.y())
        else:
            self.plot.dragging.setData([where.x()], [where.y()])
        self._draw_rings()
        return True

    def _open_menu(self, index: int, screen_pos) -> None:
        if self.menu is not None:
            self.menu.deleteLater()  # one menu at a time, not one more child per right-click
        self.menu = QMenu(self)
        self.menu.setObjectName("classifyPointMenu")
        graph = self.menu.addAction(self.tr("Open this point in the Graph tab"))
        graph.setObjectName("classifyOpenPointAction")
        graph.triggered.connect(lambda: self.open_point_requested.emit(index))
        remove = self.menu.addAction(self.tr("Remove point"))
        remove.setObjectName("classifyRemovePointAction")
        remove.triggered.connect(lambda: self._remove(index))
        self.menu.popup(QCursor.pos() if screen_pos is None else screen_pos.toPoint())

    # --- the keyboard ------------------------------------------------------------------------

    def event(self, event) -> bool:
        # take Delete and Ctrl+Z before a window's shortcut does, while this view has the focus
        if event.type() == QEvent.Type.ShortcutOverride and self._is_ours(event):
            event.accept()
            return True
        return super().event(event)

    def _is_ours(self, event) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo):
            return True
        return event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None:
            self._remove(self.selected)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and len(self.xy):
            step = 1 if key == Qt.Key.Key_Right else -1
            start = self.selected if self.selected is not None else (-1 if step > 0 else 0)
            self.selected = (start + step) % len(self.xy)
            self._draw_rings()
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.selected = None
            self._draw_rings()
        else:
            super().keyPressEvent(event)

    def _remove(self, index: int) -> None:
        self.selected = None
        self._draw_rings()
        self.remove_requested.emit(index)

    def scene_position(self, x: float, y: float) -> QPointF:
        """Where the data point (x, y) is in the plot's scene (for tests and tools that click on it)."""
        return self.plot.getViewBox().mapViewToScene(QPointF(x, y))


def _turned(unit: np.ndarray, angle: float) -> np.ndarray:
    """Each row of ``unit`` turned by ``angle`` radians."""
    c, s = np.cos(angle), np.sin(angle)
    return np.stack([c * unit[:, 0] - s * unit[:, 1], s * unit[:, 0] + c * unit[:, 1]], -1)
