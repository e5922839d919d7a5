"""max(a, b) and min(a, b), the guide's third gate: against torch everywhere they appear, ties included.

torch's rule (derivatives.yaml, ``maximum``): ``where(self == other, grad / 2, grad)`` masked to 0
where ``self < other`` (``>`` for the other input; the reverse for ``minimum``). So at a tie each
input gets half, next to a nan both get the whole gradient, and the smaller input of max gets 0 even
when the gradient arriving is inf or nan.
"""

import contextlib
import io
import itertools
import math
import re

import pytest
import torch
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from gradlab.descent.function import Objective
from gradlab.descent.hessian import curvature
from gradlab.engine import ExprError, Graph, parse, parse_expression
from gradlab.engine.ops import compute, local_derivatives
from gradlab.graph.check import causes, check_gradients, torch_evaluate, torch_gradients
from gradlab.graph.codegen import expression_text, net_program, torch_program
from gradlab.graph.document import GraphDocument
from gradlab.graph.presets import preset
from gradlab.net import Net
from gradlab.regression.data import target_values
from gradlab.regression.script import torch_expression

INF, NAN = math.inf, math.nan
SPECIAL = [-INF, -3.0, -1.0, -0.0, 0.0, 1.0, 2.5, INF, NAN]
TORCH = {"max": torch.maximum, "min": torch.minimum}


def same(a, b) -> bool:
    """Equal as IEEE numbers, nan equal to nan and the sign of a zero counted."""
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return a == b and math.copysign(1, a) == math.copysign(1, b)


def torch_gate(op: str, a: float, b: float, upstream: float = 1.0):
    """torch's value and the gradients its backward gives a and b, with ``upstream`` arriving."""
    ta = torch.tensor(a, dtype=torch.float64, requires_grad=True)
    tb = torch.tensor(b, dtype=torch.float64, requires_grad=True)
    out = TORCH[op](ta, tb)
    out.backward(torch.tensor(upstream, dtype=torch.float64))
    return out.item(), ta.grad.item(), tb.grad.item()


def engine_gate(op: str, a: float, b: float, upstream: float = 1.0):
    """The same through a graph: o = op(a, b) * w, so that ``upstream`` = w arrives at the gate."""
    graph = Graph()
    x, y, w = graph.variable("a", a), graph.variable("b", b), graph.variable("w", upstream)
    gate = graph.apply(op, x, y, name="m")
    graph.apply("mul", gate, w, name="o")
    graph.backward()
    return gate.data, x.grad, y.grad


# --- the operation itself -----------------------------------------------------------------------------------


@pytest.mark.parametrize("op", ["max", "min"])
@pytest.mark.parametrize("a, b", list(itertools.product(SPECIAL, SPECIAL)))
def test_value_and_gradients_are_torchs_at_every_pair_of_special_numbers(op, a, b):
    value, da, db = torch_gate(op, a, b)
    assert same(compute(op, [a, b]), value), (op, a, b)
    local = local_derivatives(op, value, [a, b])
    assert same(float(local[0]), da) and same(float(local[1]), db), (op, a, b, local, da, db)


@pytest.mark.parametrize("op", ["max", "min"])
@pytest.mark.parametrize("upstream", [INF, -INF, NAN, 2.0])
@pytest.mark.parametrize("a, b", [(2.0, 5.0), (5.0, 2.0), (3.0, 3.0), (NAN, 1.0), (INF, INF)])
def test_an_infinite_or_nan_gradient_stops_at_the_input_that_lost_as_in_torch(op, upstream, a, b):
    _, da, db = torch_gate(op, a, b, upstream)
    _, ga, gb = engine_gate(op, a, b, upstream)
    assert same(ga, da) and same(gb, db), (op, a, b, upstream, (ga, gb), (da, db))


def test_ties_split_the_gradient_evenly_as_torch_does():
    for op in ("max", "min"):
        assert torch_gate(op, 3.0, 3.0)[1:] == (0.5, 0.5)  # the rule this engine copies
        graph = parse(f"{op}(x, y)", x=3, y=3)
        graph.backward()
        assert graph.gradients() == {"x": 0.5, "y": 0.5}
        graph = parse(f"{op}(x, x)", x=3)  # both edges into one variable: two halves add up to 1
        graph.backward()
        assert graph.gradients() == {"x": 1.0}


def test_the_integers_of_a_preset_stay_integers():
    assert compute("max", [2, 5]) == 5 and isinstance(compute("max", [2, 5]), int)
    assert compute("min", [-2, 3]) == -2


# --- whole expressions against torch.autograd ---------------------------------------------------------------

small = st.sampled_from([-2.0, -1.0, 0.0, 1.0, 2.0])  # few values, so that ties are common
leaves = st.one_of(st.sampled_from(["x", "y", "z"]), small.map(lambda v: f"({v!r})"))


def _combine(children):
    return st.one_of(
        st.tuples(st.sampled_from(["max", "min"]), children, children).map(
            lambda t: f"{t[0]}({t[1]}, {t[2]})"
        ),
        st.tuples(children, st.sampled_from(["+", "-", "*"]), children).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        st.tuples(st.sampled_from(["relu", "tanh", "exp"]), children).map(lambda t: f"{t[0]}({t[1]})"),
    )


gate_expressions = st.recursive(leaves, _combine, max_leaves=8).filter(lambda t: "max(" in t or "min(" in t)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(gate_expressions, small, small, small)
def test_expressions_with_max_and_min_match_torch_autograd_ties_included(text, x, y, z):
    graph = parse(text, x=x, y=y, z=z)
    out = graph.forward()
    expected, grads = torch_evaluate(graph.to_spec())
    assume(math.isfinite(expected))
    assert math.isclose(out, expected, rel_tol=1e-12, abs_tol=1e-12), (text, out, expected)
    graph.backward()
    for name, node in graph.inputs.items():
        assert math.isclose(node.grad, grads[name], rel_tol=1e-12, abs_tol=1e-12), (text, name)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["max", "min"]), st.floats(-3, 3), st.floats(-3, 3))
def test_away_from_ties_central_differences_agree(op, x, y):
    assume(abs(x * x - y) > 1e-3)
    graph = parse(f"{op}(x*x, y) * 3", x=x, y=y)
    graph.backward()
    numeric = graph.numerical_gradient(h=1e-6)
    for name, node in graph.inputs.items():
        assert math.isclose(node.grad, numeric[name], rel_tol=1e-4, abs_tol=1e-5), (op, x, y, name)


@pytest.mark.parametrize(
    "text, values",
    [("max(x, y) * z", dict(x=3, y=3, z=2)), ("min(x, 2*x)", dict(x=0)), ("max(x*x, y)", dict(x=2, y=4))],
)
def test_at_a_tie_all_three_agree_and_the_check_names_the_tie(text, values):
    graph = parse(text, **values)
    graph.backward()
    rows = check_gradients(graph, torch_gradients(graph.to_spec()))
    assert rows and all(r.torch_agrees and r.numeric_agrees for r in rows), rows
    found = causes(graph)
    assert [c.kind for c in found] == ["kink"]
    assert "a tie" in found[0].text and "half" in found[0].text


def test_no_tie_no_cause():
    graph = parse("max(x, y) * z", x=-2, y=5, z=-4)
    graph.backward()
    assert causes(graph) == []


# --- the expression language --------------------------------------------------------------------------------


def test_max_and_min_read_as_two_input_calls():
    tree = parse_expression("min(max(x, y), 3)")
    assert tree.op == "min" and tree.args[0].op == "max" and tree.args[1].value == 3.0
    assert parse("max(x, y)", x=2, y=5).forward() == 5


@pytest.mark.parametrize(
    "text, message, column",
    [
        ("max(x, y, z)", "max() takes 2 arguments, not 3", 1),
        ("min(x)", "min() takes 2 arguments, not 1", 1),
        ("max()", "max() takes 2 arguments, not 0", 1),
        ("1 + min(x, y, 2, 3)", "min() takes 2 arguments, not 4", 5),
        ("max", "max is a function: call it as max(...)", 1),
        ("max(x, y=1)", "max() takes no named arguments", 1),
    ],
)
def test_a_wrong_number_of_arguments_is_one_line_with_its_column(text, message, column):
    with pytest.raises(ExprError) as caught:
        parse_expression(text)
    assert caught.value.message == message and caught.value.column == column
    assert "\n" not in str(caught.value) and f"(column {column})" in str(caught.value)


def test_the_ast_reader_says_the_same(monkeypatch):
    from gradlab.engine import expr_reader
    from gradlab.engine.expr_reader import UnsupportedError

    def unsupported(line, lead, text):
        raise UnsupportedError(ExprError("ours", 1, text))

    monkeypatch.setattr(expr_reader, "read", unsupported)  # every text goes to Python's ast, checked
    assert parse_expression("max(x, y)").op == "max"
    with pytest.raises(ExprError) as caught:
        parse_expression("2 * max(x, y, z)")
    assert caught.value.message == "max() takes 2 arguments, not 3" and caught.value.column == 5


def test_max_and_min_cannot_name_a_variable():
    document = GraphDocument(Graph())
    with pytest.raises(ValueError, match="function"):
        document.add_variable("max", 1.0)


def test_an_older_session_with_a_node_called_max_opens_with_it_renamed():
    spec = {
        "nodes": [
            {"name": "max", "value": 2.0},
            {"name": "max_", "value": 3.0},
            {"name": "min", "op": "mul", "inputs": [0, 1]},
        ],
        "output": 2,
    }
    graph, keep = GraphDocument.check_session({"graph": spec, "keep_gradients": False})
    assert [n.label for n in graph.nodes] == ["max__", "max_", "min_"] and graph.forward() == 6.0
    assert spec["nodes"][0]["name"] == "max"  # the session's own data is left as it was
    for damaged in ({"nodes": "no"}, {"nodes": [{"name": "max"}]}, None):
        with pytest.raises(ValueError):
            GraphDocument.check_session({"graph": damaged})


# --- the backward step's sentence ---------------------------------------------------------------------------


def backward_lines(text: str, **values) -> list[str]:
    return [e.explain("·", "→") for e in parse(text, **values).steps().run_backward() if e.kind == "backward"]


def test_the_step_through_max_says_which_input_got_the_gradient():
    lines = backward_lines("max(x, y)", x=2, y=5)
    assert lines == [
        "x.g += ∂o/∂x · o.g = 0 · 1 → 0  — x is the smaller input (2 < 5): max passes it nothing; "
        "y gets the whole gradient",
        "y.g += ∂o/∂y · o.g = 1 · 1 → 1  — y is the larger input (5 > 2): max passes it the whole "
        "gradient; x gets 0",
    ]
    lines = backward_lines("min(x, y)", x=2, y=5)
    assert "x is the smaller input (2 < 5): min passes it the whole gradient; y gets 0" in lines[0]
    assert "y is the larger input (5 > 2): min passes it nothing; x gets the whole gradient" in lines[1]


def test_the_step_at_a_tie_or_next_to_a_nan_says_what_torch_does():
    for line in backward_lines("max(x, y)", x=3, y=3):
        assert "= 0.5 · 1" in line and "a tie (3 = 3): max gives each input half of the gradient" in line
    for line in backward_lines("min(x, y)", x=math.nan, y=1):
        assert "= 1 · 1" in line and "min passes the whole gradient to both" in line


def test_other_operations_keep_their_sentence():
    assert backward_lines("x * y", x=2, y=3) == [
        "x.g += ∂o/∂x · o.g = 3 · 1 → 3",
        "y.g += ∂o/∂y · o.g = 2 · 1 → 2",
    ]


# --- the Net API and both programs --------------------------------------------------------------------------


def test_the_net_api_has_max_and_min_gates():
    net = Net()
    x, y, z = net.variable(-2), net.variable(5), net.variable(-4)
    m = net.max(x, y)
    net.mul(m, z)
    assert net.forward() == -20
    net.backward()
    assert (x.g, y.g, z.g) == (0, -4, 5)
    net = Net()
    a, b = net.variable(3), net.variable(3)
    net.min(a, b)
    net.forward()
    net.backward()
    assert (a.g, b.g) == (0.5, 0.5)


@pytest.mark.parametrize(
    "text, values",
    [
        ("max(x, 2) * min(y, x) + max(x, y)", dict(x=3, y=-1)),
        ("max(x, y) * z", dict(x=4, y=4, z=-1.5)),  # a tie
        ("min(1, max(x, 0)) - min(x, y)", dict(x=0.25, y=-7)),
    ],
)
def test_both_programs_print_the_engines_gradients(text, values):
    graph = parse(text, **values)
    graph.backward()
    net_source, torch_source = net_program(graph), torch_program(graph)
    assert "net.max(" in net_source or "net.min(" in net_source
    assert "torch.maximum(" in torch_source or "torch.minimum(" in torch_source
    printed = {}
    for source in (net_source, torch_source):
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            exec(compile(source, "<generated>", "exec"), {})  # our own program, from checked names
        printed[source] = output.getvalue()
    for name, node in graph.inputs.items():
        g_net = float(re.search(rf"'?{name}= v:\S+ g:(\S+)", printed[net_source]).group(1))
        g_torch = float(re.search(rf"^{name}\.grad = (\S+)$", printed[torch_source], re.M).group(1))
        assert g_net == node.grad and g_torch == node.grad, (name, g_net, g_torch, node.grad)
    assert parse(expression_text(graph), **values).forward() == graph.forward()


# --- the presets --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, output, gradients",
    [
        ("mul_gate", -6, {"x": 3, "y": -2}),
        ("hand_example", 81, {"x": 36, "y": 18}),
        ("max_gate", -20, {"x": 0, "y": -4, "z": 5}),
    ],
)
def test_the_guides_and_the_courses_presets_give_their_numbers_in_the_engine_and_in_torch(
    key, output, gradients
):
    graph = preset(key).build()
    assert graph.forward() == output
    graph.backward()
    assert graph.gradients() == gradients
    value, grads = torch_evaluate(graph.to_spec())
    assert value == output and grads == gradients


def test_the_hand_example_has_one_node_per_operation_in_the_tables_order():
    graph = preset("hand_example").build()
    rows = [(n.label, n._op, [p.label for p in n._prev], n.data) for n in graph.nodes if n._op != "const"]
    assert rows == [
        ("x", "", [], 3),
        ("y", "", [], 2),
        ("a", "mul", ["2", "x"], 6),
        ("b", "add", ["y", "1"], 3),
        ("c", "add", ["a", "b"], 9),
        ("f", "pow", ["c", "2"], 81),
    ]
    graph.backward()
    assert [graph.find(name).grad for name in "abcf"] == [18, 18, 18, 1]  # ∂f/∂c = 2·c = 18


# --- the other places the expression language reaches -------------------------------------------------------


def test_the_descent_tab_computes_max_and_min_and_calls_them_kinks():
    objective = Objective("max(x*x, y) + min(x, 2)")
    assert objective.value_and_gradient(2.0, 4.0) == (6.0, (2.5, 0.5))  # both at a tie: halves
    xs, ys, values = objective.grid((-1, 1, -1, 1), 3)
    assert values.tolist() == [[0.0, 0.0, 0.0], [0.0, 0.0, 1.0], [2.0, 2.0, 2.0]]
    assert curvature(objective).kind == "kinked"


@pytest.mark.parametrize("target", ["max(x, 0)", "min(x**2, 1) - max(-2, x)", "max(0, 1) + x"])
def test_a_regression_target_with_max_is_written_as_the_data_computes_it(target):
    x = torch.linspace(-3, 3, 13)
    written = eval(torch_expression(target), {"torch": torch, "x": x})  # our own text, from a checked tree
    computed = target_values(parse_expression(target), x)
    assert written.dtype == computed.dtype == torch.float32 and torch.equal(written, computed)
