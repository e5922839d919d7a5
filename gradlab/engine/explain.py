"""Sentences for one step of the forward or the backward pass, e.g. ``x2 = x * x = 1 * 1 = 1``.

The steps carry their numbers; these functions only put them into words. The symbols are
parameters so that a view can write ``·`` and ``→`` where plain text writes ``*`` and ``->``. The
layout of each line is a translatable template (``translate("engine.explain", ...)``), so that a
language can arrange it otherwise; the formulas and numbers filled into it are never translated.
"""

from __future__ import annotations

import math

from ..translation import QT_TRANSLATE_NOOP, translate
from .ops import OPS


def format_number(value, digits: int | None = None) -> str:
    """A number as a student reads it: ``1`` not ``1.0``; all its digits, or ``digits`` significant ones."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if digits is None else f"{value:.{digits}g}"


def _operand(value, digits: int | None) -> str:
    text = format_number(value, digits)
    return f"({text})" if text.startswith("-") else text


def formula(op: str, names, times: str = "*") -> str:
    """How operation ``op`` combines ``names``: ``x * y``, ``exp(x)``, ``-x``, ``norm(x, y)``."""
    spec = OPS[op]
    symbol = times if op == "mul" else spec.symbol
    if spec.infix:
        return f"{names[0]} {symbol} {names[1]}"
    if op == "neg":
        return f"-{names[0]}"
    return f"{op}({', '.join(names)})"


def forward_text(name: str, op: str, input_names, input_values, value, times="*", digits=None) -> str:
    """``x2 = x * x = 1 * 1 = 1``."""
    spec = OPS[op]
    wrap = _operand if spec.infix or op == "neg" else format_number
    numbers = [wrap(v, digits) for v in input_values]
    #: A forward step, e.g. "x2 = x * x = 1 * 1 = 1": the node, its formula in names, in numbers, its value.
    template = translate("engine.explain", "{name} = {formula} = {numbers} = {value}")
    return template.format(
        name=name,
        formula=formula(op, input_names, times),
        numbers=formula(op, numbers, times),
        value=format_number(value, digits),
    )


def seed_text(name: str, times="*", arrow="->") -> str:
    """The start of the backward pass: ``o.g = ∂o/∂o = 1``."""
    #: The backward pass starts: the output's gradient with respect to itself is 1 ("o.g = ∂o/∂o = 1").
    return translate("engine.explain", "{name}.g = ∂{name}/∂{name} = 1").format(name=name)


def backward_text(
    parent: str, child: str, local, parent_grad, new_grad, times="*", arrow="->", digits=None
) -> str:
    """``x.g += ∂x2/∂x * x2.g = 1 * 1 -> 2``."""
    #: One backward edge, the chain rule: child.g += ∂parent/∂child × parent.g = local × upstream → new grad.
    template = translate(
        "engine.explain",
        "{child}.g += ∂{parent}/∂{child} {times} {parent}.g = {local} {times} {upstream} {arrow} {grad}",
    )
    return template.format(
        child=child,
        parent=parent,
        times=times,
        arrow=arrow,
        local=_operand(local, digits),
        upstream=_operand(parent_grad, digits),
        grad=format_number(new_grad, digits),
    )


# How max and min route the gradient, one sentence per case; torch's rule (derivatives.yaml).
_ROUTES = {
    ("max", "won"): QT_TRANSLATE_NOOP(
        "engine.explain",
        "{child} is the larger input ({mine} > {other}): max passes it the whole gradient; {rival} gets 0",
    ),
    ("max", "lost"): QT_TRANSLATE_NOOP(
        "engine.explain",
        "{child} is the smaller input ({mine} < {other}): max passes it nothing; "
        "{rival} gets the whole gradient",
    ),
    ("min", "won"): QT_TRANSLATE_NOOP(
        "engine.explain",
        "{child} is the smaller input ({mine} < {other}): min passes it the whole gradient; {rival} gets 0",
    ),
    ("min", "lost"): QT_TRANSLATE_NOOP(
        "engine.explain",
        "{child} is the larger input ({mine} > {other}): min passes it nothing; "
        "{rival} gets the whole gradient",
    ),
    "tie": QT_TRANSLATE_NOOP(
        "engine.explain",
        "a tie ({mine} = {other}): {op} gives each input half of the gradient, as torch does",
    ),
    "nan": QT_TRANSLATE_NOOP(
        "engine.explain",
        "an input is nan, neither larger nor smaller: {op} passes the whole gradient to both, as torch does",
    ),
}


def route_text(op: str, input_names, index: int, input_values) -> str:
    """Why a backward step through max or min carries what it does ("" for any other operation).

    ``index`` is the place (0 or 1) of the input the step is into, among both inputs' names and values.
    """
    if op not in ("max", "min") or len(input_values) != 2:
        return ""
    mine, other = input_values[index], input_values[1 - index]
    if mine != mine or other != other:
        template = _ROUTES["nan"]
    elif mine == other:
        template = _ROUTES["tie"]
    else:
        won = mine > other if op == "max" else mine < other
        template = _ROUTES[op, "won" if won else "lost"]
    return translate("engine.explain", template).format(
        op=op,
        child=input_names[index],
        rival=input_names[1 - index],
        mine=format_number(mine),
        other=format_number(other),
    )


def with_route(step_text: str, route: str) -> str:
    """A backward step's sentence with, for max and min, where the gradient went and why."""
    if not route:
        return step_text
    #: A backward step through max or min, then why that input got what it got.
    return translate("engine.explain", "{step}  — {why}").format(step=step_text, why=route)
