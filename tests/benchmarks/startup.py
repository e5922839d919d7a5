"""Benchmark: how long gradlab's window takes to appear, painted, against a bare Qt window with plots.

Each trial is a fresh process (offscreen), timed from its start to the end of the window's first
paint: the bare one is a QMainWindow whose QTabWidget holds three pyqtgraph PlotWidgets; gradlab's
is ``gradlab`` as a user starts it (QApplication, translations, theme, the main window; torch then
loads in the background). Trials alternate, so both meet the same machine. Target: the median
ratio at most 1.3. It also reports when torch had finished loading, for the record.

    python tests/benchmarks/startup.py [--trials 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

# Prints the seconds from the process's start to the end of the first paint, then quits.
PAINTED = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    class FirstPaint(QObject):
        done = False
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, report)  # after the whole window has painted in this pass
            return False
    def report():
        print(f"painted {time.perf_counter() - START:.4f}", flush=True)
        QTimer.singleShot(0, app.quit)
    """
)

BARE = (
    "import time; START = time.perf_counter()\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget\n"
    "import pyqtgraph as pg\n"
    + PAINTED
    + textwrap.dedent(
        """
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        tabs = QTabWidget()
        for name in ("a", "b", "c"):
            tabs.addTab(pg.PlotWidget(), name)
        window.setCentralWidget(tabs)
        window.resize(1200, 800)
        first = FirstPaint()
        window.installEventFilter(first)
        window.show()
        app.exec()
        """
    )
)

GRADLAB = (
    "import time; START = time.perf_counter()\n"
    + PAINTED
    + textwrap.dedent(
        """
        from gradlab.ui.app import application
        app = application()
        from gradlab.ui.main_window import MainWindow
        window = MainWindow(remember=False)
        first = FirstPaint()
        window.installEventFilter(first)
        window.show()
        app.exec()
        """
    )
)


def trial(program: str, env: dict) -> float:
    """Seconds from starting the process to the end of its window's first paint."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", program], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    line = process.stdout.readline()
    painted = time.perf_counter() - start
    process.wait(timeout=120)
    if not line.startswith("painted"):
        raise RuntimeError(f"the program did not paint: {line!r}")
    return painted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home, "HOME": home}
        trial(BARE, env), trial(GRADLAB, env)  # warm the file cache for both
        bare, ours = [], []
        for _ in range(args.trials):
            bare.append(trial(BARE, env))
            ours.append(trial(GRADLAB, env))
    ratios = [o / b for o, b in zip(ours, bare)]
    for name, times in (("bare window with three plots", bare), ("gradlab's window", ours)):
        print(f"{name:29} median {statistics.median(times):.3f} s  ({min(times):.3f}–{max(times):.3f})")
    print(
        f"ratio (target ≤ 1.3): median {statistics.median(ratios):.2f}  ({min(ratios):.2f}–{max(ratios):.2f})"
    )


if __name__ == "__main__":
    main()
