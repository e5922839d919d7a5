"""One point's trip through the network as a Graph tab graph: every multiply, add, activation and the loss.

``graph_part(setup, layers, x, y, label)`` is the Graph tab's part of a session (``{"graph": spec,
"keep_gradients": False}``, ``gradlab.engine.Graph.from_spec``'s format) for the network with
weights ``layers`` (as ``models.layers`` gives them) and the point (x, y) of class ``label``: the
point's coordinates ``x1`` and ``x2`` and every weight (named as the tab's table names them,
``names.weight_name``: ``w1_1_2``, layer 1, neuron 1, from input 2; ``b1_1``: its bias; a, b, c for
the guide's line) are variables, each neuron a chain of products and sums (``p1_1_2``, ``s1_1_2``)
ending in its sum ``z1_1`` and its activation ``h1_1``, then the point's loss as the
training loss defines it (``engine_net.point_loss``, ``losses.py``), plus the L2 term when the
set-up has one. Walking it backward gives the gradients torch gives for a batch of that one point.
"""

from __future__ import annotations

import math

from ..engine import Graph
from ..engine.expr import MAX_NODES
from ..translation import translate
from .engine_net import LOG_FLOOR, hidden_activation, layer_values
from .names import weight_name
from .setup import Setup, SetupError


def node_count(setup: Setup, values) -> int:
    """How many nodes the graph of ``values``' network has (before it is built), about to the node."""
    count = 2 + 4  # the point, and the loss's few constants
    for weight, _ in values:
        inputs = len(weight[0])
        count += len(weight) * (3 * inputs + 2)  # weights, bias, products, sums, activation
    if setup.l2:
        count += 2 * sum(len(w) * (len(w[0]) + 1) for w, _ in values) + 2
    return count + 6


READABLE_NODES = 250  # boxes a student can still follow in the Graph tab (one hidden layer of 8 is ~110)


def graph_size(setup: Setup, layers) -> int:
    """About how many nodes one point's graph of the network with weights ``layers`` has."""
    return node_count(setup, layer_values(setup, layers))


def graph_part(setup: Setup, layers, x: float, y: float, label: int) -> dict:
    """The Graph tab's session part for point (x, y) of class ``label`` (±1); SetupError if it cannot be."""
    values = layer_values(setup, layers)
    if label not in (1, -1) or isinstance(label, bool):
        raise SetupError(translate("classify.one_point", "a point's class must be +1 or -1"))
    try:
        point = (float(x), float(y))
    except (TypeError, ValueError, OverflowError):
        point = (math.nan, math.nan)
    if not all(math.isfinite(v) for v in point):
        raise SetupError(translate("classify.one_point", "the point's coordinates must be finite numbers"))
    needed = node_count(setup, values)
    if needed > MAX_NODES:
        message = translate(
            "classify.one_point",
            "one point's computation in this network is about {count} nodes; a graph has at most {limit}",
        )
        raise SetupError(message.format(count=f"{needed:,}", limit=f"{MAX_NODES:,}"))
    graph = _build(setup, values, point, label)
    return {"graph": graph.to_spec(), "keep_gradients": False}


def _build(setup: Setup, values, point: tuple[float, float], label: int) -> Graph:
    graph = Graph()
    x = [graph.variable("x1", point[0]), graph.variable("x2", point[1])]
    activation = hidden_activation(setup)
    params, bias_nodes = [], set()  # torch's order of model.parameters(): each layer's weights, then biases
    last = len(values) - 1
    sizes = [2, *(len(weight) for weight, _ in values)]
    for k, (weight, bias) in enumerate(values):
        layer = k + 1
        weights, biases, outputs = [], [], []
        for j, (row, b) in enumerate(zip(weight, bias)):
            neuron = f"{layer}_{j + 1}"
            total = graph.variable(weight_name(sizes, k, j, len(row)), b)
            biases.append(total)
            bias_nodes.add(id(total))
            for i, (w, xi) in enumerate(zip(row, x)):
                node = graph.variable(weight_name(sizes, k, j, i), w)
                weights.append(node)
                product = graph.apply("mul", node, xi, name=f"p{neuron}_{i + 1}")
                name = f"z{neuron}" if i == len(row) - 1 else f"s{neuron}_{i + 1}"
                total = graph.apply("add", total, product, name=name)
            if k < last and activation != "linear":
                total = graph.apply(activation, total, name=f"h{neuron}")
            outputs.append(total)
        params += weights + biases
        x = outputs
    logit = x[0]
    output = graph.apply("sigmoid", logit, name="p") if setup.output_is_probability else logit
    if not setup.l2:
        _point_loss(graph, setup, output, logit, label, "loss")
        return graph
    loss = _point_loss(graph, setup, output, logit, label, "data_loss")
    regularized = params if setup.l2_biases else [p for p in params if id(p) not in bias_nodes]
    total = graph.apply("mul", regularized[0], regularized[0], name=f"sq_{regularized[0].label}")
    for n, p in enumerate(regularized[1:], 2):
        square = graph.apply("mul", p, p, name=f"sq_{p.label}")
        name = "sum_sq" if n == len(regularized) else f"sum_sq_{p.label}"
        total = graph.apply("add", total, square, name=name)
    penalty = graph.apply("mul", graph.constant(setup.l2), total, name="l2_term")
    graph.apply("add", loss, penalty, name="loss")
    return graph


def _point_loss(graph: Graph, setup: Setup, output, logit, label: int, name: str):
    """The point's loss node, called ``name``, step for step as ``engine_net.point_loss`` computes it."""
    if setup.loss == "hinge":
        product = graph.apply("mul", graph.constant(label), logit, name="yz")
        return graph.apply("relu", graph.apply("sub", graph.constant(1), product, name="margin"), name=name)
    if setup.loss == "logistic":
        if not setup.output_is_probability:
            product = graph.apply("mul", graph.constant(label), logit, name="yz")
            sigma = graph.apply("sigmoid", product, name="sigma")
            return graph.apply("neg", graph.apply("log", sigma, name="log_sigma"), name=name)
        if label == 1:
            log = graph.apply("log", output, name="log_p")
        else:
            log = graph.apply("log", graph.apply("sub", graph.constant(1), output, name="q"), name="log_q")
        # max(log, −100), as torch's binary_cross_entropy clamps it: relu(log + 100) − 100
        shifted = graph.apply("sub", log, graph.constant(LOG_FLOOR), name="above_floor")
        kept = graph.apply("relu", shifted, name="kept")
        clamped = graph.apply("add", kept, graph.constant(LOG_FLOOR), name="clamped_log")
        return graph.apply("neg", clamped, name=name)
    target = (label + 1) / 2 if setup.output_is_probability else label
    difference = graph.apply("sub", output, graph.constant(target), name="error")
    return graph.apply("pow", difference, graph.constant(2), name=name)
