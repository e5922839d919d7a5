"""The built-in data sets: the Hacker's guide's six points, the gates' truth tables, the Playground's shapes.

``make_points(key, count, seed, noise)`` makes a set as ``Points`` (float64 coordinates, labels ±1).
The guide's points and the truth tables are fixed; the others are drawn at random, the same for
the same seed (None: different each time). ``noise`` is the standard deviation of Gaussian noise
added to each coordinate (sklearn's meaning), in the plane's own units. The shapes follow
TensorFlow Playground's (radius 5, the plane about ±6); moons is sklearn's ``make_moons`` written
out, random numbers and all, so that ``moons`` of seed 1337 is micrograd's demo's data (its
notebook seeds numpy with 1337).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..translation import QT_TRANSLATE_NOOP, translate
from .points import MAX_POINTS, Points, PointsError

MAX_NOISE = 10.0
MAX_SEED = 2**32 - 1  # what numpy's generators take
RADIUS = 5.0  # the Playground's shapes fit in a disc of this radius


@dataclass(frozen=True)
class Dataset:
    """A built-in set: its title, its default point count and noise (None: fixed), whether a seed matters."""

    title: str
    count: int | None = None
    noise: float | None = None
    seeded: bool = False


DATASETS = {
    "guide": Dataset(QT_TRANSLATE_NOOP("classify.datasets", "The Hacker's guide's six points")),
    "and": Dataset(QT_TRANSLATE_NOOP("classify.datasets", "AND gate (truth table)")),
    "or": Dataset(QT_TRANSLATE_NOOP("classify.datasets", "OR gate (truth table)")),
    "xor": Dataset(QT_TRANSLATE_NOOP("classify.datasets", "XOR gate (truth table)")),
    "circle": Dataset(QT_TRANSLATE_NOOP("classify.datasets", "Circle"), 200, 0.0, True),
    "xorq": Dataset(QT_TRANSLATE_NOOP("classify.datasets", "XOR quadrants"), 200, 0.0, True),
    "gauss": Dataset(QT_TRANSLATE_NOOP("classify.datasets", "Two Gaussians"), 200, 1.0, True),
    "spiral": Dataset(QT_TRANSLATE_NOOP("classify.datasets", "Spiral"), 200, 0.0, True),
    "moons": Dataset(QT_TRANSLATE_NOOP("classify.datasets", "Moons (micrograd's demo)"), 100, 0.1, True),
}

# The Hacker's guide to Neural Networks, part 2: its data and labels, in its order.
GUIDE_POINTS = (
    ((1.2, 0.7), 1),
    ((-0.3, -0.5), -1),
    ((3.0, 0.1), 1),
    ((-0.1, -1.0), -1),
    ((-1.0, 1.1), -1),
    ((2.1, -3.0), 1),
)
GATES = {"and": lambda a, b: a and b, "or": lambda a, b: a or b, "xor": lambda a, b: a != b}


def check_key(key: object) -> Dataset:
    """The built-in set called ``key``; PointsError naming the sets if there is none."""
    dataset = DATASETS.get(key) if isinstance(key, str) else None
    if dataset is None:
        message = translate("classify.datasets", "there is no data set called {name}; the sets are: {names}")
        raise PointsError(message.format(name=_shown(key), names=", ".join(DATASETS)))
    return dataset


def check_count(count: object) -> int:
    """A point count, if it is a whole number from 1 to MAX_POINTS; PointsError saying so otherwise."""
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_POINTS:
        message = translate(
            "classify.datasets", "the point count must be a whole number from 1 to {limit}, not {value}"
        )
        raise PointsError(message.format(limit=f"{MAX_POINTS:,}", value=_shown(count)))
    return count


def check_noise(noise: object) -> float:
    """A noise, if it is a number from 0 to MAX_NOISE; PointsError saying so otherwise."""
    if (
        isinstance(noise, bool)
        or not isinstance(noise, (int, float))
        or not (math.isfinite(noise) and 0 <= noise <= MAX_NOISE)
    ):
        message = translate("classify.datasets", "the noise must be a number from 0 to {limit}, not {value}")
        raise PointsError(message.format(limit=f"{MAX_NOISE:g}", value=_shown(noise)))
    return float(noise)


def check_seed(seed: object) -> int | None:
    """A seed, if it is None or a whole number from 0 to MAX_SEED; PointsError saying so otherwise."""
    if seed is not None and (
        isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED
    ):
        message = translate(
            "classify.datasets", "the seed must be a whole number from 0 to {limit}, or none, not {value}"
        )
        raise PointsError(message.format(limit=f"{MAX_SEED:,}", value=_shown(seed)))
    return seed


def _shown(value: object) -> str:
    if type(value) is int and abs(value) >= 10**30:  # str() of a 5,000-digit int raises
        return f"{'-' if value < 0 else ''}10**{int(abs(value).bit_length() * 0.30103)}"
    text = repr(value) if value is None or type(value) in (str, int, float, bool) else type(value).__name__
    return text if len(text) <= 40 else text[:39] + "…"


def make_points(
    key: str, count: int | None = None, seed: int | None = 0, noise: float | None = None
) -> Points:
    """The built-in set ``key``: ``count`` points (its default if None), drawn with ``seed``, with ``noise``.

    A set without a count or a noise (the guide, the gates) refuses one; PointsError says why.
    """
    dataset = check_key(key)
    if dataset.count is None:
        if count is not None or noise is not None:
            message = translate(
                "classify.datasets", "the set {name} is fixed: it takes no point count or noise"
            )
            raise PointsError(message.format(name=key))
        if key == "guide":
            return Points(tuple(xy for xy, _ in GUIDE_POINTS), tuple(label for _, label in GUIDE_POINTS))
        gate = GATES[key]
        corners = ((0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0))
        return Points(corners, tuple(1 if gate(bool(a), bool(b)) else -1 for a, b in corners))
    count = check_count(dataset.count if count is None else count)
    noise = check_noise(dataset.noise if noise is None else noise)
    seed = check_seed(seed)
    if key == "moons":
        return _moons(count, noise, seed)
    rng = np.random.default_rng(seed)
    x, y, labels = SHAPES[key](count, rng)
    if noise > 0:
        x = x + rng.normal(scale=noise, size=count)
        y = y + rng.normal(scale=noise, size=count)
    return _points(x, y, labels)


def _points(x: np.ndarray, y: np.ndarray, labels) -> Points:
    return Points(tuple(zip(x.tolist(), y.tolist())), tuple(int(label) for label in labels))


def _halves(count: int) -> tuple[int, int]:
    """How many points class +1 and class −1 get: +1 has the odd one."""
    return count - count // 2, count // 2


def _classes(positive: int, negative: int) -> list[int]:
    return [1] * positive + [-1] * negative


def _circle(count: int, rng: np.random.Generator):
    """The Playground's circle: +1 in the disc of radius 2.5, −1 in the ring from 3.5 to 5."""
    positive, negative = _halves(count)
    # the radius uniform (not its square), as the Playground draws it: the points crowd the centre
    r = np.concatenate([rng.uniform(0, RADIUS * 0.5, positive), rng.uniform(RADIUS * 0.7, RADIUS, negative)])
    angle = rng.uniform(0, 2 * math.pi, count)
    return r * np.sin(angle), r * np.cos(angle), _classes(positive, negative)


def _xor_quadrants(count: int, rng: np.random.Generator):
    """The Playground's XOR: uniform in ±5, kept 0.3 off the axes, +1 where x1·x2 > 0."""
    x, y = rng.uniform(-RADIUS, RADIUS, count), rng.uniform(-RADIUS, RADIUS, count)
    padding = 0.3
    x = x + np.where(x > 0, padding, -padding)
    y = y + np.where(y > 0, padding, -padding)
    return x, y, np.where(x * y > 0, 1, -1)


def _gaussians(count: int, rng: np.random.Generator):
    """Two Gaussians' centres, (2, 2) for +1 and (−2, −2) for −1: the noise is their spread."""
    positive, negative = _halves(count)
    centre = np.array([2.0] * positive + [-2.0] * negative)
    return centre.copy(), centre, _classes(positive, negative)


def _spiral(count: int, rng: np.random.Generator):
    """The Playground's two spirals: 1.75 turns out to radius 5, the −1 one turned by π."""
    x, y, labels = [], [], []
    for label, (turn, points) in zip((1, -1), ((0.0, count - count // 2), (math.pi, count // 2))):
        # (i + 0.5) where the Playground has i: its two spirals both start at (0, 0), one point of each class
        share = (np.arange(points) + 0.5) / max(points, 1)
        r = share * RADIUS
        t = 1.75 * share * 2 * math.pi + turn
        x.append(r * np.sin(t))
        y.append(r * np.cos(t))
        labels += [label] * points
    return np.concatenate(x), np.concatenate(y), labels


SHAPES = {"circle": _circle, "xorq": _xor_quadrants, "gauss": _gaussians, "spiral": _spiral}


def _moons(count: int, noise: float, seed: int | None) -> Points:
    """The moons of sklearn's make_moons(count, noise=noise, random_state=seed), labelled −1 and +1.

    The outer moon (sklearn's 0) is −1, the inner +1, as micrograd makes them. The same random
    numbers as sklearn's (numpy's RandomState: a shuffle, then the noise): sklearn's points to the bit.
    """
    outer, inner = count // 2, count - count // 2
    x = np.append(np.cos(np.linspace(0, np.pi, outer)), 1 - np.cos(np.linspace(0, np.pi, inner)))
    y = np.append(np.sin(np.linspace(0, np.pi, outer)), 1 - np.sin(np.linspace(0, np.pi, inner)) - 0.5)
    labels = np.append(np.full(outer, -1), np.full(inner, 1))
    random_state = np.random.RandomState(seed)
    order = np.arange(count)
    random_state.shuffle(order)
    xy = np.stack([x[order], y[order]], axis=1)
    xy += random_state.normal(scale=noise, size=xy.shape)
    return _points(xy[:, 0], xy[:, 1], labels[order])
