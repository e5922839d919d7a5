"""The expression language: what it accepts, and hostile input that must give ExprError and nothing else."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gradlab.engine import ExprError, parse, parse_expression, parse_values, variables


@pytest.mark.parametrize(
    "text, values, expected",
    [
        ("x*x + y*y", {"x": 1, "y": 3}, 10.0),
        ("x**2 - 4*x + 4", {"x": 2}, 0.0),
        ("norm(x, y)**2", {"x": 1, "y": 3}, 10.000000000000002),
        ("sigmoid(a*x + b*y + c)", {"a": 0, "b": 0, "c": 0, "x": 1, "y": 1}, 0.5),
        ("-x + +y", {"x": 1, "y": 3}, 2.0),
        ("exp(log(x)) / sqrt(x)", {"x": 4}, 2.0),
        ("relu(-x) + abs(-x) + tanh(0) + sin(0) + cos(0)", {"x": 2}, 3.0),
        ("2 ** -1", {}, 0.5),
        ("  x  ", {"x": 5}, 5.0),
        ("1e-3 * x", {"x": 1000}, 1.0),
    ],
)
def test_accepted(text, values, expected):
    assert parse(text, **values).forward() == pytest.approx(expected)


def test_variables_in_order_of_appearance():
    assert variables(parse_expression("y*x + z*y")) == ["y", "x", "z"]


@pytest.mark.parametrize(
    "text, fragment, column",
    [
        ("x.real", "attributes", 1),
        ("x[0]", "indexing", 1),
        ("'hello'", "strings", 1),
        ("lambda: 1", "lambda", 1),
        ("x < y", "comparisons", 1),
        ("[i for i in x]", "comprehensions", 1),
        ("(y := 2)", "assignments", 2),
        ("x = 2", "", None),
        ("open('f')", "unknown function open()", 1),
        ("__import__('os')", "unknown function __import__()", 1),
        ("exp(x, y)", "takes 1 argument", 1),
        ("norm()", "at least one argument", 1),
        ("exp(x=1)", "no named arguments", 1),
        ("exp", "is a function", 1),
        ("x ^ 2", "write x**2", 1),
        ("x // 2", "use /", 1),
        ("x + ", "something must follow the last +", 3),
        ("(x + 1", "never closed", 1),
        ("", "empty", 1),
        ("   ", "empty", 1),
        ("x +\ny", "one line", 4),
        ("True + x", "True is not a number", 1),
        ("1j * x", "1j is a complex number", 1),
        ("x if x else y", "if/else", 1),
        ("x and y", "and/or", 1),
        ("f'{x}'", "strings", 1),
        ("(x, y)", "tuples", 1),
        ("{1: 2}", "dictionaries", 1),
        ("x.__class__.__bases__", "attributes", 1),
        ("sin(*x)", "* arguments", 5),
        ("(lambda: 0)()", "can be called", 1),
        ("not x", "only - and +", 1),
        ("1" * 5000, "too many digits", None),
        ("x" * 100_001, "too long", None),
        ("(" * 300 + "x" + ")" * 300, "nested too deeply", None),
        ("-" * 5000 + "x", "nested too deeply", None),
    ],
    ids=lambda v: repr(v)[:24] if isinstance(v, str) else None,
)
def test_refused_with_a_message_and_a_column(text, fragment, column):
    with pytest.raises(ExprError) as caught:
        parse(text, x=1.0, y=2.0)
    assert fragment in caught.value.message
    if column is not None:
        assert caught.value.column == column
        assert f"column {column}" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_column_points_at_the_mistake():
    with pytest.raises(ExprError) as caught:
        parse_expression("x + y.z")
    assert caught.value.column == 5


def test_missing_values_are_named():
    with pytest.raises(ExprError, match="no value given for y"):
        parse("x + y", x=1)


def test_power_towers_do_not_hang_and_overflow_to_inf():
    assert parse("9 ** 9 ** 9 ** 9").forward() == math.inf
    assert parse("10 ** 400").forward() == math.inf
    assert parse("1e999 * x", x=1).forward() == math.inf
    assert math.isnan(parse("(-8) ** (1/3)").forward())
    assert parse("1 / 0").forward() == math.inf


def test_a_long_flat_sum_works():
    graph = parse(" + ".join(["x"] * 500), x=1)
    assert graph.forward() == 500.0
    graph.backward()
    assert graph.inputs["x"].grad == 500.0


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_a_graph_or_an_expr_error(text):
    try:
        tree = parse_expression(text)
    except ExprError as error:
        assert error.message
        return
    names = variables(tree)
    parse(text, **dict.fromkeys(names, 1.0)).forward()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(list("xy0123456789.e+-*/() ,") + ["**", "exp(", "norm(", "relu("]), max_size=30)
)
def test_expression_like_noise_gives_a_graph_or_an_expr_error(tokens):
    text = "".join(tokens)
    try:
        parse(text, x=0.5, y=-2.0).forward()
    except ExprError:
        pass


def test_values_box():
    assert parse_values("x=1, y=3") == {"x": 1.0, "y": 3.0}
    assert parse_values("x = -1/2; y=2e-3\nz=sqrt(4)") == {"x": -0.5, "y": 0.002, "z": 2.0}
    assert parse_values("") == {}


@pytest.mark.parametrize(
    "text, fragment, column",
    [
        ("x=1, y", "name=number", 6),
        ("x=1, x=2", "given twice", 6),
        ("x=1, y=z", "must be a number", 8),
        ("x=1, y=3+", "y: something must follow the last +", 9),
        ("x=1, y=(", "y:", None),
        ("1x=2", "not a variable name", 1),
        ("exp=2", "not a variable name", 1),
        ("x=1.2.3", "x:", None),
    ],
)
def test_values_box_mistakes(text, fragment, column):
    with pytest.raises(ExprError) as caught:
        parse_values(text)
    assert fragment in caught.value.message
    if column is not None:
        assert caught.value.column == column


def test_a_variable_may_be_called_text():
    """Found by hypothesis: parse(text, **values) once took a variable named "text" as its own text."""
    graph = parse("text*2", text=3)
    graph.forward()
    assert graph.output.data == 6.0


def test_post_order_visits_children_first_left_to_right_and_each_node_once():
    from gradlab.engine import parse_expression, post_order
    from gradlab.engine.expr import Call, Var

    tree = parse_expression("exp(a * b) + c")
    order = list(post_order(tree))
    shown = [n.name if isinstance(n, Var) else n.op for n in order]
    assert shown == ["a", "b", "mul", "exp", "c", "add"]
    assert order[-1] is tree and all(isinstance(n, (Call, Var)) for n in order)


def test_post_order_needs_no_recursion():
    import sys

    from gradlab.engine import post_order

    class Node:
        def __init__(self, child=None):
            self.child = child

    root = None
    for _ in range(3 * sys.getrecursionlimit()):
        root = Node(root)
    walked = list(post_order(root, lambda n: () if n.child is None else (n.child,)))
    assert len(walked) == 3 * sys.getrecursionlimit() and walked[-1] is root
