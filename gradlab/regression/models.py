"""The course's models: Linear(3, 1) on (x, x², x³), Polynomial3, DynamicNet, a small MLP; the optimizers.

Polynomial3 and DynamicNet are the scripts' classes: parameters made in the same order with
torch.randn(()), so a seed gives the same starting point as the script.
"""

from __future__ import annotations

import random

import torch

from .recipes import COEFFICIENTS, Setup


class Polynomial3(torch.nn.Module):
    """y = a + b x + c x² + d x³ (torchRegression6custom.py)."""

    def __init__(self):
        super().__init__()
        self.a = torch.nn.Parameter(torch.randn(()))
        self.b = torch.nn.Parameter(torch.randn(()))
        self.c = torch.nn.Parameter(torch.randn(()))
        self.d = torch.nn.Parameter(torch.randn(()))

    def forward(self, x):
        return self.a + self.b * x + self.c * x**2 + self.d * x**3

    def string(self):
        return f"y = {self.a.item()} + {self.b.item()} x + {self.c.item()} x^2 + {self.d.item()} x^3"


class DynamicNet(torch.nn.Module):
    """Polynomial3 plus e x⁴ and maybe e x⁵, chosen by random.randint(4, 6) at every forward pass."""

    def __init__(self):
        super().__init__()
        self.a = torch.nn.Parameter(torch.randn(()))
        self.b = torch.nn.Parameter(torch.randn(()))
        self.c = torch.nn.Parameter(torch.randn(()))
        self.d = torch.nn.Parameter(torch.randn(()))
        self.e = torch.nn.Parameter(torch.randn(()))
        self.highest_power = 3  # of the last forward pass: 3, 4 or 5

    def forward(self, x):
        y = self.a + self.b * x + self.c * x**2 + self.d * x**3
        top = random.randint(4, 6)
        for exp in range(4, top):
            y = y + self.e * x**exp
        self.highest_power = top - 1
        return y

    def string(self):
        return (
            f"y = {self.a.item()} + {self.b.item()} x + {self.c.item()} x^2 + {self.d.item()} x^3 "
            f"+ {self.e.item()} x^4 ? + {self.e.item()} x^5 ?"
        )


ACTIVATIONS = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU, "sigmoid": torch.nn.Sigmoid}


def build_model(setup: Setup) -> torch.nn.Module:
    """A fresh model for ``setup`` (drawing its initial values from torch's global generator)."""
    if setup.model == "linear3":
        return torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))
    if setup.model == "poly3":
        return Polynomial3()
    if setup.model == "dynamic":
        return DynamicNet()
    return torch.nn.Sequential(
        torch.nn.Linear(1, setup.hidden),
        ACTIVATIONS[setup.activation](),
        torch.nn.Linear(setup.hidden, 1),
        torch.nn.Flatten(0, 1),
    )


def coefficients(model: torch.nn.Module, kind: str) -> list[tuple[str, float]]:
    """The fitted polynomial's coefficients, named by the power of x they multiply (empty for an MLP)."""
    names = COEFFICIENTS[kind]
    if kind == "linear3":
        linear = model[0]
        values = [linear.bias.item(), *linear.weight.detach()[0].tolist()]
    else:
        values = [getattr(model, p).item() for p in "abcde"[: len(names)]]
    return list(zip(names, values))


def result_line(model: torch.nn.Module, kind: str) -> str:
    """The scripts' last line: ``Result: y = … + … x + … x^2 + … x^3``."""
    if kind == "linear3":
        linear = model[0]
        return (
            f"Result: y = {linear.bias.item()} + {linear.weight[:, 0].item()} x + "
            f"{linear.weight[:, 1].item()} x^2 + {linear.weight[:, 2].item()} x^3"
        )
    if kind in ("poly3", "dynamic"):
        return f"Result: {model.string()}"
    return f"Result: an MLP with {sum(p.numel() for p in model.parameters())} parameters"


def optimizer_for(setup, model: torch.nn.Module):
    """The torch optimizer ``setup.optimizer`` names, over ``model``'s parameters; None for "manual".

    "manual" is the hand-written update, ``p -= lr * p.grad``; the Neural Network tab offers the
    same five, built here too.
    """
    params = model.parameters()
    if setup.optimizer == "manual":
        return None
    if setup.optimizer == "sgd":
        return torch.optim.SGD(params, lr=setup.lr)
    if setup.optimizer == "momentum":
        return torch.optim.SGD(params, lr=setup.lr, momentum=setup.momentum)
    if setup.optimizer == "rmsprop":
        return torch.optim.RMSprop(params, lr=setup.lr)
    return torch.optim.Adam(params, lr=setup.lr)
