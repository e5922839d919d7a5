"""Functions to descend, compiled once from the expression language to torch operations.

One parsed expression serves the gradient (torch autograd at a point) and the map (the same
expression evaluated on a whole grid at once).
"""

from __future__ import annotations

import numpy as np
import torch

from ..engine import parse_expression
from ..engine.expr import Call, Num, Var
from ..torch_ops import TORCH_FUNCTIONS
from .presets import function_variables


class Objective:
    """A function of x, or of x and y, compiled from the expression language to torch operations."""

    def __init__(self, text: str):
        self.names = function_variables(text)
        self.text = text.strip()
        self.tree = parse_expression(text)
        self._program = self._compile()

    @property
    def dims(self) -> int:
        return len(self.names)

    def __call__(self, *coordinates: torch.Tensor) -> torch.Tensor:
        """The function at the given coordinates (tensors of one shape, float64), differentiable."""
        slots: list = []
        for kind, payload, args in self._program:
            if kind == "num":
                slots.append(payload)
            elif kind == "var":
                slots.append(coordinates[payload])
            else:
                slots.append(payload(*[slots[i] for i in args]))
        out = slots[-1]
        shape = coordinates[0].shape
        return out if out.shape == shape else out.expand(shape).clone()

    def _compile(self) -> list:
        """The tree as a straight list of instructions, each reading earlier results by index."""
        program: list = []
        index: dict[int, int] = {}
        stack = [(self.tree, False)]
        while stack:  # post-order, without recursion
            node, done = stack.pop()
            if isinstance(node, Num):
                program.append(("num", torch.tensor(node.value, dtype=torch.float64), ()))
            elif isinstance(node, Var):
                program.append(("var", self.names.index(node.name), ()))
            elif not done:
                stack.append((node, True))
                stack.extend((a, False) for a in reversed(node.args))
                continue
            else:
                program.append(("op", _operation(node), tuple(index[id(a)] for a in node.args)))
            index[id(node)] = len(program) - 1
        return program

    def value(self, point) -> float:
        with torch.no_grad():
            return float(self(*[torch.tensor(float(v), dtype=torch.float64) for v in point]))

    def grid(self, region: tuple[float, float, float, float], n: int = 200):
        """xs, ys and f on an n×n grid over (xmin, xmax, ymin, ymax), all at once (numpy arrays)."""
        xmin, xmax, ymin, ymax = region
        xs = torch.linspace(xmin, xmax, n, dtype=torch.float64)
        ys = torch.linspace(ymin, ymax, n, dtype=torch.float64)
        with torch.no_grad():
            if self.dims == 1:
                return xs.numpy(), None, self(xs).numpy()
            grid_x, grid_y = torch.meshgrid(xs, ys, indexing="ij")
            return xs.numpy(), ys.numpy(), self(grid_x, grid_y).numpy()


def _operation(node: Call):
    """The torch function computing ``node`` from its arguments' tensors."""
    op = node.op
    if op == "pow":
        exponent = node.args[1]
        if isinstance(exponent, Num):  # x ** 2: as a program writes it, torch gives the base its gradient
            power = exponent.value
            return lambda base, _: base**power
        return torch.pow  # a variable exponent
    return TORCH_FUNCTIONS[op]


def default_region(objective: Objective, start) -> tuple[float, float, float, float]:
    """A region around the start point for a function the student typed."""
    span = max(2.0, *(abs(v) * 1.5 for v in start))
    if objective.dims == 1:
        x = start[0]
        values = objective.grid((x - span, x + span, 0, 1), 200)[2]
        finite = values[np.isfinite(values)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (-1.0, 1.0)
        pad = (high - low) * 0.05 or 1.0
        return (x - span, x + span, low - pad, high + pad)
    return (-span, span, -span, span)
