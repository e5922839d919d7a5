"""Classifying points in the plane, as the Hacker's guide's part 2 and the course's gate programs do.

Pure computing (torch; no Qt). The set-up and its presets import without torch; the models, the
losses, the training loop and the checkpoints load it on first use.
"""

from importlib import import_module

from .setup import PRESETS, Setup, SetupError

_LAZY = {
    "build_model": ".models",
    "layers": ".models",
    "Trainer": ".training",
    "Progress": ".training",
    "train": ".training",
    "save_checkpoint": ".checkpoint",
    "load_checkpoint": ".checkpoint",
    "predict_point": ".checkpoint",
    "export_script": ".script",
}

__all__ = ["PRESETS", "Setup", "SetupError", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
