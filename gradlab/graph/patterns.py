"""The gates' patterns of the Hacker's guide, named in the step log the first time each appears in a walk.

Add passes the gradient on unchanged, multiply swaps the inputs' values, max routes it to the larger
input, and a variable used twice adds its gradients up. ``pattern_of`` says which pattern a backward
step shows (None: none of these); ``pattern_text`` is its sentence in the user's language.
"""

from __future__ import annotations

from ..translation import QT_TRANSLATE_NOOP, translate

PATTERNS = {
    "add": QT_TRANSLATE_NOOP(
        "graph.patterns", "add gate: it hands the gradient on unchanged to each input (∂/∂input = 1)"
    ),
    "sub": QT_TRANSLATE_NOOP(
        "graph.patterns", "subtract gate: the first input gets the gradient, the second its negative"
    ),
    "mul": QT_TRANSLATE_NOOP(
        "graph.patterns",
        "multiply gate: each input gets the gradient times the other input's value (the values swap)",
    ),
    "max": QT_TRANSLATE_NOOP(
        "graph.patterns", "max gate: the whole gradient goes to the larger input, the other gets 0"
    ),
    "min": QT_TRANSLATE_NOOP(
        "graph.patterns", "min gate: the whole gradient goes to the smaller input, the other gets 0"
    ),
    "uses": QT_TRANSLATE_NOOP(
        "graph.patterns", "a variable used twice: the gradients of its uses add up (+=)"
    ),
}


def pattern_of(step, fed_before: bool) -> str | None:
    """The pattern a backward ``step`` shows, or None.

    A second use (``fed_before``: its input already got a gradient in this walk), else its gate's.
    """
    if step.kind != "backward":
        return None
    if fed_before:
        return "uses"
    op = step.parent._op
    return op if op in PATTERNS else None


def pattern_text(key: str) -> str:
    return translate("graph.patterns", PATTERNS[key])
