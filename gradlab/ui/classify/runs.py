"""A classification run as the tab's worker thread runs it: the core's ``train``, plus what the views draw.

``training_reports`` runs ``gradlab.classify.training.train`` (a plain generator) in the training
process (``classify.training_process``: there the window's drawing does not take the training's
turns at the interpreter's lock), or on this worker thread when the process cannot take the run,
and, between two of its reports, on the worker thread, computes what the pictures need from the
weights of that moment: every neuron's map over the plane (``models.neuron_maps``; the last layer's
is the plane's heat map), its decision boundary and margins (``isolines``) and the wrong points'
pulls, at most ``MAPS_PER_S`` times a second. The GUI thread then only hands arrays to the views.
Messages for the run (a new learning rate, edited weights) go into an ``Inbox`` from the GUI thread
and are sent into ``train`` before its next step, merged, none lost; the Inbox also holds and stops
the run.

A run trains on ``TRAINING_THREADS`` torch threads (one), set for the run and put back after it.
torch's default (a thread per core) splits even a 200 × 16 product between threads, and a thread
that waits for a busy core makes each step many times slower: the benchmark's circle preset takes
0.4 ms a step on one thread, 12.6 ms on two on a loaded two-core machine (spiral 1.5 against 43.5;
10,000 points through six layers of 16, 30 against 213). The losses are the same to the last bit
for every preset (torch splits no sum of fewer than 32,768 numbers); past that (50,000 test
points) two threads sum in another order, and one thread is what ``gradlab classify`` and the
exported script are tested with. The training process sets it for itself; on this side it is set
for the run too (the pictures are computed here), for the whole process: a Regression run at the
same time also trains on one thread meanwhile.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import numpy as np

MAPS_PER_S = 24  # train's reports, each with the plane's and the neurons' maps: about this many a second
PLANE_GRID = 100  # the plane's heat map is PLANE_GRID × PLANE_GRID
NEURON_GRID = 40  # a neuron's box is at most 56 pixels: its map needs no finer grid
MARGIN = 0.15  # around the points, as a share of their extent
MAX_PULLED_POINTS = 5_000  # the plane draws at most this many points; pulls past it are not drawn
TRAINING_THREADS = 1  # torch's intra-op threads during a run (see above)
IN_ITS_OWN_PROCESS = True  # train in the training process (classify.training_process) when it can


class Inbox:
    """What the GUI thread wants of the running ``train``: messages merged until taken; hold, go, stop.

    A run in the training process (``attach``) holds and stops there at once; one trained on this
    process's worker thread waits in ``wait_while_held`` after the report it was held at. One
    Inbox a run: nothing meant for an earlier run reaches a later one.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._woken = threading.Condition(self._lock)
        self._message: dict = {}
        self.held = False  # asked to hold
        self.stopped = False
        self.remote = None  # the RemoteRun, when the run trains in the training process
        self._holding_at: int | None = None  # the step a run on this process's thread waits at

    def put(self, **message) -> None:
        with self._lock:
            self._message.update(message)

    def take(self) -> dict | None:
        with self._lock:
            message, self._message = self._message, {}
        return message or None

    def pending(self, key: str) -> bool:
        with self._lock:
            return key in self._message

    def attach(self, remote) -> None:
        """The run trains in the training process: holds and stops go there (one asked for already too)."""
        with self._lock:
            self.remote = remote
            held, stopped = self.held, self.stopped
        if stopped:
            remote.stop()
        elif held:
            remote.hold()

    def hold(self) -> None:
        with self._lock:
            self.held = True
            remote = self.remote
        if remote is not None:
            remote.hold()

    def go(self) -> None:
        """On from the hold; what was typed meanwhile (weights, a rate) from the first step after it."""
        with self._lock:
            self.held = False
            remote = self.remote
            message = None
            if remote is not None:  # the extent stays for the pictures, made on this side
                extent = self._message.pop("extent", None)
                message, self._message = self._message, ({"extent": extent} if extent else {})
            self._woken.notify_all()
        if remote is not None:
            remote.go(message or None)

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            remote = self.remote
            self._woken.notify_all()
        if remote is not None:
            remote.stop()

    @property
    def held_at(self) -> int | None:
        """The step the run waits at, once it has stopped where it was held (None: it has not)."""
        remote = self.remote
        return remote.held_at if remote is not None else self._holding_at

    @property
    def holding(self) -> bool:
        """Whether the run has stopped where it was held (not only been asked to)."""
        return self.held_at is not None

    def wait_while_held(self, step: int) -> None:
        """For a run on this process's thread: wait here (after report ``step``) while held."""
        with self._lock:
            if not self.held or self.stopped:
                return
            self._holding_at = step
            while self.held and not self.stopped:
                self._woken.wait()
            self._holding_at = None


@dataclass
class Pictures:
    """What the plane and the network draw for one set of weights."""

    layers: list  # every layer's (weight rows, biases), as models.layers gives them
    maps: list  # per layer, a (neurons, rows, columns) array over a NEURON_GRID grid; the last the output
    plane: np.ndarray  # the output over the plane's grid (rows over ys, columns over xs)
    xs: np.ndarray
    ys: np.ndarray
    pulls: list  # (point, dx, dy) for the linear classifier and the neuron, else []
    lines: dict = field(default_factory=dict)  # level -> (x, y): the boundary's and the margins' iso-lines


@dataclass
class Report:
    """One of ``train``'s reports, with the pictures of its weights (None between two pictures)."""

    progress: object
    pictures: Pictures | None = None


def plane_extent(xy) -> tuple[float, float, float, float]:
    """The part of the plane shown: the points' box with a margin (a unit box around one point or none)."""
    if not len(xy):
        return (-1.5, 1.5, -1.5, 1.5)
    points = np.asarray(xy, dtype=float)
    low, high = points.min(axis=0), points.max(axis=0)
    span = np.maximum(high - low, 1.0)
    middle = (low + high) / 2
    half = span * (0.5 + MARGIN)
    return (middle[0] - half[0], middle[0] + half[0], middle[1] - half[1], middle[1] + half[1])


def pictures_of(setup, model, points, extent, size: int = PLANE_GRID) -> Pictures:
    """The maps of every neuron over the plane and the points' pulls, for ``model`` as it is now.

    In float32 (``models.neuron_maps``'s dtype): 10,000 grid points are several times faster than
    in the model's float64, and a picture needs no more. The plane's boundary (and, with the hinge
    loss, its margins) are worked out here too and kept with the map
    (``isolines.remember_lines``), so that the GUI thread drawing them does not compute them again.
    """
    import torch

    from ...classify.losses import pulls
    from ...classify.models import boundary_level, layers, neuron_maps
    from .isolines import remember_lines

    x0, x1, y0, y1 = extent
    xs, ys = np.linspace(x0, x1, size), np.linspace(y0, y1, size)
    pulled = pulls(setup, model, points) if len(points) <= MAX_PULLED_POINTS else []
    plane = neuron_maps(model, xs, ys, torch.float32, output_only=True)[-1][0]
    neurons = neuron_maps(
        model, np.linspace(x0, x1, NEURON_GRID), np.linspace(y0, y1, NEURON_GRID), torch.float32
    )
    level = boundary_level(setup)
    levels = (level, level - 1, level + 1) if setup.loss == "hinge" else (level,)  # as the tab draws
    lines = remember_lines(plane, xs, ys, levels)
    return Pictures(layers(model), neurons, plane, xs, ys, pulled, lines)


def live_training(setup, points, inbox: Inbox, extent, maps_per_s: float = MAPS_PER_S, start=None):
    """``train(setup, points)``'s reports as ``Report``s, with pictures; the inbox's messages sent in.

    ``start``: the first weights (``models.layers``' form: typed or loaded); None: the seed's. An
    ``extent`` in the inbox (the plane zoomed or panned) is where the next pictures are made. On
    ``TRAINING_THREADS`` torch threads (``on_training_threads``).
    """
    return on_training_threads(training_reports(setup, points, inbox, extent, start, maps_per_s))


def on_training_threads(reports):
    """The generator ``reports``, run on ``TRAINING_THREADS`` torch threads (``send`` passed on).

    The count is set on the thread that runs it (the worker's), as its first report is asked
    for; torch's count before it is put back when the run ends, is stopped (closed) or fails, unless
    someone else (a test's fixture) has set another count meanwhile: theirs stays.
    """
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(TRAINING_THREADS)
    try:
        return (yield from reports)
    finally:
        if torch.get_num_threads() == TRAINING_THREADS:  # not if another (a test's fixture) set it since
            torch.set_num_threads(threads)


def training_reports(
    setup, points, inbox: Inbox, extent, start=None, maps_per_s: float = MAPS_PER_S, translations=()
):
    """The reports of ``live_training``: trained in the training process when it can take the run.

    ``translations``: ``translation.translated_sentences()``, made on the GUI thread, so that the
    training process writes its messages in the window's language. When the process cannot take
    the run (started too slowly, failed, busy with another), the run trains on this thread.
    """
    from ...classify.training import train

    run = None
    if IN_ITS_OWN_PROCESS:
        from ...classify.training_process import remote_run

        run = remote_run(setup, points, start, 1 / maps_per_s, TRAINING_THREADS, translations)
    if run is not None:
        inbox.attach(run)
    else:
        run = train(setup, points, report_every=1 / maps_per_s, start=start)
    message = None
    last_pictures = -1.0
    try:
        while True:
            try:
                progress = run.send(message) if message is not None else next(run)
            except StopIteration:
                return
            report = Report(progress)
            now = time.perf_counter()
            final = progress.done or bool(progress.error)
            model = progress.model  # between two steps (here, or a copy of the training process's)
            if model is not None and (final or now - last_pictures >= 0.9 / maps_per_s):
                last_pictures = now
                report.pictures = pictures_of(setup, model, points, extent)
            message = yield report
            if inbox.remote is None:
                inbox.wait_while_held(progress.step)
            if inbox.stopped:
                return
            pending = inbox.take()
            if pending and "extent" in pending:  # the plane was zoomed or panned: the next maps are over that
                extent = pending.pop("extent")
            if pending:
                message = {**(message or {}), **pending}
    finally:
        run.close()
