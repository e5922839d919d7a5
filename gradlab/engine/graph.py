"""A named computational graph: variables, operations and one output, built by hand or from text.

``Graph`` is what the Graph tab draws and what a student builds in a notebook::

    g = parse("x*x + y*y", x=1, y=3)
    g.forward()     # 10.0
    g.backward()
    g.gradients()   # {'x': 2.0, 'y': 6.0}
"""

from __future__ import annotations

from ..translation import translate
from .explain import format_number
from .expr import Call, ExprError, Num, Var, parse_expression, post_order, variables
from .numeric import numerical_gradient
from .ops import OPS, compute
from .value import Value, topological_order


class Graph:
    """Variables (``inputs``), operation nodes in the order they were made, and an ``output``."""

    def __init__(self) -> None:
        self._nodes: list[Value] = []
        self.inputs: dict[str, Value] = {}
        self.output: Value | None = None

    # --- building ----------------------------------------------------------------------------

    def variable(self, name: str, value: float) -> Value:
        """A named input whose gradient we want."""
        if not name.isidentifier():
            raise ValueError(translate("engine.graph", "{name} is not a valid name").format(name=repr(name)))
        if self.find(name) is not None:
            raise ValueError(_name_used(name))
        node = Value(float(value), (), "", name)
        self.inputs[name] = node
        self._nodes.append(node)
        return node

    def constant(self, value: float) -> Value:
        """A number in the expression; it gets no gradient."""
        node = Value(float(value), (), "const", format_number(float(value)))
        self._nodes.append(node)
        return node

    def apply(self, op: str, *inputs: Value, name: str | None = None) -> Value:
        """A new node computing ``op`` of ``inputs`` (nodes of this graph); it becomes the output."""
        if op not in OPS:
            raise ValueError(translate("engine.graph", "unknown operation {op}").format(op=repr(op)))
        arity = OPS[op].arity
        if (arity >= 0 and len(inputs) != arity) or not inputs:
            message = translate("engine.graph", "{op} takes {arity} inputs, not {count}")
            raise ValueError(message.format(op=op, arity=arity, count=len(inputs)))
        if name is not None and self.find(name) is not None:
            raise ValueError(_name_used(name))
        node = Value(compute(op, [i.data for i in inputs]), tuple(inputs), op)
        node.label = name or self._fresh_name()
        self._nodes.append(node)
        self.output = node
        return node

    def _fresh_name(self) -> str:
        used = {n.label for n in self._nodes}
        k = sum(1 for n in self._nodes if n._prev) + 1
        while f"n{k}" in used:
            k += 1
        return f"n{k}"

    def find(self, name: str) -> Value | None:
        """The variable or operation node called ``name``."""
        for node in self._nodes:
            if node.label == name and node._op != "const":
                return node
        return None

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
        """Rebuild a graph from ``to_spec``'s data; a malformed spec raises ValueError saying why."""
        try:
            items = list(spec["nodes"])
            output = spec.get("output")
        except (TypeError, KeyError, AttributeError):
            raise ValueError(translate("engine.graph", "a graph needs a list of nodes")) from None
        graph = cls()
        made: list[Value] = []
        for i, item in enumerate(items):
            try:
                if not isinstance(item, dict):
                    raise ValueError(translate("engine.graph", "not a node"))
                if "op" in item:
                    inputs = [made[j] for j in item["inputs"] if isinstance(j, int) and 0 <= j < i]
                    if len(inputs) != len(item["inputs"]):
                        raise ValueError(
                            translate("engine.graph", "an input refers to a later or missing node")
                        )
                    node = graph.apply(str(item["op"]), *inputs, name=str(item["name"]))
                elif "constant" in item:
                    node = graph.constant(_number(item["constant"]))
                else:
                    node = graph.variable(str(item["name"]), _number(item["value"]))
            except (KeyError, TypeError, ValueError) as error:
                message = translate("engine.graph", "node {number}: {error}")
                raise ValueError(message.format(number=i + 1, error=error)) from None
            made.append(node)
        if output is not None:
            if not isinstance(output, int) or not 0 <= output < len(made):
                raise ValueError(translate("engine.graph", "the output refers to a missing node"))
            graph.output = made[output]
        else:
            graph.output = None
        return graph

    def steps(self, accumulate: bool = False):
        """A ``Stepper`` that walks this graph's forward and backward passes one event at a time."""
        from .steps import Stepper

        return Stepper(self, accumulate)


def _number(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(translate("engine.graph", "{value} is not a number").format(value=repr(value)))
    return float(value)


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
    graph = Graph()
    for name in variables(tree):
        try:
            graph.variable(name, values[name])
        except (TypeError, ValueError, OverflowError):
            message = translate("engine.graph", "the value of {name} must be a number")
            raise ExprError(message.format(name=name)) from None
    built: dict[int, Value] = {}
    for node in post_order(tree):
        if isinstance(node, Num):
            built[id(node)] = graph.constant(node.value)
        elif isinstance(node, Var):
            built[id(node)] = graph.inputs[node.name]
        else:
            assert isinstance(node, Call)
            built[id(node)] = graph.apply(node.op, *[built[id(a)] for a in node.args])
    result = built[id(tree)]
    graph.output = result
    if result._prev:
        if graph.find("o") is None:
            result.label = "o"
    return graph
