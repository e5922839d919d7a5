"""Hostile checkpoints: zip bombs, wrong dtypes and shapes, foreign pickles, course-style whole models."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from .archives import (
    Command,
    bomb,
    deep_list,
    fresh_model,
    huge_shape,
    long_history,
    many_entries,
    payload,
    recipe_setup,
    state,
    stored_claim,
    torch,
    truncated,
)
from .craft import MIB, Entry, write_zip
from .generate import Case, device_cases, raw, sparse

SUFFIX = ".ckpt"
LARGE = "200 MB|larger|too large|limit"  # what a refusal for size says


def saved(obj, legacy: bool = False):
    def write(path: Path) -> None:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(50_000)  # the pickler recurses: 5,000-deep losses, 2,000 Sequentials
        try:
            torch.save(obj() if callable(obj) else obj, path, _use_new_zipfile_serialization=not legacy)
        finally:
            sys.setrecursionlimit(limit)

    return write


def valid(name: str, history=(), **changes):
    """A checkpoint written by gradlab itself; its check: the prediction at x = 1.5."""

    def write(path: Path) -> None:
        from gradlab.regression.checkpoint import save_checkpoint

        setup = recipe_setup(name, **changes)
        save_checkpoint(path, fresh_model(setup), setup, list(history))

    def check() -> dict:
        from gradlab.regression.checkpoint import predict

        setup = recipe_setup(name, **changes)
        expected = predict(fresh_model(setup), setup, x=1.5)
        found = {"x": 1.5, "predict": expected, "model": setup.model, "source": "gradlab"}
        return {**found, "history": len(history)} if history else found

    return write, check


def course(change=None):
    """The course's model.ckpt (torch.save of the whole model), changed by ``change(model)``."""

    def make():
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))
        if change is not None:
            model = change(model) or model
        return model

    return make


def _course_prediction() -> float:
    model = course()()
    with torch.no_grad():
        return float(model(torch.tensor([[1.5, 1.5**2, 1.5**3]])).reshape(-1)[0])


def _parameter(tensor):
    return torch.nn.Parameter(tensor, requires_grad=False)


def _set(model, attribute: str, value):
    setattr(model[0], attribute, value)


def _hook(kind: str):
    def change(model):
        getattr(model[0], kind)[0] = torch.nn.Linear(1, 1)  # a module where a hook function goes

    return change


def _drop(attribute: str):
    def change(model):
        del model[0].__dict__[attribute]

    return change


def _nested(depth: int):
    def change(model):
        inner = model
        for _ in range(depth):
            inner = torch.nn.Sequential(inner)
        return inner

    return change


def cases() -> list[Case]:
    made: list[Case] = []

    def add(name, expect, note, write, says="", not_says="", check=None, process=False):
        file = f"checkpoint-{name}{SUFFIX}"
        made.append(
            Case(
                f"checkpoint-{name}",
                "checkpoint",
                expect,
                note,
                file,
                says,
                not_says,
                check or {},
                process=process,
                write=write,
            )
        )

    def weight(value) -> Callable[[Path], None]:
        return saved(lambda: payload(state_dict=state(**{"0.weight": value()})))

    def setup(**changes) -> Callable[[Path], None]:
        return saved(lambda: payload(setup={**asdict(recipe_setup()), **changes}))

    def complex_weight():
        return torch.zeros(1, 3, dtype=torch.complex64)

    big = 10**400
    bad_weights = "weight|shape|dtype|float|complex|fit|damaged"
    overflow = "Overflow|too large to convert|long long"
    # controls: what gradlab and the course write
    for name in ("regression1train", "torchRegression4nn", "torchRegression6custom", "torchRegression7cws"):
        write, check = valid(name)
        add(f"valid-{name}", "ok", f"saved by gradlab ({name})", write, check=check)
    write, check = valid("regression1train", model="mlp")
    add("valid-mlp", "ok", "an MLP saved by gradlab", write, check=check)
    write, check = valid("regression1train", history=[1.0 / (i + 1) for i in range(1000)])
    add("valid-history", "ok", "with 1,000 losses", write, check=check)
    add(
        "course-valid",
        "ok",
        "the course's model.ckpt",
        saved(course()),
        check=lambda: {"x": 1.5, "predict": _course_prediction(), "source": "course"},
    )
    add("course-legacy", "clean", "the course's model in torch's pre-zip format", saved(course(), True))
    # the course's whole-model file, changed
    add(
        "course-wrong-shape",
        "refused",
        "the course's model with a 5×7 weight",
        saved(course(lambda m: _set(m, "weight", _parameter(torch.zeros(5, 7))))),
        bad_weights,
        process=True,
    )
    add(
        "course-forward-hook",
        "refused",
        "a Linear module as a forward hook",
        saved(course(_hook("_forward_hooks"))),
    )
    add(
        "course-state-dict-hook",
        "refused",
        "a Linear module as a state_dict hook",
        saved(course(_hook("_state_dict_hooks"))),
    )
    add(
        "course-pre-hook",
        "refused",
        "a Linear module as a load_state_dict pre-hook",
        saved(course(_hook("_load_state_dict_pre_hooks"))),
    )
    add(
        "course-no-parameters",
        "refused",
        "a Linear module missing _parameters",
        saved(course(_drop("_parameters"))),
    )
    add("course-no-buffers", "refused", "a Linear module missing _buffers", saved(course(_drop("_buffers"))))
    add(
        "course-no-bias",
        "refused",
        "a Linear without its bias",
        saved(course(lambda m: _set(m, "bias", None))),
    )
    add(
        "course-complex",
        "refused",
        "the course's model with a complex weight",
        saved(course(lambda m: _set(m, "weight", _parameter(complex_weight())))),
        bad_weights,
    )
    add(
        "course-linear-4",
        "refused",
        "Linear(4, 1)",
        saved(lambda: torch.nn.Sequential(torch.nn.Linear(4, 1), torch.nn.Flatten(0, 1))),
    )
    add(
        "course-three-modules",
        "refused",
        "Sequential of three modules",
        saved(course(lambda m: m.append(torch.nn.Flatten()))),
    )
    add("course-bare-linear", "refused", "a bare Linear(3, 1)", saved(lambda: torch.nn.Linear(3, 1)))
    add(
        "course-lstm",
        "refused",
        "an LSTM (a torch module not in the course)",
        saved(lambda: torch.nn.LSTM(3, 1)),
    )
    add(
        "course-nested",
        "refused",
        "the course's model inside 2,000 Sequentials",
        saved(course(_nested(2000))),
        not_says="Recursion",
    )
    add(
        "course-with-command",
        "refused",
        "the course's model carrying os.system",
        saved(course(lambda m: setattr(m, "extra", Command()))),
    )
    # pickles that would run something
    add("pickle-os-system", "refused", "a pickle that calls os.system", saved(Command()))
    add(
        "state-dict-command",
        "refused",
        "os.system inside the state_dict",
        saved(lambda: payload(state_dict=state(evil=Command()))),
    )
    # versions, formats, settings
    add("version-string", "refused", 'version "1"', saved(lambda: payload(version="1")), "1", "newer")
    add("version-float", "clean", "version 1.0", saved(lambda: payload(version=1.0)), not_says="newer")
    add("version-99", "refused", "version 99", saved(lambda: payload(version=99)), "newer|99")
    add(
        "version-big",
        "refused",
        "a 400-digit version",
        saved(lambda: payload(version=big)),
        not_says=overflow,
    )
    add("version-true", "refused", "version true", saved(lambda: payload(version=True)), not_says="newer")
    add("version-missing", "refused", "no version", saved(lambda: payload(version=...)), "version")
    add("wrong-format", "refused", "another format", saved(lambda: payload(format="other")))
    add("top-list", "refused", "a list of tensors", saved(lambda: [torch.zeros(3)]))
    add("top-tensor", "refused", "a bare tensor", saved(lambda: torch.zeros(3)))
    add("setup-missing", "refused", "no setup", saved(lambda: payload(setup=...)))
    add("setup-model", "refused", "an unknown model in the setup", setup(model="evil"))
    add("setup-big-steps", "refused", "a 400-digit number of steps", setup(steps=big), not_says=overflow)
    add("setup-seed-2-70", "refused", "a seed of 2**70", setup(seed=2**70), not_says=overflow)
    add("setup-nan-lr", "refused", "a learning rate of nan", setup(lr=float("nan")))
    # the weights: shapes, dtypes, values
    add(
        "weight-shape",
        "refused",
        "a 1×4 weight for Linear(3, 1)",
        weight(lambda: torch.zeros(1, 4)),
        bad_weights,
    )
    add("weight-missing", "refused", "no bias", saved(lambda: payload(state_dict=state(**{"0.bias": ...}))))
    add(
        "weight-extra",
        "refused",
        "an extra tensor",
        saved(lambda: payload(state_dict=state(extra=torch.zeros(3)))),
    )
    add("weight-complex64", "refused", "a complex64 weight", weight(complex_weight), bad_weights)
    add(
        "weight-complex128",
        "refused",
        "a complex128 weight",
        weight(lambda: complex_weight().to(torch.complex128)),
        bad_weights,
    )
    for dtype in ("float16", "int64", "bool"):
        add(
            f"weight-{dtype}",
            "refused",
            f"a {dtype} weight",
            weight(lambda dtype=dtype: torch.zeros(1, 3, dtype=getattr(torch, dtype))),
            bad_weights,
        )
    add("weight-text", "refused", "a weight that is text", weight(lambda: "0.5"))
    add("weight-nan", "clean", "nan weights", weight(lambda: torch.full((1, 3), float("nan"))))
    add("state-dict-list", "refused", "the state_dict a list", saved(lambda: payload(state_dict=[1, 2])))
    # the loss history
    add("history-text", "refused", "losses that are text", saved(lambda: payload(history=["a", "b"])))
    add(
        "history-big-int",
        "refused",
        "a loss of 10**400",
        saved(lambda: payload(history=[big])),
        not_says=overflow,
    )
    add(
        "history-nested",
        "refused",
        "losses nested 5,000 deep",
        saved(lambda: payload(history=deep_list(5000))),
        not_says="Recursion",
    )
    add("history-dict", "refused", "losses that are a dict", saved(lambda: payload(history={"a": 1})))
    add("history-10-million", "clean", "10,000,000 losses (a 20 MB pickle)", long_history)
    add(
        "history-tensor",
        "clean",
        "10,000,000 losses as one tensor",
        saved(lambda: payload(history=torch.zeros(10_000_000))),
    )
    add(
        "history-10-million-v2",
        "clean",
        "format 2: 10,000,000 losses as a float64 tensor",
        saved(lambda: payload(version=2, history=torch.zeros(10_000_000, dtype=torch.float64))),
    )
    # the archive: bombs, lies, sizes, garbage
    add("bomb-3gib", "refused", "3 MiB deflating to 3 GiB (the weight's storage)", bomb, LARGE)
    add(
        "bomb-lying",
        "refused",
        "3 MiB deflating to 3 GiB, headers claiming 4 KB",
        lambda p: bomb(p, lie=True),
    )
    add(
        "bomb-pickle",
        "refused",
        "the pickle itself deflating to 3 GiB",
        lambda p: bomb(p, in_pickle=True),
        LARGE,
    )
    add("stored-claim", "refused", "a stored entry claiming 3 GiB in a 1 KB file", stored_claim)
    add("huge-shape", "refused", "a 10**6 × 10**6 weight over 3 floats", huge_shape)
    add("many-entries", "clean", "60,000 extra zip entries (a zip without zip64 holds 65,535)", many_entries)
    add("over-limit-sparse", "refused", "a 201 MB file", sparse(201 * MIB, b"PK\x03\x04"), LARGE)
    add("random-bytes", "refused", "random bytes", raw(os.urandom(4096)))
    add("empty", "refused", "an empty file", raw(b""))
    add("json", "refused", "a session renamed .ckpt", raw(json.dumps({"format": "gradlab-session"}).encode()))
    add("truncated", "refused", "a valid checkpoint cut in half", truncated)
    add(
        "no-pickle",
        "refused",
        "a zip without data.pkl",
        lambda p: write_zip(p, [Entry("archive/version", b"3")]),
    )
    made += device_cases("checkpoint", SUFFIX)
    for case in made:
        if case.id == "checkpoint-unreadable":
            case.not_says = "damaged|cut short|not a checkpoint"
    return made
