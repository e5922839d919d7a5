"""Three independent gradients for every input: the engine's, torch.autograd's and central differences.

torch is imported by the functions that use it (it takes over a second), never with this module.
The torch check and the central differences (two forward passes per input) rebuild the graph from
its plain data, so they run on a worker thread while the student goes on editing. ``causes`` says, node by
node, why a value or a derivative is not a plain finite number.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from ..engine import Graph, format_number
from ..translation import QT_TRANSLATE_NOOP, translate

RELATIVE = 1e-6  # engine vs torch: the same maths in float64, so only rounding differs
NUMERIC_RELATIVE = 1e-4  # engine vs central differences: those carry an O(h²) error


@dataclass(frozen=True)
class GradientCheck:
    """One input's three gradients and whether the others agree with the engine's."""

    name: str
    engine: float
    torch: float | None  # None: not computed (yet)
    numeric: float | None

    @property
    def torch_agrees(self) -> bool | None:
        return None if self.torch is None else agree(self.engine, self.torch, RELATIVE)

    @property
    def numeric_agrees(self) -> bool | None:
        return None if self.numeric is None else agree(self.engine, self.numeric, NUMERIC_RELATIVE)


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


def numeric_and_torch(spec: dict) -> tuple[dict[str, float], dict[str, float]]:
    """Central differences and torch.autograd's gradients for a graph's plain data (for a worker)."""
    # On a worker, these two forward passes per input share the GIL with the GUI thread, which
    # then waited 5 ms at a time for it while it redrew a big graph (a second for 1,000 boxes);
    # sleeping for no time before each pass hands the GIL over at once.
    numeric = Graph.from_spec(spec).numerical_gradient(between=lambda: time.sleep(0))
    return numeric, torch_gradients(spec)


def compare(
    graph: Graph, numeric: dict[str, float] | None, torch_grads: dict[str, float] | None
) -> list[GradientCheck]:
    """The engine's gradients (run backward first) beside the other two (None: not computed yet)."""
    engine = graph.gradients()
    return [
        GradientCheck(
            name,
            engine[name],
            None if torch_grads is None else torch_grads.get(name),
            None if numeric is None else numeric[name],
        )
        for name in graph.inputs
    ]


@dataclass(frozen=True)
class Cause:
    """Why a node's value or derivative is not an ordinary number: ``kind``, and ``text`` to read.

    ``text`` is put into words when read, so that it follows a change of language.
    """

    node: str
    kind: str  # "division by zero", "domain", "overflow" or "kink"
    template: str
    values: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return translate("graph.check", self.template).format(node=self.node, **dict(self.values))


_DIVISION = QT_TRANSLATE_NOOP("graph.check", "{node}: a division by zero (its divisor is 0)")
_LOG = QT_TRANSLATE_NOOP(
    "graph.check", "{node} = log({a}): a value outside the function's domain (log needs a positive number)"
)
_SQRT = QT_TRANSLATE_NOOP(
    "graph.check", "{node} = sqrt({a}): a value outside the function's domain (sqrt of a negative number)"
)
_SQRT_EDGE = QT_TRANSLATE_NOOP(
    "graph.check", "{node} = sqrt(0): its derivative 1/(2·sqrt(0)) is infinite at the domain's edge"
)
_POWER = QT_TRANSLATE_NOOP(
    "graph.check", "{node}: a negative number to a fractional power, a value outside the function's domain"
)
_KINK = QT_TRANSLATE_NOOP(
    "graph.check",
    "{node} = {op}(0): a kink, where the derivative is not defined: torch and gradlab take 0 there, "
    "central differences average the two sides",
)
_TIE = QT_TRANSLATE_NOOP(
    "graph.check",
    "{node} = {op}({a}, {a}): a tie, a kink where the derivative is not defined: torch and gradlab give "
    "each input half of the gradient, and central differences, averaging the two sides, find the same",
)
_OVERFLOW = QT_TRANSLATE_NOOP(
    "graph.check", "{node} = {value}: an overflow, a number too large for floating point"
)


def causes(graph: Graph) -> list[Cause]:
    """Each node where trouble starts, at the graph's current values.

    Trouble is a division by zero, a value outside a function's domain, an overflow, or a kink
    (relu or abs at exactly 0, max or min of two equal numbers). A node whose inputs are already
    not finite inherits their trouble and is not named again.
    """
    return [cause for cause in map(cause_at, graph.nodes) if cause is not None]


def cause_at(node) -> Cause | None:
    """The trouble that starts at ``node``, if any (none where it only inherits its inputs')."""
    if not node._prev:
        return None
    inputs = [p.data for p in node._prev]
    if any(not math.isfinite(v) for v in inputs):
        return None
    cause = _cause(node._op, inputs, node.data)
    if cause is None:
        return None
    kind, template, values = cause
    return Cause(node.label, kind, template, tuple(values.items()))


def _cause(op: str, inputs: list[float], value: float) -> tuple[str, str, dict] | None:
    a = inputs[0]
    if op == "div" and inputs[1] == 0:
        return "division by zero", _DIVISION, {}
    if op == "log" and a <= 0:
        return "domain", _LOG, {"a": format_number(a)}
    if op == "sqrt" and a < 0:
        return "domain", _SQRT, {"a": format_number(a)}
    if op == "sqrt" and a == 0:
        return "domain", _SQRT_EDGE, {}
    if op == "pow" and math.isnan(value):
        return "domain", _POWER, {}
    if op in ("relu", "abs") and a == 0:
        return "kink", _KINK, {"op": op}
    if op in ("max", "min") and a == inputs[1]:
        return "kink", _TIE, {"op": op, "a": format_number(a)}
    if not math.isfinite(value):
        return "overflow", _OVERFLOW, {"value": format_number(value)}
    return None
