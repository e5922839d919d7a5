"""The pure core's sentences go through ``gradlab.translation``: English until a translator is installed."""

from __future__ import annotations

import pytest

from gradlab import translation
from gradlab.engine import ExprError, parse, parse_expression
from gradlab.engine.explain import forward_text
from gradlab.translation import translate

# A few entries of a pretend catalogue, keyed as Qt keys them: (context, source text).
CATALOGUE = {
    ("engine.expr", "{message} (column {column})"): "{message}（第 {column} 欄）",
    ("engine.expr", "invalid syntax"): "語法錯誤",
    ("engine.expr", "unknown function {name}(); known: {functions}"): (
        "未知的函式 {name}()；可用：{functions}"
    ),
    ("engine.explain", "{name} = {formula} = {numbers} = {value}"): (
        "{name} ＝ {formula} ＝ {numbers} ＝ {value}"
    ),
}


@pytest.fixture
def catalogue():
    """Install a translator that knows CATALOGUE; the list is what it was asked, (context, text)."""
    asked: list[tuple[str, str]] = []

    def fake(context: str, text: str) -> str:
        asked.append((context, text))
        return CATALOGUE.get((context, text), text)

    translation.install(fake)
    return asked


def test_english_without_a_translator():
    translation.install(None)
    assert translate("engine.expr", "invalid syntax") == "invalid syntax"
    with pytest.raises(ExprError) as caught:
        parse_expression("x*x +* y")
    assert str(caught.value) == "invalid syntax (column 6)"


def test_a_typo_in_an_expression_is_explained_in_the_installed_language(catalogue):
    with pytest.raises(ExprError) as caught:
        parse_expression("x*x +* y")
    assert caught.value.message == "語法錯誤"
    assert caught.value.column == 6
    assert str(caught.value) == "語法錯誤（第 6 欄）"

    with pytest.raises(ExprError) as caught:
        parse_expression("sinn(x)")
    assert caught.value.message.startswith("未知的函式 sinn()；可用：exp, log, sqrt")
    assert str(caught.value).endswith("（第 1 欄）")


def test_a_forward_step_is_explained_in_the_installed_language(catalogue):
    assert forward_text("x2", "mul", ["x", "x"], [1.0, 1.0], 1.0) == "x2 ＝ x * x ＝ 1 * 1 ＝ 1"
    stepper = parse("x*x + y*y", x=1, y=3).steps()
    assert stepper.step().text == "n1 ＝ x * x ＝ 1 * 1 ＝ 1"
    assert ("engine.explain", "{name} = {formula} = {numbers} = {value}") in catalogue


def test_a_text_without_a_translation_stays_english(catalogue):
    with pytest.raises(ExprError) as caught:
        parse_expression("x +")
    assert str(caught.value) == "something must follow the last +（第 3 欄）"
    assert ("engine.expr", "something must follow the last {sign}") in catalogue
