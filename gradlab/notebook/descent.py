"""The Gradient Descent tab's notebook: each optimizer that is on, run by gradlab's descent core.

The part is checked by the race model (``check_session``, then the settings' own ``parsed``), so
the notebook races exactly what the tab would: the function goes through gradlab's expression
parser as text (``Objective``), the numbers are the ones the tab reads from what was typed. Each
optimizer's cell prints what ``gradlab descend`` prints for it: ``i  =>  value`` for every step,
the point where it ended, and why it stopped if it did not just run out of steps.
"""

from __future__ import annotations

from ..descent.presets import OPTIMIZERS, function_variables
from ..session import PART_NAMES, SessionError
from ..translation import translate
from .common import NotebookError, assignments, empty_part, literal, setup_heading

IMPORTS = "from gradlab.descent import Objective, Run, curvature"

DESCEND = '''\
objective = Objective(expression)
has_minimum = curvature(objective).has_minimum  # whether a divergence is the learning rate's fault


def descend(kind):
    """One optimizer's run, printed as `gradlab descend` prints it."""
    run = Run(objective, start, kind, rates[kind], momentum, tolerance, max_steps, has_minimum)
    printed = 0
    while run.running:
        run.advance(1000)
        for line in run.log_lines(printed):
            print(line)
        printed = run.steps
    print(" ".join(f"{name}= {float(v)!r}" for name, v in zip(objective.names, run.position)))
    if run.status not in ("running", "finished"):
        print(run.report())'''


def race_values(part: object) -> dict[str, object]:
    """The race's settings as the numbers the tab races with; NotebookError saying what is wrong."""
    from ..descent.race import check_session

    if part == {}:
        raise empty_part(translate("session", PART_NAMES["descent"]))
    try:
        settings = check_session(part)
    except SessionError as error:
        raise NotebookError(str(error)) from None
    dims = len(function_variables(settings.expression))  # check_session has read it already
    (start, rates, momentum, tolerance), problems = settings.parsed(dims)
    if problems:
        raise NotebookError(next(iter(problems.values())))
    racing = {kind: rates[kind] for kind in OPTIMIZERS if settings.on[kind]}
    if not racing:
        message = translate("notebook", "No optimizer is switched on in the descent set-up: none would run.")
        raise NotebookError(message)
    return {
        "expression": settings.expression,
        "start": tuple(start),
        "rates": racing,
        "momentum": momentum,
        "tolerance": tolerance,
        "max_steps": settings.max_steps,
    }


def descent_cells(part: object) -> list[tuple[str, str]]:
    values = race_values(part)
    title = translate("notebook", "The Gradient Descent tab's race")
    about = translate(
        "notebook",
        "This notebook runs each optimizer switched on in gradlab's Gradient Descent tab with "
        "gradlab's own descent core (float64, torch.optim's algorithms written out) and prints its "
        "log as the tab and `gradlab descend` print it: `i  =>  value` before each step, then where "
        "it ended, and why it stopped if it stopped early.",
    )
    cells = [
        ("markdown", f"# {title}\n\n{about}"),
        ("code", IMPORTS),
        ("markdown", setup_heading()),
        ("code", assignments(values)),
        ("markdown", "## " + translate("notebook", "The runs")),
        ("code", DESCEND),
    ]
    heading = translate("notebook", "{optimizer}, learning rate {rate}")
    for kind, rate in values["rates"].items():
        name = translate("descent.presets", OPTIMIZERS[kind])
        cells.append(("markdown", "### " + heading.format(optimizer=name, rate=literal(rate))))
        cells.append(("code", f"descend({literal(kind)})"))
    return cells
