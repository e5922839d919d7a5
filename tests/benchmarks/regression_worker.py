"""Benchmark: the Regression tab's training path against the plain script loop, and the GUI's lateness.

1. Throughput: steps per second of the course's loop written plainly (regression1train's recipe,
   10,000 steps) against the app's path: the same recipe trained by the Regression tab on its
   worker thread, with throttled reports and live plot updates, offscreen. Target: at least 0.9.
2. Responsiveness: a 10 ms QTimer on the GUI thread during a 10,000-step run; how late its
   timeouts come. Target: 99th percentile lateness at most 20 ms.

    python tests/benchmarks/regression_worker.py [--recipe regression1train] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time


def plain_loop(setup) -> float:
    """The script's loop with nothing around it; returns steps per second of the loop (set-up excluded)."""
    import math
    import random

    import torch

    torch.manual_seed(setup.seed)
    random.seed(setup.seed)
    x = torch.linspace(-math.pi, math.pi, setup.points)
    y = 0 + 1 * x + 2 * x**2 + 3 * x**3
    xx = x.unsqueeze(-1).pow(torch.tensor([1, 2, 3]))
    model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))
    optimizer = torch.optim.RMSprop(model.parameters(), lr=setup.lr)
    start = time.perf_counter()
    for t in range(setup.steps):
        loss = torch.mean((model(xx) - y) ** 2)
        if t % 100 == 99:
            loss.item()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return setup.steps / (time.perf_counter() - start)


def app_run(window, app, setup, with_timer: bool) -> tuple[float, list[float]]:  # noqa: D103
    """Train through the tab; returns steps per second and the 10 ms timer's lateness (ms)."""
    import pyqtgraph as pg
    from PySide6.QtCore import QEventLoop, QTimer

    from gradlab.regression.settings import RegressionSettings

    tab = window.regression_tab
    tab.show_settings(RegressionSettings.from_setup(setup))
    late: list[float] = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        late.append(max(0.0, (now - last[0]) * 1000 - 10))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.setTimerType(pg.QtCore.Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    start = time.perf_counter()
    tab.start()
    tab.worker.finished.connect(loop.quit)
    if with_timer:
        timer.start()
    last[0] = time.perf_counter()
    loop.exec()
    elapsed = time.perf_counter() - start
    timer.stop()
    app.processEvents()
    assert len(tab.history) == setup.steps, "the run did not finish"
    tab.loop_rate = tab.last_progress.steps_per_second  # from the first step to the last, as the plain loop
    return setup.steps / elapsed, late


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipe", default="regression1train")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from gradlab.regression import recipe
    from gradlab.ui.app import application
    from gradlab.ui.main_window import MainWindow

    setup = recipe(args.recipe).setup.with_changes(seed=0, steps=10_000)
    app = application()
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(remember=False)  # the user's settings neither used nor changed
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # a benchmark keeps nothing
    window.resize(1280, 800)
    window.show()
    window.torch_loader.wait()
    app.processEvents()
    window.tabs.setCurrentWidget(window.regression_tab)
    app.processEvents()

    plain_loop(setup.with_changes(steps=200))  # warm up: torch.optim's first step imports a lot
    app_run(window, app, setup.with_changes(steps=200), with_timer=False)
    plain, ours, walls, lateness = [], [], [], []
    for _ in range(args.repeats):  # interleaved, so drifts of the machine hit both alike
        plain.append(plain_loop(setup))
        wall, _ = app_run(window, app, setup, with_timer=False)
        walls.append(wall)
        ours.append(window.regression_tab.loop_rate)
        _, late = app_run(window, app, setup, with_timer=True)
        lateness.extend(late)
    window.close()
    p_plain, p_ours = statistics.median(plain), statistics.median(ours)
    lateness.sort()
    p99 = lateness[int(0.99 * (len(lateness) - 1))]
    print(f"plain script loop: {p_plain:,.0f} steps/s (median of {args.repeats})")
    print(f"app training path: {p_ours:,.0f} steps/s in its loop (worker thread, live plots, offscreen)")
    print(f"throughput ratio: {p_ours / p_plain:.2f} (target: at least 0.9)")
    wall = statistics.median(walls)
    print(
        f"  counting from the Start click (data, model, thread start included): {wall:,.0f} steps/s, "
        f"ratio {wall / p_plain:.2f}"
    )
    print(
        f"10 ms GUI timer during the runs: {len(lateness)} ticks, median lateness "
        f"{statistics.median(lateness):.1f} ms, 99th percentile {p99:.1f} ms (target: at most 20 ms)"
    )


if __name__ == "__main__":
    main()
