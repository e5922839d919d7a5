"""Three independent gradients for every input: the engine's, torch.autograd's and central differences.

torch is imported on first use (it takes over a second), never when gradlab starts. The torch
check rebuilds the graph from its plain data, so it can run on a worker thread while the student
goes on editing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..engine import Graph

RELATIVE = 1e-6  # engine vs torch: the same maths in float64, so only rounding differs
NUMERIC_RELATIVE = 1e-4  # engine vs central differences: those carry an O(h²) error


@dataclass(frozen=True)
class GradientCheck:
    """One input's three gradients and whether the others agree with the engine's."""

    name: str
    engine: float
    torch: float | None
    numeric: float

    @property
    def torch_agrees(self) -> bool | None:
        return None if self.torch is None else agree(self.engine, self.torch, RELATIVE)

    @property
    def numeric_agrees(self) -> bool:
        return agree(self.engine, self.numeric, NUMERIC_RELATIVE)


def agree(a: float, b: float, relative: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=relative, abs_tol=relative)


def torch_gradients(spec: dict) -> dict[str, float]:
    """∂output/∂input for every variable by torch.autograd in float64 (0.0 where unused)."""
    return torch_evaluate(spec)[1]


def torch_evaluate(spec: dict) -> tuple[float, dict[str, float]]:
    """The output's value and every variable's gradient, computed by torch in float64."""
    import torch

    from ..torch_ops import TORCH_FUNCTIONS

    graph = Graph.from_spec(spec)
    tensors: dict[int, torch.Tensor] = {}
    variables: dict[str, torch.Tensor] = {}
    for node in graph.all_nodes:
        if node._op == "const":
            tensors[id(node)] = torch.tensor(node.data, dtype=torch.float64)
        elif not node._prev:
            t = torch.tensor(node.data, dtype=torch.float64, requires_grad=True)
            tensors[id(node)] = variables[node.label] = t
        elif node._op == "pow" and node._prev[1]._op == "const":
            tensors[id(node)] = tensors[id(node._prev[0])] ** node._prev[1].data  # as x ** 2 in a program
        else:
            tensors[id(node)] = TORCH_FUNCTIONS[node._op](*[tensors[id(p)] for p in node._prev])
    value = float("nan")
    if graph.output is not None:
        out = tensors[id(graph.output)]
        value = out.item()
        if out.requires_grad:
            out.backward()
    return value, {name: (t.grad.item() if t.grad is not None else 0.0) for name, t in variables.items()}


def check_gradients(graph: Graph, torch_grads: dict[str, float] | None) -> list[GradientCheck]:
    """Compare the engine's gradients (run backward first) with torch's and central differences."""
    engine = graph.gradients()
    numeric = graph.numerical_gradient()
    return [
        GradientCheck(
            name, engine[name], None if torch_grads is None else torch_grads.get(name), numeric[name]
        )
        for name in graph.inputs
    ]
