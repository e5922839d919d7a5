"""The optimizers that race, as update rules on plain float64 numbers: torch.optim's algorithms, exactly.

Plain descent is ``p -= lr * grad``, as torchGd1.py writes it. Momentum and Nesterov are
torch.optim.SGD (dampening 0), AdaGrad is torch.optim.Adagrad (lr_decay 0, initial accumulator
0, eps 1e-10), RMSprop is torch.optim.RMSprop (alpha 0.99, eps 1e-8, not centered, no momentum)
and Adam is torch.optim.Adam (betas (0.9, 0.999), eps 1e-8, bias correction, no amsgrad): each
line below is the line of torch/optim/*.py's single-tensor loop it copies, operation for
operation, so the tests can check them against torch.optim step by step. Without torch, a step
costs microseconds instead of half a millisecond, and six optimizers race at full speed.
"""

from __future__ import annotations

import math

from ..translation import translate
from .presets import DEFAULT_RATES, OPTIMIZERS

__all__ = ["DEFAULT_RATES", "OPTIMIZERS", "Optimizer", "check_kind"]


def check_kind(kind: str) -> None:
    """ValueError naming ``kind`` unless it is one of OPTIMIZERS."""
    if kind not in OPTIMIZERS:
        message = translate("descent.optimizers", "unknown optimizer {kind}; choose from {choices}")
        raise ValueError(message.format(kind=repr(kind), choices=", ".join(OPTIMIZERS)))


class Optimizer:
    """One optimizer's state for one point; ``step(point, grad)`` returns the next point."""

    def __init__(self, kind: str, lr: float, momentum: float = 0.9, dims: int = 2):
        check_kind(kind)
        self.kind, self.lr, self.momentum = kind, lr, momentum
        self.steps = 0
        self.buffer: list[float] | None = None  # SGD's momentum buffer: None until the first step
        self.first = [0.0] * dims  # Adam's exp_avg
        self.second = [0.0] * dims  # AdaGrad's state_sum, RMSprop's square_avg, Adam's exp_avg_sq
        self.step = getattr(self, "_" + kind)

    def _sgd(self, point: list[float], grad) -> list[float]:
        lr = self.lr
        return [p - lr * g for p, g in zip(point, grad)]  # p -= lr * p.grad

    def _momentum(self, point: list[float], grad, nesterov: bool = False) -> list[float]:
        momentum = self.momentum
        if self.buffer is None:
            self.buffer = list(grad)  # buf = grad.detach().clone()
        else:
            self.buffer = [b * momentum + 1.0 * g for b, g in zip(self.buffer, grad)]  # mul_, add_(alpha=1)
        if nesterov:
            grad = [g + momentum * b for g, b in zip(grad, self.buffer)]  # grad.add(buf, alpha=momentum)
        else:
            grad = self.buffer
        alpha = -self.lr
        return [p + alpha * g for p, g in zip(point, grad)]  # param.add_(grad, alpha=-lr)

    def _nesterov(self, point: list[float], grad) -> list[float]:
        return self._momentum(point, grad, nesterov=True)

    def _adagrad(self, point: list[float], grad, lr_decay: float = 0.0, eps: float = 1e-10) -> list[float]:
        self.steps += 1
        clr = self.lr / (1 + (self.steps - 1) * lr_decay)
        self.second = [s + 1 * g * g for s, g in zip(self.second, grad)]  # addcmul_(grad, grad, value=1)
        std = [math.sqrt(s) + eps for s in self.second]  # state_sum.sqrt().add_(eps)
        return [p + -clr * g / d for p, g, d in zip(point, grad, std)]  # addcdiv_(grad, std, value=-clr)

    def _rmsprop(self, point: list[float], grad, alpha: float = 0.99, eps: float = 1e-8) -> list[float]:
        self.steps += 1
        # square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
        self.second = [s * alpha + (1 - alpha) * g * g for s, g in zip(self.second, grad)]
        avg = [math.sqrt(s) + eps for s in self.second]  # square_avg.sqrt().add_(eps)
        lr = self.lr
        return [p + -lr * g / a for p, g, a in zip(point, grad, avg)]  # addcdiv_(grad, avg, value=-lr)

    def _adam(
        self, point: list[float], grad, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8
    ) -> list[float]:
        self.steps += 1
        weight = 1 - beta1
        self.first = [
            m + weight * (g - m) for m, g in zip(self.first, grad)
        ]  # exp_avg.lerp_(grad, 1 - beta1)
        # exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
        self.second = [v * beta2 + (1 - beta2) * g * g for v, g in zip(self.second, grad)]
        step = float(self.steps)
        bias_correction1 = 1 - beta1**step
        bias_correction2 = 1 - beta2**step
        step_size = self.lr / bias_correction1
        bias_correction2_sqrt = bias_correction2**0.5
        denom = [math.sqrt(v) / bias_correction2_sqrt + eps for v in self.second]
        # param.addcdiv_(exp_avg, denom, value=-step_size)
        return [p + -step_size * m / d for p, m, d in zip(point, self.first, denom)]
