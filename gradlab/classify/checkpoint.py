"""Checkpoints of a trained classifier: its set-up, its weights, its loss history and its points.

The Regression tab's safe format and checks (``regression/archive.py``, which both use): saved
through ``files.write_atomic``; loaded through ``files.read_bounded``, the zip archive checked before
anything is unpacked, ``torch.load(weights_only=True)`` so that no pickled object runs, and every
weight a float tensor of exactly the shape the recorded set-up's network has (and finite) before
``load_state_dict``. A Regression tab checkpoint is refused by name (and the Regression tab refuses
this kind by name), so neither is taken for the other.
"""

from __future__ import annotations

import math
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import torch

from ..regression.archive import (
    FLOATS,
    CheckpointError,
    is_loss_tensor,
    is_text,
    load_payload,
    load_weights,
    losses_array,
    losses_tensor,
    refuse,
    save_payload,
)
from ..regression.checkpoint import CLASSIFY_FORMAT, _course_model
from ..regression.checkpoint import FORMAT as REGRESSION_FORMAT
from ..regression.settings import TEXT_LIMIT, brief
from ..translation import translate
from .models import DTYPE, build_model, score
from .points import CLASS_NAME_LIMIT, MAX_COORDINATE, MAX_POINTS, Points, PointsError
from .setup import LIMITS, Setup, SetupError

FORMAT = CLASSIFY_FORMAT  # "gradlab-classify-checkpoint"
VERSION = 1
MOST_LOSSES = LIMITS["steps"][1]  # a run's history: one loss a step

__all__ = ["Checkpoint", "CheckpointError", "load_checkpoint", "predict_point", "save_checkpoint"]


@dataclass
class Checkpoint:
    setup: Setup
    model: torch.nn.Sequential
    history: array  # of float64 ("d"), one loss a step
    points: Points | None  # the points it was trained on, if they were saved with it


def save_checkpoint(
    path: str | Path, model: torch.nn.Sequential, setup: Setup, points: Points | None = None, history=()
) -> Path:
    """Write the checkpoint atomically; any failure raises CheckpointError saying why in one line."""
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "setup": setup.to_dict(),
        "state_dict": {k: v.detach().cpu().to(DTYPE) for k, v in model.state_dict().items()},
        "history": losses_tensor(history),
    }
    if points is not None:
        payload["points"] = {
            "xy": torch.tensor(points.xy, dtype=torch.float64).reshape(len(points), 2),
            "labels": torch.tensor(points.labels, dtype=torch.int8),
            "classes": list(points.classes),
        }
    return save_payload(path, payload)


def load_checkpoint(path: str | Path) -> Checkpoint:
    """Load a Neural Network tab checkpoint; anything else is refused in one line (CheckpointError)."""
    return load_payload(path, _checkpoint)


class RegressionCheckpointError(CheckpointError):
    """The file is a sound checkpoint of the Regression tab (or the course's model.ckpt), not of this tab."""


def _checkpoint(data: object, name: str) -> Checkpoint:
    table = type(data) in (dict, OrderedDict)
    if isinstance(data, torch.nn.Module):
        try:
            _course_model(data, name)  # the course's model.ckpt, which the Regression tab loads
        except CheckpointError:
            message = translate(
                "classify.checkpoint",
                "{name} holds a whole PyTorch model (torch.save(model)), not a Neural Network tab checkpoint",
            )
            raise CheckpointError(message.format(name=name)) from None
    if isinstance(data, torch.nn.Module) or (table and is_text(data.get("format"), REGRESSION_FORMAT)):
        message = translate(
            "classify.checkpoint", "{name} is a Regression tab checkpoint, not a Neural Network tab one"
        )
        raise RegressionCheckpointError(message.format(name=name))
    if not table or not is_text(data.get("format"), FORMAT):
        refuse(translate("classify.checkpoint", "{name} is not a gradlab checkpoint"), name)
    version = data.get("version")
    if type(version) is not int or version < 1:
        message = translate("classify.checkpoint", "{name} is damaged: its format version is {version}")
        raise CheckpointError(message.format(name=name, version=brief(version)))
    if version > VERSION:
        message = translate("classify.checkpoint", "{name} was written by a newer gradlab (format {version})")
        raise CheckpointError(message.format(name=name, version=version))
    setup = _setup(data.get("setup"), name)
    model = build_model(setup, seed=0)  # seeded: loading draws no numbers from the user's generator
    misfit = translate(
        "classify.checkpoint", "{name} is damaged: its weights do not fit the network its set-up describes"
    )
    load_weights(model, data.get("state_dict"), _weight, misfit, name)
    return Checkpoint(setup, model, _history(data.get("history"), name), _points(data.get("points"), name))


def _setup(values: object, name: str) -> Setup:
    try:
        if type(values) not in (dict, OrderedDict) or not all(type(key) is str for key in values):
            raise SetupError(translate("classify.checkpoint", "it is not a table of values"))
        if any(type(value) is str and len(value) > TEXT_LIMIT for value in values.values()):
            raise SetupError(translate("classify.checkpoint", "a setting is too long"))
        hidden = values.get("hidden")
        if type(hidden) is list and len(hidden) > 6:
            raise SetupError(translate("classify.checkpoint", "it has too many hidden layers"))
        return Setup.from_dict(dict(values))
    except (TypeError, ValueError) as error:
        message = translate("classify.checkpoint", "{name} is damaged: its set-up cannot be used: {error}")
        raise CheckpointError(message.format(name=name, error=error)) from None


def _tensor(value: object, kinds: tuple, shape: tuple | None) -> bool:
    """Whether ``value`` is a plain tensor of one of ``kinds``, of ``shape`` (None: any one dimension)."""
    if type(value) not in (torch.Tensor, torch.nn.Parameter) or value.layout != torch.strided:
        return False
    if value.dtype not in kinds:
        return False
    return value.dim() == 1 if shape is None else tuple(value.shape) == shape


def _weight(value: object, key: str, shape: tuple, name: str) -> torch.Tensor:
    if not _tensor(value, FLOATS, shape):
        message = translate(
            "classify.checkpoint",
            "{name} was refused: its weight {key} is not a tensor of float numbers of the shape {shape}",
        )
        raise CheckpointError(message.format(name=name, key=key, shape=shape))
    value = value.detach().to(DTYPE)
    if not bool(value.isfinite().all()):
        message = translate("classify.checkpoint", "{name} is damaged: its weight {key} is not finite")
        raise CheckpointError(message.format(name=name, key=key))
    return value


def _history(value: object, name: str) -> array:
    if value is None:
        return array("d")
    if not is_loss_tensor(value, MOST_LOSSES):
        message = translate(
            "classify.checkpoint",
            "{name} is damaged: its loss history is not a list of at most {count} numbers",
        )
        raise CheckpointError(message.format(name=name, count=f"{MOST_LOSSES:,}"))
    return losses_array(value)


def _points(value: object, name: str) -> Points | None:
    if value is None:
        return None
    message = translate("classify.checkpoint", "{name} is damaged: its points cannot be used")
    if type(value) not in (dict, OrderedDict):
        refuse(message, name)
    xy, labels, classes = value.get("xy"), value.get("labels"), value.get("classes")
    count = labels.numel() if _tensor(labels, (torch.int8,), None) else -1
    fits = (
        0 <= count <= MAX_POINTS
        and _tensor(xy, FLOATS, (count, 2))
        and type(classes) is list
        and len(classes) == 2
        and all(type(c) is str and 0 < len(c) <= CLASS_NAME_LIMIT for c in classes)
        and classes[0] != classes[1]
    )
    if not fits:
        refuse(message, name)
    xy = xy.detach().to(torch.float64)
    if not bool(xy.isfinite().all()) or (count and float(xy.abs().max()) > MAX_COORDINATE):
        refuse(message, name)
    if not bool(((labels == 1) | (labels == -1)).all()):
        refuse(message, name)
    try:
        return Points(tuple(map(tuple, xy.tolist())), tuple(labels.tolist()), (classes[0], classes[1]))
    except PointsError:
        refuse(message, name)


def predict_point(model_or_checkpoint, x: float, y: float) -> tuple[int, float]:
    """(class +1 or −1, the model's output: a score, or p for the sigmoid neuron) for the point (x, y).

    ValueError in one line for a coordinate that is not a finite number or an output that is not.
    """
    model = getattr(model_or_checkpoint, "model", model_or_checkpoint)
    given = f"({x:g}, {y:g})" if all(isinstance(v, (int, float)) for v in (x, y)) else repr((x, y))[:60]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (x, y)):
        message = translate("classify.checkpoint", "the point {given} needs two finite coordinates")
        raise ValueError(message.format(given=given))
    with torch.no_grad():
        output = float(score(model, torch.tensor([[float(x), float(y)]], dtype=DTYPE))[0])
    if not math.isfinite(output):
        message = translate(
            "classify.checkpoint", "the model's output for {given} is {value}: not a finite number"
        )
        raise ValueError(message.format(given=given, value=output))
    level = 0.5 if isinstance(model[-1], torch.nn.Sigmoid) else 0.0
    return (1 if output > level else -1), output
