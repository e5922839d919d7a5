"""The current graph as text: an expression, a gradlab.net program and a PyTorch program.

The programs follow the course's net1.py and autograd0.py, run as shown and print the gradients.
They are written from checked names and numbers only: every name passes the builder's rule
(``name_problem``: a Python identifier, no keyword) once more here, every number is written by
``repr`` of a float, every operation is one of the table's, so no text in a session becomes code.
"""

from __future__ import annotations

import math

from ..engine import OPS, Graph, Value, topological_order
from ..engine.graph import name_problem
from ..translation import translate

# How tightly each operation binds, for parentheses in expressions (function calls bind tightest).
_PRECEDENCE = {"add": 1, "sub": 1, "mul": 2, "div": 2, "neg": 3, "pow": 4}


def _literal(value: float, integral_as_int: bool = True) -> str:
    """A number as Python source: always a float's repr (or an int's for a whole one), never other text."""
    try:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError
        value = float(value)
    except (TypeError, OverflowError):  # never text: a graph changed behind the checks
        raise ValueError(translate("graph.codegen", "a node's value is not a number")) from None
    if math.isnan(value):
        return "float('nan')"
    if math.isinf(value):
        return "float('inf')" if value > 0 else "-float('inf')"
    if integral_as_int and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


# The longest expression written: what a line of text holds (Qt's line edits hold 32,767 characters).
TEXT_LIMIT = 30_000


def expression_text(graph: Graph, node: Value | None = None, limit: int = TEXT_LIMIT) -> str:
    """The expression that computes ``node`` (the output by default), intermediate names inlined.

    "" when it would be longer than ``limit`` characters: inlining a node each time it is used can
    make the text grow exponentially (m3 = m2 + m1, m4 = m3 + m2, ... from a session), so each
    text's length is bounded first, in one pass, and no text is built unless all fit.
    """
    node = graph.output if node is None else node
    if node is None:
        return ""
    order = topological_order(node)
    longest: dict[int, int] = {}  # id -> at most how long its text is
    for n in order:
        if n._prev:  # op(a, b) or a op b, with room for parentheses around each input
            size = sum(longest[id(p)] for p in n._prev) + len(n._op) + 4 * len(n._prev) + 4
        else:
            size = len(_literal(n.data)) if n._op == "const" else len(n.label)
        if size > limit:
            return ""
        longest[id(n)] = size
    text: dict[int, tuple[str, int]] = {}  # id -> (text, precedence)
    for n in order:
        if n._op == "const":
            literal = _literal(n.data)
            text[id(n)] = (literal, 0 if literal.startswith("-") else 9)
        elif not n._prev:
            text[id(n)] = (n.label, 9)
        else:
            text[id(n)] = _combine(n, [text[id(p)] for p in n._prev])
    return text[id(node)][0]


def _combine(node: Value, args: list[tuple[str, int]]) -> tuple[str, int]:
    return combine(node._op, args)


def combine(op: str, args: list[tuple[str, int]], call=None, space_all: bool = False) -> tuple[str, int]:
    """Write operation ``op`` of ``args``, with parentheses only where they are needed.

    Each arg is its text and how tightly it binds; so is the result. ``call(op, texts)`` writes a
    function call (default ``exp(x)``); ``space_all`` puts spaces around every infix sign, not
    only around + and -.
    """
    if op not in _PRECEDENCE:
        texts = [a for a, _ in args]
        return (call(op, texts) if call else f"{op}({', '.join(texts)})"), 9
    mine = _PRECEDENCE[op]
    if op == "neg":
        ((a, pa),) = args
        return f"-{a if pa > mine else f'({a})'}", mine
    (a, pa), (b, pb) = args
    # left-associative + - * /: the right side needs parentheses at equal precedence; ** is right-associative
    left = a if pa > mine or (pa == mine and op != "pow") else f"({a})"
    right = b if pb > mine or (pb == mine and op == "pow") else f"({b})"
    symbol = OPS[op].symbol
    spaced = f" {symbol} " if mine == 1 or space_all else symbol
    return f"{left}{spaced}{right}", mine


def values_text(graph: Graph) -> str:
    """The variables' values as the values box reads them: ``x=1, y=3``."""
    return ", ".join(f"{name}={_literal(node.data)}" for name, node in graph.inputs.items())


# The names each program uses itself: a node with one of these names gets a "_" added in that program.
_NET_NAMES = frozenset({"Net", "net", "print", "float"})
_TORCH_NAMES = frozenset({"torch", "print", "float"})


def _program_names(
    graph: Graph, nodes: list[Value], reserved: frozenset[str], name_constants: bool
) -> dict[int, str]:
    """Each node's name in a program (by id): its checked label; the constants in ``nodes`` are c1, c2, ...

    A label that does not pass the builder's rule raises ValueError (the graph was built around
    the checks); one the program needs for itself is renamed.
    """
    labelled = [n for n in graph.all_nodes if n._op != "const"]
    for n in labelled:
        problem = name_problem(n.label)
        if problem is not None:
            raise ValueError(
                translate("graph.codegen", "no program for this graph: {problem}").format(problem=problem)
            )
        if n._op and n._op not in OPS:
            raise ValueError(translate("graph.codegen", "no program for this graph: an unknown operation"))
    used = {n.label for n in labelled}
    names: dict[int, str] = {}
    if name_constants:
        k = 0
        for n in nodes:
            if n._op == "const":
                k += 1
                while f"c{k}" in used:
                    k += 1
                names[id(n)] = f"c{k}"
        used |= set(names.values())
    for n in labelled:
        name = n.label
        if name in reserved:
            while name in reserved or name in used:
                name += "_"
            used.add(name)
        names[id(n)] = name
    return names


def net_program(graph: Graph) -> str:
    """A gradlab.net program in the style of the course's net1.py."""
    nodes = graph.nodes
    names = _program_names(graph, nodes, _NET_NAMES, name_constants=True)

    def name(n: Value) -> str:
        return names[id(n)]

    lines = ["from gradlab.net import Net", "net = Net()", ""]
    for n in nodes:
        if not n._prev:
            note = "  # a constant" if n._op == "const" else ""
            lines.append(f"{name(n)} = net.variable({_literal(n.data)}){note}")
        else:
            lines.append(f"{name(n)} = net.{n._op}({', '.join(name(p) for p in n._prev)})")
    variables = [n for n in nodes if not n._prev and n._op != "const"]
    shown = variables + ([graph.output] if graph.output is not None and graph.output._prev else [])
    lines += [
        "",
        "print('net.forward()=', net.forward())",
        "print('net.backward()')",
        "net.backward()",
        "print(" + ", ".join(f"'{name(n)}=', {name(n)}" for n in shown) + ")",
    ]
    return "\n".join(lines) + "\n"


_TORCH_FUNCTIONS = {"exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu", "abs"}
#: Two-input functions and torch's names for them (both inputs tensors: a constant is wrapped).
TORCH_BINARY_FUNCTIONS = {"max": "maximum", "min": "minimum"}


def torch_program(graph: Graph) -> str:
    """A PyTorch program in the style of the course's autograd0.py (in float64, to match digit for digit)."""
    nodes = graph.nodes
    output = graph.output
    names = _program_names(graph, nodes, _TORCH_NAMES, name_constants=False)

    def operand(n: Value, *, in_tensor_context: bool) -> str:
        if n._op == "const":
            literal = _literal(n.data, integral_as_int=False)
            return literal if in_tensor_context else f"torch.tensor({literal}, dtype=torch.float64)"
        return names[id(n)]

    lines = ["import torch", ""]
    for n in nodes:
        if n._op == "const":
            continue
        if not n._prev:
            value = _literal(n.data, integral_as_int=False)
            lines.append(f"{names[id(n)]} = torch.tensor({value}, dtype=torch.float64, requires_grad=True)")
            continue
        op = n._op
        any_tensor = any(p._op != "const" for p in n._prev)
        if op in _TORCH_FUNCTIONS:
            expr = f"torch.{op}({operand(n._prev[0], in_tensor_context=False)})"
        elif op in TORCH_BINARY_FUNCTIONS:
            parts = ", ".join(operand(p, in_tensor_context=False) for p in n._prev)
            expr = f"torch.{TORCH_BINARY_FUNCTIONS[op]}({parts})"
        elif op == "norm":
            parts = ", ".join(operand(p, in_tensor_context=False) for p in n._prev)
            expr = f"torch.stack([{parts}]).norm()"
        elif op == "neg":
            expr = f"-{operand(n._prev[0], in_tensor_context=False)}"
        else:
            a, b = (operand(p, in_tensor_context=any_tensor) for p in n._prev)
            expr = f"{a} {OPS[op].symbol} {b}"
        lines.append(f"{names[id(n)]} = {expr}")
    if output is None:
        return "\n".join(lines) + "\n"
    if output._op == "const":  # a session may name a number as the output
        lines += ["", "# the output is a constant: there is nothing to differentiate"]
        return "\n".join(lines) + "\n"
    variables = [names[id(n)] for n in nodes if not n._prev and n._op != "const"]
    result = names[id(output)]
    lines += ["", f"{result}.backward()", ""]
    lines += [f"print('{v}.grad =', {v}.grad.item())" for v in variables]
    lines.append(f"print('{result} =', {result}.item())")
    return "\n".join(lines) + "\n"
