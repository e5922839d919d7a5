"""The plane of the Neural Network tab: the network's output as a heat map, its boundary, the points.

``PlaneView`` draws what it is given (a map over a grid, the points, the wrong points' pulls) and
turns the mouse and the keyboard into requests (add, move, remove a point; undo; open a point in
the Graph tab): the tab changes its model and gives the view the new points. Every item is made
once; a redraw only hands them new arrays (``setImage``, ``setData``).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from .. import theme
from ..widgets import MessageLabel
from . import palette
from .isolines import iso_lines
from .keys import ColourBar, plane_key
from .plane_keys import PlaneKeys
from .plane_plot import PlanePlot

MAX_DRAWN_POINTS = 5_000  # more points than this are drawn decimated (evenly over the data's order)
POINT_SIZES = ((500, 9), (2_000, 6), (MAX_DRAWN_POINTS, 4))  # (up to this many points, pixels)
PICK_PIXELS = 8  # how near (in pixels) a click must be to a point to be on it
PULL_SHARE = 0.12  # the longest pull arrow, as a share of the map's larger side
HEAD_SHARE = 0.3  # an arrow head, as a share of the longest arrow
EXTENT_WAIT_MS = 120  # a zoom or a pan asks for a new map once it has rested this long


class PlaneView(PlaneKeys, QWidget):
    """The points in the plane over the network's output; mouse and keys emit requests, never edits."""

    add_requested = Signal(float, float, int)  # x, y, label (+1 or -1)
    move_requested = Signal(int, float, float)  # point, new x, new y (when the drag ends)
    remove_requested = Signal(int)
    undo_requested = Signal()
    open_point_requested = Signal(int)  # in the Graph tab
    # the part of the plane shown changed (a zoom, a pan, Fit): a map over it is wanted
    extent_changed = Signal(float, float, float, float)  # x0, x1, y0, y1

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("classifyPlane")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot = PlanePlot(self)
        # the view shows the map's extent, whatever the plot's shape: no band without a map
        self.plot.getViewBox().setAspectLocked(False)
        self.legend = QLabel(objectName="classifyPlaneLegend")
        self.legend.setWordWrap(True)  # never cut: a narrow plane wraps it
        self.note = QLabel(objectName="classifyPlaneNote")  # "showing 5,000 of 100,000 points"
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        theme.tint(self.note, "note")
        for label in (self.legend, self.note):  # a long class name never widens the window
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            label.setSizePolicy(policy)
        self.fit_button = QToolButton(objectName="classifyPlaneFit")
        self.fit_button.clicked.connect(self.fit)
        self.colour_bar = ColourBar()
        self.key = MessageLabel(objectName="classifyPlaneKey", max_lines=2)
        theme.tint(self.key, "note")
        row = QHBoxLayout()
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.legend, 1)
        row.addWidget(self.note, 1)
        row.addWidget(self.fit_button)
        key_row = QHBoxLayout()
        key_row.setContentsMargins(4, 0, 4, 0)
        key_row.addWidget(self.colour_bar, 0, Qt.AlignmentFlag.AlignTop)
        key_row.addWidget(self.key, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addLayout(row)
        layout.addLayout(key_row)
        self.menu: QMenu | None = None  # a point's context menu, while it is open
        # what it was given: the map's extent, the points, the pulls
        self.extent: tuple[float, float, float, float] | None = None
        self.home: tuple[float, float, float, float] | None = None  # the data's map: what Fit shows
        self.asked: tuple[float, float, float, float] | None = None  # the extent extent_changed gave
        self.fit_pending = True  # new data: the next map is shown whole
        self.select_added = False  # a point added by a key becomes the selected one
        self._extent_timer = QTimer(self, singleShot=True, interval=EXTENT_WAIT_MS)
        self._extent_timer.timeout.connect(self._ask_for_shown_extent)
        self.plot.getViewBox().sigRangeChangedManually.connect(lambda *_: self._extent_timer.start())
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
        asked = self.asked is not None and _same(extent, self.asked)
        if extent != self.home and not asked:  # the data's own map (not one the view asked for)
            self.home = extent
            self.fit_pending = True
        self.extent = extent
        if self.fit_pending:  # new data, a new run, or Fit: all of the map, and only the map
            self.fit_pending = False
            self._show_range(self.home or extent)
        self._draw_pulls()

    def fit(self) -> None:
        """Show the data's whole map again (the Fit button, Home); asks for that map if another is shown."""
        home = self.home or self.extent or self._points_extent()
        self._extent_timer.stop()
        self._show_range(home)
        if self.extent is not None and home != self.extent:
            self.asked = home
            self.extent_changed.emit(*home)

    def fit_next_map(self) -> None:
        """Show the next map whole (the tab calls it for a new run), whatever the user zoomed to."""
        self.fit_pending = True
        self.asked = None

    def shown_extent(self) -> tuple[float, float, float, float]:
        """The part of the plane the plot shows now: x0, x1, y0, y1."""
        (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
        return (float(x0), float(x1), float(y0), float(y1))

    def _show_range(self, extent) -> None:
        self.plot.setRange(xRange=extent[:2], yRange=extent[2:], padding=0.0)

    def _ask_for_shown_extent(self) -> None:
        shown = self.shown_extent()
        if shown != self.extent:
            self.asked = shown
            self.extent_changed.emit(*shown)

    def set_points(self, xy, labels, test_mask=None, classes=("+1", "-1")) -> None:
        """The points (n × 2), their labels (±1) and which are test points (drawn hollow)."""
        self.xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        n = len(self.xy)
        self.labels = np.asarray(labels, dtype=int).reshape(n)
        self.test_mask = np.zeros(n, bool) if test_mask is None else np.asarray(test_mask, bool).reshape(n)
        self.classes = (str(classes[0]), str(classes[1]))
        if self.select_added and n:
            self.select_added = False
            self.selected = n - 1  # the point a key just added (the points' last)
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
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(
            self.tr("Show the whole map again, as a new data set or a new run does (Home)")
        )
        self.key.setText(plane_key())
        self._show_note()
        self._show_legend()

    def _show_legend(self) -> None:
        colours = palette.colors(theme.of(self.palette()))
        plus, minus = (html.escape(name) for name in self.classes)
        text = (
            f'<span style="color:{colours.positive}">●</span> {plus} &nbsp; '
            f'<span style="color:{colours.negative}">■</span> {minus}'
        )
        whole = f"● {self.classes[0]}   ■ {self.classes[1]}"
        if self.test_mask.any():
            text += " &nbsp; " + html.escape(self.tr("hollow: test points"))
            whole += "   " + self.tr("hollow: test points")
        self.legend.setText(text)
        self.legend.setToolTip(whole)  # wrapped, never cut; the whole of it here too

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

    def scene_position(self, x: float, y: float) -> QPointF:
        """Where the data point (x, y) is in the plot's scene (for tests and tools that click on it)."""
        return self.plot.getViewBox().mapViewToScene(QPointF(x, y))


def _same(a, b) -> bool:
    """Two extents the same but for rounding (a map's grid ends where it was asked to, give or take)."""
    tolerance = 1e-6 * max(a[1] - a[0], a[3] - a[2], 1e-12)
    return bool(np.allclose(a, b, rtol=0, atol=tolerance))


def _turned(unit: np.ndarray, angle: float) -> np.ndarray:
    """Each row of ``unit`` turned by ``angle`` radians."""
    c, s = np.cos(angle), np.sin(angle)
    return np.stack([c * unit[:, 0] - s * unit[:, 1], s * unit[:, 0] + c * unit[:, 1]], -1)
