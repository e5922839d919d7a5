"""gradlab's engine backend of the Neural Network tab, and one point's graph, against torch in float64."""

import gc
import math

import pytest
import torch
from torch.nn import functional

from gradlab.classify.datasets import make_points
from gradlab.classify.engine_net import MAX_PARAMETERS, EngineTrainer
from gradlab.classify.models import build_model, layers
from gradlab.classify.names import weight_name
from gradlab.classify.one_point import graph_part
from gradlab.classify.points import Points
from gradlab.classify.setup import PRESETS, Setup, SetupError, lr_at
from gradlab.engine import Graph
from gradlab.graph.document import GraphDocument

ACTIVATIONS = {"relu": functional.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid, "linear": lambda h: h}


def torch_params(start):
    params = []
    for weight, bias in start:
        params.append(torch.tensor(weight, dtype=torch.float64, requires_grad=True))
        params.append(torch.tensor(bias, dtype=torch.float64, requires_grad=True))
    return params


def torch_loss(setup, params, x, y):
    """The contract's loss (losses section), written out with torch.nn.functional."""
    activation = "relu" if setup.model == "guide2layer" else setup.activation
    h = x
    count = len(params) // 2
    for k in range(count):
        h = functional.linear(h, params[2 * k], params[2 * k + 1])
        if k < count - 1:
            h = ACTIVATIONS[activation](h)
    logit = h.reshape(-1)
    neuron = setup.model == "neuron"
    output = torch.sigmoid(logit) if neuron else logit
    t = (y + 1) / 2
    if setup.loss == "hinge":
        loss = functional.relu(1 - y * logit).mean()
    elif setup.loss == "logistic":
        loss = (
            functional.binary_cross_entropy(output, t)
            if neuron
            else functional.binary_cross_entropy_with_logits(logit, t)
        )
    else:
        loss = functional.mse_loss(output, t if neuron else y)
    if setup.l2:
        regularized = params if setup.l2_biases else params[0::2]
        loss = loss + setup.l2 * sum((p * p).sum() for p in regularized)
    return loss


def torch_losses(setup, points, start, steps):
    """A float64 torch loop: forward, the loss, backward, p -= lr * p.grad (momentum as torch.optim.SGD)."""
    params = torch_params(start)
    x = torch.tensor(points.xy, dtype=torch.float64)
    y = torch.tensor(points.labels, dtype=torch.float64)
    optimizer = None
    if setup.optimizer == "momentum":
        optimizer = torch.optim.SGD(params, lr=setup.lr, momentum=setup.momentum)
    losses = []
    for k in range(steps):
        lr = lr_at(setup, setup.lr, k)
        loss = torch_loss(setup, params, x, y)
        losses.append(loss.item())
        grads = torch.autograd.grad(loss, params)
        if optimizer is not None:
            for p, g in zip(params, grads):
                p.grad = g
            optimizer.param_groups[0]["lr"] = lr
            optimizer.step()
            continue
        with torch.no_grad():
            for p, g in zip(params, grads):
                p -= lr * g
    return losses, [p.detach().tolist() for p in params]


def engine_losses(setup, points, start, steps):
    trainer = EngineTrainer(setup, points, start)
    return [trainer.step() for _ in range(steps)], trainer


def assert_same(ours, theirs):
    assert len(ours) == len(theirs)
    for k, (a, b) in enumerate(zip(ours, theirs)):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9), (k, a, b)


def test_micrograd_demo_100_steps_equal_torchs():
    setup = PRESETS["micrograd-moons"]
    points = make_points("moons", setup.count, setup.seed, setup.noise)
    start = layers(build_model(setup, setup.seed))
    ours, trainer = engine_losses(setup, points, start, 100)
    theirs, final = torch_losses(setup, points, start, 100)
    assert_same(ours, theirs)
    assert ours[-1] < ours[0] / 2  # it learns
    assert trainer.accuracy > 0.9
    flat = [v for weight, bias in trainer.layers() for v in (*sum(weight, []), *bias)]
    expected = [v for w, b in zip(final[0::2], final[1::2]) for v in (*sum(w, []), *b)]
    assert flat == pytest.approx(expected, rel=1e-7, abs=1e-9)
    assert gc.isenabled()


SMALL = [
    Setup(data="guide", model="linear", loss="logistic", lr=0.1),
    Setup(data="guide", model="linear", loss="mse", lr=0.05, l2=0.1),
    Setup(data="guide", model="linear", loss="hinge", lr=0.01, l2=0.1),
    Setup(data="and", model="neuron", loss="logistic", lr=2.0),
    Setup(data="or", model="neuron", loss="mse", lr=2.0, l2=0.01, l2_biases=True),
    Setup(data="circle", count=30, model="mlp", hidden=(4, 3), activation="tanh", loss="logistic", lr=0.1),
    Setup(
        data="xor", model="mlp", hidden=(2,), activation="sigmoid", loss="mse", lr=0.5, optimizer="momentum"
    ),
    Setup(data="guide", model="guide2layer", loss="hinge", lr=0.05, l2=0.01, schedule="linear", steps=50),
    Setup(
        data="gauss", count=20, model="mlp", hidden=(3,), activation="linear", loss="hinge", optimizer="sgd"
    ),
]


@pytest.mark.parametrize("setup", SMALL, ids=lambda s: f"{s.model}-{s.loss}-{s.optimizer}")
def test_50_steps_equal_torchs(setup):
    points = make_points(setup.data, setup.count, setup.seed, setup.noise)
    start = layers(build_model(setup, 3))
    ours, trainer = engine_losses(setup, points, start, 50)
    theirs, _ = torch_losses(setup, points, start, 50)
    assert_same(ours, theirs)
    assert trainer.steps_done == 50


def test_set_lr_layers_and_accuracy():
    setup = Setup(data="guide", model="linear", loss="hinge", lr=0.01)
    points = make_points("guide")
    start = [([[1.0, -2.0]], [0.5])]
    trainer = EngineTrainer(setup, points, start)
    assert trainer.layers() == start
    trainer.set_lr(0.0)
    loss = trainer.step()
    assert trainer.layers() == start  # a rate of 0 moves nothing
    assert trainer.loss == loss
    # scores 1.2·1 − 0.7·2 + 0.5 = 0.3 (+1, right), ... : the guide's points under these weights
    scores = [x - 2 * y + 0.5 for x, y in points.xy]
    right = sum((1 if s > 0 else -1) == label for s, label in zip(scores, points.labels))
    assert trainer.accuracy == right / len(points)
    trainer.set_layers([([[0.0, 0.0]], [0.0])])
    assert trainer.layers() == [([[0.0, 0.0]], [0.0])]
    assert trainer.step() == pytest.approx(1.0)  # every point on the boundary: hinge 1 each


@pytest.mark.parametrize(
    "setup, start, points, words",
    [
        (Setup(model="linear", optimizer="adam"), None, None, "adam"),
        (Setup(model="mlp", hidden=(16,) * 4), None, None, f"at most {MAX_PARAMETERS}"),
        (
            Setup(model="linear"),
            None,
            Points(((0.0, 0.0),) * 1001, (1, -1) * 500 + (1,)),
            "at most 1,000 points",
        ),
        (
            Setup(data="moons", model="mlp", hidden=(16, 16)),
            None,
            make_points("moons", 400, 0, 0.1),
            "at most 200,000 operations a step",
        ),
        (Setup(model="linear"), [([[1.0]], [0.0])], None, "do not fit this network (2-1)"),
        (Setup(model="linear"), [([[1.0, math.nan]], [0.0])], None, "finite"),
        (Setup(model="linear", lr=-1.0), None, None, "learning rate"),
    ],
)
def test_what_the_engine_refuses_is_said_in_one_line(setup, start, points, words):
    points = points or make_points("guide")
    if start is None:
        start = layers(build_model(setup.with_changes(optimizer="manual"), 0))
    with pytest.raises(SetupError) as caught:
        EngineTrainer(setup, points, start)
    message = str(caught.value)
    assert words in message and "\n" not in message


# --- one point in the Graph tab --------------------------------------------------------------

ONE_POINT = [
    Setup(model="linear", loss="hinge", l2=0.1),
    Setup(model="linear", loss="logistic"),
    Setup(model="linear", loss="mse"),
    Setup(model="neuron", loss="logistic"),
    Setup(model="neuron", loss="mse", l2=0.01, l2_biases=True),
    Setup(model="neuron", loss="hinge"),
    Setup(model="guide2layer", loss="hinge", l2=0.01),
    Setup(model="guide2layer", loss="logistic"),
    Setup(model="mlp", hidden=(16, 16), activation="relu", loss="hinge", l2=1e-4, l2_biases=True),
    Setup(model="mlp", hidden=(5, 4), activation="tanh", loss="logistic"),
    Setup(model="mlp", hidden=(3,), activation="sigmoid", loss="mse"),
    Setup(model="mlp", hidden=(3,), activation="linear", loss="mse"),
]


@pytest.mark.parametrize("setup", ONE_POINT, ids=lambda s: f"{s.model}-{s.activation}-{s.loss}")
@pytest.mark.parametrize("x, y, label", [(1.2, 0.7, 1), (-0.3, -0.5, -1)])
def test_one_points_graph_gives_torchs_gradients(setup, x, y, label):
    start = layers(build_model(setup, 7))
    part = graph_part(setup, start, x, y, label)
    graph, keep = GraphDocument.check_session(part)  # what the Graph tab accepts from a session
    assert keep is False
    assert graph.output.label == "loss"
    value = graph.forward()
    graph.backward()
    params = torch_params(start)
    loss = torch_loss(
        setup,
        params,
        torch.tensor([[x, y]], dtype=torch.float64),
        torch.tensor([float(label)], dtype=torch.float64),
    )
    loss.backward()
    assert math.isclose(value, loss.item(), rel_tol=1e-9, abs_tol=1e-12)
    gradients = graph.gradients()
    sizes = [2, *(len(w) for w, _ in start)]
    for k, p in enumerate(params):
        layer = k // 2 + 1
        if k % 2 == 0:
            for (j, i), g in _indexed(p.grad.tolist()):
                name = weight_name(sizes, layer - 1, j, i)
                assert math.isclose(gradients[name], g, rel_tol=1e-9, abs_tol=1e-12)
        else:
            for j, g in enumerate(p.grad.tolist()):
                name = weight_name(sizes, layer - 1, j, sizes[layer - 1])
                assert math.isclose(gradients[name], g, rel_tol=1e-9, abs_tol=1e-12)
    assert set(gradients) >= {"x1", "x2"}


def _indexed(rows):
    return [((j, i), g) for j, row in enumerate(rows) for i, g in enumerate(row)]


def test_one_points_graph_walks_step_by_step():
    setup = Setup(model="guide2layer", loss="hinge")
    part = graph_part(setup, layers(build_model(setup, 0)), 1.2, 0.7, 1)
    graph = Graph.from_spec(part["graph"])
    names = {node.label for node in graph.nodes}
    assert {"w1_1_2", "b1_3", "p1_1_2", "z1_1", "h1_1", "z2_1", "margin", "loss"} <= names
    stepper = graph.steps()
    stepper.run_backward()
    assert stepper.done
    stepped = graph.gradients()
    graph.backward()
    assert stepped == pytest.approx(graph.gradients(), rel=1e-12)


def test_one_point_refusals():
    setup = Setup(model="mlp", hidden=(16,) * 6, l2=0.1)
    big = layers(build_model(setup, 0))
    with pytest.raises(SetupError, match="a graph has at most 5,000"):
        graph_part(setup, big, 0.0, 0.0, 1)
    small = Setup(model="linear")
    start = [([[1.0, 2.0]], [0.0])]
    with pytest.raises(SetupError, match="finite"):
        graph_part(small, start, math.inf, 0.0, 1)
    with pytest.raises(SetupError, match=r"\+1 or -1"):
        graph_part(small, start, 0.0, 0.0, 0)
    with pytest.raises(SetupError, match="do not fit"):
        graph_part(small, [([[1.0]], [0.0])], 0.0, 0.0, 1)
