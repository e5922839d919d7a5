"""The classifiers as torch models: the guide's linear one, one sigmoid neuron, its 2-layer net, an MLP.

Every model is a ``torch.nn.Sequential`` of ``Linear`` layers in float64, each hidden one followed
by its activation (``Identity`` for "linear"), so that the same code reads any of them: layer k's
``Linear`` is at index 2k. The sigmoid neuron ends in a ``Sigmoid``; the others end in their last
``Linear``, whose output is the score (class +1 where it is above 0).
"""

from __future__ import annotations

import math

import numpy as np
import torch

from ..translation import translate
from .setup import Setup, widths

ACTIVATIONS = {
    "relu": torch.nn.ReLU,
    "tanh": torch.nn.Tanh,
    "sigmoid": torch.nn.Sigmoid,
    "linear": torch.nn.Identity,
}
DTYPE = torch.float64


def hidden_activation(setup: Setup) -> str:
    """The hidden layers' activation: ReLU in the guide's 2-layer net, the set-up's in an MLP."""
    return "relu" if setup.model == "guide2layer" else setup.activation


def build_model(setup: Setup, seed: int | None = None) -> torch.nn.Sequential:
    """A fresh model for ``setup`` with torch's default initial weights.

    With a seed, the weights are those ``torch.manual_seed(seed)`` followed by building the model
    gives (as the exported script does), drawn without touching the caller's random state; without
    one, they are drawn from torch's global generator.
    """
    if seed is None:
        return _build(setup)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return _build(setup)


def _build(setup: Setup) -> torch.nn.Sequential:
    sizes = widths(setup)
    parts: list[torch.nn.Module] = []
    for k, (n_in, n_out) in enumerate(zip(sizes, sizes[1:])):
        parts.append(torch.nn.Linear(n_in, n_out, dtype=DTYPE))
        if k < len(sizes) - 2:
            parts.append(ACTIVATIONS[hidden_activation(setup)]())
    if setup.output_is_probability:
        parts.append(torch.nn.Sigmoid())
    return torch.nn.Sequential(*parts)


def linears(model: torch.nn.Sequential) -> list[torch.nn.Linear]:
    """The model's Linear layers, input layer first."""
    return [part for part in model if isinstance(part, torch.nn.Linear)]


def layers(model: torch.nn.Sequential) -> list[tuple[list[list[float]], list[float]]]:
    """Every layer's (weight rows (out × in), biases) as floats, input layer first."""
    return [(layer.weight.detach().tolist(), layer.bias.detach().tolist()) for layer in linears(model)]


def check_layers(model: torch.nn.Sequential, values: object) -> str:
    """Why ``values`` cannot be this model's layers, in one line; "" when they can."""
    expected = [(layer.out_features, layer.in_features) for layer in linears(model)]
    try:
        fits = len(values) == len(expected) and all(
            len(weight) == rows and len(bias) == rows and all(len(row) == cols for row in weight)
            for (weight, bias), (rows, cols) in zip(values, expected)
        )
        numbers = (
            [float(v) for weight, bias in values for row in (*weight, bias) for v in row] if fits else []
        )
    except (TypeError, ValueError, OverflowError):
        fits, numbers = False, []
    if not fits:
        message = translate("classify.models", "the weights do not fit this network ({sizes})")
        return message.format(sizes="-".join(str(n) for n in (expected[0][1], *(r for r, _ in expected))))
    if not all(math.isfinite(v) for v in numbers):
        return translate("classify.models", "every weight must be a finite number")
    return ""


def set_layers(model: torch.nn.Sequential, values) -> None:
    """Put ``values`` (as ``layers`` gives them; checked with ``check_layers``) into the model."""
    with torch.no_grad():
        for layer, (weight, bias) in zip(linears(model), values):
            layer.weight.copy_(torch.tensor(weight, dtype=DTYPE))
            layer.bias.copy_(torch.tensor(bias, dtype=DTYPE))


def set_weight(model: torch.nn.Sequential, layer: int, row: int, col: int, value: float) -> None:
    """Set one weight: of layer ``layer``'s neuron ``row`` from input ``col`` (col == inputs: its bias)."""
    linear = linears(model)[layer]
    if not 0 <= row < linear.out_features or not 0 <= col <= linear.in_features:
        raise IndexError(f"layer {layer} has no weight ({row}, {col})")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(translate("classify.models", "every weight must be a finite number"))
    with torch.no_grad():
        if col == linear.in_features:
            linear.bias[row] = float(value)
        else:
            linear.weight[row, col] = float(value)


def score(model: torch.nn.Sequential, xy: torch.Tensor) -> torch.Tensor:
    """The model's output for each (x1, x2) row: a score, or p for the sigmoid neuron; shape (N,)."""
    return model(xy.to(DTYPE)).reshape(-1)


def score_and_logit(model: torch.nn.Sequential, xy: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(output, the last Linear's output): equal for a score model; p and its logit for the neuron."""
    if isinstance(model[-1], torch.nn.Sigmoid):
        logit = model[:-1](xy).reshape(-1)
        return torch.sigmoid(logit), logit
    out = model(xy).reshape(-1)
    return out, out


def boundary_level(setup: Setup) -> float:
    """The output on the decision boundary: 0.5 for the sigmoid neuron's p, 0 for a score."""
    return 0.5 if setup.output_is_probability else 0.0


def predicted(output: torch.Tensor, level: float) -> torch.Tensor:
    """The class each output says: +1 above the boundary level, −1 otherwise (micrograd's demo's rule)."""
    return torch.where(output > level, 1.0, -1.0).to(output.dtype)


IN_PLACE = {torch.nn.ReLU: torch.relu_, torch.nn.Tanh: torch.tanh_, torch.nn.Sigmoid: torch.sigmoid_}


def _unchanged(values: torch.Tensor) -> torch.Tensor:
    return values


def neuron_maps(
    model: torch.nn.Sequential, xs, ys, dtype: torch.dtype = DTYPE, output_only: bool = False
) -> list[np.ndarray]:
    """Each neuron's activation over the grid ``xs`` × ``ys``: per layer, (neurons, len(ys), len(xs)).

    One batched forward pass over the whole grid, keeping each layer's activations; the last layer
    is the model's output (a score, or p for the sigmoid neuron). The values are computed neuron by
    neuron (a layer's values as the rows of one matrix, W·h + b): each map comes out contiguous,
    without a transpose (about 0.3 ms for a 2-16-16-1 net on 100 × 100 points, where torch's
    point-by-point forward and the transposes take 2 ms). ``dtype``: what the pass computes in
    (the model's float64 by default; float32, for a picture, is several times faster on a CPU);
    ``output_only``: the output's map alone (a list of one).
    """
    xs = torch.as_tensor(np.asarray(xs, dtype=np.float64)).to(dtype)
    ys = torch.as_tensor(np.asarray(ys, dtype=np.float64)).to(dtype)
    grid_y, grid_x = torch.meshgrid(ys, xs, indexing="ij")
    values = torch.stack((grid_x.reshape(-1), grid_y.reshape(-1)))  # 2 × points
    shape = (len(ys), len(xs))
    maps = []
    parts = list(model)
    with torch.no_grad():
        for k, part in enumerate(parts):
            if isinstance(part, torch.nn.Linear):
                weight, bias = part.weight.detach().to(dtype), part.bias.detach().to(dtype)
                values = torch.addmm(bias[:, None], weight, values)
            else:  # an activation, in place: a fresh 1 MB array per layer costs more than the maths
                IN_PLACE.get(type(part), _unchanged)(values)
            last = k == len(parts) - 1
            # a layer's activations: after its activation module, or after the last Linear (the output)
            if last or (
                not output_only
                and isinstance(parts[k + 1], torch.nn.Linear)
                and not isinstance(part, torch.nn.Linear)
            ):
                maps.append(values.reshape(values.shape[0], *shape).numpy())
    return maps
