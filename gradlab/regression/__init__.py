"""Regression as the course's scripts do it: data, models, recipes, a training loop, checkpoints.

Pure computing (torch; no Qt). The recipes import without torch; the rest loads it on first use.
"""

from importlib import import_module

from .recipes import MODELS, OPTIMIZERS, RECIPES, Recipe, Setup, recipe

_LAZY = {
    "make_data": ".data",
    "features": ".data",
    "load_csv": ".data",
    "build_model": ".models",
    "Trainer": ".training",
    "Progress": ".training",
    "train": ".training",
    "save_checkpoint": ".checkpoint",
    "load_checkpoint": ".checkpoint",
    "CheckpointError": ".checkpoint",
}

__all__ = ["MODELS", "OPTIMIZERS", "RECIPES", "Recipe", "Setup", "recipe", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
