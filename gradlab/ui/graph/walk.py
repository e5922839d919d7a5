"""The walk's steps, and running it to its end in slices, so that a big graph never freezes the window.

Each slice takes at most ``STEP_BUDGET`` steps (a node or an edge each) and hands their events to
the tab, which logs and draws them; the next slice runs from the event loop, after the window has
repainted and handled input. A small graph's run ends in the first slice, at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ...engine import Stepper

STEP_BUDGET = 300  # steps per slice: a 1,000-node graph's ~3,000 steps take about ten slices


class SlicedRun(QObject):
    """Runs a ``Stepper`` forward to the end of a pass (``forward``) or of the walk (``done``)."""

    took = Signal(list)  # the events of one slice
    finished = Signal()

    def __init__(self, parent: QObject | None = None, budget: int = STEP_BUDGET):
        super().__init__(parent)
        self.budget = budget
        self.stepper: Stepper | None = None
        self.until = "done"
        self.slices = 0  # how many slices the current (or last) run took
        self._timer = QTimer(self, objectName="graphRunTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, stepper: Stepper, until: str) -> None:
        """Run the first slice now; the others, if any, from the event loop."""
        self.stop()
        self.stepper, self.until, self.slices = stepper, until, 0
        self._slice()

    def stop(self) -> None:
        self._timer.stop()

    def _more(self) -> bool:
        stepper = self.stepper
        return stepper is not None and (
            stepper.phase == "forward" if self.until == "forward" else not stepper.done
        )

    def _slice(self) -> None:
        events = []
        while len(events) < self.budget and self._more():
            events.append(self.stepper.step())
        self.slices += 1
        if self._more():
            self._timer.start()
        self.took.emit(events)
        if not self._more():
            self.finished.emit()


class Walk(QObject):
    """The walk over the document's graph: steps, sliced runs and Play; a key that cannot act says why.

    The state is the ``Stepper`` (``stepper``); views listen: ``took`` (events taken), ``undone``
    (the last step taken back), ``restarted`` (a new walk) and ``refused`` (a sentence for the
    status bar when a step is not possible now, so its key never does something else instead; an
    empty one once a step is taken again, as the refusal is no longer true).
    """

    took = Signal(list)
    undone = Signal()
    restarted = Signal()
    refused = Signal(str)

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.stepper: Stepper = document.graph.steps()
        self._refusing = False  # a refusal is on show: the next step taken clears it
        self.run = SlicedRun(self)
        self.run.took.connect(self._took)
        self.play_timer = QTimer(self, objectName="graphPlayTimer")
        self.play_timer.timeout.connect(self._play_tick)
        # Predict mode (predict.Predictor): a step it asks about is posed instead of taken; and what
        # an exercise or Predict mode refuses (a step or run of kind "forward", "backward",
        # "run-forward" or "run"), saying why
        self.asking: Callable[[object], bool] | None = None
        self.refusal: Callable[[str], str] | None = None

    def _posed(self) -> bool:
        """Whether the next step is asked about first (Predict mode): then it is posed, not taken."""
        if self.asking is None or self.stepper.done:
            return False
        event = self.stepper.step()  # the step as it will be, its numbers put back at once
        self.stepper.undo()
        return self.asking(event)

    def _refused(self, kind: str) -> bool:
        why = self.refusal(kind) if self.refusal is not None else ""
        if why:
            self._refuse(why)
        return bool(why)

    def _took(self, events: list) -> None:
        if events and self._refusing:
            self._refusing = False
            self.refused.emit("")  # the refusal is no longer true: the walk went on
        self.took.emit(events)

    def _refuse(self, why: str) -> None:
        self._refusing = True
        self.refused.emit(why)

    def restart(self) -> None:
        """A new walk of the document's graph: values and gradients blank until the steps compute them."""
        self.stop()
        self.stepper = self.document.graph.steps(accumulate=self.document.keep_gradients)
        self.restarted.emit()

    def stop(self) -> None:
        self.run.stop()
        self.play_timer.stop()

    def _done(self) -> str:
        return self.tr("The walk is complete: Reset (Ctrl+R) starts a new one.")

    def step_forward(self) -> None:
        self.run.stop()
        phase = self.stepper.phase
        if phase == "forward":
            if not self._refused("forward") and not self._posed():
                self._took([self.stepper.step()])
        elif phase == "backward":
            self._refuse(self.tr("The forward pass is done: Backward step (Alt+Left) goes on."))
        else:
            self._refuse(self._done())

    def step_backward(self) -> None:
        self.run.stop()
        phase = self.stepper.phase
        if phase == "backward":
            if not self._refused("backward") and not self._posed():
                self._took([self.stepper.step()])
        elif phase == "forward":
            self._refuse(self.tr("Finish the forward pass first: Forward step (Alt+Right)."))
        else:
            self._refuse(self._done())

    def step_back(self) -> None:
        self.run.stop()
        if self.stepper.undo() is None:
            self._refuse(self.tr("Nothing to step back: the walk is at its start."))
        else:
            self.undone.emit()

    def run_forward(self) -> None:
        if self.stepper.phase != "forward":
            self._refuse(self.tr("The forward pass is already done."))
        elif not self._refused("run-forward"):
            self.run.start(self.stepper, "forward")

    def run_backward(self) -> None:
        """Both passes to the end: a small graph at once, a big one in slices from the event loop."""
        if self.stepper.done:
            self._refuse(self._done())
        elif not self._refused("run"):
            self.run.start(self.stepper, "done")

    def play(self, interval_ms: int) -> None:
        """A step every ``interval_ms`` until the end."""
        self.run.stop()
        if not self._refused("run"):
            self.play_timer.start(interval_ms)

    @property
    def playing(self) -> bool:
        return self.play_timer.isActive()

    def _play_tick(self) -> None:
        if self.stepper.done:
            self.play_timer.stop()
            self._took([])  # nothing new: the views see that play has stopped
            return
        self._took([self.stepper.step()])
