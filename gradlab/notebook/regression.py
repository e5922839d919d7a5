"""The Regression tab's notebook: its set-up trained by gradlab's regression core, printed as `gradlab train`.

The part is checked by the tab's model (``RegressionSettings.from_session`` and ``to_setup``: every
field, the target a function of x read by gradlab's expression parser), then written as a
``Setup(...)`` of literal values; the target stays text that ``Trainer`` parses as the tab does.
The loop is ``gradlab train``'s: ``t loss`` every ``print_every`` steps, then the Result line (and
what torchRegression4nn.py prints of its weights). Data read from a CSV file in the window is
written into the notebook (up to ``EMBEDDED_POINTS`` points), or read again from that file by
gradlab's own CSV reader.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from ..session import PART_NAMES
from ..translation import translate
from .common import NotebookError, empty_part, literal, setup_heading

EMBEDDED_POINTS = 5000  # as the exported script: more are read from their CSV file

IMPORTS = """\
import math

from gradlab.regression.recipes import Setup
from gradlab.regression.training import Trainer, why_not_finite"""

TRAIN = """\
trainer = Trainer(setup{data})
every = setup.print_every
lowest = previous = math.inf
for t in range(setup.steps):
    loss = trainer.step()
    if t % every == every - 1:
        print(t, loss)
    if not math.isfinite(loss):
        print(why_not_finite(loss, t, lowest, previous))
        break
    previous, lowest = loss, min(lowest, loss)
else:
    for line in trainer.closing_lines():
        print(line)"""


def checked_setup(part: object, device: str = "cpu"):
    """The part as a ``Setup``, checked by the tab's model; NotebookError naming the bad setting."""
    from ..regression.settings import RegressionSettings, SettingsError

    if part == {}:
        raise empty_part(translate("session", PART_NAMES["regression"]))
    try:
        return RegressionSettings.from_session(part, device).to_setup()
    except SettingsError as error:
        message = translate("notebook", "The regression settings cannot be used: {error}")
        raise NotebookError(message.format(error=error)) from None


def setup_source(setup) -> str:
    """``setup = Setup(...)`` with one field a line."""
    lines = "".join(f"    {spec.name}={literal(getattr(setup, spec.name))},\n" for spec in fields(setup))
    return f"setup = Setup(\n{lines})"


def data_source(data, data_file: str | Path | None) -> str:
    """The lines that make x and y from data read from a CSV file: its values, or the file read again."""
    x, y = data
    if len(x) <= EMBEDDED_POINTS or data_file is None:
        # a float32 as a Python float is exact, and torch.tensor makes the same float32 of it again
        xs = literal([float(v) for v in x.tolist()])
        ys = literal([float(v) for v in y.tolist()])
        return f"import torch\n\nx = torch.tensor({xs})\ny = torch.tensor({ys})"
    return f"from gradlab.regression.data import load_csv\n\nx, y = load_csv({literal(str(data_file))})"


def regression_cells(
    part: object, data=None, data_file: str | Path | None = None, device: str = "cpu"
) -> list[tuple[str, str]]:
    """The cells; ``data`` (x, y): what the tab trains on instead of the data its settings make."""
    setup = checked_setup(part, device)
    title = translate("notebook", "The Regression tab's training run")
    about = translate(
        "notebook",
        "This notebook trains the set-up of gradlab's Regression tab with gradlab's regression core "
        "(PyTorch) and prints what `gradlab train` and the course's scripts print: `t loss` every "
        "{every} steps, then the Result line.",
    ).format(every=f"{setup.print_every:,}")
    if setup.seed is None:
        seeded = translate("notebook", "No seed is set: each run starts from other weights.")
    else:
        seeded = translate("notebook", "With seed {seed}, a run prints the same numbers each time.")
        seeded = seeded.format(seed=setup.seed)
    cells = [
        ("markdown", f"# {title}\n\n{about} {seeded}"),
        ("code", IMPORTS),
        ("markdown", setup_heading()),
        ("code", setup_source(setup)),
    ]
    if data is not None:
        heading = translate("notebook", "The data")
        about_data = translate(
            "notebook", "The {count:,} points the tab trains on: from a CSV file, not made by the settings."
        )
        cells += [
            ("markdown", f"## {heading}\n\n" + about_data.format(count=len(data[0]))),
            ("code", data_source(data, data_file)),
        ]
    cells += [
        ("markdown", "## " + translate("notebook", "The training")),
        ("code", TRAIN.format(data="" if data is None else ", (x, y)")),
    ]
    return cells
