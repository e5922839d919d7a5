"""A named computational graph: variables, operations and one output, built by hand or from text.

``Graph`` is what the Graph tab draws and what a student builds in a notebook::

    g = parse("x*x + y*y", x=1, y=3)
    g.forward()     # 10.0
    g.backward()
    g.gradients()   # {'x': 2.0, 'y': 6.0}
"""

from __future__ import annotations

import keyword
import unicodedata

from ..translation import translate
from .explain import format_number
from .expr import (  # a graph's limit is an expression's
    MAX_NODES,
    Call,
    ExprError,
    Num,
    Var,
    parse_expression,
    post_order,
    variables,
)
from .numeric import numerical_gradient
from .ops import FUNCTIONS, OPS, compute
from .value import Value, topological_order

NAME_LIMIT = 64  # characters in a variable's or an operation's name
MAX_EDGES = 20_000  # inputs of all operations together (a norm of many inputs is one node)


def name_problem(name) -> str | None:
    """Why ``name`` cannot name a node (a sentence), or None when it can.

    The one rule for every name, typed in the builder or read from a session: the code generators
    paste names into Python programs, so a name must be a plain Python identifier as Python reads
    it (not a keyword, not Python's own ``__x``, unchanged by Unicode's NFKC normal form, which
    Python applies to identifiers), not a function's name, and short.
    """
    if not isinstance(name, str):
        return translate("engine.graph", "the name is {value}, not text").format(value=shown_value(name))
    if len(name) > NAME_LIMIT:
        message = translate("engine.graph", "the name {name} is {length:,} characters long (at most {limit})")
        return message.format(name=shown_value(name), length=len(name), limit=NAME_LIMIT)
    if not name.isidentifier():
        message = translate(
            "engine.graph", "{name} is not a valid name: use letters, digits and _, not starting with a digit"
        )
        return message.format(name=shown_value(name))
    if keyword.iskeyword(name):
        return translate("engine.graph", "{name} is a Python keyword, not a name").format(name=repr(name))
    if name.startswith("__"):
        message = translate(
            "engine.graph", "{name} cannot be a name: names starting with __ are Python's own"
        )
        return message.format(name=repr(name))
    normal = unicodedata.normalize("NFKC", name)
    if normal != name:
        message = translate("engine.graph", "{name} is not a valid name: Python reads it as {normal}")
        return message.format(name=shown_value(name), normal=shown_value(normal))
    if name in FUNCTIONS:
        return translate("engine.graph", "{name} is the name of a function").format(name=repr(name))
    return None


def check_name(name) -> str:
    """``name`` if it can name a node (``name_problem``), else ValueError saying why."""
    problem = name_problem(name)
    if problem is not None:
        raise ValueError(problem)
    return name


def shown_value(value, limit: int = 40) -> str:
    """A value read from a file, for a message: repr'd (one line, escaped), cut if long."""
    if isinstance(value, str):
        return repr(value[:limit]) + ("…" if len(value) > limit else "")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**limit:
        return translate("engine.graph", "an integer of about {digits:,} digits").format(
            digits=int(value.bit_length() * 0.30103) + 1
        )
    if isinstance(value, (bool, int, float)) or value is None:
        return repr(value)
    return translate("engine.graph", "a {kind}").format(kind=type(value).__name__)


def too_many_nodes() -> str:
    return translate("engine.graph", "a graph has at most {limit:,} nodes").format(limit=MAX_NODES)


def too_many_edges() -> str:
    message = translate("engine.graph", "a graph's operations have at most {limit:,} inputs in all")
    return message.format(limit=MAX_EDGES)


class Graph:
    """Variables (``inputs``), operation nodes in the order they were made, and an ``output``."""

    def __init__(self) -> None:
        self._nodes: list[Value] = []
        self._named: dict[str, Value] = {}  # variables and operations by name: find() at once
        self._operations = 0
        self._edges = 0
        self.inputs: dict[str, Value] = {}
        self.output: Value | None = None

    # --- building ----------------------------------------------------------------------------

    def variable(self, name: str, value: float) -> Value:
        """A named input whose gradient we want."""
        check_name(name)
        if self.find(name) is not None:
            raise ValueError(_name_used(name))
        self._check_room()
        node = Value(float(value), (), "", name)
        self.inputs[name] = node
        self._named[name] = node
        self._nodes.append(node)
        return node

    def constant(self, value: float) -> Value:
        """A number in the expression; it gets no gradient."""
        self._check_room()
        node = Value(float(value), (), "const", format_number(float(value)))
        self._nodes.append(node)
        return node

    def _check_room(self, edges: int = 0) -> None:
        if len(self._nodes) >= MAX_NODES:
            raise ValueError(too_many_nodes())
        if self._edges + edges > MAX_EDGES:
            raise ValueError(too_many_edges())

    def apply(self, op: str, *inputs: Value, name: str | None = None) -> Value:
        """A new node computing ``op`` of ``inputs`` (nodes of this graph); it becomes the output."""
        if op not in OPS:
            raise ValueError(translate("engine.graph", "unknown operation {op}").format(op=repr(op)))
        arity = OPS[op].arity
        if (arity >= 0 and len(inputs) != arity) or not inputs:
            message = translate("engine.graph", "{op} takes {arity} inputs, not {count}")
            raise ValueError(message.format(op=op, arity=arity, count=len(inputs)))
        if name is not None:
            check_name(name)
            if self.find(name) is not None:
                raise ValueError(_name_used(name))
        self._check_room(len(inputs))
        node = Value(compute(op, [i.data for i in inputs]), tuple(inputs), op)
        self._nodes.append(node)
        self._operations += 1
        self._edges += len(inputs)
        self._name(node, name or self._fresh_name())
        self.output = node
        return node

    def _fresh_name(self) -> str:
        k = self._operations
        while self.find(f"n{k}") is not None:
            k += 1
        return f"n{k}"

    def _name(self, node: Value, name: str) -> None:
        """Give an operation node its (checked, unused) name."""
        if self._named.get(node.label) is node:
            del self._named[node.label]
        node.label = name
        self._named[name] = node

    def find(self, name: str) -> Value | None:
        """The variable or operation node called ``name``."""
        node = self._named.get(name)
        return node if node is not None and node.label == name else None

    # --- reading -----------------------------------------------------------------------------

    @property
    def nodes(self) -> list[Value]:
        """The nodes the output depends on, each after its inputs (the order they were made)."""
        if self.output is None:
            return list(self._nodes)
        needed = {id(n) for n in topological_order(self.output)}
        return [n for n in self._nodes if id(n) in needed]

    @property
    def all_nodes(self) -> list[Value]:
        """Every node, used by the output or not, in the order they were made."""
        return list(self._nodes)

    @property
    def operations(self) -> list[Value]:
        return [n for n in self.nodes if n._prev]

    def gradients(self) -> dict[str, float]:
        return {name: node.grad for name, node in self.inputs.items()}

    def values(self) -> dict[str, float]:
        return {name: node.data for name, node in self.inputs.items()}

    # --- computing ---------------------------------------------------------------------------

    def set_values(self, **values: float) -> None:
        for name, value in values.items():
            if name not in self.inputs:
                raise KeyError(f"no variable called {name}")
            self.inputs[name].data = float(value)

    def forward(self) -> float:
        """Recompute every node from the inputs' current values; return the output's value."""
        for node in self.nodes:
            if node._prev:
                node.data = compute(node._op, [p.data for p in node._prev])
        return self.output.data if self.output is not None else float("nan")

    def backward(self, accumulate: bool = False) -> None:
        """Gradients of the output for every node (see ``Value.backward``)."""
        if self.output is None:
            raise ValueError(translate("engine.graph", "the graph has no output"))
        self.output.backward(accumulate)

    def numerical_gradient(self, h: float = 1e-6, between=None) -> dict[str, float]:
        """∂output/∂input by central differences, to check ``backward`` against.

        ``between()``, if given, is called before each forward pass (a worker thread passes one
        that lets other threads run).
        """
        start = self.values()

        def evaluate(**values: float) -> float:
            if between is not None:
                between()
            self.set_values(**values)
            return self.forward()

        try:
            return numerical_gradient(evaluate, start, h)
        finally:
            self.set_values(**start)
            self.forward()

    def descend(self, rate: float, classic: bool = False) -> float:
        """One step of gradient descent; returns the output's value before the step.

        Plain (the default): forward, backward, then every variable moves once against its summed
        gradient, ``x -= rate * x.grad``. ``classic`` is the course's net.py update: every gate
        moves each of its inputs by ``rate * grad`` and then clears their gradients, so a variable
        used twice moves twice (with rate 0.01, x*x descends like plain descent at 0.02).
        """
        value = self.forward()
        self.backward()
        if classic:
            for gate in self.operations:
                movable = [node for node in gate._prev if node._op != "const"]
                for node in movable:
                    node.data -= rate * node.grad
                for node in movable:
                    node.grad = 0.0
        else:
            for node in self.inputs.values():
                node.data -= rate * node.grad
        self.forward()
        return value

    # --- saving ------------------------------------------------------------------------------

    def to_spec(self) -> dict:
        """The graph as plain data (JSON-ready): nodes in order, inputs by index, the output's index."""
        index = {id(n): i for i, n in enumerate(self._nodes)}
        nodes = []
        for n in self._nodes:
            if n._prev:
                nodes.append({"name": n.label, "op": n._op, "inputs": [index[id(p)] for p in n._prev]})
            elif n._op == "const":
                nodes.append({"constant": n.data})
            else:
                nodes.append({"name": n.label, "value": n.data})
        output = index[id(self.output)] if self.output is not None else None
        return {"nodes": nodes, "output": output}

    @classmethod
    def from_spec(cls, spec) -> Graph:
        """Rebuild a graph from ``to_spec``'s data; a malformed spec raises ValueError saying why.

        Linear in the spec's size; the node and input limits are checked before each node is made,
        every name and number before it is used.
        """
        try:
            items = spec["nodes"]
            output = spec.get("output")
        except (TypeError, KeyError, AttributeError):
            items = None
        if not isinstance(items, (list, tuple)):
            raise ValueError(translate("engine.graph", "a graph needs a list of nodes"))
        if len(items) > MAX_NODES:
            message = translate("engine.graph", "the graph has {count:,} nodes; {limit}")
            raise ValueError(message.format(count=len(items), limit=too_many_nodes()))
        graph = cls()
        made: list[Value] = []
        for i, item in enumerate(items):
            try:
                made.append(graph._node_from_spec(item, made))
            except (TypeError, ValueError, OverflowError) as error:
                message = translate("engine.graph", "node {number}: {error}")
                raise ValueError(message.format(number=i + 1, error=error)) from None
        if output is not None:
            if isinstance(output, bool) or not isinstance(output, int) or not 0 <= output < len(made):
                raise ValueError(translate("engine.graph", "the output refers to a missing node"))
            graph.output = made[output]
        else:
            graph.output = None
        return graph

    def _node_from_spec(self, item, made: list[Value]) -> Value:
        if not isinstance(item, dict):
            raise ValueError(translate("engine.graph", "not a node"))
        if "op" in item:
            op = item["op"]
            if not isinstance(op, str) or op not in OPS:
                message = translate("engine.graph", "unknown operation {op}")
                raise ValueError(message.format(op=shown_value(op)))
            name = check_name(_field(item, "name"))
            indices = _field(item, "inputs")
            if not isinstance(indices, list):
                raise ValueError(translate("engine.graph", "its inputs are not a list of node numbers"))
            self._check_room(len(indices))
            inputs = []
            for j in indices:
                if isinstance(j, bool) or not isinstance(j, int) or not 0 <= j < len(made):
                    raise ValueError(translate("engine.graph", "an input refers to a later or missing node"))
                inputs.append(made[j])
            return self.apply(op, *inputs, name=name)
        if "constant" in item:
            return self.constant(_number(item["constant"]))
        name = check_name(_field(item, "name"))
        return self.variable(name, _number(_field(item, "value")))

    def steps(self, accumulate: bool = False):
        """A ``Stepper`` that walks this graph's forward and backward passes one event at a time."""
        from .steps import Stepper

        return Stepper(self, accumulate)


def _field(item: dict, key: str):
    if key not in item:
        raise ValueError(translate("engine.graph", "it has no {key}").format(key=key))
    return item[key]


def _number(value) -> float:
    """A node's number read from a spec: an int or a float (inf and nan too: a descent may diverge)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        message = translate("engine.graph", "{value} is not a number")
        raise ValueError(message.format(value=shown_value(value)))
    try:
        return float(value)
    except OverflowError:
        message = translate("engine.graph", "{value} is too large for a number gradlab computes with")
        raise ValueError(message.format(value=shown_value(value))) from None


def _name_used(name: str) -> str:
    return translate("engine.graph", "the name {name} is already used").format(name=name)


def parse(text: str, /, **values: float) -> Graph:
    """Build the graph of expression ``text`` with the variables set to ``values``.

    Raises ExprError for a mistake in the text or a variable with no value. ``text`` is positional
    only, so a variable may be called "text" too.
    """
    tree = parse_expression(text)
    missing = [name for name in variables(tree) if name not in values]
    if missing:
        raise ExprError(
            translate("engine.graph", "no value given for {names}").format(names=", ".join(missing))
        )
    numbers = {}
    for name in variables(tree):
        problem = name_problem(name)
        if problem is not None:
            raise ExprError(problem)
        try:
            numbers[name] = float(values[name])
        except (TypeError, ValueError, OverflowError):
            message = translate("engine.graph", "the value of {name} must be a number")
            raise ExprError(message.format(name=name)) from None
    graph = Graph()
    built: dict[int, Value] = {}
    try:
        for name, number in numbers.items():
            graph.variable(name, number)
        for node in post_order(tree):
            if isinstance(node, Num):
                built[id(node)] = graph.constant(node.value)
            elif isinstance(node, Var):
                built[id(node)] = graph.inputs[node.name]
            else:
                assert isinstance(node, Call)
                built[id(node)] = graph.apply(node.op, *[built[id(a)] for a in node.args])
    except ValueError as error:  # the node or input limit
        raise ExprError(str(error)) from None
    result = built[id(tree)]
    graph.output = result
    if result._prev:
        if graph.find("o") is None:
            graph._name(result, "o")
    return graph
