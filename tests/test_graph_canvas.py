"""The graph canvas never lies about edges: no edge behind a box it does not touch, no label over another."""

import pytest

from gradlab.engine import Graph, parse
from gradlab.graph.presets import PRESETS
from gradlab.ui.graph.canvas import GraphCanvas

from .test_graph_core import wide_graph


def built_with_the_builder() -> Graph:
    """(x*x + y*y)*z, made as the builder makes it: variables first, then each operation."""
    from gradlab.graph.document import GraphDocument

    doc = GraphDocument(Graph())
    for name, value in (("x", 1), ("y", 3), ("z", 2)):
        doc.add_variable(name, value)
    doc.add_operation("mul", ["x", "x"], "x2")
    doc.add_operation("mul", ["y", "y"], "y2")
    doc.add_operation("add", ["x2", "y2"], "o")
    doc.add_operation("mul", ["o", "z"], "L")
    return doc.graph


GRAPHS = {
    **{p.key: p.build for p in PRESETS},
    "builder (x*x + y*y)*z": built_with_the_builder,
    "60 nodes": wide_graph,
    "a far input": lambda: parse("x*exp(sin(cos(y*y))) + x", x=0.5, y=1.5),
}


@pytest.fixture
def canvas(qtbot):
    view = GraphCanvas()
    qtbot.addWidget(view)
    view.resize(900, 500)
    return view


def boxes(canvas):
    """Each node's box in the scene (its painted rectangle), by node id."""
    return {key: item.mapRectToScene(0, 0, 140, 86) for key, item in canvas.nodes.items()}


@pytest.mark.parametrize("name", list(GRAPHS))
def test_no_edge_passes_behind_a_box_it_does_not_touch(canvas, name):
    graph = GRAPHS[name]()
    canvas.set_graph(graph)
    assert_no_edge_behind_a_box(canvas, graph, name)


def test_a_value_used_all_along_a_chain_goes_along_lanes_above_the_boxes(canvas, monkeypatch):
    """x + x + … + x: a waypoint per skipped layer was quadratic (2,000 nodes, 2 million waypoints)."""
    from gradlab.graph import layout

    monkeypatch.setattr(layout, "WAYPOINTS", 20)
    graph = parse(" + ".join(["x"] * 40) + " + y*y", x=1, y=2)
    drawing = layout.plan(graph.all_nodes)
    assert sum(len(hops) for hops in drawing.waypoints.values()) <= max(20, 2 * len(graph.all_nodes)) + 40
    top = min(box.y for box in drawing.boxes.values())
    laned = [hops for hops in drawing.waypoints.values() if len(hops) == 1 and hops[0][2] < top]
    assert len(laned) > 10  # the longest edges, each one waypoint above every box
    canvas.set_graph(graph)
    assert_no_edge_behind_a_box(canvas, graph, "chain")


def assert_no_edge_behind_a_box(canvas, graph, name: str) -> None:
    by_id = {id(n): n for n in graph.all_nodes}
    rects = boxes(canvas)
    for (parent_id, index), edge in canvas.edges.items():
        ends = {parent_id, id(by_id[parent_id]._prev[index])}
        others = [r.adjusted(1, 1, -1, -1) for key, r in rects.items() if key not in ends]
        route = edge.route
        for k in range(401):
            point = route.pointAtPercent(k / 400)
            hit = [r for r in others if r.contains(point)]
            assert not hit, f"{name}: the edge into {by_id[parent_id].label} crosses a box at {point}"


@pytest.mark.parametrize("name", list(GRAPHS))
def test_edge_labels_never_overlap(canvas, name):
    graph = GRAPHS[name]()
    canvas.set_graph(graph)
    stepper = graph.steps()
    stepper.run_backward()
    canvas.show_walk(stepper)
    labels = canvas.label_rects()
    assert len(labels) == sum(1 for n in graph.nodes for p in n._prev if p._op != "const")
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not a.intersects(b), f"{name}: two labels overlap at {a} and {b}"


def test_the_far_input_of_the_builders_graph_sits_beside_its_user(canvas):
    graph = built_with_the_builder()
    canvas.set_graph(graph)
    where = {canvas.nodes[id(n)].node.label: canvas.nodes[id(n)].pos() for n in graph.all_nodes}
    assert where["z"].x() == where["o"].x()  # z one layer left of L, beside o: its edge crosses no box
    assert where["x"].x() < where["x2"].x() < where["o"].x() < where["L"].x()


def _segments(edge):
    for polygon in edge.route.toSubpathPolygons():
        points = [polygon.at(i) for i in range(polygon.size())]
        yield from zip(points, points[1:])


def _cross(p, q):
    """Whether segments p and q cross properly (touching at an end does not count)."""

    def side(a, b, c):
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x())

    (a, b), (c, d) = p, q
    return side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0


@pytest.mark.parametrize(
    "make",
    [
        lambda: parse("(x*x + y*y)*z", x=1, y=3, z=2),
        built_with_the_builder,
        lambda: parse("log(x) + y", x=2, y=1),
        lambda: parse("z*(x*x + y*y)", x=1, y=3, z=2),
    ],
)
def test_edges_into_a_box_never_cross_each_other(canvas, make):
    """An operation's inputs arrive in the order they come from, top to bottom (and leave likewise)."""
    canvas.set_graph(make())
    by_target: dict = {}
    for (parent, _index), edge in canvas.edges.items():
        by_target.setdefault(parent, []).append(edge)
    for edges in by_target.values():
        for i, one in enumerate(edges):
            for other in edges[i + 1 :]:
                assert not any(_cross(p, q) for p in _segments(one) for q in _segments(other))


def test_a_big_graph_is_drawn_without_smoothing_its_edges(canvas, qtbot):
    """Antialiased wide edges made a 1,000-node graph's repaint take a second; small ones stay smooth."""
    from PySide6.QtGui import QPainter

    from gradlab.ui.graph.canvas import SMOOTH_EDGES

    canvas.set_graph(parse("x*x + y*y", x=1, y=3))
    assert canvas.renderHints() & QPainter.RenderHint.Antialiasing
    terms = SMOOTH_EDGES // 2
    text = " + ".join(f"a{i}*b{i}" for i in range(terms))
    canvas.set_graph(
        parse(text, **{f"a{i}": 1.0 for i in range(terms)}, **{f"b{i}": 2.0 for i in range(terms)})
    )
    assert not canvas.renderHints() & QPainter.RenderHint.Antialiasing
    assert canvas.renderHints() & QPainter.RenderHint.TextAntialiasing
    qtbot.waitUntil(lambda: not canvas.drawing)  # a graph this big is drawn in slices
