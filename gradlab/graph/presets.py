"""Ready-made graphs from the course and from Karpathy's guide, built the way net1.py builds them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..engine import Graph
from ..translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Preset:
    """A named graph: ``key`` is stable (for files and tests), ``title`` is shown to the student.

    ``title`` is English, marked for translation in the context ``"graph.presets"``: a view shows
    ``translate("graph.presets", preset.title)``.
    """

    key: str
    title: str
    build: Callable[[], Graph]


def net1() -> Graph:
    """net1.py: x = 1, y = 3, o = x·x + y·y."""
    g = Graph()
    x, y = g.variable("x", 1), g.variable("y", 3)
    x2 = g.apply("mul", x, x, name="x2")
    y2 = g.apply("mul", y, y, name="y2")
    g.apply("add", x2, y2, name="o")
    return g


def autograd2() -> Graph:
    """autograd2.py: f = ‖(x, y)‖² at (1, 3), torch's x.norm() squared."""
    g = Graph()
    x, y = g.variable("x", 1), g.variable("y", 3)
    n = g.apply("norm", x, y, name="n")
    g.apply("mul", n, n, name="f")
    return g


def torch_gd1() -> Graph:
    """torchGd1.py's loss x² − 4x + 4 (written x*x - 4*x + 4), here at x = 0."""
    g = Graph()
    x = g.variable("x", 0)
    xx = g.apply("mul", x, x, name="xx")
    four_x = g.apply("mul", g.constant(4), x, name="fx")
    d = g.apply("sub", xx, four_x, name="d")
    g.apply("add", d, g.constant(4), name="loss")
    return g


def karpathy() -> Graph:
    """Karpathy's first circuit: f = (x + y)·z at x = −2, y = 5, z = −4."""
    g = Graph()
    x, y, z = g.variable("x", -2), g.variable("y", 5), g.variable("z", -4)
    q = g.apply("add", x, y, name="q")
    g.apply("mul", q, z, name="f")
    return g


def neuron() -> Graph:
    """Karpathy's sigmoid neuron σ(a·x + b·y + c) at a=1, b=2, c=−3, x=−1, y=3."""
    g = Graph()
    a, b, c = g.variable("a", 1), g.variable("b", 2), g.variable("c", -3)
    x, y = g.variable("x", -1), g.variable("y", 3)
    ax = g.apply("mul", a, x, name="ax")
    by = g.apply("mul", b, y, name="by")
    s = g.apply("add", ax, by, name="s")
    t = g.apply("add", s, c, name="t")
    g.apply("sigmoid", t, name="f")
    return g


def tanh_neuron() -> Graph:
    """The neuron of micrograd's lecture: o = tanh(x1·w1 + x2·w2 + b), a deeper graph for practice."""
    g = Graph()
    x1, x2 = g.variable("x1", 2), g.variable("x2", 0)
    w1, w2 = g.variable("w1", -3), g.variable("w2", 1)
    b = g.variable("b", 6.8813735870195432)
    x1w1 = g.apply("mul", x1, w1, name="x1w1")
    x2w2 = g.apply("mul", x2, w2, name="x2w2")
    s = g.apply("add", x1w1, x2w2, name="s")
    n = g.apply("add", s, b, name="n")
    g.apply("tanh", n, name="o")
    return g


def mul_gate() -> Graph:
    """The guide's first circuit, a single gate: f = x·y at x = −2, y = 3 (f = −6)."""
    g = Graph()
    x, y = g.variable("x", -2), g.variable("y", 3)
    g.apply("mul", x, y, name="f")
    return g


def hand_example() -> Graph:
    """The course's backpropagation by hand: f = ((2·x) + (y + 1))² at x = 3, y = 2 (f = 81).

    One node per operation, in the order a hand calculation writes its rows: a = 2·x, b = y + 1,
    c = a + b, f = c² (a power, whose local derivative 2·c is one number in one row).
    """
    g = Graph()
    x, y = g.variable("x", 3), g.variable("y", 2)
    a = g.apply("mul", g.constant(2), x, name="a")
    b = g.apply("add", y, g.constant(1), name="b")
    c = g.apply("add", a, b, name="c")
    g.apply("pow", c, g.constant(2), name="f")
    return g


def max_gate() -> Graph:
    """The guide's max gate in its first circuit's place: f = max(x, y)·z at x = −2, y = 5, z = −4.

    The guide writes the max gate in code without numbers; these are its (x + y)·z numbers, so that
    the two presets side by side show add passing −4 to both inputs and max routing it to y alone.
    """
    g = Graph()
    x, y, z = g.variable("x", -2), g.variable("y", 5), g.variable("z", -4)
    m = g.apply("max", x, y, name="m")
    g.apply("mul", m, z, name="f")
    return g


PRESETS: tuple[Preset, ...] = (
    Preset("net1", QT_TRANSLATE_NOOP("graph.presets", "net1: x² + y²"), net1),
    Preset("autograd2", QT_TRANSLATE_NOOP("graph.presets", "autograd2: ‖(x, y)‖²"), autograd2),
    Preset("torchGd1", QT_TRANSLATE_NOOP("graph.presets", "torchGd1: x² − 4x + 4"), torch_gd1),
    Preset("karpathy", QT_TRANSLATE_NOOP("graph.presets", "Karpathy: (x + y)·z"), karpathy),
    Preset("neuron", QT_TRANSLATE_NOOP("graph.presets", "Neuron: σ(a·x + b·y + c)"), neuron),
    Preset("tanh_neuron", QT_TRANSLATE_NOOP("graph.presets", "Deeper: tanh(x1·w1 + x2·w2 + b)"), tanh_neuron),
    Preset("mul_gate", QT_TRANSLATE_NOOP("graph.presets", "Guide: one gate, x·y"), mul_gate),
    Preset("hand_example", QT_TRANSLATE_NOOP("graph.presets", "By hand: ((2·x) + (y + 1))²"), hand_example),
    Preset("max_gate", QT_TRANSLATE_NOOP("graph.presets", "Guide: max gate, max(x, y)·z"), max_gate),
)


def preset(key: str) -> Preset:
    for p in PRESETS:
        if p.key == key:
            return p
    raise KeyError(f"no preset called {key}")
