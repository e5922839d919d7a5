"""Benchmark: redraws per second of the Neural Network tab's pictures, as training draws them.

One redraw is what a frame of a run does: the plane's 100×100 heat map with its boundary and
margins, 200 points, and a 2-16-16-1 network's weights and every neuron's 100×100 map, then both
views painted (offscreen, synchronously). The data of each frame is made beforehand, so only the
drawing is timed. Target: at least 20 redraws a second with both.

    python tests/benchmarks/classify_views.py [--redraws 100] [--grid 100] [--points 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time


def frames(count: int, grid: int, sizes: list[int]):
    """Maps and weights that change from frame to frame, as a training run's do."""
    import numpy as np

    rng = np.random.default_rng(0)
    xs = np.linspace(-3, 3, grid)
    x, y = np.meshgrid(xs, xs)
    made = []
    for k in range(count):
        turn = 0.05 * k
        layers = [
            (rng.normal(size=(sizes[i + 1], sizes[i])).tolist(), rng.normal(size=sizes[i + 1]).tolist())
            for i in range(len(sizes) - 1)
        ]
        maps = [
            np.stack([np.maximum(0, np.cos(turn + j) * x + np.sin(turn + j) * y) for j in range(n)])
            for n in sizes[1:-1]
        ]
        output = np.tanh(np.cos(turn) * x + np.sin(turn) * y) * 2 + 0.3 * np.sin(2 * x)
        made.append((xs, output, layers, [*maps, output[None]]))
    return made


def timed(work, repeats: int) -> tuple[list[float], float]:
    """Each call's wall-clock time, and the CPU time of all of them (what a loaded machine still shows)."""
    times = []
    cpu = time.process_time()
    for k in range(repeats):
        begin = time.perf_counter()
        work(k)
        times.append(time.perf_counter() - begin)
    return times, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redraws", type=int, default=100)
    parser.add_argument("--grid", type=int, default=100, help="the maps' size, grid × grid")
    parser.add_argument("--points", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import numpy as np
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from gradlab.ui.app import application
    from gradlab.ui.classify.network import NetworkView
    from gradlab.ui.classify.plane import PlaneView

    app = application()
    window = QWidget()
    plane, network = PlaneView(), NetworkView()
    row = QHBoxLayout(window)
    row.addWidget(plane, 3)
    row.addWidget(network, 2)
    window.resize(1024, 460)  # the plane beside a column of about 400 pixels
    sizes = [2, 16, 16, 1]
    data = frames(20, args.grid, sizes)
    rng = np.random.default_rng(1)
    points = rng.normal(size=(args.points, 2)) * 1.5
    labels = np.where(points[:, 0] * points[:, 1] > 0, 1, -1)
    tests = np.arange(args.points) % 5 == 0
    xs, output, layers, maps = data[0]
    plane.set_map(xs, xs, output, 0.0, True)
    plane.set_points(points, labels, tests)
    network.set_network(sizes, layers, maps, ["relu", "relu", "linear"])
    window.show()
    app.processEvents()

    def frame(k: int):
        return data[k % len(data)]

    def plane_only(k):
        xs, output, _, _ = frame(k)
        plane.set_map(xs, xs, output, 0.0, True)
        plane.set_points(points + 0.001 * k, labels, tests)
        plane.repaint()  # its plot's viewport with it

    def network_only(k):
        _, _, layers, maps = frame(k)
        network.update_weights(layers, maps)
        network.canvas.repaint()

    def both(k):
        plane_only(k)
        network_only(k)

    calls = {
        "set_map": timed(
            lambda k: plane.set_map(frame(k)[0], frame(k)[0], frame(k)[1], 0.0, True), args.redraws
        ),
        "set_points": timed(lambda k: plane.set_points(points + 0.001 * k, labels, tests), args.redraws),
        "update_weights": timed(lambda k: network.update_weights(frame(k)[2], frame(k)[3]), args.redraws),
    }
    for name, (times, cpu) in calls.items():
        print(
            f"{name:>15}: median {1000 * statistics.median(times):.2f} ms, worst {1000 * max(times):.2f} ms, "
            f"CPU {1000 * cpu / len(times):.2f} ms"
        )
    for name, work in (("plane", plane_only), ("network", network_only), ("both", both)):
        times, cpu = timed(work, args.redraws)
        rate, cpu_rate = len(times) / sum(times), len(times) / cpu
        print(
            f"{name:>15}: {rate:.0f} redraws/s painted (median {1000 * statistics.median(times):.1f} ms, "
            f"worst {1000 * max(times):.1f} ms); {cpu_rate:.0f}/s of CPU time"
        )
    verdict = "meets" if rate >= 20 else "MISSES"
    print(f"both views {verdict} the target of 20 redraws a second ({rate:.0f}/s; {cpu_rate:.0f}/s of CPU)")
    window.close()


if __name__ == "__main__":
    main()
