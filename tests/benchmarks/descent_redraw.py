"""Benchmark: redraws per second of the Gradient Descent tab with six optimizers and 10,000-point paths.

Each redraw is what a timer tick does while the race plays: one more step for every optimizer,
then the map's paths, points and arrows, the loss curves, the table and the log are updated and
the window is painted (offscreen). Target: at least 30 redraws a second on a 2-core machine.

    python tests/benchmarks/descent_redraw.py [--points 10000] [--redraws 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=10_000, help="path length per optimizer")
    parser.add_argument("--redraws", type=int, default=60)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from gradlab.ui.app import application
    from gradlab.ui.main_window import MainWindow

    app = application()
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(remember=False)  # the user's settings neither used nor changed
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # a benchmark keeps nothing
    window.resize(1280, 800)
    window.show()
    window.torch_loader.wait()  # the Regression tab's torch, loading on a thread, would take the CPU
    app.processEvents()
    tab = window.descent_tab  # ready at once: the race needs no torch
    window.tabs.setCurrentWidget(tab)
    tab.load_function("rosenbrock")
    tab.race.change(on=dict.fromkeys(tab.race.settings.on, True), max_steps=args.points + args.redraws + 10)
    tab.reset()
    start = time.perf_counter()
    for run in tab.runs.values():
        run.advance(args.points)
    print(f"computed {len(tab.runs)} paths of {args.points:,} points in {time.perf_counter() - start:.1f} s")
    print("status:", ", ".join(f"{k} {r.status} ({r.steps})" for k, r in tab.runs.items()))

    times, painted = [], []
    tab.map.paints = 0
    original_paint = type(tab.map).paintEvent

    def counting_paint(view, event):
        view.paints += 1
        original_paint(view, event)

    type(tab.map).paintEvent = counting_paint
    for _ in range(args.redraws):
        begin = time.perf_counter()
        for run in tab.runs.values():
            run.advance(1)
        tab._draw()
        app.processEvents()  # paints what changed, as the screen would
        painted.append(tab.map.paints)
        times.append(time.perf_counter() - begin)
    median = statistics.median(times)
    print(f"redraw: median {median * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms")
    print(f"the map was painted {tab.map.paints} times in {args.redraws} redraws")
    print(f"redraws per second: {1 / median:.1f} (target: at least 30)")
    window.close()


if __name__ == "__main__":
    main()
