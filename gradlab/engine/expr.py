"""The expression language: ``x*x + y*y``, ``sigmoid(a*x + b)``, ``norm(x, y)**2``.

Text is read with Python's ``ast`` and then checked against a whitelist; nothing the user typed
is ever evaluated as Python. The result is a small tree (numbers, variables, operations) that the
graph builder, and later vectorised evaluators, walk. Every mistake raises ``ExprError`` with
the column where it is.
"""

from __future__ import annotations

import ast
import keyword
import math
from dataclasses import dataclass

from .ops import FUNCTIONS, OPS

MAX_LENGTH = 10_000
MAX_DEPTH = 1_000


class ExprError(ValueError):
    """A mistake in an expression: ``message`` says what, ``column`` (1-based) says where."""

    def __init__(self, message: str, column: int | None = None, text: str = ""):
        self.message = message
        self.column = column
        self.text = text
        where = f" (column {column})" if column else ""
        super().__init__(f"{message}{where}")


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
    ast.Attribute: "attributes (a.b) are not allowed",
    ast.Subscript: "indexing (a[b]) is not allowed",
    ast.Lambda: "lambda is not allowed",
    ast.Compare: "comparisons are not allowed",
    ast.BoolOp: "and/or are not allowed",
    ast.IfExp: "if/else is not allowed",
    ast.ListComp: "comprehensions are not allowed",
    ast.SetComp: "comprehensions are not allowed",
    ast.DictComp: "comprehensions are not allowed",
    ast.GeneratorExp: "comprehensions are not allowed",
    ast.NamedExpr: "assignments are not allowed",
    ast.List: "lists are not allowed",
    ast.Tuple: "tuples are not allowed (use one expression)",
    ast.Dict: "dictionaries are not allowed",
    ast.Set: "sets are not allowed",
    ast.JoinedStr: "strings are not allowed",
    ast.Starred: "* arguments are not allowed",
    ast.Await: "await is not allowed",
    ast.Yield: "yield is not allowed",
    ast.YieldFrom: "yield is not allowed",
    ast.Slice: "slices are not allowed",
}

_OPERATOR_HINTS = {
    ast.BitXor: "^ is not a power here: write x**2",
    ast.MatMult: "@ is not supported",
    ast.Mod: "% is not supported",
    ast.FloorDiv: "// is not supported: use /",
    ast.BitAnd: "& is not supported",
    ast.BitOr: "| is not supported",
    ast.LShift: "<< is not supported",
    ast.RShift: ">> is not supported",
}


def _column(node) -> int:
    return getattr(node, "col_offset", 0) + 1


def parse_expression(text: str):
    """Read ``text`` into a tree of Num, Var and Call, or raise ExprError."""
    if not isinstance(text, str):
        raise ExprError("an expression must be text")
    if len(text) > MAX_LENGTH:
        raise ExprError(f"the expression is too long ({len(text):,} characters, at most {MAX_LENGTH:,})")
    if not text.strip():
        raise ExprError("the expression is empty", 1, text)
    if "\n" in text.strip() or "\r" in text:
        raise ExprError("write the expression on one line", text.index("\n") + 1 if "\n" in text else 1, text)
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as error:
        message = (error.msg or "invalid syntax").replace("invalid syntax. ", "")
        if "digits" in message:
            raise ExprError("a number in the expression has too many digits", error.offset, text) from None
        if "too many nested" in message or "too complex" in message:
            raise ExprError("the expression is nested too deeply", error.offset, text) from None
        lead = len(text) - len(text.lstrip())
        if not error.offset:  # Python reports no place when the text stops in the middle
            end = len(text.rstrip())
            last = "**" if text.rstrip().endswith("**") else text.rstrip()[-1:]
            if last and last in "+-*/**":
                raise ExprError(f"something must follow the last {last}", end, text) from None
            raise ExprError("the expression ends too soon", end, text) from None
        raise ExprError(message, error.offset + lead, text) from None
    except (RecursionError, MemoryError):
        raise ExprError("the expression is nested too deeply", None, text) from None
    except (ValueError, OverflowError) as error:
        if "digits" in str(error):
            raise ExprError("a number in the expression has too many digits", None, text) from None
        raise ExprError(str(error).split(":")[0], None, text) from None
    lead = len(text) - len(text.lstrip())
    return _convert(tree.body, text, lead)


def _convert(root, text: str, lead: int):
    """Turn the Python syntax tree into our tree, iteratively, checking each node."""
    # Each stack entry: (ast node, depth, done). Results are kept per ast node id.
    results: dict[int, object] = {}
    stack = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        column = _column(node) + lead
        if depth > MAX_DEPTH:
            raise ExprError("the expression is nested too deeply", column, text)
        if not done:
            children = _children(node, column, text)
            stack.append((node, depth, True))
            stack.extend((child, depth + 1, False) for child in reversed(children))
            continue
        results[id(node)] = _build(node, column, text, results)
    return results[id(root)]


def _children(node, column: int, text: str) -> list:
    if isinstance(node, ast.BinOp):
        kind = type(node.op)
        if kind not in _BINARY:
            raise ExprError(_OPERATOR_HINTS.get(kind, "this operator is not supported"), column, text)
        return [node.left, node.right]
    if isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, (ast.USub, ast.UAdd)):
            raise ExprError("only - and + can stand before a value", column, text)
        return [node.operand]
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name):
            raise ExprError("only the functions " + ", ".join(FUNCTIONS) + " can be called", column, text)
        name = node.func.id
        if name not in FUNCTIONS:
            raise ExprError(f"unknown function {name}(); known: {', '.join(FUNCTIONS)}", column, text)
        if node.keywords:
            raise ExprError(f"{name}() takes no named arguments", column, text)
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                raise ExprError(_FORBIDDEN[ast.Starred], _column(arg), text)
        arity = OPS[name].arity
        if arity >= 0 and len(node.args) != arity:
            raise ExprError(f"{name}() takes {arity} argument, not {len(node.args)}", column, text)
        if arity < 0 and not node.args:
            raise ExprError(f"{name}() needs at least one argument", column, text)
        return list(node.args)
    if isinstance(node, (ast.Constant, ast.Name)):
        return []
    for kind, message in _FORBIDDEN.items():
        if isinstance(node, kind):
            raise ExprError(message, column, text)
    raise ExprError(f"{type(node).__name__} is not allowed in an expression", column, text)


def _build(node, column: int, text: str, results: dict):
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            kind = "strings" if isinstance(value, (str, bytes)) else f"{type(value).__name__} values"
            raise ExprError(f"{kind} are not allowed: only numbers", column, text)
        try:
            return Num(float(value), column)
        except OverflowError:
            return Num(math.inf, column)
    if isinstance(node, ast.Name):
        name = node.id
        if name in FUNCTIONS:
            raise ExprError(f"{name} is a function: call it as {name}(...)", column, text)
        if keyword.iskeyword(name) or name.startswith("__"):
            raise ExprError(f"{name} cannot be a variable name", column, text)
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


def variables(tree) -> list[str]:
    """The variable names in ``tree``, in order of first appearance."""
    seen: dict[str, None] = {}
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Var):
            seen.setdefault(node.name, None)
        elif isinstance(node, Call):
            stack.extend(reversed(node.args))
    return list(seen)


def parse_values(text: str) -> dict[str, float]:
    """Read ``x=1, y=3`` (commas, semicolons or new lines between) into ``{"x": 1.0, "y": 3.0}``.

    A value may be arithmetic on numbers (``1/3``, ``-2e-3``, ``sqrt(2)``).
    """
    values: dict[str, float] = {}
    if not isinstance(text, str):
        raise ExprError("values must be text")
    if len(text) > MAX_LENGTH:
        raise ExprError("the values are too long")
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
            raise ExprError(f"write each value as name=number, not {part.strip()!r}", column, text)
        if not name.isidentifier() or keyword.iskeyword(name) or name in FUNCTIONS:
            raise ExprError(f"{name!r} is not a variable name", column, text)
        if name in values:
            raise ExprError(f"{name} is given twice", column, text)
        value_offset = start + part.index("=")  # the column of "=": value text starts after it
        try:
            tree = parse_expression(value_text)
        except ExprError as error:
            column = value_offset + error.column if error.column else value_offset + 1
            raise ExprError(f"{name}: {error.message}", column, text) from None
        if variables(tree):
            raise ExprError(f"{name}: a value must be a number", value_offset + 1, text)
        values[name] = _evaluate_constant(tree)
    return values


def _evaluate_constant(tree) -> float:
    from .ops import compute

    stack = [(tree, False)]
    out: list[float] = []
    while stack:
        node, done = stack.pop()
        if isinstance(node, Num):
            out.append(node.value)
        elif not done:
            stack.append((node, True))
            stack.extend((a, False) for a in reversed(node.args))
        else:
            n = len(node.args)
            args, out[-n:] = out[-n:], []
            out.append(float(compute(node.op, args)))
    return out[0]
