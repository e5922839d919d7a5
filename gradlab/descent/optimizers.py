"""The optimizers that race: plain descent as the course writes it, and torch.optim's own.

Momentum, Nesterov, AdaGrad, RMSprop and Adam are torch.optim's classes, so the student sees what
PyTorch really does.
"""

from __future__ import annotations

from collections.abc import Callable

import torch

from ..translation import translate
from .presets import DEFAULT_RATES, OPTIMIZERS

__all__ = ["DEFAULT_RATES", "OPTIMIZERS", "make_step"]


def make_step(kind: str, parameter: torch.Tensor, lr: float, momentum: float = 0.9) -> Callable[[], None]:
    """A function that moves ``parameter`` by one step of optimizer ``kind`` (its .grad is filled).

    Plain descent is ``p -= lr * p.grad`` under ``torch.no_grad()``, as torchGd1.py writes it; the
    others are torch.optim's classes with their own defaults (momentum 0.9 unless told otherwise).
    """
    if kind == "sgd":

        def plain() -> None:
            with torch.no_grad():
                parameter.sub_(lr * parameter.grad)  # p -= lr * p.grad, in place

        return plain
    if kind in ("momentum", "nesterov"):
        optimizer = torch.optim.SGD([parameter], lr=lr, momentum=momentum, nesterov=kind == "nesterov")
    elif kind == "adagrad":
        optimizer = torch.optim.Adagrad([parameter], lr=lr)
    elif kind == "rmsprop":
        optimizer = torch.optim.RMSprop([parameter], lr=lr)
    elif kind == "adam":
        optimizer = torch.optim.Adam([parameter], lr=lr)
    else:
        message = translate("descent.optimizers", "unknown optimizer {kind}; choose from {choices}")
        raise ValueError(message.format(kind=repr(kind), choices=", ".join(OPTIMIZERS)))
    return optimizer.step
