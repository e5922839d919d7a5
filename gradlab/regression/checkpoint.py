"""Checkpoints: a trained model's weights with its settings and loss history, saved and loaded safely.

Saving writes a temporary file beside the target and renames it, so a crash never leaves half a
file. Loading uses ``torch.load(weights_only=True)``: tensors and plain data only, so a file
carrying other pickled objects is refused before any of it runs. The course's own ``model.ckpt``
(a whole ``Sequential(Linear, Flatten)`` pickled by ``torch.save(model, ...)``) loads through an
allowlist of exactly those torch.nn classes, never with ``weights_only=False``.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import re
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

import torch

from ..files import why_not
from ..translation import translate
from .models import build_model
from .recipes import FEATURE_WIDTH, Setup

FORMAT = "gradlab-checkpoint"
VERSION = 1
COURSE_MODULES = (torch.nn.Sequential, torch.nn.Linear, torch.nn.Flatten)


class CheckpointError(Exception):
    """A checkpoint that could not be saved, or a file that gradlab will not load, and why."""


@dataclass
class Checkpoint:
    setup: Setup
    model: torch.nn.Module
    history: list[float]
    source: str  # "gradlab" or "course" (a whole pickled model from regression1train.py)


def save_checkpoint(path: str | Path, model: torch.nn.Module, setup: Setup, history=()) -> Path:
    """Write the checkpoint atomically: a temporary file, then a rename over ``path``.

    Any failure (a missing or read-only folder, a full disk, torch's own errors) raises
    CheckpointError saying why in one line, and leaves no temporary file behind.
    """
    path = Path(path)
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "setup": asdict(setup),
        "state_dict": {k: v.detach().cpu() for k, v in model.state_dict().items()},
        "history": [float(v) for v in history],
    }
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            torch.save(payload, handle)
        os.replace(temporary, path)
    except Exception as error:  # noqa: BLE001 - torch and the OS fail in many ways; all are said alike
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        message = translate("regression.checkpoint", "could not save {name}: {reason}")
        raise CheckpointError(
            message.format(name=path.name, reason=why_not(error, path, writing=True))
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    return path


def load_checkpoint(path: str | Path) -> Checkpoint:
    """Load a gradlab checkpoint, or the course's whole-model file; anything else is refused."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        message = translate("regression.checkpoint", "could not read {name}: {reason}")
        raise CheckpointError(message.format(name=path.name, reason=why_not(error, path))) from None
    try:
        with warnings.catch_warnings():  # torch warns about foreign pickles before refusing them
            warnings.simplefilter("ignore")
            data = torch.load(io.BytesIO(raw), weights_only=True, map_location="cpu")
    except pickle.UnpicklingError as error:
        found = re.search(r"GLOBAL ([\w.]+)", str(error))
        if found is None:
            message = translate("regression.checkpoint", "{name} is damaged or not a checkpoint")
            raise CheckpointError(message.format(name=path.name)) from None
        if found.group(1).startswith("torch.nn.modules."):
            return _load_course_model(path, raw)
        message = translate(
            "regression.checkpoint",
            "{name} was refused: it holds a Python object ({object}), and gradlab loads only "
            "weights and settings, so that nothing in a file can run",
        )
        raise CheckpointError(message.format(name=path.name, object=found.group(1))) from None
    except Exception:  # noqa: BLE001 - garbage makes torch's unpickler raise almost anything
        message = translate("regression.checkpoint", "{name} is damaged, cut short, or not a checkpoint")
        raise CheckpointError(message.format(name=path.name)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        message = translate("regression.checkpoint", "{name} is not a gradlab checkpoint")
        raise CheckpointError(message.format(name=path.name))
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        message = translate(
            "regression.checkpoint", "{name} was written by a newer gradlab (format {version})"
        )
        raise CheckpointError(message.format(name=path.name, version=data.get("version")))
    try:
        setup = Setup.from_dict(data["setup"])
        model = build_model(setup)
        model.load_state_dict(data["state_dict"])
        history = [float(v) for v in data.get("history", [])]
    except (KeyError, TypeError, ValueError, RuntimeError, AttributeError):  # torch's words, not ours
        message = translate(
            "regression.checkpoint",
            "{name} is damaged: its weights do not fit the model its settings describe",
        )
        raise CheckpointError(message.format(name=path.name)) from None
    return Checkpoint(setup, model, history, "gradlab")


def _load_course_model(path: Path, raw: bytes) -> Checkpoint:
    try:
        with torch.serialization.safe_globals(list(COURSE_MODULES)):
            model = torch.load(io.BytesIO(raw), weights_only=True, map_location="cpu")
    except Exception:  # noqa: BLE001 - as above: a damaged file may raise anything
        message = translate(
            "regression.checkpoint",
            "{name} holds a pickled model other than the course's Linear(3, 1)",
        )
        raise CheckpointError(message.format(name=path.name)) from None
    shape_ok = (
        isinstance(model, torch.nn.Sequential)
        and len(model) == 2
        and isinstance(model[0], torch.nn.Linear)
        and model[0].in_features == 3
        and model[0].out_features == 1
        and isinstance(model[1], torch.nn.Flatten)
    )
    if not shape_ok:
        message = translate(
            "regression.checkpoint", "{name} holds a model that is not the course's Linear(3, 1)"
        )
        raise CheckpointError(message.format(name=path.name))
    setup = Setup(recipe="regression1train", model="linear3", seed=None)
    fresh = build_model(setup)
    fresh.load_state_dict(model.state_dict())
    return Checkpoint(setup, fresh, [], "course")


def predict(model: torch.nn.Module, setup: Setup, x: float | None = None, row=None) -> float:
    """Y for an x (its features built for the model) or for a raw feature row such as [2, 4, 8]."""
    from .data import features

    with torch.no_grad():
        if row is not None:
            width = FEATURE_WIDTH[setup.model]
            if len(row) != width:
                message = translate("regression.checkpoint", "this model takes {n} feature(s)")
                raise ValueError(message.format(n=width))
            inputs = torch.tensor([list(row)], dtype=torch.float)
            if setup.model in ("poly3", "dynamic") or (setup.model == "mlp" and len(row) == 1):
                inputs = inputs[0] if setup.model != "mlp" else inputs
            output = _forward(model, setup, inputs)
        else:
            output = _forward(model, setup, features(setup.model, torch.tensor([float(x)])))
    return float(output.reshape(-1)[0])


def _forward(model: torch.nn.Module, setup: Setup, inputs: torch.Tensor) -> torch.Tensor:
    if setup.model == "dynamic":  # the prediction should not draw from the random module
        m = model
        x = inputs
        return m.a + m.b * x + m.c * x**2 + m.d * x**3 + m.e * x**4
    return model(inputs)
