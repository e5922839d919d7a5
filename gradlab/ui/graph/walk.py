"""Running a walk to its end in slices, so that a big graph's thousands of steps never freeze the window.

Each slice takes at most ``STEP_BUDGET`` steps (a node or an edge each) and hands their events to
the tab, which logs and draws them; the next slice runs from the event loop, after the window has
repainted and handled input. A small graph's run ends in the first slice, at once.
"""

from __future__ import annotations

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
