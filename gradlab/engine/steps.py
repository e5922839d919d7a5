"""Walking a graph one event at a time: each forward node, then each backward edge, with undo.

The events carry everything a view needs to draw and explain the step; ``text`` is a ready-made
sentence (``x2 = x * x = 1 * 1 = 1``, ``x.g += ∂x2/∂x * x2.g = 1 * 1 -> 2``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import explain
from .ops import chain, compute, local_derivatives
from .value import Value


@dataclass(frozen=True, eq=False)
class ForwardStep:
    """One node computed from its inputs."""

    node: Value
    op: str
    inputs: tuple[Value, ...]
    input_values: tuple
    value: float
    previous: float = field(repr=False)

    kind = "forward"

    def explain(self, times: str = "*", arrow: str = "->") -> str:
        names = [n.label for n in self.inputs]
        return explain.forward_text(self.node.label, self.op, names, self.input_values, self.value, times)

    @property
    def text(self) -> str:
        return self.explain()


@dataclass(frozen=True, eq=False)
class SeedStep:
    """The start of the backward pass: every gradient cleared, the output's set to 1."""

    node: Value
    previous_grads: tuple[tuple[Value, float], ...] = field(repr=False)

    kind = "seed"

    def explain(self, times: str = "*", arrow: str = "->") -> str:
        return explain.seed_text(self.node.label, times, arrow)

    @property
    def text(self) -> str:
        return self.explain()


@dataclass(frozen=True, eq=False)
class BackwardStep:
    """One edge of the backward pass: the chain rule adds ``contribution`` to ``child.grad``.

    ``parent`` is the node the gradient comes from, ``child`` the input it flows into, ``index``
    which of the parent's inputs (x*x has two edges into x), ``local`` = ∂parent/∂child.
    """

    parent: Value
    child: Value
    index: int
    local: float
    parent_grad: float
    contribution: float
    previous_grad: float
    grad: float

    kind = "backward"

    def explain(self, times: str = "*", arrow: str = "->") -> str:
        line = explain.backward_text(
            self.parent.label, self.child.label, self.local, self.parent_grad, self.grad, times, arrow
        )
        return explain.with_route(line, self.route)

    @property
    def route(self) -> str:
        """For max and min, which input the gradient went to and why (torch's rule); else ""."""
        inputs = self.parent._prev
        names, values = [p.label for p in inputs], [p.data for p in inputs]
        return explain.route_text(self.parent._op, names, self.index, values)

    @property
    def text(self) -> str:
        return self.explain()


class Stepper:
    """The forward and backward passes of a graph as a sequence of steps that can be undone.

    The plan is fixed when the stepper is made: a forward step per operation node (inputs before
    the nodes that use them), a seed step, then a backward step per edge, from the output back.
    Edges into constants are skipped: a constant needs no gradient (torch computes none either).
    """

    def __init__(self, graph, accumulate: bool = False):
        self.graph = graph
        self.accumulate = accumulate
        nodes = graph.nodes
        operations = [n for n in nodes if n._prev]
        self._plan: list[tuple] = [("forward", n) for n in operations]
        self.forward_count = len(self._plan)
        if graph.output is not None:
            self._plan.append(("seed", graph.output))
            for parent in reversed(operations):
                for index, child in enumerate(parent._prev):
                    if child._op != "const":
                        self._plan.append(("backward", parent, index))
        self.history: list = []
        self._computed: set[int] = set()
        self._grad_edges: dict[int, int] = {}
        self._locals: tuple | None = None  # (an operation, its inputs' derivatives): see _backward

    # --- where we are ------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._plan)

    @property
    def position(self) -> int:
        return len(self.history)

    @property
    def phase(self) -> str:
        """``forward``, ``backward`` (the seed step is next or done) or ``done``."""
        if self.position < self.forward_count:
            return "forward"
        if self.position < self.total:
            return "backward"
        return "done"

    @property
    def done(self) -> bool:
        return self.position >= self.total

    def value_known(self, node: Value) -> bool:
        """Whether the walk has computed ``node``'s value yet (leaves are known from the start)."""
        return not node._prev or id(node) in self._computed

    def grad_known(self, node: Value) -> bool:
        """Whether ``node`` has a gradient yet in this walk."""
        if self.position <= self.forward_count:
            return False
        if node is self.graph.output or id(node) in self._grad_edges:
            return True
        return self.accumulate and not node._prev and node._op != "const"

    # --- moving ------------------------------------------------------------------------------

    def step(self):
        """Take the next step and return its event, or None when the walk is complete."""
        if self.done:
            return None
        kind, node, *rest = self._plan[self.position]
        if kind != "backward":
            self._locals = None
        if kind == "forward":
            event = self._forward(node)
        elif kind == "seed":
            event = self._seed(node)
        else:
            event = self._backward(node, rest[0])
        self.history.append(event)
        return event

    def undo(self):
        """Undo the last step, restoring the numbers it changed; return its event, or None."""
        if not self.history:
            return None
        event = self.history.pop()
        self._locals = None
        if event.kind == "forward":
            event.node.data = event.previous
            self._computed.discard(id(event.node))
        elif event.kind == "seed":
            for node, grad in event.previous_grads:
                node.grad = grad
        else:
            event.child.grad = event.previous_grad
            key = id(event.child)
            self._grad_edges[key] -= 1
            if not self._grad_edges[key]:
                del self._grad_edges[key]
        return event

    def run_forward(self) -> list:
        """Every remaining forward step."""
        events = []
        while self.phase == "forward":
            events.append(self.step())
        return events

    def run_backward(self) -> list:
        """Every remaining step, forward ones included."""
        events = []
        while not self.done:
            events.append(self.step())
        return events

    def reset(self) -> None:
        """Undo every step taken."""
        while self.history:
            self.undo()

    # --- the three kinds of step -------------------------------------------------------------

    def _forward(self, node: Value) -> ForwardStep:
        inputs = node._prev
        values = tuple(p.data for p in inputs)
        previous = node.data
        node.data = compute(node._op, values)
        self._computed.add(id(node))
        return ForwardStep(node, node._op, inputs, values, node.data, previous)

    def _seed(self, output: Value) -> SeedStep:
        nodes = self.graph.nodes
        previous = tuple((n, n.grad) for n in nodes)
        for n in nodes:
            if n._prev or not self.accumulate:
                n.grad = 0.0
        output.grad = 1.0
        return SeedStep(output, previous)

    def _backward(self, parent: Value, index: int) -> BackwardStep:
        child = parent._prev[index]
        # An operation's edges are walked one after another, and each needs the derivatives of all
        # its inputs: computed once per operation, not once per edge (norm of 4,800 inputs was 23
        # million derivatives). Nothing changes the numbers between those steps; any other step
        # forgets them.
        if self._locals is None or self._locals[0] is not parent:
            values = [p.data for p in parent._prev]
            self._locals = (parent, local_derivatives(parent._op, parent.data, values))
        local = self._locals[1][index]
        contribution = chain(local, parent.grad)
        previous = child.grad
        child.grad = previous + contribution
        key = id(child)
        self._grad_edges[key] = self._grad_edges.get(key, 0) + 1
        return BackwardStep(parent, child, index, local, parent.grad, contribution, previous, child.grad)
