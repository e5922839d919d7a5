"""An exercise a teacher saves with a graph: which mode, what is given, which panels are hidden, a note.

It is the ``exercise`` part of a session file (``session.PARTS``); an empty part (every session
saved before exercises existed, and every plain session) is no exercise. ``exercise_from_part``
checks a part from a file the way each tab checks its own: anything wrong is refused with one
sentence, before the window changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..translation import QT_TRANSLATE_NOOP, translate

MODES = ("predict", "table")  # Predict mode, or the hand-calculation table
GIVEN = ("inputs", "values")  # the table: only the inputs' values given, or every node's value too
PANELS = ("check", "code", "log")  # what a teacher may hide: they show the answers
MAX_NOTE = 2_000  # characters
MODE_NAMES = {
    "predict": QT_TRANSLATE_NOOP("graph.exercise", "Predict each step"),
    "table": QT_TRANSLATE_NOOP("graph.exercise", "Fill in the table"),
}


class ExerciseError(ValueError):
    """An exercise part that cannot be used; the message says why, in one line."""


@dataclass(frozen=True)
class Exercise:
    """What the student is asked to do with the session's graph."""

    mode: str = "predict"
    values: bool = False  # predict mode: each forward step's value asked for too
    given: str = "inputs"  # table mode: which values are filled in already
    hidden: tuple[str, ...] = field(default=("check", "code"))
    note: str = ""

    def part(self) -> dict:
        """The session part: plain JSON values."""
        return {
            "mode": self.mode,
            "values": self.values,
            "given": self.given,
            "hidden": [name for name in PANELS if name in self.hidden],
            "note": self.note,
        }

    def hides(self, panel: str) -> bool:
        return panel in self.hidden

    def title(self) -> str:
        return translate("graph.exercise", MODE_NAMES[self.mode])


def exercise_from_part(part) -> Exercise | None:
    """The exercise a session part describes, None for an empty one; ExerciseError saying why not."""
    if not isinstance(part, dict):
        raise ExerciseError(translate("graph.exercise", "the exercise part is not a set of settings"))
    if not part:
        return None
    unknown = sorted(
        str(key)[:40] for key in part if key not in ("mode", "values", "given", "hidden", "note")
    )
    if unknown:
        message = translate("graph.exercise", "the exercise has a setting this gradlab does not know: {name}")
        raise ExerciseError(message.format(name=unknown[0]))
    mode = part.get("mode", "predict")
    if mode not in MODES:
        message = translate("graph.exercise", "the exercise's mode must be {modes}")
        raise ExerciseError(message.format(modes=" or ".join(MODES)))
    values = part.get("values", False)
    if not isinstance(values, bool):
        raise ExerciseError(translate("graph.exercise", "the exercise's “values” must be true or false"))
    given = part.get("given", "inputs")
    if given not in GIVEN:
        message = translate("graph.exercise", "the exercise's “given” must be {choices}")
        raise ExerciseError(message.format(choices=" or ".join(GIVEN)))
    hidden = part.get("hidden", [])
    if not isinstance(hidden, list) or any(name not in PANELS for name in hidden):
        message = translate("graph.exercise", "the exercise may hide only these panels: {panels}")
        raise ExerciseError(message.format(panels=", ".join(PANELS)))
    note = part.get("note", "")
    if not isinstance(note, str):
        raise ExerciseError(translate("graph.exercise", "the exercise's note must be text"))
    if len(note) > MAX_NOTE:
        message = translate("graph.exercise", "the exercise's note is longer than {limit:,} characters")
        raise ExerciseError(message.format(limit=MAX_NOTE))
    return Exercise(mode, values, given, tuple(name for name in PANELS if name in hidden), note)


def check_graph_for(exercise: Exercise, graph) -> str:
    """Why ``graph`` cannot be this exercise's (one line), or ""."""
    if graph.output is None:
        return translate("graph.exercise", "an exercise needs a graph with an output")
    if not any(node._prev for node in graph.nodes):
        return translate("graph.exercise", "an exercise needs a graph with at least one operation")
    return ""
