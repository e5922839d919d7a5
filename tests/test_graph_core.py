"""The Graph tab's pure core: presets, editing with undo, saving, layout, generated code and checks."""

import re

import pytest

from gradlab.engine import Graph, parse
from gradlab.graph.check import check_gradients, torch_gradients
from gradlab.graph.codegen import expression_text, net_program, torch_program, values_text
from gradlab.graph.document import EditError, GraphDocument
from gradlab.graph.layout import layout
from gradlab.graph.presets import PRESETS, net1, preset

from .conftest import run_as_scripts

EXPECTED = {
    "net1": (10.0, {"x": 2.0, "y": 6.0}),
    "autograd2": (10.0, {"x": 2.0, "y": 6.0}),
    "torchGd1": (4.0, {"x": -4.0}),
    "karpathy": (-12.0, {"x": -4.0, "y": -4.0, "z": 3.0}),
    "neuron": (0.8807970779778823, {"a": -0.1049935854, "b": 0.3149807562, "x": 0.1049935854}),
    "tanh_neuron": (0.7071067811865477, {"x1": -1.5, "w1": 1.0, "x2": 0.5, "w2": 0.0, "b": 0.5}),
    "mul_gate": (-6.0, {"x": 3.0, "y": -2.0}),  # the guide: ∂f/∂x = y, ∂f/∂y = x
    "hand_example": (81.0, {"x": 36.0, "y": 18.0}),  # the course's table: 2·(2x + y + 1)·2 and ·1
    "max_gate": (-20.0, {"x": 0.0, "y": -4.0, "z": 5.0}),  # max routes z to y, the larger; x gets 0
}


@pytest.mark.parametrize("p", PRESETS, ids=lambda p: p.key)
def test_presets_compute_what_the_sources_say(p):
    graph = p.build()
    value, grads = EXPECTED[p.key]
    assert graph.forward() == pytest.approx(value, rel=1e-12)
    graph.backward()
    for name, grad in grads.items():
        assert graph.inputs[name].grad == pytest.approx(grad, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("p", PRESETS, ids=lambda p: p.key)
def test_torch_and_central_differences_agree_on_the_presets(p):
    graph = p.build()
    graph.backward()
    rows = check_gradients(graph, torch_gradients(graph.to_spec()))
    assert rows and all(r.torch_agrees and r.numeric_agrees for r in rows)


def test_checks_flag_the_kinks():
    graph = parse("relu(x) + abs(y)", x=0, y=0)
    graph.backward()
    rows = {r.name: r for r in check_gradients(graph, torch_gradients(graph.to_spec()))}
    assert rows["x"].torch_agrees and not rows["x"].numeric_agrees  # numbers average 0 and 1 at relu's kink
    assert rows["y"].torch_agrees and rows["y"].numeric_agrees


def test_spec_round_trip_and_damaged_specs():
    graph = parse("x**2 - 4*x + 4", x=3)
    again = Graph.from_spec(graph.to_spec())
    assert again.to_spec() == graph.to_spec() and again.forward() == graph.forward() == 1.0
    for damaged in (
        None,
        {"nodes": "no"},
        {"nodes": [{"name": "x", "value": "one"}]},
        {"nodes": [{"name": "x", "value": 1}, {"name": "o", "op": "mul", "inputs": [0, 5]}]},
        {"nodes": [{"name": "o", "op": "frob", "inputs": []}]},
        {"nodes": [{"name": "x", "value": 1}], "output": 3},
        {"nodes": [{"name": "x", "value": 1}, {"name": "x", "value": 2}]},
    ):
        with pytest.raises(ValueError):
            Graph.from_spec(damaged)


def test_document_edits_undo_and_redo():
    doc = GraphDocument(Graph())
    doc.add_variable("x", 1)
    doc.add_variable("y", 3)
    doc.add_operation("mul", ["x", "x"], "x2")
    doc.add_operation("mul", ["y", "y"], "y2")
    doc.add_operation("add", ["x2", "y2"], "o")
    assert doc.graph.to_spec() == net1().to_spec()  # the builder builds what net1.py builds
    doc.rename("o", "f")
    assert doc.graph.output.label == "f"
    doc.set_value("x", 2)
    assert doc.graph.forward() == 13.0
    assert doc.undo() and doc.graph.forward() == 10.0
    assert doc.undo() and doc.graph.output.label == "o"
    assert doc.redo() and doc.graph.output.label == "f"
    for _ in range(6):
        doc.undo()
    assert not doc.can_undo and doc.graph.all_nodes == []
    assert not doc.undo()


def test_document_refuses_bad_edits_and_changes_nothing():
    doc = GraphDocument(net1())
    before = doc.graph.to_spec()
    for edit in (
        lambda: doc.add_variable("x", 1),
        lambda: doc.add_variable("2x", 1),
        lambda: doc.add_variable("exp", 1),
        lambda: doc.add_variable("for", 1),
        lambda: doc.add_operation("mul", ["x", "nope"]),
        lambda: doc.add_operation("frob", ["x"]),
        lambda: doc.add_operation("exp", ["x", "y"]),
        lambda: doc.rename("x", "y"),
        lambda: doc.rename("nope", "z"),
        lambda: doc.set_value("x2", 4),
        lambda: doc.delete("nope"),
    ):
        with pytest.raises(EditError):
            edit()
    assert doc.graph.to_spec() == before and not doc.can_undo


def test_delete_takes_the_dependents_along():
    doc = GraphDocument(net1())
    assert doc.dependents("x") == ["x2", "o"]
    assert doc.delete("x") == ["x2", "o"]
    assert [n.label for n in doc.graph.all_nodes] == ["y", "y2"]
    assert doc.graph.output.label == "y2"
    doc.undo()
    assert doc.graph.to_spec() == net1().to_spec()


def test_delete_removes_constants_left_unused():
    doc = GraphDocument(preset("torchGd1").build())
    doc.delete("fx")
    assert [n.label for n in doc.graph.all_nodes] == ["x", "xx"]


def wide_graph(n_inputs: int = 20) -> Graph:
    """A 60-node graph: 20 inputs, a layer of 19 products, a chain of 21 more."""
    g = Graph()
    xs = [g.variable(f"x{i}", i / 10) for i in range(n_inputs)]
    products = [g.apply("mul", a, b, name=f"p{i}") for i, (a, b) in enumerate(zip(xs, xs[1:]))]
    total = g.apply("tanh", products[0], name="s0")
    for i, p in enumerate(products[1:], 1):
        total = g.apply("add", total, p, name=f"s{i}")
    g.apply("neg", g.apply("sigmoid", total, name="o"), name="loss")
    return g


def test_sixty_nodes_lay_out_without_overlapping_boxes():
    graph = wide_graph()
    assert len(graph.all_nodes) == 60
    boxes = list(layout(graph.all_nodes).values())
    assert len(boxes) == 60
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    positions = layout(graph.all_nodes)
    for node in graph.all_nodes:  # inputs to the left of the nodes that use them
        for p in node._prev:
            assert positions[id(p)].x < positions[id(node)].x


@pytest.mark.parametrize(
    "text",
    ["x*x + y*y", "a - (b - c)", "a/(b*c)", "(a**b)**c", "-(a + b)*2", "exp(-a)/b", "norm(a, b, c)**2"],
)
def test_expression_text_reads_back_to_the_same_graph(text):
    values = {"a": 0.5, "b": 1.5, "c": 2.0, "x": 1.0, "y": 3.0}
    graph = parse(text, **values)
    again = parse(expression_text(graph), **values)
    assert again.forward() == graph.forward()
    assert values_text(parse("x*y", x=1, y=-2.5)) == "x=1, y=-2.5"


@pytest.fixture(scope="module")
def program_outputs(tmp_path_factory) -> dict:
    """{(preset key, "net" or "torch"): what the program printed}; a program that fails fails its test."""
    folder = tmp_path_factory.mktemp("programs")
    paths = {}
    for p in PRESETS:
        graph = p.build()
        graph.backward()  # as the test below has it: the programs are written after Run backward
        for kind, program in (("net", net_program), ("torch", torch_program)):
            paths[p.key, kind] = folder / f"{p.key}_{kind}.py"
            paths[p.key, kind].write_text(program(graph))
    answers = run_as_scripts(paths.values(), folder)  # in one child interpreter, not twelve
    return {key: answers[path] for key, path in paths.items()}


def run_program(outputs: dict, key: str, kind: str) -> str:
    printed, error = outputs[key, kind]
    assert not error, error
    return printed


@pytest.mark.xdist_group("generated-programs")  # one worker runs the child for them all
@pytest.mark.parametrize("p", PRESETS, ids=lambda p: p.key)
def test_generated_programs_run_and_print_the_same_gradients(p, program_outputs):
    graph = p.build()
    graph.backward()
    net_out = run_program(program_outputs, p.key, "net")
    torch_out = run_program(program_outputs, p.key, "torch")
    for name, node in graph.inputs.items():
        g_net = float(re.search(rf"'?{name}= v:\S+ g:(\S+)", net_out).group(1))
        g_torch = float(re.search(rf"^{name}\.grad = (\S+)$", torch_out, re.M).group(1))
        assert g_net == pytest.approx(node.grad, rel=1e-12, abs=1e-15)
        assert g_torch == pytest.approx(node.grad, rel=1e-12, abs=1e-15)
    assert "net.forward()= " in net_out


def test_net1_program_reads_like_the_course():
    assert net_program(net1()) == (
        "from gradlab.net import Net\nnet = Net()\n\n"
        "x = net.variable(1)\ny = net.variable(3)\n"
        "x2 = net.mul(x, x)\ny2 = net.mul(y, y)\no = net.add(x2, y2)\n\n"
        "print('net.forward()=', net.forward())\nprint('net.backward()')\nnet.backward()\n"
        "print('x=', x, 'y=', y, 'o=', o)\n"
    )


def test_plain_and_classic_descent():
    plain, classic = net1(), net1()
    plain_values = [plain.descend(0.02) for _ in range(100)]
    classic_values = [classic.descend(0.01, classic=True) for _ in range(100)]
    assert plain_values[:3] == [10.0, pytest.approx(9.216, rel=1e-15), pytest.approx(8.4934656, rel=1e-14)]
    assert plain_values == pytest.approx(classic_values, rel=1e-12)
    assert classic.values() == {"x": 0.01687031935884968, "y": 0.050610958076549}  # net2.py's last line


def test_every_node_sits_just_left_of_its_first_user():
    from gradlab.graph.layout import layers

    graph = parse("(x*x + y*y)*z", x=1, y=3, z=2)
    layer = {n.label: layers(graph.all_nodes)[id(n)] for n in graph.all_nodes if n._op != "const"}
    assert layer["x"] == layer["y"] == 0 and layer["n1"] == layer["n2"] == 1
    assert layer["z"] == layer["n3"] == 2 and layer["o"] == 3  # z beside x² + y², just left of its user


def test_a_long_edge_gets_a_waypoint_per_layer_it_skips():
    from gradlab.graph.layout import plan

    graph = parse("x*exp(sin(cos(y))) + x", x=0.5, y=1.5)
    drawing = plan(graph.all_nodes)
    x = graph.find("x")
    skips = {
        key: points
        for key, points in drawing.waypoints.items()
        for n in graph.all_nodes
        if id(n) == key[0] and n._prev[key[1]] is x
    }
    assert skips and all(len(points) >= 1 for points in skips.values())
    boxes = list(drawing.boxes.values())
    for points in skips.values():
        for left, _right, y in points:  # the slot is free: no box in its column at its height
            assert not any(b.x <= left < b.x + b.width and b.y <= y <= b.y + b.height for b in boxes)


def test_stacked_labels_never_overlap_and_move_only_down():
    from gradlab.graph.layout import stack_labels

    wanted = [
        (0.0, 0.0, 50.0, 12.0),
        (10.0, 2.0, 50.0, 12.0),
        (20.0, 4.0, 50.0, 12.0),
        (200.0, 0.0, 5.0, 5.0),
    ]
    placed = stack_labels(wanted)
    for i, a in enumerate(placed):
        assert a[0] == wanted[i][0] and a[1] >= wanted[i][1]
        for b in placed[i + 1 :]:
            assert not (
                a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
            )
    assert placed[3] == wanted[3]  # nothing in its way: it stays


@pytest.mark.parametrize(
    "text, values, kind, node_text",
    [
        ("x/y", {"x": 1, "y": 0}, "division by zero", "division by zero"),
        ("log(x)", {"x": -1}, "domain", "outside the function's domain"),
        ("sqrt(x)", {"x": -4}, "domain", "sqrt of a negative number"),
        ("exp(x)", {"x": 800}, "overflow", "overflow"),
        ("relu(x) * y", {"x": 0, "y": 2}, "kink", "kink"),
        ("abs(x)", {"x": 0}, "kink", "kink"),
    ],
)
def test_causes_name_where_trouble_starts(text, values, kind, node_text):
    from gradlab.graph.check import causes

    found = causes(parse(text, **values))
    assert [c.kind for c in found] == [kind] and node_text in found[0].text


def test_trouble_is_named_once_where_it_starts():
    from gradlab.graph.check import causes

    found = causes(parse("exp(x/y) * 2", x=1, y=0))  # inf flows on: only the division is to blame
    assert [c.kind for c in found] == ["division by zero"]
    assert causes(parse("x*x + y*y", x=1, y=3)) == []


def test_the_session_part_is_checked_once_by_the_document():
    from gradlab.graph.document import GraphDocument

    doc = GraphDocument(parse("x*x", x=2))
    doc.keep_gradients = True
    part = doc.session_part()
    graph, keep = GraphDocument.check_session(part)
    assert graph.to_spec() == doc.graph.to_spec() and keep is True
    for bad, words in (
        ([], "not a table"),
        ({"graph": {"nodes": 3}}, "cannot be built"),
        ({**part, "keep_gradients": "yes"}, "true or false"),
    ):
        with pytest.raises(ValueError, match=words):
            GraphDocument.check_session(bad)


def test_descent_in_the_document_remembers_where_it_started():
    from gradlab.graph.document import GraphDocument

    doc = GraphDocument(parse("x*x + y*y", x=1, y=3))
    assert doc.descend(0.1) == 10.0 and doc.graph.values() != {"x": 1.0, "y": 3.0}
    doc.descend(0.1)
    doc.restart_descent()
    assert doc.graph.values() == {"x": 1.0, "y": 3.0}


def test_the_worker_computes_central_differences_and_torch():
    from gradlab.graph.check import compare, numeric_and_torch

    graph = parse("x*x + y*y", x=1, y=3)
    graph.backward()
    numeric, grads = numeric_and_torch(graph.to_spec())
    rows = compare(graph, numeric, grads)
    assert all(r.torch_agrees and r.numeric_agrees for r in rows)
    assert all(r.numeric_agrees is None and r.torch_agrees is None for r in compare(graph, None, None))


def test_a_cause_is_put_into_words_when_read_so_it_follows_the_language(monkeypatch):
    from gradlab import translation
    from gradlab.graph.check import causes

    (cause,) = causes(parse("x/y", x=1, y=0))
    english = cause.text
    assert "division by zero" in english
    # a language switch installs another translator; the same cause then reads in it
    monkeypatch.setattr(
        translation, "_translator", lambda context, text: text.replace("division by zero", "除以零")
    )
    assert "除以零" in cause.text and cause.text.startswith("o:")
