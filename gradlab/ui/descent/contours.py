"""Contour lines of a grid of values by marching squares, all cells and all levels at once in numpy.

pyqtgraph's isocurve walks the cells one by one in Python (about 200 ms for twelve levels on the
map's grid, on the GUI thread, each time a function is chosen); this does the same cells in a few
array operations and hands Qt the segments in one path.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainterPath


def segments(field: np.ndarray, level: float) -> np.ndarray:
    """The iso-line ``field == level`` as segments, shape (k, 2, 2): k × (start, end) × (i, j) in grid units.

    Each cell's four corners are compared with the level; a crossed edge gets the point found by
    linear interpolation; a cell with two crossed edges gives one segment, a saddle cell (four) two.
    """
    high = field > level
    ha, hb, hc, hd = high[:-1, :-1], high[1:, :-1], high[1:, 1:], high[:-1, 1:]
    crossed = np.stack([ha != hb, hb != hc, hd != hc, ha != hd], -1)  # edges a-b, b-c, d-c, a-d
    count = crossed.sum(-1)
    i, j = np.nonzero(count)  # only the cells the line passes through
    crossed, count = crossed[i, j], count[i, j]
    a, b, c, d = field[i, j], field[i + 1, j], field[i + 1, j + 1], field[i, j + 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.stack(
            [(level - a) / (b - a), (level - b) / (c - b), (level - d) / (c - d), (level - a) / (d - a)], -1
        )
    t = np.nan_to_num(t, nan=0.5)
    points = np.stack(
        [
            np.stack([i + t[:, 0], j], -1),  # on edge a-b
            np.stack([i + 1, j + t[:, 1]], -1),  # on edge b-c
            np.stack([i + t[:, 2], j + 1], -1),  # on edge d-c
            np.stack([i, j + t[:, 3]], -1),  # on edge a-d
        ],
        1,
    )  # (cells, 4 edges, 2)
    two = count == 2
    order = np.argsort(~crossed[two], axis=-1, kind="stable")[:, :2]  # the two crossed edges, in order
    found = [np.take_along_axis(points[two], order[:, :, None], axis=1)]
    four = count == 4
    if four.any():  # a saddle cell: a-b with a-d, and b-c with d-c
        found.append(points[four][:, [0, 3]])
        found.append(points[four][:, [1, 2]])
    return np.concatenate(found).astype(float)


def contour_path(field: np.ndarray, region, levels) -> QPainterPath:
    """Every level's iso-line over ``region`` (xmin, xmax, ymin, ymax) in one path of segments."""
    xmin, xmax, ymin, ymax = region
    rows, columns = field.shape
    scale = np.array([(xmax - xmin) / (rows - 1), (ymax - ymin) / (columns - 1)])
    parts = [segments(field, level) for level in levels]
    lines = np.concatenate(parts) if parts else np.empty((0, 2, 2))
    if not len(lines):
        return QPainterPath()
    xy = lines.reshape(-1, 2) * scale + np.array([xmin, ymin])
    return pg.arrayToQPath(xy[:, 0], xy[:, 1], connect="pairs")
