"""Benchmark: the longest GUI-thread stall of each heavy action, and the race's speed at its maximum.

A real MainWindow, drawn offscreen. A 5 ms QTimer runs on the GUI thread throughout; a stall is
how late its next tick comes. Measured:

1. doing nothing while torch imports on its thread (the window's first seconds);
2. Run backward 2 s after start (the gradient check must not wait for torch's import);
3. Run backward on a 1,000-node graph (the walk in slices, the checks on a worker);
4. loading a 1,000,000-row CSV file in the Regression tab (parsed on a thread);
5. the Gradient Descent race with six optimizers at the speed slider's maximum: the steps per
   second each achieved against the rate the slider names, and the frames per second.

Targets: no stall over 100 ms; every optimizer at the slider's rate; at least 30 frames a second.

    python tests/benchmarks/gui_stalls.py [--race-seconds 5]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


class StallMeter:
    """A 5 ms QTimer; the longest gap between its ticks beyond 5 ms is the worst stall."""

    def __init__(self, app):
        from PySide6.QtCore import QTimer

        self.app = app
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last - 0.005)
        self._last = now

    def measure(self, action, until, limit: float = 120.0) -> float:
        """Run ``action()`` from the event loop, pump events until ``until()``; the worst stall in ms."""
        from PySide6.QtCore import QTimer

        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer.start()
        QTimer.singleShot(0, action)
        end = time.perf_counter() + limit
        self.app.processEvents()
        while not until() and time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)
        for _ in range(3):  # the ticks just after the action's last slice
            self.app.processEvents()
            time.sleep(0.006)
        self.timer.stop()
        return self.worst * 1000


def big_sum(terms: int):
    """a0*b0 + a1*b1 + ... : 4 nodes a term, so 250 terms are about 1,000 nodes."""
    from gradlab.engine import parse

    text = " + ".join(f"a{i}*b{i}" for i in range(terms))
    values = {f"a{i}": 1.0 + i / terms for i in range(terms)} | {f"b{i}": 2.0 for i in range(terms)}
    return parse(text, **values)


def graph_stalls(window, meter, started: float) -> None:
    tab = window.graph_tab
    idle = meter.measure(lambda: None, lambda: time.perf_counter() - started > 2.0)
    print(f"1. doing nothing until 2 s after start (torch importing): longest stall {idle:.1f} ms")
    stall = meter.measure(tab.run_backward, lambda: tab.check_panel.table.item(0, 2) is not None)
    stall = max(
        stall, meter.measure(lambda: None, lambda: "computing" not in tab.check_panel.table.item(0, 2).text())
    )
    print(f"2. Run backward 2 s after start, until torch's check arrived: longest stall {stall:.1f} ms")
    window.torch_loader.wait()
    window.app_events()
    graph = big_sum(250)
    nodes = len(graph.all_nodes)

    def build() -> None:
        tab.document.replace(graph, "benchmark")
        tab._document_changed()

    build_stall = meter.measure(build, lambda: not tab.canvas.drawing)  # a big graph is drawn in slices
    stall = meter.measure(tab.run_backward, lambda: tab.stepper.done)
    stall = max(
        stall, meter.measure(lambda: None, lambda: "computing" not in tab.check_panel.table.item(0, 3).text())
    )
    print(f"3. Run backward on {nodes} nodes, until the checks arrived: longest stall {stall:.1f} ms")
    print(f"   (building and drawing those {nodes} nodes: {build_stall:.1f} ms)")


def csv_stall(window, meter) -> None:
    tab = window.regression_tab
    shown = meter.measure(lambda: window.tabs.setCurrentWidget(tab), lambda: tab.isVisible())
    print(f"   (showing the Regression tab for the first time: {shown:.1f} ms)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "million.csv"
        with path.open("w") as out:
            out.write("x,y\n")
            out.writelines(f"{i * 1e-6:.6f},{3 * i * 1e-6:.6f}\n" for i in range(1_000_000))
        done = []
        tab.csv_finished.connect(done.append)
        stall = meter.measure(lambda: tab.load_csv_from(path), lambda: bool(done))
    rows = len(tab.csv_data[0]) if tab.csv_data is not None else 0
    print(f"4. loading a 1,000,000-row CSV ({rows:,} rows read): longest stall {stall:.1f} ms")


def race_rate(window, seconds: float) -> None:
    tab = window.descent_tab
    window.tabs.setCurrentWidget(tab)
    tab.load_function("rosenbrock")
    tab.race.change(on=dict.fromkeys(tab.race.settings.on, True), tolerance="0", max_steps=10_000_000)
    tab.speed.setValue(tab.speed.maximum())
    promised = tab.race.steps_per_second
    frames: list[float] = []
    draw = tab._draw

    def counted() -> None:
        draw()
        frames.append(time.perf_counter())

    tab._draw = counted
    tab.race_bar.play_button.click()
    begin, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - begin < seconds:
        window.app_events()
        time.sleep(0.001)
    tab.race_bar.play_button.click()
    elapsed = time.perf_counter() - begin
    cpu = (time.process_time() - cpu) / elapsed
    gap = max((b - a for a, b in zip(frames, frames[1:])), default=0.0)
    rates = ", ".join(f"{kind} {run.steps / elapsed:.0f}" for kind, run in tab.runs.items())
    promise = f"{promised} steps/s, {len(tab.runs)} optimizers, {elapsed:.1f} s"
    print(f"5. the race at the slider's maximum ({promise}):")
    print(f"   steps/s: {rates}")
    print(f"   {len(frames) / elapsed:.1f} frames/s, the longest gap between two {gap * 1000:.0f} ms")
    print(f"   CPU used: {cpu:.0%} of one core (well below 100%: other programs had the CPU)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--race-seconds", type=float, default=5.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtWidgets import QMessageBox

    from gradlab.ui.app import application
    from gradlab.ui.main_window import MainWindow

    app = application()
    window = MainWindow(remember=False)  # the user's settings neither used nor changed
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # a benchmark keeps nothing
    window.app_events = app.processEvents
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    meter = StallMeter(app)
    graph_stalls(window, meter, started)
    csv_stall(window, meter)
    race_rate(window, args.race_seconds)
    window.close()


if __name__ == "__main__":
    main()
