"""Functions to descend, compiled once from the expression tree into plain float64 Python.

A race takes thousands of steps a second, so the value and the gradient at a point come from
straight-line code generated from the validated tree (a forward sweep, then the chain rule
backwards), never from torch or from the user's text. The map evaluates the same tree on a
whole numpy grid at once, as finely as a time and memory budget allow (a function of 5,000 nodes
gets a coarser map, never a frozen window). Both follow the engine's table of operations
(``engine.ops``), whose derivatives are torch's own choices (a kink's derivative, x**0, relu where
it is flat).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce

import numpy as np

from ..engine import parse_expression
from ..engine.expr import Call, Num, Var, post_order
from ..engine.ops import OPS, chain, safe_div, safe_pow
from ..translation import translate
from .presets import function_variables

MAP_POINTS = {1: 400, 2: 200}  # points along each axis the map is drawn with, for f(x) and f(x, y)
MAP_BUDGET = 0.25  # seconds f's values on the map may take (on the GUI thread): past that, fewer points
MAP_MEMORY = 64 * 2**20  # bytes the arrays alive at once during that evaluation may take
# Time is counted in the thread's own processor time: what the function costs, not what other
# programs take at the same moment (on a busy machine one trial would otherwise mislead). Windows
# counts a thread's time in steps of about 15 ms, too coarse for a trial: there, the clock.
_clock = time.perf_counter if sys.platform == "win32" else time.thread_time
_PROBES = (20, 50)  # points per axis of the trial grids that time a function before its map
_FASTEST = 0.25e-9  # seconds per point of one array operation: a bound no machine here beats
_STEPS = (400, 320, 256, 200, 160, 128, 100, 80, 64, 50, 40, 32, 20)  # the finenesses a map may get


@dataclass(frozen=True)
class Grid:
    """f on a grid (``values[i, j]`` at xs[i], ys[j]; in one variable ys is None), and the fineness wanted."""

    xs: np.ndarray
    ys: np.ndarray | None
    values: np.ndarray
    wanted: int

    @property
    def coarse(self) -> bool:
        return len(self.xs) < self.wanted

    def note(self) -> str:
        """Why the map is coarser than usual, in the user's language ("" when it is not)."""
        if not self.coarse:
            return ""
        if self.ys is None:
            text = translate(
                "descent.function",
                "This function is costly to compute, so its curve is drawn with {points} points "
                "instead of {wanted}.",
            )
        else:
            text = translate(
                "descent.function",
                "This function is costly to compute, so its map is drawn on {points}×{points} points "
                "instead of {wanted}×{wanted}.",
            )
        return text.format(points=len(self.xs), wanted=self.wanted)


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
        self._map: tuple[tuple, Grid] | None = None  # the last map: the race's note and the view share it
        self._program: _ArrayProgram | None = None

    @property
    def dims(self) -> int:
        return len(self.names)

    def value(self, point) -> float:
        return self.value_and_gradient(*(float(v) for v in point))[0]

    def map(self, region: tuple[float, float, float, float]) -> Grid:
        """The function over ``region`` as the map draws it: MAP_POINTS along each axis, or fewer if costly.

        Two small trial grids time the function; the finest grid whose predicted time fits what is
        left of MAP_BUDGET (and whose arrays fit MAP_MEMORY) is the map. Kept for the next call.
        """
        key = tuple(region[:2]) if self.dims == 1 else tuple(region)
        if self._map is None or self._map[0] != key:
            self._map = (key, self._fitted(region))
        return self._map[1]

    def _fitted(self, region) -> Grid:
        dims, wanted, program = self.dims, MAP_POINTS[self.dims], self.program
        deadline = _clock() + MAP_BUDGET
        most = min(wanted, int((MAP_MEMORY / (8 * (program.peak + 3))) ** (1 / dims)))
        floor = program.operations * _FASTEST  # seconds per point no machine beats
        timed: dict[int, tuple[float, tuple]] = {}  # points per axis: (seconds, (xs, ys, values))
        for probe in _PROBES:
            left = deadline - _clock()
            if probe >= most or (timed and _predicted(timed, dims, probe, floor) > left / 2):
                break  # no trial needed, or the second would take most of what is left
            started = _clock()
            grid = self.grid(region, probe)
            timed[probe] = (_clock() - started, grid)
            if len(timed) == 1 and timed[probe][0] / probe**dims * most**dims <= left:
                break  # even all of the first trial's time per point says the full map fits
        left = deadline - _clock()
        fits = [n for n in _STEPS if n <= most and (not timed or _predicted(timed, dims, n, floor) <= left)]
        points = fits[0] if fits else min(timed, default=most)
        xs, ys, values = timed[points][1] if points in timed else self.grid(region, points)
        return Grid(xs, ys, values, wanted)

    def grid(self, region: tuple[float, float, float, float], n: int = 200):
        """xs, ys and f on an n×n grid over (xmin, xmax, ymin, ymax), all at once (numpy arrays).

        ``values[i, j]`` is f at (xs[i], ys[j]); in one variable ys is None and values is 1-D.
        """
        xmin, xmax, ymin, ymax = region
        xs = np.linspace(xmin, xmax, n)
        ys = np.linspace(ymin, ymax, n)
        if self.dims == 1:
            return xs, None, self.program.run({"x": xs})
        grid_x, grid_y = np.meshgrid(xs, ys, indexing="ij")
        return xs, ys, self.program.run({"x": grid_x, "y": grid_y})

    @property
    def program(self) -> _ArrayProgram:
        if self._program is None:
            self._program = _ArrayProgram(self.tree)
        return self._program


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
    # A variable used 2,500 times is a sum of 2,500 terms: written in statements of 64 terms (in the
    # same order), since one expression that long is nested too deeply for Python's compiler.
    sums = []
    for k, name in enumerate(names):
        terms = uses[name] or ["0.0"]
        sums += [f"    s{k} = " + " + ".join(terms[:64])]
        sums += [f"    s{k} = s{k} + " + " + ".join(terms[at : at + 64]) for at in range(64, len(terms), 64)]
    lines = [f"def value_and_gradient({', '.join(names)}):", *forward, *backward, *sums]
    lines.append(f"    return v{len(nodes) - 1}, ({', '.join(f's{k}' for k in range(len(names)))},)")
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
    "max": np.maximum,  # nan stays nan, as torch.maximum's
    "min": np.minimum,
    "norm": lambda *xs: reduce(np.hypot, xs) if len(xs) > 1 else np.abs(xs[0]),
}


class _ArrayProgram:
    """The tree as a flat list of numpy steps, made once: (function, argument slots, result slot, let go).

    Walking 5,000 nodes costs more than computing them on a small grid, so the walk is done once
    per function, not once per grid. A number stays one number (numpy broadcasts it), and each
    result is let go at its last use: a product of 2,048 factors holds a dozen arrays, not 4,000.
    """

    def __init__(self, tree):
        nodes = list(post_order(tree))
        slot = {id(node): i for i, node in enumerate(nodes)}
        last_use: dict[int, int] = {}
        for i, node in enumerate(nodes):
            for a in node.args if isinstance(node, Call) else ():
                last_use[slot[id(a)]] = i
        self.size, self.result = len(nodes), len(nodes) - 1
        self.numbers = [(i, float(n.value)) for i, n in enumerate(nodes) if isinstance(n, Num)]
        self.variables = [(i, n.name) for i, n in enumerate(nodes) if isinstance(n, Var)]
        self.steps = []
        self.operations = 0  # array operations per point: a norm of k arguments is k - 1 of them
        alive = self.peak = 0  # results of operations held at once (variables are shared, numbers scalar)
        for i, node in enumerate(nodes):
            if isinstance(node, Call):
                args = tuple(slot[id(a)] for a in node.args)
                done = tuple(dict.fromkeys(k for k in args if last_use[k] == i))
                self.steps.append((_ARRAY_FUNCTIONS[node.op], args, i, done))
                self.operations += max(1, len(args) - 1)
                alive += 1
                self.peak = max(self.peak, alive)
                alive -= sum(isinstance(nodes[k], Call) for k in done)

    def run(self, arrays: dict[str, np.ndarray]) -> np.ndarray:
        """The function on these arrays, with IEEE's answers (inf, nan) and no warnings."""
        shape = next(iter(arrays.values())).shape
        slots: list = [None] * self.size
        for i, value in self.numbers:
            slots[i] = value
        for i, name in self.variables:
            slots[i] = arrays[name]
        with np.errstate(all="ignore"):
            for function, args, out, done in self.steps:
                slots[out] = function(*[slots[k] for k in args])
                for k in done:
                    slots[k] = None
        return np.array(np.broadcast_to(slots[self.result], shape), dtype=float)


def _predicted(timed: dict[int, tuple[float, tuple]], dims: int, points: int, floor: float) -> float:
    """Seconds a grid of ``points`` per axis should take, from the trials: a fixed part, and a part per point.

    From two trials, the line through them, its slope at least ``floor`` (a noisy pair never
    predicts a free point); from one, all of its time per point (pessimistic).
    """
    sizes = sorted(timed)
    n1, t1 = sizes[0] ** dims, timed[sizes[0]][0]
    if len(sizes) == 1:
        return t1 / n1 * points**dims
    n2, t2 = sizes[-1] ** dims, timed[sizes[-1]][0]
    per_point = max((t2 - t1) / (n2 - n1), floor)
    return max(t1 - per_point * n1, 0.0) + per_point * points**dims


def default_region(objective: Objective, start) -> tuple[float, float, float, float]:
    """A region around the start point for a function the student typed."""
    span = max(2.0, *(abs(v) * 1.5 for v in start))
    if objective.dims == 1:
        x = start[0]
        values = objective.map((x - span, x + span, 0, 1)).values
        finite = values[np.isfinite(values)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (-1.0, 1.0)
        pad = (high - low) * 0.05 or 1.0
        return (x - span, x + span, low - pad, high + pad)
    return (-span, span, -span, span)
