"""The table of operations: how each one computes, its local derivatives, and how it is written.

One table serves the engine's backward pass, the step-by-step explanations and the code
generators. Every function here follows IEEE arithmetic instead of raising: dividing by zero
gives inf or nan, an overflow gives inf, a log of a negative number gives nan.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

INF = math.inf
NAN = math.nan


def safe_div(a, b):
    """A / b, with IEEE's answer (±inf or nan) where Python would raise."""
    try:
        return a / b
    except ZeroDivisionError:
        if a == 0 or a != a:
            return NAN
        return math.copysign(INF, a) * math.copysign(1.0, b)
    except OverflowError:
        return NAN


def _is_odd_integer(b) -> bool:
    try:
        return float(b).is_integer() and int(b) % 2 == 1
    except (OverflowError, ValueError):
        return False


def safe_pow(a, b):
    """A ** b as torch.pow computes it: inf on overflow, nan for a negative base and a fractional power."""
    if isinstance(a, int) and isinstance(b, int) and abs(a) > 1 and abs(b) > 1024:
        a = float(a)  # an exact integer power this large would take minutes and gigabytes
    try:
        result = a**b
    except OverflowError:
        return -INF if a < 0 and _is_odd_integer(b) else INF
    except ZeroDivisionError:  # 0.0 ** negative
        return math.copysign(INF, a) if _is_odd_integer(b) else INF
    if isinstance(result, complex):
        return NAN
    return result


def safe_exp(a):
    try:
        return math.exp(a)
    except OverflowError:
        return INF


def safe_log(a):
    if a > 0:
        try:
            return math.log(a)
        except OverflowError:
            return INF
    if a == 0:
        return -INF
    return NAN


def safe_sqrt(a):
    if a >= 0:
        try:
            return math.sqrt(a)
        except OverflowError:
            return INF
    return NAN


def _periodic(fn):
    def safe(a):
        try:
            return fn(a)
        except (ValueError, OverflowError):  # sin(inf), or an integer too large for a float
            return NAN

    return safe


safe_sin = _periodic(math.sin)
safe_cos = _periodic(math.cos)


def safe_tanh(a):
    try:
        return math.tanh(a)
    except OverflowError:
        return math.copysign(1.0, a)


def sigmoid(a):
    """1 / (1 + e^-a), written so that neither branch overflows."""
    if a >= 0:
        return 1.0 / (1.0 + safe_exp(-a))
    e = safe_exp(a)
    return e / (1.0 + e)


def relu(a):
    return a if a > 0 or a != a else 0.0


def maximum(a, b):
    """The larger of a and b, as torch.maximum gives it.

    nan if either is nan (Python's max would drop a nan in second place), and ``a`` at a tie (so
    max(-0.0, 0.0) is -0.0, as in torch).
    """
    if a != a or b != b:
        return NAN
    return b if b > a else a


def minimum(a, b):
    """The smaller of a and b as torch.minimum gives it: nan if either is nan, ``a`` at a tie."""
    if a != a or b != b:
        return NAN
    return b if b < a else a


def norm(*values):
    try:
        return math.hypot(*values)
    except OverflowError:
        return INF


class Blocked(float):
    """A local derivative that is zero by definition, not by arithmetic: the edge carries nothing.

    torch masks these edges instead of multiplying (relu where it is flat, x**0), so an infinite
    or nan gradient arriving from above stops there instead of becoming 0 * inf = nan.
    """

    __slots__ = ()


BLOCKED = Blocked(0.0)


def _relu_local(out, a):
    return (1 if a > 0 else BLOCKED,)


def _max_local(out, a, b):
    """torch.maximum's backward, as its derivatives.yaml writes it.

    The whole gradient goes to the larger input and none to the other (masked to 0, so even an
    infinite gradient stops there); at a tie each input gets half. A nan is neither larger nor
    smaller than anything, so next to a nan both inputs get the whole gradient, as in torch.
    """
    if a == b:
        return (0.5, 0.5)
    return (BLOCKED if a < b else 1, BLOCKED if a > b else 1)


def _min_local(out, a, b):
    """torch.minimum's backward: the whole gradient to the smaller input, half to each at a tie."""
    if a == b:
        return (0.5, 0.5)
    return (BLOCKED if a > b else 1, BLOCKED if a < b else 1)


def _sign(a):
    return 1 if a > 0 else (-1 if a < 0 else 0)


def _pow_local(out, a, b):
    d_base = BLOCKED if b == 0 else b * safe_pow(a, b - 1)  # torch's choice: x**0 is flat, even at 0
    if a > 0:
        d_exponent = out * safe_log(a)
    elif a == 0 and b >= 0:
        d_exponent = BLOCKED  # torch's choice: the limit from the right
    else:
        d_exponent = NAN
    return (d_base, d_exponent)


@dataclass(frozen=True)
class Op:
    """One operation: its forward function, its local derivatives and its notation.

    ``local(out, *inputs)`` returns ∂out/∂input for each input, given the output value and the
    input values. ``symbol`` is the infix sign for binary operators (``*``) and empty for
    functions; ``rules`` gives each local derivative as a formula over ``{0}``, ``{1}`` (the
    inputs' names) and ``{out}``, for explanations and for code generators.
    """

    name: str
    arity: int  # -1: any number of inputs, at least one
    symbol: str
    forward: Callable
    local: Callable
    rules: tuple[str, ...]

    @property
    def infix(self) -> bool:
        return bool(self.symbol) and self.arity == 2


def _table(*ops: Op) -> dict[str, Op]:
    return {op.name: op for op in ops}


OPS: dict[str, Op] = _table(
    Op("add", 2, "+", lambda a, b: a + b, lambda out, a, b: (1, 1), ("1", "1")),
    Op("sub", 2, "-", lambda a, b: a - b, lambda out, a, b: (1, -1), ("1", "-1")),
    Op("mul", 2, "*", lambda a, b: a * b, lambda out, a, b: (b, a), ("{1}", "{0}")),
    Op(
        "div",
        2,
        "/",
        safe_div,
        lambda out, a, b: (safe_div(1, b), safe_div(-a, b * b)),
        ("1/{1}", "-{0}/{1}²"),
    ),
    Op("pow", 2, "**", safe_pow, _pow_local, ("{1}·{0}^({1}-1)", "{out}·log({0})")),
    Op("neg", 1, "-", lambda a: -a, lambda out, a: (-1,), ("-1",)),
    Op("exp", 1, "", safe_exp, lambda out, a: (out,), ("exp({0})",)),
    Op("log", 1, "", safe_log, lambda out, a: (safe_div(1, a),), ("1/{0}",)),
    Op("sqrt", 1, "", safe_sqrt, lambda out, a: (safe_div(0.5, out),), ("1/(2·sqrt({0}))",)),
    Op("sin", 1, "", safe_sin, lambda out, a: (safe_cos(a),), ("cos({0})",)),
    Op("cos", 1, "", safe_cos, lambda out, a: (-safe_sin(a),), ("-sin({0})",)),
    Op("tanh", 1, "", safe_tanh, lambda out, a: (1 - out * out,), ("1 - tanh({0})²",)),
    Op("sigmoid", 1, "", sigmoid, lambda out, a: (out * (1 - out),), ("σ({0})·(1 - σ({0}))",)),
    Op("relu", 1, "", relu, _relu_local, ("1 if {0} > 0 else 0",)),
    Op("abs", 1, "", abs, lambda out, a: (_sign(a),), ("sign({0})",)),
    Op(
        "max",
        2,
        "",
        maximum,
        _max_local,
        ("1 if {0} > {1}, 1/2 if {0} = {1}, else 0", "1 if {1} > {0}, 1/2 if {1} = {0}, else 0"),
    ),
    Op(
        "min",
        2,
        "",
        minimum,
        _min_local,
        ("1 if {0} < {1}, 1/2 if {0} = {1}, else 0", "1 if {1} < {0}, 1/2 if {1} = {0}, else 0"),
    ),
    Op(
        "norm",
        -1,
        "",
        norm,
        lambda out, *xs: tuple(0.0 if out == 0 else safe_div(x, out) for x in xs),
        ("{i}/{out}",),
    ),
)

#: Functions a student may call in an expression, by name.
FUNCTIONS = tuple(name for name, op in OPS.items() if not op.symbol)


def chain(local, upstream):
    """One edge's contribution to a gradient: local * upstream, where a ``Blocked`` zero passes nothing."""
    if type(local) is Blocked:
        return 0.0
    return local * upstream


def local_derivatives(op: str, out, inputs) -> tuple:
    """∂out/∂input for each of ``inputs`` (plain numbers) of operation ``op``."""
    return OPS[op].local(out, *inputs)


def compute(op: str, inputs):
    """The value of operation ``op`` on ``inputs`` (plain numbers)."""
    return OPS[op].forward(*inputs)
