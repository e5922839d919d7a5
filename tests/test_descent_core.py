"""gradlab.descent: functions, optimizers and runs, against the course's outputs and torch.optim."""

import math
from pathlib import Path

import numpy as np
import pytest
import torch

from gradlab.descent import FUNCTIONS, OPTIMIZERS, Objective, Run, function_preset, stability
from gradlab.descent.optimizers import DEFAULT_RATES
from gradlab.engine import ExprError

GOLDEN = Path(__file__).parent / "golden"


def net2_values() -> list[float]:
    lines = (GOLDEN / "net2.out").read_text().splitlines()
    return [float(line.split("=>")[1]) for line in lines if "=>" in line]


def test_plain_descent_reproduces_net2():
    run = Run(Objective("x*x + y*y"), (1, 3), "sgd", 0.02, max_steps=100)
    run.advance(1000)
    assert run.status == "finished" and run.steps == 100
    assert run.path.values.tolist() == pytest.approx(net2_values(), rel=1e-12)
    x, y = run.position
    assert (x, y) == (
        pytest.approx(0.01687031935884968, rel=1e-12),
        pytest.approx(0.050610958076549, rel=1e-12),
    )


def hand_written(kind: str, text: str, start, lr: float, steps: int) -> np.ndarray:
    """The optimizer loop a student writes from the torch.optim documentation."""
    objective = Objective(text)
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = {
        "momentum": lambda: torch.optim.SGD([p], lr=lr, momentum=0.9),
        "nesterov": lambda: torch.optim.SGD([p], lr=lr, momentum=0.9, nesterov=True),
        "adagrad": lambda: torch.optim.Adagrad([p], lr=lr),
        "rmsprop": lambda: torch.optim.RMSprop([p], lr=lr),
        "adam": lambda: torch.optim.Adam([p], lr=lr),
    }[kind]()
    path = []
    for _ in range(steps):
        path.append(p.detach().clone().numpy())
        optimizer.zero_grad()
        loss = objective(p[0], p[1])
        loss.backward()
        optimizer.step()
    return np.array(path)


@pytest.mark.parametrize("kind", [k for k in OPTIMIZERS if k != "sgd"])
def test_each_optimizer_is_torch_optim(kind):
    f = function_preset("rosenbrock")
    lr = DEFAULT_RATES[kind] / 10
    run = Run(Objective(f.text), f.start, kind, lr, max_steps=300)
    run.advance(300)
    assert run.status == "finished"
    assert np.array_equal(run.path.points, hand_written(kind, f.text, list(f.start), lr, 300))


def test_torch_gd1_converges_to_2():
    torch.manual_seed(0)
    start = torch.randn((), dtype=torch.float).item()  # torchGd1.py starts at torch.randn(())
    run = Run(Objective("x*x - 4*x + 4"), (start,), "sgd", 1e-3, max_steps=5000)
    run.advance(5000)
    assert abs(run.position[0] - 2) < 1e-3 * abs(start - 2) + 1e-12


def test_torch_gd3_hops_around_the_kink():
    run = Run(Objective("norm(x, y)"), (1.0, 2.0), "sgd", 0.01, max_steps=500)
    run.advance(500)
    assert run.status == "finished" and np.abs(run.position).max() < 0.01
    assert np.allclose(run.path.grad_norms[:200], 1.0)  # the cone's slope: the step never shrinks


def test_divergence_is_caught_and_kept():
    run = Run(Objective("x*x + y*y"), (1, 3), "sgd", 1.5)
    run.advance(10_000)
    assert run.status == "diverged" and run.stopped_at is not None and run.stopped_at < 30
    assert run.steps == run.stopped_at and run.path.size > 10  # the path up to there is kept
    other = Run(Objective("x*x + y*y"), (1, 3), "sgd", 0.02)
    other.advance(50)
    assert other.running


def test_nan_diverges_too():
    run = Run(Objective("log(x)"), (0.5,), "sgd", 1.0)
    run.advance(100)
    assert run.status == "diverged"


def test_tolerance_stops_a_converged_run():
    run = Run(Objective("x*x + y*y"), (1, 3), "sgd", 0.1, tolerance=1e-6)
    run.advance(10_000)
    assert run.status == "converged" and run.path.grad_norms[-1] < 1e-6


def test_stability_limit_for_quadratics():
    assert stability(Objective("x*x + y*y")).max_rate == pytest.approx(1.0)
    assert stability(Objective("x**2 - y**2")).max_rate == pytest.approx(1.0)
    assert stability(Objective("3*x*x + x*y + y*y")).largest_eigenvalue == pytest.approx(
        float(np.linalg.eigvalsh([[6, 1], [1, 2]]).max())
    )
    assert stability(Objective("x*x - 4*x + 4")).max_rate == pytest.approx(1.0)
    assert stability(Objective(function_preset("rosenbrock").text)) is None
    assert stability(Objective("norm(x, y)")) is None


def test_plain_descent_diverges_just_past_the_limit():
    limit = stability(Objective("x*x + y*y")).max_rate
    below = Run(Objective("x*x + y*y"), (1, 3), "sgd", limit * 0.95, max_steps=2000)
    above = Run(Objective("x*x + y*y"), (1, 3), "sgd", limit * 1.05, max_steps=2000)
    below.advance(2000)
    above.advance(2000)
    assert below.status == "finished" and above.status == "diverged"


@pytest.mark.parametrize("f", FUNCTIONS, ids=lambda f: f.key)
def test_the_grid_is_the_function(f):
    objective = Objective(f.text)
    xs, ys, values = objective.grid(f.region, 7)
    for i in (0, 3, 6):
        for j in (0, 4):
            point = (xs[i],) if objective.dims == 1 else (xs[i], ys[j])
            expected = objective.value(point)
            got = values[i] if objective.dims == 1 else values[i, j]
            assert got == pytest.approx(expected, rel=1e-12)
    assert len(f.start) == objective.dims


def test_only_x_and_y():
    with pytest.raises(ExprError, match="use x and y"):
        Objective("x*z")
    with pytest.raises(ValueError, match="start value"):
        Run(Objective("x*y"), (1,), "sgd", 0.1)
    with pytest.raises(ValueError, match="learning rate"):
        Run(Objective("x*y"), (1, 2), "sgd", math.nan)
    with pytest.raises(ValueError, match="unknown optimizer"):
        Run(Objective("x*y"), (1, 2), "lbfgs", 0.1)


def test_a_constant_function_is_flat():
    run = Run(Objective("2"), (1.0,), "sgd", 0.1, tolerance=1e-9)
    run.advance(10)
    assert run.status == "converged" and run.path.values[0] == 2.0
