"""What every tab's notebook shares: values written as Python literals, the cells, the file.

A notebook is made of checked values only: each tab's module validates its session part with the
tab's own model first, then writes every value with ``literal`` (Python's own ``repr`` of plain
data: None, booleans, ints, floats, strings, lists, tuples and dicts), so that no text from a
session file ever becomes code. The code around the values is fixed text, the same for every
session. nbformat is imported only when a notebook is made.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from .. import __version__
from ..files import write_atomic
from ..translation import translate

KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}


class NotebookError(ValueError):
    """A session part no notebook can be made from; the message (one line) is meant for the user."""


def literal(value) -> str:
    """``value`` (plain data) as Python source that evaluates to an equal value; TypeError otherwise.

    Exact types only (a subclass of str could repr itself as anything). Floats are written with
    ``repr``, which reads back as the same float; inf and nan, which have no literal, as
    ``float('inf')``, ``float('-inf')`` and ``float('nan')``.
    """
    kind = type(value)
    if value is None or kind in (bool, int, str):
        return repr(value)
    if kind is float:
        if math.isfinite(value):
            return repr(value)
        return "float('nan')" if math.isnan(value) else ("float('inf')" if value > 0 else "float('-inf')")
    if kind is list:
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if kind is tuple:
        items = [literal(item) for item in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if kind is dict:
        return "{" + ", ".join(f"{literal(key)}: {literal(item)}" for key, item in value.items()) + "}"
    raise TypeError(f"{kind.__name__} is not plain data for a notebook")


def assignments(values: dict[str, object]) -> str:
    """``name = literal`` lines, one per value (the names are this package's own, never a session's)."""
    return "\n".join(f"{name} = {literal(value)}" for name, value in values.items())


def empty_part(part: str) -> NotebookError:
    """The refusal of an empty part: a session saved while the tab showed its default has no set-up."""
    message = translate("notebook", "The session has no {part} set-up: its part is empty.")
    return NotebookError(message.format(part=part))


def setup_heading() -> str:
    heading = translate("notebook", "The set-up")
    about = translate(
        "notebook",
        "The tab's set-up as plain values, checked as gradlab checks a session. "
        "Change one and run the cells below.",
    )
    return f"## {heading}\n\n{about}"


def make_notebook(tab: str, cells: list[tuple[str, str]]):
    """An nbformat v4 notebook of ``cells`` (("markdown" or "code", text) pairs) for a Python 3 kernel.

    The cells' ids are their positions, so that the same session part gives the same file.
    """
    import nbformat

    made = []
    for number, (kind, text) in enumerate(cells):
        cell = nbformat.v4.new_markdown_cell(text) if kind == "markdown" else nbformat.v4.new_code_cell(text)
        cell.id = f"{tab}-{number}"
        made.append(cell)
    notebook = nbformat.v4.new_notebook(
        cells=made,
        metadata={
            "kernelspec": dict(KERNEL),
            "language_info": {"name": "python"},
            "gradlab": {"tab": tab, "version": __version__},
        },
    )
    nbformat.validate(notebook)
    return notebook


def notebook_text(notebook) -> str:
    import nbformat

    return nbformat.writes(notebook)


def write_notebook(path: str | os.PathLike, notebook) -> Path:
    """Write ``notebook`` to ``path`` atomically (a temporary file, then a rename), as sessions are.

    OSError (``files.FileRefusedError`` for a folder or a device) if it cannot be written.
    """
    text = notebook_text(notebook)
    return write_atomic(path, lambda file: file.write(text.encode("utf-8")))
