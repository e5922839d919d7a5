"""The command line's options as they are read: one-line mistakes, numbers checked as typed.

``Parser`` makes every mistake one line (exit status 2): a usage mistake points at ``--help``
(``Parser.error``), a file that cannot be used does not (``Parser.fail``). ``whole`` and ``real``
read a number option, refusing nan, inf and numbers out of range; a number too large or too small
for the option's range, or for a float (1e400, 1e-400), is called so. ``numbers`` reads ``1,3``.
Shared by ``cli.py`` and ``cli_classify.py``; no torch, no Qt.
"""

from __future__ import annotations

import argparse
import math
import re

from .files import escaped

SEED_MAX = 2_147_483_647  # the recipes' own limits (regression.recipes.LIMITS), without importing torch
STEPS_MAX = 10_000_000
LR_MAX = 1e6


UNSIGNED = r"(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?"
NUMBER = "-?" + UNSIGNED
# a negative number, or numbers separated by commas that start with one (--point -1,2)
NEGATIVE_NUMBER = re.compile(
    rf"^-(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?(,\s*{NUMBER})*$|^-(inf|infinity|nan)$", re.IGNORECASE
)


class Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line (and exit status 2), not the whole usage.

    A value such as ``-inf``, ``-nan`` or ``-1e3`` is a value, not an option: argparse took
    ``--lr -inf`` for an option without its argument ("expected one argument") and never let the
    option's own check say what is wrong with it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._negative_number_matcher = NEGATIVE_NUMBER  # argparse's: digits only ("-1", "-.5")

    def error(self, message: str):
        # an option's own check already names the option: "argument --lr: --lr must be…" says it twice
        found = re.fullmatch(r"argument ([-\w]+): (\1 .*)", message, re.DOTALL)
        message = found.group(2) if found else message
        message = escaped(message)  # one line
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

    def fail(self, message: str):
        """Refuse what is not a mistake in the command as typed (a file's contents, a full disk).

        One line and exit status 2 as ``error``, but no pointer to ``--help``: the help says
        nothing about what is inside a file.
        """
        self.exit(2, f"{self.prog}: error: {escaped(message)}\n")


def _given(text: str) -> str:
    """What the user typed, for a message: quoted, short."""
    return repr(text if len(text) <= 30 else text[:29] + "…")


def _size(text: str, value: float) -> str:
    """Why a typed number a float cannot hold is refused: "too large" (1e400), "too small…" (1e-400)."""
    if math.isinf(value) and re.fullmatch(rf"\s*[-+]?{UNSIGNED}\s*", text):
        return "too large"
    if value == 0 and re.search(r"[1-9]", text.lower().partition("e")[0]):
        return "too small: it reads as 0"
    return ""


def whole(option: str, low: int, high: int):
    """An argparse type: a whole number from ``low`` to ``high`` (a message naming ``option`` otherwise)."""

    def read(text: str) -> int:
        try:
            value = int(text.strip().replace("_", ""), 10) if len(text) <= 30 else None
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            size = "" if value is None else ", which is too large" if value > high else ", which is too small"
            raise argparse.ArgumentTypeError(
                f"{option} must be a whole number from {low:,} to {high:,}, not {_given(text)}{size}"
            )
        return value

    return read


def real(option: str, rule: str, accept=lambda value: True):
    """An argparse type: a finite number for which ``accept`` holds; ``rule`` says which, for the message."""

    def read(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and accept(value)):
            size = _size(text, value)
            raise argparse.ArgumentTypeError(
                f"{option} must be {rule}, not {_given(text)}{size and f', which is {size}'}"
            )
        return value

    return read


STEPS = whole("--steps", 1, STEPS_MAX)
LEARNING_RATE = real("--lr", "a positive number no larger than 1e6", lambda v: 0 < v <= LR_MAX)


def refuse_unused_momentum(given: bool, optimizer: str, users: tuple[str, ...], parser: Parser) -> None:
    """A --momentum for an optimizer that has none is refused, not quietly ignored (descend, classify)."""
    if given and optimizer not in users:
        parser.error(f"--momentum is for --optimizer {' or '.join(users)}, not {optimizer}")


def numbers(
    text: str | None,
    count: int | None,
    parser: Parser,
    option: str = "--start",
    needs: str | None = None,
    example: str = "1,3",
) -> tuple[float, ...]:
    """The numbers of ``1,3``; ``needs`` says how many ``option`` takes, when not ``count`` for a function."""
    if text is None:
        return (0.0,) * count
    pieces = text.replace(" ", "").replace("[", "").replace("]", "").split(",")
    try:
        values = tuple(float(v) for v in pieces)
    except ValueError:
        parser.error(f"{option} takes numbers separated by commas, like {example}, not {_given(text)}")
    if count is not None and len(values) != count:
        if needs is not None:
            parser.error(f"{option} needs {needs}, e.g. {option} {example}")
        parser.error(f"{option} needs {count} finite number(s) for this function, got {_given(text)}")
    for piece, value in zip(pieces, values):
        if not math.isfinite(value):
            size = _size(piece, value)
            parser.error(
                f"{option} takes finite numbers, not {_given(text)}{size and f': {piece} is {size}'}"
            )
    return values
