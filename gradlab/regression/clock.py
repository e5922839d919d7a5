"""How long a run has really been running: its time since Start, less the time it spent paused.

Steps per second and the time left are worked out from this running time, so a pause neither
lowers the rate after Resume nor keeps a countdown going. Plain Python: no Qt, no torch.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class RunClock:
    """Running time of one run; ``now`` is the clock read (``time.perf_counter`` unless a test gives one)."""

    def __init__(self, now: Callable[[], float] = time.perf_counter):
        self._now = now
        self._started: float | None = None
        self._paused_at: float | None = None
        self._paused_for = 0.0

    def start(self) -> None:
        self._started, self._paused_at, self._paused_for = self._now(), None, 0.0

    def pause(self) -> None:
        if self._started is not None and self._paused_at is None:
            self._paused_at = self._now()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_for += self._now() - self._paused_at
            self._paused_at = None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def running_seconds(self) -> float:
        """Seconds spent running since Start (a pause in progress counts up to its start only)."""
        if self._started is None:
            return 0.0
        end = self._paused_at if self._paused_at is not None else self._now()
        return max(end - self._started - self._paused_for, 0.0)

    def steps_per_second(self, steps: int) -> float:
        seconds = self.running_seconds()
        return steps / seconds if seconds > 0 else 0.0

    def seconds_left(self, steps: int, total: int) -> float:
        """The time the remaining steps take at the rate so far (0 before any step)."""
        rate = self.steps_per_second(steps)
        return max(total - steps, 0) / rate if rate > 0 else 0.0
