"""``gradlab notebook``: the Jupyter notebook File → Export as Notebook… writes, from a session file.

Registered from ``cli.py``. The session is read as the window reads it (``load_session``) and the
tab's part checked by the tab's own model (``gradlab.notebook``); the notebook is written
atomically. Every refusal is one line and exit status 2: a file that is not a session or is
damaged, a part with no set-up, an output that names a folder or cannot be written.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from .cli_options import Parser, _given
from .files import escaped, shown, why_not

TAB_CHOICES = ("graph", "descent", "regression")  # gradlab.notebook.TABS, without importing it


def add_notebook_command(commands) -> None:
    """The ``notebook`` sub-command and its options."""
    command = commands.add_parser(
        "notebook",
        help="write a Jupyter notebook that rebuilds a tab of a session and prints the tab's numbers",
        description="Write the notebook File → Export as Notebook… writes: the tab's set-up from the "
        "session, rebuilt with gradlab's cores; run, it prints the numbers the tab shows (the graph's "
        "log and gradients, the descent's 'i  =>  value' lines, the training's losses).",
    )
    command.add_argument("session", help="a gradlab session file (.gradlab)")
    command.add_argument(
        "--tab",
        choices=TAB_CHOICES,
        default="graph",
        help="whose set-up: graph (default), descent or regression",
    )
    command.add_argument("-o", "--output", required=True, metavar="OUT.ipynb", help="the notebook to write")
    command.set_defaults(handler=notebook_command, parser=command)


def notebook_command(args: argparse.Namespace) -> int:
    """Write the notebook of the session's ``--tab`` part to ``-o``."""
    from .notebook import NotebookError, notebook_for, write_notebook
    from .session import SessionError, load_session

    parser: Parser = args.parser
    output = _output_path(args.output, args.session, parser)
    try:
        parts = load_session(args.session)
    except SessionError as error:
        parser.fail(str(error))
    try:
        notebook = notebook_for(args.tab, parts[args.tab])
    except NotebookError as error:
        parser.fail(f"{shown(args.session)}: {error}")
    except Exception as error:  # noqa: BLE001 - a check the tab's model missed: still one line
        parser.fail(f"{shown(args.session)}: its {args.tab} part could not be checked ({_first_line(error)})")
    try:
        write_notebook(output, notebook)
    except OSError as error:
        parser.fail(f"could not write {shown(output)}: {why_not(error, output, writing=True)}")
    print(escaped(output))
    return 0


def _output_path(text: str, session: str, parser: Parser) -> Path:
    """``-o`` as a path, refused at once if it names a folder or the session file itself."""
    if not text.strip():
        parser.error("-o needs a file name, not ''")
    path = Path(text)
    if text.endswith(("/", os.sep)) or path.is_dir():
        parser.error(f"-o {_given(text)} names a folder, not a file in it")
    try:
        same = path.exists() and os.path.samefile(path, session)
    except OSError:
        same = False
    if same:
        parser.error(f"-o {_given(text)} is the session file itself: name another file")
    return path


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return escaped(lines[0][:160]) if lines else type(error).__name__
