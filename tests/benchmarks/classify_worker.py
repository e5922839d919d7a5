"""Benchmark: the Neural Network tab's training against the same torch loop run bare, and the GUI's lateness.

1. Throughput: steps per second of the core's training loop (``Trainer.step``, a 2-16-16-1 ReLU
   network on 200 points of the circle set, hinge loss, plain descent) run bare in a loop, against
   the same set-up trained by the Neural Network tab: in its training process
   (``classify.training_process``), with the plane's 100×100 map and every neuron's map computed
   on the worker thread and drawn live, the network's lines and the loss and accuracy curves,
   offscreen. Target: at least 0.9. Beside it, the same run trained on the worker thread (what
   the tab does when the process cannot take a run), where the GUI thread's Python takes turns
   at the interpreter's lock with the training's.
2. Redraws: how many times a second the plane and the network were redrawn during the run
   (target: at least 20).
3. Responsiveness: a 10 ms QTimer on the GUI thread during the runs; how late its timeouts come.
   Target: 99th percentile lateness at most 10 ms.

The tab trains on ``runs.TRAINING_THREADS`` torch threads (one); the bare loop runs on as many
(``--threads N`` runs it on N instead, to see what torch's default would cost). Run it on a quiet
machine: another process on the same cores moves the figures by a third (the CPU times a step it
prints beside the rates move less).

    python tests/benchmarks/classify_worker.py [--steps 4000] [--repeats 3] [--threads N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

SETUP = dict(
    data="circle",
    count=200,
    seed=0,
    model="mlp",
    hidden=(16, 16),
    activation="relu",
    loss="hinge",
    optimizer="manual",
    lr=0.05,
)


def bare_loop(setup, points, threads: int) -> float:
    """The core's loop with nothing around it, on ``threads`` torch threads; steps per second."""
    import torch

    from gradlab.classify.training import Trainer

    torch.set_num_threads(threads)
    trainer = Trainer(setup, points)
    start, cpu = time.perf_counter(), time.thread_time()
    for _ in range(setup.steps):
        trainer.step()
    bare_cpu.append((time.thread_time() - cpu) / setup.steps)
    return setup.steps / (time.perf_counter() - start)


gui_shares: list[float] = []  # the GUI thread's CPU time over each run's wall time
bare_cpu: list[float] = []  # the bare loop's CPU seconds a step
child_cpu: list[float] = []  # the training process's CPU seconds a step


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used, from /proc (Linux); nan elsewhere."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def app_run(window, app, settings, with_timer: bool, in_process: bool = True):
    """Train through the tab: loop steps/s, wall steps/s, redraws a second, the timer's lateness (ms)."""
    import pyqtgraph as pg
    from PySide6.QtCore import QEventLoop, QTimer

    from gradlab.classify.training_process import shared_process
    from gradlab.ui.classify import runs

    runs.IN_ITS_OWN_PROCESS = in_process
    child = shared_process().pid
    child_before = process_cpu(child)
    tab = window.classify_tab
    tab.settings = settings
    tab.show_setup()
    app.processEvents()
    late: list[float] = []
    last = [time.perf_counter()]
    drawn = [0]
    show = tab._show_pictures

    def counted(*args, **kwargs):
        drawn[0] += 1
        return show(*args, **kwargs)

    tab._show_pictures = counted

    def tick():
        now = time.perf_counter()
        late.append(max(0.0, (now - last[0]) * 1000 - 10))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.setTimerType(pg.QtCore.Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    start, cpu = time.perf_counter(), time.thread_time()
    tab.start()
    tab.worker.finished.connect(loop.quit)
    if with_timer:
        timer.start()
    last[0] = time.perf_counter()
    loop.exec()
    elapsed = time.perf_counter() - start
    gui = time.thread_time() - cpu
    if in_process:
        gui_shares.append(gui / elapsed)
        child_cpu.append((process_cpu(child) - child_before) / max(tab.steps_done, 1))
    timer.stop()
    del tab._show_pictures
    app.processEvents()
    progress = tab.last_progress
    assert progress is not None and progress.done and not progress.error, "the run did not finish"
    assert (tab.inbox.remote is not None) == in_process, "the run trained elsewhere than asked"
    return progress.steps_per_second, progress.step / elapsed, drawn[0] / elapsed, late


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=4000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=0, help="the bare loop's torch threads (0: the tab's)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QMessageBox

    from gradlab.classify.settings import ClassifySettings
    from gradlab.classify.setup import Setup
    from gradlab.ui.app import application
    from gradlab.ui.main_window import MainWindow

    setup = Setup(**SETUP, steps=args.steps)
    app = application()
    window = MainWindow(remember=False)  # the user's settings neither used nor changed
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # a benchmark keeps nothing
    window.resize(1280, 800)
    window.show()
    window.torch_loader.wait()
    app.processEvents()
    from gradlab.ui.classify.runs import TRAINING_THREADS

    threads = args.threads or TRAINING_THREADS
    window.tabs.setCurrentWidget(window.classify_tab)
    app.processEvents()
    settings = ClassifySettings(setup)
    points = settings.points

    bare_loop(setup.with_changes(steps=200), points, threads)  # warm up
    app_run(window, app, ClassifySettings(setup.with_changes(steps=200)), with_timer=False)
    app_run(window, app, ClassifySettings(setup.with_changes(steps=200)), with_timer=False, in_process=False)
    gui_shares.clear()
    bare_cpu.clear()
    child_cpu.clear()
    bare, ours, walls, redraws, lateness, threaded = [], [], [], [], [], []
    for _ in range(args.repeats):  # interleaved, so drifts of the machine hit each alike
        bare.append(bare_loop(setup, points, threads))
        loop_rate, wall, drawn, _ = app_run(window, app, ClassifySettings(setup), with_timer=False)
        ours.append(loop_rate)
        walls.append(wall)
        redraws.append(drawn)
        *_, late = app_run(window, app, ClassifySettings(setup), with_timer=True)
        lateness.extend(late)
        threaded.append(app_run(window, app, ClassifySettings(setup), with_timer=False, in_process=False)[0])
    window.close()
    p_bare, p_ours = statistics.median(bare), statistics.median(ours)
    lateness.sort()
    p99 = lateness[int(0.99 * (len(lateness) - 1))]
    print(
        f"torch threads: {threads} in the bare loop, {TRAINING_THREADS} in the tab's runs; "
        f"{setup.steps:,} steps of 2-16-16-1 on {len(points)} points"
    )
    print(f"bare torch loop (Trainer.step): {p_bare:,.0f} steps/s (median of {args.repeats})")
    print(
        f"tab's training path: {p_ours:,.0f} steps/s in its loop (training process; live plane, network, "
        "curves)"
    )
    print(f"throughput ratio: {p_ours / p_bare:.2f} (target: at least 0.9)")
    print(f"  best of each: {max(ours):,.0f} / {max(bare):,.0f} steps/s, ratio {max(ours) / max(bare):.2f}")
    p_threaded = statistics.median(threaded)
    print(
        f"  trained on the worker thread instead (the tab's fallback): {p_threaded:,.0f} steps/s, "
        f"ratio {p_threaded / p_bare:.2f}"
    )
    print(f"  the GUI thread's CPU time: {statistics.median(gui_shares):.0%} of the runs' wall time")
    bare_us, child_us = 1e6 * statistics.median(bare_cpu), 1e6 * statistics.median(child_cpu)
    print(  # CPU time moves far less than wall time when other processes share the cores
        f"  CPU a step: bare loop {bare_us:.0f} µs, the training process {child_us:.0f} µs "
        f"({bare_us / child_us:.2f})"
    )
    wall = statistics.median(walls)
    print(f"  counting from Start (model, thread start included): {wall:,.0f} steps/s ({wall / p_bare:.2f})")
    print(f"plane and network redrawn {statistics.median(redraws):.1f} times a second (target: at least 20)")
    print(
        f"10 ms GUI timer during the runs: {len(lateness)} ticks, median lateness "
        f"{statistics.median(lateness):.1f} ms, 99th percentile {p99:.1f} ms (target: at most 10 ms)"
    )


if __name__ == "__main__":
    main()
