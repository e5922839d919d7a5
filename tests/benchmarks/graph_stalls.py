"""Benchmark: the longest GUI-thread stall of the Graph tab, as a 5 ms timer's worst lateness.

Two actions, in a real MainWindow drawn offscreen: Run backward 2 s after start (while torch is
still being imported on its thread, the gradient check must not wait for it) and Run backward on
a 1,000-node graph (the walk runs in slices, the checks on a worker). Also printed, to compare:
the stall of doing nothing while torch imports (the import's own hold on the interpreter), and
building and drawing the 1,000-node graph. Target: no stall over 100 ms.

    python tests/benchmarks/graph_stalls.py
"""

from __future__ import annotations

import os
import sys
import time


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

    def measure(self, action, until, limit: float = 60.0) -> float:
        """Run ``action()`` from the event loop and pump events until ``until()``; the worst stall in ms."""
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


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtWidgets import QMessageBox

    from gradlab.ui.app import application
    from gradlab.ui.main_window import MainWindow

    app = application()
    window = MainWindow(remember=False)
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # a benchmark keeps nothing
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    tab = window.graph_tab
    meter = StallMeter(app)
    ready_at: list[float] = []  # when torch's import ended and the torch tabs set themselves up
    window.torch_loader.ready.connect(lambda: ready_at.append(time.perf_counter() - started))
    idle = meter.measure(lambda: None, lambda: time.perf_counter() - started > 2.0)
    print(f"Doing nothing until 2 s after start (torch importing on its thread): longest stall {idle:.1f} ms")
    torch_in = hasattr(sys.modules.get("torch"), "autograd")  # imported already, or still importing
    stall = meter.measure(tab.run_backward, lambda: tab.check_panel.table.item(0, 2) is not None)
    print(f"Run backward 2 s after start (torch loaded: {torch_in}): longest stall {stall:.1f} ms")
    stall = meter.measure(lambda: None, lambda: "computing" not in tab.check_panel.table.item(0, 2).text())
    print(f"  ... until torch's check arrived: longest stall {stall:.1f} ms")

    while not ready_at:  # the other tabs' set-up once torch is in is theirs: not measured below
        app.processEvents()
        time.sleep(0.005)
    print(f"(torch was ready {ready_at[0]:.1f} s after start)")
    graph = big_sum(250)
    nodes = len(graph.all_nodes)

    def build() -> None:
        tab.document.replace(graph, "benchmark")
        tab._document_changed()

    t = time.perf_counter()
    build()
    app.processEvents()
    print(f"Building and drawing {nodes} nodes: {1000 * (time.perf_counter() - t):.0f} ms (one stall)")
    stall = meter.measure(tab.run_backward, lambda: tab.stepper.done)
    print(f"Run backward on {nodes} nodes: longest stall {stall:.1f} ms, in {tab.run.slices} slices")
    stall = meter.measure(
        lambda: None, lambda: "computing" not in tab.check_panel.table.item(0, 3).text(), limit=120
    )
    print(f"  ... until the worker's checks arrived: longest stall {stall:.1f} ms")
    window.close()


if __name__ == "__main__":
    main()
