"""File → Export as Notebook…'s function, driven in a real window: the notebook prints what the tab shows.

The Graph tab walks a typed expression and checks it; its notebook, run in a Jupyter kernel, prints
the same log lines and the same Check table. The Regression tab trains on a CSV file's points; its
notebook holds those points and prints the losses the tab's run recorded. A failure is one line in
the window's message and writes nothing.
"""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTableWidget

from gradlab.engine import format_number
from gradlab.ui.notebook_export import current_tab_name, export_notebook_to

from .conftest import click, type_into, widget
from .test_notebook_run import executed

pytestmark = pytest.mark.slow  # each notebook starts a Jupyter kernel


def read(path: Path):
    import nbformat

    return nbformat.read(path, as_version=4)


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_the_graph_tabs_notebook_prints_its_log_and_its_check(make_main_window, qtbot, tmp_path):
    window = make_main_window()
    tab = window.graph_tab
    window.tabs.setCurrentWidget(tab)
    type_into(
        qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "max(a*b, b/3) * exp(-a) + a*a", enter=False
    )
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), "a=0.37, b=-1.9", enter=False)
    click(qtbot, tab, "graphBuildButton")
    click(qtbot, tab, "graphRunBackwardButton")
    table = widget(tab, QTableWidget, "graphCheckTable")

    def checked() -> bool:
        cells = [table.item(r, c) for r in range(table.rowCount()) for c in (2, 3)]
        return table.rowCount() == 2 and all(cell is not None and cell.text()[-1] in "✓✗" for cell in cells)

    qtbot.waitUntil(checked, timeout=60_000)
    assert current_tab_name(window) == "graph"
    assert export_notebook_to(window, tmp_path / "typed")  # .ipynb is added
    assert status(window) == "Exported typed.ipynb: open it in Jupyter and run it."
    _, _, walk, check = executed(read(tmp_path / "typed.ipynb"), tmp_path)

    log_view = widget(tab, QPlainTextEdit, "graphLog")
    assert None not in log_view.entries  # a new graph clears the log: it holds this one walk
    # the log's step sentences (not the lines it adds to name a gate's pattern: words, not numbers)
    log = "\n".join(log_view.line(entry) for entry in log_view.entries if hasattr(entry, "explain"))
    graph = tab.graph  # what the tab's model holds after the walk, with all its digits
    tail = [f"{graph.output.label} = {format_number(graph.output.data)}"]
    tail += [f"{name}.g = {format_number(node.grad)}" for name, node in graph.inputs.items()]
    assert walk == log + "\n\n" + "\n".join(tail) + "\n"
    assert len(log.splitlines()) > 10 and len(tail[1]) > 12  # many steps, long decimals
    rows = ["\t".join(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]
    assert check.splitlines()[1:3] == rows


def test_the_regression_tabs_notebook_trains_on_its_csv_points(regression_tab, qtbot, tmp_path):
    tab = regression_tab
    window = tab.window()
    path = tmp_path / "cubic.csv"
    path.write_text("x,y\n" + "".join(f"{i / 10},{2 * (i / 10) ** 3 - i / 7}\n" for i in range(-30, 31)))
    with qtbot.waitSignal(tab.csv_finished, timeout=30_000) as finished:
        assert tab.load_csv_from(path)
    assert finished.args[0]
    widget(tab, QSpinBox, "regressionStepsSpin").setValue(400)
    assert export_notebook_to(window, tmp_path / "fit.ipynb")
    notebook = read(tmp_path / "fit.ipynb")
    assert "torch.tensor([-3.0, " in notebook.cells[5].source  # the file's points, not linspace
    click(qtbot, tab, "regressionStartButton")
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    printed = executed(notebook, tmp_path)[-1].splitlines()
    every = tab.settings.print_every
    assert printed[:-1] == [f"{t} {tab.history[t]!r}" for t in range(every - 1, 400, every)]
    assert printed[-1] == widget(tab, QLabel, "regressionResultLabel").text()


def test_a_notebook_that_cannot_be_written_says_so_in_one_line(make_main_window, tmp_path):
    window = make_main_window()
    window.tabs.setCurrentWidget(window.descent_tab)
    assert not export_notebook_to(window, tmp_path / "missing" / "race.ipynb")
    text = window.message_box.text()
    assert text == f"race.ipynb was not written: the folder {tmp_path / 'missing'} does not exist"
    assert window.message_box.objectName() == "messageBox" and status(window) == text
    assert not (tmp_path / "missing").exists()


def test_the_neural_network_tab_exports_too(make_main_window, tmp_path):
    window = make_main_window()
    window.tabs.setCurrentWidget(window.classify_tab)
    assert export_notebook_to(window, tmp_path / "net.ipynb")
    notebook = read(tmp_path / "net.ipynb")
    assert notebook.metadata.gradlab.tab == "classify"
    assert "torch.manual_seed(" in notebook.cells[3].source
