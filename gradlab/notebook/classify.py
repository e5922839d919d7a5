"""The Neural Network tab's notebook: the tab's exported PyTorch program, its points written into it.

The part is checked by the tab's model (``ClassifySettings.from_session``: every setting and every
point), then ``classify.script.export_script`` writes the program the tab's "Export script…"
writes: checked settings and numbers only, no text of the user's. It prints what ``gradlab
classify`` prints for that set-up, ``step loss accuracy`` lines and a Result line.
"""

from __future__ import annotations

from ..session import PART_NAMES, SessionError
from ..translation import translate
from .common import NotebookError, empty_part, make_notebook


def classify_notebook(part: object):
    """The Neural Network tab's notebook (nbformat v4) of its session ``part``; NotebookError if none."""
    return make_notebook("classify", classify_cells(part))


def classify_cells(part: object) -> list[tuple[str, str]]:
    from ..classify.script import export_script
    from ..classify.settings import ClassifySettings

    if part == {}:
        raise empty_part(translate("session", PART_NAMES["classify"]))
    try:
        settings = ClassifySettings.from_session(part)
        setup = settings.to_setup()
    except (SessionError, ValueError) as error:
        raise NotebookError(str(error)) from None
    program = export_script(setup, settings.points).rstrip("\n").split("\n")
    imports = 0
    while imports < len(program) and program[imports].startswith(("import ", "from ")):
        imports += 1
    title = translate("notebook", "The Neural Network tab's training run")
    about = translate(
        "notebook",
        "This notebook trains the set-up of gradlab's Neural Network tab on its {count:,} points with "
        "plain PyTorch, as the tab's exported script does, and prints what `gradlab classify` prints: "
        "`step loss accuracy` lines, then a Result line.",
    ).format(count=len(settings.points))
    if setup.engine == "gradlab":
        about += " " + translate(
            "notebook",
            "The tab trains this set-up on gradlab's own engine; this notebook trains it with PyTorch, "
            "whose losses agree with the engine's to about 1e-9, not always to the last digit.",
        )
    return [
        ("markdown", f"# {title}\n\n{about}"),
        ("code", "\n".join(program[:imports])),
        ("markdown", "## " + translate("notebook", "The training")),
        ("code", "\n".join(program[imports:]).strip("\n")),
    ]
