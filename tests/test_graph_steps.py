"""Graph and Stepper: building, computing, and walking the passes one event at a time with undo."""

import math

import pytest

from gradlab.engine import BackwardStep, ForwardStep, Graph, SeedStep, parse


def net1() -> Graph:
    """The course's net1.py, built the way the Graph tab's builder does."""
    g = Graph()
    x = g.variable("x", 1)
    y = g.variable("y", 3)
    x2 = g.apply("mul", x, x, name="x2")
    y2 = g.apply("mul", y, y, name="y2")
    g.apply("add", x2, y2, name="o")
    return g


def test_graph_forward_and_backward():
    g = net1()
    assert g.forward() == 10.0
    g.backward()
    assert g.gradients() == {"x": 2.0, "y": 6.0}
    g.set_values(x=2)
    assert g.forward() == 13.0


def test_nodes_are_in_topological_order():
    g = parse("x*x + y*y", x=1, y=3)
    names = [n.label for n in g.nodes]
    assert names == ["x", "y", "n1", "n2", "o"]  # the order net1.py makes them in
    for i, node in enumerate(g.nodes):
        for child in node._prev:
            assert g.nodes.index(child) < i


def test_the_walk_derives_the_seed_by_hand():
    g = net1()
    stepper = g.steps()
    events = stepper.run_backward()
    texts = [e.text for e in events]
    assert texts == [
        "x2 = x * x = 1 * 1 = 1",
        "y2 = y * y = 3 * 3 = 9",
        "o = x2 + y2 = 1 + 9 = 10",
        "o.g = ∂o/∂o = 1",
        "x2.g += ∂o/∂x2 * o.g = 1 * 1 -> 1",
        "y2.g += ∂o/∂y2 * o.g = 1 * 1 -> 1",
        "y.g += ∂y2/∂y * y2.g = 3 * 1 -> 3",
        "y.g += ∂y2/∂y * y2.g = 3 * 1 -> 6",
        "x.g += ∂x2/∂x * x2.g = 1 * 1 -> 1",
        "x.g += ∂x2/∂x * x2.g = 1 * 1 -> 2",
    ]
    assert [e.kind for e in events] == ["forward"] * 3 + ["seed"] + ["backward"] * 6
    assert g.gradients() == {"x": 2.0, "y": 6.0}
    assert events[-1].explain(times="·", arrow="→") == "x.g += ∂x2/∂x · x2.g = 1 · 1 → 2"


def test_event_fields_for_drawing():
    g = net1()
    stepper = g.steps()
    forward = stepper.step()
    assert isinstance(forward, ForwardStep)
    assert forward.node.label == "x2" and forward.op == "mul"
    assert [n.label for n in forward.inputs] == ["x", "x"] and forward.input_values == (1.0, 1.0)
    stepper.run_forward()
    seed = stepper.step()
    assert isinstance(seed, SeedStep) and seed.node is g.output
    stepper.step(), stepper.step(), stepper.step()
    edge = stepper.step()  # the second edge into y: from y2, index 1
    assert isinstance(edge, BackwardStep)
    assert (edge.parent.label, edge.child.label, edge.index) == ("y2", "y", 1)
    assert (edge.local, edge.parent_grad, edge.contribution) == (3.0, 1.0, 3.0)
    assert (edge.previous_grad, edge.grad) == (3.0, 6.0)


def test_undo_restores_every_number():
    g = net1()
    g.set_values(x=2)  # values changed after building: the walk recomputes
    stepper = g.steps()
    before = [(n.data, n.grad) for n in g.nodes]
    stepper.run_backward()
    assert g.output.data == 13.0 and g.gradients() == {"x": 4.0, "y": 6.0}
    assert stepper.done and stepper.phase == "done"
    while stepper.undo() is not None:
        pass
    assert [(n.data, n.grad) for n in g.nodes] == before
    assert stepper.position == 0 and stepper.phase == "forward"


def test_known_values_and_gradients_for_blank_boxes():
    g = net1()
    stepper = g.steps()
    x2 = g.find("x2")
    assert stepper.value_known(g.inputs["x"]) and not stepper.value_known(x2)
    stepper.step()
    assert stepper.value_known(x2) and not stepper.grad_known(x2)
    stepper.run_forward()
    stepper.step()  # seed
    assert stepper.grad_known(g.output) and not stepper.grad_known(x2)
    stepper.step()
    assert stepper.grad_known(x2)
    stepper.undo()
    assert not stepper.grad_known(x2)


def test_keep_gradients_piles_up():
    g = net1()
    g.steps().run_backward()
    assert g.gradients() == {"x": 2.0, "y": 6.0}
    g.steps(accumulate=True).run_backward()
    assert g.gradients() == {"x": 4.0, "y": 12.0}
    g.steps().run_backward()
    assert g.gradients() == {"x": 2.0, "y": 6.0}


def test_constants_get_no_backward_edges():
    g = parse("x**2 - 4*x + 4", x=0)
    events = g.steps().run_backward()
    children = [e.child.label for e in events if e.kind == "backward"]
    assert "4" not in children and "2" not in children
    assert g.gradients() == {"x": -4.0}


def test_function_and_negative_number_texts():
    g = parse("exp(-x) * y", x=1, y=-2)
    texts = [e.text for e in g.steps().run_forward()]
    assert texts == [
        "n1 = -x = -1 = -1",
        "n2 = exp(n1) = exp(-1) = 0.36787944117144233",
        "o = n2 * y = 0.36787944117144233 * (-2) = -0.7357588823428847",
    ]


def test_numerical_gradient_leaves_the_graph_as_it_was():
    g = parse("sin(x) * y", x=0.5, y=2)
    numeric = g.numerical_gradient()
    assert numeric["x"] == pytest.approx(2 * math.cos(0.5), rel=1e-8)
    assert numeric["y"] == pytest.approx(math.sin(0.5), rel=1e-8)
    assert g.values() == {"x": 0.5, "y": 2.0} and g.output.data == pytest.approx(2 * math.sin(0.5))


def test_builder_refuses_bad_edits():
    g = net1()
    with pytest.raises(ValueError, match="already used"):
        g.variable("x", 2)
    with pytest.raises(ValueError, match="unknown operation"):
        g.apply("frobnicate", g.inputs["x"])
    with pytest.raises(ValueError, match="takes 2 inputs"):
        g.apply("mul", g.inputs["x"])
    with pytest.raises(KeyError):
        g.set_values(z=1)


def test_an_operations_derivatives_are_computed_once_for_all_its_edges(monkeypatch):
    """Once per edge, a norm of 4,800 inputs needed 23 million derivatives (a 5 s Run backward)."""
    from gradlab.engine import parse, steps

    calls = []
    real = steps.local_derivatives
    monkeypatch.setattr(steps, "local_derivatives", lambda *a: calls.append(a[0]) or real(*a))
    names = [f"a{i}" for i in range(50)]
    graph = parse("norm(" + ", ".join(names) + ") * b", b=2.0, **{n: float(i) for i, n in enumerate(names)})
    stepper = graph.steps()
    stepper.run_backward()
    assert sorted(calls) == ["mul", "norm"]
    expected = graph.gradients()
    for _ in range(30):  # back into the middle of the norm's edges, and on again: the same numbers
        stepper.undo()
    stepper.run_backward()
    assert graph.gradients() == expected and expected["a3"] == 2.0 * 3.0 / math.sqrt(
        sum(i * i for i in range(50))
    )
