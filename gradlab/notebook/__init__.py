"""Jupyter notebooks that rebuild a tab's set-up with gradlab's cores and print the numbers the tab shows.

``notebook_for(tab, part)`` makes the notebook of one tab's session part (what a ``.gradlab`` file
holds for it), checked by the tab's own model first: File → Export as Notebook… and ``gradlab
notebook`` both call it, so they write the same notebook. Its words are in the language installed
for ``gradlab.translation``. No Qt; nbformat, and the cores each tab needs, only when called.

The Neural Network tab's notebook (``notebook.classify``) is the window's alone: it is the tab's
exported script, whose module imports torch, and the command line imports torch only in the
commands that train (an import-linter contract).
"""

from __future__ import annotations

from pathlib import Path

from .common import NotebookError, make_notebook, notebook_text, write_notebook

TABS = ("graph", "descent", "regression")  # session parts, in the window's order

__all__ = ["TABS", "NotebookError", "notebook_for", "notebook_text", "write_notebook"]


def notebook_for(tab: str, part: object, data=None, data_file: str | Path | None = None, device: str = "cpu"):
    """The notebook (an nbformat v4 NotebookNode) of ``tab``'s session ``part``; NotebookError if none can be.

    For the Regression tab, ``data`` (x, y) is data the tab read from ``data_file`` (a CSV file) and
    trains on instead of the data its settings make, and ``device`` the device it trains on.
    """
    if tab == "graph":
        from .graph import graph_cells

        cells = graph_cells(part)
    elif tab == "descent":
        from .descent import descent_cells

        cells = descent_cells(part)
    elif tab == "regression":
        from .regression import regression_cells

        cells = regression_cells(part, data, data_file, device)
    else:
        raise ValueError(f"no tab called {tab!r}: the tabs are {', '.join(TABS)}")
    return make_notebook(tab, cells)
