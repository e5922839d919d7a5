"""Hostile inputs for the Neural Network tab: its CSV points, its checkpoints, a session's classify part.

The CSV files and checkpoints are cases of kinds "csv" and "checkpoint" with ``tab="classify"``:
the child loads them through ``classify.csv_points.read_points_csv`` / ``classify.checkpoint``,
``gradlab classify --data`` / ``gradlab predict --point`` and the Neural Network tab. The
sessions are ordinary session cases whose classify part is hostile.
"""

from __future__ import annotations

from pathlib import Path

from .archives import Command, torch
from .craft import MIB, Entry, Storage, Tensor, crc32_zeros, deflated_zeros, torch_archive
from .generate import Case, fifo, folder, nothing, raw, sparse, symlink, text
from .sessions import dumped, session

POINT = (0.5, -1.0)  # where the checkpoints are asked for a class
LINE = "line"
IS_NOT = "regular file|device|pipe|not a file"


def _setup(**changes):
    from gradlab.classify.setup import Setup

    return Setup(**changes)


def _model(setup):
    from gradlab.classify.models import build_model

    return build_model(setup, seed=0)


def _points():
    from gradlab.classify.datasets import make_points

    return make_points("guide")


def payload(**changes) -> dict:
    """What classify.checkpoint.save_checkpoint writes for the linear model (a key set to ... is removed)."""
    setup = _setup()
    data = {
        "format": "gradlab-classify-checkpoint",
        "version": 1,
        "setup": setup.to_dict(),
        "state_dict": {k: v.detach().clone() for k, v in _model(setup).state_dict().items()},
        "history": torch.zeros(3, dtype=torch.float64),
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


def saved(make):
    return lambda path: torch.save(make(), path)


def valid(points: bool, **changes):
    """A checkpoint saved by gradlab's Neural Network tab; its check: the class and score at POINT."""

    def write(path: Path) -> None:
        from gradlab.classify.checkpoint import save_checkpoint

        setup = _setup(**changes)
        save_checkpoint(path, _model(setup), setup, _points() if points else None, [1.0, 0.5])

    def check() -> dict:
        from gradlab.classify.checkpoint import predict_point

        setup = _setup(**changes)
        label, score = predict_point(_model(setup), *POINT)
        return {"label": label, "score": score, "model": setup.model}

    return write, check


def regression_checkpoint(path: Path) -> None:
    from gradlab.regression.checkpoint import save_checkpoint

    from .archives import fresh_model, recipe_setup

    setup = recipe_setup()
    save_checkpoint(path, fresh_model(setup), setup, [])


def classify_bomb(path: Path, mib: int = 3 * 1024) -> None:
    """A classify checkpoint whose weight's storage is ``mib`` MiB of deflated zeros."""
    size = mib * MIB
    entry = Entry("archive/data/0", deflated_zeros(mib), 8, crc32_zeros(size), size)
    data = payload()
    data["state_dict"]["0.weight"] = Tensor(Storage("0", "DoubleStorage", size // 8), (1, 2))
    torch_archive(path, data, {"0": entry})


def weights(**changes):
    def make():
        tensors = payload()["state_dict"]
        tensors.update(changes)
        return payload(state_dict={k: v for k, v in tensors.items() if v is not ...})

    return make


def setup_with(**changes):
    return lambda: payload(setup={**_setup().to_dict(), **changes})


def rows(count: int) -> str:
    return "x1,x2,label\n" + "".join(f"{i % 7},{i % 5},{1 if i % 2 else -1}\n" for i in range(count))


def csv_cases() -> list[Case]:
    three = {"points": 3, "plus": 2, "classes": ["1", "-1"], "x0": 0.0, "y0": 0.0}
    spec = [
        (
            "valid",
            "ok",
            "a header and three points",
            text("x1,x2,label\n0,0,1\n1,1,-1\n2,0,1\n"),
            "",
            "",
            three,
        ),
        (
            "valid-words",
            "ok",
            "labels cat and dog, no header",
            text("0,0,dog\n1,1,cat\n2,0,dog\n"),
            "",
            "",
            {"points": 3, "plus": 1, "classes": ["cat", "dog"]},
        ),
        (
            "valid-reordered",
            "ok",
            "a header label,x2,x1",
            text("label,x2,x1\n1,0,0\n-1,1,1\n1,0,2\n"),
            "",
            "",
            {**three, "x_last": 2.0},
        ),
        ("one-class", "refused", "every point +1", text("0,0,1\n1,1,1\n2,0,1\n"), "both classes", "", {}),
        ("three-classes", "refused", "labels a, b, c", text("0,0,a\n1,1,b\n2,0,c\n"), "third class", "", {}),
        ("header-only", "refused", "a header alone", text("x1,x2,label\n"), "no points", "", {}),
        ("nan", "refused", "an x1 of nan", text("0,0,1\nnan,1,-1\n"), LINE, "", {}),
        ("inf", "refused", "an x2 of -inf", text("0,0,1\n1,-inf,-1\n"), LINE, "", {}),
        (
            "1e400",
            "refused",
            "1e400 (inf once read)",
            text("0,0,1\n1e400,1,-1\n"),
            "1e400",
            "Overflow|inf",
            {},
        ),
        ("1e10", "refused", "1e10: past the plane's 1e9", text("0,0,1\n1e10,1,-1\n"), LINE, "", {}),
        (
            "over-limit-sparse",
            "refused",
            "a 51 MB file",
            sparse(51 * MIB, b"x1,x2,label\n"),
            "50 MB|large",
            "",
            {},
        ),
        ("rows-100001", "refused", "100,001 points", text(rows(100_001)), "100,000", "", {}),
        ("binary", "refused", "binary garbage", raw(bytes(range(256)) * 64), "", "", {}),
        ("utf16", "refused", "UTF-16 text", raw("x1,x2,label\n0,0,1\n1,1,-1\n".encode("utf-16")), "", "", {}),
        (
            "semicolons",
            "refused",
            "semicolons between the values",
            text("x1;x2;label\n0;0;1\n1;1;-1\n"),
            "",
            "",
            {},
        ),
        ("huge-line", "refused", "one 4 MB line of commas", raw(b"0," * (2 * MIB) + b"\n"), "", "", {}),
        ("empty-label", "refused", "a point without its label", text("0,0,1\n1,1,\n2,2,-1\n"), LINE, "", {}),
        ("fifo", "refused", "a FIFO with no writer", fifo, IS_NOT, "", {}),
        ("folder", "refused", "a folder named like the file", folder, "folder", "", {}),
        ("dev-zero", "refused", "a symlink to /dev/zero", symlink("/dev/zero"), IS_NOT, "", {}),
    ]
    return [
        Case(f"classify-csv-{n}", "csv", e, note, f"classify-csv-{n}.csv", s, ns, c, write=w, tab="classify")
        for n, e, note, w, s, ns, c in spec
    ]


def checkpoint_cases() -> list[Case]:
    made: list[Case] = []

    def add(name, expect, note, write, says="", not_says="", check=None, tab="classify", process=False):
        file = f"classify-ckpt-{name}.ckpt"
        made.append(
            Case(
                f"classify-ckpt-{name}",
                "checkpoint",
                expect,
                note,
                file,
                says,
                not_says,
                check or {},
                write=write,
                tab=tab,
                process=process,
            )
        )

    write, check = valid(True)
    add("valid", "ok", "saved by the tab, with its points", write, check=check)
    write, check = valid(False, model="mlp", hidden=(4, 3), activation="tanh")
    add("valid-mlp", "ok", "an MLP 4,3 saved without points", write, check=check)
    write, _ = valid(True)
    add(
        "given-to-regression",
        "refused",
        "a classify checkpoint given to the Regression tab",
        write,
        "Neural Network",
        tab="",
    )
    add(
        "regression",
        "refused",
        "a Regression tab checkpoint given to classify",
        regression_checkpoint,
        "Regression",
    )
    add(
        "whole-module",
        "refused",
        "torch.save of a whole Sequential(Linear(2, 1))",
        saved(lambda: torch.nn.Sequential(torch.nn.Linear(2, 1))),
        "whole",
        "Regression",
    )
    add("wrong-format", "refused", "another format", saved(lambda: payload(format="gradlab-session")))
    add("no-format", "refused", "no format", saved(lambda: payload(format=...)))
    add("version-99", "refused", "version 99", saved(lambda: payload(version=99)), "newer|99")
    add(
        "wrong-shape",
        "refused",
        "a 1×3 weight for Linear(2, 1)",
        saved(weights(**{"0.weight": torch.zeros(1, 3, dtype=torch.float64)})),
        "shape|fit",
    )
    add(
        "mlp-shape",
        "refused",
        "an MLP set-up with the linear model's weights",
        saved(setup_with(model="mlp")),
        "fit|shape|weight",
    )
    add(
        "nan-weights",
        "refused",
        "nan weights",
        saved(weights(**{"0.weight": torch.full((1, 2), float("nan"), dtype=torch.float64)})),
        "finite",
    )
    add(
        "int-weights",
        "refused",
        "int64 weights",
        saved(weights(**{"0.weight": torch.zeros(1, 2, dtype=torch.int64)})),
        "float",
    )
    add(
        "hidden-7",
        "refused",
        "seven hidden layers",
        saved(setup_with(model="mlp", hidden=[2] * 7)),
        "hidden|layer",
    )
    add("setup-evil", "refused", "an unknown model", saved(setup_with(model="evil")))
    add(
        "points-labels-2",
        "refused",
        "points labelled 2",
        saved(
            lambda: payload(
                points={
                    "xy": torch.zeros(2, 2, dtype=torch.float64),
                    "labels": torch.tensor([2, -1], dtype=torch.int8),
                    "classes": ["a", "b"],
                }
            )
        ),
        "points",
    )
    add("bomb-3gib", "refused", "3 MiB deflating to 3 GiB", classify_bomb, "200 MB|larger|too large|limit")
    add(
        "pickled-command",
        "refused",
        "os.system pickled beside the weights",
        saved(lambda: payload(extra=Command())),
    )
    add("state-dict-command", "refused", "os.system inside the state_dict", saved(weights(evil=Command())))
    add("empty", "refused", "an empty file", raw(b""))
    add("fifo", "refused", "a FIFO with no writer", fifo, IS_NOT)
    add("missing", "refused", "no such file", nothing, "does not exist|no such|not found")
    return made


def part(**changes) -> dict:
    """The classify part of a session as the tab saves it, changed as given (a key set to ... is removed)."""
    from gradlab.classify.settings import ClassifySettings

    data = ClassifySettings().session_part()
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


def points(count: int = 3, **changes) -> dict:
    data = {
        "x1": [float(i) for i in range(count)],
        "x2": [0.0] * count,
        "labels": [1 if i % 2 else -1 for i in range(count)],
        "classes": ["cat", "dog"],
    }
    data.update(changes)
    return data


def with_part(make):
    """A session file holding the classify part ``make()`` builds."""

    def write(path: Path) -> None:
        path.write_bytes(dumped(session(classify=make())))

    return write


def session_cases() -> list[Case]:
    made: list[Case] = []

    def add(name, expect, note, make, says="", not_says="", check=None):
        made.append(
            Case(
                f"session-classify-{name}",
                "session",
                expect,
                note,
                f"session-classify-{name}.gradlab",
                says,
                not_says,
                check or {},
                write=with_part(make),
            )
        )

    add("valid", "ok", "the tab's own default part", part, check={"classify_points": 6})
    add(
        "valid-points",
        "ok",
        "five points of its own",
        lambda: part(data="file.csv", points=points(5)),
        check={"classify_points": 5},
    )
    add(
        "out-of-range", "refused", "a point at 1e300", lambda: part(points=points(x1=[1e300, 0.0, 1.0])), "x1"
    )
    add(
        "values-400001",
        "refused",
        "400,001 values in x1",
        lambda: part(points=points(x1=[0.0] * 400_001)),
        "400,000|values",
    )
    add("points-100001", "refused", "100,001 points", lambda: part(points=points(100_001)), "100,000")
    add("labels-0-2", "refused", "labels 0 and 2", lambda: part(points=points(labels=[0, 2, 0])), "label")
    add(
        "labels-true",
        "refused",
        "labels true",
        lambda: part(points=points(labels=[True, False, True])),
        "label",
    )
    add("unknown-key", "refused", "an unknown setting", lambda: part(__class__="os.system"), "unknown")
    add("lr-number", "refused", "the learning rate a number, not text", lambda: part(lr=0.1), "lr|rate|text")
    add("steps-text", "clean", "the steps as text", lambda: part(steps="400"))
    add("hidden-0", "refused", "no hidden layers", lambda: part(model="mlp", hidden=[]), "hidden|layer")
    add(
        "hidden-7",
        "refused",
        "seven hidden layers",
        lambda: part(model="mlp", hidden=[4] * 7),
        "hidden|layer",
    )
    add(
        "hidden-17", "refused", "a layer of 17", lambda: part(model="mlp", hidden=[17]), "17|16|hidden|neuron"
    )
    add("lr-nan", "refused", "a learning rate of nan", lambda: part(lr="nan"), "rate|lr|finite|number")
    add("a-list", "refused", "the part a list", lambda: [1, 2, 3])
    add("missing-points", "refused", "a file's points missing", lambda: part(data="/etc/passwd"), "missing")
    return made


def cases() -> list[Case]:
    return [*csv_cases(), *checkpoint_cases(), *session_cases()]
