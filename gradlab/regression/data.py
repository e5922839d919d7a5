"""The course's data (x = linspace(−π, π, 2000), y = the cubic), other targets, CSV files, features."""

from __future__ import annotations

import csv
import math
import time
from array import array
from pathlib import Path

import torch

from ..engine import ExprError, parse_expression, post_order, variables
from ..engine.expr import Num, Var
from ..files import why_not
from ..translation import translate
from .recipes import Setup


class DataError(ValueError):
    """A data file that cannot be used, with the line numbers of its bad rows."""


def make_data(setup: Setup) -> tuple[torch.Tensor, torch.Tensor]:
    """X and y as the course's scripts make them, in float32: same values, same operations."""
    x = torch.linspace(-math.pi, math.pi, setup.points)
    try:
        tree = parse_expression(setup.target)
    except ExprError as error:
        raise ValueError(translate("regression.data", "the target: {error}").format(error=error)) from None
    if set(variables(tree)) - {"x"}:
        raise ValueError(translate("regression.data", "the target is a function of x only"))
    with torch.no_grad():
        y = target_values(tree, x)
    check_target(setup.target, x, y)
    if setup.noise > 0:
        # a generator of its own, so the noise does not change how the model is initialised
        generator = torch.Generator().manual_seed(setup.seed or 0)
        y = y + setup.noise * torch.randn(y.shape, generator=generator)
    return x, y


def target_values(tree, x: torch.Tensor) -> torch.Tensor:
    """The target's expression tree evaluated with torch at every x (float32, as the scripts compute it)."""
    from ..torch_ops import TORCH_FUNCTIONS

    values: dict[int, torch.Tensor] = {}
    for node in post_order(tree):
        if isinstance(node, Num):  # a 0-dim float64 tensor keeps x's float32 (torch's type promotion)
            values[id(node)] = torch.tensor(node.value, dtype=torch.float64)
        elif isinstance(node, Var):
            values[id(node)] = x
        elif node.op == "pow" and isinstance(node.args[1], Num):  # x**2, as a script writes it
            values[id(node)] = values[id(node.args[0])] ** node.args[1].value
        else:
            values[id(node)] = TORCH_FUNCTIONS[node.op](*(values[id(a)] for a in node.args))
    y = values[id(tree)]
    return y if y.shape == x.shape else y.expand(x.shape).clone()


def check_target(target: str, x: torch.Tensor, y: torch.Tensor) -> None:
    """Refuse data with nan or inf in y, naming the first x where the target fails, before any training."""
    bad = ~torch.isfinite(y)
    if not bool(bad.any()):
        return
    where = int(bad.nonzero()[0])
    at = f"{float(x[where]):.3g}"
    if bool(torch.isnan(y[where])):
        message = translate(
            "regression.data",
            "y = {target} is not defined at x = {x}: the data has nan; choose a target defined on [-π, π]",
        )
    else:
        message = translate(
            "regression.data",
            "y = {target} is too large for float32 at x = {x}: the data has inf; choose a target that "
            "stays finite on [-π, π]",
        )
    raise DataError(message.format(target=target, x=at))


def features(model: str, x: torch.Tensor) -> torch.Tensor:
    """What the model takes: (x, x², x³) for Linear(3, 1), as the scripts build it; x itself otherwise."""
    if model == "linear3":
        p = torch.tensor([1, 2, 3])
        return x.unsqueeze(-1).pow(p)
    if model == "mlp":
        return x.unsqueeze(-1)
    return x


def _number(cell: str) -> float:
    """A cell's number, or ValueError in our words (not Python's "could not convert string to float")."""
    try:
        return float(cell)
    except ValueError:
        message = translate("regression.data", "{text} is not a number")
        raise ValueError(message.format(text=repr(cell.strip()))) from None


# A thread that reads CSV rows lets go of the GIL only now and then: measured here, a GUI thread
# waiting for it got it back only after 0.25-0.35 s at a time while a million rows were read.
# Sleeping for no time every so many rows hands the GIL over (worst wait 8 ms, for no measurable cost).
YIELD_EVERY = 2000


def load_csv(path: str | Path, limit: int = 1_000_000) -> tuple[torch.Tensor, torch.Tensor]:
    """(x, y) pairs from a CSV file; a header row is optional. Any bad row refuses the whole file."""
    # array("d") rather than lists: turning it into a tensor copies a buffer, quickly, where
    # torch.tensor(list) would hold the GIL (and so stall the GUI thread) a tenth of a second
    xs, ys, bad = array("d"), array("d"), []
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for number, row in enumerate(csv.reader(handle), start=1):
                if number % YIELD_EVERY == 0:
                    time.sleep(0)  # let a waiting thread (the GUI's) have the GIL: see YIELD_EVERY
                if not row or all(not cell.strip() for cell in row):
                    continue
                try:
                    if len(row) != 2:
                        message = translate("regression.data", "{count} columns, not 2")
                        raise ValueError(message.format(count=len(row)))
                    x, y = _number(row[0]), _number(row[1])
                    if not (math.isfinite(x) and math.isfinite(y)):
                        raise ValueError(translate("regression.data", "not a finite number"))
                except ValueError as error:
                    if number == 1 and not xs:  # a header
                        continue
                    line = translate("regression.data", "line {number}: {error}")
                    bad.append(line.format(number=number, error=error))
                    continue
                xs.append(x)
                ys.append(y)
                if len(xs) > limit:
                    message = translate("regression.data", "more than {limit} rows")
                    raise DataError(message.format(limit=f"{limit:,}"))
    except OSError as error:
        message = translate("regression.data", "could not read {name}: {reason}")
        raise DataError(message.format(name=Path(path).name, reason=why_not(error, path))) from None
    except UnicodeDecodeError:  # Python's words ("'utf-8' codec can't decode…") are not the student's
        message = translate("regression.data", "could not read {name}: it is not text (UTF-8)")
        raise DataError(message.format(name=Path(path).name)) from None
    except csv.Error:
        message = translate("regression.data", "could not read {name}: it is not a CSV file of x, y rows")
        raise DataError(message.format(name=Path(path).name)) from None
    if bad:
        shown = "; ".join(bad[:5])
        if len(bad) > 5:
            more = translate("regression.data", "{rows}; and {count} more")
            shown = more.format(rows=shown, count=len(bad) - 5)
        message = translate("regression.data", "{count} bad row(s), nothing loaded: {rows}")
        raise DataError(message.format(count=len(bad), rows=shown))
    if len(xs) < 2:
        raise DataError(translate("regression.data", "the file needs at least two rows of x, y"))
    dtype = torch.get_default_dtype()  # what torch.tensor(list) makes: float32, as the scripts' data
    x = torch.frombuffer(xs, dtype=torch.float64).to(dtype)
    return x, torch.frombuffer(ys, dtype=torch.float64).to(dtype)
