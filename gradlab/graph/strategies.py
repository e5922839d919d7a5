"""The Hacker's guide's race, part 1: three ways to make a graph's output a little larger.

Karpathy's argument, on any graph: (1) random local search tweaks every input at random and keeps
the best of N tries; (2) the numerical gradient costs one extra forward pass per input; (3) the
analytic gradient costs one backward pass. (2) and (3) then take one step of size ``step`` *up* the
output, ``x += step · ∂f/∂x``, as the guide climbs. On x·y from (−2, 3) both reach x = −1.97,
y = 2.98 and −5.87 (``guide_number``), where 100 random tries reach about −5.96.

The race works on a copy: the graph passed in never changes.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from ..engine import Graph
from ..translation import QT_TRANSLATE_NOOP, translate

STRATEGIES = ("random", "numerical", "analytic")
TITLES = {
    "random": QT_TRANSLATE_NOOP("graph.strategies", "random search"),
    "numerical": QT_TRANSLATE_NOOP("graph.strategies", "numerical gradient"),
    "analytic": QT_TRANSLATE_NOOP("graph.strategies", "analytic gradient"),
}
SEED_MAX = 2_147_483_647
TRIES_MAX = 100_000
SIZE_MAX = 1e6  # the largest step, h or tweak
WORK_LIMIT = 3_000_000  # node computations in one race (about a second): the window waits for it


@dataclass(frozen=True)
class RaceSettings:
    """The guide's numbers: step 0.01, h 0.0001, 100 tries of tweak 0.01.

    ``seed`` seeds ``random.Random`` for the random search: seed 0 reaches −5.9598 on x·y from
    (−2, 3) (the guide's unseeded run reached −5.9588); another seed gives another value.
    """

    step: float = 0.01
    h: float = 0.0001
    tries: int = 100
    tweak: float = 0.01
    seed: int = 0

    def problem(self) -> str | None:
        """Why these settings cannot race (a sentence), or None."""
        for name, value in (("step", self.step), ("h", self.h), ("tweak", self.tweak)):
            if not _number(value) or not 0 < value <= SIZE_MAX:
                message = translate("graph.strategies", "{name} must be a positive number no larger than 1e6")
                return message.format(name=name)
        if not _whole(self.tries) or not 1 <= self.tries <= TRIES_MAX:
            message = translate("graph.strategies", "the tries must be a whole number from 1 to {most:,}")
            return message.format(most=TRIES_MAX)
        if not _whole(self.seed) or not 0 <= self.seed <= SEED_MAX:
            message = translate("graph.strategies", "the seed must be a whole number from 0 to {most:,}")
            return message.format(most=SEED_MAX)
        return None


@dataclass(frozen=True)
class Outcome:
    """Where one strategy went: its new ``inputs`` (name, value), the new ``output``, what it cost.

    ``forward_passes`` and ``backward_passes`` are what it took to choose the step; the gradient
    strategies then take one more forward pass to compute the new output (random search's new
    output is its best try's, already computed).
    """

    strategy: str
    inputs: tuple[tuple[str, float], ...]
    output: float
    forward_passes: int
    backward_passes: int = 0

    @property
    def title(self) -> str:
        return translate("graph.strategies", TITLES[self.strategy])

    def cost_text(self) -> str:
        """The passes it took, as the row says them ("100 forward passes", "1 forward + 1 backward pass")."""
        if self.strategy == "analytic":
            return translate("graph.strategies", "1 forward + 1 backward pass")
        if self.strategy == "numerical":
            message = translate("graph.strategies", "1 + {inputs} forward passes (1 per input)")
            return message.format(inputs=self.forward_passes - 1)
        if self.forward_passes == 1:
            return translate("graph.strategies", "1 forward pass")
        return translate("graph.strategies", "{count:,} forward passes").format(count=self.forward_passes)

    def output_text(self) -> str:
        """The new output as the guide prints it (``guide_number``)."""
        return guide_number(self.output)

    def inputs_text(self) -> str:
        """``x = -1.97, y = 2.98``: each new input as the guide prints it."""
        return ", ".join(f"{name} = {guide_number(value)}" for name, value in self.inputs)


@dataclass(frozen=True)
class Race:
    """The three outcomes from one start (``start_inputs``, ``start_output``)."""

    start_inputs: tuple[tuple[str, float], ...]
    start_output: float
    outcomes: tuple[Outcome, ...]
    settings: RaceSettings

    def outcome(self, strategy: str) -> Outcome:
        return next(o for o in self.outcomes if o.strategy == strategy)

    def winners(self) -> tuple[Outcome, ...]:
        """The outcomes that climbed highest (equal as the guide prints them); none if none climbed."""
        climbed = [o for o in self.outcomes if not math.isnan(o.output) and o.output > self.start_output]
        if not climbed:
            return ()
        best = guide_number(max(o.output for o in climbed))
        return tuple(o for o in climbed if guide_number(o.output) == best)

    def summary(self) -> str:
        """One line: who climbed most, and what the gradients cost."""
        winners = self.winners()
        if not winners:
            text = translate("graph.strategies", "None of the three climbed above the start, {start}.")
            text = text.format(start=repr(self.start_output))
        else:
            value = guide_number(winners[0].output)
            if len(winners) == 1:
                text = translate("graph.strategies", "{name} climbed most, to {value}.")
                text = text.format(name=_capital(winners[0].title), value=value)
            elif len(winners) == 2:
                text = translate("graph.strategies", "{first} and {second} climbed as far, to {value}.")
                text = text.format(first=_capital(winners[0].title), second=winners[1].title, value=value)
            else:
                text = translate("graph.strategies", "All three climbed as far, to {value}.").format(
                    value=value
                )
        cost = translate(
            "graph.strategies",
            "The analytic gradient needed only one backward pass after one forward pass; the numerical "
            "gradient {forward} forward passes, random search {tries:,}.",
        )
        forward = self.outcome("numerical").forward_passes
        return text + " " + cost.format(forward=forward, tries=self.outcome("random").forward_passes)


class RaceError(ValueError):
    """A graph or settings the race cannot run on, with a one-line message for the student."""


def race(graph: Graph, settings: RaceSettings | None = None) -> Race:
    """Run the three strategies from the graph's current values; the graph itself is left as it is."""
    settings = settings if settings is not None else RaceSettings()
    copy, start, output = _prepared(graph, settings)
    outcomes = (
        random_search(copy, start, settings.tries, settings.tweak, settings.seed),
        numerical_step(copy, start, settings.step, settings.h),
        analytic_step(copy, start, settings.step),
    )
    return Race(tuple(start.items()), output, outcomes, settings)


def check(graph: Graph, settings: RaceSettings) -> str | None:
    """Why ``race(graph, settings)`` would refuse (its one line), or None: nothing is raced."""
    try:
        _prepared(graph, settings)
    except RaceError as error:
        return str(error)
    return None


def _prepared(graph: Graph, settings: RaceSettings) -> tuple[Graph, dict[str, float], float]:
    """A copy of ``graph`` to race on, its variables' start and its output; RaceError if it cannot race."""
    problem = settings.problem()
    if problem is not None:
        raise RaceError(problem)
    copy = Graph.from_spec(graph.to_spec())
    if copy.output is None:
        raise RaceError(translate("graph.strategies", "The graph has no output to climb."))
    names = _variables(copy)
    if not names:
        raise RaceError(
            translate("graph.strategies", "The output depends on no variable: there is nothing to move.")
        )
    work = (settings.tries + len(names) + 4) * len(copy.nodes)
    if work > WORK_LIMIT:
        message = translate(
            "graph.strategies",
            "This race would compute {work:,} nodes, more than {limit:,}: "
            "use fewer tries or a smaller graph.",
        )
        raise RaceError(message.format(work=work, limit=WORK_LIMIT))
    start = {name: copy.inputs[name].data for name in names}
    output = copy.forward()
    if not math.isfinite(output):
        message = translate(
            "graph.strategies", "The output is {value}, not a finite number: there is nothing to climb."
        )
        raise RaceError(message.format(value=guide_number(output)))
    return copy, start, output


def _variables(graph: Graph) -> list[str]:
    """The variables the output depends on, in the graph's order (constants are not variables)."""
    needed = {id(node) for node in graph.nodes}
    return [name for name, node in graph.inputs.items() if id(node) in needed]


def _evaluate(graph: Graph, values: dict[str, float]) -> float:
    graph.set_values(**values)
    return graph.forward()


def random_search(graph: Graph, start: dict[str, float], tries: int, tweak: float, seed: int) -> Outcome:
    """The guide's loop: each try moves every input by tweak·(2u − 1), u from ``random.Random(seed)``.

    As in the guide, the best of the tries is kept even when it is below the start (best_out starts
    at −∞); a try whose output is nan is never the best. Like the two steps below, it leaves
    ``graph``'s values where its last pass put them (``race`` passes a copy).
    """
    draw = random.Random(seed).random
    best_output, best = -math.inf, None
    for _ in range(tries):
        trial = {name: value + tweak * (draw() * 2 - 1) for name, value in start.items()}
        output = _evaluate(graph, trial)
        if output > best_output:
            best_output, best = output, trial
    if best is None:  # every try gave nan (or −∞): nothing to keep
        best, best_output = dict(start), math.nan
    return Outcome("random", tuple(best.items()), best_output, tries)


def numerical_step(graph: Graph, start: dict[str, float], step: float, h: float) -> Outcome:
    """One forward pass, then one per input at x + h: (f(x + h) − f(x)) / h, then a step up."""
    base = _evaluate(graph, start)
    slopes = {}
    for name in start:
        nudged = dict(start)
        nudged[name] += h
        slopes[name] = (_evaluate(graph, nudged) - base) / h
    return _climb(graph, "numerical", start, slopes, step, 1 + len(start), 0)


def analytic_step(graph: Graph, start: dict[str, float], step: float) -> Outcome:
    """One forward and one backward pass give every ∂f/∂x at once; then a step up."""
    _evaluate(graph, start)
    graph.backward()
    slopes = {name: graph.inputs[name].grad for name in start}
    return _climb(graph, "analytic", start, slopes, step, 1, 1)


def _climb(graph, strategy, start, slopes, step, forward, backward) -> Outcome:
    moved = {name: value + step * slopes[name] for name, value in start.items()}
    output = _evaluate(graph, moved)
    return Outcome(strategy, tuple(moved.items()), output, forward, backward)


def guide_number(value: float) -> str:
    """``value`` as the guide prints its results: −5.87, −11.59, 0.8825.

    Two decimals when |value| ≥ 1, else four significant digits, cut rather than rounded, as the
    guide's are (its neuron "prints 0.8825" for 0.88255…). A float's last-bit noise is dropped first
    (rounded at 12 significant digits), so the numerical step's y, 2.979999999999958, shows 2.98.
    nan and ±inf are written so; the unrounded value is ``repr(value)``.
    """
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if value == 0:
        return "0"
    number = Decimal(f"{value:.12g}")
    if abs(number) >= 1 and number.adjusted() < 15:
        cut = number.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    else:
        cut = number.quantize(Decimal(1).scaleb(number.adjusted() - 3), rounding=ROUND_DOWN)
    if not -7 < number.adjusted() < 15:  # 1e+300, 1.234e-12: in powers of ten, not 300 digits
        mantissa, _, power = f"{cut:e}".partition("e")
        return _trimmed(mantissa) + "e" + power
    return _trimmed(f"{cut:f}")


def _trimmed(text: str) -> str:
    """``-6.00`` as ``-6``, ``2.90`` as ``2.9``."""
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _capital(text: str) -> str:
    """A title at the start of a sentence: "Random search" (Chinese has no capitals: unchanged)."""
    return text[:1].upper() + text[1:]


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


__all__ = [
    "STRATEGIES",
    "Outcome",
    "Race",
    "RaceError",
    "RaceSettings",
    "analytic_step",
    "check",
    "guide_number",
    "numerical_step",
    "race",
    "random_search",
]
