"""The fast backward pass (engine/tape.py): the table-driven pass's bits, and the collector's pause."""

import gc
import math
import random
import threading

import pytest

from gradlab.engine import Value, collector_paused, norm, topological_order
from gradlab.engine.expr import post_order
from gradlab.engine.ops import OPS, chain
from gradlab.engine.tape import Tape


def reference_backward(root, accumulate=False):
    """The engine's backward pass before the tape: every derivative read from the table."""
    order = list(post_order(root, lambda node: node._prev))
    for node in order:
        if node._prev or not accumulate:
            node.grad = 0
    root.grad = 1
    for node in reversed(order):
        if not node._prev:
            continue
        for child, d in zip(node._prev, OPS[node._op].local(node.data, *[p.data for p in node._prev])):
            child.grad += chain(d, node.grad)
    return order


UNARY = ["exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu", "abs", "__neg__"]
BINARY = ["__add__", "__sub__", "__mul__", "__truediv__", "__pow__"]


def random_graph(seed, leaves, size=60):
    """A random graph over ``leaves`` that reuses nodes (shared inputs, x*x) and mixes every operation."""
    rng = random.Random(seed)
    nodes = list(leaves)
    for _ in range(size):
        kind = rng.random()
        a = rng.choice(nodes[-8:] if rng.random() < 0.7 else nodes)
        if kind < 0.3:
            node = getattr(a, rng.choice(UNARY))()
        elif kind < 0.9:
            b = a if rng.random() < 0.1 else rng.choice(nodes)
            node = getattr(a, rng.choice(BINARY))(b if rng.random() < 0.8 else rng.uniform(-2, 2))
        else:
            node = norm(*rng.sample(nodes, min(3, len(nodes))))
        if math.isfinite(node.data) and abs(node.data) < 1e6:
            nodes.append(node)
    return nodes[-1]


def grads(nodes):
    return [(n.grad if not isinstance(n.grad, float) or n.grad == n.grad else "nan") for n in nodes]


@pytest.mark.parametrize("seed", range(40))
def test_same_order_and_same_bits_as_the_table_driven_pass(seed):
    leaves = [Value(random.Random(seed).uniform(-2, 2) + i * 0.3, label=f"x{i}") for i in range(4)]
    out = random_graph(seed, leaves)
    order = topological_order(out)
    assert [id(n) for n in order] == [id(n) for n in post_order(out, lambda node: node._prev)]
    reference_backward(out)
    expected = grads(order)
    out.backward()
    assert grads(order) == expected  # ==, not approx: every sum in the same order
    assert [type(g) for g in grads(order)] == [type(g) for g in expected]
    for _ in range(2):
        reference_backward(out, accumulate=True)
    expected = grads(order)
    out.backward()
    for _ in range(2):
        out.backward(accumulate=True)
    assert grads(order) == expected


def test_micrograd_style_mlp_same_bits():
    rng = random.Random(3)
    weights = [[Value(rng.uniform(-1, 1)) for _ in range(3)] for _ in range(4)]
    points = [[Value(rng.uniform(-2, 2)) for _ in range(2)] for _ in range(5)]
    total = Value(0.0)
    for x in points:
        hidden = [sum((w[i] * x[i] for i in range(2)), w[2]).relu() for w in weights]
        score = sum(hidden[1:], hidden[0]).tanh()
        total = total + (1 + -1 * score).relu()
    params = [w for row in weights for w in row]
    reference_backward(total)
    expected = [p.grad for p in params]
    total.backward()
    assert [p.grad for p in params] == expected


def test_the_collector_is_back_on_however_backward_ends():
    assert gc.isenabled()
    x = Value(2.0)
    (x * x).backward()
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError):
        with collector_paused():
            assert not gc.isenabled()
            raise ZeroDivisionError
    assert gc.isenabled()


def test_a_collector_the_user_turned_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            (Value(1.0) * 3).backward()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_nested_and_concurrent_pauses_share_one_count():
    inside = threading.Event()
    leave = threading.Event()

    def hold():
        with collector_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert inside.wait(5)
        with collector_paused():
            with collector_paused():
                assert not gc.isenabled()
        assert not gc.isenabled()  # the other thread's pause still holds
    finally:
        leave.set()
        thread.join(5)
    assert gc.isenabled()


def test_a_users_cycle_made_during_a_pause_is_collected_afterwards():
    class Cycle:
        pass

    gc.collect()
    with collector_paused():
        loop = Cycle()
        loop.me = loop
        marker = id(loop)
        del loop
    assert gc.isenabled()
    assert gc.collect() >= 1  # the collector finds it: nothing was hidden from it
    assert all(id(o) != marker for o in gc.get_objects())


def test_backward_of_a_big_graph_runs_no_collection():
    x = Value(0.5)
    out = x
    for _ in range(20_000):
        out = (out * 0.999 + x).relu()
    collections = []

    def count(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        out.backward()
    finally:
        gc.callbacks.remove(count)
    assert collections == []
    assert x.grad > 0


def random_recipe(seed, size=50):
    """Operations chosen without looking at values: (method, input index, other index or number)."""
    rng = random.Random(seed)
    recipe = []
    for n in range(4, 4 + size):
        a = rng.randrange(max(0, n - 6), n)
        if rng.random() < 0.3:
            recipe.append((rng.choice(UNARY), a, None))
        else:
            other = rng.randrange(n) if rng.random() < 0.8 else round(rng.uniform(-2, 2), 3)
            recipe.append((rng.choice(BINARY), a, other))
    return recipe


def build(recipe, leaves):
    nodes = list(leaves)
    for method, a, other in recipe:
        args = () if other is None else (nodes[other] if isinstance(other, int) else other,)
        nodes.append(getattr(nodes[a], method)(*args))
    return nodes[-1]


@pytest.mark.parametrize("seed", range(12))
def test_a_replayed_tape_gives_a_fresh_graphs_bits(seed):
    rng = random.Random(100 + seed)
    recipe = random_recipe(seed)
    starts = [rng.uniform(-2, 2) for _ in range(4)]
    leaves = [Value(v) for v in starts]
    tape = Tape(build(recipe, leaves))
    for _ in range(3):
        moved = [v + rng.uniform(-0.5, 0.5) for v in starts]
        for leaf, v in zip(leaves, moved):
            leaf.data = v
        value = tape.forward()
        tape.backward()
        fresh = [Value(v) for v in moved]  # the same graph built again at the new values
        again = build(recipe, fresh)
        again.backward()
        assert repr(value) == repr(again.data)  # repr: nan and nan are the same
        assert repr([leaf.grad for leaf in leaves]) == repr([leaf.grad for leaf in fresh])


def test_a_tape_allocates_nothing_and_collects_nothing():
    x = Value(0.5)
    out = x
    for _ in range(5_000):
        out = (out * 0.999 + x).relu().tanh()
    tape = Tape(out)
    collections = []
    gc.callbacks.append(lambda phase, info: collections.append(info["generation"]) if phase == "start" else 0)
    try:
        before = gc.get_count()[0]
        for _ in range(5):
            tape.forward()
            tape.backward()
        assert gc.get_count()[0] - before < 50  # nodes and orders are made once, not per step
    finally:
        gc.callbacks.pop()
    assert collections == []
