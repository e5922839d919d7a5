"""``gradlab exercise FILE.gradlab``: open the window straight into the exercise a teacher saved.

The file is checked before any window opens (one line and exit 2 for a file that cannot be read,
is damaged, or is a plain session with no exercise in it); the window then opens the session on
the Graph tab, in its exercise. Registered from ``cli.py``.
"""

from __future__ import annotations

import argparse
import sys


def add_exercise_command(commands) -> None:
    command = commands.add_parser(
        "exercise",
        help="open the window straight into an exercise file (File → Save as Exercise… in the Graph tab)",
        description="Open the window on the Graph tab, in the exercise FILE holds: Predict mode or the "
        "hand-calculation table, with the panels its teacher hid closed until the student leaves it.",
    )
    command.add_argument("file", metavar="FILE", help="an exercise file (.gradlab)")
    command.add_argument(
        "--language", choices=("en", "zh_TW"), default=argparse.SUPPRESS, help="the window's language"
    )
    command.set_defaults(handler=exercise_command, parser=command)


def exercise_problem(path: str) -> str:
    """Why ``path`` cannot be opened as an exercise (one line), or ""."""
    from .files import shown
    from .graph.exercise import ExerciseError, exercise_from_part
    from .session import SessionError, load_session

    try:
        parts = load_session(path)
        exercise = exercise_from_part(parts["graph"].get("exercise", {}))
    except (SessionError, ExerciseError) as error:
        return str(error)
    if exercise is None:
        return (
            f"{shown(path)} is a session with no exercise in it: open it with gradlab (File → Open Session)"
        )
    return ""


def exercise_command(args) -> int:
    problem = exercise_problem(args.file)
    if problem:
        print(f"gradlab exercise: {problem}", file=sys.stderr)
        return 2
    from .ui import app

    return app.run(args.language, session=args.file)
