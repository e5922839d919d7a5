"""The largest stable learning rate for plain gradient descent on a model linear in its parameters.

For y_pred = Φ w (Linear(3, 1) with its bias, Polynomial3) the squared-error loss is quadratic in
w with Hessian 2 ΦᵀΦ (sum) or 2 ΦᵀΦ / N (mean), and descent converges for rates below 2/λmax.
"""

from __future__ import annotations

import torch

from .recipes import Setup


def stable_rate(setup: Setup, x: torch.Tensor) -> float | None:
    """2/λmax of the loss Hessian, or None where the model is not linear in its parameters."""
    if setup.model not in ("linear3", "poly3"):
        return None
    # ΦᵀΦ for Φ = (1, x, x², x³) is the table of power sums Σ x^(i+j): seven sums over the data
    # instead of a product of N × 4 matrices (a 1,000,000-point CSV file costs milliseconds)
    x = x.double()
    sums, power = [], torch.ones_like(x)
    for _ in range(7):
        sums.append(power.sum())
        power = power * x
    hessian = 2 * torch.stack([torch.stack([sums[i + j] for j in range(4)]) for i in range(4)])
    if setup.reduction == "mean":
        hessian = hessian / len(x)
    largest = float(torch.linalg.eigvalsh(hessian).max())
    return 2 / largest if largest > 0 else None
