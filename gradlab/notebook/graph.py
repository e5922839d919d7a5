"""The Graph tab's notebook: its graph rebuilt by gradlab's engine, walked, and checked as the tab checks it.

The graph is written as the plain data the session holds (``Graph.to_spec`` of the graph the tab's
model rebuilt from the part), so every operation the engine knows works, and names are strings in
that data, never Python names. The walk prints the log's sentences, then the output's value and
every variable's gradient with all their digits, then the Check panel's table (seven significant
digits, ✓ or ✗), from the same functions the tab calls.
"""

from __future__ import annotations

from ..graph.document import GraphDocument
from ..session import PART_NAMES
from ..translation import translate
from .common import NotebookError, empty_part, literal, setup_heading

IMPORTS = """\
from gradlab.engine import Graph, format_number
from gradlab.graph.check import causes, compare, numeric_and_torch"""

WALK = """\
graph = Graph.from_spec(spec)
walk = graph.steps(accumulate=keep_gradients)
for event in walk.run_backward():  # the forward steps, then the backward ones, as Run backward takes them
    print(event.explain(times="·", arrow="→"))
print()
print(f"{graph.output.label} = {format_number(graph.output.data)}")
for name, variable in graph.inputs.items():
    print(f"{name}.g = {format_number(variable.grad)}")"""

CHECK = '''\
def cell(value, agrees=None):
    """A cell of the Check panel: seven significant digits, and whether it agrees with gradlab's."""
    mark = "" if agrees is None else ("  ✓" if agrees else "  ✗")
    return f"{format_number(value, 7)}{mark}"


numeric, torch_grads = numeric_and_torch(graph.to_spec())
print("input", "gradlab", "torch", "numeric", sep="\\t")
for row in compare(graph, numeric, torch_grads):
    cells = [cell(row.engine), cell(row.torch, row.torch_agrees), cell(row.numeric, row.numeric_agrees)]
    print(row.name, *cells, sep="\\t")
for cause in causes(graph):
    print(cause.text)'''


def graph_spec(part: object) -> tuple[dict, bool]:
    """The part's graph as plain data and Keep gradients, checked by the tab's model; NotebookError if not."""
    if part == {}:
        raise empty_part(translate("session", PART_NAMES["graph"]))
    try:
        graph, keep = GraphDocument.check_session(part)
    except ValueError as error:
        raise NotebookError(str(error)) from None
    if graph.output is None:
        raise NotebookError(translate("notebook", "The graph has no output: there is nothing to compute."))
    if isinstance(part, dict) and part.get("exercise"):  # a teacher's exercise: the notebook is its answers
        raise NotebookError(
            translate(
                "notebook",
                "This graph is an exercise: its notebook would print the answers. Leave the exercise "
                "first (in gradlab: Leave exercise…).",
            )
        )
    return graph.to_spec(), keep


def spec_source(spec: dict) -> str:
    """``spec = {...}`` with one node a line."""
    nodes = "".join(f"        {literal(node)},\n" for node in spec["nodes"])
    return f"spec = {{\n    'nodes': [\n{nodes}    ],\n    'output': {literal(spec['output'])},\n}}"


def graph_cells(part: object) -> list[tuple[str, str]]:
    spec, keep = graph_spec(part)
    title = translate("notebook", "The Graph tab's graph, forward and backward")
    about = translate(
        "notebook",
        "This notebook rebuilds the graph of gradlab's Graph tab with gradlab's own engine and walks "
        "it as Run backward does: every forward step, then every edge of the backward pass, each "
        "printed as the tab's log writes it. Then come the output's value and every variable's "
        "gradient, and the Check panel's table: each gradient from gradlab, from torch.autograd "
        "(float64) and from central differences.",
    )
    walk = translate("notebook", "The walk")
    check = translate("notebook", "The check")
    return [
        ("markdown", f"# {title}\n\n{about}"),
        ("code", IMPORTS),
        ("markdown", setup_heading()),
        ("code", spec_source(spec) + f"\nkeep_gradients = {literal(keep)}"),
        ("markdown", f"## {walk}"),
        ("code", WALK),
        ("markdown", f"## {check}"),
        ("code", CHECK),
    ]
