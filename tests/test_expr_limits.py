"""The expression readers' limits: nodes, length and nesting, and true words for each refusal.

A flat sum is long, not deep; a NUL byte is a control character, not an early end; the node
limit is met while reading, before the tree exists.
"""

import ast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gradlab.engine import ExprError, parse_expression
from gradlab.engine import expr as expr_module
from gradlab.engine.expr import MAX_NODES, Call, _evaluate_constant, _read_with_ast, post_order
from gradlab.engine.expr_reader import UnsupportedError, read


def refusal(text: str) -> ExprError:
    with pytest.raises(ExprError) as caught:
        parse_expression(text)
    return caught.value


def both_readers(text: str):
    line, lead = text.strip(), len(text) - len(text.lstrip())
    return shape(read(line, lead, text)), shape(_read_with_ast(line, lead, text))


def shape(tree) -> list[tuple]:
    """Each node in post-order: kind, what it holds, column, arity (== on deep trees recurses and fails)."""
    return [
        (type(n).__name__, getattr(n, "op", getattr(n, "name", getattr(n, "value", None))), n.column)
        + (len(getattr(n, "args", ())),)
        for n in post_order(tree)
    ]


# --- long but flat ----------------------------------------------------------------------------------


@pytest.mark.parametrize("terms", [1_000, 2_500])
def test_a_flat_sum_is_long_not_deep(terms):
    tree = parse_expression(" + ".join(["1"] * terms))
    assert _evaluate_constant(tree) == terms
    assert sum(1 for _ in post_order(tree)) == 2 * terms - 1  # 2,500 terms: 4,999 nodes, the limit's edge


def test_a_long_chain_of_mixed_operations_reads_as_python_does():
    text = "".join(f"{'xy'[i % 2]}{'+-*/'[i % 4]}" for i in range(600)) + "x"
    fast, slow = both_readers(text)
    assert fast == slow


# --- the node limit -----------------------------------------------------------------------------------


def test_one_node_past_the_limit_is_refused_with_the_limit_named():
    error = refusal(" + ".join(["x"] * 2_501))  # 5,001 nodes
    assert "more than 5,000 nodes" in error.message and "column" in str(error)


def test_the_node_limit_is_met_while_reading_not_after():
    text = "+".join(["x"] * 50_000)  # 99,999 characters, 99,999 nodes
    error = refusal(text)
    assert "5,000 nodes" in error.message
    assert error.column <= 2 * MAX_NODES + 2  # it stopped there: the rest was never read


def test_a_call_with_thousands_of_arguments_is_bounded_by_the_same_limit():
    tree = parse_expression("norm(" + ", ".join(["x", "y"] * 2_499) + ", x)")  # 4,999 arguments
    assert isinstance(tree, Call) and len(tree.args) == 4_999
    assert "5,000 nodes" in refusal("norm(" + ", ".join(["x"] * 5_000) + ")").message


def test_the_ast_reader_counts_the_same_nodes(monkeypatch):
    monkeypatch.setattr(expr_module, "MAX_NODES", 7)
    for text in ("x + y*z + 1", "-x - -3 + +y"):  # 7 and 6 nodes: -3 is a number, +y is y
        fast, slow = both_readers(text)
        assert fast == slow
    for text in ("x + y*z + 1 + 2", "norm(x, y, z, w, v, u, t)"):  # 9 and 8
        with pytest.raises(ExprError, match="more than 7 nodes"):
            read(text, 0, text)
        with pytest.raises(ExprError, match="more than 7 nodes"):
            _read_with_ast(text, 0, text)


def test_the_text_is_bounded_before_it_is_read():
    error = refusal("x" * 100_001)
    assert "too long" in error.message and "100,000" in error.message


# --- true words -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, shown, column",
    [
        ("x\x00+y", r"\x00", 2),
        ("x+\x00", r"\x00", 3),
        ("  x+\x1by", r"\x1b", 5),
        ("x\x7f", r"\x7f", 2),
        ("x + \x85y", r"\x85", 5),
        ("x+\x0cy", r"\x0c", 3),
    ],
)
def test_a_control_character_is_named_where_it_is(text, shown, column):
    error = refusal(text)
    assert f"control character ({shown})" in error.message
    assert error.column == column
    assert "ends too soon" not in str(error)


def test_a_lone_surrogate_is_a_broken_character():
    error = refusal("x + \ud800")
    assert "broken character" in error.message and error.column == 5


@pytest.mark.parametrize(
    "text, says",
    [("None + x", "None is not a number"), ("x * True", "True is not a number"), ("2.5j", "complex number")],
)
def test_a_value_that_is_no_number_is_said_in_plain_words(text, says):
    error = refusal(text)
    assert says in error.message and "NoneType" not in error.message and "bool" not in error.message


def test_a_tab_is_still_a_space():
    assert parse_expression("x\t+\ty") == parse_expression("x + y")


@pytest.mark.parametrize(
    "text",
    [
        "-" * 5_000 + "x",
        "+" * 5_000 + "x",
        "(" * 5_000 + "x" + ")" * 5_000,
        "exp(" * 300 + "x" + ")" * 300,
        "**".join(["x"] * 1_500),  # x**(x**(x**...)): Python's power nests to the right
        "-" * 99_999 + "x",
    ],
    ids=["minus", "plus", "brackets", "calls", "power-tower", "long-minus"],
)
def test_real_nesting_is_too_deep(text):
    assert "nested too deeply" in refusal(text).message


def test_python_giving_up_leaves_our_readers_words(monkeypatch):
    """Where Python's parser cannot hold a long text (its recursion), our reader's words stand, still true."""

    def gives_up(*args, **kwargs):
        raise RecursionError

    monkeypatch.setattr(ast, "parse", gives_up)
    assert parse_expression("x + y") is not None  # our reader needs no ast
    error = refusal("x + x + exp(x, y)")
    assert "exp() takes 1 argument, not 2" in error.message and error.column == 9
    error = refusal("x + x.y")
    assert error.column == 6 and "nested" not in error.message
    assert "unknown function open()" in refusal("x + open(y)").message


def test_columns_count_characters_not_bytes():
    assert refusal("θ + x.y").column == 5  # the ast reader counts UTF-8 bytes: 6
    assert refusal("θ + exp(x, y)").column == 5


# --- the two readers agree -----------------------------------------------------------------------------

_ATOMS = [
    "x",
    "y",
    "abc",
    "θ",
    "_a",
    "1",
    "0",
    "00",
    "2.5",
    ".5",
    "5.",
    "1e3",
    "1E-3",
    "1_000",
    "0x1F",
    "1e400",
    "9" * 400,
]


def _expressions():
    def grow(inner):
        sign = st.tuples(st.sampled_from(["-", "+", "- ", "--"]), inner).map("".join)
        brackets = inner.map(lambda t: f"({t})")
        binary = st.tuples(
            inner, st.sampled_from(["+", "-", "*", "/", "**", " + ", " ** ", "*-", "**-"]), inner
        )
        one = st.tuples(
            st.sampled_from(["exp", "sin", "relu", "abs", "sqrt"]), inner, st.sampled_from(["", ","])
        )
        norm = st.tuples(st.lists(inner, min_size=1, max_size=3), st.sampled_from(["", ",", " "]))
        return st.one_of(
            sign,
            brackets,
            binary.map("".join),
            one.map(lambda t: f"{t[0]}({t[1]}{t[2]})"),
            norm.map(lambda t: f"norm ({', '.join(t[0])}{t[1]})"),
        )

    return st.recursive(st.sampled_from(_ATOMS), grow, max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(_expressions(), st.sampled_from(["", " ", "  "]))
def test_both_readers_make_the_same_tree(text, space):
    """Same nodes, same numbers, same columns: the ast reader is the reference."""
    text = space + text + space
    fast, slow = both_readers(text)
    assert fast == slow


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("xy0123456789.e+-*/() ,_j") + ["**", "exp(", "norm(", "θ", "True"]), max_size=20
    )
)
def test_whatever_our_reader_takes_python_takes_the_same_way(tokens):
    text = "".join(tokens)
    if not text.strip():
        return
    try:
        fast = read(text.strip(), len(text) - len(text.lstrip()), text)
    except (UnsupportedError, ExprError):
        return
    assert shape(fast) == shape(_read_with_ast(text.strip(), len(text) - len(text.lstrip()), text))
