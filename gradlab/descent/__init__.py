"""Gradient descent on a function of x (and y): functions, torch.optim optimizers, runs that race.

Pure computing (torch, numpy; no Qt): the Gradient Descent tab and ``gradlab descend`` drive it.
Everything is float64. The presets import without torch; the rest loads torch on first use.
"""

from importlib import import_module

from .presets import DEFAULT_RATES, FUNCTIONS, OPTIMIZERS, DescentFunction, function_preset

_LAZY = {
    "Objective": ".function",
    "default_region": ".function",
    "make_step": ".optimizers",
    "Run": ".run",
    "Path": ".run",
    "Stability": ".run",
    "stability": ".run",
}

__all__ = ["DEFAULT_RATES", "FUNCTIONS", "OPTIMIZERS", "DescentFunction", "function_preset", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
