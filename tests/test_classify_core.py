"""The classify core's torch side: set-up checks, models, losses against bare torch, the training loop."""

import dataclasses
import math
import re
import sys
import time

import numpy as np
import pytest
import torch

from gradlab.classify import models
from gradlab.classify.losses import pulls, total_loss
from gradlab.classify.points import Points
from gradlab.classify.setup import PRESETS, Setup, SetupError, batch_size, lr_at
from gradlab.classify.training import Trainer, print_every, printed, train, why_not_finite

GUIDE = Points(
    ((1.2, 0.7), (-0.3, -0.5), (3.0, 0.1), (-0.1, -1.0), (-1.0, 1.1), (2.1, -3.0)), (1, -1, 1, -1, -1, 1)
)
XOR = Points(((0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)), (-1, 1, 1, -1))


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: torch on one thread


def ring(count=40, seed=0):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(-2, 2, size=(count, 2))
    labels = tuple(1 if x * x + y * y < 1.5 else -1 for x, y in xy)
    return Points(tuple(map(tuple, xy.tolist())), labels)


# --- the set-up --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change, words",
    [
        ({"lr": 0}, "learning rate"),
        ({"lr": math.inf}, "learning rate"),
        ({"lr": 2e6}, "learning rate"),
        ({"hidden": ()}, "the hidden layers must be 1 to 6 layers"),
        ({"hidden": (16,) * 7}, "the hidden layers must be 1 to 6 layers"),
        ({"hidden": (17,)}, "the hidden layers must each have 1 to 16"),
        ({"hidden": (0, 4)}, "the hidden layers must each have 1 to 16"),
        ({"hidden": (True,)}, "the hidden layers must each have"),
        ({"steps": 0}, "the number of steps must be a whole number from 1 to 10,000,000"),
        ({"steps": 2.5}, "the number of steps must be a whole number"),
        ({"seed": -1}, "the seed must be a whole number from 0 to 2,147,483,647"),
        ({"count": 0}, "the number of points must be a whole number from 1 to 100,000"),
        ({"batch": -1}, "the batch size must be"),
        ({"model": "svm"}, "the model cannot be 'svm'; the choices are linear, neuron, guide2layer, mlp"),
        ({"loss": "l1"}, "the loss cannot be 'l1'"),
        ({"activation": "gelu"}, "the activation cannot be 'gelu'"),
        ({"optimizer": "lbfgs"}, "the optimizer cannot be 'lbfgs'"),
        ({"schedule": "cosine"}, "the rate schedule cannot be 'cosine'"),
        ({"engine": "jax"}, "the engine cannot be 'jax'"),
        ({"l2": -0.1}, "the L2 strength must be a number from 0 to 1,000"),
        ({"l2": math.nan}, "the L2 strength must be"),
        ({"l2_biases": 1}, "the L2 of the biases must be true or false"),
        ({"momentum": 1.0}, "the momentum must be at least 0 and below 1"),
        ({"noise": 11}, "the noise must be a number from 0 to 10"),
        ({"test_percent": 95}, "the test share must be a number from 0 to 90"),
        ({"data": " "}, "the data must name a data set or a CSV file"),
    ],
)
def test_a_bad_setting_is_named_in_one_line(change, words):
    with pytest.raises(SetupError) as caught:
        Setup(**change).validate()
    message = str(caught.value)
    assert words in message and "\n" not in message


BAD_VALUES = {
    "data": " ", "count": 0, "seed": -1, "noise": 11, "test_percent": 95, "model": "svm", "hidden": (),
    "activation": "gelu", "loss": "l1", "l2": -1, "l2_biases": 1, "optimizer": "lbfgs", "lr": 0,
    "momentum": 1.0, "schedule": "cosine", "steps": 0, "batch": -1, "engine": "jax",
}  # fmt: skip


@pytest.mark.parametrize("key", BAD_VALUES)
def test_every_setting_is_named_as_the_form_labels_it_in_either_language(key):
    """Not 'l2 must be…' nor 'noise 必須…': the field's name from one table, translated with the message."""
    from gradlab.classify.setup import FIELD_NAMES
    from gradlab.translation import install

    assert set(FIELD_NAMES) == set(BAD_VALUES) == {f.name for f in dataclasses.fields(Setup)}
    with pytest.raises(SetupError) as caught:
        Setup(**{key: BAD_VALUES[key]}).validate()
    assert str(caught.value).startswith(FIELD_NAMES[key])
    install(lambda context, text: f"«{text}»" if text in FIELD_NAMES.values() else text)
    try:
        with pytest.raises(SetupError) as caught:
            Setup(**{key: BAD_VALUES[key]}).validate()
    finally:
        install(None)
    if key != "lr":  # the learning rate's message is the Regression tab's, which names it itself
        assert str(caught.value).startswith(f"«{FIELD_NAMES[key]}»"), str(caught.value)


def test_the_learning_rate_rule_is_the_regression_tabs():
    from gradlab.regression.recipes import LR_MAX, check_lr

    Setup(lr=LR_MAX).validate()
    for lr in (0, -1, LR_MAX * 2):
        with pytest.raises(ValueError) as theirs:
            check_lr(lr)
        with pytest.raises(SetupError, match=re.escape(str(theirs.value))):
            Setup(lr=lr).validate()


def test_every_preset_is_valid_and_a_set_up_survives_its_dictionary():
    for setup in PRESETS.values():
        setup.validate()
        assert Setup.from_dict(setup.to_dict()) == setup
    moons = PRESETS["micrograd-moons"]
    assert (moons.hidden, moons.l2, moons.l2_biases, moons.lr, moons.schedule, moons.steps) == (
        (16, 16), 1e-4, True, 1.0, "linear", 100
    )  # fmt: skip
    with pytest.raises(SetupError, match="unknown setting 'colour'"):
        Setup.from_dict({"colour": "red"})


def test_the_package_imports_without_torch():
    import subprocess

    code = "import sys, gradlab.classify; print('torch' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_linear_schedule_and_the_batches():
    setup = Setup(schedule="linear", lr=1.0, steps=100)
    assert [lr_at(setup, 1.0, k) for k in (0, 50, 99)] == pytest.approx([1.0, 0.55, 0.109], rel=1e-15)
    assert lr_at(Setup(), 0.3, 77) == 0.3
    assert batch_size(Setup(), 10_000) == 10_000 and batch_size(Setup(), 10_001) == 1_000
    assert batch_size(Setup(batch=32), 100) == 32 and batch_size(Setup(batch=500), 100) == 100


# --- models --------------------------------------------------------------------------------------


def test_the_models_shapes_and_their_seeded_start():
    shapes = {
        "linear": [(1, 2)],
        "neuron": [(1, 2)],
        "guide2layer": [(3, 2), (1, 3)],
        "mlp": [(4, 2), (3, 4), (1, 3)],
    }
    for kind, expected in shapes.items():
        setup = Setup(model=kind, hidden=(4, 3))
        model = models.build_model(setup, seed=5)
        assert [(len(w), len(w[0])) for w, _ in models.layers(model)] == expected
        assert all(p.dtype == torch.float64 for p in model.parameters())
        assert models.layers(models.build_model(setup, seed=5)) == models.layers(model)
    torch.manual_seed(5)  # as the exported script builds it
    reference = torch.nn.Linear(2, 1, dtype=torch.float64)
    assert models.layers(models.build_model(Setup(), seed=5))[0][0] == reference.weight.tolist()
    state = torch.random.get_rng_state()
    models.build_model(Setup(), seed=9)
    assert torch.equal(state, torch.random.get_rng_state())  # a seeded build leaves torch's generator alone
    assert models.boundary_level(Setup(model="neuron")) == 0.5 and models.boundary_level(Setup()) == 0


def test_set_weight_and_check_layers():
    model = models.build_model(Setup(model="guide2layer"), seed=0)
    models.set_weight(model, 0, 2, 1, 4.5)
    models.set_weight(model, 1, 0, 3, -2.0)  # column 3 of 3 inputs: the bias
    values = models.layers(model)
    assert values[0][0][2][1] == 4.5 and values[1][1] == [-2.0]
    with pytest.raises(IndexError):
        models.set_weight(model, 0, 3, 0, 1.0)
    with pytest.raises(ValueError, match="every weight must be a finite number"):
        models.set_weight(model, 0, 0, 0, math.inf)
    assert models.check_layers(model, values) == ""
    assert models.check_layers(model, values[:1]) == "the weights do not fit this network (2-3-1)"
    values[1][0][0][0] = math.nan
    assert models.check_layers(model, values) == "every weight must be a finite number"
    assert models.check_layers(model, "junk") == "the weights do not fit this network (2-3-1)"


def test_neuron_maps_are_each_neurons_activation_over_the_grid_and_fast():
    setup = Setup(model="mlp", hidden=(16, 16), activation="tanh")
    model = models.build_model(setup, seed=1)
    xs, ys = np.linspace(-3, 3, 100), np.linspace(-2, 2, 100)
    maps = models.neuron_maps(model, xs, ys)
    assert [m.shape for m in maps] == [(16, 100, 100), (16, 100, 100), (1, 100, 100)]
    j, i = 37, 81  # row j is ys[j], column i is xs[i]
    point = torch.tensor([[xs[i], ys[j]]])
    first = torch.tanh(model[0](point))[0]
    assert np.allclose(maps[0][:, j, i], first.detach().numpy())
    assert maps[2][0, j, i] == pytest.approx(float(model(point).detach()), abs=1e-12)
    neuron = models.build_model(Setup(model="neuron"), seed=1)
    (p_map,) = models.neuron_maps(neuron, xs, ys)
    assert 0 < p_map.min() and p_map.max() < 1  # the neuron's map is its p
    times = []
    for _ in range(15):
        started = time.perf_counter()
        models.neuron_maps(model, xs, ys)
        times.append(time.perf_counter() - started)
    assert sorted(times)[len(times) // 2] < 0.02  # about 1 ms on an idle machine


# --- losses: our losses and updates against bare torch, step by step ----------------------------


def reference_run(kind, loss, points, steps, lr, l2, seed):
    """The same training written out in bare torch, formulas and all."""
    torch.manual_seed(seed)
    if kind == "linear":
        model = torch.nn.Sequential(torch.nn.Linear(2, 1, dtype=torch.float64))
    else:
        model = torch.nn.Sequential(
            torch.nn.Linear(2, 5, dtype=torch.float64),
            torch.nn.Tanh(),
            torch.nn.Linear(5, 3, dtype=torch.float64),
            torch.nn.Tanh(),
            torch.nn.Linear(3, 1, dtype=torch.float64),
        )
    x = torch.tensor(points.xy, dtype=torch.float64)
    y = torch.tensor(points.labels, dtype=torch.float64)
    losses, accuracies = [], []
    for _ in range(steps):
        s = model(x)[:, 0]
        if loss == "hinge":
            data = torch.clamp(1 - y * s, min=0).mean()
        elif loss == "logistic":
            data = torch.log(1 + torch.exp(-y * s)).mean()  # −log σ(y·s)
        else:
            data = ((s - y) ** 2).mean()
        total = data + l2 * sum((layer.weight**2).sum() for layer in model if hasattr(layer, "weight"))
        losses.append(total.item())
        accuracies.append(((s > 0) == (y > 0)).double().mean().item())
        model.zero_grad()
        total.backward()
        with torch.no_grad():
            for p in model.parameters():
                p -= lr * p.grad
    return losses, accuracies


@pytest.mark.parametrize("loss", ["hinge", "logistic", "mse"])
@pytest.mark.parametrize("kind", ["linear", "mlp"])
def test_every_step_agrees_with_bare_torch(kind, loss):
    points = ring()
    setup = Setup(model=kind, hidden=(5, 3), activation="tanh", loss=loss, l2=0.01, lr=0.2, steps=30, seed=7)
    trainer = Trainer(setup, points)
    ours = [(trainer.step(), trainer.accuracy) for _ in range(setup.steps)]
    losses, accuracies = reference_run(kind, loss, points, setup.steps, 0.2, 0.01, 7)
    assert [a for _, a in ours] == accuracies
    assert np.allclose([v for v, _ in ours], losses, rtol=1e-12, atol=1e-14)
    assert losses[-1] < losses[0]


def test_the_sigmoid_neurons_losses_are_on_its_p_and_its_hinge_on_its_logit():
    setup = Setup(model="neuron", seed=2)
    model = models.build_model(setup, seed=2)
    x = torch.tensor(GUIDE.xy, dtype=torch.float64)
    y = torch.tensor(GUIDE.labels, dtype=torch.float64)
    z = model[0](x)[:, 0]
    p = torch.sigmoid(z)
    t = (y + 1) / 2
    expected = {
        "hinge": torch.clamp(1 - y * z, min=0).mean(),
        "logistic": -(t * torch.log(p) + (1 - t) * torch.log(1 - p)).mean(),
        "mse": ((p - t) ** 2).mean(),
    }
    for loss, value in expected.items():
        got, output = total_loss(setup.with_changes(loss=loss), model, x, y)
        assert got.item() == pytest.approx(value.item(), rel=1e-12)
        assert torch.allclose(output, p)
    weights = (model[0].weight ** 2).sum()
    everything = weights + (model[0].bias ** 2).sum()
    for biases, penalty in ((False, weights), (True, everything)):
        regularized = setup.with_changes(l2=0.3, l2_biases=biases)
        got, _ = total_loss(regularized, model, x, y)
        assert got.item() == pytest.approx((expected["hinge"] + 0.3 * penalty).item(), rel=1e-12)


def test_the_guides_pulls_are_the_points_inside_their_margin():
    setup = Setup(model="linear")
    model = models.build_model(setup, seed=0)
    models.set_layers(model, [([[1.0, -2.0]], [-1.0])])  # the guide's start: a = 1, b = -2, c = -1
    found = pulls(setup, model, GUIDE)
    # scores: -1.2, -0.3, 1.8, 0.9, -4.2, 7.1: points 0 (+1) and 3 (−1) are wrong, 1 (−1) is in its margin
    assert [i for i, _, _ in found] == [0, 1, 3]
    unit = 1 / math.sqrt(5)
    assert found[0][1:] == pytest.approx((unit, -2 * unit)) and found[2][1:] == pytest.approx(
        (-unit, 2 * unit)
    )
    assert pulls(Setup(model="mlp"), models.build_model(Setup(model="mlp"), 0), GUIDE) == []


# --- the training loop ---------------------------------------------------------------------------


def run_all(setup, points, commands=None):
    reports, generator = [], train(setup, points, report_every=0)
    command = None
    try:
        while True:
            report = generator.send(command)
            reports.append(report)
            command = (commands or {}).get(report.step)
    except StopIteration:
        pass
    return reports


def test_a_seeded_run_is_reproducible_and_another_seed_is_not():
    setup = Setup(data="ring", model="mlp", hidden=(4,), steps=20, seed=3, test_percent=25)
    points = ring()
    first, again = run_all(setup, points), run_all(setup, points)
    losses = [v for r in first for v in r.losses]
    assert losses == [v for r in again for v in r.losses] and len(losses) == 20
    assert [v for r in first for v in r.test_accuracies] == [v for r in again for v in r.test_accuracies]
    other = run_all(setup.with_changes(seed=4), points)
    assert [v for r in other for v in r.losses] != losses
    final = first[-1]
    assert final.done and final.result.startswith("Result: loss ") and "test accuracy" in final.result
    assert final.layers is not None and final.step == 20 and not final.error and not final.warning
    assert len([v for r in first for v in r.test_losses]) == 20


def test_learning_rate_and_weights_sent_mid_run_apply_from_the_next_step():
    setup = Setup(model="linear", steps=6, lr=0.01)
    start = [([[1.0, -2.0]], [-1.0])]
    reports = run_all(setup, GUIDE, {2: {"lr": 0.5, "weights": start}})
    assert reports[1].lr == 0.01 and reports[2].lr == 0.5 and reports[2].lr_changes == [(2, 0.5)]
    model = models.build_model(setup, seed=0)
    models.set_layers(model, start)
    x = torch.tensor(GUIDE.xy, dtype=torch.float64)
    y = torch.tensor(GUIDE.labels, dtype=torch.float64)
    expected, _ = total_loss(setup, model, x, y)
    assert reports[2].losses == [pytest.approx(expected.item(), rel=1e-15)]
    bad = run_all(setup, GUIDE, {1: {"weights": [([[1.0]], [0.0])]}})
    assert bad[1].notice == "the weights do not fit this network (2-1)" and not bad[2].notice
    assert not bad[1].warning  # said as a notice, once: nothing about the gradients
    assert bad[-1].done and not bad[-1].error


def test_unusable_points_or_settings_are_one_line_and_nothing_runs():
    one_class = Points(((0.0, 0.0), (1.0, 1.0)), (1, 1))
    (report,) = run_all(Setup(), one_class)
    assert report.done and report.error.startswith("could not start: all 2 points are class +1")
    (report,) = run_all(Setup(steps=0), GUIDE)
    assert report.error == "could not start: the number of steps must be a whole number from 1 to 10,000,000"


def test_a_diverging_run_and_points_too_far_out_are_told_apart():
    diverged = run_all(Setup(model="mlp", hidden=(8, 8), loss="mse", lr=50.0, steps=200, seed=0), ring())
    assert "the run diverged" in diverged[-1].error and "lower the learning rate" in diverged[-1].error
    far = Points(((1e9, 0.0), (0.0, -1e9)), (1, -1))
    report = run_all(Setup(loss="mse", lr=1.0), far)[-1]
    assert re.fullmatch(
        r"loss became inf at step \d: the run diverged .*; lower the learning rate", report.error
    )
    assert "overflowed float64 while the loss was 0.5 (it had not grown" in why_not_finite(
        math.nan, 5, 0.4, 0.5
    )


def test_vanishing_gradients_are_said_only_where_they_vanish():
    deep = Setup(model="mlp", hidden=(16,) * 6, activation="sigmoid", lr=0.1, steps=60)
    warnings = {r.warning for r in run_all(deep, XOR)} - {""}
    assert warnings == {
        "the gradients of the first layers have died out (vanishing gradients: each sigmoid layer "
        "multiplies them by its slope, at most 1/4); try ReLU or tanh, or fewer layers"
    }
    for activation in ("tanh", "relu"):
        assert not any(r.warning for r in run_all(deep.with_changes(activation=activation), ring()))


def test_many_points_train_in_seeded_batches():
    rng = np.random.default_rng(0)
    xy = rng.normal(size=(10_050, 2))
    points = Points(tuple(map(tuple, xy.tolist())), tuple(1 if x > 0 else -1 for x, _ in xy))
    setup = Setup(model="linear", lr=0.5, steps=12)
    trainer = Trainer(setup, points)
    assert trainer.batch == 1_000
    losses = [trainer.step() for _ in range(setup.steps)]
    again = Trainer(setup, points)
    assert [again.step() for _ in range(setup.steps)] == losses  # the batches are seeded
    assert trainer.evaluate()[1] > 0.9


def test_the_xor_presets_learn_and_fail_as_the_lesson_says():
    from gradlab.classify.datasets import make_points

    for key, learns in (("xor-2layer", True), ("xor-2layer-bad-seed", False), ("xor-neuron", False)):
        setup = PRESETS[key]
        trainer = Trainer(setup, make_points(setup.data))
        for _ in range(setup.steps):
            trainer.step()
        assert (trainer.evaluate()[1] == 1.0) is learns, key


def test_gradlabs_engine_steps_as_torch_does_or_is_said_missing(monkeypatch):
    setup = Setup(model="guide2layer", lr=0.1, l2=0.01, steps=8, seed=1)
    torch_losses = [r for report in run_all(setup, GUIDE) for r in report.losses]
    try:
        import gradlab.classify.engine_net  # noqa: F401
    except ImportError:
        pass
    else:
        engine = run_all(setup.with_changes(engine="gradlab"), GUIDE)
        assert np.allclose([r for report in engine for r in report.losses], torch_losses, rtol=1e-9)
        flat = [np.concatenate([np.ravel(w), b]) for w, b in engine[-1].layers]
        expected = [np.concatenate([np.ravel(w), b]) for w, b in run_all(setup, GUIDE)[-1].layers]
        assert all(np.allclose(a, b, rtol=1e-9) for a, b in zip(flat, expected))
    monkeypatch.setitem(sys.modules, "gradlab.classify.engine_net", None)
    (report,) = run_all(setup.with_changes(engine="gradlab"), GUIDE)
    assert report.error == (
        "could not start: gradlab's engine cannot train a network in this version: choose PyTorch"
    )


def test_the_printed_steps():
    assert print_every(100) == 1 and print_every(400) == 20
    assert [t for t in range(400) if printed(t, 400)] == [*range(0, 400, 20), 399]
    assert sum(printed(t, 1003) for t in range(1003)) == 22


def test_a_big_test_set_is_worked_out_every_few_steps_and_carried_between():
    rng = np.random.default_rng(1)
    xy = rng.normal(size=(20_100, 2))
    points = Points(tuple(map(tuple, xy.tolist())), tuple(1 if x > y else -1 for x, y in xy))
    trainer = Trainer(Setup(model="linear", lr=0.5, steps=4, test_percent=60), points)
    assert len(trainer.y_test) == 12_060 and trainer.test_every == 2
    seen = []
    for _ in range(4):
        trainer.step()
        seen.append(trainer.test_loss)
    assert seen[0] == seen[1] != seen[2] == seen[3]
    small = Trainer(Setup(model="linear", lr=0.5, steps=2, test_percent=50), ring(200))
    assert small.test_every == 1


def test_one_naming_rule_for_the_table_the_tooltips_and_the_graph():
    from gradlab.classify.models import build_model, layers
    from gradlab.classify.names import parameter_names, weight_meaning
    from gradlab.classify.one_point import graph_part
    from gradlab.classify.setup import Setup
    from gradlab.engine import Graph

    line = layers(build_model(Setup(), 0))
    assert parameter_names(line) == ["a", "b", "c"]
    assert weight_meaning([2, 1], 0, 0, 2) == "c: layer 1, the bias of neuron 1"
    setup = Setup(model="guide2layer")
    net = layers(build_model(setup, 0))
    names = parameter_names(net)
    assert names[:4] == ["w1_1_1", "w1_1_2", "b1_1", "w1_2_1"] and names[-1] == "b2_1"
    assert weight_meaning([2, 3, 1], 1, 0, 2) == "w2_1_3: layer 2, into neuron 1 from 3"
    graph = Graph.from_spec(graph_part(setup, net, 1.0, 2.0, 1)["graph"])
    assert set(names) <= {node.label for node in graph.nodes}  # the Graph tab's variables: the same names
    line_graph = Graph.from_spec(graph_part(Setup(l2=0.1), line, 1.0, 2.0, 1)["graph"])
    labels = {node.label for node in line_graph.nodes}
    assert {"a", "b", "c", "sq_a", "sq_b"} <= labels and "sq_c" not in labels  # the guide: a and b only


def test_separable_tells_the_gates_and_the_circle_apart_by_their_hulls():
    from gradlab.classify.datasets import make_points
    from gradlab.classify.notes import separable

    for key, expected in (("guide", True), ("and", True), ("or", True), ("xor", False), ("circle", False)):
        points = make_points(key)
        assert separable(points.xy, points.labels) is expected, key
    assert not separable([(0, 0), (1, 0), (2, 0)], [1, -1, 1])  # collinear, the middle one the other class
    assert separable([(0, 0), (1, 0), (2, 0)], [1, 1, -1])
    assert not separable([(0, 0), (0, 0)], [1, -1])  # one place, both classes
    assert separable([(0, 0.1), (1, 1), (0, -0.1), (1, -1)], [1, 1, -1, -1])  # a V, its tips apart


def test_a_linear_model_that_cannot_separate_says_so_and_a_loss_that_grew_blames_the_rate():
    from gradlab.classify.datasets import make_points
    from gradlab.classify.notes import end_note
    from gradlab.classify.setup import Setup
    from gradlab.classify.training import Trainer

    xor = make_points("xor")
    note = end_note(Setup(data="xor", model="neuron"), xor.xy, xor.labels, 0.5, 0.3, 0.25)
    assert note.startswith("no straight line separates these points")
    assert end_note(Setup(data="xor", model="mlp"), xor.xy, xor.labels, 0.5, 0.3, 0.25) == ""
    guide = make_points("guide")
    assert end_note(Setup(), guide.xy, guide.labels, 5 / 6, 1.0, 0.9) == ""  # a line exists: no excuse

    def losses(lr):
        trainer = Trainer(Setup(data="circle", lr=lr, steps=30), make_points("circle"))
        return [trainer.step() for _ in range(30)]

    wild, tame = losses(1e6), losses(0.01)
    circle = make_points("circle")
    note = end_note(Setup(data="circle", model="mlp"), circle.xy, circle.labels, 0.6, wild[0], wild[-1])
    assert note.startswith(
        f"the loss grew from {wild[0]:.3g} to {wild[-1]:.3g}: the learning rate is too large"
    )
    assert wild[-1] > 10 * wild[0] and tame[-1] <= tame[0]  # a lower rate is the fix


def test_a_trainer_starts_from_the_weights_given_or_the_seeds():
    from gradlab.classify.datasets import make_points
    from gradlab.classify.setup import Setup
    from gradlab.classify.training import Trainer, result_line, result_numbers

    guide = make_points("guide")
    typed = [([[1.0, -2.0]], [-1.0])]
    assert Trainer(Setup(), guide, typed).layers() == typed
    assert Trainer(Setup(), guide).layers() != typed
    with pytest.raises(ValueError):
        Trainer(Setup(), guide, [([[1.0, -2.0, 3.0]], [-1.0])])
    assert result_numbers(result_line(6.5e-05, 1.0, 0.25, 0.95)) == (6.5e-05, 1.0, 0.25, 0.95)
