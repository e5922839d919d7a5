"""What a finished run's numbers mean, when they need a word: no straight line separates, a loss grew.

``separable(xy, labels)``: whether a straight line has every +1 point strictly on one side and every
−1 point on the other, decided exactly enough for a lesson: two finite point sets are strictly
separable by a line exactly when their convex hulls do not meet, and two disjoint convex polygons
(segments and single points included) are told apart along the normal or the direction of one of
their edges or of a segment joining a vertex of each. ``end_note`` is the sentence for the tab.
Plain Python and numpy: no Qt.
"""

from __future__ import annotations

import math

import numpy as np

from ..translation import translate

SEPARABLE_CHECK_LIMIT = 20_000  # training points: past this the hulls are not worked out (and no note)
GREW = 10  # a final loss this many times the first: the run went the wrong way


def hull(points: np.ndarray) -> np.ndarray:
    """The convex hull's vertices (Andrew's monotone chain), anticlockwise; one or two for degenerate sets."""
    unique = np.unique(points, axis=0)
    if len(unique) <= 2:
        return unique
    ordered = [tuple(p) for p in unique]  # np.unique sorts by x, then y

    def half(sequence):
        chain: list = []
        for p in sequence:
            while len(chain) >= 2:
                (ax, ay), (bx, by) = chain[-2], chain[-1]
                if (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax) > 0:
                    break
                chain.pop()
            chain.append(p)
        return chain[:-1]

    return np.array(half(ordered) + half(reversed(ordered)), dtype=float)


def separable(xy, labels) -> bool:
    """Whether one straight line has all the +1 points strictly on one side and the −1 points on the other."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    labels = np.asarray(labels)
    plus, minus = hull(xy[labels > 0]), hull(xy[labels <= 0])
    if not len(plus) or not len(minus):
        return True
    edges = [np.roll(h, -1, axis=0) - h for h in (plus, minus) if len(h) >= 2]
    between = (plus[:, None, :] - minus[None, :, :]).reshape(-1, 2)
    directions = np.concatenate([*edges, between])
    axes = np.concatenate([directions, directions[:, ::-1] * (1, -1)])
    axes = axes[np.abs(axes).sum(axis=1) > 0]
    a, b = plus @ axes.T, minus @ axes.T  # each vertex's projection on each axis
    scale = 1e-12 * (1 + np.abs(xy).max()) * np.abs(axes).sum(axis=1)
    apart = (a.max(axis=0) < b.min(axis=0) - scale) | (b.max(axis=0) < a.min(axis=0) - scale)
    return bool(apart.any())


def is_linear(setup) -> bool:
    """Whether the model's boundary is a straight line: the linear classifier, the neuron, a linear MLP."""
    return setup.model in ("linear", "neuron") or (setup.model == "mlp" and setup.activation == "linear")


def end_note(setup, xy, labels, accuracy: float, first_loss: float, last_loss: float) -> str:
    """A true sentence on how the run ended, or "": a line that cannot separate the points; a loss that grew.

    ``xy`` and ``labels``: the training points; ``accuracy``: on them, after the run;
    ``first_loss`` and ``last_loss``: the loss of the run's first and last steps.
    """
    notes = []
    if (
        is_linear(setup)
        and accuracy < 1
        and 2 <= len(labels) <= SEPARABLE_CHECK_LIMIT
        and not separable(xy, labels)
    ):
        notes.append(
            translate(
                "classify.notes",
                "no straight line separates these points: a linear model cannot classify them all; "
                "try a hidden layer",
            )
        )
    grew = math.isfinite(first_loss) and math.isfinite(last_loss) and first_loss > 0
    if grew and last_loss > GREW * first_loss:
        message = translate(
            "classify.notes",
            "the loss grew from {first:.3g} to {last:.3g}: the learning rate is too large for this "
            "set-up; try a lower one",
        )
        notes.append(message.format(first=first_loss, last=last_loss))
    return "; ".join(notes)
