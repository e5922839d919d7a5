"""Every tab's exported notebook, executed by a real Jupyter kernel, prints the tab's and the CLI's numbers.

Each notebook runs in a python3 kernel (nbclient, ipykernel) and its printed lines are compared,
digit for digit, with what gradlab computes for the same set-up: the Graph tab's walk and check,
``gradlab descend``, ``gradlab train`` and ``gradlab classify`` (the commands that use torch run in
a process of their own, as the kernel does, so both compute with torch's default threads).
"""

import subprocess
import sys
from dataclasses import replace

import pytest

from gradlab.descent.presets import OPTIMIZERS
from gradlab.descent.race import RaceSettings, check_session
from gradlab.engine import format_number
from gradlab.graph.check import causes, compare, numeric_and_torch
from gradlab.graph.document import GraphDocument
from gradlab.graph.presets import net1
from gradlab.notebook import notebook_for, notebook_text
from gradlab.notebook.classify import classify_notebook

from .conftest import in_process

pytestmark = pytest.mark.slow  # each notebook starts a kernel (a second) and most import torch

TIMEOUT_S = 240  # for one cell; the whole notebook is given no more than its cells


def executed(notebook, cwd) -> list[str]:
    """What each code cell printed (stdout), in order; a cell that raised fails the test with its error."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.reads(notebook_text(notebook), as_version=4)  # as a file holds it
    NotebookClient(
        notebook, timeout=TIMEOUT_S, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}
    ).execute()
    printed = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert not errors, errors
        stdout = [o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout"]
        printed.append("".join(stdout))
    return printed


def graph_expected(graph, keep: bool = False) -> tuple[str, str]:
    """What the Graph tab shows for ``graph`` after Run backward: its log and values, its Check table."""
    walk = graph.steps(accumulate=keep)
    lines = [event.explain(times="·", arrow="→") for event in walk.run_backward()]
    lines += ["", f"{graph.output.label} = {format_number(graph.output.data)}"]
    lines += [f"{name}.g = {format_number(node.grad)}" for name, node in graph.inputs.items()]
    numeric, torch_grads = numeric_and_torch(graph.to_spec())

    def cell(value, agrees=None):  # the Check panel's CheckPanel._cell
        return f"{format_number(value, 7)}{'' if agrees is None else ('  ✓' if agrees else '  ✗')}"

    table = ["input\tgradlab\ttorch\tnumeric"]
    for row in compare(graph, numeric, torch_grads):
        cells = [cell(row.engine), cell(row.torch, row.torch_agrees), cell(row.numeric, row.numeric_agrees)]
        table.append("\t".join([row.name, *cells]))
    table += [cause.text for cause in causes(graph)]
    return "\n".join(lines) + "\n", "\n".join(table) + "\n"


def test_the_net1_notebook_prints_the_graph_tabs_log_and_check(tmp_path):
    part = GraphDocument(net1()).session_part()
    _, _, walk, check = executed(notebook_for("graph", part), tmp_path)
    log, table = graph_expected(net1())
    assert walk == log
    assert check == table
    assert walk.endswith("o = 10\nx.g = 2\ny.g = 6\n")  # the course's numbers
    assert "x\t2\t2  ✓\t2  ✓" in check


def test_a_typed_expression_and_a_kink_notebook(tmp_path):
    """A typed graph with long decimals, a variable used twice and relu at exactly 0 (the Check names it)."""
    from gradlab.engine import parse

    expression, values = "tanh(x*y) + x/y - exp(-x) + relu(z) * x", {"x": 0.3, "y": -1.7, "z": 0.0}
    part = GraphDocument(parse(expression, **values)).session_part()
    _, _, walk, check = executed(notebook_for("graph", part), tmp_path)
    log, table = graph_expected(parse(expression, **values))
    assert walk == log
    assert check == table
    assert any(len(line) > 40 for line in walk.splitlines())  # digits, not rounded: compared exactly
    assert len(check.splitlines()) > 4  # the kink's cause is printed below the table


def test_every_operation_the_engine_knows_goes_through_the_notebook(tmp_path):
    """One graph with each of the engine's operations (max and min too): rebuilt from data, not an op list."""
    from gradlab.engine import OPS, Graph

    graph = Graph()
    x, y = graph.variable("x", 0.7), graph.variable("y", 1.3)
    node = graph.apply("add", x, y, name="start")
    for op, spec in OPS.items():
        inputs = (node,) if spec.arity == 1 else (node, y)
        node = graph.apply(op, *inputs, name=f"by_{op}")
    part = GraphDocument(graph).session_part()
    _, _, walk, check = executed(notebook_for("graph", part), tmp_path)
    log, table = graph_expected(Graph.from_spec(part["graph"]))
    assert walk == log
    assert check == table
    for op in OPS:
        assert f"by_{op} = " in walk


def test_the_descent_notebook_prints_what_gradlab_descend_prints(tmp_path, capsys):
    settings = RaceSettings.preset("rosenbrock")
    part = replace(settings, on={kind: True for kind in OPTIMIZERS}).to_session()
    printed = executed(notebook_for("descent", part), tmp_path)
    runs = printed[3:]  # imports, set-up, the function, then one cell per optimizer
    assert len(runs) == len(OPTIMIZERS)
    checked = check_session(part)
    for kind, ours in zip(OPTIMIZERS, runs):
        args = ["descend", checked.expression, f"--start={checked.start.replace(' ', '')}"]
        args += ["--optimizer", kind, "--lr", checked.rates[kind], "--steps", str(checked.max_steps)]
        args += ["--tolerance", checked.tolerance]
        if kind in ("momentum", "nesterov"):
            args += ["--momentum", checked.momentum]
        theirs = in_process(capsys, *args)
        assert theirs.returncode == 0, theirs.stderr
        assert ours == theirs.stdout, kind
        assert ours.count("  =>  ") > 10


def test_a_descent_that_diverges_says_why_as_the_command_does(tmp_path, capsys):
    settings = RaceSettings.preset("net2")
    rates = {**settings.rates, "sgd": "1.5"}
    on = {kind: kind == "sgd" for kind in OPTIMIZERS}
    part = replace(settings, rates=rates, on=on).to_session()
    ours = executed(notebook_for("descent", part), tmp_path)[3]
    theirs = in_process(capsys, "descend", "x*x + y*y", "--start=1,3", "--lr", "1.5", "--tolerance", "1e-8",
                        "--steps", "5000")  # fmt: skip
    assert ours == theirs.stdout
    assert "diverged at step" in ours.splitlines()[-1]


def command(*args) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "gradlab", *args], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(("name", "steps"), [("torchRegression4nn", 500), ("torchRegression7cws", 4000)])
def test_the_regression_notebook_prints_what_gradlab_train_prints(name, steps, tmp_path):
    from gradlab.regression.settings import RegressionSettings

    part = RegressionSettings.for_recipe(name).with_changes(seed=7, steps=steps).to_session()
    ours = executed(notebook_for("regression", part), tmp_path)[-1]
    assert ours == command("train", "--recipe", name, "--seed", "7", "--steps", str(steps))
    assert ours.splitlines()[-1].startswith("Result: y = ")
    assert sum(1 for line in ours.splitlines() if line.split(" ")[0].isdigit()) >= 2


def test_the_neural_network_notebook_prints_what_gradlab_classify_prints(tmp_path):
    from gradlab.classify.settings import ClassifySettings

    part = ClassifySettings.for_preset("guide-2layer").session_part()
    printed = executed(classify_notebook(part), tmp_path)
    assert printed[-1] == command("classify", "--preset", "guide-2layer")
    assert printed[-1].splitlines()[-1].startswith("Result: loss ")
