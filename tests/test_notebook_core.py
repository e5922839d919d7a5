"""Notebook export without a kernel: literal values, checked parts, hostile sessions, the command line.

A notebook is code a student runs, made from a file anyone may send: every part is checked by its
tab's model, every value written as a literal, and the code around the values is the same text for
every session. ``gradlab notebook`` refuses every bad input in one line with exit status 2.
"""

import ast
import json
import math
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradlab import translation
from gradlab.descent.presets import OPTIMIZERS
from gradlab.descent.race import RaceSettings
from gradlab.engine import parse
from gradlab.graph.document import GraphDocument
from gradlab.graph.presets import PRESETS, net1
from gradlab.notebook import NotebookError, notebook_for, notebook_text
from gradlab.notebook.classify import classify_notebook
from gradlab.notebook.common import literal
from gradlab.regression.settings import RegressionSettings
from gradlab.session import save_session

from .conftest import in_process

HOSTILE = "__import__('os').system('echo hacked')"


def graph_part(graph=None) -> dict:
    return GraphDocument(graph if graph is not None else net1()).session_part()


def descent_part(**changes) -> dict:
    return replace(RaceSettings.preset("net2"), **changes).to_session()


def regression_part(**changes) -> dict:
    return RegressionSettings.for_recipe("torchRegression4nn").with_changes(**changes).to_session()


def classify_part() -> dict:
    from gradlab.classify.settings import ClassifySettings

    return ClassifySettings.for_preset("and-neuron").session_part()


PARTS = {
    "graph": graph_part,
    "descent": descent_part,
    "regression": regression_part,
    "classify": classify_part,
}


def make(tab: str, part):
    """The tab's notebook as File → Export as Notebook… makes it (the Neural Network tab's: the window's)."""
    return classify_notebook(part) if tab == "classify" else notebook_for(tab, part)


def code_cells(notebook) -> list[str]:
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


# --- literal values ------------------------------------------------------------------------------

plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(plain)
def test_a_literal_reads_back_as_the_same_value(value):
    text = literal(value)
    tree = ast.parse(text, mode="eval")
    for node in ast.walk(tree):  # only literals, and float('inf'), float('-inf'), float('nan')
        if isinstance(node, ast.Call):
            assert node.func.id == "float" and node.args[0].value in ("inf", "-inf", "nan")
        else:
            allowed = (ast.Constant, ast.List, ast.Tuple, ast.Dict, ast.UnaryOp, ast.USub, ast.Load, ast.Name)
            assert isinstance(node, (*allowed, ast.Expression)), ast.dump(node)
    again = eval(compile(tree, "<literal>", "eval"), {"__builtins__": {}, "float": float})  # noqa: S307
    assert repr(again) == repr(value)  # nan == nan, -0.0 kept, tuples stay tuples


@pytest.mark.parametrize(
    "value", [type("Sly", (str,), {"__repr__": lambda self: HOSTILE})("x"), object(), {1, 2}]
)
def test_anything_but_plain_data_is_refused(value):
    with pytest.raises(TypeError):
        literal(value)


# --- the notebook's code: fixed text around checked literals ---------------------------------------


def setup_cell_is_literals_only(source: str) -> None:
    """Each statement of a set-up cell assigns a literal (Setup(...) of literals for the Regression tab)."""
    for statement in ast.parse(source).body:
        assert isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name)
        value = statement.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "Setup":
            assert not value.args
            values = [keyword.value for keyword in value.keywords]
        else:
            values = [value]
        for item in values:
            literal_text = ast.unparse(item)
            assert literal(eval(literal_text, {"__builtins__": {}, "float": float})) == literal_text  # noqa: S307


@pytest.mark.parametrize("tab", list(PARTS))
def test_only_the_set_up_differs_between_sessions(tab):
    """Two set-ups of a tab give the same code but for the set-up cell (and the optimizers' calls)."""
    other = {
        "graph": lambda: graph_part(parse("sigmoid(a*b) / max(a, 2)", a=-1.25, b=3)),
        "descent": lambda: descent_part(expression="x**4 - y", start="0.5, -2", tolerance="0"),
        "regression": lambda: regression_part(target="sin(x)", lr="0.25", optimizer="adam", seed=None),
        "classify": lambda: (
            __import__("gradlab.classify.settings", fromlist=["x"])
            .ClassifySettings.for_preset("xor-2layer")
            .session_part()
        ),
    }[tab]()
    first, second = code_cells(make(tab, PARTS[tab]())), code_cells(make(tab, other))
    if tab == "classify":  # the exported script: its own tests check its forms (test_classify_cli)
        assert first[0] == second[0] and first[1] != second[1]
        return
    setup_cell_is_literals_only(first[1])
    setup_cell_is_literals_only(second[1])
    assert first[0] == second[0] and first[2] == second[2]
    assert first[1] != second[1]
    if tab == "descent":
        for cell in first[3:] + second[3:]:
            assert cell in {f"descend({kind!r})" for kind in OPTIMIZERS}
    else:
        assert first[3:] == second[3:]


def test_the_same_part_gives_the_same_file():
    for tab, part in PARTS.items():
        assert notebook_text(make(tab, part())) == notebook_text(make(tab, part()))


def test_every_graph_preset_makes_a_notebook():
    for preset in PRESETS:
        notebook = notebook_for("graph", graph_part(preset.build()))
        assert "Graph.from_spec(spec)" in code_cells(notebook)[2]


def test_the_words_are_in_the_language_installed():
    translation.install(lambda context, text: f"«{text}»" if context == "notebook" else text)
    for tab, part in PARTS.items():
        notebook = make(tab, part())
        assert notebook.cells[0].source.startswith("# «")
        assert all("«" not in cell for cell in code_cells(notebook))


# --- hostile parts ---------------------------------------------------------------------------------

HOSTILE_PARTS = {
    "graph": [
        {"graph": {"nodes": [{"name": "__import__", "value": 1}], "output": 0}},
        {"graph": {"nodes": [{"name": "x; import os", "value": 1}], "output": 0}},
        {"graph": {"nodes": [{"name": "x", "value": 1}, {"name": "y", "op": HOSTILE, "inputs": [0]}]}},
        {"graph": {"nodes": [{"name": "x", "value": 10**400}], "output": 0}},
        {"graph": {"nodes": [{"name": "x", "value": "1"}], "output": 0}},
        {"graph": {"nodes": [{"name": "x", "value": 1}], "output": True}},
        {"graph": {"nodes": [{"name": "x", "value": 1}], "output": 0}, "keep_gradients": "yes"},
        {"graph": {"nodes": [{"name": f"v{i}", "value": i} for i in range(6000)], "output": 0}},
        {"graph": {"nodes": [], "output": None}},
        {"graph": HOSTILE},
        [HOSTILE],
        {},
    ],
    "descent": [
        descent_part(expression=HOSTILE),
        descent_part(expression="x*x + y*y; import os"),
        descent_part(start="1e400, 3"),
        descent_part(momentum="1.5"),
        descent_part(on=dict.fromkeys(OPTIMIZERS, False)),
        {**descent_part(), "max_steps": 10**100},
        {**descent_part(), "max_steps": True},
        {**descent_part(), "optimizers": {"sgd": {"on": True, "rate": 0.02}}},
        {**descent_part(), "optimizers": {HOSTILE: {"on": True, "rate": "0.02"}}},
        {**descent_part(), "function": HOSTILE},
        HOSTILE,
        {},
    ],
    "regression": [
        regression_part(target=HOSTILE),
        regression_part(target="x*y"),
        regression_part(lr="nan"),
        regression_part(lr=HOSTILE),
        regression_part(recipe=HOSTILE),
        regression_part(steps="10"),
        regression_part(steps=10**100),
        regression_part(seed=True),
        regression_part(model=HOSTILE),
        {key: value for key, value in regression_part().items() if key != "target"},
        HOSTILE,
        {},
    ],
    "classify": [
        {**classify_part(), "model": HOSTILE},
        {**classify_part(), "lr": HOSTILE},
        {**classify_part(), HOSTILE: 1},
        {},
    ],
}


@pytest.mark.parametrize(
    ("tab", "part"), [(tab, part) for tab, parts in HOSTILE_PARTS.items() for part in parts], ids=repr
)
def test_a_hostile_part_is_refused_in_one_line(tab, part):
    with pytest.raises(NotebookError) as refused:
        make(tab, part)
    message = str(refused.value)
    assert message and "\n" not in message and len(message) < 400


def test_a_strange_but_valid_part_becomes_data_not_code():
    """What the models accept is data: a non-ASCII name, a tab, a comment that tries to close a string."""
    graph = parse("ä*ä + 1e308*ä", ä=1e-300)
    notebook = notebook_for("graph", graph_part(graph))
    setup_cell_is_literals_only(code_cells(notebook)[1])
    assert "'name': 'ä'" in code_cells(notebook)[1]
    sly = "x*x +\t y*y  # '); " + HOSTILE + " #"  # the expression language reads # as a comment
    notebook = notebook_for("descent", descent_part(expression=sly))
    setup = code_cells(notebook)[1]
    setup_cell_is_literals_only(setup)
    assert f"expression = {sly!r}" in setup
    strings = [node.value for node in ast.walk(ast.parse(setup)) if isinstance(node, ast.Constant)]
    assert sly in strings  # the whole text is one string constant, and nowhere else in the code:
    assert all("hacked" not in cell for cell in code_cells(notebook) if cell != setup)


def test_a_graph_that_diverged_keeps_its_inf_and_nan():
    part = graph_part(parse("x*y + z", x=math.inf, y=0.0, z=-math.inf))
    setup = code_cells(notebook_for("graph", part))[1]
    setup_cell_is_literals_only(setup)
    assert "float('inf')" in setup and "float('-inf')" in setup


# --- the Regression tab's data from a CSV file -----------------------------------------------------


@pytest.mark.parametrize("count", [7, 6001])
def test_csv_data_goes_into_the_notebook_exactly(count, tmp_path):
    from gradlab.notebook.regression import data_source
    from gradlab.regression.data import load_csv

    path = tmp_path / "points.csv"
    path.write_text("x,y\n" + "".join(f"{i / 7},{(i / 3) ** 1.5}\n" for i in range(count)))
    x, y = load_csv(path)
    source = data_source((x, y), path)
    for statement in ast.parse(source).body[
        1:
    ]:  # after the import: x = torch.tensor([...]), or load_csv('...')
        call = statement.value
        assert ast.unparse(call.func) in ("torch.tensor", "load_csv") and len(call.args) == 1
        assert literal(ast.literal_eval(call.args[0])) == ast.unparse(call.args[0])
    made: dict = {}
    exec(source, made)  # noqa: S102 - the notebook's own cell
    assert made["x"].dtype == x.dtype and bool((made["x"] == x).all()) and bool((made["y"] == y).all())
    assert ("load_csv(" in source) == (count > 5000)


# --- the command line ------------------------------------------------------------------------------


@pytest.fixture
def session(tmp_path) -> Path:
    parts = {"graph": graph_part(), "descent": descent_part(), "regression": regression_part()}
    return save_session(tmp_path / "work.gradlab", parts)


def one_line_refusal(result, *words):
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("tab", ["graph", "descent", "regression"])
def test_gradlab_notebook_writes_what_the_window_writes(tab, session, tmp_path, capsys):
    out = tmp_path / f"{tab}.ipynb"
    args = ["notebook", str(session), "-o", str(out)] + ([] if tab == "graph" else ["--tab", tab])
    result = in_process(capsys, *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\n"
    part = {"graph": graph_part, "descent": descent_part, "regression": regression_part}[tab]()
    assert out.read_text(encoding="utf-8") == notebook_text(notebook_for(tab, part))
    assert json.loads(out.read_text())["metadata"]["kernelspec"]["name"] == "python3"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["work.gradlab", out.name])  # no temporaries


def test_gradlab_notebook_refuses_each_bad_input_in_one_line(session, tmp_path, capsys):
    out = str(tmp_path / "out.ipynb")
    (tmp_path / "junk.gradlab").write_bytes(b"\x00\x01 not json")
    damaged = json.loads(session.read_text())
    damaged["graph"] = {"graph": {"nodes": [{"name": "__import__", "value": 1}], "output": 0}}
    (tmp_path / "damaged.gradlab").write_text(json.dumps(damaged))
    (tmp_path / "empty.gradlab").write_text(json.dumps({**damaged, "regression": {}}))
    cases = [
        ([str(tmp_path / "missing.gradlab"), "-o", out], "does not exist"),
        ([str(tmp_path / "junk.gradlab"), "-o", out], "not a gradlab session"),
        ([str(tmp_path / "damaged.gradlab"), "-o", out], "names starting with __"),
        ([str(tmp_path / "empty.gradlab"), "--tab", "regression", "-o", out], "no Regression set-up"),
        ([str(session), "-o", str(tmp_path)], "names a folder"),
        ([str(session), "-o", str(tmp_path / "new") + "/"], "names a folder"),
        ([str(session), "-o", str(tmp_path / "no" / "x.ipynb")], "does not exist"),
        ([str(session), "-o", os.devnull], "not a regular file"),
        ([str(session), "-o", str(session)], "session file itself"),
        ([str(session), "--tab", "classify", "-o", out], "invalid choice"),
        ([str(session)], "-o"),
    ]
    for args, words in cases:
        one_line_refusal(in_process(capsys, "notebook", *args), words)
    assert not Path(out).exists()


def test_a_failed_write_leaves_the_old_notebook_as_it_was(session, tmp_path, capsys, monkeypatch):
    out = tmp_path / "kept.ipynb"
    out.write_text("the notebook of yesterday")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    one_line_refusal(in_process(capsys, "notebook", str(session), "-o", str(out)), "permission denied")
    assert out.read_text() == "the notebook of yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.ipynb", "work.gradlab"]


def test_making_a_notebook_loads_no_qt_and_no_torch():
    program = (
        "import sys\n"
        "from gradlab.graph.presets import net1\n"
        "from gradlab.graph.document import GraphDocument\n"
        "from gradlab.notebook import notebook_for\n"
        "notebook_for('graph', GraphDocument(net1()).session_part())\n"
        "from gradlab.descent.race import RaceSettings\n"
        "notebook_for('descent', RaceSettings.preset('net2').to_session())\n"
        "heavy = ('PySide6', 'pyqtgraph', 'superqt', 'torch')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
