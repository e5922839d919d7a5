"""The engine against torch.autograd (float64) and against central differences, on generated expressions."""

import math

import pytest
import torch
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from gradlab.engine import Value, parse, parse_expression
from gradlab.engine.expr import Call
from gradlab.graph.check import torch_evaluate

UNARY = ["exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu", "abs"]
BINARY = ["+", "-", "*", "/", "**"]

leaves = st.one_of(
    st.sampled_from(["x", "y", "z"]),
    st.floats(min_value=-3, max_value=3, allow_nan=False).map(lambda v: f"({round(v, 6)!r})"),
)


def _combine(children):
    return st.one_of(
        st.tuples(st.sampled_from(UNARY), children).map(lambda t: f"{t[0]}({t[1]})"),
        st.tuples(children, st.sampled_from(BINARY), children).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        children.map(lambda c: f"-{c}"),
        st.lists(children, min_size=1, max_size=3).map(lambda cs: f"norm({', '.join(cs)})"),
    )


expressions = st.recursive(leaves, _combine, max_leaves=8)
# Rounded: torch squares inside norm() and underflows for |v| < 1e-154, where we stay exact.
coordinates = st.floats(min_value=-3, max_value=3, allow_nan=False).map(lambda v: round(v, 6))


def close(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(expressions, coordinates, coordinates, coordinates)
def test_gradients_match_torch_autograd(text, x, y, z):
    graph = parse(text, x=x, y=y, z=z)
    out = graph.forward()
    expected, torch_grads = torch_evaluate(graph.to_spec())  # the same graph, built of torch tensors
    assume(math.isfinite(expected) and all(math.isfinite(g) for g in torch_grads.values()))
    assert close(out, expected), (text, out, expected)
    graph.backward()
    for name, node in graph.inputs.items():
        assert close(node.grad, torch_grads[name]), (text, name, node.grad, torch_grads[name])


smooth = st.recursive(
    st.sampled_from(["x", "y", "0.5", "2"]),
    lambda c: st.one_of(
        st.tuples(st.sampled_from(["exp", "sin", "cos", "tanh", "sigmoid"]), c).map(
            lambda t: f"{t[0]}({t[1]})"
        ),
        st.tuples(c, st.sampled_from(["+", "-", "*"]), c).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
    ),
    max_leaves=6,
)


@settings(max_examples=150, deadline=None)
@given(smooth, st.floats(-2, 2), st.floats(-2, 2))
def test_gradients_match_central_differences(text, x, y):
    graph = parse(text, x=x, y=y)
    assume(math.isfinite(graph.forward()) and abs(graph.forward()) < 1e6)
    graph.backward()
    numeric = graph.numerical_gradient(h=1e-6)
    for name, node in graph.inputs.items():
        assert math.isclose(node.grad, numeric[name], rel_tol=1e-4, abs_tol=1e-5), (text, name)


def test_value_operators_match_torch_on_a_neuron():
    w = [Value(0.5), Value(-1.5)]
    x = [Value(2.0), Value(1.0)]
    b = Value(0.25)
    out = (w[0] * x[0] + w[1] * x[1] + b).tanh()
    out.backward()
    tw = torch.tensor([0.5, -1.5], dtype=torch.float64, requires_grad=True)
    tx = torch.tensor([2.0, 1.0], dtype=torch.float64, requires_grad=True)
    tb = torch.tensor(0.25, dtype=torch.float64, requires_grad=True)
    tout = torch.tanh((tw * tx).sum() + tb)
    tout.backward()
    assert out.data == pytest.approx(tout.item(), rel=1e-12)
    assert [v.grad for v in w] == pytest.approx(tw.grad.tolist(), rel=1e-12)
    assert [v.grad for v in x] == pytest.approx(tx.grad.tolist(), rel=1e-12)
    assert b.grad == pytest.approx(tb.grad.item(), rel=1e-12)


def test_kinks_take_torchs_choice_at_zero():
    for fn in ("relu", "abs"):
        graph = parse(f"{fn}(x)", x=0.0)
        graph.backward()
        t = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
        getattr(torch, fn)(t).backward()
        assert graph.inputs["x"].grad == t.grad.item() == 0.0


def test_call_tree_shape():
    tree = parse_expression("x*x + y*y")
    assert isinstance(tree, Call) and tree.op == "add"
