"""The classifier's training loop, and the generator a worker thread runs (as regression/training.py).

``Trainer.step`` is one pass of the loop body: forward, loss, zero the gradients, backward,
update; it returns the loss before the update (and keeps that step's accuracy). ``train`` wraps it
in a generator that yields a ``Progress`` about 20 times a second with every loss and accuracy
since the last, and accepts ``{"lr": value}`` and ``{"weights": layers}`` through ``send``
(applied from the next step). It knows nothing of Qt: a notebook can iterate it directly.
"""

from __future__ import annotations

import math
import time
from collections.abc import Generator
from dataclasses import dataclass, field

import torch

from .. import training_report
from ..regression.models import optimizer_for
from ..training_report import REPORT_EVERY_S, snapshot_due, steps_per_second
from ..translation import translate
from .gradients import GradientWatch
from .losses import total_loss
from .models import boundary_level, build_model, check_layers, layers, linears, set_layers
from .points import Points, check_points, split
from .setup import BATCH_ABOVE, Setup, batch_size, lr_at


class Trainer:
    """A model, its training and test points, its loss and its optimizer, ready to step."""

    def __init__(self, setup: Setup, points: Points, start: list | None = None):
        """``start``: the first weights (as ``models.layers`` gives them); None: the seed's."""
        setup.validate()
        problem = check_points(points)
        if problem:
            raise ValueError(problem)
        self.setup = setup
        self.points = points
        self.train_index, self.test_index = split(len(points), setup.test_percent, setup.seed, points.labels)
        xy = torch.tensor(points.xy, dtype=torch.float64)
        labels = torch.tensor(points.labels, dtype=torch.float64)
        train, test = list(self.train_index), list(self.test_index)
        self.x, self.y = xy[train], labels[train]
        self.x_test, self.y_test = xy[test], labels[test]
        self.model = build_model(setup, setup.seed)
        if start is not None:
            problem = check_layers(self.model, start)
            if problem:
                raise ValueError(problem)
            set_layers(self.model, start)
        self.level = boundary_level(setup)
        self.lr = setup.lr
        self.parameters = list(self.model.parameters())
        self.optimizer = optimizer_for(setup, self.model)
        self.batch = batch_size(setup, len(train))
        self.test_every = 1 if len(test) <= BATCH_ABOVE else math.ceil(len(test) / self.batch)
        self.generator = torch.Generator()
        if setup.seed is None:
            self.generator.seed()
        else:
            self.generator.manual_seed(setup.seed)
        self._order, self._position = None, 0
        self.steps_done = 0
        self.accuracy = math.nan  # of the last step, before its update
        self.test_loss = self.test_accuracy = math.nan
        self.watch = GradientWatch(setup, self.model)
        self.engine = None
        if setup.engine == "gradlab":
            if self.batch < len(train):
                raise ValueError(
                    translate(
                        "classify.training",
                        "gradlab's engine trains on every point at each step: set the batch to 0",
                    )
                )
            self.engine = _engine(setup, self._training_points(), layers(self.model))
            self._make_twin()

    def _training_points(self) -> Points:
        xy, labels = self.points.xy, self.points.labels
        return Points(
            tuple(xy[i] for i in self.train_index),
            tuple(labels[i] for i in self.train_index),
            self.points.classes,
        )

    def _next_batch(self) -> tuple[torch.Tensor, torch.Tensor]:
        """Every training point, or the next batch of a seeded shuffle of them (a new one each epoch)."""
        n = len(self.y)
        if self.batch >= n:
            return self.x, self.y
        if self._order is None or self._position + self.batch > n:
            self._order, self._position = torch.randperm(n, generator=self.generator), 0
        chosen = self._order[self._position : self._position + self.batch]
        self._position += self.batch
        return self.x[chosen], self.y[chosen]

    def step(self) -> float:
        """One step of the loop; returns the loss before the update (``accuracy`` is that step's)."""
        lr = lr_at(self.setup, self.lr, self.steps_done)
        if self.engine is not None:
            return self._engine_step(lr)
        x, y = self._next_batch()
        loss, output = total_loss(self.setup, self.model, x, y)
        value = loss.item()
        output = output.detach()
        self.accuracy = self.accuracy_of(output, y)
        self._test()
        if self.optimizer is None:  # the update written out, as the course's scripts write it
            for param in self.parameters:  # model.zero_grad(), without walking the modules each step
                param.grad = None
            loss.backward()
            self.watch.look(self.steps_done, self.accuracy, output, x)
            with torch.no_grad():
                for param in self.parameters:
                    param -= lr * param.grad
        else:
            for group in self.optimizer.param_groups:
                group["lr"] = lr
            self.optimizer.zero_grad()
            loss.backward()
            self.watch.look(self.steps_done, self.accuracy, output, x)
            self.optimizer.step()
        self.steps_done += 1
        return value

    def _engine_step(self, lr: float) -> float:
        """A step of gradlab's engine; the torch model is kept at the engine's weights, for the views.

        The torch twin takes the same step on its own (``twin_loss``), so that the two engines'
        losses can be shown side by side: the same numbers, computed twice.
        """
        self._test()  # at this step's weights: the torch model holds the engine's
        self.twin_loss = self._twin_step(lr)
        value = float(self.engine.step(lr))
        self.accuracy = self.engine.accuracy
        set_layers(self.model, self.engine.layers())
        difference = abs(value - self.twin_loss)
        if not difference <= self.largest_difference:  # nan too: the two no longer agree
            self.largest_difference = difference
        self.steps_done += 1
        return value

    def _make_twin(self) -> None:
        """A torch copy of the model, trained beside gradlab's engine from the same start."""
        self.twin = build_model(self.setup, 0)
        set_layers(self.twin, layers(self.model))
        self.twin_parameters = list(self.twin.parameters())
        self.twin_optimizer = optimizer_for(self.setup, self.twin)
        self.twin_loss = math.nan
        self.largest_difference = 0.0

    def _twin_step(self, lr: float) -> float:
        """The torch twin's step on every training point, as the torch engine's own step takes it."""
        loss, _output = total_loss(self.setup, self.twin, self.x, self.y)
        value = loss.item()
        if self.twin_optimizer is None:
            for param in self.twin_parameters:
                param.grad = None
            loss.backward()
            with torch.no_grad():
                for param in self.twin_parameters:
                    param -= lr * param.grad
        else:
            for group in self.twin_optimizer.param_groups:
                group["lr"] = lr
            self.twin_optimizer.zero_grad()
            loss.backward()
            self.twin_optimizer.step()
        return value

    def accuracy_of(self, output: torch.Tensor, labels: torch.Tensor) -> float:
        """The share of the points whose class the output says right (+1 above the boundary level)."""
        return ((output > self.level) == (labels > 0)).sum().item() / len(labels)

    def _test(self) -> None:
        """The test points' loss and accuracy at this step's weights (nan without test points).

        Past BATCH_ABOVE test points they are worked out every ``test_every`` steps only, about one
        training batch's cost a step, and carried between (20,000 test points every step would take
        four times as long as the step).
        """
        if not len(self.y_test) or self.steps_done % self.test_every:
            return
        with torch.no_grad():
            loss, output = total_loss(self.setup, self.model, self.x_test, self.y_test)
        self.test_loss = loss.item()
        self.test_accuracy = self.accuracy_of(output, self.y_test)

    def set_lr(self, lr: float) -> None:
        self.lr = lr

    def set_layers(self, values) -> str:
        """Replace every weight (as ``models.layers`` gives them); why not in one line if they do not fit."""
        problem = check_layers(self.model, values)
        if problem:
            return problem
        set_layers(self.model, values)
        if self.engine is not None:
            self.engine.set_layers(values)
            set_layers(self.twin, values)
        return ""

    def layers(self) -> list:
        return layers(self.model)

    def evaluate(self) -> tuple[float, float, float, float]:
        """(loss, accuracy, test loss, test accuracy) at the current weights, on every training point."""
        with torch.no_grad():
            loss, output = total_loss(self.setup, self.model, self.x, self.y)
            accuracy = self.accuracy_of(output, self.y)
            test_loss = test_accuracy = math.nan
            if len(self.y_test):
                tested, test_output = total_loss(self.setup, self.model, self.x_test, self.y_test)
                test_loss = tested.item()
                test_accuracy = self.accuracy_of(test_output, self.y_test)
        return loss.item(), accuracy, test_loss, test_accuracy

    def result_line(self) -> str:
        """The last line ``gradlab classify`` and the exported script print: the trained model's loss."""
        return result_line(*self.evaluate())


def result_numbers(line: str) -> tuple[float, float, float, float]:
    """(loss, accuracy, test loss, test accuracy) back from a ``result_line`` (nan where it has none)."""
    head, _, tests = line.partition(" test loss ")
    words, tested = head.split(), tests.split()  # Result: loss X accuracy Y; Z test accuracy W
    test_loss, test_accuracy = (float(tested[0]), float(tested[-1])) if tested else (math.nan, math.nan)
    return float(words[2]), float(words[4]), test_loss, test_accuracy


def result_line(loss: float, accuracy: float, test_loss: float, test_accuracy: float) -> str:
    line = f"Result: loss {loss!r} accuracy {accuracy!r}"
    if not math.isnan(test_accuracy):
        line += f" test loss {test_loss!r} test accuracy {test_accuracy!r}"
    return line


def print_every(steps: int) -> int:
    """Every step for 100 steps or fewer, else about 20 lines evenly (steps 0, k, 2k, … and the last)."""
    return 1 if steps <= 100 else steps // 20


def printed(step: int, steps: int) -> bool:
    return step % print_every(steps) == 0 or step == steps - 1


def _engine(setup: Setup, points: Points, start: list):
    """The step in gradlab's own engine, started from the torch model's weights."""
    try:
        from .engine_net import EngineTrainer
    except ImportError:
        message = translate(
            "classify.training", "gradlab's engine cannot train a network in this version: choose PyTorch"
        )
        raise ValueError(message) from None
    return EngineTrainer(setup, points, start)


@dataclass
class Progress:
    """What happened since the last report: the losses and accuracies of steps ``first_step`` … ``step`` − 1.

    ``test_losses`` and ``test_accuracies`` are empty without test points (past 10,000 of them,
    worked out every few steps and carried between: ``Trainer._test``). ``layers`` is a snapshot
    of every weight (``models.layers``), in some reports only (None in the others).
    """

    step: int
    total: int
    first_step: int
    losses: list[float]
    accuracies: list[float]
    test_losses: list[float]
    test_accuracies: list[float]
    lr: float
    layers: list | None = None
    lr_changes: list[tuple[int, float]] = field(default_factory=list)
    steps_per_second: float = 0.0
    done: bool = False
    error: str = ""
    warning: str = ""  # about the run itself (the gradients died out), as long as it is true
    notice: str = ""  # said once: a weights change sent in was refused (why)
    result: str = ""
    # with gradlab's engine: the torch twin's losses of the same steps, and the largest difference so far
    twin_losses: list[float] = field(default_factory=list)
    largest_difference: float = math.nan
    model: object = None  # the model being trained: read it only once the run has ended


def train(
    setup: Setup, points: Points, report_every: float = REPORT_EVERY_S, start: list | None = None
) -> Generator[Progress, dict | None, Progress]:
    """Train on ``points``, yielding a Progress about every ``report_every`` seconds and at the end.

    ``start``: the first weights (``models.layers``' form: typed or loaded ones); None: the seed's.
    """
    return (
        yield from training_report.train(
            lambda: Trainer(setup, points, start),
            _Record,
            lambda error: Progress(0, setup.steps, 0, [], [], [], [], setup.lr, done=True, error=error),
            report_every,
            why_not_finite,
        )
    )


class _Record:
    """The losses and accuracies since the last report, and what the next report says."""

    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        self.last_snapshot = 0.0
        self.notice = ""  # a refused weights change, said once
        self.clear(0)

    def clear(self, first: int) -> None:
        self.first = first
        self.losses, self.accuracies, self.test_losses, self.test_accuracies = [], [], [], []
        self.twin_losses = []
        self.lr_changes = []

    def add(self, loss: float) -> None:
        trainer = self.trainer
        self.losses.append(loss)
        self.accuracies.append(trainer.accuracy)
        if trainer.engine is not None:
            self.twin_losses.append(trainer.twin_loss)
        if len(trainer.y_test):
            self.test_losses.append(trainer.test_loss)
            self.test_accuracies.append(trainer.test_accuracy)

    def obey(self, command: dict, step: int) -> None:
        """A new learning rate or new weights, sent between reports: both from ``step`` on."""
        if "lr" in command:
            self.trainer.set_lr(float(command["lr"]))
            self.lr_changes.append((step, self.trainer.lr))
        if "weights" in command:
            self.notice = self.trainer.set_layers(command["weights"])

    def report(self, started: float, done: bool = False) -> Progress:
        trainer = self.trainer
        now = time.perf_counter()
        snapshot = snapshot_due(self, now, done)
        notice, self.notice = self.notice, ""
        return Progress(
            step=trainer.steps_done,
            total=trainer.setup.steps,
            first_step=self.first,
            losses=self.losses,
            accuracies=self.accuracies,
            test_losses=self.test_losses,
            test_accuracies=self.test_accuracies,
            lr=trainer.lr,
            layers=trainer.layers() if snapshot else None,
            lr_changes=self.lr_changes,
            steps_per_second=steps_per_second(trainer.steps_done, now - started),
            done=done,
            warning=trainer.watch.warning,
            notice=notice,
            twin_losses=self.twin_losses,
            largest_difference=trainer.largest_difference if trainer.engine is not None else math.nan,
            model=trainer.model,
        )


def why_not_finite(loss: float, step: int, lowest: float, previous: float) -> str:
    """What made the loss inf or nan at ``step``: points too far out at the start, a divergence, an overflow.

    The points were checked before training (finite), so the cause is in the run (the rule:
    ``training_report.why_not_finite``).
    """
    at_start = translate(
        "classify.training",
        "loss became {loss} at step 0, before any update: the model's output on these points is "
        "too large for float64; scale the points down",
    )
    overflowed = translate(
        "classify.training",
        "loss became {loss} at step {step}: a value in the model overflowed float64 while the loss was "
        "{previous:.3g} (it had not grown, so this is not the learning rate)",
    )
    return training_report.why_not_finite(loss, step, lowest, previous, at_start, overflowed)


__all__ = [
    "Progress",
    "Trainer",
    "linears",
    "print_every",
    "printed",
    "result_line",
    "train",
    "why_not_finite",
]
