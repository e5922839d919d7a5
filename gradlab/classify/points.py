"""The points a classifier learns from: (x1, x2) pairs with labels +1 or −1, and the checks before training.

``Points`` is a value: editing it (adding, moving, removing a point) makes a new one, so an undo
is just the one before. ``check_points`` says in one line why a set cannot be trained on ("" when
it can); ``split`` chooses the test points, seeded, keeping a training point of each class.
Plain data: no Qt, no torch.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from ..translation import translate

MAX_POINTS = 100_000  # trained in batches past 10,000; drawn decimated
MAX_COORDINATE = 1e9  # in size: a point farther out is a typing mistake, not data to draw a plane around
MAX_TEST_PERCENT = 90
CLASS_NAME_LIMIT = 40  # characters in a class's display name ("cat", "+1")
DEFAULT_CLASSES = ("+1", "-1")


class PointsError(ValueError):
    """Points that cannot be made or used; the message says why in one line (a CSV line's number too)."""


@dataclass(frozen=True)
class Points:
    """Points in the plane: ``xy`` (x1, x2) floats, ``labels`` ±1, ``classes`` the names of +1 and −1."""

    xy: tuple[tuple[float, float], ...] = ()
    labels: tuple[int, ...] = ()
    classes: tuple[str, str] = DEFAULT_CLASSES

    def __post_init__(self) -> None:
        if len(self.xy) != len(self.labels):
            raise PointsError(
                translate("classify.points", "{points} points but {labels} labels").format(
                    points=len(self.xy), labels=len(self.labels)
                )
            )

    def __len__(self) -> int:
        return len(self.labels)

    def count(self, label: int) -> int:
        """How many points are of class ``label`` (+1 or −1)."""
        return self.labels.count(label)

    def class_name(self, label: int) -> str:
        """The name shown for a class: "+1" or "-1", or a CSV file's own ("cat", "dog")."""
        return self.classes[0] if label == 1 else self.classes[1]

    def with_added(self, x: float, y: float, label: int) -> Points:
        """These points and one more at (x, y) of class ``label``."""
        _check_label(label)
        if len(self) >= MAX_POINTS:
            message = translate("classify.points", "there are already {limit} points, the most gradlab takes")
            raise PointsError(message.format(limit=f"{MAX_POINTS:,}"))
        point = _finite_point(x, y)
        return Points(self.xy + (point,), self.labels + (label,), self.classes)

    def with_moved(self, index: int, x: float, y: float) -> Points:
        """These points with point ``index`` (from 0) moved to (x, y)."""
        self._check_index(index)
        point = _finite_point(x, y)
        return Points(self.xy[:index] + (point,) + self.xy[index + 1 :], self.labels, self.classes)

    def with_removed(self, index: int) -> Points:
        """These points without point ``index`` (from 0)."""
        self._check_index(index)
        return Points(
            self.xy[:index] + self.xy[index + 1 :],
            self.labels[:index] + self.labels[index + 1 :],
            self.classes,
        )

    def with_label(self, index: int, label: int) -> Points:
        """These points with point ``index`` (from 0) put in class ``label``."""
        self._check_index(index)
        _check_label(label)
        return Points(self.xy, self.labels[:index] + (label,) + self.labels[index + 1 :], self.classes)

    def _check_index(self, index: int) -> None:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self):
            message = translate("classify.points", "there is no point {number} (there are {count})")
            raise PointsError(message.format(number=_shown(index), count=f"{len(self):,}"))


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _check_label(label: object) -> None:
    if isinstance(label, bool) or label not in (1, -1):
        message = translate("classify.points", "a point's class is +1 or -1, not {label}")
        raise PointsError(message.format(label=_shown(label)))


def coordinate_problem(value: float) -> str:
    """Why a coordinate cannot be used ("" when it can): not finite, or past MAX_COORDINATE in size."""
    if not math.isfinite(value):
        return translate("classify.points", "{value} is not a finite number").format(value=f"{value:g}")
    if abs(value) > MAX_COORDINATE:
        message = translate(
            "classify.points", "{value} is too far out: coordinates are at most {limit} in size"
        )
        return message.format(value=f"{value:g}", limit=f"{MAX_COORDINATE:g}")
    return ""


def _finite_point(x: object, y: object) -> tuple[float, float]:
    try:
        point = (float(x), float(y))
    except (TypeError, ValueError, OverflowError):
        point = (math.nan, math.nan)
    if isinstance(x, bool) or isinstance(y, bool) or any(map(coordinate_problem, point)):
        message = translate(
            "classify.points",
            "a point needs two finite coordinates of at most {limit} in size, not ({x}, {y})",
        )
        raise PointsError(message.format(limit=f"{MAX_COORDINATE:g}", x=_shown(x), y=_shown(y)))
    return point


def check_points(points: Points) -> str:
    """Why these points cannot be trained on, in one line; "" when they can.

    Trainable: at least one point, at most MAX_POINTS, every coordinate finite and at most
    MAX_COORDINATE in size, both classes there.
    """
    count = len(points)
    if count == 0:
        return translate(
            "classify.points", "there are no points: choose a data set, open a CSV file or click on the plane"
        )
    if count > MAX_POINTS:
        message = translate("classify.points", "{count} points: gradlab trains on at most {limit}")
        return message.format(count=f"{count:,}", limit=f"{MAX_POINTS:,}")
    isfinite, limit = math.isfinite, MAX_COORDINATE
    for number, (x, y) in enumerate(points.xy, start=1):
        if not (isfinite(x) and isfinite(y) and -limit <= x <= limit and -limit <= y <= limit):
            message = translate("classify.points", "point {number} is at ({x}, {y}): {problem}")
            problem = coordinate_problem(x) or coordinate_problem(y)
            return message.format(number=f"{number:,}", x=f"{x:g}", y=f"{y:g}", problem=problem)
    for label in (1, -1):
        if points.count(label) == count:
            message = translate(
                "classify.points", "all {count} points are class {name}: a classifier needs both classes"
            )
            if count == 1:
                message = translate(
                    "classify.points", "the only point is class {name}: a classifier needs both classes"
                )
            return message.format(count=f"{count:,}", name=points.class_name(label))
    return ""


def check_test_percent(test_percent: object) -> float:
    """The test percentage, if it is a number from 0 to 90; PointsError saying so otherwise."""
    if (
        isinstance(test_percent, bool)
        or not isinstance(test_percent, (int, float))
        or not 0 <= test_percent <= MAX_TEST_PERCENT
    ):
        message = translate(
            "classify.points", "the test share must be from 0 to {limit} percent, not {value}"
        )
        raise PointsError(message.format(limit=MAX_TEST_PERCENT, value=_shown(test_percent)))
    return float(test_percent)


def split(
    n: int, test_percent: float, seed: int | None, labels: tuple[int, ...] | None = None
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(training indices, test indices) of ``n`` points, ``test_percent`` of them for testing, seeded.

    The same ``n``, percentage and seed always choose the same points (seed None: a new choice each
    time). At least one point is kept for training; with ``labels``, one of each class where the
    classes allow it. Both tuples are in increasing order.
    """
    share = check_test_percent(test_percent)
    if share == 0 or n < 2:
        return tuple(range(n)), ()
    order = list(range(n))
    random.Random(seed).shuffle(order)
    tests = min(n - 1, round(n * share / 100))
    test, train = order[:tests], order[tests:]
    if labels is not None:
        _keep_each_class_in_training(test, train, labels)
    return tuple(sorted(train)), tuple(sorted(test))


def _keep_each_class_in_training(test: list[int], train: list[int], labels: tuple[int, ...]) -> None:
    """Swap a test point into training for a class that has none there, giving one of the other class back."""
    for label in (1, -1):
        if any(labels[i] == label for i in train):
            continue
        moved = next((k for k, i in enumerate(test) if labels[i] == label), None)
        if moved is None:  # the class has no points at all
            continue
        if len(train) >= 2:  # every training point is of the other class: one can go
            test[moved], train[0] = train[0], test[moved]
        else:
            train.append(test.pop(moved))  # one training point more than asked: both classes need one
