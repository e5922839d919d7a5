"""The expression language: ``x*x + y*y``, ``sigmoid(a*x + b)``, ``norm(x, y)**2``.

Text is read by gradlab's own reader (``expr_reader``: explicit stacks, so a long flat sum is no
recursion) and, where that reader stops, by Python's ``ast`` checked against a whitelist, whose
messages say what is wrong; nothing the user typed is ever evaluated as Python. The result is a
small tree (numbers, variables, operations) that the graph builder and the vectorised evaluators
walk. Both readers count nodes and nesting while they read, so a text past the limits is refused
before its tree exists. Every mistake raises ``ExprError`` with the column where it is.
"""

from __future__ import annotations

import ast
import keyword
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..translation import QT_TRANSLATE_NOOP, translate
from .expr_messages import (  # noqa: F401 - the reader takes them from here too
    function_as_name,
    needs_argument,
    not_a_number,
    not_a_variable,
    python_message,
    too_deep,
    too_many_digits,
    too_many_nodes,
    unknown_function,
    wrong_arity,
)
from .ops import FUNCTIONS, OPS

MAX_LENGTH = 100_000  # characters, checked before anything is read
MAX_NODES = 5_000  # numbers, variables and operations in one expression: the most gradlab works with
MAX_DEPTH = 1_000  # operations nested inside each other (a flat sum's chain does not count)
# Control characters (tab aside) and lone surrogates: never part of an expression, said as such.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


class ExprError(ValueError):
    """A mistake in an expression: ``message`` says what, ``column`` (1-based) says where."""

    def __init__(self, message: str, column: int | None = None, text: str = ""):
        self.message = message
        self.column = column
        self.text = text
        if column:
            #: A mistake in an expression, and the column (1 = the first character) where it is.
            shown = translate("engine.expr", "{message} (column {column})").format(
                message=message, column=column
            )
        else:
            shown = message
        super().__init__(shown)


@dataclass(frozen=True)
class Num:
    value: float
    column: int


@dataclass(frozen=True)
class Var:
    name: str
    column: int


@dataclass(frozen=True)
class Call:
    """An operation (``add``, ``exp``, ...) applied to its arguments."""

    op: str
    args: tuple
    column: int


_BINARY = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div", ast.Pow: "pow"}

_FORBIDDEN = {
    ast.Attribute: QT_TRANSLATE_NOOP("engine.expr", "attributes (a.b) are not allowed"),
    ast.Subscript: QT_TRANSLATE_NOOP("engine.expr", "indexing (a[b]) is not allowed"),
    ast.Lambda: QT_TRANSLATE_NOOP("engine.expr", "lambda is not allowed"),
    ast.Compare: QT_TRANSLATE_NOOP("engine.expr", "comparisons are not allowed"),
    ast.BoolOp: QT_TRANSLATE_NOOP("engine.expr", "and/or are not allowed"),
    ast.IfExp: QT_TRANSLATE_NOOP("engine.expr", "if/else is not allowed"),
    ast.ListComp: QT_TRANSLATE_NOOP("engine.expr", "comprehensions are not allowed"),
    ast.SetComp: QT_TRANSLATE_NOOP("engine.expr", "comprehensions are not allowed"),
    ast.DictComp: QT_TRANSLATE_NOOP("engine.expr", "comprehensions are not allowed"),
    ast.GeneratorExp: QT_TRANSLATE_NOOP("engine.expr", "comprehensions are not allowed"),
    ast.NamedExpr: QT_TRANSLATE_NOOP("engine.expr", "assignments are not allowed"),
    ast.List: QT_TRANSLATE_NOOP("engine.expr", "lists are not allowed"),
    ast.Tuple: QT_TRANSLATE_NOOP("engine.expr", "tuples are not allowed (use one expression)"),
    ast.Dict: QT_TRANSLATE_NOOP("engine.expr", "dictionaries are not allowed"),
    ast.Set: QT_TRANSLATE_NOOP("engine.expr", "sets are not allowed"),
    ast.JoinedStr: QT_TRANSLATE_NOOP("engine.expr", "strings are not allowed"),
    ast.Starred: QT_TRANSLATE_NOOP("engine.expr", "* arguments are not allowed"),
    ast.Await: QT_TRANSLATE_NOOP("engine.expr", "await is not allowed"),
    ast.Yield: QT_TRANSLATE_NOOP("engine.expr", "yield is not allowed"),
    ast.YieldFrom: QT_TRANSLATE_NOOP("engine.expr", "yield is not allowed"),
    ast.Slice: QT_TRANSLATE_NOOP("engine.expr", "slices are not allowed"),
}

_OPERATOR_HINTS = {
    ast.BitXor: QT_TRANSLATE_NOOP("engine.expr", "^ is not a power here: write x**2"),
    ast.MatMult: QT_TRANSLATE_NOOP("engine.expr", "@ is not supported"),
    ast.Mod: QT_TRANSLATE_NOOP("engine.expr", "% is not supported"),
    ast.FloorDiv: QT_TRANSLATE_NOOP("engine.expr", "// is not supported: use /"),
    ast.BitAnd: QT_TRANSLATE_NOOP("engine.expr", "& is not supported"),
    ast.BitOr: QT_TRANSLATE_NOOP("engine.expr", "| is not supported"),
    ast.LShift: QT_TRANSLATE_NOOP("engine.expr", "<< is not supported"),
    ast.RShift: QT_TRANSLATE_NOOP("engine.expr", ">> is not supported"),
}


class _PythonGaveUpError(Exception):
    """Python's parser could not take the text (its recursion or its stack): our reader's word stands."""


def _column(node, chars: list[int] | None) -> int:
    """A node's 1-based column in characters (``ast`` counts UTF-8 bytes; ``chars`` maps them)."""
    offset = getattr(node, "col_offset", 0)
    return (chars[offset] if chars is not None and offset < len(chars) else offset) + 1


def parse_expression(text: str):
    """Read ``text`` into a tree of Num, Var and Call, or raise ExprError."""
    if not isinstance(text, str):
        raise ExprError(translate("engine.expr", "an expression must be text"))
    if len(text) > MAX_LENGTH:
        message = translate(
            "engine.expr", "the expression is too long ({length} characters, at most {limit})"
        )
        raise ExprError(message.format(length=f"{len(text):,}", limit=f"{MAX_LENGTH:,}"))
    if not text.strip():
        raise ExprError(translate("engine.expr", "the expression is empty"), 1, text)
    if "\n" in text.strip() or "\r" in text:
        raise ExprError(
            translate("engine.expr", "write the expression on one line"),
            text.index("\n") + 1 if "\n" in text else 1,
            text,
        )
    line = text.strip()
    lead = len(text) - len(text.lstrip())
    if found := _NOT_TEXT.search(line):
        char = ascii(found.group())[1:-1]  # \x00, shown as an escape: it has no picture
        if "\ud800" <= found.group() <= "\udfff":
            message = translate("engine.expr", "a broken character ({char}) cannot stand in an expression")
        else:
            message = translate("engine.expr", "a control character ({char}) cannot stand in an expression")
        raise ExprError(message.format(char=char), lead + found.start() + 1, text)
    from .expr_reader import UnsupportedError, read

    try:
        return read(line, lead, text)
    except UnsupportedError as stopped:
        try:
            return _read_with_ast(line, lead, text)
        except _PythonGaveUpError:  # a long text Python cannot hold: where our reader stopped, and why
            raise stopped.error from None


def _read_with_ast(line: str, lead: int, text: str):
    """The tree of ``line`` read by Python's parser and checked node by node, or ExprError."""
    try:
        tree = ast.parse(line, mode="eval")
    except SyntaxError as error:
        message = (error.msg or "invalid syntax").replace("invalid syntax. ", "")
        if "digits" in message:
            raise ExprError(too_many_digits(), error.offset, text) from None
        if "too many nested" in message:
            raise ExprError(too_deep(), error.offset, text) from None
        if "too complex" in message:
            raise _PythonGaveUpError from None
        if not error.offset:  # Python reports no place when the text stops in the middle
            end = len(text.rstrip())
            last = "**" if text.rstrip().endswith("**") else text.rstrip()[-1:]
            if last and last in "+-*/**":
                raise ExprError(
                    translate("engine.expr", "something must follow the last {sign}").format(sign=last),
                    end,
                    text,
                ) from None
            raise ExprError(translate("engine.expr", "the expression ends too soon"), end, text) from None
        raise ExprError(python_message(message), error.offset + lead, text) from None
    except (RecursionError, MemoryError):
        raise _PythonGaveUpError from None
    except (ValueError, OverflowError) as error:
        if "digits" in str(error):
            raise ExprError(too_many_digits(), None, text) from None
        raise ExprError(python_message(str(error).split(":")[0]), None, text) from None
    chars = None if line.isascii() else [i for i, c in enumerate(line) for _ in c.encode("utf-8")]
    return _convert(tree.body, text, lead, chars)


def _convert(root, text: str, lead: int, chars: list[int] | None):
    """Turn the Python syntax tree into our tree, iteratively, checking each node and counting them.

    Depth counts nesting as our reader does: the left operand of a binary operation is not inside
    it (``x + x + x`` is a chain), every other operand or argument is.
    """
    # Each stack entry: (ast node, depth, done). Results are kept per ast node id.
    results: dict[int, object] = {}
    stack = [(root, 0, False)]
    nodes = 0
    while stack:
        node, depth, done = stack.pop()
        column = _column(node, chars) + lead
        if depth > MAX_DEPTH:
            raise ExprError(too_deep(), column, text)
        if not done:
            children = _children(node, column, text, chars)
            stack.append((node, depth, True))
            stack.extend(
                (child, depth + (0 if i == 0 and isinstance(node, ast.BinOp) else 1), False)
                for i, child in reversed(list(enumerate(children)))
            )
            continue
        built = _build(node, column, text, results)
        if not (isinstance(node, ast.UnaryOp) and (isinstance(node.op, ast.UAdd) or isinstance(built, Num))):
            nodes += 1  # +x is x, and -3 is a number: neither is a node of its own
            if nodes > MAX_NODES:  # shown where the node that passes the limit ends
                end = getattr(node, "end_col_offset", 1) - 1
                raise ExprError(
                    too_many_nodes(MAX_NODES), _column(ast.Constant(col_offset=end), chars) + lead, text
                )
        results[id(node)] = built
    return results[id(root)]


def _children(node, column: int, text: str, chars: list[int] | None) -> list:
    if isinstance(node, ast.BinOp):
        kind = type(node.op)
        if kind not in _BINARY:
            hint = _OPERATOR_HINTS.get(kind)
            if hint is None:
                raise ExprError(translate("engine.expr", "this operator is not supported"), column, text)
            raise ExprError(translate("engine.expr", hint), column, text)
        return [node.left, node.right]
    if isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, (ast.USub, ast.UAdd)):
            raise ExprError(translate("engine.expr", "only - and + can stand before a value"), column, text)
        return [node.operand]
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name):
            message = translate("engine.expr", "only the functions {functions} can be called")
            raise ExprError(message.format(functions=", ".join(FUNCTIONS)), column, text)
        name = node.func.id
        if name not in FUNCTIONS:
            raise ExprError(unknown_function(name), column, text)
        if node.keywords:
            message = translate("engine.expr", "{name}() takes no named arguments")
            raise ExprError(message.format(name=name), column, text)
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                raise ExprError(translate("engine.expr", _FORBIDDEN[ast.Starred]), _column(arg, chars), text)
        arity = OPS[name].arity
        if arity >= 0 and len(node.args) != arity:
            raise ExprError(wrong_arity(name, arity, len(node.args)), column, text)
        if arity < 0 and not node.args:
            raise ExprError(needs_argument(name), column, text)
        return list(node.args)
    if isinstance(node, (ast.Constant, ast.Name)):
        return []
    for kind, message in _FORBIDDEN.items():
        if isinstance(node, kind):
            raise ExprError(translate("engine.expr", message), column, text)
    message = translate("engine.expr", "{kind} is not allowed in an expression")
    raise ExprError(message.format(kind=type(node).__name__), column, text)


def _build(node, column: int, text: str, results: dict):
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            if isinstance(value, (str, bytes)):
                message = translate("engine.expr", "strings are not allowed: only numbers")
            else:
                message = not_a_number(value)
            raise ExprError(message, column, text)
        try:
            return Num(float(value), column)
        except OverflowError:
            return Num(math.inf, column)
    if isinstance(node, ast.Name):
        name = node.id
        if name in FUNCTIONS:
            raise ExprError(function_as_name(name), column, text)
        if keyword.iskeyword(name) or name.startswith("__"):
            raise ExprError(not_a_variable(name), column, text)
        return Var(name, column)
    if isinstance(node, ast.BinOp):
        args = (results.pop(id(node.left)), results.pop(id(node.right)))
        return Call(_BINARY[type(node.op)], args, column)
    if isinstance(node, ast.UnaryOp):
        operand = results.pop(id(node.operand))
        if isinstance(node.op, ast.UAdd):
            return operand
        if isinstance(operand, Num):  # -3 is a number, not an operation on 3
            return Num(-operand.value, column)
        return Call("neg", (operand,), column)
    # a checked call
    return Call(node.func.id, tuple(results.pop(id(a)) for a in node.args), column)


def arguments(node) -> tuple:
    """The children of an expression-tree node: a call's arguments; numbers and variables have none."""
    return node.args if isinstance(node, Call) else ()


def post_order(root, children: Callable[[object], Iterable] = arguments) -> Iterator:
    """Every node under ``root`` once, each after its children (left to right); no recursion.

    The one walk that evaluating, building and ordering a tree or a graph all need. ``children``
    gives a node's children: an expression's arguments by default, ``lambda v: v._prev`` for the
    engine's Values. A node reached twice (x in x*x, when it is one object) is visited once.
    """
    visited: set[int] = set()
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if children_done:
            yield node
            continue
        if id(node) in visited:
            continue
        visited.add(id(node))
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(tuple(children(node))) if id(child) not in visited)


def variables(tree) -> list[str]:
    """The variable names in ``tree``, in order of first appearance."""
    return list(dict.fromkeys(node.name for node in post_order(tree) if isinstance(node, Var)))


def parse_values(text: str) -> dict[str, float]:
    """Read ``x=1, y=3`` (commas, semicolons or new lines between) into ``{"x": 1.0, "y": 3.0}``.

    A value may be arithmetic on numbers (``1/3``, ``-2e-3``, ``sqrt(2)``).
    """
    values: dict[str, float] = {}
    if not isinstance(text, str):
        raise ExprError(translate("engine.expr", "values must be text"))
    if len(text) > MAX_LENGTH:
        raise ExprError(translate("engine.expr", "the values are too long"))
    position = 0
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        start = position + 1
        position += len(part) + 1
        if not part.strip():
            continue
        name, equals, value_text = part.partition("=")
        name = name.strip()
        column = start + len(part) - len(part.lstrip())
        if not equals:
            message = translate("engine.expr", "write each value as name=number, not {text}")
            raise ExprError(message.format(text=repr(part.strip())), column, text)
        if not name.isidentifier() or keyword.iskeyword(name) or name in FUNCTIONS:
            message = translate("engine.expr", "{name} is not a variable name")
            raise ExprError(message.format(name=repr(name)), column, text)
        if name in values:
            raise ExprError(translate("engine.expr", "{name} is given twice").format(name=name), column, text)
        value_offset = start + part.index("=")  # the column of "=": value text starts after it
        try:
            tree = parse_expression(value_text)
        except ExprError as error:
            column = value_offset + error.column if error.column else value_offset + 1
            message = translate("engine.expr", "{name}: {message}").format(name=name, message=error.message)
            raise ExprError(message, column, text) from None
        if variables(tree):
            message = translate("engine.expr", "{name}: a value must be a number").format(name=name)
            raise ExprError(message, value_offset + 1, text)
        values[name] = _evaluate_constant(tree)
    return values


def _evaluate_constant(tree) -> float:
    from .ops import compute

    value: dict[int, float] = {}
    for node in post_order(tree):
        if isinstance(node, Num):
            value[id(node)] = node.value
        else:
            value[id(node)] = float(compute(node.op, [value[id(a)] for a in node.args]))
    return value[id(tree)]
