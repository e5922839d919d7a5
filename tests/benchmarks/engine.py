"""Benchmark: one training step of micrograd's demo over gradlab.engine.Value and micrograd.engine.Value.

The workload is micrograd's demo notebook: an MLP 2-16-16-1 on 100 two-dimensional points
("moons"), hinge loss plus 1e-4 L2, one forward + backward + update per step. The same code
runs over both Value classes, with Python's garbage collector on as in normal use.

    pip install -e ".[benchmark]" && python tests/benchmarks/engine.py [--steps N]
"""

from __future__ import annotations

import argparse
import gc
import math
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


def time_steps(value, steps: int, gc_enabled: bool = True) -> tuple[list[float], list[float]]:
    rng = random.Random(1337)
    points, labels = make_moons(100, 0.1, rng)
    model = MLP(value, [2, 16, 16, 1], rng)
    times, losses = [], []
    was_enabled = gc.isenabled()
    (gc.enable if gc_enabled else gc.disable)()
    try:
        for k in range(steps):
            start = time.perf_counter()
            losses.append(training_step(value, model, points, labels, k))
            times.append(time.perf_counter() - start)
    finally:
        (gc.enable if was_enabled else gc.disable)()
    return times, losses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5, help="steps per engine (default 5)")
    args = parser.parse_args()

    from gradlab.engine import Value as GradlabValue

    ours, our_losses = time_steps(GradlabValue, args.steps)
    print(f"gradlab.engine   median {statistics.median(ours) * 1000:8.1f} ms/step  (gc on)")
    try:
        from micrograd.engine import Value as MicrogradValue
    except ImportError:
        print("micrograd is not installed: pip install -e '.[benchmark]' to compare")
        return
    theirs, their_losses = time_steps(MicrogradValue, args.steps)
    print(f"micrograd.engine median {statistics.median(theirs) * 1000:8.1f} ms/step  (gc on)")
    theirs_nogc, _ = time_steps(MicrogradValue, args.steps, gc_enabled=False)
    nogc = statistics.median(theirs_nogc) * 1000
    print(f"micrograd.engine median {nogc:8.1f} ms/step  (gc off, for reference)")
    same = all(math.isclose(a, b, rel_tol=1e-9) for a, b in zip(our_losses, their_losses))
    print(f"losses agree step by step: {same}  (first {our_losses[0]:.6f}, last {our_losses[-1]:.6f})")
    print(
        f"ratio: gradlab is {statistics.median(theirs) / statistics.median(ours):.1f}x faster than micrograd"
    )


if __name__ == "__main__":
    main()
