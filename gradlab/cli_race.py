"""``gradlab race``: the Hacker's guide's three strategies on an expression, one row each.

Random local search, the numerical gradient and the analytic gradient, each from the same start
(``gradlab.graph.strategies``); each row gives the new output as the guide prints it (−5.87 for x·y
from −2, 3), its unrounded value, the passes it took and the new inputs. Registered from ``cli.py``;
every option is checked as it is read (one line, exit 2). No torch, no Qt.
"""

from __future__ import annotations

import argparse
import math

from .cli_options import Parser, _given, real, whole
from .graph.strategies import SEED_MAX, SIZE_MAX, TRIES_MAX, RaceSettings

EXAMPLE = "x=-2,y=3"


def _size(option: str):
    return real(option, "a positive number no larger than 1e6", lambda v: 0 < v <= SIZE_MAX)


def add_race_command(commands) -> None:
    """The ``race`` sub-command and its options (defaults: the guide's numbers)."""
    defaults = RaceSettings()
    command = commands.add_parser(
        "race",
        help="race random search, the numerical gradient and the analytic gradient up an expression",
        description="The Hacker's guide's argument, part 1: from the same start, random local search "
        "(the best of --tries tries, every input moved by up to ±--tweak), the numerical gradient (one "
        "forward pass per input, step --h) and the analytic gradient (one backward pass), the last two "
        "taking one step of size --step up the output. One row each: the new output as the guide prints "
        "it, unrounded, the passes it took, the new inputs.",
    )
    command.add_argument("expression", help="an expression of its variables, e.g. 'x*y'")
    command.add_argument("--at", default=None, help=f"the variables' values, e.g. --at {EXAMPLE}")
    command.add_argument(
        "--step", type=_size("--step"), default=defaults.step, help="the gradients' step up (default 0.01)"
    )
    command.add_argument(
        "--h", type=_size("--h"), default=defaults.h, help="the numerical gradient's h (default 0.0001)"
    )
    tries = whole("--tries", 1, TRIES_MAX)
    command.add_argument("--tries", type=tries, default=defaults.tries, help="random tries (default 100)")
    command.add_argument(
        "--tweak", type=_size("--tweak"), default=defaults.tweak, help="random search's ±tweak (default 0.01)"
    )
    seed = whole("--seed", 0, SEED_MAX)
    command.add_argument("--seed", type=seed, default=defaults.seed, help="random search's seed (default 0)")
    command.set_defaults(handler=race_command, parser=command)


def graph_from(expression: str, at: str | None, parser: Parser):
    """The expression's graph at ``--at``; a mistake in either is one line."""
    from .engine import ExprError, parse, parse_expression, parse_values, variables

    try:
        names = variables(parse_expression(expression))
    except ExprError as error:
        parser.error(f"in the expression: {error}")
    try:
        values = parse_values(at or "")
    except ExprError as error:
        parser.error(f"--at {_given(at)}: {error}")
    unknown = [name for name in values if name not in names]
    if unknown:
        known = f"its variables are {', '.join(names)}" if names else "it has no variables"
        parser.error(f"--at gives {', '.join(unknown)}, which the expression does not use ({known})")
    missing = [name for name in names if name not in values]
    if missing:
        parser.error(f"--at needs a value for {', '.join(missing)}, e.g. --at {EXAMPLE}")
    for name, value in values.items():
        if not math.isfinite(value):
            parser.error(f"--at takes finite numbers: {name} reads as {value!r}")
    try:
        return parse(expression, **values)
    except ExprError as error:
        parser.error(f"in the expression: {error}")


def rows(result) -> list[str]:
    """The start, a header, one row per strategy and the summary, as printed."""
    from .engine import format_number

    table = [("strategy", "output", "unrounded", "passes", "new inputs")]
    for outcome in result.outcomes:
        table.append(
            (outcome.strategy, outcome.output_text(), repr(outcome.output), outcome.cost_text(),
             outcome.inputs_text())
        )  # fmt: skip
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    start = ", ".join(f"{name} = {format_number(value)}" for name, value in result.start_inputs)
    lines = [f"start: {start}, output {format_number(result.start_output)}"]
    for row in table:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[4])
    return lines + [result.summary()]


def race_command(args: argparse.Namespace) -> int:
    """Race the three strategies and print a row each, then who climbed most."""
    from .graph.strategies import RaceError, race

    parser = args.parser
    graph = graph_from(args.expression, args.at, parser)
    settings = RaceSettings(args.step, args.h, args.tries, args.tweak, args.seed)
    try:
        result = race(graph, settings)
    except RaceError as error:  # the graph's own (no variable, an output that is not a number)
        parser.fail(str(error))
    for line in rows(result):
        print(line)
    return 0


__all__ = ["add_race_command", "race_command"]
