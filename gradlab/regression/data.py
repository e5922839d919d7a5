"""The course's data (x = linspace(−π, π, 2000), y = the cubic), other targets, CSV files, features."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import torch

from ..engine import ExprError
from ..translation import translate
from .recipes import Setup


class DataError(ValueError):
    """A data file that cannot be used, with the line numbers of its bad rows."""


def make_data(setup: Setup) -> tuple[torch.Tensor, torch.Tensor]:
    """X and y as the course's scripts make them, in float32: same values, same operations."""
    from ..descent.function import Objective

    x = torch.linspace(-math.pi, math.pi, setup.points)
    try:
        target = Objective(setup.target)
    except ExprError as error:
        raise ValueError(translate("regression.data", "the target: {error}").format(error=error)) from None
    if target.names != ("x",):
        raise ValueError(translate("regression.data", "the target is a function of x only"))
    with torch.no_grad():
        y = target(x)
    if setup.noise > 0:
        # a generator of its own, so the noise does not change how the model is initialised
        generator = torch.Generator().manual_seed(setup.seed or 0)
        y = y + setup.noise * torch.randn(y.shape, generator=generator)
    return x, y


def features(model: str, x: torch.Tensor) -> torch.Tensor:
    """What the model takes: (x, x², x³) for Linear(3, 1), as the scripts build it; x itself otherwise."""
    if model == "linear3":
        p = torch.tensor([1, 2, 3])
        return x.unsqueeze(-1).pow(p)
    if model == "mlp":
        return x.unsqueeze(-1)
    return x


def load_csv(path: str | Path, limit: int = 1_000_000) -> tuple[torch.Tensor, torch.Tensor]:
    """(x, y) pairs from a CSV file; a header row is optional. Any bad row refuses the whole file."""
    xs, ys, bad = [], [], []
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for number, row in enumerate(csv.reader(handle), start=1):
                if not row or all(not cell.strip() for cell in row):
                    continue
                try:
                    if len(row) != 2:
                        message = translate("regression.data", "{count} columns, not 2")
                        raise ValueError(message.format(count=len(row)))
                    x, y = float(row[0]), float(row[1])
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
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        message = translate("regression.data", "cannot read {path}: {error}")
        raise DataError(message.format(path=path, error=error)) from None
    if bad:
        shown = "; ".join(bad[:5])
        if len(bad) > 5:
            more = translate("regression.data", "{rows}; and {count} more")
            shown = more.format(rows=shown, count=len(bad) - 5)
        message = translate("regression.data", "{count} bad row(s), nothing loaded: {rows}")
        raise DataError(message.format(count=len(bad), rows=shown))
    if len(xs) < 2:
        raise DataError(translate("regression.data", "the file needs at least two rows of x, y"))
    return torch.tensor(xs), torch.tensor(ys)
