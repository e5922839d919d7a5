"""Functions to descend, compiled once from the expression tree into plain float64 Python.

A race takes thousands of steps a second, so the value and the gradient at a point come from
straight-line code generated from the validated tree (a forward sweep, then the chain rule
backwards), never from torch or from the user's text. The map evaluates the same tree on a
whole numpy grid at once. Both follow the engine's table of operations (``engine.ops``), whose
derivatives are torch's own choices (a kink's derivative, x**0, relu where it is flat).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import reduce

import numpy as np

from ..engine import parse_expression
from ..engine.expr import Call, Num, Var, post_order
from ..engine.ops import OPS, chain, safe_div, safe_pow
from .presets import function_variables

# Operations written out inline: Python's float arithmetic already gives IEEE's answers for them.
_INLINE = {"add": "{0} + {1}", "sub": "{0} - {1}", "mul": "{0} * {1}", "neg": "-{0}"}


class Objective:
    """A function of x, or of x and y: its value, its gradient and its values on a grid, in float64."""

    def __init__(self, text: str):
        self.names = function_variables(text)
        self.text = text.strip()
        self.tree = parse_expression(text)
        self.value_and_gradient: Callable[..., tuple[float, tuple[float, ...]]] = _compile(
            self.tree, self.names
        )

    @property
    def dims(self) -> int:
        return len(self.names)

    def value(self, point) -> float:
        return self.value_and_gradient(*(float(v) for v in point))[0]

    def grid(self, region: tuple[float, float, float, float], n: int = 200):
        """xs, ys and f on an n×n grid over (xmin, xmax, ymin, ymax), all at once (numpy arrays).

        ``values[i, j]`` is f at (xs[i], ys[j]); in one variable ys is None and values is 1-D.
        """
        xmin, xmax, ymin, ymax = region
        xs = np.linspace(xmin, xmax, n)
        ys = np.linspace(ymin, ymax, n)
        if self.dims == 1:
            return xs, None, _on_arrays(self.tree, {"x": xs})
        grid_x, grid_y = np.meshgrid(xs, ys, indexing="ij")
        return xs, ys, _on_arrays(self.tree, {"x": grid_x, "y": grid_y})


def _compile(tree, names: tuple[str, ...]) -> Callable[..., tuple[float, tuple[float, ...]]]:
    """Python source for f and its gradient, generated from ``tree`` alone, then compiled.

    Every slot is named by the code (v3, g3, c0): no text the user typed reaches the source.
    In a tree each node has one parent, so each adjoint is written once; a variable's gradient
    is the sum over its uses.
    """
    nodes = list(post_order(tree))
    slot = {id(node): i for i, node in enumerate(nodes)}
    constants: list[float] = []
    forward: list[str] = []
    for i, node in enumerate(nodes):
        if isinstance(node, Num):
            forward.append(f"    v{i} = c{len(constants)}")
            constants.append(float(node.value))
        elif isinstance(node, Var):
            forward.append(f"    v{i} = {node.name}")
        else:
            args = [f"v{slot[id(a)]}" for a in node.args]
            if node.op in _INLINE:
                forward.append(f"    v{i} = " + _INLINE[node.op].format(*args))
            elif node.op == "pow" and _exponent(node) == 2:  # x**2 is x*x, as torch computes it
                forward.append(f"    v{i} = {args[0]} * {args[0]}")
            else:
                forward.append(f"    v{i} = f_{node.op}({', '.join(args)})")
    varies: set[int] = set()  # the nodes that depend on a variable: only they need an adjoint
    for i, node in enumerate(nodes):
        if isinstance(node, Var) or (
            isinstance(node, Call) and any(slot[id(a)] in varies for a in node.args)
        ):
            varies.add(i)
    backward = [f"    g{len(nodes) - 1} = 1.0"]
    for i in range(len(nodes) - 1, -1, -1):
        node = nodes[i]
        if isinstance(node, Call) and i in varies:
            args = [slot[id(a)] for a in node.args]
            backward.extend(line for k, line in _adjoints(i, node, args) if k is None or k in varies)
    uses = {
        name: [f"g{i}" for i, n in enumerate(nodes) if isinstance(n, Var) and n.name == name]
        for name in names
    }
    gradient = ", ".join(" + ".join(uses[name]) if uses[name] else "0.0" for name in names)
    lines = [f"def value_and_gradient({', '.join(names)}):", *forward, *backward]
    lines.append(f"    return v{len(nodes) - 1}, ({gradient},)")
    namespace: dict = {f"c{k}": value for k, value in enumerate(constants)}
    namespace.update({f"f_{name}": op.forward for name, op in OPS.items()})
    namespace.update({f"l_{name}": op.local for name, op in OPS.items()})
    namespace.update(chain=chain, safe_div=safe_div, safe_pow=safe_pow)
    exec(compile("\n".join(lines), "<gradlab.descent.function>", "exec"), namespace)  # noqa: S102 - generated
    return namespace["value_and_gradient"]


def _adjoints(i: int, node: Call, args: list[int]) -> list[tuple[int | None, str]]:
    """The chain rule for one node: (argument slot, the line giving its adjoint from g{i}).

    A slot of None is a line every argument needs (the local derivatives).
    """
    a = args[0]
    b = args[1] if len(args) > 1 else None
    if node.op == "add":
        return [(a, f"    g{a} = g{i}"), (b, f"    g{b} = g{i}")]
    if node.op == "sub":
        return [(a, f"    g{a} = g{i}"), (b, f"    g{b} = -g{i}")]
    if node.op == "mul":
        return [(a, f"    g{a} = g{i} * v{b}"), (b, f"    g{b} = g{i} * v{a}")]
    if node.op == "neg":
        return [(a, f"    g{a} = -g{i}")]
    if node.op == "div":  # torch's formulas: grad / b and -grad * a / (b * b)
        return [
            (a, f"    g{a} = safe_div(g{i}, v{b})"),
            (b, f"    g{b} = safe_div(-g{i} * v{a}, v{b} * v{b})"),
        ]
    if node.op == "pow" and _exponent(node) is not None:  # a number as the power: torch's b·a^(b-1)
        power = _exponent(node)
        if power == 0:
            return [(a, f"    g{a} = 0.0")]  # x**0 is flat: nothing passes, not even inf or nan
        if power == 2:
            return [(a, f"    g{a} = (2.0 * v{a}) * g{i}")]
        return [(a, f"    g{a} = (v{b} * safe_pow(v{a}, v{b} - 1.0)) * g{i}")]
    inputs = ", ".join(f"v{k}" for k in args)
    lines: list[tuple[int | None, str]] = [(None, f"    d{i} = l_{node.op}(v{i}, {inputs})")]
    lines += [(k, f"    g{k} = chain(d{i}[{n}], g{i})") for n, k in enumerate(args)]
    return lines


def _exponent(node: Call) -> float | None:
    """The power of ``a ** b`` when b is a number (written in the expression), else None."""
    exponent = node.args[1]
    return float(exponent.value) if isinstance(exponent, Num) else None


# --- on a whole grid ----------------------------------------------------------------------------


def _sigmoid(a):
    e = np.exp(-np.abs(a))  # written so that neither side overflows
    return np.where(a >= 0, 1 / (1 + e), e / (1 + e))


_ARRAY_FUNCTIONS: dict[str, Callable] = {
    "add": np.add,
    "sub": np.subtract,
    "mul": np.multiply,
    "div": np.divide,
    "pow": np.power,
    "neg": np.negative,
    "exp": np.exp,
    "log": np.log,
    "sqrt": np.sqrt,
    "sin": np.sin,
    "cos": np.cos,
    "tanh": np.tanh,
    "sigmoid": _sigmoid,
    "relu": lambda a: np.maximum(a, 0.0),  # nan stays nan, as relu does
    "abs": np.abs,
    "norm": lambda *xs: reduce(np.hypot, xs) if len(xs) > 1 else np.abs(xs[0]),
}


def _on_arrays(tree, arrays: dict[str, np.ndarray]) -> np.ndarray:
    """The tree evaluated on numpy arrays, with IEEE's answers (inf, nan) and no warnings."""
    shape = next(iter(arrays.values())).shape
    results: dict[int, np.ndarray] = {}
    with np.errstate(all="ignore"):
        for node in post_order(tree):
            if isinstance(node, Num):
                results[id(node)] = np.full(shape, float(node.value))
            elif isinstance(node, Var):
                results[id(node)] = arrays[node.name]
            else:
                args = [results[id(a)] for a in node.args]
                results[id(node)] = np.asarray(_ARRAY_FUNCTIONS[node.op](*args), dtype=float)
    return np.broadcast_to(results[id(tree)], shape).copy()


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
