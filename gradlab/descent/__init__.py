"""Gradient descent on a function of x (and y): functions, torch.optim optimizers, runs that race.

Pure computing (torch, numpy; no Qt): the Gradient Descent tab and ``gradlab descend`` drive it.
Everything is float64.
"""

from .function import FUNCTIONS, DescentFunction, Objective, function_preset
from .optimizers import OPTIMIZERS, make_step
from .run import Run, Stability, stability

__all__ = [
    "FUNCTIONS",
    "OPTIMIZERS",
    "DescentFunction",
    "Objective",
    "Run",
    "Stability",
    "function_preset",
    "make_step",
    "stability",
]
