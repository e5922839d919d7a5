"""Reading an expression with explicit stacks: a sum of 2,500 terms is long, not deep.

Python's ``ast`` builds its tree recursively, so ``x + x + ... + x`` past about 3,000 terms fails
inside it (RecursionError) though nothing in it is nested. This reader takes the language gradlab
accepts (numbers, names, + - * / **, signs, brackets, calls) in one pass, counting nodes and nesting
as it goes, so the limits hold before anything big exists. Anything else it leaves to the ast
reader (``UnsupportedError``), whose messages say exactly what is wrong.
"""

from __future__ import annotations

import keyword
import math
import re
import sys
import unicodedata

from . import expr
from .expr import Call, ExprError, Num, Var
from .ops import FUNCTIONS, OPS

_BINARY = {"+": "add", "-": "sub", "*": "mul", "/": "div", "**": "pow"}
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "sign": 3, "**": 4}  # Python's: -x**2 is -(x**2)
_DIGITS = r"[0-9](?:_?[0-9])*"
_NUMBER = re.compile(
    r"0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+"
    rf"|(?:(?:{_DIGITS})?\.{_DIGITS}|{_DIGITS}\.?)(?:[eE][-+]?{_DIGITS})?"
)
# A run of characters that may make a name: ASCII letters, digits and _, and anything past ASCII
# (whether those make a name is Python's rule, str.isidentifier, asked once the run is cut).
_NAME = re.compile(r"[A-Za-z_\x80-\U0010ffff][0-9A-Za-z_\x80-\U0010ffff]*")
_SPACE = re.compile(r"[ \t]*")
_CONSTANTS = {"True": True, "False": False, "None": None}
MAX_BRACKETS = 200  # Python's own limit for nested brackets


class UnsupportedError(Exception):
    """The text needs the ast reader: a mistake (``error`` says it, should Python not) or a rare form."""

    def __init__(self, error: ExprError):
        super().__init__(error.message)
        self.error = error


def read(line: str, lead: int, text: str):
    """The tree of ``line`` (``text`` stripped of ``lead`` characters before it), or UnsupportedError."""
    return _Reader(line, lead, text).run()


class _Reader:
    """Operator precedence with two stacks: operands (node, where its text starts) and operators.

    Every operator on the stack but a bracket holds the next operand inside it, so their count is
    how deeply that operand is nested; the left operand of + - * / is not nested (a flat sum is a
    chain, not a tower), which is what Python's recursion cannot tell apart.
    """

    def __init__(self, line: str, lead: int, text: str):
        self.line, self.lead, self.text = line, lead, text
        self.values: list[tuple[object, int]] = []
        self.ops: list[list] = []  # [kind, payload, column]: "sign", "binary", "(", "call"
        self.nesting = self.brackets = self.nodes = 0
        self.at = lead + 1  # the column being read: where a count that passes the limit is shown

    def run(self):
        line, end = self.line, len(self.line)
        position, operand, after_comma = 0, True, False
        while True:
            position = _SPACE.match(line, position).end()
            if position == end:
                break
            char, column = line[position], self.lead + position + 1
            self.at = column
            if operand:
                position, operand = self._operand(position, column, after_comma)
                after_comma = False
                continue
            after_comma = False
            sign = "**" if line.startswith("**", position) else char
            if sign in _BINARY:
                self._reduce_down_to(_PRECEDENCE[sign], right=sign == "**")
                self._push("binary", sign, column)
                position, operand = position + len(sign), True
            elif char == "," and self._innermost() == "call":
                self.ops[-1][1][1] += 1
                position, operand, after_comma = position + 1, True, True
            elif char == ")" and self._innermost() == "(":
                _, _, opened = self.ops.pop()
                self.brackets -= 1
                node, _ = self.values.pop()
                self.values.append((node, opened))  # "(x + 1) * 2" starts at its bracket
                position += 1
            elif char == ")" and self._innermost() == "call":
                self.ops[-1][1][1] += 1
                self._close_call()
                position += 1
            else:
                self._stop(None, column)
        if operand:
            self._stop(None, self.lead + end + 1)
        self.at = self.lead + end
        self._reduce_down_to(0, right=False)
        if self.ops:
            self._stop(None, self.ops[-1][2])
        return self.values[0][0]

    def _operand(self, position: int, column: int, after_comma: bool) -> tuple[int, bool]:
        """Read what starts an operand at ``position``; return where reading goes on, and what comes next."""
        line, char = self.line, self.line[position]
        if char in "+-":
            self._push("sign", char, column)
            return position + 1, True
        if char == "(":
            self._push("(", None, column)
            return position + 1, True
        if char == ")" and self.ops and self.ops[-1][0] == "call":
            if after_comma:  # exp(x,): Python allows the comma
                self._close_call()
                return position + 1, False
            if self.ops[-1][1][1] == 0:
                self._stop(_arity_message(self.ops[-1][1][0], 0), self.ops[-1][2])
        if number := _NUMBER.match(line, position):
            value = self._number(number.group(), number.end(), column)
            self._counted(column)
            self.values.append((Num(value, column), column))
            return number.end(), False
        name = _NAME.match(line, position)
        if name is None:
            self._stop(None, column)
        word = self._name(name.group(), column)
        after = _SPACE.match(line, name.end()).end()
        if after < len(line) and line[after] == "(":
            if word not in FUNCTIONS:
                self._stop(expr.unknown_function(word), column)
            self._push("call", [word, 0], column)
            return after + 1, True
        if word in FUNCTIONS:
            self._stop(expr.function_as_name(word), column)
        if word.startswith("__"):
            self._stop(expr.not_a_variable(word), column)
        self._counted(column)
        self.values.append((Var(word, column), column))
        return name.end(), False

    def _innermost(self) -> str | None:
        """The innermost open bracket's kind ("(" or "call") once the operators inside it are reduced."""
        self._reduce_down_to(0, right=False)
        return self.ops[-1][0] if self.ops else None

    def _reduce_down_to(self, precedence: int, right: bool) -> None:
        """Apply the operators on the stack that bind at least as tightly as one of ``precedence``."""
        ops = self.ops
        while ops and ops[-1][0] in ("sign", "binary"):
            top = _PRECEDENCE["sign" if ops[-1][0] == "sign" else ops[-1][1]]
            if top < precedence or (top == precedence and right):
                return
            self._reduce()

    def _reduce(self) -> None:
        kind, sign, column = self.ops.pop()
        self.nesting -= 1
        if kind == "sign":
            node, _ = self.values.pop()
            if sign == "+":
                self.values.append((node, column))
            elif isinstance(node, Num):  # -3 is a number, not an operation on 3
                self.values.append((Num(-node.value, column), column))
            else:
                self._counted(column)
                self.values.append((Call("neg", (node,), column), column))
            return
        right, _ = self.values.pop()
        left, start = self.values.pop()
        self._counted(start)
        self.values.append((Call(_BINARY[sign], (left, right), start), start))

    def _push(self, kind: str, payload, column: int) -> None:
        self.ops.append([kind, payload, column])
        if kind in ("(", "call"):
            self.brackets += 1
            if self.brackets > MAX_BRACKETS:
                raise ExprError(expr.too_deep(), column, self.text)
        if kind != "(":
            self.nesting += 1  # the next operand sits inside this operation
            if self.nesting > expr.MAX_DEPTH:
                raise ExprError(expr.too_deep(), column, self.text)

    def _close_call(self) -> None:
        """Replace a call's arguments on the operand stack with the call, its arity checked."""
        _, (name, count), column = self.ops.pop()
        self.brackets -= 1
        self.nesting -= 1
        arity = OPS[name].arity
        if arity >= 0 and count != arity:
            self._stop(_arity_message(name, count), column)
        args = tuple(node for node, _ in self.values[len(self.values) - count :])
        del self.values[len(self.values) - count :]
        self._counted(column)
        self.values.append((Call(name, args, column), column))

    def _counted(self, column: int) -> None:
        self.nodes += 1
        if self.nodes > expr.MAX_NODES:
            raise ExprError(expr.too_many_nodes(expr.MAX_NODES), self.at, self.text)

    def _stop(self, message: str | None, column: int):
        raise UnsupportedError(ExprError(message or expr.python_message("invalid syntax"), column, self.text))

    def _number(self, token: str, end: int, column: int) -> float:
        """A number as Python reads it: 1_000, 0x1F, 1e-3, and inf past the largest float."""
        line = self.line
        prefixed = token[:2].lower() in ("0x", "0o", "0b")
        if end < len(line) and line[end] in "jJ" and not prefixed:  # 2j, as the ast reader says it
            self._stop(expr.not_a_number(complex(0, float(token))), column)
        if end < len(line) and (line[end].isalnum() or line[end] in "._"):
            self._stop(None, column)  # 2x, 1.2.3, 1e: Python's own words say what is wrong
        if prefixed:
            value = int(token, 0)
        elif any(c in token for c in ".eE"):
            return float(token)
        else:
            digits = token.replace("_", "")
            if digits[0] == "0" and digits.strip("0"):
                self._stop(None, column)  # 012: Python refuses leading zeros
            limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 0
            if limit and len(digits) > limit:
                self._stop(expr.too_many_digits(), column)
            value = int(digits)
        try:
            return float(value)
        except OverflowError:
            return math.inf

    def _name(self, run: str, column: int) -> str:
        """A name as Python reads it (NFKC past ASCII), or UnsupportedError."""
        if not run.isidentifier():
            self._stop(None, column)
        word = run if run.isascii() else unicodedata.normalize("NFKC", run)
        if keyword.iskeyword(word):
            self._stop(expr.not_a_number(_CONSTANTS[word]) if word in _CONSTANTS else None, column)
        return word


def _arity_message(name: str, count: int) -> str:
    if OPS[name].arity < 0:
        return expr.needs_argument(name)
    return expr.wrong_arity(name, OPS[name].arity, count)
