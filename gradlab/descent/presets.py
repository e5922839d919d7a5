"""What the Gradient Descent tab offers: the preset functions and the optimizers' names and rates.

Plain data, without torch, so the window can list them before torch has loaded. The names, titles
and notes are English, marked for translation in the context ``"descent.presets"``: a view shows
``translate("descent.presets", text)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import ExprError, parse_expression, variables
from ..translation import QT_TRANSLATE_NOOP, translate

OPTIMIZERS: dict[str, str] = {
    "sgd": QT_TRANSLATE_NOOP("descent.presets", "Gradient descent"),
    "momentum": QT_TRANSLATE_NOOP("descent.presets", "Momentum"),
    "nesterov": QT_TRANSLATE_NOOP("descent.presets", "Nesterov"),
    "adagrad": QT_TRANSLATE_NOOP("descent.presets", "AdaGrad"),
    "rmsprop": QT_TRANSLATE_NOOP("descent.presets", "RMSprop"),
    "adam": QT_TRANSLATE_NOOP("descent.presets", "Adam"),
}

# A learning rate for each that descends the presets without diverging. (Not "#:": lupdate would
# give that comment to the translators of the next marked text.)
DEFAULT_RATES: dict[str, float] = {
    "sgd": 0.02,
    "momentum": 0.002,
    "nesterov": 0.002,
    "adagrad": 0.5,
    "rmsprop": 0.01,
    "adam": 0.05,
}


@dataclass(frozen=True)
class DescentFunction:
    """A preset: the expression, where to start, and the region the map shows (xmin, xmax, ymin, ymax)."""

    key: str
    title: str
    text: str
    start: tuple[float, ...]
    region: tuple[float, float, float, float]
    note: str = ""
    rates: tuple[tuple[str, float], ...] = ()  # learning rates that suit this function, by optimizer


FUNCTIONS: tuple[DescentFunction, ...] = (
    DescentFunction(
        "net2",
        QT_TRANSLATE_NOOP("descent.presets", "net2: x² + y²"),
        "x*x + y*y",
        (1.0, 3.0),
        (-4.0, 4.0, -4.0, 4.0),
    ),
    DescentFunction(
        "torchGd1",
        QT_TRANSLATE_NOOP("descent.presets", "torchGd1: x² − 4x + 4"),
        "x*x - 4*x + 4",
        (0.0,),
        (-2.0, 6.0, -1.0, 17.0),
    ),
    DescentFunction(
        "torchGd3",
        QT_TRANSLATE_NOOP("descent.presets", "torchGd3: ‖(x, y)‖"),
        "norm(x, y)",
        (1.0, 2.0),
        (-2.5, 2.5, -2.5, 2.5),
        QT_TRANSLATE_NOOP(
            "descent.presets",
            "A cone: its gradient has length 1 everywhere, so a fixed step hops around the tip forever.",
        ),
    ),
    DescentFunction(
        "rosenbrock",
        QT_TRANSLATE_NOOP("descent.presets", "Rosenbrock"),
        "(1 - x)**2 + 100*(y - x**2)**2",
        (-1.5, 2.0),
        (-2.0, 2.0, -1.0, 3.0),
        QT_TRANSLATE_NOOP(
            "descent.presets", "A long curved valley: easy to find, slow to follow to the minimum at (1, 1)."
        ),
        (("sgd", 0.001), ("momentum", 0.0002), ("nesterov", 0.0002), ("adagrad", 0.5), ("rmsprop", 0.01)),
    ),
    DescentFunction(
        "beale",
        QT_TRANSLATE_NOOP("descent.presets", "Beale"),
        "(1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2",
        (1.0, 1.4),
        (-4.5, 4.5, -4.5, 4.5),
    ),
    DescentFunction(
        "himmelblau",
        QT_TRANSLATE_NOOP("descent.presets", "Himmelblau"),
        "(x**2 + y - 11)**2 + (x + y**2 - 7)**2",
        (0.0, 0.0),
        (-5.0, 5.0, -5.0, 5.0),
    ),
    DescentFunction(
        "saddle",
        QT_TRANSLATE_NOOP("descent.presets", "Saddle: x² − y²"),
        "x**2 - y**2",
        (1.5, 0.01),
        (-2.0, 2.0, -2.0, 2.0),
        QT_TRANSLATE_NOOP(
            "descent.presets",
            "Flat at the origin but no minimum: descent slides in along x and away along y.",
        ),
    ),
)


def function_preset(key: str) -> DescentFunction:
    for f in FUNCTIONS:
        if f.key == key:
            return f
    raise KeyError(f"no function called {key}")


def function_variables(text: str) -> tuple[str, ...]:
    """("x",) or ("x", "y"): the variables of a function to descend; ExprError for a mistake or others.

    Pure (no torch), so a session's function can be checked before torch has loaded.
    """
    tree = parse_expression(text)
    names = variables(tree)
    unknown = [n for n in names if n not in ("x", "y")]
    if unknown:
        message = translate("descent.function", "use x and y as the variables, not {names}")
        raise ExprError(message.format(names=", ".join(unknown)))
    return ("x", "y") if "y" in names else ("x",)
