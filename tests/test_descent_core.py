"""gradlab.descent: functions, float64 optimizers and runs, against the course's outputs and torch.optim."""

import math
import random
from pathlib import Path

import numpy as np
import pytest
import torch

from gradlab.descent import FUNCTIONS, OPTIMIZERS, Objective, Run, curvature, describe, function_preset
from gradlab.engine.expr import Num, Var, post_order
from gradlab.torch_ops import TORCH_FUNCTIONS

GOLDEN = Path(__file__).parent / "golden"


def net2_values() -> list[float]:
    lines = (GOLDEN / "net2.out").read_text().splitlines()
    return [float(line.split("=>")[1]) for line in lines if "=>" in line]


def torch_function(text: str):
    """The function as torch operations on a parameter tensor (the reference gradlab is checked against)."""
    objective = Objective(text)

    def f(p: torch.Tensor) -> torch.Tensor:
        results = {}
        for node in post_order(objective.tree):
            if isinstance(node, Num):
                results[id(node)] = torch.tensor(node.value, dtype=torch.float64)
            elif isinstance(node, Var):
                results[id(node)] = p[objective.names.index(node.name)]
            elif node.op == "pow" and isinstance(node.args[1], Num):  # x ** 2, as a program writes it
                results[id(node)] = results[id(node.args[0])] ** node.args[1].value
            else:
                results[id(node)] = TORCH_FUNCTIONS[node.op](*[results[id(a)] for a in node.args])
        return results[id(objective.tree)]

    return f


def torch_optim_path(kind: str, text: str, start, lr: float, steps: int, momentum: float = 0.9) -> np.ndarray:
    """The loop a student writes from the torch.optim documentation, in float64: the start, then each step."""
    f = torch_function(text)
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = {
        "sgd": lambda: None,
        "momentum": lambda: torch.optim.SGD([p], lr=lr, momentum=momentum),
        "nesterov": lambda: torch.optim.SGD([p], lr=lr, momentum=momentum, nesterov=True),
        "adagrad": lambda: torch.optim.Adagrad([p], lr=lr),
        "rmsprop": lambda: torch.optim.RMSprop([p], lr=lr),
        "adam": lambda: torch.optim.Adam([p], lr=lr),
    }[kind]()
    path = [p.detach().clone().numpy()]
    for _ in range(steps):
        p.grad = None
        f(p).backward()
        if optimizer is None:
            with torch.no_grad():
                p -= lr * p.grad  # torchGd1.py's update
        else:
            optimizer.step()
        path.append(p.detach().clone().numpy())
    return np.array(path)


RATES = {
    "sgd": 0.001,
    "momentum": 0.0005,
    "nesterov": 0.0005,
    "adagrad": 0.1,
    "rmsprop": 0.002,
    "adam": 0.005,
}
RACED = [
    ("x*x + y*y", (1.0, 3.0)),
    (function_preset("rosenbrock").text, (-1.5, 2.0)),
    (function_preset("beale").text, (1.0, 1.4)),
    ("norm(x, y)", (1.0, 2.0)),  # rates that keep 200 steps off the tip, where 1-ulp differences grow
    ("x*x - 4*x + 4", (0.3,)),
    ("sigmoid(x)*exp(y/3) + sqrt(x*x + 1)/(2 + cos(y)) + tanh(x*y) + log(2 + sin(x))", (0.5, 0.2)),
]


@pytest.mark.parametrize("kind", list(OPTIMIZERS))
@pytest.mark.parametrize("text, start", RACED, ids=["net2", "rosenbrock", "beale", "norm", "1-D", "all ops"])
def test_each_optimizer_follows_torch_optim_step_by_step(kind, text, start):
    run = Run(Objective(text), start, kind, RATES[kind], max_steps=200)
    run.advance(200)
    assert run.status == "finished" and run.path.size == 201
    reference = torch_optim_path(kind, text, list(start), RATES[kind], 200)
    np.testing.assert_allclose(run.path.points, reference, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("kind", ["momentum", "nesterov"])
def test_momentum_other_than_the_default_follows_torch_too(kind):
    f = function_preset("rosenbrock")
    run = Run(Objective(f.text), f.start, kind, 0.0002, momentum=0.5, max_steps=200)
    run.advance(200)
    np.testing.assert_allclose(
        run.path.points,
        torch_optim_path(kind, f.text, list(f.start), 0.0002, 200, 0.5),
        rtol=1e-12,
        atol=1e-12,
    )


@pytest.mark.parametrize(
    "text",
    [
        "x*x + y*y",
        "x/y - y**3 + x**y",
        "exp(x)*log(y) + sqrt(x)",
        "sin(x*y) + cos(x - y) + tanh(y)",
        "sigmoid(x) + relu(x - y) + abs(y - 2*x)",
        "norm(x, y, 3) + norm(x)",
        "x**0 + y**2 + x**0.5 + (x - y)**2 - y**-1.5",
        "3",
    ],
)
def test_value_and_gradient_are_torch_autograds(text):
    objective = Objective(text)
    f = torch_function(text)
    rng = random.Random(text)
    for _ in range(20):
        point = [rng.uniform(0.1, 2.0) for _ in objective.names]
        p = torch.tensor(point, dtype=torch.float64, requires_grad=True)
        value = f(p)
        (grad,) = torch.autograd.grad(value, p, allow_unused=True) if value.requires_grad else (None,)
        grad = grad if grad is not None else torch.zeros_like(p)
        ours, our_grad = objective.value_and_gradient(*point)
        assert ours == pytest.approx(value.detach().item(), rel=1e-12, abs=1e-14)
        assert our_grad == pytest.approx(grad.tolist(), rel=1e-12, abs=1e-14)


def test_plain_descent_reproduces_net2():
    run = Run(Objective("x*x + y*y"), (1, 3), "sgd", 0.02, max_steps=100)
    run.advance(1000)
    assert run.status == "finished" and run.steps == 100
    assert run.path.values[:100].tolist() == pytest.approx(net2_values(), rel=1e-12)
    x, y = run.position
    assert (x, y) == (
        pytest.approx(0.01687031935884968, rel=1e-12),
        pytest.approx(0.050610958076549, rel=1e-12),
    )


def test_the_start_is_known_before_any_step():
    run = Run(Objective("x*x + y*y"), (1, 3), "sgd", 0.02)
    assert run.steps == 0 and run.value == 10.0 and run.grad_norm == pytest.approx(math.hypot(2, 6))
    run.advance(1)
    assert run.steps == 1 and run.position.tolist() == pytest.approx([0.96, 2.88])
    assert run.value == pytest.approx(0.96**2 + 2.88**2)


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


def test_divergence_is_caught_kept_and_blames_the_rate_only_where_true():
    run = Run(Objective("x*x + y*y"), (1, 3), "sgd", 1.5, has_minimum=True)
    run.advance(10_000)
    assert run.status == "diverged" and run.stopped_at is not None and run.stopped_at < 30
    assert run.steps == run.stopped_at and run.path.size > 10  # the path up to there is kept
    assert run.status_text() == f"diverged at step {run.stopped_at}"
    assert "lower the learning rate" in run.explanation()
    other = Run(Objective("x*x + y*y"), (1, 3), "sgd", 0.02)
    other.advance(50)
    assert other.running
    saddle = Run(Objective("x**2 - y**2"), (1.5, 0.01), "sgd", 0.02, has_minimum=False)
    saddle.advance(10_000)
    assert saddle.status == "diverged"
    assert (
        "no learning rate" in saddle.explanation() and "lower the learning rate" not in saddle.explanation()
    )


def test_a_start_outside_the_domain_is_named():
    run = Run(Objective("log(x)"), (-1.0,), "sgd", 0.1)
    assert run.status == "undefined" and run.steps == 0
    assert run.status_text() == "f is not defined at the start point"
    assert "learning rate" not in run.explanation()
    assert (
        Run(Objective("sqrt(x)"), (0.0,), "sgd", 0.1).status_text() == "f is not defined at the start point"
    )


def test_a_step_out_of_the_domain_is_named():
    run = Run(Objective("log(x)"), (0.5,), "sgd", 1.0)  # the gradient 2 jumps to x = -1.5
    run.advance(100)
    assert run.status == "undefined" and run.status_text() == "left f's domain at step 1"
    assert "-1.5" in run.explanation() and "learning rate" not in run.explanation()


def test_an_overflow_is_named():
    at_start = Run(Objective("exp(x)"), (800.0,), "sgd", 0.1)
    assert at_start.status == "overflow" and at_start.status_text() == "f overflows at the start point"
    run = Run(Objective("-exp(x)"), (700.0,), "sgd", 1e-300)
    run.advance(1000)
    assert run.status == "overflow" and run.status_text().startswith("overflow at step")
    assert "learning rate" not in run.explanation()


def test_tolerance_stops_a_converged_run():
    run = Run(Objective("x*x + y*y"), (1, 3), "sgd", 0.1, tolerance=1e-6)
    run.advance(10_000)
    assert run.status == "converged" and run.path.grad_norms[-1] < 1e-6


def test_a_constant_function_is_flat():
    run = Run(Objective("2"), (1.0,), "sgd", 0.1, tolerance=1e-9)
    run.advance(10)
    assert run.status == "converged" and run.path.values[0] == 2.0


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


def test_the_grid_outside_the_domain_is_nan_not_an_error():
    _, _, values = Objective("log(x) + sqrt(y)").grid((-1, 1, -1, 1), 5)
    assert np.isnan(values[0, 0]) and np.isfinite(values[4, 4])


def test_only_x_and_y():
    from gradlab.engine import ExprError

    with pytest.raises(ExprError, match="use x and y"):
        Objective("x*z")
    with pytest.raises(ValueError, match="start value"):
        Run(Objective("x*y"), (1,), "sgd", 0.1)
    with pytest.raises(ValueError, match="learning rate"):
        Run(Objective("x*y"), (1, 2), "sgd", math.nan)
    with pytest.raises(ValueError, match="unknown optimizer 'lbfgs'"):
        Run(Objective("x*y"), (1, 2), "lbfgs", 0.1)


def test_no_text_reaches_the_generated_code():
    objective = Objective("x*x + 1e308*10 + y")  # an infinite constant is a value, never source text
    assert objective.value_and_gradient(1.0, 2.0) == (math.inf, (2.0, 1.0))


# --- the stability claim ------------------------------------------------------------------------


def stability_words(text: str, chosen: str = "0.02") -> str:
    objective = Objective(text)
    return describe(curvature(objective), objective.dims, chosen)


def test_2_over_lambda_max_for_positive_definite_quadratics():
    assert curvature(Objective("x*x + y*y")).max_rate == pytest.approx(1.0)
    assert "2/λmax = 1 (chosen: 0.02)" in stability_words("x*x + y*y")
    found = curvature(Objective("3*x*x + x*y + y*y"))
    assert found.kind == "convex"
    assert found.largest_eigenvalue == pytest.approx(
        float(np.linalg.eigvalsh([[6, 1], [1, 2]]).max()), rel=1e-15
    )
    assert "2/λmax = 1" in stability_words("x*x - 4*x + 4")
    assert curvature(Objective("x*x*x - x**3 + x*x + y*y")).kind == "convex"  # x³ cancels: exactly


def test_a_saddle_gets_no_convergence_claim():
    found = curvature(Objective("x**2 - y**2"))
    assert found.kind == "saddle" and found.max_rate is None and found.has_minimum is False
    words = stability_words("x**2 - y**2")
    assert words.startswith("Indefinite Hessian (eigenvalues -2 and 2)")
    assert "whatever the learning rate" in words and "converges" not in words and "2/λmax =" not in words


@pytest.mark.parametrize("text", ["abs(x) + abs(y)", "norm(x, y)", "relu(x) + y*y"])
def test_non_smooth_functions_get_no_claim(text):
    assert curvature(Objective(text)).kind == "kinked"
    words = stability_words(text)
    assert words.startswith("Not smooth") and "2/λmax =" not in words and "Quadratic" not in words


def test_a_constant_gets_no_claim():
    assert curvature(Objective("3")).kind == "constant"
    assert stability_words("3").startswith("Constant") and "2/λmax =" not in stability_words("3")


@pytest.mark.parametrize(
    "text, kind, start",
    [
        (function_preset("rosenbrock").text, "curved", "Not a quadratic"),
        ("1e-20*x**3 + x*x", "curved", "Not a quadratic"),
        ("exp(x) + y*y", "curved", "Not a quadratic"),
        ("x + 2*y", "linear", "Linear"),
        ("-x*x - y*y", "concave", "Concave"),
        ("-x*x", "concave", "Concave"),
        (
            "(x + y)**2",
            "valley",
            "Quadratic with a positive semidefinite Hessian (eigenvalues 0 and 4): a line",
        ),
        (
            "x*x + y",
            "endless valley",
            "Quadratic with a positive semidefinite Hessian (eigenvalues 0 and 2) but",
        ),
    ],
)
def test_every_other_kind_is_named(text, kind, start):
    assert curvature(Objective(text)).kind == kind
    assert stability_words(text).startswith(start)
