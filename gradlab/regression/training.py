"""The training loop, as the course's scripts write it, and as a generator a worker thread can run.

``Trainer.step`` is one pass of a script's loop body: forward, loss, zero the gradients, backward,
update. ``train`` wraps it in a generator that yields a ``Progress`` about 30 times a second with
every loss since the last, and accepts ``{"lr": value}`` through ``send`` (applied from the next
step). It knows nothing of Qt: a notebook can iterate it directly.
"""

from __future__ import annotations

import random
import time
from collections.abc import Generator
from dataclasses import dataclass, field

import torch

from .. import training_report
from ..training_report import REPORT_EVERY_S, snapshot_due, steps_per_second
from ..translation import translate
from .data import features, make_data
from .models import build_model, coefficients, optimizer_for, result_line
from .recipes import Setup


class Trainer:
    """A model, its data, its loss and its optimizer, set up as the recipe's script sets them up."""

    def __init__(self, setup: Setup, data: tuple[torch.Tensor, torch.Tensor] | None = None):
        setup.validate()
        self.setup = setup
        if setup.seed is not None:  # what torch.manual_seed(N); random.seed(N) atop the script would do
            torch.manual_seed(setup.seed)
            random.seed(setup.seed)
        self.device = torch.device("cuda" if setup.device == "cuda" and torch.cuda.is_available() else "cpu")
        self.x, self.y = data if data is not None else make_data(setup)
        self.inputs = features(setup.model, self.x)
        self.model = build_model(setup)
        if self.device.type != "cpu":
            self.model = self.model.to(self.device)
            self.inputs, self.y = self.inputs.to(self.device), self.y.to(self.device)
        if setup.reduction == "mean":
            self.loss_fn = lambda output, target: torch.mean((output - target) ** 2)  # regression1train.py
        else:
            self.loss_fn = torch.nn.MSELoss(reduction="sum")
        self.lr = setup.lr
        self.optimizer = optimizer_for(setup, self.model)
        self.steps_done = 0
        self.highest_power = 3

    def step(self) -> float:
        """One step of the script's loop; returns the loss before the update."""
        y_pred = self.model(self.inputs)
        loss = self.loss_fn(y_pred, self.y)
        value = loss.item()
        if self.optimizer is None:  # torchRegression4nn.py: the update written out
            self.model.zero_grad()
            loss.backward()
            with torch.no_grad():
                for param in self.model.parameters():
                    param -= self.lr * param.grad
        else:
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
        self.highest_power = getattr(self.model, "highest_power", 3)
        self.steps_done += 1
        return value

    def set_lr(self, lr: float) -> None:
        self.lr = lr
        if self.optimizer is not None:
            for group in self.optimizer.param_groups:
                group["lr"] = lr

    def coefficients(self) -> list[tuple[str, float]]:
        return coefficients(self.model, self.setup.model)

    def result_line(self) -> str:
        return result_line(self.model, self.setup.model)

    def closing_lines(self) -> list[str]:
        """What the recipe's script prints after its loop (torchRegression4nn.py shows the weights too)."""
        lines = []
        if self.setup.recipe == "torchRegression4nn" and self.setup.model == "linear3":
            weight = self.model[0].weight
            lines = [
                f"linear_layer.weight={weight}",
                f"linear_layer.weight[:]={weight[:]}",
                f"linear_layer.weight[:,0]={weight[:, 0]}",
                f"linear_layer.weight[:,1]={weight[:, 1]}",
            ]
        return [*lines, self.result_line()]

    def curve(self, samples: int = 300) -> tuple[list[float], list[float]]:
        """The model's prediction at ``samples`` points of the data, without touching any random state."""
        n = len(self.x)
        index = torch.linspace(0, n - 1, min(samples, n)).round().long()
        x = self.x[index]
        with torch.no_grad():
            if self.setup.model in ("poly3", "dynamic"):
                m = self.model
                y = m.a + m.b * x + m.c * x**2 + m.d * x**3
                if self.setup.model == "dynamic":
                    y = y + m.e * x**4
            else:
                y = self.model(self.inputs[index.to(self.inputs.device)])
        return x.tolist(), y.cpu().tolist()


@dataclass
class Progress:
    """What happened since the last report: the losses of steps ``first_step`` … ``step`` − 1."""

    step: int
    total: int
    first_step: int
    losses: list[float]
    lr: float
    # a snapshot of the model, in some reports only (empty in the others)
    coefficients: list[tuple[str, float]] = field(default_factory=list)
    curve: tuple[list[float], list[float]] = ((), ())
    powers: list[int] = field(default_factory=list)  # DynamicNet: the highest power used at each step
    lr_changes: list[tuple[int, float]] = field(default_factory=list)
    steps_per_second: float = 0.0
    done: bool = False
    error: str = ""
    result: str = ""
    model: object = None  # the model being trained: read it only once the run has ended


def train(
    setup: Setup, data=None, report_every: float = REPORT_EVERY_S
) -> Generator[Progress, dict | None, Progress]:
    """Run the recipe, yielding a Progress about every ``report_every`` seconds and at the end."""
    return (
        yield from training_report.train(
            lambda: Trainer(setup, data),
            _Record,
            lambda error: Progress(0, setup.steps, 0, [], setup.lr, done=True, error=error),
            report_every,
            why_not_finite,
        )
    )


def why_not_finite(loss: float, step: int, lowest: float, previous: float) -> str:
    """What made the loss inf or nan at ``step``: an overflow at the start, a divergence, or an overflow.

    The data was checked before training (``data.check_target``), so the cause is in the run (the
    rule: ``training_report.why_not_finite``).
    """
    at_start = translate(
        "regression.training",
        "loss became {loss} at step 0, before any update: the model's output on this data is "
        "too large for float32; scale the data down",
    )
    overflowed = translate(
        "regression.training",
        "loss became {loss} at step {step}: a value in the model overflowed float32 while the loss was "
        "{previous:.3g} (it had not grown, so this is not the learning rate)",
    )
    return training_report.why_not_finite(loss, step, lowest, previous, at_start, overflowed)


class _Record:
    """The losses (and DynamicNet's powers) since the last report, and what the next report says."""

    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        self.dynamic = trainer.setup.model == "dynamic"
        self.last_snapshot = 0.0
        self.clear(0)

    def clear(self, first: int) -> None:
        self.first, self.losses, self.powers, self.lr_changes = first, [], [], []

    def add(self, loss: float) -> None:
        self.losses.append(loss)
        if self.dynamic:
            self.powers.append(self.trainer.highest_power)

    def obey(self, command: dict, step: int) -> None:
        """A new learning rate, sent between reports: from ``step`` on."""
        if "lr" in command:
            self.trainer.set_lr(float(command["lr"]))
            self.lr_changes.append((step, self.trainer.lr))

    def report(self, started: float, done: bool = False) -> Progress:
        trainer = self.trainer
        now = time.perf_counter()
        snapshot = snapshot_due(self, now, done)
        return Progress(
            step=trainer.steps_done,
            total=trainer.setup.steps,
            first_step=self.first,
            losses=self.losses,
            lr=trainer.lr,
            coefficients=trainer.coefficients() if snapshot else [],
            curve=trainer.curve() if snapshot else ((), ()),
            powers=self.powers,
            lr_changes=self.lr_changes,
            steps_per_second=steps_per_second(trainer.steps_done, now - started),
            done=done,
            model=trainer.model,
        )
