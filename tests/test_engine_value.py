"""gradlab.engine.Value: operators, functions, the chain rule, deep graphs and memory."""

import gc
import math
import sys

import pytest

from gradlab.engine import Value, norm, topological_order


def test_x_times_x_gives_2x():
    x = Value(3.0)
    y = x * x
    y.backward()
    assert y.data == 9.0
    assert x.grad == 6.0


def test_net1_by_hand():
    x, y = Value(1.0), Value(3.0)
    o = x * x + y * y
    o.backward()
    assert (o.data, x.grad, y.grad, o.grad) == (10.0, 2.0, 6.0, 1)


def test_numbers_on_either_side():
    x = Value(2.0)
    cases = {
        "x + 3": (x + 3, 5.0, 1.0),
        "3 + x": (3 + x, 5.0, 1.0),
        "x - 3": (x - 3, -1.0, 1.0),
        "3 - x": (3 - x, 1.0, -1.0),
        "x * 3": (x * 3, 6.0, 3.0),
        "3 * x": (3 * x, 6.0, 3.0),
        "x / 4": (x / 4, 0.5, 0.25),
        "4 / x": (4 / x, 2.0, -1.0),
        "x ** 3": (x**3, 8.0, 12.0),
        "3 ** x": (3**x, 9.0, 9.0 * math.log(3)),
        "-x": (-x, -2.0, -1.0),
        "+x": (+x, 2.0, 1.0),
    }
    for name, (out, value, grad) in cases.items():
        out.backward()
        assert out.data == pytest.approx(value), name
        assert x.grad == pytest.approx(grad), name


@pytest.mark.parametrize(
    "method, at, value, grad",
    [
        ("exp", 1.0, math.e, math.e),
        ("log", 2.0, math.log(2), 0.5),
        ("sqrt", 4.0, 2.0, 0.25),
        ("sin", 0.5, math.sin(0.5), math.cos(0.5)),
        ("cos", 0.5, math.cos(0.5), -math.sin(0.5)),
        ("tanh", 0.5, math.tanh(0.5), 1 - math.tanh(0.5) ** 2),
        ("sigmoid", 0.0, 0.5, 0.25),
        ("relu", -2.0, 0.0, 0.0),
        ("relu", 2.0, 2.0, 1.0),
        ("abs", -2.0, 2.0, -1.0),
    ],
)
def test_functions(method, at, value, grad):
    x = Value(at)
    out = getattr(x, method)()
    out.backward()
    assert out.data == pytest.approx(value)
    assert x.grad == pytest.approx(grad)


def test_norm_like_torch():
    x, y = Value(1.0), Value(3.0)
    n = norm(x, y)
    f = n * n
    f.backward()
    assert f.data == pytest.approx(10.0)
    assert (x.grad, y.grad) == (pytest.approx(2.0), pytest.approx(6.0))


def test_ieee_results_instead_of_exceptions():
    assert (Value(1.0) / 0).data == math.inf
    assert math.isnan((Value(0.0) / 0).data)
    assert (Value(1000.0).exp()).data == math.inf
    assert (Value(0.0).log()).data == -math.inf
    assert math.isnan(Value(-1.0).log().data)
    assert math.isnan(Value(-1.0).sqrt().data)
    assert math.isnan((Value(-8.0) ** (1 / 3)).data)
    assert (Value(10.0) ** 400.0).data == math.inf
    assert (Value(-10.0) ** 401.0).data == -math.inf
    assert math.isnan(Value(math.inf).sin().data)
    assert Value(-1e308).sigmoid().data == 0.0
    out = Value(0.0).sqrt()
    out.backward()  # derivative 1/(2*0): inf, not an exception


def test_huge_integer_powers_do_not_hang():
    out = Value(9) ** (Value(9) ** Value(9))
    assert out.data == math.inf


def test_backward_sets_gradients_and_accumulate_adds_to_leaves():
    x = Value(1.0)
    y = x * x
    y.backward()
    y.backward()
    assert x.grad == 2.0  # set, not summed, by default
    y.backward(accumulate=True)
    assert x.grad == 4.0  # the forgotten zero_grad(): gradients pile up on the leaves
    assert y.grad == 1


def test_a_chain_of_100000_operations_under_the_default_recursion_limit():
    assert sys.getrecursionlimit() <= 10_000
    x = Value(1.0)
    out = x
    for _ in range(100_000):
        out = out * 1.0 + 0.0
    out.backward()
    assert x.grad == 1.0
    assert len(topological_order(out)) == 400_001  # x, then (const, mul, const, add) per step
    del out  # freeing the chain must not recurse either


def test_nodes_form_no_reference_cycles():
    gc.collect()
    gc.disable()
    try:
        x = Value(2.0)
        out = x
        for _ in range(1000):
            out = (out * x).tanh() + 1
        out.backward()
        del out, x
        assert gc.collect() == 0  # everything was freed by reference counting
    finally:
        gc.enable()


def test_a_value_refuses_strings():
    with pytest.raises(TypeError):
        Value(1.0) + "2"


def test_repr_names_data_and_grad():
    x = Value(2.0, label="x")
    assert repr(x) == "Value(x, data=2.0, grad=0)"
