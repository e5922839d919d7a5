"""The File menu's exports: Export as Notebook… writes the current tab's notebook."""

import json

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog


def test_export_as_notebook_writes_the_current_tabs_notebook(make_main_window, tmp_path, monkeypatch):
    window = make_main_window()
    window.graph_tab.load_preset("net1")
    target = tmp_path / "net1.ipynb"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action = window.findChild(QAction, "exportNotebookAction")
    assert action is not None and action.text() == "Export as &Notebook…"
    action.trigger()
    cells = json.loads(target.read_text())["cells"]
    assert any("Graph.from_spec(spec)" in "".join(cell["source"]) for cell in cells)
