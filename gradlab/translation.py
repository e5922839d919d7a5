"""Translatable sentences for the pure core, without Qt.

The engine and the tabs' cores write sentences a student reads (step explanations, errors). They go
through ``translate(context, text)``, which returns ``text`` until the GUI installs Qt's translator
(``QCoreApplication.translate``); a notebook or the command line gets English. pyside6-lupdate finds
these calls by name, so every source text must be a literal with ``{name}`` placeholders filled by
``.format()`` afterwards, never an f-string. ``QT_TRANSLATE_NOOP`` marks a literal for the .ts file
where it is defined (a table of presets) and translated later, where it is shown.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_installed = 0  # how many times a translator was installed: a table of one is not used for the next
_table: tuple[int, tuple] = (-1, ())


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, if a translator is installed; ``text`` itself otherwise."""
    if _translator is None:
        return text
    return _translator(context, text)


def install(translator: Translator | None) -> None:
    """Use ``translator(context, text)`` for every later ``translate`` (None: back to English)."""
    global _translator, _installed
    _translator = translator
    _installed += 1


def translated_sentences() -> tuple[tuple[tuple[str, str], str], ...]:
    """Every core sentence the installed translator changes, as ``((context, text), translation)``.

    For a process of gradlab's own that has no Qt (the training process): installing
    ``dict(table).get`` there writes the sentences in the window's language. Made once per
    translator installed; empty in English.
    """
    global _table
    if _translator is None:
        return ()
    if _table[0] != _installed:
        pairs = ((source, _translator(*source)) for source in core_sources())
        _table = (_installed, tuple((source, text) for source, text in pairs if text != source[1]))
    return _table[1]


@functools.cache
def core_sources() -> tuple[tuple[str, str], ...]:
    """(context, text) of every sentence the cores translate, as the shipped catalogue lists them.

    The cores' contexts are lower-case (``classify.training``); the windows' are class names.
    """
    import xml.etree.ElementTree as ElementTree

    from .paths import resource_path

    catalogues = sorted(resource_path("translations").glob("gradlab_*.ts"))
    if not catalogues:
        return ()
    root = ElementTree.parse(catalogues[0]).getroot()
    return tuple(
        (name, message.findtext("source") or "")
        for context in root.iter("context")
        if (name := context.findtext("name") or "")[:1].islower()
        for message in context.iter("message")
    )


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it now."""
    return text
