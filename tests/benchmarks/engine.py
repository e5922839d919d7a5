"""Benchmark: one training step of micrograd's demo over gradlab.engine.Value and micrograd.engine.Value.

The workload is micrograd's demo notebook: an MLP 2-16-16-1 on 100 two-dimensional points
("moons"), hinge loss plus 1e-4 L2, one forward + backward + update per step. The same code
runs over both Value classes, with Python's garbage collector on as in normal use, each engine
in a fresh process of its own so that neither pays for the other's garbage; and the Neural
Network tab's backend (``classify.engine_net.EngineTrainer``, the loss's graph built once on a
``Tape`` and replayed) from the same start. It prints each one's steps per second and the ratios
to micrograd's (the issue asks for the backend at 10x micrograd or more).

    pip install -e ".[benchmark]" && python tests/benchmarks/engine.py [--steps N]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import gc
import math
import multiprocessing
import random
import statistics
import time


def make_moons(n: int, noise: float, rng: random.Random):
    """Two interleaving half circles, labels -1 and +1 (as micrograd's demo, without sklearn)."""
    points, labels = [], []
    for i in range(n):
        t = math.pi * (i // 2) / (n // 2 - 1)
        if i % 2 == 0:
            x, y, label = math.cos(t), math.sin(t), -1
        else:
            x, y, label = 1 - math.cos(t), 0.5 - math.sin(t), 1
        points.append([x + rng.gauss(0, noise), y + rng.gauss(0, noise)])
        labels.append(label)
    return points, labels


class MLP:
    """micrograd's nn.MLP, over any Value class."""

    def __init__(self, value, sizes, rng: random.Random):
        self.layers = []
        for i, (n_in, n_out) in enumerate(zip(sizes, sizes[1:])):
            neurons = [
                ([value(rng.uniform(-1, 1)) for _ in range(n_in)], value(0), i < len(sizes) - 2)
                for _ in range(n_out)
            ]
            self.layers.append(neurons)

    def __call__(self, x):
        for layer in self.layers:
            out = []
            for w, b, nonlin in layer:
                act = sum((wi * xi for wi, xi in zip(w, x)), b)
                out.append(act.relu() if nonlin else act)
            x = out
        return x[0]

    def parameters(self):
        return [p for layer in self.layers for w, b, _ in layer for p in (*w, b)]


def training_step(value, model, points, labels, k: int):
    inputs = [list(map(value, row)) for row in points]
    scores = list(map(model, inputs))
    losses = [(1 + -yi * si).relu() for yi, si in zip(labels, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    reg_loss = 1e-4 * sum(p * p for p in model.parameters())
    total = data_loss + reg_loss
    for p in model.parameters():
        p.grad = 0
    total.backward()
    rate = 1.0 - 0.9 * k / 100
    for p in model.parameters():
        p.data -= rate * p.grad
    return total.data


def time_steps(value, steps: int, gc_enabled: bool = True, pause=None) -> tuple[list[float], list[float]]:
    """Time each of ``steps`` training steps; ``pause()``, if given, is a context each step runs in."""
    rng = random.Random(1337)
    points, labels = make_moons(100, 0.1, rng)
    model = MLP(value, [2, 16, 16, 1], rng)
    times, losses = [], []
    was_enabled = gc.isenabled()
    (gc.enable if gc_enabled else gc.disable)()
    try:
        for k in range(steps):
            start = time.perf_counter()
            with pause() if pause is not None else contextlib.nullcontext():
                losses.append(training_step(value, model, points, labels, k))
            times.append(time.perf_counter() - start)
    finally:
        (gc.enable if was_enabled else gc.disable)()
    return times, losses


def time_trainer(steps: int, gc_enabled: bool = True) -> tuple[list[float], list[float]]:
    """The Neural Network tab's backend (classify.engine_net.EngineTrainer) on the same set-up and start."""
    from gradlab.classify.engine_net import EngineTrainer
    from gradlab.classify.points import Points
    from gradlab.classify.setup import PRESETS
    from gradlab.engine import Value

    rng = random.Random(1337)
    points, labels = make_moons(100, 0.1, rng)
    model = MLP(Value, [2, 16, 16, 1], rng)  # the same initial weights as time_steps draws
    start = [
        ([[w.data for w in ws] for ws, _, _ in layer], [b.data for _, b, _ in layer])
        for layer in model.layers
    ]
    trainer = EngineTrainer(
        PRESETS["micrograd-moons"], Points(tuple(map(tuple, points)), tuple(labels)), start
    )
    times, losses = [], []
    was_enabled = gc.isenabled()
    (gc.enable if gc_enabled else gc.disable)()
    try:
        for _ in range(steps):
            begin = time.perf_counter()
            losses.append(trainer.step())
            times.append(time.perf_counter() - begin)
    finally:
        (gc.enable if was_enabled else gc.disable)()
    return times, losses


# name -> (module, its Value, the context a training step runs in, or None)
ENGINES = {
    # the step as a user's loop over Values, run in engine.collector_paused(): the collector rests
    # while the step builds and walks its graph, which cannot leak (gradlab/engine/tape.py)
    "gradlab": ("gradlab.engine", "Value", "collector_paused"),
    "gradlab-plain": ("gradlab.engine", "Value", None),  # the same loop, no pause
    "micrograd": ("micrograd.engine", "Value", None),
}


def run_engine(name: str, steps: int, gc_enabled: bool = True) -> tuple[list[float], list[float]]:
    """Time ``steps`` steps of one engine; run in a fresh process of its own (see ``in_own_process``)."""
    import importlib

    if name == "gradlab-trainer":
        return time_trainer(steps, gc_enabled)
    module_name, value_name, pause_name = ENGINES[name]
    module = importlib.import_module(module_name)
    pause = getattr(module, pause_name) if pause_name else None
    return time_steps(getattr(module, value_name), steps, gc_enabled, pause)


def in_own_process(name: str, steps: int, gc_enabled: bool = True):
    """``run_engine`` in a new Python process, so that no engine pays for another's garbage."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(run_engine, name, steps, gc_enabled).result()


def rate(times: list[float]) -> float:
    """Steps per second, from the median step (the first steps warm up the allocator)."""
    return 1.0 / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5, help="micrograd's steps (default 5)")
    parser.add_argument("--gradlab-steps", type=int, default=20, help="gradlab's steps (default 20)")
    args = parser.parse_args()

    def show(name: str, times: list[float], note: str) -> None:
        median = statistics.median(times) * 1000
        print(f"{name:<28} {rate(times):7.2f} steps/s  median {median:7.1f} ms/step  ({note})")

    backend, backend_losses = in_own_process("gradlab-trainer", args.gradlab_steps)
    show("gradlab EngineTrainer", backend, "gc on; the tab's backend: the loss's graph on a Tape, built once")
    ours, our_losses = in_own_process("gradlab", args.gradlab_steps)
    show("gradlab.engine.Value loop", ours, "gc on; the step in engine.collector_paused()")
    plain, _ = in_own_process("gradlab-plain", args.gradlab_steps)
    show("gradlab.engine.Value loop", plain, "gc on; the same loop, no pause")
    try:
        import micrograd.engine  # noqa: F401
    except ImportError:
        print("micrograd is not installed: pip install -e '.[benchmark]' to compare")
        return
    theirs, their_losses = in_own_process("micrograd", args.steps)
    show("micrograd.engine.Value loop", theirs, "gc on")
    theirs_nogc, _ = in_own_process("micrograd", args.steps, gc_enabled=False)
    show("micrograd.engine.Value loop", theirs_nogc, "gc off, for reference")
    compared = min(len(our_losses), len(their_losses))
    for name, losses in (("the Value loop's", our_losses), ("EngineTrainer's", backend_losses)):
        same = all(math.isclose(a, b, rel_tol=1e-9) for a, b in zip(losses, their_losses))
        print(f"{name} losses agree with micrograd's over {compared} steps (1e-9): {same}")
    backend_ratio, loop_ratio, plain_ratio = (rate(t) / rate(theirs) for t in (backend, ours, plain))
    print(f"ratio (gc on): the tab's backend makes {backend_ratio:.1f}x micrograd's steps per second;")
    print(f"               the Value loop {loop_ratio:.1f}x, {plain_ratio:.1f}x without the pause")


if __name__ == "__main__":
    main()
