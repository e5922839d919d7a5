"""Telling when the gradients of a network's first layers have died out (vanishing gradients), and why.

A deep net of sigmoid units, whose slope is at most 1/4, passes back a smaller gradient through
each layer; saturated units (slope near 0) and ReLU units that are off for every point pass back
almost none. Then the first layer learns nothing and the output hardly depends on the point. The
watch says so only while it is so: the first layer's gradient (of the data loss, without the L2
pull) under ``VANISHED`` of its weights' size, the output nearly the same on every point, for
``STEPS`` steps in a row, while some point is still misclassified.
"""

from __future__ import annotations

import torch

from ..translation import translate
from .models import linears
from .setup import Setup

VANISHED = 1e-5  # a first-layer gradient this much smaller than its weights: nothing is learnt there
FLAT = 1e-3  # outputs this close on every point: the net no longer tells the points apart
STEPS = 20
CHECK_EVERY = 5  # steps: the norms cost a few tensor operations, too many for every step of a small net
SATURATED = 0.1  # a mean slope under a tenth of the activation's steepest: the units saturate
STEEPEST = {"sigmoid": 0.25, "tanh": 1.0}


class GradientWatch:
    """Looks at the gradients after each backward pass; ``warning`` is the sentence while they are dead."""

    def __init__(self, setup: Setup, model: torch.nn.Sequential):
        self.setup = setup
        self.model = model
        self.linears = linears(model)
        self.active = setup.model == "mlp" and len(setup.hidden) >= 2
        self.since: int | None = None  # the step from which the gradients have stayed dead
        self.warning = ""

    def look(self, step: int, accuracy: float, output: torch.Tensor, x: torch.Tensor) -> None:
        """After ``loss.backward()`` of step ``step`` (its accuracy, outputs, points), before the update."""
        if not self.active or step % CHECK_EVERY:
            return
        if accuracy < 1 and self._dead(output):
            self.since = step if self.since is None else self.since
            if step - self.since >= STEPS and not self.warning:
                self.warning = self._why(x)
        else:
            self.since, self.warning = None, ""

    def _dead(self, output: torch.Tensor) -> bool:
        first = self.linears[0]
        if first.weight.grad is None:
            return False
        with torch.no_grad():
            spread = float(output.max() - output.min())
            if spread >= FLAT * (1 + float(output.abs().mean())):
                return False
            gradient = first.weight.grad
            if self.setup.l2:  # the data loss's gradient alone: the L2 pull 2·l2·w never dies
                gradient = gradient - 2 * self.setup.l2 * first.weight
            size = float(first.weight.norm())
            return size > 0 and float(gradient.norm()) < VANISHED * size

    def _why(self, x: torch.Tensor) -> str:
        """The sentence for what the hidden units do on the points ``x``: saturate, shrink, or are off."""
        activation = self.setup.activation
        slopes = _hidden_slopes(self.model, x, activation)
        if activation == "relu" and any(float(s.max()) == 0 for s in slopes):
            return translate(
                "classify.gradients",
                "the gradients of the first layers have died out: every ReLU unit of a layer is off "
                "(below 0) for every point, so no gradient passes back; try another seed, a lower "
                "learning rate, or tanh",
            )
        steepest = STEEPEST.get(activation)
        if steepest and float(torch.cat([s.reshape(-1) for s in slopes]).mean()) < SATURATED * steepest:
            message = translate(
                "classify.gradients",
                "the gradients of the first layers have died out (vanishing gradients: the {activation} "
                "units saturate, where their slope is near 0); try ReLU, a lower learning rate, or fewer "
                "layers",
            )
            return message.format(activation=activation)
        if activation == "sigmoid":
            return translate(
                "classify.gradients",
                "the gradients of the first layers have died out (vanishing gradients: each sigmoid layer "
                "multiplies them by its slope, at most 1/4); try ReLU or tanh, or fewer layers",
            )
        return translate(
            "classify.gradients",
            "the gradients of the first layers have died out (vanishing gradients: each layer shrinks "
            "them on the way back); try ReLU, fewer layers, or another seed",
        )


def _hidden_slopes(model: torch.nn.Sequential, x: torch.Tensor, activation: str) -> list[torch.Tensor]:
    """Each hidden layer's activation slopes on the points ``x``: (points, neurons) per layer."""
    slopes = []
    values = x
    with torch.no_grad():
        for part in model:
            before = values
            values = part(values)
            if isinstance(part, torch.nn.Linear):
                continue
            if activation == "sigmoid":
                slopes.append(values * (1 - values))
            elif activation == "tanh":
                slopes.append(1 - values * values)
            elif activation == "relu":
                slopes.append((before > 0).double())
            else:
                slopes.append(torch.ones_like(values))
    return slopes
