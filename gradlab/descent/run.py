"""One optimizer descending one function: its path, its values, and when it stops.

A run stops when it converges, diverges or runs out of steps. Steps are taken in chunks, so a
view can draw between them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch

from ..translation import translate
from .function import Objective
from .optimizers import make_step

DIVERGED_BEYOND = 1e6


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
    """``kind`` with learning rate ``lr`` from ``start`` on ``objective``.

    ``path.points[i]`` is where step i starts and ``path.values[i]`` the function there (what the
    course's programs print as ``i  =>  value``); ``position`` is where the run is now.
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
    ):
        if len(start) != objective.dims:
            message = translate("descent.run", "{function} takes {dims} start value(s), not {count}")
            raise ValueError(message.format(function=objective.text, dims=objective.dims, count=len(start)))
        if not (math.isfinite(lr) and lr > 0):
            raise ValueError(translate("descent.run", "the learning rate must be a positive number"))
        self.objective = objective
        self.kind, self.lr, self.momentum = kind, lr, momentum
        self.tolerance, self.max_steps = tolerance, max_steps
        self.parameter = torch.tensor([float(v) for v in start], dtype=torch.float64, requires_grad=True)
        self._step = make_step(kind, self.parameter, lr, momentum)
        self.path = Path(objective.dims)
        self.status = "running"  # or converged, diverged, finished
        self.stopped_at: int | None = None
        self.gradient = np.zeros(objective.dims)

    @property
    def steps(self) -> int:
        return self.path.size

    @property
    def running(self) -> bool:
        return self.status == "running"

    @property
    def position(self) -> np.ndarray:
        return self.parameter.detach().numpy().copy()

    def advance(self, n: int = 1) -> int:
        """Take up to ``n`` steps; returns how many were taken."""
        taken = 0
        while taken < n and self.running:
            self.parameter.grad = None
            f = self.objective(*self.parameter.unbind())
            if f.requires_grad:
                f.backward()
            else:  # a constant function: flat everywhere
                self.parameter.grad = torch.zeros_like(self.parameter)
            grad = self.parameter.grad
            value = f.item()
            grad_norm = float(torch.linalg.vector_norm(grad))
            point = self.parameter.detach().numpy()
            self.path.append(point, value, grad_norm)
            self.gradient = grad.detach().numpy().copy()
            taken += 1
            if (
                not (math.isfinite(value) and math.isfinite(grad_norm))
                or np.abs(point).max() > DIVERGED_BEYOND
            ):
                self._stop("diverged")
            elif grad_norm < self.tolerance:
                self._stop("converged")
            else:
                self._step()
                if not torch.isfinite(self.parameter).all() or self.parameter.abs().max() > DIVERGED_BEYOND:
                    self.path.append(self.position, math.nan, math.nan)  # keep where it flew off to
                    self._stop("diverged")
                elif self.steps >= self.max_steps:
                    self._stop("finished")
        return taken

    def _stop(self, status: str) -> None:
        self.status = status
        self.stopped_at = self.steps

    def log_lines(self, start: int = 0):
        """``i  =>  value`` for every recorded step from ``start``, as net2.py prints them."""
        values = self.path.values
        for i in range(start, len(values)):
            if math.isfinite(values[i]) or i < len(values) - 1 or self.status != "diverged":
                yield f"{i}  =>  {float(values[i])!r}"


@dataclass(frozen=True)
class Stability:
    """For a quadratic function: the Hessian's largest eigenvalue and 2/λmax, plain descent's limit."""

    largest_eigenvalue: float

    @property
    def max_rate(self) -> float:
        return 2 / self.largest_eigenvalue if self.largest_eigenvalue > 0 else math.inf


def stability(objective: Objective) -> Stability | None:
    """The stability limit if ``objective`` is quadratic (its Hessian is the same everywhere), else None."""
    probes = [(0.3, -0.7), (1.9, 2.3), (-3.1, 0.6)]
    hessians = []
    for probe in probes:
        point = torch.tensor(probe[: objective.dims], dtype=torch.float64)
        try:
            h = torch.autograd.functional.hessian(lambda p: objective(*p.unbind()), point)
        except RuntimeError:
            return None
        if not torch.isfinite(h).all():
            return None
        hessians.append(h)
    if any(not torch.allclose(h, hessians[0], rtol=1e-9, atol=1e-12) for h in hessians[1:]):
        return None
    h = (hessians[0] + hessians[0].T) / 2
    return Stability(float(torch.linalg.eigvalsh(h).max()))
