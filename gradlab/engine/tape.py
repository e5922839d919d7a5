"""The backward pass made fast: the graph's nodes as one flat tape, walked once, in plain loops.

``Value.backward`` is the engine's inner loop (a step of micrograd's demo is 65,000 nodes), so it
is written for speed without changing a single bit of its results:

- ``topological_order`` records the tape: every node the output depends on, inputs first, in the
  same order as a recursive depth-first walk (micrograd's ``build_topo``), with no recursion and
  no allocation per node beyond the tape itself;
- ``backward`` walks the tape from the output back once, with the local derivatives of the common
  operations (``+``, ``*``, relu, ...) written out in the loop and the rest read from the table of
  operations (``ops.OPS``); each gradient is summed in the same order as before, so the numbers
  are the same;
- ``Tape`` keeps a graph whose shape does not change from step to step (a network's training
  loss) and replays it: each step overwrites the numbers in place, forward then backward, with no
  node made, no order recomputed and nothing for the collector to do;
- ``collector_paused`` keeps Python's cyclic garbage collector out of the way while a graph is
  built and walked. A graph of Values holds no reference cycles (a node refers only to its
  inputs), so the collector can find nothing in it, yet every 700 new nodes it would walk the
  young ones and, as the graph grows, every live node. The pause is safe: it is restored however
  the block ends, nested and concurrent pauses (a training thread and the Graph tab) share one
  count, and once the last one ends the collector is back on with its counts untouched, so a
  cycle the user's own code made meanwhile is collected in its normal course.
"""

from __future__ import annotations

import gc
import threading

from .ops import OPS, Blocked, chain

_LOCAL = {name: op.local for name, op in OPS.items()}
_FORWARD = {name: op.forward for name, op in OPS.items()}


def topological_order(root, clear: bool = False, keep_leaves: bool = False) -> list:
    """Every node ``root`` depends on, each after its inputs: the tape that ``backward`` walks.

    The order is a depth-first walk's, inputs left to right, each node once. With ``clear`` each
    node's gradient is set to 0 as it is recorded (leaves too, unless ``keep_leaves``).
    """
    order = []
    record = order.append
    seen = set()
    see = seen.add
    stack = [root]
    push = stack.append
    pop = stack.pop
    waiting = []  # operations whose inputs are being walked; None on the stack marks each one's end
    wait = waiting.append
    finish = waiting.pop
    clear_leaves = clear and not keep_leaves
    while stack:
        node = pop()
        if node is None:
            node = finish()
            if clear:
                node.grad = 0
            record(node)
            continue
        if node in seen:  # reached twice before it was walked (x in x*x)
            continue
        see(node)
        prev = node._prev
        if not prev:
            if clear_leaves:
                node.grad = 0
            record(node)
            continue
        wait(node)
        push(None)
        if len(prev) == 2:
            a, b = prev
            if b not in seen:
                push(b)
            if a not in seen:
                push(a)
        else:
            for child in reversed(prev):
                if child not in seen:
                    push(child)
    return order


def backward(root, accumulate: bool = False) -> None:
    """Set ``.grad`` of every node ``root`` depends on to ∂root/∂node (see ``Value.backward``)."""
    with collector_paused():
        order = topological_order(root, clear=True, keep_leaves=accumulate)
        _propagate(root, order)


def _propagate(root, order: list) -> None:
    """The chain rule over the tape ``order`` (gradients already cleared), from ``root`` back."""
    root.grad = 1
    local = _LOCAL
    for node in reversed(order):
        prev = node._prev
        if not prev:
            continue
        g = node.grad
        op = node._op
        # Each line adds exactly what the table's derivative times g adds (1 * g is g).
        if op == "mul":
            a, b = prev
            a.grad += b.data * g
            b.grad += a.data * g
        elif op == "add":
            a, b = prev
            a.grad += g
            b.grad += g
        elif op == "relu":
            a = prev[0]
            a.grad += g if a.data > 0 else 0.0  # flat: the edge carries nothing (ops.Blocked)
        elif op == "tanh":
            a = prev[0]
            out = node.data
            a.grad += (1 - out * out) * g
        elif len(prev) == 2:
            a, b = prev
            da, db = local[op](node.data, a.data, b.data)
            a.grad += da * g if type(da) is not Blocked else 0.0
            b.grad += db * g if type(db) is not Blocked else 0.0
        else:
            for child, d in zip(prev, local[op](node.data, *[p.data for p in prev])):
                child.grad += chain(d, g)


class Tape:
    """A graph recorded once and replayed: each ``forward`` recomputes it from its leaves' new values.

    For a computation that keeps its shape from step to step (a network's training loss): the
    nodes are made and ordered once, then every step only overwrites numbers, which allocates
    nothing, and ``backward`` walks the same tape. The numbers are those that building the graph
    afresh and calling ``Value.backward`` would give, bit for bit.
    """

    def __init__(self, root) -> None:
        self.root = root
        self.order = topological_order(root)

    def forward(self) -> float:
        """Recompute every operation from its inputs, inputs first; return the root's value."""
        forward = _FORWARD
        for node in self.order:
            prev = node._prev
            if not prev:
                continue
            op = node._op
            if op == "mul":
                a, b = prev
                node.data = a.data * b.data
            elif op == "add":
                a, b = prev
                node.data = a.data + b.data
            elif op == "relu":
                a = prev[0].data
                node.data = a if a > 0 or a != a else 0.0  # ops.relu
            else:
                node.data = forward[op](*[p.data for p in prev])
        return self.root.data

    def backward(self, accumulate: bool = False) -> None:
        """Gradients of the root for every node of the tape (see ``Value.backward``)."""
        with collector_paused():
            for node in self.order:
                if node._prev or not accumulate:
                    node.grad = 0
            _propagate(self.root, self.order)


class _CollectorPause:
    """The context manager behind ``collector_paused``: one count for every thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = False

    def __enter__(self):
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1
        return self

    def __exit__(self, *exc_info) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._was_enabled:
                gc.enable()

    @property
    def active(self) -> bool:
        return self._depth > 0


_PAUSE = _CollectorPause()


def collector_paused() -> _CollectorPause:
    """A context in which the cyclic garbage collector rests (``with`` it around a training step).

    For building and walking graphs of Values, which cannot leak. The collector comes back on
    (if it was on when the first of the overlapping pauses began) when the last one ends, whether
    the block returned or raised.
    """
    return _PAUSE
