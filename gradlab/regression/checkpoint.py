"""Checkpoints: a trained model's weights with its settings and loss history, saved and loaded safely.

Saving goes through ``files.write_atomic``, so a crash never leaves half a file. Loading trusts
nothing in the file: it is read through ``files.read_bounded`` (a regular file of at most 200 MB);
its zip archive is checked before anything is unpacked (only the entries PyTorch writes, stored
uncompressed, their sizes adding up to at most the limit, so a small file cannot inflate to
gigabytes); ``torch.load(weights_only=True)`` then gives tensors and plain data only, so no pickled
object runs; and every weight must be float32 or float64 with exactly the shape of the model the
recorded settings build, checked before ``load_state_dict``. The course's own ``model.ckpt`` (a whole
``Sequential(Linear(3, 1), Flatten(0, 1))`` pickled by ``torch.save(model, ...)``) loads through an
allowlist of exactly those classes and is checked through its attributes alone (no hooks, the usual
parts present, the weights' shapes): nothing of it is ever called; its weights go into a fresh model.
"""

from __future__ import annotations

import math
from array import array
from collections import OrderedDict
from dataclasses import asdict, dataclass
from pathlib import Path

import torch

from ..translation import translate
from .archive import (
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
from .models import build_model
from .recipes import FEATURE_WIDTH, Setup
from .recipes import LIMITS as SETUP_LIMITS
from .settings import TEXT_LIMIT, brief, target_tree

FORMAT = "gradlab-checkpoint"
CLASSIFY_FORMAT = "gradlab-classify-checkpoint"  # the Neural Network tab's (gradlab/classify/checkpoint.py)
VERSION = 2  # 2: the loss history is a float64 tensor (1: a list, read fast only while short)
FLOAT32_MAX = torch.finfo(torch.float32).max
MOST_LOSSES = SETUP_LIMITS["steps"][1]  # a run's history: one loss a step


class ClassifyCheckpointError(CheckpointError):
    """The file is a sound checkpoint of the Neural Network tab, not of the Regression tab."""


@dataclass
class Checkpoint:
    setup: Setup
    model: torch.nn.Module
    history: array  # of float64 ("d"): 10 million losses take 80 MB, where a list of floats takes 320
    source: str  # "gradlab" or "course" (a whole pickled model from regression1train.py)


def save_checkpoint(path: str | Path, model: torch.nn.Module, setup: Setup, history=()) -> Path:
    """Write the checkpoint atomically: a temporary file beside ``path``, then a rename over it.

    Any failure (no file name, a missing or read-only folder, a full disk, torch's own errors)
    raises CheckpointError saying why in one line, and leaves no temporary file behind.
    """
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "setup": asdict(setup),
        "state_dict": {k: v.detach().cpu() for k, v in model.state_dict().items()},
        "history": losses_tensor(history),
    }
    return save_payload(path, payload)


def load_checkpoint(path: str | Path) -> Checkpoint:
    """Load a gradlab checkpoint, or the course's whole-model file; anything else is refused in one line."""
    return load_payload(path, _course_or_gradlab)


def _course_or_gradlab(data: object, name: str) -> Checkpoint:
    if isinstance(data, torch.nn.Module):
        return _course_model(data, name)
    return _gradlab_checkpoint(data, name)


def _gradlab_checkpoint(data: object, name: str) -> Checkpoint:
    if type(data) in (dict, OrderedDict) and is_text(data.get("format"), CLASSIFY_FORMAT):
        message = translate(
            "regression.checkpoint", "{name} is a Neural Network tab checkpoint, not a Regression tab one"
        )
        raise ClassifyCheckpointError(message.format(name=name))
    if type(data) not in (dict, OrderedDict) or not is_text(data.get("format"), FORMAT):
        message = translate("regression.checkpoint", "{name} is not a gradlab checkpoint")
        raise CheckpointError(message.format(name=name))
    _check_version(data.get("version"), name)
    setup = _setup(data.get("setup"), name)
    with torch.random.fork_rng(devices=[]):  # loading draws no numbers from the user's generator
        model = build_model(setup)
    misfit = translate(
        "regression.checkpoint", "{name} is damaged: its weights do not fit the model its settings describe"
    )
    load_weights(model, data.get("state_dict"), _weight, misfit, name)
    return Checkpoint(setup, model, _history(data.get("history"), name), "gradlab")


def _check_version(version: object, name: str) -> None:
    if type(version) is not int:
        message = translate(
            "regression.checkpoint", "{name} is damaged: its format version {version} is not a whole number"
        )
        raise CheckpointError(message.format(name=name, version=brief(version)))
    if version > VERSION:
        message = translate(
            "regression.checkpoint", "{name} was written by a newer gradlab (format {version})"
        )
        raise CheckpointError(message.format(name=name, version=brief(version)))
    if version < 1:
        message = translate("regression.checkpoint", "{name} is damaged: no gradlab writes format {version}")
        raise CheckpointError(message.format(name=name, version=brief(version)))


def _setup(values: object, name: str) -> Setup:
    try:
        if type(values) not in (dict, OrderedDict) or not all(type(key) is str for key in values):
            raise ValueError(translate("regression.checkpoint", "they are not a table of values"))
        if any(type(value) is str and len(value) > TEXT_LIMIT for value in values.values()):
            raise ValueError(translate("regression.checkpoint", "a setting is too long"))
        setup = Setup.from_dict(dict(values))
        target_tree(setup.target)
    except (TypeError, ValueError) as error:
        message = translate(
            "regression.checkpoint", "{name} is damaged: its settings cannot be used: {error}"
        )
        raise CheckpointError(message.format(name=name, error=error)) from None
    return setup


def _weight(value: object, key: str, shape: tuple, name: str) -> torch.Tensor:
    """A weight, if it is a plain float32 or float64 tensor of exactly ``shape`` (and fits float32)."""
    if value is None:
        message = translate("regression.checkpoint", "{name} is damaged: its weight {key} is missing")
        raise CheckpointError(message.format(name=name, key=key))
    if type(value) not in (torch.Tensor, torch.nn.Parameter) or value.layout != torch.strided:
        message = translate(
            "regression.checkpoint", "{name} was refused: its weight {key} is not a tensor of numbers"
        )
        raise CheckpointError(message.format(name=name, key=key))
    if value.dtype not in FLOATS:
        message = translate(
            "regression.checkpoint",
            "{name} was refused: its weight {key} holds {kind}, not float32 or float64 numbers",
        )
        raise CheckpointError(
            message.format(name=name, key=key, kind=str(value.dtype).removeprefix("torch."))
        )
    if tuple(value.shape) != shape:
        message = translate(
            "regression.checkpoint",
            "{name} is damaged: its weight {key} has the shape {found}, where the model has {shape}",
        )
        found = tuple(value.shape) if value.dim() <= 8 else f"{value.dim()} dimensions"
        raise CheckpointError(message.format(name=name, key=key, found=found, shape=shape))
    value = value.detach()
    if value.dtype == torch.float64 and bool((value.isfinite() & (value.abs() > FLOAT32_MAX)).any()):
        message = translate(
            "regression.checkpoint", "{name} is damaged: its weight {key} is too large for float32"
        )
        raise CheckpointError(message.format(name=name, key=key))
    return value.to(torch.float32)


def _history(value: object, name: str) -> array:
    """The loss history: a float tensor (format 2) or a list of numbers (format 1), a loss a step."""
    if value is None:
        return array("d")
    message = translate(
        "regression.checkpoint",
        "{name} is damaged: its loss history is not a list of at most {count} numbers",
    )
    refusal = CheckpointError(message.format(name=name, count=f"{MOST_LOSSES:,}"))
    if type(value) is torch.Tensor:
        if not is_loss_tensor(value, MOST_LOSSES):
            raise refusal
        return losses_array(value)
    if type(value) is not list or len(value) > MOST_LOSSES:
        raise refusal
    try:
        return array("d", value)  # in C: numbers only (a huge int or a string raises)
    except (TypeError, OverflowError):
        raise refusal from None


COURSE_SHAPES = {"0.weight": (1, 3), "0.bias": (1,)}


def _course_model(model: torch.nn.Module, name: str) -> Checkpoint:
    """The course's Sequential(Linear(3, 1), Flatten(0, 1)), checked through its attributes alone."""
    sequential = _parts(model, torch.nn.Sequential, name)
    children = sequential["_modules"]
    if [type(key) is str and key for key in children] != ["0", "1"]:
        _not_the_course(name)
    if sequential["_parameters"] or sequential["_buffers"]:
        _not_the_course(name)
    linear = _parts(children["0"], torch.nn.Linear, name)
    flatten = _parts(children["1"], torch.nn.Flatten, name)
    fits = (
        set(linear["_parameters"]) == {"weight", "bias"}
        and not linear["_buffers"]
        and not linear["_modules"]
        and _is_int(linear.get("in_features", 3), 3)
        and _is_int(linear.get("out_features", 1), 1)
        and not (flatten["_parameters"] or flatten["_buffers"] or flatten["_modules"])
        and _is_int(flatten.get("start_dim"), 0)
        and _is_int(flatten.get("end_dim"), 1)
    )
    if not fits:
        _not_the_course(name)
    weights = {
        key: _weight(linear["_parameters"][key.split(".")[1]], key, shape, name)
        for key, shape in COURSE_SHAPES.items()
    }
    setup = Setup(recipe="regression1train", model="linear3", seed=None)
    with torch.random.fork_rng(devices=[]):
        fresh = build_model(setup)
    fresh.load_state_dict(weights)
    return Checkpoint(setup, fresh, array("d"), "course")


MODULE_PARTS = ("training", "_parameters", "_buffers", "_modules")


def _parts(module: object, kind: type, name: str) -> dict:
    """A pickled module's attributes, read from its __dict__ (never through torch's __getattr__)."""
    if type(module) is not kind:
        _not_the_course(name)
    state = vars(module)
    for part in MODULE_PARTS:
        if part not in state or (part != "training" and type(state[part]) not in (dict, OrderedDict)):
            message = translate(
                "regression.checkpoint",
                "{name} is damaged: its model lacks {part}, which every PyTorch module has",
            )
            raise CheckpointError(message.format(name=name, part=part))
    for key, value in state.items():
        empty = value is None or type(value) is bool or (type(value) in (dict, OrderedDict) and not value)
        if (type(key) is not str or "hook" in key) and not empty:
            message = translate(
                "regression.checkpoint",
                "{name} was refused: its model has hooks (something to run when it is called), and gradlab "
                "loads only weights",
            )
            refuse(message, name)
    return state


def _not_the_course(name: str):
    refuse(
        translate("regression.checkpoint", "{name} holds a model that is not the course's Linear(3, 1)"), name
    )


def _is_int(value: object, number: int) -> bool:
    return type(value) is int and value == number


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
        else:
            inputs = features(setup.model, torch.tensor([float(x)]))
        given = f"x = {x:g}" if row is None else f"[{', '.join(f'{v:g}' for v in row)}]"
        if not bool(torch.isfinite(inputs).all()):  # 1e13 is a float32, its cube is not
            message = translate(
                "regression.checkpoint",
                "{given} is too large for this model: its features do not fit in float32",
            )
            raise ValueError(message.format(given=given))
        output = float(_forward(model, setup, inputs).reshape(-1)[0])
    if math.isnan(output):  # nan weights, or inf - inf inside the model
        message = translate("regression.checkpoint", "the model's output for {given} is not a number (nan)")
        raise ValueError(message.format(given=given))
    if math.isinf(output):
        message = translate(
            "regression.checkpoint", "the model's output for {given} is {value}: too large for float32"
        )
        raise ValueError(message.format(given=given, value=output))
    return output


def _forward(model: torch.nn.Module, setup: Setup, inputs: torch.Tensor) -> torch.Tensor:
    if setup.model == "dynamic":  # the prediction should not draw from the random module
        m = model
        x = inputs
        return m.a + m.b * x + m.c * x**2 + m.d * x**3 + m.e * x**4
    return model(inputs)
