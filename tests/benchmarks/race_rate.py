"""Benchmark: does the race keep the speed slider's promise? Six optimizers at the slider's maximum.

The Gradient Descent tab plays offscreen, as a student would run it, for a few seconds: Rosenbrock,
all six optimizers, the speed slider at its maximum (1000 steps/s), the tolerance at 0 so that
nobody stops early. Printed: the steps per second each optimizer achieved, the redraws (frames)
per second, and the longest gap between two frames. Target: every optimizer at the slider's rate,
at least 30 frames a second.

    python tests/benchmarks/race_rate.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import os
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QMessageBox

    from gradlab.ui.app import application
    from gradlab.ui.main_window import MainWindow

    app = application()
    window = MainWindow(remember=False)  # the user's settings neither used nor changed
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # a benchmark keeps nothing
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    # the Regression tab's torch loads on a thread after the first paint and holds the GIL for
    # seconds: measured after it, the figures are the race's own
    window.torch_loader.wait()
    app.processEvents()
    tab = window.descent_tab
    window.tabs.setCurrentWidget(tab)
    tab.load_function("rosenbrock")
    tab.race.change(on=dict.fromkeys(tab.race.settings.on, True), tolerance="0", max_steps=1_000_000)
    tab.speed.setValue(tab.speed.maximum())
    promised = tab.race.steps_per_second
    frame_times: list[float] = []
    original_draw = tab._draw

    def counted_draw() -> None:
        original_draw()
        frame_times.append(time.perf_counter())

    tab._draw = counted_draw
    tab.race_bar.play_button.click()
    begin, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - begin < args.seconds:
        app.processEvents()  # the event loop, as exec() would run it
        time.sleep(0.001)
    tab.race_bar.play_button.click()
    elapsed = time.perf_counter() - begin
    cpu = (time.process_time() - cpu) / elapsed
    print(f"the slider promises {promised} steps/s; played {elapsed:.1f} s with {len(tab.runs)} optimizers")
    for kind, run in tab.runs.items():
        print(f"  {kind:9s} {run.steps / elapsed:7.1f} steps/s  ({run.status})")
    seconds = [sum(1 for f in frame_times if k <= f - begin < k + 1) for k in range(int(elapsed))]
    print("frames in each second:", seconds)
    gaps = [b - a for a, b in zip(frame_times, frame_times[1:])]
    print(f"frames per second: {len(frame_times) / elapsed:.1f} (target: at least 30)")
    if gaps:
        print(f"longest gap between frames: {max(gaps) * 1000:.0f} ms")
    print(f"CPU used: {cpu:.0%} of one core (a share well below 100% means other programs had the CPU)")
    window.close()


if __name__ == "__main__":
    main()
