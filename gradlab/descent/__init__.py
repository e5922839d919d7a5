"""Gradient descent on a function of x (and y): functions, optimizers, runs, and the race they run.

Pure computing in float64 (Python floats, numpy for the map; no Qt, no torch): the Gradient
Descent tab and ``gradlab descend`` drive it. The optimizers follow torch.optim's algorithms,
checked against torch.optim step by step in the tests.
"""

from .curvature import Curvature, curvature, describe
from .function import Objective, default_region
from .optimizers import Optimizer
from .presets import DEFAULT_RATES, FUNCTIONS, OPTIMIZERS, DescentFunction, function_preset
from .race import Race, RaceSettings, Row, check_session
from .run import Path, Run

__all__ = [
    "DEFAULT_RATES",
    "FUNCTIONS",
    "OPTIMIZERS",
    "Curvature",
    "DescentFunction",
    "Objective",
    "Optimizer",
    "Path",
    "Race",
    "RaceSettings",
    "Row",
    "Run",
    "check_session",
    "curvature",
    "default_region",
    "describe",
    "function_preset",
]
