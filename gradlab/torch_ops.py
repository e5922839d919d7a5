"""The engine's operations as torch functions, for evaluating a graph or an expression with torch.

One table for the Graph tab's check and the Gradient Descent tab's functions. Importing this
module imports torch: import it where torch is about to be used.
"""

from __future__ import annotations

import torch


def _norm(*xs: torch.Tensor) -> torch.Tensor:
    return torch.linalg.vector_norm(torch.stack(torch.broadcast_tensors(*xs)), dim=0)


TORCH_FUNCTIONS = {
    "add": torch.add,
    "sub": torch.sub,
    "mul": torch.mul,
    "div": torch.div,
    "pow": torch.pow,
    "neg": torch.neg,
    "exp": torch.exp,
    "log": torch.log,
    "sqrt": torch.sqrt,
    "sin": torch.sin,
    "cos": torch.cos,
    "tanh": torch.tanh,
    "sigmoid": torch.sigmoid,
    "relu": torch.relu,
    "abs": torch.abs,
    "max": torch.maximum,
    "min": torch.minimum,
    "norm": _norm,
}
