"""One optimizer descending one function: its path, its values, and why it stops.

Record k of a run is the point after k steps, with f and |grad| there: record 0 is the start,
known before any step. A run stops when it converges, runs out of steps, or meets a value that
is not a number, and then it names the cause: the start outside f's domain, a step out of it,
an overflow, or a divergence (and only for a divergence, and only where it is true, the
learning rate).
"""

from __future__ import annotations

import math

import numpy as np

from ..translation import translate
from .function import Objective
from .optimizers import Optimizer, check_kind

DIVERGED_BEYOND = 1e6

# A run's status: running, or why it stopped.
STATUSES = ("running", "converged", "finished", "diverged", "undefined", "overflow")


class Path:
    """A growing record of points, values and gradient norms in numpy arrays that double when full."""

    def __init__(self, dims: int, capacity: int = 1024):
        self.dims = dims
        self.size = 0
        self._points = np.empty((capacity, dims))
        self._values = np.empty(capacity)
        self._grad_norms = np.empty(capacity)

    def append(self, point, value: float, grad_norm: float) -> None:
        if self.size == len(self._values):
            self._points = np.concatenate([self._points, np.empty_like(self._points)])
            self._values = np.concatenate([self._values, np.empty_like(self._values)])
            self._grad_norms = np.concatenate([self._grad_norms, np.empty_like(self._grad_norms)])
        self._points[self.size] = point
        self._values[self.size] = value
        self._grad_norms[self.size] = grad_norm
        self.size += 1

    @property
    def points(self) -> np.ndarray:
        return self._points[: self.size]

    @property
    def values(self) -> np.ndarray:
        return self._values[: self.size]

    @property
    def grad_norms(self) -> np.ndarray:
        return self._grad_norms[: self.size]


class Run:
    """``kind`` with learning rate ``lr`` from ``start`` on ``objective``, in float64.

    ``path.points[k]`` is where the run is after k steps and ``path.values[k]`` f there (what the
    course's programs print as ``k  =>  value`` before their step k); ``position`` is where it is now.
    ``has_minimum``: whether f has one (True, False, or None for unknown), so that a divergence
    mentions the learning rate only where lowering it is the cure.
    """

    def __init__(
        self,
        objective: Objective,
        start,
        kind: str = "sgd",
        lr: float = 0.02,
        momentum: float = 0.9,
        tolerance: float = 0.0,
        max_steps: int = 10_000,
        has_minimum: bool | None = None,
    ):
        if len(start) != objective.dims:
            message = translate("descent.run", "{function} takes {dims} start value(s), not {count}")
            raise ValueError(message.format(function=objective.text, dims=objective.dims, count=len(start)))
        if not (math.isfinite(lr) and lr > 0):
            raise ValueError(translate("descent.run", "the learning rate must be a positive number"))
        check_kind(kind)
        self.objective = objective
        self.kind, self.lr, self.momentum = kind, lr, momentum
        self.tolerance, self.max_steps = tolerance, max_steps
        self.has_minimum = has_minimum
        self.optimizer = Optimizer(kind, lr, momentum, objective.dims)
        self.path = Path(objective.dims)
        self.status = "running"
        self.stopped_at: int | None = None  # the record (step) where it stopped
        self._point = [float(v) for v in start]
        self._record(*objective.value_and_gradient(*self._point))

    @property
    def steps(self) -> int:
        """Steps taken so far."""
        return self.path.size - 1

    @property
    def running(self) -> bool:
        return self.status == "running"

    @property
    def position(self) -> np.ndarray:
        return np.array(self._point)

    @property
    def value(self) -> float:
        return float(self.path.values[-1])

    @property
    def grad_norm(self) -> float:
        return float(self.path.grad_norms[-1])

    def advance(self, n: int = 1) -> int:
        """Take up to ``n`` steps; returns how many were taken."""
        f = self.objective.value_and_gradient
        step = self.optimizer.step
        taken = 0
        while taken < n and self.status == "running":
            self._point = step(self._point, self.gradient)
            taken += 1
            self._record(*f(*self._point))
        return taken

    def _record(self, value: float, gradient: tuple[float, ...]) -> None:
        self.gradient = gradient
        grad_norm = math.hypot(*gradient)
        self.path.append(self._point, value, grad_norm)
        k = self.steps
        if not all(math.isfinite(p) for p in self._point) or max(map(abs, self._point)) > DIVERGED_BEYOND:
            self._stop("diverged")
        elif math.isnan(value) or math.isnan(grad_norm):
            self._stop("undefined")
        elif math.isinf(value) or math.isinf(grad_norm):
            self._stop("overflow" if math.isinf(value) or k > 0 else "undefined")
        elif grad_norm < self.tolerance:
            self._stop("converged")
        elif k >= self.max_steps:
            self._stop("finished")

    def _stop(self, status: str) -> None:
        self.status = status
        self.stopped_at = self.steps

    def status_text(self) -> str:
        """The status in a few words, for a table cell."""
        n = self.stopped_at
        texts = {
            "running": translate("descent.run", "running"),
            "converged": translate("descent.run", "converged at step {n}"),
            "finished": translate("descent.run", "stopped after {n} steps"),
            "diverged": translate("descent.run", "diverged at step {n}"),
            "undefined": translate("descent.run", "left f's domain at step {n}"),
            "overflow": translate("descent.run", "overflow at step {n}"),
        }
        if self.status == "running" and self.steps == 0:
            return translate("descent.run", "ready")  # nothing has run yet
        if n == 0 and self.status == "undefined":
            return translate("descent.run", "f is not defined at the start point")
        if n == 0 and self.status == "overflow":
            return translate("descent.run", "f overflows at the start point")
        return texts[self.status].format(n=n)

    def explanation(self) -> str:
        """Why the run stopped, after its status (empty while it runs or after a plain finish)."""
        status, n = self.status, self.stopped_at
        point = ", ".join(f"{v:.6g}" for v in self._point)
        if status == "undefined" and n == 0:
            text = translate(
                "descent.run",
                "({point}) lies outside f's domain: f or its gradient is not defined there. "
                "Start somewhere else.",
            )
        elif status == "undefined":
            text = translate(
                "descent.run",
                "step {n} moved to ({point}), where f or its gradient is not defined.",
            )
        elif status == "overflow" and n == 0:
            text = translate(
                "descent.run",
                "at ({point}) f or its gradient is too large for float64. Start somewhere else.",
            )
        elif status == "overflow":
            text = translate(
                "descent.run",
                "at ({point}) f or its gradient became too large for float64.",
            )
        elif status == "diverged":
            text = translate("descent.run", "the point left every bound (a coordinate past 1e6).")
            rose = bool(np.nanmax(self.path.values[1:]) > self.path.values[0]) if self.steps else False
            if self.has_minimum is True:
                text += " " + translate("descent.run", "f has a minimum: lower the learning rate.")
            elif self.has_minimum is False:
                text += " " + translate("descent.run", "f has no minimum, so no learning rate would stop it.")
            elif rose:
                text += " " + translate(
                    "descent.run",
                    "f rose on the way: the steps overshoot, and a lower learning rate may help.",
                )
        elif status == "converged":
            text = translate("descent.run", "|grad| fell below {tolerance}.")
        else:
            return ""
        return text.format(n=n, point=point, tolerance=self.tolerance)

    def report(self) -> str:
        """The status and, if there is one, the reason: "diverged at step 9: the point left …"."""
        explanation = self.explanation()
        return f"{self.status_text()}: {explanation}" if explanation else self.status_text()

    def log_lines(self, start: int = 0):
        """``i  =>  value`` for every step taken from ``start``, as net2.py prints them before each step."""
        values = self.path.values
        for i in range(start, self.steps):
            yield f"{i}  =>  {float(values[i])!r}"
