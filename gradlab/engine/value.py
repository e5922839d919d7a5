"""A scalar that remembers how it was computed, so that backward() can apply the chain rule.

Like micrograd's Value, but a node refers only to its inputs (no closure pointing back at the
node itself), so a graph holds no reference cycles and is freed by reference counting as soon as
it is dropped; and the topological order and the backward pass are loops, not recursion, so a
chain of 100,000 operations works under the default recursion limit.
"""

from __future__ import annotations

from .ops import norm as _norm
from .ops import relu as _relu
from .ops import safe_cos, safe_div, safe_exp, safe_log, safe_pow, safe_sin, safe_sqrt
from .ops import safe_tanh as _tanh
from .ops import sigmoid as _sigmoid
from .tape import backward as _tape_backward
from .tape import topological_order as _tape_order


class Value:
    """A scalar node: ``data``, ``grad``, its inputs ``_prev`` and the name of its operation ``_op``.

    ``_op`` is ``""`` for a leaf the user made and ``"const"`` for a number that an operator
    wrapped (``x * 2``); ``label`` is a display name (``x``, ``x2``).
    """

    __slots__ = ("data", "grad", "_prev", "_op", "label")

    def __init__(self, data, _prev: tuple = (), _op: str = "", label: str = ""):
        self.data = data
        self.grad = 0
        self._prev = _prev
        self._op = _op
        self.label = label

    def __repr__(self) -> str:
        name = f"{self.label}, " if self.label else ""
        return f"Value({name}data={self.data}, grad={self.grad})"

    # --- arithmetic: each builds one node from its inputs -----------------------------------

    def __add__(self, other):
        if not isinstance(other, Value):
            other = _const(other)
        node = _new(Value)  # _node written out: the engine's most frequent operations
        node.data = self.data + other.data
        node.grad = 0
        node._prev = (self, other)
        node._op = "add"
        node.label = ""
        return node

    def __radd__(self, other):  # other + self
        return _const(other) + self

    def __sub__(self, other):
        other = other if isinstance(other, Value) else _const(other)
        return _node(self.data - other.data, (self, other), "sub")

    def __rsub__(self, other):  # other - self
        return _const(other) - self

    def __mul__(self, other):
        if not isinstance(other, Value):
            other = _const(other)
        node = _new(Value)  # _node written out: the engine's most frequent operations
        node.data = self.data * other.data
        node.grad = 0
        node._prev = (self, other)
        node._op = "mul"
        node.label = ""
        return node

    def __rmul__(self, other):  # other * self
        return _const(other) * self

    def __truediv__(self, other):
        other = other if isinstance(other, Value) else _const(other)
        return _node(safe_div(self.data, other.data), (self, other), "div")

    def __rtruediv__(self, other):  # other / self
        return _const(other) / self

    def __pow__(self, other):
        other = other if isinstance(other, Value) else _const(other)
        return _node(safe_pow(self.data, other.data), (self, other), "pow")

    def __rpow__(self, other):  # other ** self
        return _const(other) ** self

    def __neg__(self):
        return _node(-self.data, (self,), "neg")

    def __pos__(self):
        return self

    def __abs__(self):
        return self.abs()

    # --- functions ---------------------------------------------------------------------------

    def exp(self):
        return _node(safe_exp(self.data), (self,), "exp")

    def log(self):
        return _node(safe_log(self.data), (self,), "log")

    def sqrt(self):
        return _node(safe_sqrt(self.data), (self,), "sqrt")

    def sin(self):
        return _node(safe_sin(self.data), (self,), "sin")

    def cos(self):
        return _node(safe_cos(self.data), (self,), "cos")

    def tanh(self):
        return _node(_tanh(self.data), (self,), "tanh")

    def sigmoid(self):
        return _node(_sigmoid(self.data), (self,), "sigmoid")

    def relu(self):
        return _node(_relu(self.data), (self,), "relu")

    def abs(self):
        return _node(abs(self.data), (self,), "abs")

    # --- the chain rule ---------------------------------------------------------------------

    def backward(self, accumulate: bool = False) -> None:
        """Set ``.grad`` on every node this one depends on to ∂self/∂node (self.grad = 1).

        A node used several times receives the sum of its contributions (x*x gives 2x). With
        ``accumulate`` the leaves keep the gradients they had and the new ones are added to them,
        as torch does when ``zero_grad()`` is forgotten; intermediate nodes always start at 0.
        """
        _tape_backward(self, accumulate)


_new = object.__new__


def _node(data, prev: tuple, op: str) -> Value:
    node = _new(Value)
    node.data = data
    node.grad = 0
    node._prev = prev
    node._op = op
    node.label = ""
    return node


def _const(number) -> Value:
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        raise TypeError(f"a Value combines with numbers and Values, not {type(number).__name__}")
    return Value(number, (), "const")


def norm(*values) -> Value:
    """The Euclidean norm sqrt(a² + b² + ...) as one node, like torch's ``x.norm()``."""
    if not values:
        raise ValueError("norm() needs at least one value")
    nodes = tuple(v if isinstance(v, Value) else _const(v) for v in values)
    return _node(_norm(*[n.data for n in nodes]), nodes, "norm")


def topological_order(root: Value) -> list[Value]:
    """Every node ``root`` depends on, inputs before the nodes computed from them; no recursion."""
    return _tape_order(root)
