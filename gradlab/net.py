"""The course's ``Net`` API over gradlab's engine, so the seed's ``net1.py`` and ``net2.py`` run.

``from gradlab.net import Net`` instead of ``from net import Net`` and the programs print what
the course recorded, digit for digit. One behaviour is kept on purpose: ``adjust`` moves *both
inputs of every gate*, so a variable used twice (x in ``x*x``) is moved twice per loop. With
``step=0.01`` that is exactly plain gradient descent with learning rate 0.02, which is why the
course's net2.py run shrinks x by 0.96 per loop. The engine itself (``Value``, ``Graph``) and the
Gradient Descent tab use plain gradient descent: each variable moves once, by its summed gradient.
"""

from __future__ import annotations

from .engine.ops import chain, compute, local_derivatives
from .engine.value import Value


class Node(Value):
    """A value in a Net: ``v`` is its value, ``g`` its gradient; prints as ``v:1 g:2``."""

    __slots__ = ()

    @property
    def v(self):
        return self.data

    @v.setter
    def v(self, value):
        self.data = value

    @property
    def g(self):
        return self.grad

    @g.setter
    def g(self, value):
        self.grad = value

    def __str__(self) -> str:
        return f"v:{self.v} g:{self.g}"


class Net:
    """A list of gates (operation nodes) in the order they were made; the last one is the output."""

    def __init__(self) -> None:
        self.gates: list[Node] = []
        self.o: Node | None = None

    def variable(self, v, g=0) -> Node:
        node = Node(v)
        node.grad = g
        return node

    def op(self, name: str, *inputs: Node) -> Node:
        """A gate computing operation ``name`` (see ``gradlab.engine.OPS``) of ``inputs``."""
        node = Node(compute(name, [i.v for i in inputs]), tuple(inputs), name)
        self.gates.append(node)
        self.o = node
        return node

    def add(self, x, y):
        return self.op("add", x, y)

    def sub(self, x, y):
        return self.op("sub", x, y)

    def mul(self, x, y):
        return self.op("mul", x, y)

    def div(self, x, y):
        return self.op("div", x, y)

    def pow(self, x, y):
        return self.op("pow", x, y)

    def neg(self, x):
        return self.op("neg", x)

    def exp(self, x):
        return self.op("exp", x)

    def log(self, x):
        return self.op("log", x)

    def sqrt(self, x):
        return self.op("sqrt", x)

    def sin(self, x):
        return self.op("sin", x)

    def cos(self, x):
        return self.op("cos", x)

    def tanh(self, x):
        return self.op("tanh", x)

    def sigmoid(self, x):
        return self.op("sigmoid", x)

    def relu(self, x):
        return self.op("relu", x)

    def abs(self, x):
        return self.op("abs", x)

    def max(self, x, y):
        """The larger of x and y; a max gate routes the gradient to its larger input (half each at a tie)."""
        return self.op("max", x, y)

    def min(self, x, y):
        """The smaller of x and y; the gradient goes to the smaller input (half each at a tie)."""
        return self.op("min", x, y)

    def norm(self, *xs):
        return self.op("norm", *xs)

    def forward(self):
        """Compute every gate in order; return the output's value."""
        for gate in self.gates:
            gate.v = compute(gate._op, [i.v for i in gate._prev])
        return self.o.v

    def backward(self):
        """The chain rule, gate by gate from the output back: each input's g += local * gate.g."""
        self.o.g = 1
        for gate in reversed(self.gates):
            inputs = gate._prev
            for node, local in zip(inputs, local_derivatives(gate._op, gate.v, [i.v for i in inputs])):
                node.g += chain(local, gate.g)

    def adjust(self, step=0.01):
        """Move the inputs of every gate against their gradient, then clear those gradients."""
        for gate in self.gates:
            for node in gate._prev:
                node.v -= step * node.g
            for node in gate._prev:
                node.g = 0

    def gradient_descendent(self, maxLoops=100, dumpPeriod=1, step=0.01):  # noqa: N803 (the course's names)
        """The course's loop: forward, print ``i  =>  value``, backward, adjust."""
        for loop in range(maxLoops):
            self.forward()
            if loop % dumpPeriod == 0:
                print(loop, " => ", self.o.v)
            self.backward()
            self.adjust(step)
