"""The Neural Network tab's second backend: the same network trained over gradlab's scalar engine.

Every weight is a ``gradlab.engine.Value``, and the whole training loss is one graph of scalar
operations (micrograd's way), built once and kept on a ``Tape``: each step recomputes it forward
from the weights' new values, walks it backward and moves every parameter, ``p -= lr * p.grad``.
With the same initial weights it computes the same losses as the torch backend (``losses.py``:
the same formulas, in float64) to 1e-9 at every step, the lesson being that a scalar engine of a
few hundred lines and torch compute the same thing. Being scalar, it is for small models: at most
``MAX_PARAMETERS`` parameters, ``MAX_POINTS`` training points and ``MAX_NODES`` nodes in the
graph. No torch here.
"""

from __future__ import annotations

import math
from operator import mul

from ..engine import Value, collector_paused
from ..engine.tape import Tape
from ..translation import translate
from .points import Points
from .setup import Setup, SetupError, lr_at, widths

MAX_PARAMETERS = 600
MAX_POINTS = 1_000
MAX_NODES = 200_000  # in the graph of one step's loss (2-16-16-1 on 100 points: 66,000)
OPTIMIZERS = ("manual", "sgd", "momentum")  # the updates written out here; torch's others are torch's
LOG_FLOOR = -100.0  # torch's binary_cross_entropy clamps each log at -100


def hidden_activation(setup: Setup) -> str:
    """The hidden layers' activation: ReLU in the guide's 2-layer net, the set-up's in an MLP."""
    return "relu" if setup.model == "guide2layer" else setup.activation


def activate(value: Value, activation: str) -> Value:
    """A hidden neuron's output: relu, tanh, sigmoid, or the value itself for "linear"."""
    if activation == "linear":
        return value
    return getattr(value, activation)()


def point_loss(setup: Setup, output: Value, logit: Value, label: int) -> Value:
    """One point's term of the data loss, as ``losses.data_loss`` defines it (label ±1).

    ``output`` is the score (or p for the sigmoid neuron), ``logit`` the last layer's sum (the
    score itself, or the neuron's input to its sigmoid).
    """
    if setup.loss == "hinge":
        return (1 - label * logit).relu()
    if setup.loss == "logistic":
        if not setup.output_is_probability:
            # softplus(z) − t·z with t = (y + 1)/2 is −log σ(y·z): its derivative σ(y·z) − 1 is exact
            return -((label * logit).sigmoid().log())
        # −log p for class +1, −log(1 − p) for −1, each log clamped at −100 as torch's
        log = (output if label == 1 else 1 - output).log()
        return -((log - LOG_FLOOR).relu() + LOG_FLOOR)  # max(log, −100), as one fixed graph
    target = (label + 1) / 2 if setup.output_is_probability else label
    return (output - target) ** 2


def check_size(setup: Setup, training_points: int) -> None:
    """SetupError when the model or the data is too big for the scalar engine."""
    sizes = widths(setup)
    parameters = sum((n_in + 1) * n_out for n_in, n_out in zip(sizes, sizes[1:]))
    if parameters > MAX_PARAMETERS:
        message = translate(
            "classify.engine_net",
            "gradlab's engine trains at most {limit} parameters; this network has {count}: choose PyTorch",
        )
        raise SetupError(message.format(limit=MAX_PARAMETERS, count=f"{parameters:,}"))
    if training_points > MAX_POINTS:
        message = translate(
            "classify.engine_net",
            "gradlab's engine trains on at most {limit} points; there are {count}: choose PyTorch",
        )
        raise SetupError(message.format(limit=f"{MAX_POINTS:,}", count=f"{training_points:,}"))
    nodes = node_count(setup, training_points)
    if nodes > MAX_NODES:
        message = translate(
            "classify.engine_net",
            "gradlab's engine takes at most {limit} operations a step, this about {count}: choose PyTorch",
        )
        raise SetupError(message.format(limit=f"{MAX_NODES:,}", count=f"{nodes:,}"))


def node_count(setup: Setup, training_points: int) -> int:
    """About how many nodes one step's graph has: each point's products, sums, activations and loss."""
    sizes = widths(setup)
    weights = sum(n_in * n_out for n_in, n_out in zip(sizes, sizes[1:]))
    neurons = sum(sizes[1:])
    return training_points * (2 * weights + neurons + 10) + 2 * (weights + neurons) + 10


def check_optimizer(setup: Setup) -> None:
    if setup.optimizer not in OPTIMIZERS:
        message = translate(
            "classify.engine_net",
            "gradlab's engine updates by plain gradient descent, SGD or momentum, not {name}: choose PyTorch",
        )
        raise SetupError(message.format(name=setup.optimizer))


def layer_values(setup: Setup, layers) -> list[tuple[list[list[float]], list[float]]]:
    """``layers`` (weight rows out × in, biases) as floats, checked against the set-up's network."""
    sizes = widths(setup)
    try:
        values = [
            ([[float(v) for v in row] for row in weight], [float(v) for v in bias]) for weight, bias in layers
        ]
        fits = len(values) == len(sizes) - 1 and all(
            len(weight) == n_out and len(bias) == n_out and all(len(row) == n_in for row in weight)
            for (weight, bias), n_in, n_out in zip(values, sizes, sizes[1:])
        )
    except (TypeError, ValueError, OverflowError):
        fits = False
    if not fits:
        message = translate("classify.engine_net", "the weights do not fit this network ({sizes})")
        raise SetupError(message.format(sizes="-".join(str(n) for n in sizes)))
    if not all(math.isfinite(v) for weight, bias in values for row in (*weight, bias) for v in row):
        raise SetupError(translate("classify.engine_net", "every weight must be a finite number"))
    return values


class EngineTrainer:
    """A network of ``Value`` weights, its training points and its update, ready to ``step``."""

    def __init__(self, setup: Setup, points: Points, layers):
        setup.validate()
        check_optimizer(setup)
        check_size(setup, len(points))
        self.setup = setup
        self.activation = hidden_activation(setup)
        self.weights: list[list[list[Value]]] = []
        self.biases: list[list[Value]] = []
        for weight, bias in layer_values(setup, layers):
            self.weights.append([[Value(v) for v in row] for row in weight])
            self.biases.append([Value(v) for v in bias])
        # torch's order of model.parameters(): each layer's weight (row by row), then its bias
        self.parameters = [
            p for rows, bias in zip(self.weights, self.biases) for p in (*sum(rows, []), *bias)
        ]
        weights_only = [w for rows in self.weights for row in rows for w in row]
        self.regularized = self.parameters if setup.l2_biases else weights_only
        self.inputs = [(Value(x, (), "const"), Value(y, (), "const")) for x, y in points.xy]
        self.labels = list(points.labels)
        self.base_lr = setup.lr
        self.velocity = [0.0] * len(self.parameters) if setup.optimizer == "momentum" else None
        with collector_paused():
            self._loss, self._outputs = self.total_loss()
            self.tape = Tape(self._loss)
        self.steps_done = 0
        self.loss = math.nan
        self.accuracy = math.nan  # of the last step, before its update

    # --- the network -------------------------------------------------------------------------

    def forward(self, x: list[Value]) -> tuple[Value, Value]:
        """(output, logit) for one point: the score twice, or the neuron's p and its logit."""
        last = len(self.weights) - 1
        for k, (rows, bias) in enumerate(zip(self.weights, self.biases)):
            sums = [sum(map(mul, row, x), b) for row, b in zip(rows, bias)]  # b + w0·x0 + w1·x1 + …
            x = sums if k == last else [activate(s, self.activation) for s in sums]
        logit = x[0]
        output = logit.sigmoid() if self.setup.output_is_probability else logit
        return output, logit

    def total_loss(self) -> tuple[Value, list[Value]]:
        """(the graph of the loss over every training point, data term + L2 term; each point's output)."""
        terms, outputs = [], []
        for x, label in zip(self.inputs, self.labels):
            output, logit = self.forward(list(x))
            terms.append(point_loss(self.setup, output, logit, label))
            outputs.append(output)
        loss = sum(terms[1:], terms[0]) / len(terms)
        if self.setup.l2:
            squares = [p * p for p in self.regularized]
            loss = loss + self.setup.l2 * sum(squares[1:], squares[0])
        return loss, outputs

    # --- training ----------------------------------------------------------------------------

    def step(self, lr: float | None = None) -> float:
        """One full-batch step; returns the loss before the update (``accuracy`` is that step's).

        ``lr`` is the rate of this step as given; without it, ``base_lr`` with the set-up's schedule.
        """
        if lr is None:
            lr = lr_at(self.setup, self.base_lr, self.steps_done)
        self.loss = self.tape.forward()
        self.tape.backward()
        if self.velocity is None:
            for p in self.parameters:
                p.data -= lr * p.grad
        else:
            momentum, velocity = self.setup.momentum, self.velocity
            for i, p in enumerate(self.parameters):  # torch's SGD: the first buffer is the gradient
                velocity[i] = p.grad if self.steps_done == 0 else momentum * velocity[i] + p.grad
                p.data -= lr * velocity[i]
        level = 0.5 if self.setup.output_is_probability else 0.0
        right = sum(
            (1 if out.data > level else -1) == label for out, label in zip(self._outputs, self.labels)
        )
        self.accuracy = right / len(self.labels)
        self.steps_done += 1
        return self.loss

    def set_lr(self, lr: float) -> None:
        """The rate from the next step on (the schedule still applies to it)."""
        self.base_lr = lr

    def layers(self) -> list[tuple[list[list[float]], list[float]]]:
        """Every layer's (weight rows, biases) as floats, input layer first (as ``models.layers``)."""
        return [
            ([[w.data for w in row] for row in rows], [b.data for b in bias])
            for rows, bias in zip(self.weights, self.biases)
        ]

    def set_layers(self, layers) -> None:
        """Replace every weight (checked: SetupError if they do not fit or are not finite)."""
        values = layer_values(self.setup, layers)
        for (weight, bias), rows, biases in zip(values, self.weights, self.biases):
            for row_values, row in zip(weight, rows):
                for v, w in zip(row_values, row):
                    w.data = v
            for v, b in zip(bias, biases):
                b.data = v
