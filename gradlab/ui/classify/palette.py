"""The Neural Network tab's colours: one hue per class (and per sign), and the diverging map between them.

The plane and the network speak the same language, as TensorFlow Playground does: blue is class +1,
a positive score and a positive weight; orange is class −1, a negative score and a negative weight.
The middle of the map is the plot's own background, so an undecided region looks empty.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QColor


@dataclass(frozen=True)
class ClassifyColors:
    """What the plane and the network are drawn in, for one theme (colours as "#rrggbb")."""

    positive: str  # class +1, a positive score, a positive weight
    negative: str  # class −1, a negative score, a negative weight
    middle: str  # a score at the boundary: the background
    outline: str  # around a filled point, so that it reads on either side of the map
    boundary: str  # the decision boundary and the margins
    pull: str  # the arrows of the wrong points' pulls
    selection: str  # the ring around the selected point
    highlight: str  # the ring around the point the tab points at
    text: str
    muted: str  # boxes' borders, column titles


_COLORS = {
    "light": ClassifyColors(
        positive="#1f77b4",
        negative="#e8710a",
        middle="#ffffff",
        outline="#ffffff",
        boundary="#202020",
        pull="#b03a2e",
        selection="#202020",
        highlight="#c2185b",
        text="#1d2430",
        muted="#8a96a3",
    ),
    "dark": ClassifyColors(
        positive="#5aa9e6",
        negative="#ffa04d",
        middle="#1e1e1e",
        outline="#101010",
        boundary="#f0f0f0",
        pull="#ff8a7a",
        selection="#f0f0f0",
        highlight="#f48fb1",
        text="#e6e9ee",
        muted="#7d8896",
    ),
}


def colors(effective_name: str) -> ClassifyColors:
    """The colours for "light" or "dark"."""
    return _COLORS[effective_name]


def _rgb(name: str) -> np.ndarray:
    colour = QColor(name)
    return np.array([colour.red(), colour.green(), colour.blue()], dtype=float)


def diverging_lut(effective_name: str, strength: float = 1.0) -> np.ndarray:
    """256 RGBA colours (uint8): negative hue at 0, the background at 127.5, positive hue at 255.

    ``strength`` below 1 stops short of the full hues (the plane's heat map stays pale enough for
    the points drawn on it to read).
    """
    palette = colors(effective_name)
    low, middle, high = _rgb(palette.negative), _rgb(palette.middle), _rgb(palette.positive)
    t = np.linspace(-1.0, 1.0, 256)[:, None] * strength
    rgb = np.where(t < 0, middle + (low - middle) * -t, middle + (high - middle) * t)
    lut = np.empty((256, 4), dtype=np.uint8)
    lut[:, :3] = np.clip(np.round(rgb), 0, 255)
    lut[:, 3] = 255
    return lut
