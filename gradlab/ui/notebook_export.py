"""File → Export as Notebook…: the current tab's set-up as a Jupyter notebook that prints the tab's numbers.

The notebook is made from the tab's session part, as the window saves it (``session_state``), by
``gradlab.notebook``, the same function ``gradlab notebook`` calls; the Regression tab's data read
from a CSV file (which a session does not hold) goes into the notebook too. Success is said in the
status bar, a failure in one line in a message, as the window's session files do; nothing in the
tab changes either way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ..files import shown, why_not
from ..session import PART_NAMES
from ..translation import translate

SUFFIX = ".ipynb"


def current_tab_name(window) -> str:
    """The session part of the tab shown: graph, descent, regression or classify."""
    return window.pages.names()[window.tabs.currentIndex()]


def export_notebook(window) -> bool:
    """Ask where, then write the current tab's notebook there (False if cancelled or it failed)."""
    path = ask_notebook_path(window, current_tab_name(window))
    return bool(path) and export_notebook_to(window, path)


def ask_notebook_path(window, name: str) -> str:
    """The file the student chose ("" for none): beside the session, named after it and the tab."""
    session = getattr(window, "session_path", None)
    folder, stem = (session.parent, f"{session.stem}-{name}") if session else (Path.home(), name)
    start = folder / f"{stem}{SUFFIX}"
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("notebook", "Export as Notebook"),
        str(start),
        translate("notebook", "Jupyter notebooks (*.ipynb)"),
    )
    return path


def export_notebook_to(window, path: str | Path, name: str | None = None) -> bool:
    """Write tab ``name``'s notebook (the current tab's if None) to ``path`` (``.ipynb`` added if missing)."""
    from ..notebook import NotebookError, notebook_for, write_notebook
    from ..notebook.classify import classify_notebook

    name = current_tab_name(window) if name is None else name
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    tab = window.pages.get(name)
    part = tab.session_state()
    tab_name = translate("session", PART_NAMES[name])
    if part == {} and getattr(tab, "ready", True) is False:
        message = translate("notebook", "The {part} tab is waiting for PyTorch: export once it has loaded.")
        return _refuse(window, path, message.format(part=tab_name))
    extras = {}
    if name == "regression":
        files = getattr(tab, "files", None)
        if getattr(files, "csv_data", None) is not None:
            extras = {"data": files.csv_data, "data_file": files.csv_path}
        extras["device"] = tab.settings.device
    try:
        notebook = classify_notebook(part) if name == "classify" else notebook_for(name, part, **extras)
    except NotebookError as error:
        return _refuse(window, path, str(error))
    except Exception as error:  # noqa: BLE001 - a check the tab's model missed: still one line
        message = translate("notebook", "its {part} part could not be checked ({error})")
        return _refuse(window, path, message.format(part=tab_name, error=_first_line(error)))
    try:
        write_notebook(path, notebook)
    except OSError as error:
        return _refuse(window, path, why_not(error, path, writing=True))
    done = translate("notebook", "Exported {name}: open it in Jupyter and run it.")
    window.show_status(done.format(name=shown(path)))
    return True


def _refuse(window, path: Path, reason: str) -> bool:
    title = translate("notebook", "Could not export the notebook")
    text = translate("notebook", "{name} was not written: {reason}").format(name=shown(path), reason=reason)
    window._show_message(title, text)  # the window's one-line warning (session_files.SessionFiles)
    return False


def _first_line(error: BaseException, limit: int = 160) -> str:
    lines = str(error).strip().splitlines()
    text = lines[0] if lines else type(error).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
