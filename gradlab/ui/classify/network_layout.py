"""Where the network view's boxes go: square boxes as large as the room allows, every column in sight.

``layout`` gives the box size and each column's boxes for a canvas size; the canvas paints them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

PAD = 8  # around the drawing, in pixels
HEADER = 34  # the columns' titles: the layer's name and its activation
MIN_BOX, MAX_BOX = 24, 56  # a neuron's box, in pixels: past the smallest, the view scrolls down
TINY_BOX = 6  # the least box of a network too wide for the view: every column stays in sight
LINES_SHARE, MIN_LINES = 0.8, 16  # the room for the weights between two columns: a share of a box, at least
WIDTHS = 8  # line thicknesses: a weight's size, in this many steps
NEAR_LINE = 4  # how near (pixels) the mouse must be to a line to be on it
MAP_PIXELS = 50  # a neuron's picture has at most this many pixels a side (taken from its map)


def layout(
    sizes: list[int], width: float, height: float, header: float = HEADER
) -> tuple[float, list[np.ndarray], float, float]:
    """The box size, each column's boxes (k × 2: left, top), and the least width and height that fit.

    The boxes are square and as large as the room allows (up to MAX_BOX). Across, every column
    always fits the width given (the output is never out of sight): boxes shrink to fit it. Down,
    boxes stay at least MIN_BOX (or what fits across, if less): the least height may then pass
    the height given, and the view scrolls down. ``header``: the titles' room (larger when zoomed).
    """
    tallest, columns = max(sizes), len(sizes)
    pitch = (height - header - 2 * PAD) / tallest
    across = _across(columns, width)  # the widest boxes that fit across
    box = float(max(min(across, max(0.8 * pitch, MIN_BOX), MAX_BOX), TINY_BOX))
    pitch = max(pitch, 1.2 * box) if box < MAX_BOX else 1.25 * box
    spacing = max((width - 2 * PAD - box) / max(columns - 1, 1), box + _lines(box))
    spacing = min(spacing, 4 * box + 120)  # a wide view keeps its columns together
    used = 2 * PAD + box + (columns - 1) * spacing
    left = PAD + max(0.0, (width - used) / 2)
    rows = []
    for column, count in enumerate(sizes):
        top = header + PAD + (tallest - count) * pitch / 2 + (pitch - box) / 2
        ys = top + pitch * np.arange(count)
        rows.append(np.stack([np.full(count, left + column * spacing), ys], -1))
    least_width = 2 * PAD + TINY_BOX + (columns - 1) * (TINY_BOX + MIN_LINES)
    least_height = header + 2 * PAD + tallest * 1.2 * min(MIN_BOX, box)
    return box, rows, least_width, least_height


def _lines(box: float) -> float:
    return max(MIN_LINES, LINES_SHARE * box)


def _across(columns: int, width: float) -> float:
    """The largest box with which ``columns`` columns (and the lines between them) fit ``width``."""
    room = width - 2 * PAD
    box = (room - (columns - 1) * MIN_LINES) / columns
    if box * LINES_SHARE > MIN_LINES:  # the lines' room grows with the boxes
        box = room / (columns + (columns - 1) * LINES_SHARE)
    return box


def _mixed(background: QColor, hue: QColor, share: float) -> QColor:
    """``hue`` faded towards ``background`` (share 1: the hue itself)."""
    return QColor.fromRgbF(
        *(b + share * (h - b) for b, h in zip(background.getRgbF()[:3], hue.getRgbF()[:3]))
    )


def _number(value: float) -> str:
    """A value as the tooltips show it: four digits, a true minus sign."""
    return f"{value:.4g}".replace("-", "\u2212")
