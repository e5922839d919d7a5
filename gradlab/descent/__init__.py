"""Gradient descent on a function of x (and y): functions, optimizers, runs, and the race they run.

Pure computing in float64 (Python floats, numpy for the map; no Qt, no torch): the Gradient
Descent tab and ``gradlab descend`` drive it. The optimizers follow torch.optim's algorithms,
checked against torch.optim step by step in the tests. The presets import alone (the lessons
read them without numpy); the rest loads on first use.
"""

from importlib import import_module

from .presets import DEFAULT_RATES, FUNCTIONS, OPTIMIZERS, DescentFunction, function_preset

_LAZY = {
    "Curvature": ".hessian",
    "curvature": ".hessian",
    "describe": ".hessian",
    "Objective": ".function",
    "default_region": ".function",
    "Optimizer": ".optimizers",
    "Race": ".race",
    "RaceSettings": ".race",
    "Row": ".race",
    "check_session": ".race",
    "Path": ".run",
    "Run": ".run",
}

__all__ = ["DEFAULT_RATES", "FUNCTIONS", "OPTIMIZERS", "DescentFunction", "function_preset", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
