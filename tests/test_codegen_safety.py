"""The Code panel's programs hold only what the generators write: checked names, numbers, table operations.

Each program is parsed with ``ast`` and every node checked against an allowlist of the statement and
expression forms the generators write; the only imports are ``from gradlab.net import Net`` and
``import torch``; every name is a node's, a constant's or one the program itself uses.
"""

import ast
import contextlib
import io
import math
import re

import pytest

from gradlab.engine import OPS, Graph, parse
from gradlab.engine.graph import name_problem
from gradlab.graph.codegen import TORCH_BINARY_FUNCTIONS, expression_text, net_program, torch_program
from gradlab.graph.document import GraphDocument
from gradlab.session import SessionError, load_session

ALLOWED_NODES = {
    ast.Module, ast.Expr, ast.Assign, ast.Name, ast.Load, ast.Store, ast.Call, ast.Attribute,
    ast.Constant, ast.keyword, ast.List, ast.BinOp, ast.UnaryOp, ast.USub,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.Import, ast.ImportFrom, ast.alias,
}  # fmt: skip
PROGRAM_NAMES = {"net", "Net", "torch", "print", "float"}
ATTRIBUTES = set(OPS) | {
    "variable",
    "forward",
    "backward",
    "tensor",
    "float64",
    "stack",
    "norm",
    "grad",
    "item",
    *TORCH_BINARY_FUNCTIONS.values(),  # torch.maximum, torch.minimum
}
CALLED_NAMES = {"Net", "print", "float"}
LABEL_TEXT = re.compile(r"(\w+=|\w+\.grad =|\w+ =|net\.forward\(\)=|net\.backward\(\)|nan|inf)")


def check_program(source: str, graph: Graph) -> None:
    """``source`` holds only the generators' forms, names and imports."""
    tree = ast.parse(source)
    labels = {n.label for n in graph.all_nodes if n._op != "const"}
    for node in ast.walk(tree):
        assert type(node) in ALLOWED_NODES, ast.dump(node)
        if isinstance(node, ast.Import):
            assert [a.name for a in node.names] == ["torch"] and node.names[0].asname is None
        elif isinstance(node, ast.ImportFrom):
            assert (
                node.module == "gradlab.net" and [a.name for a in node.names] == ["Net"] and node.level == 0
            )
        elif isinstance(node, ast.Name):
            stem = node.id.rstrip("_") if node.id.rstrip("_") in PROGRAM_NAMES else node.id
            assert stem in PROGRAM_NAMES or node.id in labels or re.fullmatch(r"c\d+", node.id), node.id
            assert name_problem(node.id) is None or node.id in PROGRAM_NAMES
        elif isinstance(node, ast.Attribute):
            assert node.attr in ATTRIBUTES, node.attr
        elif isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Attribute) or node.func.id in CALLED_NAMES, ast.dump(node.func)
        elif isinstance(node, ast.keyword):
            assert node.arg in {"dtype", "requires_grad"}
        elif isinstance(node, ast.Constant):
            value = node.value
            assert type(value) in (int, float, bool, str), repr(value)
            if isinstance(value, str):
                assert LABEL_TEXT.fullmatch(value), value


def graphs_of_every_operation():
    """For each operation: of variables, of a constant and a variable, and of special numbers."""
    for op, spec in OPS.items():
        count = 2 if spec.arity < 0 else spec.arity
        for values in ([0.5, 1.5], [float("nan"), float("inf")], [-0.0, 1e300], [-2.0, -float("inf")]):
            graph = Graph()
            a, b = graph.variable("a", values[0]), graph.variable("b", values[1])
            constant = graph.constant(values[1] * 2)
            graph.apply(op, *[a, b][:count], name="o")
            yield f"{op}-variables-{values}", graph
            graph = Graph()
            a = graph.variable("a", values[0])
            inputs = [graph.constant(values[1]), a, graph.constant(-3.0)][:count] if count > 1 else [a]
            node = graph.apply(op, *inputs)
            if count == 1:
                constant = graph.constant(values[1])
                graph.apply("mul", graph.apply(op, constant), node)
            yield f"{op}-constants-{values}", graph
            del constant


CASES = list(graphs_of_every_operation())


@pytest.mark.parametrize("graph", [g for _, g in CASES], ids=[key for key, _ in CASES])
def test_the_programs_of_every_operation_hold_only_the_generators_forms(graph):
    check_program(net_program(graph), graph)
    check_program(torch_program(graph), graph)


def test_names_a_program_uses_itself_are_renamed_and_the_programs_run():
    values = {"torch": 1.5, "net": 2.0, "Net": 0.5, "print": -1.0, "float": 3.0, "c1": 0.25, "net_": 4.0}
    graph = Graph()
    nodes = [graph.variable(name, value) for name, value in values.items()]
    total = graph.apply("add", nodes[0], graph.constant(2.0))
    for node in nodes[1:]:
        total = graph.apply("mul", total, node)
    graph.apply("add", total, graph.constant(-1.0), name="o")
    graph.backward()
    printed = {}
    for generate in (net_program, torch_program):
        program = generate(graph)
        check_program(program, graph)
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            exec(compile(program, "<generated>", "exec"), {})  # our own program, from checked names
        printed[generate] = output.getvalue()
    assert "net_= " in printed[net_program] and "net__= " in printed[net_program]  # net_ was taken
    renamed = {"torch": "torch_", "print": "print_", "float": "float_"}  # net and Net are free in torch's
    for name, node in graph.inputs.items():
        shown = renamed.get(name, name)
        found = re.search(rf"^{re.escape(shown)}\.grad = (\S+)$", printed[torch_program], re.M)
        assert found and math.isclose(float(found.group(1)), node.grad, rel_tol=1e-12), name


@pytest.mark.parametrize(
    "spoil",
    [
        lambda g: setattr(g.find("o"), "label", "o\nimport os"),
        lambda g: setattr(g.find("a"), "label", "__import__('os')"),
        lambda g: setattr(g.find("a"), "label", "class"),
        lambda g: setattr(g.find("o"), "_op", "system"),
        lambda g: setattr(g.find("a"), "data", "1); import os; (1"),
        lambda g: setattr(g.all_nodes[1], "data", 10**400),
    ],
)
def test_the_generators_refuse_a_graph_changed_behind_the_checks(spoil):
    graph = Graph()
    a = graph.variable("a", 1.0)
    graph.apply("mul", a, graph.constant(2.0), name="o")
    spoil(graph)
    for generate in (net_program, torch_program):
        with pytest.raises(ValueError):
            generate(graph)


def test_an_expression_of_shared_nodes_is_never_built_past_its_limit():
    nodes = [{"name": "x", "value": 1.0}, {"name": "y", "value": 2.0}]
    for i in range(2, 5000):  # each node uses the two before: its inlined text would double each time
        nodes.append({"name": f"m{i}", "op": "add", "inputs": [i - 1, i - 2]})
    graph = Graph.from_spec({"nodes": nodes, "output": 4999})
    assert expression_text(graph) == ""
    text = expression_text(graph, graph.find("m10"))
    assert text and parse(text, x=1.0, y=2.0).forward() == graph.find("m10").data
    assert len(expression_text(graph, graph.find("m20"))) < 30_000
    check_program(net_program(graph), graph)
    check_program(torch_program(graph), graph)


def test_every_session_of_the_hostile_corpus_that_opens_gives_plain_programs(tmp_path):
    """The corpus (tests/hostile) is written by its own generator; each session meant to open is checked.

    (Its harness checks that the others are refused.)
    """
    corpus = pytest.importorskip("tests.hostile.sessions")
    opened = 0
    for case in corpus.cases():
        if case.kind != "session" or case.write is None or case.expect == "refused":
            continue
        path = tmp_path / (case.file or f"{case.id}.gradlab")
        case.write(path)
        try:
            graph, _ = GraphDocument.check_session(load_session(path)["graph"])
        except (SessionError, ValueError):
            continue
        opened += 1
        check_program(net_program(graph), graph)
        check_program(torch_program(graph), graph)
    assert opened
