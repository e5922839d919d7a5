"""Session files (``.gradlab``): what a student set up in the three tabs, saved to come back to later.

A session is one JSON object: ``{"format": "gradlab-session", "version": 1, "graph": {...},
"descent": {...}, "regression": {...}}``. It holds set-ups, never trained weights (those are
checkpoints). Writing is atomic (a temporary file, then a rename), so a crash never leaves half a
session. Reading refuses, with a sentence saying why, anything that is not a session, a session
from a newer gradlab, or a damaged file; each tab then checks its own part before anything changes.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .translation import QT_TRANSLATE_NOOP, translate

FORMAT = "gradlab-session"
VERSION = 1
SUFFIX = ".gradlab"
PARTS = ("graph", "descent", "regression")
PART_NAMES = {
    "graph": QT_TRANSLATE_NOOP("session", "Graph"),
    "descent": QT_TRANSLATE_NOOP("session", "Gradient Descent"),
    "regression": QT_TRANSLATE_NOOP("session", "Regression"),
}
MAX_BYTES = 16 * 1024 * 1024  # far beyond any real session; refuses to read a huge unrelated file


def whole_number(value, low: int, high: int) -> bool:
    """Whether a value read from a session is an int (not a bool) from ``low`` to ``high``."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


class SessionError(ValueError):
    """A session file that cannot be read or written; the message is meant for the user."""


def save_session(path: str | os.PathLike, parts: dict) -> Path:
    """Write ``parts`` (one dict per tab) to ``path`` atomically; OSError if the folder refuses."""
    path = Path(path)
    data = {"format": FORMAT, "version": VERSION, **{name: parts[name] for name in PARTS}}
    # a graph may hold inf or nan (a descent that diverged): JSON has no words for them, Python's
    # json writes and reads them as Infinity and NaN
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    handle, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _mode_for(path: Path) -> int:
    """An overwritten session keeps its permissions; a new one gets the usual ones (0666 less umask)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def load_session(path: str | os.PathLike) -> dict:
    """The tabs' parts from a session file; SessionError saying why when it cannot be used."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SessionError(
                translate("session", "{name} is too large to be a gradlab session.").format(name=path.name)
            )
        raw = path.read_bytes()
    except OSError as error:
        raise SessionError(
            translate("session", "Could not read {name}: {reason}").format(
                name=path.name, reason=error.strerror
            )
        ) from None
    return parse_session(raw, path.name)


def parse_session(raw: bytes, name: str = "the file") -> dict:
    """Check a session's text: JSON, gradlab's format, a version this gradlab reads, all three parts."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SessionError(
            translate("session", "{name} is not a gradlab session (it is not JSON text).").format(name=name)
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(translate("session", "{name} is not a gradlab session.").format(name=name))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionError(
            translate("session", "{name} is damaged: its format version is missing.").format(name=name)
        )
    if version > VERSION:
        raise SessionError(
            translate(
                "session",
                "{name} was saved by a newer gradlab (session format {version}; this gradlab reads up to "
                "{supported}). Update gradlab to open it.",
            ).format(name=name, version=version, supported=VERSION)
        )
    missing = [part for part in PARTS if not isinstance(data.get(part), dict)]
    if missing:
        raise SessionError(
            translate("session", "{name} is damaged: the {part} part is missing.").format(
                name=name, part=translate("session", PART_NAMES[missing[0]])
            )
        )
    return {part: data[part] for part in PARTS}
