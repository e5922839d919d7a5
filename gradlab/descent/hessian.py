"""What the Hessian says about a function, and the stability claim it allows (2/λmax), stated only when true.

A function is a quadratic exactly when its expression tree is a polynomial of degree at most 2;
that is decided symbolically, in exact rational arithmetic, so x*x*x - x**3 + y*y is a quadratic
and 1e-20*x**3 is not. Its Hessian is then one constant matrix, whose eigenvalues are written in
closed form. 2/λmax bounds plain descent's learning rate only where the Hessian is positive
(semi)definite; the other cases are named: a saddle, a concave or linear function, a constant, a
function with kinks, or one whose curvature changes from place to place. Exact arithmetic stops
where a coefficient passes what a float can hold or grows too long to follow (a product of 2,000
numbers): then the Hessian is said to be unknown, and the analysis stays fast.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from ..engine.expr import Call, Num, Var, post_order
from ..translation import translate
from .function import Objective

MAX_DEGREE = 8  # a polynomial past this is not a quadratic, whatever cancels later: stop counting
MAX_TERMS = 64
MAX_BITS = 4096  # of an exact coefficient's numerator or denominator: longer ones are slow and meaningless
_TINY, _HUGE = Fraction(1, 2**1000), Fraction(2**1000)  # past these a coefficient is no float's value
KINKED = ("abs", "relu", "norm", "max", "min")

# A polynomial: {(power of x, power of y): exact coefficient}.
Polynomial = dict[tuple[int, int], Fraction]


@dataclass(frozen=True)
class Curvature:
    """The kind of function (see ``KINDS``) and, for a quadratic, its Hessian's eigenvalues (low, high)."""

    kind: str
    eigenvalues: tuple[float, ...] = ()

    @property
    def largest_eigenvalue(self) -> float:
        return max(self.eigenvalues) if self.eigenvalues else math.nan

    @property
    def max_rate(self) -> float | None:
        """2/λmax where it bounds plain descent (a positive (semi)definite Hessian), else None."""
        if self.kind in ("convex", "valley", "endless valley"):
            return 2 / self.largest_eigenvalue
        return None

    @property
    def has_minimum(self) -> bool | None:
        """True or False where the Hessian decides it; None where it cannot (kinks, changing curvature)."""
        if self.kind in ("convex", "valley", "constant"):
            return True
        if self.kind in ("endless valley", "saddle", "concave", "linear"):
            return False
        return None


KINDS = (
    "convex",
    "valley",
    "endless valley",
    "saddle",
    "concave",
    "linear",
    "constant",
    "kinked",
    "curved",
    "unknown",
)


class _BeyondFloatsError(Exception):
    """A coefficient no float holds, or too long to follow: the exact analysis stops."""


def curvature(objective: Objective) -> Curvature:
    """Classify ``objective``: a quadratic's kind and eigenvalues, or why no constant Hessian exists."""
    try:
        polynomial = as_polynomial(objective.tree)
    except _BeyondFloatsError:
        polynomial = "unknown"
    if not isinstance(polynomial, dict) or any(px + py > 2 for px, py in polynomial):
        if any(isinstance(n, Call) and n.op in KINKED for n in post_order(objective.tree)):
            return Curvature("kinked")
        return Curvature("unknown" if polynomial == "unknown" else "curved")
    if all(px + py == 0 for px, py in polynomial):
        return Curvature("constant")
    a = 2 * polynomial.get((2, 0), Fraction(0))  # ∂²f/∂x²
    b = polynomial.get((1, 1), Fraction(0))  # ∂²f/∂x∂y
    d = 2 * polynomial.get((0, 2), Fraction(0))  # ∂²f/∂y²
    if objective.dims == 1:
        if a == 0:
            return Curvature("linear")
        return Curvature("convex" if a > 0 else "concave", (float(a),))
    trace, determinant = a + d, a * d - b * b
    if trace == 0 and determinant == 0:
        return Curvature("linear")
    mean, radius = float(trace) / 2, math.hypot(float(a - d) / 2, float(b))
    if determinant == 0:  # rank one: one eigenvalue is exactly 0
        eigenvalues = (0.0, float(trace)) if trace > 0 else (float(trace), 0.0)
    else:
        eigenvalues = (mean - radius, mean + radius)
    if determinant < 0:
        return Curvature("saddle", eigenvalues)
    if trace < 0:
        return Curvature("concave", eigenvalues)
    if determinant > 0:
        return Curvature("convex", eigenvalues)
    # positive semidefinite: a minimum exists only if the slope along the flat direction is 0
    flat = (b, -a) if (a, b) != (0, 0) else (Fraction(1), Fraction(0))
    slope = polynomial.get((1, 0), Fraction(0)) * flat[0] + polynomial.get((0, 1), Fraction(0)) * flat[1]
    return Curvature("valley" if slope == 0 else "endless valley", eigenvalues)


def as_polynomial(tree) -> Polynomial | None:
    """``tree`` as an exact polynomial in x and y, or None where it is not one (or grows too big).

    Raises _BeyondFloatsError where a coefficient passes what a float holds or MAX_BITS.
    """
    results: dict[int, Polynomial | None] = {}
    for node in post_order(tree):
        if isinstance(node, Num):
            results[id(node)] = _constant(node.value)
        elif isinstance(node, Var):
            results[id(node)] = {(1, 0) if node.name == "x" else (0, 1): Fraction(1)}
        else:
            args = [results[id(a)] for a in node.args]
            results[id(node)] = None if any(a is None for a in args) else _checked(_combine(node, args))
    return results[id(tree)]


def _checked(polynomial: Polynomial | None) -> Polynomial | None:
    for c in (polynomial or {}).values():
        bits = max(c.numerator.bit_length(), c.denominator.bit_length())
        if bits > MAX_BITS or not _TINY <= abs(c) <= _HUGE:
            raise _BeyondFloatsError
    return polynomial


def _constant(value: float) -> Polynomial | None:
    if not math.isfinite(value):
        return None
    return {(0, 0): Fraction(value)} if value else {}


def _combine(node: Call, args: list[Polynomial]) -> Polynomial | None:
    op = node.op
    if op == "add":
        return _add(args[0], args[1], 1)
    if op == "sub":
        return _add(args[0], args[1], -1)
    if op == "neg":
        return {k: -c for k, c in args[0].items()}
    if op == "mul":
        return _multiply(args[0], args[1])
    if op == "div":
        divisor = args[1]
        if set(divisor) != {(0, 0)}:  # dividing by anything but a non-zero number
            return None
        return {k: c / divisor[(0, 0)] for k, c in args[0].items()}
    if op == "pow":
        exponent = node.args[1]
        if not isinstance(exponent, Num) or not float(exponent.value).is_integer():
            return None
        power = int(exponent.value)
        if not 0 <= power <= MAX_DEGREE:
            return None
        result: Polynomial | None = {(0, 0): Fraction(1)}
        for _ in range(power):
            result = _multiply(result, args[0]) if result is not None else None
        return result
    return None  # exp, log, sqrt, sin, cos, tanh, sigmoid, relu, abs, max, min, norm


def _add(p: Polynomial, q: Polynomial, sign: int) -> Polynomial:
    total = dict(p)
    for k, c in q.items():
        total[k] = total.get(k, Fraction(0)) + sign * c
    return {k: c for k, c in total.items() if c != 0}


def _multiply(p: Polynomial, q: Polynomial) -> Polynomial | None:
    product: Polynomial = {}
    for (px, py), c in p.items():
        for (qx, qy), e in q.items():
            key = (px + qx, py + qy)
            if sum(key) > MAX_DEGREE:
                return None
            product[key] = product.get(key, Fraction(0)) + c * e
    product = {k: c for k, c in product.items() if c != 0}
    return product if len(product) <= MAX_TERMS else None


# --- in words -----------------------------------------------------------------------------------


def describe(found: Curvature, dims: int, chosen: str) -> str:
    """What the Hessian says about plain descent here, in the user's language; ``chosen``: the rate typed."""
    from ..engine import format_number

    def short(value: float) -> str:
        return format_number(value, 6)

    values = {"chosen": chosen}
    if found.eigenvalues:
        values.update(low=short(min(found.eigenvalues)), high=short(max(found.eigenvalues)))
    if found.max_rate is not None:
        values["limit"] = short(found.max_rate)
    kind = found.kind
    if kind == "convex" and dims == 1:
        text = translate(
            "descent.curvature",
            "Quadratic with f'' = {high} > 0: plain descent converges for learning rates below "
            "2/λmax = {limit} (chosen: {chosen}).",
        )
    elif kind == "convex":
        text = translate(
            "descent.curvature",
            "Quadratic with a positive definite Hessian (eigenvalues {low} and {high}): plain descent "
            "converges for learning rates below 2/λmax = {limit} (chosen: {chosen}).",
        )
    elif kind == "valley":
        text = translate(
            "descent.curvature",
            "Quadratic with a positive semidefinite Hessian (eigenvalues 0 and {high}): a line of minima. "
            "Plain descent converges to it for learning rates below 2/λmax = {limit} (chosen: {chosen}).",
        )
    elif kind == "endless valley":
        text = translate(
            "descent.curvature",
            "Quadratic with a positive semidefinite Hessian (eigenvalues 0 and {high}) but no minimum: f "
            "falls for ever along a line. Below 2/λmax = {limit} (chosen: {chosen}) plain descent stays "
            "steady across that line, but it never stops.",
        )
    elif kind == "saddle":
        text = translate(
            "descent.curvature",
            "Indefinite Hessian (eigenvalues {low} and {high}): a saddle, with no minimum. Along the "
            "direction of the negative eigenvalue f falls for ever, so descent moves away there whatever "
            "the learning rate: 2/λmax does not apply.",
        )
    elif kind == "concave" and dims == 1:
        text = translate(
            "descent.curvature",
            "Concave (f'' = {low} < 0): f has no minimum, and descent moves away whatever the learning "
            "rate: 2/λmax does not apply.",
        )
    elif kind == "concave":
        text = translate(
            "descent.curvature",
            "Concave (Hessian eigenvalues {low} and {high}, none positive): f has no minimum, and descent "
            "moves away whatever the learning rate: 2/λmax does not apply.",
        )
    elif kind == "linear":
        text = translate(
            "descent.curvature",
            "Linear: f has no minimum, and every optimizer walks downhill for ever. Its curvature is 0, "
            "so no learning-rate limit applies.",
        )
    elif kind == "constant":
        text = translate(
            "descent.curvature", "Constant: the gradient is 0 everywhere, so no optimizer moves."
        )
    elif kind == "kinked":
        text = translate(
            "descent.curvature",
            "Not smooth: f uses abs, relu, norm, max or min, whose kinks (where the argument of abs, relu "
            "or norm is 0, where the two of max or min are equal) have no Hessian. There the gradient "
            "jumps, so no learning-rate limit applies, and a fixed step can hop around a kink for ever.",
        )
    elif kind == "unknown":
        text = translate(
            "descent.curvature",
            "The Hessian is not worked out: the function's numbers are too large, too small or too long "
            "to follow exactly, so no learning-rate limit is given.",
        )
    else:
        text = translate(
            "descent.curvature",
            "Not a quadratic: the Hessian changes from place to place, so no single learning rate is "
            "safe everywhere.",
        )
    return text.format(**values)
