"""gradlab's scalar autograd engine: pure Python, no Qt, no torch.

``Value`` is a scalar that records how it was computed; ``parse`` turns text such as
``x*x + y*y`` into a ``Graph`` that can be computed, differentiated and walked step by step.
"""

from .explain import format_number
from .expr import ExprError, parse_expression, parse_values, post_order, variables
from .graph import Graph, parse
from .numeric import numerical_gradient
from .ops import FUNCTIONS, OPS, Op
from .steps import BackwardStep, ForwardStep, SeedStep, Stepper
from .tape import Tape, collector_paused
from .value import Value, norm, topological_order

__all__ = [
    "FUNCTIONS",
    "OPS",
    "BackwardStep",
    "ExprError",
    "ForwardStep",
    "Graph",
    "Op",
    "SeedStep",
    "Stepper",
    "Tape",
    "Value",
    "collector_paused",
    "format_number",
    "norm",
    "numerical_gradient",
    "parse",
    "parse_expression",
    "parse_values",
    "post_order",
    "topological_order",
    "variables",
]
