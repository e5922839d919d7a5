"""The course's data (x = linspace(−π, π, 2000), y = the cubic), other targets, CSV files, features.

A CSV file is read through ``csv_rows.read_rows`` (a regular file of at most 50 MB: a FIFO or a
device is refused at once), and its parsing has a ceiling: it stops at the thousandth bad row, and
a value float32 cannot hold (1e300) is a bad row, named, never data for the plot.
"""

from __future__ import annotations

import math
import time
from array import array
from pathlib import Path

import torch

from ..csv_rows import (
    BAD_ROWS_READ,
    YIELD_EVERY,
    bad_row,
    bad_rows_message,
    cell_number,
    is_number,
    read_rows,
    wrong_columns,
)
from ..engine import post_order
from ..engine.expr import Num, Var
from ..translation import translate
from .recipes import Setup
from .settings import target_tree


class DataError(ValueError):
    """A data file that cannot be used, with the line numbers of its bad rows."""


def make_data(setup: Setup) -> tuple[torch.Tensor, torch.Tensor]:
    """X and y as the course's scripts make them, in float32: same values, same operations."""
    tree = target_tree(setup.target)  # SettingsError, a ValueError, naming what is wrong
    x = torch.linspace(-math.pi, math.pi, setup.points)
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


def load_csv(path: str | Path, limit: int = 1_000_000) -> tuple[torch.Tensor, torch.Tensor]:
    """(x, y) pairs from a CSV file; a header row is optional. Any bad row refuses the whole file.

    The first row is a header only if none of its cells is a number: "1, abc" is a bad row.
    """
    not_csv = translate("regression.data", "could not read {name}: it is not a CSV file of x, y rows")
    most_lines = 2 * limit + BAD_ROWS_READ
    xs, ys, bad = read_rows(path, most_lines, lambda rows, name: _rows(rows, limit), DataError, not_csv)
    if bad:
        raise DataError(bad_rows_message(bad))
    if len(xs) < 2:
        raise DataError(translate("regression.data", "the file needs at least two rows of x, y"))
    dtype = torch.get_default_dtype()  # what torch.tensor(list) makes: float32, as the scripts' data
    x = torch.frombuffer(xs, dtype=torch.float64).to(dtype)
    return x, torch.frombuffer(ys, dtype=torch.float64).to(dtype)


def _rows(rows, limit: int) -> tuple[array, array, list[str]]:
    """The x and y columns and the bad rows' descriptions (reading stops at BAD_ROWS_READ of them)."""
    # array("d") rather than lists: turning it into a tensor copies a buffer, quickly, where
    # torch.tensor(list) would hold the GIL (and so stall the GUI thread) a tenth of a second
    xs, ys, bad = array("d"), array("d"), []
    largest = torch.finfo(torch.get_default_dtype()).max
    for number, row in enumerate(rows, start=1):
        if number % YIELD_EVERY == 0:
            time.sleep(0)  # let a waiting thread (the GUI's) have the GIL: see YIELD_EVERY
        if not row or all(not cell.strip() for cell in row):
            continue
        if number == 1 and not any(is_number(cell) for cell in row):  # a header
            continue
        try:
            if len(row) != 2:
                message = translate("regression.data", "{count} columns, not 2")
                raise ValueError(wrong_columns(message.format(count=f"{len(row):,}"), row))
            x, y = cell_number(row[0]), cell_number(row[1])
            if not (math.isfinite(x) and math.isfinite(y)):
                raise ValueError(translate("regression.data", "not a finite number"))
            for value in (x, y):
                if abs(value) > largest:
                    message = translate("regression.data", "{value} is too large for float32 data")
                    raise ValueError(message.format(value=f"{value:g}"))
        except ValueError as error:
            bad.append(bad_row(number, error))
            if len(bad) >= BAD_ROWS_READ:
                break
            continue
        xs.append(x)
        ys.append(y)
        if len(xs) > limit:
            message = translate("regression.data", "more than {limit} rows")
            raise DataError(message.format(limit=f"{limit:,}"))
    return xs, ys, bad
