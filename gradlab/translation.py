"""Translatable sentences for the pure core, without Qt.

The engine and the tabs' cores write sentences a student reads (step explanations, errors). They go
through ``translate(context, text)``, which returns ``text`` until the GUI installs Qt's translator
(``QCoreApplication.translate``); a notebook or the command line gets English. pyside6-lupdate finds
these calls by name, so every source text must be a literal with ``{name}`` placeholders filled by
``.format()`` afterwards, never an f-string. ``QT_TRANSLATE_NOOP`` marks a literal for the .ts file
where it is defined (a table of presets) and translated later, where it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, if a translator is installed; ``text`` itself otherwise."""
    if _translator is None:
        return text
    return _translator(context, text)


def install(translator: Translator | None) -> None:
    """Use ``translator(context, text)`` for every later ``translate`` (None: back to English)."""
    global _translator
    _translator = translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it now."""
    return text
