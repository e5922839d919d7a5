"""A translated text is never asked for inside an f-string: lupdate does not read it there.

``f"━ {self.tr('train')}"`` runs and shows English in every language, since the catalogue never
learns of the text (the Neural Network tab's curve keys did); the .ts completeness test cannot see
it either, because it asks lupdate what the code holds.
"""

from __future__ import annotations

import ast
from pathlib import Path

import gradlab

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def translations_in_f_strings(source: str) -> list[int]:
    """The lines where a tr()/translate() call stands inside an f-string."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _name(inner) in TRANSLATING:
                    found.append(inner.lineno)
    return found


def test_the_check_finds_a_translation_inside_an_f_string():
    assert translations_in_f_strings("x = f\"━ {self.tr('train')}\"\n") == [1]
    assert translations_in_f_strings("x = '━ ' + self.tr('train')\ny = f'{n}'\n") == []


def test_no_translated_text_is_asked_for_inside_an_f_string():
    root = Path(gradlab.__file__).parent
    found = {
        str(path.relative_to(root.parent)): lines
        for path in sorted(root.rglob("*.py"))
        if (lines := translations_in_f_strings(path.read_text(encoding="utf-8")))
    }
    assert found == {}
