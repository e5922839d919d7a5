"""The losses a classifier is trained with, the L2 pull towards zero, and each point's pull (the guide's).

For N points with labels y = ±1, a model's output ``out`` (a score s, or p for the sigmoid neuron)
and its last Linear's output ``z`` (equal to s; the logit of p for the neuron):

- hinge (max margin, micrograd's demo):  mean(relu(1 − y·z))
- logistic (binary cross-entropy), t = (y + 1)/2:  on logits, mean(softplus(z) − t·z) for a score
  model (``binary_cross_entropy_with_logits``); on p for the neuron, mean(−t·log p − (1 − t)·log(1 − p))
  with each log clamped at −100 (``binary_cross_entropy``)
- mse (the course's gate programs):  mean((out − t)²), t = (y + 1)/2 for the neuron's p, else t = y
- L2:  l2·Σ w² over every Linear weight (the guide regularizes a and b, not c), or over every
  parameter, biases too, with ``l2_biases`` (micrograd's demo's ``sum(p*p for p in parameters)``)

The loss is the data term plus the L2 term. The hinge loss of the neuron is taken on its logit,
whose 0 is the neuron's 0.5: its margin is |z| ≥ 1, as the linear classifier's.
"""

from __future__ import annotations

import torch
from torch.nn import functional

from .models import linears, score_and_logit
from .setup import Setup


def data_loss(setup: Setup, output: torch.Tensor, logit: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """The mean loss of the points (labels ``y`` ±1) given the model's output and its last Linear's."""
    if setup.loss == "hinge":
        return torch.relu(1 - y * logit).mean()
    if setup.loss == "logistic":
        t = (y + 1) / 2
        if setup.output_is_probability:
            return functional.binary_cross_entropy(output, t)
        return functional.binary_cross_entropy_with_logits(logit, t)
    t = (y + 1) / 2 if setup.output_is_probability else y
    return ((output - t) ** 2).mean()


def regularization(setup: Setup, model: torch.nn.Sequential) -> torch.Tensor | None:
    """l2·Σ w² over the weights (with ``l2_biases``, over the biases too); None when l2 is 0."""
    if not setup.l2:
        return None
    if setup.l2_biases:
        params = list(model.parameters())
    else:
        params = [layer.weight for layer in linears(model)]
    return setup.l2 * sum((p * p).sum() for p in params)


def total_loss(
    setup: Setup, model: torch.nn.Sequential, x: torch.Tensor, y: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    """(the loss: data term + L2 term, the model's output for each point) for points ``x`` labelled ``y``."""
    output, logit = score_and_logit(model, x)
    loss = data_loss(setup, output, logit, y)
    penalty = regularization(setup, model)
    return (loss if penalty is None else loss + penalty), output


def pulls(setup: Setup, model: torch.nn.Sequential, points) -> list[tuple[int, float, float]]:
    """The guide's pull of each point inside its margin (y·z < 1), for the linear classifier and the neuron.

    Such a point pulls its score up (class +1) or down (class −1): the arrow (dx, dy) is the unit
    direction in the plane in which that pull moves the score, y·(a, b)/|(a, b)|, pointing to the side
    of the boundary the point belongs on. Points beyond their margin pull nothing and are left out;
    other models have no single (a, b) and give no pulls.
    """
    if setup.model not in ("linear", "neuron") or not len(points):
        return []
    layer = linears(model)[0]
    a, b = (float(v) for v in layer.weight.detach()[0])
    length = (a * a + b * b) ** 0.5
    with torch.no_grad():
        xy = torch.tensor(points.xy, dtype=torch.float64)
        _, logit = score_and_logit(model, xy)
    found = []
    for i, (label, z) in enumerate(zip(points.labels, logit.tolist())):
        if label * z < 1:
            if length > 0:
                found.append((i, label * a / length, label * b / length))
            else:
                found.append((i, 0.0, 0.0))
    return found
