"""Gradients by central differences: the independent check on every backward pass."""

from __future__ import annotations

from collections.abc import Callable, Mapping


def numerical_gradient(
    f: Callable[..., float], values: Mapping[str, float], h: float = 1e-6
) -> dict[str, float]:
    """(f(x + h) - f(x - h)) / 2h for each named input of ``f`` (called with keywords)."""
    point = dict(values)
    gradient = {}
    for name, value in point.items():
        plus = f(**{**point, name: value + h})
        minus = f(**{**point, name: value - h})
        try:
            gradient[name] = (plus - minus) / (2 * h)
        except (OverflowError, ZeroDivisionError):
            gradient[name] = float("nan")
    return gradient
