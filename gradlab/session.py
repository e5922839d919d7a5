"""Session files (``.gradlab``): what a student set up in the tabs, saved to come back to later.

A session is one JSON object: ``{"format": "gradlab-session", "version": 1, "graph": {...},
"descent": {...}, "regression": {...}, "classify": {...}}``. It holds set-ups and data points, never
trained weights (those are checkpoints). A session saved before the Neural Network tab has no
classify part: it opens with that tab's default (an empty part, as a tab whose torch has not loaded
yet gives). Writing is atomic (a temporary file, then a rename), so a crash never leaves half a
session. Reading refuses, with a sentence saying why, anything that is not a session, a session
from a newer gradlab, or a damaged file; each tab then checks its own part before anything changes.
"""

from __future__ import annotations

import json
import os
import re
from itertools import accumulate
from pathlib import Path

from .engine.graph import shown_value
from .files import FileRefusedError, read_bounded, shown, write_atomic
from .translation import QT_TRANSLATE_NOOP, translate

FORMAT = "gradlab-session"
VERSION = 1
SUFFIX = ".gradlab"
PARTS = ("graph", "descent", "regression", "classify")
LATER_PARTS = ("classify",)  # sessions of format 1 saved before these parts existed lack them: read as {}
PART_NAMES = {
    "graph": QT_TRANSLATE_NOOP("session", "Graph"),
    "descent": QT_TRANSLATE_NOOP("session", "Gradient Descent"),
    "regression": QT_TRANSLATE_NOOP("session", "Regression"),
    "classify": QT_TRANSLATE_NOOP("session", "Neural Network"),
}
# What a session's JSON may hold, checked before it is parsed: far beyond any real session (a graph
# of 5,000 nodes and 20,000 inputs is about 50,000 values; the Neural Network tab's 100,000 points
# are 300,000: x1, x2 and the label), and each check is linear in the text.
MAX_DEPTH = 64
MAX_VALUES = 400_000
MAX_DIGITS = 300  # in one integer: beyond any float, so a longer one is no number a session holds

# A JSON string, escapes included; the closing quote is optional so that an unclosed string is one
# match to the end (a regular expression that failed there would try again at every later quote).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def whole_number(value, low: int, high: int) -> bool:
    """Whether a value read from a session is an int (not a bool) from ``low`` to ``high``."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


class SessionError(ValueError):
    """A session file that cannot be read or written; the message is meant for the user."""


def save_session(path: str | os.PathLike, parts: dict) -> Path:
    """Write ``parts`` (one dict per tab) to ``path`` atomically; OSError if the folder refuses.

    A part of LATER_PARTS not given is written as {} (its tab's default). ``write_atomic`` keeps an
    overwritten file's permissions and removes the temporary files an interrupted save left in the
    folder.
    """
    given = {name: parts[name] if name in parts or name not in LATER_PARTS else {} for name in PARTS}
    data = {"format": FORMAT, "version": VERSION, **given}
    # a graph may hold inf or nan (a descent that diverged): JSON has no words for them, Python's
    # json writes and reads them as Infinity and NaN
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return write_atomic(path, lambda file: file.write(text.encode("utf-8")))


def load_session(path: str | os.PathLike) -> dict:
    """The tabs' parts from a session file; SessionError saying why when it cannot be used.

    Only a regular file of at most 10 MB is read (``read_bounded``: a FIFO or a device is refused
    at once).
    """
    try:
        raw = read_bounded(path, "session")
    except FileRefusedError as error:
        raise SessionError(
            translate("session", "Could not read {name}: {reason}").format(name=shown(path), reason=error)
        ) from None
    return parse_session(raw, shown(path))


class _NumberTooLongError(ValueError):
    pass


def _integer(text: str) -> int:
    if len(text) - text.startswith("-") > MAX_DIGITS:
        raise _NumberTooLongError
    return int(text)


def _check_structure(text: str, name: str) -> None:
    """Refuse JSON nested or sized beyond the limits, before the parser sees it (linear, no recursion)."""
    skeleton = _STRING.sub("0", text)
    values = skeleton.count(",") + skeleton.count("[") + skeleton.count("{") + 1
    if values > MAX_VALUES:
        message = translate(
            "session",
            "{name} cannot be opened: a session holds at most {limit:,} values (numbers, texts, lists), "
            "and it holds more.",
        )
        raise SessionError(message.format(name=name, limit=MAX_VALUES))
    brackets = _NOT_BRACKET.sub("", skeleton)
    if max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0) > MAX_DEPTH:
        message = translate(
            "session",
            "{name} cannot be opened: it is nested more than {limit} levels deep, the most a session may be.",
        )
        raise SessionError(message.format(name=name, limit=MAX_DEPTH))


def parse_session(raw: bytes, name: str = "the file") -> dict:
    """Check a session's text: JSON, gradlab's format, a version this gradlab reads, every tab's part.

    The JSON's depth, size and integers are bounded before and while it is parsed; a UTF-8 byte
    order mark is allowed (some editors write one).
    """
    not_json = translate("session", "{name} is not a gradlab session (it is not JSON text).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SessionError(not_json.format(name=name)) from None
    _check_structure(text, name)
    try:
        data = json.loads(text, parse_int=_integer)
    except _NumberTooLongError:
        message = translate(
            "session", "{name} cannot be opened: it holds a number of more than {limit} digits."
        )
        raise SessionError(message.format(name=name, limit=MAX_DIGITS)) from None
    except (ValueError, RecursionError):  # RecursionError: never past the depth check, kept to be sure
        raise SessionError(not_json.format(name=name)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(translate("session", "{name} is not a gradlab session.").format(name=name))
    _check_version(data, name)
    for part in LATER_PARTS:
        data.setdefault(part, {})  # saved before that tab existed: the tab's default
    missing = [part for part in PARTS if not isinstance(data.get(part), dict)]
    if missing:
        part = missing[0]
        if part in data:  # there, but a list, a number, text: not the object a tab's part is
            message = translate("session", "{name} is damaged: its {part} part is not a set of settings.")
        else:
            message = translate("session", "{name} is damaged: the {part} part is missing.")
        raise SessionError(message.format(name=name, part=translate("session", PART_NAMES[part])))
    return {part: data[part] for part in PARTS}


def _check_version(data: dict, name: str) -> None:
    if "version" not in data:
        raise SessionError(
            translate("session", "{name} is damaged: its format version is missing.").format(name=name)
        )
    version = data["version"]
    if isinstance(version, float) and version.is_integer():
        version = int(version)  # 1.0 is 1 (JSON has one kind of number)
    if isinstance(version, bool) or not isinstance(version, int):
        message = translate(
            "session", "{name} is damaged: its format version {version} is not a whole number."
        )
        raise SessionError(message.format(name=name, version=shown_value(version)))
    if version < 1:
        message = translate(
            "session", "{name} is damaged: its format version {version} is not one gradlab writes (1 and up)."
        )
        raise SessionError(message.format(name=name, version=version))
    if version > VERSION:
        raise SessionError(
            translate(
                "session",
                "{name} was saved by a newer gradlab (session format {version}; this gradlab reads up to "
                "{supported}). Update gradlab to open it.",
            ).format(name=name, version=shown_value(version), supported=VERSION)
        )
